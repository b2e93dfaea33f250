"""What the count rules share: pure checks over the scanned `Post` and one number of a sentence (the
qualifier before it, the words after it, rates, hedges, who turned to the project, shares and parts)."""

from __future__ import annotations

import re
from dataclasses import replace

from hotline.extract import lexicon as lx
from hotline.extract.lang import LANGUAGES
from hotline.extract.measure import BARE_SUPERLATIVES, clause_of, in_a_name
from hotline.extract.pieces import Count, Number, Post, Sentence

# How far before a count (in its clause) a hedge word is looked for.
HEDGE_WINDOW = 60
# The longest qualifier before a number ("щонайменше", "more than") is shorter than this.
QUALIFIER_WINDOW = 30
# A word that makes a number no count ("на", "by", "№") stands within this many characters before it.
BAD_BEFORE_WINDOW = 24
# "as expected": "as" stands within this many characters before "expected".
AS_EXPECTED_WINDOW = 8
# "з 10 440 у квітні до 12 320": "from" is looked for this far before a "to"-figure.
FROM_BEFORE_TO_WINDOW = 60
# A rate word right after another number ("about 300 a day — bringing the total to ...") is that number's.
RATE_AFTER_NUMBER_WINDOW = 20
# "3 тис. звернень щомісяця": a rate per month this close after the count (and its noun) is said of it ...
PER_MONTH_AFTER_WINDOW = 24
# ... or this close before it ("щомісячно по півтори тисячі").
PER_MONTH_BEFORE_WINDOW = 8
# "surrendered via the I Want to Live hotline": the hotline is named within this many characters after the verb.
SURRENDERED_VIA_WINDOW = 80
# "1 790 родин, чиї сини в полоні": a surrender word this close before a captivity word makes it the request's.
SURRENDER_BEFORE_CAPTIVITY_WINDOW = 30
# Below this, "N soldiers surrendered via the hotline" counts prisoners; from it up, the press's garbled word for
# the hotline's requests (the real texts: 6,543 and nearly 10,000 "surrendered" were requests; real surrenders
# through the hotline were reported in hundreds).
SURRENDERS_AS_REQUESTS_MIN = 2_000
# Below this, "3-4 тисячі" is no range of counts (a range of counts is one average per month: "1400–1500").
RANGE_LOWER_MIN = 100
# Cheap tests before the patterns they gate: how the text before a number ends.
FROM_ENDINGS = tuple(dict.fromkeys(w for lang in LANGUAGES for w in lang.FROM_WORDS))
TO_ENDINGS = tuple(dict.fromkeys(w for lang in LANGUAGES for w in lang.TO_WORDS))
FROM_OR_TO_ENDINGS = (*FROM_ENDINGS, *TO_ENDINGS)
# "up from 10,440 in April": the start of a change that needs no "to" after its month
FROM_ALONE_ENDINGS = tuple(dict.fromkeys(w for lang in LANGUAGES for w in lang.FROM_ALONE_WORDS))
_SENDER_FROM = frozenset(w for lang in LANGUAGES for w in lang.SENDER_FROM_WORDS)
_PER = frozenset(w for lang in LANGUAGES for w in lang.PER_WORDS)


def qualifier_before(post: Post, sent: Sentence, num: Number) -> tuple[str, int]:
    """The qualifier before the number ("понад", "about") and where the count's phrase starts."""
    window = post.low[max(sent.start, num.start - QUALIFIER_WINDOW) : num.start]
    qual = lx.QUALIFIER_BEFORE_RE.search(window)
    if not qual:
        return "exact", num.start
    return lx.qualifier_of(" ".join(qual.group("q").split())), num.start - (len(window) - qual.start())


def bad_before(post: Post, sent: Sentence, q_start: int, before: str) -> bool:
    """A word right before the number that makes it no count: a change ("на 2 100"), an id, a bound."""
    bad = lx.BAD_BEFORE_RE.search(before, max(0, len(before) - BAD_BEFORE_WINDOW))
    if bad is None:
        return False
    word = bad.group().strip()
    if lx.OF_THEM_RE.fullmatch(word) and month_part(sent, clause_of(post.low, sent, q_start)):
        return False  # "153 000 обращений, из них 8 900 — в ноябре": November's part of the total
    if lx.AGENT_BY_RE.fullmatch(word) and lx.REQUEST_VERB_BEFORE_RE.search(before):
        return False  # "has been contacted by 6,543 Russian soldiers": who turned to it, not a change by
    if word in _SENDER_FROM and lx.REQUESTS_FROM_BEFORE_RE.search(before):
        return False  # "applications from 1,300 Russian servicemen": who sent them (`_counted` checks who)
    return not (word in _PER and per_month_clause(post, sent, q_start))  # "по 3 тис. щомісяця"


def called_wrong(post: Post, sent: Sentence, q_start: int) -> bool:
    """A figure the text calls wrong ("помилково вказано, що ... 9 234", "incorrectly said"), denies
    ("спростували", "— фейк", "denied reports that"), or only expects, wishes or hears of
    ("очікували понад 15 тисяч", "could have received", "нібито", "якщо")."""
    low = post.low
    if post.may(lx.ERRONEOUS_HINTS) and post.before(lx.ERRONEOUS_RE, sent, q_start):
        return True
    if post.may(lx.DENIED_HINTS) and post.in_sentence(lx.DENIED_RE, sent):
        return True
    if post.may(lx.CORRECTED_HINTS) and lx.CORRECTED_AFTER_RE.search(low, q_start, sent.end):
        return True  # "стверджує, що ... лише 500 звернень у січні, але насправді — 8 548": the 500
    if post.may(lx.EXPECTED_HINTS) and post.before(lx.EXPECTED_THAT_RE, sent, q_start):
        return True  # "очікували, що ... надійде 9 243": what was expected, in a clause of its own
    # The hedge stands close before the figure ("очікували понад 15 тисяч", "could have received").
    start = max(clause_of(low, sent, q_start)[0], q_start - HEDGE_WINDOW)
    hedge = lx.HEDGED_RE.search(low, start, q_start)
    while hedge is not None:
        if not (lx.AS_EXPECTED_WORD_RE.match(low, hedge.start(), q_start)
                and lx.AS_EXPECTED_BEFORE_RE.search(low, max(0, hedge.start() - AS_EXPECTED_WINDOW), hedge.start())
                ) and not in_series_name(post, hedge.start()):  # "Ich will leben": a name, not "will"
            return True
        hedge = lx.HEDGED_RE.search(low, hedge.end(), q_start)  # "як і очікувалося": it came true
    return False


def in_series_name(post: Post, pos: int) -> bool:
    """Does a tracked series' name cover `pos` ("Ich will leben", "Je veux vivre")?"""
    return in_a_name(post.low, post.mentions, post.cfg.series_re, pos)


def requests_by_people(post: Post, sent: Sentence, before: str, after: int) -> bool | None:
    """Requests counted by people: those they are about ("запити про 50 тисяч зниклих") or those who sent
    them ("applications from 1,300 Russian servicemen"; "requests from 1,300 regions" counts no request).
    None when the words before the number are neither."""
    low = post.low
    if lx.MISSING_AFTER_RE.match(low, after, sent.end) and lx.REQUESTS_ABOUT_BEFORE_RE.search(before):
        return True
    sent_from = lx.REQUESTS_FROM_BEFORE_RE.search(before)
    if sent_from is not None:
        if lx.COUNT_BEFORE_NOUN_RE.search(before, 0, sent_from.start()):
            return False  # "9 243 звернення від 7 000 родин": the requests are counted already
        return lx.PEOPLE_AFTER_RE.match(low, after, sent.end) is not None
    return None


def people_turning_to(post: Post, sent: Sentence, after: int, before: str) -> bool:
    """ "обратились более 9 тысяч человек", "10,000 families turned to": people who sent requests."""
    people = lx.PEOPLE_AFTER_RE.match(post.low, after, sent.end)
    if people is None:
        return False
    if lx.INTENT_VERB_AFTER_RE.match(post.low, people.end(), sent.end):
        return True  # "понад 25 тисяч окупантів висловили бажання здатися у полон"
    if surrenders_meaning_requests(post, sent, people.end()):
        return True
    captivity = lx.CAPTIVITY_RE.search(post.low, after, sent.end)
    if captivity and not lx.SURRENDER_BEFORE_RE.search(
            post.low, max(after, captivity.start() - SURRENDER_BEFORE_CAPTIVITY_WINDOW), captivity.start()):
        return False  # "1 790 родин, чиї сини в полоні": a subset, not the month's requests
    if lx.REQUEST_VERB_BEFORE_RE.search(before):
        return True
    if lx.KIN_BEFORE_RE.search(before):
        return False  # "родичі 1 790 людей": the number counts someone's kin
    # a series' name between them is one word ("an die Hotline „Ich will leben“ gewandt": not "will")
    verb = lx.PEOPLE_VERB_AFTER_RE.match(post.masked(), people.end(), sent.end)
    # "200 soldati si sono arresi ... dopo aver chiamato la linea": who surrendered, not who wrote
    return verb is not None and lx.SURRENDER_VERB_RE.search(post.low, people.end(), verb.end()) is None


def surrenders_meaning_requests(post: Post, sent: Sentence, after_people: int) -> bool:
    """ "Nearly 10,000 Russian soldiers surrendered via the I Want to Live hotline": the press's garbled word
    for its requests. Real surrenders through it are counted in hundreds ("310 soldiers have surrendered
    through the hotline": prisoners, not requests), so only a figure in the thousands, tied to the hotline."""
    verb = lx.SURRENDERED_AFTER_RE.match(post.low, after_people, sent.end)
    if verb is None:
        return False
    number = next((n for n in reversed(sent.numbers) if n.end <= after_people), None)
    return (number is not None and number.value >= SURRENDERS_AS_REQUESTS_MIN
            and lx.SURRENDERED_VIA_RE.search(post.low, verb.end(), min(sent.end, verb.end() + SURRENDERED_VIA_WINDOW))
            is not None)


def side_of_monthly_change(post: Post, sent: Sentence, num: Number, before: str) -> bool:
    """Is the number one side of a change between two months' figures ("з 10 440 у квітні до 12 320 у
    травні", "up from 10,440 in April"), in a sentence that says the count changed?"""
    low = post.low
    tail = before.rstrip()
    if tail.endswith(FROM_ENDINGS) and lx.FROM_BEFORE_RE.search(before):
        after = lx.FROM_MONTH_TO_AFTER_RE.match(low, num.end) or (
            tail.endswith(FROM_ALONE_ENDINGS) and lx.FROM_MONTH_AFTER_RE.match(low, num.end))
    elif tail.endswith(TO_ENDINGS):
        from_before = lx.TO_AFTER_FROM_BEFORE_RE.search(low, max(sent.start, num.start - FROM_BEFORE_TO_WINDOW),
                                                        num.start)
        after = from_before and lx.FROM_MONTH_AFTER_RE.match(low, num.end)
    else:
        return False
    if not after:
        return False
    return (lx.INCREASE_RE.search(low, sent.start, sent.end) or lx.DECREASE_RE.search(
        low, sent.start, sent.end)) is not None


def rate_of(post: Post, sent: Sentence, q_start: int, after: int) -> re.Match[str] | None:
    """The rate or average word that makes the count a rate ("300 щодня", "в среднем"), if any."""
    if not post.may_rate:
        return None
    low = post.low
    stop = lx.RATE_WINDOW_STOP_RE.search(low, after, sent.end)
    rate = lx.RATE_RE.search(low, after, stop.start() if stop else sent.end)
    if rate is not None:
        return rate
    clause_start = clause_of(low, sent, q_start)[0]
    for rate in lx.RATE_RE.finditer(low, clause_start, q_start):
        # "about 300 a day — bringing the total to 144,138": the rate is of the number right before it
        if not any(n.end <= rate.start() <= n.end + RATE_AFTER_NUMBER_WINDOW for n in sent.numbers if n.end <= q_start):
            return rate
    return None


def as_rate(post: Post, sent: Sentence, count: Count, num: Number, upper: Number | None, q_start: int,
             after: int) -> Count | tuple[str, str]:
    """Settle a count said with a rate: a rate per month is the month's figure, give or take ("по 3 тис.
    звернень щомісяця"); any other rate or average, or a range that is not one a month, is no count.
    Returns the count as settled, or the rule and reason that reject it."""
    rate = rate_of(post, sent, q_start, after)
    if rate is not None and not per_month_of(post, rate, upper or num, q_start):
        return "rate", "a rate or an average (per day, per week, on average)"
    if upper is not None and rate is None:
        return "bad_after", "a range of counts, not a rate per month"
    if rate is not None:
        # "в среднем 1400–1500 обращений в месяц": about the range's lower end
        about = "about" if count.qualifier == "exact" or upper is not None else count.qualifier
        return replace(count, per_month=True, qualifier=about)
    return count


def past_bad_after(post: Post, sent: Sentence, num: Number, after: int) -> tuple[int, Number | None, bool] | None:
    """Where the count's phrase ends, the upper end of its range if it is one, and whether it is a month's
    share of a total before it; None when a word after it makes it no count (an ordinal, an age, a range
    that is not one, "of them" of a subset)."""
    bad_after = lx.BAD_AFTER_RE.match(post.low, after, sent.end)
    if bad_after is None:
        return after, None, False
    upper = range_upper(post, num, after)
    if upper is not None:
        return upper.end, upper, False
    if month_share(post, sent, num, bad_after):
        return bad_after.end(), None, True  # "144,138 requests, 9,243 of them in October": October's own
    return None


def month_share(post: Post, sent: Sentence, num: Number, bad_after: re.Match[str]) -> bool:
    """ "9,243 of them in October", "60,000 requests — 8,548 of them last month", "9 243 из них — в
    октябре": the one month after it is its own, a part of a total said before it, not a subset."""
    if lx.OF_THEM_RE.fullmatch(bad_after.group().strip()) is None:
        return False
    clause_end = clause_of(post.low, sent, num.start)[1]
    months = [r for r in sent.refs if num.end <= r.start < clause_end and r.role == "period" and r.month]
    return len(months) == 1 and any(n.start < num.start for n in sent.numbers)


def range_upper(post: Post, num: Number, after: int) -> Number | None:
    """The upper end of a range of counts right after `num` ("1400–1500", "1,400 to 1,500"): a number of
    the same size (at most half as large again), so "1 400-1 500 обращений в месяц" is one average
    per month, and "3-4 тисячі" or "2023-2024" are not."""
    upper = lx.RANGE_UPPER_RE.match(post.low, after)
    if upper is None or num.value < RANGE_LOWER_MIN:
        return None
    value = float(re.sub(r"\D", "", upper.group("n")))
    return Number(upper.start("n"), upper.end(), value, False) if num.value < value <= 1.5 * num.value else None


def per_month_of(post: Post, rate: re.Match[str], num: Number, q_start: int) -> bool:
    """Is the rate a rate per month, said of this count itself: right after it and its noun ("3 тис.
    звернень щомісяця") or right before it ("щомісячно по півтори тисячі"), not of another figure in the
    clause ("3,000 calls more than doubled the monthly figures of February")?"""
    if not lx.PER_MONTH_RE.fullmatch(rate.group()):
        return False
    return (num.end <= rate.start() <= num.end + PER_MONTH_AFTER_WINDOW
            or q_start - PER_MONTH_BEFORE_WINDOW <= rate.end() <= q_start)


def rate_near(post: Post, pos: int, sent: Sentence) -> bool:
    """A rate word in the clause of `pos` ("рекордна кількість звернень за добу"), not elsewhere in the
    sentence ("a record 3,000 in March, double the monthly average of 2022")."""
    clause = clause_of(post.low, sent, pos)
    return lx.RATE_RE.search(post.low, clause[0], clause[1]) is not None


def per_month_clause(post: Post, sent: Sentence, pos: int) -> bool:
    """Does the clause at `pos` speak of a rate per month ("по 3 тис. звернень щомісяця")?"""
    if not post.may_rate:
        return False
    clause = clause_of(post.low, sent, pos)
    return lx.PER_MONTH_RE.search(post.low, clause[0], clause[1]) is not None


def request_context(post: Post, sent: Sentence, q_start: int, before: str, after: int) -> str | None:
    """The unit ("requests" or "calls") the sentence says a bare number counts, if it does."""
    if before.rstrip().endswith("("):
        # "(1 200)": a breakdown or an aside, unless it restates a count or gives the figure of the words
        # right before it ("кількість звернень у січні (8 548)", "the number of requests (8,548)")
        return "requests" if lx.NUMBER_OF_REQUESTS_BRACKET_RE.search(before) else None
    if post.before(lx.REQUEST_NOUN_RE, sent, q_start):
        return "requests"
    if post.before(lx.CALL_NOUN_RE, sent, q_start):
        return "calls"  # "кількість дзвінків ... перевищила 1 500"
    if not post.has_request_noun():
        return None
    if post.before(lx.ANAPHOR_RE, sent, q_start):
        return "requests"
    if lx.RECEIVED_BEFORE_RE.search(before) and lx.GOES_ON_AFTER_RE.match(post.low, after) and (
            any(p < q_start for p, s in sent.mentions if s) or post.before(lx.PROJECT_WORD_RE, sent, q_start)
            or (post.tracked and post.before(lx.PRONOUN_SUBJECT_RE, sent, q_start))):
        return "requests"
    if month_continues_requests(post, sent, before, after):
        return "requests"
    previous = post.previous(sent)
    if (previous is not None and post.in_sentence(lx.CUMULATIVE_RE, sent)
            and post.in_sentence(lx.REQUEST_NOUN_RE, previous)):
        # "У жовтні ... 9 243 звернення. Загалом надійшло понад 144 тисячі.", "• понад 144 тисячі — з моменту
        # запуску" under a line of requests
        return "requests"
    if before.rstrip().endswith((":", "—", "–")) and post.before(lx.CUMULATIVE_RE, sent, q_start) and any(
            post.in_sentence(lx.REQUEST_NOUN_RE, earlier) for earlier in post.sentences
            if earlier.end <= sent.start):
        return "requests"  # a labelled line under a post about requests: "Total since launch: 144,138"
    if before.rstrip()[-1:] not in ("—", ":", "–"):
        return None
    named = any(p < q_start for p, s in sent.mentions if s)
    return "requests" if named or is_elliptic(post, sent, q_start) else None


def month_continues_requests(post: Post, sent: Sentence, before: str, after: int) -> bool:
    """ "Проєкт отримав 150 210 звернень. Лише у листопаді надійшло 9 870.", "In November alone, 9,870 came
    in": a bare figure received in a sentence that names a month, right after a sentence that counted the
    one tracked series' requests, is that month's count of them."""
    previous = post.previous(sent)
    if len(post.tracked) != 1 or previous is None:
        return False
    if not (lx.RECEIVED_BEFORE_RE.search(before) or lx.ARRIVED_AFTER_RE.match(post.low, after, sent.end)):
        return False
    return (any(r.role == "period" and r.month for r in sent.refs)
            and post.in_sentence(lx.REQUEST_NOUN_RE, previous))


def is_elliptic(post: Post, sent: Sentence, q_start: int) -> bool:
    """ "У жовтні — 9 243.", "Січень: 8 548": only a month and a dash before the number, in its sentence
    or in its clause ("В сентябре — 10 100, в августе — 10 400")."""
    return only_a_month_before(post, sent.start, sent, q_start) or only_a_month_before(post,
        clause_of(post.low, sent, q_start)[0], sent, q_start)


def only_a_month_before(post: Post, start: int, sent: Sentence, q_start: int) -> bool:
    """Is there only one month (and an ellipsis) between `start` and the count's phrase?"""
    head = post.low[start:q_start]
    refs = [r for r in sent.refs if r.role == "period" and r.month and start <= r.start and r.end <= q_start]
    if len(refs) != 1:
        return False
    ref = refs[0]
    rest = head[: ref.start - start] + " " + head[ref.end - start :]
    return lx.ELLIPSIS_REST_RE.fullmatch(rest) is not None


def in_breakdown(post: Post, sent: Sentence, count: Count) -> bool:
    """Is the count one region's share, or a part named by "including" / "the most from" (not a month's part)?"""
    clause = clause_of(post.low, sent, count.num_start)
    # Only the count's clause is searched: a search of the whole post for any place cost more than all of them.
    if lx.BREAKDOWN_PLACE_RE.search(post.text, clause[0], clause[1]):
        return True  # "з Башкортостану надійшло 612 заявок": one region's share
    if (post.may_record and lx.SUPERLATIVE_QUANTITY_RE.search(post.low, sent.start, count.num_start)
            and lx.BREAKDOWN_PLACE_RE.search(post.text, sent.start, sent.end)):
        return True  # "the highest number of requests came from Donetsk, 2,100": the superlative's place's share
    if not post.may_breakdown:
        return False
    for m in lx.BREAKDOWN_RE.finditer(post.low, clause[0], clause[1]):
        if lx.INCLUDING_RE.fullmatch(m.group()) and month_part(sent, clause):
            continue  # "144 000 ..., including 9,243 in October alone": October's own figure
        # "найбільше заявок за місяць" is a record claim; "найбільше — з Бурятії" a breakdown.
        if m.group().split()[0] not in BARE_SUPERLATIVES:
            return True
        if not lx.SUPERLATIVE_SCOPE_RE.search(post.low, clause[0], clause[1]):
            return True
    return False


def month_part(sent: Sentence, clause: tuple[int, int]) -> bool:
    """Is the part the figure of the one month its clause names, within a running total before it?"""
    months = [r for r in sent.refs if clause[0] <= r.start < clause[1] and r.role == "period" and r.month]
    return len(months) == 1 and any(n.start < clause[0] for n in sent.numbers)
