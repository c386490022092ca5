"""English words the number parser reads: number words, scales, months, currencies,
units, qualifiers, and the words that tell a count from a year or a name.

Data only; `etl.numbers` builds its regular expressions and rules from these tables.
"""
from __future__ import annotations

from decimal import Decimal

QUANTITY, YEAR, DATE, NAME, ORDINAL = "quantity", "year", "date", "name", "ordinal"
TIME, SCORE, CODE = "time", "score", "code"   # a time of day or a lap time; a result "3-1"; a seat, phone or version
UP, DOWN = "up", "down"   # the direction of change a number is stated as ("rose 6.5%", "fell 190 points")
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
    "swiss francs": "CHF", "francs": "CHF", "chf": "CHF", "rupees": "INR", "rupee": "INR", "inr": "INR",
    "canadian dollars": "CAD", "cad": "CAD", "won": "KRW", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "shilling": "KES", "shillings": "KES", "lira": "TRY", "naira": "NGN", "rand": "ZAR", "cfa francs": "XOF",
    "taka": "BDT", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "reais": "BRL",
    "kip": "LAK", "zloty": "PLN", "hryvnia": "UAH", "hryvnias": "UAH", "roubles": "RUB", "rubles": "RUB",
    "rupiah": "IDR", "ringgits": "MYR",
}
AMBIGUOUS_YEN_YUAN = "JPY_OR_CNY"   # "¥" without a word telling Japan from China
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "€": "EUR",
                    "£": "GBP", "¥": AMBIGUOUS_YEN_YUAN, "rmb": "CNY", "cny": "CNY", "hk$": "HKD",
                    "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "a$": "AUD", "eur": "EUR",
                    "gbp": "GBP", "thb": "THB", "฿": "THB", "₫": "VND", "₱": "PHP",
                    "us $": "USD", "hk $": "HKD", "s $": "SGD", "a $": "AUD", "c$": "CAD", "nz$": "NZD",
                    "r$": "BRL", "₹": "INR", "rs": "INR", "₩": "KRW", "chf": "CHF", "inr": "INR",
                    "cad": "CAD", "jpy": "JPY", "aud": "AUD", "nzd": "NZD", "krw": "KRW", "php": "PHP"}
# The units a figure can be measured in: code -> (what follows a number when shown, an axis title).
# The one table of units: the parser's words below map onto these codes, `etl.terms` lists them for
# the schema, and the dashboard labels values and axes with them.
UNITS = {
    "count": ("", "number"), "percent": ("%", "percent"), "percentage_point": (" pp", "percentage points"),
    "times": ("×", "times (×)"), "ratio": ("", "ratio"), "hour": (" hours", "hours"), "day": (" days", "days"),
    "week": (" weeks", "weeks"), "month": (" months", "months"), "year": (" years", "years"),
    "minute": (" minutes", "minutes"), "second": (" seconds", "seconds"), "km": (" km", "kilometres"),
    "metre": (" m", "metres"), "mile": (" miles", "miles"), "tonne": (" tonnes", "tonnes"), "kg": (" kg", "kilograms"),
    "fraction": ("", "fraction of the whole"), "point": (" points", "points"), "basis_point": (" bp", "basis points"),
    "cent": (" cents", "cents"), "cm": (" cm", "centimetres"), "mm": (" mm", "millimetres"), "g": (" g", "grams"),
    "lb": (" lb", "pounds (weight)"), "hectare": (" ha", "hectares"), "acre": (" acres", "acres"),
    "sq_km": (" km²", "square kilometres"), "litre": (" litres", "litres"), "barrel": (" barrels", "barrels"),
    "gallon": (" gallons", "gallons"), "Hz": (" Hz", "hertz"), "kHz": (" kHz", "kilohertz"),
    "MHz": (" MHz", "megahertz"), "GHz": (" GHz", "gigahertz"), "KB": (" KB", "kilobytes"),
    "MB": (" MB", "megabytes"), "GB": (" GB", "gigabytes"), "TB": (" TB", "terabytes"),
    "kmh": (" km/h", "kilometres per hour"), "mph": (" mph", "miles per hour"), "knot": (" knots", "knots"),
    "celsius": ("°C", "degrees Celsius"), "fahrenheit": ("°F", "degrees Fahrenheit"), "degree": ("°", "degrees"),
    "kWh": (" kWh", "kilowatt-hours"), "MWh": (" MWh", "megawatt-hours"), "GWh": (" GWh", "gigawatt-hours"),
    "kW": (" kW", "kilowatts"), "MW": (" MW", "megawatts"), "GW": (" GW", "gigawatts"),
    "inch": (" inches", "inches"), "foot": (" ft", "feet"), "calorie": (" kcal", "kilocalories"),
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
    "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g",
    "lbs": "lb", "hectare": "hectare", "hectares": "hectare", "acre": "acre", "acres": "acre",
    "square kilometres": "sq_km", "square kilometers": "sq_km", "square kilometre": "sq_km",
    "square kilometer": "sq_km", "sq km": "sq_km", "km2": "sq_km", "km²": "sq_km",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "barrel": "barrel",
    "barrels": "barrel", "gallon": "gallon", "gallons": "gallon", "centimetre": "cm", "centimetres": "cm",
    "centimeter": "cm", "centimeters": "cm", "cm": "cm", "millimetre": "mm", "millimetres": "mm",
    "millimeter": "mm", "millimeters": "mm", "mm": "mm", "inch": "inch", "inches": "inch",
    "foot": "foot", "feet": "foot", "ft": "foot", "mph": "mph", "km/h": "kmh", "kph": "kmh", "kmh": "kmh",
    "kilometres per hour": "kmh", "kilometers per hour": "kmh", "miles per hour": "mph", "knot": "knot",
    "knots": "knot", "degrees celsius": "celsius", "degrees centigrade": "celsius", "celsius": "celsius",
    "degrees fahrenheit": "fahrenheit", "fahrenheit": "fahrenheit", "degrees": "degree", "degree": "degree",
    "hertz": "Hz", "kilohertz": "kHz", "megahertz": "MHz", "gigahertz": "GHz", "kilobytes": "KB",
    "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
    "megawatt-hours": "MWh", "megawatt hours": "MWh", "kilowatts": "kW", "megawatts": "MW", "gigawatts": "GW",
    "points": "point", "point": "point", "pts": "point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point", "cents": "cent", "cent": "cent", "pence": "cent", "calories": "calorie", "kcal": "calorie",
}
# Abbreviations whose case matters ("5GB" is data, "5G" a network; "20C" a temperature): read only as written.
UNIT_SYMBOLS = {"Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "KB": "KB", "kB": "KB", "MB": "MB",
                "GB": "GB", "TB": "TB", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "GWh", "kW": "kW",
                "MW": "MW", "GW": "GW", "ha": "hectare", "g": "g", "lb": "lb", "°C": "celsius", "ºC": "celsius",
                "C": "celsius", "°F": "fahrenheit", "ºF": "fahrenheit", "F": "fahrenheit", "°": "degree",
                "bp": "basis_point", "l": "litre", "p": "cent", "x": "times"}
# "$80 a barrel", "120 km per hour": what a rate is per (the unit becomes "USD/barrel", "km/hour").
RATE_WORDS = {"barrel": "barrel", "hour": "hour", "day": "day", "week": "week", "month": "month",
              "year": "year", "annum": "year", "share": "share", "person": "person", "capita": "person",
              "head": "person", "tonne": "tonne", "ton": "tonne", "kilogram": "kg", "kg": "kg",
              "litre": "litre", "liter": "litre", "gallon": "gallon", "kilowatt-hour": "kWh", "kwh": "kWh",
              "night": "night", "ounce": "ounce", "minute": "minute", "second": "second", "mile": "mile",
              "km": "km", "square metre": "m2", "square meter": "m2", "square foot": "sq_ft", "game": "game",
              "match": "game", "season": "season", "household": "household", "visit": "visit"}
# Words after "a"/"an" that place a time rather than give a rate ("a year earlier").
NOT_RATE_WORDS = set("earlier ago before after later prior previously since from on in to".split())
# Direction of change: the words just before a number ("rose 6.5%", "was down 0.4 per cent", "a rise of 5%")
# and just after it ("5% higher", "a 3% drop").
CHANGE_BEFORE = {UP: """rose rise rises rising risen gained gain gains gaining jumped jump jumps jumping climbed climb
climbs climbing increased increase increases increasing grew grow grows growing grown surged surge surges surging
soared soar soars soaring advanced advance advances advancing added add adds adding rallied rally rallies rallying
spiked spike spikes boosted boost hiked hike hikes expanded expand expands expanding
rebounded rebound rebounds recovered firmed strengthened appreciated accelerated up upward upwards
increment widened""".split() + ["edged up", "edged higher", "inched up", "inched higher", "ticked up",
                                  "crept up", "went up", "moved up", "shot up", "higher by", "an increase of",
                                  "a rise of", "a gain of", "a jump of", "a surge of", "growth of", "a hike of", "raised by",
                                  "raises by", "raising by"],
                 DOWN: """fell fall falls falling fallen dropped drop drops dropping declined decline declines declining
lost lose loses losing slid slide slides sliding slipped slip slips slipping tumbled tumble tumbles tumbling plunged
plunge plunges plunging plummeted plummet plummets sank sink sinks sinking sunk shed sheds shedding eased ease
eases easing dipped dip dips dipping decreased decrease decreases decreasing shrank shrink shrinks shrinking shrunk
slumped slump slumps slumping cut cuts cutting reduced reduce reduces reducing lowered lower lowers retreated
retreat retreats weakened contracted contract contracts crashed dived dove skidded tanked trimmed trim slashed
slash down downward downwards narrowed""".split() + ["edged down", "edged lower", "inched down", "inched lower",
                                                      "ticked down", "went down", "moved down", "lower by",
                                                      "a decrease of", "a drop of", "a fall of", "a decline of",
                                                      "a cut of", "a reduction of", "a slump of", "a slide of"]}
CHANGE_AFTER = {UP: "higher up rise rises increase increases gain gains jump jumps hike hikes surge "
                    "climb boost growth".split(),
                DOWN: "lower down drop drops fall falls decline declines cut cuts decrease decreases reduction "
                      "slump slide loss plunge".split()}
# "doubled", "halved": a change stated as a multiple.
MULTIPLIER_WORDS = {"doubled": (2, UP), "doubling": (2, UP), "double": (2, UP), "doubles": (2, UP),
                    "tripled": (3, UP), "trebled": (3, UP), "tripling": (3, UP), "triple": (3, UP),
                    "quadrupled": (4, UP), "halved": (Decimal("0.5"), DOWN), "halving": (Decimal("0.5"), DOWN),
                    "halve": (Decimal("0.5"), DOWN),
                    "twofold": (2, UP), "threefold": (3, UP), "fourfold": (4, UP), "fivefold": (5, UP),
                    "tenfold": (10, UP), "hundredfold": (100, UP)}
# "twice": a count of times, not a change.
TIMES_WORDS = {"twice": 2, "thrice": 3}
# Fractions: "a third", "two-thirds", "three quarters" (denominators, singular and plural).
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                  "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                  "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
# "the majority of": more than half.
MAJORITY_WORDS = {"the majority": LOWER, "a majority": LOWER, "the vast majority": LOWER,
                  "a large majority": LOWER, "the overwhelming majority": LOWER}
# Words right before digits that make them a code rather than an amount ("seat 14C", "flight 370",
# "version 2"); and those that make them part of a name ("Article 5", "section 230").
CODE_WORDS = set("""seat seats row room flight gate platform terminal bus route highway pier lane floor block
unit apartment suite ward bed tel phone ext extension channel page pages line track exit junction locker cell
berth door hall zone plot box version ver v firmware postcode code id""".split())
NAME_WORDS = set("""article articles section sections clause clauses paragraph amendment rule regulation
resolution chapter title schedule annex protocol act""".split())
RANK_WORDS = {"no.", "nos.", "number"}   # "the world No. 1": a rank
# Words near "3-1" that make it a result, not a range.
SCORE_WORDS = set("""win wins won winning victory victories beat beats beating defeat defeats defeated lost
loss losses draw draws drew drawn lead leads led leading trail trails trailed score scored scores scoreline
match matches game games set sets goal goals final finals semi-final quarter-final half-time halftime
innings round tie triumph rout thrashing edged overcame clinched stunned victor comeback series
fixture opener derby thrash thrashed ruled rule voted vote votes verdict""".split())
# Words near digits grouped like "555-0142" that make them a telephone number.
PHONE_WORDS = set("call calls called phone phones telephone tel hotline dial dialled dialed line helpline "
                  "number whatsapp text fax contact".split())
# Time zones and the like after "0800" or "10.30".
TIME_ZONES = "GMT UTC ET EDT EST BST CET CEST PT PST PDT JST SGT ICT HKT".split() + ["local time"]
# Cues that tell yen from yuan for a bare "¥".
YEN_CUES = set("yen japan japanese tokyo osaka nikkei boj topix".split()) | {"bank of japan"}
YUAN_CUES = set("yuan rmb renminbi china chinese beijing shanghai shenzhen pboc csi hang seng".split())
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
