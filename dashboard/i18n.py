"""The reader's language: English at today's paths, Simplified Chinese under `/zh/`.

The language is chosen by the address only (no cookie): `/zh/enforcement` is the Chinese
twin of `/enforcement`. While a page, a callback, an image or an export is being made, the
language is active in a context variable (`using(lang)`), the way gettext-based frameworks
activate a locale per request; everything that writes words asks it:
- `tr()` translates an interface string through the compiled gettext catalog
  `dashboard/locale/zh_Hans/LC_MESSAGES/messages.mo` (Babel: `make translations` extracts,
  updates and compiles; the `.po` file is the reviewed source);
- `field(row, name)` picks a catalog text or its `name_zh` twin from `data/` (reviewed in
  `etl/catalog/*.yaml`);
- `href(path)` keeps a link inside the reader's language.
Numbers, qualifiers and dates in Chinese are `dashboard.formatting_zh`'s.
"""
from __future__ import annotations

import contextlib
import math
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel.support import NullTranslations, Translations

LANGUAGES = {"en": "en", "zh": "zh-Hans"}   # our code -> the HTML lang / hreflang value
PREFIX = {"en": "", "zh": "/zh"}
LOCALES = {"en": "en", "zh": "zh_Hans_CN"}   # for Babel's CLDR data
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_current: ContextVar[str] = ContextVar("language", default="en")


def current() -> str:
    return _current.get()


@contextlib.contextmanager
def using(lang: str):
    """Make `lang` the active language inside the block."""
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


@lru_cache(maxsize=None)
def _translations(lang: str):
    if lang == "en":
        return NullTranslations()
    compiled = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "messages.mo"
    if not compiled.is_file():
        raise RuntimeError(f"{compiled} is missing: run `make translations` (pybabel compile)")
    return Translations.load(str(LOCALE_DIR), locales=["zh_Hans"], domain="messages")


def tr(message: str) -> str:
    """The interface string in the active language."""
    return _translations(current()).gettext(message)


def colon() -> str:
    return tr(": ")


def comma() -> str:
    return tr(", ")


def full_stop() -> str:
    return tr(". ")


def N_(message: str) -> str:
    """Marks a string for extraction where it is defined; `_()` translates it where it is shown."""
    return message


def field(row, name: str) -> str:
    """A catalog text in the active language: `row[name + '_zh']` on Chinese pages, else `row[name]`."""
    if current() == "zh":
        text = row.get(f"{name}_zh") if hasattr(row, "get") else None
        if text is not None and not (isinstance(text, float) and math.isnan(text)) and text != "":
            return text
    return row[name]


def href(path: str, lang: str | None = None) -> str:
    """`path` in the active language (or `lang`): '/data' -> '/zh/data', '/' -> '/zh/'."""
    prefix = PREFIX[lang or current()]
    if not prefix:
        return path
    return prefix + (path if path != "/" else "/")


def split(path: str) -> tuple[str, str]:
    """'/zh/data' -> ('zh', '/data'); '/data' -> ('en', '/data'); '/zh' -> ('zh', '/')."""
    if path == "/zh" or path.startswith("/zh/"):
        return "zh", path[3:] or "/"
    return "en", path
