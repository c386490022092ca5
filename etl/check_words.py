"""What the number checker says, in words: its reasons and warnings as templates and values.

Each reason (why a figure matches) and warning (where the user's sentence says what the source
does not) is kept as a template of `REASONS` or `WARNINGS` and the values that fill it, with the
English sentence made from them (`statement`). The templates are marked for the dashboard's
gettext catalog, so the Check page writes the same sentence in the reader's language: values
with a `_zh` twin carry it (places, subjects, producers' names), qualifiers and dates are
written the language's way, and `VERBATIM` values (the user's and the source's own words) are
never translated.
"""
from __future__ import annotations

from etl.terms import N_

QUALIFIER_WORDS = {"exact": "exact", "approximate": "approximate", "lower_bound": "a lower bound ('over')",
                   "upper_bound": "an upper bound ('up to')", "range": "a range",
                   "order_of_magnitude": "an order of magnitude", "derived": "computed by formula"}
REASONS = {"equal": N_("value equal ({closeness})"), "close": N_("value close ({closeness})"),
           "shared": N_("shared words: {words}"), "related": N_("related words: {words}")}
WARNINGS = {
    "qualifier": N_("Your text reads as “{text}” ({said_qualifier}); the source gives “{source_words}” "
                    "({source_qualifier})."),
    "period": N_("Your text dates it {years}; the source's figure is for {period}."),
    "period_unstated": N_("Your text dates it {years}; the source gives no date for this figure."),
    "place": N_("Your text places it in {place}; the source's figure is for {geography}."),
    "measure": N_("Your text says “{said_words}”; the source counts {subject}."),
    "rounded": N_("Your text rounds to {text}; the source says {source_words}."),
    "more_precise": N_("Your text is more precise ({text}) than the source ({source_words})."),
    "derived_scam_figures": N_("This number was computed by Scam Figures, not stated by a producer; your text "
                               "presents it as someone's statement."),
    "derived_article": N_("This number was computed by the article, not stated by a producer; your text "
                          "presents it as someone's statement."),
    "producer": N_("Your text attributes it to {other}; the source attributes it to {real}."),
    "producer_unnamed": N_("Your text attributes it to {other}; the source attributes it to nobody it names."),
}
VERBATIM = ("text", "source_words", "said_words", "words")   # the user's or the source's own words, never translated


def english(template: str, values: dict) -> str:
    """A reason or warning in English: qualifiers in words, lists joined."""
    return template.format(**{key: QUALIFIER_WORDS[value] if key.endswith("qualifier") else
                              ", ".join(value) if isinstance(value, list) else value
                              for key, value in values.items() if not key.endswith("_zh")})


def statement(kind: str, template: str, **values) -> dict:
    """A warning (or reason): its kind, its English message, and the template and values it is made of."""
    return {"kind": kind, "message": english(template, values), "template": template, "values": values}
