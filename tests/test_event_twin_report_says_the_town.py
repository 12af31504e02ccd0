"""A second report of an event that says only its town backs the answer to "أين" (from
articles nobody here tuned on).

"أين يقام مهرجان … السابع؟" is answered with the venue and its town from one report; a
second report of the festival says only "… السابع ببريدة". That report was not cited, for two
reasons: it was searched for the venue alone, and a town whose first letter is "ب" was read
as "ب" + the rest ("بريدة" as "ريدة"), so "ببريدة" never matched it. It is now cited for the
town part of the answer, a question asked from it answered with its article among the
sources.
"""

from __future__ import annotations

from tests.conftest import service_over

_OPENING = {
    "id": "opening",
    "title": "انطلاق مهرجان النخيل الثالث",
    "date": "2015-07-20",
    "text": (
        "انطلقت مساء أمس فعاليات مهرجان النخيل الثالث في مركز الأمير سلطان الحضاري ببيشة، "
        "بمشاركة 40 مزارعا من المحافظة.\n"
        "ويستمر المهرجان عشرة أيام يعرض خلالها المزارعون أجود أنواع التمور."
    ),
}
_CRAFTS = {
    "id": "crafts",
    "title": "حرفيات يعرضن منتجات السعف في مهرجان النخيل",
    "date": "2015-07-22",
    "text": (
        "عرضت الحرفيات منتجات السعف والخوص في مهرجان النخيل الثالث ببيشة، وسط إقبال كبير "
        "من الزوار.\n"
        "وقالت إحدى الحرفيات إنها تعلمت صناعة السلال من والدتها."
    ),
}


def test_the_report_naming_the_town_is_cited_too(tmp_path):
    service = service_over(tmp_path, [_OPENING, _CRAFTS])
    (card,) = service.events()
    assert sorted(card.sources) == ["crafts", "opening"]
    answer = service.ask("أين يقام مهرجان النخيل الثالث؟")
    assert not answer.refused, answer.answer
    assert "مركز الأمير سلطان الحضاري" in (answer.short_answer or ""), answer.answer
    assert {c.doc_id for c in answer.citations} == {"opening", "crafts"}


def test_a_towns_own_first_letter():
    from assistant.events.reading import said_with_event

    def named(word: str) -> bool:
        return word.endswith("مهرجان")

    text = "عرضت الحرفيات منتجاتها في مهرجان النخيل ببيشة.\nوتقع بيشة جنوب الرياض."
    assert said_with_event(text, "بيشة", named) is not None
    assert said_with_event("تقع بيشة جنوب الرياض ويزورها السياح.", "بيشة", named) is None
