"""The server's file routes: chart downloads, number cards, citation files, and embeddable charts.

- `/download/<chart-id>.png|.svg`: the chart at slide size, `.csv`: exactly the rows drawn;
- `/card/<figure-id>.png|.svg`: a statistic's number card for slides;
- `/cite/<figure-id>.bib|.ris|.json`: its citation as BibTeX, RIS or CSL-JSON;
- `/embed/<chart-id>`: the chart alone with its source line, for an `<iframe>`; the only
  route other sites may frame (the route marks its response, `dashboard.serving` sets the headers).
Under `/zh/`, downloads, cards and embeds are the Chinese ones (citation files are the same
references in both languages: BibTeX, RIS and CSL-JSON are read by software, not people).
Images come from the disk cache of `dashboard.images` (rendered once per build of `data/`);
a request never renders. Unknown ids, formats and `/embed/` itself get a small 404.
"""
from __future__ import annotations

import datetime as dt
import html as html_escape

from flask import Response, g, request, send_file

from dashboard import citations, i18n, images
from dashboard.charts import DOWNLOAD_PREFIX, EMBED_PREFIX, FORMATS, IMAGE_FORMATS, download_target
from dashboard.components import GRAPH_CONFIG
from dashboard.data import Dataset
from dashboard.i18n import tr
from dashboard.pages.figure import CARD_PREFIX, CITATION_FORMATS, CITE_PREFIX

EMBED_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Scam Figures</title>
<script src="/assets/plotly-basic.min.js"></script>
<style>body{{margin:0;font-family:"Liberation Sans","Noto Sans CJK SC",Arial,sans-serif;color:#1a1a1a}}
p{{margin:4px 8px;font-size:13px}} a{{color:#0b57a4}}</style></head>
<body>{chart}
<p>{alt} <a href="{link}" target="_blank" rel="noopener">{credit}</a></p>
</body></html>"""


def not_found(what: str) -> Response:
    """A small 404 page in the address's language."""
    with i18n.using(i18n.split(request.path)[0]):
        words = html_escape.escape(tr("Nothing called {name} here.").format(name=what or tr("(no name)")))
        title = html_escape.escape(tr("Page not found"))
        page = (f"<!DOCTYPE html><html lang=\"{i18n.LANGUAGES[i18n.current()]}\"><head><meta charset=\"utf-8\">"
                f"<title>{title}</title></head><body><p>{words} "
                f"<a href=\"{i18n.href('/')}\">Scam Figures</a></p></body></html>")
    return Response(page, status=404, mimetype="text/html")


def attachment(body, fmt: str, filename: str, disposition: str = "attachment") -> Response:
    response = Response(body, mimetype=FORMATS.get(fmt) or CITATION_FORMATS[fmt][1])  # Flask adds charset to text/*
    response.headers["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def image(dataset: Dataset, name: str, fmt: str, filename: str, disposition: str) -> Response:
    """The cached image, or 503 while the renderer has not finished (a request never renders)."""
    path = images.cached(dataset, name)
    if path is None:
        response = Response("Images are being prepared; try again in a minute.\n", status=503, mimetype="text/plain")
        response.headers["Retry-After"] = "30"
        return response
    response = send_file(path, mimetype=FORMATS[fmt], max_age=3600)
    response.headers["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def register_routes(app, dataset: Dataset) -> None:
    server = app.server

    @server.route(f"{DOWNLOAD_PREFIX}<path:name>")
    @server.route(f"{i18n.PREFIX['zh']}{DOWNLOAD_PREFIX}<path:name>")
    def download(name: str):
        target = download_target(dataset, name)
        if target is None:
            return not_found(name)
        spec, fmt = target
        with i18n.using(i18n.split(request.path)[0]):   # /zh/download/...: the Chinese image
            if fmt == "csv":
                return attachment(spec.csv(dataset), fmt, spec.filename(fmt))
            return image(dataset, images.chart_file(spec.chart_id, fmt, i18n.current()), fmt, spec.filename(fmt),
                         "attachment")

    @server.route(f"{CARD_PREFIX}<path:name>")
    @server.route(f"{i18n.PREFIX['zh']}{CARD_PREFIX}<path:name>")
    def card(name: str):
        figure_id, _, fmt = name.rpartition(".")
        if figure_id not in dataset.figures.index or fmt not in IMAGE_FORMATS:
            return not_found(name)
        lang = i18n.split(request.path)[0]
        language = "" if lang == "en" else f".{lang}"
        return image(dataset, images.card_file(figure_id, fmt, lang), fmt, f"scam-figures-{figure_id}{language}.{fmt}",
                     "inline")

    @server.route(f"{CITE_PREFIX}<path:name>")
    def cite(name: str):
        figure_id, _, fmt = name.rpartition(".")
        if figure_id not in dataset.figures.index or fmt not in CITATION_FORMATS:
            return not_found(name)
        write = CITATION_FORMATS[fmt][2]
        body = write(citations.references(dataset, dataset.figure(figure_id), dt.date.today().isoformat()))
        return attachment(body, fmt, f"scam-figures-{figure_id}.{fmt}")

    @server.route(f"{EMBED_PREFIX}<path:chart_id>")
    @server.route(f"{i18n.PREFIX['zh']}{EMBED_PREFIX}<path:chart_id>")
    def embed(chart_id: str):
        spec = dataset.charts.get(chart_id)
        if spec is None:
            return not_found(chart_id)
        with i18n.using(i18n.split(request.path)[0]):   # /zh/embed/...: the chart in Chinese
            figure = spec.plot(dataset)
            chart = figure.to_html(include_plotlyjs=False, full_html=False, default_width="100%",
                                   config={**GRAPH_CONFIG, "responsive": True},
                                   default_height=f"{figure.layout.height}px")
            page = EMBED_PAGE.format(lang=i18n.LANGUAGES[i18n.current()], title=html_escape.escape(spec.title),
                                     chart=chart, alt=html_escape.escape(spec.describe(dataset)),
                                     link=spec.public_url, credit=html_escape.escape(tr("Quotes and data: Scam Figures")))
        g.frameable = True  # the one kind of response other sites may frame
        return Response(page, mimetype="text/html")

    @server.route(EMBED_PREFIX)   # its own view: one shared with defaults would redirect between languages
    @server.route(f"{i18n.PREFIX['zh']}{EMBED_PREFIX}")
    def no_chart_to_embed():
        return not_found("")
