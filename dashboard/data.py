"""Loading `data/` once at start-up into one read-only `Dataset` passed to every page.

The columns and their types come from `data/datapackage.json`, the descriptor the ETL
writes beside the CSVs (the one column contract, `etl.datapackage`): each table must
have every column its schema lists, numbers become floats and integers nullable ints.
A missing or malformed file stops start-up with one line saying which and how to fix
it (`DataError`), rather than a page failing later. Source texts are read from `seeds/`
so the Sources page can show every quote in place.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.charts import ChartSpec
from dashboard.site import PAGE_OF_TOPIC

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("figures", "indicators", "sources", "events", "charts", "producers", "originals")   # the tables the dashboard shows
REBUILD = "rebuild data/ with `python -m etl`"


class DataError(Exception):
    """data/ is missing or not what the ETL writes."""


@dataclass(frozen=True)
class Dataset:
    figures: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    texts: dict[str, str]          # source_id -> full text
    charts: dict[str, ChartSpec]   # chart_id -> spec, in page order
    producers: pd.DataFrame        # indexed by producer_id
    originals: pd.DataFrame        # indexed by original_id
    data_dir: Path                 # where the tables were read from
    dictionary: dict               # table -> its resource in datapackage.json (descriptions, fields)

    def figure(self, figure_id: str) -> dict:
        return self.figures.loc[figure_id].to_dict() | {"figure_id": figure_id}

    def source(self, source_id: str) -> dict:
        return self.sources.loc[source_id].to_dict() | {"source_id": source_id}

    def producer(self, producer_id: str) -> dict | None:
        return self.producers.loc[producer_id].to_dict() if producer_id else None

    def original(self, original_id: str) -> dict | None:
        return self.originals.loc[original_id].to_dict() if original_id else None

    def credit_parts(self, figure) -> tuple[dict, dict | None, dict | None]:
        """(source, producer, original) of a figure row, for `formatting.credit` and `attribution`."""
        return (self.source(figure["source_id"]), self.producer(figure["producer_id"]),
                self.original(figure["original_id"]))

    @staticmethod
    def csv(rows: pd.DataFrame) -> str:
        """Rows of the figures table as CSV, every published column, numbers as `data/` writes them."""
        return rows.to_csv(index=False, lineterminator="\n", float_format="%.15g")


def _schemas(data_dir: Path) -> dict[str, dict]:
    """The package's table resources (description, description_zh, schema), by table name."""
    path = data_dir / "datapackage.json"
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
        return {resource["name"]: resource for resource in package["resources"] if "schema" in resource}
    except FileNotFoundError:
        raise DataError(f"{path}: missing: run `python -m etl` to build data/") from None
    except (ValueError, KeyError, TypeError):
        raise DataError(f"{path}: not a data package the ETL wrote: {REBUILD}") from None


def _read(path: Path, fields: list[dict]) -> pd.DataFrame:
    if not path.is_file():
        raise DataError(f"{path}: missing: run `python -m etl` to build data/")
    try:
        with open(path, encoding="utf-8", newline="") as file:
            header = next(csv.reader(file), [])
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise DataError(f"{path}: unreadable CSV ({exc.__class__.__name__}): {REBUILD}") from None
    missing = [field["name"] for field in fields if field["name"] not in header]
    if missing:
        raise DataError(f"{path}: column {missing[0]!r} missing: {REBUILD}")
    for field in fields:
        if field["type"] in ("number", "integer"):
            numbers = pd.to_numeric(frame[field["name"]].replace("", None), errors="coerce")
            frame[field["name"]] = numbers.astype("Int64") if field["type"] == "integer" else numbers
    return frame


def load(data_dir: Path = ROOT / "data", seeds_dir: Path = ROOT / "seeds") -> Dataset:
    schemas = _schemas(data_dir)
    absent = [table for table in TABLES if table not in schemas]
    if absent:
        raise DataError(f"{data_dir / 'datapackage.json'}: no table {absent[0]!r}: {REBUILD}")
    frames = {table: _read(data_dir / f"{table}.csv", schemas[table]["schema"]["fields"]) for table in TABLES}
    figures, indicators = frames["figures"], frames["indicators"]
    sources = frames["sources"].set_index("source_id", drop=False).rename_axis(None)
    texts = {}
    for source_id, row in sources.iterrows():
        path = seeds_dir / row["file"]
        try:
            texts[source_id] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise DataError(f"{path}: source text of {source_id} unreadable: restore seeds/") from None
    unknown = set(figures["indicator"]) - set(indicators["indicator"])
    if unknown:
        raise DataError(f"{data_dir / 'figures.csv'}: unknown indicator {sorted(unknown)[0]!r}: {REBUILD}")
    pageless = sorted(set(frames["charts"]["topic"]) - set(PAGE_OF_TOPIC))
    if pageless:
        raise DataError(f"{data_dir / 'charts.csv'}: no page shows topic {pageless[0]!r}: add it to dashboard/site.py")
    return Dataset(figures=figures.set_index("figure_id", drop=False).rename_axis(None),
                   indicators=indicators.set_index("indicator", drop=False).rename_axis(None),
                   sources=sources, events=frames["events"], texts=texts,
                   charts={row["chart_id"]: ChartSpec.from_row(row) for row in frames["charts"].to_dict("records")},
                   producers=frames["producers"].set_index("producer_id", drop=False).rename_axis(None),
                   originals=frames["originals"].set_index("original_id", drop=False).rename_axis(None),
                   data_dir=data_dir, dictionary=schemas)
