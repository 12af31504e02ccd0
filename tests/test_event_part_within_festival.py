"""Where a part of a festival is held, when the part's name has "في" in it: "أين يقام معرض
صنع في تبوك ضمن مهرجان تبوك للتسوق؟" (from articles nobody here tuned on).

The part was read up to the first "في" ("معرض صنع"), whose next word names no event, so no
part was asked; the part's own card (from a report that says no venue) was then answered with
the festival's venue, read from the sentence most like the whole question. "ضمن" now ends the
part, a card of the part with no venue does not stop its venue being read, and the sentence
that names the part is enough. Invented text.
"""

from __future__ import annotations

from assistant.events.questions import part_asked
from language.analyzer import normalize
from tests.conftest import service_over

_FESTIVAL = {
    "id": "festival",
    "title": "انطلاق مهرجان تبوك للتسوق",
    "date": "2015-07-26",
    "text": (
        "يرعى أمير منطقة تبوك مساء اليوم حفل افتتاح مهرجان تبوك للتسوق بحديقة الملك فهد "
        "بتبوك.\n"
        "في حين تشهد محافظة تيماء عددا من الفعاليات، منها سباق الهجن، مع استمرار فعالية "
        'معرض "صنع في تبوك" بمركز الأمير سلطان الثقافي في محافظة تيماء.'
    ),
}
_EXHIBITION = {
    "id": "exhibition",
    "title": "حرفيون في معرض صنع في تبوك",
    "date": "2015-07-25",
    "text": (
        'تنظم غرفة تبوك التجارية معرض "صنع في تبوك" بمشاركة 30 حرفيا من أبناء المنطقة، '
        "ويستمر المعرض أسبوعين."
    ),
}

_QUESTION = "أين يقام معرض صنع في تبوك ضمن مهرجان تبوك للتسوق؟"


def test_within_ends_the_part():
    assert part_asked(normalize(_QUESTION).replace("؟", "").strip()) == ["صنع", "تبوك"]


def test_the_part_venue_is_read(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL, _EXHIBITION])
    answer = service.ask(_QUESTION)
    assert answer.short_answer is not None, answer.answer
    assert "مركز الأمير سلطان الثقافي" in answer.short_answer, answer.answer
