"""Callback latency of the Data page's filter, and the server's memory.

200 POSTs to /_dash-update-component, each a different filter combination, over one
keep-alive connection, timed at the client; p50 and p95. Then the server's resident
memory (RSS) after start-up and after every page has been served once.
Targets: p95 <= 50 ms; RSS <= 200 MB.
Run: `.venv/bin/python bench/callback_latency.py`.
"""
import http.client
import itertools
import json
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from common import ROOT, table

sys.path.insert(0, str(ROOT))
from dashboard.pages.data_table import filter_request  # noqa: E402
from dashboard.site import PAGES  # noqa: E402
from tests.conftest import free_port, wait_until_serving  # noqa: E402

REQUESTS = 200


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def payload(indicator, qualifier, text):
    return json.dumps(filter_request(text, indicator=indicator, qualifier=qualifier))


def main():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "dashboard", "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base + "/", process)
        memory_start = rss_mb(process.pid)
        for path, *_ in PAGES.values():
            urllib.request.urlopen(base + path).read()
        urllib.request.urlopen(base + "/_dash-layout").read()
        combos = itertools.cycle(itertools.product(
            [[], ["people_prosecuted_cyber_fraud"], ["travel_survey_share", "hashtag_views"]],
            [[], ["lower_bound"], ["range", "approximate"]], ["", "myanmar", "police university"]))
        connection = http.client.HTTPConnection("127.0.0.1", port)
        headers = {"Content-Type": "application/json", "Accept-Encoding": "gzip, br"}
        times, errors = [], 0
        for _ in range(REQUESTS):
            body = payload(*next(combos))
            start = time.perf_counter()
            connection.request("POST", "/_dash-update-component", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            times.append((time.perf_counter() - start) * 1000)
            errors += response.status != 200
        memory_after = rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)
    times.sort()
    p50, p95 = statistics.median(times), times[int(0.95 * len(times)) - 1]
    print(f"Data page filter callback, {REQUESTS} requests (ms)")
    print(table([[f"{p50:.1f}", f"{p95:.1f}", f"{times[-1]:.1f}", errors]], ["p50", "p95", "max", "errors"]))
    print(f"server RSS: {memory_start:.0f} MB after start-up, {memory_after:.0f} MB after serving every page "
          f"and the {REQUESTS} callbacks")
    print(f"targets: p95 <= 50 ms -> {'met' if p95 <= 50 else 'NOT met'}; "
          f"RSS <= 200 MB -> {'met' if max(memory_start, memory_after) <= 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
