"""The Chinese pages in a real browser: what a Chinese reader sees, in Chinese.

Every /zh/ page is walked for Latin-script words outside what may stay as written: the
sources' own words (quotes, titles, notes: marked lang="en"), ids and formulas (marked
data-verbatim), proper names that have no Chinese form (source publishers and authors,
producers' short names), titles of original publications, addresses and file names, the source's words quoted in
「」 inside our Chinese text,
and the glossary's `allowed_latin` terms.
"""
import json
import re
from urllib.parse import quote

import pytest
import yaml

from dashboard import i18n
from dashboard.data import load
from etl.datapackage import columns
from tests.conftest import ROOT
from tests.test_browser import AXE, PAGE_PATHS, open_page

pytestmark = pytest.mark.browser
ZH_PATHS = [i18n.href(path, "zh") for path in PAGE_PATHS]
VISIBLE_TEXT = """() => {
  const kept = 'script, style, noscript, textarea, [lang="en"], [data-verbatim], q, code, pre';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (el && !el.closest(kept)) out.push(walker.currentNode.textContent);
  }
  return out.join(' ');
}"""
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z’'.&-]*[A-Za-z]|[A-Za-z]")


def allowed_words() -> set[str]:
    """Words that may appear in Latin script on a Chinese page: names and the glossary's terms."""
    dataset = load()
    glossary = yaml.safe_load((ROOT / "etl" / "catalog" / "glossary.yaml").read_text(encoding="utf-8"))
    texts = list(glossary["allowed_latin"])
    for column in ("title", "publisher", "author"):
        texts += [t for t in dataset.sources[column] if t]
    texts += list(dataset.producers["name_short"]) + list(dataset.producers["name"])
    texts += [t for t in dataset.originals["title"] if t]   # original publications keep their titles
    return {w.lower() for text in texts for w in LATIN_WORD.findall(str(text))}


ALLOWED = allowed_words()


@pytest.mark.parametrize("path", ZH_PATHS)
def test_a_chinese_page_shows_no_latin_words_but_names_and_allowed_terms(browser, dashboard_url, path):
    page, errors = open_page(browser, dashboard_url + path)
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    assert stray_latin(page) == [], path
    assert re.search(r"[\u4e00-\u9fff]", page.locator("h1").inner_text())
    assert errors == []
    page.context.close()


def stray_latin(page) -> list[str]:
    text = page.evaluate(VISIBLE_TEXT)
    text = re.sub(r"https?://[\x21-\x7e]+|「[^」]*」|[\w.-]+\.txt", " ", text)   # addresses, and the source's words quoted in 「」
    return sorted({w for w in LATIN_WORD.findall(text) if w.lower() not in ALLOWED})


def test_the_data_dictionary_describes_every_column_in_chinese(browser, dashboard_url):
    page, errors = open_page(browser, dashboard_url + "/zh/data")
    assert page.locator("#dictionary").inner_text() == "数据字典"
    rows = page.locator(".dictionary details[open] .dictionary-table tbody tr")
    assert rows.locator("th").all_inner_texts() == columns("figures")   # the CSV's own headers, as written
    meanings = rows.locator("td:nth-child(3)").all_inner_texts()
    assert meanings and all(re.search(r"[\u4e00-\u9fff]", m) for m in meanings)
    assert page.locator(".dictionary details").count() == 8   # every table of data/
    assert stray_latin(page) == [] and errors == []
    page.context.close()


def test_a_check_reads_out_its_warnings_in_chinese(browser, dashboard_url):
    sentence = "Xinhua said 120,000 people were arrested in Cambodia in 2019."   # written for this test
    page, errors = open_page(browser, dashboard_url + "/zh/check?text=" + quote(sentence))
    warnings = page.locator(".check-results .warning").all_inner_texts()
    assert len(warnings) >= 4, warnings
    assert all(re.search(r"[\u4e00-\u9fff]{4}", w.split("：", 1)[1]) for w in warnings), warnings
    assert any("柬埔寨" in w for w in warnings) and any("新华社" in w for w in warnings)   # place, producer by name
    assert any("2019年" in w for w in warnings)
    assert stray_latin(page) == [] and errors == []
    page.context.close()


def test_an_unknown_chinese_address_gets_the_chinese_404_page(browser, dashboard_url):
    page, errors = open_page(browser, dashboard_url + "/zh/no-such-page")
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    assert page.locator("h1").inner_text() == "页面不存在"
    page.wait_for_function("document.title.startsWith('页面不存在')")
    page.context.close()


def test_the_language_switch_keeps_the_page_the_query_and_the_chart(browser, dashboard_url):
    page, errors = open_page(browser, dashboard_url + "/enforcement#fraud-cases-resolved")
    page.locator("a.lang-switch").click()
    page.wait_for_url(re.compile(r"/zh/enforcement#fraud-cases-resolved$"))
    page.wait_for_selector("#_pages_content h1")
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    page.locator("a.lang-switch").click()
    page.wait_for_url(re.compile(r"/enforcement#fraud-cases-resolved$"))
    page.context.close()
    page, errors = open_page(browser, dashboard_url + "/zh/data?qualifier=range")
    assert page.locator("a.lang-switch").get_attribute("href") == "/data?qualifier=range"
    assert errors == []
    page.context.close()


@pytest.mark.parametrize("path", ZH_PATHS)
def test_no_serious_accessibility_violations_in_chinese(browser, dashboard_url, path):
    page, _ = open_page(browser, dashboard_url + path, bypass_csp=True)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"]) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)
    page.context.close()
