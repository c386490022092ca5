"""Shared pieces of layout: the provenance component, chart blocks, cards, notices.

`provenance` is the one component that says where numbers come from; every chart,
card and table row uses it (or `quote_link`), so the wording and the links to the
highlighted quote on the Sources page are the same everywhere.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
from dash import dcc, html

from dashboard import ids
from dashboard.charts import ChartSpec
from dashboard.data import Dataset
from dashboard.formatting import attribution, credit, display_value, period_label, qualifier_words
from dashboard import i18n
from dashboard.i18n import N_, field, href, tr
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH

FIGURE_PREFIX = "/figure/"   # a page per statistic: /figure/<figure_id>
GRAPH_CONFIG = {"displaylogo": False, "responsive": True,
                "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
                "toImageButtonOptions": {"format": "png", "width": SLIDE_WIDTH, "height": SLIDE_HEIGHT, "scale": 1}}


def graph(component_id: str, figure) -> html.Div:
    """A chart in a frame that scrolls sideways on narrow screens instead of squashing its panels."""
    return html.Div(dcc.Graph(id=component_id, figure=figure, config=GRAPH_CONFIG, className="graph",
                              style={"height": f"{figure.layout.height}px"}),
                    className="graph-scroll", tabIndex="0", role="region",
                    **{"aria-label": tr("Chart (scrolls sideways on small screens)")})


def quote_href(figure: dict) -> str:
    return href(f"/sources/{figure['source_id']}") + f"#{ids.quote_anchor(figure['figure_id'])}"


def quote_link(figure: dict, text: str = "") -> dcc.Link:
    return dcc.Link(text or tr("Where does this come from?"), href=quote_href(figure), className="quote-link",
                    title=tr("The quoted words in the source, highlighted") + f" ({figure['figure_id']})")


def figure_href(figure_id: str) -> str:
    return href(f"{FIGURE_PREFIX}{figure_id}")


def figure_link(figure: dict, text: str = "") -> dcc.Link:
    return dcc.Link(text or tr("About this number"), href=figure_href(figure["figure_id"]), className="figure-link",
                    title=tr("Who said it, when, with what caveats, and how to cite it") + f" ({figure['figure_id']})")


def quoted(row: dict) -> list:
    """The source's words, always as written (marked English); on Chinese pages followed by our
    translation, marked as ours: the quote stays the evidence."""
    words = [html.Q(row["quote"], lang="en")]
    if i18n.current() == "zh" and row.get("quote_zh"):
        words += [html.Span(tr("(our translation: {text})").format(text=row["quote_zh"]), className="translation")]
    return words


def formula(figure: dict) -> html.Code:
    """A derived figure's formula over figure ids, shown as written (ids are not words to translate)."""
    return html.Code(figure["formula"], **{"data-verbatim": ""})


def caveat_note(figure: dict) -> list:
    """'Keep in mind: …' when the figure has caveats; nothing otherwise."""
    return [html.Br(), html.Span([tr("Keep in mind: "), field(figure, "caveat_text")], className="caveat")] \
        if figure.get("caveat_text") else []


def _provenance_item(dataset: Dataset, figure: dict) -> html.Li:
    value = display_value(figure)
    head = [html.Strong(value), f" · {period_label(figure)} · {qualifier_words(figure['qualifier'])}"]
    if figure["qualifier"] == "derived":
        inputs = [dataset.figure(name) for name in figure["inputs"].split(";")]
        links = []
        for item in inputs:
            links += [quote_link(item, f"{display_value(item)} ({period_label(item)})"), ", "]
        return html.Li(head + [html.Br(), tr("Computed by Scam Figures as "), formula(figure), tr(" from "),
                               *links[:-1], tr(". "), figure_link(figure), *caveat_note(figure)])
    return html.Li(head + [html.Br(), *quoted(figure), " — ",
                           attribution(figure, *dataset.credit_parts(figure)), tr(". "), quote_link(figure), " · ",
                           figure_link(figure), *caveat_note(figure)])


def provenance(dataset: Dataset, rows: pd.DataFrame, title: str = "") -> html.Details:
    return html.Details([html.Summary(title or tr("Where do these numbers come from?")),
                         html.Ul([_provenance_item(dataset, row.to_dict()) for _, row in rows.iterrows()])],
                        className="provenance", open=True)


def data_table(dataset: Dataset, rows: pd.DataFrame) -> html.Table:
    """The chart's data as a plain table, for screen readers and copying."""
    header = html.Tr([html.Th(tr(c), scope="col") for c in (N_("Indicator"), N_("Value"), N_("Period"),
                                                            N_("Qualifier"), N_("Said by"))])
    body = [html.Tr([html.Td(field(dataset.indicators.loc[row["indicator"]], "label")), html.Td(display_value(row)),
                     html.Td(period_label(row)),
                     html.Td(qualifier_words(row["qualifier"])), html.Td(dcc.Link(credit(row, *dataset.credit_parts(row)),
                                                                        href=figure_href(row["figure_id"])))])
            for _, row in rows.iterrows()]
    return html.Table([html.Thead(header), html.Tbody(body)], className="data-table")


def chart_menu(dataset: Dataset, spec: ChartSpec) -> html.Div:
    """Downloads (slide PNG, SVG, the rows drawn as CSV), citation and embed code for one chart."""
    chart_id = spec.chart_id
    short, full = spec.citation(dataset, dt.date.today().isoformat())
    downloads = ((tr("PNG for slides ({width}×{height})").format(width=SLIDE_WIDTH, height=SLIDE_HEIGHT), "png"),
                 ("SVG", "svg"), (tr("Data (CSV)"), "csv"))
    return html.Div([
        *[html.A(label, href=spec.download_path(fmt), download=spec.filename(fmt), className="menu-item")
          for label, fmt in downloads],
        html.Details([
            html.Summary(tr("Cite this chart")),
            html.P(short, id=f"{chart_id}-citation-short"),
            dcc.Clipboard(target_id=f"{chart_id}-citation-short", children=tr("Copy short citation"),
                          copied_children=tr("Copied"), className="copy"),
            html.P(full, id=f"{chart_id}-citation-full"),
            dcc.Clipboard(target_id=f"{chart_id}-citation-full", children=tr("Copy full citation"),
                          copied_children=tr("Copied"), className="copy"),
        ], className="menu-details"),
        html.Details([
            html.Summary(tr("Embed")),
            html.Pre(html.Code(spec.embed_code, id=f"{chart_id}-embed-code", lang="en")),
            dcc.Clipboard(target_id=f"{chart_id}-embed-code", children=tr("Copy embed code"),
                          copied_children=tr("Copied"), className="copy"),
        ], className="menu-details"),
    ], className="chart-menu", role="group", **{"aria-label": tr("Download, cite or embed: {title}").format(
        title=spec.title)})


def chart_block(dataset: Dataset, spec: ChartSpec) -> html.Section:
    rows = spec.rows(dataset)
    heading = f"{spec.chart_id}-heading"
    return html.Section([
        html.H2(spec.title, id=heading, className="sr-only"),
        html.Figure([
            graph(ids.chart(spec.chart_id), spec.plot(dataset)),
            html.Figcaption([tr("In words: "), spec.describe(dataset)], className="alt-text"),
        ]),
        chart_menu(dataset, spec),
        html.Details([html.Summary(tr("The data behind this chart")), data_table(dataset, rows)],
                     className="chart-data"),
        provenance(dataset, rows),
    ], className="chart-card", id=spec.chart_id, **{"aria-labelledby": heading})


def card(dataset: Dataset, figure_id: str) -> html.Article:
    figure = dataset.figure(figure_id)
    indicator = dataset.indicators.loc[figure["indicator"]]
    return html.Article([
        html.P(display_value(figure), className="card-value"),
        html.H3(field(indicator, "label"), className="card-label"),
        html.P(f"{period_label(figure)} · {qualifier_words(figure['qualifier'])}", className="card-period"),
        html.P([tr("Said by "), html.Strong(credit(figure, *dataset.credit_parts(figure)))], className="card-who"),
        *([html.P([tr("Keep in mind: "), field(figure, "caveat_text")], className="card-caveat")]
          if figure["caveat_text"] else []),
        html.P([quote_link(figure), " · ", figure_link(figure)]),
    ], className="card")


def notice(text: str) -> html.Div:
    return html.Div(text, className="notice", role="status")
