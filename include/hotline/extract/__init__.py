"""Read facts about the hotlines' monthly request counts out of one post's text.

`extract_facts` is a pure function: text in, `Extraction` out. It is built for precision: a
number becomes a fact only when the text says what it counts (requests), for which series and
for which period; anything less either yields nothing or, when the post names a tracked
series, a `Problem` that sends the post to quarantine with the reason.

How a post is read:
1. The text is normalised to a same-length lower-case copy, so every match's offsets are also
   offsets into the original text and evidence is always an exact substring.
2. Series names (from `series.toml`), dates, years, month references, percents and numbers are
   found once for the whole post, then grouped by sentence.
3. A number counts requests only with a request noun after it ("8 548 заявок"), or a request
   noun before it and nothing but punctuation or a preposition after ("кількість заявок
   сягнула 9 243 у жовтні"), or "them" pointing back to requests ("У лютому їх було 7912").
   People who turn to the project count too ("звернулися понад 10 тисяч родин"), and calls for a
   hotline whose requests are calls (`counts_calls` in series.toml).
   Rates, multipliers, corrections, figures the text calls wrong, denies, only expects or imagines
   ("спростували", "очікували", "could have", "якби не"), one region's share, subsets, ages,
   ordinals and ranges are dropped (a range is read only as a monthly average: "в среднем 1400–1500
   обращений в месяц", about its lower end).
4. Each count is placed: a month in its clause (or in a head clause: "In October, ...") ->
   `monthly_count`; a year or the first year of work -> `period_total`; a running-total marker
   ("загалом", "since launch") -> `cumulative_total`. A month still running at publication ("вже",
   "this month"), part of a month ("перший тиждень"), a range ("травні-червні") or a month that
   dates a report ("У жовтні штаб повідомив, що ...", "reported in May that", "in a May statement")
   is not the figure's month. A month beside "торік" / "в прошлом году" / "last year" is of the
   year before; set off by commas ("Last year, in May, ...") it is left unread. A count in the
   future tense ("отримає", "will receive") or that others only expected is a forecast.
5. Percent changes need a direction and the previous month as anchor (or the figures of two months in a
   row that bear them out); record claims attach to the one monthly count of their sentence, or of the
   month named in the claim's own clause, or of the sentence before ("Це рекорд").
6. Facts are de-duplicated; contradicting values for one period drop out as a problem.
"""

from __future__ import annotations

from datetime import datetime

from hotline.extract import lexicon as lx
from hotline.extract.config import reader_config
from hotline.extract.pieces import Post
from hotline.extract.reader import read_post
from hotline.extract.scan import find_mentions
from hotline.months import month_number
from hotline.records import Extraction, Fact, Problem
from hotline.series import load_series_config

__all__ = ["explain", "extract_facts", "load_series_config"]

_EMPTY = Extraction()
# Telegram caps a post at 4,096 characters; feeds and imports do not. Past this, a post is read only in part
# (and says so): reading stays linear, but a 1 MB "post" is no report.
MAX_TEXT_CHARS = 100_000


def extract_facts(text: str, published_at: datetime, post_id: str, *, channel: str = "") -> Extraction:
    """Read the facts a post states about the tracked hotlines' request counts.

    `published_at` (timezone-aware) resolves months named without a year and "last month".
    `channel` names where the post came from: on a project's own channel (see `series.toml`)
    an unnamed "the project" means that project. Returns facts in order of appearance, without
    duplicates, each with its evidence (an exact substring of `text`), and problems for counts
    of a named series that could not be read with confidence.
    """
    cut = len(text) > MAX_TEXT_CHARS
    post = _post(text[:MAX_TEXT_CHARS] if cut else text, published_at, post_id, channel)
    if isinstance(post, str):
        result = _EMPTY
    else:
        result = read_post(post).extraction
        if post.text is not text:  # cut, or invisible characters removed: quote the text as given
            result = _in_original(result, post.text, text)
    if cut:
        result = Extraction(result.facts, (*result.problems, Problem(
            post_id, "extract", "text_truncated",
            f"only the first {MAX_TEXT_CHARS:,} of {len(text):,} characters were read", text[:160])))
    return result


def _in_original(result: Extraction, read: str, text: str) -> Extraction:
    """Evidence is quoted from the text as given, not from its cleaned copy."""
    offsets = lx.original_offsets(text[:MAX_TEXT_CHARS], read)

    def quote(evidence: str) -> str:
        start = read.find(evidence)
        if start < 0 or not evidence:
            return evidence
        return text[offsets[start] : offsets[start + len(evidence) - 1] + 1]

    def quoted(facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
        return tuple(Fact(f.post_id, f.series, f.kind, f.period, f.value, f.qualifier, quote(f.evidence))
                     for f in facts)

    problems = tuple(Problem(p.post_id, p.stage, p.rule, p.message, quote(p.evidence), p.series, p.period)
                     for p in result.problems)
    return Extraction(quoted(result.facts), problems, quoted(result.restatements))


def explain(text: str, published_at: datetime, post_id: str, *, channel: str = "") -> str:
    """What `extract_facts` decides for each number of a post, and which rule decided it, as text.

    The same reading, with its notes: for whoever tunes the rules, and for a
    reviewer asking why a post was quarantined.
    """
    post = _post(text[:MAX_TEXT_CHARS], published_at, post_id, channel)
    head = f"post {post_id} (published {published_at.isoformat()}{', channel ' + channel if channel else ''})"
    if isinstance(post, str):
        return f"{head}: not read: {post}\n"
    read = read_post(post)
    result = read.extraction
    lines = [head]
    by_number: dict[int, list[str]] = {}
    for pos, rule, message in read.notes:
        said = by_number.setdefault(pos, [])
        if f"[{rule}] {message}" not in said:  # a part's reading looks at its whole again: say it once
            said.append(f"[{rule}] {message}")
    numbers = sorted({n.start: n for s in read.post.sentences for n in s.numbers}.values(), key=lambda n: n.start)
    for number in numbers:
        shown = " ".join(text[number.start : number.end].split())
        steps = by_number.get(number.start) or ["[skipped] not reached (its sentence names no count)"]
        lines.append(f"  {shown!r} at {number.start}: " + " -> ".join(steps))
    if not numbers:
        lines.append("  no number outside dates, years and percents")
    for fact in result.facts:
        lines.append(f"  fact: {fact.series} {fact.kind} {fact.period} {fact.value:g} ({fact.qualifier})")
    for fact in result.restatements:
        lines.append(f"  restated: {fact.series} {fact.kind} {fact.period} {fact.value:g} ({fact.qualifier}),"
                     " the same fact in another form (not stored)")
    for problem in result.problems:
        lines.append(f"  quarantined ({problem.rule}): {problem.message}")
    return "\n".join(lines) + "\n"


def _only_project_then(low: str, published_at: datetime) -> str | None:
    """The series a post means by "the project" or "the hotline" without naming it: the one series at work
    when it was published, if only one was, and only if the post speaks of a project or hotline and of its
    subject, or quotes its spokesperson. With both at work, the one whose subject alone the post speaks
    of (soldiers surrendering, or relatives of the missing)."""
    cfg = reader_config()
    only = cfg.only_series_by(published_at.date())
    project_word = lx.any_hint(low, lx.PROJECT_WORD_HINTS) and lx.PROJECT_WORD_RE.search(low) is not None
    if only is None:
        if project_word and lx.PROJECT_SUBJECT_RE.search(low) and (
                lx.REQUEST_NOUN_RE.search(low) or lx.CALL_NOUN_RE.search(low)):
            return cfg.series_by_subject(low)
        return None
    spokesperson = cfg.spokespeople_re is not None and cfg.spokespeople_re.search(low) is not None
    if project_word:
        return only if spokesperson or lx.PROJECT_SUBJECT_RE.search(low) else None
    # no project named, but its spokesperson quoted about requests: "в березні ми зафіксували ... звернень"
    return only if spokesperson and lx.REQUEST_NOUN_RE.search(low) else None


def _post(text: str, published_at: datetime, post_id: str, channel: str) -> Post | str:
    """The post to read (its text normalised, its series names found), or why it is not read at all."""
    if not text or not (lx.DIGIT_HINT_RE.search(text) or lx.THOUSAND_WORD_HINT_RE.search(text)):
        return "no number in it"
    cfg = reader_config()
    low = lx.normalize(text)
    if not lx.is_plain(low):
        # Characters no reader sees ("8\u200f548"): read the text without them, so they cannot split a number.
        text = lx.visible(text)
        low = lx.normalize(text)
    default = cfg.channel_default.get(channel.lower().lstrip("@")) if channel else None
    first = 0
    if default is None:
        name = cfg.series_re.search(low)
        if name is None:
            default = _only_project_then(low, published_at)
            if default is None:
                return "names no tracked series (and its channel is not a project's own)"
        else:
            first = name.start()  # the scan for all names can start here
    mentions = find_mentions(cfg, text, low, first)
    tracked = frozenset(s for _, s in mentions if s)
    has_distractor = any(not s for _, s in mentions)
    if not tracked and (default is None or has_distractor):
        return "names a tracked series only as a phrase, or a look-alike project"
    pub_index = month_number(published_at.year, published_at.month)
    gates = (lx.any_hint(low, lx.RATE_HINTS), lx.any_hint(low, lx.RECORD_HINTS), lx.any_hint(low, lx.BREAKDOWN_HINTS))
    return Post(text, low, published_at, pub_index, post_id, default, cfg, mentions, tracked, has_distractor, *gates)
