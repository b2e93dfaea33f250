"""Whose count is it: the tracked series a count of a sentence belongs to (`series_for`), from the names in
its sentence, the post's names before it, and the look-alike bodies around it."""

from __future__ import annotations

import re

from hotline.extract import lexicon as lx
from hotline.extract.measure import alternates, clause_of
from hotline.extract.pieces import Post, Sentence

# "nicht an die Hotline „Ich will leben“": the denial stands this close before the series' name.
NEGATED_NAME_WINDOW = 40


def _names_another_count(post: Post, sent: Sentence, pos: int, named_at: int) -> bool:
    """Is the series named after the count at `pos` in a later clause that has a count of its own ("у
    травні до проєкту звернулися 12 320 разів, а загалом гаряча лінія «Хочу жити» отримала понад 50 тисяч")?"""
    clause = clause_of(post.low, sent, named_at)
    own = next((n for n in sent.numbers if named_at < n.start < clause[1]), None)
    if pos >= clause[0] or own is None:
        return False
    # "В квітні надійшло 10 900 заявок, а з початку роботи проєкту «Хочу знайти» — 110 000": the later clause
    # shares the first's verb (only a dash between the name and its figure), so it shares its subject too
    name = post.cfg.series_re.match(post.low, named_at)
    return name is None or lx.ELLIPTIC_NAME_GAP_RE.fullmatch(post.low, name.end(), own.start) is None


def _series_named_in(post: Post, sent: Sentence, pos: int, clause: tuple[int, int]) -> tuple[str | None, str | None]:
    """`series_for` in a sentence that names a series or a look-alike: the name nearest before the count
    (else the first after it), unless another body's topic stands between or after."""
    topic = post.cfg.topic_re
    if len({s for _, s in sent.mentions}) > 1 and not alternates(sent, pos):
        return None, "series_ambiguous"
    before = [(p, s) for p, s in sent.mentions if p < pos]
    if before:
        named_at, series = before[-1]
    else:
        named_at, series = next((p, s) for p, s in sent.mentions if p > pos)
        if _names_another_count(post, sent, pos, named_at):
            return None, "series_ambiguous"
    if series and lx.NEGATED_NAME_BEFORE_RE.search(post.low, max(sent.start, named_at - NEGATED_NAME_WINDOW), named_at):
        return None, "series_negated"  # "5,000 calls ..., not to the I Want to Live line": whose, the text denies
    if not series or topic is None or not post.in_sentence(topic, sent):
        return series or None, None  # (the sentence's first topic match is searched once, then cached)
    if topic.search(post.low, pos, clause[1]):
        return None, None
    if before and topic.search(post.low, named_at, pos):
        # "Like I Want to Find, the Red Cross gets thousands of requests: 5,200 in May": the body named
        # between the series and the count is the count's
        return None, None
    if not before and topic.search(post.low, clause[0], pos):
        # "The Red Cross received 3,000 ..., while I Want to Find received 8,548": the first is theirs
        return None, None
    return series, None


def _pronoun_for_another_body(post: Post, sent: Sentence, pos: int,
                              topic: re.Pattern[str]) -> bool:
    """ "The Red Cross runs a similar service. It received 5,000 requests in May": a pronoun after a sentence
    about another body, which names no series, refers to that body."""
    previous = post.previous(sent)
    return (previous is not None and not previous.mentions and post.before(lx.PRONOUN_SUBJECT_RE, sent, pos)
            and topic.search(post.low, previous.start, previous.end) is not None)


def series_for(post: Post, sent: Sentence, pos: int, clause: tuple[int, int]
               ) -> tuple[str | None, str | None]:
    """(series, None), (None, problem rule) or (None, None) when the count is not ours."""
    if sent.mentions:
        return _series_named_in(post, sent, pos, clause)
    topic = post.cfg.topic_re
    if topic is not None and post.in_sentence(topic, sent):
        return None, None
    if topic is not None and _pronoun_for_another_body(post, sent, pos, topic):
        return None, None
    if len(post.tracked) == 1 and not post.has_distractor:
        return next(iter(post.tracked)), None
    if post.tracked:
        # "the project", with one series named so far: the article's subject (the other comes later, as
        # "A separate hotline, «I Want to Live», ...")
        earlier = [(p, s) for p, s in post.mentions if p < sent.start]
        if len({s for _, s in earlier}) == 1 and earlier[0][1]:
            return earlier[0][1], None
        if (earlier and earlier[-1][1] and post.before(lx.PRONOUN_SUBJECT_RE, sent, pos)
                and (topic is None or not topic.search(post.low, earlier[-1][0], pos))):
            return earlier[-1][1], None  # "«Хочу жити» ... «Хочу знайти» ... . До нього надійшло ...": the last
        return None, "series_ambiguous"
    if post.has_distractor:
        return None, None
    return post.default, None
