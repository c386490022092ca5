"""Accuracy of `scan` on the sources' numeric mentions against the reviewed catalog.

Gold: every catalogued figure (its number's span in the source, value or low/high,
unit, qualifier). A prediction matches a gold figure when their spans overlap.
- recall: gold figures with an overlapping prediction whose value (unit, qualifier)
  equals the gold one, over all gold figures;
- precision: overlapping predictions whose value (unit, qualifier) is right, over all
  predictions that overlap a gold figure;
- statistic precision: predictions that overlap a gold figure, over all quantity
  predictions (number words like "two types of victims" count against it).
The same for quantulum3 on the same texts (it has no qualifiers: read as exact).
Caveat: the catalog was reviewed with this parser at hand, so its own scores are an
upper bound; `number:` overrides in the catalog are where it and the curator disagree.
Run: `.venv/bin/python bench/scan_accuracy.py`.
"""
import csv
import warnings
from decimal import Decimal

from common import ROOT, source_texts, table

from etl.numbers import scan

QUANTULUM_UNITS = {"percentage": "percent", "dimensionless": "count", "dollar": "USD",
                   "united states dollar": "USD", "yuan": "CNY", "renminbi": "CNY", "hour": "hour",
                   "day": "day", "month": "month", "year": "year", "kilometre": "km"}


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
