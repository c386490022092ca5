"""The slide deck of the offline pack (python-pptx): a title slide, then one slide per chart.

Each chart slide has the chart's title, its slide-sized image and its source line; the
speaker notes hold, for every figure on it, the value as qualified, the exact quote and
the full citation, so a teacher can answer "where is this from?" from the notes.
"""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from dashboard import i18n
from dashboard.data import Dataset
from dashboard.citations import figure_url
from dashboard.formatting import credit, display_value, period_label, qualifier_words
from dashboard.i18n import colon, field, tr
from dashboard.plots import FONTS, SLIDE_HEIGHT, SLIDE_WIDTH, source_line

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)


def _text(slide, left, top, width, height, text: str, size: int, bold: bool = False) -> None:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text, run.font.size, run.font.bold = text, Pt(size), bold
    if i18n.current() == "zh":   # the East Asian typeface, or PowerPoint picks its own for the Chinese
        font = FONTS["zh"].split(",")[0]
        run.font.name = font
        run._r.get_or_add_rPr().append(run._r.makeelement(qn("a:ea"), {"typeface": font}))


def write_deck(path: Path, dataset: Dataset, charts, png_dir: Path, accessed: str) -> None:
    """charts: the specs of the charts, in order; png_dir holds their slide images."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    blank = deck.slide_layouts[6]
    title = deck.slides.add_slide(blank)
    _text(title, Inches(0.8), Inches(2.4), Inches(11.7), Inches(1.2), "Scam Figures", 54, bold=True)
    _text(title, Inches(0.8), Inches(3.7), Inches(11.7), Inches(1.6),
          tr("Statistics quoted in reporting on Southeast Asian scam centres — every number with the words it "
             "was read from and who said it. {count} charts; made {date}.").format(count=len(charts), date=accessed),
          22)
    for spec in charts:
        rows, (_, full) = spec.rows(dataset), spec.citation(dataset, accessed)
        slide = deck.slides.add_slide(blank)
        _text(slide, Inches(0.5), Inches(0.2), Inches(12.3), Inches(0.8), spec.title, 26, bold=True)
        image_height = Inches(5.6)
        image_width = Emu(int(image_height * SLIDE_WIDTH / SLIDE_HEIGHT))
        slide.shapes.add_picture(str(png_dir / f"{spec.chart_id}.png"), int((WIDTH - image_width) / 2),
                                 Inches(1.0), image_width, image_height)
        _text(slide, Inches(0.5), Inches(6.7), Inches(12.3), Inches(0.7),
              source_line(rows, dataset.sources, dataset.producers, dataset.originals), 12)
        lines = [spec.title, ""]
        for _, row in rows.iterrows():
            said = colon() + row["qualifier_text"] if row["qualifier_text"] else ""
            lines.append(f"{display_value(row)} — {field(dataset.indicators.loc[row['indicator']], 'label')}, "
                         f"{period_label(row)} ({qualifier_words(row['qualifier'])}{said}).")
            lines.append(tr("Quote: “{quote}”").format(quote=row["quote"]) if row["quote"] else
                         tr("Derived by Scam Figures: {formula} (inputs: {inputs}).").format(
                             formula=row["formula"], inputs=row["inputs"].replace(";", ", ")))
            lines.append(tr("Said by: {credit}.").format(credit=credit(row, *dataset.credit_parts(row))))
            if row["caveat_text"]:
                lines.append(tr("Keep in mind: ") + field(row, "caveat_text"))
            lines.append(tr("About this number: {url}").format(url=figure_url(row["figure_id"])))
            lines.append("")
        lines.append(tr("Citation: {citation}").format(citation=full))
        slide.notes_slide.notes_text_frame.text = "\n".join(lines)
    deck.save(path)
