"""English words the number parser reads: number words, scales, months, currencies,
units, qualifiers, and the words that tell a count from a year or a name.

Data only; `etl.numbers` builds its regular expressions and rules from these tables.
"""
from __future__ import annotations

from decimal import Decimal

QUANTITY, YEAR, DATE, NAME, ORDINAL = "quantity", "year", "date", "name", "ordinal"
EXACT, APPROXIMATE, LOWER, UPPER, RANGE, MAGNITUDE = (
    "exact", "approximate", "lower_bound", "upper_bound", "range", "order_of_magnitude")

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
SCALES = {"hundred": Decimal(100), "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
          "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12,
          "lakh": Decimal(10) ** 5, "crore": Decimal(10) ** 7}
ABBREVIATED_SCALES = {"k": SCALES["thousand"], "m": SCALES["million"], "mn": SCALES["million"],
                      "mln": SCALES["million"], "bn": SCALES["billion"], "b": SCALES["billion"],
                      "tn": SCALES["trillion"], "tr": SCALES["trillion"]}
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9

CURRENCY_WORDS = {
    "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "usd": "USD",
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP", "pounds sterling": "GBP",
    "baht": "THB", "thb": "THB", "kyat": "MMK", "kyats": "MMK", "mmk": "MMK",
    "riel": "KHR", "riels": "KHR", "khr": "KHR", "ringgit": "MYR", "myr": "MYR",
    "peso": "PHP", "pesos": "PHP", "dong": "VND", "vnd": "VND", "rupiah": "IDR",
    "yen": "JPY", "jpy": "JPY", "hkd": "HKD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "sgd": "SGD", "aud": "AUD", "australian dollars": "AUD",
}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "€": "EUR",
                    "£": "GBP", "¥": "CNY", "rmb": "CNY", "cny": "CNY", "hk$": "HKD",
                    "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "a$": "AUD", "eur": "EUR",
                    "gbp": "GBP", "thb": "THB", "฿": "THB", "₫": "VND", "₱": "PHP"}
# The units a figure can be measured in: code -> (what follows a number when shown, an axis title).
# The one table of units: the parser's words below map onto these codes, `etl.terms` lists them for
# the schema, and the dashboard labels values and axes with them.
UNITS = {
    "count": ("", "number"), "percent": ("%", "percent"), "percentage_point": (" pp", "percentage points"),
    "times": ("×", "times (×)"), "ratio": ("", "ratio"), "hour": (" hours", "hours"), "day": (" days", "days"),
    "week": (" weeks", "weeks"), "month": (" months", "months"), "year": (" years", "years"),
    "minute": (" minutes", "minutes"), "second": (" seconds", "seconds"), "km": (" km", "kilometres"),
    "metre": (" m", "metres"), "mile": (" miles", "miles"), "tonne": (" tonnes", "tonnes"), "kg": (" kg", "kilograms"),
}
# Currencies shown with a symbol, and their axis titles; other ISO 4217 codes show as 'THB 500'.
CURRENCIES = {"USD": ("US$", "US dollars"), "CNY": ("RMB ", "yuan (RMB)"), "EUR": ("€", "euros"),
              "GBP": ("£", "pounds sterling"), "HKD": ("HK$", "Hong Kong dollars"), "SGD": ("S$", "Singapore dollars"),
              "AUD": ("A$", "Australian dollars"), "JPY": ("¥", "yen")}
UNIT_WORDS = {  # words after a number -> unit code (a key of UNITS)
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "minute": "minute", "minutes": "minute", "second": "second",
    "seconds": "second", "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km",
    "kilometres": "km", "mile": "mile", "miles": "mile", "meter": "metre", "meters": "metre",
    "metre": "metre", "metres": "metre", "tonne": "tonne", "tonnes": "tonne", "ton": "tonne",
    "tons": "tonne", "kg": "kg", "times": "times", "fold": "times",
}
QUALIFIER_WORDS = {  # words before a number -> qualifier (the codes are etl.terms.QUALIFIERS)
    "more than": LOWER, "over": LOWER, "at least": LOWER, "upwards of": LOWER,
    "in excess of": LOWER, "no fewer than": LOWER, "no less than": LOWER, "above": LOWER,
    "just over": LOWER, "well over": LOWER, "a minimum of": LOWER, "exceeding": LOWER,
    "up to": UPPER, "at most": UPPER, "fewer than": UPPER, "less than": UPPER,
    "under": UPPER, "below": UPPER, "no more than": UPPER, "as many as": UPPER,
    "a maximum of": UPPER, "just under": UPPER,
    "around": APPROXIMATE, "about": APPROXIMATE, "approximately": APPROXIMATE,
    "approx.": APPROXIMATE, "roughly": APPROXIMATE, "close to": APPROXIMATE,
    "nearly": APPROXIMATE, "almost": APPROXIMATE, "some": APPROXIMATE,
    "an estimated": APPROXIMATE, "estimated": APPROXIMATE, "est.": APPROXIMATE,
    "circa": APPROXIMATE, "c.": APPROXIMATE, "barely": APPROXIMATE, "~": APPROXIMATE,
    "only around": APPROXIMATE, "an approximate": APPROXIMATE, "a reported": EXACT,
    "a total of": EXACT, "exactly": EXACT, "only": EXACT, "precisely": EXACT,
}
TRAILING_QUALIFIERS = {"or more": LOWER, "or longer": LOWER, "or above": LOWER,
                       "and above": LOWER, "plus": LOWER, "+": LOWER, "or so": APPROXIMATE,
                       "or less": UPPER, "or fewer": UPPER, "and under": UPPER}
# A capitalised word right before a number that does NOT make it a name ("In 2015").
NOT_NAME_WORDS = set("""in on at by of to as for from since until till during before after
between and or but the a an this that these those some about around over under nearly almost
only just roughly approximately estimated exactly more less up within by than with without
all its their his her our we they it he she there here when while where whereas although
approx total alone early late mid end each every another per see""".split()) | set(MONTHS)
COUNT_NOUNS = set("""people persons individuals victims cases suspects workers users members
employees children women men families households companies firms deaths participants
respondents views arrests refugees citizens nationals students officers police soldiers
trucks vehicles syndicates gangs operations departments units accounts calls messages
transactions websites apps videos posts shares likes followers visitors tourists migrants
passengers patients homes buildings villages""".split())
PLURAL_MAGNITUDES = {"dozens": Decimal(12), "hundreds": SCALES["hundred"],
                     "thousands": SCALES["thousand"], "millions": SCALES["million"],
                     "billions": SCALES["billion"], "trillions": SCALES["trillion"]}
