"""Two reports of one event that give a value in their own words are both cited, also when
only one of them made a card (the announcement names no event noun, as "ينطلق سوق عكاظ" does
not): its day ("الاثنين المقبل" in the announcement, "اليوم" in the report of the day, each
resolved against its own article's publication date), its town or venue in a sentence naming
the event. An article about another edition that recalls this one is not cited for it. The
articles are invented for these tests."""

from __future__ import annotations

import pytest

from assistant.events.reading import said_with_event, same_day
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
EDITION_1 = (
    "اختتمت في مدينة تبوك أمس فعاليات ملتقى الرسامين الأول الذي نظمته جمعية الفنون في 14 "
    "مارس 2030، بمشاركة 30 رساما."
)
EDITION_2 = (
    "تستعد جمعية الفنون لتنظيم ملتقى الرسامين الثاني في 20 مارس 2031 بمدينة تبوك، بعد نجاح "
    "ملتقى الرسامين الأول الذي أقيم في تبوك العام الماضي."
)
ARTICLES = [
    # 2031-07-25 is a Friday: "الاثنين المقبل" is 2031-07-28, the day the second report is
    # published and says "اليوم"
    {"id": "announced", "title": "معرض ذاكرة الوادي", "date": "2031-07-25", "text": ANNOUNCED},
    {"id": "opened", "title": "افتتاح معرض ذاكرة الوادي", "date": "2031-07-28", "text": OPENED},
    {
        "id": "first",
        "title": "اختتام ملتقى الرسامين الأول",
        "date": "2030-03-15",
        "text": EDITION_1,
    },
    {"id": "second", "title": "ملتقى الرسامين الثاني", "date": "2031-02-01", "text": EDITION_2},
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


def test_the_town_is_cited_from_the_report_without_a_card(service):
    answer = service.ask("في أي مدينة يقام معرض «ذاكرة الوادي»؟")
    assert "أبها" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"announced", "opened"}, answer.answer


def test_another_editions_article_is_not_cited_for_this_one(service):
    answer = service.ask("في أي مدينة أقيم ملتقى الرسامين الأول؟")
    assert "تبوك" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"first"}, answer.answer


def test_a_town_counts_only_in_a_sentence_naming_the_event():
    text = "يزور الوفد أبها غدا. ويقام المعرض بأبها في قاعة الفنون."
    words = {normalize("المعرض")}
    span = said_with_event(text, "أبها", lambda w: w in words)
    assert span is not None and text[span[0] : span[1]] == "بأبها"
