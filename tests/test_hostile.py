"""Hostile clients, on loopback and bounded in time: the findings of issue 8, each kept fixed.

Most run against the production stack as `make serve` starts it (gunicorn with gevent
workers, `dashboard/gunicorn_conf.py`); the rest against the Flask app in-process.
"""
import gzip
import http.client
import json
import re
import socket
import threading
import time
import urllib.request
from pathlib import Path

import brotli
import pytest

from dashboard.app import create_app
from dashboard.data import load
from dashboard.serving import script_hashes
from tests.conftest import start_dashboard, start_gunicorn

VERSION_WORDS = re.compile(r"python_version|dash_version|plotly_version|ddk_version|Werkzeug|Python/\d|v\d+_\d+_\d+m")


@pytest.fixture(scope="module")
def server():
    """gunicorn as `make serve` runs it; yields (base URL, port, master process)."""
    process, url, port = start_gunicorn()
    yield url, port, process
    process.terminate()
    process.wait(timeout=15)


def raw(port: int, request: bytes, timeout: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except socket.timeout:
            pass
        return b"".join(chunks)


def get(port: int, path: str, headers: dict | None = None, method: str = "GET"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def decoded(response, body: bytes) -> str:
    encoding = response.getheader("Content-Encoding")
    return (gzip.decompress(body) if encoding == "gzip" else brotli.decompress(body) if encoding == "br"
            else body).decode()


def healthz_seconds(port: int) -> float:
    start = time.perf_counter()
    response, _ = get(port, "/healthz")
    assert response.status == 200
    return time.perf_counter() - start


# --- 1. cache poisoning through the Host header ------------------------------------------------
@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_a_forged_host_is_refused_and_never_reaches_another_client(server, encoding):
    _, port, _ = server
    for _ in range(6):  # enough for both workers to see it
        response, _ = get(port, "/embed/un-estimates", {"Host": "evil.example", "Accept-Encoding": encoding})
        assert response.status == 400
    for path in ("/embed/un-estimates", "/timeline", "/"):
        response, body = get(port, path, {"Accept-Encoding": encoding})
        assert response.status == 200 and "evil.example" not in decoded(response, body), path


def test_every_embed_answer_carries_the_hash_of_its_own_script(server):
    _, port, _ = server
    for _ in range(4):
        response, body = get(port, "/embed/box-office", {"Accept-Encoding": "br"})
        page = decoded(response, body)
        hashes = script_hashes(page)
        assert hashes and all(h in response.getheader("Content-Security-Policy") for h in hashes)


# --- 2. unbounded memory, static compression ---------------------------------------------------
def test_cache_busting_queries_do_not_grow_the_compression_cache():
    app = create_app(load())
    client, compressor = app.server.test_client(), app.server.extensions["static_compressor"]
    for index in range(300):
        response = client.get(f"/assets/plotly-basic.min.js?bust={index}", headers={"Accept-Encoding": "br"})
        assert response.headers["Content-Encoding"] == "br"
    assert len(compressor.store) == 1 and compressor.size < 2 * 1024 * 1024
    for index in range(50):
        client.get(f"/embed/box-office?bust={index}", headers={"Accept-Encoding": "gzip"})
        client.get(f"/no/such/{index}", headers={"Accept-Encoding": "gzip"})
    assert len(compressor.store) == 1, "pages, embeds and 404s are never cached"


def test_gzip_only_clients_get_the_big_bundle_compressed(server):
    _, port, _ = server
    response, body = get(port, "/assets/plotly-basic.min.js", {"Accept-Encoding": "gzip"})
    assert response.getheader("Content-Encoding") == "gzip" and len(body) < 600_000
    assert len(gzip.decompress(body)) > 1_000_000


# --- 3. slow clients ---------------------------------------------------------------------------
def test_idle_and_trickling_connections_do_not_stall_the_server(server):
    _, port, _ = server
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(100)]
    trickling = [socket.create_connection(("127.0.0.1", port)) for _ in range(100)]
    stop, closed = threading.Event(), []

    def trickle():
        for sock in trickling:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for _ in range(8):
            if stop.wait(1):
                return
            for sock in trickling:
                try:
                    sock.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    closed.append(sock)
    worker = threading.Thread(target=trickle)
    worker.start()
    try:
        time.sleep(1)
        assert max(healthz_seconds(port) for _ in range(5)) < 1.0
        time.sleep(3)
        assert max(healthz_seconds(port) for _ in range(5)) < 1.0
        worker.join(timeout=15)
        assert len(set(closed)) > 50, "a client that never finishes its headers is cut off"
    finally:
        stop.set()
        for sock in idle + trickling:
            sock.close()


@pytest.mark.parametrize("request_bytes, status", [
    (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", b"414"),
    (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n", b"431"),
    (b"GARBAGE\r\n\r\n", b"400"),
])
def test_the_servers_own_errors_carry_the_security_headers(server, request_bytes, status):
    _, port, _ = server
    answer = raw(port, request_bytes)
    head = answer.split(b"\r\n\r\n")[0]
    assert head.split(b" ")[1] in (status, b"400"), head[:80]
    assert b"Content-Security-Policy: default-src 'self'" in head and b"X-Content-Type-Options: nosniff" in head
    assert not VERSION_WORDS.search(answer.decode("latin-1"))


def test_a_chunked_body_over_the_cap_is_413(server):
    _, port, _ = server
    chunk = b"x" * 30_000
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(10)) + b"0\r\n\r\n"
    answer = raw(port, b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                       b"Transfer-Encoding: chunked\r\n\r\n" + body)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:60]


# --- 4. images never rendered on request -------------------------------------------------------
def children_of(pid: int) -> list[str]:
    commands = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
                if f"\nPPid:\t{pid}\n" in status:
                    commands.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
                    commands += children_of(int(entry.name))
            except OSError:
                continue
    return commands


def test_concurrent_image_downloads_start_no_browser(server):
    _, port, process = server
    ids = [spec.chart_id for spec in load().charts.values()][:20]
    results, slowest_health = [], []

    def fetch(chart_id, fmt):
        response, body = get(port, f"/download/{chart_id}.{fmt}")
        results.append((response.status, body[:4]))
    threads = [threading.Thread(target=fetch, args=(c, "png")) for c in ids] + \
              [threading.Thread(target=fetch, args=(ids[0], "svg")) for _ in range(20)]
    for thread in threads:
        thread.start()
    slowest_health.append(healthz_seconds(port))
    for thread in threads:
        thread.join(timeout=30)
    assert [status for status, _ in results] == [200] * len(threads)
    assert all(head in (b"\x89PNG", b"<svg") for _, head in results)
    assert max(slowest_health) < 1.0
    workers = [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()
               and f"\nPPid:\t{process.pid}\n" in (entry / "status").read_text()
               and "gunicorn" in (entry / "cmdline").read_bytes().decode(errors="replace")]
    assert workers
    started = [c for pid in workers for c in children_of(pid) if "chrom" in c or "kaleido" in c]
    assert not started, f"a worker started a browser: {started}"


# --- 5. framing, 6. versions, 7. the smaller items ---------------------------------------------
@pytest.mark.parametrize("path, status, ancestors", [
    ("/embed/box-office", 200, "*"), ("/embed/", 404, "'none'"), ("/embed", 404, "'none'"),
    ("/embed/no-such-chart", 404, "'none'"), ("/embed/box-office/extra", 404, "'none'"),
])
def test_only_real_charts_may_be_framed(server, path, status, ancestors):
    _, port, _ = server
    response, _ = get(port, path)
    if response.status in (301, 308):
        response, _ = get(port, response.getheader("Location"))
    assert response.status == status
    assert f"frame-ancestors {ancestors}" in response.getheader("Content-Security-Policy")


def test_no_version_strings_anywhere(server):
    _, port, _ = server
    response, body = get(port, "/")
    page = body.decode()
    config = json.loads(page.split('<script id="_dash-config" type="application/json">')[1].split("</script>")[0])
    assert not {"python_version", "dash_version", "plotly_version"} & set(config)
    assert not VERSION_WORDS.search(page), VERSION_WORDS.search(page)
    for path in ("/no/such", "/healthz", "/_dash-component-suites/nope.js"):
        response, body = get(port, path)
        assert not VERSION_WORDS.search(str(response.getheaders()) + body.decode("latin-1"))


def test_the_development_server_names_no_software_either():
    process, url = start_dashboard()
    try:
        response = urllib.request.urlopen(url + "/healthz")
        assert response.headers["Server"] == "scam-figures"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("path, status", [("/no/such", 404), ("/embed/", 404), ("/figure/nope", 404), ("/", 200)])
def test_head_answers_like_get(server, path, status):
    _, port, _ = server
    response, _ = get(port, path, method="HEAD")
    assert response.status == status


def test_a_malformed_callback_logs_one_line(caplog):
    client = create_app(load()).server.test_client()
    client.get("/")
    with caplog.at_level("WARNING"):
        response = client.post("/_dash-update-component", data="[1, 2]", content_type="application/json")
    assert response.status_code == 400
    lines = [record for record in caplog.records if record.name == "dashboard.serving"]
    assert len(lines) == 1 and lines[0].exc_info is None and "\n" not in lines[0].getMessage()
