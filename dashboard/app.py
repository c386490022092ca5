"""The Dash app: shell (header, navigation, footer), page registration and error handling.

`create_app(dataset)` builds the app around data loaded once (responses compressed;
`assets/plotly-basic.min.js`, plotly.js's bar/scatter bundle, stands in for the full
4.8 MB one, since dcc.Graph uses `window.Plotly` when it is already there); pages get the dataset
passed in (no globals). Unknown paths get the app's 404 page with HTTP status 404;
unknown query parameters are shown as a notice and ignored; an exception in a page
layout shows a short message, never a stack trace (debug is off unless asked for).
"""
from __future__ import annotations

import hashlib
import logging
from html import escape as html_escape
from urllib.parse import urlencode
from functools import partial
from pathlib import Path

import dash
from dash import Dash, dcc, html
from flask import Flask, request

from dashboard import i18n, ids
from dashboard.charts import DOWNLOAD_PREFIX, EMBED_PREFIX
from dashboard.i18n import tr
from dashboard.site import PAGES, PUBLIC_URL
from dashboard.components import notice
from dashboard.data import Dataset
from dashboard.downloads import register_routes
from dashboard.serving import harden
from dashboard.citations import claim_jsonld
from dashboard.components import FIGURE_PREFIX
from dashboard.api import register_api
from dashboard.pages import check, data_table, figure, not_found, overview, sources, timeline, topic
from etl.checker import Checker

ASSETS = Path(__file__).resolve().parent / "assets"
log = logging.getLogger(__name__)
KNOWN_QUERY = {"data": {"indicator", "geography", "source", "qualifier", "caveat", "q"}, "check": {"text"}}


def _address_language() -> str:
    """The language of the address Dash's router is drawing a page for (the 404 page serves both)."""
    try:
        pathname = dash.ctx.inputs.get("_pages_location.pathname")   # the dcc.Location of dash.page_container
    except Exception:  # outside a callback (Dash's layout validation): English
        return "en"
    return i18n.split(pathname)[0] if isinstance(pathname, str) else "en"


def _guarded(page: str, render, lang: str | None = "en", path: str = "/"):
    """Wrap a layout in the page frame of its language (None: the address's): unknown query parameters
    become a notice; a failure a short message. `path` is the page's English path (for the language switch)."""
    def layout(**query):
        allowed = KNOWN_QUERY.get(page, set()) | {"source_id", "figure_id"}
        unknown = sorted(k for k in query if k not in allowed)
        known = {k: v for k, v in query.items() if k in allowed}
        with i18n.using(lang or _address_language()):
            try:
                body = render(**known)
            except Exception:  # a page must never answer with a stack trace
                log.exception("layout of %s failed", page)
                body = html.Div([html.H1(tr("Something went wrong")),
                                 html.P(tr("This page could not be drawn. The error has been logged."))])
            if unknown:
                body = html.Div([notice(tr("Ignored unknown query parameter(s): {names}.").format(
                    names=", ".join(unknown))), body])
            here = path.format(**known) if "{" in path else path
            return _frame(body, here, {k: v for k, v in known.items() if k not in ("source_id", "figure_id")})
    return layout


def _frame(body, path: str, query: dict) -> html.Div:
    """Header, navigation and language switch, the page, and the footer, in the active language."""
    lang = i18n.current()
    other = "zh" if lang == "en" else "en"
    switch = i18n.href(path, other) + (f"?{urlencode(query)}" if query else "")
    links = [dcc.Link(tr(page.label), href=i18n.href(page.path), className="nav-link") for page in PAGES.values()]
    return html.Div([
        html.A(tr("Skip to content"), href="#main", className="skip-link"),
        html.Header([dcc.Link("Scam Figures", href=i18n.href("/"), className="brand"),
                     html.Nav(links, className="nav", **{"aria-label": tr("Pages")}),
                     html.A("中文" if other == "zh" else "English", href=switch, lang=i18n.LANGUAGES[other],
                            hrefLang=i18n.LANGUAGES[other], className="lang-switch", **{"data-lang-switch": ""})],
                    className="site-header"),
        html.Main(body, id="main", tabIndex="-1"),
        html.Footer([
            html.P([tr("Scam Figures: statistics quoted in reporting on Southeast Asian scam centres, each traceable "
                       "to the quoted words. Data: "), dcc.Link(tr("all figures"), href=i18n.href("/data")), " · ",
                    dcc.Link(tr("the sources"), href=i18n.href("/sources")),
                    tr(" · curation CC BY 4.0; quoted text remains its publishers'.")]),
        ], className="site-footer"),
    ])


def _shell() -> html.Div:
    return html.Div([dcc.Location(id=ids.URL), dash.page_container])


def _unversioned_fingerprint(path, version, hash_value):
    """Dash names component files `name.v<version>m<mtime>.js`; we keep the cache-busting, not the version."""
    return _dash_fingerprint(path, hashlib.sha256(f"scam-figures {version}".encode()).hexdigest()[:8], hash_value)


_dash_fingerprint = dash.dash.build_fingerprint
dash.dash.build_fingerprint = _unversioned_fingerprint  # nothing in a page names Dash's, Python's or Plotly's version


class QuietDash(Dash):
    """Dash without the version strings it puts in every page's `_dash-config` (its dev tools' use only)."""

    def _config(self):
        config = super()._config()
        for key in ("dash_version", "python_version", "dash_version_url", "ddk_version", "plotly_version"):
            config.pop(key, None)
        return config


def _with_structured_data(app: Dash, dataset: Dataset) -> None:
    """Figure pages carry schema.org JSON-LD in the HTML itself, for search engines and citation
    managers that do not run scripts (a data block: browsers never execute it, so CSP allows it)."""
    interpolate = app.interpolate_index

    def interpolate_index(**parts):
        lang, path = i18n.split(request.path)
        figure_id = path[len(FIGURE_PREFIX):] if path.startswith(FIGURE_PREFIX) else ""
        if figure_id in dataset.figures.index:
            data = claim_jsonld(dataset, dataset.figure(figure_id))
            parts["metas"] += f'\n<script type="application/ld+json">{data}</script>'
        query = f"?{request.query_string.decode('latin-1')}" if request.query_string else ""
        parts["metas"] += "".join(   # the same page in each language, for browsers and search engines
            f'\n<link rel="alternate" hreflang="{code}" href="{html_escape(PUBLIC_URL + i18n.href(path, key) + query)}">'
            for key, code in i18n.LANGUAGES.items())
        page = interpolate(**parts)
        return page.replace('<html lang="en">', f'<html lang="{i18n.LANGUAGES[lang]}">', 1)
    app.interpolate_index = interpolate_index


def create_app(dataset: Dataset, debug: bool = False) -> Dash:
    server = Flask(__name__)
    server.config["COMPRESS_ALGORITHM"] = ["br", "gzip"]  # per response; static files: dashboard.compression
    app = QuietDash(__name__, server=server, use_pages=True, pages_folder="", assets_folder=str(ASSETS),
               title="Scam Figures", suppress_callback_exceptions=True, update_title=None,
               compress=True)
    checker = Checker.from_data(dataset.data_dir)
    pages = {
        "check": partial(check.layout, dataset, checker),
        "overview": partial(overview.layout, dataset),
        "timeline": partial(timeline.layout, dataset),
        "data": partial(data_table.layout, dataset),
        "sources": partial(sources.layout, dataset),
        **{key: partial(topic.layout, dataset, page=key) for key, page in PAGES.items() if page.topic},
    }
    for lang in i18n.LANGUAGES:   # every page in English at its path and in Chinese under /zh/
        with i18n.using(lang):
            for order, (key, page) in enumerate(PAGES.items()):
                dash.register_page(f"scam_figures.{lang}.{key}", path=i18n.href(page.path), name=tr(page.label),
                                   title=f"{tr(page.label)} · Scam Figures", order=order,
                                   layout=_guarded(key, pages[key], lang, page.path))
            dash.register_page(f"scam_figures.{lang}.source_detail", path_template=i18n.href("/sources/<source_id>"),
                               title=tr("Source") + " · Scam Figures",
                               layout=_guarded("sources", pages["sources"], lang, "/sources/{source_id}"))
            dash.register_page(f"scam_figures.{lang}.figure", path_template=i18n.href(f"{FIGURE_PREFIX}<figure_id>"),
                               title=tr("A figure") + " · Scam Figures",
                               layout=_guarded("figure", partial(figure.layout, dataset), lang,
                                               FIGURE_PREFIX + "{figure_id}"))
    def not_found_title(**_variables) -> str:
        with i18n.using(_address_language()):
            return tr("Page not found") + " · Scam Figures"
    dash.register_page("not_found_404", path="/404", title=not_found_title,
                       layout=_guarded("404", not_found.layout, lang=None))
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1)
    app.layout = _shell
    _with_structured_data(app, dataset)
    data_table.register_callbacks(app, dataset)
    sources.register_callbacks(app)
    check.register_callbacks(app, dataset, checker)
    register_api(app.server, checker)

    register_routes(app, dataset)
    harden(app, lambda: {"status": "ok", "figures": len(dataset.figures), "sources": len(dataset.sources)})
    known_paths = {i18n.href(page.path, lang) for page in PAGES.values() for lang in i18n.LANGUAGES} | {"/healthz"}

    @app.server.before_request
    def unknown_path_is_404():
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path.startswith("/assets/"):  # only real files inside assets/, never a fall-through
            target = (ASSETS / path[len("/assets/"):]).resolve()
            return None if target.is_relative_to(ASSETS) and target.is_file() else (app.index(), 404)
        english = i18n.split(path)[1]
        if path.startswith(("/_dash", "/_reload", "/_favicon")) or english.startswith((DOWNLOAD_PREFIX, EMBED_PREFIX)):
            return None
        if path in known_paths:
            return None
        if english.startswith("/sources/") and english.count("/") == 2 and english.split("/")[2] in dataset.sources.index:
            return None
        if english.startswith(FIGURE_PREFIX) and english[len(FIGURE_PREFIX):] in dataset.figures.index:
            return None
        if path.startswith(figure.CITE_PREFIX) or english.startswith(figure.CARD_PREFIX):
            return None
        return app.index(), 404

    return app
