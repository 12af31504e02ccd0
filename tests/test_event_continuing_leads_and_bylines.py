"""Leads that continue a festival, a reporter's byline, and what a name does not run over
(from archive articles nobody here tuned on; the sentences are invented).

- "يواصل مهرجان … فعالياته اليوم": the lead continues the festival (as "تتواصل فعاليات …"
  did), and "فعالياته" (its activities) is an event word like "فعاليات".
- "سعد القرشي – جدة": a reporter's byline; the family name before the dash is no town
  (Qarshi, Uzbekistan), the town after it is where the report is filed from.
- "المهرجان ملائم لجميع …" in a title: after a definite head alone, an indefinite word is a
  predicate, not more of the name the title gives.
- "احتفى منظمو مهرجان جدة بسفراء …": whom the festival welcomes is not its name.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events


def _cards(title: str, text: str, published: str = "2031-07-20") -> list:
    return extract_events("doc", text, title=title, published=published)


def test_a_lead_continuing_the_festival_makes_its_card():
    text = (
        "يواصل مهرجان صيف تنومة لهذا العام فعالياته اليوم في منتزه البلدة، عبر برامج منوعة "
        "للأسر والأطفال. وتشمل البرامج عروضا شعبية ومسابقات ثقافية وخيمة للتسوق."
    )
    cards = _cards("ألعاب وعروض شعبية في «صيف تنومة»", text)
    assert [c.name for c in cards] == ["مهرجان صيف تنومة"]


def test_the_family_name_of_a_reporter_is_no_town_of_the_dateline():
    text = (
        "سعد القرشي – جدة\n"
        "انطلقت أمس فعاليات الملتقى الصيفي للموهوبين بمشاركة 80 طالبا، ويستمر الملتقى أسبوعين."
    )
    cards = _cards("الموهوبون يبدعون", text)
    assert [(c.city, c.country) for c in cards] == [("جدة", "SA")]


def test_a_title_saying_what_the_festival_is_does_not_grow_its_name():
    text = (
        "أشاد الزوار بفعاليات مهرجان صيف الدمام المقامة على الواجهة البحرية. وقال أحدهم إن "
        "المهرجان ملائم لجميع أفراد الأسرة، وأثنى على عروض مسرح الطفل."
    )
    found = names.extend_by_title(text, names.find_names(text), "المهرجان ملائم لجميع أفراد الأسرة")
    assert all("ملائم" not in m.text for m in found)


def test_whom_a_festival_welcomes_is_not_its_name():
    found = names.find_names("احتفى منظمو مهرجان جدة بسفراء الحزم في أرض المعارض")
    assert [m.text for m in found] == ["مهرجان جدة"]
    assert [m.text for m in names.find_names("ويرحب مهرجان الورد بزواره كل مساء")] == [
        "مهرجان الورد"
    ]
