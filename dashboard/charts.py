"""One home per chart: a chart's spec and everything made from it.

A `ChartSpec` comes from `data/charts.csv` (reviewed in `etl/catalog/charts.yaml`): which
indicators it shows (one panel and axis each), on the page of which topic, titled how.
Everything a chart is handed out as is made here, and only here: the plotly chart
(`plot`), the slide-sized chart for PNG/SVG images (`slide`), the rows it draws
(`rows`) and their CSV (`csv`), its text alternative (`describe`), its citation
(`citation`), and its addresses: the page anchor, `/download/<id>.<format>`,
`/embed/<id>`, and their public forms under `PUBLIC_URL`. Pages, the download and embed
routes, the image cache and the offline export all ask this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n, plots
from dashboard.formatting import citation, credit, display_value, period_label, qualifier_words
from dashboard.i18n import tr
from dashboard.site import PAGE_OF_TOPIC, PAGES, PUBLIC_URL

if TYPE_CHECKING:
    from dashboard.data import Dataset

DOWNLOAD_PREFIX, EMBED_PREFIX = "/download/", "/embed/"
FORMATS = {"png": "image/png", "svg": "image/svg+xml", "csv": "text/csv"}   # download format -> media type
IMAGE_FORMATS = ("png", "svg")


@dataclass(frozen=True)
class ChartSpec:
    chart_id: str
    topic: str
    title_en: str                    # states what the chart shows
    indicators: tuple[str, ...]      # one panel each, each with its own axis
    note_en: str = ""                # why panels are apart, what to keep in mind
    title_zh: str = ""               # the same in Simplified Chinese (reviewed in charts.yaml)
    note_zh: str = ""

    @classmethod
    def from_row(cls, row: dict) -> "ChartSpec":
        return cls(row["chart_id"], row["topic"], row["title"], tuple(row["indicators"].split(";")), row["note"],
                   row.get("title_zh") or "", row.get("note_zh") or "")

    @property
    def title(self) -> str:
        """The title in the reader's language (see `dashboard.i18n`)."""
        return self.title_zh if i18n.current() == "zh" and self.title_zh else self.title_en

    @property
    def note(self) -> str:
        return self.note_zh if i18n.current() == "zh" and self.note_zh else self.note_en

    # --- addresses ---------------------------------------------------------------------------------
    @property
    def page(self) -> str:
        """The key of the page that shows the chart (see `dashboard.site.PAGES`)."""
        return PAGE_OF_TOPIC[self.topic]

    @property
    def anchor(self) -> str:
        """The chart on its page: `/enforcement#fraud-cases-resolved`."""
        return f"{i18n.href(PAGES[self.page].path)}#{self.chart_id}"

    @property
    def public_url(self) -> str:
        """The chart's address on the published dashboard, for citations."""
        return f"{PUBLIC_URL}{self.anchor}"

    def download_path(self, fmt: str) -> str:
        """`/download/<id>.<fmt>`, or `/zh/download/...` for the Chinese image."""
        return i18n.href(f"{DOWNLOAD_PREFIX}{self.chart_id}.{fmt}")

    def filename(self, fmt: str) -> str:
        language = "" if i18n.current() == "en" or fmt == "csv" else f".{i18n.current()}"
        return f"scam-figures-{self.chart_id}{language}.{fmt}"

    @property
    def embed_path(self) -> str:
        """`/embed/<id>`, or `/zh/embed/<id>` for the Chinese chart."""
        return i18n.href(f"{EMBED_PREFIX}{self.chart_id}")

    @property
    def embed_code(self) -> str:
        return (f'<iframe src="{PUBLIC_URL}{self.embed_path}" title="{self.title}" width="100%" height="640" '
                'style="border:0" loading="lazy"></iframe>')

    # --- what it is made of and handed out as ------------------------------------------------------
    def rows(self, dataset: Dataset) -> pd.DataFrame:
        return dataset.figures[dataset.figures["indicator"].isin(self.indicators)]

    def plot(self, dataset: Dataset) -> go.Figure:
        return plots.indicator_chart(dataset.figures, dataset.indicators, dataset.sources, dataset.producers,
                                     dataset.originals, self)

    def slide(self, dataset: Dataset) -> go.Figure:
        """The chart at slide size, as PNG and SVG images draw it."""
        return plots.for_slide(self.plot(dataset))

    def csv(self, dataset: Dataset) -> str:
        return dataset.csv(self.rows(dataset))

    def describe(self, dataset: Dataset) -> str:
        return plots.describe(dataset.figures, dataset.indicators, self)

    def citation(self, dataset: Dataset, accessed: str) -> tuple[str, str]:
        """(short, full) citations naming the producers, the articles and this chart."""
        return citation(self.title, self.rows(dataset), dataset, accessed, self.public_url)


def download_target(dataset: Dataset, name: str) -> tuple[ChartSpec, str] | None:
    """`<chart-id>.<format>` -> (spec, format), or None when either is unknown."""
    chart_id, _, fmt = name.rpartition(".")
    spec = dataset.charts.get(chart_id)
    return (spec, fmt) if spec is not None and fmt in FORMATS else None


def charts_on(dataset: Dataset, page: str) -> list[ChartSpec]:
    return [spec for spec in dataset.charts.values() if spec.page == page]


def number_card(dataset: Dataset, figure_id: str) -> go.Figure:
    """A statistic's slide card (see `plots.number_card`), with the source line naming its producer first."""
    figure = dataset.figure(figure_id)
    said = tr("(the source says “{words}”)").format(words=figure["qualifier_text"]) if figure["qualifier_text"] else ""
    how = f"{qualifier_words(figure['qualifier'])} {said}".strip()
    return plots.number_card(
        display_value(figure), i18n.field(dataset.indicators.loc[figure["indicator"]], "label"),
        tr("How exact: {how}").format(how=how), f"{period_label(figure)} · {i18n.field(figure, 'geography')}",
        i18n.field(figure, "caveat_text"),
        tr("Source: {credit}. Compiled by Scam Figures.").format(credit=credit(figure, *dataset.credit_parts(figure))))
