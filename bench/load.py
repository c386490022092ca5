"""Load and fault runs against `make serve` (gunicorn, 2 workers) on loopback, bounded in time.

50 virtual users for 60 s mix page loads, fingerprinted asset fetches, Data-page callbacks
and CSV downloads. Reported: requests/s, p50/p95/p99 per request type, errors, and each
worker's peak RSS. With --kill, one worker is killed (SIGKILL) a third of the way in:
reported are the errors seen and the time until gunicorn has a replacement serving.
With --hostile, the same polite users run again beside a hostile mix: 100 idle sockets,
50 clients trickling one header line a second (reconnecting when cut off), 10 clients
fetching the plotly bundle with a new cache-busting query each time, and 10 downloading
chart PNGs and card SVGs; the polite users' figures are reported with and without it.
Targets: 0 errors; callback p95 <= 100 ms; page p95 <= 150 ms; worker RSS <= 250 MB;
on a kill, no request lost beyond those in flight on the killed worker.
Run: `.venv/bin/python bench/load.py [--users 50] [--seconds 60] [--kill] [--hostile]`.
"""
import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from common import ROOT, table

sys.path.insert(0, str(ROOT))
from tests.conftest import free_port, wait_until_serving  # noqa: E402
from tests.test_serving import callback_body  # noqa: E402

PAGES = ["/", "/enforcement", "/myanmar", "/trafficking", "/film", "/data", "/timeline", "/sources/clw-myanmar-enforcement"]
CSVS = ["/download/prosecutions-cyber-fraud.csv", "/download/trafficking-price.csv", "/download/travel-survey.csv"]
FILTERS = [callback_body(qualifier=["lower_bound"]), callback_body(text="myanmar"),
           callback_body(indicator=["people_prosecuted_cyber_fraud"]), callback_body()]


ERRORS: list[str] = []   # what the polite users' errors were, for the report


def workers_of(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(p) for p in children.read_text().split()] if children.exists() else []


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def user(port, assets, deadline, results, lock):
    rng = random.Random()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    local, reused = [], False
    while time.time() < deadline:
        kind = rng.choices(["page", "asset", "callback", "csv"], weights=[3, 3, 3, 1])[0]
        body = json.dumps(rng.choice(FILTERS)) if kind == "callback" else None
        path = "/_dash-update-component" if body else rng.choice({"page": PAGES, "asset": assets, "csv": CSVS}[kind])
        start = time.perf_counter()
        for attempt in (1, 2):  # like a browser: retry once if a reused keep-alive connection was dropped
            try:
                connection.request("POST" if body else "GET", path, body=body,
                                   headers={"Content-Type": "application/json", "Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                local.append((kind, (time.perf_counter() - start) * 1000, response.status >= 400, time.time()))
                if response.status >= 400:
                    ERRORS.append(f"{kind} {path}: HTTP {response.status}")
                reused = True
                break
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                if attempt == 2 or not reused:
                    local.append((kind, float("nan"), True, time.time()))
                    ERRORS.append(f"{kind} {path}: {error!r}")
                    break
                reused = False
    with lock:
        results.extend(local)


def hostile(port, deadline, counts, lock):
    """The hostile mix, until `deadline`; counts what it did and what it got."""
    def idle():
        socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(100)]
        while time.time() < deadline:
            time.sleep(0.5)
        for sock in socks:
            sock.close()

    def trickler():
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    while time.time() < deadline:
                        time.sleep(1)
                        sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                with lock:
                    counts["trickler cut off"] = counts.get("trickler cut off", 0) + 1

    def fetcher(paths):
        connection, rng = http.client.HTTPConnection("127.0.0.1", port, timeout=30), random.Random()
        while time.time() < deadline:
            path = rng.choice(paths) if isinstance(paths, list) else paths(rng)
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "br"})
                status = connection.getresponse()
                status.read()
                key = f"{path.split('/')[1]} {status.status}"
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                key = "fetch error"
            with lock:
                counts[key] = counts.get(key, 0) + 1
    figure_ids = [row.split(",")[0] for row in (ROOT / "data" / "figures.csv").read_text().splitlines()[1:]]
    images = [f"/download/{c.split(',')[0]}.png" for c in (ROOT / "data" / "charts.csv").read_text().splitlines()[1:]] \
        + [f"/card/{f}.svg" for f in figure_ids]
    threads = [threading.Thread(target=idle)] + [threading.Thread(target=trickler) for _ in range(50)]
    threads += [threading.Thread(target=fetcher, args=(lambda rng: f"/assets/plotly-basic.min.js?bust={rng.random()}",))
                for _ in range(10)]
    threads += [threading.Thread(target=fetcher, args=(images,)) for _ in range(10)]
    for thread in threads:
        thread.start()
    return threads


def run(users: int, seconds: float, kill: bool, with_hostile: bool = False):
    port = free_port()
    env = {**os.environ, "BIND": f"127.0.0.1:{port}", "WORKERS": "2", "ACCESS_LOG": "/dev/null"}
    master = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "dashboard/gunicorn_conf.py",
                               "dashboard.wsgi:server"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base + "/healthz", master)
        index = urllib.request.urlopen(base + "/").read().decode()
        assets = sorted({part.split('"')[0] for part in index.split('src="')[1:] if part.startswith("/")})
        results, lock = [], threading.Lock()
        deadline = time.time() + seconds
        hostile_counts, hostile_threads = {}, []
        if with_hostile:
            hostile_threads = hostile(port, deadline, hostile_counts, lock)
            time.sleep(1)
        threads = [threading.Thread(target=user, args=(port, assets, deadline, results, lock)) for _ in range(users)]
        for thread in threads:
            thread.start()
        killed_at = replaced_after = None
        if kill:
            time.sleep(seconds / 3)
            victim = workers_of(master.pid)[0]
            before = set(workers_of(master.pid))
            killed_at = time.time()
            os.kill(victim, signal.SIGKILL)
            while time.time() < deadline:
                new = set(workers_of(master.pid)) - before
                if new and Path(f"/proc/{next(iter(new))}/status").exists():
                    # serving: a request answered after the new worker exists
                    urllib.request.urlopen(base + "/healthz", timeout=5)
                    replaced_after = time.time() - killed_at
                    break
                time.sleep(0.05)
        for thread in threads + hostile_threads:
            thread.join()
        rss = {pid: peak_rss_mb(pid) for pid in workers_of(master.pid)}
        if with_hostile:
            print("hostile mix: " + ", ".join(f"{k}: {v}" for k, v in sorted(hostile_counts.items())))
    finally:
        master.send_signal(signal.SIGTERM)
        master.wait(timeout=20)
    return results, rss, killed_at, replaced_after


def report(results, rss, seconds, killed_at, replaced_after):
    rows = []
    for kind in ("page", "asset", "callback", "csv"):
        times = sorted(t for k, t, error, _ in results if k == kind and not error)
        errors = sum(1 for k, _, error, _ in results if k == kind and error)
        if times:
            pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
            rows.append([kind, len(times) + errors, f"{statistics.median(times):.1f}", f"{pick(0.95):.1f}",
                         f"{pick(0.99):.1f}", errors])
    total_errors = sum(1 for *_, error, _ in results if error)
    for line in sorted(set(ERRORS))[:5]:
        print(f"error: {line}")
    ERRORS.clear()
    print(table(rows, ["type", "requests", "p50 ms", "p95 ms", "p99 ms", "errors"]))
    print(f"throughput: {len(results) / seconds:.0f} requests/s; errors: {total_errors}; "
          f"worker peak RSS (MB): {', '.join(f'{v:.0f}' for v in rss.values())}")
    if killed_at is not None:
        window = [r for r in results if r[2] and r[3] >= killed_at]
        print(f"fault: one worker killed at {seconds / 3:.0f} s; errors after the kill: {len(window)}; "
              f"replacement serving after {replaced_after:.2f} s" if replaced_after else "replacement not seen")
    return total_errors, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--kill", action="store_true", help="also run the fault run")
    parser.add_argument("--hostile", action="store_true", help="also run beside the hostile mix")
    args = parser.parse_args()
    print(f"load run: {args.users} users, {args.seconds:.0f} s, gunicorn with 2 workers (loopback)")
    results, rss, *_ = run(args.users, args.seconds, kill=False)
    _, rows = report(results, rss, args.seconds, None, None)
    p95 = {row[0]: float(row[3]) for row in rows}
    print(f"targets: callback p95 <= 100 ms -> {'met' if p95.get('callback', 1e9) <= 100 else 'NOT met'}; "
          f"page p95 <= 150 ms -> {'met' if p95.get('page', 1e9) <= 150 else 'NOT met'}; "
          f"RSS <= 250 MB -> {'met' if max(rss.values(), default=0) <= 250 else 'NOT met'}")
    if args.hostile:
        print(f"\nhostile run: the same {args.users} polite users beside the hostile mix")
        results, rss, *_ = run(args.users, args.seconds, kill=False, with_hostile=True)
        report(results, rss, args.seconds, None, None)
    if args.kill:
        print(f"\nfault run: {args.users} users, {args.seconds:.0f} s, one worker killed")
        results, rss, killed_at, replaced_after = run(args.users, args.seconds, kill=True)
        report(results, rss, args.seconds, killed_at, replaced_after)


if __name__ == "__main__":
    main()
