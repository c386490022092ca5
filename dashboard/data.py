"""Loading `data/` once at start-up into one read-only `Dataset` passed to every page.

The CSVs are checked for the files and columns the dashboard relies on; a missing or
malformed file stops start-up with one line saying which and how to fix it
(`DataError`), rather than a page failing later. Source texts are read from `seeds/`
so the Sources page can show every quote in place.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "figures.csv": ["figure_id", "indicator", "value", "low", "high", "unit", "qualifier", "qualifier_text",
                    "period", "period_type", "geography", "subject", "source_id", "source_file",
                    "attributed_to", "quote", "char_start", "char_end", "number_start", "number_end",
                    "formula", "inputs", "note"],
    "indicators.csv": ["indicator", "label", "definition", "unit", "topic"],
    "sources.csv": ["source_id", "file", "title", "title_status", "author", "author_status", "publisher",
                    "publisher_status", "date_published", "date_published_status", "url", "url_status"],
    "events.csv": ["event_id", "date", "date_precision", "date_qualifier", "label", "geography",
                   "source_id", "quote", "char_start", "char_end"],
}


class DataError(Exception):
    """data/ is missing or not what the ETL writes."""


@dataclass(frozen=True)
class Dataset:
    figures: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    texts: dict[str, str]          # source_id -> full text

    def figure(self, figure_id: str) -> dict:
        return self.figures.loc[figure_id].to_dict() | {"figure_id": figure_id}

    def source(self, source_id: str) -> dict:
        return self.sources.loc[source_id].to_dict() | {"source_id": source_id}


def _read(path: Path, columns: list[str]) -> pd.DataFrame:
    if not path.is_file():
        raise DataError(f"{path}: missing: run `python -m etl` to build data/")
    try:
        with open(path, encoding="utf-8", newline="") as file:
            header = next(csv.reader(file), [])
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise DataError(f"{path}: unreadable CSV ({exc.__class__.__name__}): rebuild it with "
                        "`python -m etl`") from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataError(f"{path}: column {missing[0]!r} missing: rebuild data/ with `python -m etl`")
    return frame


def load(data_dir: Path = ROOT / "data", seeds_dir: Path = ROOT / "seeds") -> Dataset:
    frames = {name: _read(data_dir / name, columns) for name, columns in REQUIRED.items()}
    figures = frames["figures.csv"]
    for column in ("value", "low", "high"):
        figures[column] = pd.to_numeric(figures[column].replace("", None), errors="coerce")
    for column in ("char_start", "char_end", "number_start", "number_end"):
        figures[column] = pd.to_numeric(figures[column].replace("", None), errors="coerce").astype("Int64")
    events = frames["events.csv"]
    for column in ("char_start", "char_end"):
        events[column] = pd.to_numeric(events[column], errors="coerce").astype("Int64")
    sources = frames["sources.csv"].set_index("source_id", drop=False).rename_axis(None)
    texts = {}
    for source_id, row in sources.iterrows():
        path = seeds_dir / row["file"]
        try:
            texts[source_id] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise DataError(f"{path}: source text of {source_id} unreadable: restore seeds/") from None
    unknown = set(figures["indicator"]) - set(frames["indicators.csv"]["indicator"])
    if unknown:
        raise DataError(f"{data_dir / 'figures.csv'}: unknown indicator {sorted(unknown)[0]!r}: "
                        "rebuild data/ with `python -m etl`")
    return Dataset(figures=figures.set_index("figure_id", drop=False).rename_axis(None),
                   indicators=frames["indicators.csv"].set_index("indicator", drop=False).rename_axis(None),
                   sources=sources, events=events, texts=texts)
