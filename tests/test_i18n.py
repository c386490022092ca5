"""The Chinese interface: every interface string translated, placeholders kept, pages under /zh/."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from dashboard import i18n
from dashboard.app import create_app
from dashboard.data import load
from dashboard.site import PAGES

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "dashboard" / "locale" / "zh_Hans" / "LC_MESSAGES" / "messages.po"
CATALOG = read_po(PO.open("rb"))
PLACEHOLDER = re.compile(r"\{[^}]*\}")


@pytest.fixture(scope="module")
def client():
    return create_app(load()).server.test_client()


def test_every_string_the_code_marks_is_in_the_catalog_and_translated(tmp_path):
    pot = tmp_path / "messages.pot"
    subprocess.run([str(Path(sys.executable).parent / "pybabel"), "extract", "-F", "dashboard/locale/babel.cfg",
                    "-k", "tr", "-k", "N_", "--no-default-keywords", "-o", str(pot), "."],
                   cwd=ROOT, check=True, capture_output=True)
    wanted = {m.id for m in read_po(pot.open("rb")) if m.id}
    translated = {m.id for m in CATALOG if m.id and m.string}
    assert wanted - translated == set(), "run `make translations` and translate the new strings"


def test_translations_keep_their_placeholders():
    for message in CATALOG:
        if message.id:
            assert set(PLACEHOLDER.findall(message.id)) == set(PLACEHOLDER.findall(message.string)), message.id


def test_no_literal_is_translated_inside_an_f_string():
    """Babel cannot see into f-strings: a literal there would never reach the catalog."""
    for path in (ROOT / "dashboard").rglob("*.py"):
        assert not re.search(r"\{tr\([\"']", path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("path, expected", [("/data", ("en", "/data")), ("/zh/data", ("zh", "/data")),
                                            ("/zh", ("zh", "/")), ("/zh/", ("zh", "/")),
                                            ("/zhx", ("en", "/zhx"))])
def test_the_language_is_in_the_address(path, expected):
    assert i18n.split(path) == expected
    lang, english = expected
    assert i18n.split(i18n.href(english, lang)) == expected


def test_interface_strings_and_catalog_texts_follow_the_active_language():
    row = {"label": "Cases", "label_zh": "案件"}
    with i18n.using("zh"):
        assert i18n.tr("Data") == "数据" and i18n.field(row, "label") == "案件"
        assert i18n.href("/data") == "/zh/data"
    assert i18n.tr("Data") == "Data" and i18n.field(row, "label") == "Cases" and i18n.href("/data") == "/data"


@pytest.mark.parametrize("key", list(PAGES))
def test_every_page_exists_in_chinese_with_its_language_and_alternates(client, key):
    english = PAGES[key].path
    chinese = i18n.href(english, "zh")
    body = client.get(chinese).get_data(as_text=True)
    assert '<html lang="zh-Hans">' in body
    assert f'hreflang="en" href="' in body and f'hreflang="zh-Hans" href="' in body
    assert '<html lang="en">' in client.get(english).get_data(as_text=True)


def test_an_unknown_chinese_address_is_404(client):
    assert client.get("/zh/no-such-page").status_code == 404
    assert client.get("/zh/figure/no_such_figure").status_code == 404
    assert client.get("/zh/figure/box_office_no_more_bets").status_code == 200


def test_a_chinese_figure_page_cites_in_gb_t_7714_naming_the_producer_first():
    from dashboard.pages import figure
    with i18n.using("zh"):
        page = repr(figure.layout(load(), figure_id="forced_into_cyber_scams_2023"))
    assert "GB/T 7714—2015" in page and "APA 7" in page and "Chicago" not in page
    assert "[1]联合国人权事务高级专员办事处" in page   # the producer first, by its Chinese name
    assert "/zh/figure/forced_into_cyber_scams_2023" in page


def test_quotes_stay_the_evidence_with_our_translation_beside_them_on_chinese_pages():
    from dashboard.pages import figure
    dataset = load()
    quote = "120,000 individuals were forced to engage in cyber scams"   # the quote's own words, as written
    assert quote in dataset.figure("forced_into_cyber_scams_2023")["quote"]
    with i18n.using("zh"):
        chinese = repr(figure.layout(dataset, figure_id="forced_into_cyber_scams_2023"))
    english = repr(figure.layout(dataset, figure_id="forced_into_cyber_scams_2023"))
    assert quote in chinese and "本站对原文的翻译" in chinese and "12万" in chinese
    assert quote in english and "本站" not in english


def test_a_chart_embeds_in_chinese_and_only_known_charts_embed(client):
    chart = next(iter(load().charts.values()))
    response = client.get(f"/zh/embed/{chart.chart_id}")
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and '<html lang="zh-Hans">' in body
    assert f"<title>{chart.title_zh} · Scam Figures</title>" in body and "引文与数据" in body
    assert f"/zh/{PAGES[chart.page].path.strip('/')}#{chart.chart_id}".replace("/zh/#", "/zh/#") in body
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    for path in ("/zh/embed/", "/zh/embed/no-such-chart", "/zh/embed"):
        missing = client.get(path)
        assert missing.status_code == 404, path
        assert "frame-ancestors 'none'" in missing.headers["Content-Security-Policy"], path
    assert "此处没有" in client.get("/zh/embed/no-such-chart").get_data(as_text=True)
    with i18n.using("zh"):
        assert chart.embed_code.count(f"/zh/embed/{chart.chart_id}") == 1
