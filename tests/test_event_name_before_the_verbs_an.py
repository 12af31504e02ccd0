"""A name ends before the "عن" of the verb that governs it, and before a reason.

Invented sentences in the style of Saudi news. "كشف منظمو مهرجان … عن تكريم …": "عن" belongs to
"كشف", not to the festival's name, which had run on to "… عن تكريم ذكرى ثلاثة". "ندوة عن القصة
القصيرة" keeps its "عن", and so does a name after a verb whose "عن" is said before it ("وأعلنت
اللجنة عن ندوة عن القصة"). "… في مهرجان البندقية لأنه …": a reason is no part of a name.
"""

from __future__ import annotations

from ingest.events.names import find_names


def _names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


def test_the_an_of_a_verb_before_the_name_is_not_the_names():
    text = "كشف منظمو مهرجان الرمال الذهبية للفنون الشعبية عن تكريم ذكرى ثلاثة من رواد الفن."
    assert _names(text) == ["مهرجان الرمال الذهبية للفنون الشعبية"]


def test_other_verbs_that_take_an():
    text = "وأعربت إدارة ملتقى الحرفيين الخليجي عن شكرها للجهات الداعمة."
    assert _names(text) == ["ملتقى الحرفيين الخليجي"]


def test_a_symposium_about_a_topic_keeps_its_an():
    assert _names("أقيمت ندوة عن الرواية القصيرة في النادي الأدبي.") == ["ندوة عن الرواية القصيرة"]


def test_the_verbs_an_said_before_the_name_leaves_it_alone():
    assert _names("وأعلنت اللجنة عن ندوة عن الرواية القصيرة.") == ["ندوة عن الرواية القصيرة"]


def test_a_reason_after_the_name_ends_it():
    text = "وقال إنه سعيد بالعودة إلى مهرجان الواحة السينمائي لأنه غاب عنه سنوات."
    assert _names(text) == ["مهرجان الواحة السينمائي"]


def test_abra_as_through_is_no_verb():
    assert _names("وتم التعريف بالمبادرة عبر ندوة عن الرواية القصيرة.") == [
        "ندوة عن الرواية القصيرة"
    ]
