"""A body named for the events it runs ("إدارة المهرجانات", "لجنة المعارض") is one body, not a
question over the library's events (from articles nobody here tuned on).

"من مدير إدارة المهرجانات بغرفة جدة …" was read as a request to list festivals.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.events.questions import FIELD, LIST, parse_question

_TODAY = date(2015, 8, 6)


@pytest.mark.parametrize(
    "question",
    [
        "من مدير إدارة المهرجانات بغرفة تبوك الذي تحدث عن عروض التخفيضات في مهرجان تبوك؟",
        "من رئيس لجنة المعارض في أمانة حائل التي نظمت معرض الكتاب المستعمل؟",
    ],
)
def test_a_body_of_events_asks_one_field(question: str) -> None:
    q = parse_question(question, "ar", _TODAY)
    assert q is not None and q.intent == FIELD and q.field == "person", q


@pytest.mark.parametrize(
    "question",
    ["ما المهرجانات التي تنظمها إدارة السياحة في تبوك؟", "ما المعارض المقامة في حائل؟"],
)
def test_a_list_of_events_still_lists(question: str) -> None:
    q = parse_question(question, "ar", _TODAY)
    assert q is not None and q.intent == LIST, q
