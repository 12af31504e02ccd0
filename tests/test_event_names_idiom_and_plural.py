"""Two word shapes that are no event name.

Invented sentences in the style of Saudi news. "في معرض حديثه" is an idiom ("while speaking"):
"معرض" there is no exhibition, and "معرض تقديمها للزيارة" was read as one's name. After a
definite head noun, a definite plural noun ("أيام الملتقى الدورات التدريبية") begins a phrase
of its own, the subject of what follows: it was read as part of the forum's name.
"""

from __future__ import annotations

from tests.conftest import event_names


def test_in_the_course_of_speaking_is_no_exhibition():
    assert event_names("وقال الوزير في معرض حديثه عن الزيارة إن العلاقات متينة.") == []
    assert event_names("وفي معرض ردها على سؤال، قالت المديرة إن الخطة جاهزة.") == []


def test_an_exhibition_after_in_still_is_one():
    assert event_names("وشارك المصورون في معرض الصورة الأول بالرياض.") == ["معرض الصورة الأول"]


def test_a_plural_after_a_definite_head_is_not_its_name():
    text = "وتبدأ في ثاني أيام الملتقى الدورات التدريبية عقب صلاة العصر."
    assert event_names(text) == ["الملتقى"]


def test_a_definite_adjective_after_a_definite_head_still_is():
    text = "وتبدأ في ثاني أيام الملتقى الشبابي الدورات التدريبية."
    assert event_names(text)[0] == "الملتقى الشبابي"
