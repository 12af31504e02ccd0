"""A list question's plural noun says which kinds of event it lists.

"ما المهرجانات التي تقام في تبوك؟" lists festivals, not the forum held in the same town;
the meetings people talk at are called by one another's names, so "الملتقيات" lists forums,
symposia and conferences together; "الفعاليات" lists every kind. A festival whose name is a
plural ("مهرجانات وادي الورد") is one event when the question writes its name out. The articles
are invented for these tests.
"""

from __future__ import annotations

import pytest

from language.analyzer import normalize
from tests.conftest import service_over

ARTICLES = [
    {
        "id": "festival",
        "title": "مهرجان تبوك للزيتون",
        "date": "2031-09-01",
        "text": "تنطلق يوم الخميس 4 سبتمبر 2031 فعاليات مهرجان تبوك للزيتون في مدينة تبوك "
        "بمشاركة 60 مزارعا من المنطقة.",
    },
    {
        "id": "forum",
        "title": "ملتقى تبوك للاستثمار",
        "date": "2031-09-02",
        "text": "يعقد ملتقى تبوك للاستثمار يوم الأحد 14 سبتمبر 2031 في مدينة تبوك بتنظيم من "
        "الغرفة التجارية، بمشاركة 30 متحدثا.",
    },
    {
        "id": "symposium",
        "title": "ندوة المياه",
        "date": "2031-09-03",
        "text": "تقام ندوة تبوك الدولية للمياه يوم الثلاثاء 23 سبتمبر 2031 في مدينة تبوك "
        "بمشاركة خبراء من عشر دول.",
    },
    {
        "id": "ceremony",
        "title": "حفل معايدة أهالي تبوك",
        "date": "2031-09-04",
        "text": "يقام حفل معايدة أهالي تبوك يوم الجمعة 26 سبتمبر 2031 في مدينة تبوك برعاية "
        "المحافظ، بمشاركة فرق شعبية من المنطقة.",
    },
    {
        "id": "course",
        "title": "دورة تدريبية في التصوير بتبوك",
        "date": "2031-09-05",
        "text": "تنظم جمعية الثقافة والفنون دورة تدريبية في فن التصوير الضوئي يوم الأحد 28 "
        "سبتمبر 2031 في مدينة تبوك، بمشاركة 25 متدربا من هواة التصوير.",
    },
    {
        "id": "roses",
        "title": "مهرجانات وادي الورد",
        "date": "2031-04-02",
        "text": "انطلقت أمس «مهرجانات وادي الورد» في مدينة الطائف وتستمر حتى 30 أبريل 2031، بمشاركة "
        "أكثر من 100 مزرعة.",
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("kinds"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ما المهرجانات التي تقام في تبوك؟", {"festival"}),
        ("ما الملتقيات التي تقام في تبوك؟", {"forum", "symposium"}),
        (
            "ما الفعاليات التي تقام في تبوك؟",
            {"festival", "forum", "symposium", "ceremony", "course"},
        ),
        ("ما الحفلات التي تقام في تبوك؟", {"ceremony"}),
        ("ما الدورات التدريبية التي تقام في تبوك؟", {"course"}),
        ("Which training courses are held in Tabuk?", {"course"}),
    ],
)
def test_a_list_holds_the_kinds_its_noun_asks_for(service, question, expected):
    answer = service.ask(question)
    assert {c.doc_id for c in answer.citations} == expected, answer.answer


def test_a_festival_named_by_a_plural_is_one_event(service):
    answer = service.ask("متى تختتم مهرجانات وادي الورد في الطائف؟")
    assert "30 أبريل" in (answer.short_answer or ""), answer.answer  # its end, not a list
    assert {c.doc_id for c in answer.citations} == {"roses"}


def test_the_concerts_of_one_named_event_are_no_list(service):
    from assistant.events.questions import kinds_asked

    answer = service.ask("متى تقام أولى حفلات مهرجان تبوك للزيتون؟")
    assert {c.doc_id for c in answer.citations} == {"festival"}, answer.answer
    assert kinds_asked(normalize("ما الحفلات التي تقام في تبوك"), "ar") == {"ceremony"}


def test_plural_nouns_name_their_kinds():
    from assistant.events.questions import kinds_asked

    assert kinds_asked(normalize("ما المهرجانات القادمة"), "ar") == {"festival"}
    assert kinds_asked(normalize("ما المعارض والمهرجانات"), "ar") == {"exhibition", "festival"}
    assert kinds_asked(normalize("ما الفعاليات والمعارض"), "ar") is None
    assert kinds_asked("which festivals are in april", "en") == {"festival"}
    assert kinds_asked("what events are coming up", "en") is None
    assert kinds_asked(normalize("ما المسابقات والاحتفالات"), "ar") == {"competition", "ceremony"}
    assert kinds_asked("which ceremonies are in april", "en") == {"ceremony"}
    assert kinds_asked(normalize("أين يقام المهرجان"), "ar") is None
    assert kinds_asked(normalize("ما الدورات التدريبية في تبوك"), "ar") == {"course"}
    assert kinds_asked("which courses are in april", "en") == {"course"}
    # the editions of one event are no courses
    assert kinds_asked(normalize("ما دورات مهرجان تبوك"), "ar") is None
