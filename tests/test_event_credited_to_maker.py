"""A work's maker credited with "لل": "فيلم «النخلة» للمخرج فلان" for "من مخرج فيلم النخلة؟"
(from articles nobody here tuned on).

Only "من إخراج فلان" was read as a director's credit, so the question quoted the screening's
sentence with no name. The credit said right after the work's name is read ("للمخرجة" too);
with several works and none named before a credit, nobody is. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import role_holder

_TEXT = (
    "تطلق جمعية الثقافة والفنون بتبوك غدا عروض موسمها السينمائي الأول، حيث سيتم عرض فيلمين، "
    'الأول بعنوان "النخلة" للمخرج سامي العتيبي، والثاني بعنوان "رمال الشمال" للمخرجة هند '
    "الحربي، وذلك بمقر الجمعية."
)


def _holder(role: list[str]) -> str | None:
    found = role_holder(role, ["doc"], lambda _: _TEXT, lambda w: False)
    return found.value if found else None


def test_the_director_of_each_film():
    assert _holder(["مخرج", "فيلم", "النخله"]) == "سامي العتيبي"
    assert _holder(["مخرج", "فيلم", "رمال", "الشمال"]) == "هند الحربي"


def test_no_director_for_a_film_not_named():
    # (guard) two credits, neither after the film asked about
    assert _holder(["مخرج", "فيلم", "الصحراء"]) is None
