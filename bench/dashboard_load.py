"""Overview page and a figure page, median of 5 cold loads in headless Chromium: time until the
first chart (the overview) or the number and its quote (a figure page) is drawn, and bytes
transferred, beside a minimal Dash app showing one bar chart, all in the same run.

Each load uses a fresh browser context (empty cache). "Drawn" is when the page's key element
appears (a MutationObserver records performance.now()); bytes are the encoded (on-the-wire)
sizes Chromium reports for every response.
Targets: the overview at most 0.5x the minimal app's time (issue 10; 0.7x before), a figure
page at most the same; at most 2 MB transferred; each page's /zh/ twin as fast as it (issue 13).
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
  if (document.querySelector('.js-plotly-plot .main-svg, .figure-page .source-paragraph')) {
    window.__firstChart = performance.now(); observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def serve(command, path="/"):
    port = free_port()
    process = subprocess.Popen(command + [str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}{path}"
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
    first_chart = None
    for _ in range(6000):  # poll from here: an in-page poll would need eval, which our CSP forbids
        first_chart = page.evaluate("window.__firstChart")
        if first_chart is not None:
            break
        page.wait_for_timeout(10)
    page.wait_for_load_state("networkidle")
    context.close()
    return first_chart, sum(sizes)


def main():
    from playwright.sync_api import sync_playwright
    ours = [sys.executable, "-m", "dashboard", "--port"]
    apps = {"minimal Dash app (floor)": ([sys.executable, "bench/minimal_app.py"], "/"),
            "Scam Figures overview": (ours, "/"),
            "Scam Figures figure page": (ours, "/figure/forced_into_cyber_scams_2023"),
            "Scam Figures overview, Chinese": (ours, "/zh/"),
            "Scam Figures figure page, Chinese": (ours, "/zh/figure/forced_into_cyber_scams_2023")}
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (command, path) in apps.items():
            process, url = serve(command, path)
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
    print(f"cold loads, median of {RUNS} (key content drawn, ms since navigation start)")
    print(table(rows, ["app", "drawn ms", "vs floor", "MB transferred", "runs (ms)"]))
    for name in ("Scam Figures overview", "Scam Figures figure page"):
        ms, size, _ = results[name]
        print(f"{name}: <= 0.5x floor -> {'met' if ms <= 0.5 * floor else 'NOT met'}; "
              f"<= 2 MB -> {'met' if size <= 2e6 else 'NOT met'}")
    for name in ("Scam Figures overview", "Scam Figures figure page"):   # issue 13: the /zh/ twin as fast
        english, chinese = results[name][0], results[f"{name}, Chinese"][0]
        print(f"{name}: Chinese {chinese:.0f} ms vs English {english:.0f} ms ({chinese / english:.2f}x)")


if __name__ == "__main__":
    main()
