"""The 404 page, in the app's style."""
from __future__ import annotations

from dash import dcc, html

from dashboard.i18n import href, tr


def layout(**_query) -> html.Div:
    return html.Div([
        html.H1(tr("Page not found")),
        html.P(tr("There is no page at this address. The figures are all reachable from the overview.")),
        dcc.Link(tr("Go to the overview"), href=href("/")),
    ], className="not-found")
