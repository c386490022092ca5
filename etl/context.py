"""What the words around a number say about it, for `etl.numbers`.

Each function reads a bounded window of text before or after a span and answers one
question: is the number stated as a change, and which way ("rose 6.5%", "a 3% drop")?
is it negative ("-3C", "minus 5")? is it a rate ("$80 a barrel")? is it not an amount at
all but a time of day, a result ("a 3-1 win"), a code (a seat, a flight, a phone or
version number) or part of a name ("Article 5")? does "¥" mean yen or yuan here?
The words come from `etl.vocabulary`; windows are short, so every answer costs a
bounded amount of work and scanning stays linear.
"""
from __future__ import annotations

import re

from etl.mention import words_pattern
from etl.vocabulary import (
    AMBIGUOUS_YEN_YUAN, CHANGE_AFTER, CHANGE_BEFORE, CODE, CODE_WORDS, DOWN, NAME, NAME_WORDS, NOT_RATE_WORDS,
    ORDINAL, PHONE_WORDS, RANK_WORDS, RATE_WORDS, SCORE_WORDS, TIME_ZONES, UP, YEN_CUES, YUAN_CUES,
)


# "set up 5 companies", "shut down 12 sites": phrasal verbs whose up/down is no change of a number.
_PHRASAL = ("set sets setting picked pick picks made make makes took take takes taken signed sign showed show "
            "turned turn locked lock rounded round stepped step broke break put puts came come comes coming shut "
            "tied tie summed sum backed back wound wind tore tear sat sit stood stand gave give built build fill "
            "filled opened open held hold lined line teamed team ramped ramp racked rack rang ring ran run split "
            "booked book counted count brought bring bringing hunted hunt tracked track called call calls cracked "
            "crack cracking broken knocked knock struck strike tracked took handed hand wrote write written "
            "followed follow narrowed narrow scaled shot shoot").split()
def _reversed(words) -> str:
    return words_pattern(w[::-1] for w in words)


# Read backwards from the number (a `match` on the reversed window costs only what it reads):
# "rose 6.5%", "cut by 25", "cut rates by 25", "rose a further 2%"; not "set up 12 checkpoints".
_CHANGE_BEFORE_REVERSED = re.compile(
    r"\s+(?:(?:yb|fo|rehtona|rehtruf\s+a|denibmoc\s+a|fo\s+latot\s+a)\s+|yb(?:\s+[\w’'-]+){1,3}?\s+)?"
    r"(?:(?P<up>" + _reversed(CHANGE_BEFORE[UP]) + r")|(?P<down>" + _reversed(CHANGE_BEFORE[DOWN]) + r"))"
    r"(?![\w’'-])(?:\s+(?P<phrasal>" + _reversed(_PHRASAL) + r")(?![\w’'-]))?")
_CHANGE_AFTER = re.compile(
    r"(?:\s+|-)(?:(?P<up>" + words_pattern(CHANGE_AFTER[UP]) + r")|(?P<down>" + words_pattern(CHANGE_AFTER[DOWN]) + r"))\b")
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:;,]))(?P<sign>[-−–+])$")
_MINUS_BEFORE = re.compile(r"(?i:\b(?:minus|negative)\s+)$")
_RATE = re.compile(r"(?:\s+(?i:per|each)\s+|\s*/\s?)(?P<den>" + words_pattern(RATE_WORDS) + r")\b"
                   r"|\s+(?i:an?)\s+(?P<after_article>" + words_pattern(RATE_WORDS) + r")\b"
                   r"(?!\s+" + words_pattern(NOT_RATE_WORDS) + r"\b)")   # "a year earlier" places a time
_WORD_BEFORE_REVERSED = re.compile(r"\s*(?P<word>\.?[A-Za-z]+)(?![\w.])")
_TIEBREAK = r"(?:\s?\(\d+(?:[-–]\d+)?\))?"
_SCORE = re.compile(rf"(?P<a>\d{{1,3}})[-–](?P<b>\d{{1,3}}){_TIEBREAK}(?:,?\s+\d{{1,2}}[-–]\d{{1,2}}{_TIEBREAK})*"
                    r"(?![\d%]|[.,]\d)")
_SCORE_CONTEXT = re.compile(r"\b" + words_pattern(SCORE_WORDS) + r"\b")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}[\s.-]\d{3,6}(?:[\s.-]\d{3,4})?(?![\d])"
                    r"|\d{4,}(?!\d|[,.]\d)")
_PHONE_CONTEXT = re.compile(r"\b" + words_pattern(PHONE_WORDS) + r"\b")
_VERSION = re.compile(r"\d+\.\d+\.\d+(?:\.\d+)*(?![\d])")
_TIME = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s?(?i:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:])"
    r"|(?:\d{1,2}[.:]\d{2}|\d{4})\s?(?:" + "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in TIME_ZONES) + r")\b")
_YEN = re.compile(r"\b" + words_pattern(YEN_CUES) + r"\b")
_YUAN = re.compile(r"\b" + words_pattern(YUAN_CUES) + r"\b")


def change(text: str, start: int, end: int) -> str:
    """'up' or 'down' when the words around text[start:end] state the number as a change."""
    if text[start:start + 1] == "+":
        return UP
    m = _CHANGE_BEFORE_REVERSED.match(text[max(0, start - 48):start][::-1])
    if m and not m.group("phrasal"):
        return UP if m.group("up") else DOWN
    m = _CHANGE_AFTER.match(text, end)
    if m:
        return UP if m.group("up") else DOWN
    return ""


def sign_start(text: str, start: int) -> tuple[int, bool] | None:
    """Where a sign ('-3C', '+0.15') or 'minus' before the digits at `start` begins, and whether it negates."""
    before = text[max(0, start - 10):start]
    m = _SIGN_BEFORE.search(before)
    if m:
        return start - 1, m.group("sign") != "+"
    m = _MINUS_BEFORE.search(before)
    return (start - len(m.group(0)), True) if m else None


def rate(text: str, end: int) -> re.Match | None:
    """'a barrel', 'per hour', '/day' right after a quantity: what the rate is per."""
    return _RATE.match(text, end)


def rate_unit(match: re.Match) -> str:
    return RATE_WORDS[re.sub(r"\s+", " ", (match.group("den") or match.group("after_article")).lower())]


def word_kind(text: str, start: int) -> str:
    """The kind the word right before the digits at `start` gives them ('seat 14C', 'Article 5', 'No. 1')."""
    m = _WORD_BEFORE_REVERSED.match(text[max(0, start - 16):start][::-1])
    if not m:
        return ""
    word = m.group("word")[::-1].lower()
    if word in RANK_WORDS:
        return ORDINAL
    if word in NAME_WORDS or word.rstrip(".") in NAME_WORDS:
        return NAME
    if word in CODE_WORDS or word.rstrip(".") in CODE_WORDS:
        return CODE
    return ""


def score_at(text: str, start: int) -> re.Match | None:
    """'3-1', '6-4 6-3' at `start` in a sentence about a game (a result, not a range)."""
    m = _SCORE.match(text, start)
    if not m or int(m.group("a")) > 200 or int(m.group("b")) > 200:
        return None
    window = text[max(0, start - 150):m.end() + 150]
    return m if _SCORE_CONTEXT.search(window) else None


def phone_at(text: str, start: int) -> re.Match | None:
    """A telephone number at `start`: '+44 20 7946 0958', or grouped digits after 'call', 'hotline'..."""
    begin = start - 1 if text[start - 1:start] in ("+", "(") else start
    m = _PHONE.match(text, begin)
    if not m:
        return None
    if text[begin] in "+(":
        return m
    grouped = re.fullmatch(r"\d{3}[.-]\d{4}|\d{2,5}[\s.-]\d{3,6}(?:[\s.-]\d{3,4})?", m.group(0))
    near = _PHONE_CONTEXT.search(text[max(0, begin - 40):begin])
    if grouped and near:
        return m
    close = _PHONE_CONTEXT.search(text[max(0, begin - 16):begin])   # "call the hotline at 18222"
    return m if close and m.group(0).isdigit() and len(m.group(0)) >= 5 else None


def version_at(text: str, start: int) -> re.Match | None:
    """'2.1.3': three or more dotted parts are a version (or a code), not an amount."""
    return _VERSION.match(text, start)


def time_at(text: str, start: int) -> re.Match | None:
    """'9.15am', '10:45 p.m.', a lap time '1:02.3', '0800 GMT'."""
    return _TIME.match(text, start)


def yen_or_yuan(text: str, start: int) -> str:
    """'¥' read as JPY or CNY by the words of the surrounding sentence, else left ambiguous."""
    window = text[max(0, start - 200):start + 200].lower()
    yen, yuan = bool(_YEN.search(window)), bool(_YUAN.search(window))
    return "JPY" if yen and not yuan else "CNY" if yuan and not yen else AMBIGUOUS_YEN_YUAN
