"""Images rendered once: a cold render of every chart and card, a warm start, and a warm card fetch.

- cold: `python -m dashboard.images` with an empty cache (every chart's PNG and SVG, every card's);
- warm: the same with the cache full (what `make serve`/`make run` pay at each start);
- a number card served warm by the dashboard: 50 GETs of different cards, p50/p95 (target <= 1 s).
The cold and warm runs use an empty folder of their own (SCAM_FIGURES_IMAGE_CACHE), so the real cache is untouched.
Run: `.venv/bin/python bench/images_time.py`.
"""
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import ROOT, table

sys.path.insert(0, str(ROOT))
from dashboard.data import load  # noqa: E402
from tests.conftest import start_dashboard  # noqa: E402


def timed(command, env=None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main():
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "SCAM_FIGURES_IMAGE_CACHE": empty}
        cold = timed([sys.executable, "-m", "dashboard.images"], env)
        warm = timed([sys.executable, "-m", "dashboard.images"], env)
    timed([sys.executable, "-m", "dashboard.images"])  # the real cache, for the fetches below
    figure_ids = list(load().figures.index)[:50]
    process, url = start_dashboard()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", int(url.rsplit(":", 1)[1]), timeout=30)
        times = []
        for figure_id in figure_ids:
            start = time.perf_counter()
            connection.request("GET", f"/card/{figure_id}.png")
            response = connection.getresponse()
            response.read()
            assert response.status == 200, response.status
            times.append((time.perf_counter() - start) * 1000)
    finally:
        process.terminate()
        process.wait(timeout=10)
    times.sort()
    print(table([["render every image, cold cache", f"{cold:.1f} s", "once per build of data/"],
                 ["start with a warm cache (nothing to render)", f"{warm:.2f} s", "each server start"],
                 ["GET a number card, warm: p50", f"{statistics.median(times):.1f} ms", "<= 1 s"],
                 ["GET a number card, warm: p95", f"{times[int(0.95 * len(times)) - 1]:.1f} ms", "<= 1 s"]],
                ["measure", "result", "target"]))


if __name__ == "__main__":
    main()
