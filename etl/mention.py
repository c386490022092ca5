"""The record the number parser returns for each numeric mention, and the two helpers that
turn word lists into regular expressions (`etl.numbers`, `etl.number_words`, `etl.context`).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from etl.vocabulary import EXACT, QUANTITY


class Mention(NamedTuple):
    char_start: int
    char_end: int
    text: str
    kind: str = QUANTITY
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str = ""           # count, percent, a currency code (USD, CNY...), hour, day, km...
    currency: str = ""       # ISO 4217 code when the unit is money
    qualifier: str = EXACT   # one of the constants above
    qualifier_text: str = ""  # the source's own words: "over", "an estimated", "up to"
    date: str = ""           # ISO 8601 (possibly partial) for years and dates
    change: str = ""         # "up" or "down" when stated as a change ("rose 6.5%"); apart from the qualifier
    per: str = ""            # what a rate is per: "$80 a barrel" is USD per barrel


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def words_pattern(words) -> str:
    """A case-insensitive alternation of vocabulary entries, spaces matching any run of white space."""
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"
