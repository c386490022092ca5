"""The offline pack (dashboard/export.py) and the kit's server routes, without a browser."""
import io
import re
import subprocess
import sys
import zipfile

import pytest
from PIL import Image
from pptx import Presentation

from dashboard.app import create_app
from dashboard.data import load
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH
from dashboard.export import build_pack
from tests.conftest import ROOT

CHARTS = list(load().charts.values())
CHART_IDS = [spec.chart_id for spec in CHARTS]


@pytest.fixture(scope="module")
def dataset():
    return load()


@pytest.fixture(scope="module")
def pack(tmp_path_factory, dataset):
    return build_pack(dataset, tmp_path_factory.mktemp("export") / "dist")


def png_facts(data: bytes):
    """(width, height, number of distinct colours) of a PNG."""
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.width, image.height, len(image.convert("RGB").getcolors(maxcolors=1 << 24))


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_png_is_a_full_hd_slide_with_content(pack, chart_id):
    width, height, distinct = png_facts((pack / "png" / f"{chart_id}.png").read_bytes())
    assert (width, height) == (SLIDE_WIDTH, SLIDE_HEIGHT) and distinct > 10


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_svg_carries_the_source_line(pack, chart_id):
    svg = (pack / "svg" / f"{chart_id}.svg").read_text(encoding="utf-8")
    words = " ".join(re.sub(r"<[^>]+>", " ", svg).split())  # the text as drawn, lines joined
    assert "Source:" in words and "Compiled by Scam Figures" in words


def test_html_files_need_no_network(pack):
    for chart_id in CHART_IDS:
        page = (pack / "html" / f"{chart_id}.html").read_text(encoding="utf-8")
        tags = re.findall(r"<(?:script|link)\b[^>]*>", page, flags=re.I)
        assert not [t for t in tags if re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", t, flags=re.I)]
        assert "Plotly.newPlot" in page and len(page) > 1_000_000  # plotly.js inlined


def test_deck_has_a_title_slide_and_one_slide_per_chart_with_quotes_in_the_notes(pack, dataset):
    deck = Presentation(pack / "scam-figures.pptx")
    slides = list(deck.slides)
    assert len(slides) == len(CHARTS) + 1
    for spec, slide in zip(CHARTS, slides[1:]):
        notes = slide.notes_slide.notes_text_frame.text
        rows = dataset.figures[dataset.figures["indicator"].isin(spec.indicators)]
        for _, row in rows.iterrows():
            assert not row["quote"] or row["quote"] in notes
            assert f"/figure/{row['figure_id']}" in notes, "every number links to its own page"
            assert not row["caveat_text"] or row["caveat_text"] in notes, "caveats travel into the slide notes"
        assert "Citation:" in notes and spec.public_url in notes
        texts = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        assert spec.title in texts and "Source:" in texts
        assert any(shape.shape_type == 13 for shape in slide.shapes)  # the picture


def test_data_and_zip(pack):
    assert {p.name for p in (pack / "data").iterdir()} >= {"figures.csv", "datapackage.json", "sources.csv"}
    with zipfile.ZipFile(pack / "scam-figures.zip") as archive:
        names = set(archive.namelist())
    assert "scam-figures.pptx" in names and "data/figures.csv" in names and f"png/{CHART_IDS[0]}.png" in names


def run_export(*args):
    return subprocess.run([sys.executable, "-m", "dashboard.export", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("case", ["file", "unwritable", "unknown chart"])
def test_bad_export_input_is_one_line_and_leaves_nothing(tmp_path, case):
    if case == "file":
        target = tmp_path / "pack.txt"
        target.write_text("not a folder")
        result = run_export("--out", str(target))
    elif case == "unwritable":
        target = tmp_path / "no-such-parent" / "deeper" / "dist"
        result = run_export("--out", str(target))
    else:
        target = tmp_path / "dist"
        result = run_export("--out", str(target), "--charts", "box-office,no-such-chart")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "--out" in result.stderr or "--charts" in result.stderr
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == [] and not (tmp_path / "dist").exists()


def test_unwritable_system_folder(tmp_path):
    result = run_export("--out", "/proc/scam-figures-pack")
    assert result.returncode == 2 and "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def client(dataset):
    return create_app(dataset).server.test_client()


def test_chart_downloads_and_embeds(client):
    csv = client.get("/download/trafficking-price.csv")
    assert csv.status_code == 200 and csv.mimetype == "text/csv"
    assert csv.data.decode().splitlines()[0].startswith("figure_id,indicator,value,low,high")
    assert len(csv.data.decode().strip().splitlines()) == 3
    assert client.get("/download/nope.png").status_code == 404
    assert client.get("/download/box-office.exe").status_code == 404
    embed = client.get("/embed/box-office")
    assert embed.status_code == 200 and "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert b"Compiled by Scam Figures" in embed.data and b"/assets/plotly-basic.min.js" in embed.data
    missing = client.get("/embed/<script>")
    assert missing.status_code == 404 and b"<script>" not in missing.data


@pytest.mark.parametrize("path", ["/", "/data", "/sources/runaway-hit-film", "/nope", "/download/box-office.csv",
                                  "/_dash-layout"])
def test_everything_but_embeds_refuses_framing(client, path):
    response = client.get(path)
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
