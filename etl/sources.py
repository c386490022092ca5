"""Sources: the registry `seeds/sources.yaml` and the verified texts it describes.

Every file in `seeds/` must be registered with its sha256; the text must be UTF-8 with
no byte-order mark, LF line ends and some content. Each metadata field (title, author,
publisher, date published, URL, language) carries a status: `stated` (the text says
it), `inferred` (we read it off indirect evidence, explained in `note`) or `unknown`
(value left empty). Nothing here edits a source: `seeds/` is read-only. Entries marked
`draft: true` (written by `python -m etl draft`) are skipped until `python -m etl accept`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from etl.entries import Schema, check_partial_date, load_entries
from etl.datapackage import new_row
from etl.errors import EtlError
from etl.terms import METADATA_STATUSES

METADATA_FIELDS = ("title", "author", "publisher", "date_published", "url", "language")
SCHEMA = Schema(
    key="source_id",
    required={"source_id": str, "file": str, "sha256": str,
              **{name: dict for name in METADATA_FIELDS}},
    optional={"licence": str, "note": str, "draft": bool},
)


@dataclass(frozen=True)
class Source:
    source_id: str
    file: str
    text: str
    row: dict


def _metadata(path: Path, source_id: str, name: str, spec: dict) -> dict:
    unknown = set(spec) - {"value", "status", "note"}
    if unknown:
        raise EtlError(path, source_id, f"{name}.{sorted(unknown)[0]}",
                       "unknown field (use value, status, note)")
    status = spec.get("status")
    if status not in METADATA_STATUSES:
        raise EtlError(path, source_id, f"{name}.status",
                       f"expected one of {', '.join(METADATA_STATUSES)}, found {status!r}")
    value = spec.get("value")
    if isinstance(value, dt.date):
        value = value.isoformat()
    value = "" if value is None else str(value)
    if status == "unknown" and value:
        raise EtlError(path, source_id, f"{name}.value",
                       "status is unknown, so leave value empty (or say how it was inferred)")
    if status != "unknown" and not value:
        raise EtlError(path, source_id, f"{name}.value", f"status is {status} but value is empty")
    if status == "inferred" and not spec.get("note"):
        raise EtlError(path, source_id, f"{name}.note", "an inferred value needs a note saying how")
    if name == "date_published":
        check_partial_date(value, path, source_id, f"{name}.value")
    return {name: value, f"{name}_status": status, f"{name}_note": spec.get("note") or ""}


def _read_text(seeds: Path, registry: Path, source_id: str, file_name: str, sha256: str) -> tuple[str, bytes]:
    target = (seeds / file_name).resolve()
    if Path(file_name).name != file_name or target.parent != seeds.resolve():
        raise EtlError(registry, source_id, "file",
                       f"'{file_name}' must be a plain file name inside {seeds}/")
    if not target.is_file():
        raise EtlError(registry, source_id, "file", f"{seeds / file_name} does not exist")
    data = target.read_bytes()
    if not data.strip():
        raise EtlError(registry, source_id, "file", f"{seeds / file_name} is empty")
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256.lower():
        raise EtlError(registry, source_id, "sha256",
                       f"{seeds / file_name} has changed since it was registered (sha256 {digest}); "
                       "sources are read-only: restore the file, or register the new text as a new source")
    try:
        return decode_text(data), data
    except ValueError as problem:
        raise EtlError(registry, source_id, "file", f"{seeds / file_name} {problem}") from None


def decode_text(data: bytes) -> str:
    """The text of a source's bytes, or a ValueError saying what is wrong ("is empty", "is not UTF-8"...)
    and how to fix it. The build (`load_sources`) and `python -m etl draft` share these rules."""
    if not data.strip():
        raise ValueError("is empty: a source needs text")
    if b"\x00" in data:
        raise ValueError("is binary or not UTF-8 (it holds NUL bytes): export it as plain UTF-8 text")
    if data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("starts with a byte-order mark: save it as UTF-8 without BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"is not UTF-8 (byte {exc.start}): convert it to UTF-8") from None
    if "\r" in text:
        raise ValueError("has CR or CRLF line ends: convert them to LF")
    return text


def load_sources(seeds: Path) -> dict[str, Source]:
    """The registered sources, verified byte for byte, keyed by source_id."""
    registry = seeds / "sources.yaml"
    entries = load_entries(registry, "sources", SCHEMA)
    sources: dict[str, Source] = {}
    files_seen: dict[str, str] = {}
    for entry in entries:
        source_id, file_name = entry["source_id"], entry["file"]
        if file_name in files_seen:
            raise EtlError(registry, source_id, "file",
                           f"'{file_name}' is already registered as {files_seen[file_name]}")
        files_seen[file_name] = source_id
        if entry.get("draft"):   # `python -m etl draft` wrote it; `python -m etl accept` makes it a source
            continue
        text, data = _read_text(seeds, registry, source_id, file_name, entry["sha256"])
        row = new_row("sources")
        row.update({"source_id": source_id, "file": file_name, "sha256": entry["sha256"].lower(),
                    "bytes": len(data), "characters": len(text)})
        for name in METADATA_FIELDS:
            if not isinstance(entry[name], dict):
                raise EtlError(registry, source_id, name, "expected a mapping with value and status")
            row.update(_metadata(registry, source_id, name, entry[name]))
        row["licence"] = entry.get("licence") or "unknown"
        row["note"] = entry.get("note") or ""
        sources[source_id] = Source(source_id, file_name, text, row)
    unregistered = sorted(p.name for p in seeds.glob("*.txt") if p.name not in files_seen)
    if unregistered:
        raise EtlError(registry, unregistered[0], "file",
                       f"seeds/{unregistered[0]} is not registered: add an entry with its sha256 "
                       f"(sha256sum seeds/{unregistered[0]})")
    return sources
