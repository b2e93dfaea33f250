"""Extractor speed: posts and facts per second on generated posts, on one core.

Two corpora of generated posts (seeded, so every run reads the same text):
- `relevant`: every post names a series and states counts in the many forms the extractor reads
  (uk / ru / en, digits with odd spaces, words, rounded, percents, totals, records), mixed with
  distractor sentences (daily rates, exchanges, dates, «Шукаю своїх»). The worst case.
- `feed`: what a news feed looks like: one post in five is about a hotline, the rest is
  unrelated news with numbers and dates.

Also, when the `number_parser` package is importable, compares it with the extractor's own
number-word tables on the number phrases the domain uses (values read and time per phrase).
The extractor needs only the standard library, so this script also runs under a separate
interpreter that has number_parser installed: `PYTHONPATH=include python bench/bench_extract.py`.

Run: .venv/bin/python bench/bench_extract.py [--posts N] [--repeat R] [--out bench/results/extract.txt]
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from hotline.extract import extract_facts  # noqa: E402

MONTHS_UK = ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні",
             "жовтні", "листопаді", "грудні"]
MONTHS_RU = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
             "октябре", "ноябре", "декабре"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
SPACES = [" ", "\u00a0", "\u2009", ""]


def _number(rnd: random.Random, value: int) -> str:
    style = rnd.randrange(4)
    if style == 3:
        return f"{value:,}"
    text = f"{value:,}".replace(",", rnd.choice(SPACES))
    return text


def _relevant_post(rnd: random.Random) -> tuple[str, str]:
    month = rnd.randrange(12)
    value = rnd.randrange(3000, 13000)
    n = _number(rnd, value)
    lang = rnd.randrange(3)
    if lang == 0:
        series = rnd.choice(["«Хочу знайти»", "«Хочу найти»", "Хочу знайти", "«Хочу жити»"])
        parts = [
            f"Проєкт {series}: підсумки місяця.",
            f"У {MONTHS_UK[month]} до проєкту надійшло {n} заявок від родин військових держави-агресора.",
            f"Це на {rnd.randrange(1, 40)}% більше, ніж у {MONTHS_UK[month - 1]}.",
            f"Всього з моменту запуску надійшло понад {rnd.randrange(60, 150)} тисяч заявок.",
            "Це близько 300 звернень щодня. Реальна кількість зниклих у 2–3 рази більша.",
            "Водночас 1 790 військових, про яких питали родичі, перебувають у полоні.",
        ]
    elif lang == 1:
        series = rnd.choice(["«Хочу найти»", "проект Хочу найти", "«Хочу жить»"])
        parts = [
            f"В {MONTHS_RU[month]} в {series} поступило {n} обращений — это рекорд за всё время работы.",
            f"Общее число обращений превысило {rnd.randrange(60, 150)} тыс.",
            "По словам представителя штаба, ежедневно поступает около 300 заявок.",
        ]
    else:
        series = rnd.choice(['"I Want to Find"', "I Want to Find", '"I Want to Live"', "Khochu Naiti"])
        parts = [
            f"Kyiv's POW coordination body said its {series} project logged {n} requests in "
            f"{MONTHS_EN[month]}, a {rnd.randrange(1, 40)}% rise on {MONTHS_EN[month - 1]}.",
            f"More than {rnd.randrange(60, 150)},000 requests have arrived since launch.",
            "The hotline works 24/7; call +38 066 580 34 98.",
        ]
    rnd.shuffle(parts[1:])
    return " ".join(parts), rnd.choice(["news_demo", "koordshtab", ""])


UNRELATED = [
    "Відбувся обмін полоненими: додому повернулися {a} захисників. Це вже {b}-й обмін.",
    "Проєкт МВС «Шукаю своїх» за {m} отримав {a} звернень від українських родин.",
    "Станом на {d} лютого 2025 року температура в Києві — {b} градусів, опадів не очікується.",
    "The ministry said {a} people were evacuated on February {d}, 2025; {b} more are expected.",
    "Курс долара {b},{d} грн. Обсяг торгів склав {a} млн.",
    "В {m} в регионе зафиксировано {a} обращений в полицию, сообщает пресс-служба.",
]


def _unrelated_post(rnd: random.Random) -> tuple[str, str]:
    template = rnd.choice(UNRELATED)
    text = template.format(a=rnd.randrange(100, 9999), b=rnd.randrange(2, 90), d=rnd.randrange(1, 28),
                           m=rnd.choice(MONTHS_UK))
    return text, rnd.choice(["news_demo", ""])


def make_corpus(kind: str, size: int, seed: int = 20250204) -> list[tuple[str, str]]:
    """A seeded list of (text, channel)."""
    rnd = random.Random(seed)
    if kind == "relevant":
        return [_relevant_post(rnd) for _ in range(size)]
    return [_relevant_post(rnd) if rnd.random() < 0.2 else _unrelated_post(rnd) for _ in range(size)]


def run_corpus(corpus: list[tuple[str, str]], repeat: int) -> tuple[float, int, int]:
    """Best-of-`repeat` seconds for the whole corpus, facts and problems found."""
    published = datetime(2025, 11, 4, tzinfo=UTC)
    best, facts, problems = float("inf"), 0, 0
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        results = [extract_facts(text, published, str(i), channel=ch) for i, (text, ch) in enumerate(corpus)]
        best = min(best, time.process_time() - started)
        facts = sum(len(r.facts) for r in results)
        problems = sum(len(r.problems) for r in results)
    return best, facts, problems


WORD_PHRASES = [
    ("uk", "понад дві з половиною тисячі звернень", 2500),
    ("uk", "півтори тисячі", 1500),
    ("uk", "дві тисячі 500", 2500),
    ("uk", "три тисячі п'ятсот", 3500),
    ("ru", "полторы тысячи", 1500),
    ("ru", "две с половиной тысячи", 2500),
    ("ru", "8,5 тыс.", 8500),
    ("en", "three thousand", 3000),
    ("en", "two and a half thousand", 2500),
]


def _own_value(phrase: str) -> float | None:
    from hotline.extract import lexicon  # here: bench_extract_instructions imports this module in older trees

    low = lexicon.normalize(phrase)
    for m in lexicon.WORD_NUMBER_RE.finditer(low):
        from hotline.extract.measure import word_value as _word_value

        return _word_value(m)
    m = lexicon.DIGIT_NUMBER_RE.search(low)
    if m:
        from hotline.extract.measure import digit_value as _digit_value

        return _digit_value(m)
    return None


def compare_number_words(lines: list[str]) -> None:
    """Own tables vs number_parser on the domain's number phrases (if it is installed)."""
    try:
        import number_parser  # type: ignore[import-not-found]
    except ImportError:
        lines.append("number_parser: not installed here (bench/results/extract.txt keeps the last comparison)")
        return
    own_ok = sum(_own_value(p) == v for _, p, v in WORD_PHRASES)
    lib_ok = 0
    for lang, phrase, value in WORD_PHRASES:
        got = number_parser.parse_number(phrase, language=lang)
        lib_ok += got == value
    started = time.process_time()
    for _ in range(200):
        for lang, phrase, _v in WORD_PHRASES:
            number_parser.parse(phrase, language=lang)
    lib_us = (time.process_time() - started) / (200 * len(WORD_PHRASES)) * 1e6
    started = time.process_time()
    for _ in range(200):
        for _lang, phrase, _v in WORD_PHRASES:
            _own_value(phrase)
    own_us = (time.process_time() - started) / (200 * len(WORD_PHRASES)) * 1e6
    lines.append(f"number words, {len(WORD_PHRASES)} domain phrases: own tables {own_ok} right, "
                 f"{own_us:.1f} us/phrase; number_parser {lib_ok} right, {lib_us:.1f} us/phrase")


def main() -> None:
    """Measure and print (and optionally save) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [f"python {platform.python_version()} on {platform.machine()}, one core, best of {args.repeat}"]
    for kind in ("relevant", "feed"):
        corpus = make_corpus(kind, args.posts)
        seconds, facts, problems = run_corpus(corpus, args.repeat)
        lines.append(
            f"{kind:9s} {len(corpus)} posts: {len(corpus) / seconds:,.0f} posts/s, {facts / seconds:,.0f} facts/s "
            f"({facts} facts, {problems} problems, {seconds * 1e3:.0f} ms)"
        )
    compare_number_words(lines)
    print("\n".join(lines))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
