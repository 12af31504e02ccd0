"""A word in "ب" inside a quoted venue name is part of the name.

Invented sentences in the style of Saudi news. 'بقاعة الياسمين بفندق "جراند بلو"': a venue ends
before a word in ب that starts a clause ("بمشاركة …"), but inside the quotation that names the
hotel the word is the name's, and the venue had stopped at '… بفندق "جراند'.
"""

from __future__ import annotations

from ingest.events.places import find_venues


def _venues(text: str) -> list[str]:
    return [text[a:b] for a, b in find_venues(text)]


def test_a_bi_word_inside_plain_quotes():
    text = 'أقيم الحفل بقاعة الياسمين بفندق "جراند بلو"، وحضره عدد من الموظفين.'
    assert _venues(text) == ['قاعة الياسمين بفندق "جراند بلو"']


def test_a_bi_word_inside_guillemets():
    text = "أقيم الحفل بقاعة الياسمين بفندق «جراند بلو»، وحضره عدد من الموظفين."
    assert _venues(text) == ["قاعة الياسمين بفندق «جراند بلو»"]


def test_a_bi_clause_after_the_quotation_still_ends_it():
    text = 'أقيم الحفل بقاعة الياسمين بفندق "جراند" بمشاركة واسعة.'
    assert _venues(text) == ['قاعة الياسمين بفندق "جراند"']
