"""Mentions: every numeric mention in every source, and whether a curator reviewed it.

Each mention found by `etl.numbers.scan` gets a status:
- `catalogued`: it is the number of a catalogued figure, or the year/date that dates a
  figure or an event whose quote contains it;
- `dismissed`: a reviewed entry of `etl/catalog/dismissals.yaml` covers it, either a
  quote around it with a reason, or a per-source rule for a whole parser kind (every
  `year` of this source is a calendar date) with a reason;
- `unreviewed`: nothing covers it. `python -m etl --check` fails while any remain.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from etl import numbers
from etl.entries import Schema, known, load_entries
from etl.datapackage import new_row
from etl.errors import EtlError
from etl.quotes import locate
from etl.sources import Source
from etl.terms import DISMISSAL_REASONS, MENTION_KINDS
SCHEMA = Schema(key="source_id", unique=False,
                required={"source_id": str, "reason": str},
                optional={"quote": str, "kinds": list, "note": str})
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9])|\n\s*\n|\n(?=\S)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|vs|etc|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr"
                           r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Lt|Sen|Rep|Gov|Prof))\.$")


REVIEWED = ("value", "low", "high", "unit", "qualifier", "qualifier_text")  # a catalogued mention reads as its figure


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of `text` (paragraph breaks always end one)."""
    bounds = [0]
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1):
            continue
        bounds.append(m.end())
    return bounds


def _dismissals(catalog: Path, sources: dict[str, Source]):
    path = catalog / "dismissals.yaml"
    spans, kinds = {}, {}
    for index, entry in enumerate(load_entries(path, "dismissals", SCHEMA), start=1):
        name = f"entry {index} ({entry['source_id']})"
        source = known(sources, entry["source_id"], path, name, "source_id", "source", "seeds/sources.yaml")
        if entry["reason"] not in DISMISSAL_REASONS:
            raise EtlError(path, name, "reason", f"expected one of {', '.join(DISMISSAL_REASONS)}")
        if bool(entry.get("quote")) == bool(entry.get("kinds")):
            raise EtlError(path, name, "quote", "give either a quote or a list of kinds")
        if entry.get("kinds"):
            for kind in entry["kinds"]:
                if kind not in MENTION_KINDS or kind == numbers.QUANTITY:
                    raise EtlError(path, name, "kinds", f"{kind!r}: whole kinds may be dismissed only "
                                   f"for {', '.join(k for k in MENTION_KINDS if k != numbers.QUANTITY)}; "
                                   "dismiss quantities one quote at a time")
                kinds[(source.source_id, kind)] = entry["reason"]
        else:
            start = locate(source.text, entry["quote"], path, name, source.file)
            spans.setdefault(source.source_id, []).append(
                (start, start + len(entry["quote"]), entry["reason"], name))
    return spans, kinds, path


def build_mentions(catalog: Path, sources: dict[str, Source], figures: list[dict],
                   events: list[dict]) -> list[dict]:
    spans, kind_rules, path = _dismissals(catalog, sources)
    used = set()
    rows = []
    for source in sources.values():
        text = source.text
        bounds = sentence_bounds(text)
        own_figures = [f for f in figures if f["source_id"] == source.source_id and f["quote"]]
        own_events = [e for e in events if e["source_id"] == source.source_id]
        for m in numbers.scan(text):
            status, figure_id, event_id, reason = "unreviewed", "", "", ""
            is_date = m.kind in (numbers.YEAR, numbers.DATE)
            inside = lambda row: row["char_start"] <= m.char_start and m.char_end <= row["char_end"]
            hit = next((f for f in own_figures if m.char_start < f["number_end"]
                        and f["number_start"] < m.char_end), None)
            if hit is None and is_date:
                hit = next((f for f in own_figures if inside(f) and f["period"] == m.date), None)
            if hit is not None:
                status, figure_id = "catalogued", hit["figure_id"]
            elif is_date and (event := next((e for e in own_events if inside(e) and e["date"] == m.date), None)):
                status, event_id = "catalogued", event["event_id"]
            else:
                span = next((s for s in spans.get(source.source_id, ())
                             if s[0] <= m.char_start and m.char_end <= s[1]), None)
                if span is not None:
                    status, reason = "dismissed", span[2]
                    used.add(span)
                elif (source.source_id, m.kind) in kind_rules:
                    status, reason = "dismissed", kind_rules[(source.source_id, m.kind)]
            index = bisect.bisect_right(bounds, m.char_start) - 1
            sentence_end = bounds[index + 1] if index + 1 < len(bounds) else len(text)
            row = new_row("mentions")
            row.update({
                "mention_id": f"{source.source_id}:{m.char_start}", "source_id": source.source_id,
                "char_start": m.char_start, "char_end": m.char_end, "text": m.text, "kind": m.kind,
                "value": m.value, "low": m.low, "high": m.high,
                "unit": m.unit if m.kind == numbers.QUANTITY else "", "qualifier":
                m.qualifier if m.kind == numbers.QUANTITY else "", "qualifier_text": m.qualifier_text,
                "date": m.date, "sentence": text[bounds[index]:sentence_end].strip(),
                "status": status, "figure_id": figure_id, "event_id": event_id, "reason": reason,
            })
            if hit is not None and m.kind == numbers.QUANTITY:  # the review wins: both tables say the same
                row.update({name: hit[name] for name in REVIEWED})
            rows.append(row)
    for source_id, entries in spans.items():
        for span in entries:
            if span not in used:
                raise EtlError(path, span[3], "quote", "this dismissal covers no open mention: "
                               "remove it (or the mention is already catalogued)")
    return rows
