"""Numbers written in words, for `etl.numbers`: "two hundred and fifty", "a dozen", "tens of
thousands", "a third", "two-thirds", "half a million", "half an hour", "one in five", "the
majority", "doubled", "twice".

`read(text, m)` turns a match of one of the word groups of `etl.numbers.MASTER` (built from the
patterns here) into a `Mention`, or None when the words are an idiom ("one of the best"), a rank
("a third term", "the second half") or an adjective ("double-digit"). Fractions are unit
`fraction` with the ratio to ten decimal places; multiples are unit `times`.
"""
from __future__ import annotations

import re
from decimal import Decimal

from etl.mention import Mention, alternation, words_pattern
from etl.vocabulary import (
    FRACTION_WORDS, LOWER, MAGNITUDE, MAJORITY_WORDS, MULTIPLIER_WORDS, NAME, PLURAL_MAGNITUDES, SCALES, SMALL,
    TENS, TIMES_WORDS, UNIT_WORDS,
)

# Patterns of the word groups `etl.numbers.MASTER` is built from (each a named group there).
NUMWORD = alternation(list(SMALL) + list(TENS) + list(SCALES) + ["dozen"])
WORDS = (rf"(?i:\b(?:a\s+)?(?:{NUMWORD})(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+"
         rf"|(?<=million)\s+and\s+)(?:{NUMWORD}))*\b)")
MAGNITUDE_WORDS = (r"(?i:\b(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)"
                   r"|dozens|hundreds|thousands|millions|billions|trillions)\b)")
SMALL_WORD = alternation(w for w in SMALL if w != "zero")
RATIO = (rf"(?i:(?<![\d.,])(?P<rnum>\d{{1,3}}|\b(?:{SMALL_WORD}))\s+(?:in|out\s+of)\s+(?:every\s+)?"
         rf"(?P<rden>\d{{1,3}}(?![\d.,])|(?:a|one)\s+hundred|(?:a|one)\s+thousand|{alternation(TENS)}|{SMALL_WORD})"
         r"\b(?![\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|games?|matches|races)\b))")
FRACTION = (rf"(?i:\b(?:(?P<fnum>an?|{SMALL_WORD})[\s-]+)?(?P<fden>{alternation(FRACTION_WORDS)})\b)")
_FRACTION_OF_SCALE = re.compile(rf"\s+(?:of\s+)?an?\s+(?P<scale>{words_pattern(list(SCALES) + ['dozen'])})\b")
_FRACTION_OF_UNIT = re.compile(rf"\s+an?\s+(?P<unit>{words_pattern(w for w in UNIT_WORDS if w.isalpha() and len(w) > 3)})\b")
# After a fraction: what makes "a third" a share ("a third of", "two-thirds.") and not a rank ("a third term").
_FRACTION_USE = re.compile(r"(?i:\s+(?:of|the|its|their|his|her|our|your|all|those|these|this|that|as|again|more"
                           r"|less|fewer|what|a\s+percentage)\b|\s*[.,;:)!?\"”]|\s*$)")
_COMPARED = re.compile(r"(?i:\s+(?:the|that|what|its|their|his|her|this|those|a|an)\b)")   # "double the figure"
_ORDINAL_HALF = re.compile(r"(?i:\b(?:first|second|other|latter|former|back|front|opening|closing)\s+)$")
_MAJORITY_BEFORE = re.compile(r"(?i:\b(?:the|a)(?:\s+(?:vast|large|overwhelming|clear|slim|narrow|small|big))?\s+)$")
_ONE_IDIOMS = re.compile(r"(?i:\s+(?:of|another|which|who|that|thing|day|way|side|hand|time|by\s+one)\b)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“‘(]\s*|\n\s*)$")
_ONE_BEFORE = re.compile(r"(?i:\b(?:no|the|this|that|any|every|each|which|some|no\s+other)\s+$)")


def words_value(phrase: str) -> Decimal | None:
    """Value of a number-word phrase ("two hundred and fifty thousand"), None if ill-formed."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens = tokens[1:] or ["one"]
        if tokens[0] not in SCALES and tokens[0] != "dozen":
            return None
        tokens = ["one"] + tokens
    total, current, last = Decimal(0), None, None
    for token in tokens:
        if token in SMALL or token in TENS:
            n = SMALL.get(token, TENS.get(token))
            if current is not None and not (last in TENS and token in SMALL and 0 < n < 10) \
                    and last not in ("hundred",):
                return None
            current = (current or 0) + n
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        else:
            total += Decimal(current or 1) * SCALES[token]
            current = None
        last = token
    return total + Decimal(current or 0)


def read(text: str, m: re.Match) -> Mention | None:
    """The mention a word group of the grammar matched (`m.lastgroup` names the group)."""
    kind = m.lastgroup
    raw = m.group(0)
    if kind == "mag":  # "tens of thousands": from 10,000 to 100,000; "dozens": from 12 to 144
        base = Decimal(1)
        words = raw.lower().split()
        for word in words:
            base *= {"tens": 10, "of": 1}.get(word) or PLURAL_MAGNITUDES[word]
        step = 12 if words[0] == "dozens" else 10
        return Mention(m.start(), m.end(), raw, low=base, high=base * step, qualifier=MAGNITUDE)
    if kind == "ratio":  # "one in five", "three out of four"
        a, b = _count(m.group("rnum")), _count(m.group("rden"))
        if a is None or not b or a >= b:
            return None
        return Mention(m.start(), m.end(), raw, value=_ratio(a, b), unit="fraction")
    if kind == "frac":
        return _fraction(text, m)
    if kind == "mult":  # "doubled", "halved", "twice", "double the figure"
        word = raw.lower()
        if word in TIMES_WORDS:
            return Mention(m.start(), m.end(), raw, value=Decimal(TIMES_WORDS[word]), unit="times")
        if word in ("double", "triple", "doubles") and not _COMPARED.match(text, m.end()):
            return None   # "double-digit", "a double murder"
        value, direction = MULTIPLIER_WORDS[word]
        return Mention(m.start(), m.end(), raw, value=Decimal(value), unit="times",
                       change="" if word in ("double", "triple") else direction)
    if kind == "majority":  # "the majority of": more than half
        article = _MAJORITY_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if not article:
            return None
        start = article.start()
        words = re.sub(r"\s+", " ", text[start:m.end()].lower())
        return Mention(start, m.end(), text[start:m.end()], value=Decimal("0.5"), unit="fraction",
                       qualifier=MAJORITY_WORDS.get(words, LOWER), qualifier_text=text[start:m.end()])
    return _spelled(text, m)


def _spelled(text: str, m: re.Match) -> Mention | None:
    """'two hundred and fifty', 'a dozen', 'a five-year term' (the article dropped)."""
    raw = m.group(0)
    value = words_value(raw)
    if value is None:  # "one two": keep the first word, rescan the rest; "a five-year": drop the article
        article = re.match(r"(?i:an?\s+)", raw)
        skip = article.end() if article else 0
        first = re.match(r"(?:an?\s+)?[A-Za-z]+", raw[skip:]).group(0)
        value = words_value(first)
        if value is None:
            return None
        start = m.start() + skip
        return _core_words(text, start, start + len(first), first, value)
    return _core_words(text, m.start(), m.end(), raw, value)


def _core_words(text: str, start: int, end: int, raw: str, value: Decimal) -> Mention | None:
    """A number written in words, unless it is an idiom ("one of") or part of a name."""
    if raw.lower() == "one" and (_ONE_IDIOMS.match(text, end) or
                                 _ONE_BEFORE.search(text[max(0, start - 12):start])):
        return None
    if raw[0].isupper() and not _SENTENCE_START.search(text[max(0, start - 4):start]):
        return Mention(start, end, raw, NAME)  # "the Three Brotherhood Alliance"
    if raw.lower() in SCALES:  # a bare "trillion dollar": a magnitude, not a count
        return Mention(start, end, raw, low=SCALES[raw.lower()], qualifier=MAGNITUDE)
    return Mention(start, end, raw, value=value)


def _count(word: str) -> int | None:
    """1, 'five', 'a hundred': a small whole number written in digits or words."""
    if word.isdigit():
        return int(word)
    value = words_value(word)
    return int(value) if value is not None else None


def _ratio(a, b) -> Decimal:
    """a/b to ten decimal places (a third is 0.3333333333)."""
    return (Decimal(a) / Decimal(b)).quantize(Decimal("1e-10")).normalize()


def _fraction(text: str, m: re.Match) -> Mention | None:
    """'a third', 'two-thirds', 'half of', 'half a million', 'half an hour'; None for 'a third term'."""
    numerator, denominator = m.group("fnum"), m.group("fden").lower()
    half = FRACTION_WORDS[denominator] == 2
    of_scale = _FRACTION_OF_SCALE.match(text, m.end())
    if of_scale and (numerator or "a").lower() in ("a", "an", "one"):  # "half a million": a quantity, not a share
        scale = of_scale.group("scale").lower()
        value = _ratio(1, FRACTION_WORDS[denominator]) * (12 if scale == "dozen" else SCALES[scale])
        return Mention(m.start(), of_scale.end(), text[m.start():of_scale.end()], value=value.normalize())
    of_unit = _FRACTION_OF_UNIT.match(text, m.end()) if half and not numerator else None
    if of_unit:  # "half an hour"
        return Mention(m.start(), of_unit.end(), text[m.start():of_unit.end()], value=Decimal("0.5"),
                       unit=UNIT_WORDS[of_unit.group("unit").lower()])
    if half and not numerator and _ORDINAL_HALF.search(text, max(0, m.start() - 12), m.start()):
        return None   # "in the second half"
    plural = denominator.endswith("s") and denominator != "halves"
    hyphenated = bool(numerator) and "-" in m.group(0)
    if not numerator and not half:
        return None
    if not (plural or hyphenated) and not _FRACTION_USE.match(text, m.end()):
        return None   # "a third term", "half-time"
    count = _count(numerator.lower()) if numerator and numerator.lower() not in ("a", "an") else 1
    if count is None or count >= FRACTION_WORDS[denominator]:
        return None
    return Mention(m.start(), m.end(), m.group(0), value=_ratio(count, FRACTION_WORDS[denominator]),
                   unit="fraction")


