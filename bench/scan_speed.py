"""`scan` throughput on a corpus of the sources repeated to 50 MB, on one core.

Beside the floor (a bare `re.finditer(r"\\d[\\d,.]*")` over the same text) and the
usual peer, quantulum3, which is far slower and grows faster than linearly, so it is
timed on small prefixes only. Targets: >= 5 MB/s, within 5x of the floor, linear.
Run: `.venv/bin/python bench/scan_speed.py [--mb 50]`.
"""
import argparse
import re
import time
import warnings

from common import source_texts, table

from etl.numbers import scan

parser = argparse.ArgumentParser()
parser.add_argument("--mb", type=float, default=50)
args = parser.parse_args()

unit = "\n\n".join(source_texts().values()) + "\n\n"
corpus = unit * int(args.mb * 1e6 / len(unit.encode()) + 1)
size_mb = len(corpus.encode()) / 1e6


def timed(function, text):
    start = time.perf_counter()
    result = function(text)
    return time.perf_counter() - start, result


def floor(text):
    return sum(1 for _ in re.finditer(r"\d[\d,.]*", text))


rows = []
for fraction in (0.1, 0.25, 0.5, 1.0):
    text = corpus[: int(len(corpus) * fraction)]
    mb = len(text.encode()) / 1e6
    seconds_floor, _ = timed(floor, text)
    seconds_scan, mentions = timed(scan, text)
    rows.append([f"{mb:.1f}", f"{seconds_floor:.2f}", f"{mb / seconds_floor:.1f}", f"{seconds_scan:.2f}",
                 f"{mb / seconds_scan:.1f}", f"{seconds_scan / seconds_floor:.2f}x", len(mentions)])
print(f"scan throughput on the sources repeated to {size_mb:.0f} MB (one core)")
print(table(rows, ["MB", "floor s", "floor MB/s", "scan s", "scan MB/s", "scan/floor", "mentions"]))

try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as quantulum
except ImportError:
    print("quantulum3 not installed (make bench installs it)")
else:
    peer = []
    for kb in (5, 10, 20, 40):
        text = corpus[: kb * 1000]
        seconds, found = timed(quantulum.parse, text)
        seconds_scan, _ = timed(scan, text)
        peer.append([kb, f"{seconds:.2f}", f"{kb / 1000 / seconds:.4f}", f"{seconds_scan * 1000:.1f}",
                     f"{kb / 1000 / seconds_scan:.1f}"])
    print("\nquantulum3 (peer) on prefixes of the same corpus")
    print(table(peer, ["KB", "quantulum3 s", "quantulum3 MB/s", "scan ms", "scan MB/s"]))
