"""Reading the reviewed YAML files: typed entries, each checked field by field.

`load_entries` reads a YAML file that holds a list of mappings and checks every entry
against a `Schema` (required and optional fields with their types), so a typo in a
field name or a number written as text is reported as `file: entry: field: problem`
before any other stage looks at it. What the fields mean is left to the stages.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from etl.errors import EtlError

try:  # the C loader is several times faster; fall back when PyYAML lacks libyaml
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True)
class Schema:
    key: str                                   # the field that names an entry in errors
    required: dict[str, type | tuple] = field(default_factory=dict)
    optional: dict[str, type | tuple] = field(default_factory=dict)
    unique: bool = True                        # whether `key` must differ between entries


def read_yaml(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EtlError(path, "", "", "file not found") from None
    except UnicodeDecodeError as exc:
        raise EtlError(path, "", "", f"not UTF-8 (byte {exc.start}): save it as UTF-8") from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise EtlError(path, where, "", f"malformed YAML: {problem}") from None


def _type_name(kind) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join({str: "text", int: "a whole number", float: "a number",
                        list: "a list", dict: "a mapping", bool: "true/false"}.get(k, k.__name__)
                       for k in kinds)


def load_entries(path: Path, top_key: str, schema: Schema) -> list[dict]:
    """The list under `top_key` in `path`, every entry checked against `schema`."""
    document = read_yaml(path)
    if document is None:
        raise EtlError(path, "", top_key, f"the file is empty: expected a list under '{top_key}:'")
    if not isinstance(document, dict) or not isinstance(document.get(top_key), list):
        raise EtlError(path, "", top_key, f"expected a mapping with a list under '{top_key}:'")
    entries, seen = [], set()
    for index, entry in enumerate(document[top_key], start=1):
        if not isinstance(entry, dict):
            raise EtlError(path, f"entry {index}", "", "expected a mapping of field: value")
        name = str(entry.get(schema.key, f"entry {index}"))
        for key, kind in schema.required.items():
            if key not in entry or entry[key] is None or entry[key] == "":
                raise EtlError(path, name, key, "missing required field")
        for key, value in entry.items():
            kind = schema.required.get(key) or schema.optional.get(key)
            if kind is None:
                known = ", ".join(sorted({**schema.required, **schema.optional}))
                raise EtlError(path, name, str(key), f"unknown field (known fields: {known})")
            if value is not None and not _is_instance(value, kind):
                raise EtlError(path, name, key,
                               f"expected {_type_name(kind)}, found {value!r}")
        if schema.unique and name in seen:
            raise EtlError(path, name, schema.key, f"duplicate {schema.key} '{name}'")
        if not ID_PATTERN.match(name) and schema.key.endswith("_id"):
            raise EtlError(path, name, schema.key,
                           "ids use lower-case letters, digits, '_', '-' and '.'")
        seen.add(name)
        entries.append(entry)
    return entries


def _is_instance(value, kind) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False
    return isinstance(value, kinds)


def as_decimal(value, path: Path, entry: str, field_name: str) -> Decimal | None:
    """A YAML number as an exact Decimal (1.3e9 and 540500000 alike), None if absent."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise EtlError(path, entry, field_name, f"expected a number, found {value!r}")
    try:
        number = Decimal(str(value).replace("_", ""))
    except InvalidOperation:
        raise EtlError(path, entry, field_name, f"expected a number, found {value!r}") from None
    if not number.is_finite():
        raise EtlError(path, entry, field_name, f"expected a finite number, found {value!r}")
    return number


def check_partial_date(value, path: Path, entry: str, field_name: str) -> str:
    """'2024', '2024-05' or '2024-05-06': no more precise than the source."""
    text = "" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value)
    if text and not PARTIAL_DATE.match(text):
        raise EtlError(path, entry, field_name,
                       f"expected YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML), found {value!r}")
    return text


def known(table: dict, key: str, path: Path, entry: str, field_name: str, what: str, where: str):
    """`table[key]`, or an EtlError naming what is unknown and where to add it."""
    if key not in table:
        raise EtlError(path, entry, field_name, f"unknown {what} {key!r} (add it to {where})")
    return table[key]
