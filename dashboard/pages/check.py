"""Check a number: paste a sentence, a paragraph or a slide's notes; see the source behind each figure.

The text is read by the ETL's own parser and matched by `etl.checker.Checker` (built once
at start-up). Every number is highlighted in place and listed with the figures that could
be the same statistic, best first, each with its score and reasons, the figure as its
source states it, and the warnings where the text says what the source does not. The
pasted text is shown back only as text nodes, never as HTML, and is not stored or logged.
`/check?text=…` pre-fills and runs a check, so it can be shared as a link.
"""
from __future__ import annotations

from string import Formatter
from urllib.parse import urlencode

from dash import Input, Output, State, dcc, html, no_update

from dashboard import ids
from dashboard.components import figure_href, notice
from dashboard.data import Dataset
from dashboard.site import PAGES, heading
from dashboard import i18n
from dashboard.formatting import credit, date_label, display_value, period_label, qualifier_words
from dashboard.i18n import colon, comma, full_stop, N_, field, href, tr
from etl.check_words import VERBATIM
from etl.checker import MAX_CHARS, Checker, Number

WARNING_TITLES = {"qualifier": N_("Qualifier"), "period": N_("Period"), "place": N_("Place"),
                  "measure": N_("What is counted"), "precision": N_("Precision"), "derived": N_("Computed, not stated"),
                  "producer": N_("Who said it")}


def in_words(statement: dict) -> list:
    """A reason or warning of the checker in the reader's language, from its template and values:
    qualifiers and dates written the language's way, places, subjects and producers by their
    names in it, and the user's and the source's own words kept as written (marked English)."""
    children, template = [], statement["template"]
    for literal, name, _, _ in Formatter().parse(tr(template)):
        children.append(literal)
        if name is None:
            continue
        value = statement["values"][name]
        if name in VERBATIM:
            children.append(html.Span(", ".join(value) if isinstance(value, list) else value, lang="en"))
        elif name.endswith("qualifier"):
            children.append(qualifier_words(value))
        elif name in ("years", "period"):
            children.append(comma().join(date_label(v) for v in (value if isinstance(value, list) else [value])))
        else:
            children.append(field(statement["values"], name))
    return [child for child in children if child != ""]


def _highlighted(text: str, numbers: list[Number]) -> html.P:
    children, at = [], 0
    for index, number in enumerate(numbers, start=1):
        children += [text[at:number.char_start],
                     html.Mark(text[number.char_start:number.char_end], className="checked-number",
                               title=tr("Number {index}").format(index=index)), html.Sup(str(index))]
        at = number.char_end
    return html.P(children + [text[at:]], className="checked-text", lang="en")   # the checker reads English


def _match(dataset: Dataset, match) -> html.Li:
    figure = dataset.figure(match.figure_id)
    label = field(dataset.indicators.loc[figure["indicator"]], "label")
    warnings = [html.Li([html.Strong(f"{tr(WARNING_TITLES[w['kind']])}{colon()}"), *in_words(w)],
                        className=f"warning {w['kind']}") for w in match.warnings]
    reasons = [part for index, reason in enumerate(match.reasons_said)
               for part in ([tr("; ")] if index else []) + in_words(reason)]
    return html.Li([
        dcc.Link(html.Strong(display_value(figure)), href=figure_href(match.figure_id)), f" — {label}{comma()}",
        f"{period_label(figure)}{comma()}{field(figure, 'geography')}",
        tr(" ({words})").format(words=qualifier_words(figure["qualifier"])), full_stop(),
        tr("Said by "), credit(figure, *dataset.credit_parts(figure)), tr(". "),
        *([html.Q(figure["quote"], lang="en"), " "] if figure["quote"] else []),
        html.Small([tr("Score {score}: ").format(score=f"{match.score:.2f}"), *reasons, full_stop().strip()],
                   className="reasons"),
        html.Ul(warnings, className="warnings") if warnings else html.P(tr("No warnings: the wording fits the source."),
                                                                       className="no-warnings"),
    ])


def results(dataset: Dataset, checker: Checker, text: str) -> list:
    if not text.strip():
        return []
    if len(text) > MAX_CHARS:
        return [notice(tr("The text is {length} characters long; check at most {limit} at a time.").format(
            length=f"{len(text):,}", limit=f"{MAX_CHARS:,}"))]
    numbers = checker.check(text)
    if not numbers:
        return [notice(tr("No numbers found in this text."))]
    items = []
    for index, number in enumerate(numbers, start=1):
        body = html.Ol([_match(dataset, m) for m in number.matches]) if number.matches else \
            html.P(tr("Not in our sources: no figure in the dataset fits this number."), className="no-match")
        items.append(html.Li([html.Strong([f"{index}. ", html.Span(f"“{number.text}”", lang="en")]), body]))
    share = f"{href(PAGES['check'].path)}?{urlencode({'text': text})}"
    return [html.H2(tr("The numbers in your text")), _highlighted(text, numbers),
            html.Ul(items, className="check-results"),
            *([dcc.Link(tr("Link to this check"), href=share)] if len(share) < 4000 else [])]


def layout(dataset: Dataset, checker: Checker, text: str = "", **_query) -> html.Div:
    text = text if isinstance(text, str) else ""
    return html.Div([
        html.H1(heading("check")),
        html.P(tr("Paste a sentence, a paragraph or a slide's notes. Every number is read with the same parser as "
                  "our dataset and compared with the figures our sources give: who said it, for when, where, how "
                  "exactly, and what your wording gets wrong. Nothing you paste is stored. (English text.)"),
               className="lead"),
        html.Label([tr("Your text"), dcc.Textarea(id=ids.CHECK_TEXT, value=text, maxLength=MAX_CHARS,
                                                  className="check-input")]),
        html.Button(tr("Check the numbers"), id=ids.CHECK_BUTTON, className="button"),
        html.Div(results(dataset, checker, text), id=ids.CHECK_RESULTS, role="region",
                 **{"aria-live": "polite", "aria-label": tr("Results")}),
    ])


def register_callbacks(app, dataset: Dataset, checker: Checker) -> None:
    @app.callback(Output(ids.CHECK_RESULTS, "children"), Input(ids.CHECK_BUTTON, "n_clicks"),
                  State(ids.CHECK_TEXT, "value"), State(ids.URL, "pathname"), prevent_initial_call=True)
    def check(n_clicks, text, pathname=None):
        if not n_clicks or not isinstance(text, str):
            return no_update
        with i18n.using(i18n.split(pathname)[0] if isinstance(pathname, str) else "en"):
            return results(dataset, checker, text)
