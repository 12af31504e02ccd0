"""Search for a question about several events finds those events' articles first.

The five sample articles are indexed beside invented news that names the same countries
often (a Bahrain budget report, Moroccan football): plain hybrid retrieval ranks that news
above the summit articles for "which summits take place in Bahrain?". With event cards the
articles of the events the question selects come first, in search and in the answer's
sources alike; a question about one thing, or about no event, is searched as before.
"""

from __future__ import annotations

import pytest

from assistant.config import sample_articles_dir
from tests.conftest import service_over

DISTRACTORS = [
    {
        "id": "bahrain-budget",
        "title": "موازنة البحرين",
        "date": "2031-05-02",
        "text": (
            "أقر مجلس النواب في البحرين الموازنة العامة لمملكة البحرين للعامين المقبلين. "
            "وقال وزير المالية في البحرين إن الموازنة تدعم مشاريع الإسكان في البحرين. "
            "وتتوقع البحرين نموا في الإيرادات غير النفطية خلال العامين."
        ),
    },
    {
        "id": "bahrain-summer",
        "title": "Summer in Bahrain",
        "date": "2031-06-10",
        "text": (
            "Bahrain expects more visitors this summer, the tourism authority of Bahrain said. "
            "Hotels in Bahrain report high bookings, and Bahrain plans new beach parks."
        ),
    },
    {
        "id": "japan-trade",
        "title": "صادرات اليابان",
        "date": "2031-05-15",
        "text": (
            "ارتفعت صادرات اليابان من السيارات خلال الشهر الماضي، وقالت وزارة التجارة في "
            "طوكيو إن الطلب على السيارات اليابانية زاد في آسيا. وتعقد الحكومة في اليابان "
            "اجتماعات مع المصدرين لبحث أسعار الشحن."
        ),
    },
    {
        "id": "jeddah-summer-festival",
        "title": "مهرجان الصيف في جدة",
        "date": "2031-06-01",
        "text": (
            "قالت اللجنة المنظمة إن عدد الزوار المتوقع في مهرجان جدة الصيفي يبلغ نحو ثلاثة "
            "ملايين زائر من داخل المملكة وخارجها. ويتوقع المنظمون في جدة أن يزيد عدد الزوار "
            "على العام الماضي، وتقام الفعاليات على الواجهة البحرية طوال شهرين."
        ),
    },
    {
        "id": "morocco-football",
        "title": "كرة القدم في المغرب",
        "date": "2031-04-20",
        "text": (
            "فاز المنتخب المغربي في مباراة ودية أقيمت في المغرب أمس. وقال مدرب منتخب المغرب "
            "إن اللاعبين في المغرب أظهروا مستوى جيدا، وإن المغرب يستعد للبطولة المقبلة."
        ),
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("event-search"), DISTRACTORS, sample_articles_dir())


def _docs(hits) -> list[str]:
    return list(dict.fromkeys(h.doc_id for h in hits))


def _plain(service, question: str, k: int = 5) -> list[str]:
    service.settings.event_answers = False
    try:
        return _docs(service.search(question, k))
    finally:
        service.settings.event_answers = True


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("Which summits take place in Bahrain?", {"bahrain-smart-cities-summit"}),
        ("كم عدد القمم التي تعقد في البحرين؟", {"bahrain-smart-cities-summit"}),
        (
            "ما الملتقيات حول المدن الذكية التي تعقد في المغرب؟",
            {
                "berkane-smart-cities-forum-2025",
                "berkane-smart-cities-symposium-2024",
                "casablanca-smart-city-forum",
            },
        ),
    ],
)
def test_the_selected_events_articles_come_first(service, question, gold):
    docs = _docs(service.search(question, 5))
    assert set(docs[: len(gold)]) == gold, docs


def test_plain_retrieval_ranks_news_about_the_country_first(service):
    # what the test above fixes
    assert _plain(service, "Which summits take place in Bahrain?")[0] == "bahrain-summer"


def test_the_answer_cites_what_search_found(service):
    answer = service.ask("Which summits take place in Bahrain?", mode="offline")
    assert {c.doc_id for c in answer.citations} == {"bahrain-smart-cities-summit"}


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("من يرعى الملتقى الدولي حول المدن الذكية ببركان؟", "berkane-smart-cities-forum-2025"),
        (
            "Which edition of the Berkane smart cities symposium was held in 2024?",
            "berkane-smart-cities-symposium-2024",
        ),
        ("أين تقام قمة المدن الذكية في البحرين؟", "bahrain-smart-cities-summit"),
    ],
)
def test_one_events_field_finds_the_article_its_answer_reads_first(service, question, gold):
    # the two Berkane editions are near twins to retrieval; the card tells them apart
    assert _docs(service.search(question, 5))[0] == gold
    answer = service.ask(question, mode="offline")
    assert answer.citations and answer.citations[0].doc_id == gold


def test_other_questions_are_searched_as_before(service):
    for question in (
        "ما موازنة البحرين للعامين المقبلين؟",  # no event asked about
        "Which summits take place in Japan?",  # several events, none of them indexed
        "ما القمم التي تعقد في اليابان؟",
    ):
        assert _docs(service.search(question, 5)) == _plain(service, question), question


@pytest.mark.parametrize(
    "question", ["Which summits take place in Japan?", "ما القمم التي تعقد في اليابان؟"]
)
def test_events_in_a_country_no_card_holds_are_not_listed(service, question):
    # a country the library has no event in is a place asked for, not a word to ignore:
    # before, every indexed event was listed; and news that names the country is no event
    answer = service.ask(question, mode="offline")
    assert answer.refused, answer.answer
    assert not answer.citations


def test_what_a_card_lacks_is_not_read_from_another_event_in_the_same_city(service):
    # the Jeddah e-municipality day's article gives no visitor count; the Jeddah festival's
    # does, and names Jeddah, but it is another event
    answer = service.ask(
        "كم عدد الزوار المتوقع في ملتقى يوم البلدية الإلكترونية بجدة؟", mode="offline"
    )
    assert "jeddah-summer-festival" not in {c.doc_id for c in answer.citations}, answer.answer
    assert answer.refused, answer.answer
