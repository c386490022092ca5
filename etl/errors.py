"""The one error type of the ETL: a user mistake named by file, entry and field.

Every stage raises `EtlError` for bad input; `etl.__main__` prints it as one line and
exits with status 2, leaving `data/` untouched. Bugs in our own code stay ordinary
exceptions with tracebacks.
"""
from __future__ import annotations

from pathlib import Path


class EtlError(Exception):
    """`file: entry: field: message` — what is wrong and, where we can, how to fix it."""

    def __init__(self, file: str | Path, entry: str, field: str, message: str):
        self.file, self.entry, self.field, self.message = str(file), entry, field, message
        super().__init__(f"{self.file}: {entry or '-'}: {field or '-'}: {message}")
