"""A name ends before "ب" and a comparative said of how the event is shown.

Invented sentences in the style of Saudi news. "لإظهار مهرجان الزهور بأجمل حلة": "بأجمل حلة"
says how the festival will look, not what it is called.
"""

from __future__ import annotations

from ingest.events.names import find_names


def _names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


def test_a_comparative_with_an_indefinite_noun_ends_the_name():
    assert _names("وتعمل اللجنة على إظهار مهرجان الزهور بأجمل حلة للزوار.") == ["مهرجان الزهور"]


def test_other_comparatives():
    assert _names("ويحظى ملتقى الرواد بأكبر مشاركة منذ انطلاقه.") == ["ملتقى الرواد"]
