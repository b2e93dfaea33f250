"""One number format for every place a count is shown: the page, the alerts, the charts.

Babel formats by locale (`HOTLINE_LOCALE`, read by `settings.display_locale`; English by default:
12,320); the locale is read when a number is formatted, never at import, so a test or a deployment
can change it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from hotline.settings import DEFAULT_LOCALE, display_locale


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
    return format_decimal(number, locale=_locale(locale or display_locale()))


def fmt_pct(value: float | None, locale: str | None = None) -> str:
    """+44.1 → '+44%' (signed, whole percent, the minus a real minus sign); None → ''."""
    if value is None:
        return ""
    rounded = round(value)
    sign = "+" if rounded > 0 else ("\u2212" if rounded < 0 else "±")
    return f"{sign}{fmt_int(abs(rounded), locale)}%"
