"""The kit in Chinese: `python -m dashboard.export --lang zh`, /zh/ downloads and number cards.

Chinese images must draw every character: the charts ask for Noto Sans CJK SC (installed by
`make test`/`make export`), which fontconfig must resolve to a font that has the glyphs; the
SVG must name that font on its text; and the PNG must differ from what a font without
Chinese glyphs draws (boxes), which we check by rendering the chart's title both ways with Pillow.
"""
import re
import subprocess
import zipfile

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont
from pptx import Presentation

from dashboard import i18n
from dashboard.app import create_app
from dashboard.data import load
from dashboard.export import build_pack
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.test_export import CHARTS, CHART_IDS, png_facts

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def dataset():
    return load()


@pytest.fixture(scope="module")
def pack(tmp_path_factory, dataset):
    return build_pack(dataset, tmp_path_factory.mktemp("export") / "zh", lang="zh")


def font_file(family: str) -> str:
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True).stdout


def test_the_chinese_font_is_installed_and_has_the_glyphs():
    path = font_file("Noto Sans CJK SC")
    assert "NotoSansCJK" in path
    font = ImageFont.truetype(path, 40)
    boxes = ImageFont.truetype(font_file("Liberation Sans"), 40)   # a font without Chinese glyphs

    def drawn(face):
        image = Image.new("L", (600, 80), 255)
        ImageDraw.Draw(image).text((5, 5), "破获电信网络诈骗案件数", font=face, fill=0)
        return image
    assert ImageChops.difference(drawn(font), drawn(boxes)).getbbox() is not None


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_chinese_png_and_svg(pack, chart_id):
    width, height, distinct = png_facts((pack / "png" / f"{chart_id}.png").read_bytes())
    assert (width, height) == (SLIDE_WIDTH, SLIDE_HEIGHT) and distinct > 10
    svg = (pack / "svg" / f"{chart_id}.svg").read_text(encoding="utf-8")
    words = " ".join(re.sub(r"<[^>]+>", " ", svg).split())
    assert "来源" in words and "Scam Figures" in words
    assert "Noto Sans CJK SC" in svg   # every text element asks for the font with the Chinese glyphs


def test_chinese_deck_titles_and_notes(pack, dataset):
    slides = list(Presentation(pack / "scam-figures.pptx").slides)
    assert len(slides) == len(CHARTS) + 1
    with i18n.using("zh"):
        titles = [spec.title for spec in CHARTS]
    for title, slide in zip(titles, slides[1:]):
        texts = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        assert title in texts and CHINESE.search(title)
        notes = slide.notes_slide.notes_text_frame.text
        assert "引用：" in notes and "/zh/figure/" in notes
    assert "Scam Figures" in slides[0].shapes[0].text_frame.text
    with zipfile.ZipFile(pack / "scam-figures.zip") as archive:
        assert "png/" + CHART_IDS[0] + ".png" in archive.namelist()
    assert CHINESE.search((pack / "README.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def client(dataset):
    return create_app(dataset).server.test_client()


def test_chinese_downloads_and_cards_differ_from_the_english_ones(client):
    chart = CHART_IDS[0]
    english, chinese = client.get(f"/download/{chart}.png"), client.get(f"/zh/download/{chart}.png")
    assert english.status_code == chinese.status_code == 200
    assert english.data != chinese.data
    assert f"scam-figures-{chart}.zh.png" in chinese.headers["Content-Disposition"]
    assert client.get(f"/zh/download/{chart}.csv").data == client.get(f"/download/{chart}.csv").data
    card = client.get("/zh/card/box_office_no_more_bets.svg")
    assert card.status_code == 200 and "5.405亿美元" in card.get_data(as_text=True)
    assert client.get("/zh/card/no_such_figure.png").status_code == 404
