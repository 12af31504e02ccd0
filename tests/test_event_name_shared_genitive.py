"""Two nouns in construct with one genitive stay in the name.

Invented sentence in the style of Saudi news. "ورشة عمل لتأهيل مشرفي ومدربي الأندية" was cut
at "مشرفي": "و" after a word usually ends a name unless what follows is one more topic, and
a plural in construct ("مشرفي") joined by "و" to a second noun that governs the same definite
word ("ومدربي الأندية") is one. A present verb after the "و" still ends the name.
"""

from __future__ import annotations

from tests.conftest import event_names


def test_a_second_noun_in_construct_with_the_same_genitive_stays():
    text = "تنظم الرابطة ورشة عمل لتأهيل مشرفي ومدربي الأندية في جدة الأسبوع المقبل."
    assert event_names(text) == ["ورشة عمل لتأهيل مشرفي ومدربي الأندية"]


def test_a_present_verb_after_the_construct_ends_the_name():
    text = "وتنظم الرابطة ورشة عمل لتأهيل مشرفي الأندية ويشارك المدربون فيها."
    assert event_names(text) == ["ورشة عمل لتأهيل مشرفي الأندية"]
