"""`python -m dashboard [--host 127.0.0.1] [--port 8050] [--debug]`: serve the dashboard.

Loads data/ once; if it is missing or malformed, prints one line saying how to fix it
and exits with status 2.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.app import create_app
from dashboard.data import ROOT, DataError, load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8050)
    parser.add_argument("--data", default=str(ROOT / "data"), help="folder of the ETL's CSVs (default: data/)")
    parser.add_argument("--seeds", default=str(ROOT / "seeds"), help="folder of the source texts (default: seeds/)")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (never in production)")
    args = parser.parse_args(argv)
    try:
        dataset = load(Path(args.data), Path(args.seeds))
    except DataError as error:
        print(error, file=sys.stderr)
        return 2
    app = create_app(dataset, debug=args.debug)
    print(f"Scam Figures dashboard on http://{args.host}:{args.port}", flush=True)
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
