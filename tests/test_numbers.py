"""etl/numbers.py: a table of hard cases, then properties over generated inputs."""
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from etl.numbers import parse, scan, words_value

D = Decimal
HARD_CASES = [
    # text, expected text of the mention, value, low, high, unit, qualifier
    ("has to date earned USD540.5 million at the box office", "USD540.5 million", D(540500000), None, None, "USD", "exact"),
    ("investment totaled $21.867 billion as of July 2023", "$21.867 billion", D(21867000000), None, None, "USD", "exact"),
    ("a profit of 3,000 RMB (or around $415)", "3,000 RMB", D(3000), None, None, "CNY", "exact"),
    ("(or around $415) or more", "around $415", D(415), None, None, "USD", "approximate"),
    ("a price of around 30,000 RMB to 150,000 RMB (around", "around 30,000 RMB to 150,000 RMB", None, D(30000), D(150000), "CNY", "range"),
    ("(around $4,000 to $20,000), according", "around $4,000 to $20,000", None, D(4000), D(20000), "USD", "range"),
    ("paid 5,000 yuan in fees", "5,000 yuan", D(5000), None, None, "CNY", "exact"),
    ("fined €2.5m last year", "€2.5m", D(2500000), None, None, "EUR", "exact"),
    ("out of 595 000 participants", "595 000", D(595000), None, None, "count", "exact"),
    ("64 percent stated", "64 percent", D(64), None, None, "percent", "exact"),
    ("68.5% of cross-border cyber scams", "68.5%", D("68.5"), None, None, "percent", "exact"),
    ("rose 3 per cent", "3 per cent", D(3), None, None, "percent", "exact"),
    ("forced to work up to 10-15 hours a day", "up to 10-15 hours a day", None, D(10), D(15), "hour", "range"),
    ("between 5 and 10 million people", "between 5 and 10 million", None, D(5000000), D(10000000), "count", "range"),
    ("from 2 to 3 billion", "from 2 to 3 billion", None, D(2000000000), D(3000000000), "count", "range"),
    ("with two to three hundred people", "two to three hundred", None, D(200), D(300), "count", "range"),
    ("The UN estimates that over 120,000 individuals", "over 120,000", D(120000), None, None, "count", "lower_bound"),
    ("there were more than 1,000 scam syndicates", "more than 1,000", D(1000), None, None, "count", "lower_bound"),
    ("at least 300 victims", "at least 300", D(300), None, None, "count", "lower_bound"),
    ("resolved around 464,000 cases", "around 464,000", D(464000), None, None, "count", "approximate"),
    ("about 12 people", "about 12", D(12), None, None, "count", "approximate"),
    ("close to 80 percent of oil", "close to 80 percent", D(80), None, None, "percent", "approximate"),
    ("nearly 2,000 workers", "nearly 2,000", D(2000), None, None, "count", "approximate"),
    ("almost 40 percent", "almost 40 percent", D(40), None, None, "percent", "approximate"),
    ("an estimated 100,000 people", "an estimated 100,000", D(100000), None, None, "count", "approximate"),
    ("some 3,000 people", "some 3,000", D(3000), None, None, "count", "approximate"),
    ("up to 200 people", "up to 200", D(200), None, None, "count", "upper_bound"),
    ("fewer than 50 cases", "fewer than 50", D(50), None, None, "count", "upper_bound"),
    ("more than a dozen of smaller operations", "more than a dozen", D(12), None, None, "count", "lower_bound"),
    ("A dozen or more operations", "A dozen or more", D(12), None, None, "count", "lower_bound"),
    ("three Myanmar warlords", "three", D(3), None, None, "count", "exact"),
    ("twenty-five people", "twenty-five", D(25), None, None, "count", "exact"),
    ("one hundred and twenty workers", "one hundred and twenty", D(120), None, None, "count", "exact"),
    ("garnered over 1.3 billion views", "over 1.3 billion", D(1300000000), None, None, "count", "lower_bound"),
    ("a 30-day free visa", "30-day", D(30), None, None, "day", "exact"),
    ("the 800 kilometer pipeline", "800 kilometer", D(800), None, None, "km", "exact"),
    ("2000 people", "2000", D(2000), None, None, "count", "exact"),
    ("Over half of China's maritime trade", "Over half", D("0.5"), None, None, "fraction", "lower_bound"),
    ("7 or 8 people", "7 or 8", None, D(7), D(8), "count", "range"),
]


@pytest.mark.parametrize("text, words, value, low, high, unit, qualifier", HARD_CASES)
def test_hard_cases(text, words, value, low, high, unit, qualifier):
    m = parse(text)
    assert m is not None, text
    assert (m.text, m.value, m.low, m.high, m.unit, m.qualifier) == (words, value, low, high, unit, qualifier)
    assert text[m.char_start:m.char_end] == m.text


@pytest.mark.parametrize("text, magnitude, unit", [
    ("tens of thousands of real fraud cases", D(10000), "count"),
    ("hundreds of millions of dollars of assets", D(100000000), "USD"),
    ("thousands of arrests", D(1000), "count"),
    ("Millions of citizens", D(1000000), "count"),
    ("China's trillion dollar Belt and Road", D(10) ** 12, "USD"),
])
def test_vague_magnitudes_are_not_counts(text, magnitude, unit):
    m = parse(text)
    assert (m.value, m.low, m.unit, m.qualifier) == (None, magnitude, unit, "order_of_magnitude")


@pytest.mark.parametrize("text, kind, words, date", [
    ("released on August 8, 2023 and", "date", "August 8, 2023", "2023-08-08"),
    ("as of May 6, 2024, a total", "date", "May 6, 2024", "2024-05-06"),
    ("Since its release on Aug. 8, the film", "date", "Aug. 8", "--08-08"),
    ("In August 2023, a joint action", "date", "August 2023", "2023-08"),
    ("on 6 May 2024 police", "date", "6 May 2024", "2024-05-06"),
    ("published 2024-05-06 online", "date", "2024-05-06", "2024-05-06"),
    ("In 2016 alone", "year", "2016", "2016"),
    ("the 2021 coup", "year", "2021", "2021"),
    ("in the 1990s", "date", "1990s", "1990/1999"),
    ("In particular, Operation 1027, named", "name", "Operation 1027", ""),
    ("during the COVID-19 pandemic", "name", "COVID-19", ""),
    ("the Three Brotherhood Alliance", "name", "Three", ""),
    ("a 5G network", "name", "5", ""),
    ("finished 1st in the race", "ordinal", "1st", ""),
])
def test_years_dates_names_and_ordinals_are_told_apart(text, kind, words, date):
    found = [m for m in scan(text) if m.text == words]
    assert found and found[0].kind == kind and found[0].date == date
    assert parse(text) is None


@pytest.mark.parametrize("text", ["one of the reasons", "no one knew", "one another", "the one who"])
def test_pronoun_one_is_not_a_number(text):
    assert scan(text) == []


def test_words_value():
    assert words_value("two hundred and fifty thousand") == 250000
    assert words_value("a dozen") == 12
    assert words_value("ninety-nine") == 99
    assert words_value("one two") is None


def test_every_repeat_of_a_sentence_is_read_alike_and_mentions_never_overlap():
    # Speed (linear in the text's length) is measured by bench/scan_speed.py, not asserted here.
    sentence = "Over 120,000 people in 2023; around $4,000 to $20,000. "
    mentions = scan(sentence * 200)
    assert len(mentions) == 3 * 200
    first = [(m.char_start, m.text, m.kind, m.value, m.low, m.high, m.qualifier) for m in mentions[:3]]
    for repeat in range(200):
        shifted = [(m.char_start - repeat * len(sentence), m.text, m.kind, m.value, m.low, m.high, m.qualifier)
                   for m in mentions[3 * repeat:3 * repeat + 3]]
        assert shifted == first
    assert all(a.char_end <= b.char_start for a, b in zip(mentions, mentions[1:]))


# --- properties ---------------------------------------------------------------
SMALL_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
              "fifteen sixteen seventeen eighteen nineteen".split()
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """English words for 1..999 999 (our own spelling, independent of the parser)."""
    def below_thousand(k):
        words = []
        if k >= 100:
            words.append(SMALL_WORDS[k // 100] + " hundred")
            k %= 100
            if k:
                words.append("and")
        if k >= 20:
            words.append(TENS_WORDS[k // 10 - 2] + ("-" + SMALL_WORDS[k % 10] if k % 10 else ""))
        elif k:
            words.append(SMALL_WORDS[k])
        return " ".join(words)
    thousands, rest = divmod(n, 1000)
    parts = [below_thousand(thousands) + " thousand"] if thousands else []
    if rest:
        parts.append(below_thousand(rest))
    return " ".join(parts)


@given(st.integers(min_value=2, max_value=999_999))
def test_spelled_numbers_read_back(n):
    m = parse(f"They counted {spell(n)} cases.")
    assert m is not None and m.value == n, spell(n)


@given(st.integers(min_value=0, max_value=10 ** 12))
def test_grouped_digits_read_back(n):
    m = parse(f"police counted {n:,} cases")
    assert m.value == n and m.unit == "count" and m.qualifier == "exact"


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["thousand", "million", "billion"]),
       st.sampled_from(["$", "USD ", "US$"]))
def test_money_with_scale_words(n, scale, symbol):
    m = parse(f"losses of {symbol}{n / 100:.2f} {scale} were reported")
    factor = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}[scale]
    assert m.unit == "USD" and m.value == Decimal(f"{n / 100:.2f}") * factor


@given(st.integers(min_value=1, max_value=10 ** 6), st.integers(min_value=1, max_value=10 ** 6),
       st.sampled_from([" to ", "-", "–"]))
def test_ranges(a, b, connector):
    low, high = sorted((a, b))
    if low == high:
        high += 1
    m = parse(f"victims paid {low:,}{connector}{high:,} RMB each")
    assert (m.low, m.high, m.unit, m.qualifier) == (low, high, "CNY", "range")


@given(st.sampled_from([("over", "lower_bound"), ("more than", "lower_bound"), ("at least", "lower_bound"),
                        ("around", "approximate"), ("about", "approximate"), ("nearly", "approximate"),
                        ("up to", "upper_bound"), ("close to", "approximate"), ("some", "approximate")]),
       st.integers(min_value=1, max_value=10 ** 7))
def test_qualifiers(pair, n):
    words, qualifier = pair
    m = parse(f"they said {words} {n:,} people")
    assert (m.value, m.qualifier, m.qualifier_text) == (n, qualifier, words)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_scan_never_fails_and_spans_slice_the_text(text):
    previous_end = 0
    for m in scan(text):
        assert text[m.char_start:m.char_end] == m.text
        assert m.char_start >= previous_end
        previous_end = m.char_end


# --- every vocabulary entry, read as its table says (drift between the tables and the parser fails here) ---
from etl import vocabulary  # noqa: E402


def only_quantity(text):
    found = [m for m in scan(text) if m.kind == "quantity"]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("word, code", sorted(vocabulary.CURRENCY_WORDS.items()))
def test_every_currency_word_is_read(word, code):
    m = only_quantity(f"They paid 500 {word} for it.")
    assert (m.value, m.unit, m.currency) == (500, code, code)


@pytest.mark.parametrize("symbol, code", sorted(vocabulary.CURRENCY_SYMBOLS.items()))
def test_every_currency_symbol_is_read(symbol, code):
    written = symbol.upper() if symbol.isalpha() else symbol
    m = only_quantity(f"They paid {written}500 for it.")
    assert (m.value, m.unit) == (500, code)
    m = only_quantity(f"They paid {written} 500 for it.")
    assert (m.value, m.unit) == (500, code)


@pytest.mark.parametrize("word, unit", sorted(vocabulary.UNIT_WORDS.items()))
def test_every_unit_word_is_read(word, unit):
    m = only_quantity(f"It took 12 {word} to finish.")
    assert (m.value, m.unit) == (12, unit)


@pytest.mark.parametrize("word, scale", sorted(vocabulary.SCALES.items()))
def test_every_scale_word_is_read(word, scale):
    m = only_quantity(f"They spent 3 {word} dollars on it.")
    assert (m.value, m.unit) == (3 * scale, "USD")


@pytest.mark.parametrize("abbreviation, scale", sorted(vocabulary.ABBREVIATED_SCALES.items()))
def test_every_abbreviated_scale_is_read_after_a_currency(abbreviation, scale):
    m = only_quantity(f"They raised ${3}{abbreviation} last year.")
    assert (m.value, m.unit) == (3 * scale, "USD")


@pytest.mark.parametrize("word, month", sorted(vocabulary.MONTHS.items()))
def test_every_month_is_read(word, month):
    found = [m for m in scan(f"It happened on 5 {word.capitalize()} 2023, they said.") if m.kind == "date"]
    assert [m.date for m in found] == [f"2023-{month:02d}-05"]


@pytest.mark.parametrize("words, qualifier", sorted(vocabulary.QUALIFIER_WORDS.items()))
def test_every_qualifier_is_read(words, qualifier):
    m = only_quantity(f"Police said {words} 500 people came.")
    assert (m.value, m.qualifier, m.qualifier_text.lower()) == (500, qualifier, words)


@pytest.mark.parametrize("words, qualifier", sorted(vocabulary.TRAILING_QUALIFIERS.items()))
def test_every_trailing_qualifier_is_read(words, qualifier):
    m = only_quantity(f"Police said 500{'' if words == '+' else ' '}{words} came.")
    assert (m.value, m.qualifier) == (500, qualifier)


def test_the_parser_reads_only_units_and_currencies_the_one_table_lists():
    assert set(vocabulary.UNIT_WORDS.values()) | set(vocabulary.UNIT_SYMBOLS.values()) <= set(vocabulary.UNITS)
    codes = set(vocabulary.CURRENCY_WORDS.values()) | set(vocabulary.CURRENCY_SYMBOLS.values())
    assert all(len(code) == 3 and code.isupper() for code in codes - {vocabulary.AMBIGUOUS_YEN_YUAN})
    assert set(vocabulary.CURRENCIES) <= codes


@pytest.mark.parametrize("text, value", [
    ("Officials counted half a million applications this spring.", 500000),
    ("A quarter of a million visitors came through the gates.", 250000),
    ("The app claims 25k daily users.", 25000),
    ("Analysts expect 1.2mn subscribers by June.", 1200000),
    ("Streams passed 3bn within a week.", 3000000000),
    ("Debt stood near 2tn at the end of the year.", 2000000000000),
])
def test_fractions_of_a_scale_and_unambiguous_abbreviations(text, value):
    assert only_quantity(text).value == value


@pytest.mark.parametrize("text", ["The pole is 5m tall.", "Half of the 146 people survived."])
def test_ambiguous_abbreviations_and_plain_halves_are_left_alone(text):
    values = [m.value for m in scan(text) if m.kind == "quantity"]
    assert 5000000 not in values and 500000 not in values
