"""Counting: is a number a count of requests (or calls), and with which qualifier?"""

from __future__ import annotations

import re
from dataclasses import replace

from hotline.extract import lexicon as lx
from hotline.extract.lang import LANGUAGES
from hotline.extract.measure import clause_of, ends_with_to, in_a_name, is_change_to, names_as_words, restates
from hotline.extract.pieces import Count, Number, Sentence

# How far before a count (in its clause) a hedge word is looked for.
HEDGE_WINDOW = 60
# Below this, "N soldiers surrendered via the hotline" counts prisoners; from it up, the press's garbled word for
# the hotline's requests (the real texts: 6,543 and nearly 10,000 "surrendered" were requests; real surrenders
# through the hotline were reported in hundreds).
SURRENDERS_AS_REQUESTS_MIN = 2_000
# Cheap tests before the patterns they gate: how the text before a number ends.
_FROM_ENDINGS = tuple(dict.fromkeys(w for lang in LANGUAGES for w in lang.FROM_WORDS))
_TO_ENDINGS = tuple(dict.fromkeys(w for lang in LANGUAGES for w in lang.TO_WORDS))
_FROM_OR_TO_ENDINGS = (*_FROM_ENDINGS, *_TO_ENDINGS)
_SENDER_FROM = frozenset(w for lang in LANGUAGES for w in lang.SENDER_FROM_WORDS)
_PER = frozenset(w for lang in LANGUAGES for w in lang.PER_WORDS)
# the last word of every "including" and "of them" phrase
_INCLUDING_ENDINGS = tuple(dict.fromkeys(re.split(r"\\s\+", p)[-1] for lang in LANGUAGES
                                         for p in (*lang.INCLUDING_WORDS, *lang.OF_THEM_WORDS)))


class Counting:
    """Decides whether a number counts requests (a mixin of `PostReader`)."""

    # -- counts -------------------------------------------------------------------------------

    def request_count(self, sent: Sentence, num: Number) -> Count | None:
        """The number as a request count, or None if the text does not say it counts requests."""
        low = self.low
        qualifier, q_start = self._qualifier_before(sent, num)
        before = low[max(sent.start, q_start - 40) : q_start]
        if before.rstrip().endswith(_FROM_OR_TO_ENDINGS) and self._month_to_month(sent, num, before):
            # "зросла з 10 440 у квітні до 12 320 у травні": each is its month's figure
            count = self._counted(sent, num, q_start, num.end, "", qualifier)
            if count is not None:
                self.note(num.start, "counts", f"counts {count.unit}, one side of a change from month to month")
                return count
        if self._bad_before(sent, q_start, before):
            return self.rejected(num, "bad_before", "a word before it makes it no count (a change, an id, a bound)")
        if ends_with_to(before) and not is_change_to(before):
            return self.rejected(num, "bound", "'up to' (in the text's language) before it: a bound, not a count")
        after = num.end
        post = lx.QUALIFIER_AFTER_RE.match(low, after)
        if post:
            qualifier, after = "over", post.end()
        past = self._past_bad_after(sent, num, after)
        if past is None:
            return self.rejected(num, "bad_after", "an ordinal, an age, a range or 'of them' after it")
        after, upper, share = past
        count = self._counted(sent, num, q_start, after, before, qualifier)
        if count is None:
            return self.rejected(num, "not_requests", "the text does not say it counts requests")
        count = replace(count, share=share) if share else count
        # The rate check is the dearest, so it runs only on numbers that look like counts.
        rated = self._as_rate(sent, count, num, upper, q_start, after)
        if isinstance(rated, tuple):
            return self.rejected(num, *rated)
        count = rated
        if self._called_wrong(sent, q_start):
            return self.rejected(num, "not_stated", "called wrong, denied, expected, hedged or hypothetical")
        if self.notes is not None:
            how = "a request noun beside it" if count.strong else "the sentence speaks of requests"
            self.note(num.start, "counts", f"counts {count.unit} ({how}), qualifier {count.qualifier}")
        return count

    def _qualifier_before(self, sent: Sentence, num: Number) -> tuple[str, int]:
        """The qualifier before the number ("понад", "about") and where the count's phrase starts."""
        window = self.low[max(sent.start, num.start - 30) : num.start]  # the longest qualifier is shorter
        qual = lx.QUALIFIER_BEFORE_RE.search(window)
        if not qual:
            return "exact", num.start
        return lx.qualifier_of(" ".join(qual.group("q").split())), num.start - (len(window) - qual.start())

    def _bad_before(self, sent: Sentence, q_start: int, before: str) -> bool:
        """A word right before the number that makes it no count: a change ("на 2 100"), an id, a bound."""
        bad = lx.BAD_BEFORE_RE.search(before, max(0, len(before) - 24))
        if bad is None:
            return False
        word = bad.group().strip()
        if lx.OF_THEM_RE.fullmatch(word) and self._month_part(sent, clause_of(self.low, sent, q_start)):
            return False  # "153 000 обращений, из них 8 900 — в ноябре": November's part of the total
        if word == "by" and lx.REQUEST_VERB_BEFORE_RE.search(before):
            return False  # "has been contacted by 6,543 Russian soldiers": who turned to it, not a change by
        if word in _SENDER_FROM and lx.REQUESTS_FROM_BEFORE_RE.search(before):
            return False  # "applications from 1,300 Russian servicemen": who sent them (`_counted` checks who)
        return not (word in _PER and self._per_month_clause(sent, q_start))  # "по 3 тис. щомісяця"

    def _called_wrong(self, sent: Sentence, q_start: int) -> bool:
        """A figure the text calls wrong ("помилково вказано, що ... 9 234", "incorrectly said"), denies
        ("спростували", "— фейк", "denied reports that"), or only expects, wishes or hears of
        ("очікували понад 15 тисяч", "could have received", "нібито", "якщо")."""
        low = self.low
        if self.may(lx.ERRONEOUS_HINTS) and self.before(lx.ERRONEOUS_RE, sent, q_start):
            return True
        if self.may(lx.DENIED_HINTS) and self.in_sentence(lx.DENIED_RE, sent):
            return True
        if self.may(lx.CORRECTED_HINTS) and lx.CORRECTED_AFTER_RE.search(low, q_start, sent.end):
            return True  # "стверджує, що ... лише 500 звернень у січні, але насправді — 8 548": the 500
        if self.may(lx.EXPECTED_HINTS) and self.before(lx.EXPECTED_THAT_RE, sent, q_start):
            return True  # "очікували, що ... надійде 9 243": what was expected, in a clause of its own
        # The hedge stands close before the figure ("очікували понад 15 тисяч", "could have received").
        start = max(clause_of(low, sent, q_start)[0], q_start - HEDGE_WINDOW)
        hedge = lx.HEDGED_RE.search(low, start, q_start)
        while hedge is not None:
            if not (lx.AS_EXPECTED_WORD_RE.match(low, hedge.start(), q_start)
                    and lx.AS_EXPECTED_BEFORE_RE.search(low, max(0, hedge.start() - 8), hedge.start())
                    ) and not self._in_series_name(hedge.start()):  # "Ich will leben": a name, not "will"
                return True
            hedge = lx.HEDGED_RE.search(low, hedge.end(), q_start)  # "як і очікувалося": it came true
        return False

    def _names_as_words(self) -> str:
        """The text with each series' name as one plain word (see `scan.names_as_words`), built once a post."""
        if self._masked_low is None:
            self._masked_low = names_as_words(self.low, self.mentions, self.cfg.series_re)
        return self._masked_low

    def _in_series_name(self, pos: int) -> bool:
        """Does a tracked series' name cover `pos` ("Ich will leben", "Je veux vivre")?"""
        return in_a_name(self.low, self.mentions, self.cfg.series_re, pos)

    def _counted(self, sent: Sentence, num: Number, q_start: int, after: int, before: str,
                 qualifier: str) -> Count | None:
        """Does the text say what the number counts, and is it requests?"""
        low = self.low
        if before.rstrip().endswith("(") and low.startswith(")", after) and sent.numbers[0] is not num:
            return self._restated(sent, num, q_start, qualifier)
        if lx.TIMES_AFTER_RE.match(low, after, sent.end):
            if lx.MULTIPLIER_BEFORE_RE.search(before) or not self.before(lx.REQUEST_VERB_RE, sent, q_start):
                return None
            return Count(q_start, num.start, num.end, num.value, qualifier, True)
        if lx.REQUEST_AFTER_RE.match(low, after, sent.end) or (
                low.startswith(("—", " —", "–", " –"), after) and lx.SO_MANY_AFTER_RE.match(low, after, sent.end)):
            return Count(q_start, num.start, num.end, num.value, qualifier, True)
        by_people = self._requests_by_people(sent, before, after)
        if by_people is not None:
            return Count(q_start, num.start, num.end, num.value, qualifier, True, people=True) if by_people else None
        if lx.CALL_AFTER_RE.match(low, after, sent.end):
            return Count(q_start, num.start, num.end, num.value, qualifier, True, "calls")
        if self._people_turning_to(sent, after, before):
            return Count(q_start, num.start, num.end, num.value, qualifier, True, people=True)
        if num.from_words or not lx.SAFE_AFTER_RE.match(low, after, sent.end):
            return None
        if before.rstrip().endswith(_INCLUDING_ENDINGS) and lx.INCLUDING_BEFORE_RE.search(before):
            # "144 000 росіян ..., в тому числі 9 243 у жовтні": the part counts what the whole counts
            whole = [n for n in sent.numbers if n.end <= q_start]
            counted = self.request_count(sent, whole[-1]) if whole else None
            if counted is not None:
                return Count(q_start, num.start, num.end, num.value, qualifier, False, counted.unit)
        unit = self._request_context(sent, q_start, before, after)
        if unit is not None:
            return Count(q_start, num.start, num.end, num.value, qualifier, False, unit)
        return None

    def _requests_by_people(self, sent: Sentence, before: str, after: int) -> bool | None:
        """Requests counted by people: those they are about ("запити про 50 тисяч зниклих") or those who sent
        them ("applications from 1,300 Russian servicemen"; "requests from 1,300 regions" counts no request).
        None when the words before the number are neither."""
        low = self.low
        if lx.MISSING_AFTER_RE.match(low, after, sent.end) and lx.REQUESTS_ABOUT_BEFORE_RE.search(before):
            return True
        sent_from = lx.REQUESTS_FROM_BEFORE_RE.search(before)
        if sent_from is not None:
            if lx.COUNT_BEFORE_NOUN_RE.search(before, 0, sent_from.start()):
                return False  # "9 243 звернення від 7 000 родин": the requests are counted already
            return lx.PEOPLE_AFTER_RE.match(low, after, sent.end) is not None
        return None

    def _people_turning_to(self, sent: Sentence, after: int, before: str) -> bool:
        """ "обратились более 9 тысяч человек", "10,000 families turned to": people who sent requests."""
        people = lx.PEOPLE_AFTER_RE.match(self.low, after, sent.end)
        if people is None:
            return False
        if lx.INTENT_VERB_AFTER_RE.match(self.low, people.end(), sent.end):
            return True  # "понад 25 тисяч окупантів висловили бажання здатися у полон"
        if self._surrenders_meaning_requests(sent, people.end()):
            return True
        captivity = lx.CAPTIVITY_RE.search(self.low, after, sent.end)
        if captivity and not lx.SURRENDER_BEFORE_RE.search(self.low, max(after, captivity.start() - 30),
                                                             captivity.start()):
            return False  # "1 790 родин, чиї сини в полоні": a subset, not the month's requests
        if lx.REQUEST_VERB_BEFORE_RE.search(before):
            return True
        if lx.KIN_BEFORE_RE.search(before):
            return False  # "родичі 1 790 людей": the number counts someone's kin
        # a series' name between them is one word ("an die Hotline „Ich will leben“ gewandt": not "will")
        verb = lx.PEOPLE_VERB_AFTER_RE.match(self._names_as_words(), people.end(), sent.end)
        # "200 soldati si sono arresi ... dopo aver chiamato la linea": who surrendered, not who wrote
        return verb is not None and lx.SURRENDER_VERB_RE.search(self.low, people.end(), verb.end()) is None

    def _surrenders_meaning_requests(self, sent: Sentence, after_people: int) -> bool:
        """ "Nearly 10,000 Russian soldiers surrendered via the I Want to Live hotline": the press's garbled word
        for its requests. Real surrenders through it are counted in hundreds ("310 soldiers have surrendered
        through the hotline": prisoners, not requests), so only a figure in the thousands, tied to the hotline."""
        verb = lx.SURRENDERED_AFTER_RE.match(self.low, after_people, sent.end)
        if verb is None:
            return False
        number = next((n for n in reversed(sent.numbers) if n.end <= after_people), None)
        return (number is not None and number.value >= SURRENDERS_AS_REQUESTS_MIN
                and lx.SURRENDERED_VIA_RE.search(self.low, verb.end(), min(sent.end, verb.end() + 80)) is not None)

    def _restated(self, sent: Sentence, num: Number, q_start: int, qualifier: str) -> Count | None:
        """ "понад 144 тис. (144 138)", "более 144 тыс. заявок (144 138)": the exact form of the count
        just before the bracket, which it must agree with."""
        previous = [n for n in sent.numbers if n.end <= q_start]
        if not previous:
            return None
        gap = self.low[previous[-1].end : q_start]
        noun = lx.REQUEST_AFTER_RE.match(gap)
        if (gap[noun.end() :] if noun else gap).strip() != "(":
            return None
        rounded = self.request_count(sent, previous[-1])
        if rounded is None or not restates(rounded, num.value):
            return None
        return Count(q_start, num.start, num.end, num.value, qualifier, False, rounded.unit, rounded.num_start)

    def _month_to_month(self, sent: Sentence, num: Number, before: str) -> bool:
        """Is the number one side of a change between two months' figures ("з 10 440 у квітні до 12 320 у
        травні", "up from 10,440 in April"), in a sentence that says the count changed?"""
        low = self.low
        tail = before.rstrip()
        if tail.endswith(_FROM_ENDINGS) and lx.FROM_BEFORE_RE.search(before):
            after = lx.FROM_MONTH_TO_AFTER_RE.match(low, num.end) or (
                tail.endswith("from") and lx.FROM_MONTH_AFTER_RE.match(low, num.end))
        elif tail.endswith(_TO_ENDINGS):
            after = lx.TO_AFTER_FROM_BEFORE_RE.search(low, max(sent.start, num.start - 60), num.start) and (
                lx.FROM_MONTH_AFTER_RE.match(low, num.end))
        else:
            return False
        if not after:
            return False
        return (lx.INCREASE_RE.search(low, sent.start, sent.end) or lx.DECREASE_RE.search(
            low, sent.start, sent.end)) is not None

    def _rate(self, sent: Sentence, q_start: int, after: int) -> re.Match[str] | None:
        """The rate or average word that makes the count a rate ("300 щодня", "в среднем"), if any."""
        if not self.may_rate:
            return None
        low = self.low
        stop = lx.RATE_WINDOW_STOP_RE.search(low, after, sent.end)
        rate = lx.RATE_RE.search(low, after, stop.start() if stop else sent.end)
        if rate is not None:
            return rate
        clause_start = clause_of(low, sent, q_start)[0]
        for rate in lx.RATE_RE.finditer(low, clause_start, q_start):
            # "about 300 a day — bringing the total to 144,138": the rate is of the number right before it
            if not any(n.end <= rate.start() <= n.end + 20 for n in sent.numbers if n.end <= q_start):
                return rate
        return None

    def _as_rate(self, sent: Sentence, count: Count, num: Number, upper: Number | None, q_start: int,
                 after: int) -> Count | tuple[str, str]:
        """Settle a count said with a rate: a rate per month is the month's figure, give or take ("по 3 тис.
        звернень щомісяця"); any other rate or average, or a range that is not one a month, is no count.
        Returns the count as settled, or the rule and reason that reject it."""
        rate = self._rate(sent, q_start, after)
        if rate is not None and not self._per_month_of(rate, upper or num, q_start):
            return "rate", "a rate or an average (per day, per week, on average)"
        if upper is not None and rate is None:
            return "bad_after", "a range of counts, not a rate per month"
        if rate is not None:
            # "в среднем 1400–1500 обращений в месяц": about the range's lower end
            about = "about" if count.qualifier == "exact" or upper is not None else count.qualifier
            return replace(count, per_month=True, qualifier=about)
        return count

    def _past_bad_after(self, sent: Sentence, num: Number, after: int) -> tuple[int, Number | None, bool] | None:
        """Where the count's phrase ends, the upper end of its range if it is one, and whether it is a month's
        share of a total before it; None when a word after it makes it no count (an ordinal, an age, a range
        that is not one, "of them" of a subset)."""
        bad_after = lx.BAD_AFTER_RE.match(self.low, after, sent.end)
        if bad_after is None:
            return after, None, False
        upper = self._range_upper(num, after)
        if upper is not None:
            return upper.end, upper, False
        if self._month_share(sent, num, bad_after):
            return bad_after.end(), None, True  # "144,138 requests, 9,243 of them in October": October's own
        return None

    def _month_share(self, sent: Sentence, num: Number, bad_after: re.Match[str]) -> bool:
        """ "9,243 of them in October", "60,000 requests — 8,548 of them last month", "9 243 из них — в
        октябре": the one month after it is its own, a part of a total said before it, not a subset."""
        if lx.OF_THEM_RE.fullmatch(bad_after.group().strip()) is None:
            return False
        clause_end = clause_of(self.low, sent, num.start)[1]
        months = [r for r in sent.refs if num.end <= r.start < clause_end and r.role == "period" and r.month]
        return len(months) == 1 and any(n.start < num.start for n in sent.numbers)

    def _range_upper(self, num: Number, after: int) -> Number | None:
        """The upper end of a range of counts right after `num` ("1400–1500", "1,400 to 1,500"): a number of
        the same size (at most half as large again), so "1 400-1 500 обращений в месяц" is one average
        per month, and "3-4 тисячі" or "2023-2024" are not."""
        upper = lx.RANGE_UPPER_RE.match(self.low, after)
        if upper is None or num.value < 100:
            return None
        value = float(re.sub(r"\D", "", upper.group("n")))
        return Number(upper.start("n"), upper.end(), value, False) if num.value < value <= 1.5 * num.value else None

    def _per_month_of(self, rate: re.Match[str], num: Number, q_start: int) -> bool:
        """Is the rate a rate per month, said of this count itself: right after it and its noun ("3 тис.
        звернень щомісяця") or right before it ("щомісячно по півтори тисячі"), not of another figure in the
        clause ("3,000 calls more than doubled the monthly figures of February")?"""
        if not lx.PER_MONTH_RE.fullmatch(rate.group()):
            return False
        return num.end <= rate.start() <= num.end + 24 or q_start - 8 <= rate.end() <= q_start

    def _rate_near(self, pos: int, sent: Sentence) -> bool:
        """A rate word in the clause of `pos` ("рекордна кількість звернень за добу"), not elsewhere in the
        sentence ("a record 3,000 in March, double the monthly average of 2022")."""
        clause = clause_of(self.low, sent, pos)
        return lx.RATE_RE.search(self.low, clause[0], clause[1]) is not None

    def _per_month_clause(self, sent: Sentence, pos: int) -> bool:
        """Does the clause at `pos` speak of a rate per month ("по 3 тис. звернень щомісяця")?"""
        if not self.may_rate:
            return False
        clause = clause_of(self.low, sent, pos)
        return lx.PER_MONTH_RE.search(self.low, clause[0], clause[1]) is not None

    def _request_context(self, sent: Sentence, q_start: int, before: str, after: int) -> str | None:
        """The unit ("requests" or "calls") the sentence says a bare number counts, if it does."""
        if before.rstrip().endswith("("):
            # "(1 200)": a breakdown or an aside, unless it restates a count or gives the figure of the words
            # right before it ("кількість звернень у січні (8 548)", "the number of requests (8,548)")
            return "requests" if lx.NUMBER_OF_REQUESTS_BRACKET_RE.search(before) else None
        if self.before(lx.REQUEST_NOUN_RE, sent, q_start):
            return "requests"
        if self.before(lx.CALL_NOUN_RE, sent, q_start):
            return "calls"  # "кількість дзвінків ... перевищила 1 500"
        if not self.has_request_noun():
            return None
        if self.before(lx.ANAPHOR_RE, sent, q_start):
            return "requests"
        if lx.RECEIVED_BEFORE_RE.search(before) and lx.GOES_ON_AFTER_RE.match(self.low, after) and (
                any(p < q_start for p, s in sent.mentions if s) or self.before(lx.PROJECT_WORD_RE, sent, q_start)
                or (self.tracked and self.before(lx.PRONOUN_SUBJECT_RE, sent, q_start))):
            return "requests"
        if self._month_continues_requests(sent, before, after):
            return "requests"
        if (self.context.previous is not None and self.in_sentence(lx.CUMULATIVE_RE, sent)
                and self.in_sentence(lx.REQUEST_NOUN_RE, self.context.previous)):
            # "У жовтні ... 9 243 звернення. Загалом надійшло понад 144 тисячі.", "• понад 144 тисячі — з моменту
            # запуску" under a line of requests
            return "requests"
        if before.rstrip().endswith((":", "—", "–")) and self.before(lx.CUMULATIVE_RE, sent, q_start) and any(
                self.in_sentence(lx.REQUEST_NOUN_RE, earlier) for earlier in self.read_sentences
                if earlier.end <= sent.start):
            return "requests"  # a labelled line under a post about requests: "Total since launch: 144,138"
        if before.rstrip()[-1:] not in ("—", ":", "–"):
            return None
        named = any(p < q_start for p, s in sent.mentions if s)
        return "requests" if named or self._is_elliptic(sent, q_start) else None

    def _month_continues_requests(self, sent: Sentence, before: str, after: int) -> bool:
        """ "Проєкт отримав 150 210 звернень. Лише у листопаді надійшло 9 870.", "In November alone, 9,870 came
        in": a bare figure received in a sentence that names a month, right after a sentence that counted the
        one tracked series' requests, is that month's count of them."""
        if len(self.tracked) != 1 or self.context.previous is None:
            return False
        if not (lx.RECEIVED_BEFORE_RE.search(before) or lx.ARRIVED_AFTER_RE.match(self.low, after, sent.end)):
            return False
        return (any(r.role == "period" and r.month for r in sent.refs)
                and self.in_sentence(lx.REQUEST_NOUN_RE, self.context.previous))

    def _is_elliptic(self, sent: Sentence, q_start: int) -> bool:
        """ "У жовтні — 9 243.", "Січень: 8 548": only a month and a dash before the number, in its sentence
        or in its clause ("В сентябре — 10 100, в августе — 10 400")."""
        return self._only_a_month_before(sent.start, sent, q_start) or self._only_a_month_before(
            clause_of(self.low, sent, q_start)[0], sent, q_start)

    def _only_a_month_before(self, start: int, sent: Sentence, q_start: int) -> bool:
        head = self.low[start:q_start]
        refs = [r for r in sent.refs if r.role == "period" and r.month and start <= r.start and r.end <= q_start]
        if len(refs) != 1:
            return False
        ref = refs[0]
        rest = head[: ref.start - start] + " " + head[ref.end - start :]
        return lx.ELLIPSIS_REST_RE.fullmatch(rest) is not None
