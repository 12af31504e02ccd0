"""A card of an Eid party in one town is not the party a question places in another town
(from articles nobody here tuned on).

"من أقام حفل معايدة الأهالي في ساجر؟" chose the card of a party in another town: its name,
"حفل معايدة للأهالي", held the question's words but the town. The report retrieval found of
the party in that town held only one word of the question the card's article lacked, the
town, and one word was too few to prefer it. A word the question places the event in ("في
…", "حي …") now weighs as two.
"""

from __future__ import annotations

from tests.conftest import service_over

_RAWDA = {
    "id": "rawda",
    "title": "معايدة أهالي الروضة",
    "date": "2015-07-20",
    "text": (
        "نظمت لجنة الخدمات الأهلية في مدينة الروضة مساء السبت الماضي حفل معايدة "
        "لأهالي المدينة في ساحة البلدية بمناسبة العيد.\n"
        "وتضمن الحفل قصائد شعبية ومسابقات للأطفال."
    ),
}
_SHUAIBA = {
    "id": "shuaiba",
    "title": "الشعيبة تحتفل بالعيد",
    "date": "2015-07-20",
    "text": (
        "أقام مركز الشعيبة الاجتماعي حفل معايدة للأهالي وسط حضور كبير من المواطنين.\n"
        "وتخللت الحفل العرضة وتوزيع الهدايا على الأطفال."
    ),
}


def test_the_report_of_the_town_asked_is_read(tmp_path):
    service = service_over(tmp_path, [_RAWDA, _SHUAIBA])
    assert {c.sources[0] for c in service.events()} == {"rawda"}  # the scene
    answer = service.ask("من أقام حفل معايدة الأهالي في الشعيبة؟")
    assert "لجنة الخدمات الأهلية" not in answer.answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["shuaiba"], answer.answer


def test_the_card_still_answers_for_its_own_town(tmp_path):
    service = service_over(tmp_path, [_RAWDA, _SHUAIBA])
    answer = service.ask("من أقام حفل معايدة الأهالي في الروضة؟")
    assert answer.short_answer is not None, answer.answer
    assert "لجنة الخدمات الأهلية" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["rawda"]
