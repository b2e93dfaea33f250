"""Changes against another month: percents, their direction and sign, and months said as adjectives ("на 8,5%
меньше сентябрьского")."""

from __future__ import annotations

import re

from hotline.extract.lang import LANGUAGES
from hotline.extract.lexicon.build import literal_heads, phrase_alternation, phrases_of, word_pattern

_TO = [re.escape(w) for lang in LANGUAGES for w in lang.TO_WORDS]

# --- percent ---------------------------------------------------------------------------------

PERCENT_RE = re.compile(
    r"(?=\d)(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|" + "|".join(phrases_of("PERCENT_WORDS")) + r")(?!\w)"
)
# A percent with its sign written ("+22%", "−8,5%") and the month it is against right after: "(+22% до грудня)",
# "+22% к декабрю", "+22% vs December", "+22% m/m on December".
# The upper end of a range of percents: "на 8-10% менше", "by 8–10%".
RANGE_BEFORE_PERCENT_RE = re.compile(rf"\d\s?(?:[-–—]|{'|'.join(_TO)})\s?$")
# A sign is written onto its number ("−22%", "+22%"; "+ 22%" too): a dash and a space before it are punctuation
# ("8.548 Anfragen – 22 Prozent mehr als im Dezember" is up 22%, not down).
SIGNED_PERCENT_RE = re.compile(r"(?:^|(?<=[\s(]))(?:\+\s?|[−–-])$")
SIGNED_ANCHOR_RE = re.compile(
    rf"\s*{phrase_alternation('SIGNED_ANCHOR_WORDS')}\s+(?:{phrase_alternation('MONTH_PREPOSITIONS')}\s+)?"
)
INCREASE_RE = re.compile(word_pattern("INCREASE_WORDS"))
DECREASE_RE = re.compile(word_pattern("DECREASE_WORDS"))

# A month said as an adjective, the month a change is against: "на 8,5% меньше сентябрьского", "менше за
# вересневий показник". Only read after a word of comparison; elsewhere ("майские праздники") it is no month.
MONTH_OF_ADJECTIVE: dict[str, int] = {
    stem: month for lang in LANGUAGES for stem, month in lang.MONTH_ADJECTIVE_STEMS.items()
}
# Every stem holds its last three letters: a gate derived from the stems ("ьск", "нев", "дов", ...).
MONTH_ADJECTIVE_HINTS = tuple(sorted({stem[-3:] for stem in MONTH_OF_ADJECTIVE}))
PERCENT_HINTS = literal_heads("PERCENT_WORDS")
_ENDINGS = sorted({e for lang in LANGUAGES for e in lang.ADJECTIVE_ENDINGS}, key=len, reverse=True)
MONTH_ADJECTIVE_RE = re.compile(
    r"(?<!\w)(?P<stem>" + "|".join(sorted(MONTH_OF_ADJECTIVE, key=len, reverse=True)) + r")"
    r"(?:" + "|".join(_ENDINGS) + r")(?!\w)"
)
MONTH_ADJECTIVE_COMPARE_RE = re.compile(rf"(?<!\w){phrase_alternation('ADJECTIVE_COMPARE_WORDS')}\s+$")
