"""Statistics: the reviewed catalog `etl/catalog/figures.yaml`, checked against the sources.

A statistic is one number a source states (a row of `data/figures.csv`; the public
names keep the word "figure"). For each catalog entry we find its quote in the source
(exactly once), find the number inside the quote with `etl.numbers`, and fail unless
the parsed value, low/high, unit and qualifier are those the catalog states. A stated
period must appear in the quote as a year or date. Every output row carries the quote
and its character offsets, and the offsets of the number itself, so the dashboard can
highlight it. Derived statistics are `etl.derived`'s.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from etl import attribution, numbers
from etl.entries import Schema, as_decimal, check_partial_date, known, load_entries
from etl.datapackage import new_row
from etl.errors import EtlError
from etl.indicators import indicator_of
from etl.quotes import locate
from etl.sources import Source
from etl.translations import place, translated
from etl.terms import PARSED_QUALIFIERS, PERIOD_TYPES, is_currency
SCHEMA = Schema(
    key="figure_id",
    required={"figure_id": str, "source_id": str, "indicator": str, "unit": str,
              "qualifier": str, "quote": str, "geography": str, "subject": str, "attribution": str},
    optional={"value": (int, float, str), "low": (int, float, str), "high": (int, float, str),
              "number": str, "period": (str, int, dt.date), "period_type": str,
              "note": str, "subject_zh": str, "quote_zh": str, **attribution.FIELDS, **attribution.CAVEAT_FIELDS},
)


def _fmt(number: Decimal | None) -> str:
    if number is None:
        return "none"
    return format(number.normalize(), "f")


def _check_shape(path: Path, figure_id: str, entry: dict, value, low, high) -> None:
    qualifier = entry["qualifier"]
    if qualifier not in PARSED_QUALIFIERS:
        raise EtlError(path, figure_id, "qualifier", f"expected one of {', '.join(PARSED_QUALIFIERS)}, "
                       f"found {qualifier!r}")
    if qualifier == numbers.RANGE and (low is None or high is None or value is not None):
        raise EtlError(path, figure_id, "value", "a range gives low and high, and no value")
    if qualifier == numbers.MAGNITUDE and (low is None or value is not None):
        raise EtlError(path, figure_id, "low", "an order of magnitude gives low (e.g. 1000 for "
                       "'thousands'), and no value")
    if qualifier not in (numbers.RANGE, numbers.MAGNITUDE) and (value is None or low or high):
        raise EtlError(path, figure_id, "value", f"a {qualifier} figure gives value, not low/high")


def _number_in_quote(path: Path, figure_id: str, entry: dict, quote: str) -> numbers.Mention:
    """The one mention the figure is about, with offsets relative to the quote."""
    chosen = entry.get("number")
    if chosen:
        at = quote.find(chosen)
        if at < 0:
            raise EtlError(path, figure_id, "number", f"{chosen!r} is not in the quote")
        if quote.find(chosen, at + 1) >= 0:
            raise EtlError(path, figure_id, "number", f"{chosen!r} occurs more than once in the "
                           "quote: quote a longer number text")
        found = [m for m in numbers.scan(chosen) if m.kind == numbers.QUANTITY]
        if len(found) != 1 or found[0].text != chosen.strip():
            raise EtlError(path, figure_id, "number", f"{chosen!r} must be exactly one number "
                           f"as the parser reads it (it reads {[m.text for m in found]})")
        m = found[0]
        return m._replace(char_start=at + m.char_start, char_end=at + m.char_end)
    found = [m for m in numbers.scan(quote) if m.kind == numbers.QUANTITY]
    if not found:
        raise EtlError(path, figure_id, "quote", "the quote holds no number the parser can read")
    if len(found) > 1:
        raise EtlError(path, figure_id, "number", f"the quote holds {len(found)} numbers "
                       f"({', '.join(repr(m.text) for m in found)}): say which with 'number:'")
    return found[0]


def _compare(path: Path, figure_id: str, entry: dict, parsed: numbers.Mention,
             value, low, high) -> None:
    if entry["unit"] == "percent":   # "half" is catalogued as 50 percent
        parsed = numbers.in_percent(parsed)
    said = f"the source's words {parsed.text!r} read as"
    for field_name, stated, read in (("value", value, parsed.value), ("low", low, parsed.low),
                                     ("high", high, parsed.high)):
        if (stated is None) != (read is None) or (stated is not None and stated != read):
            raise EtlError(path, figure_id, field_name,
                           f"catalog says {_fmt(stated)} but {said} {field_name} {_fmt(read)}")
    if entry["unit"] != parsed.unit:
        raise EtlError(path, figure_id, "unit",
                       f"catalog says {entry['unit']!r} but {said} unit {parsed.unit!r}")
    if entry["qualifier"] != parsed.qualifier:
        raise EtlError(path, figure_id, "qualifier",
                       f"catalog says {entry['qualifier']!r} but {said} {parsed.qualifier!r}")


def _period(path: Path, figure_id: str, entry: dict, quote_mentions) -> tuple[str, str]:
    period = check_partial_date(entry.get("period"), path, figure_id, "period")
    period_type = entry.get("period_type") or ("during" if period else "unstated")
    if period_type not in PERIOD_TYPES:
        raise EtlError(path, figure_id, "period_type", f"expected one of {', '.join(PERIOD_TYPES)}")
    if bool(period) == (period_type == "unstated"):
        raise EtlError(path, figure_id, "period_type",
                       "give a period with 'during' or 'as_of', or no period with 'unstated'")
    if period and not any(m.date == period for m in quote_mentions
                          if m.kind in (numbers.YEAR, numbers.DATE)):
        raise EtlError(path, figure_id, "period", f"period {period} is not a year or date in the "
                       "quote: lengthen the quote to include it, or leave the period out")
    return period, period_type


def load_statistics(catalog: Path, sources: dict[str, Source], indicators: dict[str, dict],
                    producers: dict[str, dict], originals: dict[str, dict]) -> list[dict]:
    """Catalogued statistics as rows of the figures table (Decimal values), each verified against its source."""
    path = catalog / "figures.yaml"
    rows = []
    for entry in load_entries(path, "figures", SCHEMA):
        figure_id = entry["figure_id"]
        source = known(sources, entry["source_id"], path, figure_id, "source_id", "source", "seeds/sources.yaml")
        indicator_of(indicators, entry, path, figure_id)
        value, low, high = (as_decimal(entry.get(k), path, figure_id, k) for k in ("value", "low", "high"))
        _check_shape(path, figure_id, entry, value, low, high)
        quote = entry["quote"]
        start = locate(source.text, quote, path, figure_id, source.file)
        parsed = _number_in_quote(path, figure_id, entry, quote)
        _compare(path, figure_id, entry, parsed, value, low, high)
        period, period_type = _period(path, figure_id, entry, numbers.scan(quote))
        row = new_row("figures")
        row.update({
            "figure_id": figure_id, "indicator": entry["indicator"], "value": value, "low": low,
            "high": high, "unit": entry["unit"], "currency": entry["unit"] if is_currency(entry["unit"]) else "",
            "qualifier": entry["qualifier"], "qualifier_text": parsed.qualifier_text,
            "period": period, "period_type": period_type, "geography": entry["geography"],
            "subject": entry["subject"], "source_id": source.source_id, "source_file": source.file,
            "quote": quote,
            "char_start": start, "char_end": start + len(quote),
            "number_text": parsed.text, "number_start": start + parsed.char_start,
            "number_end": start + parsed.char_end, "note": entry.get("note") or "",
            **attribution.attribution(path, figure_id, entry, source.text, start, start + len(quote),
                                      producers, originals),
            **attribution.caveats(path, figure_id, entry),
            "caveat_text_zh": translated(catalog, path, figure_id, entry, "caveat_text"),
            "geography_zh": place(catalog, path, figure_id, entry["geography"]),
            "subject_zh": translated(catalog, path, figure_id, entry, "subject"),
            "quote_zh": translated(catalog, path, figure_id, entry, "quote"),
        })
        rows.append(row)
    figure_ids = {row["figure_id"] for row in rows}
    for row in rows:
        if row["converted_from"] and row["converted_from"] not in figure_ids:
            raise EtlError(path, row["figure_id"], "converted_from", f"unknown figure {row['converted_from']!r}")
    return rows
