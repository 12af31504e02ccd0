"""A day with the word "شهر" before its month: "في 22 من شهر ديسمبر المقبل".

The sentence picker's date patterns read "22 ديسمبر" and "22 من ديسمبر", not "22 من شهر
ديسمبر", which news writes as often; such a sentence held no date to a "when" question (the
event extractor's reader always read it).
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import date_candidates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("وتقام البطولة ابتداء من الـ18 من شهر نوفمبر المقبل.", ["18 من شهر نوفمبر"]),
        ("ويعقد الملتقى في 5 من شهر مارس 2016 بالرياض.", ["5 من شهر مارس 2016"]),
        ("ويعقد الملتقى في 5 من مارس.", ["5 من مارس"]),
    ],
)
def test_a_day_of_the_named_month(text, dates):
    assert [c.text for c in date_candidates(text, dated=True)] == dates


def test_a_count_of_months_is_no_date():
    assert date_candidates("ويستمر البرنامج 3 أشهر.", dated=True) == []
