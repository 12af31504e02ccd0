"""The person a relative clause holding the role is said of: "… فلان، الذي سلم الشهادات"
(from articles nobody here tuned on).

For "من سلم شهادات البرنامج …", the words after the role ("البرنامج للموظفين") were quoted as
the person, and once they no longer were, nobody was named. The name said right before "الذي"
is the one who did it. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import role_holder

_TEXT = (
    "واختتمت أمس دورة الإسعافات الأولية للمعلمين.\n"
    "وأقيم حفل بهذه المناسبة بحضور مدير مركز التدريب بالإدارة ماجد بن سالم القحطاني، الذي سلم "
    "شهادات إتمام الدورة للمتدربين، مشيدا بحرصهم."
)


def test_the_name_before_who_did_it():
    found = role_holder(["سلم", "شهادات", "اتمام"], ["doc"], lambda _: _TEXT, lambda w: False)
    assert found is not None
    assert found.value == "ماجد بن سالم القحطاني"


def test_a_body_before_who_is_no_name():
    # (guard) "المعهد، الذي سلم …": a body, not a person
    text = "وشكر الحضور المعهد العالي، الذي سلم شهادات إتمام الدورة للمتدربين."
    found = role_holder(["سلم", "شهادات", "اتمام"], ["doc"], lambda _: text, lambda w: False)
    assert found is None
