"""A count two reports write differently ("حوالى 1800 سيارة" and "1800 سيارة", "30 طالباً"
and "ثلاثين طالبًا") is cited from both (from articles nobody here tuned on).

Two papers' reports of one story were tied only when they wrote the count in the same words,
so a question asked of one paper's report was answered with the other's alone.
"""

from __future__ import annotations

from assistant.events.reading import same_count
from tests.conftest import service_over

_FIRST = {
    "id": "first",
    "title": "1800 سيارة في سوق مهرجان الخرج للتمور",
    "date": "2015-08-08",
    "text": (
        "كشفت الإحصاءات عن وصول 1800 سيارة لسوق مهرجان الخرج للتمور محملة بأصناف "
        "التمور المختلفة.\nوقال مدير المهرجان إن الإقبال فاق التوقعات."
    ),
}
_SECOND = {
    "id": "second",
    "title": "إقبال على سوق مهرجان الخرج للتمور",
    "date": "2015-08-08",
    "text": (
        "بلغ عدد السيارات الواردة لسوق مهرجان الخرج للتمور حتى صباح أمس حوالى 1800 سيارة وفق "
        "فريق الإحصاء.\nوتتواصل فعاليات المهرجان حتى نهاية الشهر."
    ),
}


def _event(word: str) -> bool:
    return word in ("مهرجان", "لبرنامج")


def test_digits_and_words_are_one_count():
    text = "واحتفت المؤسسة بإتمام ثلاثين طالبًا وطالبة لبرنامج الصيف العلمي."
    span = same_count(text, "30 طالباً", _event)
    assert span is not None and text[span[0] : span[1]] == "ثلاثين طالبًا"


def test_about_and_thousands_are_read():
    text = "وزار المعرض عشرة آلاف زائر خلال أيام مهرجان الربيع."
    span = same_count(text, "أكثر من 10 آلاف زائر", _event)
    assert span is not None and text[span[0] : span[1]] == "عشرة آلاف زائر"


def test_another_noun_or_another_sentence_is_not_the_count():
    assert same_count("وصلت 1800 شاحنة إلى سوق مهرجان التمور.", "1800 سيارة", _event) is None
    assert same_count("وصلت 1800 سيارة إلى السوق.", "1800 سيارة", _event) is None
    assert same_count("وصلت 1800 سيارة إلى مهرجان التمور.", "1800", _event) is None


def test_both_reports_are_cited(tmp_path):
    service = service_over(tmp_path, [_FIRST, _SECOND])
    answer = service.ask("كم عدد السيارات الواردة لسوق مهرجان الخرج للتمور حتى صباح أمس؟")
    assert answer.short_answer is not None and "1800" in answer.short_answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"first", "second"}, answer.answer


_CONFERENCE = {
    "id": "conference",
    "title": "المؤتمر الثالث لطب الأسرة في الدمام",
    "date": "2015-08-08",
    "text": (
        "تنطلق في الدمام الأربعاء المقبل أعمال المؤتمر الثالث لطب الأسرة بمشاركة 40 باحثا "
        "من دول الخليج.\nويناقش المؤتمر على مدى يومين الرعاية الأولية."
    ),
}
_REPORT = {
    "id": "report",
    "title": "باحثون خليجيون في الدمام",
    "date": "2015-08-09",
    "text": (
        "يشارك أربعون باحثاً في أعمال المؤتمر الثالث لطب الأسرة الذي تستضيفه الدمام "
        "الأربعاء المقبل.\nوقالت اللجنة المنظمة إن التسجيل ما زال مفتوحا."
    ),
}


def test_a_cards_count_is_cited_where_written_in_words(tmp_path):
    service = service_over(tmp_path, [_CONFERENCE, _REPORT])
    answer = service.ask("كم عدد الباحثين المشاركين في المؤتمر الثالث لطب الأسرة؟")
    assert answer.short_answer is not None and "40" in answer.short_answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"conference", "report"}, answer.answer
