"""Record claims, and figures the text calls wrong, denies, expects or hedges."""

from __future__ import annotations

import re

from hotline.extract.lexicon.text import phrase_alternation, phrase_gate

# Record claims.
RECORD_RE = re.compile(
    phrase_gate("RECORD_PHRASES") + r"(?<!\w)" + phrase_alternation("RECORD_PHRASES") + r"(?!\w)"
)
SUPERLATIVE_RE = re.compile(
    r"(?=[bhltмнс])(?<!\w)(?:найбільш\w*|найвищ\w*|максимальн\w*|максимум|наибольш\w*|самое\s+большое|"
    r"самый\s+высокий|the\s+most|highest|largest|biggest|busiest|the\s+greatest)(?!\w)"
)
SUPERLATIVE_SCOPE_RE = re.compile(
    r"(?=[ehimostyвзимсі])(?<!\w)(?:місяц\w*|месяц\w*|month(?:s|ly)?|за\s+(?:весь|увесь)\s+час|за\s+все\s+время|ever|yet|since|"
    r"від\s+початку|з\s+початку|с\s+начала|с\s+момента|з\s+моменту|історі\w*|истори\w*|history|"
    r"on\s+record|to\s+date|so\s+far)(?!\w)"
)
RECORD_NEGATION_RE = re.compile(
    r"(?=[flnprstoамнпрдто])(?<!\w)(?:не\s+(?:є\s+|был\w*\s+|став\w*\s+|стал\w*\s+)?рекорд\w*|not\s+a\s+record|no\s+record|"
    r"антирекорд\w*|попередн\w+\s+рекорд\w*|предыдущ\w+\s+рекорд\w*|прошл\w+\s+рекорд\w*|"
    r"previous\s+record|former\s+record|рекордно\s+(?:низьк|мал|низк)\w*|record\s+low|lowest|"
    r"найменш\w*|наименьш\w*|мінімальн\w*|минимальн\w*|fewest|"
    # not the top: "the second-highest month", "одне з найбільших", "второй по величине"
    r"(?:second|third)[-\s]+(?:highest|largest|biggest|best|most)|one\s+of\s+the\s+(?:highest|largest|biggest)|"
    r"друг\w*\s+(?:за|по)\s+(?:величин|кільк|количеств|обсяг|объем)\w*|трет\w*\s+(?:за|по)\s+\w+|"
    r"одн\w*\s+(?:з|із|из)\s+(?:найбільш|найвищ|наибольш|самых|самих)\w*)(?!\w)"
)

# "до 9 243" is "up to" unless a verb of change stands before it ("зросла до 9 243": rose to; "rose by 22% to").
CHANGE_VERB_BEFORE_TO_RE = re.compile(rf"(?<!\w){phrase_alternation('CHANGE_TO_PHRASES')}\s*$")
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
# A figure the same sentence then corrects: "..., але насправді — 8 548", "but in fact", "на самом деле".
CORRECTED_AFTER_RE = re.compile(
    r"(?<!\w)(?:(?:але|а|проте|однак)\s+насправді|(?:но|а|однако)\s+(?:на\s+самом\s+деле|в\s+действительности)|"
    r"but\s+(?:in\s+fact|actually|in\s+reality|really))(?!\w)"
)
CORRECTED_HINTS = ("насправді", "самом деле", "действительности", "in fact", "actually", "in reality", "really")
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

