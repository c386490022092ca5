"""Command line: `python -m etl [--check]`, `scan FILE`, `check FILE`, `draft FILE --source-id ID`, `accept ID`.

- `python -m etl` rebuilds `data/` from `seeds/` and `etl/catalog/` (byte-identical
  on every run); it reports mentions nobody has reviewed yet.
- `python -m etl --check` rebuilds in memory and fails if `data/` differs from it or
  any mention is unreviewed.
- `python -m etl scan FILE [--format csv|table]` prints every numeric mention of any
  UTF-8 text file, to help a curator catalogue a new source.
- `python -m etl draft FILE --source-id ID` registers a new text as a draft source and
  proposes its figures and dismissals in `etl/catalog/drafts/ID.yaml`; after review,
  `python -m etl accept ID` moves the accepted entries into the catalog (all or nothing).
Bad input prints one line `file: entry: field: problem` and exits with status 2.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from etl.accept import Refused, accept
from etl.build import Paths, build, format_cell, stale, write
from etl.draft import draft
from etl.entries import read_yaml
from etl.checker import Checker
from etl.deckcheck import check_file
from etl.errors import EtlError
from etl.numbers import scan

SCAN_COLUMNS = ["char_start", "char_end", "kind", "value", "low", "high", "unit", "currency",
                "qualifier", "qualifier_text", "change", "per", "date", "text"]


def _paths(args) -> Paths:
    defaults = Paths()
    return Paths(seeds=Path(args.seeds or defaults.seeds), catalog=Path(args.catalog or defaults.catalog),
                 data=Path(args.data or defaults.data))


def _scan(args) -> int:
    path = Path(args.file)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise EtlError(path, "", "", "file not found") from None
    except IsADirectoryError:
        raise EtlError(path, "", "", "is a directory, not a text file") from None
    except UnicodeDecodeError as exc:
        raise EtlError(path, "", "", f"not UTF-8 (byte {exc.start}): convert it to UTF-8") from None
    mentions = scan(text)
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(SCAN_COLUMNS)
        for m in mentions:
            writer.writerow([format_cell(getattr(m, name)) for name in SCAN_COLUMNS])
    else:
        for m in mentions:
            shown = format_cell(m.value) if m.value is not None else \
                f"{format_cell(m.low)}..{format_cell(m.high)}" if m.low is not None else m.date
            print(f"{m.char_start:>7} {m.kind:<8} {shown:>14} {m.unit:<8} {m.qualifier:<12} {m.text}")
    return 0


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _draft(args) -> int:
    paths = _paths(args)
    written = draft(Path(args.file), args.source_id, paths.seeds, paths.catalog)
    proposal = read_yaml(written)
    print(f"{_shown(written)}: {len(proposal['figures'])} proposed figure(s), {len(proposal['dismissals'])} "
          f"proposed dismissal(s); {args.file} registered as draft {args.source_id} in "
          f"{_shown(paths.seeds / 'sources.yaml')}")
    print(f"review it (accept: true, or dismiss: REASON on a figure), then: python -m etl accept {args.source_id}")
    return 0


def _accept(args) -> int:
    try:
        changed = accept(args.source_id, _paths(args))
    except Refused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        return 2
    print(f"{args.source_id}: accepted into the catalog; data/: {len(changed)} file(s) updated")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="fail if data/ is out of date or a mention is unreviewed; write nothing")
    parser.add_argument("--seeds", help="folder of sources and sources.yaml (default: seeds/)")
    parser.add_argument("--catalog", help="folder of the reviewed catalog (default: etl/catalog/)")
    parser.add_argument("--data", help="output folder (default: data/)")
    sub = parser.add_subparsers(dest="command")
    scan_parser = sub.add_parser("scan", help="print every numeric mention of a text file")
    scan_parser.add_argument("file")
    scan_parser.add_argument("--format", choices=("csv", "table"), default="table")
    check_parser = sub.add_parser("check", help="check every number of a .txt or .pptx against data/; "
                                                "exit 1 if any warning")
    check_parser.add_argument("file")
    draft_parser = sub.add_parser("draft", help="register a new source as a draft and propose its catalog "
                                                "entries in etl/catalog/drafts/ID.yaml")
    draft_parser.add_argument("file")
    draft_parser.add_argument("--source-id", required=True, help="the new source's id (lower-case, e.g. unodc-2025)")
    accept_parser = sub.add_parser("accept", help="move a reviewed draft's accepted entries into the catalog")
    accept_parser.add_argument("source_id")
    args = parser.parse_args(argv)
    try:
        if args.command == "scan":
            return _scan(args)
        if args.command == "draft":
            return _draft(args)
        if args.command == "accept":
            return _accept(args)
        if args.command == "check":
            checker = Checker.from_data(Path(args.data) if args.data else Paths().data,
                                        Path(args.catalog) if args.catalog else Paths().catalog)
            return check_file(Path(args.file), checker, sys.stdout)
        paths = _paths(args)
        result = build(paths)
        problems = []
        if args.check:
            out_of_date = stale(result.outputs, paths.data)
            if out_of_date:
                problems.append(f"{paths.data}/{out_of_date[0]}: -: -: out of date with seeds/ and the "
                                f"catalog ({len(out_of_date)} file(s)): run `python -m etl` and commit data/")
        else:
            changed = write(result.outputs, paths.data)
            print(f"data/: {len(changed)} file(s) updated" + (f" ({', '.join(changed)})" if changed else ""))
        if result.unreviewed:
            first = result.unreviewed[0]
            problems.append(f"{paths.data}/mentions.csv: {first['mention_id']}: status: "
                            f"{len(result.unreviewed)} mention(s) unreviewed, first {first['text']!r}: "
                            f"catalogue or dismiss them in {paths.catalog}/")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems and args.check else 0
    except EtlError as error:
        print(error, file=sys.stderr)
        return 2
    except BrokenPipeError:  # `python -m etl scan FILE | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
