"""Normalisation, month names and dates, years, numbers in digits and words, percents.

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
from hotline.extract.lexicon.build import (
    _alternation,
    first_chars,
    gate_of,
    literal_heads,
    phrase_alternation,
    phrase_gate,
    phrases_of,
    word_pattern,
)

# --- normalisation ---------------------------------------------------------------------------

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
_TRANSLATE = str.maketrans(
    {
        # zero-width characters are not spaces: `visible` removes them ("8\u200b548" is 8548)
        **{c: " " for c in _SPACES},
        **{c: '"' for c in "«»“”„‟″‹›〈〉「」『』"},
        **{c: "'" for c in "‘’‛ʼ′`ʹ‚"},
        **{c: "–" for c in "‒―−"},
        **{letter: fold for lang in LANGUAGES for letter, fold in lang.LETTER_FOLDS.items()},  # «ё» as «е»
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


MONTH_ALTERNATION = _alternation(MONTH_BY_WORD)
# "enero de 2024": the word some languages set between a month and its year
_YEAR_LINK = "(?:(?:" + "|".join(w for lang in LANGUAGES for w in lang.YEAR_LINK_WORDS) + r")\s+)?" if any(
    lang.YEAR_LINK_WORDS for lang in LANGUAGES) else ""
_YEAR_WORD = phrase_alternation("YEAR_WORDS")

# A month name, optionally with its year ("у січні 2025 року", "January 2025", "декабре 2024-го")
# or a relative year ("грудні минулого року", "December last year").
MONTH_RE = re.compile(
    rf"{first_chars(MONTH_BY_WORD)}(?<![\w-])(?P<name>{MONTH_ALTERNATION})(?!\w)(?!-(?!(?:{MONTH_ALTERNATION})(?![\w-])))"
    rf"(?:,?\s+{_YEAR_LINK}(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{_YEAR_WORD})?"
    rf"|\s+(?P<rel>{phrase_alternation('RELATIVE_YEAR_WORDS')})\s+{phrase_alternation('YEAR_NOUNS')}(?!\w))?"
)
# A relative year next to a month: "торік у травні", "у травні торік", "в прошлом году в мае", "last year in
# May", "May a year ago". The month is then of the year before publication, whatever its name.
YEAR_AGO_BEFORE_RE = re.compile(
    gate_of("YEAR_AGO_BEFORE_PHRASES") + r"(?<!\w)" + "".join(rf"(?<!{w}\s)" for w in phrases_of("YEAR_AGO_BLOCKERS"))
    + phrase_alternation("YEAR_AGO_BEFORE_PHRASES")
    + rf"(?P<comma>\s*,)?\s+(?:{phrase_alternation('IN_WORDS')}\s+)?$"
)
YEAR_AGO_AFTER_RE = re.compile(rf"\s+{phrase_alternation('YEAR_AGO_AFTER_PHRASES')}(?!\w)")
YEAR_AGO_HINTS = (*literal_heads("YEAR_AGO_BEFORE_PHRASES"), *literal_heads("YEAR_AGO_AFTER_PHRASES"))
# Two months joined by a hyphen: a range ("у травні-червні", "May-June"). MONTH_RE reads the first
# only when a month follows its hyphen; this reads the second.
MONTH_AFTER_HYPHEN_RE = re.compile(rf"-(?P<name>{MONTH_ALTERNATION})(?![\w-])")
# "last month": the month before publication. "The past month" (`rolling`) is the 30 days before
# publication: the month before only in a post from the first days of a month (see extract.py).
LAST_MONTH_RE = re.compile(
    gate_of("LAST_MONTH_PHRASES", "ROLLING_MONTH_PHRASES") + r"(?<!\w)(?:" + "|".join(phrases_of("LAST_MONTH_PHRASES"))
    + r"|(?P<rolling>" + "|".join(phrases_of("ROLLING_MONTH_PHRASES")) + r"))(?!\w)"
)
# "this month": the month of publication, still running but for its last days.
THIS_MONTH_RE = re.compile(word_pattern("THIS_MONTH_PHRASES"))
THIS_HINTS = literal_heads("THIS_MONTH_PHRASES")
# A month that dates a report, not the figure: "У жовтні штаб повідомив, що ...", "Last month, the
# headquarters said that ...". (Not a parenthesis: "У жовтні, як повідомили в штабі, надійшло ...".)
_INFINITIVES = "|".join(phrases_of("REPORT_INFINITIVES"))
_CLAUSE_HEADS = phrase_alternation("REPORTED_CLAUSE_HEADS")
# How many words may stand between a month and the verb that makes it the date of a report.
REPORT_GAP_WORDS = 7
REPORTED_AFTER_RE = re.compile(
    # a few words may stand between, a series' quoted name among them ("la ligne « Je veux vivre » a annoncé")
    rf"[\s,]*(?:[^\s\d]+\s+){{0,{REPORT_GAP_WORDS}}}?{phrase_alternation('REPORT_VERBS')}"
    rf"(?:\s*,?\s*{phrase_alternation('THAT_WORDS')}(?!\w)|\s*:|\s+{_CLAUSE_HEADS}\s|\s+(?:{_INFINITIVES})(?!\w))"
)
# The same with the report verb first: "The HQ reported in May that ...", "штаб повідомив у травні, що ...",
# "..., the HQ said in May." (REPORTED_BEFORE_RE ends where the month starts.)
# A month naming a report: "in a May statement", "the October report", "у травневому звіті" is an adjective.
REPORTED_NOUN_AFTER_RE = re.compile(rf"\s+{phrase_gate('REPORT_NOUNS')}{phrase_alternation('REPORT_NOUNS')}s?(?!\w)")
REPORTED_BEFORE_HINTS = literal_heads("REPORT_BEFORE_VERBS")
# After the month: "that", a colon, the sentence's end, or a verb's particle before it ("teilte ... Ende Mai mit.").
REPORTED_THAT_AFTER_RE = re.compile(
    rf"\s*(?:,\s*)?{phrase_alternation('THAT_WORDS')}(?!\w)"
    rf"|(?:\s+{phrase_alternation('REPORT_VERB_PARTICLES')}(?!\w))?(?:\s*\.|\s*$)|\s*(?P<colon>:)")
# How many words may stand between the verb and the month: who said it, where the verb comes first ("повідомили
# у штабі наприкінці травня", "сообщили в штабе в мае", "teilte der Stab Ende Mai mit", "a indiqué le QG fin mai",
# "said the HQ in May"). Words of letters only: no figure, no punctuation, no "that" opening a clause of its own;
# and then no colon after the month ("повідомив про рекорд у травні: ..." announces May's figure). The HQ's full
# name (HQ_FULL_NAMES, longer than four words) counts as one word. A comma before the month ("повідомили у
# штабі, наприкінці травня") is the group "comma": the month may date either, the caller's doubt.
REPORT_BEFORE_GAP_WORDS = 4
_GAP_WORD = (rf"\s+(?:{phrase_alternation('HQ_FULL_NAMES')}(?!\w)"
             rf"|(?!{phrase_alternation('THAT_WORDS')}(?!\w))[^\W\d_][\w'’-]*)")
REPORTED_BEFORE_RE = re.compile(
    rf"{phrase_gate('REPORT_BEFORE_VERBS')}(?<!\w){phrase_alternation('REPORT_BEFORE_VERBS')}"
    rf"(?P<gap>(?:{_GAP_WORD}){{0,{REPORT_BEFORE_GAP_WORDS}}}?)(?P<comma>\s*,)?\s+"
    rf"(?:{phrase_alternation('IN_WORDS')}\s+)?(?:{phrase_alternation('MONTH_PART_WORDS')}[\s-]+)?$"
)
# "than the previous month": the anchor of a month-over-month change without a month name.
PREV_MONTH_ANCHOR_RE = re.compile(r"(?<!\w)" + phrase_alternation("PREV_MONTH_PHRASES") + r"(?!\w)")
# A day number right before a month name ("4 лютого", "9-го січня", "4 February") and right after
# an English one ("February 4", not "February 7,912").
_DAY_SUFFIXES_BEFORE = phrase_alternation("DAY_SUFFIXES_BEFORE_MONTH")
DAY_BEFORE_RE = re.compile(
    rf"(?<![\w.,])(?:[012]?\d|3[01])(?:{phrase_alternation('DAY_ENDINGS')}|\.|{_DAY_SUFFIXES_BEFORE})?\s+"
    rf"(?:{phrase_alternation('DAY_MONTH_LINK_WORDS')}\s+)?$")
DAY_AFTER_RE = re.compile(
    rf"\s+(?:[012]?\d|3[01]){phrase_alternation('DAY_SUFFIXES_AFTER_MONTH')}?(?![\d,.]\d|\s\d{{3}}|\w)")
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
MONTH_HINT_RE = re.compile(_alternation(_month_hints()))  # a prefix tree: one pass over the text, fast
# The year a date may carry: "9 січня 2024 року", "January 9, 2024".
DATE_YEAR_RE = re.compile(rf",?\s+{_YEAR_LINK}(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{_YEAR_WORD})?")
# Four-digit years that are not counts: "2025 року", "у 2024 році", "in 2024".
YEAR_RE = re.compile(
    rf"(?=[12])(?<![\w.,])(?P<year>(?:19|20)\d\d)(?![\d,.]\d)(?:\s*{_YEAR_WORD})?"
)

# Words before a month or year that say what role it plays in the sentence.
ROLE_COMPARE_RE = re.compile(
    r"(?<!\w)" + phrase_alternation("COMPARE_WORDS")
    # an editor's aside may stand between: "ніж [у середньому] 2022 року"
    + r"\s+(?:[\[(][^\])]{1,20}[\])]\s+)?(?:" + phrase_alternation("COMPARED_LINK_WORDS") + r"\s+)?$"
)
# "more than doubled the monthly figures of February", "перевищила показники лютого": the month compared with.
ROLE_COMPARED_FIGURE_RE = re.compile(
    rf"(?<!\w){phrase_alternation('MULTIPLE_WORDS')}\s+(?:\S+\s+){{0,3}}?{phrase_alternation('FIGURE_NOUNS')}"
    rf"\s+(?:{phrase_alternation('FIGURE_OF_WORDS')}\s+)?$"
)
ROLE_NEGATED_RE = re.compile(
    rf"{phrase_gate('NOT_WORDS')}(?<!\w){phrase_alternation('NOT_WORDS')}\s+(?:{phrase_alternation('PERIOD_PREPOSITIONS')}\s+)?$"
)
ROLE_START_RE = re.compile(
    r"(?<!\w)" + phrase_alternation("START_WORDS") + rf"\s+(?:{phrase_alternation('START_NOUNS')}\s+)?$"
)
ROLE_START_WORD_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(phrases_of("LAUNCH_WORDS") + phrases_of("START_VERBS")) + r")\W+(?:\w+\W+){0,3}$"
)
# "since the start of the I Want to Live project in September", "з початку роботи проєкту у вересні": the
# month the count starts from (searched further back than the other roles: a project's name may stand between).
ROLE_SINCE_START_RE = re.compile(
    rf"(?<!\w){phrase_alternation('SINCE_START_PHRASES')}"
    r"\W+(?:[\w'’-]+\W+){0,8}$"
)
ROLE_SINCE_START_HINTS = literal_heads("SINCE_START_PHRASES")
ROLE_AS_OF_RE = re.compile(
    r"(?<!\w)" + phrase_alternation("UNTIL_WORDS") + r"\s+(?:" + phrase_alternation("AS_OF_PART_PHRASES") + r")?$"
)

# --- numbers ---------------------------------------------------------------------------------

_SCALE = rf"{phrase_alternation('SCALE_WORDS')}(?![\w])"
# A request noun written onto the number ("9243звернення"): the number still ends there.
_GLUED_NOUN = phrase_alternation("GLUED_NOUN_STEMS")
_SEPARATORS = "".join(sorted({sep for lang in LANGUAGES for sep in lang.THOUSANDS_SEPARATORS if sep}))
_SEP = "[" + re.escape(_SEPARATORS) + "]"
# Digits: "8 548" (any space), "8,548", "8548", "8,5 тис.", "3.2 тыс.", "2 тисячі 500"; not either side of an
# apostrophe ("9’243", a separator this reader does not take: its halves are no counts).
DIGIT_NUMBER_RE = re.compile(
    r"(?=\d)(?<![\w.,/#№+:–-])(?<![\d] )(?<!\d\n)(?<!\d \n)(?<!\d['’ʼ`])(?<!" + _MARK + r")"
    r"(?P<int>\d{1,3}(?:(?P<sep>" + _SEP + r")\d{3})(?:(?P=sep)\d{3})*(?![\d])|\d+)"
    r"(?:(?P<dec>[.,]\d{1,2})(?=\s*" + _SCALE + r"))?"
    r"(?:\s*(?P<scale>" + _SCALE + r")(?:\s+(?P<rest>\d{1,3})(?![\d,.:/]|\s\d))?)?"
    r"(?![\d]|[.,]\d|:\d|/|['’ʼ`]\d|" + _MARK + r"|(?!" + _GLUED_NOUN + r")\w)"
)
# The same, also with a separator of two spaces ("9  243": a space and a no-break space); used only
# for a post that has a double space.
DIGIT_NUMBER_WIDE_RE = re.compile(
    r"(?=\d)(?<![\w.,/#№+:–-])(?<![\d] )(?<!\d\n)(?<!\d \n)(?<![\d]  )(?<!\d['’ʼ`])(?<!" + _MARK + r")"
    r"(?P<int>\d{1,3}(?:(?P<sep>" + _SEP + r"|  )\d{3})(?:(?P=sep)\d{3})*(?![\d])|\d+)"
    r"(?:(?P<dec>[.,]\d{1,2})(?=\s*" + _SCALE + r"))?"
    r"(?:\s*(?P<scale>" + _SCALE + r")(?:\s+(?P<rest>\d{1,3})(?![\d,.:/]|\s\d))?)?"
    r"(?![\d]|[.,]\d|:\d|/|['’ʼ`]\d|" + _MARK + r"|(?!" + _GLUED_NOUN + r")\w)"
)

UNIT_VALUES: dict[str, float] = {word: value for lang in LANGUAGES for word, value in lang.NUMBER_WORDS.items()}
_ONE_AND_HALF: dict[str, float] = {word: value for lang in LANGUAGES for word, value in lang.ONE_AND_A_HALF.items()}
_HALF_TAIL = phrase_alternation("HALF_TAIL_PHRASES")
_WORD_SCALE = phrase_alternation("SCALE_WORDS") + r"(?!\w)"
_HUNDREDS = frozenset(phrases_of("HUNDRED_WORDS"))
_UNIT_ALT = _alternation(list(UNIT_VALUES) + list(_ONE_AND_HALF) + list(_HUNDREDS))
# "two and a half", "treinta y cinco mil", "vinte e seis mil": the word joining number words
_NUMBER_AND = phrase_alternation("NUMBER_AND_WORDS")
# A space before the thousands word, or none where a language writes it onto the number ("dreitausend", "tremila")
_BEFORE_SCALE = (rf"(?:\s+|(?={phrase_alternation('GLUED_SCALE_WORDS')}(?![\w'])))" if phrases_of("GLUED_SCALE_WORDS")
                 else r"\s+")
# Number words: "дві з половиною тисячі", "півтори тисячі", "three thousand", "тисячу", "дві тисячі п'ятсот",
# "two and a half thousand", "dreitausend", "veintiséis mil". Word numbers below a thousand are not read: in these
# posts they count weeks and times, not requests.
WORD_NUMBER_RE = re.compile(
    rf"(?<![\w'])(?P<words>(?:(?:{_UNIT_ALT})(?:-|\s+(?:{_NUMBER_AND}\s+)?))*(?:{_UNIT_ALT})(?:\s+{_HALF_TAIL})?)"
    rf"{_BEFORE_SCALE}(?P<scale>{_WORD_SCALE})(?:\s+(?P<rest>(?:(?:{_UNIT_ALT})(?:\s+|(?![\w'])))+|\d{{1,3}}(?![\d,.])))?(?![\w'])"
    # A bare "тисячу" is "a thousand" only without a number before it: "31 тисячу" is 31,000.
    rf"|(?<![\w'])(?<!\d\s)(?P<bare>{phrase_alternation('A_THOUSAND_WORDS')})(?![\w'])"
)
UNIT_WORDS = frozenset(w for w in list(UNIT_VALUES) + list(_ONE_AND_HALF) if w != "a")
_HALF_RE = re.compile(phrase_alternation("HALF_WORDS"))
_WORD_TOKEN_RE = re.compile(rf"(?<![\w'])(?:{_UNIT_ALT}|{phrase_alternation('HALF_WORDS')})(?![\w'])")


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
        elif token in _HUNDREDS:
            total = (total or 1) * 100
        elif _HALF_RE.fullmatch(token):
            total += 0.5
        else:
            total += UNIT_VALUES[token]
        seen = True
    return total if seen else None
