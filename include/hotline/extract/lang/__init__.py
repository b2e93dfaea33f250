"""The words of each language the extractor reads, as data: one module per language.

Each module defines
- `MONTHS`: every grammatical form of each month's name that news text uses, by month number;
- `DATE_MONTHS`: the forms a day number stands before in a date ("4 лютого", "9 января");
- `DAY_AFTER_MONTH`: True where the day follows the name ("February 4") and a name is a month only when
  capitalised (English "may", "march" are ordinary words);
- `NUMBER_WORDS`: number words below a thousand and their values; `ONE_AND_A_HALF`: "півтори", "полторы".

- phrases, as regex fragments matched on normalised text: `REQUEST_NOUNS`, `CALL_NOUNS`, `REQUEST_VERBS`,
  `RUSSIAN_ADJECTIVES`, `PEOPLE_NOUNS`, `RUNNING_TOTAL_PHRASES`, `RECORD_PHRASES` (`lexicon` joins every
  language's fragments into one pattern, with a first-letter gate).

Adding a language is adding a module here and its name to `LANGUAGES`: the rules do not change. The classes of
the older uk / ru / en patterns (at the end of `uk.py`, `ru.py`, `en.py`) are explicit empty tuples in the other
languages until a text needs them (docs/EXTRACTION.md).
"""

from __future__ import annotations

from types import ModuleType

from hotline.extract.lang import de, en, es, fr, it, pl, pt, ru, uk

LANGUAGES: tuple[ModuleType, ...] = (uk, ru, en, de, fr, es, it, pt, pl)
