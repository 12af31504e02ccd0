"""A week is not the days an event is held on (invented sentences).

"الأسبوع المقبل" resolves to the seven days of next week, and a card read them as its start
and end: a camp that ends "early next week" got Sunday to Saturday, a festival that starts
"next week" a seven-day run. Said alone, a week tells when, not how long: the card keeps the
words (`date_text`) and no resolved day, as it does for a Hijri year.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def _card(text: str, title: str):
    cards = extract_events("d", text, title=title, published="2031-08-02")
    assert len(cards) == 1
    return cards[0]


def test_next_week_gives_no_seven_day_run():
    card = _card(
        "أعلنت جمعية الثقافة والفنون أن فعاليات المهرجان الإنشادي الثاني تنطلق الأسبوع المقبل "
        "في منتزه الواحة بمحافظة عنيزة، بمشاركة عشر فرق.",
        "الإنشادي الثاني ينطلق في عنيزة",
    )
    assert (card.start_date, card.end_date) == (None, None)
    assert card.date_text == "الأسبوع المقبل"
    assert card.date_resolution.startswith("unresolved")


def test_next_week_written_without_hamza_is_a_week_too():
    card = _card(
        "أعلنت جمعية الثقافة والفنون أن فعاليات المهرجان الإنشادي الثاني تنطلق الاسبوع القادم "
        "في منتزه الواحة بمحافظة عنيزة، بمشاركة عشر فرق.",
        "الإنشادي الثاني ينطلق في عنيزة",
    )
    assert (card.start_date, card.end_date) == (None, None)


def test_stated_days_are_still_read():
    card = _card(
        "أعلنت جمعية الثقافة والفنون أن فعاليات المهرجان الإنشادي الثاني تنطلق يوم 9 أغسطس "
        "في منتزه الواحة بمحافظة عنيزة، وتستمر ثلاثة أيام.",
        "الإنشادي الثاني ينطلق في عنيزة",
    )
    assert (card.start_date, card.end_date) == ("2031-08-09", "2031-08-11")
