"""Two posts of one work, and an honorific before a role (from articles nobody here tuned on;
the sentences are invented).

- "من مؤلف ومخرج المسرحية؟": reports say "مؤلف المسرحية ومخرجها فلان"; the role's words
  were looked for in the question's order and never found. When the two posts are not said
  together, the first post with the work is looked for, then the name past "its" other post.
- "مؤسس ومدير المهرجان" said so in the report is still read as it is.
- "وتهاني معالي رئيس المؤسسة" gave "وتهاني معالي" as the president's name: an honorific right
  before a role is the role's, and no name stands before it.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_PLAYS = (
    "شهدت مسرحية (على الهامش) حضورا لافتا في خيمة الثقافة بالحي التراثي.\n"
    "وناقشت المسرحية واقع الخدمات البلدية، ونجح مؤلف المسرحية ومخرجها سامي العطوي في "
    "رسم البسمة على وجوه الحضور."
)
_FESTIVAL = (
    "ويحتفي مهرجان البحيرة هذا العام بدورته العشرين. وقال ماركو بيلي، مؤسس ومدير المهرجان، "
    "إن الدورة تكرم فرق البدايات."
)
_PARTY = (
    "أقامت الإدارة حفل معايدة لمنسوبيها بحضور المدير العام الأستاذ سالم الفهيد، الذي نقل "
    "تهانيه وتهاني معالي رئيس هيئة الموانئ إلى الموظفين."
)


def _holder(text: str, role: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["doc"], {"doc": text}.get, lambda word: False
    )
    return found.value if found else None


def test_author_and_director_asked_together_are_read_past_its_other_post():
    assert _holder(_PLAYS, "مؤلف ومخرج مسرحية على الهامش") == "سامي العطوي"


def test_two_posts_said_together_are_read_as_said():
    assert _holder(_FESTIVAL, "مؤسس ومدير مهرجان البحيرة") == "ماركو بيلي"


def test_one_post_asked_of_another_play_is_read_from_its_credit():
    # one post asked: "ومخرجها" is not read past, and the other play's credit names its author
    text = _PLAYS + (
        "\nكما عرضت مسرحية (النجم الساطع)، وهي من تأليف الكاتب حمد الزهراني وإخراج فهد الشهري."
    )
    assert "حمد الزهراني" in (_holder(text, "مؤلف مسرحية النجم الساطع") or "")


def test_an_honorific_before_a_role_is_no_name():
    assert _holder(_PARTY, "رئيس هيئة الموانئ") is None
