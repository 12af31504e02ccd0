"""Which words a count is of (cases from a private set of news articles, text invented).

"كم عدد السيارات في سباق السيارات بمهرجان …" was answered "200 كشك للأسر": "الأسر"
(families) and "السيارات" (cars) both come down to "سر", and the festival's car race, "ست
سيارات", lost to another article's kiosks. "لـ «1800» شاب وفتاة" was no count at all.
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


def test_a_number_between_quotes_counts():
    """ "لـ «1800» شاب وفتاة": the quote marks around the number are no words between it and
    its noun."""
    text = "ويتبنى البرنامج تدريب «1200» شاب وفتاة على مهارات العمل خلال الصيف."
    found = counted(["الشباب"], ["doc"], lambda _: text, ["تدريب", "البرنامج"])
    assert found is not None
    assert found.value == "«1200» شاب"
