"""How a figure reads in words: value with its qualifier, unit, period and source line.

Pure functions of a figure row (a dict or pandas row), shared by cards, charts, tables
and exports so that "120,000+" or "~464,000" reads the same everywhere. No Dash here.
"""
from __future__ import annotations

import math

CURRENCY_PREFIX = {"USD": "US$", "CNY": "RMB ", "EUR": "€", "GBP": "£"}
UNIT_WORDS = {"hour": "hours", "day": "days", "month": "months", "year": "years", "km": "km",
              "times": "×", "ratio": "", "percent": "%", "percentage_point": " pp"}
QUALIFIER_WORDS = {"exact": "as stated", "approximate": "approximate", "lower_bound": "lower bound",
                   "upper_bound": "upper bound", "range": "range", "order_of_magnitude": "order of magnitude",
                   "derived": "derived by formula"}
MONTHS = "January February March April May June July August September October November December".split()


def _missing(x) -> bool:
    return x is None or x == "" or (isinstance(x, float) and math.isnan(x))


def number(x: float, compact: bool = True) -> str:
    """1300000000 -> '1.3 billion', 464000 -> '464,000', 68.5 -> '68.5'."""
    if _missing(x):
        return ""
    if compact and abs(x) >= 1e6:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(x) >= scale:
                return f"{x / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{x:,.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x):,}"


def with_unit(x: float, unit: str, compact: bool = True) -> str:
    text = number(x, compact)
    if unit in CURRENCY_PREFIX:
        return CURRENCY_PREFIX[unit] + text
    if len(unit) == 3 and unit.isupper():
        return f"{unit} {text}"
    suffix = UNIT_WORDS.get(unit, "")
    if unit in ("percent", "times", "percentage_point"):
        return text + suffix
    return f"{text} {suffix}".strip()


def display_value(row, compact: bool = True) -> str:
    """The value as the source qualifies it: '120,000+', '~464,000', 'RMB 30,000–150,000'."""
    unit, qualifier = row["unit"], row["qualifier"]
    if qualifier == "range":
        low, high = with_unit(row["low"], unit, compact), number(row["high"], compact)
        if unit == "percent":
            low = number(row["low"], compact)
            high += "%"
        elif unit not in CURRENCY_PREFIX and not (len(unit) == 3 and unit.isupper()):
            low = number(row["low"], compact)
            high = with_unit(row["high"], unit, compact)
        return f"{low}–{high}"
    if qualifier == "order_of_magnitude":
        words = row.get("number_text") or ""
        return f"{words} (≥ {with_unit(row['low'], unit, compact)})" if words else f"≥ {with_unit(row['low'], unit, compact)}"
    text = with_unit(row["value"], unit, compact)
    return {"lower_bound": f"{text}+", "approximate": f"~{text}", "upper_bound": f"≤ {text}"}.get(qualifier, text)


def period_label(row) -> str:
    """'2022', 'as of 6 May 2024', 'March 2022', 'date not stated'."""
    period, kind = row.get("period") or "", row.get("period_type") or ""
    if not period:
        return "date not stated"
    text = date_label(period) if "/" not in period else period.replace("/", "–")
    return f"as of {text}" if kind == "as_of" else text


def date_label(date: str, qualifier: str = "") -> str:
    """ISO partial date in words at its own precision: '2023', 'August 2023', '8 August 2023'."""
    parts = date.split("-")
    if len(parts) == 1:
        text = parts[0]
    elif len(parts) == 2:
        text = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    else:
        text = f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"{qualifier} {text}".strip()


def source_name(source: dict) -> str:
    """A source as a reader would cite it: title (or file), publisher, with unknowns said."""
    title = source.get("title") or f"untitled article ({source.get('file')})"
    publisher = source.get("publisher") or "publisher unknown"
    if source.get("publisher_status") == "inferred":
        publisher += " (inferred)"
    return f"“{title}”, {publisher}"


def attribution(row, source: dict) -> str:
    """'Supreme People's Court, quoted in “…”, CLW (inferred)' — who said it, and where we read it."""
    who = row.get("attributed_to") or ""
    where = source_name(source)
    return f"{who}, quoted in {where}" if who else where


def citation(title: str, rows, sources, accessed: str, url: str) -> tuple[str, str]:
    """(short, full) citations of a chart: the original producers, the articles, the dashboard."""
    producers, articles, titles = [], [], []
    for _, row in rows.iterrows():
        source = sources.loc[row["source_id"]].to_dict()
        who = row.get("attributed_to") or ""
        if who and who not in producers:
            producers.append(who)
        parts = [source.get("author") or "", f"“{source.get('title') or 'untitled article'}”",
                 source.get("publisher") or "publisher unknown", source.get("date_published") or "n.d."]
        if source.get("url"):
            parts.append(source["url"])
        article = ", ".join(p for p in parts if p)
        if article not in articles:
            articles.append(article)
            titles.append(f"“{source.get('title') or 'untitled article'}”")
    said = "; ".join(producers) if producers else "the articles themselves"
    where = titles[0] if len(titles) == 1 else f"{len(titles)} articles"
    short = f"{said}, quoted in {where}; Scam Figures, “{title}”, accessed {accessed}."
    quoted_in = "; ".join(articles)
    full = (f"Figures from {said}, as quoted in: {quoted_in}{'' if quoted_in.endswith('.') else '.'} "
            f"Compiled in Scam Figures, chart “{title}”, {url}, accessed {accessed}.")
    return short, full
