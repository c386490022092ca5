"""Command line: `python -m etl [--check]` and `python -m etl scan FILE`.

- `python -m etl` rebuilds `data/` from `seeds/` and `etl/catalog/` (byte-identical
  on every run); it reports mentions nobody has reviewed yet.
- `python -m etl --check` rebuilds in memory and fails if `data/` differs from it or
  any mention is unreviewed.
- `python -m etl scan FILE [--format csv|table]` prints every numeric mention of any
  UTF-8 text file, to help a curator catalogue a new source.
Bad input prints one line `file: entry: field: problem` and exits with status 2.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from etl.build import Paths, build, format_cell, stale, write
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
    args = parser.parse_args(argv)
    try:
        if args.command == "scan":
            return _scan(args)
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
