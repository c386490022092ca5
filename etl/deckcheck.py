"""`python -m etl check FILE`: check every number of a talk (a `.txt` or a `.pptx` deck) before giving it.

A deck is read slide by slide with python-pptx (every shape's text, tables included, and the
speaker notes); a text file is one "slide". For each number it prints the best match in
`data/` and its warnings (`etl.checker`), and exits 1 if any warning was found, so it can
run before a talk; 0 when all is well. A file that is missing, damaged, not a deck, over
20 MB, or that would unpack to more than 200 MB (a zip bomb) gets one line and exit 2.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from etl.checker import MAX_CHARS, Checker
from etl.errors import EtlError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def _deck_texts(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise EtlError(path, "", "", f"not a PowerPoint deck ({exc.__class__.__name__}): save it as .pptx") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise EtlError(path, "", "", f"unpacks to {unpacked:,} bytes (limit {MAX_UNPACKED_BYTES:,}): refusing it")
    from pptx import Presentation  # python-pptx is only needed for decks
    try:
        deck = Presentation(str(path))
    except Exception as exc:  # python-pptx raises many kinds for damaged decks
        raise EtlError(path, "", "", f"damaged deck ({exc.__class__.__name__}): open and re-save it") from None
    slides = []
    for slide in deck.slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
        slides.append("\n".join(part for part in parts if part))
    return slides


def texts_of(path: Path) -> list[str]:
    """The texts to check, one per slide (a text file is one)."""
    if not path.is_file():
        raise EtlError(path, "", "", "file not found")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise EtlError(path, "", "", f"{size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
    if path.suffix.lower() == ".pptx":
        return _deck_texts(path)
    if path.suffix.lower() != ".txt":
        raise EtlError(path, "", "", "check reads .txt and .pptx files")
    try:
        return [path.read_bytes().decode("utf-8-sig")]
    except UnicodeDecodeError as exc:
        raise EtlError(path, "", "", f"not UTF-8 (byte {exc.start}): convert it to UTF-8") from None


def check_file(path: Path, checker: Checker, out) -> int:
    """Print each number, its best match and warnings; return 1 if any warning, else 0."""
    warned = False
    for number, text in enumerate(texts_of(path), start=1):
        chunks = [text[i:i + MAX_CHARS] for i in range(0, len(text), MAX_CHARS)] or [""]
        results = [n for chunk in chunks for n in checker.check(chunk)]
        if not results:
            continue
        print(f"Slide {number}:" if path.suffix.lower() == ".pptx" else f"{path.name}:", file=out)
        for result in results:
            if not result.matches:
                print(f"  “{result.text}”: not in our sources", file=out)
                continue
            best = result.matches[0]
            print(f"  “{result.text}” → {best.figure_id} (score {best.score:.2f})", file=out)
            for warning in best.warnings:
                warned = True
                print(f"    {warning['kind']}: {warning['message']}", file=out)
    return 1 if warned else 0
