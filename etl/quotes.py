"""Finding a quoted passage in a source: exactly once, character for character.

Matching is exact: no case folding, no whitespace or punctuation normalisation, so
the stored offsets always slice the source back to the very words quoted. When an
exact match fails, we look again with typographic quotes, dashes and runs of white
space folded, only to tell the curator what to fix.
"""
from __future__ import annotations

import re
from pathlib import Path

from etl.errors import EtlError

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_FOLD))


def locate(text: str, quote: str, path: Path, entry: str, source_file: str,
           field: str = "quote") -> int:
    """Start offset of the only occurrence of `quote` in `text`; EtlError otherwise."""
    if not quote.strip():
        raise EtlError(path, entry, field, "the quote is empty")
    first = text.find(quote)
    if first < 0:
        hint = ""
        if _folded(quote) in _folded(text):
            hint = (" (it matches once quotes, dashes and spaces are folded: copy the exact "
                    "characters from the source)")
        elif _folded(quote).lower() in _folded(text).lower():
            hint = " (it matches ignoring case: copy the exact characters from the source)"
        raise EtlError(path, entry, field, f"quote not found in seeds/{source_file}{hint}: {quote[:60]!r}")
    second = text.find(quote, first + 1)
    if second >= 0:
        raise EtlError(path, entry, field, f"quote found more than once in seeds/{source_file} "
                       f"(at {first} and {second}): lengthen it until it is unique")
    return first
