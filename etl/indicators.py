"""Indicators: the controlled list of what a figure can measure, with unit and definition.

Two figures share an indicator only if they count the same thing the same way; the
dashboard never puts figures of different indicators on one axis as if comparable.
"""
from __future__ import annotations

import re
from pathlib import Path

from etl.datapackage import new_row
from etl.entries import Schema, known, load_entries
from etl.errors import EtlError
from etl.translations import translated
from etl.terms import TOPICS, UNITS, is_unit
SCHEMA = Schema(
    key="indicator",
    required={"indicator": str, "label": str, "definition": str, "unit": str, "topic": str},
    optional={"note": str, "label_zh": str, "definition_zh": str},
)


def load_indicators(catalog: Path) -> dict[str, dict]:
    path = catalog / "indicators.yaml"
    indicators = {}
    for entry in load_entries(path, "indicators", SCHEMA):
        name = entry["indicator"]
        if not re.match(r"^[a-z][a-z0-9_]*$", name):
            raise EtlError(path, name, "indicator", "use lower_snake_case")
        if not is_unit(entry["unit"]):
            raise EtlError(path, name, "unit", f"unknown unit {entry['unit']!r}: use one of "
                           f"{', '.join(UNITS)} or an ISO 4217 currency code such as USD")
        if entry["topic"] not in TOPICS:
            raise EtlError(path, name, "topic", f"expected one of {', '.join(TOPICS)}")
        for field in ("label", "definition"):
            translated(catalog, path, name, entry, field)
        row = new_row("indicators")
        row.update({column: entry.get(column) or "" for column in row})
        indicators[name] = row
    return indicators


def indicator_of(indicators: dict[str, dict], entry: dict, path: Path, figure_id: str) -> dict:
    """The indicator a figure entry names, checked to be measured in the entry's unit."""
    indicator = known(indicators, entry["indicator"], path, figure_id, "indicator", "indicator",
                      "etl/catalog/indicators.yaml")
    if entry["unit"] != indicator["unit"]:
        raise EtlError(path, figure_id, "unit", f"indicator {indicator['indicator']} is "
                       f"measured in {indicator['unit']!r}, not {entry['unit']!r}")
    return indicator
