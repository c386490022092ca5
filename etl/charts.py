"""Charts: the dashboard's chart registry `etl/catalog/charts.yaml`, checked against the indicators.

Each chart shows one or more indicators, each in its own panel with its own axis, on
the page of its topic. The build fails if a chart names an unknown indicator or one of
another topic, so renaming an indicator breaks the build rather than a page. Rows go
to `data/charts.csv` in the file's order, which is the order the pages show them.
"""
from __future__ import annotations

from pathlib import Path

from etl.datapackage import new_row
from etl.entries import Schema, known, load_entries
from etl.errors import EtlError
from etl.terms import TOPICS
from etl.translations import translated

SCHEMA = Schema(key="chart_id", required={"chart_id": str, "topic": str, "title": str, "indicators": list},
                optional={"note": str, "title_zh": str, "note_zh": str})


def load_charts(catalog: Path, indicators: dict[str, dict]) -> list[dict]:
    path = catalog / "charts.yaml"
    rows = []
    for entry in load_entries(path, "charts", SCHEMA):
        chart_id, topic = entry["chart_id"], entry["topic"]
        if topic not in TOPICS:
            raise EtlError(path, chart_id, "topic", f"expected one of {', '.join(TOPICS)}")
        if not entry["indicators"] or len(set(entry["indicators"])) != len(entry["indicators"]):
            raise EtlError(path, chart_id, "indicators", "list one or more indicators, each once")
        for name in entry["indicators"]:
            indicator = known(indicators, name, path, chart_id, "indicators", "indicator",
                              "etl/catalog/indicators.yaml")
            if indicator["topic"] != topic:
                raise EtlError(path, chart_id, "indicators", f"{name} belongs to topic {indicator['topic']}, "
                               f"not {topic}: a chart shows indicators of its own page")
        row = new_row("charts")
        row.update({"chart_id": chart_id, "topic": topic, "title": entry["title"],
                    "title_zh": translated(catalog, path, chart_id, entry, "title"),
                    "indicators": ";".join(entry["indicators"]), "note": entry.get("note") or "",
                    "note_zh": translated(catalog, path, chart_id, entry, "note")})
        rows.append(row)
    return rows
