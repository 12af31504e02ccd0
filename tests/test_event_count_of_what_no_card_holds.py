""" "How many events did this body hold?" when no card knows the body: retrieval answers.

A question over many events ("كم عدد المهرجانات التي تقام في تبوك؟") that no card fits is
refused when it names a place or a time: no event of the library is held there or then, and
retrieval would answer with any sentence naming the place. A question that also names what
no card knows ("كم عدد الفعاليات التي نظمها مركز رائدات الأعمال بغرفة تبوك …؟") is not
asking the library to count its cards: the report of that centre states the count itself,
and has no card, since it reports no one event. It was refused; it is now read.
"""

from __future__ import annotations

import pytest

from tests.conftest import service_over

_FESTIVAL = {
    "id": "flowers",
    "title": "انطلاق مهرجان الزهور الثالث في تبوك",
    "date": "2015-08-01",
    "text": (
        "انطلقت مساء أمس في حديقة الأمير فهد بن سلطان في تبوك فعاليات مهرجان الزهور الثالث "
        "الذي تنظمه أمانة منطقة تبوك ويستمر عشرة أيام."
    ),
}
_CENTRE = {
    "id": "centre",
    "title": "برامج صيفية لرائدات الأعمال",
    "date": "2015-08-01",
    "text": (
        "وقعت الغرفة التجارية الصناعية بتبوك اتفاقية مع جامعة تبوك لتقديم برامج صيفية "
        "تستقطب رائدات الأعمال في المنطقة. "
        'وقالت مديرة مركز رائدات الأعمال بالغرفة: "تم تنظيم أربع فعاليات خلال موسم هذا '
        'الصيف، وهي ورش عمل ومحاضرات توعوية".'
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("centre"), [_FESTIVAL, _CENTRE])


def test_a_count_of_a_body_no_card_knows_is_read_from_its_report(service):
    answer = service.ask("كم عدد الفعاليات التي نظمها مركز رائدات الأعمال بغرفة تبوك لموسم الصيف؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "أربع", answer.answer
    assert answer.citations[0].doc_id == "centre"
    assert "تم تنظيم أربع فعاليات" in answer.citations[0].passage


@pytest.mark.parametrize(
    "question",
    ["كم عدد المهرجانات التي تقام في نجران؟", "كم عدد المهرجانات التي أقيمت في تبوك عام 2014؟"],
)
def test_a_count_of_events_held_where_or_when_none_is_still_refused(service, question):
    answer = service.ask(question)
    assert answer.refused, answer.answer
