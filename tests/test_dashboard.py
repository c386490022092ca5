"""Dashboard pieces as plain functions: figure builders, filters, CSV, routing, start-up errors."""
import shutil
import subprocess
import sys

import pytest

from dashboard.app import create_app
from dashboard.data import DataError, load
from dashboard.formatting import credit
from dashboard.plots import timeline_chart
from dashboard.site import PAGES
from dashboard.formatting import display_value, period_label
from dashboard.pages.data_table import filter_figures
from tests.conftest import ROOT


DATASET = load()
CHARTS = list(DATASET.charts.values())


@pytest.fixture(scope="module")
def dataset():
    return DATASET


@pytest.fixture(scope="module")
def client(dataset):
    return create_app(dataset).server.test_client()


def panels_of(figure):
    """{yaxis name: set of x categories drawn on it}"""
    axes = {}
    for trace in figure.data:
        axes.setdefault(trace.yaxis or "y", set()).update(trace.x)
    return axes


@pytest.mark.parametrize("spec", CHARTS, ids=lambda spec: spec.chart_id)
def test_each_indicator_gets_its_own_axis_and_the_source_is_printed(dataset, spec):
    figure = spec.plot(dataset)
    present = [name for name in spec.indicators if (dataset.figures["indicator"] == name).any()]
    assert len(panels_of(figure)) == len(present)
    notes = [a.text for a in figure.layout.annotations if a.text.startswith("Source:")]
    assert len(notes) == 1
    printed = " ".join(notes[0].replace("<br>", " ").split())
    for _, row in spec.rows(dataset).iterrows():
        who = credit(row, *dataset.credit_parts(row))
        assert " ".join(who.split()) in printed, f"{who!r} missing from the source line"
        if row["producer_id"]:
            assert printed.index(dataset.producer(row["producer_id"])["name_short"]) < printed.index("as reported by")
    assert spec.title.split(" ")[0] in figure.layout.title.text


def test_every_indicator_with_data_is_charted_or_listed(dataset):
    charted = {name for spec in CHARTS for name in spec.indicators}
    assert charted <= set(dataset.indicators.index)


def marks(figure):
    return [(trace.type, getattr(trace.line, "dash", None) if trace.type == "scatter" else None,
             tuple(trace.marker.symbol) if trace.type == "scatter" and isinstance(trace.marker.symbol, tuple) else
             trace.marker.symbol if trace.type == "scatter" else None,
             trace.marker.pattern.shape if trace.type == "bar" else None, tuple(trace.text or ()))
            for trace in figure.data]


def test_qualifiers_are_drawn_differently(dataset):
    un = marks(dataset.charts["un-estimates"].plot(dataset))
    assert any(m[1] == "dash" and "triangle-up" in m[2] for m in un), "lower bound is open-ended upwards"
    assert ("scatter", None, None, None, ("120,000+",)) in [(m[0], None, None, None, m[4]) for m in un]
    assert any(m[3] == "." for m in un), "approximate value has a dotted fill"
    price = marks(dataset.charts["trafficking-price"].plot(dataset))
    assert any(m[2] == ("line-ew", "line-ew") for m in price), "a range is an interval with end caps"
    growth = marks(dataset.charts["prosecutions-cyber-fraud"].plot(dataset))
    assert any(m[3] == "/" for m in growth) and any("14.1× (derived)" in m[4] for m in growth)


def test_text_alternative_names_every_value(dataset):
    text = dataset.charts["fraud-cases-resolved"].describe(dataset)
    assert "93,000 (2016)" in text and "~464,000 (2022)" in text


@pytest.mark.parametrize("row, expected", [
    ({"value": 120000, "low": None, "high": None, "unit": "count", "qualifier": "lower_bound"}, "120,000+"),
    ({"value": 464000, "low": None, "high": None, "unit": "count", "qualifier": "approximate"}, "~464,000"),
    ({"value": None, "low": 30000, "high": 150000, "unit": "CNY", "qualifier": "range"}, "RMB 30,000–150,000"),
    ({"value": None, "low": 10, "high": 15, "unit": "hour", "qualifier": "range"}, "10–15 hours"),
    ({"value": 540500000, "low": None, "high": None, "unit": "USD", "qualifier": "exact"}, "US$540.5 million"),
    ({"value": 68.5, "low": None, "high": None, "unit": "percent", "qualifier": "exact"}, "68.5%"),
    ({"value": None, "low": 1000, "high": None, "unit": "count", "qualifier": "order_of_magnitude",
      "number_text": "thousands"}, "thousands (≥ 1,000)"),
])
def test_display_value_keeps_the_qualifier(row, expected):
    assert display_value(row) == expected


def test_period_labels_keep_the_source_precision():
    assert period_label({"period": "2024-05-06", "period_type": "as_of"}) == "as of 6 May 2024"
    assert period_label({"period": "2022-03", "period_type": "as_of"}) == "as of March 2022"
    assert period_label({"period": "", "period_type": "unstated"}) == "date not stated"


def test_timeline_spans_match_date_precision(dataset):
    figure = timeline_chart(dataset.events)
    bars = [t for t in figure.data if t.type == "bar"]
    year_bar = next(t for t in bars if "2021" in t.hovertemplate and "Reports" in t.hovertemplate)
    assert year_bar.x[0] == 365 * 86400000
    assert any(t.type == "scatter" and "8 August 2023" in t.hovertemplate for t in figure.data)


def test_filter_and_csv_hold_exactly_the_same_rows(dataset):
    rows = filter_figures(dataset.figures, qualifier=["range"], text="price")
    assert set(rows["figure_id"]) == {"price_trafficked_person_cny", "price_trafficked_person_usd"}
    csv_text = dataset.csv(rows)
    assert csv_text.splitlines()[0] == ",".join(dataset.figures.columns)
    assert ",540500000," in dataset.csv(dataset.figures), "numbers are written as data/ writes them, not as floats"
    assert len(csv_text.strip().splitlines()) == 3
    assert len(filter_figures(dataset.figures)) == len(dataset.figures)
    assert filter_figures(dataset.figures, indicator="no_such").empty


def texts(component) -> list[str]:
    """Every string a Dash component tree renders, depth first."""
    if isinstance(component, str):
        return [component]
    if isinstance(component, (list, tuple)):
        return [text for child in component for text in texts(child)]
    children = getattr(component, "children", None)
    return texts(children) if children is not None else []


def headings(component) -> list[str]:
    if isinstance(component, (list, tuple)):
        return [h for child in component for h in headings(child)]
    found = [" ".join(texts(component.children))] if type(component).__name__ == "H1" else []
    children = getattr(component, "children", None)
    return found + (headings(children) if children is not None and not isinstance(children, str) else [])


@pytest.fixture(scope="module")
def layouts(client):
    import dash
    return {entry.get("path_template") or entry["path"]: entry["layout"] for entry in dash.page_registry.values()}


@pytest.mark.parametrize("key", list(PAGES))
def test_each_page_renders_its_own_heading(layouts, key):
    page = layouts[PAGES[key].path]()
    assert headings(page)[0] == PAGES[key].heading
    assert "Something went wrong" not in texts(page)


@pytest.mark.parametrize("path", ["/nope", "/sources/nope", "/sources/a/b", "/%2e%2e/etc/passwd"])
def test_unknown_paths_answer_404_with_the_app(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"_dash-renderer" in response.data or b"dash_renderer" in response.data
    assert b"Traceback" not in response.data


@pytest.mark.parametrize("query", [{"indicator": ["x", "y"]}, {"qualifier": ""}, {"q": ["a", "b"]}, {"zzz": "1"},
                                   {"qualifier": "range", "q": "price"}])
def test_the_data_page_survives_any_query(layouts, query):
    page = layouts["/data"](**query)
    words = " ".join(texts(page))
    assert headings(page)[0] == PAGES["data"].heading
    assert "Something went wrong" not in words
    if "zzz" in query:
        assert "Ignored unknown query parameter(s): zzz." in words


def test_missing_data_stops_start_up_with_one_line(tmp_path):
    with pytest.raises(DataError, match="datapackage.json: missing"):
        load(tmp_path, ROOT / "seeds")
    shutil.copy(ROOT / "data" / "datapackage.json", tmp_path)
    with pytest.raises(DataError, match="figures.csv: missing"):
        load(tmp_path, ROOT / "seeds")
    for name in ("figures", "indicators", "sources", "events"):
        shutil.copy(ROOT / "data" / f"{name}.csv", tmp_path)
    figures = tmp_path / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(",number_text,", ",number_txt,", 1), encoding="utf-8")
    with pytest.raises(DataError, match="figures.csv: column 'number_text' missing"):
        load(tmp_path, ROOT / "seeds")
    (tmp_path / "datapackage.json").unlink()
    result = subprocess.run([sys.executable, "-m", "dashboard", "--data", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_figure_page_states_the_number_its_words_its_chain_and_citations(layouts, dataset):
    figure = dataset.figure("forced_into_cyber_scams_2023")
    page = layouts["/figure/<figure_id>"](figure_id="forced_into_cyber_scams_2023")
    words = " ".join(" ".join(texts(page)).split())
    assert headings(page)[0].startswith("120,000+ ")
    assert "lower bound (“over”)" in words
    assert figure["quote"] in "".join(texts(page)), "the quote is shown word for word in its paragraph"
    assert "Office of the United Nations High Commissioner for Human Rights (inferred by us)" in words
    assert "Online Scam Operations and Trafficking into Forced Criminality" in words, "the original publication"
    assert "Reported in:" in words and "Cite this number" in words and "APA 7" in words
    derived = " ".join(texts(layouts["/figure/<figure_id>"](figure_id="implied_rate_price_high")))
    assert "Computed by Scam Figures as" in derived and "Scam Figures" in derived


@pytest.mark.parametrize("path, status, media", [
    ("/figure/box_office_no_more_bets", 200, "text/html"), ("/figure/no_such_figure", 404, "text/html"),
    ("/cite/box_office_no_more_bets.bib", 200, "application/x-bibtex"),
    ("/cite/box_office_no_more_bets.ris", 200, "application/x-research-info-systems"),
    ("/cite/box_office_no_more_bets.json", 200, "application/vnd.citationstyles.csl+json"),
    ("/cite/no_such_figure.bib", 404, "text/html"), ("/cite/box_office_no_more_bets.exe", 404, "text/html"),
    ("/card/no_such_figure.png", 404, "text/html"), ("/card/box_office_no_more_bets.gif", 404, "text/html"),
])
def test_figure_routes_answer_with_the_right_status(client, path, status, media):
    response = client.get(path)
    assert (response.status_code, response.mimetype) == (status, media)


def test_citation_files_name_the_figure_page_and_never_invent_a_date(client, dataset):
    import json
    items = json.loads(client.get("/cite/box_office_no_more_bets.json").data)
    assert items[-1]["URL"].endswith("/figure/box_office_no_more_bets")
    article = next(item for item in items if item["id"].startswith("source-"))
    assert "issued" not in article, "the article's date is unknown, so no date is given"
    assert "TY  - DATA" in client.get("/cite/box_office_no_more_bets.ris").get_data(as_text=True)


def test_figure_pages_carry_schema_org_json_ld_in_their_html(client, dataset):
    import json
    import re
    html = client.get("/figure/forced_into_cyber_scams_2023").get_data(as_text=True)
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    claim = json.loads(blocks[0])
    assert claim["@type"] == "Claim" and claim["text"] == dataset.figure("forced_into_cyber_scams_2023")["quote"]
    assert claim["url"].endswith("/figure/forced_into_cyber_scams_2023")
    assert "application/ld+json" not in client.get("/data").get_data(as_text=True)
