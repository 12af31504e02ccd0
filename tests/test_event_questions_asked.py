"""Questions as readers ask them about events whose names others share.

Two events under one quoted title in two towns, a patron asked "برعاية من", a country that
takes part in a festival abroad. The articles are invented for these tests; each test fails
on the code before the rule it names.
"""

from __future__ import annotations

import pytest

from assistant.events.questions import parse_question
from tests.conftest import service_over

YANBU = (
    "تحتضن ينبع في مطلع الشهر المقبل معرض «ألوان الوطن» 2031م، بإشراف هيئة السياحة، "
    "وسيفتتح برعاية المحافظ المهندس سالم الحربي، بمشاركة 30 جهة حكومية."
)
ABHA = (
    "اختتمت في أبها السبت الماضي فعاليات ملتقى «ألوان الوطن» الثاني، الذي نظمته هيئة السياحة "
    "برعاية أمير المنطقة، بمشاركة 40 فنانا من مختلف مناطق المملكة."
)
SOUSSE = (
    "تشارك السعودية بفيلمين من إنتاج شباب سعوديين في الدورة العشرين للمهرجان الدولي للفيلم "
    "القصير، التي تنطلق غدا في مدينة سوسة بتونس وتستمر أسبوعا."
)
PRIZES = (
    "تواصل جمعية الخط العربي بجدة استقبال المشاركات في مسابقة «حروف من نور» حتى نهاية الشهر "
    "المقبل. وأوضحت الجمعية أنه تم تخصيص مبلغ 8 آلاف ريال للفائز الأول، و4 آلاف ريال للفائز "
    "الثاني، وألفي ريال للفائز الثالث."
)
ARTICLES = [
    {"id": "prizes", "title": "مسابقة حروف من نور", "date": "2031-07-16", "text": PRIZES},
    {"id": "yanbu", "title": "ينبع تستضيف ألوان الوطن", "date": "2031-07-10", "text": YANBU},
    {"id": "abha", "title": "اختتام ملتقى ألوان الوطن", "date": "2031-07-12", "text": ABHA},
    {
        "id": "sousse",
        "title": "السعودية في مهرجان الفيلم القصير",
        "date": "2031-07-14",
        "text": SOUSSE,
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("asked"), ARTICLES)


def test_one_title_two_events_the_town_and_the_noun_decide(service):
    answer = service.ask("متى يقام معرض «ألوان الوطن» في ينبع؟")
    assert [c.doc_id for c in answer.citations] == ["yanbu"], answer.answer
    assert "الشهر المقبل" in answer.answer


def test_under_whose_patronage_asks_the_patron():
    parsed = parse_question("برعاية من يفتتح معرض «ألوان الوطن» في ينبع؟", "ar")
    assert parsed is not None and parsed.field == "patrons"


def test_the_patron_asked_under_whose_patronage_is_answered(service):
    answer = service.ask("برعاية من يفتتح معرض «ألوان الوطن» في ينبع؟")
    assert "سالم الحربي" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations] == ["yanbu"]


@pytest.mark.parametrize(
    "question",
    ["من رعى ملتقى «ألوان الوطن» الثاني في أبها؟", "من الذي رعى ملتقى «ألوان الوطن» في أبها؟"],
)
def test_who_was_patron_in_the_past_tense_asks_the_patron(question):
    parsed = parse_question(question, "ar")
    assert parsed is not None and parsed.field == "patrons"


def test_the_patron_of_an_event_past_is_answered(service):
    answer = service.ask("من رعى ملتقى «ألوان الوطن» الثاني في أبها؟")
    assert "أمير المنطقة" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations] == ["abha"]


@pytest.mark.parametrize(
    "question",
    [
        "من أقام ملتقى «ألوان الوطن» الثاني في أبها؟",
        "أي جهة أقامت ملتقى «ألوان الوطن» في أبها؟",
        "من الجهة التي عقدت ملتقى «ألوان الوطن» في أبها؟",
        "من نفذ ملتقى «ألوان الوطن» في أبها؟",
    ],
)
def test_who_held_it_asks_the_organiser(question):
    parsed = parse_question(question, "ar")
    assert parsed is not None and parsed.field == "organizers"


def test_the_body_that_held_an_event_is_answered(service):
    answer = service.ask("أي جهة أقامت ملتقى «ألوان الوطن» الثاني في أبها؟")
    assert "هيئة السياحة" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations] == ["abha"]


def test_the_activities_of_an_event_name_it_for_a_role():
    """ "من رئيس اللجنة المنظمة لفعاليات صيف الجوف 36 …" asks a person, not the organiser:
    "فعاليات" names the event the role is of."""
    parsed = parse_question("من رئيس اللجنة المنظمة لفعاليات صيف الجوف 36؟", "ar")
    assert parsed is not None and parsed.field == "person"
    assert parsed.role[:2] == ["رءيس", "اللجنه"]


def test_a_person_of_the_activities_is_read(tmp_path):
    article = {
        "id": "summer",
        "title": "صيف الجوف 36",
        "date": "2031-07-20",
        "text": (
            "تتواصل فعاليات صيف الجوف 36 في متنزه النخيل وسط إقبال كبير من الزوار.\n"
            "وأكد رئيس اللجنة المنظمة لفعاليات صيف الجوف 36 سالم بن عيد الرويلي أن "
            "الفعاليات تستمر حتى نهاية الشهر."
        ),
    }
    service = service_over(tmp_path, [article])
    answer = service.ask("من رئيس اللجنة المنظمة لفعاليات صيف الجوف 36؟")
    assert "سالم بن عيد الرويلي" in (answer.short_answer or ""), answer.answer


def test_a_country_taking_part_is_not_where_the_event_is(service):
    answer = service.ask("ما رقم دورة المهرجان الدولي للفيلم القصير التي تشارك فيها السعودية؟")
    assert [c.doc_id for c in answer.citations] == ["sousse"], answer.answer
    assert answer.event_ids == ["sousse-lfylm-qsyr-20"]
    assert answer.short_answer == "النسخة العشرون"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("كم تبلغ جائزة الفائز الأول في مسابقة «حروف من نور»؟", "8 آلاف ريال"),
        # the sum of the second place, written with "و" onto its number
        ("كم تبلغ جائزة الفائز الثاني في مسابقة «حروف من نور»؟", "4 آلاف ريال"),
    ],
)
def test_a_prize_is_a_sum_with_its_currency_and_the_place_it_is_for(service, question, expected):
    answer = service.ask(question)
    assert answer.short_answer == expected, answer.answer
    assert [c.doc_id for c in answer.citations] == ["prizes"]
