"""The dataset's controlled terms: every enumeration a column of `data/` may take.

One home for each list, so the stages that check the catalog, the table schemas in
`etl.datapackage` (and through them `data/datapackage.json`) and the dashboard all read
the same words. The parser's English vocabulary (which words mean which qualifier,
unit or currency) lives in `etl.vocabulary`; the codes it produces are listed here.
"""
from __future__ import annotations

from etl import vocabulary
from etl.vocabulary import (
    APPROXIMATE, CODE, DATE, DOWN, EXACT, LOWER, MAGNITUDE, NAME, ORDINAL, QUANTITY, RANGE, SCORE, TIME, UP,
    UPPER, YEAR,
)

# How exact the source is about a figure. `derived` marks values we computed by formula.
DERIVED = "derived"
PARSED_QUALIFIERS = (EXACT, APPROXIMATE, LOWER, UPPER, RANGE, MAGNITUDE)
QUALIFIERS = PARSED_QUALIFIERS + (DERIVED,)
POINT_QUALIFIERS = (EXACT, APPROXIMATE, DERIVED)   # qualifiers that give one value, not low/high

# What a figure's period means: the span it happened in, a cumulative count at a date, or none given.
PERIOD_TYPES = ("during", "as_of", "unstated")

# What the parser reads a numeric mention as.
MENTION_KINDS = (QUANTITY, YEAR, DATE, NAME, ORDINAL, TIME, SCORE, CODE)
# The direction a number is stated in ("rose 6.5%": up), kept apart from its qualifier; empty when none.
CHANGES = (UP, DOWN)
MENTION_STATUSES = ("catalogued", "dismissed", "unreviewed")

# The dashboard page an indicator belongs to.
TOPICS = ("enforcement_china", "myanmar_crackdown", "trafficking", "film_and_public", "regional_context")

# Why a numeric mention is not catalogued as a statistic.
DISMISSAL_REASONS = {
    "calendar_date": "a year or date, not a quantity",
    "relative_time": "a span of time used to place events ('three years after the coup')",
    "name": "part of a name ('Operation 1027', 'COVID-19', 'the Three Brotherhood Alliance')",
    "ordinal": "a rank or position, not a quantity",
    "time_of_day": "a clock time or a lap time ('9.15am', '1:02.3'), not a quantity",
    "score": "a result ('a 3-1 win'), not a quantity",
    "code": "a code: a seat, room, flight, phone or version number",
    "not_a_statistic": "a number word in ordinary language ('two types of victims', a slogan)",
    "vague_quantity": "too vague to chart ('one or a few buildings')",
    "repeated": "restates a figure already catalogued from another sentence",
}

# Whether a source's metadata field is stated by its text, inferred by us (with a note), or unknown.
METADATA_STATUSES = ("stated", "inferred", "unknown")

# How precise an event's date is, and the words that soften it ("towards the end of 2016").
DATE_PRECISIONS = ("year", "month", "day")
DATE_QUALIFIERS = ("", "early", "mid", "late", "end of", "around", "by")

# Who originally produced a number (data/producers.csv).
PRODUCER_KINDS = ("un_agency", "government", "court", "prosecutor", "police", "legislature", "media", "ngo",
                  "academic", "company", "person", "article_author")

# How a figure's producer is known: named by the source near the quote, established otherwise
# (with a note), or nobody is cited (the article itself is then the producer).
ATTRIBUTION_STATUSES = ("stated", "inferred", "none")

# Who computed a number that no producer stated: the article (its own conversions) or us (formulas).
COMPUTED_BY = ("article", "scam_figures")

def N_(words: str) -> str:
    """Marks words the dashboard shows translated (Babel extracts them; `dashboard.i18n.tr` translates)."""
    return words


# What to keep in mind about a figure, as controlled kinds (plus a plain-words caveat_text).
CAVEATS = {
    "single_account": N_("one person's account, not a general statement"),
    "self_selected_sample": N_("an online poll whose respondents chose to answer"),
    "incremental": N_("an addition to an earlier count, not a total"),
    "open_ended": N_("a bound ('over', 'up to'): the true number may be far from it"),
    "ambiguous_wording": N_("the sentence can be read more than one way"),
    "paraphrase_of_measure": N_("the article words the measure differently from its producer"),
    "secondary_report": N_("the article relays another outlet's report of the number"),
    "conversion": N_("a conversion into another currency or unit, not the producer's own number"),
    "cumulative": N_("a running total to a date, not a count for one period"),
    "unstated_period": N_("the source does not say when the number applies"),
    "estimate": N_("an estimate, not a count"),
}

# Units a figure can be measured in, besides ISO 4217 currency codes (the table is the vocabulary's).
UNITS = tuple(vocabulary.UNITS)


def is_currency(unit: str) -> bool:
    """An ISO 4217 code such as USD or CNY (three capital letters)."""
    return len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper()


def is_unit(unit: str) -> bool:
    return unit in UNITS or is_currency(unit)
