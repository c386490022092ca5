"""`python -m etl draft` and `python -m etl accept`: a new source from text to catalog, and bad input.

The report below was written for these tests; it is not a real document.
"""
import hashlib
from pathlib import Path

import pytest
import yaml

from etl.__main__ import main

REPORT = """Border police freed 412 people from a compound near the river in March 2025, according to the Office of the United Nations High Commissioner for Human Rights.
The victims came from 14 countries, and about a third of them were under 25.
Officers seized 1,200 mobile phones and US$ 3.4 million in cash.
The raid, codenamed Operation 88, began at 5.30am on March 3.
"""


def run(project: Path, *args: str) -> int:
    return main(["--seeds", str(project / "seeds"), "--catalog", str(project / "catalog"),
                 "--data", str(project / "data"), *args])


def snapshot(project: Path) -> dict:
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted(project.rglob("*")) if p.is_file()}


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_draft_proposes_figures_and_dismissals_and_touches_only_the_registry_and_drafts(project, report, capsys):
    before = snapshot(project)
    assert run(project, "draft", str(report), "--source-id", "border-raid") == 0
    after = snapshot(project)
    changed = {name for name in after if before.get(name) != after[name]}
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    assert changed == {"seeds/sources.yaml", "catalog/drafts/border-raid.yaml", f"seeds/005_{digest[:16]}.txt"}
    draft = yaml.safe_load((project / "catalog" / "drafts" / "border-raid.yaml").read_text())
    figures = {f["quote"] if "number" not in f else f["number"]: f for f in draft["figures"]}
    first = next(f for f in draft["figures"] if f.get("value") == 412)
    assert first["period"] == "2025-03" and first["attribution"] == "stated"
    assert first["producer"] == "ohchr" and first["attribution_text"].startswith("according to the Office")
    assert figures["about a third"]["unit"] == "fraction" and figures["about a third"]["qualifier"] == "approximate"
    assert figures["US$ 3.4 million"]["value"] == 3400000 and figures["US$ 3.4 million"]["unit"] == "USD"
    assert all(f["accept"] is False for f in draft["figures"] + draft["dismissals"])
    reasons = {d["quote"]: d["reason"] for d in draft["dismissals"]}
    assert reasons == {"Operation 88": "name", "5.30am": "time_of_day", "March 3": "calendar_date"}
    assert run(project, "--check") == 0   # the build ignores the draft


def accept_everything(project: Path, source_id: str):
    path = project / "catalog" / "drafts" / f"{source_id}.yaml"
    draft = yaml.safe_load(path.read_text())
    for figure in draft["figures"]:
        figure["accept"] = True
        figure["subject_zh"] = "测试用的说明"
        figure["quote_zh"] = "测试用的译文"
        if figure.get("caveat_text"):
            figure["caveat_text_zh"] = "文章未说明该数字适用的时间。"
        if "new_indicator" in figure:
            figure["new_indicator"].update(label=f"Label of {figure['figure_id']}", label_zh="测试指标",
                                           definition="Written by a test.", definition_zh="由测试写入。",
                                           topic="regional_context")
        if figure["value"] == 25:   # "under 25": an age, not a statistic
            figure.update(accept=False, dismiss="not_a_statistic")
    for dismissal in draft["dismissals"]:
        dismissal["accept"] = True
    path.write_text(yaml.safe_dump(draft, sort_keys=False, allow_unicode=True))


def test_accept_moves_the_reviewed_entries_into_the_catalog_and_rebuilds(project, report, capsys):
    assert run(project, "draft", str(report), "--source-id", "border-raid") == 0
    accept_everything(project, "border-raid")
    assert run(project, "accept", "border-raid") == 0, capsys.readouterr().err
    figures = (project / "catalog" / "figures.yaml").read_text()
    assert "# --- border-raid (accepted from its draft) ---" in figures
    assert figures.startswith("# The reviewed catalog of figures.")   # comments and layout kept
    assert "draft: true" not in (project / "seeds" / "sources.yaml").read_text()
    assert not (project / "catalog" / "drafts" / "border-raid.yaml").exists()
    assert "border-raid" in (project / "data" / "figures.csv").read_text()
    assert run(project, "--check") == 0


def test_accept_refuses_with_one_line_per_problem_and_changes_nothing(project, report, capsys):
    assert run(project, "draft", str(report), "--source-id", "border-raid") == 0
    accept_everything(project, "border-raid")
    path = project / "catalog" / "drafts" / "border-raid.yaml"
    draft = yaml.safe_load(path.read_text())
    draft["figures"][0]["value"] = 413                 # not what the source says
    draft["figures"][1]["producer"] = "nobody-we-know"  # an unknown producer
    draft["figures"][1]["attribution"] = "stated"
    path.write_text(yaml.safe_dump(draft, sort_keys=False, allow_unicode=True))
    capsys.readouterr()
    before = snapshot(project)
    assert run(project, "accept", "border-raid") == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2, lines
    assert "value: catalog says 413" in lines[0] and str(project / "catalog" / "figures.yaml") in lines[0]
    assert "unknown producer 'nobody-we-know'" in lines[1]
    assert snapshot(project) == before


def test_accept_refuses_while_a_mention_is_unreviewed(project, report, capsys):
    assert run(project, "draft", str(report), "--source-id", "border-raid") == 0
    capsys.readouterr()
    before = snapshot(project)
    assert run(project, "accept", "border-raid") == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines and all("is neither catalogued nor dismissed" in line for line in lines)
    assert snapshot(project) == before


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"  \n\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is binary"),
    ("Caf\u00e9 prices rose 5%.\n".encode("latin-1"), "not UTF-8"),
    (b"\xef\xbb\xbfPrices rose 5%.\n", "byte-order mark"),
    (b"Prices rose 5%.\r\nThen fell 2%.\r\n", "CRLF"),
])
def test_draft_refuses_bad_files_in_one_line(project, tmp_path, capsys, content, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    before = snapshot(project)
    assert run(project, "draft", str(path), "--source-id", "bad-file") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"{path}: ") and words in err[0], err
    assert snapshot(project) == before


def test_draft_refuses_a_file_over_20_mb(project, tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(20 * 1024 * 1024 + 1)   # sparse: no 20 MB written to disk
    assert run(project, "draft", str(path), "--source-id", "huge") == 2
    assert "at most 20 MB" in capsys.readouterr().err


@pytest.mark.parametrize("source_id, words", [("isdp-no-more-bets", "exists already"),
                                              ("Bad Id", "lower-case")])
def test_draft_refuses_an_existing_or_malformed_source_id(project, report, capsys, source_id, words):
    before = snapshot(project)
    assert run(project, "draft", str(report), "--source-id", source_id) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0], err
    assert snapshot(project) == before


def test_accept_without_a_draft_says_how_to_make_one(project, capsys):
    assert run(project, "accept", "never-drafted") == 2
    assert "python -m etl draft FILE --source-id never-drafted" in capsys.readouterr().err
