"""The offline pack for classrooms: `python -m dashboard.export --out DIR [--charts ID,...]`.

Writes, by default to `dist/`:
- `png/` and `svg/`: every chart at slide size (16:9) with projector-sized text, its source line
  and qualifiers printed in the image (rendered in one batch: one browser for all);
- `html/`: every chart as a self-contained page with plotly.js inlined, no network needed;
- `data/`: the CSVs and `datapackage.json`;
- `scam-figures.pptx`: a title slide, then one slide per chart (title, image, source
  line), with the quotes, qualifiers and full citation in the speaker notes;
- `README.txt`, and `scam-figures.zip` holding all of the above.
Everything is written to a temporary folder beside DIR and moved into place at the end,
so a failure never leaves half a pack. Bad input: one line, exit status 2.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from dashboard import i18n, images
from dashboard.charts import IMAGE_FORMATS
from dashboard.components import GRAPH_CONFIG
from dashboard.data import ROOT, DataError, Dataset, load
from dashboard.deck import write_deck
from dashboard.i18n import tr
from dashboard.plots import SLIDE_HEIGHT, SLIDE_WIDTH

class ExportError(Exception):
    """A user mistake: where to write, or which charts."""


def chart_specs(dataset: Dataset, chart_ids: list[str]):
    """The specs of the chart ids, in order."""
    unknown = [c for c in chart_ids if c not in dataset.charts]
    if unknown:
        raise ExportError(f"--charts: unknown chart id {unknown[0]!r} (known: {', '.join(dataset.charts)})")
    return [dataset.charts[chart_id] for chart_id in chart_ids]


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"--out {out}: is a file, not a folder: choose a folder to write the pack into")
    parent = out.resolve().parent
    if not parent.is_dir():
        raise ExportError(f"--out {out}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK | os.X_OK)):
        raise ExportError(f"--out {out}: not writable: choose a folder you can write to")


def _readme(charts, accessed: str) -> str:
    lines = [tr("Scam Figures: offline pack"), "",
             tr("Made {date}. Open html/*.html in any browser, no network needed; png/ and svg/ are slide-ready "
                "({width}x{height}); scam-figures.pptx has one slide per chart with quotes and citations in the "
                "speaker notes; data/ holds the CSVs and datapackage.json.").format(
                 date=accessed, width=SLIDE_WIDTH, height=SLIDE_HEIGHT), "", tr("Charts:")]
    lines += [f"- {spec.chart_id}: {spec.title}" for spec in charts]
    return "\n".join(lines) + "\n"


def build_pack(dataset: Dataset, out: Path, chart_ids: list[str] | None = None, data_dir: Path = ROOT / "data",
               lang: str = "en") -> Path:
    """The pack in `lang` (charts, slides, notes and README in that language; data/ as it is)."""
    with i18n.using(lang):
        return _build_pack(dataset, out, chart_ids, data_dir)


def _build_pack(dataset: Dataset, out: Path, chart_ids: list[str] | None, data_dir: Path) -> Path:
    _check_out(out)
    charts = chart_specs(dataset, chart_ids or list(dataset.charts))
    accessed = dt.date.today().isoformat()
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.resolve().parent))
    except OSError as exc:
        raise ExportError(f"--out {out}: cannot write there ({exc.strerror}): choose a folder you can write to") from None
    try:
        for folder in ("png", "svg", "html", "data"):
            (staging / folder).mkdir()
        wanted = {images.chart_file(spec.chart_id, fmt, i18n.current()): (spec, fmt)
                  for spec in charts for fmt in IMAGE_FORMATS}
        images.render(dataset, set(wanted))  # the server's image cache: rendered once, shared with the pack
        for name, (spec, fmt) in wanted.items():
            shutil.copyfile(images.folder(dataset) / name, staging / fmt / f"{spec.chart_id}.{fmt}")
        for spec in charts:
            spec.plot(dataset).write_html(staging / "html" / f"{spec.chart_id}.html", include_plotlyjs=True,
                                          full_html=True, config={**GRAPH_CONFIG, "responsive": True},
                                          default_width="100%")
        for path in sorted(data_dir.glob("*.csv")) + [data_dir / "datapackage.json"]:
            shutil.copy2(path, staging / "data" / path.name)
        write_deck(staging / "scam-figures.pptx", dataset, charts, staging / "png", accessed)
        (staging / "README.txt").write_text(_readme(charts, accessed), encoding="utf-8")
        with zipfile.ZipFile(staging / "scam-figures.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(staging.rglob("*")):
                if path.is_file() and path.name != "scam-figures.zip":
                    archive.write(path, path.relative_to(staging))
        previous = None
        if out.exists():
            previous = out.resolve().parent / f".{out.name}-previous-{os.getpid()}"
            out.rename(previous)
        staging.rename(out)
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
        return out
    except OSError as exc:
        raise ExportError(f"--out {out}: writing the pack failed ({exc.strerror}); nothing was changed") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.export", description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="dist", help="folder to write the pack into (default: dist/)")
    parser.add_argument("--charts", help="comma-separated chart ids (default: all)")
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES), default="en",
                        help="language of the charts, slides and notes (default: en; zh: Simplified Chinese)")
    args = parser.parse_args(argv)
    try:
        dataset = load()
        chart_ids = [c.strip() for c in args.charts.split(",") if c.strip()] if args.charts else None
        out = build_pack(dataset, Path(args.out), chart_ids, lang=args.lang)
    except (ExportError, DataError) as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{out}/: offline pack written ({len(chart_ids or dataset.charts)} charts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
