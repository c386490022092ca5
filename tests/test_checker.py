"""The number checker (etl/checker.py): matches and warnings for sentences written for these tests,
the JSON API's errors, and the deck checker on a deck built here with python-pptx."""
import json

import pytest
from pptx import Presentation
from pptx.util import Inches

from dashboard.app import create_app
from dashboard.data import load
from etl.__main__ import main
from etl.checker import MAX_CHARS, Checker

CHECKER = Checker.from_data()


def best(text: str, number: str):
    found = [n for n in CHECKER.check(text) if n.text == number or number in n.text]
    assert found, f"{number!r} not read in {text!r}"
    return found[0].matches


# (sentence, the number's words, the figure expected first, the warning kinds expected on it)
CASES = [
    ("Courts in China prosecuted 74,500 people for cyber fraud in 2020.", "74,500",
     "people_prosecuted_cyber_fraud_2020", set()),
    ("Cyber-fraud prosecutions in China reached 74,500 in 2019.", "74,500",
     "people_prosecuted_cyber_fraud_2020", {"period"}),
    ("A briefing claims 120,000 people were trafficked into Cambodia's compounds.", "120,000",
     "forced_into_cyber_scams_2023", {"qualifier", "place", "measure"}),
    ("Police resolved 464,000 telecom and online fraud cases in 2022.", "464,000",
     "fraud_cases_resolved_2022", {"qualifier"}),
    ("Roughly 500,000 fraud cases were resolved by police in 2022.", "500,000",
     "fraud_cases_resolved_2022", {"precision"}),
    ("More than 49,000 scam suspects were arrested in Myanmar and sent to China by May 2024.", "49,000",
     "suspects_deported_2024_05_06", {"qualifier"}),
    ("By May 2024 some 49,000 scam suspects from Myanmar had been convicted.", "49,000",
     "suspects_deported_2024_05_06", {"qualifier", "measure"}),
    ("Half a million fraud cases were resolved by the police in 2022.", "Half a million",
     "fraud_cases_resolved_2022", {"qualifier", "precision"}),
    ("Around 464k online fraud cases were resolved in 2022.", "464k", "fraud_cases_resolved_2022", set()),
    ("The film took US$540.5 million at cinemas.", "US$540.5 million", "box_office_no_more_bets", set()),
    ("The film took 540.5 million dollars at cinemas.", "540.5 million dollars", "box_office_no_more_bets", set()),
    ("Ninety-three thousand telecom fraud cases were resolved in 2016.", "Ninety-three thousand",
     "telecom_fraud_cases_resolved_2016", set()),
    ("Traffickers paid between 30,000 and 150,000 yuan for each person.", "30,000 and 150,000 yuan",
     "price_trafficked_person_cny", set()),
    ("Over half of China's sea trade passes through the Strait of Malacca.", "Over half",
     "malacca_share_maritime_trade", set()),
    ("Officials said the exchange rate implied was 7.5 yuan to the dollar, according to the court.", "7.5",
     None, set()),
]


@pytest.mark.parametrize("text, number, figure_id, kinds", CASES, ids=[c[1] + " " + c[0][:30] for c in CASES])
def test_matches_and_warnings(text, number, figure_id, kinds):
    matches = best(text, number)
    if figure_id is None:
        assert all(m.figure_id != "implied_rate_price_high" or m.warnings for m in matches)
        return
    assert matches and matches[0].figure_id == figure_id, [m.figure_id for m in matches]
    assert {w["kind"] for w in matches[0].warnings} == kinds, matches[0].warnings
    assert matches[0].reasons and 0 < matches[0].score <= 1


def test_the_derived_warning_when_a_computed_number_is_presented_as_stated():
    matches = best("According to the survey's organisers, 7% of respondents gave another answer on Weibo.", "7%")
    survey = next(m for m in matches if m.figure_id == "travel_survey_other_share")
    assert "derived" in {w["kind"] for w in survey.warnings}


@pytest.mark.parametrize("text", ["The striker scored 3 goals in 11 matches this season.",
                                  "The recipe needs 250 grams of flour and 2 eggs.",
                                  "Temperatures reached 38 degrees on Tuesday."])
def test_numbers_from_elsewhere_are_not_in_our_sources(text):
    assert all(not n.matches for n in CHECKER.check(text))


def test_the_text_limit():
    with pytest.raises(ValueError, match="20,000"):
        CHECKER.check("1" * (MAX_CHARS + 1))


@pytest.fixture(scope="module")
def client():
    return create_app(load()).server.test_client()


@pytest.mark.parametrize("body, content_type, status", [
    (json.dumps({"text": "Police resolved 464,000 fraud cases in 2022."}), "application/json", 200),
    (json.dumps({"text": "x" * (MAX_CHARS + 1)}), "application/json", 413),
    ("x" * (300 * 1024), "application/json", 413),
    (json.dumps({"txt": "a"}), "application/json", 400),
    (json.dumps(["text"]), "application/json", 400),
    (json.dumps({"text": 5}), "application/json", 400),
    ("{not json", "application/json", 400),
    ("text=1", "application/x-www-form-urlencoded", 400),
])
def test_the_api_answers_json_with_the_right_status(client, body, content_type, status):
    response = client.post("/api/check", data=body, content_type=content_type)
    assert response.status_code == status and response.is_json
    payload = response.get_json()
    if status == 200:
        number = payload["numbers"][0]
        assert {"text", "char_start", "char_end", "value", "low", "high", "unit", "qualifier", "matches"} <= set(number)
        assert number["matches"][0]["figure_id"] == "fraud_cases_resolved_2022"
        assert {w["kind"] for w in number["matches"][0]["warnings"]} == {"qualifier"}
    else:
        assert list(payload) == ["error"] and "\n" not in payload["error"]


@pytest.mark.parametrize("hostile", ["9" * 19_000, "(" * 10_000 + ")" * 10_000, "\u202e 120,000 \u202d people",
                                     "\x00\x01\x02 464,000 \x1b[31m cases", "<script>alert(1)</script> 74,500"])
def test_hostile_text_gets_an_answer(client, hostile):
    response = client.post("/api/check", data=json.dumps({"text": hostile}), content_type="application/json")
    assert response.status_code == 200 and "numbers" in response.get_json()


def test_the_check_page_shows_the_text_as_text(client):
    import dash
    layout = next(e["layout"] for e in dash.page_registry.values() if e["path"] == "/check")
    page = str(layout(text="<b>bold</b> claims 464,000 fraud cases were resolved in 2022"))
    assert "Mark(children='464,000'" in page and "<b>bold</b>" in page and "Said by" in page


def make_deck(path, slides):
    deck = Presentation()
    for title, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
        box.text_frame.text = "A classroom slide"
        slide.notes_slide.notes_text_frame.text = notes
    deck.save(path)


def test_checking_a_deck_from_the_command_line(tmp_path, capsys):
    make_deck(tmp_path / "talk.pptx", [("Prosecutions: 74,500 people in 2020", "Source: Supreme People's Court."),
                                       ("Cambodia", "About 120,000 people were trafficked into Cambodia.")])
    assert main(["check", str(tmp_path / "talk.pptx")]) == 1
    out = capsys.readouterr().out
    assert "Slide 1:" in out and "people_prosecuted_cyber_fraud_2020" in out
    assert "Slide 2:" in out and "measure:" in out and "place:" in out
    make_deck(tmp_path / "fine.pptx", [("Prosecutions", "Courts prosecuted 74,500 people for cyber fraud in 2020.")])
    assert main(["check", str(tmp_path / "fine.pptx")]) == 0


@pytest.mark.parametrize("name, content", [("broken.pptx", b"PK\x03\x04 not really"), ("notes.docx", b"x"),
                                           ("latin1.txt", "caf\xe9 74,500".encode("latin-1"))])
def test_a_damaged_file_gets_one_line_and_exit_2(tmp_path, capsys, name, content):
    (tmp_path / name).write_bytes(content)
    assert main(["check", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_zip_bomb_deck_is_refused_before_it_is_unpacked(tmp_path, capsys):
    import zipfile
    with zipfile.ZipFile(tmp_path / "bomb.pptx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ppt/zeros.bin", b"\0" * (210 * 1024 * 1024))
    assert (tmp_path / "bomb.pptx").stat().st_size < 1024 * 1024
    assert main(["check", str(tmp_path / "bomb.pptx")]) == 2
    assert "unpacks to" in capsys.readouterr().err
