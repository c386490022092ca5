"""The registry of charts: which indicators each chart shows, on which page, titled how.

A chart shows one or more indicators, each in its own panel with its own axis: figures
of different indicators are never drawn on one axis as if comparable. Pages, embeds
and exports all read this one list.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

# Where the dashboard is published: used in citations and embed code (set it when deploying).
PUBLIC_URL = os.environ.get("SCAM_FIGURES_URL", "http://127.0.0.1:8050").rstrip("/")


@dataclass(frozen=True)
class ChartSpec:
    chart_id: str
    page: str
    title: str                       # states what the chart shows
    indicators: tuple[str, ...]      # one panel each, each with its own axis
    note: str = ""                   # why panels are apart, what to keep in mind

    @property
    def page_path(self) -> str:
        return PAGES[self.page][0].lstrip("/")

    @property
    def public_url(self) -> str:
        """The chart's address on the published dashboard, for citations."""
        return f"{PUBLIC_URL}/{self.page_path}#{self.chart_id}"


CHARTS = (
    ChartSpec("prosecutions-cyber-fraud", "enforcement", "People prosecuted for cyber fraud in China rose about fourteen-fold from 2017 to 2020",
              ("people_prosecuted_cyber_fraud", "cyber_fraud_prosecutions_growth"),
              "The growth factor is derived from the two counts by formula."),
    ChartSpec("fraud-cases-resolved", "enforcement", "Fraud cases resolved in China, 2016 and 2022: two different measures",
              ("telecom_fraud_cases_resolved", "telecom_online_fraud_cases_resolved"),
              "2016 counts telecommunication fraud only; 2022 counts telecommunications and online fraud. Shown apart, not as one series."),
    ChartSpec("enforcement-2016", "enforcement", "China's 2016 enforcement figures, domestic and international",
              ("telecom_fraud_people_prosecuted", "cross_border_scam_cases_cracked", "cross_border_scam_suspects_prosecuted"),
              "Counted differently from the Supreme People's Court prosecution series; never joined to it."),
    ChartSpec("cross-border-share", "enforcement", "Share of telecom crimes involving cross-border activity",
              ("telecom_crimes_cross_border_share",)),
    ChartSpec("gang-leaders-2022", "enforcement", "Gang leaders and key members apprehended in 2022",
              ("fraud_gang_leaders_apprehended",)),
    ChartSpec("prosecution-threshold", "enforcement", "Profit above which scam work can be charged as a crime",
              ("prosecution_profit_threshold_cny", "prosecution_profit_threshold_usd", "implied_exchange_rate"),
              "The dollar amounts are the article's own conversions; the exchange rates are derived from them."),
    ChartSpec("returnees-and-deportations", "myanmar", "People returned from Myanmar: inspected by 2022, deported by 2024",
              ("returnees_from_myanmar_inspected", "scam_suspects_deported_from_myanmar"),
              "Two different cumulative counts at two dates; not one series."),
    ChartSpec("myanmar-share", "myanmar", "Share of cross-border cyber scams based in Myanmar",
              ("cross_border_scams_in_myanmar_share",)),
    ChartSpec("syndicates", "myanmar", "Scam syndicates active in northern and eastern Myanmar",
              ("scam_syndicates_myanmar",)),
    ChartSpec("wanted-and-handed-over", "myanmar", "Wanted lists, warrants, handovers and sentences",
              ("wanted_fraud_gang_leaders", "warlords_handed_over", "arrest_warrants_scam_backers",
               "gang_members_publicly_sentenced"),
              "Each panel counts a different group of people."),
    ChartSpec("un-estimates", "trafficking", "UN estimates of people forced into online scams",
              ("people_forced_into_cyber_scams", "people_trafficked_to_scam_cambodia"),
              "Different estimates of different things: forced to scam (where not stated) and trafficked to Cambodia."),
    ChartSpec("trafficking-price", "trafficking", "Price paid for a trafficked person",
              ("price_trafficked_person_cny", "price_trafficked_person_usd"),
              "Ranges as the source gives them; the dollar range is the article's conversion."),
    ChartSpec("working-hours", "trafficking", "Hours a day victims were forced to work",
              ("working_hours_per_day", "case_working_hours_per_day"),
              "A general statement beside one victim's account."),
    ChartSpec("compound-structure", "trafficking", "How compounds are organised",
              ("operations_per_syndicate", "case_operations_in_compound", "case_workers_per_operation")),
    ChartSpec("box-office", "film", "Box office of “No More Bets”", ("film_box_office",)),
    ChartSpec("travel-survey", "film", "Would you travel to Southeast Asia? A survey of 595,000 people on Weibo",
              ("travel_survey_share",),
              "The remainder is derived: the article does not say what these participants answered."),
    ChartSpec("hashtag-views", "film", "Views of a hashtag about overseas cyber fraud on Douyin", ("hashtag_views",)),
    ChartSpec("thailand-tourism", "film", "Thailand after the film: Chinese tourists against prediction, and a visa-free stay",
              ("thailand_chinese_tourists_vs_predicted", "thailand_visa_free_stay")),
    ChartSpec("china-myanmar-stakes", "context", "China's stakes in Myanmar",
              ("china_investment_myanmar", "pipeline_length", "kyaukphyu_chinese_ownership")),
    ChartSpec("malacca", "context", "China's dependence on the Malacca Strait",
              ("malacca_share_maritime_trade", "malacca_share_oil_imports")),
)
BY_ID = {spec.chart_id: spec for spec in CHARTS}

PAGES = {  # page key -> (path, nav label, heading)
    "overview": ("/", "Overview", "Scam Figures: the numbers behind the scam-centre crackdown"),
    "enforcement": ("/enforcement", "Enforcement in China", "Enforcement in China"),
    "myanmar": ("/myanmar", "Myanmar crackdown", "The Myanmar crackdown"),
    "trafficking": ("/trafficking", "Trafficking & forced labour", "Trafficking and forced labour"),
    "film": ("/film", "The film & the public", "The film and the public"),
    "context": ("/context", "Regional context", "Regional context"),
    "timeline": ("/timeline", "Timeline", "Timeline"),
    "data": ("/data", "Data", "All figures"),
    "sources": ("/sources", "Sources", "Sources"),
}


def charts_on(page: str) -> list[ChartSpec]:
    return [spec for spec in CHARTS if spec.page == page]
