"""Who is honoured at an event (from articles nobody here tuned on; the sentences are
invented).

"من يُكرَّم في حفل …؟" asks for the person named after "تكريم" ("وتكريم فلان المدير
العام السابق"); the question's verb has no object, so it matched no role in the report and
no name was read. A group honoured ("تكريم الفائزين") is no person's name, and the post said
after a name ("… المدير العام السابق") is not part of it.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_PARTY = (
    "يقيم نادي أبها الأدبي مساء الخميس حفل معايدة لأعضائه في مقره بحي المنسك، وسيتم خلال "
    "الحفل تكريم الفائزين في مسابقة القصة القصيرة، وتكريم سعيد بن علي الشهري المدير السابق "
    "للنادي، بمشاركة فرقة أبها للفنون الشعبية."
)


def _holder(text: str, role: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["doc"], {"doc": text}.get, lambda w: False
    )
    return found.value if found else None


def test_the_person_honoured_is_named_after_the_verbal_noun():
    assert _holder(_PARTY, "يكرم") == "سعيد بن علي الشهري"


def test_a_group_honoured_is_no_name():
    text = "وسيتم خلال الحفل تكريم الفائزين في مسابقة القصة القصيرة."
    assert _holder(text, "يكرم") is None


def test_the_post_after_a_short_name_is_not_part_of_it():
    text = "وسيتم في الحفل تكريم عبدالله القرني المدير العام السابق للجمعية."
    assert _holder(text, "يكرم") == "عبدالله القرني"
