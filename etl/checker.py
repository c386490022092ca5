"""Check a number: every number in a user's text against the figures of `data/`.

`Checker.check(text)` reads the text with the ETL's own parser (`etl.numbers.scan`), and
for each quantity lists the figures that could be the same statistic, best first. A match
needs a compatible unit and a close value (rounding, scale words and "k"/"m"/"bn" are the
parser's); it is then scored by value and by words shared between the sentence and the
figure's indicator, definition, subject, place and producer. Score and reasons are
returned, never hidden; a number with no credible match has none ("not in our sources").

Each match carries warnings where the user's sentence says what the source does not:
`qualifier`, `period`, `place`, `measure` (near-miss terms, `etl/catalog/check_terms.yaml`),
`precision`, `derived` and `producer`, each a template and its values (`etl.check_words`),
which the dashboard writes in the reader's language. Nothing here stores or logs the text.
"""
from __future__ import annotations

import bisect
import csv
import math
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path

from etl.entries import read_yaml
from etl.errors import EtlError
from etl.mentions import sentence_bounds
from etl.numbers import DATE, QUANTITY, YEAR, in_percent, scan
from etl.check_words import REASONS, WARNINGS, statement
from etl.terms import DERIVED, EXACT, MAGNITUDE, RANGE
from etl.translations import places_zh

ROOT = Path(__file__).resolve().parent.parent
MAX_CHARS = 20_000
WARNING_KINDS = ("qualifier", "period", "place", "measure", "precision", "derived", "producer")
ATTRIBUTING = re.compile(r"\b(?:according to|said|says|say|reported|reports|estimates?|estimated|data from|"
                         r"figures from|announced|stated)\b", re.I)
STOPWORDS = set("""a an the of in on at by for to from and or with as is are was were be been that this these
those it its their his her than more over under about around nearly some who which what when where per into
during since until after before up down last first new said says people number numbers""".split())


SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    """A light stem, so 'prosecutions', 'prosecuted' and 'prosecute' meet."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _words(text: str) -> set[str]:
    """Stems of the lower-case content words."""
    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS and len(w) > 1}


def _number(text: str) -> float | None:
    return float(text) if text not in ("", None) else None


def _significant(x: float) -> int:
    """Significant digits of a number as written: 464000 -> 3, 120000 -> 2, 68.5 -> 3."""
    digits = format(Decimal(repr(abs(x))).normalize(), "f").replace(".", "").lstrip("0")
    return len(digits.rstrip("0")) or 1 if "." not in format(abs(x), "g") else len(digits)


def _surface(stems: set[str], text: str) -> str:
    """The word of `text` a stem came from ('traffick' -> 'trafficked')."""
    return next((w for w in re.findall(r"[A-Za-z]+", text) if _stem(w.lower()) in stems), sorted(stems)[0])


@dataclass
class Sentence:
    text: str
    words: set[str]
    years: set[str]
    places: list[str]
    producers: list[str]
    attributing: bool


@dataclass
class Match:
    figure_id: str
    score: float
    reasons_said: list[dict]
    warnings: list[dict] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [reason["message"] for reason in self.reasons_said]


@dataclass
class Number:
    text: str
    char_start: int
    char_end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    matches: list[Match]


def load_terms(path: Path) -> tuple[list[list[set[str]]], dict[str, list[str]], dict[str, str]]:
    """The reviewed near-miss groups, place names and the places' Chinese names (from the glossary
    beside the file); one-line errors for a malformed file or a place with no Chinese name."""
    document = read_yaml(path)
    if not isinstance(document, dict) or not isinstance(document.get("near_misses"), list) \
            or not isinstance(document.get("places"), dict):
        raise EtlError(path, "", "", "expected 'near_misses:' (a list) and 'places:' (a mapping)")
    near_misses = []
    for index, entry in enumerate(document["near_misses"], start=1):
        groups = entry.get("groups") if isinstance(entry, dict) else None
        if not isinstance(groups, list) or len(groups) < 2 or not all(isinstance(g, list) and g for g in groups):
            raise EtlError(path, str(entry.get("name", f"entry {index}") if isinstance(entry, dict) else index),
                           "groups", "give two or more lists of words")
        near_misses.append([{_stem(str(word).lower()) for word in group} for group in groups])
    places = {str(place): [str(name) for name in names] for place, names in document["places"].items()}
    chinese = places_zh(path.parent)
    for place in places:
        if place not in chinese:
            raise EtlError(path, place, "places", f"no Chinese name: add {place!r} under places: in "
                           f"{path.parent / 'glossary.yaml'}")
    return near_misses, places, chinese


class Checker:
    """The figures of `data/`, ready to be matched; built once, then `check` any number of texts."""

    def __init__(self, figures: list[dict], indicators: dict, producers: dict, terms):
        self.figures, self.indicators, self.producers = figures, indicators, producers
        self.near_misses, self.places, self.places_zh = terms
        self.place_patterns = {place: re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
                               for place, names in self.places.items()}
        self.producer_patterns = {pid: re.compile(r"\b(?:" + re.escape(p["name_short"]) + r")\b|"
                                                  + re.escape(p["name"]), re.I if len(p["name_short"]) > 4 else 0)
                                  for pid, p in producers.items()}
        self.by_unit: dict[str, list[dict]] = {}
        for row in figures:
            self.by_unit.setdefault(row["unit"], []).append(row)
            row["_interval"] = self._interval(row)
            indicator = indicators[row["indicator"]]
            row["_measure_words"] = _words(f"{indicator['label']} {indicator['definition']} {row['subject']}")
            producer = producers.get(row["producer_id"]) or {}
            row["_words"] = row["_measure_words"] | _words(f"{row['geography']} {producer.get('name', '')} "
                                                          f"{producer.get('name_short', '')}")

    @classmethod
    def from_data(cls, data: Path = ROOT / "data", catalog: Path = ROOT / "etl" / "catalog") -> "Checker":
        def rows(name):
            with open(data / f"{name}.csv", encoding="utf-8", newline="") as file:
                return list(csv.DictReader(file))
        figures = rows("figures")
        for row in figures:
            for column in ("value", "low", "high"):
                row[column] = _number(row[column])
        return cls(figures, {r["indicator"]: r for r in rows("indicators")},
                   {r["producer_id"]: r for r in rows("producers")}, load_terms(catalog / "check_terms.yaml"))

    # --- matching ---------------------------------------------------------------------------------
    @staticmethod
    def _interval(row) -> tuple[float, float]:
        if row["qualifier"] == RANGE:
            return row["low"], row["high"]
        if row["qualifier"] == MAGNITUDE:
            return row["low"], row["low"] * 10   # "thousands": from 1,000 up to the next order
        return row["value"], row["value"]

    def _closeness(self, mention, row) -> float:
        low, high = row["_interval"]
        said_low = float(mention.low if mention.value is None else mention.value)
        said_high = float(mention.high if mention.value is None and mention.high is not None else said_low)
        if row["qualifier"] in (RANGE, MAGNITUDE) or said_low != said_high:
            gaps = [max(0.0, low - said_low, said_low - high) / max(abs(low), 1e-9),
                    max(0.0, low - said_high, said_high - high) / max(abs(high), 1e-9)]
            relative = sum(gaps) / 2
        else:
            relative = abs(said_low - low) / max(abs(low), 1e-9)
        if relative <= 0.005:  # a vague magnitude never fits as closely as a stated number
            return 0.6 if row["qualifier"] == MAGNITUDE else 1.0
        return max(0.0, 1 - relative / 0.5) * (0.6 if row["qualifier"] == MAGNITUDE else 1.0)

    def _same_unit(self, mention) -> list[dict]:
        """Figures a number could be, by unit: a bare count may also be a ratio or a factor."""
        said = mention.unit or "count"
        units = ("count", "times", "ratio") if said == "count" else (said,)
        return [row for unit in units for row in self.by_unit.get(unit, ())]

    def check(self, text: str) -> list[Number]:
        if len(text) > MAX_CHARS:
            raise ValueError(f"the text is {len(text):,} characters; the limit is {MAX_CHARS:,}")
        mentions = [in_percent(m) for m in scan(text)]   # "half" is compared with figures in percent
        bounds = sentence_bounds(text) + [len(text)]
        sentences: dict[int, Sentence] = {}
        for mention in mentions:  # what each sentence says besides its numbers, read once per sentence
            index = bisect.bisect_right(bounds, mention.char_start) - 1
            if index not in sentences:
                sentences[index] = self._sentence(text[bounds[index]:bounds[index + 1]])
            if mention.kind in (YEAR, DATE) and mention.date:
                sentences[index].years.add(mention.date[:4])
        return [self._number(m, sentences[bisect.bisect_right(bounds, m.char_start) - 1])
                for m in mentions if m.kind == QUANTITY]

    def _sentence(self, text: str) -> "Sentence":
        return Sentence(text, _words(text), set(),
                        [place for place, pattern in self.place_patterns.items() if pattern.search(text)],
                        [pid for pid, pattern in self.producer_patterns.items() if pattern.search(text)],
                        bool(ATTRIBUTING.search(text)))

    def _kin(self, words: set[str], row) -> set[str]:
        """Sentence words that are near misses of the figure's own words (same set, another group)."""
        kin = set()
        for groups in self.near_misses:
            said = set().union(*(g for g in groups if g & words)) & words
            if said and any(g & row["_measure_words"] for g in groups):
                kin |= said
        return kin - row["_words"]

    def _number(self, mention, sentence: "Sentence") -> Number:
        words = sentence.words
        said = float(mention.value if mention.value is not None else mention.low)
        candidates = []
        for row in self._same_unit(mention):
            closeness = self._closeness(mention, row)
            if closeness < 0.4:
                continue
            shared, kin = words & row["_words"], self._kin(words, row)
            topical = (len(shared) + 0.5 * len(kin)) / math.sqrt(max(len(words), 1) * max(len(row["_words"]), 1))
            if not shared and not kin and not (closeness == 1 and (said >= 1000 or _significant(said) >= 3)):
                continue  # a small or round number with nothing else in common is no match
            score = round(0.65 * closeness + 0.35 * min(1.0, 2 * topical), 3)
            how = "equal" if closeness == 1 else "close"
            reasons = [statement(how, REASONS[how], closeness=f"{closeness:.2f}")]
            reasons += [statement(kind, REASONS[kind], words=sorted(found)) for kind, found in
                        (("shared", shared), ("related", kin)) if found]
            candidates.append((score, row, reasons))
        candidates.sort(key=lambda c: (-c[0], c[1]["figure_id"]))
        matches = [Match(row["figure_id"], score, reasons, self._warnings(mention, row, sentence))
                   for score, row, reasons in candidates[:3]]
        plain = lambda x: None if x is None or not math.isfinite(float(x)) else float(x)  # noqa: E731
        return Number(mention.text, mention.char_start, mention.char_end, plain(mention.value), plain(mention.low),
                      plain(mention.high), mention.unit, mention.qualifier, matches[:3])

    # --- warnings ---------------------------------------------------------------------------------
    def _warnings(self, mention, row, sentence: "Sentence") -> list[dict]:
        found, words, years = [], sentence.words, sorted(sentence.years)

        def warn(kind: str, template: str = "", **values) -> None:
            found.append(statement(kind, WARNINGS[template or kind], **values))
        figure = {"geography": row["geography"], "geography_zh": row["geography_zh"], "subject": row["subject"],
                  "subject_zh": row["subject_zh"], "source_words": row["number_text"] or row["formula"]}
        ours = row["qualifier"] if row["qualifier"] != DERIVED else EXACT
        if mention.qualifier != ours:
            warn("qualifier", said_qualifier=mention.qualifier, text=mention.text, source_qualifier=row["qualifier"],
                 source_words=figure["source_words"])
        period = row["period"][:4] if row["period"] else ""
        if years and period and period not in years and not any(y in row["period"] for y in years):
            warn("period", years=years, period=row["period"])
        elif years and not period:
            warn("period", "period_unstated", years=years)
        where = f"{row['geography']} {row['subject']}".lower()
        for place in sentence.places:
            if not any(name.lower() in where for name in self.places[place] + [place]):
                warn("place", place=place, place_zh=self.places_zh[place], geography=figure["geography"],
                     geography_zh=figure["geography_zh"])
        for groups in self.near_misses:
            said_groups = [g for g in groups if g & words]
            counted = [g for g in groups if g & row["_measure_words"]]
            if said_groups and counted and not any(g in counted for g in said_groups):
                warn("measure", said_words=_surface(said_groups[0] & words, sentence.text), subject=row["subject"],
                     subject_zh=row["subject_zh"])
                break
        said_value = float(mention.value if mention.value is not None else mention.low)
        low, _ = row["_interval"]
        if abs(said_value - low) > 0.005 * abs(low) and _significant(said_value) < _significant(low):
            warn("precision", "rounded", text=mention.text, source_words=figure["source_words"])
        elif row["qualifier"] in ("approximate", MAGNITUDE) and _significant(said_value) > _significant(low):
            warn("precision", "more_precise", text=mention.text, source_words=figure["source_words"])
        if row["computed_by"] and sentence.attributing:
            warn("derived", f"derived_{row['computed_by']}")
        named = sentence.producers
        if named and row["producer_id"] not in named:
            other = self.producers[named[0]]
            names = {"other": other["name_short"], "other_zh": other["name_zh"]}
            if row["producer_id"]:
                real = self.producers[row["producer_id"]]
                warn("producer", **names, real=real["name_short"], real_zh=real["name_zh"])
            else:
                warn("producer", "producer_unnamed", **names)
        return found


def as_json(numbers: list[Number]) -> dict:
    return {"numbers": [{**{k: v for k, v in asdict(n).items() if k != "matches"},
                         "matches": [{"figure_id": m.figure_id, "score": m.score, "reasons": m.reasons,
                                      "warnings": m.warnings} for m in n.matches]} for n in numbers]}
