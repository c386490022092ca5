"""Overview page, median of 5 cold loads in headless Chromium: time until the first chart
is drawn and bytes transferred, beside a minimal Dash app showing one bar chart.

Each load uses a fresh browser context (empty cache). "First chart drawn" is when the
first plotly SVG appears (a MutationObserver records performance.now()); bytes are the
encoded (on-the-wire) sizes Chromium reports for every response.
Targets: at most 0.7x the minimal app's time, at most 2 MB transferred.
Run: `.venv/bin/python bench/dashboard_load.py`.
"""
import statistics
import subprocess
import sys

from common import ROOT, table

sys.path.insert(0, str(ROOT))
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, wait_until_serving  # noqa: E402

RUNS = 5
OBSERVER = """
new MutationObserver((_, observer) => {
  if (document.querySelector('.js-plotly-plot .main-svg')) {
    window.__firstChart = performance.now(); observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def serve(command):
    port = free_port()
    process = subprocess.Popen(command + [str(port)] if command[-1] != "--port" else command + [str(port)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    wait_until_serving(url, process)
    return process, url


def cold_load(browser, url):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.add_init_script(OBSERVER)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    sizes = []
    cdp.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
    page.goto(url)
    page.wait_for_function("window.__firstChart !== undefined", timeout=60000)
    first_chart = page.evaluate("window.__firstChart")
    page.wait_for_load_state("networkidle")
    context.close()
    return first_chart, sum(sizes)


def main():
    from playwright.sync_api import sync_playwright
    apps = {"minimal Dash app (floor)": [sys.executable, "bench/minimal_app.py"],
            "Scam Figures overview": [sys.executable, "-m", "dashboard", "--port"]}
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, command in apps.items():
            process, url = serve(command)
            try:
                cold_load(browser, url)  # warm the server (first-request set-up), not the browser
                runs = [cold_load(browser, url) for _ in range(RUNS)]
            finally:
                process.terminate()
                process.wait(timeout=10)
            results[name] = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), runs)
        browser.close()
    floor = results["minimal Dash app (floor)"][0]
    rows = [[name, f"{ms:.0f}", f"{ms / floor:.2f}x", f"{size / 1e6:.2f}",
             " ".join(f"{r[0]:.0f}" for r in runs)] for name, (ms, size, runs) in results.items()]
    print(f"cold loads, median of {RUNS} (first chart drawn, ms since navigation start)")
    print(table(rows, ["app", "first chart ms", "vs floor", "MB transferred", "runs (ms)"]))
    ours = results["Scam Figures overview"]
    print(f"targets: <= 0.7x floor -> {'met' if ours[0] <= 0.7 * floor else 'NOT met'}; "
          f"<= 2 MB -> {'met' if ours[1] <= 2e6 else 'NOT met'}")


if __name__ == "__main__":
    main()
