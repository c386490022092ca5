"""Component ids, in one place so layouts, callbacks and tests agree."""
URL = "url"
SOURCE_TEXT = "source-text"
SCROLL_SINK = "scroll-sink"
FILTER_INDICATOR = "filter-indicator"
FILTER_GEOGRAPHY = "filter-geography"
FILTER_SOURCE = "filter-source"
FILTER_QUALIFIER = "filter-qualifier"
FILTER_CAVEAT = "filter-caveat"
FILTER_TEXT = "filter-text"
TABLE = "figures-table"
TABLE_COUNT = "figures-count"
DOWNLOAD_BUTTON = "download-csv-button"
DOWNLOAD = "download-csv"


def chart(chart_id: str) -> str:
    return f"chart-{chart_id}"


def quote_anchor(figure_id: str) -> str:
    """Anchor of a figure's quote on the Sources page."""
    return f"q-{figure_id}"


def event_anchor(event_id: str) -> str:
    return f"e-{event_id}"
CHECK_TEXT = "check-text"
CHECK_BUTTON = "check-button"
CHECK_RESULTS = "check-results"
