"""Pure chart builders: DataFrames of statistics in, `plotly.graph_objects.Figure` out. No Dash here.

`indicator_chart` draws one panel per indicator, each with its own axis, so statistics
measured differently never share an axis. Every mark shows how exact the source is:
- exact: a solid bar; approximate: a dotted bar labelled "~";
- lower bound: a bar with a dashed, open-ended extension and an upward arrowhead ("+");
- upper bound: a bar with a dashed extension down ("≤");
- range: an interval from low to high with end caps;
- order of magnitude: a dotted open span upward from its base, labelled in the source's words;
- derived: a hatched bar, labelled "derived".
The source line is printed inside the figure as an annotation, so it survives export.
`describe` gives the one-sentence text alternative of a chart.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING
import textwrap
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import formatting_zh, i18n
from dashboard.formatting import credit, date_label, display_value, period_label
from dashboard.i18n import colon, field, full_stop, tr
from etl.vocabulary import CURRENCIES, UNITS

if TYPE_CHECKING:
    from dashboard.charts import ChartSpec

SLIDE_WIDTH, SLIDE_HEIGHT = 1920, 1080   # a 16:9 slide, the size of every chart image we hand out
# Okabe-Ito, without its yellow (too light for bars on white); all pass 3:1 against white.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
INK, MUTED = "#1a1a1a", "#4d4d4d"
FONTS = {"en": "Liberation Sans, Arial, Helvetica, sans-serif",
         "zh": "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, sans-serif"}   # installed by make test/export
UNIT_AXIS = {code: axis for code, (_, axis) in {**UNITS, **CURRENCIES}.items()}


def _font() -> str:
    return FONTS[i18n.current()]


def _axis_title(unit: str) -> str:
    if i18n.current() == "zh":
        return formatting_zh.axis_title(unit)
    return UNIT_AXIS.get(unit, unit)


def _wrap(text: str, width: int) -> str:
    """Lines of at most `width` Latin characters; Chinese characters are twice as wide, so half as many."""
    if i18n.current() == "zh":
        width = max(8, width // 2)
    return "<br>".join(textwrap.wrap(text, width)) or text


def _ordered(rows: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Rows in drawing order and their category labels: by period, or, when figures share a
    period, by what they count (largest first)."""
    rows = rows.sort_values(["period", "figure_id"])
    labels = [period_label(row) for _, row in rows.iterrows()]
    if len(set(labels)) < len(labels):
        rows = rows.assign(_size=rows["value"].fillna(rows["high"]).fillna(rows["low"]))
        rows = rows.sort_values("_size", ascending=False).drop(columns="_size")
        labels = [_wrap(field(row, "subject"), 30) for _, row in rows.iterrows()]
    return rows, labels


def _high(row) -> float:
    """Where a range or an order of magnitude ends: its stated high ("tens of thousands": 100,000), or
    ten times its low for a magnitude the data gives no end for ("a trillion dollar")."""
    high = row.get("high")
    return row["low"] * 10 if high is None or pd.isna(high) else high


def chinese_ticks(top: float, count: int = 5) -> dict:
    """Y-axis ticks written the Chinese way (5000万, 1亿, 1.5亿): about `count` round steps from 0 to
    `top` (the step nearest top / count among 1, 2, 2.5 or 5 times a power of ten), for plotly's
    tickvals / ticktext."""
    raw = top / count
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = min((m * power for m in (1, 2, 2.5, 5, 10)), key=lambda candidate: abs(math.log(candidate / raw)))
    values = [round(step * k, 12) for k in range(int(top // step) + 1)]
    return dict(tickmode="array", tickvals=values, ticktext=[formatting_zh.number(v) for v in values])


def _top(row) -> float:
    """How high a mark reaches, to leave room for its label."""
    q = row["qualifier"]
    if q in ("range", "order_of_magnitude"):
        return _high(row)
    if q == "lower_bound":
        return row["value"] * 1.3
    return row["value"]


def _add_mark(figure: go.Figure, row, label: str, color: str, panel: int) -> None:
    q, where = row["qualifier"], dict(row=1 + (panel - 1) // 3, col=1 + (panel - 1) % 3)
    text = display_value(row) + (tr(" (derived)") if q == "derived" else "")
    hover = f"{label}{colon()}{text}<br>{field(row, 'subject')}<extra></extra>"
    if q in ("range", "order_of_magnitude"):
        low = row["low"]
        high = _high(row)
        figure.add_trace(go.Scatter(
            x=[label, label], y=[low, high], mode="lines+markers", hovertemplate=hover, showlegend=False,
            line=dict(color=color, width=6 if q == "range" else 3, dash="solid" if q == "range" else "dot"),
            marker=dict(symbol=["line-ew", "line-ew"] if q == "range" else ["line-ew", "triangle-up"],
                        size=[28, 28] if q == "range" else [28, 14], color=color,
                        line=dict(color=color, width=4))), **where)
        figure.add_trace(go.Scatter(x=[label], y=[high], mode="text", text=[text], textposition="top center",
                                    textfont=dict(color=INK, size=13), hoverinfo="skip", showlegend=False), **where)
        return
    pattern = {"approximate": ".", "derived": "/"}.get(q, "")
    figure.add_trace(go.Bar(
        x=[label], y=[row["value"]], hovertemplate=hover, showlegend=False, width=0.55,
        marker=dict(color=color if not pattern else "white", line=dict(color=color, width=2),
                    pattern=dict(shape=pattern, fgcolor=color, size=6, solidity=0.5) if pattern else None)),
        **where)
    tip = row["value"]
    if q in ("lower_bound", "upper_bound"):
        end = row["value"] * (1.3 if q == "lower_bound" else 0.7)
        figure.add_trace(go.Scatter(
            x=[label, label], y=[row["value"], end], mode="lines+markers", hoverinfo="skip", showlegend=False,
            line=dict(color=color, width=3, dash="dash"),
            marker=dict(symbol=["circle", "triangle-up" if q == "lower_bound" else "triangle-down"],
                        size=[1, 14], color=color)), **where)
        tip = max(tip, end)
    figure.add_trace(go.Scatter(x=[label], y=[tip], mode="text", text=[text], textposition="top center",
                                textfont=dict(color=INK, size=13), hoverinfo="skip", showlegend=False), **where)


def _lookup(table: pd.DataFrame, key: str) -> dict | None:
    return table.loc[key].to_dict() if key else None


def source_line(rows: pd.DataFrame, sources: pd.DataFrame, producers: pd.DataFrame,
                originals: pd.DataFrame) -> str:
    """'Source: OHCHR (2023), as reported by CLW; …. Compiled by Scam Figures.' — producers first."""
    parts = []
    for _, row in rows.iterrows():
        part = credit(row, sources.loc[row["source_id"]].to_dict(), _lookup(producers, row["producer_id"]),
                      _lookup(originals, row["original_id"]))
        if part not in parts:
            parts.append(part)
    return tr("Source: {credits}. Compiled by Scam Figures.").format(credits=tr("; ").join(parts))


def indicator_chart(figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame,
                    producers: pd.DataFrame, originals: pd.DataFrame, spec: ChartSpec) -> go.Figure:
    """One panel per indicator of `spec`, each with its own y axis and its figures."""
    panels = [name for name in spec.indicators if (figures["indicator"] == name).any()]
    columns = min(3, len(panels))
    rows_needed = math.ceil(len(panels) / columns)
    titles = [_wrap(field(indicators.loc[name], "label"), 40) for name in panels]
    figure = make_subplots(rows=rows_needed, cols=columns, subplot_titles=titles,
                           horizontal_spacing=0.12 if columns > 1 else 0.0, vertical_spacing=0.28)
    shown = figures[figures["indicator"].isin(panels)]
    label_lines = 1
    for panel, name in enumerate(panels, start=1):
        rows, labels = _ordered(figures[figures["indicator"] == name])
        label_lines = max(label_lines, max(label.count("<br>") + 1 for label in labels))
        color = PALETTE[(panel - 1) % len(PALETTE)]
        for label, (_, row) in zip(labels, rows.iterrows()):
            _add_mark(figure, row, label, color, panel)
        unit = indicators.loc[name, "unit"]
        top = max(_top(row) for _, row in rows.iterrows())
        axis_range = [0, 100 * 1.12] if unit == "percent" and top <= 100 else [0, top * 1.25]
        where = dict(row=1 + (panel - 1) // 3, col=1 + (panel - 1) % 3)
        plain = unit in ("percent", "ratio", "times")
        ticks = {} if plain else dict(tickformat="~s") if i18n.current() == "en" else chinese_ticks(axis_range[1])
        figure.update_yaxes(title_text=_axis_title(unit), range=axis_range, rangemode="tozero", **ticks,
                            gridcolor="#e0e0e0", zeroline=True, zerolinecolor="#9e9e9e", **where)
        figure.update_xaxes(type="category", tickfont=dict(size=12), **where)
    subtitle = spec.note or ""
    source = _wrap(source_line(shown, sources, producers, originals), 150)
    source_lines = source.count("<br>") + 1
    title_lines = max((t.count("<br>") + 1 for t in titles), default=1)
    heading = _wrap(spec.title, 120)
    note = _wrap(subtitle, 130)
    heading_lines = heading.count("<br>") + 1 + (note.count("<br>") + 1 if subtitle else 0)
    figure.update_layout(
        title=dict(text=f"<b>{heading}</b>" + (f"<br><sup>{note}</sup>" if subtitle else ""),
                   x=0.01, xanchor="left", font=dict(size=18, color=INK)),
        template="simple_white", font=dict(family=_font(), color=INK, size=13),
        height=260 + 300 * rows_needed + 16 * label_lines + 14 * source_lines,
        margin=dict(l=70, r=30, t=40 + 26 * heading_lines + 20 * title_lines,
                    b=70 + 16 * label_lines + 14 * source_lines),
        bargap=0.5, plot_bgcolor="white", paper_bgcolor="white",
        annotations=list(figure.layout.annotations) + [go.layout.Annotation(
            text=source, showarrow=False, xref="paper", yref="paper",
            x=0, y=0, yshift=-50 - 16 * label_lines, xanchor="left", yanchor="top", align="left",
            font=dict(size=11, color=MUTED))],
    )
    return figure


def describe(figures: pd.DataFrame, indicators: pd.DataFrame, spec: ChartSpec) -> str:
    """One-sentence text alternative: every value the chart draws, with its qualifier."""
    parts = []
    for name in spec.indicators:
        if not (figures["indicator"] == name).any():
            continue
        rows, _ = _ordered(figures[figures["indicator"] == name])
        derived = tr(" (derived)")
        values = tr(", ").join(f"{display_value(row)}{derived if row['qualifier'] == 'derived' else ''}"
                               + tr(" ({words})").format(words=period_label(row)) for _, row in rows.iterrows())
        parts.append(f"{field(indicators.loc[name], 'label')}{colon()}{values}")
    kind = tr("Chart in separate panels") if len(parts) > 1 else tr("Chart")
    return kind + full_stop() + tr("; ").join(parts) + tr(".")


def _window(iso: str) -> tuple[date, date]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0] + 1, 1, 1)
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        return start, (start + timedelta(days=32)).replace(day=1)
    start = date(*parts)
    return start, start + timedelta(days=1)


def timeline_chart(events: pd.DataFrame) -> go.Figure:
    """Events as spans as wide as their date's precision: a year-precise event covers its year."""
    events = events.sort_values(["date", "event_id"])
    figure = go.Figure()
    for index, (_, event) in enumerate(events.iterrows()):
        start, end = _window(event["date"])
        when = date_label(event["date"], event.get("date_qualifier") or "")
        label = _wrap(field(event, "label"), 52)
        color = PALETTE[{"year": 4, "month": 0, "day": 1}[event["date_precision"]]]
        hover = f"{when}{colon()}{field(event, 'label')}<extra></extra>"
        if event["date_precision"] == "day":
            figure.add_trace(go.Scatter(x=[start.isoformat()], y=[label], mode="markers", hovertemplate=hover,
                                        marker=dict(symbol="diamond", size=13, color=color), showlegend=False))
        else:
            figure.add_trace(go.Bar(x=[(end - start).days * 86400000], base=[start.isoformat()], y=[label],
                                    orientation="h", hovertemplate=hover, showlegend=False,
                                    marker=dict(color=color, opacity=0.85 if event["date_precision"] == "month" else 0.45)))
        figure.add_annotation(x=end.isoformat(), y=label, text=when, showarrow=False, xanchor="left",
                              xshift=6, font=dict(size=11, color=MUTED))
    figure.update_layout(
        title=dict(text="<b>" + tr("Dated events the sources report") + "</b><br><sup>" + tr(
            "Each bar spans the precision the source gives: a whole year for “2021”, a month for “August 2023”, "
            "a day (◆) for “8 August 2023”.") + "</sup>", x=0.01, xanchor="left", font=dict(size=18, color=INK)),
        template="simple_white", font=dict(family=_font(), color=INK, size=12), height=150 + 46 * len(events),
        margin=dict(l=20, r=120, t=90, b=60), barmode="overlay",
        xaxis=dict(type="date", gridcolor="#e0e0e0", showgrid=True),
        yaxis=dict(autorange="reversed", automargin=True, tickfont=dict(size=11)),
        annotations=list(figure.layout.annotations) + [go.layout.Annotation(
            text=tr("Source: the five registered articles (see the Sources page). Compiled by Scam Figures."),
            showarrow=False, xref="paper", yref="paper", x=0, y=0, yshift=-40, xanchor="left", yanchor="top",
            font=dict(size=11, color=MUTED))])
    return figure


def for_slide(figure: go.Figure, scale: float = 1.7) -> go.Figure:
    """The same chart sized for a 16:9 slide with every text scaled for a projector."""
    slide = go.Figure(figure)
    layout = slide.layout
    slide.update_layout(width=SLIDE_WIDTH, height=SLIDE_HEIGHT, font_size=(layout.font.size or 13) * scale,
                        title_font_size=(layout.title.font.size or 18) * scale,
                        margin=dict(l=layout.margin.l * scale, r=layout.margin.r * scale,
                                    t=layout.margin.t * scale, b=layout.margin.b * scale))
    for annotation in slide.layout.annotations:
        annotation.font.size = (annotation.font.size or 13) * scale
        if annotation.yshift:
            annotation.yshift *= scale
    for trace in slide.data:
        if getattr(trace, "textfont", None) is not None and trace.textfont.size:
            trace.textfont.size *= scale
        if trace.type == "scatter" and trace.marker.size is not None:
            size = trace.marker.size
            trace.marker.size = [s * scale for s in size] if isinstance(size, tuple) else size * scale
        if trace.type == "scatter" and trace.line.width:
            trace.line.width *= scale
    slide.update_xaxes(tickfont_size=12 * scale, title_font_size=13 * scale)
    slide.update_yaxes(tickfont_size=12 * scale, title_font_size=14 * scale)
    return slide


def number_card(value: str, counts: str, how: str, when_where: str, caveat: str, source: str) -> go.Figure:
    """A slide-sized card: the number big, what it counts, the qualifier in words, when and where,
    any caveat, and the source line naming the producer first. Text only, sized for a projector."""
    blocks = [(value, 190, INK, True), (_wrap(counts, 56), 50, INK, False), (how, 40, MUTED, False),
              (_wrap(when_where, 80), 40, MUTED, False)]
    if caveat:
        blocks.append((_wrap(tr("Keep in mind: ") + caveat, 95), 32, INK, False))
    annotations, y = [], 0.97
    for text, size, color, bold in blocks:  # top to bottom, each block as tall as its lines
        annotations.append(dict(text=f"<b>{text}</b>" if bold else text, x=0.04, y=y, xref="paper", yref="paper",
                                xanchor="left", yanchor="top", showarrow=False, align="left",
                                font=dict(size=size, color=color, family=_font())))
        y -= ((text.count("<br>") + 1) * size * 1.3 + 30) / (SLIDE_HEIGHT - 120)
    annotations.append(dict(text=_wrap(source, 110), x=0.04, y=0.0, xref="paper", yref="paper", xanchor="left",
                            yanchor="bottom", showarrow=False, align="left",
                            font=dict(size=28, color=MUTED, family=_font())))
    return go.Figure(layout=dict(width=SLIDE_WIDTH, height=SLIDE_HEIGHT, plot_bgcolor="white", paper_bgcolor="white",
                                 margin=dict(l=60, r=60, t=60, b=60), annotations=annotations,
                                 xaxis=dict(visible=False), yaxis=dict(visible=False)))
