"""Numbers in English prose: find every numeric mention in a text and parse it.

`scan(text)` returns every mention (digits and number words) left to right, each a
`Mention` with its kind (a quantity, or a calendar year, a date, a name such as
"Operation 1027" or "COVID-19", an ordinal, a time, a score, a code), value or low/high,
unit, currency, qualifier, direction of change (`change`), rate (`per`)
and character span. `parse(text)` returns the first quantity.

Two prefiltered regex passes (runs of digits; a trie of number words) find where a
mention can start; the grammar (`MASTER`) is matched there, and small anchored regexes
read the words just before (qualifier, currency, "between", matched on the reversed
text) and just after (scale word, percent, currency, unit, a second number making a
range). Work per mention is bounded, so scanning is linear in the length of the text.
The words themselves are listed in `etl.vocabulary`; numbers written in words (fractions,
"one in five", "doubled") are read by `etl.number_words`, and the words around a number
(direction of change, rate, code or name words) by `etl.context`.

Values are `Decimal`, never floats, so "$21.867 billion" is exactly 21867000000.
This module knows nothing of sources or catalogs: `etl.figures` and
`etl.mentions` decide what a mention means for the dataset.
"""
from __future__ import annotations

import heapq
import re
from decimal import Decimal
from operator import methodcaller
from typing import NamedTuple

from etl import context, number_words
from etl.mention import Mention, alternation, words_pattern
from etl.number_words import words_value
from etl.vocabulary import (  # the kinds and qualifiers are re-exported: see __all__
    QUANTITY, YEAR, DATE, NAME, ORDINAL, TIME, SCORE, CODE, EXACT, APPROXIMATE, LOWER, UPPER, RANGE, MAGNITUDE,
    SMALL, TENS, SCALES, ABBREVIATED_SCALES, MONTHS, CURRENCY_WORDS, CURRENCY_SYMBOLS, UNIT_WORDS, QUALIFIER_WORDS,
    TRAILING_QUALIFIERS, NOT_NAME_WORDS, COUNT_NOUNS, PLURAL_MAGNITUDES, UNIT_SYMBOLS, FRACTION_WORDS,
    MULTIPLIER_WORDS, AMBIGUOUS_YEN_YUAN, NAME_WORDS, TIMES_WORDS, UP, DOWN,
)

__all__ = ["Mention", "scan", "parse", "words_value", "QUANTITY", "YEAR", "DATE", "NAME", "ORDINAL", "TIME",
           "SCORE", "CODE", "EXACT", "APPROXIMATE", "LOWER", "UPPER", "RANGE", "MAGNITUDE", "UP", "DOWN"]


_MONTH = "(?:" + alternation(m.capitalize() for m in MONTHS) + r")\.?"   # capitalised, as dates are written
_ORD = r"(?:st|nd|rd|th)?"
_DIGITS = (r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)"
           r"(?:\.\d+)?")
MASTER = re.compile(
    rf"(?P<date>\b{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?(?!\d)"
    rf"|\b\d{{1,2}}{_ORD}\s+{_MONTH}(?:,?\s+\d{{4}})?(?!\d)"
    rf"|\b{_MONTH},?\s+\d{{4}}(?!\d)|\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<season>\b(?:19|20)\d{{2}}[-–/]\d{{2}}(?![\d%]))"
    rf"|(?P<decade>(?<![\d.,])\d{{3}}0s\b)"
    rf"|(?P<yabbr>[’']\d{{2}}\b)"
    rf"|(?P<ratio>{number_words.RATIO})"
    rf"|(?P<num>{_DIGITS})"
    rf"|(?P<mag>{number_words.MAGNITUDE_WORDS})"
    rf"|(?P<frac>{number_words.FRACTION})"
    rf"|(?P<mult>(?i:\b(?:{alternation(list(MULTIPLIER_WORDS) + list(TIMES_WORDS))})\b(?!\s+down\b|-)))"
    rf"|(?P<majority>(?i:\bmajority\b))"
    rf"|(?P<words>{number_words.WORDS})")



def _trie(words) -> str:
    """A regex alternation of `words` factored by common prefixes (much faster in `re`)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(tree)


_CANDIDATE_WORDS = (list(SMALL) + list(TENS) + list(SCALES) + list(PLURAL_MAGNITUDES)
                    + ["dozen", "tens", "majority"] + list(FRACTION_WORDS) + list(MULTIPLIER_WORDS)
                    + list(TIMES_WORDS))
# Where a mention can start: a run of digits, or a number word. Two passes, merged by
# position: each regex alone keeps `re`'s first-character prefilter, which an alternation
# of both loses (about 3x slower). Case-sensitive on purpose (lower-case and Capitalised
# words): re.IGNORECASE over a word list is several times slower, and ALL-CAPS number
# words are rare in prose.
_DIGIT_RUN = re.compile(r"\d+")
_NUMBER_WORD = re.compile(rf"\b{_trie(_CANDIDATE_WORDS + [w.capitalize() for w in _CANDIDATE_WORDS])}\b")
UNAMBIGUOUS_ABBREVIATIONS = {"k", "mn", "mln", "bn", "tn"}   # read as scales even without a currency ("25k")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
# Every word list below is generated from the tables of `etl.vocabulary` (tests walk each entry).
_TRAILING_WORDS = [q for q in TRAILING_QUALIFIERS if q[0].isalpha()]
_TRAILING_SYMBOLS = [q for q in TRAILING_QUALIFIERS if not q[0].isalpha()]
_GLUED_SYMBOLS = [u for u in UNIT_SYMBOLS if len(u) == 1 and u.isalpha()]   # "20C": only glued to the digits
_SPACED_SYMBOLS = [u for u in UNIT_SYMBOLS if u not in _GLUED_SYMBOLS]
_SUFFIX = re.compile(
    r"(?P<ord>(?:st|nd|rd|th)\b)?"
    r"(?P<andhalf>\s+and\s+a\s+half\b)?"
    rf"(?P<abbr>(?:{alternation(ABBREVIATED_SCALES)})\b)?"
    rf"(?:\s*(?P<scale>{words_pattern(SCALES)})\b)?"
    r"(?:(?P<pct>\s?%|\s?(?i:per\s?cent|percent)\b)|(?P<pp>\s(?i:percentage\s+points?)\b))?"
    rf"(?:\s*(?P<cur>{words_pattern(CURRENCY_WORDS)})\b)?"
    rf"(?:(?:[\s-]|-(?=\w))?(?P<unit>{words_pattern(UNIT_WORDS)})(?![\w²])"
    rf"|(?<=\d)(?P<gsym>{alternation(_GLUED_SYMBOLS)})(?![\w.])"
    rf"|\s?(?P<sym>{alternation(_SPACED_SYMBOLS)})(?![\w]))?"
    rf"(?P<trail>\s*{words_pattern(_TRAILING_WORDS)}\b|{alternation(_TRAILING_SYMBOLS)})?")
_OF_CURRENCY = re.compile(r"\s+of\s+(?P<cur>" + words_pattern(w for w in CURRENCY_WORDS if w.isalpha() and len(w) > 3)
                          + r")\b")   # "millions of dollars"
# Currency written before a number: symbols in any case ("US$", "hk$"); codes in capitals only
# ("USD 5", never the "eur" ending "entrepreneur").
_SYMBOLS = [c for c in CURRENCY_SYMBOLS if not c.isalpha()]
_CODES = [c.upper() for c in CURRENCY_SYMBOLS if c.isalpha()]
_CONNECTOR = re.compile(r"\s*(?:(?P<dash>[-–—])|(?i:\s(?P<word>to|and|or)\s))\s*"
                        rf"(?:{words_pattern(_SYMBOLS)}|(?:{alternation(_CODES)})\s?)?")
# The words before a number, read backwards: `match` on the reversed window costs only
# the length of what it reads, where a `$`-anchored search would retry every position.
_PREFIX_REVERSED = re.compile(
    r"\s?(?P<cur>(?:" + words_pattern(c[::-1] for c in _SYMBOLS) + "|"
    + alternation(c[::-1] for c in _CODES) + r")(?![A-Za-z]))?"
    r"(?:\s*(?P<rng>(?i:neewteb|morf))(?![A-Za-z]))?"
    r"(?:\s*(?P<qual>(?i:" + "|".join(re.escape(q[::-1]) for q in sorted(QUALIFIER_WORDS, key=len, reverse=True))
    + r"))(?![A-Za-z]))?"
    r"(?:\s*(?P<rng2>(?i:neewteb|morf))(?![A-Za-z]))?")   # "from about 240,000 to 180,000"


class _Prefix(NamedTuple):
    start: int          # where the qualifier (or 'between', or the currency) begins
    qual: str
    rng: str
    cur: str


_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w’'])(?P<word>[a-z]?[A-Z][A-Za-z]*)\s$")   # "Pixel 8", "iPhone 16"
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z.]*[- ]?$")
_GLUED_BEFORE = re.compile(r"[A-Za-z][A-Za-z.]*-?$")
_NEXT_WORD = re.compile(r"[\s-]+(?P<word>[A-Za-z]+)")


def _decimal(digits: str) -> Decimal:
    return Decimal(re.sub(r"[,\s\u00a0\u202f]", "", digits))


def _year_shaped(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1500 <= int(text) <= 2199


CURRENCY_CODES = {c.upper() for c in CURRENCY_SYMBOLS} | {c.upper() for c in CURRENCY_WORDS if len(c) == 3}


def _is_name(text: str, start: int) -> bool:
    """'Operation 1027', 'COVID-19', 'G20': a word right before the digits names them."""
    before = text[max(0, start - 24):start]
    glued = _GLUED_BEFORE.search(before)
    if glued and glued.group(0).rstrip("-").upper() not in CURRENCY_CODES \
            and glued.group(0).rstrip("-").lower() not in CURRENCY_SYMBOLS:
        return True
    capital = _CAPITAL_BEFORE.search(before)
    if not capital:
        return False
    word = capital.group("word")
    return word.lower() not in NOT_NAME_WORDS and word.lower().rstrip(".") not in QUALIFIER_WORDS \
        and word.upper() not in CURRENCY_CODES


def _date_mention(m: re.Match) -> Mention | None:
    raw = m.group(0)
    parts = re.findall(r"[A-Za-z]+|\d+", raw)
    month = next(MONTHS[p.lower()] for p in parts if p.lower() in MONTHS) if not raw[0].isdigit() \
        or any(p.lower() in MONTHS for p in parts) else None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return Mention(m.start(), m.end(), raw, DATE, date=raw)
    numbers = [p for p in parts if p.isdigit()]
    year = next((n for n in numbers if len(n) == 4), "")
    day = next((n for n in numbers if len(n) <= 2), "")
    if day and not 1 <= int(day) <= 31:
        return None
    iso = f"{year or '-'}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return Mention(m.start(), m.end(), raw, DATE, date=iso)


def _core(text: str, m: re.Match) -> Mention | None:
    """The bare number at a master-regex match, before its surroundings are read."""
    kind = m.lastgroup
    raw = m.group(0)
    if kind == "date":
        return _date_mention(m)
    if kind == "season":   # "the 2023-24 season"
        return Mention(m.start(), m.end(), raw, DATE, date=f"{raw[:4]}/{raw[:2]}{raw[-2:]}")
    if kind == "decade":
        return Mention(m.start(), m.end(), raw, DATE, date=f"{raw[:4]}/{raw[:3]}9")
    if kind == "yabbr":
        return Mention(m.start(), m.end(), raw, YEAR)
    if kind == "num":
        return Mention(m.start(), m.end(), raw, value=_decimal(raw))
    return number_words.read(text, m)


def _with_suffix(text: str, core: Mention, glued_currency: str) -> Mention:
    """Read scale, percent, currency, unit and trailing qualifier after a core number."""
    s = _SUFFIX.match(text, core.char_end)
    end, value, unit, currency = core.char_end, core.value, core.unit, glued_currency
    if s.group("ord") and core.value is not None and core.text.isdigit():
        named = _NEXT_WORD.match(text, s.end("ord"))
        if named and named.group("word").lower() in NAME_WORDS:  # "the 19th Amendment"
            return core._replace(char_end=named.end(), text=text[core.char_start:named.end()], kind=NAME,
                                 value=None)
        return core._replace(char_end=s.end("ord"), text=text[core.char_start:s.end("ord")],
                       kind=ORDINAL)
    if s.group("andhalf") and value is not None:  # "two and a half years"
        value, end = value + Decimal("0.5"), s.end("andhalf")
    scale = None
    if s.group("abbr") and (glued_currency or s.group("cur") or s.group("abbr") in UNAMBIGUOUS_ABBREVIATIONS):
        scale, end = ABBREVIATED_SCALES[s.group("abbr")], s.end("abbr")
    elif s.group("abbr"):
        return core  # "5m" alone may be metres, "3b" a flat: only after a currency
    if s.group("scale"):
        scale, end = SCALES[s.group("scale").lower()], s.end("scale")
    if scale is not None and value is not None:
        value = value * scale
    low = core.low * scale if scale is not None and core.low is not None else core.low
    high = core.high * scale if scale is not None and core.high is not None else core.high
    if s.group("pct"):
        unit, end = "percent", s.end("pct")
    elif s.group("pp"):
        unit, end = "percentage_point", s.end("pp")
    if s.group("cur"):
        currency = CURRENCY_WORDS[re.sub(r"\s+", " ", s.group("cur").lower())]
        end = s.end("cur")
    elif core.qualifier == MAGNITUDE and (money := _OF_CURRENCY.match(text, end)):
        currency, end = CURRENCY_WORDS[money.group("cur").lower()], money.end()  # "millions of dollars"
    if currency == AMBIGUOUS_YEN_YUAN:
        currency = context.yen_or_yuan(text, core.char_start)
    if currency:
        unit = currency
    if s.group("unit") and not unit:
        unit, end = UNIT_WORDS[re.sub(r"\s+", " ", s.group("unit").lower())], s.end("unit")
    elif (s.group("sym") or s.group("gsym")) and not unit:
        symbol = s.group("sym") or s.group("gsym")
        unit, end = UNIT_SYMBOLS[symbol], s.end("sym") if s.group("sym") else s.end("gsym")
    per = context.rate(text, end) if unit or core.unit else None
    if per:  # "$80 a barrel": USD per barrel
        end = per.end()
    qualifier, qualifier_text = core.qualifier, core.qualifier_text
    if s.group("trail"):
        qualifier_text = s.group("trail").strip()
        qualifier = TRAILING_QUALIFIERS[re.sub(r"\s+", " ", qualifier_text.lower())]
        end = s.end("trail")
    if value is not None and value == value.to_integral_value():
        value = value.to_integral_value()
    return core._replace(char_end=end, text=text[core.char_start:end], value=value,
                   low=low if core.qualifier == MAGNITUDE else None,
                   high=high if core.qualifier == MAGNITUDE else None, unit=unit or core.unit or "count",
                   currency=currency, qualifier=qualifier, qualifier_text=qualifier_text,
                   per=context.rate_unit(per) if per else "")


def _classify_number(text: str, core: Mention) -> Mention:
    """Years and names out of plain digit numbers; context decides."""
    raw = core.text
    kind = context.word_kind(text, core.char_start)
    if kind:  # "seat 14C", "Article 5", "No. 1", "case number 24/1182"
        glued = _GLUED_AFTER.match(text, core.char_end)
        if glued.end() > core.char_end + 1 and kind == ORDINAL:
            kind = CODE
        word = _NAME_WORD.search(text[max(0, core.char_start - 24):core.char_start]) if kind == NAME else None
        start = core.char_start - len(word.group(0)) if word else core.char_start
        return core._replace(kind=kind, value=None, char_start=start, char_end=glued.end(),
                             text=text[start:glued.end()])
    if raw[:1].isdigit() and _glued_unit(text, core.char_end):
        return core   # "20kHz", "5GB", "-3C"
    if raw[:1].isdigit() and _is_name(text, core.char_start):
        word = _NAME_WORD.search(text[max(0, core.char_start - 24):core.char_start])
        start = core.char_start - len(word.group(0)) if word else core.char_start
        end = _GLUED_AFTER.match(text, core.char_end).end()   # "CVE-2024-3094", "C-311/18"
        return core._replace(char_start=start, char_end=end, text=text[start:end], kind=NAME, value=None)
    after = text[core.char_end:core.char_end + 2]
    if raw.isdigit() and re.match(r"(?:st|nd|rd|th)\b", text[core.char_end:core.char_end + 3]):
        return core
    if raw.isdigit() and after[:1].isalpha() and after[:1] not in "kmbt":
        return core._replace(kind=NAME, value=None)
    if _year_shaped(raw):
        nxt = _NEXT_WORD.match(text, core.char_end)
        if not (nxt and nxt.group("word").lower() in COUNT_NOUNS):
            return core._replace(kind=YEAR, value=None, date=raw)
    return core


_GLUED_AFTER = re.compile(r"[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*")
_GLUED_RUN = re.compile(r"[A-Za-z°º/²]+")


def _glued_unit(text: str, end: int) -> bool:
    """Letters right after the digits that are a unit ('kHz', 'GB', 'km', 'C'), not part of a name ('5G')."""
    run = _GLUED_RUN.match(text, end)
    if not run:
        return False
    word = run.group(0)
    return word in UNIT_SYMBOLS or word.lower() in UNIT_WORDS or word.lower() in UNAMBIGUOUS_ABBREVIATIONS


def _prefix(text: str, start: int) -> _Prefix | None:
    """Qualifier, 'between'/'from' and currency symbol just before `start`, if any."""
    window = text[max(0, start - 40):start][::-1]
    m = _PREFIX_REVERSED.match(window)
    if not (m.group("cur") or m.group("rng") or m.group("qual") or m.group("rng2")):
        return None
    return _Prefix(start - m.end(), (m.group("qual") or "")[::-1],
                   (m.group("rng") or m.group("rng2") or "")[::-1], (m.group("cur") or "")[::-1])


def _not_an_amount(text: str, m: re.Match) -> Mention | None:
    """Digits that are a time, a result, a version or a telephone number ('9.15am', '3-1', '2.1.3')."""
    start = m.start()
    for kind, found in ((TIME, context.time_at), (CODE, context.version_at), (CODE, context.phone_at),
                        (SCORE, context.score_at)):
        hit = found(text, start)
        if hit and kind == SCORE:
            after = _SUFFIX.match(text, hit.end())
            if any(after.group(g) for g in ("abbr", "scale", "pct", "pp", "cur", "unit", "sym", "gsym")):
                continue   # "10-15 hours": a range
        if hit:
            return Mention(hit.start(), hit.end(), hit.group(0), kind)
    return None


def _signed(text: str, mention: Mention) -> Mention:
    """'-3C', 'minus 5 degrees': a negative value."""
    sign = context.sign_start(text, mention.char_start)
    if sign is None or mention.value is None:
        return mention
    start, negative = sign
    return mention._replace(char_start=start, text=text[start:mention.char_end],
                            value=-mention.value if negative else mention.value)


def _quantity_at(text: str, m: re.Match) -> Mention | None:
    if m.lastgroup == "num":
        other = _not_an_amount(text, m)
        if other:
            return other
    core = _core(text, m)
    if core is None or core.kind != QUANTITY:
        return core
    if m.lastgroup == "num":
        core = _classify_number(text, core)
        if core.kind != QUANTITY:
            return core
    p = _prefix(text, core.char_start)
    glued_currency = CURRENCY_SYMBOLS.get(re.sub(r"\s+", " ", p.cur.lower()), "") if p and p.cur else ""
    mention = _with_suffix(text, core, glued_currency)
    return _signed(text, mention) if m.lastgroup == "num" and not glued_currency else mention


def _begin(text: str, mention: Mention) -> Mention:
    """Extend a quantity leftwards over its qualifier and currency symbol."""
    p = _prefix(text, mention.char_start)
    if p is None:
        return mention
    start = p.start
    qualifier, qualifier_text = mention.qualifier, mention.qualifier_text
    if p.qual and mention.qualifier != MAGNITUDE:
        qualifier_text = " ".join(filter(None, [p.qual, qualifier_text]))
        if qualifier == EXACT:
            qualifier = QUALIFIER_WORDS[p.qual.lower()]
    if p.rng:
        qualifier_text = " ".join(filter(None, [qualifier_text, p.rng]))
    if not p.qual and not p.cur and qualifier != RANGE:
        start = mention.char_start  # a lone 'from' or 'between' without a range is not ours
    return mention._replace(char_start=start, text=text[start:mention.char_end],
                   qualifier=qualifier, qualifier_text=qualifier_text)


def _merge_range(text: str, first: Mention, second: Mention, connector: re.Match) -> Mention | None:
    word = (connector.group("word") or "").lower()
    before = _prefix(text, first.char_start)
    between = bool(before and before.rng)
    from_to = bool(before and before.rng.lower() == "from") and word == "to"
    if word == "and" and not between:
        return None
    if word == "to" and not from_to and (first.change or context.change(text, _begin(text, first).char_start,
                                                                         first.char_end)):
        return None   # "rose 4% to 50,510": a change, then the level it reached
    if first.unit in POINT_LIKE and second.unit == "count":
        return None   # "1,340 points to 131,000"
    if first.value is None or second.value is None:
        return None
    low, high = first.value, second.value
    scale_word = re.search(r"(?i:hundred|thousand|million|billion|trillion|lakh|crore)\b", second.text)
    first_scaled = re.search(r"(?i:hundred|thousand|million|billion|trillion|lakh|crore|[kmb]n?)\b",
                             first.text)
    if scale_word and not first_scaled and first.unit in ("count", second.unit):
        bare = second.value / SCALES[scale_word.group(0).lower()]
        if low <= bare:
            low = low * SCALES[scale_word.group(0).lower()]
    if low == high or (low > high and word != "or" and not from_to):  # "from $41,200 to $40,150" moves down
        return None
    unit = second.unit if first.unit == "count" else first.unit
    if second.unit not in ("count", unit):
        return None
    return first._replace(char_end=second.char_end, text=text[first.char_start:second.char_end],
                   value=None, low=min(low, high), high=max(low, high), unit=unit,
                   currency=first.currency or second.currency, qualifier=RANGE, per=first.per or second.per,
                   qualifier_text=" ".join(filter(None, [first.qualifier_text,
                                                         second.qualifier_text])))


_START = methodcaller("start")
POINT_LIKE = ("percent", "percentage_point", "basis_point", "point", "times", "fraction")


def _master_at(text: str, candidate: re.Match) -> re.Match | None:
    """The grammar's match for the mention around a candidate, stepping back over a month
    name ("August 8") or an article ("a dozen") that belongs to it."""
    start = candidate.start()
    if candidate.end() - start == 2 and text[start - 1:start] in ("’", "'") and start:
        return MASTER.match(text, start - 1)  # ’25
    month = _MONTH_BEFORE.search(text, max(0, start - 12), start) if text[start].isdigit() else None
    if month:
        m = MASTER.match(text, month.start())
        if m and m.lastgroup == "date" and m.end() > start:
            return m
    if text[max(0, start - 2):start] in ("a ", "A "):
        m = MASTER.match(text, start - 2)
        if m and m.end() > start:
            return m
    return MASTER.match(text, start)


def scan(text: str) -> list[Mention]:
    """Every numeric mention in `text`, left to right, without overlaps."""
    mentions: list[Mention] = []
    pos = 0
    candidates = heapq.merge(_DIGIT_RUN.finditer(text), _NUMBER_WORD.finditer(text), key=_START)
    for candidate in candidates:
        if candidate.start() < pos:
            continue
        m = _master_at(text, candidate)
        mention = _quantity_at(text, m) if m is not None else None
        if mention is None:
            pos = candidate.end()
            continue
        pos = max(mention.char_end, candidate.start() + 1)
        inside: list[Mention] = []
        if mention.kind == QUANTITY:
            merged, inside = _range_from(text, mention)
            if merged is not None:
                mention, pos = merged, merged.char_end
            mention = _begin(text, mention)
            if not mention.change:
                mention = mention._replace(change=context.change(text, mention.char_start, mention.char_end))
        mentions.append(mention)
        mentions.extend(inside)
    return mentions


_PARENTHESIS = re.compile(r"\s*\((?P<inner>[^()\n]{1,60})\)")


def _range_from(text: str, first: Mention) -> tuple[Mention | None, list[Mention]]:
    """The range `first` begins ('$5 to $8'), and the mentions of a parenthesis inside it
    ('50 euros (about $54) to 80 euros': the conversion stays a mention of its own)."""
    inside: list[Mention] = []
    end = first.char_end
    aside = _PARENTHESIS.match(text, end)
    connector = _CONNECTOR.match(text, end)
    if connector is None and aside is not None:
        connector = _CONNECTOR.match(text, aside.end())
        if connector is not None:
            inside = scan(text[aside.start("inner"):aside.end("inner")])
            inside = [m._replace(char_start=m.char_start + aside.start("inner"),
                                 char_end=m.char_end + aside.start("inner")) for m in inside]
    noun = None
    if connector is None and aside is None and first.unit == "count":   # "128 shillings and 130 shillings"
        noun = _NOUN_BEFORE_CONNECTOR.match(text, end)
        connector = _CONNECTOR.match(text, noun.end("noun")) if noun else None
    nxt = MASTER.match(text, connector.end()) if connector else None
    if nxt is None:
        return None, []
    second = _quantity_at(text, nxt)
    if second is None or second.kind != QUANTITY:
        return None, []
    if noun is not None:
        said = noun.group("noun")
        if text[second.char_end:second.char_end + len(said) + 1].lower() != " " + said.lower():
            return None, []
        unit = CURRENCY_WORDS.get(re.sub(r"\s+", " ", said.lower()), "count")
        first = first._replace(unit=unit, currency=unit if unit != "count" else "")
        second = second._replace(char_end=second.char_end + len(said) + 1, unit=unit)
    merged = _merge_range(text, first, _begin(text, second), connector)
    return (merged, inside) if merged is not None else (None, [])


_NOUN_BEFORE_CONNECTOR = re.compile(r"\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(?=\s+(?:to|and)\s)")


def in_percent(mention: Mention) -> Mention:
    """A fraction ("half", "one in five") as the percentage it equals; other mentions unchanged."""
    if mention.unit != "fraction":
        return mention
    hundred = Decimal(100)
    scaled = {f: (getattr(mention, f) * hundred).normalize() for f in ("value", "low", "high")
              if getattr(mention, f) is not None}
    return mention._replace(unit="percent", **{f: v.to_integral_value() if v == v.to_integral_value() else v
                                               for f, v in scaled.items()})


def parse(text: str) -> Mention | None:
    """The first quantity in `text` (years, dates and names are skipped), or None."""
    return next((m for m in scan(text) if m.kind == QUANTITY), None)
