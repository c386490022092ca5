"""Offline pack wall time, median of 3, beside the floor: kaleido rendering the same slide figures
to PNG alone, in one batch (one browser); and the Chinese pack beside the English one.

Targets: the English pack <= 20 s and within 2x of the floor; the Chinese pack within 1.2x of the
English one (issue 13). Each run uses the image cache as `make export` does.
Run: `.venv/bin/python bench/export_time.py`.
"""
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, table, wall_time

sys.path.insert(0, str(ROOT))
import plotly.io as pio  # noqa: E402

from dashboard.data import load  # noqa: E402
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH  # noqa: E402


def png_floor() -> float:
    dataset = load()
    charts = list(dataset.charts.values())
    start = time.perf_counter()
    figures = [spec.slide(dataset) for spec in charts]
    with tempfile.TemporaryDirectory() as folder:
        pio.write_images(figures, [Path(folder) / f"{spec.chart_id}.png" for spec in charts], width=SLIDE_WIDTH, height=SLIDE_HEIGHT)
    return time.perf_counter() - start


floor_runs = [png_floor() for _ in range(3)]
floor = statistics.median(floor_runs)
with tempfile.TemporaryDirectory() as out:
    packs = {lang: wall_time([sys.executable, "-m", "dashboard.export", "--out", f"{out}/{lang}", "--lang", lang], runs=3)
             for lang in ("en", "zh")}
english, chinese = packs["en"][0], packs["zh"][0]
print(f"offline pack of {len(load().charts)} charts, median of 3 (seconds)")
print(table([["kaleido, PNG only, one batch (floor)", f"{floor:.1f}", "1.00x", " ".join(f"{t:.1f}" for t in floor_runs)],
             *[[f"python -m dashboard.export --lang {lang}", f"{median:.1f}", f"{median / floor:.2f}x",
                " ".join(f"{t:.1f}" for t in runs)] for lang, (median, runs) in packs.items()]],
            ["what", "median s", "vs floor", "runs"]))
print(f"targets: English <= 20 s -> {'met' if english <= 20 else 'NOT met'}; "
      f"<= 2x floor -> {'met' if english <= 2 * floor else 'NOT met'}; "
      f"Chinese <= 1.2x English ({chinese / english:.2f}x) -> {'met' if chinese <= 1.2 * english else 'NOT met'}")
