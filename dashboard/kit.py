"""The educators' kit on the server: per-chart downloads, embeddable charts, framing rules.

- `/download/<chart-id>.png|.svg` the chart at 1920x1080 with projector-sized text
  (kaleido, rendered once per chart and kept), `.csv` exactly the rows drawn, with
  provenance columns;
- `/embed/<chart-id>`: the chart alone with its source line, for an `<iframe>`;
Only `/embed/` may be framed by other sites: `dashboard.serving` sets the headers.
Unknown chart ids get a small 404.
"""
from __future__ import annotations

import html as html_escape
import threading
from functools import lru_cache

import plotly.io as pio
from flask import Response, request

from dashboard.charts import BY_ID
from dashboard.components import GRAPH_CONFIG, chart_rows
from dashboard.data import Dataset, to_csv
from dashboard.figures import describe, for_slide, indicator_chart

_RENDER_LOCK = threading.Lock()
MEDIA = {"png": "image/png", "svg": "image/svg+xml", "csv": "text/csv"}  # Flask adds charset to text/*
EMBED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Scam Figures</title>
<script src="/assets/plotly-basic.min.js"></script>
<style>body{{margin:0;font-family:"Liberation Sans",Arial,sans-serif;color:#1a1a1a}}
p{{margin:4px 8px;font-size:13px}} a{{color:#0b57a4}}</style></head>
<body>{chart}
<p>{alt} <a href="{link}" target="_blank" rel="noopener">Quotes and data: Scam Figures</a></p>
</body></html>"""


def _not_found(what: str) -> Response:
    page = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
            f"<body><p>No chart called {html_escape.escape(what)}. <a href=\"/\">Scam Figures</a></p></body></html>")
    return Response(page, status=404, mimetype="text/html")


def register_routes(app, dataset: Dataset) -> None:
    server = app.server

    def figure_of(chart_id: str):
        return indicator_chart(dataset.figures, dataset.indicators, dataset.sources, BY_ID[chart_id])

    @lru_cache(maxsize=128)
    def rendered(chart_id: str, fmt: str) -> bytes:
        with _RENDER_LOCK:  # one kaleido render at a time
            return pio.to_image(for_slide(figure_of(chart_id)), format=fmt, width=1920, height=1080)

    @server.route("/download/<path:name>")
    def download(name: str):
        chart_id, _, fmt = name.rpartition(".")
        if chart_id not in BY_ID or fmt not in MEDIA:
            return _not_found(name)
        body = to_csv(chart_rows(dataset, BY_ID[chart_id])) if fmt == "csv" else rendered(chart_id, fmt)
        response = Response(body, mimetype=MEDIA[fmt])
        response.headers["Content-Disposition"] = f'attachment; filename="scam-figures-{chart_id}.{fmt}"'
        return response

    @server.route("/embed/<path:chart_id>")
    def embed(chart_id: str):
        if chart_id not in BY_ID:
            return _not_found(chart_id)
        figure = figure_of(chart_id)
        chart = figure.to_html(include_plotlyjs=False, full_html=False, config={**GRAPH_CONFIG, "responsive": True},
                               default_width="100%", default_height=f"{figure.layout.height}px")
        page = EMBED_PAGE.format(title=html_escape.escape(BY_ID[chart_id].title), chart=chart,
                                 alt=html_escape.escape(describe(dataset.figures, dataset.indicators, BY_ID[chart_id])),
                                 link=f"{request.host_url.rstrip('/')}/{BY_ID[chart_id].page_path}#{chart_id}")
        return Response(page, mimetype="text/html")
