"""A field question about an event that made no card: read from the article at question time.

The article is invented for this test. Its forum is named and its organizer stated, but no
place or time is given, so the ingest gate keeps no card for it (a card needs a place or a
time). Before the fix the question fell to the sentence picker, which answered with the
lecture sentence and not the organizer.
"""

from __future__ import annotations

import pytest

from ingest.events.extract import extract_events, read_events
from tests.conftest import service_over

TEXT = (
    "ألقى الدكتور سامر الحربي محاضرة عن إدارة الوقت للطلاب والطالبات، ضمن فعاليات ملتقى "
    "«شباب المستقبل» الذي ينظمه مركز الحي الثقافي، وشهدت المحاضرة حضورا لافتا. "
    "وتناول المحاضر أثر التخطيط اليومي في التحصيل الدراسي."
)
ARTICLES = [
    {"id": "youth-forum", "title": "محاضرة عن إدارة الوقت", "date": "2031-06-02", "text": TEXT},
    {
        "id": "city-news",
        "title": "أعمال صيانة",
        "date": "2031-06-01",
        "text": "بدأت البلدية أعمال صيانة الطرق في الأحياء الشرقية، وتستمر الأعمال شهرا.",
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("ungated"), ARTICLES)


def test_the_gate_keeps_no_card_but_the_article_still_names_the_organizer():
    assert extract_events("youth-forum", TEXT, title="محاضرة عن إدارة الوقت") == []
    (card,) = [c for c in read_events("youth-forum", TEXT) if "شباب المستقبل" in c.name]
    assert card.organizers == ["مركز الحي الثقافي"]


def test_a_field_question_is_answered_from_the_article(service):
    answer = service.ask("من ينظم ملتقى شباب المستقبل؟")
    assert not answer.refused
    assert answer.answer.startswith("**مركز الحي الثقافي**"), answer.answer
    assert [c.doc_id for c in answer.citations] == ["youth-forum"]
    assert service.events() == []
