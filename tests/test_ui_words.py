"""Counts on the page read as Arabic grammar asks: the noun's form follows the number."""

from __future__ import annotations

import pytest

from qimma.ui_text import article_count, event_count


@pytest.mark.parametrize(
    ("n", "articles", "events"),
    [
        (1, "مقال واحد", "فعالية واحدة"),
        (2, "مقالان", "فعاليتان"),
        (5, "5 مقالات", "5 فعاليات"),
        (11, "11 مقالًا", "11 فعاليةً"),
        (100, "100 مقال", "100 فعالية"),
        (103, "103 مقالات", "103 فعاليات"),
    ],
)
def test_arabic_counts(n, articles, events):
    assert article_count(n, "ar") == f"{articles} في المكتبة"
    assert event_count(n, "ar") == events


def test_english_counts():
    assert event_count(1, "en") == "1 event" and event_count(5, "en") == "5 events"
    assert article_count(0, "ar") == "لا مقالات في المكتبة"
