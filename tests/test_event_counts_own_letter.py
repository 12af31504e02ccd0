"""A counted noun whose first letter is a preposition's: "كم عدد اللاعبين …؟" over "24 لاعبا".

The reader took the "ل" of "لاعبا" (players) for the preposition, so "24 لاعبا" was no count
of "اللاعبين", and the games ("بالألعاب") a few words before another number were: the answer
was "بالألعاب بعد قضائهم أربعة". A first ب, ل or ك may be the word's own. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import counted, same_word

_TEXT = (
    "ويشارك المنتخب السعودي بـ 18 لاعبا في البطولة الآسيوية للناشئين.\n"
    "وكانت الوفود المشاركة بالألعاب قد أمضت خمسة أيام في معسكر إعدادي."
)


def test_a_players_count_is_read_where_the_noun_keeps_its_first_letter():
    found = counted(["اللاعبين"], ["doc"], lambda _: _TEXT, ["اللاعبين", "المشاركين"])
    assert found is not None
    assert found.value == "18 لاعبا"


def test_the_first_letter_is_still_a_preposition_where_it_is_one():
    # (guard) "لمؤتمر" and "بمعرض" are still ل and ب with their nouns; "لغة" is no "غة"
    assert same_word("لاعبا", "اللاعبين")
    assert same_word("لمؤتمر", "المؤتمر")
    assert same_word("بمعرض", "المعرض")
    assert not same_word("لغة", "غة")
