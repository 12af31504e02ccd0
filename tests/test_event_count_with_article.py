"""A count with the article written onto its number: "تخطوا حاجز الـ1500 مشاهد" (from articles
nobody here tuned on).

"الـ1500" was no number to the reader, so "كم عدد مشاهدي العرض الأول …" was answered with
the "36" of the festival's name. The number with "ال" or "الـ" on it counts, quoted without
it. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import counted

_TEXT = (
    "شهد العرض الأول من مسرحية «الضيف» ضمن احتفالات عيد تبوك 36 حضورا تجاوز عدده "
    "الـ1200 مشاهد، صفقوا طويلا لأبطالها."
)


def test_a_count_with_the_article_on_it():
    found = counted(["مشاهدي"], ["doc"], lambda _: _TEXT, ["العرض", "الاول", "مسرحيه"])
    assert found is not None
    assert found.value == "1200 مشاهد"
