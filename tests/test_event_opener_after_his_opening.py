"""Who opened an event when the report names them before "عقب افتتاحه المهرجان" (after his
opening of the festival): "وأكد رئيس اللجان المنظمة الدكتور فلان عقب افتتاحه المهرجان أن …"
(from articles nobody here tuned on). No opening verb was there to read."""

from __future__ import annotations

from ingest.events.extract import extract_events
from tests.conftest import service_over

_FESTIVAL = {
    "id": "honey",
    "title": "انطلاق مهرجان التين الدولي في الطائف",
    "date": "2015-08-06",
    "text": (
        "انطلقت مساء أمس فعاليات مهرجان التين الدولي الخامس في حديقة الردف بالطائف بمشاركة "
        "30 مزارعا.\n"
        "وأكد وكيل محافظة الطائف، رئيس اللجان المنظمة للمهرجان الدكتور عادل بن سعد القرشي "
        "عقب افتتاحه المهرجان أن المحافظة تفخر باحتضانه."
    ),
}


def test_the_card_holds_who_opened_it():
    cards = extract_events("honey", _FESTIVAL["text"], _FESTIVAL["title"], _FESTIVAL["date"])
    people = [(p.name, p.role) for c in cards for p in c.people]
    assert ("الدكتور عادل بن سعد القرشي", "opened") in people, people


def test_the_opener_is_answered(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL])
    answer = service.ask("من افتتح مهرجان التين الدولي الخامس في الطائف؟")
    assert answer.short_answer is not None, answer.answer
    assert "عادل بن سعد القرشي" in answer.short_answer, answer.answer


def test_after_opening_an_exhibition_within_names_no_opener_of_the_festival():
    text = _FESTIVAL["text"].replace(
        "الدكتور عادل بن سعد القرشي عقب افتتاحه المهرجان",
        "الدكتور عادل بن سعد القرشي عقب تجوله في المهرجان",
    )
    cards = extract_events("honey", text, _FESTIVAL["title"], _FESTIVAL["date"])
    assert [p for c in cards for p in c.people if p.role == "opened"] == []
