"""English: month names and number words."""

from __future__ import annotations

MONTHS: dict[int, tuple[str, ...]] = {
    i + 1: (name,) for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december"))
}
DATE_MONTHS = tuple(forms[0] for forms in MONTHS.values())
DAY_AFTER_MONTH = True  # "February 4"; and "may", "march" are months only when capitalised
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1,  # "a thousand", "two and a half" (the article is skipped there)
}
ONE_AND_A_HALF: dict[str, float] = {}
