"""Data: every figure in one searchable, filterable table, and a CSV of exactly the rows shown.

`filter_figures` is a pure function of the figures and the filter values, used by the
table callback and the download callback alike, so the CSV holds exactly what the
table shows. Query parameters (?indicator=...&qualifier=...) preset the filters; values
that match nothing are ignored with a notice.
"""
from __future__ import annotations

import pandas as pd
from dash import Input, Output, State, dash_table, dcc, html, no_update

from dashboard import ids
from dashboard.charts import PAGES
from dashboard.components import notice, quote_href
from dashboard.data import Dataset
from dashboard.formatting import QUALIFIER_WORDS, display_value, period_label

FILTERS = {"indicator": ids.FILTER_INDICATOR, "geography": ids.FILTER_GEOGRAPHY,
           "source_id": ids.FILTER_SOURCE, "qualifier": ids.FILTER_QUALIFIER}
QUERY_NAMES = {"indicator": "indicator", "geography": "geography", "source": "source_id", "qualifier": "qualifier"}
CSV_COLUMNS = ["figure_id", "indicator", "value", "low", "high", "unit", "currency", "qualifier", "qualifier_text",
               "period", "period_type", "geography", "subject", "source_id", "source_file", "attributed_to",
               "quote", "char_start", "char_end", "formula", "inputs", "note"]
TABLE_COLUMNS = [("shown", "Figure"), ("label", "Indicator"), ("when", "Period"), ("how", "Qualifier"),
                 ("geography", "Geography"), ("attributed_to", "Said by"), ("source_id", "Source"),
                 ("quote", "Quote"), ("link", "Provenance")]


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    return [str(v) for v in (value if isinstance(value, (list, tuple)) else [value])]


def filter_figures(figures: pd.DataFrame, indicator=None, geography=None, source_id=None, qualifier=None,
                   text: str | None = None) -> pd.DataFrame:
    rows = figures
    for column, wanted in (("indicator", indicator), ("geography", geography), ("source_id", source_id),
                           ("qualifier", qualifier)):
        wanted = _as_list(wanted)
        if wanted:
            rows = rows[rows[column].isin(wanted)]
    words = (text or "").strip().lower()
    if words:
        haystack = (rows["subject"] + " " + rows["quote"] + " " + rows["indicator"] + " " + rows["attributed_to"]
                    + " " + rows["geography"]).str.lower()
        rows = rows[haystack.str.contains(words, regex=False)]
    return rows


def table_records(dataset: Dataset, rows: pd.DataFrame) -> list[dict]:
    return [{"shown": display_value(row), "label": dataset.indicators.loc[row["indicator"], "label"],
             "when": period_label(row), "how": QUALIFIER_WORDS[row["qualifier"]], "geography": row["geography"],
             "attributed_to": row["attributed_to"], "source_id": row["source_id"],
             "quote": row["quote"] or f"derived: {row['formula']}",
             "link": f"[see the quote]({quote_href(row)})" if row["quote"] else "", "id": row["figure_id"]}
            for _, row in rows.iterrows()]


def to_csv(rows: pd.DataFrame) -> str:
    return rows[CSV_COLUMNS].to_csv(index=False, lineterminator="\n")


def _options(values) -> list[dict]:
    return [{"label": v, "value": v} for v in sorted(set(values))]


def layout(dataset: Dataset, **query) -> html.Div:
    figures = dataset.figures
    presets, ignored = {}, []
    for name, value in query.items():
        if name == "q":
            continue
        column = QUERY_NAMES.get(name)
        if column is None:
            ignored.append(f"{name} (unknown filter)")
            continue
        known = [v for v in _as_list(value) if v in set(figures[column])]
        ignored += [f"{name}={v}" for v in _as_list(value) if v not in known]
        presets[column] = known
    text = query.get("q") if isinstance(query.get("q"), str) else ""
    controls = [
        html.Label(["Indicator", dcc.Dropdown(_options(figures["indicator"]), presets.get("indicator", []), multi=True,
                                              id=ids.FILTER_INDICATOR, placeholder="All indicators")]),
        html.Label(["Geography", dcc.Dropdown(_options(figures["geography"]), presets.get("geography", []), multi=True,
                                              id=ids.FILTER_GEOGRAPHY, placeholder="All places")]),
        html.Label(["Source", dcc.Dropdown(_options(figures["source_id"]), presets.get("source_id", []), multi=True,
                                           id=ids.FILTER_SOURCE, placeholder="All sources")]),
        html.Label(["Qualifier", dcc.Dropdown(_options(figures["qualifier"]), presets.get("qualifier", []), multi=True,
                                              id=ids.FILTER_QUALIFIER, placeholder="Any qualifier")]),
        html.Label(["Search", dcc.Input(id=ids.FILTER_TEXT, type="search", value=text, debounce=True,
                                        placeholder="words in the quote or subject")]),
    ]
    rows = filter_figures(figures, **presets, text=text)
    return html.Div([
        html.H1(PAGES["data"][2]),
        *([notice("Ignored: " + ", ".join(ignored) + ".")] if ignored else []),
        html.P("Every figure with its qualifier and provenance. The CSV holds exactly the rows shown, with the "
               "quote, its character offsets and the formula of derived figures.", className="lead"),
        html.Div(controls, className="filters"),
        html.Div([html.P(f"{len(rows)} of {len(figures)} figures", id=ids.TABLE_COUNT, role="status"),
                  html.Button("Download these rows as CSV", id=ids.DOWNLOAD_BUTTON, className="button"),
                  dcc.Download(id=ids.DOWNLOAD)], className="table-bar"),
        dash_table.DataTable(
            id=ids.TABLE, data=table_records(dataset, rows), page_size=20, sort_action="native",
            columns=[{"name": label, "id": key, **({"presentation": "markdown"} if key == "link" else {})}
                     for key, label in TABLE_COLUMNS],
            markdown_options={"link_target": "_self"}, style_as_list_view=True,
            style_table={"overflowX": "auto", "minWidth": "100%"},
            style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto", "fontFamily": "Liberation Sans, Arial, Helvetica, sans-serif",
                        "fontSize": "14px", "padding": "6px", "maxWidth": "360px", "color": "#1a1a1a"},
            style_header={"fontWeight": "bold", "backgroundColor": "#f2f2f2"},
        ),
    ])


def register_callbacks(app, dataset: Dataset) -> None:
    inputs = [Input(component, "value") for component in FILTERS.values()] + [Input(ids.FILTER_TEXT, "value")]

    @app.callback(Output(ids.TABLE, "data"), Output(ids.TABLE_COUNT, "children"), *inputs,
                  prevent_initial_call=True)
    def update_table(indicator, geography, source_id, qualifier, text):
        rows = filter_figures(dataset.figures, indicator, geography, source_id, qualifier, text)
        return table_records(dataset, rows), f"{len(rows)} of {len(dataset.figures)} figures"

    @app.callback(Output(ids.DOWNLOAD, "data"), Input(ids.DOWNLOAD_BUTTON, "n_clicks"),
                  *[State(i.component_id, i.component_property) for i in inputs], prevent_initial_call=True)
    def download(n_clicks, indicator, geography, source_id, qualifier, text):
        if not n_clicks:
            return no_update
        rows = filter_figures(dataset.figures, indicator, geography, source_id, qualifier, text)
        return {"content": to_csv(rows), "filename": "scam-figures.csv", "type": "text/csv"}
