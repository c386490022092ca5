"""Timeline: the dated events of data/events.csv, each at the precision its source gives."""
from __future__ import annotations

from dash import dcc, html

from dashboard import ids
from dashboard.site import heading
from dashboard.components import graph, quoted
from dashboard.data import Dataset
from dashboard.plots import timeline_chart
from dashboard.formatting import date_label
from dashboard.i18n import full_stop, field, href, tr


def layout(dataset: Dataset, **_query) -> html.Div:
    events = dataset.events.sort_values(["date", "event_id"])
    figure = timeline_chart(events)
    items = []
    for _, event in events.iterrows():
        where = href(f"/sources/{event['source_id']}") + f"#{ids.event_anchor(event['event_id'])}"
        items.append(html.Li([
            html.Strong(date_label(event["date"], event["date_qualifier"])), f" — {field(event, 'label')}{full_stop()}",
            *quoted(event.to_dict()), " ",
            dcc.Link(tr("Where does this come from?"), href=where, className="quote-link"),
        ]))
    return html.Div([
        html.H1(heading("timeline")),
        html.P(tr("Dates are never more precise than the source: “August 2023” stays a month."), className="lead"),
        html.Section([
            html.H2(tr("Events the sources report"), className="sr-only", id="timeline-heading"),
            graph(ids.chart("timeline"), figure),
            html.Ol(items, className="event-list"),
        ], className="chart-card", **{"aria-labelledby": "timeline-heading"}),
    ])
