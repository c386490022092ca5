"""The 404 page, in the app's style."""
from __future__ import annotations

from dash import dcc, html


def layout(**_query) -> html.Div:
    return html.Div([
        html.H1("Page not found"),
        html.P("There is no page at this address. The figures are all reachable from the overview."),
        dcc.Link("Go to the overview", href="/"),
    ], className="not-found")
