"""Word lists and precompiled patterns for reading hotline counts in uk / ru / en text.

Everything here works on text normalised by `normalize` (same length as the original, so a
match's offsets are also offsets into the original text): lower case, one kind of space,
one kind of apostrophe and quote, «ё» as «е».

Most patterns start with a lookahead on the first letters of their phrases ("(?=[...])"): it
never changes a match, but lets the engine reject most positions of a window at once.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata

from hotline.extract.lang import LANGUAGES

# --- normalisation ---------------------------------------------------------------------------

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
_TRANSLATE = str.maketrans(
    {
        # zero-width characters are not spaces: `visible` removes them ("8\u200b548" is 8548)
        **{c: " " for c in _SPACES},
        **{c: '"' for c in "«»“”„‟″‹›〈〉「」『』"},
        **{c: "'" for c in "‘’‛ʼ′`ʹ‚"},
        **{c: "–" for c in "‒―−"},
        "ё": "е",
        "Ё": "Е",
    }
)


_REPLACEMENTS = tuple((chr(k), v) for k, v in _TRANSLATE.items())


def normalize(text: str) -> str:
    """Lower-case and unify spaces, quotes, apostrophes and dashes, keeping the length."""
    mapped = text
    for char, replacement in _REPLACEMENTS:
        # A membership test per special character is much cheaper than translating every char.
        if char in mapped:
            mapped = mapped.replace(char, replacement)
    lowered = mapped.lower()
    if len(lowered) != len(mapped):
        # A few characters (e.g. U+0130) lower-case to two; keep those as they are so that
        # offsets still point into the original text.
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in mapped)
    return lowered


# Characters a reader does not see: format and control characters (bidi marks, soft hyphens, NUL, ...), line
# and paragraph separators, surrogates, private-use and unassigned code points. Copied Telegram text carries
# them, inside numbers too ("8\u200f548"): `visible` removes them before anything is read.
_INVISIBLE_CATEGORIES = frozenset(("Cf", "Cc", "Zl", "Zp", "Cs", "Co", "Cn"))
_KEPT_CONTROLS = frozenset("\n\t\r\f\v")


def is_plain(low: str) -> bool:
    """Does the normalised text hold nothing a reader cannot see? (one C-level pass, almost always True)"""
    return low.isprintable() or low.replace("\n", " ").isprintable()


def visible(text: str) -> str:
    """The text without the characters no reader sees (the slow path behind `is_plain`)."""
    return "".join(c for c in text if c in _KEPT_CONTROLS or unicodedata.category(c) not in _INVISIBLE_CATEGORIES)


def original_offsets(text: str, read: str) -> list[int]:
    """For each character of `read` (= `visible(text)`, `text` less some characters), its offset in `text`."""
    offsets, j = [], 0
    for char in read:
        while text[j] != char:
            j += 1  # a removed character
        offsets.append(j)
        j += 1
    return offsets


def _mark_class() -> str:
    """Every combining mark (accents, vowel signs, enclosing marks) as a regex class body. Marks live in the
    first two planes and plane 14 only, so the scan is short (about 17 ms at import)."""
    planes = (range(0x0300, 0x10000), range(0x10000, 0x20000), range(0xE0000, 0xE1000))
    codes = [code for plane in planes for code in plane if unicodedata.category(chr(code))[0] == "M"]
    parts, start = [], codes[0]
    for previous, code in itertools.pairwise([*codes, -1]):
        if code != previous + 1:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous != start else ""))
            start = code
    return "".join(parts)


# A mark next to a digit ("8\u0301548") is part of no number: the digits it touches are no figure.
_MARK = "[" + _mark_class() + "]"


# --- months ----------------------------------------------------------------------------------

# The months of every language in `lang/` (see its modules for the cases each one reads).
MONTH_BY_WORD: dict[str, int] = {form: month for lang in LANGUAGES for month, forms in lang.MONTHS.items()
                                 for form in forms}
# Month names of languages that write the day after them ("February 4") and capitalise them.
EN_MONTH_WORDS = frozenset(form for lang in LANGUAGES if lang.DAY_AFTER_MONTH for forms in lang.MONTHS.values()
                           for form in forms)
# The forms a day number stands before in a date ("4 лютого", "9 января").
_GENITIVES = tuple(form for lang in LANGUAGES if not lang.DAY_AFTER_MONTH for form in lang.DATE_MONTHS)


def first_chars(words: object) -> str:
    """A lookahead on the first letters of `words`: lets the regex engine skip other positions fast."""
    chars = sorted({w[0] for w in words})  # type: ignore[union-attr]
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def _alternation(words: object) -> str:
    """The words as one regex alternation, written as a prefix tree ("март(?:а|е|ом)?").

    Same matches as the flat longest-first alternation "мартом|марта|марте|март": at any
    position only words that are prefixes of one another can match together, and the tree
    tries the longer of those first too. But the engine compares a letter once per branch of
    the tree instead of once per word, which makes the month and number-word scans faster.
    """
    tree: dict[str, dict] = {}
    for word in words:  # type: ignore[union-attr]
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _tree_pattern(tree)


def _tree_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # A word ends here and longer ones go on: the longer ones first (greedy "?").
    if len(branches) > 1 or len(body) == 1:
        return body + "?"
    return "(?:" + body + ")?"


_MONTH_ALT = _alternation(MONTH_BY_WORD)
_YEAR_WORD = r"(?:року|рік|році|р\.|рр\.|р(?!\w)|года|году|год|г\.|г(?!\w)|-го|-й)"

# A month name, optionally with its year ("у січні 2025 року", "January 2025", "декабре 2024-го")
# or a relative year ("грудні минулого року", "December last year").
MONTH_RE = re.compile(
    rf"{first_chars(MONTH_BY_WORD)}(?<![\w-])(?P<name>{_MONTH_ALT})(?!\w)(?!-(?!(?:{_MONTH_ALT})(?![\w-])))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{_YEAR_WORD})?"
    r"|\s+(?P<rel>цього|поточного|минулого|торішнього|этого|текущего|прошлого|"
    r"of\s+this|this|of\s+last|last)\s+(?:року|года|year)(?!\w))?"
)
# A relative year next to a month: "торік у травні", "у травні торік", "в прошлом году в мае", "last year in
# May", "May a year ago". The month is then of the year before publication, whatever its name.
YEAR_AGO_BEFORE_RE = re.compile(
    r"(?=[тмрвпгla])(?<!\w)(?<!з\s)(?<!із\s)(?<!с\s)(?<!до\s)(?<!від\s)(?<!от\s)(?<!since\s)(?<!from\s)(?<!of\s)"
    r"(?:торік|минулого\s+року|минулому\s+році|рік\s+тому|в\s+прошлом\s+году|прошлым\s+годом|"
    r"год\s+назад|last\s+year|a\s+year\s+(?:ago|earlier))(?P<comma>\s*,)?\s+(?:(?:у|в|во|in)\s+)?$"
)
YEAR_AGO_AFTER_RE = re.compile(
    r"\s+(?:торік|рік\s+тому|год\s+назад|a\s+year\s+(?:ago|earlier))(?!\w)"
)
YEAR_AGO_HINTS = ("торік", "минулого року", "минулому році", "рік тому", "прошлом году", "прошлым годом",
                  "год назад", "last year", "year ago", "year earlier")
# Two months joined by a hyphen: a range ("у травні-червні", "May-June"). MONTH_RE reads the first
# only when a month follows its hyphen; this reads the second.
MONTH_AFTER_HYPHEN_RE = re.compile(rf"-(?P<name>{_MONTH_ALT})(?![\w-])")
# "last month": the month before publication. "The past month" (`rolling`) is the 30 days before
# publication: the month before only in a post from the first days of a month (see extract.py).
LAST_MONTH_RE = re.compile(
    r"(?=[звмопуdilo])(?<!\w)(?:минулого\s+місяця|минулий\s+місяць|(?:у|в)\s+минулому\s+місяці|"
    r"прошлого\s+месяца|прошлый\s+месяц|в\s+прошлом\s+месяце|в\s+минувшем\s+месяце|минувшего\s+месяца|"
    r"last\s+month|(?P<rolling>(?:in|over|during)\s+the\s+(?:past|last)\s+month|"
    r"за\s+(?:останній|последний)\s+місяць|за\s+(?:последний|прошедший|минувший)\s+месяц|"
    r"(?:в|во)\s+прошедшем\s+месяце|прошедшего\s+месяца|"
    r"протягом\s+останнього\s+місяця|в\s+течение\s+последнего\s+месяца))(?!\w)"
)
# "this month": the month of publication, still running but for its last days.
THIS_MONTH_RE = re.compile(
    r"(?=[cftвепцу])(?<!\w)(?:(?:this|the\s+current)\s+month|цього\s+місяця|(?:у|в)\s+цьому\s+місяці|"
    r"поточного\s+місяця|(?:у|в)\s+поточному\s+місяці|за\s+(?:цей|поточний)\s+місяць|этого\s+месяца|"
    r"в\s+этом\s+месяце|текущего\s+месяца|в\s+текущем\s+месяце|за\s+(?:этот|текущий)\s+месяц)(?!\w)"
)
THIS_HINTS = ("this", "current", "цьо", "поточн", "это", "текущ", "цей")
# A month that dates a report, not the figure: "У жовтні штаб повідомив, що ...", "Last month, the
# headquarters said that ...". (Not a parenthesis: "У жовтні, як повідомили в штабі, надійшло ...".)
REPORTED_AFTER_RE = re.compile(
    r"[\s,]*(?:[^\W\d]+\s+){0,3}?(?:повідоми\w*|повідомля\w*|заяви\w*|заявля\w*|розповіл\w*|розповів|"
    r"зазначи\w*|сообщи\w*|сообща\w*|рассказа\w*|отмети\w*|said|says|reported|announced|told|noted|stated)"
    r"(?:\s*,?\s*(?:що|что|that)(?!\w)|\s*:|\s+(?:the|its|it)\s)"
)
# The same with the report verb first: "The HQ reported in May that ...", "штаб повідомив у травні, що ...",
# "..., the HQ said in May." (REPORTED_BEFORE_RE ends where the month starts.)
# A month naming a report: "in a May statement", "the October report", "у травневому звіті" is an adjective.
REPORTED_NOUN_AFTER_RE = re.compile(
    r"\s+(?=[abinprsu])(?:statement|report|post|update|briefing|press\s+release|interview|announcement|"
    r"bulletin|summary|infographic)s?(?!\w)"
)
REPORTED_BEFORE_HINTS = ("повідом", "заяв", "розпов", "зазнач", "сообщ", "расска", "отмет", "said", "says", "report",
                         "announced", "told", "noted", "stated")
REPORTED_THAT_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:що|что|that)(?!\w)|\s*[:.]|\s*$")
REPORTED_BEFORE_RE = re.compile(
    r"(?=[пзрсоarsnt])(?<!\w)(?:повідоми\w*|повідомля\w*|заяви\w*|розповіл\w*|розповів|зазначи\w*|сообщи\w*|сообща\w*|"
    r"рассказа\w*|отмети\w*|said|says|reported|announced|told|noted|stated)"
    r"\s+(?:(?:у|в|во|in)\s+)?(?:(?:early|late|mid|the\s+middle\s+of|the\s+end\s+of)[\s-]+)?$"
)
# "than the previous month": the anchor of a month-over-month change without a month name.
PREV_MONTH_ANCHOR_RE = re.compile(
    r"(?=[cfmotвнпуч])(?<!\w)(?:(?:ніж|чим|порівняно\s+(?:з|із|зі)|у\s+порівнянні\s+з|проти)\s+(?:(?:у|в)\s+)?"
    r"(?:попередн\w+|минул\w+)\s+(?:місяц\w*)"
    r"|(?:чем|по\s+сравнению\s+с|в\s+сравнении\s+с|против)\s+(?:(?:в|во)\s+)?(?:предыдущ\w+|прошл\w+)\s+месяц\w*"
    r"|(?:than|compared\s+(?:with|to)|on|over|from)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+month"
    r"|(?:ніж|чим|чем|than)\s+(?:місяцем|месяцем|a\s+month)\s+(?:раніше|ранее|before|earlier)"
    r"|month[- ](?:on|over)[- ]month|m/m)(?!\w)"
)
# A day number right before a month name ("4 лютого", "9-го січня", "4 February") and right after
# an English one ("February 4", not "February 7,912").
DAY_BEFORE_RE = re.compile(r"(?<![\w.,])(?:[012]?\d|3[01])(?:-?(?:го|е|й|th|st|nd|rd))?\s+$")
DAY_AFTER_RE = re.compile(r"\s+(?:[012]?\d|3[01])(?:st|nd|rd|th)?(?![\d,.]\d|\s\d{3}|\w)")
GENITIVE_WORDS = frozenset(_GENITIVES)
def _month_hints() -> list[str]:
    """The stem every form of a month shares ("берез" for березень ... березню), or the forms themselves
    where the stem is too short to be worth a search ("май", "мая", "мае")."""
    hints = set()
    for lang in LANGUAGES:
        for forms in lang.MONTHS.values():
            stem = os.path.commonprefix(list(forms))  # noqa: RUF071 (character prefix of words, not paths)
            hints |= {stem} if len(stem) >= 3 else set(forms)
    return sorted(hints)


# A cheap gate: does the post name a month at all?
MONTH_HINT_RE = re.compile("|".join(re.escape(hint) for hint in _month_hints()))
# The year a date may carry: "9 січня 2024 року", "January 9, 2024".
DATE_YEAR_RE = re.compile(rf",?\s+(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{_YEAR_WORD})?")
# Four-digit years that are not counts: "2025 року", "у 2024 році", "in 2024".
YEAR_RE = re.compile(
    rf"(?=[12])(?<![\w.,])(?P<year>(?:19|20)\d\d)(?![\d,.]\d)(?:\s*{_YEAR_WORD})?"
)

# Words before a month or year that say what role it plays in the sentence.
ROLE_COMPARE_RE = re.compile(
    r"(?=[cotvвнпуч])(?:ніж|чим|чем|than|порівняно\s+(?:з|із|зі)|у\s+порівнянні\s+(?:з|із)|в\s+порівнянні\s+(?:з|із)|"
    r"по\s+сравнению\s+с|в\s+сравнении\s+с|compared\s+(?:with|to)|проти|против|versus|vs\.?|on|over)"
    r"\s+(?:(?:у|в|во|in|the|з|із|с)\s+)?$"
)
# "more than doubled the monthly figures of February", "перевищила показники лютого": the month compared with.
ROLE_COMPARED_FIGURE_RE = re.compile(
    r"(?<!\w)(?:doubled?|twice|tripled?|three\s+times|exceed\w*|surpass\w*|outstripp?\w*|above|beyond|"
    r"перевищ\w*|превыси\w*|превыша\w*|превзош\w*|вдвічі|удвічі|"
    r"вдвое|втрое)\s+(?:\S+\s+){0,3}?(?:figures?|numbers?|levels?|counts?|показник\w*|цифр\w*|рів\w+|уров\w+)"
    r"\s+(?:(?:of|for|in|за|у|в)\s+)?$"
)
ROLE_NEGATED_RE = re.compile(r"(?=[nан])(?<!\w)(?:не|not|а\s+не)\s+(?:(?:у|в|во|за|in|for)\s+)?$")
ROLE_START_RE = re.compile(
    r"(?=[fsвзнопсі])(?<!\w)(?:з|із|зі|с|со|since|from|від|от|починаючи\s+з|начиная\s+с|starting\s+(?:in|from))"
    r"\s+(?:(?:the\s+)?(?:start|beginning|початку|начала)\s+(?:of\s+)?)?$"
)
ROLE_START_WORD_RE = re.compile(
    r"(?=[beflosдзнопрс])(?<!\w)(?:запуск\w*|запущен\w*|launch\w*|began|started|start|почав|почала|почало|розпочав\w*|"
    r"запрацював\w*|заработал\w*|начал\w*|створен\w*|создан\w*|працює|работает|діє|действует|opened|"
    r"established|founded|заснован\w*|основан\w*)\W+(?:\w+\W+){0,3}$"
)
ROLE_AS_OF_RE = re.compile(
    r"(?=[abtuдзкнпс])(?<!\w)(?:станом\s+на|(?:за\s+даними|по\s+данным)\s+на|на\s+кінець|до\s+кінця|по\s+состоянию\s+на|на\s+конец|к\s+концу|до\s+конца|"
    r"as\s+of|by\s+the\s+end\s+of|through|until|till|by|до|по|to)\s+"
    r"(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|mid-|(?:середин[уиі]|кін(?:ець|ця)|початок|конец|начало)\s+)?$"
)

# --- numbers ---------------------------------------------------------------------------------

_SCALE = r"(?:тисяч(?:ами|ах|[аіу])?|тис\.?|тысяч(?:ами|ах|[аиуе])?|тыс\.?|thousands?|k)(?![\w])"
# A request noun written onto the number ("9243звернення"): the number still ends there.
_GLUED_NOUN = r"(?:заяв|звернен|обращени|запит|запрос|requests?(?!\w)|inquir|applications?(?!\w))"
# Digits: "8 548" (any space), "8,548", "8548", "8,5 тис.", "3.2 тыс.", "2 тисячі 500".
DIGIT_NUMBER_RE = re.compile(
    r"(?=\d)(?<![\w.,/#№+:–-])(?<![\d] )(?<!\d\n)(?<!\d \n)(?<!" + _MARK + r")"
    r"(?P<int>\d{1,3}(?:(?P<sep>[ ,])\d{3})(?:(?P=sep)\d{3})*(?![\d])|\d+)"
    r"(?:(?P<dec>[.,]\d{1,2})(?=\s*" + _SCALE + r"))?"
    r"(?:\s*(?P<scale>" + _SCALE + r")(?:\s+(?P<rest>\d{1,3})(?![\d,.:/]|\s\d))?)?"
    r"(?![\d]|[.,]\d|:\d|/|" + _MARK + r"|(?!" + _GLUED_NOUN + r")\w)"
)
# The same, also with a separator of two spaces ("9  243": a space and a no-break space); used only
# for a post that has a double space.
DIGIT_NUMBER_WIDE_RE = re.compile(
    r"(?=\d)(?<![\w.,/#№+:–-])(?<![\d] )(?<!\d\n)(?<!\d \n)(?<![\d]  )(?<!" + _MARK + r")"
    r"(?P<int>\d{1,3}(?:(?P<sep>[ ,]|  )\d{3})(?:(?P=sep)\d{3})*(?![\d])|\d+)"
    r"(?:(?P<dec>[.,]\d{1,2})(?=\s*" + _SCALE + r"))?"
    r"(?:\s*(?P<scale>" + _SCALE + r")(?:\s+(?P<rest>\d{1,3})(?![\d,.:/]|\s\d))?)?"
    r"(?![\d]|[.,]\d|:\d|/|" + _MARK + r"|(?!" + _GLUED_NOUN + r")\w)"
)

_UNITS: dict[str, float] = {word: value for lang in LANGUAGES for word, value in lang.NUMBER_WORDS.items()}
_ONE_AND_HALF: dict[str, float] = {word: value for lang in LANGUAGES for word, value in lang.ONE_AND_A_HALF.items()}
_HALF_TAIL = r"(?:з|із|зі|с|and)\s+(?:a\s+)?(?:половиною|половиной|half)"
_WORD_SCALE = r"(?:тисяча|тисячі|тисячах|тисяч|тисячу|тис\.?|тысяча|тысячи|тысячах|тысяч|тысячу|тыс\.?|thousand)(?!\w)"
_UNIT_ALT = _alternation(list(_UNITS) + list(_ONE_AND_HALF) + ["hundred"])
# Number words: "дві з половиною тисячі", "півтори тисячі", "three thousand", "тисячу",
# "дві тисячі п'ятсот", "two and a half thousand". Word numbers below a thousand are not read:
# in these posts they count weeks and times, not requests.
WORD_NUMBER_RE = re.compile(
    rf"(?<![\w'])(?P<words>(?:(?:{_UNIT_ALT})(?:-|\s+(?:and\s+)?))*(?:{_UNIT_ALT})(?:\s+{_HALF_TAIL})?)"
    rf"\s+(?P<scale>{_WORD_SCALE})(?:\s+(?P<rest>(?:(?:{_UNIT_ALT})(?:\s+|(?![\w'])))+|\d{{1,3}}(?![\d,.])))?(?![\w'])"
    # A bare "тисячу" is "a thousand" only without a number before it: "31 тисячу" is 31,000.
    rf"|(?<![\w'])(?<!\d\s)(?P<bare>тисячу|тысячу|a\s+thousand)(?![\w'])"
)
UNIT_WORDS = frozenset(w for w in list(_UNITS) + list(_ONE_AND_HALF) if w != "a")
_WORD_TOKEN_RE = re.compile(rf"(?<![\w'])(?:{_UNIT_ALT}|половин\w*|half)(?![\w'])")


def words_value(words: str) -> float | None:
    """The value of a run of number words below a thousand ("двадцять п'ять", "two and a half")."""
    total = 0.0
    seen = False
    tokens = _WORD_TOKEN_RE.findall(words)
    for i, token in enumerate(tokens):
        if token == "a" and (i > 0 or tokens[i + 1 : i + 2] == ["half"]):
            continue  # "two and a half": the article, not "one"
        if token in _ONE_AND_HALF:
            total += _ONE_AND_HALF[token]
        elif token == "hundred":
            total = (total or 1) * 100
        elif token.startswith("половин") or token == "half":
            total += 0.5
        else:
            total += _UNITS[token]
        seen = True
    return total if seen else None


# --- percent ---------------------------------------------------------------------------------

PERCENT_RE = re.compile(
    r"(?=\d)(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|відсот\w*|процент\w*|percent|per\s+cent|pct)(?!\w)"
)
INCREASE_RE = re.compile(
    r"(?=[cghijmrsuбвзпру])(?<!\w)(?:більше|більш|зросл\w*|зріс|зросте|збільшил\w*|виросл\w*|вирос|зростання|приріст\w*|"
    r"больше|выросл\w*|вырос|увеличил\w*|возросл\w*|возрос|рост\w*|прирост\w*|"
    r"more|rise|rose|risen|increase\w*|up|higher|jump\w*|grew|grow\w*|climb\w*|surge\w*)(?!\w)"
)
DECREASE_RE = re.compile(
    r"(?=[dflвзмпсу])(?<!\w)(?:менше|менш|зменшил\w*|знизил\w*|скоротил\w*|впал\w*|падіння|зниження|"
    r"меньше|снизил\w*|сократил\w*|уменьшил\w*|упал\w*|падение|снижение|"
    r"fewer|less|fall\w*|fell|drop\w*|declin\w*|down|lower|decrease\w*)(?!\w)"
)

# --- what a count is of ----------------------------------------------------------------------

REQUEST_NOUN = (
    r"(?:заяв(?:к\w*|ок\w*|и|а|у|ою|ам|ами|ах)?(?!\w)|звернен\w*|запит(?!ан)\w*|обращени\w*|запрос\w*|"
    r"requests?|inquir(?:y|ies)|enquir(?:y|ies)|applications?|appeals?|quer(?:y|ies)|submissions?)(?!\w)"
)
REQUEST_NOUN_RE = re.compile(rf"(?=[зоraieqs])(?<!\w){REQUEST_NOUN}")  # lookahead: the nouns' first letters
_ADJECTIVES = (
    r"(?:нов\w*|так\w*|окрем\w*|офіційн\w*|официальн\w*|різн\w*|разн\w*|письмов\w*|повторн\w*|"
    r"додатков\w*|дополнительн\w*|отдельн\w*|унікальн\w*|уникальн\w*|пошуков\w*|поисков\w*|розшуков\w*|"
    r"розыскн\w*|new|such|separate|individual|more|additional|unique|formal|official|written|online|"
    r"онлайн|tracing|search|missing-person)"
)
# A request noun right after the number: "8 548 заявок", "8,548 new requests".
REQUEST_AFTER_RE = re.compile(rf"\s*(?:{_ADJECTIVES}\s+){{0,2}}{REQUEST_NOUN}")
# "144 138 — стільки звернень отримав проєкт": the figure first, its noun after a dash.
SO_MANY_AFTER_RE = re.compile(
    rf"\s*[—–-]\s*(?:саме\s+|именно\s+)?(?:стільки|столько)\s+(?:{_ADJECTIVES}\s+)?{REQUEST_NOUN}"
)
_REQUEST_VERB = (
    r"(?:звернул\w*|звертал\w*|звертаю\w*|обратил\w*|обращал\w*|обращаю\w*|contacted|contact|"
    r"позвонил\w*|звонил\w*|зателефонувал\w*|подзвонил\w*|телефонувал\w*|reached\s+out|applied|called|turned\s+to|appealed\s+to|wrote\s+to)"
)
REQUEST_VERB_RE = re.compile(rf"(?<!\w){_REQUEST_VERB}(?!\w)")
# People who turn to a project are its requests: "понад 10 тисяч родин звернулися",
# "обратились более 9 тысяч человек", "10,000 Russian families turned to". The verb must stand
# right before the number or within a few words after the noun: "родственники 1 790 военных" and
# "families of 1,790 soldiers" count soldiers, not the people who wrote.
_PEOPLE_NOUN = (
    r"(?:(?:russian|російськ\w*|российск\w*)\s+)?"
    r"(?:родин[иа]?|сімей|родичів|рідних|людей|людини|осіб|особи|матерів|семей|семьи|родственник\w*|человека?|"
    r"families|relatives|people|mothers|parents|"
    # soldiers who turn to the surrender hotline themselves: counted only with a verb of turning to it
    r"росіян|россиян|russians|військових|военных|військовослужбовців|военнослужащих|мобілізованих|"
    r"мобилизованных|окупантів|оккупантов|soldiers|servicemen|troops|personnel|military\s+personnel)(?!\w)"
)
# "людей, чиї рідні в полоні", "people whose sons...": a subset of those who wrote.
PEOPLE_AFTER_RE = re.compile(rf"\s*{_PEOPLE_NOUN}(?!\s*,?\s*(?:чиї|чий|чия|чьи|чей|чья|whose)(?!\w))")
# The words between the noun and its verb may not deny or hedge it ("досі не звернулися", "could").
_NOT_A_FACT_WORD = (
    r"(?:не|ні|ни|not|never|no|could|may|might|would|should|can|will|можуть|могут|могли|могла|б|би|бы|"
    r"мають|должны|повинні)(?!\w)"
)
PEOPLE_VERB_AFTER_RE = re.compile(
    rf"(?:\s+(?!{_NOT_A_FACT_WORD})[^\W\d]+){{0,6}}?\s+(?:(?:have|had|already|вже|уже)\s+)?"
    rf"{_REQUEST_VERB}(?!\w)"
)
# Wanting to surrender, said to the hotline, is its request: "висловили бажання здатися", "заявили, что хотят
# сдаться", "expressed a desire to surrender" (not "surrendered": that counts prisoners).
INTENT_VERB_AFTER_RE = re.compile(  # a "from ..." between: "10,000 people from the Russian Federation and ..."
    r"(?:\s+[^\W\d]+){0,3}?(?:\s+(?:from|з|із|из)(?:\s+[^\W\d]+){1,10}?)?\s+(?:(?:have|had|already|вже|уже)\s+)?"
    r"(?:висловил\w*\s+(?:своє\s+)?бажання|виявил\w*\s+бажання|заявил\w*\s*,?\s+(?:що|что)\s+(?:хоч|хот)\w*|"
    r"изъявил\w*\s+желание|выразил\w*\s+желание|заявил\w*\s+о\s+желании|"
    r"expressed\s+(?:a|the|their|an)\s+(?:desire|wish|willingness|intention)|applied)"
    r"(?:\s+\S+){0,3}?\s+(?:здат\w*|здач\w*|сдат\w*|сдач\w*|сдаться|surrender\w*)"
)
# "здатися в полон", "сдаться в плен": the captivity such a count speaks of is the surrender it asks for.
SURRENDER_BEFORE_RE = re.compile(r"(?:здат|здач|сдат|сдач|сдав|здав|surrender)\w*(?:\s+\S+){0,2}\s+$")
REQUEST_VERB_BEFORE_RE = re.compile(rf"(?<!\w){_REQUEST_VERB}\s+(?:(?:вже|уже|ще|еще|already|by)\s+)?$")
# People counted for what befell their kin are a subset: "1,790 families wrote about sons in captivity".
CAPTIVITY_RE = re.compile(  # not the HQ's own name: "Coordination Headquarters for the Treatment of Prisoners of War"
    r"(?<!\w)(?<!treatment\sof\s)(?:полон\w*|плен\w*|captiv\w*|prisoners?|pows?|загибл\w*|погибш\w*|killed|dead)(?!\w)"
)
# Words before "N people" that make them someone's kin: "родичі 1 790 людей", "relatives of".
KIN_BEFORE_RE = re.compile(
    r"(?<!\w)(?:родин\w*|сім'\w*|семь\w*|семей|родич\w*|рідн\w*|родственник\w*|близьк\w*|близк\w*|"
    r"матер\w*|relatives|families|mothers|of|з|із|зі|из|от|від|серед|среди|among)\s*$"
)
# Requests about N missing people: one request per person ("запити про 50 тисяч зниклих безвісти солдатів").
REQUESTS_ABOUT_BEFORE_RE = re.compile(
    r"(?:заяв\w*|звернен\w*|запит\w*|запрос\w*|обращени\w*|requests?|inquir\w*)\s+"
    r"(?:про|о|об|щодо|стосовно|относительно|about|regarding|concerning|for|on)\s+$"
)
MISSING_AFTER_RE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:зниклих|пропавш\w*|безвісти|без\s+вести|missing)(?!\w)"
)
# "в тому числі 9 243 у жовтні", "including 9,243 in October alone": the part a month has of a total.
_INCLUDING = r"в\s+тому\s+числі|у\s+тому\s+числі|в\s+том\s+числе|including|зокрема|в\s+частности"
_OF_THEM = r"з\s+них|із\s+них|из\s+них|of\s+them|of\s+which"
INCLUDING_RE = re.compile(rf"(?<!\w)(?:{_INCLUDING})(?!\w)")
# ... right before a number, and "з них 8 900 — у листопаді" likewise
INCLUDING_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_INCLUDING}|{_OF_THEM})\s*$")
OF_THEM_RE = re.compile(_OF_THEM)
# Calls are the requests of a hotline that takes calls (`counts_calls` in series.toml).
_CALL_NOUN = r"(?:дзвінк(?:ів|и|а|ами)?|дзвінок|звонк(?:ов|и|а|ами)?|звонок|(?:phone\s+)?calls)(?!\w)"
CALL_AFTER_RE = re.compile(rf"\s*(?:(?:телефонн\w*|нов\w*|new|phone)\s+)?{_CALL_NOUN}")
CALL_NOUN_RE = re.compile(rf"(?=[дзcp])(?<!\w){_CALL_NOUN}")
# Another line named by its number ("на лінію 112", "line 102") takes calls too.
NUMBERED_LINE_RE = re.compile(r"(?<!\w)(?:лін\w*|лини\w*|line|hotline|номер\w*|number)\s+\d")
TIMES_AFTER_RE = re.compile(r"\s*(?:раз(?:а|и|ів)?|times)(?!\w)")
ANAPHOR_RE = re.compile(r"(?=[tиї])(?<!\w)(?:їх|их|them|they)(?!\w)")
# A number right after "received" in a sentence whose subject is the project: "operators of the project received
# more than 32,000" (the noun left out, in a post that speaks of requests).
# The sentence must go on after it ("more than 32,000 and 260 soldiers ..."): a line ending in a number is a
# broken one more often than a figure with its noun left out.
GOES_ON_AFTER_RE = re.compile(r"[ \t]*(?:,|;|—|–|\s(?:and|і|й|та|а|и|but|але|но)\s)")
RECEIVED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:received|got|отрима\w*|получи\w*|надійшл\w*|поступил\w*|прийня\w*|принял\w*)\s*$"
)

# Words after a count that keep it a bare count ("сягнула 9 243 у жовтні", "fell to 7,912 in").
SAFE_AFTER_RE = re.compile(
    r"\s*(?:$|[,.;:!?)\]\"—–(]|(?:у|в|во|за|і|й|та|а|але|и|но|что|що|це|это|проти|против|порівняно|"
    r"and|but|in|during|for|last|this|which|that|compared|versus|vs|against|as|when|коли|когда|від|от|"
    r"from|before|after|до|після|после|across|through|since|over|—)(?!\w))"
)
# Words before a number that make it something other than a count.
BAD_BEFORE_RE = re.compile(
    r"(?=[#abdfilnopuавзимнопсті№])(?<!\w)(?:на|by|up\s+by|down\s+by|по|не|not|а\s+не|but\s+not|instead\s+of|замість|вместо|"
    r"з\s+них|із\s+них|из\s+них|of\s+them|of\s+whom|of\s+which|№|#|id|номер|number|тел\.?|phone|"
    r"менше|менш\s+(?:ніж|як)|меньше|менее|(?<!no\s)(?<!not\s)(?:less|fewer)\s+than|under|up\s+to|від|от|from|"
    r"between|між|между|among|серед|среди|aged?|віком|возрасте)\s*$"
)
BAD_AFTER_RE = re.compile(
    r"(?:-(?:й|го|му|та|ту|те|ої|ий|ша|ми|х|ти|ое|ая|ой|ый)|th|st|nd|rd)(?!\w)"
    r"|\s*(?:з\s+них|із\s+них|из\s+них|of\s+them|of\s+whom|of\s+which|–\s?\d|-\s?\d|to\s+\d|"
    r"до\s+\d|рок\w*|лет|years?(?!\w)|річн\w*|летн\w*|year-old)"
)
QUALIFIER_BEFORE_RE = re.compile(
    r"(?=[aceimnoprstu~бкмнопсщ])(?<!\w)(?P<q>понад|більше,?\s+ніж|більш,?\s+ніж|більше,?\s+як|більш\s+як|більше|щонайменше|"
    r"не\s+менше(?:,?\s+ніж)?|не\s+менш\s+(?:ніж|як)|принаймні|перевищил\w*|перевищує|перевищив|"
    r"понад|свыше|более,?\s+чем|больше,?\s+чем|более|больше|не\s+менее|как\s+минимум|по\s+меньшей\s+мере|"
    r"превысил\w*|превышает|превзошл\w*|"
    r"more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|exceeded|exceeding|exceeds|topped|tops|"
    r"surpassed|passed|past|above|"
    r"близько|майже|приблизно|орієнтовно|біля|майже|около|почти|примерно|порядка|приблизительно|"
    r"около|almost|nearly|about|around|approximately|roughly|some|close\s+to|~)\s*$"
)
QUALIFIER_AFTER_RE = re.compile(
    r"\s*(?:\+|з\s+гаком|з\s+лишком|з\s+лишнім|с\s+лишним|с\s+лишком|с\s+небольшим|plus)(?!\w)"
)
_ABOUT_WORDS = ("близько", "майже", "приблизно", "орієнтовно", "біля", "около", "почти", "примерно",
                "порядка", "приблизительно", "almost", "nearly", "about", "around", "approximately",
                "roughly", "some", "close", "~")


def qualifier_of(word: str) -> str:
    """Map a qualifier word found before a number to over | about."""
    return "about" if word.split()[0] in _ABOUT_WORDS else "over"


# Rates and averages: "близько 300 щодня", "per day", "в среднем". Not monthly counts.
RATE_RE = re.compile(
    r"(?=[adehiopwвезнущ])(?<!\w)(?:щодня|щоденно|щодоби|щотижня|щотижнево|щомісяця|щомісячно|на\s+день|за\s+день|"
    r"в\s+день|у\s+день|на\s+добу|за\s+добу|за\s+сутки|в\s+сутки|на\s+тиждень|за\s+тиждень|"
    r"на\s+неделю|в\s+неделю|за\s+неделю|ежедневно|ежесуточно|еженедельно|ежемесячно|в\s+месяц|"
    r"на\s+місяць|на\s+месяц|в\s+середньому|у\s+середньому|в\s+среднем|per\s+day|a\s+day|each\s+day|"
    r"every\s+day|daily|per\s+week|a\s+week|each\s+week|every\s+week|weekly|per\s+month|a\s+month(?!\s+(?:earlier|before|ago))|"
    r"each\s+month|every\s+month|on\s+average|average|в\s+час|на\s+годину|за\s+годину|per\s+hour|"
    r"an\s+hour|hourly|"
    # "за тиждень", "за два часа"; not "за весь час" nor "за перший тиждень роботи": totals since launch
    r"за\s+(?:(?!(?:весь|увесь|все|цей|той|этот|это|тот)\s)\w+\s+)?(?:дн\w+|тиж\w+|недел\w+|суток|доби|години|час(?:а|ов)?)(?!\w)"
    r"(?!\s+(?:роботи|работы|існування|существования|діяльності|деятельности))|"
    r"in\s+(?:\w+\s+)?(?:days?|weeks?|hours?))(?!\w)"
)
# A spokesman speaking of his own line: "коли ми мали ... дзвінків", "we received".
FIRST_PERSON_RE = re.compile(r"(?<!\w)(?:ми|мы|we|нас|us|our|наш\w*)(?!\w)")
# "the first month of 2025", "у першому місяці 2025 року", "в первом месяце года": January of that year.
FIRST_MONTH_OF_YEAR_RE = re.compile(
    r"(?<!\w)(?:(?:the\s+)?first\s+month\s+of\s+(?:(?P<en_year>(?:19|20)\d\d)|(?:the|this)\s+year)|"
    r"перш\w+\s+місяц\w*\s+(?:(?P<uk_year>(?:19|20)\d\d)\s+)?року|"
    r"перв\w+\s+месяц\w*\s+(?:(?P<ru_year>(?:19|20)\d\d)\s+)?года)(?!\w)"
)
FIRST_MONTH_HINTS = ("first month", "перш", "перв")
# A change by a factor: "вдвічі більше, ніж у грудні", "doubled from last month" (+100%), "half as many" (-50%).
DOUBLING_RE = re.compile(
    r"(?<!\w)(?P<up>вдвічі\s+більше|удвічі\s+більше|вдвоє\s+більше|вдвое\s+больше|в\s+два\s+раза\s+больше|"
    r"у\s+два\s+рази\s+більше|в\s+два\s+рази\s+більше|twice\s+as\s+many|doubled|double\s+the\s+number)|"
    r"(?P<down>вдвічі\s+менше|удвічі\s+менше|вдвое\s+меньше|в\s+два\s+раза\s+меньше|half\s+as\s+many|halved)(?!\w)"
)
DOUBLING_HINTS = ("вдв", "удв", "два ра", "twice", "doubl", "half")
# "Відтоді", "с тех пор", "since then": since what the sentence before speaks of (the launch, when it does).
SINCE_THEN_RE = re.compile(
    r"(?<!\w)(?:відтоді|з\s+того\s+часу|с\s+тех\s+пор|since\s+then|за\s+цей\s+час|за\s+это\s+время|"
    r"за\s+этот\s+период|за\s+цей\s+період|in\s+that\s+time|during\s+this\s+time|since\s+that\s+time)(?!\w)"
)
LAUNCH_WORD_RE = re.compile(
    r"(?<!\w)(?:запуст\w*|запущен\w*|запрацюва\w*|розпочав\w*\s+(?:свою\s+)?роботу|почав\w*\s+(?:свою\s+)?роботу|"
    r"створен\w*|заработа\w*|начал\w*\s+(?:свою\s+)?работу|создан\w*|стартува\w*|стартова\w*|"
    r"launch\w*|began\s+(?:its\s+)?work|started\s+(?:its\s+)?work|was\s+set\s+up|was\s+created|went\s+online)(?!\w)"
)
# Words that give a figure a time the reader could not place: a count beside them is no running total.
UNDATED_BLOCK_RE = re.compile(
    r"(?<!\w)(?:(?:19|20)\d\d|month\w*|місяц\w*|месяц\w*|тиж\w*|недел\w*|week\w*|quarter\w*|квартал\w*|"
    r"today|tonight|overnight|yesterday|сьогодні|сегодня|вчора|вчера|вихідн\w*|выходн\w*|за\s+ніч|за\s+ночь)(?!\w)"
)
# A rate per month: a monthly figure in all but name ("по 3 тис. звернень щомісяця", "1,500 calls a month").
PER_MONTH_RE = re.compile(
    r"(?:щомісяця|щомісячно|ежемесячно|(?:на|в|у)\s+місяць|(?:в|на)\s+месяц|per\s+month|a\s+month|each\s+month|"
    r"every\s+month|monthly)"
)
# Part of a month: "за першу половину жовтня", "in the first half of October", "первую декаду".
PARTIAL_MONTH_RE = re.compile(
    r"(?<!\w)(?:(?:перш|друг|перв|втор|останн|последн)\w*\s+(?:половин|декад|тиж|недел)\w*|"
    r"(?:first|second|last|past)\s+(?:half|ten\s+days|(?:two\s+|three\s+)?weeks?)|"
    r"(?:у|в)\s+середин[іеу]|mid-[a-z]|середин[аиуі]\s)"
)
PARTIAL_MONTH_HINTS = ("половин", "декад", "тиж", "недел", "half", "ten days", "week", "середин", "mid-")
MULTIPLIER_BEFORE_RE = re.compile(r"(?<!\w)(?:у|в|in)\s*$")

# Running totals and their anchors.
CUMULATIVE_RE = re.compile(
    r"(?=[aciostвзиопсу])(?<!\w)(?:загалом|загальн\w+\s+(?:кількість|числ\w*)|всього|усього|в\s+цілому|сумарно|"
    r"всего|в\s+общей\s+сложности|общ(?:ее|ая|его|ей)\s+(?:число|количество|числа|количества)|итого|"
    r"суммарно|in\s+total|a\s+total\s+of|total(?:ed|led|s|ling)?|altogether|overall|cumulative\w*|"
    r"з\s+моменту\s+(?:запуску|створення|початку)|з\s+початку\s+(?:роботи|діяльності|існування|"
    r"функціонування)|від\s+початку\s+(?:роботи|діяльності|існування)|від\s+(?:моменту\s+)?запуску|"
    r"з\s+(?:дня\s+)?запуску|за\s+(?:весь|увесь)\s+час|за\s+час\s+(?:роботи|існування)|"
    r"с\s+момента\s+(?:запуска|создания|начала|старта)|со\s+старта|з\s+моменту\s+старту|від\s+старту|"
    # "during the existence of the project": matched from "the", so the first-letter gate needs no "d"
    r"the\s+(?:entire\s+|whole\s+)?(?:existence|lifetime|life|history)\s+of\s+the\s+"
    r"(?:project|hotline|initiative|line|service)|since\s+that\s+(?:launch|start)|since\s+(?:launch|inception)|"
    r"за\s+(?:весь\s+)?час\s+(?:його\s+|свого\s+|її\s+)?(?:роботи|існування)|за\s+(?:все\s+)?время\s+(?:его\s+|своего\s+)?(?:работы|существования)|с\s+начала\s+(?:работы|деятельности|существования)|"
    r"со?\s+(?:дня\s+)?запуска|за\s+все\s+время|за\s+время\s+(?:работы|существования)|"
    r"since\s+(?:its\s+|the\s+|(?:the\s+)?(?:project|hotline|service|line)'s\s+)?"
    r"(?:launch|start|creation|inception|beginning)|"
    r"since\s+(?:it|the\s+project|the\s+service|the\s+hotline|the\s+line)\s+(?:began|started|was\s+launched|"
    r"launched|opened)|to\s+date|so\s+far|"
    r"з\s+початку\s+(?:повномасштабного\s+)?вторгнення|с\s+начала\s+(?:полномасштабного\s+)?вторжения|"
    r"since\s+the\s+(?:start\s+of\s+the\s+)?(?:full-scale\s+)?invasion|"
    r"за\s+перш\w+\s+(?:\w+\s+){0,2}(?:тижн\w*|дн\w*|місяц\w*)\s+роботи|"
    r"за\s+(?:\w+\s+){1,2}(?:тижн\w*|місяц\w*|рок\w*|років)\s+(?:роботи|існування)|"
    r"за\s+(?:\w+\s+){1,2}(?:недел\w*|месяц\w*|год\w*|лет)\s+(?:работы|существования)|"
    r"in\s+(?:the|its)\s+(?:first\s+)?(?:\w+\s+)?(?:weeks|months|years)\s+of\s+(?:its\s+)?(?:work|operation|existence)|"
    r"за\s+перв\w+\s+(?:\w+\s+){0,2}(?:недел\w*|дн\w*|месяц\w*)\s+работы|"
    r"in\s+(?:its|the)\s+first\s+(?:\w+\s+){0,2}(?:weeks?|days?|months?)(?!\s+of\s+(?:the\s+|this\s+)?(?:year|\d{4}))|"
    r"станом\s+на|по\s+состоянию\s+на|as\s+of|за\s+даними\s+на|по\s+данным\s+на)(?!\w)"
)
# A change from one month's figure to another's: "зросла з 10 440 у квітні до 12 320 у травні", "rose from 10,440
# in April to 12,320 in May", "12,320 in May, up from 10,440 in April". Both are the months' own figures.
_MONTH_AFTER = rf"\s+(?:у|в|во|in)\s+(?:{_MONTH_ALT})(?!\w)"
FROM_BEFORE_RE = re.compile(r"(?<!\w)(?:з|із|зі|с|со|from|(?:up|down)\s+from)\s*$")
FROM_MONTH_TO_AFTER_RE = re.compile(_MONTH_AFTER + r"\s*,?\s+(?:до|to)\s+(?:понад\s+|более\s+|over\s+)?\d")
FROM_MONTH_AFTER_RE = re.compile(_MONTH_AFTER + r"(?!\s+(?:до|to)\s)")
TO_AFTER_FROM_BEFORE_RE = re.compile(
    r"(?<!\w)(?:з|із|зі|с|со|from)\s+[\d\s,.]+(?:тис\.|тисяч\w*|тыс\.|тысяч\w*|thousand)?" + _MONTH_AFTER
    + r"\s*,?\s+(?:до|to)\s*$"
)
PERFECT_HINTS = ("has ", "have ", "had ", "вже", "уже")
# An as-of date said as such ("станом на 1 грудня", "as of December 1"), not a bare "by" or "до".
EXPLICIT_AS_OF_RE = re.compile(r"(?:станом\s+на|(?:за\s+даними|по\s+данным)\s+на|по\s+состоянию\s+на|as\s+of)\s+$")
# Received up to now: "has (already) received", "have contacted", "вже отримав", "уже получил" before a count.
PERFECT_TO_DATE_RE = re.compile(
    r"(?<!\w)(?:(?:has|have|had)\s+(?:already\s+|so\s+far\s+|now\s+|since\s+)?(?:received|contacted|gotten|got|processed|"
    r"registered|recorded|handled|logged|collected|exceeded|surpassed|passed|topped|reached)|"
    r"(?:has|have|had)\s+(?:already\s+)?been\s+(?:received|submitted|sent|filed|registered|recorded|processed|made)|"
    r"(?:вже|уже)\s+(?:\w+\s+)?(?:отрима\w*|надійшл\w*|получи\w*|поступил\w*|обработа\w*|опрацюва\w*|"
    r"зареєстрова\w*|зарегистрирова\w*|перевищ\w*|превыси\w*|звернул\w*|обратил\w*))(?!\w)"
)
# The first year of work: "за (перший) рік роботи", "за первый год работы", "in its first year".
FIRST_YEAR_RE = re.compile(
    r"(?<!\w)(?:за\s+(?P<uk_first>перш\w+\s+)?рік\s+(?:(?:своєї|його|її)\s+)?(?:роботи|існування|діяльності)|"
    r"за\s+(?P<ru_first>перв\w+\s+)?год\s+(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)|"
    r"(?:in|over|during)\s+(?:its|the|a|one)\s+(?P<en_first>first\s+)?year\s+of\s+(?:its\s+)?(?:work|operation|operations|existence)|"
    r"(?:протягом|впродовж|упродовж)\s+(?P<uk_first2>перш\w+\s+)?року\s+(?:(?:своєї|його|її)\s+)?(?:роботи|існування|діяльності)|"
    r"в\s+течение\s+(?P<ru_first2>перв\w+\s+)?года\s+(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)|"
    r"(?:in|over|during)\s+(?:its|the)\s+(?P<en_first2>first)\s+year)(?!\w)"
)
FIRST_YEAR_HINTS = ("рік", "року", "год", "year")
# A sentence's first clause that sets the period of what follows: "In its first year, ...",
# "Since the project's launch in January 2024, ...", "З моменту запуску в січні 2024 року, ...".
HEAD_PERIOD_RE = re.compile(
    r"[^\w]*(?:since|from|in|over|during|з|із|зі|від|за|протягом|с|со|от|за|в|в\s+течение|начиная|починаючи)(?!\w)"
)
# What may stand around the month in a first clause that is only the month: "In October, ...",
# "У жовтні 2025 року, ...", "По итогам октября, ...".
HEAD_MONTH_REST_RE = re.compile(
    r"[^\w]*(?:(?:in|during|for|over|у|в|во|за|протягом|упродовж|впродовж|в\s+течение|по\s+итогам|"
    r"за\s+підсумками|за\s+итогами)\s+)?[^\w]*"
)
# Words that tie a clause's figure to some other time: "compared with", "than", "earlier", "ago".
OTHER_SPAN_RE = re.compile(
    r"(?<!\w)(?:compared|порівнян\w*|сравнени\w*|than|ніж|чим|чем|проти|против|versus|vs|earlier|раніше|"
    r"ранее|before|previous\w*|попередн\w*|предыдущ\w*|тому|назад|ago|later|пізніше|позже|згодом|впоследствии)(?!\w)"
)
# A figure so far: in the month of publication, the month is still running ("вже надійшло").
SO_FAR_RE = re.compile(
    r"(?<!\w)(?:вже|уже|already|so\s+far|as\s+yet|yet|поки\s+що|пока\s+что|пока|наразі|на\s+сьогодні|"
    r"на\s+сегодня|на\s+данный\s+момент|на\s+цей\s+момент|на\s+даний\s+момент|станом\s+на|"
    r"по\s+состоянию\s+на|as\s+of)(?!\w)"
)
# Year-to-date totals: a range whose end is unknown, so never a fact.
YEAR_TO_DATE_RE = re.compile(
    r"(?=[fstyвзс])(?<!\w)(?:з\s+початку\s+(?:цього\s+|поточного\s+)?року|від\s+початку\s+року|"
    r"с\s+начала\s+(?:этого\s+|текущего\s+)?года|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|"
    r"this\s+year\s+so\s+far|year\s+to\s+date|year-to-date|from\s+the\s+start\s+of\s+the\s+year)(?!\w)"
)

# Record claims.
RECORD_RE = re.compile(
    r"(?=[anrtнчр])(?<!\w)(?:рекорд\w*|a\s+record|new\s+record|all-time\s+record|record(?:-breaking|-high|\s+high|"
    r"\s+number|\s+month)|record(?=\s+for|\s+\d)|all-time\s+high|"
    # "more than in any previous month", "більше, ніж у будь-якому попередньому місяці"
    r"than\s+in\s+any\s+(?:other|previous|prior|earlier)\s+month|"
    r"(?:ніж|чим)\s+(?:у|в)\s+будь-якому\s+(?:іншому|попередньому)\s+місяці|"
    r"чем\s+в\s+любом\s+(?:другом|предыдущем)\s+месяце)(?!\w)"
)
SUPERLATIVE_RE = re.compile(
    r"(?=[bhltмнс])(?<!\w)(?:найбільш\w*|найвищ\w*|максимальн\w*|максимум|наибольш\w*|самое\s+большое|"
    r"самый\s+высокий|the\s+most|highest|largest|biggest|busiest|the\s+greatest)(?!\w)"
)
SUPERLATIVE_SCOPE_RE = re.compile(
    r"(?=[ehimostвзимсі])(?<!\w)(?:місяц\w*|месяц\w*|month(?:s|ly)?|за\s+(?:весь|увесь)\s+час|за\s+все\s+время|ever|since|"
    r"від\s+початку|з\s+початку|с\s+начала|с\s+момента|з\s+моменту|історі\w*|истори\w*|history|"
    r"on\s+record|to\s+date|so\s+far)(?!\w)"
)
RECORD_NEGATION_RE = re.compile(
    r"(?=[flnprамнпр])(?<!\w)(?:не\s+(?:є\s+|был\w*\s+|став\w*\s+|стал\w*\s+)?рекорд\w*|not\s+a\s+record|no\s+record|"
    r"антирекорд\w*|попередн\w+\s+рекорд\w*|предыдущ\w+\s+рекорд\w*|прошл\w+\s+рекорд\w*|"
    r"previous\s+record|former\s+record|рекордно\s+(?:низьк|мал|низк)\w*|record\s+low|lowest|"
    r"найменш\w*|наименьш\w*|мінімальн\w*|минимальн\w*|fewest)(?!\w)"
)

# "до 9 243" is "up to" unless a verb of change stands before it ("зросла до 9 243": rose to).
CHANGE_VERB_BEFORE_TO_RE = re.compile(
    r"(?<!\w)(?:зросл\w*|зріс|збільшил\w*|виросл\w*|вирос|сягнул\w*|сягну\w*|досягл\w*|знизил\w*|"
    r"зменшил\w*|впал\w*|скоротил\w*|вырос\w*|увеличил\w*|снизил\w*|сократил\w*|упал\w*|достиг\w*|"
    r"дошл\w*|дійшл\w*|возросл\w*)(?:\s+(?:(?!приблизно|примерно|орієнтовно|ориентировочно|ймовірно|вероятно|нібито|якобы|"
    r"потенційно|потенциально|ледве|ледь|едва|нео|на\s)[^\W\d]+о|на\s+[\d.,]+\s*%))?\s*[,—–]?\s+до\s*$"
)
# A figure the text itself calls wrong: "помилково вказано, що ...", "incorrectly said".
ERRONEOUS_RE = re.compile(
    r"(?<!\w)(?:помилково|хибно|неправильно|неточно|ошибочно|неверно|mistakenly|erroneously|"
    r"incorrectly|wrongly|inaccurately)(?!\w)"
)
ERRONEOUS_HINTS = ("помилков", "хибно", "неправильн", "неточн", "ошибочн", "неверн", "mistaken", "erroneous",
                   "incorrect", "wrongly", "inaccurate")
# A figure the sentence denies, wherever the denial stands: "У штабі спростували, що ...", "— фейк",
# "denied reports that", "не відповідає дійсності".
DENIED_RE = re.compile(
    r"(?=[dfhimrwкндосфея])(?<!\w)(?:спростов\w*|спростува\w*|опроверг\w*|опровер\w*|denied|denies|deny|denying|debunk\w*|refut\w*|"
    r"фейк\w*|fake|неправд\w*|false|дезінформ\w*|дезинформ\w*|disinformation|misinformation|"
    r"не\s+відповіда\w*\s+дійсност\w*|не\s+соответству\w*\s+действительност\w*|"
    # counterfactuals: "Якби не блокування, ... отримав понад 15 тисяч"
    r"якби|если\s+бы?|коли\s+б|were\s+it\s+not|if\s+not\s+for|had\s+it\s+not)(?!\w)"
)
# Every alternative of DENIED_RE contains one of these: a cheap gate for the whole post.
DENIED_HINTS = ("спрост", "опровер", "deni", "deny", "debunk", "refut", "фейк", "fake", "неправд", "false",
                "дезінф", "дезинф", "sinformation", "дійсност", "действительност", "якби", "если",
                "коли б", "were it not", "if not for", "had it not")
# Words before a count in its clause that make it a wish, a forecast, a condition or a hearsay
# claim, not a stated figure: "очікували понад 15 тисяч", "could have received", "нібито", "якщо".
HEDGED_RE = re.compile(
    r"(?=[acefimpswбдемнопзсуя])(?<![\w'])(?:could|might|would|should|will|"
    # the future tense of a count: a forecast ("отримає понад 9 тисяч", "поступит", "will receive")
    r"отримає|отримають|надійде|надійдуть|сягне|перевищить|становитиме|складе|"
    r"получит|получат|поступит|поступят|достигнет|превысит|составит|може|можуть|міг|могла|могло|могли|мог|может|могут|би|б|бы|"
    r"очікува\w*|очікує|очікують|ожида\w*|прогноз\w*|expect\w*|forecast\w*|predict\w*|projected|anticipat\w*|"
    r"планува\w*|планує|планують|планир\w*|plan|plans|planned|нібито|якобы|allegedly|purportedly|supposedly|"
    r"claim\w*|стверджу\w*|стверджува\w*|утвержда\w*|заявляют\s+будто|"
    r"якщо|если|if)(?![\w'])"
)
# What someone expects or plans, in a clause of its own: "У штабі очікували, що у жовтні надійде 9 243".
EXPECTED_THAT_RE = re.compile(
    r"(?<!\w)(?:очікува\w*|очікує|очікують|ожида\w*|прогноз\w*|expect\w*|forecast\w*|predict\w*|anticipat\w*|"
    r"планува\w*|планує|планують|планир\w*|plan|plans|planned)\s*,?\s*(?:що|что|that)(?!\w)"
)
EXPECTED_HINTS = ("очіку", "ожида", "прогноз", "expect", "forecast", "predict", "anticipat", "плану", "планир",
                  "plan")
# "як і очікувалося", "как и ожидалось", "as expected": the figure came true, so the word does not hedge it
# (unless a clause of what was expected follows: "як і очікувалося, що ...", "as expected to").
AS_EXPECTED_BEFORE_RE = re.compile(r"(?<!\w)(?:як\s+[іий]|как\s+и|as)\s+$")
AS_EXPECTED_WORD_RE = re.compile(
    r"(?:очікувал\w*|прогнозувал\w*|ожидал\w*|прогнозировал\w*|expected|predicted|forecast|anticipated)"
    r"(?!\s*,?\s*(?:що|что|that|to|by)(?!\w))"
)
# Regional breakdowns and subsets: "найбільше заявок — з Башкортостану (1 200)", "в тому числі".
BREAKDOWN_RE = re.compile(
    r"(?=[afimtбвдзилмнсоуі])(?<!\w)(?:найбільше|найменше|больше\s+всего|меньше\s+всего|most\s+(?:of\s+the\s+)?\w+\s+came|"
    r"найактивніш\w*|наиболее\s+активн\w*|активнее\s+всего|most\s+active|звідти|звідси|оттуда|from\s+there|"
    r"лідер\w*|лидер\w*|лідирує|лидирует|на\s+першому\s+місці|на\s+первом\s+месте|top\s+\w+|"
    r"followed\s+by|далі\s+йдуть|далее\s+следуют|в\s+тому\s+числі|в\s+том\s+числе|including|"
    r"among\s+them|серед\s+них|среди\s+них|"
    r"(?:з|із|зі|из|from|в|у|in)\s+(?!усіх|всіх|всех|all|різних|разных)[^\W\d_][\w-]*\s+(?:област\w*|регіон\w*|"
    r"регион\w*|oblast|region|республі\w*|республи\w*|краю|крае|краї))(?!\w)"
)
# Clause boundaries inside a sentence: ", " and ";" (not a decimal comma).
CLAUSE_BREAK_RE = re.compile(r",\s|;")
# A break between sentences, found in the ORIGINAL text (it needs capitals).
SENTENCE_BREAK_RE = re.compile(
    r"(?=[\n.!?…;])(?:\n+|[.!?…]+[\"'»”)\]]*\s+(?=[^\w\s(\[]{0,3}\s*[A-ZА-ЯЁІЇЄҐ])|;\s+)"
)
RATE_WINDOW_STOP_RE = re.compile(r"[,;:—–(]")
# What may stand around the month in an elliptic "А в жовтні — 9 243": conjunctions, prepositions.
ELLIPSIS_REST_RE = re.compile(
    r"[^\w]*(?:(?:а|і|й|и|та|но|але|and|but|while|then|у|в|во|за|in|for|of|лише|лиш|тільки|только|лишь|"
    r"only|just|alone)\s+)*[^\w]*[—:–]\s*"
)
ANY_NUMBER_HINT_RE = re.compile(r"\d|тисяч|тысяч|thousand")
WORD_NUMBER_HINT_RE = re.compile(r"тисяч|тысяч|thousand|тис\.|тыс\.")
LEADING_QUOTE_RE = re.compile(r"[\"']\s*$")
TRAILING_QUOTE_RE = re.compile(r"\s*[\"']")


# Cheap substring gates: when none of these occurs in a post, the matching pattern cannot match
# either, so its searches are skipped. (A gate may let through a post that has no match.)
RATE_HINTS = ("щод", "щотиж", "щоміс", "ден", "добу", "доби", "сутк", "тижд", "тижн", "недел", "ежед",
              "ежес", "ежен", "ежем", "месяц", "місяц", "середн", "средн", "day", "week", "month", "averag",
              "час", "годин", "hour", "дні", "дня", "днів")
RECORD_HINTS = ("рекорд", "record", "найбільш", "найвищ", "максимальн", "наибольш", "самое большое",
                "самый высокий", "the most", "highest", "largest", "biggest", "greatest", "all-time high",
                "максимум", "busiest", "than in any", "будь-якому", "любом")
BREAKDOWN_HINTS = ("найбільше", "найменше", "всего", "most", "лідер", "лидер", "лідиру", "лидиру", "першому",
                   "первом", "top", "followed", "далі", "далее", "тому числ", "том числ", "including", "among",
                   "серед них", "среди них", "област", "регіон", "регион", "region", "oblast", "республі",
                   "республи", "краю", "крае", "краї", "активн", "active", "звідти", "звідси", "оттуда",
                   "from there")
# A count from one named place is a breakdown: "з Башкортостану надійшло 612", "из Бурятии — 430",
# "from Dagestan". Found in the ORIGINAL text (a place is a capitalised name); Russia as a whole,
# Ukraine, the headquarters and the projects themselves are not places here.
BREAKDOWN_PLACE_RE = re.compile(
    # A space before a capital first (the engine finds those fast), then the preposition behind it.
    r"\s(?=[A-ZА-ЯЁІЇЄҐ])"
    r"(?:(?<=(?<!\w)[Зз]\s)|(?<=(?<!\w)[Іі]з\s)|(?<=(?<!\w)[Зз]і\s)|(?<=(?<!\w)[Ии]з\s)|(?<=(?<!\w)[Ff]rom\s))"
    r"(?!(?:Росі|Росси|Russia|РФ|RF|Україн|Украин|Ukrain|Коорд|Координ|Coordinat|Штаб|HQ|Headquarters|Хочу|"
    r"I\s+Want|The\s|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|[A-ZА-ЯЁІЇЄҐ]{2,}\b)[A-ZА-ЯЁІЇЄҐ][\w'-]+"
)

# "last month" (LAST_MONTH_RE) needs a month word and one of the words for "last".
MONTH_WORD_HINTS = ("місяц", "месяц", "month")
LAST_HINTS = ("минул", "прошл", "прошедш", "минувш", "last", "past", "останн", "последн")
# Every year-to-date phrase (YEAR_TO_DATE_RE) names the year with one of these words.
YEAR_TO_DATE_HINTS = ("року", "года", "year")


def any_hint(low: str, hints: tuple[str, ...]) -> bool:
    """Does any of the hint substrings occur in the text?"""
    for hint in hints:  # noqa: SIM110 (a plain loop: any() over a generator costs more here)
        if hint in low:
            return True
    return False

# A sentence that adds to or picks from a figure already given ("Ще 2 100 звернень — ...", "Another
# 2,100 requests came via the chatbot", "Of these, ..."): the month of an earlier sentence is not its own.
ADDITIVE_RE = re.compile(
    r"(?<!\w)(?:ще|еще|another|further|additional|also|також|также|теж|тоже|these|them|них|окрім|кроме|"
    r"besides|apart)(?!\w)"
)
# Requests passed on from one project to another: counted by the first, not the second's own.
FORWARDED_RE = re.compile(
    r"(?<!\w)(?:переадрес\w*|перенаправ\w*|переда\w*|переслал\w*|переслан\w*|переслано|forward\w*|"
    r"redirect\w*|referred|passed\s+on|handed\s+over|transferred)(?!\w)"
)
# A span of several months or weeks ("за десять месяцев", "за 10 місяців", "in the first ten months"): a total
# over it is neither a month's count nor the running total since launch.
SPAN_RE = re.compile(
    r"(?<!\w)(?:за|in|over|during|протягом|в\s+течение)\s+(?:the\s+)?(?:(?:перші|первые|first|last|past|останні|"
    r"последние)\s+)?(?:\d+|дв[аі]|две|три|чотири|четыре|п'ять|пять|шість|шесть|сім|семь|вісім|восемь|дев'ять|"
    r"девять|десять|одинадцять|одиннадцать|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
    r"(?:місяц\w*|месяц\w*|months|тижн\w*|тиждні|недел\w*|weeks)(?!\w)"
    # "за перші три тижні роботи": the span since launch, which is the running total
    r"(?!\s+(?:роботи|работы|існування|существования|of\s+(?:its\s+)?(?:work|operation|existence)|since"
    # "in the six months of the I Want to Live project": its life so far
    r"|of\s+(?:the\s+|its\s+)?(?:[\w'\"-]+\s+){0,5}?(?:project|hotline|initiative)(?!\w)))"
)
SPAN_HINTS = ("місяц", "месяц", "months", "тижн", "недел", "weeks")
# Durations: a sentence with one of these states a figure for some other span, so the month of an
# earlier sentence must not be carried over to it ("За рік роботи проєкт отримав 52 тисячі заявок").
DURATION_RE = re.compile(
    r"(?=[dmpqswyвгдклмнпрст])(?<!\w)(?:торік|торішн\w*|рік|року|році|роки|років|роком|year|years|год|года|году|лет|тиждень|тижні|тижнів|тижня|вчора|вчера|yesterday|"
    r"недел\w*|weeks?|дн\w+|days?|місяці|місяців|месяца|месяцев|months|квартал\w*|quarters?|півріччя|"
    r"полугоди\w*|period|період\w*|период\w*|відтоді|с\s+тех\s+пор|since\s+then)(?!\w)"
)


# What a post that names no series calls the project: "the project", "the hotline", "гаряча лінія"; it must
# also speak of the project's subject (Russian soldiers, surrender, the HQ) or name its spokesperson: a
# police or ministry hotline is no project of ours.
PROJECT_WORD_RE = re.compile(
    r"(?<!\w)(?:проєкт\w*|проект\w*|projects?|hotlines?|гаряч\w+\s+лін\w+|горяч\w+\s+лини\w+|"
    r"телефон\w*\s+(?:довіри|доверия)|прям\w+\s+лини\w+)(?!\w)"
)
PROJECT_SUBJECT_RE = re.compile(
    r"(?<!\w)(?:росі\w*|російськ\w*|россий\w*|россиян\w*|russians?|окупант\w*|оккупант\w*|військов\w*|"
    r"военн\w*|военнослужащ\w*|soldiers?|servicem[ae]n|troops|surrender\w*|здат\w*|здач\w*|сдат\w*|сдач\w*|"
    r"сдаться|коордштаб\w*|координаційн\w*\s+штаб\w*|координационн\w*\s+штаб\w*|coordination\s+(?:headquarters|"
    r"centre|center|hq))"
)

# A span counted from launch: "за перші три місяці роботи", "in the six months of the I Want to Live project",
# "за шість місяців існування". Not "the last/past six months" (a window before publication).
SPAN_FROM_LAUNCH_RE = re.compile(
    r"(?<!\w)(?:за|in|over|during|протягом|впродовж|в\s+течение)\s+(?:the\s+|its\s+)?(?:(?:перші|первые|first)\s+)?"
    r"(?P<n>\d+|[^\W\d][\w']*)\s+(?P<unit>місяц\w*|месяц\w*|months|тижн\w*|тиждні|недел\w*|weeks)\s+"
    r"(?:(?:своєї|своей|його|її|его|ее)\s+)?(?:роботи|работы|існування|существования|діяльності|деятельности|"
    r"of\s+(?:its\s+)?(?:work|operation|existence)|"
    r"of\s+(?:the\s+|its\s+)?(?:[\w'\"-]+\s+){0,5}?(?:project|hotline|initiative))(?!\w)"
)
SPAN_FROM_LAUNCH_HINTS = ("місяц", "месяц", "months", "тижн", "недел", "weeks")


def span_length(m: re.Match[str]) -> int | None:
    """The number of months a `SPAN_FROM_LAUNCH_RE` match spans (a week is a quarter of a month, rounded up),
    or None when its count is no number word."""
    n = m.group("n")
    count = int(n) if n.isdigit() else _UNITS.get(n)
    if count is None or not 1 <= count <= 60:
        return None
    weeks = m.group("unit")[0] in "тнw"
    return -(-int(count) // 4) if weeks else int(count)

# The year before publication: "за последний год", "за останній рік", "over the past year", and a bare "за рік".
# For a project about a year old, that is its whole life (see `past_year_from_launch`).
PAST_YEAR_RE = re.compile(
    r"(?<!\w)(?:за|протягом|впродовж|в\s+течение|over|in|during)\s+(?:the\s+)?"
    r"(?:(?:последний|прошедший|минувший|останній|минулий|past|last)\s+)?(?:год|рік|року|года|year)(?!\w)"
    r"(?!\s+(?:тому|назад|ago|earlier))"
)
