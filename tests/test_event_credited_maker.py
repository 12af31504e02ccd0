"""A work's maker asked by their role is read from the credit that names them (from articles
nobody here tuned on).

"من مخرج عرض «…» في مهرجان …؟" over "… عرضا مسرحيا بعنوان «…»، من إخراج فلان، وتأليف …"
found no "مخرج" in the article and gave a sentence without the name. A credit names a work's
maker by the work ("من إخراج", "من تأليف", "من إعداد"): the person after it now answers a
question about the director, the author or the one who prepared it.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_PLAY = (
    "تشهد ساحة المهرجان مساء الغد عرضا مسرحيا بعنوان «حكاية الوادي»، من إخراج سامي "
    "العتيبي، وتأليف نورة الحربي، ومن إعداد الجمعية الثقافية."
)


def _holder(role: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["play"], {"play": _PLAY}.get, lambda w: False
    )
    return found.value if found else None


def test_the_director_and_the_author_are_read_from_their_credits():
    assert _holder("مخرج العرض") == "سامي العتيبي"
    assert _holder("مؤلف العرض") == "نورة الحربي"


def test_a_body_credited_is_no_person():
    assert _holder("معد العرض") is None


def test_a_credit_with_and_from():
    text = "وقدمت الفرقة لوحة «نخيل» من ألحان خالد الشمري ومن تصميم ريم القحطاني."
    found = role_holder([normalize("مصمم")], ["show"], {"show": text}.get, lambda w: False)
    assert found is not None and found.value == "ريم القحطاني"
