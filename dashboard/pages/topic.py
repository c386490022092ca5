"""A topic page (enforcement, Myanmar, trafficking, the film, context): its charts, the
other figures of its topic as a list, and its dated events."""
from __future__ import annotations

from dash import html

from dashboard.charts import charts_on
from dashboard.site import PAGES, heading
from dashboard.components import chart_block, provenance
from dashboard.data import Dataset
from dashboard.formatting import date_label
from dashboard.i18n import N_, field, tr

INTRO = {
    "enforcement": N_("What Chinese courts, prosecutors and police report about fraud cases and prosecutions. "
                      "Figures that count different things are drawn in separate panels."),
    "myanmar": N_("Returnees, deportations, wanted lists and handovers since China turned its enforcement on "
                  "Myanmar."),
    "trafficking": N_("Estimates of how many people are forced to work in scam compounds, what they cost, and how "
                      "they work — including one victim's account, kept apart from general statements."),
    "film": N_("The film “No More Bets”, its audience, and how the public reacted."),
    "context": N_("Numbers the sources give about China's stakes in Myanmar and the region."),
}
EVENTS_OF_PAGE = {
    "enforcement": ["anti_fraud_conference", "first_prosecution_guide", "border_inspections_begin",
                    "second_prosecution_guide"],
    "myanmar": ["warning_to_junta", "joint_enforcement_action", "northern_myanmar_offensive", "wanted_list",
                "warlords_handed_over", "kunming_ceasefire"],
    "film": ["film_released"],
}


def layout(dataset: Dataset, page: str, **_query) -> html.Div:
    specs = charts_on(dataset, page)
    charted = {name for spec in dataset.charts.values() for name in spec.indicators}
    topic_indicators = dataset.indicators[dataset.indicators["topic"] == PAGES[page].topic].index
    others = dataset.figures[dataset.figures["indicator"].isin(topic_indicators)
                             & ~dataset.figures["indicator"].isin(charted)]
    children = [html.H1(heading(page)), html.P(tr(INTRO[page]), className="lead")]
    children += [chart_block(dataset, spec) for spec in specs]
    if not others.empty:
        children.append(html.Section([
            html.H2(tr("More figures on this topic")),
            provenance(dataset, others, tr("Each figure, with its quote")),
        ], className="more-figures"))
    wanted = EVENTS_OF_PAGE.get(page, [])
    events = dataset.events[dataset.events["event_id"].isin(wanted)].sort_values("date")
    if not events.empty:
        children.append(html.Section([
            html.H2(tr("Milestones")),
            html.Ul([html.Li([html.Strong(date_label(e["date"], e["date_qualifier"])), f" — {field(e, 'label')}"])
                     for _, e in events.iterrows()]),
        ], className="milestones"))
    return html.Div(children)
