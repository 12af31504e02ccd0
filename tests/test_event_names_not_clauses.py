"""What follows an indefinite head noun and is not its name: a passive verb, an adjective.

"شارك في معرض أقيم في الرياض": "أقيم" begins a clause about the exhibition (one that was
held), as "نظمته" does; the name was "معرض أقيم". "شهد المهرجان معرضا مقبولا": an adjective
agreeing with an accusative head says how the event was, not which it is; as a name it made a
card called "معرضا مقبولا" (a nisba, "معرضا توعويا", still says what kind of event it is).
"""

from __future__ import annotations

import pytest

from ingest.events.names import find_names, series_topic


@pytest.mark.parametrize(
    "text",
    [
        "شارك الفنان في معرض أقيم في الرياض الشهر الماضي.",
        "شارك الفنان في معرض اقيم في الرياض الشهر الماضي.",
        "تحدث الخبراء في ندوة عقدت أمس في جدة.",
        "قدم المدرب ورشة نظمت في الدمام.",
        "شاركت المدارس في مسابقة أقيمت في أبها.",
    ],
)
def test_a_passive_verb_after_the_head_is_no_part_of_the_name(text):
    assert [len(m.text.split()) for m in find_names(text)] == [1], text


def test_an_accusative_adjective_describes_an_accusative_head():
    assert series_topic("معرضا مقبولا") == []
    assert series_topic("مؤتمرا ناجحا") == []
    # a nisba says what kind of event it is, as it does after a head in any case
    assert series_topic("معرضا توعويا")
    # a name's own words stay: "for the book", a town, a genitive
    assert series_topic("معرضا للكتاب")
    assert series_topic("معرض جماعي")
