"""Accuracy of `scan`: on our own corpus of news sentences, and on the sources' catalogued figures.

1. tests/data/news_quantities.jsonl: sentences written for this purpose in the register of
   wire news (finance, markets, sport, tech, health, crime, migration, law, energy, weather,
   scam centres), each with its gold quantities. Scored the way the NewsQuant benchmark's
   authors score: every `quantity` prediction counts; a prediction is right when its value
   matches a gold value not yet matched (relative tolerance 1e-5; a range must match both
   ends); value+change and value+unit also need the change and the unit. Reported for the
   `dev` part (our day-to-day loop) and the `heldout` third (looked at only to report), beside
   quantulum3 on the same sentences (its ranges averaged, as those authors did; it has no
   change, so its value+change counts only gold quantities without one).
2. The five sources: every catalogued figure (span, value, unit, qualifier). Caveat: the
   catalog was reviewed with this parser at hand, so its own scores there are an upper bound.
Run: `.venv/bin/python bench/scan_accuracy.py [--errors dev|heldout]` (prints the misses).
"""
import csv
import warnings
from decimal import Decimal

from common import ROOT, source_texts, table

from etl.numbers import scan

QUANTULUM_UNITS = {"percentage": "percent", "dimensionless": "count", "dollar": "USD",
                   "united states dollar": "USD", "yuan": "CNY", "renminbi": "CNY", "hour": "hour",
                   "day": "day", "month": "month", "year": "year", "kilometre": "km",
                   "euro": "EUR", "pound sterling": "GBP", "kilogram": "kg", "tonne": "tonne", "mile": "mile"}


def gold_figures():
    with open(ROOT / "data" / "figures.csv", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["number_text"]:
                yield row


def number(text):
    return Decimal(text) if text else None


def score(predictions, name):
    """predictions: {source_id: [(start, end, value, low, high, unit, qualifier)]}"""
    gold = list(gold_figures())
    hits = {"value": 0, "unit": 0, "qualifier": 0}
    overlapping, total = 0, sum(len(p) for p in predictions.values())
    used = set()
    for row in gold:
        start, end = int(row["number_start"]), int(row["number_end"])
        candidates = [p for p in predictions.get(row["source_id"], []) if p[0] < end and start < p[1]]
        if not candidates:
            continue
        best = candidates[0]
        want_value = (number(row["value"]), number(row["low"]), number(row["high"]))
        got_value = best[2:5]
        checks = {"value": got_value == want_value, "unit": best[5] == row["unit"],
                  "qualifier": best[6] == row["qualifier"]}
        for key, ok in checks.items():
            hits[key] += ok
        used.add((row["source_id"], best[0]))
    for source_id, items in predictions.items():
        overlapping += sum(1 for p in items if (source_id, p[0]) in used)
    rows = []
    for key in ("value", "unit", "qualifier"):
        recall = hits[key] / len(gold)
        precision = hits[key] / max(1, len(used))
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        rows.append([name, key, f"{precision:.1%}", f"{recall:.1%}", f"{f1:.1%}"])
    return rows, f"{name}: {overlapping}/{total} quantity predictions are catalogued statistics " \
                 f"({overlapping / max(1, total):.1%}); gold figures: {len(gold)}"


def ours(texts):
    return {source_id: [(m.char_start, m.char_end, m.value, m.low, m.high, m.unit, m.qualifier)
                        for m in scan(text) if m.kind == "quantity"] for source_id, text in texts.items()}


def quantulum(texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
        result = {}
        for source_id, text in texts.items():
            items = []
            for q in parser.parse(text):
                unit = QUANTULUM_UNITS.get(q.unit.name.lower(), q.unit.name)
                value = Decimal(str(q.value)).normalize()
                value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
                items.append((q.span[0], q.span[1], value, None, None, unit, "exact"))
            result[source_id] = items
    return result


import json
import math
import sys
from fractions import Fraction

CORPUS = ROOT / "tests" / "data" / "news_quantities.jsonl"


def _number(text):
    return float(Fraction(text))


def gold_value(q):
    return (_number(q["low"]), _number(q["high"])) if "low" in q else _number(q["value"])


def same(a, b):
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    pairs = zip(a, b) if isinstance(a, tuple) else [(a, b)]
    return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in pairs)


def scan_predictions(text):
    found = []
    for m in scan(text):
        if m.kind != "quantity":
            continue
        value = float(m.value) if m.value is not None else \
            (float(m.low), float(m.high)) if m.high is not None else float(m.low)
        unit = f"{m.unit}/{m.per}" if m.per else m.unit
        found.append({"text": m.text, "value": value, "unit": unit, "change": m.change})
    return found


def quantulum_predictions(text):
    from quantulum3 import parser
    found = []
    for q in parser.parse(text):
        unit = QUANTULUM_UNITS.get(q.unit.name.lower(), q.unit.name)
        found.append({"text": q.surface, "value": float(q.value), "unit": unit, "change": ""})
    return found


def score_corpus(sentences, predict, errors=None):
    counts = {"gold": 0, "predicted": 0, "value": 0, "value+change": 0, "value+unit": 0}
    for sentence in sentences:
        predicted = predict(sentence["text"])
        counts["gold"] += len(sentence["quantities"])
        counts["predicted"] += len(predicted)
        unused = list(predicted)
        for q in sentence["quantities"]:
            want = gold_value(q)
            hit = next((p for p in unused if same(want, p["value"])), None)
            if hit is None:
                if errors is not None:
                    errors.append(f"miss {q['text']!r} in {sentence['id']}: {sentence['text']}")
                continue
            unused.remove(hit)
            counts["value"] += 1
            counts["value+change"] += hit["change"] == q.get("change", "")
            counts["value+unit"] += hit["unit"] == q.get("unit", "count")
        if errors is not None:
            errors.extend(f"extra {p['text']!r} ({p['value']}) in {sentence['id']}: {sentence['text']}"
                          for p in unused)
    rows = []
    for key in ("value", "value+change", "value+unit"):
        precision = counts[key] / max(1, counts["predicted"])
        recall = counts[key] / max(1, counts["gold"])
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        rows.append([key, f"{100 * precision:.1f}", f"{100 * recall:.1f}", f"{100 * f1:.1f}"])
    return rows, counts


def corpus_report():
    sentences = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    show = sys.argv[sys.argv.index("--errors") + 1] if "--errors" in sys.argv else None
    rows = []
    for split in ("dev", "heldout"):
        part = [s for s in sentences if s["split"] == split]
        errors = [] if show == split else None
        ours_rows, counts = score_corpus(part, scan_predictions, errors)
        rows += [[split, "scan"] + r for r in ours_rows]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                peer_rows, _ = score_corpus(part, quantulum_predictions)
            rows += [[split, "quantulum3"] + r for r in peer_rows]
        except ImportError:
            pass
        print(f"{split}: {len(part)} sentences, {counts['gold']} gold quantities")
        if errors:
            print("\n".join(errors))
    print(table(rows, ["part", "parser", "match", "precision", "recall", "F1"]))
    print("target: value F1 above 91.2 (the best published system on the unseen NewsQuant benchmark)\n")


corpus_report()
texts = source_texts()
rows, summary = score(ours(texts), "scan")
lines = [summary]
try:
    peer_rows, peer_summary = score(quantulum(texts), "quantulum3")
    rows += peer_rows
    lines.append(peer_summary)
except ImportError:
    lines.append("quantulum3 not installed (make bench installs it)")
print("accuracy on the catalogued figures of the five sources")
print(table(rows, ["parser", "field", "precision", "recall", "F1"]))
print("\n".join(lines))
