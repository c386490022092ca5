"""The site map and the one deployment setting: which pages exist, where, and the public address.

`PAGES` lists every page once (path, navigation label, heading, and for topic pages the
topic of `data/indicators.csv` whose charts they show); navigation, routing, 404s and
tests read it. `PUBLIC_URL` (from `SCAM_FIGURES_URL`) is the address the dashboard is
published at: citations, embed code and exported decks use it, never a request's Host.
"""
from __future__ import annotations

import os
from typing import NamedTuple

from dashboard.i18n import N_, tr

PUBLIC_URL = os.environ.get("SCAM_FIGURES_URL", "http://127.0.0.1:8050").rstrip("/")


class Page(NamedTuple):
    path: str
    label: str      # in the navigation (English; `dashboard.i18n.tr` translates it where it is shown)
    heading: str    # the page's H1 (likewise)
    topic: str = ""  # for topic pages: the indicators' topic whose charts the page shows


PAGES = {
    "overview": Page("/", N_("Overview"), N_("Scam Figures: the numbers behind the scam-centre crackdown")),
    "enforcement": Page("/enforcement", N_("Enforcement in China"), N_("Enforcement in China"), "enforcement_china"),
    "myanmar": Page("/myanmar", N_("Myanmar crackdown"), N_("The Myanmar crackdown"), "myanmar_crackdown"),
    "trafficking": Page("/trafficking", N_("Trafficking & forced labour"), N_("Trafficking and forced labour"), "trafficking"),
    "film": Page("/film", N_("The film & the public"), N_("The film and the public"), "film_and_public"),
    "context": Page("/context", N_("Regional context"), N_("Regional context"), "regional_context"),
    "timeline": Page("/timeline", N_("Timeline"), N_("Timeline")),
    "data": Page("/data", N_("Data"), N_("All figures")),
    "sources": Page("/sources", N_("Sources"), N_("Sources")),
    "check": Page("/check", N_("Check a number"), N_("Check a number")),
}
PAGE_OF_TOPIC = {page.topic: key for key, page in PAGES.items() if page.topic}


def heading(key: str) -> str:
    """A page's H1 in the reader's language."""
    return tr(PAGES[key].heading)
