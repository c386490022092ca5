"""Machine-readable provenance: `data/provenance.jsonld` in W3C PROV-O.

Each figure is a `prov:Entity` that `prov:wasQuotedFrom` its article (a source), with
`prov:hadPrimarySource` its original publication where one is known and
`prov:wasAttributedTo` its producer; the article's conversions and our derived values
are attributed to the article or to Scam Figures instead, and derived values
`prov:wasDerivedFrom` their inputs. Built from the same rows as the CSVs.
"""
from __future__ import annotations

import json

CONTEXT = {"prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/",
           "dcterms": "http://purl.org/dc/terms/", "xsd": "http://www.w3.org/2001/XMLSchema#",
           "sf": "urn:scam-figures:"}
US = "sf:agent/scam-figures"


def _id(kind: str, name: str) -> dict:
    return {"@id": f"sf:{kind}/{name}"}


def provenance_jsonld(figures: list[dict], sources: list[dict], producers: list[dict],
                      originals: list[dict]) -> str:
    graph = [{"@id": US, "@type": ["prov:Agent", "prov:SoftwareAgent"], "schema:name": "Scam Figures"}]
    graph += [{"@id": f"sf:producer/{p['producer_id']}", "@type": ["prov:Agent", "prov:Organization"
               if p["kind"] not in ("person", "article_author") else "prov:Person"], "schema:name": p["name"]}
              for p in producers]
    graph += [{"@id": f"sf:source/{s['source_id']}", "@type": ["prov:Entity", "schema:Article"],
               **({"dcterms:title": s["title"]} if s["title"] else {}),
               **({"schema:url": s["url"]} if s["url"] else {}),
               **({"dcterms:issued": s["date_published"]} if s["date_published"] else {})} for s in sources]
    graph += [{"@id": f"sf:original/{o['original_id']}", "@type": "prov:Entity",
               "prov:wasAttributedTo": _id("producer", o["producer_id"]),
               **({"dcterms:title": o["title"]} if o["title"] else {}),
               **({"dcterms:issued": o["date_published"]} if o["date_published"] else {}),
               **({"schema:url": o["url"]} if o["url"] else {})} for o in originals]
    for row in figures:
        node = {"@id": f"sf:figure/{row['figure_id']}", "@type": "prov:Entity",
                "schema:name": row["subject"], "sf:qualifier": row["qualifier"]}
        if row["computed_by"] == "scam_figures":
            node["prov:wasAttributedTo"] = {"@id": US}
            node["prov:wasDerivedFrom"] = [_id("figure", name) for name in row["inputs"].split(";")]
            node["sf:formula"] = row["formula"]
        else:
            node["prov:wasQuotedFrom"] = _id("source", row["source_id"])
            node["prov:value"] = row["quote"]
            if row["producer_id"]:
                node["prov:wasAttributedTo"] = _id("producer", row["producer_id"])
            else:  # the article's own number or conversion
                node["prov:wasAttributedTo"] = _id("source", row["source_id"])
            if row["original_id"]:
                node["prov:hadPrimarySource"] = _id("original", row["original_id"])
            if row["converted_from"]:
                node["prov:wasDerivedFrom"] = [_id("figure", row["converted_from"])]
        graph.append(node)
    return json.dumps({"@context": CONTEXT, "@graph": graph}, indent=1, ensure_ascii=False, default=str) + "\n"
