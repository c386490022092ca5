"""Bad input: one line naming file, entry and field; exit 2; data/ untouched byte for byte."""
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from etl.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
SEED = "003_087ad56274b0d60f.txt"
SEED_ID = "clw-myanmar-enforcement"


def edit(path: Path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_entry(path: Path, entry: str, old: str, new: str):
    """Replace the first `old` after the line that opens `entry`."""
    text = path.read_text(encoding="utf-8")
    at = text.index(entry)
    path.write_text(text[:at] + text[at:].replace(old, new, 1), encoding="utf-8")


def drop_line(path: Path, start: str):
    """Remove the first line that starts with `start`."""
    replace_line(path, start, None)


def replace_line(path: Path, start: str, new: str | None):
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(start))
    lines[index:index + 1] = [] if new is None else [new]
    path.write_text("\n".join(lines), encoding="utf-8")


def replace_seed(project: Path, data: bytes, register: bool = True):
    """Overwrite a seed's bytes; with register, also record the new sha256 (so later checks run)."""
    (project / "seeds" / SEED).write_bytes(data)
    if register:
        old = hashlib.sha256((ROOT / "seeds" / SEED).read_bytes()).hexdigest()
        edit(project / "seeds" / "sources.yaml", old, hashlib.sha256(data).hexdigest())


def seed_text() -> str:
    return (ROOT / "seeds" / SEED).read_text(encoding="utf-8")


C, COLUMNS = "catalog/charts.yaml", "catalog/columns.yaml"
F, S, D, E, M, I = ("catalog/figures.yaml", "seeds/sources.yaml", "catalog/derived.yaml",
                    "catalog/events.yaml", "catalog/dismissals.yaml", "catalog/indicators.yaml")
CASES = {
    # name: (mutation, file, entry, field, words in the message)
    "quote not found": (lambda p: edit(p / F, "has to date earned USD540.5", "has so far earned USD540.5"),
                        F, "box_office_no_more_bets", "quote", "not found"),
    "quote found twice": (lambda p: edit(p / F, "quote: Millions of citizens are facing hunger", "quote: Operation 1027"),
                          F, "myanmar_people_facing_hunger", "quote", "more than once"),
    "value mismatch": (lambda p: edit(p / F, "value: 74500", "value: 75400"),
                       F, "people_prosecuted_cyber_fraud_2020", "value", "75400"),
    "qualifier mismatch": (lambda p: edit(p / F, "value: 120000\n    unit: count\n    qualifier: lower_bound",
                                          "value: 120000\n    unit: count\n    qualifier: exact"),
                           F, "forced_into_cyber_scams_2023", "qualifier", "lower_bound"),
    "unit mismatch with the words": (
        lambda p: (edit(p / F, "value: 595000\n    unit: count", "value: 595000\n    unit: percent"),
                   edit_entry(p / I, "- indicator: travel_survey_participants", "    unit: count", "    unit: percent")),
        F, "travel_survey_participants", "unit", "'count'"),
    "unit differs from indicator": (lambda p: edit(p / F, "value: 540500000\n    unit: USD", "value: 540500000\n    unit: CNY"),
                                    F, "box_office_no_more_bets", "unit", "film_box_office"),
    "low and high on an exact figure": (lambda p: edit(p / F, "value: 351\n", "value: 351\n    low: 300\n"),
                                        F, "gang_leaders_apprehended_2022", "value", "not low/high"),
    "unknown indicator": (lambda p: edit(p / F, "indicator: film_box_office", "indicator: film_revenue"),
                          F, "box_office_no_more_bets", "indicator", "unknown indicator"),
    "unknown source": (lambda p: edit(p / F, "source_id: runaway-hit-film", "source_id: no-such-source"),
                       F, "fraud_cases_resolved_2022", "source_id", "unknown source"),
    "duplicate figure id": (lambda p: edit(p / F, "figure_id: gang_leaders_apprehended_2022", "figure_id: fraud_cases_resolved_2022"),
                            F, "fraud_cases_resolved_2022", "figure_id", "duplicate"),
    "missing field": (lambda p: edit(p / F, "    geography: off Indonesia\n    subject: refugees on the boat\n", "    subject: refugees on the boat\n"),
                      F, "refugees_on_boat", "geography", "missing"),
    "mistyped field": (lambda p: edit(p / F, "value: 146", "value: [146]"),
                       F, "refugees_on_boat", "value", "expected"),
    "number as text": (lambda p: edit(p / F, "value: 146", "value: lots"),
                       F, "refugees_on_boat", "value", "expected a number"),
    "unknown field": (lambda p: edit(p / F, "    value: 146\n", "    vaule: 146\n"),
                      F, "refugees_on_boat", "vaule", "unknown field"),
    "malformed YAML": (lambda p: edit(p / F, "  - figure_id: pipeline_length", "  - figure_id: [pipeline_length"),
                       F, "line", "", "malformed YAML"),
    "empty catalog": (lambda p: (p / F).write_text("", encoding="utf-8"), F, "", "figures", "empty"),
    "catalog not UTF-8": (lambda p: (p / F).write_bytes(b"figures:\n  - figure_id: caf\xe9\n"), F, "", "", "not UTF-8"),
    "number not in quote": (lambda p: edit(p / F, "    number: \"146\"", "    number: \"147\""),
                            F, "refugees_on_boat", "number", "not in the quote"),
    "several numbers, none chosen": (lambda p: edit(p / F, "    number: \"146\"\n", ""),
                                     F, "refugees_on_boat", "number", "say which"),
    "period not in quote": (lambda p: edit(p / F, "period: \"2022\"\n    geography: China\n    subject: cases",
                                           "period: \"2021\"\n    geography: China\n    subject: cases"),
                            F, "fraud_cases_resolved_2022", "period", "not a year or date in the quote"),
    "period more precise than source": (lambda p: edit(p / F, "period: 2023-07\n", "period: 2023-07-01\n"),
                                        F, "china_investment_myanmar_2023_07", "period", "2023-07-01"),
    "source edited after registration": (lambda p: replace_seed(p, seed_text().replace("74,500", "84,500").encode(), register=False),
                                         S, SEED_ID, "sha256", "has changed"),
    "source not UTF-8": (lambda p: replace_seed(p, seed_text().encode("utf-16")), S, SEED_ID, "file", "not UTF-8"),
    "source is empty": (lambda p: replace_seed(p, b""), S, SEED_ID, "file", "empty"),
    "source has a BOM": (lambda p: replace_seed(p, b"\xef\xbb\xbf" + seed_text().encode()), S, SEED_ID, "file", "byte-order mark"),
    "source has CRLF": (lambda p: replace_seed(p, seed_text().replace("\n", "\r\n").encode()), S, SEED_ID, "file", "CRLF"),
    "entry outside seeds/": (lambda p: edit(p / S, f"file: {SEED}", "file: ../catalog/figures.yaml"),
                             S, SEED_ID, "file", "inside"),
    "registered file missing": (lambda p: (p / "seeds" / SEED).unlink(), S, SEED_ID, "file", "does not exist"),
    "unregistered seed": (lambda p: (p / "seeds" / "005_new.txt").write_text("New text.\n", encoding="utf-8"),
                          S, "005_new.txt", "file", "not registered"),
    "bad metadata status": (lambda p: edit(p / S, "title: {status: unknown}", "title: {status: guessed}"),
                            S, "isdp-no-more-bets", "title.status", "stated, inferred, unknown"),
    "inferred without note": (lambda p: edit(p / S, "language: {value: en, status: inferred, note: Read off the text.}",
                                             "language: {value: en, status: inferred}"),
                              S, "isdp-no-more-bets", "language.note", "note"),
    "unknown with a value": (lambda p: edit(p / S, "url: {status: unknown}", "url: {value: 'https://example.org', status: unknown}"),
                             S, "isdp-no-more-bets", "url.value", "leave value empty"),
    "registry missing": (lambda p: (p / S).unlink(), S, "", "", "file not found"),
    "derived: unknown input": (lambda p: edit(p / D, "/ people_prosecuted_cyber_fraud_2017", "/ people_prosecuted_cyber_fraud_2018"),
                               D, "people_prosecuted_cyber_fraud_growth_2017_2020", "formula", "unknown figure id"),
    "derived: division by zero": (lambda p: edit(p / D, "/ people_prosecuted_cyber_fraud_2017",
                                                 "/ (people_prosecuted_cyber_fraud_2017 - people_prosecuted_cyber_fraud_2017)"),
                                  D, "people_prosecuted_cyber_fraud_growth_2017_2020", "formula", "division by zero"),
    "derived: across sources": (lambda p: edit(p / D, "/ people_prosecuted_cyber_fraud_2017", "/ fraud_cases_resolved_2022"),
                                D, "people_prosecuted_cyber_fraud_growth_2017_2020", "formula", "several sources"),
    "derived: code in formula": (lambda p: edit(p / D, "formula: 100 - travel_survey_unwilling_share", "formula: __import__('os') - travel_survey_unwilling_share"),
                                 D, "travel_survey_other_share", "formula", "only numbers"),
    "derived: range has no value": (lambda p: edit(p / D, "price_trafficked_person_cny.low / price_trafficked_person_usd.low",
                                                   "price_trafficked_person_cny / price_trafficked_person_usd.low"),
                                    D, "implied_rate_price_low", "formula", "no single value"),
    "event date not in quote": (lambda p: edit(p / E, 'date: "2023-08-08"', 'date: "2023-08-09"'),
                                E, "film_released", "date", "not a date in the quote"),
    "dismissal covers nothing": (lambda p: edit(p / M, "quote: When one thinks of cyber scams", "quote: thinks of cyber scams"),
                                 M, "cpr-asean-cyber-scam", "quote", "covers no open mention"),
    "dismissal reason unknown": (lambda p: edit(p / M, "quote: their two hands joined, reason: not_a_statistic",
                                                "quote: their two hands joined, reason: boring"),
                                 M, "isdp-no-more-bets", "reason", "expected one of"),
    "indicator with unknown unit": (lambda p: edit(p / I, "unit: km", "unit: furlongs"), I, "pipeline_length", "unit", "unknown unit"),
    "chart with unknown indicator": (lambda p: edit(p / C, "indicators: [film_box_office]", "indicators: [film_box_offce]"),
                                     C, "box-office", "indicators", "unknown indicator 'film_box_offce'"),
    "chart of another topic": (lambda p: edit(p / C, "indicators: [film_box_office]", "indicators: [film_box_office, pipeline_length]"),
                               C, "box-office", "indicators", "belongs to topic regional_context"),
    "stated attribution without producer": (lambda p: edit(p / F, "    quote: the full agreement", "    attribution: stated\n    quote: the full agreement"),
                                            F, "asean_member_states", "producer", "name the producer"),
    "unknown producer": (lambda p: edit(p / F, "    quote: the full agreement", "    producer: nobody\n    attribution: inferred\n    attribution_note: n\n    quote: the full agreement"),
                         F, "asean_member_states", "producer", "unknown producer 'nobody'"),
    "unknown caveat": (lambda p: edit(p / F, "    quote: the full agreement", "    caveats: [dubious]\n    caveat_text: t\n    quote: the full agreement"),
                       F, "asean_member_states", "caveats", "unknown caveat 'dubious'"),
    "caveat without words": (lambda p: edit(p / F, "    quote: the full agreement", "    caveats: [estimate]\n    quote: the full agreement"),
                             F, "asean_member_states", "caveat_text", "plain words"),
    "attribution words not in the paragraph": (lambda p: edit(p / F, 'attribution_text: "According to the BBC"', 'attribution_text: "According to the AP"'),
                                               F, "crime_families_northern_myanmar", "attribution_text", "not in the quote's paragraph"),
    "a conversion with a producer": (lambda p: edit(p / F, '    computed_by: "article"\n    converted_from: "price_trafficked_person_cny"', '    producer: "chinese-police-university"\n    computed_by: "article"\n    converted_from: "price_trafficked_person_cny"'),
                                     F, "price_trafficked_person_usd", "producer", "no producer of its own"),
    "original of another producer": (lambda p: edit(p / F, '    producer: "spc"\n', '    producer: "spc"\n    original: "ohchr-online-scams-2023"\n'),
                                     F, "people_prosecuted_cyber_fraud_2020", "original", "was published by ohchr"),
    "inferred original without a note": (lambda p: edit(p / "catalog/originals.yaml", "    note: The article says the guide came out", "    title: A guess\n    title_status: inferred\n    notes: The article says the guide came out"),
                                         "catalog/originals.yaml", "prosecution-guide-2016", "notes", "unknown field"),
    "missing attribution": (lambda p: edit(p / F, '    attribution: "none"\n    quote: the full agreement', '    quote: the full agreement'),
                            F, "asean_member_states", "attribution", "missing required field"),
    "derived credited elsewhere": (lambda p: edit(p / D, "formula: 100 - travel_survey_unwilling_share", "computed_by: article\n    formula: 100 - travel_survey_unwilling_share"),
                                   D, "travel_survey_other_share", "computed_by", "scam_figures"),
    "indicator nobody uses": (lambda p: (p / I).write_text((p / I).read_text(encoding="utf-8") +
                                                           "  - {indicator: orphan, label: O, label_zh: 孤, definition: D, definition_zh: 孤, unit: count, "
                                                           "topic: trafficking}\n",
                                                           encoding="utf-8"),
                              I, "orphan", "indicator", "no figure uses"),
    "missing Chinese label": (lambda p: drop_line(p / I, "    label_zh:"), I, "telecom_online_fraud_cases_resolved",
                              "label_zh", "missing Chinese translation"),
    "missing Chinese chart title": (lambda p: drop_line(p / C, "    title_zh:"), C, "prosecutions-cyber-fraud",
                                    "title_zh", "missing Chinese translation"),
    "missing Chinese caveat": (lambda p: drop_line(p / F, "    caveat_text_zh:"), F, "box_office_no_more_bets",
                               "caveat_text_zh", "missing Chinese translation"),
    "missing Chinese quote": (lambda p: drop_line(p / F, "    quote_zh:"), F, "box_office_no_more_bets",
                              "quote_zh", "missing Chinese translation"),
    "translation ignores the glossary": (lambda p: replace_line(p / I, "    label_zh:", "    label_zh: 电信网络诈骗案件立案数"),
                                         I, "telecom_online_fraud_cases_resolved", "label_zh", "glossary"),
    "translation in English": (lambda p: replace_line(p / E, "    label_zh:", "    label_zh: The film is released"),
                               E, "film_released", "label_zh", "holds no Chinese"),
    "missing Chinese column description": (lambda p: drop_line(p / COLUMNS, "      quote:"), COLUMNS,
                                           "figures.columns", "quote", "missing Chinese description"),
    "column description off the glossary": (lambda p: replace_line(p / COLUMNS, "      name_short:", "      name_short: 简称。"),
                                            COLUMNS, "producers.name_short", "description_zh", "glossary"),
    "column the schema does not have": (lambda p: edit(p / COLUMNS, "      figure_id:", "      figure_name: 名称。\n      figure_id:"),
                                        COLUMNS, "figures.figure_name", "", "not a column"),
}


def snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input(case, project, capsys):
    mutate, file, entry, field, words = CASES[case]
    before = snapshot(project / "data")
    mutate(project)
    code = main(["--seeds", str(project / "seeds"), "--catalog", str(project / "catalog"),
                 "--data", str(project / "data")])
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    prefix = f"{project / file}: "
    assert line.startswith(prefix), line
    got_entry, got_field, _ = line[len(prefix):].split(": ", 2)
    assert entry in got_entry if entry else got_entry == "-", line
    assert got_field == (field or "-"), line
    assert words and words.lower() in line.lower(), line
    assert "Traceback" not in err
    assert snapshot(project / "data") == before


def test_bad_input_from_the_command_line_exits_2_without_traceback(project):
    edit(project / F, "value: 74500", "value: 75400")
    result = subprocess.run([sys.executable, "-m", "etl", "--seeds", str(project / "seeds"),
                             "--catalog", str(project / "catalog"), "--data", str(project / "data")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert re.fullmatch(r".*figures\.yaml: people_prosecuted_cyber_fraud_2020: value: .*\n", result.stderr)


def test_check_fails_when_data_is_stale(project, capsys):
    (project / "data" / "events.csv").write_text("event_id\n", encoding="utf-8")
    args = ["--seeds", str(project / "seeds"), "--catalog", str(project / "catalog"), "--data", str(project / "data")]
    assert main(args + ["--check"]) == 1
    assert "events.csv" in capsys.readouterr().err
    assert main(args) == 0 and main(args + ["--check"]) == 0


def test_check_fails_on_an_unreviewed_mention(project, capsys):
    edit(project / M, "  - {source_id: isdp-no-more-bets, quote: their two hands joined, reason: not_a_statistic}\n", "")
    args = ["--seeds", str(project / "seeds"), "--catalog", str(project / "catalog"), "--data", str(project / "data")]
    assert main(args + ["--check"]) == 1
    assert "'two'" in capsys.readouterr().err


def test_scan_of_a_missing_or_binary_file(tmp_path, capsys):
    assert main(["scan", str(tmp_path / "nope.txt")]) == 2
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00")
    assert main(["scan", str(tmp_path / "bin.txt")]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_scan_prints_csv(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Police arrested over 1,200 people in May 2024.\n", encoding="utf-8")
    assert main(["scan", str(tmp_path / "a.txt"), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("char_start,char_end,kind,value,low,high,unit")
    assert "over 1,200" in out[1] and "lower_bound" in out[1] and "1200" in out[1]
    assert "2024-05" in out[2]
