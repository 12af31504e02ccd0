"""A day said in a clause that "فيما" sets against the event's is not the event's.

Invented sentences in the style of Saudi news. "يذكر أن عروض الفيلم ستبدأ في القاهرة في 3 مايو
المقبل، فيما يقام مهرجان … في الفترة من 10 إلى 15 يونيو المقبل": the film's day is about as many
characters before the festival's name starts as the festival's own days are after it starts,
and it won. A day said before the event's name in its sentence, with no mention of the event
before it there, in a clause that "فيما", "بينما" or "في حين" sets against the clause naming
the event, now ranks behind the rest.
"""

from __future__ import annotations

from tests.conftest import event_cards

_TITLE = "المخرجة سلمى الحارثي تنافس بفيلمها الجديد في مهرجان الواحة السينمائي الدولي"
_TEXT = (
    "تنافس المخرجة سلمى الحارثي في مهرجان الواحة السينمائي الدولي بفيلمها الجديد «الطريق إلى "
    "البحر» الذي يروي قصة صياد وابنه.\n"
    "وقالت الحارثي إنها سعيدة بالعودة إلى المنافسة بعد غياب خمس سنوات.\n"
    "يذكر أن عروض الفيلم ستبدأ في القاهرة في 3 مايو المقبل، فيما يقام مهرجان الواحة السينمائي "
    "الدولي في الفترة من 10 إلى 15 يونيو المقبل."
)


def test_the_days_after_whereas_are_the_festivals():
    (card,) = event_cards(_TEXT, _TITLE, "2031-04-02")
    assert (card.start_date, card.end_date) == ("2031-06-10", "2031-06-15")


def test_bainama_too():
    (card,) = event_cards(_TEXT.replace("، فيما", "، بينما"), _TITLE, "2031-04-02")
    assert (card.start_date, card.end_date) == ("2031-06-10", "2031-06-15")


def test_a_day_said_just_before_the_name_still_counts():
    text = _TEXT.replace(
        "يذكر أن عروض الفيلم ستبدأ في القاهرة في 3 مايو المقبل، فيما يقام مهرجان الواحة السينمائي "
        "الدولي في الفترة من 10 إلى 15 يونيو المقبل.",
        "ويقام في 3 مايو المقبل مهرجان الواحة السينمائي الدولي بمشاركة أربعين فيلما.",
    )
    (card,) = event_cards(text, _TITLE, "2031-04-02")
    assert card.start_date == "2031-05-03"
