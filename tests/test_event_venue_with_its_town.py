"""A venue read from an article for "أين …؟" keeps the town said right after it.

"أين أقيم حفل تخريج طلاب الأكاديمية …؟" was answered "فندق الميريديان" from "في فندق
الميريديان بجدة": the reader cut the venue at its own name, and the town, which is what a
reader asking "where" wants first, was left out of the short answer. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import venue_phrase

_TEXT = (
    "احتفلت أكاديمية الطيران أمس بتخريج 120 طالبا في فندق النخيل الكبير بالدمام، بحضور "
    "مدير الأكاديمية وأولياء الأمور.\n"
    "وأقيم معرض مصاحب للحفل بمركز المعارض وسط المدينة."
)


def _venue(words: list[str]) -> str | None:
    found = venue_phrase(words, ["doc"], lambda _: _TEXT)
    return found.value if found is not None else None


def test_the_town_after_the_venue_is_kept():
    assert (
        _venue(["احتفلت", "اكاديميه", "الطيران", "بتخريج", "طالبا"]) == "فندق النخيل الكبير بالدمام"
    )


def test_no_town_no_growth():
    # (guard) "وسط المدينة" is no town
    assert _venue(["معرض", "مصاحب", "للحفل", "اقيم"]) == "مركز المعارض"
