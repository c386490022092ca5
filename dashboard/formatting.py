"""How a figure reads in words: value with its qualifier, unit, period and source line.

Pure functions of a figure row (a dict or pandas row), shared by cards, charts, tables
and exports so that "120,000+" or "~464,000" reads the same everywhere. No Dash here.
"""
from __future__ import annotations

import math

from dashboard import formatting_zh, i18n
from etl.vocabulary import CURRENCIES, UNITS

CURRENCY_PREFIX = {code: prefix for code, (prefix, _) in CURRENCIES.items()}
N_ = i18n.N_
QUALIFIER_WORDS = {"exact": N_("as stated"), "approximate": N_("approximate"), "lower_bound": N_("lower bound"),
                   "upper_bound": N_("upper bound"), "range": N_("range"),
                   "order_of_magnitude": N_("order of magnitude"), "derived": N_("derived by formula")}
MONTHS = "January February March April May June July August September October November December".split()


def qualifier_words(qualifier: str) -> str:
    """How exact a figure is, in words of the active language ('lower bound', '下限')."""
    return i18n.tr(QUALIFIER_WORDS[qualifier])


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
    return text + UNITS.get(unit, (f" {unit}", ""))[0]


def display_value(row, compact: bool = True) -> str:
    """The value as the source qualifies it: '120,000+', '~464,000', 'RMB 30,000–150,000' (or in Chinese)."""
    if i18n.current() == "zh":
        return formatting_zh.display_value(row)
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
    """'2022', 'as of 6 May 2024', 'March 2022', 'date not stated' (or in Chinese)."""
    if i18n.current() == "zh":
        return formatting_zh.period_label(row)
    period, kind = row.get("period") or "", row.get("period_type") or ""
    if not period:
        return "date not stated"
    text = date_label(period) if "/" not in period else period.replace("/", "–")
    return f"as of {text}" if kind == "as_of" else text


def date_label(date: str, qualifier: str = "") -> str:
    """ISO partial date in words at its own precision: '2023', 'August 2023', '8 August 2023' (or in Chinese)."""
    if i18n.current() == "zh":
        return formatting_zh.date_label(date, qualifier)
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
    title = source.get("title") or i18n.tr("untitled article ({file})").format(file=source.get("file"))
    publisher = source.get("publisher") or i18n.tr("publisher unknown")
    if source.get("publisher_status") == "inferred":
        publisher += i18n.tr(" (inferred)")
    return f"“{title}”{i18n.tr(', ')}{publisher}"


def article_short(source: dict) -> str:
    """An article as an audience reads it at a glance: its publisher, else its title."""
    return source.get("publisher") or (f"“{source['title']}”" if source.get("title") else "an unnamed article")


def _year(original: dict | None) -> str:
    return f" ({original['date_published'][:4]})" if original and original.get("date_published") else ""


def credit(row, source: dict, producer: dict | None = None, original: dict | None = None) -> str:
    """Who said it, producer first, for a source line printed in an image or slide:
    'OHCHR (2023), as reported by CLW'. No internal flags: those live in citations."""
    if i18n.current() == "zh":
        return formatting_zh.credit(row, source, producer, original)
    article = article_short(source)
    if row.get("computed_by") == "scam_figures":
        return f"computed by Scam Figures from figures reported by {article}"
    if row.get("computed_by") == "article":
        return f"{article}'s own conversion"
    if producer:
        return f"{producer['name_short']}{_year(original)}, as reported by {article}"
    return article


def attribution(row, source: dict, producer: dict | None = None, original: dict | None = None) -> str:
    """The chain in words, for pages: 'Office of the UN High Commissioner for Human Rights, “Online
    scam operations …” (2023-08), as reported in “…”, CLW (inferred)'."""
    if i18n.current() == "zh":
        return formatting_zh.attribution(row, source, producer, original)
    where = source_name(source)
    if row.get("computed_by") == "scam_figures":
        return f"computed by Scam Figures from figures quoted in {where}"
    if row.get("computed_by") == "article":
        return f"the article's own conversion, in {where}"
    if not producer:
        return where
    title = f", “{original['title']}”" if original and original.get("title") else ""
    date = f" ({original['date_published']})" if original and original.get("date_published") else ""
    return f"{producer['name']}{title}{date}, as reported in {where}"


def citation(title: str, rows, dataset, accessed: str, url: str) -> tuple[str, str]:
    """(short, full) citations of a chart: the original producers first, the articles, the dashboard.
    `dataset` gives each row's (source, producer, original) through `credit_parts`."""
    if i18n.current() == "zh":
        return formatting_zh.citation(title, rows, dataset, accessed, url)
    producers, articles, titles, caveats = [], [], [], []
    for _, row in rows.iterrows():
        source, producer, original = dataset.credit_parts(row)
        who = credit(row, source, producer, original)
        if who not in producers:
            producers.append(who)
        if row.get("caveat_text") and row["caveat_text"] not in caveats:
            caveats.append(row["caveat_text"])
        parts = [source.get("author") or "", f"“{source.get('title') or 'untitled article'}”",
                 source.get("publisher") or "publisher unknown", source.get("date_published") or "n.d."]
        if source.get("url"):
            parts.append(source["url"])
        article = ", ".join(p for p in parts if p)
        if article not in articles:
            articles.append(article)
            titles.append(f"“{source.get('title') or 'untitled article'}”")
    said = "; ".join(producers)
    short = f"{said}; Scam Figures, “{title}”, accessed {accessed}."
    quoted_in = "; ".join(articles)
    keep_in_mind = f" Keep in mind: {' '.join(caveats)}" if caveats else ""
    full = (f"Figures from {said}, as quoted in: {quoted_in}{'' if quoted_in.endswith('.') else '.'} "
            f"Compiled in Scam Figures, chart “{title}”, {url}, accessed {accessed}.{keep_in_mind}")
    return short, full
