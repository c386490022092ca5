"""`python -m dashboard [--host 127.0.0.1] [--port 8050] [--debug]`: serve the dashboard (development server).

Loads data/ once; if it is missing or malformed, prints one line saying how to fix it
and exits with status 2. Starts rendering missing images in the background
(`dashboard.images`). The server names no software or version (`Server: scam-figures`).
For production use `make serve` (gunicorn, see `gunicorn_conf.py`).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler

from dashboard.app import create_app
from dashboard.data import ROOT, DataError, load
from dashboard.images import start_in_background


class QuietHandler(WSGIRequestHandler):
    """Werkzeug's handler without `Server: Werkzeug/… Python/…`."""

    def version_string(self) -> str:
        return "scam-figures"


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
    start_in_background(dataset)
    print(f"Scam Figures dashboard on http://{args.host}:{args.port}", flush=True)
    app.run(host=args.host, port=args.port, debug=args.debug, request_handler=QuietHandler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
