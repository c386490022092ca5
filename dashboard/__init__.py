"""Scam Figures dashboard: a Dash app charting the provenance-checked data in `data/`."""
