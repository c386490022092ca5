"""The educators' kit on the server: per-chart downloads, embeddable charts, framing rules.

- `/download/<chart-id>.png|.svg` the chart at slide size with projector-sized text
  (kaleido, rendered once per chart and kept), `.csv` exactly the rows drawn, with
  provenance columns;
- `/embed/<chart-id>`: the chart alone with its source line, for an `<iframe>`;
Only `/embed/` may be framed by other sites: `dashboard.serving` sets the headers.
Unknown chart ids get a small 404.
"""
from __future__ import annotations

import datetime as dt
import html as html_escape
import threading
from functools import lru_cache

import plotly.io as pio
from flask import Response

from dashboard import citations
from dashboard.charts import DOWNLOAD_PREFIX, EMBED_PREFIX, FORMATS, IMAGE_FORMATS, download_target, number_card
from dashboard.components import GRAPH_CONFIG
from dashboard.data import Dataset
from dashboard.pages.figure import CARD_PREFIX, CITATION_FORMATS, CITE_PREFIX
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH

_RENDER_LOCK = threading.Lock()
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

    @lru_cache(maxsize=128)
    def rendered(chart_id: str, fmt: str) -> bytes:
        with _RENDER_LOCK:  # one kaleido render at a time
            return pio.to_image(dataset.charts[chart_id].slide(dataset), format=fmt, width=SLIDE_WIDTH,
                                height=SLIDE_HEIGHT)

    @lru_cache(maxsize=256)
    def rendered_card(figure_id: str, fmt: str) -> bytes:
        with _RENDER_LOCK:
            return pio.to_image(number_card(dataset, figure_id), format=fmt, width=SLIDE_WIDTH, height=SLIDE_HEIGHT)

    @server.route(f"{CARD_PREFIX}<path:name>")
    def card(name: str):
        figure_id, _, fmt = name.rpartition(".")
        if figure_id not in dataset.figures.index or fmt not in IMAGE_FORMATS:
            return _not_found(name)
        response = Response(rendered_card(figure_id, fmt), mimetype=FORMATS[fmt])
        response.headers["Content-Disposition"] = f'inline; filename="scam-figures-{figure_id}.{fmt}"'
        return response

    @server.route(f"{CITE_PREFIX}<path:name>")
    def cite(name: str):
        figure_id, _, fmt = name.rpartition(".")
        if figure_id not in dataset.figures.index or fmt not in CITATION_FORMATS:
            return _not_found(name)
        _, media, write = CITATION_FORMATS[fmt]
        body = write(citations.references(dataset, dataset.figure(figure_id), dt.date.today().isoformat()))
        response = Response(body, mimetype=media)
        response.headers["Content-Disposition"] = f'attachment; filename="scam-figures-{figure_id}.{fmt}"'
        return response

    @server.route(f"{DOWNLOAD_PREFIX}<path:name>")
    def download(name: str):
        target = download_target(dataset, name)
        if target is None:
            return _not_found(name)
        spec, fmt = target
        body = spec.csv(dataset) if fmt == "csv" else rendered(spec.chart_id, fmt)
        response = Response(body, mimetype=FORMATS[fmt])  # Flask adds charset to text/*
        response.headers["Content-Disposition"] = f'attachment; filename="{spec.filename(fmt)}"'
        return response

    @server.route(f"{EMBED_PREFIX}<path:chart_id>")
    def embed(chart_id: str):
        spec = dataset.charts.get(chart_id)
        if spec is None:
            return _not_found(chart_id)
        figure = spec.plot(dataset)
        chart = figure.to_html(include_plotlyjs=False, full_html=False, config={**GRAPH_CONFIG, "responsive": True},
                               default_width="100%", default_height=f"{figure.layout.height}px")
        page = EMBED_PAGE.format(title=html_escape.escape(spec.title), chart=chart,
                                 alt=html_escape.escape(spec.describe(dataset)), link=spec.public_url)
        return Response(page, mimetype="text/html")
