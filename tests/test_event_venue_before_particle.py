"""A venue's name in plain quotes ends there: "إلى", "التي" and "الذي" after it are no adjective."""

from __future__ import annotations

import pytest

from ingest.events.places import find_venues
from ingest.events.spans import is_nisba, tokens


def _venues(text: str) -> list[str]:
    return [text[a:b] for a, b in find_venues(text)]


@pytest.mark.parametrize("word", ["إلى", "التي", "الذي"])
def test_a_particle_is_no_adjective(word: str) -> None:
    assert not is_nisba(tokens(word)[0])


def test_a_definite_adjective_still_is() -> None:
    assert is_nisba(tokens("الدولية")[0])


def test_the_venue_ends_at_its_quote_before_ila() -> None:
    text = 'وأشار خلال المؤتمر الصحفي في مركز السدرة جنوب "تيماء" إلى أن اللجنة ستبدأ عملها.'
    assert _venues(text) == ['مركز السدرة جنوب "تيماء"']


def test_the_venue_keeps_an_adjective_after_its_quote() -> None:
    text = 'ويقام الملتقى في جامعة "نورسك" الدنماركية التي تستضيفه للمرة الأولى.'
    assert _venues(text) == ['جامعة "نورسك" الدنماركية']
