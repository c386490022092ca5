"""dashboard/formatting_zh.py: numbers, qualifiers, units and dates as Chinese readers write them."""
import pytest

from dashboard import formatting_zh as zh
from etl.terms import QUALIFIERS
from etl.vocabulary import CURRENCIES, QUALIFIER_WORDS, UNITS


@pytest.mark.parametrize("value, text", [
    (464000, "46.4万"), (1300000000, "13亿"), (540500000, "5.405亿"), (30000, "3万"), (150000, "15万"),
    (120000, "12万"), (74500, "7.45万"), (21867000000, "218.67亿"), (12, "12"), (7.5, "7.5"), (68.5, "68.5"),
    (1000, "1,000"), (10000, "1万"), (None, ""),
])
def test_numbers(value, text):
    assert zh.number(value) == text


def row(**fields):
    base = {"value": None, "low": None, "high": None, "unit": "count", "qualifier": "exact", "qualifier_text": ""}
    return {**base, **fields}


@pytest.mark.parametrize("figure, text", [
    (row(value=464000, qualifier="approximate", qualifier_text="around"), "约46.4万"),
    (row(value=120000, qualifier="lower_bound", qualifier_text="over"), "超过12万"),
    (row(value=300, qualifier="lower_bound", qualifier_text="at least"), "至少300"),
    (row(value=200, qualifier="upper_bound", qualifier_text="up to"), "最多200"),
    (row(value=50, qualifier="upper_bound", qualifier_text="fewer than"), "不到50"),
    (row(value=2000, qualifier="approximate", qualifier_text="nearly"), "近2,000"),
    (row(value=540500000, unit="USD"), "5.405亿美元"),
    (row(low=30000, high=150000, unit="CNY", qualifier="range"), "3万–15万元"),
    (row(low=10, high=15, unit="hour", qualifier="range"), "10–15小时"),
    (row(value=68.5, unit="percent"), "68.5%"),
    (row(low=10000, high=100000, qualifier="order_of_magnitude"), "数以万计"),
    (row(low=1000000000, high=10000000000, unit="USD", qualifier="order_of_magnitude"), "数十亿美元"),
    (row(low=1000, high=10000, qualifier="order_of_magnitude"), "数千"),
    (row(value=14.1, unit="times", qualifier="derived"), "14.1倍"),
    (row(value=800, unit="km"), "800公里"),
])
def test_values_with_their_qualifier_and_unit(figure, text):
    assert zh.display_value(figure) == text


@pytest.mark.parametrize("figure, text", [
    ({"period": "2023-08", "period_type": "during"}, "2023年8月"),
    ({"period": "2024-05-06", "period_type": "as_of"}, "截至2024年5月6日"),
    ({"period": "2022", "period_type": "during"}, "2022年"),
    ({"period": "", "period_type": "unstated"}, "时间未说明"),
])
def test_periods(figure, text):
    assert zh.period_label(figure) == text


def test_every_unit_currency_and_qualifier_has_its_chinese_words():
    assert set(UNITS) <= set(zh.UNITS_ZH)
    assert set(CURRENCIES) <= set(zh.CURRENCIES_ZH)
    assert set(QUALIFIER_WORDS) - {"a reported", "a total of", "exactly", "only", "precisely", "approx.", "est.",
                                   "c.", "~", "an approximate"} <= set(zh.QUALIFIER_TEXT_ZH)
    assert set(zh.QUALIFIER_DEFAULT_ZH) <= set(QUALIFIERS)


@pytest.mark.parametrize("top, text", [
    (6.8e8, ["0", "1亿", "2亿", "3亿", "4亿", "5亿", "6亿"]),
    (1.3e5, ["0", "2.5万", "5万", "7.5万", "10万", "12.5万"]),
    (3.1e9, ["0", "5亿", "10亿", "15亿", "20亿", "25亿", "30亿"]),
    (48, ["0", "10", "20", "30", "40"]),
    (0.9, ["0", "0.2", "0.4", "0.6", "0.8"]),
    (2.2e4, ["0", "5,000", "1万", "1.5万", "2万"]),
])
def test_chart_axes_count_in_wan_and_yi(top, text):
    from dashboard.plots import chinese_ticks
    ticks = chinese_ticks(top)
    assert ticks["ticktext"] == text and ticks["tickvals"][-1] <= top
