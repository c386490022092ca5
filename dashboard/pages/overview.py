"""Overview: the headline figures as cards, each linking to its quoted source, and one chart."""
from __future__ import annotations

from dash import dcc, html

from dashboard.site import PAGES, heading
from dashboard.components import card, chart_block
from dashboard.data import Dataset
from dashboard.i18n import href, tr

HEADLINES = ["fraud_cases_resolved_2022", "suspects_deported_2024_05_06", "forced_into_cyber_scams_2023",
             "trafficked_to_scam_cambodia", "people_prosecuted_cyber_fraud_2020", "myanmar_share_cross_border_scams",
             "price_trafficked_person_cny", "box_office_no_more_bets"]
HEADLINE_CHART = "prosecutions-cyber-fraud"


def layout(dataset: Dataset, **_query) -> html.Div:
    cards = [card(dataset, figure_id) for figure_id in HEADLINES if figure_id in dataset.figures.index]
    pages = [dcc.Link(tr(page.label), href=href(page.path)) for key, page in PAGES.items() if key != "overview"]
    return html.Div([
        html.H1(heading("overview")),
        html.P([tr("Every number here is quoted from one of five articles about the film “No More Bets” and the "
                   "scam compounds of Myanmar and Cambodia. Each shows how exact its source is — “120,000+” is a "
                   "lower bound, “~464,000” an approximation — and links to the quoted words, highlighted in the "
                   "source. "),
                html.Strong(tr("{figures} figures from {sources} sources.").format(
                    figures=len(dataset.figures), sources=len(dataset.sources)))],
               className="lead"),
        html.Section(cards, className="cards", **{"aria-label": tr("Headline figures")}),
        chart_block(dataset, dataset.charts[HEADLINE_CHART]),
        html.Nav([html.H2(tr("Explore")), html.Ul([html.Li(link) for link in pages])], className="explore",
                 **{"aria-label": tr("Explore the pages")}),
    ])
