"""The person in a role is the role's own, and their name ends where their words begin (from
articles nobody here tuned on).

"من رئيس لجنة …؟" was answered with the committee's deputy head ("وأشاد نائب رئيس اللجنة
فلان", said first), and names ran on into what the person said ("الشيخ خالد العامر أنه …",
"… قائلاً"). A role said after "نائب" or "مساعد" is the deputy's, not the role asked; "أنه"
and a speaker's participle ("قائلاً", "مؤكداً") end a name.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_REPORT = (
    "واختتمت حملة التبرع بالدم أعمالها مساء أمس. وأشاد نائب رئيس اللجنة المنظمة سامي "
    "الحربي بالمتطوعين. وشكر رئيس اللجنة المنظمة ماجد بن علي الزهراني قائلاً إن الحملة "
    "تجاوزت أهدافها. وأوضح أمين الصندوق نايف العتيبي أنه سيعلن الحصيلة غدا."
)


def _holder(role: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["r"], {"r": _REPORT}.get, lambda w: False
    )
    return found.value if found else None


def test_the_head_is_not_the_deputy_said_first():
    assert _holder("رئيس اللجنة المنظمة") == "ماجد بن علي الزهراني"
    assert _holder("نائب رئيس اللجنة") == "سامي الحربي"


def test_a_name_ends_where_the_persons_words_begin():
    assert _holder("أمين الصندوق") == "نايف العتيبي"
