"""Derived figures: values computed from catalogued figures by a stored formula.

`etl/catalog/derived.yaml` gives each derived figure a formula over figure ids
(`a / b`, `100 - a - b`, `a.low / b.low`), evaluated here with exact decimals and
rounded to the stated number of decimals. Nothing is typed in: the row keeps its
formula and input ids, and its qualifier is always `derived`. Inputs must come from
one source, and must be point values (a range or bound has no single value), so a
derived figure never mixes what different sources measured.
"""
from __future__ import annotations

import ast
import re
from decimal import ROUND_HALF_EVEN, Decimal, DivisionByZero, InvalidOperation
from pathlib import Path

from etl.datapackage import new_row
from etl import attribution
from etl.entries import Schema, load_entries
from etl.errors import EtlError
from etl.indicators import indicator_of
from etl.terms import DERIVED, EXACT, POINT_QUALIFIERS, is_currency
from etl.translations import place, translated

PERIOD = re.compile(r"^\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?$")
SCHEMA = Schema(
    key="figure_id",
    required={"figure_id": str, "indicator": str, "formula": str, "unit": str,
              "geography": str, "subject": str},
    optional={"decimals": int, "period": (str, int), "note": str, "computed_by": str, "subject_zh": str,
              **attribution.CAVEAT_FIELDS},
)
_OPERATORS = {ast.Add: Decimal.__add__, ast.Sub: Decimal.__sub__, ast.Mult: Decimal.__mul__,
              ast.Div: Decimal.__truediv__}


class _Formula:
    def __init__(self, path: Path, figure_id: str, formula: str, figures: dict[str, dict]):
        self.path, self.figure_id, self.figures, self.inputs = path, figure_id, figures, []
        try:
            self.tree = ast.parse(formula, mode="eval").body
        except SyntaxError:
            raise EtlError(path, figure_id, "formula", f"not a formula: {formula!r}") from None

    def fail(self, message: str):
        raise EtlError(self.path, self.figure_id, "formula", message)

    def input_value(self, name: str, part: str) -> Decimal:
        row = self.figures.get(name)
        if row is None:
            self.fail(f"unknown figure id {name!r} (derived figures may use those listed before them)")
        if name not in self.inputs:
            self.inputs.append(name)
        if part == "value" and row["qualifier"] not in POINT_QUALIFIERS:
            self.fail(f"{name} is a {row['qualifier']} figure with no single value: use "
                      f"{name}.low or {name}.high if that is what you mean")
        number = row[part]
        if number is None:
            self.fail(f"{name} has no {part}")
        return number

    def evaluate(self, node=None) -> Decimal:
        node = self.tree if node is None else node
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            try:
                return _OPERATORS[type(node.op)](self.evaluate(node.left), self.evaluate(node.right))
            except (DivisionByZero, InvalidOperation):
                self.fail("division by zero")
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -self.evaluate(node.operand)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            return self.input_value(node.id, "value")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.attr in ("value", "low", "high"):
            return self.input_value(node.value.id, node.attr)
        self.fail("only numbers, figure ids (optionally .low/.high) and + - * / are allowed")


def load_derived(catalog: Path, figures: list[dict], indicators: dict[str, dict]) -> list[dict]:
    """Derived rows computed from `figures` (the verified catalogued rows)."""
    path = catalog / "derived.yaml"
    by_id = {row["figure_id"]: row for row in figures}
    rows = []
    for entry in load_entries(path, "derived", SCHEMA):
        figure_id = entry["figure_id"]
        if figure_id in by_id:
            raise EtlError(path, figure_id, "figure_id", "already used by a catalogued figure")
        indicator_of(indicators, entry, path, figure_id)
        period = str(entry.get("period") or "")
        if period and not PERIOD.match(period):
            raise EtlError(path, figure_id, "period", "expected YYYY[-MM[-DD]] or START/END")
        decimals = entry.get("decimals", 2)
        if not 0 <= decimals <= 10:
            raise EtlError(path, figure_id, "decimals", "expected 0 to 10")
        if entry.get("computed_by", "scam_figures") != "scam_figures":
            raise EtlError(path, figure_id, "computed_by", "derived figures are computed by us: scam_figures")
        formula = _Formula(path, figure_id, entry["formula"], by_id)
        value = formula.evaluate().quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN)
        inputs = [by_id[name] for name in formula.inputs]
        source_ids = sorted({row["source_id"] for row in inputs})
        if len(source_ids) != 1:
            raise EtlError(path, figure_id, "formula", "inputs come from several sources "
                           f"({', '.join(source_ids)}): derive only within one source")
        loose = [f"{row['figure_id']} is {row['qualifier']}" for row in inputs
                 if row["qualifier"] != EXACT]
        note = " ".join(filter(None, [entry.get("note"), ("Inputs: " + "; ".join(loose) + ".")
                                      if loose else ""]))
        row = new_row("figures")
        row.update({
            "figure_id": figure_id, "indicator": entry["indicator"], "value": value,
            "unit": entry["unit"], "currency": entry["unit"] if is_currency(entry["unit"]) else "",
            "qualifier": DERIVED, "period": period, "period_type": "during" if period else "unstated",
            "geography": entry["geography"], "subject": entry["subject"], "source_id": source_ids[0],
            "geography_zh": place(catalog, path, figure_id, entry["geography"]),
            "subject_zh": translated(catalog, path, figure_id, entry, "subject"),
            "source_file": inputs[0]["source_file"],
            "attribution_status": "none", "computed_by": "scam_figures", **attribution.caveats(path, figure_id, entry),
            "caveat_text_zh": translated(catalog, path, figure_id, entry, "caveat_text"),
            "formula": entry["formula"], "inputs": ";".join(formula.inputs), "note": note,
        })
        rows.append(row)
        by_id[figure_id] = row
    return rows
