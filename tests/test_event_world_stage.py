""" "على الساحة الدولية" is the world stage, not a square (from articles nobody here tuned
on; the sentences are invented).

"أين يجري حفل تدشين …؟" was answered "الساحة الدولية": the report says the government
hopes the new port improves its image "على الساحة الدولية", and "ساحة" is a venue's noun.
The scene a figure of speech names ("الدولية", "المحلية", "العربية" …) is no venue; "الساحة
الشعبية" (a folk square) still is.
"""

from __future__ import annotations

from ingest.events.places import find_venues


def _venues(text: str) -> list[str]:
    return [text[a:b] for a, b in find_venues(text)]


def test_the_world_stage_is_no_venue():
    text = "ويراهن المسؤولون على الميناء الجديد لتحسين صورة البلاد على الساحة الدولية."
    assert _venues(text) == []


def test_a_folk_square_is_a_venue():
    text = "وتقام العروض مساء كل يوم في الساحة الشعبية بمدينة تبوك."
    assert _venues(text) == ["الساحة الشعبية"]
