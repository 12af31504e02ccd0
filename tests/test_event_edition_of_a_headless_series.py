"""An edition said before a festival known by a name with no event noun is its edition.

Invented sentences in the style of Saudi news. "النسخة العاشرة لسوق عكاظ": "edition + ل + a
word that is no event noun" is read as the edition of something else ("النسخة الأولى للخطة"),
but here the word begins the event's own name.
"""

from __future__ import annotations

from ingest.events.extract import extract_events

TEXT = (
    "أكد مدير فرع الهيئة بالطائف أن النسخة العاشرة لسوق عكاظ ستشهد مشاركة عشرين حرفيا من "
    "دول الخليج، وتم تخصيص مكان لهم بوسط الجادة."
)


def test_the_edition_before_the_name_is_the_festivals():
    (card,) = extract_events("d1", TEXT, title="مشاركة خليجية في سوق عكاظ", published="2016-08-01")
    assert card.edition == 10
    assert card.evidence["edition"][0].quote == "النسخة العاشرة"


def test_an_edition_of_a_plan_is_still_not_the_events():
    text = TEXT.replace("النسخة العاشرة لسوق عكاظ ستشهد", "النسخة العاشرة للخطة ستشهد في سوق عكاظ")
    cards = extract_events("d1", text, title="مشاركة خليجية في سوق عكاظ", published="2016-08-01")
    assert all(c.edition is None for c in cards)
