"""Producers and original publications: who first published a number, and where.

`etl/catalog/producers.yaml` lists every real-world producer once, under one canonical
name; `etl/catalog/originals.yaml` the original publications (a report, a court's work
report, a press conference) that figures come from. An original's title, date and URL
each carry a status like a source's metadata: `stated` by the article, `inferred` (the
note says how: the article's own words, or a public record looked up), or `unknown`
(then empty). Nothing is filled in that cannot be established.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from etl.datapackage import new_row
from etl.entries import Schema, check_partial_date, known, load_entries
from etl.errors import EtlError
from etl.translations import translated
from etl.terms import METADATA_STATUSES, PRODUCER_KINDS

PRODUCER_SCHEMA = Schema(
    key="producer_id",
    required={"producer_id": str, "name": str, "kind": str},
    optional={"name_short": str, "name_zh": str, "country": str, "note": str},
)
ORIGINAL_FIELDS = ("title", "date_published", "url")
ORIGINAL_SCHEMA = Schema(
    key="original_id",
    required={"original_id": str, "producer_id": str, **{f"{name}_status": str for name in ORIGINAL_FIELDS}},
    optional={"title": str, "date_published": (str, int, dt.date), "url": str, "note": str},
)


def load_producers(catalog: Path) -> dict[str, dict]:
    path = catalog / "producers.yaml"
    producers = {}
    for entry in load_entries(path, "producers", PRODUCER_SCHEMA):
        producer_id = entry["producer_id"]
        if entry["kind"] not in PRODUCER_KINDS:
            raise EtlError(path, producer_id, "kind", f"expected one of {', '.join(PRODUCER_KINDS)}")
        country = entry.get("country") or ""
        if country and not (len(country) == 2 and country.isalpha() and country.isupper()):
            raise EtlError(path, producer_id, "country", "use an ISO 3166 two-letter code (CN, MM), or leave it "
                           "empty for an international body")
        translated(catalog, path, producer_id, entry, "name")   # every producer has its Chinese name
        row = new_row("producers")
        row.update({column: entry.get(column) or "" for column in row})
        row["name_short"] = row["name_short"] or row["name"]
        producers[producer_id] = row
    return producers


def load_originals(catalog: Path, producers: dict[str, dict]) -> dict[str, dict]:
    path = catalog / "originals.yaml"
    originals = {}
    for entry in load_entries(path, "originals", ORIGINAL_SCHEMA):
        original_id = entry["original_id"]
        known(producers, entry["producer_id"], path, original_id, "producer_id", "producer",
              "etl/catalog/producers.yaml")
        row = new_row("originals")
        row.update({"original_id": original_id, "producer_id": entry["producer_id"], "note": entry.get("note") or ""})
        for name in ORIGINAL_FIELDS:
            status, value = entry[f"{name}_status"], entry.get(name)
            value = value.isoformat() if isinstance(value, dt.date) else "" if value is None else str(value)
            if status not in METADATA_STATUSES:
                raise EtlError(path, original_id, f"{name}_status", f"expected one of {', '.join(METADATA_STATUSES)}")
            if (status == "unknown") == bool(value):
                raise EtlError(path, original_id, name, "give a value with status stated or inferred, and none "
                               "with status unknown: never fill in what cannot be established")
            if status == "inferred" and not entry.get("note"):
                raise EtlError(path, original_id, "note", f"{name} is inferred: say in note how it was established")
            if name == "date_published":
                check_partial_date(value, path, original_id, name)
            row[name], row[f"{name}_status"] = value, status
        originals[original_id] = row
    return originals
