"""Which of an article's many holders of a role the question asks about.

"من الشاعر الذي كان وراء انطلاقة مهرجان الشعر الدولي … عام 1967؟" over an article that names
several poets ("الشاعر البريطاني …", "الشاعر الإيراني …") was answered with the first poet
named. Within one article, the run of the role's words with more of the question's other
words just before it now wins; the first is kept when none says more. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import role_holder

_TEXT = (
    "شارك في الدورة الجديدة للمهرجان الشاعر البريطاني جون كارتر والشاعر الهندي راج كومار.\n"
    "ويعود تأسيس المهرجان إلى عام 1970 حين أطلق فكرته الشاعر الإيرلندي شون برادي مع عدد "
    "من أصدقائه في المدينة."
)


def _holder(context: list[str]) -> str | None:
    found = role_holder(["الشاعر"], ["doc"], lambda _: _TEXT, lambda w: False, context)
    return found.value if found is not None else None


def test_the_holder_near_the_questions_words_is_the_one_asked_about():
    assert _holder(["تاسيس", "المهرجان", "1970"]) == "شون برادي"


def test_the_first_holder_without_a_telling_word():
    # (guard) no word of the question says which: the first named
    assert _holder([]) == "جون كارتر"
    assert _holder(["المهرجان"]) == "جون كارتر"
