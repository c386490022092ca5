"""The site map and the one deployment setting: which pages exist, where, and the public address.

`PAGES` lists every page once (path, navigation label, heading, and for topic pages the
topic of `data/indicators.csv` whose charts they show); navigation, routing, 404s and
tests read it. `PUBLIC_URL` (from `SCAM_FIGURES_URL`) is the address the dashboard is
published at: citations, embed code and exported decks use it, never a request's Host.
"""
from __future__ import annotations

import os
from typing import NamedTuple

PUBLIC_URL = os.environ.get("SCAM_FIGURES_URL", "http://127.0.0.1:8050").rstrip("/")


class Page(NamedTuple):
    path: str
    label: str      # in the navigation
    heading: str    # the page's H1
    topic: str = ""  # for topic pages: the indicators' topic whose charts the page shows


PAGES = {
    "overview": Page("/", "Overview", "Scam Figures: the numbers behind the scam-centre crackdown"),
    "enforcement": Page("/enforcement", "Enforcement in China", "Enforcement in China", "enforcement_china"),
    "myanmar": Page("/myanmar", "Myanmar crackdown", "The Myanmar crackdown", "myanmar_crackdown"),
    "trafficking": Page("/trafficking", "Trafficking & forced labour", "Trafficking and forced labour", "trafficking"),
    "film": Page("/film", "The film & the public", "The film and the public", "film_and_public"),
    "context": Page("/context", "Regional context", "Regional context", "regional_context"),
    "timeline": Page("/timeline", "Timeline", "Timeline"),
    "data": Page("/data", "Data", "All figures"),
    "sources": Page("/sources", "Sources", "Sources"),
    "check": Page("/check", "Check a number", "Check a number"),
}
PAGE_OF_TOPIC = {page.topic: key for key, page in PAGES.items() if page.topic}
