"""etl/numbers.py on the forms of wire news: one table per form (sentences written for these tests).

Each row: a sentence, the words of the mention, and what it must read as. The corpus in
tests/data/news_quantities.jsonl measures the same parser on whole sentences
(bench/scan_accuracy.py); these tables pin each rule down.
"""
from decimal import Decimal

import pytest

from etl.numbers import scan

D = Decimal


def mention(text, words):
    found = [m for m in scan(text) if m.text == words]
    assert found, (text, [(m.text, m.kind) for m in scan(text)])
    return found[0]


@pytest.mark.parametrize("text, words, value, change", [
    ("The regional index rose 6.5% in afternoon trade.", "6.5%", D("6.5"), "up"),
    ("The blue-chip gauge fell 190 points by the close.", "190 points", D(190), "down"),
    ("Consumer prices were down 0.4 per cent from April.", "0.4 per cent", D("0.4"), "down"),
    ("Palm oil futures were up 19 cents at $58.24 a tonne.", "19 cents", D(19), "up"),
    ("Palm oil futures were up 19 cents at $58.24 a tonne.", "$58.24 a tonne", D("58.24"), ""),
    ("Shipments jumped 40% after the port reopened.", "40%", D(40), "up"),
    ("The currency slid 1.2% against the dollar.", "1.2%", D("1.2"), "down"),
    ("The lender gained 3 points on the news.", "3 points", D(3), "up"),
    ("Exporters lost 250 million baht in the strike.", "250 million baht", D(250000000), "down"),
    ("The central bank cut rates by 25 basis points.", "25 basis points", D(25), "down"),
    ("Arrivals climbed by nearly 12% year on year.", "nearly 12%", D(12), "up"),
    ("Output edged up 0.2 percent in March.", "0.2 percent", D("0.2"), "up"),
    ("Refunds posted a 3% drop over the quarter.", "3%", D(3), "down"),
    ("Fares were 8% higher than a year ago.", "8%", D(8), "up"),
    ("The stock rose 2% to $41 before the bell.", "$41", D(41), ""),
    ("Police set up 12 checkpoints on the border road.", "12", D(12), ""),
    ("Seizures doubled over the summer.", "doubled", D(2), "up"),
    ("The backlog was halved within a year.", "halved", D("0.5"), "down"),
    ("Bond yields were +0.15 points on the week.", "+0.15 points", D("0.15"), "up"),
])
def test_direction_of_change_is_read_apart_from_the_qualifier(text, words, value, change):
    m = mention(text, words)
    assert (m.value, m.change) == (value, change)


@pytest.mark.parametrize("text, words, low, high, unit", [
    ("The band runs between 20kHz and 22kHz in most regions.", "between 20kHz and 22kHz", D(20), D(22), "kHz"),
    ("The token slid from $41,200 to $40,150 overnight.", "from $41,200 to $40,150", D(40150), D(41200), "USD"),
    ("Entry costs 50 euros (about $54) to 80 euros a head.", "50 euros (about $54) to 80 euros a head",
     D(50), D(80), "EUR"),
    ("Losses ran into tens of millions of dollars.", "tens of millions of dollars", D(10 ** 7), D(10 ** 8), "USD"),
    ("Thousands of workers were moved overnight.", "Thousands", D(1000), D(10000), "count"),
    ("Rents rose between 4% and 6% in the capital.", "between 4% and 6%", D(4), D(6), "percent"),
    ("Fines range from £500 to £2,000 per offence.", "from £500 to £2,000", D(500), D(2000), "GBP"),
    ("Each raid took 3 to 5 hours, officers said.", "3 to 5 hours", D(3), D(5), "hour"),
])
def test_ranges_with_units_on_both_ends(text, words, low, high, unit):
    m = mention(text, words)
    assert (m.value, m.low, m.high, m.unit) == (None, low, high, unit)


def test_a_parenthetical_conversion_inside_a_range_stays_its_own_mention():
    m = mention("Entry costs 50 euros (about $54) to 80 euros a head.", "about $54")
    assert (m.value, m.unit, m.qualifier) == (D(54), "USD", "approximate")


@pytest.mark.parametrize("text, words, value, unit", [
    ("The fund raised US $18 billion last year.", "US $18 billion", D(18 * 10 ** 9), "USD"),
    ("The deal is worth USD 5m, the filing shows.", "USD 5m", D(5 * 10 ** 6), "USD"),
    ("Investors put in S$ 2.5 million.", "S$ 2.5 million", D(2500000), "SGD"),
    ("The ferry operator earned HK$300 million.", "HK$300 million", D(3 * 10 ** 8), "HKD"),
    ("The miner paid A$12 a share.", "A$12 a share", D(12), "AUD"),
    ("A fine of €2.3tn was floated, then dropped.", "€2.3tn", D("2.3") * 10 ** 12, "EUR"),
    ("The debt reached £2.3tn this spring.", "£2.3tn", D("2.3") * 10 ** 12, "GBP"),
    ("The unit earned $3.5bn in sales.", "$3.5bn", D("3.5") * 10 ** 9, "USD"),
    ("Tokyo shoppers paid ¥150 for a rice ball, in yen terms a bargain.", "¥150", D(150), "JPY"),
    ("Beijing diners paid ¥38 for a bowl, shops in China said.", "¥38", D(38), "CNY"),
    ("Tickets cost ¥2,000 at the gate.", "¥2,000", D(2000), "JPY_OR_CNY"),
    ("The app has 25k daily users.", "25k", D(25000), "count"),
    ("Subscribers reached 1.2mn by June.", "1.2mn", D(1200000), "count"),
])
def test_currencies_with_a_space_a_country_prefix_or_an_abbreviated_scale(text, words, value, unit):
    m = mention(text, words)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize("text, words, value, qualifier", [
    ("A third of the detainees were minors.", "A third", D("0.3333333333"), "exact"),
    ("Two-thirds of voters backed the plan.", "Two-thirds", D("0.6666666667"), "exact"),
    ("Nearly half of the boats never returned.", "Nearly half", D("0.5"), "approximate"),
    ("A quarter of the budget went to policing.", "A quarter", D("0.25"), "exact"),
    ("One in five adults reported a scam call.", "One in five", D("0.2"), "exact"),
    ("Three out of four clinics ran short of staff.", "Three out of four", D("0.75"), "exact"),
    ("The majority of the victims were under 30.", "The majority", D("0.5"), "lower_bound"),
    ("Three quarters of the land is forest.", "Three quarters", D("0.75"), "exact"),
])
def test_fractions_and_proportions(text, words, value, qualifier):
    m = mention(text, words)
    assert (m.value, m.unit, m.qualifier) == (value, "fraction", qualifier)


@pytest.mark.parametrize("text", ["She won a third term in office.", "The team scored in the third quarter.",
                                  "He was sent off before half-time."])
def test_ranks_that_look_like_fractions_are_not_read(text):
    assert all(m.unit != "fraction" for m in scan(text))


@pytest.mark.parametrize("text, words, value, unit, per", [
    ("The convoy covered 340 km before dusk.", "340 km", D(340), "km", ""),
    ("Rescuers walked 12 miles through mud.", "12 miles", D(12), "mile", ""),
    ("Customs seized 45 kg of methamphetamine.", "45 kg", D(45), "kg", ""),
    ("The ship carried 2,000 tonnes of rice.", "2,000 tonnes", D(2000), "tonne", ""),
    ("Fire destroyed 1,500 hectares of forest.", "1,500 hectares", D(1500), "hectare", ""),
    ("The station broadcasts on 98.5 MHz.", "98.5 MHz", D("98.5"), "MHz", ""),
    ("The phone ships with 256GB of storage.", "256GB", D(256), "GB", ""),
    ("Winds reached 90 mph on the coast.", "90 mph", D(90), "mph", ""),
    ("Temperatures fell to -3C overnight.", "-3C", D(-3), "celsius", ""),
    ("It was minus 5 degrees at dawn.", "minus 5 degrees", D(-5), "degree", ""),
    ("Highs of 41°C were recorded.", "41°C", D(41), "celsius", ""),
    ("The plant makes 30 kWh per day.", "30 kWh per day", D(30), "kWh", "day"),
    ("Brent traded at $82 per barrel.", "$82 per barrel", D(82), "USD", "barrel"),
    ("The train reached 320 km per hour.", "320 km per hour", D(320), "km", "hour"),
    ("The scheme costs $2 billion a year.", "$2 billion a year", D(2 * 10 ** 9), "USD", "year"),
    ("Workers spent 16 hours a day at desks.", "16 hours a day", D(16), "hour", "day"),
])
def test_units_of_measure_and_rates(text, words, value, unit, per):
    m = mention(text, words)
    assert (m.value, m.unit, m.per) == (value, unit, per)


def test_a_year_that_places_a_time_is_not_a_rate():
    m = mention("Profit rose 4% a year earlier.", "4%")
    assert m.per == ""


@pytest.mark.parametrize("text, words, value", [
    ("Three suspects were detained at the crossing.", "Three", D(3)),
    ("A dozen boats were turned back.", "A dozen", D(12)),
    ("Police questioned eleven people.", "eleven", D(11)),
    ("Two and a half years later the case closed.", "Two and a half years", D("2.5")),
])
def test_spelled_out_counts(text, words, value):
    assert mention(text, words).value == value


@pytest.mark.parametrize("text", ["It was one of the best seasons.", "No one was hurt.",
                                  "They helped one another."])
def test_idioms_with_one_are_not_counts(text):
    assert [m for m in scan(text) if m.kind == "quantity"] == []


@pytest.mark.parametrize("text, words, kind", [
    ("The Pixel 8 went on sale on Tuesday.", "Pixel 8", "name"),
    ("Orders for the Model 3 slowed.", "Model 3", "name"),
    ("Carriers are building 5G masts.", "5", "name"),
    ("The S24 sold out within hours.", "S24", "name"),
    ("The hosts won 3-1 at home.", "3-1", "score"),
    ("She took the final 6-4 6-3.", "6-4 6-3", "score"),
    ("The raid began at 9.15am local time.", "9.15am", "time"),
    ("The ferry left at 10:45 p.m. on Friday.", "10:45 p.m.", "time"),
    ("His fastest lap was 1:02.3 in qualifying.", "1:02.3", "time"),
    ("Markets open at 0800 GMT.", "0800 GMT", "time"),
    ("The passenger in seat 14C was unhurt.", "14C", "code"),
    ("Flight 370 vanished in 2014.", "370", "code"),
    ("Guests in room 204 complained.", "204", "code"),
    ("Victims can call the hotline on 555-0142 at any hour.", "555-0142", "code"),
    ("Callers dialled +44 20 7946 0958 for help.", "+44 20 7946 0958", "code"),
    ("The update to version 2.1.3 fixed the bug.", "2.1.3", "code"),
    ("Article 5 of the treaty was invoked.", "Article 5", "name"),
    ("Judges cited section 230 of the law.", "section 230", "name"),
    ("Campaigners invoked the 19th Amendment.", "19th Amendment", "name"),
    ("The world No. 1 lost in straight sets.", "1", "ordinal"),
    ("Trade grew in 2023 and in the 1990s.", "2023", "year"),
    ("Trade grew in 2023 and in the 1990s.", "1990s", "date"),
    ("The 2023-24 season ended early.", "2023-24", "date"),
])
def test_what_is_not_a_quantity_gets_its_own_kind(text, words, kind):
    assert mention(text, words).kind == kind


def test_a_range_in_a_sports_sentence_with_a_unit_is_still_a_range():
    m = mention("The match lasted 10-15 minutes longer than planned.", "10-15 minutes")
    assert (m.kind, m.low, m.high) == ("quantity", D(10), D(15))
