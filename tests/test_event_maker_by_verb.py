"""Who wrote or directed a play, said with the maker's verb (from articles nobody here tuned
on; the sentences are invented).

"من كاتب مسرحية …؟" got no name: the report says "المسرحية التي كتبها فلان وأخرجها فلان",
with no "كاتب" (writer) and no credit ("من تأليف فلان"). The maker's verb with the work as
its pronoun ("كتبها", "وأخرجها") now names the maker.
"""

from __future__ import annotations

from assistant.events.reading import role_holder
from language.analyzer import normalize

_PLAY = (
    "عرضت فرقة الساحل مساء أمس مسرحية «بيت الجد» على مسرح المهرجان، وتدور حبكة المسرحية "
    "التي كتبها سامي العلي وأخرجها فهد الخالد حول أسرة تختلف على إرث قديم."
)


def _holder(role: str) -> str | None:
    found = role_holder(
        [normalize(w) for w in role.split()], ["doc"], {"doc": _PLAY}.get, lambda w: False
    )
    return found.value if found else None


def test_the_writer_is_named_by_the_verb_of_writing():
    assert _holder("كاتب مسرحية") == "سامي العلي"


def test_the_director_is_named_by_the_verb_of_directing():
    assert _holder("مخرج المسرحية") == "فهد الخالد"
