"""The offline answerer on news written the way news is: dates relative to the day of
publication, and English articles asked about in English.

The articles are invented for this test (same shape as the events set's reports). Before
the fix both questions were refused: a "when" question found no date in "يوم بعد غدٍ،
الخميس", and an English question's words were looked up only in their Arabic forms, so an
English article that used the very same words looked like it did not hold them.
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import date_candidates
from tests.conftest import service_over

ARTICLES = [
    {
        "id": "souq-program",
        "title": "برنامج ثقافي لسوق الوادي",
        "date": "2031-03-04",
        "text": (
            "تنطلق الأمسيات الثقافية لسوق الوادي في دورتها الرابعة يوم بعد غدٍ، الخميس، "
            "بندوة عن الرواية الجديدة يحاضر فيها عدد من الكتاب، وتقام على مسرح السوق. "
            "ويشمل البرنامج معرضا للكتاب وعروضا مسرحية للأطفال طوال أيام السوق."
        ),
    },
    {
        "id": "harbour-awards",
        "title": "Harbour Arts Awards honour a radio drama",
        "date": "",
        "text": (
            "The Lantern Hour has become the first radio serial to win at the Harbour Arts "
            "Awards, which usually reward stage and gallery work. The serial beat two "
            "television plays to take the best drama prize on Friday. A young painter won "
            "the newcomer award, and a poet was given a lifetime achievement prize."
        ),
    },
    {
        "id": "port-traffic",
        "title": "حركة الموانئ",
        "date": "2031-03-01",
        "text": (
            "ارتفعت حركة الحاويات في ميناء المدينة الشمالي خلال الربع الأول من العام. "
            "وقال مدير الميناء إن أعمال التوسعة ستكتمل قبل نهاية العام."
        ),
    },
]


@pytest.fixture(scope="module")
def news_service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("news"), ARTICLES, event_answers=False)


def test_relative_days_are_dates():
    sentence = "تنطلق الأمسيات يوم بعد غدٍ، الخميس، بندوة"
    assert [c.text for c in date_candidates(sentence)] == ["يوم بعد غدٍ، الخميس"]
    assert [c.text for c in date_candidates("يفتتح المعرض الأحد المقبل")] == ["الأحد المقبل"]
    assert [c.text for c in date_candidates("took the prize on Friday.")] == ["on Friday"]
    # a text that states a date has that date only
    assert [c.text for c in date_candidates("في 12 مارس 2031 يوم الخميس")] == ["12 مارس 2031"]


def test_when_answered_by_a_weekday_relative_to_publication(news_service):
    answer = news_service.ask("متى تنطلق الأمسيات الثقافية لسوق الوادي؟", mode="offline")
    assert not answer.refused, answer.answer
    assert "الخميس" in answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["souq-program"]


def test_english_question_over_an_english_article_is_answered(news_service):
    answer = news_service.ask(
        "Which serial won the best drama prize at the Harbour Arts Awards?", mode="offline"
    )
    assert not answer.refused, answer.answer
    assert "The Lantern Hour" in answer.answer
    assert "harbour-awards" in {c.doc_id for c in answer.citations}


def test_what_the_articles_lack_is_still_refused(news_service):
    # the English words are found in the award article, the asked thing is not
    answer = news_service.ask("When will the airport in Harbour open?", mode="offline")
    assert answer.refused, answer.answer
    assert not answer.citations
