"""A venue named in plain double quotes after its noun keeps its name (from articles nobody
here tuned on).

"في جامعة "ليـ…" الدنماركية" gave the venue 'جامعة "': the name starts like "لتجهيز" (a
purpose, which ends a venue), so the phrase stopped at the opening quote. The name inside
plain quotes, and an adjective after it, now belong to the venue; a quote that nothing
closes is left out. Invented text.
"""

from __future__ import annotations

from ingest.events.places import find_venues


def _venues(text: str) -> list[str]:
    return [text[a:b] for a, b in find_venues(text)]


def test_the_quoted_name_and_its_adjective_are_the_venue():
    text = 'أنهى 30 طالبا برنامجهم التدريبي في جامعة "ليندسي" الأسترالية، وعادوا أمس.'
    assert _venues(text) == ['جامعة "ليندسي" الأسترالية']
    text = 'أنهى 30 طالبا برنامجهم التدريبي في جامعة "فالبي" النرويجية، وعادوا أمس.'
    assert _venues(text) == ['جامعة "فالبي" النرويجية']


def test_a_quote_nothing_closes_is_left_out():
    assert _venues('أقيم الحفل في قاعة " مساء أمس') == []


def test_a_quoted_hall_stays_as_it_was():
    assert _venues('أقيم الحفل في قاعة "الزمرد" بمدينة أبها') == ['قاعة "الزمرد"']
