"""How a figure reads in Chinese: 46.4万, 约46.4万, 超过12万, 3万–15万元, 5.405亿美元, 2023年8月.

The Chinese twin of `dashboard.formatting`: pure functions of a figure row. Numbers use
Babel's CLDR data for Simplified Chinese (万 and 亿 by `format_compact_decimal`, dates by
`format_date`); what CLDR does not cover (the words of qualifiers in Chinese word order,
units and currencies after the number, vague magnitudes such as 数以万计) is written here,
keyed by the codes of `etl.vocabulary` and `etl.terms` so that nothing can drift: the tests
check every unit and qualifier has its Chinese words.
"""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal

LOCALE = "zh_Hans_CN"
# What follows a number, by unit code (etl.vocabulary.UNITS) or currency code.
UNITS_ZH = {
    "count": "", "percent": "%", "percentage_point": "个百分点", "times": "倍", "ratio": "", "hour": "小时",
    "day": "天", "week": "周", "month": "个月", "year": "年", "minute": "分钟", "second": "秒", "km": "公里",
    "metre": "米", "mile": "英里", "tonne": "吨", "kg": "公斤", "fraction": "", "point": "点",
    "basis_point": "个基点", "cent": "美分", "cm": "厘米", "mm": "毫米", "g": "克", "lb": "磅", "hectare": "公顷",
    "acre": "英亩", "sq_km": "平方公里", "litre": "升", "barrel": "桶", "gallon": "加仑", "Hz": "赫兹",
    "kHz": "千赫", "MHz": "兆赫", "GHz": "吉赫", "KB": "KB", "MB": "MB", "GB": "GB", "TB": "TB",
    "kmh": "公里/小时", "mph": "英里/小时", "knot": "节", "celsius": "摄氏度", "fahrenheit": "华氏度", "degree": "度",
    "kWh": "千瓦时", "MWh": "兆瓦时", "GWh": "吉瓦时", "kW": "千瓦", "MW": "兆瓦", "GW": "吉瓦", "inch": "英寸",
    "foot": "英尺", "calorie": "千卡",
}
CURRENCIES_ZH = {"USD": "美元", "CNY": "元", "EUR": "欧元", "GBP": "英镑", "HKD": "港元", "SGD": "新加坡元",
                 "AUD": "澳元", "JPY": "日元", "THB": "泰铢", "MMK": "缅元", "KHR": "瑞尔", "MYR": "林吉特",
                 "PHP": "菲律宾比索", "VND": "越南盾", "IDR": "印尼盾", "INR": "卢比", "KRW": "韩元"}
# The source's own qualifying words, in Chinese word order before the number.
QUALIFIER_TEXT_ZH = {
    "more than": "超过", "over": "超过", "well over": "远超", "just over": "略超", "upwards of": "超过",
    "in excess of": "超过", "above": "超过", "exceeding": "超过", "at least": "至少", "no fewer than": "不少于",
    "no less than": "不少于", "a minimum of": "至少", "up to": "最多", "at most": "最多", "as many as": "多达",
    "a maximum of": "最多", "no more than": "不超过", "fewer than": "不到", "less than": "不到", "under": "不到",
    "below": "不到", "just under": "略低于", "nearly": "近", "almost": "近", "close to": "近", "barely": "仅约",
    "around": "约", "about": "约", "approximately": "约", "roughly": "约", "some": "约", "an estimated": "估计",
    "estimated": "估计", "circa": "约", "only around": "仅约",
}
QUALIFIER_DEFAULT_ZH = {"lower_bound": "超过", "approximate": "约", "upper_bound": "最多"}
# Vague magnitudes by their low end: "tens of thousands" is 数以万计.
MAGNITUDES_ZH = {12: "数十", 100: "数百", 1000: "数千", 10 ** 4: "数以万计", 10 ** 5: "数十万", 10 ** 6: "数百万",
                 10 ** 7: "数千万", 10 ** 8: "数亿", 10 ** 9: "数十亿", 10 ** 10: "数百亿", 10 ** 12: "上万亿"}


def _missing(x) -> bool:
    return x is None or x == "" or (isinstance(x, float) and math.isnan(x))


def number(x) -> str:
    """464000 -> '46.4万', 1300000000 -> '13亿', 7.5 -> '7.5', 1000 -> '1,000'."""
    if _missing(x):
        return ""
    value = Decimal(str(x))
    if abs(value) >= 10000:
        return format_compact_decimal(value, locale=LOCALE, fraction_digits=4)
    return format_decimal(value, locale=LOCALE)


# Axis titles by unit, in Chinese (the English ones are etl.vocabulary's UNITS and CURRENCIES).
AXIS_ZH = {"count": "数量", "percent": "百分比（%）", "percentage_point": "百分点", "times": "倍数", "ratio": "比率",
           "fraction": "比例"}


def axis_title(unit: str) -> str:
    """'数量', '美元', '小时', '百分比（%）'."""
    return AXIS_ZH.get(unit) or unit_words(unit) or unit


def unit_words(unit: str) -> str:
    if unit in CURRENCIES_ZH:
        return CURRENCIES_ZH[unit]
    return UNITS_ZH.get(unit, unit)


def display_value(row) -> str:
    """The value as the source qualifies it, in Chinese: '超过12万', '约46.4万', '3万–15万元', '数以万计'."""
    unit, qualifier = row["unit"], row["qualifier"]
    words = unit_words(unit)
    if qualifier == "range":
        return f"{number(row['low'])}–{number(row['high'])}{words}"   # the unit once, after the range
    if qualifier == "order_of_magnitude":
        low = int(row["low"])
        vague = MAGNITUDES_ZH.get(low)
        return f"{vague}{words}" if vague else f"至少{number(low)}{words}"
    text = f"{number(row['value'])}{words}"   # the currency after the number: 5.405亿美元
    said = str(row.get("qualifier_text") or "").lower()
    if qualifier in QUALIFIER_DEFAULT_ZH:
        return QUALIFIER_TEXT_ZH.get(said, QUALIFIER_DEFAULT_ZH[qualifier]) + text
    return text   # a derived value is marked "(derived)" by whoever shows it, as in English


# Words that soften a date (etl.terms.DATE_QUALIFIERS): before or after it in Chinese.
DATE_QUALIFIERS_ZH = {"": ("", ""), "early": ("", "初"), "mid": ("", "中"), "late": ("", "末"),
                      "end of": ("", "底"), "around": ("约", ""), "by": ("截至", "")}


def date_label(date: str, qualifier: str = "") -> str:
    """'2023' -> '2023年', '2023-08' -> '2023年8月', '2024-05-06' -> '2024年5月6日'; 'late' -> '2023年10月末'."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        text = f"{parts[0]}年"
    elif len(parts) == 2:
        text = format_date(dt.date(parts[0], parts[1], 1), format="yyyy年M月", locale=LOCALE)
    else:
        text = format_date(dt.date(*parts), format="long", locale=LOCALE)
    before, after = DATE_QUALIFIERS_ZH.get(qualifier, ("", ""))
    return f"{before}{text}{after}"


def _article(source: dict) -> str:
    return source.get("publisher") or (f"《{source['title']}》" if source.get("title") else "一篇未署名文章")


def _producer_name(producer: dict, short: bool) -> str:
    return producer.get("name_zh") or (producer["name_short"] if short else producer["name"])


def credit(row, source: dict, producer: dict | None = None, original: dict | None = None) -> str:
    """'联合国人权事务高级专员办事处（2023年），经CLW报道': producer first, for source lines."""
    article = _article(source)
    if row.get("computed_by") == "scam_figures":
        return f"Scam Figures根据{article}报道的数字推算"
    if row.get("computed_by") == "article":
        return f"{article}自行换算"
    if producer:
        year = f"（{original['date_published'][:4]}年）" if original and original.get("date_published") else ""
        return f"{_producer_name(producer, True)}{year}，经{article}报道"
    return article


def attribution(row, source: dict, producer: dict | None = None, original: dict | None = None) -> str:
    """The chain in words for pages: producer, original publication (as titled), the article."""
    where = f"《{source['title']}》" if source.get("title") else f"未署名文章（{source.get('file')}）"
    where += f"，{source['publisher']}" if source.get("publisher") else "，出版方不详"
    if row.get("computed_by") == "scam_figures":
        return f"Scam Figures根据{where}引用的数字推算"
    if row.get("computed_by") == "article":
        return f"文章自行换算，见{where}"
    if not producer:
        return where
    title = f"，《{original['title']}》" if original and original.get("title") else ""
    date = f"（{original['date_published']}）" if original and original.get("date_published") else ""
    return f"{_producer_name(producer, False)}{title}{date}，转引自{where}"


def period_label(row) -> str:
    """'2022年', '截至2024年5月6日', '时间未说明'."""
    period, kind = row.get("period") or "", row.get("period_type") or ""
    if not period:
        return "时间未说明"
    text = "–".join(date_label(p) for p in str(period).split("/"))
    return f"截至{text}" if kind == "as_of" else text


def _article_reference(source: dict) -> str:
    """An article in the order of GB/T 7714: author. title. publisher, date. address."""
    parts = [source.get("author") or "佚名", f"{source.get('title') or '未署名文章'}[N]",
             source.get("publisher") or "出版方不详", source.get("date_published") or "日期不详"]
    text = "．".join(parts[:2]) + "．" + "，".join(parts[2:])
    return text + (f"．{source['url']}" if source.get("url") else "")


def citation(title: str, rows, dataset, accessed: str, url: str) -> tuple[str, str]:
    """(short, full) citations of a chart in Chinese: producers first, then the articles (GB/T 7714 order),
    then this chart, with its caveats in Chinese."""
    producers, articles, caveats = [], [], []
    for _, row in rows.iterrows():
        source, producer, original = dataset.credit_parts(row)
        who = credit(row, source, producer, original)
        if who not in producers:
            producers.append(who)
        if row.get("caveat_text_zh") and row["caveat_text_zh"] not in caveats:
            caveats.append(row["caveat_text_zh"])
        article = _article_reference(source)
        if article not in articles:
            articles.append(article)
    said = "；".join(producers)
    short = f"{said}；Scam Figures．《{title}》，引用日期：{accessed}。"
    keep_in_mind = f"注意：{''.join(caveats)}" if caveats else ""
    full = (f"数据来源：{said}。转引自：{'；'.join(articles)}。Scam Figures整理．《{title}》[EB/OL]．{url}，"
            f"引用日期：{accessed}。{keep_in_mind}")
    return short, full
