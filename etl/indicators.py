"""Indicators: the controlled list of what a figure can measure, with unit and definition.

Two figures share an indicator only if they count the same thing the same way; the
dashboard never puts figures of different indicators on one axis as if comparable.
"""
from __future__ import annotations

import re
from pathlib import Path

from etl.catalog import Schema, load_entries
from etl.errors import EtlError

UNITS = ("count", "percent", "percentage_point", "times", "ratio", "hour", "day", "week", "month",
         "year", "km", "metre", "mile", "tonne", "kg", "minute", "second")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
TOPICS = ("enforcement_china", "myanmar_crackdown", "trafficking", "film_and_public",
          "regional_context")
SCHEMA = Schema(
    key="indicator",
    required={"indicator": str, "label": str, "definition": str, "unit": str, "topic": str},
    optional={"note": str},
)
INDICATOR_COLUMNS = ["indicator", "label", "definition", "unit", "topic", "note"]


def is_unit(unit: str) -> bool:
    return unit in UNITS or bool(CURRENCY_CODE.match(unit))


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
        indicators[name] = {column: entry.get(column) or "" for column in INDICATOR_COLUMNS}
    return indicators
