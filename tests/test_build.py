"""The committed data/: what the ETL guarantees about every row."""
import csv
from decimal import Decimal
from pathlib import Path

import frictionless
import pytest

from etl.build import Paths, build, to_csv
from etl.datapackage import new_row
from etl.errors import EtlError
from etl.numbers import scan

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def source_texts():
    return {row["source_id"]: (ROOT / "seeds" / row["file"]).read_text(encoding="utf-8")
            for row in rows("sources.csv")}


def test_committed_data_is_what_the_build_makes():
    result = build(Paths())
    for name, content in result.outputs.items():
        assert (DATA / name).read_bytes() == content, f"data/{name} is stale: run python -m etl"
    assert result.unreviewed == []


def test_build_is_byte_identical_run_to_run(project):
    paths = Paths(project / "seeds", project / "catalog", project / "data")
    assert build(paths).outputs == build(paths).outputs


def test_every_quote_and_number_slices_its_source():
    texts = source_texts()
    for row in rows("figures.csv") + rows("events.csv"):
        if row["quote"]:
            text = texts[row["source_id"]]
            assert text[int(row["char_start"]):int(row["char_end"])] == row["quote"]
    for row in rows("figures.csv"):
        if row["number_text"]:
            text = texts[row["source_id"]]
            assert text[int(row["number_start"]):int(row["number_end"])] == row["number_text"]
            assert int(row["char_start"]) <= int(row["number_start"]) < int(row["char_end"])


MUST_INCLUDE = [
    # figure_id, value, low, high, unit, qualifier, period, producer_id, attribution_status
    ("fraud_cases_resolved_2022", "464000", "", "", "count", "approximate", "2022", "xinhua", "stated"),
    ("suspects_deported_2024_05_06", "49000", "", "", "count", "exact", "2024-05-06", "chinese-state-media", "stated"),
    ("forced_into_cyber_scams_2023", "120000", "", "", "count", "lower_bound", "2023", "ohchr", "inferred"),
    ("trafficked_to_scam_cambodia", "100000", "", "", "count", "approximate", "", "ohchr", "stated"),
    ("people_prosecuted_cyber_fraud_2017", "5300", "", "", "count", "exact", "2017", "spc", "stated"),
    ("people_prosecuted_cyber_fraud_2020", "74500", "", "", "count", "exact", "2020", "spc", "stated"),
    ("box_office_no_more_bets", "540500000", "", "", "USD", "exact", "", "", "none"),
    ("price_trafficked_person_cny", "", "30000", "150000", "CNY", "range", "", "chinese-police-university", "stated"),
    ("price_trafficked_person_usd", "", "4000", "20000", "USD", "range", "", "", "none"),
]


@pytest.mark.parametrize("figure_id, value, low, high, unit, qualifier, period, producer, status", MUST_INCLUDE)
def test_headline_figures(figure_id, value, low, high, unit, qualifier, period, producer, status):
    row = {r["figure_id"]: r for r in rows("figures.csv")}[figure_id]
    assert (row["value"], row["low"], row["high"], row["unit"], row["qualifier"], row["period"]) == \
        (value, low, high, unit, qualifier, period)
    assert (row["producer_id"], row["attribution_status"]) == (producer, status)


def test_the_two_ohchr_estimates_share_one_original_and_never_one_place():
    by_id = {r["figure_id"]: r for r in rows("figures.csv")}
    myanmar, cambodia = by_id["forced_into_cyber_scams_2023"], by_id["trafficked_to_scam_cambodia"]
    assert myanmar["original_id"] == cambodia["original_id"] == "ohchr-online-scams-2023"
    assert myanmar["geography"].startswith("Myanmar") and cambodia["geography"] == "Cambodia"
    assert myanmar["indicator"] != cambodia["indicator"], "two indicators: never summed on one axis"
    assert "paraphrase_of_measure" in myanmar["caveats"] and "paraphrase_of_measure" in cambodia["caveats"]


def test_conversions_and_our_computations_carry_no_producer():
    for row in rows("figures.csv"):
        if row["computed_by"]:
            assert not row["producer_id"] and not row["original_id"] and not row["attributed_to"], row["figure_id"]
        if row["qualifier"] == "derived":
            assert row["computed_by"] == "scam_figures", row["figure_id"]
        if row["attribution_status"] == "stated":
            assert row["attribution_text"] and row["producer_id"], row["figure_id"]


def test_2016_enforcement_is_not_in_the_prosecution_series():
    figures = {r["figure_id"]: r for r in rows("figures.csv")}
    series = {r["figure_id"] for r in figures.values() if r["indicator"] == "people_prosecuted_cyber_fraud"}
    assert series == {"people_prosecuted_cyber_fraud_2017", "people_prosecuted_cyber_fraud_2020"}
    assert figures["telecom_fraud_people_prosecuted_2016"]["indicator"] != "people_prosecuted_cyber_fraud"


def test_derived_figures_are_computed_and_say_how():
    figures = {r["figure_id"]: r for r in rows("figures.csv")}
    growth = figures["people_prosecuted_cyber_fraud_growth_2017_2020"]
    assert growth["qualifier"] == "derived" and growth["quote"] == ""
    assert growth["inputs"] == "people_prosecuted_cyber_fraud_2020;people_prosecuted_cyber_fraud_2017"
    assert Decimal(growth["value"]) == round(Decimal(74500) / Decimal(5300), 1)
    assert figures["travel_survey_other_share"]["value"] == "7"
    for row in figures.values():
        assert (row["qualifier"] == "derived") == bool(row["formula"])


def test_every_numeric_mention_is_reviewed_and_parsed_again():
    texts = source_texts()
    mentions = rows("mentions.csv")
    assert mentions and all(m["status"] in ("catalogued", "dismissed") for m in mentions)
    for source_id, text in texts.items():
        found = [(m.char_start, m.text) for m in scan(text)]
        listed = [(int(m["char_start"]), m["text"]) for m in mentions if m["source_id"] == source_id]
        assert found == listed
    catalogued = {m["figure_id"] for m in mentions if m["figure_id"]}
    quoted = {r["figure_id"] for r in rows("figures.csv") if r["quote"]}
    assert catalogued == quoted, "every catalogued figure is a mention of its source"


def test_unknown_metadata_is_never_filled_in():
    for row in rows("sources.csv"):
        for field in ("title", "author", "publisher", "date_published", "url", "language"):
            assert (row[f"{field}_status"] == "unknown") == (row[field] == "")
            if row[f"{field}_status"] == "inferred":
                assert row[f"{field}_note"]


def test_event_dates_are_no_more_precise_than_the_source():
    for row in rows("events.csv"):
        assert {4: "year", 7: "month", 10: "day"}[len(row["date"])] == row["date_precision"]
        assert row["date"] in {m.date for m in scan(row["quote"])}


def test_frictionless_validates_the_data_package():
    report = frictionless.validate(ROOT / "data" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_frictionless_catches_a_broken_foreign_key(project):
    figures = project / "data" / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(
        ",telecom_online_fraud_cases_resolved,", ",no_such_indicator,", 1), encoding="utf-8")
    report = frictionless.validate(project / "data" / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in [kind for (kind,) in report.flatten(["type"])]


def test_a_row_with_a_missing_or_misspelt_column_is_refused():
    row = new_row("events") | {"labl": "misspelt"}
    with pytest.raises(EtlError, match=r"data/events\.csv: .*: labl: not a column"):
        to_csv("events", [row])
    row = new_row("events")
    del row["label"]
    with pytest.raises(EtlError, match=r": label: missing"):
        to_csv("events", [row])


def test_a_quoted_column_that_does_not_slice_its_source_is_refused():
    from etl.build import verify_spans
    text = "Police said over 1,200\u00a0people were held."
    figure = dict.fromkeys(["quote", "number_text", "attribution_text"], "") | {
        "figure_id": "held", "source_id": "s", "quote": "over 1,200\u00a0people", "char_start": 12, "char_end": 29}
    tables = {"figures": [figure], "events": [], "mentions": []}
    verify_spans(tables, {"s": text})
    figure["quote"] = "over 1,200 people"  # a plain space where the source has a non-breaking one
    with pytest.raises(EtlError, match=r"figures\.csv: held: quote: is not the source's text"):
        verify_spans(tables, {"s": text})


def test_provenance_graph_credits_producers_articles_and_us():
    import json
    graph = {node["@id"]: node for node in json.loads((DATA / "provenance.jsonld").read_text(encoding="utf-8"))["@graph"]}
    for row in rows("figures.csv"):
        node = graph[f"sf:figure/{row['figure_id']}"]
        credited = node["prov:wasAttributedTo"]["@id"]
        if row["computed_by"] == "scam_figures":
            assert credited == "sf:agent/scam-figures"
            assert [i["@id"] for i in node["prov:wasDerivedFrom"]] == [f"sf:figure/{f}" for f in row["inputs"].split(";")]
        elif row["producer_id"]:
            assert credited == f"sf:producer/{row['producer_id']}" and credited in graph
        else:
            assert credited == f"sf:source/{row['source_id']}"
        if row["computed_by"]:
            assert "prov:hadPrimarySource" not in node
