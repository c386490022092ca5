"""Drafting a new source: `python -m etl draft FILE --source-id ID`.

Checks the text (UTF-8, LF line ends, no byte-order mark, not empty, not binary, at most
20 MB), copies it into `seeds/` under its sha256, registers it in `seeds/sources.yaml`
marked `draft: true` (the build skips drafts), and writes `etl/catalog/drafts/ID.yaml`:
- one proposed figure per quantity: the sentence as its quote (widened until it is
  unique in the text), the parser's value, unit, qualifier and direction of change, the
  closest existing indicator (or a proposed new one), a stated period when the sentence
  has exactly one year or date, and the words naming a producer ("according to ...",
  "... said") with the producer's id when the catalog knows the name;
- one proposed dismissal per year, date, name, code, time, score or ordinal, quoted by
  the fewest words around it that are unique in the text.
Every proposal starts `accept: false`; a reviewer edits the file, then runs
`python -m etl accept ID` (`etl.accept`). Nothing outside `drafts/` and the registry is
touched, and nothing at all when the input is refused.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from pathlib import Path

import yaml

from etl import numbers
from etl.entries import ID_PATTERN, read_yaml
from etl.errors import EtlError
from etl.mentions import sentence_bounds
from etl.sources import decode_text
from etl.terms import CAVEATS

MAX_BYTES = 20 * 1024 * 1024
DISMISSAL_OF_KIND = {numbers.YEAR: "calendar_date", numbers.DATE: "calendar_date", numbers.NAME: "name",
                     numbers.CODE: "code", numbers.TIME: "time_of_day", numbers.SCORE: "score",
                     numbers.ORDINAL: "ordinal"}
_NAME = r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of|for|on|and|the|de|[A-Z][\w.&’'-]*)){0,12}"
PRODUCER_WORDS = re.compile(
    rf"(?:(?i:according\s+to|data\s+from|figures\s+from|statistics\s+from|estimates?\s+(?:by|from)"
    rf"|a\s+report\s+(?:by|from)|a\s+survey\s+(?:by|from)|research\s+by|a\s+study\s+by)\s+(?P<who>{_NAME})"
    rf"|(?P<who2>{_NAME})\s+(?:said|says|estimated|estimates|reported|reports|told|found|announced"
    rf"|disclosed|counted|recorded)\b"
    rf"|\b(?:said|says|told)\s+(?P<who3>{_NAME}))")
_WORD = re.compile(r"[a-z]+")
_STOP = set("the a an of in on at to for and or by with from as is was were are be been has have had this that "
            "these those it its their his her more than over about some".split())


def read_text(path: Path) -> tuple[str, bytes]:
    """The file's text, or an EtlError saying in one line why it cannot be a source."""
    if not path.is_file():
        raise EtlError(path, "", "", "file not found" if not path.exists() else "is not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise EtlError(path, "", "", f"is {size / 1024 / 1024:.1f} MB: sources are at most 20 MB; split it")
    data = path.read_bytes()
    try:
        text = decode_text(data)
    except ValueError as problem:
        raise EtlError(path, "", "", str(problem)) from None
    return text, data


def unique_quote(text: str, start: int, end: int, stop_left: int = 0, stop_right: int | None = None) -> str:
    """The fewest whole words around text[start:end] that occur once in `text`, within the stops."""
    stop_right = len(text) if stop_right is None else stop_right
    left, right = start, end
    while text.count(text[left:right]) > 1:
        grown = False
        if right < stop_right:
            nxt = re.compile(r"\s*\S+").match(text, right)
            if nxt and nxt.end() <= stop_right:
                right, grown = nxt.end(), True
        if text.count(text[left:right]) > 1 and left > stop_left:
            prev = re.search(r"\S+\s*$", text[stop_left:left])
            if prev:
                left, grown = stop_left + prev.start(), True
        if not grown:
            break
    return text[left:right].strip()


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def closest_indicator(sentence: str, unit: str, indicators: list[dict]) -> tuple[str, float]:
    """The indicator in the same unit whose label and definition share the most words with the sentence."""
    words = _stems(sentence)
    best, score = "", 0.0
    for indicator in indicators:
        if indicator.get("unit") != unit:
            continue
        theirs = _stems(f"{indicator.get('label', '')} {indicator.get('definition', '')}")
        overlap = len(words & theirs) / max(1, len(theirs))
        if overlap > score:
            best, score = indicator["indicator"], overlap
    return best, score


def producer_words(sentence: str, producers: list[dict]) -> tuple[str, str]:
    """The words naming who produced a number, and the producer's id when the catalog knows the name."""
    m = PRODUCER_WORDS.search(sentence)
    if not m:
        return "", ""
    words = m.group(0).strip().rstrip(".,;:")
    lowered = words.lower()
    for producer in producers:
        names = [producer.get("name", ""), producer.get("name_short", "")]
        if any(name and name.lower() in lowered for name in names):
            return words, producer["producer_id"]
    return words, ""


def _slug(text: str, limit: int = 3) -> str:
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP][:limit]
    return "_".join(words) or "figure"


_CLAUSE = re.compile(r"[^,.;:()\n“”\"]{0,80}")


_CLAUSE_BEFORE = re.compile(r"[^,.;:()\n“”\"]{0,80}$")


def clause_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause around text[start:end] (what the number counts, in the source's words), and its words after."""
    after = _CLAUSE.match(text, end).group(0)
    before = _CLAUSE_BEFORE.search(text, max(0, start - 80), start).group(0)
    return " ".join((before + text[start:end] + after).split()), " ".join(after.split()[:6])


def _catalog_list(path: Path, key: str) -> list[dict]:
    document = read_yaml(path) if path.is_file() else None
    return (document or {}).get(key) or []


def propose(text: str, source_id: str, catalog: Path) -> dict:
    """The draft for `text`: proposed figures and dismissals, each `accept: false`."""
    indicators = _catalog_list(catalog / "indicators.yaml", "indicators")
    producers = _catalog_list(catalog / "producers.yaml", "producers")
    bounds = sentence_bounds(text)
    mentions = numbers.scan(text)
    figures, dismissals, ids = [], [], set()
    periods_used = set()
    for m in mentions:
        at = bisect.bisect_right(bounds, m.char_start) - 1
        s_start, s_end = bounds[at], bounds[at + 1] if at + 1 < len(bounds) else len(text)
        sentence = text[s_start:s_end].strip()
        if m.kind != numbers.QUANTITY:
            continue
        quote = sentence if text.count(sentence) == 1 else unique_quote(text, s_start, s_end)
        in_quote = [q for q in numbers.scan(quote) if q.kind == numbers.QUANTITY]
        dates = [q for q in numbers.scan(sentence) if q.kind in (numbers.YEAR, numbers.DATE) and q.date]
        clause, noun = clause_of(text, m.char_start, m.char_end)
        base = f"{source_id.replace('-', '_')}_{_slug(noun if _slug(noun) != 'figure' else clause)}"
        figure_id, n = base, 1
        while figure_id in ids:
            n += 1
            figure_id = f"{base}_{n}"
        ids.add(figure_id)
        indicator, score = closest_indicator(sentence, m.unit, indicators)
        entry = {"accept": False, "figure_id": figure_id, "source_id": source_id}
        if score >= 0.25:
            entry["indicator"] = indicator
        else:
            entry["indicator"] = figure_id
            entry["new_indicator"] = {"label": "", "label_zh": "", "definition": "", "definition_zh": "",
                                      "unit": m.unit, "topic": ""}
        entry.update({k: _plain(getattr(m, k)) for k in ("value", "low", "high") if getattr(m, k) is not None})
        entry.update({"unit": m.unit, "qualifier": m.qualifier, "change": m.change or "none",
                      "geography": "not stated", "subject": clause, "subject_zh": ""})
        words, producer = producer_words(sentence, producers)
        if words:
            entry.update({"producer": producer, "attribution": "stated", "attribution_text": words})
        else:
            entry["attribution"] = "none"
        if len(dates) == 1:
            entry.update({"period": dates[0].date, "period_type": "during"})
            periods_used.add((dates[0].char_start + text.find(sentence, s_start), dates[0].date))
        else:
            entry.update({"caveats": ["unstated_period"],
                          "caveat_text": CAVEATS["unstated_period"][0].upper() + CAVEATS["unstated_period"][1:] + ".",
                          "caveat_text_zh": ""})
        entry.update({"quote": quote, "quote_zh": ""})
        if len(in_quote) > 1:
            entry["number"] = m.text
        figures.append(entry)
    for index, m in enumerate(mentions):
        if m.kind == numbers.QUANTITY or (m.char_start, m.date) in periods_used:
            continue
        left = mentions[index - 1].char_end if index else 0
        right = mentions[index + 1].char_start if index + 1 < len(mentions) else len(text)
        dismissals.append({"accept": False, "source_id": source_id,
                           "quote": unique_quote(text, m.char_start, m.char_end, left, right),
                           "reason": DISMISSAL_OF_KIND.get(m.kind, "not_a_statistic")})
    return {"source_id": source_id, "figures": figures, "dismissals": dismissals}


def _plain(value):
    return int(value) if value == value.to_integral_value() else float(value)


def draft(path: Path, source_id: str, seeds: Path, catalog: Path) -> Path:
    """Check `path`, register it as a draft source and write its draft; return the draft's path."""
    text, data = read_text(path)
    registry = seeds / "sources.yaml"
    if not ID_PATTERN.match(source_id):
        raise EtlError(registry, source_id, "source_id", "use lower-case letters, digits, '-', '_' or '.'")
    known = {entry.get("source_id") for entry in _catalog_list(registry, "sources")}
    drafts = catalog / "drafts"
    if source_id in known or (drafts / f"{source_id}.yaml").exists():
        raise EtlError(registry, source_id, "source_id", "this source id exists already: choose another")
    digest = hashlib.sha256(data).hexdigest()
    same = [entry["source_id"] for entry in _catalog_list(registry, "sources") if entry.get("sha256") == digest]
    if same:
        raise EtlError(path, "", "", f"this text is registered already as {same[0]}")
    proposal = propose(text, source_id, catalog)
    number = len(list(seeds.glob("*.txt")))
    file_name = f"{number:03d}_{digest[:16]}.txt"
    header = (f"# Draft for {source_id} ({path.name}), written by `python -m etl draft`.\n"
              "# Review every entry: set accept: true to catalogue it (edit what the parser got wrong;\n"
              "# fill geography, subject and any new_indicator, and their Chinese *_zh fields with the\n"
              "# terms of etl/catalog/glossary.yaml), or on a figure set dismiss: <reason>.\n"
              f"# Then run `python -m etl accept {source_id}`.\n")
    body = yaml.safe_dump(proposal, allow_unicode=True, sort_keys=False, width=110)
    drafts.mkdir(parents=True, exist_ok=True)
    (drafts / f"{source_id}.yaml").write_text(header + body, encoding="utf-8")
    (seeds / file_name).write_bytes(data)
    entry = (f"  - source_id: {source_id}\n    draft: true\n    file: {file_name}\n    sha256: {digest}\n"
             + "".join(f"    {name}: {{status: unknown}}\n"
                       for name in ("title", "author", "publisher", "date_published", "url", "language")))
    current = registry.read_text(encoding="utf-8")
    registry.write_text(current + ("" if current.endswith("\n") else "\n") + entry, encoding="utf-8")
    return drafts / f"{source_id}.yaml"
