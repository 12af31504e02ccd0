"""A counted noun is not met by two consonants across a first long vowel (from articles
nobody here tuned on).

"كم عدد السيارات في سباق السيارات بمهرجان …" was answered "200 كشك للأسر": "الأسر"
(families) and "السيارات" (cars) both come down to "سر", and the festival's car race, "ست
سيارات", lost to another article's kiosks. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import counted, same_word

_KIOSKS = "وأعلن المحافظ إقامة أكثر من 300 كشك للأسر المنتجة في ساحة البلدية."
_RACE = "ويشهد المهرجان سباقا تشارك فيه ثماني سيارات معدلة تخضع لتعليمات السلامة."


def test_families_are_no_count_of_cars():
    texts = {"kiosks": _KIOSKS, "race": _RACE}
    context = ["سباق", "المهرجان"]
    assert counted(["السيارات"], ["kiosks"], texts.get, context) is None
    found = counted(["السيارات"], ["kiosks", "race"], texts.get, context)
    assert found is not None
    assert found.value == "ثماني سيارات"


def test_a_verb_still_meets_its_noun():
    assert same_word("يقام", "اقامه")
    assert not same_word("للاسر", "السيارات", vowel_first=False)
