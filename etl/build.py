"""The whole build: sources -> figures, derived figures, events, mentions -> `data/`.

`build` runs every stage in memory and returns the bytes of each output file; nothing
is written unless every stage succeeded. `write` then replaces the files in `data/`
through temporary files and renames, so a failed or interrupted build leaves the
previous data as it was. `stale` compares a build with the committed files.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from etl.datapackage import TABLES, check_row, columns, datapackage_json
from etl.charts import load_charts
from etl.derived import load_derived
from etl.errors import EtlError
from etl.events import load_events
from etl.statistics import load_statistics
from etl.indicators import load_indicators
from etl.mentions import build_mentions
from etl.producers import load_originals, load_producers
from etl.provenance import provenance_jsonld
from etl.translations import dictionary
from etl.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    seeds: Path = ROOT / "seeds"
    catalog: Path = ROOT / "etl" / "catalog"
    data: Path = ROOT / "data"


@dataclass(frozen=True)
class Build:
    outputs: dict[str, bytes]
    unreviewed: list[dict]


def format_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return format(value.to_integral_value(), "f")
        return format(value.normalize(), "f")
    return str(value)


def to_csv(table: str, rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = columns(table)
    writer.writerow(names)
    for row in rows:
        check_row(table, row)
        writer.writerow([format_cell(row[name]) for name in names])
    return out.getvalue().encode("utf-8")


# Columns that must be the source's own characters: (table, text column, start column, end column).
EXACT_SPANS = (("figures", "quote", "char_start", "char_end"),
               ("figures", "number_text", "number_start", "number_end"),
               ("figures", "attribution_text", "attribution_start", "attribution_end"),
               ("events", "quote", "char_start", "char_end"),
               ("mentions", "text", "char_start", "char_end"))


def verify_spans(tables: dict[str, list[dict]], texts: dict[str, str]) -> None:
    """Every quoted column slices its source back to itself, hidden characters included."""
    for table, column, start, end in EXACT_SPANS:
        for row in tables[table]:
            if row[column] and texts[row["source_id"]][row[start]:row[end]] != row[column]:
                raise EtlError(f"data/{table}.csv", row[columns(table)[0]], column,
                               f"is not the source's text at {row[start]}-{row[end]}: the build is wrong, not "
                               "the catalog (report it)")
    for row in tables["mentions"]:
        if row["sentence"] not in texts[row["source_id"]]:
            raise EtlError("data/mentions.csv", row["mention_id"], "sentence", "is not word for word in the source")


def build(paths: Paths = Paths()) -> Build:
    sources = load_sources(paths.seeds)
    indicators = load_indicators(paths.catalog)
    producers = load_producers(paths.catalog)
    originals = load_originals(paths.catalog, producers)
    figures = load_statistics(paths.catalog, sources, indicators, producers, originals)
    figures += load_derived(paths.catalog, figures, indicators)
    used = {row["indicator"] for row in figures}
    unused = sorted(set(indicators) - used)
    if unused:
        raise EtlError(paths.catalog / "indicators.yaml", unused[0], "indicator",
                       "no figure uses this indicator: remove it or catalogue a figure for it")
    charts = load_charts(paths.catalog, indicators)
    events = load_events(paths.catalog, sources)
    mentions = build_mentions(paths.catalog, sources, figures, events)
    verify_spans({"figures": figures, "events": events, "mentions": mentions},
                 {source_id: source.text for source_id, source in sources.items()})
    source_rows = [source.row for source in sources.values()]
    outputs = {
        "figures.csv": to_csv("figures", figures),
        "indicators.csv": to_csv("indicators", list(indicators.values())),
        "sources.csv": to_csv("sources", source_rows),
        "mentions.csv": to_csv("mentions", mentions),
        "events.csv": to_csv("events", events),
        "charts.csv": to_csv("charts", charts),
        "producers.csv": to_csv("producers", list(producers.values())),
        "originals.csv": to_csv("originals", list(originals.values())),
        "provenance.jsonld": provenance_jsonld(figures, source_rows, list(producers.values()),
                                               list(originals.values())).encode("utf-8"),
        "datapackage.json": datapackage_json(source_rows, dictionary(paths.catalog, TABLES)).encode("utf-8"),
    }
    return Build(outputs, [m for m in mentions if m["status"] == "unreviewed"])


def write(outputs: dict[str, bytes], data: Path) -> list[str]:
    """Replace the files in `data` atomically; return the names that changed."""
    data.mkdir(parents=True, exist_ok=True)
    changed = [name for name, content in outputs.items()
               if not (data / name).is_file() or (data / name).read_bytes() != content]
    staged = []
    try:
        for name in changed:
            handle, temporary = tempfile.mkstemp(dir=data, prefix=f".{name}.", suffix=".tmp")
            with os.fdopen(handle, "wb") as file:
                file.write(outputs[name])
            staged.append((temporary, data / name))
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return changed


def stale(outputs: dict[str, bytes], data: Path) -> list[str]:
    """Output files whose committed copy in `data` differs from this build."""
    return [name for name, content in outputs.items()
            if not (data / name).is_file() or (data / name).read_bytes() != content]
