"""How large the grounds of an event are: "ما مساحة …؟" (from articles nobody here tuned on).

"ما مساحة قرية الغضا السياحية التي يقام فيها مهرجان الغضا؟" asked nothing a card holds and
went to the sentence picker, which quoted a sentence with no area. An area is now a figure,
read as the article states it ("على مساحة تقارب 3500 متر مربع"), not as the number nearest
the word "مساحة": the first area stated, the whole said before its parts ("ويضم … مواقف
بمساحة 29200 متر مربع"), and no length ("بطول 3850 مترا").
"""

from __future__ import annotations

from tests.conftest import service_over

_FESTIVAL = {
    "id": "festival",
    "title": "مهرجان الرمان يستقبل زواره في قرية الوادي",
    "date": "2015-07-24",
    "text": (
        "يستقبل مهرجان الرمان الثالث زواره في قرية الوادي السياحية بمحافظة الطائف، بمشاركة "
        "60 مزارعا من المحافظة.\n"
        "وتقع القرية على مساحة أكثر من 12 ألف متر مربعاً، وتضم ركنا للأسر المنتجة وآخر "
        "للأطفال بمساحة 900 متر مربع، ويحيط بها مضمار للمشي بطول 2000 متر."
    ),
}


def test_the_area_in_its_units(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL])
    answer = service.ask("ما مساحة قرية الوادي التي يقام فيها مهرجان الرمان الثالث؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "أكثر من 12 ألف متر مربعاً", answer.answer
    assert [c.doc_id for c in answer.citations] == ["festival"]


def test_an_area_is_a_figure():
    from datetime import date

    from assistant.events.questions import AREA, parse_question

    q = parse_question("ما مساحة أرض المعرض؟", "ar", date(2015, 7, 24))
    assert q is not None and q.field == "figure" and q.counts == [AREA]
    q = parse_question("كم عدد زوار المعرض؟", "ar", date(2015, 7, 24))
    assert q is not None and q.counts[:1] == ["زوار"]  # (guard) a count is still its noun
