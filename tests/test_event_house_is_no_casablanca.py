""" "دار" (a house, a home: "جمعية دار الخير") is no place (from articles nobody here tuned on).

"في أي مدينة أقامت جمعية دار الخير حفل معايدة …؟" was refused: the glossary read back
"الدار البيضاء" word by word, so "دار" meant Casablanca, and a question naming a town no card
is held in and no retrieved article names is about an event the library does not hold. A
place's name of two words is now read back by its last word only.
"""

from __future__ import annotations

from tests.conftest import service_over

_PARTY = {
    "id": "party",
    "title": "دار البر تعايد منسوبيها",
    "date": "2015-07-24",
    "text": (
        "أقامت جمعية دار البر بالطائف حفل معايدة عيد الفطر المبارك لمنسوبيها، بحضور مدير "
        "الجمعية وعدد من الموظفين والمتطوعين.\n"
        "وتضمن الحفل كلمات وقصائد ومسابقات للأطفال."
    ),
}


def test_a_house_in_a_name_is_no_place(tmp_path):
    service = service_over(tmp_path, [_PARTY])
    answer = service.ask("في أي مدينة أقامت جمعية دار البر حفل معايدة عيد الفطر؟")
    assert not answer.refused, answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["party"]
    assert "الطائف" in answer.answer


def test_casablanca_is_still_a_place():
    from assistant.events.match import question_words

    assert question_words("أقامت جمعية دار البر حفلا", "ar", []).places == []
    (place,) = question_words("أين يقام ملتقى الدار البيضاء؟", "ar", []).places
    assert "casablanca" in place
    assert question_words("Where is the Casablanca forum?", "en", []).places
