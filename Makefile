# Scam Figures: one task runner. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
HOST   ?= 127.0.0.1
PORT   ?= 8050
BIND   ?= 127.0.0.1:8050
WORKERS ?= 2
export BROWSER_PATH ?= /usr/bin/chromium

MO     := dashboard/locale/zh_Hans/LC_MESSAGES/messages.mo
PO     := dashboard/locale/zh_Hans/LC_MESSAGES/messages.po

.PHONY: help run serve test etl check images export bench chromium constraints clean translations

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

$(VENV)/.bench-installed: $(VENV)/.installed
	$(PIP) install --quiet -c constraints.txt -e '.[test,bench]'
	touch $@

chromium: ## install Debian's chromium if it is missing (browser tests, image export)
	@{ command -v chromium && fc-list | grep -qi "Noto Sans CJK"; } >/dev/null 2>&1 || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk fonts-liberation; }

$(MO): $(PO) $(VENV)/.installed
	$(VENV)/bin/pybabel compile --use-fuzzy -d dashboard/locale -D messages -l zh_Hans --statistics

translations: $(VENV)/.installed ## after changing interface words: extract them, update the .po (translate the new ones), compile
	$(VENV)/bin/pybabel extract -F dashboard/locale/babel.cfg -k tr -k N_ --no-default-keywords --no-location \
		--sort-output --omit-header -o dashboard/locale/messages.pot .
	$(VENV)/bin/pybabel update -i dashboard/locale/messages.pot -d dashboard/locale -D messages -l zh_Hans \
		--no-fuzzy-matching --ignore-obsolete
	$(MAKE) $(MO)

run: $(VENV)/.installed $(MO) chromium ## serve the dashboard on the committed data at http://$(HOST):$(PORT) (images render in the background)
	$(PY) -m dashboard --host $(HOST) --port $(PORT)

tests/node_modules/.package-lock.json: tests/package.json tests/package-lock.json
	npm ci --prefix tests --no-audit --no-fund --loglevel=error

images: $(VENV)/.installed $(MO) chromium ## render every chart and number card once into .cache/images/ (skipped when up to date)
	$(PY) -m dashboard.images

serve: $(VENV)/.installed $(MO) images ## production server: gunicorn (gevent), BIND=127.0.0.1:8050 WORKERS=2 (debug cannot be on)
	BIND=$(BIND) WORKERS=$(WORKERS) $(VENV)/bin/gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server

test: $(VENV)/.installed $(MO) images tests/node_modules/.package-lock.json ## run the whole test suite (browser tests included)
	$(PY) -m pytest

etl: $(VENV)/.installed ## rebuild data/ from seeds/ and etl/catalog/
	$(PY) -m etl

check: $(VENV)/.installed ## fail if data/ is out of date or a mention is unreviewed
	$(PY) -m etl --check

export: $(VENV)/.installed $(MO) chromium ## write the offline pack (PNG, SVG, offline HTML, data, slide deck, ZIP) to dist/en/ and dist/zh/
	mkdir -p dist
	$(PY) -m dashboard.export --out dist/en --lang en
	$(PY) -m dashboard.export --out dist/zh --lang zh

bench: $(VENV)/.bench-installed $(MO) chromium ## run the benchmarks in bench/ and print their figures
	$(PY) bench/etl_time.py
	$(PY) bench/scan_speed.py
	$(PY) bench/scan_accuracy.py
	$(PY) bench/draft_time.py
	$(PY) bench/dashboard_load.py
	$(PY) bench/callback_latency.py
	$(PY) bench/export_time.py
	$(PY) bench/check_speed.py
	$(PY) bench/images_time.py
	$(PY) bench/load.py --kill --hostile

constraints: $(VENV)/.bench-installed ## re-pin constraints.txt to what the environment holds
	{ echo "# Exact versions every make target installs (pip -c). Regenerate with: make constraints"; \
	  $(PIP) freeze --exclude-editable | grep -vi '^scam-figures'; } > constraints.txt

clean: ## remove the environment and build leftovers
	rm -rf $(VENV) build dist *.egg-info .pytest_cache tests/screenshots bench/out .cache
