"""Changes against another month: percents, their direction and sign, and months said as adjectives ("на 8,5%
меньше сентябрьского")."""

from __future__ import annotations

import re

from hotline.extract.lexicon.text import literal_heads, phrases_of

# --- percent ---------------------------------------------------------------------------------

PERCENT_RE = re.compile(
    r"(?=\d)(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|відсот\w*|процент\w*|percent|per\s+cent|pct|"
    + "|".join(phrases_of("PERCENT_WORDS")) + r")(?!\w)"
)
# A percent with its sign written ("+22%", "−8,5%") and the month it is against right after: "(+22% до грудня)",
# "+22% к декабрю", "+22% vs December", "+22% m/m on December".
# The upper end of a range of percents: "на 8-10% менше", "by 8–10%".
RANGE_BEFORE_PERCENT_RE = re.compile(r"\d\s?(?:[-–—]|to|до)\s?$")
SIGNED_PERCENT_RE = re.compile(r"(?:^|(?<=[\s(]))[+−–-]\s?$")
SIGNED_ANCHOR_RE = re.compile(r"\s*(?:до|к|проти|против|vs\.?|versus|on|over|from|від|от)\s+(?:(?:у|в|in)\s+)?")
INCREASE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(phrases_of("INCREASE_WORDS")) + r"|"
    r"більше|більш|зросл\w*|зріс|зросте|збільшил\w*|виросл\w*|вирос|зростання|приріст\w*|"
    r"перевищ\w*|больше|выросл\w*|вырос|увеличил\w*|возросл\w*|возрос|рост\w*|прирост\w*|превыша\w*|превыси\w*|"
    r"more|rise|rose|risen|increase\w*|up|higher|jump\w*|grew|grow\w*|climb\w*|surge\w*|exceed\w*|above)(?!\w)"
)
DECREASE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(phrases_of("DECREASE_WORDS")) + r"|"
    r"менше|менш|зменшил\w*|знизил\w*|скоротил\w*|впал\w*|падіння|зниження|"
    r"меньше|снизил\w*|сократил\w*|уменьшил\w*|упал\w*|падение|снижение|"
    r"fewer|less|fall\w*|fell|drop\w*|declin\w*|down|lower|decrease\w*|below)(?!\w)"
)

# A month said as an adjective, the month a change is against: "на 8,5% меньше сентябрьского", "менше за
# вересневий показник". Only read after a word of comparison; elsewhere ("майские праздники") it is no month.
_MONTH_ADJECTIVE_STEMS = {
    "январск": 1, "февральск": 2, "мартовск": 3, "апрельск": 4, "майск": 5, "июньск": 6, "июльск": 7,
    "августовск": 8, "сентябрьск": 9, "октябрьск": 10, "ноябрьск": 11, "декабрьск": 12,
    "січнев": 1, "лютнев": 2, "березнев": 3, "квітнев": 4, "травнев": 5, "червнев": 6, "липнев": 7,
    "серпнев": 8, "вереснев": 9, "жовтнев": 10, "листопадов": 11, "груднев": 12,
}
# Every stem holds one of these: "-ьск-", "-вск-", "-йск-", "-рск-" (ru), "-нев-", "-падов-" (uk).
PERCENT_HINTS = literal_heads("PERCENT_WORDS")
MONTH_ADJECTIVE_HINTS = ("ьск", "вск", "йск", "рск", "нев", "падов")
MONTH_OF_ADJECTIVE = _MONTH_ADJECTIVE_STEMS
MONTH_ADJECTIVE_RE = re.compile(
    r"(?<!\w)(?P<stem>" + "|".join(sorted(_MONTH_ADJECTIVE_STEMS, key=len, reverse=True)) + r")"
    r"(?:ий|ого|ому|им|ім|ом|ая|ой|ую|ое|ие|их|ими|а|ої|ій|у|ою|е|і)(?!\w)"
)
MONTH_ADJECTIVE_COMPARE_RE = re.compile(
    r"(?<!\w)(?:ніж|чим|чем|за|від|от|проти|против|більше|менше|больше|меньше|перевищ\w*|превыси\w*|превыша\w*|"
    r"порівняно\s+(?:з|із|зі)|у\s+порівнянні\s+з|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+$"
)
