"""The dashboard in a real browser (Playwright driving Debian's chromium): what a user sees."""
import csv
import io
import json
import re
import shutil

import pytest

from dashboard.charts import charts_on
from dashboard.data import load
from dashboard.site import PAGES
from dashboard.pages.overview import HEADLINES
from tests.conftest import ROOT, start_dashboard

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "tests" / "screenshots"
AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": (1280, 720), "full-hd": (1920, 1080), "phone": (375, 740)}
PAGE_PATHS = [path for path, *_ in PAGES.values()] + ["/sources/clw-myanmar-enforcement",
                                                     "/figure/forced_into_cyber_scams_2023", "/figure/implied_rate_price_high"]


def open_page(browser, url, viewport=(1280, 720), bypass_csp=False):
    """A new page at `url`, with every graph drawn; returns (page, console errors)."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, accept_downloads=True,
                                  bypass_csp=bypass_csp)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector("#_pages_content > *", timeout=20000)
    page.wait_for_function("""() => [...document.querySelectorAll('.graph')]
        .every(g => g.querySelector('.main-svg'))""", timeout=20000)
    return page, errors


@pytest.mark.parametrize("path", PAGE_PATHS)
def test_every_page_loads_without_console_errors_and_draws_its_charts(browser, dashboard_url, path):
    page, errors = open_page(browser, dashboard_url + path)
    key = next((k for k, page in PAGES.items() if page.path == path), None)
    expected = len(charts_on(load(), key)) + (1 if key == "overview" else 0) if key else 0
    if key == "timeline":
        expected = 1
    assert page.locator(".graph .main-svg").count() >= expected
    assert page.locator("h1").count() == 1
    assert errors == []
    page.context.close()


def test_screenshots_of_every_page(browser, dashboard_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in PAGE_PATHS:
        name = path.strip("/").replace("/", "-") or "overview"
        for label, size in VIEWPORTS.items():
            page, errors = open_page(browser, dashboard_url + path, size)
            assert errors == []
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= size[0] + 1, f"{path} scrolls sideways at {label} width ({width}px)"
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=True)
            page.context.close()


@pytest.mark.parametrize("figure_id", HEADLINES)
def test_each_card_links_to_its_highlighted_quote(browser, dashboard_url, figure_id):
    page, errors = open_page(browser, dashboard_url + "/")
    link = page.locator(f"a.quote-link[href$='#q-{figure_id}']").first
    link.click()
    target = page.locator("mark.is-target").first
    target.wait_for(timeout=10000)
    figures = {r["figure_id"]: r for r in csv.DictReader(open(ROOT / "data" / "figures.csv", encoding="utf-8"))}
    marked = " ".join(page.locator("mark.is-target").all_inner_texts())
    assert figures[figure_id]["number_text"] in marked
    assert target.is_visible() and target.bounding_box()["y"] < 720
    assert errors == []
    page.context.close()


def test_data_table_filters_and_downloads_exactly_the_rows_shown(browser, dashboard_url, tmp_path):
    page, errors = open_page(browser, dashboard_url + "/data")
    count = page.locator("#figures-count")
    total = int(re.match(r"(\d+) of", count.inner_text()).group(1))
    page.get_by_text("Qualifier (all)").click()
    page.get_by_label("lower bound").check()
    page.wait_for_function("() => !document.querySelector('#figures-count').innerText.startsWith('%d of')" % total)
    shown = int(re.match(r"(\d+) of", count.inner_text()).group(1))
    assert 0 < shown < total
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download these rows as CSV").click()
    download = download_info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == shown and {r["qualifier"] for r in rows} == {"lower_bound"}
    assert all(r["quote"] and r["char_start"] for r in rows)
    assert errors == []
    page.context.close()


def test_unknown_path_shows_the_404_page(browser, dashboard_url):
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(dashboard_url + "/no/such/page")
    assert response.status == 404
    page.wait_for_selector("text=Page not found")
    assert page.locator(".site-header").is_visible()
    context.close()


def test_bad_query_string_is_ignored_with_a_notice(browser, dashboard_url):
    page, errors = open_page(browser, dashboard_url + "/data?qualifier=bogus&colour=red")
    assert page.locator(".notice").first.is_visible()
    notices = " ".join(page.locator(".notice").all_inner_texts())
    assert "qualifier=bogus" in notices and "colour" in notices
    assert errors == []
    page.context.close()


@pytest.mark.parametrize("path", PAGE_PATHS)
def test_no_serious_accessibility_violations(browser, dashboard_url, path):
    page, _ = open_page(browser, dashboard_url + path, bypass_csp=True)  # our CSP forbids injected scripts
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"]) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)
    page.context.close()


@pytest.fixture
def hostile_dashboard(tmp_path):
    """A dashboard whose registered source text tries to inject markup and script."""
    from etl.__main__ import main as etl
    import hashlib
    seeds, catalog, data = tmp_path / "seeds", tmp_path / "catalog", tmp_path / "data"
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copytree(ROOT / "etl" / "catalog", catalog)
    name = "001_e1a3d6427a574600.txt"
    original = (seeds / name).read_bytes()
    hostile = original.replace(b"Leave a comment", b"<script>window.__pwned = 1</script> "
                               b"<a href=\"javascript:window.__pwned=2\">click</a> <img src=x onerror=\"window.__pwned=3\">")
    (seeds / name).write_bytes(hostile)
    registry = seeds / "sources.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        hashlib.sha256(original).hexdigest(), hashlib.sha256(hostile).hexdigest()), encoding="utf-8")
    assert etl(["--seeds", str(seeds), "--catalog", str(catalog), "--data", str(data)]) == 0
    process, url = start_dashboard("--data", str(data), "--seeds", str(seeds))
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_source_text_cannot_inject_markup_or_script(browser, hostile_dashboard):
    page, errors = open_page(browser, hostile_dashboard + "/sources/runaway-hit-film")
    text = page.locator("#source-text")
    assert "<script>window.__pwned = 1</script>" in text.inner_text()
    assert text.locator("script, a, img").count() == 0
    page.evaluate("() => document.querySelectorAll('#source-text *').forEach(e => e.click && e.click())")
    assert page.evaluate("() => window.__pwned") is None
    page.context.close()


def test_chart_menu_downloads_files_of_the_right_type(browser, dashboard_url, tmp_path):
    page, errors = open_page(browser, dashboard_url + "/trafficking")
    card = page.locator("#trafficking-price")
    expected = {"PNG for slides (1920×1080)": b"\x89PNG", "SVG": b"<svg", "Data (CSV)": b"figure_id,"}
    for label, magic in expected.items():
        with page.expect_download(timeout=60000) as info:
            card.get_by_role("link", name=label).click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        assert path.read_bytes().lstrip()[:len(magic)] == magic, label
    card.get_by_text("Cite this chart").click()
    assert "accessed" in card.locator("p[id$='citation-full']").inner_text()
    assert errors == []
    page.context.close()


@pytest.fixture
def other_site(tmp_path, dashboard_url):
    """A page on another origin (another port) that frames an embed and a normal page."""
    import functools
    import http.server
    import threading
    (tmp_path / "index.html").write_text(
        f'<!DOCTYPE html><html lang="en"><body>'
        f'<iframe id="embed" src="{dashboard_url}/embed/box-office" width="900" height="700"></iframe>'
        f'<iframe id="page" src="{dashboard_url}/enforcement" width="900" height="300"></iframe></body></html>')
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


def test_embed_renders_in_an_iframe_on_another_site_and_other_pages_refuse(browser, other_site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(other_site)
    embed = page.frame_locator("#embed")
    embed.locator(".main-svg").first.wait_for(timeout=20000)
    assert "Compiled by Scam Figures" in embed.locator("body").inner_text()
    page.wait_for_function("() => true")
    refused = page.frame(name="page")
    for _ in range(50):
        if refused.url.startswith("chrome-error://"):
            break
        page.wait_for_timeout(100)
    assert refused.url.startswith("chrome-error://"), refused.url
    context.close()


def test_offline_html_renders_with_the_network_blocked(browser, tmp_path):
    from dashboard.data import load
    from dashboard.export import build_pack
    pack = build_pack(load(), tmp_path / "pack", ["box-office", "trafficking-price"])
    context = browser.new_context(offline=True)
    requests = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                  else (requests.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto((pack / "html" / "trafficking-price.html").as_uri())
    page.locator(".main-svg").first.wait_for(timeout=20000)
    assert "RMB 30,000–150,000" in page.locator("body").inner_text()
    assert requests == []
    context.close()


def test_check_a_number_in_the_browser(browser, dashboard_url):
    page, errors = open_page(browser, dashboard_url + "/check")
    page.fill("#check-text", "A slide says 120,000 people were trafficked into Cambodia in 2023.")
    page.click("#check-button")
    page.wait_for_selector(".check-results .warning", timeout=20000)
    assert page.locator(".checked-text mark").inner_text() == "120,000"
    warnings = page.locator(".check-results .warning").all_inner_texts()
    assert any(w.startswith("What is counted:") for w in warnings) and any(w.startswith("Place:") for w in warnings)
    assert page.locator(".check-results a[href='/figure/forced_into_cyber_scams_2023']").count() >= 1
    page.locator("text=Link to this check").click()
    page.wait_for_url("**/check?text=*")
    assert page.locator(".checked-text mark").inner_text() == "120,000"
    assert errors == []
    page.context.close()
