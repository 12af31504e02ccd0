"""Whose name follows a role: not a second person's, and past a post with a long body (from
articles nobody here tuned on; the sentences are invented).

- "اجتمع مدير الشرطة وقائد القوة اللواء …" names the commander; the police director is the
  one named before his post elsewhere in the report ("وتفقد اللواء … مدير الشرطة").
- "يلقيها عضو هيئة التدريس في كلية … بجامعة … الدكتور …": the lecturer's name comes after
  his post and its body, not the post's first words.
- "فكان الفائز بقرار اللجنة هو الشاعر “…”": the name after "هو" and a title, in quotes.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_PATROL = (
    "أقامت شرطة منطقة تبوك حفل معايدة للمرابطين في مركز حالة عمار الحدودي بحضور القيادات "
    "الأمنية.\n"
    "وعلى هامش الجولة، اجتمع مدير شرطة منطقة تبوك وقائد قوة تبوك اللواء ركن فهد بن علي "
    "العنزي، وتبادلا التهنئة بالعيد.\n"
    "وتفقد اللواء سالم بن محمد الحربي مدير شرطة منطقة تبوك رئيس اللجنة الأمنية المواقع "
    "الأمنية في المركز."
)
_LECTURES = (
    "ينطلق برنامج الأمن الفكري غدا بمحاضرة بعنوان (الوسطية والاعتدال) يلقيها عضو هيئة "
    "التدريس في كلية الشريعة بجامعة الحدود الشمالية الدكتور خالد بن سعد الشمري، وتعقبها ندوة."
)
_CONTEST = (
    "اختتمت مسابقة القصيدة الوطنية حلقتها الثالثة، واختارت اللجنة خمسة أبيات للمنافسة، "
    "فكان الفائز بقرار اللجنة هو الشاعر “ناصر بن علي القرني” بقصيدته، بينما فاز آخر "
    "بتصويت الجمهور."
)


def _holder(text: str, role: str, context: str = "") -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()],
        ["doc"],
        {"doc": text}.get,
        lambda word: False,
        [normalize(w) for w in context.split()],
    )
    return found.value if found else None


def test_a_second_person_joined_by_and_is_not_the_role_holder():
    assert _holder(_PATROL, "مدير شرطة منطقة تبوك", "تفقد المواقع") == "اللواء سالم بن محمد الحربي"


def test_the_second_persons_own_post_still_finds_them():
    assert _holder(_PATROL, "قائد قوة تبوك") == "اللواء ركن فهد بن علي"


def test_the_name_is_read_past_a_post_and_its_long_body():
    assert _holder(_LECTURES, "يلقي المحاضرة") == "الدكتور خالد بن سعد الشمري"


def test_the_name_after_a_copula_and_a_title_in_quotes():
    assert _holder(_CONTEST, "الفائز بقرار لجنة التحكيم") == "الشاعر “ناصر بن علي القرني”"
