"""Shared fixtures: a throw-away copy of the project's inputs and outputs."""
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path):
    """seeds/, etl/catalog/ and data/ copied to a temporary folder, with their paths."""
    for name, source in (("seeds", ROOT / "seeds"), ("catalog", ROOT / "etl" / "catalog"),
                         ("data", ROOT / "data")):
        shutil.copytree(source, tmp_path / name)
    return tmp_path


import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, process=None, seconds: float = 30) -> None:
    """Poll `url` until it answers; fail early if `process` exits, late after `seconds`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} before answering {url}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def start_dashboard(*extra: str, port: int | None = None):
    """A dashboard server process on a free port; returns (process, base URL)."""
    port = port or free_port()
    # The server's log goes to a file: a pipe nobody reads fills up and blocks the server.
    log = tempfile.NamedTemporaryFile("w+", prefix="dashboard-", suffix=".log", delete=False)
    process = subprocess.Popen([sys.executable, "-m", "dashboard", "--port", str(port), *extra], cwd=ROOT,
                               stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url + "/_dash-layout", process)
    except RuntimeError as error:
        process.kill()
        log.seek(0)
        raise RuntimeError(f"{error}: {log.read()[-2000:]}") from None
    return process, url


def start_gunicorn(workers: int = 2):
    """The production server as `make serve` starts it, on a free port; returns (process, base URL, port)."""
    port = free_port()
    env = {**os.environ, "BIND": f"127.0.0.1:{port}", "WORKERS": str(workers), "ACCESS_LOG": "/dev/null"}
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "dashboard/gunicorn_conf.py",
                                "dashboard.wsgi:server"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url + "/healthz", process)
    return process, url, port


@pytest.fixture(scope="session")
def dashboard_url():
    process, url = start_dashboard()
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def rendered_images():
    """Every chart and card image in the shared cache (a no-op when `make test` warmed it already)."""
    from dashboard.data import load
    from dashboard.images import render
    render(load())
