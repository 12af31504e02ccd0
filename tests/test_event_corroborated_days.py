"""Two reports of one event that give its day in their own words ("الاثنين المقبل" in the
announcement, "اليوم" in the report of the day) are both cited, also when only one of them
made a card (the announcement names no event noun, as "ينطلق سوق عكاظ" does not): each day
is resolved against its own article's publication date. The articles are invented for these
tests."""

from __future__ import annotations

import pytest

from assistant.events.reading import same_day
from language.analyzer import normalize
from tests.conftest import service_over

ANNOUNCED = (
    "تنطلق «ذاكرة الوادي» للصور التاريخية مساء الاثنين المقبل في قاعة الفنون بمدينة أبها، "
    "وتضم 300 صورة نادرة يعرضها 40 مصورا."
)
OPENED = (
    "افتتح أمير المنطقة اليوم معرض «ذاكرة الوادي» للصور التاريخية في أبها، بحضور عدد من "
    "المسؤولين والمهتمين بالتراث."
)
ARTICLES = [
    # 2031-07-25 is a Friday: "الاثنين المقبل" is 2031-07-28, the day the second report is
    # published and says "اليوم"
    {"id": "announced", "title": "معرض ذاكرة الوادي", "date": "2031-07-25", "text": ANNOUNCED},
    {"id": "opened", "title": "افتتاح معرض ذاكرة الوادي", "date": "2031-07-28", "text": OPENED},
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("days"), ARTICLES)


def test_both_reports_of_the_opening_day_are_cited(service):
    answer = service.ask("متى يفتتح معرض «ذاكرة الوادي» في أبها؟")
    assert not answer.refused, answer.answer
    assert "28 يوليو 2031" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"announced", "opened"}, answer.answer


def test_a_day_counts_only_in_a_sentence_naming_the_event():
    text = "وصل الوفد اليوم إلى المدينة. وافتتح المحافظ المعرض صباح اليوم."
    words = {normalize("المعرض")}
    span = same_day(text, "2031-07-28", "2031-07-28", lambda w: w in words)
    assert span is not None and text.index("وافتتح") < span[0]
    assert same_day(text, "2031-07-28", "2031-07-29", lambda w: w in words) is None
