"""Where a part of a festival is held is not where the festival is (from articles nobody
here tuned on).

"أين تقام خيمة مسرح الطفل ضمن مهرجان …؟" was answered with the festival's venue, from its
card. A where-question that names a part before "ضمن" (or before "في" and the event's noun)
now reads the venue said after the part in the sentence of the event's articles that names
it; the card answers when no sentence does, and when the card is the part's own.
"""

from __future__ import annotations

import assistant.events.questions as questions
from tests.conftest import service_over

_COAST = {
    "id": "coast",
    "title": "انطلاق مهرجان الساحل الصيفي",
    "date": "2015-07-25",
    "text": (
        "انطلقت مساء أمس فعاليات مهرجان الساحل الصيفي في حديقة الواجهة البحرية بمحافظة "
        "القنفذة، بتنظيم من بلدية المحافظة.\n"
        "ويقدم المهرجان عروض مسرح الطفل يوميا في قاعة الأمير سلطان بمركز الشباب، كما "
        "تقام مسابقات ثقافية للأسر.\n"
        "وأوضح رئيس البلدية أن المهرجان يستمر أسبوعين."
    ),
}


def test_the_part_s_own_venue_is_read(tmp_path):
    service = service_over(tmp_path, [_COAST])
    (card,) = service.events()
    assert card.venue and "حديقة الواجهة البحرية" in card.venue  # the scene
    answer = service.ask("أين تقام عروض مسرح الطفل ضمن مهرجان الساحل الصيفي؟")
    assert answer.short_answer is not None, answer.answer
    assert "قاعة الأمير سلطان" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["coast"]


def test_the_festival_itself_is_still_the_card_s(tmp_path):
    service = service_over(tmp_path, [_COAST])
    answer = service.ask("أين يقام مهرجان الساحل الصيفي؟")
    assert answer.short_answer is not None, answer.answer
    assert "حديقة الواجهة البحرية" in answer.short_answer, answer.answer


def test_a_part_no_sentence_places_gets_the_festival_s_venue(tmp_path):
    service = service_over(tmp_path, [_COAST])
    answer = service.ask("أين تقام المسابقات الثقافية ضمن مهرجان الساحل الصيفي؟")
    assert answer.short_answer is not None, answer.answer
    assert "حديقة الواجهة البحرية" in answer.short_answer, answer.answer


def test_the_part_a_question_names():
    def part(question):
        return questions.part_asked(questions.parse_question(question, "ar").text)

    assert part("أين تقام عروض مسرح الطفل ضمن مهرجان الساحل الصيفي؟") == ["عروض", "مسرح"]
    assert part("أين أقيم استعراض القوارب في مهرجان الساحل الصيفي؟") == ["استعراض", "القوارب"]
    # the event itself, or a place after "في" that is no event
    assert part("أين يقام مهرجان الساحل الصيفي؟") == []
    # "فعاليات" and the event noun are not the part's words; a card named "ملتقى الشباب"
    # is the part's own, and answers
    assert part("أين تقام فعاليات ملتقى الشباب ضمن مهرجان الساحل؟") == ["الشباب"]
    assert part("أين يقام حفل الأطفال الذي تنظمه الجمعية في القنفذة؟") == []
