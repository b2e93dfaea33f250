"""A month after a report verb that follows the figure dates the report, not the figure.

"..., повідомили в Коордштабі наприкінці травня." says when the headquarters spoke; the month the figure
counts is then unknown, and the figure goes to quarantine (month_unknown) with its value — never to a
monthly count of May. The verb may come first with who said it between it and the month ("сообщили в
штабе в мае", "teilte der Stab Ende Mai mit", "a indiqué le QG fin mai", "said the HQ in May").
The HQ's full name counts as one of those words ("повідомили в Координаційному штабі з питань поводження з
військовополоненими наприкінці травня"); a comma before the month ("..., повідомили у штабі, наприкінці травня.")
leaves the month uncertain: quarantine too.

A month before the figure still dates the figure: in a sentence of its own after the report, or in the
same sentence with the report verb after the figure.
"""

from __future__ import annotations

import pytest
from extract_helpers import FIND, M, fact_shape, read_post

PUBLISHED = "2025-06-03"

# The figure first, then the report verb, then the month it was said in: no monthly count may be read.
REPORT_DATED = [
    ("uk-late-month", "Проєкт «Хочу знайти» зафіксував 8 615 звернень, повідомили в Коордштабі наприкінці травня."),
    ("uk-plain-month", "До проєкту «Хочу знайти» надійшло 8 615 звернень, заявили у штабі в травні."),
    ("uk-present-verb", "«Хочу знайти» прийняв 8 615 звернень, повідомляє Координаційний штаб у травні."),
    ("uk-early-month", "«Хочу знайти» отримав 8 615 заявок, розповіли в штабі на початку травня."),
    ("ru-end-of-month", "Проект «Хочу найти» принял 8 615 обращений, сообщили в Координационном штабе в конце мая."),
    ("ru-plain-month", "В проект «Хочу найти» поступило 8 615 заявок, заявили в штабе в мае."),
    ("en-said-the-hq", 'The "I Want to Find" project logged 8,615 requests, said the Coordination HQ in late May.'),
    ("en-hq-said", 'The "I Want to Find" project logged 8,615 requests, the HQ said in mid-May.'),
    ("de-separable-verb", "Das Projekt „Ich will finden“ verzeichnete 8.615 Anfragen, teilte der Stab Ende Mai mit."),
    ("de-gab-bekannt", "Das Projekt „Ich will finden“ zählte 8.615 Anfragen, gab das Hauptquartier im Mai bekannt."),
    ("fr-end-of-month", "Le projet « Je veux trouver » a enregistré 8 615 demandes, a indiqué le QG fin mai."),
    ("es-end-of-month",
     "El proyecto «Quiero encontrar» registró 8.615 solicitudes, informó el cuartel a finales de mayo."),
    ("it-end-of-month",
     "Il progetto «Voglio trovare» ha registrato 8.615 richieste, ha comunicato il comando a fine maggio."),
    ("pt-end-of-month",
     "O projeto «Quero encontrar» registou 8.615 pedidos, informou o quartel-general no final de maio."),
    ("pl-end-of-month", "Projekt «Chcę znaleźć» zarejestrował 8 615 zgłoszeń, poinformował sztab pod koniec maja."),
    # the HQ's full name (longer than four words) between the verb and the month: one unit of the gap
    ("uk-hq-full-name",
     "Проєкт «Хочу знайти» отримав 8 615 звернень, повідомили в Координаційному штабі з питань поводження з "
     "військовополоненими в кінці травня."),
    ("uk-hq-full-name-then-words",
     "«Хочу знайти» прийняв 8 615 звернень, розповіли у Координаційному штабі з питань поводження з "
     "військовополоненими журналістам у травні."),
    ("ru-hq-full-name",
     "Проект «Хочу найти» принял 8 615 обращений, сообщили в Координационном штабе по вопросам обращения с "
     "военнопленными в конце мая."),
    ("en-hq-full-name",
     'The "I Want to Find" project logged 8,615 requests, the Coordination Headquarters for the Treatment of '
     "Prisoners of War said in late May."),
    ("en-said-hq-full-name",
     'The "I Want to Find" project logged 8,615 requests, said the Coordination Headquarters for the Treatment '
     "of Prisoners of War at the end of May."),
    # the HQ's full name in the other languages the extractor reads
    ("de-hq-full-name",
     "Das Projekt „Ich will finden“ verzeichnete 8.615 Anfragen, teilte der Koordinierungsstab für die Behandlung "
     "von Kriegsgefangenen Ende Mai mit."),
    ("fr-hq-full-name",
     "Le projet « Je veux trouver » a enregistré 8 615 demandes, a indiqué le quartier général de coordination "
     "pour le traitement des prisonniers de guerre fin mai."),
    ("es-hq-full-name",
     "El proyecto «Quiero encontrar» registró 8.615 solicitudes, informó el Cuartel General de Coordinación para "
     "el Tratamiento de los Prisioneros de Guerra a finales de mayo."),
    ("it-hq-full-name",
     "Il progetto «Voglio trovare» ha registrato 8.615 richieste, ha comunicato il Quartier generale di "
     "coordinamento per il trattamento dei prigionieri di guerra a fine maggio."),
    ("pt-hq-full-name",
     "O projeto «Quero encontrar» registou 8.615 pedidos, informou o Quartel-General de Coordenação para o "
     "Tratamento de Prisioneiros de Guerra no final de maio."),
    ("pl-hq-full-name",
     "Projekt «Chcę znaleźć» zarejestrował 8 615 zgłoszeń, poinformował Sztab Koordynacyjny do spraw "
     "Traktowania Jeńców Wojennych pod koniec maja."),
    # a comma between who said it and the month: "..., the HQ said, in May." may date either; never May's count
    ("uk-comma-before-month", "Проєкт «Хочу знайти» зафіксував 8 615 звернень, повідомили у штабі, наприкінці травня."),
    ("ru-comma-before-month", "Проект «Хочу найти» принял 8 615 обращений, сообщили в штабе, в конце мая."),
    ("en-comma-before-month", 'The "I Want to Find" project logged 8,615 requests, the HQ said, in late May.'),
    ("uk-comma-hq-full-name",
     "Проєкт «Хочу знайти» отримав 8 615 звернень, повідомили в Координаційному штабі з питань поводження з "
     "військовополоненими, наприкінці травня."),
]


@pytest.mark.parametrize("text", [c[1] for c in REPORT_DATED], ids=[c[0] for c in REPORT_DATED])
def test_month_after_a_trailing_report_verb_dates_the_report(text: str) -> None:
    extraction = read_post(text, PUBLISHED)
    assert fact_shape(extraction) == [], f"the month dates the report, not the figure: {text}"
    (problem,) = extraction.problems
    assert (problem.rule, problem.series) == ("month_unknown", FIND), problem
    assert "8615" in problem.message


# The month stands before the figure: it is the figure's month, whatever report verb comes around it.
FIGURE_DATED = [
    ("uk-report-then-month-sentence",
     "Про це повідомили в Коордштабі. У травні до проєкту «Хочу знайти» надійшло 8 615 звернень."),
    ("uk-month-first-report-after",
     "У травні проєкт «Хочу знайти» отримав 8 615 звернень, повідомили у штабі."),
    ("uk-as-reported-then-month",
     "Як повідомили у штабі, у травні до «Хочу знайти» надійшло 8 615 звернень."),
    ("ru-report-then-month-sentence",
     "Об этом сообщили в штабе. В мае в проект «Хочу найти» поступило 8 615 обращений."),
    # the HQ's full name after the figure: the month before the figure is still the figure's
    ("uk-month-first-hq-full-name",
     "У травні проєкт «Хочу знайти» отримав 8 615 звернень, повідомили в Координаційному штабі з питань "
     "поводження з військовополоненими."),
    ("ru-month-first-hq-full-name",
     "В мае проект «Хочу найти» принял 8 615 обращений, сообщили в Координационном штабе по вопросам "
     "обращения с военнопленными."),
    ("en-month-first-hq-full-name",
     'In May the "I Want to Find" project logged 8,615 requests, the Coordination Headquarters for the '
     "Treatment of Prisoners of War said."),
    ("uk-hq-full-name-then-month-figure",
     "Як повідомили в Координаційному штабі з питань поводження з військовополоненими, у травні до «Хочу "
     "знайти» надійшло 8 615 звернень."),
    ("en-hq-full-name-reported-then-month-sentence",
     "The Coordination Headquarters for the Treatment of Prisoners of War reported it. In May the "
     '"I Want to Find" project logged 8,615 requests.'),
    ("ru-month-first-report-after",
     "В мае проект «Хочу найти» получил 8 615 обращений, сообщили в штабе."),
    ("en-month-first-report-after",
     'In May, the "I Want to Find" project logged 8,615 requests, the HQ said.'),
    ("en-report-then-month-sentence",
     'The HQ said so on Monday. In May the "I Want to Find" project logged 8,615 requests.'),
    ("de-month-first-report-after",
     "Im Mai verzeichnete das Projekt „Ich will finden“ 8.615 Anfragen, teilte der Stab mit."),
    # words between the verb and the month, then a colon: the month announces the figure that follows
    ("uk-report-about-month-colon",
     "Штаб повідомив про підсумки у травні: «Хочу знайти» отримав 8 615 звернень."),
    ("en-report-about-month-colon",
     'The HQ reported its figures for May: the "I Want to Find" project logged 8,615 requests.'),
    ("de-report-then-month-sentence",
     "Das teilte der Stab mit. Im Mai verzeichnete das Projekt „Ich will finden“ 8.615 Anfragen."),
]


@pytest.mark.parametrize("text", [c[1] for c in FIGURE_DATED], ids=[c[0] for c in FIGURE_DATED])
def test_month_before_the_figure_stays_the_figures_month(text: str) -> None:
    assert fact_shape(read_post(text, PUBLISHED)) == [(FIND, M, "2025-05", 8615, "exact")], text
