"""The words of each language the extractor reads, as data: one module per language.

Each module defines
- `MONTHS`: every grammatical form of each month's name that news text uses, by month number;
- `DATE_MONTHS`: the forms a day number stands before in a date ("4 лютого", "9 января");
- `DAY_AFTER_MONTH`: True where the day follows the name ("February 4") and a name is a month only when
  capitalised (English "may", "march" are ordinary words);
- `NUMBER_WORDS`: number words below a thousand and their values; `ONE_AND_A_HALF`: "півтори", "полторы".

Adding a language's months and number words is adding a module here and its name to `LANGUAGES`. (The phrase
patterns in `lexicon.py` — request nouns, running-total and rate phrases — are still written per pattern.)
"""

from __future__ import annotations

from types import ModuleType

from hotline.extract.lang import en, ru, uk

LANGUAGES: tuple[ModuleType, ...] = (uk, ru, en)
