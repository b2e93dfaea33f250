"""One number format for every place a count is shown: the page, the alerts, the charts.

Babel formats by locale (`HOTLINE_LOCALE`, English by default: 12,320); the locale is read when a
number is formatted, never at import, so a test or a deployment can change it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

DEFAULT_LOCALE = "en"


def current_locale() -> str:
    """The configured display locale (`HOTLINE_LOCALE`), `en` when unset or empty."""
    return os.environ.get("HOTLINE_LOCALE") or DEFAULT_LOCALE


@lru_cache(maxsize=16)
def _locale(name: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        # A typo in the environment must not break delivery: fall back to the default.
        return Locale.parse(DEFAULT_LOCALE)


def fmt_int(value: Any, locale: str | None = None) -> str:
    """12320 → '12,320' (in the configured locale); a value that is not a number is returned as text."""
    from babel.numbers import format_decimal

    try:
        number = int(value)
    except (TypeError, ValueError):
        return "" if value is None else str(value)
    return format_decimal(number, locale=_locale(locale or current_locale()))


def fmt_pct(value: float | None, locale: str | None = None) -> str:
    """+44.1 → '+44%' (signed, whole percent, the minus a real minus sign); None → ''."""
    if value is None:
        return ""
    rounded = round(value)
    sign = "+" if rounded > 0 else ("\u2212" if rounded < 0 else "±")
    return f"{sign}{fmt_int(abs(rounded), locale)}%"
