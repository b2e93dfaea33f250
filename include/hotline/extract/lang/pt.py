"""Portuguese: month names, number words and formats ("8.548 pedidos", "26 mil chamadas"), words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janeiro",), 2: ("fevereiro",), 3: ("março", "marco"), 4: ("abril",), 5: ("maio",), 6: ("junho",),
    7: ("julho",), 8: ("agosto",), 9: ("setembro",), 10: ("outubro",), 11: ("novembro",), 12: ("dezembro",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "15 de setembro"
NUMBER_WORDS: dict[str, float] = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14,
    "quinze": 15, "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19,
    "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
    "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300,
    "trezentas": 300, "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700, "oitocentos": 800,
    "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}
NUMBER_AND_WORDS = (r"e",)  # "vinte e seis mil"
THOUSANDS_SEPARATORS = (".", " ", "")
SCALE_WORDS = (r"mil",)
MILLION_WORDS = (r"milh(?:ão|ões)", r"bilh(?:ão|ões)", r"mil\s+milh(?:ão|ões)")  # no count of ours

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"pedidos?", r"solicitaç(?:ões|ão)", r"solicitacoes", r"contatos", r"contactos", r"mensagens",
                 r"pedido", r"solicitação", r"pedidos\s+de\s+ajuda", r"apelos")
CALL_NOUNS = (r"chamadas", r"ligações", r"telefonemas")
REQUEST_VERBS = (r"contactaram", r"contataram", r"entraram\s+em\s+contato", r"entraram\s+em\s+contacto",
                 r"ligaram", r"telefonaram", r"recorreram", r"procuraram", r"(?:têm|tinham)\s+contactado")
RUSSIAN_ADJECTIVES = (r"russ[oa]s?",)
PEOPLE_NOUNS = (r"soldados", r"militares", r"russos", r"famílias", r"familiares", r"pessoas", r"mães", r"homens",
                r"mobilizados", r"combatentes",
                r"recrutas", r"reservistas")
ARTICLES = (r"os", r"as")
RUNNING_TOTAL_PHRASES = (
    r"no\s+total", r"ao\s+todo", r"até\s+agora", r"até\s+hoje", r"até\s+ao\s+momento", r"acumulad\w*",
    r"desde\s+(?:o\s+|seu\s+|o\s+seu\s+)?(?:lançamento|início|começo|criação)",
    r"desde\s+que\s+foi\s+(?:criad|lançad)[ao]", r"desde\s+a\s+(?:sua\s+)?criação",
)
RECORD_PHRASES = (r"recordes?",
                  r"máximo\s+histórico", r"(?:número|nível|mês)\s+recorde")
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
               "ministério do interior", "ministério da administração interna", "polícia",
               r"procuro os meus", r"gabinete nacional de informação", r"mães de soldados")
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
              r"em\s+média", r"por\s+hora",
              r"diári[oa]s")
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
NAME_PRONOUNS = ("eu", "nós", "tu", "ele", "ela", "eles", "não")
NAME_OBJECTS = ("meu", "minha", "meus", "o", "a", "os", "as", "seu", "sua", "um", "uma")
INCLUDING_WORDS = (r"incluindo", r"entre\s+os\s+quais")
OF_THEM_WORDS = (r"das\s+quais", r"dos\s+quais")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("de",)
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"face\s+a", r"em\s+relação\s+a", r"vs\.?")
MONTH_PREPOSITIONS = (r"em",)
# a change that reached a figure ("subiu para 8.548")
CHANGE_TO_PHRASES = (r"(?:sub(?:iu|iram)|aument(?:ou|aram)|cresc(?:eu|eram)|ca(?:iu|íram)"
                     r"|pass(?:ou|aram))(?:\s+\S+){0,4}?\s+para",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"o\s+maior", r"a\s+maior", r"mais\s+alt[oa]",
                     r"o\s+mais\s+alto", r"a\s+mais\s+alta")
SUPERLATIVE_SCOPE_WORDS = (r"m[eê]s\w*", r"sempre", r"desde",
                           r"história", r"histórico")
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
YEAR_TO_DATE_PHRASES = (r"desde\s+(?:o\s+)?(?:início|começo)\s+(?:do|deste)\s+ano",
                        r"até\s+agora\s+em\s+(?:19|20)\d\d", r"em\s+(?:19|20)\d\d\s+até\s+agora")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:nos|durante\s+os)\s+(?:últimos|primeiros)\s+(?:\d+|\w+)\s+(?:meses|semanas)",
)
SPAN_UNIT_WORDS = ("meses", "semanas", "ano")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"mês", r"meses", r"semana\w*", r"trimestre\w*", r"hoje", r"ontem")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"informou", r"anunciou", r"declarou", r"revelou", r"afirmou")
REPORT_INFINITIVES: tuple[str, ...] = (r"ter",)
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"do\s+ano\s+(?:passado|anterior)", r"há\s+um\s+ano")

# --- time, and what a count is of (the classes of lexicon/periods.py, text.py and counts.py) ----------------------
# a verb of reporting right before the month it dates ("informou em outubro que"), not the figure's month
REPORT_BEFORE_VERBS = (r"informou", r"anunciou", r"declarou", r"revelou", r"afirmou", r"disse")
FIRST_YEAR_PHRASES = (r"no\s+(?:seu\s+)?primeiro\s+ano(?:\s+de\s+(?:funcionamento|existência|atividade))?",)
CHANGE_FROM_WORDS = (r"de",)  # "passou de 10.440 em abril para 12.320 em maio"
A_THOUSAND_WORDS = (r"mil",)  # "mais de mil soldados" (not "26 mil": a number before it)
SINCE_THEN_PHRASES = (r"desde\s+então", r"desde\s+esse\s+momento", r"desde\s+essa\s+data")
LAUNCH_PHRASES = (r"entrou\s+em\s+funcionamento", r"começou\s+a\s+funcionar", r"foi\s+criad[ao]")
PER_MONTH_PHRASES = (r"por\s+mês", r"ao\s+mês(?!\s+(?:anterior|passado))", r"todos\s+os\s+meses", r"mensalmente")
PARTIAL_MONTH_PHRASES = (r"(?:primeira|segunda|última)s?\s+(?:metade|quinzena|semanas?)", r"meados\s+de")
AS_OF_PHRASES = (r"à\s+data\s+de", r"com\s+data\s+de")
BECAME_WORDS = (r"foi", r"tornou-se")
WITH_WORDS = (r"com",)
AND_WORDS = (r"e",)
IN_WORDS = (r"em", r"no")
HEAD_MONTH_WORDS = (r"em", r"no\s+mês\s+de", r"durante")
OTHER_TIME_WORDS = (r"comparação", r"relação", r"anterior\w*", r"antes", r"há", r"depois", r"mais\s+tarde")
SO_FAR_WORDS = (r"já", r"até\s+agora", r"até\s+ao\s+momento", r"até\s+hoje")
RANGE_FROM_WORDS = (r"de",)
RANGE_TO_WORDS = (r"a",)
DURATION_WORDS = (r"ano", r"anos", r"semanas?", r"dias?", r"trimestres?", r"semestres?", r"período", r"ontem")
YEAR_NOUNS = (r"ano",)
# the HQ's full name ("Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra")
HQ_FULL_NAMES = (r"(?:quartel[\s-]general|sede|centro|estado[\s-]maior)\s+de\s+coordena[çc][ãa]o\s+(?:para|sobre)\s+"
                 r"(?:o\s+)?tratamento\s+(?:de|dos)\s+prisioneiros\s+de\s+guerra",)
NOT_WORDS = (r"não",)
PERIOD_PREPOSITIONS = (r"em", r"para")
MONTH_NOUN_STEMS = ("mês", "mes")
LAST_STEMS = ("passad", "anterior")
REQUEST_ADJECTIVES = (r"novos", r"novas", r"outros", r"outras")
REQUEST_STEMS = (r"pedidos?", r"solicitaç\w+", r"solicitacoes")
NUMBER_OF_WORDS = (r"(?:o\s+)?número\s+de",)
ABOUT_TOPIC_WORDS = (r"sobre", r"acerca\s+de")
MISSING_WORDS = (r"desaparecidos?",)
CAPTIVITY_WORDS = (r"cativeiro", r"prisioneiros?", r"mortos?")
KIN_BEFORE_WORDS = (r"famílias", r"familiares", r"mães", r"(?:famílias|familiares|mães)\s+d[eo]s?", r"entre")
SURRENDER_STEMS = (r"rend", r"entreg", r"rendição")
SURRENDERED_VERBS = (r"renderam", r"rendidos", r"entregaram")
VIA_WORDS = (r"através\s+d[aoe]", r"graças\s+a", r"por\s+meio\s+d[aoe]")
INTENT_PHRASES = (r"(?:manifestaram|expressaram)\s+(?:o\s+)?(?:desejo|vontade|intenção)",)
CURRENCY_WORDS = (r"euros?", r"dólares", r"rublos?", r"reais", r"grívnias?")
AGE_WORDS = (r"anos",)
ORDINAL_ENDINGS = (r"º", r"ª", r"°")
BAD_BEFORE_WORDS = (r"não", r"menos(?<!não\smenos)\s+de", r"entre", r"número", r"n\.º")
SAFE_AFTER_WORDS = (r"em", r"mas", r"desde", r"face", r"contra", r"durante")
TIMES_WORDS = (r"vezes",)
CONJUNCTIONS = (r"mas",)
WHOSE_WORDS = (r"cujos", r"cujas", r"cujo", r"cuja")
NOT_A_FACT_WORDS = (r"não", r"nunca", r"poderiam", r"deveriam")
FIRST_PERSON_WORDS = (r"nós", r"nosso\w*", r"nossa\w*")
ADDITIVE_WORDS = (r"outros", r"outras", r"além\s+disso", r"adicionais")
FORWARDED_WORDS = (r"encaminhad\w*", r"transferid\w*")
RATE_PHRASES = (r"por\s+hora", r"a\s+cada\s+hora")
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("não",)
ADDRESSED_TO_WORDS = ("a", "à", "ao", "para", "o", "pela", "pelo")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"número", r"cifra")
DAY_MONTH_LINK_WORDS = (r"de",)  # "28 de janeiro"
DAY_SUFFIXES_BEFORE_MONTH = ("º",)  # "1º de janeiro"
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"no\s+início\s+de", r"em\s+meados\s+de", r"no\s+final\s+de", r"no\s+fim\s+de")
