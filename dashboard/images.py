"""Every image we hand out, rendered once per build of `data/`, never on a request.

The slide-sized PNG and SVG of every chart and every number card are rendered by
`python -m dashboard.images` (kaleido, one browser for the whole batch) into a cache folder
on disk shared by all server processes: `.cache/images/<key>/`, where the key hashes the
files of `data/`, the kaleido and plotly versions and the rendering code, so a new build
or a new renderer gets a new folder and a stale image is never served. A file lock lets
one renderer run at a time across processes; files are written under a temporary name
and renamed, so a reader never sees half an image.

`make run` and `make serve` warm the cache first (`make images`); the servers also start
the renderer in the background when the cache is incomplete. A request only reads the
cache: it serves the file, or waits (bounded) for the render in flight, or answers 503
with Retry-After. It never starts a browser of its own.
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from dashboard import i18n
from dashboard.charts import IMAGE_FORMATS, number_card
from dashboard.data import ROOT, DataError, Dataset, load
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH

CACHE = Path(os.environ.get("SCAM_FIGURES_IMAGE_CACHE", ROOT / ".cache" / "images"))
RENDERING_CODE = ("charts.py", "plots.py", "formatting.py", "formatting_zh.py", "i18n.py", "images.py",
                  "locale/zh_Hans/LC_MESSAGES/messages.po")
WAIT_SECONDS = 20
RENDER_TABS = 2           # browser tabs rendering at once: the concurrency limit of rendering


def cache_key(dataset: Dataset) -> str:
    digest = hashlib.sha256()
    for path in sorted(dataset.data_dir.glob("*.csv")) + [dataset.data_dir / "datapackage.json"]:
        digest.update(path.name.encode() + path.read_bytes())
    for package in ("kaleido", "plotly"):
        digest.update(f"{package}=={metadata.version(package)}".encode())
    for name in RENDERING_CODE:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]


def folder(dataset: Dataset) -> Path:
    return CACHE / cache_key(dataset)


def _prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}-"


def chart_file(chart_id: str, fmt: str, lang: str = "en") -> str:
    return f"{_prefix(lang)}chart-{chart_id}.{fmt}"


def card_file(figure_id: str, fmt: str, lang: str = "en") -> str:
    return f"{_prefix(lang)}card-{figure_id}.{fmt}"


def _in(lang: str, build):
    """`build()` with `lang` the active language (the figure's words are written then)."""
    def built():
        with i18n.using(lang):
            return build()
    return built


def renderables(dataset: Dataset):
    """(file names, one per format; a function building the plotly figure) for every image we hand out,
    in every language."""
    for lang in i18n.LANGUAGES:
        for spec in dataset.charts.values():
            yield [chart_file(spec.chart_id, fmt, lang) for fmt in IMAGE_FORMATS], \
                _in(lang, lambda spec=spec: spec.slide(dataset))
        for figure_id in dataset.figures.index:
            yield [card_file(figure_id, fmt, lang) for fmt in IMAGE_FORMATS], \
                _in(lang, lambda figure_id=figure_id: number_card(dataset, figure_id))


def missing(dataset: Dataset, wanted: set[str] | None = None) -> list[tuple[list[str], object]]:
    target = folder(dataset)
    return [(names, build) for names, build in renderables(dataset)
            if (wanted is None or wanted & set(names)) and not all((target / name).is_file() for name in names)]


def render(dataset: Dataset, wanted: set[str] | None = None) -> int:
    """Render every missing image (of `wanted` file names, if given) in one kaleido batch, under the
    cache's lock; return how many were rendered."""
    import kaleido  # only the renderer needs it: servers never import it
    target = folder(dataset)
    target.mkdir(parents=True, exist_ok=True)
    with open(target / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one renderer at a time; the others wait, then find it done
        todo = missing(dataset, wanted)
        if not todo:
            return 0
        specs, moves = [], []
        for names, build in todo:
            figure = build().to_plotly_json()
            for name in names:
                temporary = target / f".{name}.{os.getpid()}.tmp"
                specs.append(dict(fig=figure, path=temporary, opts=dict(format=name.rsplit(".", 1)[1], scale=1,
                                                                       width=SLIDE_WIDTH, height=SLIDE_HEIGHT)))
                moves.append((temporary, target / name))
        kaleido.write_fig_from_object_sync(specs, kopts={"n": RENDER_TABS})
        for temporary, final in moves:
            os.replace(temporary, final)
        return len(moves)


def rendering(dataset: Dataset) -> bool:
    """Whether a renderer holds the cache's lock right now."""
    lock_path = folder(dataset) / ".lock"
    if not lock_path.exists():
        return False
    with open(lock_path) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False


def start_in_background(dataset: Dataset) -> subprocess.Popen | None:
    """Start `python -m dashboard.images` detached if images are missing (a server calls this at start)."""
    if not missing(dataset):
        return None
    return subprocess.Popen([sys.executable, "-m", "dashboard.images", "--data", str(dataset.data_dir)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def cached(dataset: Dataset, name: str, wait: float = WAIT_SECONDS) -> Path | None:
    """The cached file, waiting up to `wait` seconds for a render in flight; None if it is not there."""
    path = folder(dataset) / name
    deadline = time.monotonic() + wait
    while not path.is_file():
        if time.monotonic() >= deadline or not rendering(dataset):
            return path if path.is_file() else None
        time.sleep(0.2)  # cooperative under gevent: other requests go on
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.images", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT / "data"), help="folder of the ETL's CSVs (default: data/)")
    args = parser.parse_args(argv)
    try:
        dataset = load(Path(args.data))
    except DataError as error:
        print(error, file=sys.stderr)
        return 2
    start = time.perf_counter()
    count = render(dataset)
    print(f"{folder(dataset)}/: {count} image(s) rendered in {time.perf_counter() - start:.1f} s "
          f"({sum(len(names) for names, _ in renderables(dataset))} in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
