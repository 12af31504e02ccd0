"""A patron's name after a long post: "يرعى أمير المنطقة رئيس هيئة تطوير السياحة والتراث
بالمنطقة الأمير فلان بن فلان بن فلان" (from articles nobody here tuned on).

A person phrase is read over at most twelve words; the post took most of them, and the card's
patron was cut after "الأمير نايف بن مشعل", a second patron beside the full name another
report gave. The name after the title now runs on, as an opener's does. Invented text.
"""

from __future__ import annotations

from ingest.events.extract import extract_events

_TEXT = (
    "يرعى أمير منطقة تبوك رئيس هيئة تطوير السياحة والتراث بالمنطقة الأمير نايف بن مشعل بن سعود "
    "مساء اليوم حفل افتتاح مهرجان الورد الثالث بحديقة الأمير فهد بتبوك.\n"
    "ويستمر المهرجان عشرة أيام بمشاركة 40 مزارعا."
)


def test_the_patron_name_after_a_long_post_is_whole():
    cards = extract_events("doc", _TEXT, "مهرجان الورد الثالث في تبوك", "2015-07-26")
    assert cards, "no card"
    patrons = cards[0].patrons
    assert len(patrons) == 1, patrons
    assert patrons[0].endswith("الأمير نايف بن مشعل بن سعود"), patrons
