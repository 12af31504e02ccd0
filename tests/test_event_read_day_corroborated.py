"""A day read from one report is cited from each other report that writes the same day in
its own words ("غداً الخميس" the day before, "اليوم" on the day), as a card's date is (from
articles nobody here tuned on: "متى يقام حفل افتتاح قناة السويس الجديدة؟" was answered from
one report only, while the one asked about says "غداً الخميس")."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.events.answer import _cite_all, _cited_where, _days_of, _read_value_finder
from assistant.events.cite import CitationBook
from assistant.events.reading import Found
from ingest.events.card import Evidence

_ARTICLES = {
    "eve": SimpleNamespace(
        doc_id="eve",
        source="eve.txt",
        title="عروض الصقور",
        date="2031-08-06",
        text="تبدأ العروض الجوية لفريق الصقور غداً الخميس في سماء الباحة.",
    ),
    "day": SimpleNamespace(
        doc_id="day",
        source="day.txt",
        title="الصقور في الباحة",
        date="2031-08-07",
        text="تنطلق اليوم في الباحة عروض فريق الصقور الجوية أمام الأهالي.",
    ),
    "late": SimpleNamespace(
        doc_id="late",
        source="late.txt",
        title="الصقور تختتم",
        date="2031-08-09",
        text="اختتم فريق الصقور اليوم عروضه الجوية في الباحة.",
    ),
    "other": SimpleNamespace(
        doc_id="other",
        source="other.txt",
        title="معرض الكتاب",
        date="2031-08-07",
        text="ينطلق اليوم معرض الكتاب في الباحة.",
    ),
}


def _found() -> Found:
    text = _ARTICLES["eve"].text
    start = text.index("غداً الخميس")
    end = start + len("غداً الخميس")
    return Found("غداً الخميس", Evidence("eve", start, end, text[start:end]))


def test_the_same_day_in_other_words_is_cited_and_no_other_day_or_event():
    book = CitationBook(_ARTICLES.get)
    names = {"الصقور", "صقور"}
    found = _found()
    asked = SimpleNamespace(field="date")
    days = _days_of(book, found.evidence)
    assert days == ("2031-08-07", "2031-08-07")
    find = _read_value_finder(asked, found, days, lambda word: word in names)
    assert find is not None
    markers = _cited_where(
        _cite_all(book, [found.evidence]), ["eve", "day", "late", "other"], book, find
    )
    assert [book.citations[m - 1].doc_id for m in markers] == ["eve", "day"]
