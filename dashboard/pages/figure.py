"""A page for every number: `/figure/<figure_id>`.

The number as its source states it (qualifier in words), what it counts, when and where;
the quote highlighted in its paragraph with a link to the full source; the chain
producer → original publication → the article that reported it, each link with its
status; the caveats; other figures from the same original and of the same indicator,
side by side so wording differences show; citations (APA 7, Chicago author-date) with
BibTeX, RIS and CSL-JSON downloads; and the number card for slides. Text from sources
is rendered as text nodes only, never as HTML.
"""
from __future__ import annotations

import datetime as dt

from dash import dcc, html

from dashboard import citations, i18n
from dashboard.components import caveat_note, figure_href, formula, quote_href
from dashboard.data import Dataset
from dashboard.formatting import display_value, period_label, qualifier_words, source_name
from dashboard.i18n import colon, N_, field, href, tr
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH
from etl.terms import CAVEATS

CITE_PREFIX, CARD_PREFIX = "/cite/", "/card/"
CITATION_FORMATS = {"bib": ("BibTeX", "application/x-bibtex", citations.bibtex),
                    "ris": ("RIS", "application/x-research-info-systems", citations.ris),
                    "json": ("CSL-JSON", "application/vnd.citationstyles.csl+json", citations.csl_json)}
STATUS_WORDS = {"stated": N_("stated by the article"), "inferred": N_("inferred by us"), "unknown": N_("unknown"),
                "none": N_("nobody is cited: the article itself is the producer")}


def _status(status: str) -> str:
    return tr(STATUS_WORDS[status])


def _paragraph(dataset: Dataset, figure: dict) -> html.Blockquote:
    """The quote's paragraph with the quote marked (and the producer's words, when stated)."""
    text = dataset.texts[figure["source_id"]]
    start, end = int(figure["char_start"]), int(figure["char_end"])
    first, last = text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
    marks = [(start, end, "quote")]
    if figure["attribution_text"]:
        marks.append((int(figure["attribution_start"]), int(figure["attribution_end"]), "attribution"))
    cuts = sorted({first, last} | {p for s, e, _ in marks for p in (s, e) if first <= p <= last})
    children = []
    for left, right in zip(cuts, cuts[1:]):
        kinds = [kind for s, e, kind in marks if s <= left and right <= e]
        piece = text[left:right]
        children.append(html.Mark(piece, className=kinds[0]) if kinds else piece)
    return html.Blockquote(children, className="source-paragraph", lang="en")


def _in_its_words(dataset: Dataset, figure: dict) -> list:
    """The quote in its paragraph (and, on Chinese pages, our translation, marked as ours); or the formula."""
    if not figure["quote"]:
        return [html.P([tr("Derived: "), formula(figure)])]
    words = [_paragraph(dataset, figure)]
    if i18n.current() == "zh" and figure.get("quote_zh"):
        words.append(html.P([html.Strong(tr("Our translation of the quoted words: ")), figure["quote_zh"]],
                            className="translation"))
    return words


def _chain(dataset: Dataset, figure: dict) -> html.Ol:
    source = dataset.source(figure["source_id"])
    steps = []
    if figure["computed_by"] == "scam_figures":
        steps.append(html.Li([tr("Computed by Scam Figures as "), formula(figure),
                              tr(" from figures the article reports.")]))
    elif figure["computed_by"] == "article":
        steps.append(html.Li(tr("A conversion made by the article itself, not a number its producer published.")))
    producer = dataset.producer(figure["producer_id"])
    if producer:
        how = _status(figure["attribution_status"])
        said = [tr(" — the article's words: "), html.Q(figure["attribution_text"], lang="en")] \
            if figure["attribution_text"] else []
        note = [html.Br(), html.Small(figure["attribution_note"], lang="en")] if figure["attribution_note"] else []
        name = producer.get("name_zh") if producer.get("name_zh") and i18n.current() == "zh" else producer["name"]
        steps.append(html.Li([html.Strong(tr("Producer: ")), name, tr(" ({words})").format(words=how), *said, *note]))
    elif not figure["computed_by"]:
        steps.append(html.Li([html.Strong(tr("Producer: ")), _status("none")]))
    original = dataset.original(figure["original_id"])
    if original:
        fields = [f"{tr(label)}{colon()}{original[name]}"
                  + tr(" ({words})").format(words=_status(original[f"{name}_status"]))
                  if original[name] else f"{tr(label)}{colon()}{_status('unknown')}"
                  for name, label in (("title", N_("title")), ("date_published", N_("date")), ("url", N_("address")))]
        steps.append(html.Li([html.Strong(tr("Original publication: ")), tr("; ").join(fields),
                              *([html.Br(), html.Small(original["note"], lang="en")] if original["note"] else [])]))
    steps.append(html.Li([html.Strong(tr("Reported in: ")),
                          html.Span(dcc.Link(source_name(source), href=quote_href(figure)), lang="en"),
                          tr(" (where we read it; the quote is highlighted there)")]))
    return html.Ol(steps, className="chain")


def _related(dataset: Dataset, figure: dict) -> list:
    figures = dataset.figures
    same_original = figures[(figures["original_id"] == figure["original_id"]) & (figure["original_id"] != "")
                            & (figures["figure_id"] != figure["figure_id"])]
    same_indicator = figures[(figures["indicator"] == figure["indicator"]) & (figures["figure_id"] != figure["figure_id"])]
    sections = []
    for title, rows in ((tr("From the same original publication"), same_original),
                        (tr("Other figures of the same indicator"), same_indicator)):
        if rows.empty:
            continue
        heads = (N_("Figure"), N_("Counts"), N_("Period"), N_("The source's words"))
        sections.append(html.Section([html.H2(title), html.Div(html.Table([
            html.Thead(html.Tr([html.Th(tr(h), scope="col") for h in heads])),
            html.Tbody([html.Tr([html.Td(dcc.Link(display_value(row), href=figure_href(row["figure_id"]))),
                                 html.Td(field(row, "subject")), html.Td(period_label(row)),
                                 html.Td(html.Q(row["quote"], lang="en") if row["quote"] else
                                         [tr("derived: "), formula(row)])])
                        for _, row in rows.iterrows()])], className="data-table"), className="table-scroll", tabIndex="0",
            role="region", **{"aria-label": tr("{title} (scrolls sideways on small screens)").format(title=title)})]))
    return sections


def _cite(dataset: Dataset, figure: dict) -> html.Section:
    figure_id = figure["figure_id"]
    items = citations.references(dataset, figure, dt.date.today().isoformat())
    blocks = []
    for style, label in citations.styles().items():
        entries = citations.bibliography(items, style)
        blocks += [html.H3(label, **{"data-verbatim": ""}),
                   html.Div([html.P(entry) for entry in entries], id=f"cite-{style}", className="reference-list",
                            lang="en" if "7714" not in style else "zh-Hans"),   # APA and Chicago write in English
                   dcc.Clipboard(target_id=f"cite-{style}", children=tr("Copy {style} citation").format(style=label),
                                 copied_children=tr("Copied"), className="copy")]
    downloads = [html.A(name, href=f"{CITE_PREFIX}{figure_id}.{ext}", download=f"scam-figures-{figure_id}.{ext}",
                        className="menu-item") for ext, (name, *_) in CITATION_FORMATS.items()]
    return html.Section([html.H2(tr("Cite this number")), *blocks, html.P(downloads, className="chart-menu")])


def _card(figure_id: str) -> html.Section:
    return html.Section([
        html.H2(tr("Number card for slides")),
        html.Img(src=href(f"{CARD_PREFIX}{figure_id}.png"), alt=tr("The number card: the number, what it counts, the "
                                                             "qualifier in words and who said it"),
                 className="number-card", width=480, height=270),
        html.P([html.A(f"PNG ({SLIDE_WIDTH}×{SLIDE_HEIGHT})", href=href(f"{CARD_PREFIX}{figure_id}.png"),
                       download=f"scam-figures-{figure_id}.png", className="menu-item"),
                html.A("SVG", href=href(f"{CARD_PREFIX}{figure_id}.svg"), download=f"scam-figures-{figure_id}.svg",
                       className="menu-item")], className="chart-menu"),
    ])


def layout(dataset: Dataset, figure_id: str = "", **_query) -> html.Div:
    if figure_id not in dataset.figures.index:
        return html.Div([html.H1(tr("No such figure")), dcc.Link(tr("All figures"), href=href("/data"))])
    figure = dataset.figure(figure_id)
    indicator = dataset.indicators.loc[figure["indicator"]]
    label = field(indicator, "label")
    said = tr("(“{words}”)").format(words=figure["qualifier_text"]) if figure["qualifier_text"] else ""
    qualifier = f"{qualifier_words(figure['qualifier'])} {said}".strip()
    facts = [(N_("What it counts"), field(figure, "subject")), (N_("How exact"), qualifier),
             (N_("Period"), period_label(figure)), (N_("Place"), field(figure, "geography")),
             (N_("Indicator"), f"{label}{colon()}{field(indicator, 'definition')}")]
    caveats = [tr(CAVEATS[kind]) for kind in figure["caveats"].split(";") if kind]
    return html.Div([
        dcc.Link(tr("← All figures"), href=href("/data")),
        html.H1([html.Span(display_value(figure), className="figure-value"), " ", label]),
        html.Table(html.Tbody([html.Tr([html.Th(tr(k), scope="row"), html.Td(v)]) for k, v in facts]),
                   className="metadata"),
        html.H2(tr("In the source's words")),
        *_in_its_words(dataset, figure),
        html.H2(tr("Who said it")),
        _chain(dataset, figure),
        *([html.H2(tr("Keep in mind")), html.Ul([html.Li(c) for c in caveats]), html.P(caveat_note(figure)[1:])]
          if caveats else []),
        _cite(dataset, figure),
        _card(figure_id),
        *_related(dataset, figure),
    ], className="figure-page")
