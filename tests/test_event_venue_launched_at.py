"""The venue an event is said to be launched in is its venue, before a stage said nearer a
mention of it (from articles nobody here tuned on).

"… انطلقت فعالياته أمس في منتزه …" named the honey festival's park; the card took
"المسرح المفتوح" of a later sentence, "على المسرح المفتوح بمقر المهرجان", for being nearer a
mention of the festival.
"""

from __future__ import annotations

import pytest

from ingest.events.extract import extract_events

_FESTIVAL = (
    "سكاكا - واس\nعرض 40 مزارعا منتجاتهم في أول أيام مهرجان الزيتون الخامس في منطقة الجوف، "
    "الذي انطلقت فعالياته أمس في منتزه الملك عبدالله بسكاكا، وتنظمه جمعية المزارعين.\n"
    "وشهد اليوم الأول إقبالا كبيرا من الزوار على أجنحة العارضين.\n"
    "كما استمتع الأطفال بالعروض على المسرح المفتوح بمقر المهرجان طوال المساء."
)


@pytest.mark.parametrize(
    "launched",
    [
        "الذي انطلقت فعالياته أمس في",
        "الذي انطلق أمس في",
        "الذي بدأت أعماله صباح اليوم في",
    ],
)
def test_the_park_it_was_launched_in_is_its_venue(launched):
    text = _FESTIVAL.replace("الذي انطلقت فعالياته أمس في", launched)
    (card,) = extract_events("olive", text, "مهرجان الزيتون في الجوف", "2031-11-20")
    assert card.venue == "منتزه الملك عبدالله", card.venue


def test_a_stage_near_the_name_is_still_its_venue_when_nothing_was_launched():
    text = _FESTIVAL.replace("الذي انطلقت فعالياته أمس في منتزه الملك عبدالله بسكاكا، و", "و")
    (card,) = extract_events("olive", text, "مهرجان الزيتون في الجوف", "2031-11-20")
    assert card.venue == "المسرح المفتوح", card.venue
