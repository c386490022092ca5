"""The tables we publish: the one column contract, and its Frictionless descriptor.

`TABLES` is the only place where the tables of `data/` and their columns are named,
typed, described and constrained. Stages start each output row from `new_row(table)`,
`check_row` refuses a row with a missing or extra column before it is written, and
`datapackage_json` turns the same list into `data/datapackage.json` (field schemas,
primary and foreign keys, sources, licence), which the dashboard reads to load the CSVs
and `frictionless.validate` checks in the tests. Enumerations come from `etl.terms`.
Each table and field also carries `description_zh`, its Simplified Chinese description
(reviewed in `etl/catalog/columns.yaml`, checked by `etl.translations.dictionary`): the
data dictionary the dashboard's Data page shows in both languages.
"""
from __future__ import annotations

import json

from etl.errors import EtlError
from etl.terms import (
    ATTRIBUTION_STATUSES, CAVEATS, COMPUTED_BY, DATE_PRECISIONS, DATE_QUALIFIERS, DISMISSAL_REASONS,
    MENTION_KINDS, MENTION_STATUSES, METADATA_STATUSES, PERIOD_TYPES, PRODUCER_KINDS, QUALIFIERS, TOPICS,
)

_PROVENANCE = [
    ("source_id", "string", "The source the row was read from (see sources.csv).", {"required": True}),
    ("source_file", "string", "The source's file in seeds/.", {"required": True}),
    ("attributed_to", "string", "The producer's name (from producers.csv), for reading; kept for one "
     "release beside producer_id.", {}),
    ("quote", "string", "The exact words quoted from the source.", {}),
    ("char_start", "integer", "Offset of the quote's first character in the source text (Unicode "
     "code points, 0-based).", {"minimum": 0}),
    ("char_end", "integer", "Offset just past the quote's last character.", {"minimum": 0}),
]
TABLES = {
    "figures": ("One row per statistic: catalogued from a quote, or derived by a formula.", [
        ("figure_id", "string", "Stable id of the figure.", {"required": True, "unique": True}),
        ("indicator", "string", "What the figure measures (see indicators.csv).", {"required": True}),
        ("value", "number", "The value, for exact, approximate, bound and derived figures.", {}),
        ("low", "number", "Lower end of a range, or the base of an order of magnitude.", {}),
        ("high", "number", "Upper end of a range.", {}),
        ("unit", "string", "count, percent, a duration, or an ISO 4217 currency code.", {"required": True}),
        ("currency", "string", "ISO 4217 code when the figure is money.", {}),
        ("qualifier", "string", "How exact the source is: exact, approximate ('around'), lower_bound "
         "('over'), upper_bound ('up to'), range, order_of_magnitude ('thousands'), derived.",
         {"required": True, "enum": list(QUALIFIERS)}),
        ("qualifier_text", "string", "The source's own qualifying words.", {}),
        ("period", "string", "The year, month or day the figure refers to, as precise as the source.", {}),
        ("period_type", "string", "during (the period), as_of (a cumulative count at a date), unstated.",
         {"required": True, "enum": list(PERIOD_TYPES)}),
        ("geography", "string", "Where the figure applies.", {"required": True}),
        ("geography_zh", "string", "Where the figure applies, in Simplified Chinese.", {"required": True}),
        ("subject", "string", "What is counted, in words.", {"required": True}),
        ("subject_zh", "string", "What is counted, in Simplified Chinese (our translation).", {"required": True}),
        *_PROVENANCE,
        ("quote_zh", "string", "Our Simplified Chinese translation of the quote (the quote is the evidence).", {}),
        ("producer_id", "string", "Who originally produced the number (see producers.csv); empty when nobody "
         "is cited or the number was computed by the article or by us.", {}),
        ("original_id", "string", "The original publication the number comes from (see originals.csv), where "
         "one can be established.", {}),
        ("attribution_status", "string", "stated (the source names the producer in the quote's paragraph), "
         "inferred (established otherwise: see attribution_note) or none (nobody is cited: the article itself "
         "is the producer).", {"enum": list(ATTRIBUTION_STATUSES)}),
        ("attribution_text", "string", "The source's own words naming the producer.", {}),
        ("attribution_start", "integer", "Offset of attribution_text in the source.", {"minimum": 0}),
        ("attribution_end", "integer", "Offset just past attribution_text.", {"minimum": 0}),
        ("attribution_note", "string", "How an inferred producer was established.", {}),
        ("computed_by", "string", "Empty for a producer's own number; article for the article's own "
         "conversions; scam_figures for values we derived by formula.", {"enum": list(COMPUTED_BY)}),
        ("converted_from", "string", "For the article's conversions: the figure converted.", {}),
        ("caveats", "string", "What to keep in mind, ';'-separated: " + "; ".join(f"{k}: {v}" for k, v in
         CAVEATS.items()) + ".", {}),
        ("caveat_text", "string", "The caveats in plain words.", {}),
        ("caveat_text_zh", "string", "The caveats in plain words, in Simplified Chinese (our translation).", {}),
        ("number_text", "string", "The number's own words inside the quote.", {}),
        ("number_start", "integer", "Offset of the number's first character in the source.", {"minimum": 0}),
        ("number_end", "integer", "Offset just past the number.", {"minimum": 0}),
        ("formula", "string", "For derived figures: the formula over figure ids.", {}),
        ("inputs", "string", "For derived figures: the input figure ids, ';'-separated.", {}),
        ("note", "string", "Curator's note.", {}),
    ]),
    "indicators": ("The controlled list of indicators.", [
        ("indicator", "string", "Indicator id.", {"required": True, "unique": True}),
        ("label", "string", "Short label for charts.", {"required": True}),
        ("label_zh", "string", "The label in Simplified Chinese.", {"required": True}),
        ("definition", "string", "What exactly is counted, and how.", {"required": True}),
        ("definition_zh", "string", "The definition in Simplified Chinese.", {"required": True}),
        ("unit", "string", "The unit every figure of this indicator uses.", {"required": True}),
        ("topic", "string", "Dashboard page the indicator belongs to.", {"required": True, "enum": list(TOPICS)}),
        ("note", "string", "Why it is kept apart from similar indicators, if it is.", {}),
    ]),
    "sources": ("The source documents, with registry metadata and whether the text states each field.", [
        ("source_id", "string", "Stable id of the source.", {"required": True, "unique": True}),
        ("file", "string", "File name in seeds/.", {"required": True}),
        ("sha256", "string", "SHA-256 of the file's bytes, checked at every build.", {"required": True}),
        ("bytes", "integer", "Size in bytes.", {"required": True}),
        ("characters", "integer", "Length in characters (what offsets count).", {"required": True}),
        *[(column, "string", description, constraints)
          for name in ("title", "author", "publisher", "date_published", "url", "language")
          for column, description, constraints in (
              (name, f"The {name.replace('_', ' ')}; empty when unknown.", {}),
              (f"{name}_status", f"Whether the text states the {name.replace('_', ' ')}, or it is "
               "inferred, or unknown.", {"required": True, "enum": list(METADATA_STATUSES)}),
              (f"{name}_note", "How an inferred value was inferred.", {}))],
        ("licence", "string", "Licence of the source text, as far as known.", {}),
        ("note", "string", "Curator's note.", {}),
    ]),
    "mentions": ("Every numeric mention in every source and how it was reviewed.", [
        ("mention_id", "string", "source_id:char_start.", {"required": True, "unique": True}),
        ("source_id", "string", "The source.", {"required": True}),
        ("char_start", "integer", "Offset of the mention in the source.", {"required": True, "minimum": 0}),
        ("char_end", "integer", "Offset just past the mention.", {"required": True, "minimum": 0}),
        ("text", "string", "The mention's words.", {"required": True}),
        ("kind", "string", "What the parser read: quantity, year, date, name or ordinal.",
         {"required": True, "enum": list(MENTION_KINDS)}),
        ("value", "number", "Value as parsed, or as reviewed when the mention is catalogued.", {}),
        ("low", "number", "Low, likewise.", {}), ("high", "number", "High, likewise.", {}),
        ("unit", "string", "Unit, likewise.", {}),
        ("qualifier", "string", "Qualifier, likewise: a catalogued mention reads as its figure.", {}),
        ("qualifier_text", "string", "The qualifying words.", {}),
        ("date", "string", "ISO 8601 date (possibly partial) for years and dates.", {}),
        ("sentence", "string", "The sentence around the mention, character for character (non-breaking "
         "spaces and line breaks included).", {"required": True}),
        ("status", "string", "catalogued, dismissed or unreviewed.",
         {"required": True, "enum": list(MENTION_STATUSES)}),
        ("figure_id", "string", "The figure that catalogues it.", {}),
        ("event_id", "string", "The event whose date it is.", {}),
        ("reason", "string", "Why it was dismissed: " + "; ".join(f"{k}: {v}" for k, v in DISMISSAL_REASONS.items()),
         {"enum": list(DISMISSAL_REASONS)}),
    ]),
    "events": ("Dated events the sources report, for the timeline.", [
        ("event_id", "string", "Stable id.", {"required": True, "unique": True}),
        ("date", "string", "ISO 8601 date no more precise than the source (YYYY, YYYY-MM or YYYY-MM-DD).",
         {"required": True, "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}),
        ("date_precision", "string", "year, month or day.", {"required": True, "enum": list(DATE_PRECISIONS)}),
        ("date_qualifier", "string", "How the source softens the date.", {"enum": [q for q in DATE_QUALIFIERS if q]}),
        ("label", "string", "What happened.", {"required": True}),
        ("label_zh", "string", "What happened, in Simplified Chinese.", {"required": True}),
        ("geography", "string", "Where.", {"required": True}),
        ("geography_zh", "string", "Where, in Simplified Chinese.", {"required": True}),
        *_PROVENANCE[:2],
        ("attributed_to", "string", "Who the article says reported the event; empty if it names no one.", {}),
        ("quote", "string", "The exact words quoted.", {"required": True}),
        ("quote_zh", "string", "Our Simplified Chinese translation of the quote.", {"required": True}),
        *_PROVENANCE[4:],
        ("note", "string", "Curator's note.", {}),
    ]),
    "producers": ("Who originally produced the numbers, one row per real-world producer.", [
        ("producer_id", "string", "Stable id of the producer.", {"required": True, "unique": True}),
        ("name", "string", "Canonical name, in English.", {"required": True}),
        ("name_short", "string", "Short name for source lines (OHCHR, SPC).", {"required": True}),
        ("name_zh", "string", "The name in Chinese: the official one where it exists, else our translation.",
         {"required": True}),
        ("kind", "string", "What kind of body it is.", {"required": True, "enum": list(PRODUCER_KINDS)}),
        ("country", "string", "ISO 3166 code; empty for international bodies.", {}),
        ("note", "string", "Curator's note.", {}),
    ]),
    "originals": ("Original publications the numbers come from.", [
        ("original_id", "string", "Stable id of the publication.", {"required": True, "unique": True}),
        ("producer_id", "string", "Who published it (see producers.csv).", {"required": True}),
        *[(column, "string", description, constraints)
          for name in ("title", "date_published", "url")
          for column, description, constraints in (
              (name, f"The {name.replace('_', ' ')}; empty when unknown.", {}),
              (f"{name}_status", f"Whether the article states the {name.replace('_', ' ')}, we inferred it "
               "(see note) or it is unknown.", {"required": True, "enum": list(METADATA_STATUSES)}))],
        ("note", "string", "How inferred fields were established.", {}),
    ]),
    "charts": ("The dashboard's charts, in page order: one panel and axis per indicator.", [
        ("chart_id", "string", "Stable id of the chart (its anchor, download and embed name).",
         {"required": True, "unique": True}),
        ("topic", "string", "The topic whose page shows the chart.", {"required": True, "enum": list(TOPICS)}),
        ("title", "string", "What the chart shows, in words.", {"required": True}),
        ("title_zh", "string", "The title in Simplified Chinese.", {"required": True}),
        ("indicators", "string", "The indicators drawn, ';'-separated, one panel each.", {"required": True}),
        ("note", "string", "Why panels are apart, or what to keep in mind.", {}),
        ("note_zh", "string", "The note in Simplified Chinese.", {}),
    ]),
}
FOREIGN_KEYS = {
    "figures": [("indicator", "indicators", "indicator"), ("source_id", "sources", "source_id"),
                ("producer_id", "producers", "producer_id"), ("original_id", "originals", "original_id"),
                ("converted_from", "figures", "figure_id")],
    "originals": [("producer_id", "producers", "producer_id")],
    "mentions": [("source_id", "sources", "source_id"), ("figure_id", "figures", "figure_id"),
                 ("event_id", "events", "event_id")],
    "events": [("source_id", "sources", "source_id")],
}
PRIMARY_KEYS = {"figures": "figure_id", "indicators": "indicator", "sources": "source_id",
                "mentions": "mention_id", "events": "event_id", "charts": "chart_id",
                "producers": "producer_id", "originals": "original_id"}


def columns(table: str) -> list[str]:
    """The columns of `table`, in the order they are written."""
    return [name for name, *_ in TABLES[table][1]]


def new_row(table: str) -> dict:
    """An output row of `table` with every column present and empty, for a stage to fill."""
    return dict.fromkeys(columns(table))


def check_row(table: str, row: dict) -> None:
    """Refuse a row whose keys are not exactly the table's columns (a misspelt key is a bug)."""
    expected = columns(table)
    missing = [name for name in expected if name not in row]
    extra = [name for name in row if name not in expected]
    if missing or extra:
        key, problem = (missing[0], "missing") if missing else (extra[0], "not a column of the table")
        raise EtlError(f"data/{table}.csv", row.get(PRIMARY_KEYS[table]) or "", key,
                       f"{problem}: output rows must have exactly the columns listed in etl/datapackage.py")


def datapackage_json(sources: list[dict], chinese: dict[str, tuple[str, dict[str, str]]]) -> str:
    """The descriptor; `chinese` is the data dictionary in Chinese (`etl.translations.dictionary`)."""
    resources = []
    for table in TABLES:
        description, fields = TABLES[table]
        description_zh, columns_zh = chinese[table]
        schema = {
            "fields": [{"name": name, "type": kind, "description": text, "description_zh": columns_zh[name],
                        **({"constraints": constraints} if constraints else {})}
                       for name, kind, text, constraints in fields],
            "missingValues": [""],
            "primaryKey": [PRIMARY_KEYS[table]],
        }
        if table in FOREIGN_KEYS:
            schema["foreignKeys"] = [{"fields": [field], "reference": {"resource": other, "fields": [key]}}
                                     for field, other, key in FOREIGN_KEYS[table]]
        resources.append({"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "description": description, "description_zh": description_zh, "schema": schema})
    package = {
        "profile": "data-package",  # tabular resources, plus the PROV-O graph
        "name": "scam-figures",
        "title": "Scam Figures: statistics quoted in reporting on Southeast Asian scam centres",
        "description": "Every statistic quoted in the registered sources, with the exact quoted words "
                       "and their character offsets, re-verified at every build.",
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (our curation; quoted text remains "
                               "its publishers')"}],
        "sources": [{"title": row["title"] or f"{row['file']} (title unknown)",
                     **({"path": row["url"]} if row["url"] else {})} for row in sources],
        "resources": resources + [{
            "name": "provenance", "path": "provenance.jsonld", "format": "jsonld",
            "mediatype": "application/ld+json", "encoding": "utf-8",
            "description": "The same provenance in W3C PROV-O: each figure wasQuotedFrom its article, "
                           "hadPrimarySource its original publication, wasAttributedTo its producer; derived "
                           "values wasDerivedFrom their inputs."}],
    }
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"
