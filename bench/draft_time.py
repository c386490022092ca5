"""How long `python -m etl draft` takes on a 10,000-word report (target: under 2 s).

The report is the first 10,000 words of our own news corpus (tests/data/news_quantities.jsonl),
laid out as paragraphs; the command runs in a scratch copy of seeds/ and etl/catalog/, from
the shell (interpreter start included), median of 5 runs.
Run: `.venv/bin/python bench/draft_time.py`.
"""
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, table

sentences = [json.loads(line)["text"] for line in
             (ROOT / "tests" / "data" / "news_quantities.jsonl").read_text(encoding="utf-8").splitlines()]
words, paragraphs = 0, []
for i in range(0, len(sentences), 4):
    paragraph = " ".join(sentences[i:i + 4])
    paragraphs.append(paragraph)
    words += len(paragraph.split())
    if words >= 10000:
        break
text = "\n\n".join(paragraphs) + "\n"

times, proposed = [], ""
with tempfile.TemporaryDirectory() as scratch:
    scratch = Path(scratch)
    report = scratch / "report.txt"
    report.write_text(text, encoding="utf-8")
    for run in range(5):
        work = scratch / f"run{run}"
        shutil.copytree(ROOT / "seeds", work / "seeds")
        shutil.copytree(ROOT / "etl" / "catalog", work / "catalog", ignore=shutil.ignore_patterns("drafts"))
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "etl", "--seeds", str(work / "seeds"), "--catalog",
                               str(work / "catalog"), "draft", str(report), "--source-id", "bench-report"],
                              cwd=ROOT, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
        proposed = done.stdout.splitlines()[0].split(": ", 1)[1]
print(f"draft of a {len(text.split()):,}-word report ({len(text):,} characters): {proposed}")
print(table([["python -m etl draft", f"{statistics.median(times):.2f}", f"{min(times):.2f}", "2.00"]],
            ["command", "median s", "best s", "target s"]))
