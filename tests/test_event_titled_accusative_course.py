"""An indefinite kind of event in the accusative, then a title: the title is its name.

Invented sentences in the style of Saudi news. "أقامت الهيئة … برنامجا تدريبيا بعنوان «…»": the
object of "أقامت" is in the accusative, its adjective ending in "يا" ("تدريبيا") where the
nominative ends in "ي". The rule that a head and indefinite adjectives only say what kind of
event it is (so a title after them is its name) read "تدريبيا" as no such adjective, and the
card was named "برنامجا تدريبيا".
"""

from __future__ import annotations

from tests.conftest import event_cards

_TITLE = "«مياه القصيم» تدرب موظفيها على أنظمة القياس"
_TEXT = (
    "أقامت إدارة مياه القصيم بالتعاون مع الكلية التقنية ببريدة برنامجا تدريبيا بعنوان «أنظمة "
    "القياس الذكي للعدادات»، في مقر الإدارة ببريدة، وحضره عدد من منسوبي الإدارة.\n"
    "ويهدف البرنامج إلى التعريف بأنظمة القياس الحديثة."
)


def test_the_title_names_the_programme():
    (card,) = event_cards(_TEXT, _TITLE, "2031-08-06")
    assert card.name == "أنظمة القياس الذكي للعدادات"


def test_the_nominative_reads_the_same():
    text = _TEXT.replace("برنامجا تدريبيا", "برنامج تدريبي")
    (card,) = event_cards(text, _TITLE, "2031-08-06")
    assert card.name == "أنظمة القياس الذكي للعدادات"
