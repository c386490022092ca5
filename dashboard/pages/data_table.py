"""Data: every figure in one searchable, filterable table, and a CSV of exactly the rows shown.

`filter_figures` is a pure function of the figures and the filter values, used by the
table callback and the download callback alike, so the CSV holds exactly what the
table shows. Query parameters (?indicator=...&qualifier=...) preset the filters; values
that match nothing are ignored with a notice. Below the table, the data dictionary: every
table and column of `data/` as `datapackage.json` describes it, in the reader's language
(column names stay as the schema writes them).
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd
from dash import Input, Output, State, dcc, html, no_update

from dashboard import ids
from dashboard.site import heading
from etl.terms import CAVEATS
from dashboard.components import figure_href, formula, notice, quote_href
from dashboard.data import Dataset
from dashboard.formatting import QUALIFIER_WORDS, credit, display_value, period_label, qualifier_words
from dashboard.i18n import N_, field, tr
from dashboard import i18n

FILTERS = {"indicator": ids.FILTER_INDICATOR, "geography": ids.FILTER_GEOGRAPHY,
           "source_id": ids.FILTER_SOURCE, "qualifier": ids.FILTER_QUALIFIER, "caveat": ids.FILTER_CAVEAT}
QUERY_NAMES = {"indicator": "indicator", "geography": "geography", "source": "source_id", "qualifier": "qualifier",
               "caveat": "caveat"}
TYPE_WORDS = {"string": N_("text"), "number": N_("number"), "integer": N_("whole number")}
TABLE_COLUMNS = [N_("Figure"), N_("Indicator"), N_("Period"), N_("Qualifier"), N_("Geography"), N_("Said by"),
                 N_("Keep in mind"), N_("Source"), N_("Quote"), N_("Provenance")]


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    return [str(v) for v in (value if isinstance(value, (list, tuple)) else [value])]


def _caveat_sets(figures: pd.DataFrame) -> pd.Series:
    return figures["caveats"].str.split(";").map(lambda kinds: {k for k in kinds if k})


def filter_figures(figures: pd.DataFrame, indicator=None, geography=None, source_id=None, qualifier=None,
                   caveat=None, text: str | None = None) -> pd.DataFrame:
    rows = figures
    wanted_caveats = set(_as_list(caveat))
    if wanted_caveats:
        rows = rows[_caveat_sets(rows).map(lambda kinds: bool(kinds & wanted_caveats))]
    for column, wanted in (("indicator", indicator), ("geography", geography), ("source_id", source_id),
                           ("qualifier", qualifier)):
        wanted = _as_list(wanted)
        if wanted:
            rows = rows[rows[column].isin(wanted)]
    words = text.strip().lower() if isinstance(text, str) else ""
    if words:
        haystack = (rows["subject"] + " " + rows["quote"] + " " + rows["indicator"] + " " + rows["attributed_to"]
                    + " " + rows["geography"] + " " + rows["caveat_text"]).str.lower()
        rows = rows[haystack.str.contains(words, regex=False)]
    return rows


def table_body(dataset: Dataset, rows: pd.DataFrame) -> list[html.Tr]:
    """One table row per figure, with its provenance link (or its formula, if derived)."""
    body = []
    for _, row in rows.iterrows():
        where = dcc.Link(tr("see the quote"), href=quote_href(row)) if row["quote"] else \
            [tr("derived: "), formula(row)]
        body.append(html.Tr([
            html.Td(dcc.Link(html.Strong(display_value(row)), href=figure_href(row["figure_id"]))),
            html.Td(field(dataset.indicators.loc[row["indicator"]], "label")),
            html.Td(period_label(row)), html.Td(qualifier_words(row["qualifier"])), html.Td(field(row, "geography")),
            html.Td(credit(row, *dataset.credit_parts(row))), html.Td(field(row, "caveat_text") or "—"),
            html.Td(row["source_id"], **{"data-verbatim": ""}),
            html.Td(html.Q(row["quote"], lang="en") if row["quote"] else "—", className="quote-cell"), html.Td(where),
        ]))
    return body


def _described(text: str) -> list:
    """A description with its `codes` (column, file and value names) shown as code, as written."""
    return [html.Code(part, **{"data-verbatim": ""}) if index % 2 else part
            for index, part in enumerate(text.split("`")) if part]


def dictionary(dataset: Dataset) -> html.Section:
    """Every table of data/ and what each column holds, figures.csv (the download) first and open."""
    tables = []
    for table, resource in dataset.dictionary.items():
        rows = []
        for column in resource["schema"]["fields"]:
            kind = TYPE_WORDS[column["type"]]
            rows.append(html.Tr([html.Th(html.Code(column["name"]), scope="row", **{"data-verbatim": ""}),
                                 html.Td(tr(kind)), html.Td(_described(field(column, "description")))]))
        tables.append(html.Details([
            html.Summary([html.Code(resource["path"], **{"data-verbatim": ""}), tr(": "),
                          *_described(field(resource, "description"))]),
            html.Table([html.Thead(html.Tr([html.Th(tr(label), scope="col")
                                            for label in (N_("Column"), N_("Type"), N_("What it holds"))])),
                        html.Tbody(rows)], className="dictionary-table"),
        ], open=table == "figures"))
    return html.Section([
        html.H2(tr("Data dictionary"), id="dictionary"),
        html.P(_described(tr("The CSV download holds the columns of `figures.csv`. The other tables are published "
                             "beside it in `data/` (in the repository and the offline pack) and described, with "
                             "their types, keys and allowed values, in `datapackage.json`. Column names stay as "
                             "the schema writes them."))),
        *tables,
    ], className="dictionary")


def _count(shown: int, total: int) -> str:
    return tr("{shown} of {total} figures").format(shown=shown, total=total)


def _checklist(legend: str, component_id: str, options: list[dict], chosen: list[str]) -> html.Details:
    """A filter as native checkboxes in a collapsible fieldset (keyboard and screen-reader friendly)."""
    summary = tr("{legend} ({count} chosen)").format(legend=legend, count=len(chosen)) if chosen else \
        tr("{legend} (all)").format(legend=legend)
    return html.Details([
        html.Summary(summary),
        html.Fieldset([html.Legend(legend, className="sr-only"),
                       dcc.Checklist(options, chosen, id=component_id, className="checklist",
                                     labelClassName="checklist-item")]),
    ], className="filter", open=bool(chosen))


def layout(dataset: Dataset, **query) -> html.Div:
    figures = dataset.figures
    presets, ignored = {}, []
    for name, value in query.items():
        if name == "q":
            continue
        column = QUERY_NAMES.get(name)
        if column is None:
            ignored.append(tr("{name} (unknown filter)").format(name=name))
            continue
        present = set().union(*_caveat_sets(figures)) if column == "caveat" else set(figures[column])
        known = [v for v in _as_list(value) if v in present]
        ignored += [f"{name}={v}" for v in _as_list(value) if v not in known]
        presets[column] = known
    text = query.get("q") if isinstance(query.get("q"), str) else ""
    indicator_options = sorted(({"label": field(dataset.indicators.loc[i], "label"), "value": i}
                                for i in set(figures["indicator"])), key=lambda o: o["label"])
    places = dict(zip(figures["geography"], figures["geography_zh"]))
    controls = [
        _checklist(tr("Indicator"), ids.FILTER_INDICATOR, indicator_options, presets.get("indicator", [])),
        _checklist(tr("Geography"), ids.FILTER_GEOGRAPHY,
                   [{"label": field({"geography": g, "geography_zh": places[g]}, "geography"), "value": g}
                    for g in sorted(places)], presets.get("geography", [])),
        _checklist(tr("Source"), ids.FILTER_SOURCE,
                   [{"label": html.Span(s, **{"data-verbatim": ""}), "value": s} for s in sorted(set(figures["source_id"]))],
                   presets.get("source_id", [])),
        _checklist(tr("Qualifier"), ids.FILTER_QUALIFIER,
                   [{"label": qualifier_words(q), "value": q} for q in QUALIFIER_WORDS if q in set(figures["qualifier"])],
                   presets.get("qualifier", [])),
        _checklist(tr("Caveat"), ids.FILTER_CAVEAT,
                   [{"label": tr(CAVEATS[c]), "value": c} for c in CAVEATS if c in set().union(*_caveat_sets(figures))],
                   presets.get("caveat", [])),
        html.Label([tr("Search"), dcc.Input(id=ids.FILTER_TEXT, type="search", value=text, debounce=True,
                                            placeholder=tr("words in the quote or subject"))], className="search"),
    ]
    rows = filter_figures(figures, **presets, text=text)
    return html.Div([
        html.H1(heading("data")),
        *([notice(tr("Ignored: {names}.").format(names=", ".join(ignored)))] if ignored else []),
        html.P(tr("Every figure with its qualifier and provenance. The CSV holds exactly the rows shown, with the "
                  "quote, its character offsets and the formula of derived figures."), className="lead"),
        html.Div(controls, className="filters"),
        html.Div([html.P(_count(len(rows), len(figures)), id=ids.TABLE_COUNT, role="status"),
                  html.Button(tr("Download these rows as CSV"), id=ids.DOWNLOAD_BUTTON, className="button"),
                  dcc.Download(id=ids.DOWNLOAD)], className="table-bar"),
        html.Div(html.Table([
            html.Caption(tr("Figures matching the filters"), className="sr-only"),
            html.Thead(html.Tr([html.Th(tr(label), scope="col") for label in TABLE_COLUMNS])),
            html.Tbody(table_body(dataset, rows), id=ids.TABLE),
        ], className="figures-table"), className="table-scroll", tabIndex="0", role="region",
            **{"aria-label": tr("Figures table (scrolls sideways on small screens)")}),
        dictionary(dataset),
    ])


def register_callbacks(app, dataset: Dataset) -> None:
    inputs = [Input(component, "value") for component in FILTERS.values()] + [Input(ids.FILTER_TEXT, "value")]

    @lru_cache(maxsize=512)  # the data never changes while the server runs
    def rendered(lang, key):
        rows = filter_figures(dataset.figures, *[list(part) if isinstance(part, tuple) else part for part in key])
        with i18n.using(lang):
            return table_body(dataset, rows), _count(len(rows), len(dataset.figures))

    @app.callback(Output(ids.TABLE, "children"), Output(ids.TABLE_COUNT, "children"), *inputs,
                  State(ids.URL, "pathname"), prevent_initial_call=True)
    def update_table(indicator, geography, source_id, qualifier, caveat, text, pathname):
        key = tuple(tuple(sorted(_as_list(v))) for v in (indicator, geography, source_id, qualifier, caveat))
        lang = i18n.split(pathname)[0] if isinstance(pathname, str) else "en"
        return rendered(lang, key + (text if isinstance(text, str) else "",))

    @app.callback(Output(ids.DOWNLOAD, "data"), Input(ids.DOWNLOAD_BUTTON, "n_clicks"),
                  *[State(i.component_id, i.component_property) for i in inputs], prevent_initial_call=True)
    def download(n_clicks, indicator, geography, source_id, qualifier, caveat, text):
        if not n_clicks:
            return no_update
        rows = filter_figures(dataset.figures, indicator, geography, source_id, qualifier, caveat, text)
        return {"content": dataset.csv(rows), "filename": "scam-figures.csv", "type": "text/csv"}


def filter_request(text: str = "", **chosen) -> dict:
    """The body a browser posts to `/_dash-update-component` when a filter changes (for tests and
    benches): `chosen` maps a filter name of FILTERS to its checked values."""
    inputs = [{"id": component, "property": "value", "value": chosen.get(name, [])}
              for name, component in FILTERS.items()] + [{"id": ids.FILTER_TEXT, "property": "value", "value": text}]
    return {"output": f"..{ids.TABLE}.children...{ids.TABLE_COUNT}.children..",
            "outputs": [{"id": ids.TABLE, "property": "children"}, {"id": ids.TABLE_COUNT, "property": "children"}],
            "inputs": inputs, "changedPropIds": [f"{ids.FILTER_TEXT}.value"],
            "state": [{"id": ids.URL, "property": "pathname", "value": "/data"}]}
