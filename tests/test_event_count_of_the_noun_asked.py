"""A count of the noun the question asks, not of the word that qualifies it (from articles
nobody here tuned on; the sentences are invented).

"كم عدد الكشافين المشاركين في …؟" was answered with the card's only figure, "2000 مشارك":
it counts "المشاركين", the question's second word. A count of the noun asked ("الكشافين")
that the card lacks is now read from the event's articles first.
"""

from __future__ import annotations

from tests.conftest import service_over

_RALLY = {
    "id": "rally",
    "title": "انطلاق ملتقى الكشافة الخليجي في الدمام",
    "date": "2031-07-20",
    "text": (
        "تنطلق يوم الأحد المقبل في مدينة الدمام فعاليات ملتقى الكشافة الخليجي الخامس بمشاركة "
        "أكثر من 2000 مشارك بين قادة ومتطوعين وإداريين.\n"
        "ويجمع الملتقى 850 كشافا من دول مجلس التعاون، يقيمون في مخيم على شاطئ نصف القمر "
        "طوال أيامه."
    ),
}
_FAIR = {
    "id": "fair",
    "title": "معرض الكتاب في الأحساء",
    "date": "2031-07-21",
    "text": (
        "يفتتح معرض الأحساء للكتاب أبوابه الأسبوع المقبل في مركز المعارض بمشاركة 120 دار نشر "
        "و300 مشارك في البرنامج الثقافي."
    ),
}


def test_the_count_of_the_noun_asked_beats_the_cards_count_of_its_qualifier(tmp_path):
    service = service_over(tmp_path, [_RALLY, _FAIR])
    answer = service.ask("كم عدد الكشافين المشاركين في ملتقى الكشافة الخليجي الخامس؟")
    assert "850" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["rally"]


def test_the_cards_count_answers_when_it_counts_the_noun_asked(tmp_path):
    service = service_over(tmp_path, [_RALLY, _FAIR])
    answer = service.ask("كم عدد المشاركين في ملتقى الكشافة الخليجي الخامس؟")
    assert "2000" in (answer.short_answer or ""), answer.answer
