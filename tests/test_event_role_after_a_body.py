"""A person named after the rest of a body's name that the role goes on with.

"وأكد رئيس النادي الأدبي بتبوك سعد بن خالد العنزي …" asked as "من رئيس النادي؟": the role's
words end at "النادي", and the words that follow ("الأدبي بتبوك") are the body's, not the
person's, who is named after them; so is "مدير عام فرع الهيئة العامة للزراعة والمياه بمنطقة
الجوف المكلف …". They had been read as the name ("الأدبي بتبوك سعد", "العامة للزراعة"). The
body's words are definite, or a town or a region after "ب", and a name of two words or more
must follow them; else the reading is as before.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize


def _holder(role: str, text: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["a"], {"a": text}.get, lambda w: False
    )
    return found.value if found else None


def test_the_name_after_the_rest_of_the_bodys_name_is_the_holder():
    said = "وأكد رئيس النادي الأدبي بتبوك سعد بن خالد العنزي أن الأمسية ناجحة."
    assert _holder("رئيس النادي", said) == "سعد بن خالد العنزي"
    said = (
        "وأعرب مدير عام فرع الهيئة العامة للزراعة والمياه بمنطقة الجوف المكلف فهد بن سالم "
        "الشمري عن سعادته بالمعرض."
    )
    assert _holder("مدير عام فرع هيئة الزراعة", said) == "فهد بن سالم الشمري"


def test_a_name_right_after_the_role_or_a_title_is_read_as_before():
    # guards: a name after the role's words, a title after the body's, and one word alone
    assert _holder("مدير المعرض", "وقال مدير المعرض أحمد العمري إن المعرض ناجح.") == ("أحمد العمري")
    said = "وأوضح رئيس اللجنة المنظمة للملتقى الدكتور ماجد السالم أن الاستعدادات اكتملت."
    assert _holder("رئيس اللجنة المنظمة", said) == "الدكتور ماجد السالم"
    said = "وأكد رئيس النادي الأدبي سعد أن الأمسية ناجحة."
    assert _holder("رئيس النادي", said) != "سعد"
