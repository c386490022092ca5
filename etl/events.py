"""Events: dated happenings the sources report, for the timeline, from `etl/catalog/events.yaml`.

An event's date is no more precise than the source gives ("2023-08" for "August 2023",
"2016" with qualifier "end of" for "towards the end of 2016"), and its quote must
contain that year or date as the parser reads it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from etl import numbers
from etl.entries import Schema, check_partial_date, known, load_entries
from etl.datapackage import new_row
from etl.errors import EtlError
from etl.quotes import locate
from etl.sources import Source
from etl.terms import DATE_QUALIFIERS
from etl.translations import place, translated
SCHEMA = Schema(
    key="event_id",
    required={"event_id": str, "source_id": str, "date": (str, int, dt.date), "label": str,
              "geography": str, "quote": str},
    optional={"date_qualifier": str, "attributed_to": str, "note": str, "label_zh": str, "quote_zh": str},
)


def load_events(catalog: Path, sources: dict[str, Source]) -> list[dict]:
    path = catalog / "events.yaml"
    rows = []
    for entry in load_entries(path, "events", SCHEMA):
        event_id = entry["event_id"]
        source = known(sources, entry["source_id"], path, event_id, "source_id", "source", "seeds/sources.yaml")
        date = check_partial_date(entry["date"], path, event_id, "date")
        qualifier = entry.get("date_qualifier") or ""
        if qualifier not in DATE_QUALIFIERS:
            raise EtlError(path, event_id, "date_qualifier",
                           f"expected one of {', '.join(repr(q) for q in DATE_QUALIFIERS)}")
        start = locate(source.text, entry["quote"], path, event_id, source.file)
        dates = [m.date for m in numbers.scan(entry["quote"]) if m.kind in (numbers.YEAR, numbers.DATE)]
        if date not in dates:
            raise EtlError(path, event_id, "date", f"{date} is not a date in the quote (the quote "
                           f"has {', '.join(dates) or 'no date'}): dates are never more precise "
                           "than the source")
        row = new_row("events")
        row.update({
            "event_id": event_id, "date": date, "date_precision": {4: "year", 7: "month", 10: "day"}[len(date)],
            "date_qualifier": qualifier, "label": entry["label"],
            "label_zh": translated(catalog, path, event_id, entry, "label"), "geography": entry["geography"],
            "geography_zh": place(catalog, path, event_id, entry["geography"]),
            "quote_zh": translated(catalog, path, event_id, entry, "quote"),
            "source_id": source.source_id, "source_file": source.file,
            "attributed_to": entry.get("attributed_to") or "", "quote": entry["quote"],
            "char_start": start, "char_end": start + len(entry["quote"]), "note": entry.get("note") or "",
        })
        rows.append(row)
    return sorted(rows, key=lambda row: (row["date"], row["event_id"]))
