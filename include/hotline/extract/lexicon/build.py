"""Building patterns from every language's words (`lang/`): alternations written as prefix trees, the classes'
fragments joined, and the cheap gates derived from them (a first-letter lookahead, the literal heads a post must
hold). Nothing here holds a word of any language."""

from __future__ import annotations

import re

from hotline.extract.lang import LANGUAGES


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


def phrases_of(name: str) -> tuple[str, ...]:
    """The regex fragments every language in `lang/` lists under `name` (e.g. "REQUEST_NOUNS"), in order, once."""
    return tuple(dict.fromkeys(fragment for lang in LANGUAGES for fragment in getattr(lang, name, ())))


def phrase_alternation(name: str) -> str:
    """The languages' fragments for `name` as one group: "(?:заяв...|звернен\\w*|...|requests?|...)"; a class no
    language fills matches nothing ("(?!)"), never the empty string."""
    fragments = phrases_of(name)
    return "(?:" + "|".join(fragments) + ")" if fragments else "(?!)"


def literal_heads_of(lang: object, name: str) -> tuple[str, ...]:
    """`literal_heads` of one language's fragments for `name`."""
    return tuple(dict.fromkeys(_head(fragment) for fragment in getattr(lang, name, ())))


def _head(fragment: str) -> str:
    # up to the first regex construct, a space included ("in\s+media": "in"): a text's spaces vary
    head = re.match(r"[^\\()\[\]?*+{|.^$ ]*", fragment).group()  # type: ignore[union-attr]
    if fragment[len(head) : len(head) + 1] == "|":
        return ""  # "ab|cd": two fragments in one, no head both hold
    if fragment[len(head) : len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]  # "récords?": the "s" may be absent
    if len(head) >= 3:
        return head
    longest = _longest_literal(fragment)  # "на\s+першому\s+місці": "першому" lets fewer posts through than "на"
    return longest if len(longest) > len(head) else (head if len(head) >= 2 else "")


def _longest_literal(fragment: str) -> str:
    """The longest run of plain letters every match of `fragment` holds: outside any group or class, not made
    optional by a quantifier ("(?:у|в)\\s+минулому\\s+місяці": "минулому"); "" when there is none of two letters
    or the fragment is an alternation at its top."""
    runs, run, depth, i = [], "", 0, 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            runs.append(run)
            run, i = "", i + 2
            continue
        if char == "[":
            runs.append(run)
            run, i = "", fragment.index("]", i + 1) + 1
            continue
        if char in "()":
            runs.append(run)
            run, depth = "", depth + (1 if char == "(" else -1)
        elif depth == 0 and char == "|":
            return ""
        elif depth == 0 and char in "?*{":
            runs.append(run[:-1])
            run = ""
            if char == "{":
                i = fragment.index("}", i)  # "{0,3}": a count, no letters
        elif depth == 0 and char not in "+.^$ ":
            run += char
        elif depth == 0:
            runs.append(run)
            run = ""
        i += 1
    runs.append(run)
    best = max(runs, key=len)
    return best if len(best) >= 2 else ""


def literal_heads(name: str) -> tuple[str, ...]:
    """The letters every fragment for `name` starts with, before its first regex construct: a cheap substring gate
    derived from the data (an empty head, from a fragment that starts with a group, lets every post through)."""
    return tuple(dict.fromkeys(_head(fragment) for fragment in phrases_of(name)))


def word_pattern(name: str, before: str = r"(?<!\w)", after: str = r"(?!\w)") -> str:
    """Every language's fragments for `name` as one pattern of whole words, behind their derived gate."""
    return phrase_gate(name) + before + phrase_alternation(name) + after


def gate_of(*names: str) -> str:
    """`phrase_gate` over the fragments of several classes (a pattern that joins them)."""
    fragments = [f for name in names for f in phrases_of(name)]
    if not fragments or not all(f[:1].isalpha() for f in fragments):
        return ""
    return first_chars(fragments)


def phrase_gate(name: str) -> str:
    """A lookahead on the first letters of the fragments for `name` (see `first_chars`); none if one starts
    with a regex construct rather than a letter."""
    fragments = phrases_of(name)
    if not fragments or not all(f[:1].isalpha() for f in fragments):
        return ""
    return first_chars(fragments)
