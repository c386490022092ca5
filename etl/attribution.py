"""Attribution and caveats of a statistic: who produced it, the words that say so, what to keep in mind.

`attribution(...)` checks a catalog entry's `producer`, `original`, `attribution`
(stated | inferred | none), `attribution_text`, `attribution_note` and `computed_by`
against the producers, the originals and the source text, and returns the columns of
the figures table they fill. `caveats(...)` does the same for `caveats` and
`caveat_text`. The rules:
- stated: the source names the producer in the quote's paragraph, and `attribution_text`
  holds those words exactly (found once in that paragraph; offsets are stored and
  re-checked at every build like the quote's);
- inferred: established otherwise; `attribution_note` says how;
- none: nobody is cited; the article itself is then the producer, so no producer is given;
- a number the article converted (`computed_by: article`) or we computed
  (`computed_by: scam_figures`, derived rows) never carries a producer of its own.
"""
from __future__ import annotations

from pathlib import Path

from etl.entries import known
from etl.errors import EtlError
from etl.terms import ATTRIBUTION_STATUSES, CAVEATS, COMPUTED_BY

FIELDS = {"producer": str, "original": str, "attribution": str, "attribution_text": str,
          "attribution_note": str, "computed_by": str, "converted_from": str}
CAVEAT_FIELDS = {"caveats": list, "caveat_text": str, "caveat_text_zh": str}


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the paragraph (a line of the source) holding text[start:end]."""
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def attribution(path: Path, figure_id: str, entry: dict, text: str, quote_start: int, quote_end: int,
                producers: dict, originals: dict) -> dict:
    status = entry["attribution"]
    producer_id, original_id = entry.get("producer") or "", entry.get("original") or ""
    words, note = entry.get("attribution_text") or "", entry.get("attribution_note") or ""
    computed_by = entry.get("computed_by") or ""
    if status not in ATTRIBUTION_STATUSES:
        raise EtlError(path, figure_id, "attribution", f"expected one of {', '.join(ATTRIBUTION_STATUSES)}")
    if computed_by and computed_by not in COMPUTED_BY:
        raise EtlError(path, figure_id, "computed_by", f"expected one of {', '.join(COMPUTED_BY)}, or leave it "
                       "out for a producer's own number")
    if computed_by and (producer_id or original_id):
        raise EtlError(path, figure_id, "producer", f"a number computed by the {computed_by.replace('_', ' ')} "
                       "has no producer of its own: remove producer/original (say what it was converted from "
                       "with converted_from)")
    if producer_id:
        known(producers, producer_id, path, figure_id, "producer", "producer", "etl/catalog/producers.yaml")
    if original_id:
        original = known(originals, original_id, path, figure_id, "original", "original",
                         "etl/catalog/originals.yaml")
        if original["producer_id"] != producer_id:
            raise EtlError(path, figure_id, "original", f"{original_id} was published by "
                           f"{original['producer_id']}, not {producer_id or 'nobody'}")
    if status == "none" and (producer_id or words):
        raise EtlError(path, figure_id, "attribution", "'none' means nobody is cited: remove producer and "
                       "attribution_text, or say stated/inferred")
    if status != "none" and not producer_id and not computed_by:
        raise EtlError(path, figure_id, "producer", f"attribution is {status}: name the producer")
    if status == "stated" and not words:
        raise EtlError(path, figure_id, "attribution_text", "a stated attribution needs the source's own words "
                       "that name the producer, copied exactly from the quote's paragraph")
    if status == "inferred" and not note:
        raise EtlError(path, figure_id, "attribution_note", "an inferred attribution needs a note saying how "
                       "it was established")
    start = end = None
    if words:
        first, last = paragraph(text, quote_start, quote_end)
        found = text.find(words, first, last)
        if found < 0:
            raise EtlError(path, figure_id, "attribution_text", f"{words[:60]!r} is not in the quote's paragraph: "
                           "copy the exact characters (non-breaking spaces included)")
        if text.find(words, found + 1, last) >= 0:
            raise EtlError(path, figure_id, "attribution_text", f"{words[:60]!r} occurs more than once in the "
                           "quote's paragraph: copy more words")
        start, end = found, found + len(words)
    return {"producer_id": producer_id, "original_id": original_id, "attribution_status": status,
            "attribution_text": words, "attribution_start": start, "attribution_end": end,
            "attribution_note": note, "computed_by": computed_by,
            "converted_from": entry.get("converted_from") or "",
            "attributed_to": producers[producer_id]["name"] if producer_id else ""}


def caveats(path: Path, figure_id: str, entry: dict) -> dict:
    kinds, words = entry.get("caveats") or [], entry.get("caveat_text") or ""
    unknown = [kind for kind in kinds if kind not in CAVEATS]
    if unknown:
        raise EtlError(path, figure_id, "caveats", f"unknown caveat {unknown[0]!r}: use {', '.join(CAVEATS)}")
    if len(set(kinds)) != len(kinds):
        raise EtlError(path, figure_id, "caveats", "list each caveat once")
    if kinds and not words:
        raise EtlError(path, figure_id, "caveat_text", "say the caveats in plain words for readers")
    return {"caveats": ";".join(kinds), "caveat_text": words}
