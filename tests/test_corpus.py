"""tests/data/news_quantities.jsonl, our own corpus of news sentences: well formed, so its scores mean something.

The parser's accuracy on it is measured by bench/scan_accuracy.py, not asserted here.
"""
import json
from collections import Counter
from fractions import Fraction
from pathlib import Path

from etl.terms import MENTION_KINDS, PARSED_QUALIFIERS

CORPUS = Path(__file__).parent / "data" / "news_quantities.jsonl"
SENTENCES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_the_corpus_has_at_least_400_sentences_a_third_held_out_across_domains():
    assert len(SENTENCES) >= 400
    assert len({s["id"] for s in SENTENCES}) == len(SENTENCES)
    splits = Counter(s["split"] for s in SENTENCES)
    assert set(splits) == {"dev", "heldout"}
    assert 0.3 <= splits["heldout"] / len(SENTENCES) <= 0.36
    domains = Counter(s["domain"] for s in SENTENCES)
    assert {"finance", "sport", "tech", "health", "crime", "migration", "law"} <= set(domains)
    assert min(domains.values()) >= 30


def test_every_gold_span_is_in_its_sentence_and_every_value_is_a_number():
    for s in SENTENCES:
        for q in s["quantities"]:
            assert q["text"] in s["text"], (s["id"], q)
            numbers = [q["value"]] if "value" in q else [q["low"], q["high"]]
            assert all(Fraction(n) is not None for n in numbers), (s["id"], q)
            if "low" in q:
                assert Fraction(q["low"]) <= Fraction(q["high"]), (s["id"], q)
            assert q["qualifier"] in PARSED_QUALIFIERS, (s["id"], q)
            assert q.get("change", "") in ("", "up", "down"), (s["id"], q)
        for other in s["others"]:
            assert other["text"] in s["text"] and other["kind"] in MENTION_KINDS, (s["id"], other)
