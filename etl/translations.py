"""Chinese translations of the catalog's human text, checked against the glossary.

Every text a reader sees in the catalog (an indicator's label and definition, a chart's
title and note, an event's label, a figure's caveat) has a `*_zh` field beside the English
one. `translated(...)` returns it, or fails the build with one line naming the file, the
entry and the field when it is missing, or when the English uses a term of
`etl/catalog/glossary.yaml` and the Chinese does not use the glossary's rendering of it
(so "cases resolved" is always 破获, never 立案). `place(...)` names a figure's or an event's
geography in Chinese from the glossary's `places`. The glossary is also what the tests read.
`dictionary(...)` reads the Chinese data dictionary (`columns.yaml`): a description for every
table and column that `etl.datapackage` lists, checked the same way.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from etl.entries import Schema, load_entries, read_yaml
from etl.errors import EtlError

GLOSSARY_SCHEMA = Schema(key="en", required={"en": str, "zh": str}, optional={"note": str})
_CHINESE = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=4)
def glossary(catalog: Path) -> tuple[tuple[str, str], ...]:
    """(English term, Chinese term) pairs, longest English first."""
    terms = [(entry["en"], entry["zh"]) for entry in load_entries(catalog / "glossary.yaml", "terms", GLOSSARY_SCHEMA)]
    return tuple(sorted(terms, key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=4)
def places_zh(catalog: Path) -> dict[str, str]:
    return dict((read_yaml(catalog / "glossary.yaml") or {}).get("places") or {})


def place(catalog: Path, path: Path, entry_id: str, geography: str) -> str:
    """The Chinese name of a figure's or an event's place, from the glossary's `places`."""
    chinese = places_zh(catalog).get(geography)
    if not chinese:
        raise EtlError(path, entry_id, "geography", f"{geography!r} has no Chinese name: add it under "
                       f"places: in {catalog / 'glossary.yaml'}")
    return chinese


def translated(catalog: Path, path: Path, entry_id: str, entry: dict, field: str) -> str:
    """The Chinese beside `entry[field]` (in `field_zh`), checked; '' when the English is empty."""
    english, chinese = entry.get(field) or "", entry.get(f"{field}_zh") or ""
    if not english:
        if chinese:
            raise EtlError(path, entry_id, f"{field}_zh", f"there is no {field} to translate: remove it")
        return ""
    if not chinese:
        raise EtlError(path, entry_id, f"{field}_zh", f"missing Chinese translation of {field}: add "
                       f"{field}_zh (terms in {catalog / 'glossary.yaml'})")
    if not _CHINESE.search(chinese):
        raise EtlError(path, entry_id, f"{field}_zh", "holds no Chinese: write the translation in Chinese")
    lowered = english.lower().replace("’", "'")   # typographic apostrophes match the glossary's
    for term, rendering in glossary(catalog):
        if term.lower() in lowered and rendering not in chinese:
            raise EtlError(path, entry_id, f"{field}_zh", f"the English says {term!r}: the glossary's "
                           f"Chinese for it is {rendering!r}, which the translation does not use")
    return chinese


def dictionary(catalog: Path, tables: dict) -> dict[str, tuple[str, dict[str, str]]]:
    """{table: (Chinese description, {column: Chinese description})} from `columns.yaml`, every table
    and column of `tables` (`etl.datapackage.TABLES`) present, none extra, each on the glossary."""
    path = catalog / "columns.yaml"
    given = (read_yaml(path) or {}).get("tables")
    if not isinstance(given, dict):
        raise EtlError(path, "", "tables", "expected 'tables:' mapping each table to description_zh and columns")
    extra = sorted(set(given) - set(tables))
    if extra:
        raise EtlError(path, extra[0], "", "not a table of data/ (etl/datapackage.py): remove it")
    chinese = {}
    for table, (description, fields) in tables.items():
        entry = given.get(table)
        if not isinstance(entry, dict) or not isinstance(entry.get("columns"), dict):
            raise EtlError(path, table, "columns", f"missing: add {table}: with description_zh: and columns:")
        names = [name for name, *_ in fields]
        extra = sorted(set(entry["columns"]) - set(names))
        if extra:
            raise EtlError(path, f"{table}.{extra[0]}", "", "not a column of the table (etl/datapackage.py): remove it")
        columns = {}
        for name, _, text, _ in fields:
            if not entry["columns"].get(name):
                raise EtlError(path, f"{table}.columns", name, f"missing Chinese description of {table}.{name}: "
                               f"add `{name}: <中文>` under {table}: columns:")
            columns[name] = translated(catalog, path, f"{table}.{name}",
                                       {"description": text, "description_zh": str(entry["columns"][name])},
                                       "description")
        chinese[table] = (translated(catalog, path, table, {"description": description,
                                                            "description_zh": entry.get("description_zh")},
                                     "description"), columns)
    return chinese
