"""Where an evening was held is read from the sentence that names it (from articles nobody
here tuned on).

"أين أقيمت الأمسية الإنشادية الختامية لجمعية …؟" asked nothing a card holds (an evening is a
part of a programme, its place not the event's venue) and went to the sentence picker, which
quoted the sentence that opens the article and stopped before "وذلك بمقر القاعة الثقافية
بالجمعية". The evening's stage is now read like a ceremony's: from the sentence naming it.
"""

from __future__ import annotations

from tests.conftest import service_over

_EVENING = {
    "id": "evening",
    "title": "أمسية إنشادية تختتم برنامج الجمعية الصيفي",
    "date": "2015-07-24",
    "text": (
        "اختتمت جمعية الثقافة والفنون بتبوك مساء أمس أمسياتها الإنشادية بمشاركة أربعة من "
        "المنشدين الشباب، وذلك بمقر المسرح المفتوح بالجمعية وسط حضور كبير من محبي الإنشاد.\n"
        "وقدم المنشدون قصائد وطنية وأخرى في حب المنطقة."
    ),
}


def test_where_the_evening_was_held(tmp_path):
    service = service_over(tmp_path, [_EVENING])
    answer = service.ask("أين أقيمت الأمسية الإنشادية لجمعية الثقافة والفنون بتبوك؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and "المسرح المفتوح" in answer.short_answer
    assert [c.doc_id for c in answer.citations] == ["evening"]


def test_an_evenings_place_is_its_stage():
    from datetime import date

    from assistant.events.questions import parse_question

    q = parse_question("أين أقيمت الأمسية الشعرية في المهرجان؟", "ar", date(2015, 7, 24))
    assert q is not None and q.field == "stage"
    q = parse_question("Where is his keynote at the forum?", "en", date(2015, 7, 24))
    assert q is None  # (guard) an English talk's place is still left to retrieval
