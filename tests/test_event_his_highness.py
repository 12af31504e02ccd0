""" "سموه" (his highness) after a role names nobody: it points back at the prince the report
named before (from an article nobody here tuned on; the sentences are invented).

"من ألقى كلمة …؟" was answered "سموه أمس": the speech "التي ألقاها سموه أمس" was read, and the
pronoun and the day after it taken for a name.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_GRADUATION = (
    "رعى الأمير فيصل بن ناصر بن عبدالعزيز أمير المنطقة مساء أمس حفل تخريج الدفعة الخامسة "
    "من طلاب كلية التقنية بحضور عدد من المسؤولين. وفي الكلمة التي ألقاها سموه أمس أشاد "
    "بجهود المعلمين وأولياء الأمور."
)
_WITHOUT_PRINCE = "وفي الكلمة التي ألقاها سموه أمس أشاد بجهود المعلمين وأولياء الأمور."


def _holder(role: str, text: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["doc"], {"doc": text}.get, lambda w: False
    )
    return found.value if found else None


def test_his_highness_is_the_prince_named_before():
    assert _holder("ألقى كلمة", _GRADUATION) == "الأمير فيصل بن ناصر بن عبدالعزيز"


def test_his_highness_with_no_prince_before_is_nobody():
    assert _holder("ألقى كلمة", _WITHOUT_PRINCE) is None
