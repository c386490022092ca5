"""Speed of the number checker: `POST /api/check` on one server, and `python -m etl check` on a deck.

- a 20,000-character text made of the sources' own paragraphs (real prose, ~2 numbers per
  100 words), 100 POSTs over one keep-alive connection: p50/p95 (target p95 <= 150 ms);
- a one-sentence text, 300 POSTs: p50/p95 (target p95 <= 20 ms);
- a dense worst case: 20,000 characters holding ~470 numbers (one every ~40 characters), for scale;
- `python -m etl check` on a 40-slide deck built here with python-pptx, whole process wall time
  (median of 3; target <= 2 s).
The server is `python -m dashboard` (Werkzeug, one process) on loopback; timings at the client.
Run: `.venv/bin/python bench/check_speed.py`.
"""
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, source_texts, table

sys.path.insert(0, str(ROOT))
from tests.conftest import start_dashboard  # noqa: E402


def timings(port: int, text: str, count: int) -> tuple[float, float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"text": text})
    times = []
    for _ in range(count):
        start = time.perf_counter()
        connection.request("POST", "/api/check", body=body, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - start) * 1000)
    connection.close()
    times.sort()
    return statistics.median(times), times[int(0.95 * len(times)) - 1]


def deck(path: Path, slides: int = 40) -> None:
    from pptx import Presentation
    from pptx.util import Inches
    paragraphs = [p for text in source_texts().values() for p in text.split("\n") if any(c.isdigit() for c in p)]
    presentation = Presentation()
    for index in range(slides):
        slide = presentation.slides.add_slide(presentation.slide_layouts[5])
        slide.shapes.title.text = f"Slide {index + 1}"
        slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3)).text_frame.text = \
            paragraphs[index % len(paragraphs)][:600]
        slide.notes_slide.notes_text_frame.text = paragraphs[(index + 7) % len(paragraphs)][:800]
    presentation.save(path)


def main():
    prose = "\n".join(source_texts().values())[:20000]
    dense = ("Police said 74,500 people were prosecuted in 2020 and 120,000 were forced into scams. " * 250)[:20000]
    process, url = start_dashboard()
    port = int(url.rsplit(":", 1)[1])
    try:
        timings(port, "warm-up 464,000 cases", 5)
        rows = [["20,000 characters of the sources' prose", *[f"{t:.1f}" for t in timings(port, prose, 100)], "150"],
                ["one sentence", *[f"{t:.1f}" for t in timings(port, "Police resolved 464,000 fraud cases in 2022.",
                                                            300)], "20"],
                ["20,000 characters, ~470 numbers (worst case)", *[f"{t:.1f}" for t in timings(port, dense, 30)], "—"]]
    finally:
        process.terminate()
        process.wait(timeout=10)
    print("POST /api/check, one server process (ms)")
    print(table(rows, ["text", "p50", "p95", "target p95"]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "talk.pptx"
        deck(path)
        median, _ = _check_time(path)
    print(f"\npython -m etl check on a 40-slide deck: {median:.2f} s median of 3 (target <= 2 s)")


def _check_time(path: Path):
    times = []
    for _ in range(3):  # exit status 1 means "warnings found", which is expected here
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "etl", "check", str(path)], cwd=ROOT, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


if __name__ == "__main__":
    main()
