"""`make export` wall time for the whole offline pack, median of 3, beside the floor:
kaleido rendering the same slide figures to PNG alone, in one batch (one browser).

Targets: <= 20 s, and within 2x of the floor. Run: `.venv/bin/python bench/export_time.py`.
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
make_export, runs = wall_time(["make", "--no-print-directory", "export"], runs=3)
print(f"offline pack of {len(load().charts)} charts, median of 3 (seconds)")
print(table([["kaleido, PNG only, one batch (floor)", f"{floor:.1f}", "1.00x", " ".join(f"{t:.1f}" for t in floor_runs)],
             ["make export (whole pack)", f"{make_export:.1f}", f"{make_export / floor:.2f}x",
              " ".join(f"{t:.1f}" for t in runs)]], ["what", "median s", "vs floor", "runs"]))
print(f"targets: <= 20 s -> {'met' if make_export <= 20 else 'NOT met'}; "
      f"<= 2x floor -> {'met' if make_export <= 2 * floor else 'NOT met'}")
