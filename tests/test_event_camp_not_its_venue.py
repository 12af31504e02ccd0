"""A camp is the event, not where it is held (from articles nobody here tuned on).

"أين يقام المخيم الكشفي العالمي …؟" was answered "المخيم العالمي": the reports of a scout
jamboree say the delegation won badges "في المخيم العالمي", and "مخيم" is a venue's noun
(a camp site). A venue whose noun is the event's own, or "مخيم", and whose other words are
all the event's name is the event called again: not its venue, in the card or when read for
a where-question. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import venue_phrase
from ingest.events.extract import read_events

_JAMBOREE = (
    "يشارك الوفد الكشفي السعودي في الجامبوري الكشفي العالمي الرابع والعشرين الذي تستضيفه "
    "كوريا الجنوبية، بمشاركة 40 ألف كشاف من 160 دولة.\n"
    "وحصل أعضاء الوفد على أوسمة التميز في المخيم العالمي بعد أسبوع من الأنشطة."
)
_FESTIVAL = (
    "انطلق مهرجان قرية المفتاحة للفنون مساء أمس في قرية المفتاحة بأبها، بمشاركة 30 فنانا تشكيليا."
)


def test_the_camp_named_again_is_not_the_card_s_venue():
    cards = read_events("jamboree", _JAMBOREE, "الكشافة في الجامبوري", "2015-08-01")
    assert any("الجامبوري" in c.name for c in cards)  # the scene
    assert all(c.venue != "المخيم العالمي" for c in cards), [c.venue for c in cards]


def test_a_venue_an_event_is_named_after_stays():
    (card,) = read_events("miftaha", _FESTIVAL, "مهرجان المفتاحة", "2015-08-01")
    assert card.venue is not None and "قرية المفتاحة" in card.venue


def test_a_where_question_is_not_answered_with_the_event():
    words = ["المخيم", "الكشفي", "العالمي"]
    assert venue_phrase(words, ["doc"], lambda _: _JAMBOREE) is None
