"""Portuguese: month names, number words and formats ("8.548 pedidos", "26 mil chamadas"), words of requests."""

from __future__ import annotations

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janeiro",), 2: ("fevereiro",), 3: ("março", "marco"), 4: ("abril",), 5: ("maio",), 6: ("junho",),
    7: ("julho",), 8: ("agosto",), 9: ("setembro",), 10: ("outubro",), 11: ("novembro",), 12: ("dezembro",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "15 de setembro"
DAY_AFTER_MONTH = False
NUMBER_WORDS: dict[str, float] = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
}
ONE_AND_A_HALF: dict[str, float] = {}
THOUSANDS_SEPARATORS = (".", " ", "")
SCALE_WORDS = (r"mil",)

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"pedidos?", r"solicitaç(?:ões|ão)", r"solicitacoes", r"contatos", r"contactos", r"mensagens")
CALL_NOUNS = (r"chamadas", r"ligações", r"telefonemas")
REQUEST_VERBS = (r"contactaram", r"contataram", r"entraram\s+em\s+contato", r"entraram\s+em\s+contacto",
                 r"ligaram", r"telefonaram", r"recorreram", r"procuraram", r"(?:têm|tinham)\s+contactado")
RUSSIAN_ADJECTIVES = (r"russ[oa]s?",)
PEOPLE_NOUNS = (r"soldados", r"militares", r"russos", r"famílias", r"familiares", r"pessoas", r"mães", r"homens",
                r"mobilizados", r"combatentes")
ARTICLES = (r"os", r"as")
RUNNING_TOTAL_PHRASES = (
    r"no\s+total", r"ao\s+todo", r"até\s+agora", r"até\s+hoje", r"até\s+ao\s+momento", r"acumulad\w*",
    r"desde\s+(?:o\s+|seu\s+|o\s+seu\s+)?(?:lançamento|início|começo|criação)",
)
RECORD_PHRASES = (r"recordes?",)
OVER_WORDS = (r"mais\s+de", r"pelo\s+menos", r"não\s+menos\s+de", r"superou", r"ultrapassou")
ABOUT_WORDS = (r"cerca\s+de", r"quase", r"aproximadamente", r"perto\s+de", r"em\s+torno\s+de", r"uns", r"umas")
_RECEIVED = r"(?:já\s+)?(?:recebido|registrado|registado|contactado|contatado)"
TO_DATE_PHRASES = (r"já\s+(?:recebeu|receberam|registrou|registou|ultrapassou)", rf"tem\s+{_RECEIVED}",
                   rf"têm\s+{_RECEIVED}", rf"tinha\s+{_RECEIVED}", rf"tinham\s+{_RECEIVED}")
START_WORDS = (r"desde(?:\s+o)?", r"entre(?:\s+o)?")
UNTIL_WORDS = (r"até(?:\s+(?:o|ao|ao\s+fim\s+de))?",)
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Quero viver",),
    "i_want_to_find": ("Quero encontrar",),
}
LOOK_ALIKES = ("troca de prisioneiros", "trocas", "cruz vermelha", "famílias ucranianas", "soldados ucranianos",
               "prisioneiros ucranianos",
               "ministério do interior", "ministério da administração interna", "polícia")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("aprox", "sr", "sra", "n\\.º")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"linha\s+(?:direta|telefónica|telefônica)", r"linha", r"hotline", r"chatbot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"superou", r"ultrapassou", r"superado", r"ultrapassado")
MARK_NOUNS = (r"a\s+marca\s+de", r"a\s+barreira\s+de", r"os", r"as")
ALREADY_WORDS = (r"já",)
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"recebeu", r"recebido", r"registrou", r"chegaram")
ARRIVED_AFTER = (r"chegaram", r"foram\s+recebid[oa]s")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"por\s+dia", r"ao\s+dia", r"diariamente", r"todos\s+os\s+dias", r"por\s+semana", r"por\s+mês",
              r"em\s+média", r"por\s+hora")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"renderam", r"rendidos", r"entregaram", r"se\s+renderam")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"(?:do\s+)?que\s+em", r"em\s+relação\s+(?:a|ao)", r"face\s+(?:a|ao)", r"comparado\s+com")
PERCENT_WORDS = (r"por\s+cento",)
INCREASE_WORDS = (r"mais", r"aument\w*", r"subi\w*", r"cresc\w*")
DECREASE_WORDS = (r"menos", r"diminu\w*", r"queda", r"caiu", r"desc\w*")
PREV_MONTH_PHRASES = (r"(?:do\s+que\s+no|em\s+relação\s+ao)\s+mês\s+(?:anterior|passado)",)
LAST_MONTH_PHRASES = (r"mês\s+passado",)
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"lançamento", r"lançad[ao]", r"criad[ao]", r"criação", r"abertura")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("de",)
TO_WORDS = ("para",)
YEAR_PREPOSITIONS = (r"em",)
BY_WORDS = (r"em",)
TOTAL_TO_PHRASES = (r"elevando\s+o\s+total\s+para",)
THIS_YEAR_WORDS = ("este",)
ALSO_WORDS = ("outros", "outras", "também")
BARE_SUPERLATIVES = ()
NAME_PRONOUNS = ("eu", "nós", "tu", "ele", "ela", "eles", "não")
NAME_OBJECTS = ("meu", "minha", "meus", "o", "a", "os", "as", "seu", "sua", "um", "uma")
INCLUDING_WORDS = (r"incluindo", r"entre\s+os\s+quais")
OF_THEM_WORDS = (r"das\s+quais", r"dos\s+quais")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("de",)
PER_WORDS: tuple[str, ...] = ()
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"face\s+a", r"em\s+relação\s+a", r"vs\.?")
MONTH_PREPOSITIONS = (r"em",)
MONTH_ADJECTIVE_STEMS: dict[str, int] = {}
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
ADJECTIVE_COMPARE_WORDS: tuple[str, ...] = ()
# a change that reached a figure ("subiu para 8.548")
CHANGE_TO_PHRASES = (r"(?:sub(?:iu|iram)|aument(?:ou|aram)|cresc(?:eu|eram)|ca(?:iu|íram)"
                     r"|pass(?:ou|aram))(?:\s+\S+){0,4}?\s+para",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"o\s+maior", r"a\s+maior", r"mais\s+alt[oa]")
SUPERLATIVE_SCOPE_WORDS = (r"m[eê]s\w*", r"sempre", r"desde")
RECORD_NEGATIONS = (r"não\s+é\s+um\s+recorde", r"(?:o|a)\s+mais\s+baix[oa]", r"recorde\s+anterior")
ERRONEOUS_WORDS = (r"erradamente", r"por\s+engano")
DENIAL_WORDS = (r"desment\w*", r"negou", r"nega", r"falso", r"falsa", r"se\s+não\s+fosse")
CORRECTION_PHRASES = (r"mas\s+na\s+verdade",)
HEDGE_WORDS = (r"poderá\w*", r"poderia\w*", r"deverá\w*", r"deveria\w*", r"prevê\w*", r"espera-se", r"alegadamente",
               r"supostamente", r"caso")
EXPECT_WORDS = (r"prevê\w*", r"espera-se", r"espera\w*")
THAT_WORDS = (r"que",)
AS_WORDS = (r"como",)
EXPECTED_PARTICIPLES = (r"esperad[oa]s?", r"previst[oa]s?")
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"desde\s+(?:o\s+)?(?:início|começo|lançamento)", r"desde\s+(?:a\s+)?criação")
YEAR_LINK_WORDS: tuple[str, ...] = (r"de",)
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"desde\s+(?:o\s+)?(?:início|começo)\s+(?:do|deste)\s+ano",)
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:nos|durante\s+os)\s+(?:últimos|primeiros)\s+(?:\d+|\w+)\s+(?:meses|semanas)",
                r"no\s+(?:seu\s+)?primeiro\s+ano")
SPAN_UNIT_WORDS = ("meses", "semanas", "ano")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"mês", r"meses", r"semana\w*", r"trimestre\w*", r"hoje", r"ontem")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"informou", r"anunciou", r"declarou", r"revelou", r"afirmou")
REPORT_INFINITIVES: tuple[str, ...] = (r"ter",)
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"do\s+ano\s+(?:passado|anterior)", r"há\s+um\s+ano")

# --- time words of the older uk / ru / en patterns (lexicon/periods.py), not yet worded in this language: empty,
# so those patterns read it as before (not at all); each is a class to fill when a text shows the need
SINCE_THEN_PHRASES: tuple[str, ...] = ()
LAUNCH_PHRASES: tuple[str, ...] = ()  # LAUNCH_WORDS holds this language's launch words
PER_MONTH_PHRASES: tuple[str, ...] = ()
WHEN_WORDS: tuple[str, ...] = ()
AND_WORDS: tuple[str, ...] = ()
IN_WORDS: tuple[str, ...] = ()
PARTIAL_MONTH_PHRASES: tuple[str, ...] = ()
CHANGE_FROM_WORDS: tuple[str, ...] = ()
AS_OF_PHRASES: tuple[str, ...] = ()
WITH_WORDS: tuple[str, ...] = ()
BECAME_WORDS: tuple[str, ...] = ()
DURING_WORDS: tuple[str, ...] = ()
PAST_WORDS: tuple[str, ...] = ()
YEAR_NOUNS: tuple[str, ...] = ()
AGO_WORDS: tuple[str, ...] = ()
FIRST_YEAR_PHRASES: tuple[str, ...] = ()  # SPAN_PHRASES ("im ersten Jahr") holds this language's first year
YEAR_OF_WORK_PHRASES: tuple[str, ...] = ()
HEAD_PERIOD_WORDS: tuple[str, ...] = ()  # START_WORDS joins them
HEAD_MONTH_WORDS: tuple[str, ...] = ()
OTHER_TIME_WORDS: tuple[str, ...] = ()
SO_FAR_WORDS: tuple[str, ...] = ()
RANGE_FROM_WORDS: tuple[str, ...] = ()
RANGE_TO_WORDS: tuple[str, ...] = ()
BETWEEN_WORDS: tuple[str, ...] = ()
RANGE_AND_WORDS: tuple[str, ...] = ()
DURATION_WORDS: tuple[str, ...] = ()
SPAN_EDGE_WORDS: tuple[str, ...] = ()  # SPAN_PHRASES holds this language's spans
SPAN_FIRST_WORDS: tuple[str, ...] = ()
FIRST_STEMS: tuple[str, ...] = ()
FIRST_WORDS: tuple[str, ...] = ()
SPAN_COUNT_WORDS: tuple[str, ...] = ()
MONTH_UNITS: tuple[str, ...] = ()
WEEK_UNITS: tuple[str, ...] = ()
DAY_UNITS: tuple[str, ...] = ()
ONE_UNIT_WORDS: tuple[str, ...] = ()
OF_WORK_PHRASES: tuple[str, ...] = ()
SPAN_SINCE_WORDS: tuple[str, ...] = ()
ROLLING_MONTH_PHRASES: tuple[str, ...] = ()  # LAST_MONTH_PHRASES holds this language's "last month"
THIS_MONTH_PHRASES: tuple[str, ...] = ()  # UNDATED_WORDS holds this language's "this month"
COMPARED_LINK_WORDS: tuple[str, ...] = ()  # COMPARE_WORDS end with their articles here
AS_OF_PART_PHRASES: tuple[str, ...] = ()  # UNTIL_WORDS hold "Ende", "mitte" where the language has them
YEAR_WORDS: tuple[str, ...] = ()  # no word after a year
RELATIVE_YEAR_WORDS: tuple[str, ...] = ()  # YEAR_AGO_AFTER_PHRASES holds this language's "last year"
YEAR_AGO_BEFORE_PHRASES: tuple[str, ...] = ()
YEAR_AGO_BLOCKERS: tuple[str, ...] = ()
REPORT_BEFORE_VERBS: tuple[str, ...] = ()  # REPORT_VERBS hold this language's verbs of reporting
NOT_WORDS: tuple[str, ...] = ()
PERIOD_PREPOSITIONS: tuple[str, ...] = ()
START_NOUNS: tuple[str, ...] = ()  # SINCE_START_PHRASES hold "seit Beginn", "depuis le début"
START_VERBS: tuple[str, ...] = ()  # LAUNCH_WORDS hold this language's launch verbs
MULTIPLE_WORDS: tuple[str, ...] = ()
FIGURE_NOUNS: tuple[str, ...] = ()
FIGURE_OF_WORDS: tuple[str, ...] = ()
DAY_ENDINGS: tuple[str, ...] = ()
LETTER_FOLDS: dict[str, str] = {}
HALF_TAIL_PHRASES: tuple[str, ...] = ()  # ONE_AND_A_HALF holds "anderthalb"; "zweieinhalb" is not read yet
HALF_WORDS: tuple[str, ...] = ()
A_THOUSAND_WORDS: tuple[str, ...] = ()  # "mille", "tausend" alone are not read as 1,000
HUNDRED_WORDS: tuple[str, ...] = ()
GLUED_NOUN_STEMS: tuple[str, ...] = ()  # a noun glued to its number is not seen outside uk / ru / en
# what a count is of, in the older uk / ru / en patterns (lexicon/counts.py): not yet worded in this language
REQUEST_ADJECTIVES: tuple[str, ...] = ()
SO_MANY_WORDS: tuple[str, ...] = ()
WHOSE_WORDS: tuple[str, ...] = ()
NOT_A_FACT_WORDS: tuple[str, ...] = ()  # HEDGE_WORDS and DENIAL_WORDS refuse such figures here
AUX_ALREADY_WORDS: tuple[str, ...] = ()
FROM_PLACE_WORDS: tuple[str, ...] = ()
INTENT_PHRASES: tuple[str, ...] = ()
SURRENDER_STEMS: tuple[str, ...] = ()  # SURRENDER_VERBS hold this language's surrenders
SURRENDERED_VERBS: tuple[str, ...] = ()
VIA_WORDS: tuple[str, ...] = ()
REQUEST_GAP_WORDS: tuple[str, ...] = ()
CAPTIVITY_WORDS: tuple[str, ...] = ()
KIN_BEFORE_WORDS: tuple[str, ...] = ()
REQUEST_STEMS: tuple[str, ...] = ()  # REQUEST_NOUNS serve
NUMBER_OF_WORDS: tuple[str, ...] = ()
ABOUT_TOPIC_WORDS: tuple[str, ...] = ()
MISSING_WORDS: tuple[str, ...] = ()
CALL_ADJECTIVES: tuple[str, ...] = ()
LINE_NUMBER_WORDS: tuple[str, ...] = ()  # a phone number in digit groups is refused by its form
TIMES_WORDS: tuple[str, ...] = ()
THEY_WORDS: tuple[str, ...] = ()
CONJUNCTIONS: tuple[str, ...] = ()
PRONOUN_SUBJECTS: tuple[str, ...] = ()
SAFE_AFTER_WORDS: tuple[str, ...] = ()
BAD_BEFORE_WORDS: tuple[str, ...] = ()  # FROM_WORDS and the signs of money serve
ORDINAL_ENDINGS: tuple[str, ...] = ()
AGE_WORDS: tuple[str, ...] = ()
CURRENCY_WORDS: tuple[str, ...] = ()  # the signs of money serve ("€")
RANGE_UPPER_WORDS: tuple[str, ...] = ()
OVER_AFTER_WORDS: tuple[str, ...] = ()
MONTH_NOUN_STEMS: tuple[str, ...] = ()  # LAST_MONTH_PHRASES start with their own letters here
LAST_STEMS: tuple[str, ...] = ()
FIRST_PERSON_WORDS: tuple[str, ...] = ()
ELLIPSIS_WORDS: tuple[str, ...] = ()
ADDITIVE_WORDS: tuple[str, ...] = ()  # ALSO_WORDS hold this language's "also"
FORWARDED_WORDS: tuple[str, ...] = ()
PROJECT_NOUNS: tuple[str, ...] = ()  # LINE_NOUNS hold this language's hotline; a series is named by SERIES_NAMES
SUBJECT_WORDS: tuple[str, ...] = ()
FIRST_MONTH_OF_YEAR_PHRASES: tuple[str, ...] = ()
DOUBLING_UP_PHRASES: tuple[str, ...] = ()  # a change is read from its percent in this language
DOUBLING_DOWN_PHRASES: tuple[str, ...] = ()
BREAKDOWN_PHRASES: tuple[str, ...] = ()  # INCLUDING_WORDS serve; a region's share is not told apart yet
RATE_PHRASES: tuple[str, ...] = ()  # RATE_WORDS hold this language's rates
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
PLACE_FROM_WORDS: tuple[str, ...] = ()  # a region's share is not told apart in this language yet
NOT_PLACE_NAMES: tuple[str, ...] = ()
