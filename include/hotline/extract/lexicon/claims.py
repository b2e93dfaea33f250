"""Record claims, and figures the text calls wrong, denies, expects or hedges."""

from __future__ import annotations

import re

from hotline.extract.lexicon.build import literal_heads, phrase_alternation, phrase_gate, word_pattern

# Record claims.
RECORD_RE = re.compile(
    phrase_gate("RECORD_PHRASES") + r"(?<!\w)" + phrase_alternation("RECORD_PHRASES") + r"(?!\w)"
)
SUPERLATIVE_RE = re.compile(word_pattern("SUPERLATIVE_WORDS"))
SUPERLATIVE_SCOPE_RE = re.compile(word_pattern("SUPERLATIVE_SCOPE_WORDS"))
RECORD_NEGATION_RE = re.compile(word_pattern("RECORD_NEGATIONS"))
# A superlative said of a quantity with no scope word ("die höchste Zahl", "the highest number", "найбільша
# кількість"): a record claim only beside a month's one figure (`claims.bare_superlative`), unless a unit of time
# limits it ("the highest in three months", "die höchste Zahl in diesem Jahr").
SUPERLATIVE_QUANTITY_RE = re.compile(
    rf"{phrase_gate('SUPERLATIVE_WORDS')}(?<!\w){phrase_alternation('SUPERLATIVE_WORDS')}\s+"
    rf"{phrase_alternation('QUANTITY_NOUNS')}(?!\w)")
# What may follow such a superlative in an apposition that ends the sentence: nothing, or its requests ("— the
# highest number of requests", "– die höchste Zahl an Anfragen"), never a verb of its own ("die höchste Zahl kam
# aus Donezk": a breakdown).
SUPERLATIVE_TAIL_RE = re.compile(
    rf"(?:\s+(?:[^\W\d_]+\s+)?{phrase_alternation('REQUEST_NOUNS')}(?!\w))?[\s.!…\"'»”)]*")
SUPERLATIVE_LIMIT_RE = re.compile(
    rf"(?<!\w)(?:{phrase_alternation('YEAR_NOUNS')}|{phrase_alternation('MONTH_UNITS')}|{phrase_alternation('WEEK_UNITS')}"
    rf"|{phrase_alternation('DAY_UNITS')}|{phrase_alternation('SPAN_UNIT_WORDS')})(?!\w)")
# What may stand between a record word and the series' name it belongs to: a hyphen, a space, a possessive
# ("the hotline's record").
RECORD_BESIDE_RE = re.compile(rf"[\s-]*(?:{phrase_alternation('POSSESSIVE_ENDINGS')}\s*)?")

# "до 9 243" is "up to" unless a verb of change stands before it ("зросла до 9 243": rose to; "rose by 22% to").
CHANGE_VERB_BEFORE_TO_RE = re.compile(word_pattern("CHANGE_TO_PHRASES", after=r"\s*$"))
# A figure the text itself calls wrong: "помилково вказано, що ...", "incorrectly said".
ERRONEOUS_RE = re.compile(word_pattern("ERRONEOUS_WORDS"))
ERRONEOUS_HINTS = literal_heads("ERRONEOUS_WORDS")
# A figure the sentence denies, wherever the denial stands: "У штабі спростували, що ...", "— фейк",
# "denied reports that", "не відповідає дійсності"; and counterfactuals: "Якби не блокування, ... понад 15 тисяч".
DENIED_RE = re.compile(word_pattern("DENIAL_WORDS"))
DENIED_HINTS = literal_heads("DENIAL_WORDS")
# A figure the same sentence then corrects: "..., але насправді — 8 548", "but in fact", "на самом деле".
CORRECTED_AFTER_RE = re.compile(word_pattern("CORRECTION_PHRASES"))
CORRECTED_HINTS = literal_heads("CORRECTION_PHRASES")
# Words before a count in its clause that make it a wish, a forecast (the future tense of a count), a condition or
# a hearsay claim, not a stated figure: "очікували понад 15 тисяч", "could have received", "нібито", "якщо".
HEDGED_RE = re.compile(word_pattern("HEDGE_WORDS", before=r"(?<![\w'])", after=r"(?![\w'])"))
_THAT = phrase_alternation("THAT_WORDS")
# What someone expects or plans, in a clause of its own: "У штабі очікували, що у жовтні надійде 9 243".
EXPECTED_THAT_RE = re.compile(word_pattern("EXPECT_WORDS", after=rf"\s*,?\s*{_THAT}(?!\w)"))
EXPECTED_HINTS = literal_heads("EXPECT_WORDS")
# "як і очікувалося", "как и ожидалось", "as expected": the figure came true, so the word does not hedge it
# (unless a clause of what was expected follows: "як і очікувалося, що ...", "as expected to").
AS_EXPECTED_BEFORE_RE = re.compile(rf"(?<!\w){phrase_alternation('AS_WORDS')}\s+$")
AS_EXPECTED_WORD_RE = re.compile(
    rf"{phrase_alternation('EXPECTED_PARTICIPLES')}"
    rf"(?!\s*,?\s*(?:{_THAT}|{phrase_alternation('EXPECTED_AFTER_WORDS')})(?!\w))"
)
