""" "In which city …?" is led by the one town the chosen sentence names.

The sentence picker states a name alone only when it is sure of the sentence (a name's
boundaries are guesses), so "في أي مدينة انعقدت الجلسة الافتتاحية …؟" was answered with the
sentence "… خلال الجلسة الأولى المعقودة هذه الأيام بالقاهرة …" and no short answer: a reader had to
find the town, and "بالقاهرة" is not "القاهرة" to one comparing words. A town of the
gazetteer, introduced the way news introduces towns (joined "ب", "في", "مدينة"), is as sure
as a number is for "كم": it now leads, when the sentence names one such town only and the
question does not.
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import Token, asks_city, city_lead
from language.analyzer import normalize
from tests.conftest import service_over


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("في أي مدينة تعقد القمة؟", True),
        ("ما المدينة التي تستضيف المعرض؟", True),
        ("In which city is the forum held?", True),
        ("أين تعقد القمة؟", False),
        ("ما اسم مدير المدينة الجامعية؟", False),
    ],
)
def test_a_question_asking_for_a_town(question, asks):
    assert asks_city(question) is asks


def _tokens(text: str, question: str) -> list[Token]:
    import re

    asked = {normalize(w) for w in question.split()}
    return [
        Token(m.start(), m.end(), normalize(m.group()), normalize(m.group()) in asked, False)
        for m in re.finditer(r"\w+", text)
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("وأكد الوزير خلال الجلسة المعقودة هذه الأيام بالرياض أن البلدين شريكان.", "الرياض"),
        ("واحتفت المؤسسة أمس في مدينة بوسطن الأمريكية بطلابها.", "بوسطن"),
        ("وأقيم الحفل في القاهرة والإسكندرية معا.", None),  # two towns: no lead
        ("وذكر الخبر أن الحفل أقيم مساء أمس.", None),  # a town's name, not introduced as one
    ],
)
def test_the_one_town_a_sentence_names(text, town):
    lead = city_lead(text, _tokens(text, "في أي مدينة أقيم الحفل؟"))
    assert (lead.text if lead else None) == town


def test_the_town_of_the_question_is_not_its_answer():
    text = "وكرمت جمعية الثقافة بجدة مديرها في حفل أقيم في القاهرة."
    lead = city_lead(text, _tokens(text, "في أي مدينة كرمت جمعية الثقافة بجدة مديرها؟"))
    assert lead is not None and lead.text == "القاهرة"


def test_which_city_is_answered_with_the_town(tmp_path):
    article = {
        "id": "dialogue",
        "title": "انطلاق الحوار الاستراتيجي بين البلدين",
        "date": "2015-08-02",
        "text": (
            "انطلقت أمس جلسات الحوار الاستراتيجي بين البلدين بحضور وزيري الخارجية. "
            "وأكد الوزير خلال الجلسة الأولى المعقودة هذه الأيام بالرياض أن البلدين يرتبطان "
            "بعلاقات وثيقة."
        ),
    }
    service = service_over(tmp_path, [article], event_answers=False)
    answer = service.ask("في أي مدينة عقدت الجلسة الأولى للحوار الاستراتيجي؟")
    assert answer.short_answer == "الرياض", answer.answer
    assert answer.citations[0].doc_id == "dialogue"
