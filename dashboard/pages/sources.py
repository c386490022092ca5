"""Sources: the registry, and each source's full text with every catalogued quote highlighted.

The text is rendered as plain text nodes (never HTML), so a source cannot inject markup
or script. Each quote starts with an anchor (`#q-<figure_id>`, `#e-<event_id>`) that
the "Where does this come from?" links point at; a client-side callback scrolls to it
and marks it, since the page content is drawn after the browser looks for the anchor.
"""
from __future__ import annotations

from urllib.parse import urlparse

from babel import Locale, UnknownLocaleError
from dash import ClientsideFunction, Input, Output, dcc, html

from dashboard import i18n, ids
from dashboard.site import heading
from dashboard.components import figure_link, quote_link
from dashboard.data import Dataset
from dashboard.formatting import display_value, period_label, source_name
from dashboard.i18n import N_, field as text_of, href, tr

FIELDS = [("title", N_("Title")), ("author", N_("Author")), ("publisher", N_("Publisher")),
          ("date_published", N_("Date published")), ("url", N_("Address (URL)")), ("language", N_("Language"))]
STATUSES = {"stated": N_("stated"), "inferred": N_("inferred"), "unknown": N_("unknown")}


def language_name(code: str) -> str:
    try:
        return Locale.parse(code).get_display_name(i18n.LOCALES[i18n.current()]) or code
    except (ValueError, UnknownLocaleError):
        return code


def _metadata_value(source: dict, field: str):
    value, status, note = source.get(field, ""), source.get(f"{field}_status", ""), source.get(f"{field}_note", "")
    if status == "unknown":
        shown = html.Span(tr("unknown"), className="unknown")
    elif field == "url" and urlparse(value).scheme in ("http", "https"):
        shown = html.A(value, href=value, rel="noopener noreferrer nofollow")
    elif field == "language":   # 'en' -> 'English' / '英语', from CLDR
        shown = language_name(value)
    else:
        shown = value
    badge = html.Span(tr(STATUSES.get(status, status)), className=f"status status-{status}")
    return [shown, " ", badge] + ([html.Br(), html.Small(note, lang="en")] if note else [])


def _segments(text: str, spans: list[tuple[int, int, str, str]]):
    """Text cut at every quote boundary; covered pieces in <mark>, anchors at quote starts.
    spans: (start, end, anchor id, kind) with kind 'quote' or 'number'."""
    cuts = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    starts = {}
    for start, _, anchor, kind in spans:
        if anchor:
            starts.setdefault(start, []).append(anchor)
    children = []
    for left, right in zip(cuts, cuts[1:]):
        for anchor in starts.get(left, []):
            children.append(html.Span(id=anchor, className="anchor", tabIndex="-1"))
        piece = text[left:right]
        covering = [(kind, anchor) for start, end, anchor, kind in spans if start <= left and right <= end]
        if not covering:
            children.append(piece)
        else:
            children.append(html.Mark(piece, className="number" if ("number", "") in covering else "quote",
                                      **{"data-q": " ".join(a for _, a in covering if a)}))
    return children


def _detail(dataset: Dataset, source_id: str) -> html.Div:
    source = dataset.source(source_id)
    text = dataset.texts[source_id]
    figures = dataset.figures[(dataset.figures["source_id"] == source_id) & (dataset.figures["quote"] != "")]
    events = dataset.events[dataset.events["source_id"] == source_id]
    spans = [(int(f["char_start"]), int(f["char_end"]), ids.quote_anchor(f["figure_id"]), "quote")
             for _, f in figures.iterrows()]
    spans += [(int(f["number_start"]), int(f["number_end"]), "", "number") for _, f in figures.iterrows()]
    spans += [(int(e["char_start"]), int(e["char_end"]), ids.event_anchor(e["event_id"]), "quote")
              for _, e in events.iterrows()]
    rows = [html.Tr([html.Th(tr(label), scope="row"), html.Td(_metadata_value(source, field))])
            for field, label in FIELDS]
    rows.append(html.Tr([html.Th(tr("File (sha256)"), scope="row"),
                         html.Td(f"seeds/{source['file']} ({source['sha256'][:16]}…)", **{"data-verbatim": ""})]))
    listing = [html.Li([html.Strong(display_value(f)), f" — {text_of(dataset.indicators.loc[f['indicator']], 'label')} "
                        f"({period_label(f)}) ", quote_link(f.to_dict(), tr("show in text")), " · ",
                        figure_link(f.to_dict())])
               for _, f in figures.iterrows()]
    return html.Div([
        dcc.Link(tr("← All sources"), href=href("/sources")),
        html.H1(source_name(source), lang="en"),
        html.Table(html.Tbody(rows), className="metadata"),
        html.P(tr("“inferred” means the text does not state it directly; the note says how we read it."),
               className="hint"),
        html.Details([html.Summary(tr("{count} figures quoted from this source").format(count=len(figures))),
                      html.Ul(listing)]),
        html.H2(tr("Full text, with every quoted passage highlighted")),
        html.Div(_segments(text, spans), id=ids.SOURCE_TEXT, className="source-text", lang="en"),
        html.Div(id=ids.SCROLL_SINK, hidden=True),
    ])


def _index(dataset: Dataset) -> html.Div:
    items = []
    for source_id, source in dataset.sources.iterrows():
        count = int(((dataset.figures["source_id"] == source_id) & (dataset.figures["quote"] != "")).sum())
        items.append(html.Li([html.Span(dcc.Link(source_name(source.to_dict()), href=href(f"/sources/{source_id}")),
                                        lang="en"),
                              tr(" — {count} figures; author: {author}; published: {date}").format(
                                  count=count, author=source["author"] or tr("unknown"),
                                  date=source["date_published"] or tr("date unknown"))]))
    return html.Div([html.H1(heading("sources")),
                     html.P(tr("The five articles every figure is quoted from, with what we know about each."),
                            className="lead"),
                     html.Ul(items, className="source-list")])


def layout(dataset: Dataset, source_id: str | None = None, **_query) -> html.Div:
    if source_id is None:
        return _index(dataset)
    if source_id not in dataset.sources.index:
        return html.Div([html.H1(tr("Source not found")),
                         html.P(tr("No registered source has this id.")),
                         dcc.Link(tr("All sources"), href=href("/sources"))],
                        className="not-found")
    return _detail(dataset, source_id)


def register_callbacks(app) -> None:
    app.clientside_callback(
        ClientsideFunction(namespace="scamFigures", function_name="scrollToHash"),
        Output(ids.SCROLL_SINK, "children"), Input(ids.SOURCE_TEXT, "children"), Input(ids.URL, "hash"))
