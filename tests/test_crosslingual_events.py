"""An Arabic question about an event that only an English article reports.

The articles are invented for this test. Before the fix the question was refused: retrieval
ranked the Arabic news above the English report, a field question was answered only from
the cards of the articles retrieval found, and an English figure ("About 90,000 people")
was neither on the card nor matched to the Arabic noun the question counts ("كم شخصا").
"""

from __future__ import annotations

import pytest

from ingest.events.content import find_figures
from tests.conftest import local_news, service_over

ARTICLES = [
    {
        "id": "robot-expo",
        "title": "Home robots take centre stage in Rotterdam",
        "date": "",
        "text": (
            "Makers of household machines have gathered in Rotterdam for the Domestic "
            "Robotics Expo, which opened its doors on Tuesday. About 90,000 people are "
            "expected to visit the show over four days, and some 1,200 new products will be "
            "unveiled by 640 exhibitors. The expo is organised by the European Robotics "
            "Association."
        ),
    },
    *local_news("معرض الكتاب المدرسي", range(1, 7)),
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("crosslingual"), ARTICLES)


def test_english_figures_are_numbers_with_what_they_count():
    text = (
        "About 90,000 people are expected, and some 1,200 new products. In 2005 more people came."
    )
    assert [(f.value, f.counts) for f in find_figures(text)] == [
        (90000, "people"),
        (1200, "products"),
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("كم شخصا يتوقع أن يزوروا معرض الروبوتات المنزلية في روتردام؟", "90,000"),
        ("كم عدد المنتجات الجديدة التي ستعرض في معرض الروبوتات في روتردام؟", "1,200"),
    ],
)
def test_an_arabic_question_is_answered_from_the_english_report(service, question, expected):
    answer = service.ask(question)
    assert not answer.refused, answer.answer
    assert expected in answer.answer
    assert [c.doc_id for c in answer.citations] == ["robot-expo"]


def test_the_english_figure_is_told_in_arabic(service):
    answer = service.ask("كم شخصا يتوقع أن يزوروا معرض الروبوتات المنزلية في روتردام؟")
    assert answer.answer.startswith("**90,000 شخص**")
