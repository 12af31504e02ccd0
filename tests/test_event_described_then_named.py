"""A festival first said by what it is, then by its name, in a foreign town known by the first
word of its name (from articles nobody here tuned on; the sentences are invented).

"خصص مهرجان موسيقي في رومانيا …" then "مهرجان «الأمواج»": the card was named "مهرجان
موسيقي", a description, and the named festival was another card. A head with only indefinite
adjectives now describes the event its head names elsewhere. "بمدينة كلوج" gave no town: the
gazetteer writes Cluj-Napoca "كلوج نابوكا"; after "مدينة", the first word of one foreign town's
longer name is that town.
"""

from __future__ import annotations

from ingest.events.extract import extract_events

_TEXT = (
    "خصص مهرجان موسيقي في رومانيا تذاكر مجانية لكل من يتبرع بالدم، في حملة لقيت إقبالا "
    "كبيرا من الشباب.\n"
    "وتعاون مهرجان «الأمواج» مع بنك الدم المحلي في تنظيم الحملة. ويقام المهرجان في الفترة من "
    "30 يوليو إلى 2 أغسطس 2031 بمدينة كلوج في إقليم ترانسيلفانيا، بمشاركة عشرين فرقة.\n"
    "ويشارك في فعاليات المهرجان مغنون من أوروبا، وقال مدير المهرجان إن الحملة ستتكرر."
)


_TITLE = "مهرجان موسيقي يقدم تذاكر مجانية للمتبرعين بالدم"


def test_a_described_festival_is_the_one_named_later():
    cards = extract_events("x", _TEXT, title=_TITLE, published="2031-07-20")
    assert [c.name for c in cards] == ["مهرجان «الأمواج»"]


def test_the_first_word_of_a_foreign_towns_name_after_madina_is_the_town():
    cards = extract_events("x", _TEXT, title=_TITLE, published="2031-07-20")
    assert (cards[0].city, cards[0].country) == ("كلوج", "RO")


def test_a_named_festival_in_quotes_is_not_a_description():
    text = (
        "انطلق مهرجان «عيدية» في تبوك أمس بمتنزه المدينة، فيما يتواصل مهرجان «الفرح» في جدة "
        "حتى نهاية الأسبوع بحضور آلاف الزوار."
    )
    names = [c.name for c in extract_events("x", text, title="مهرجان «عيدية» ينطلق في تبوك")]
    assert "مهرجان «عيدية»" in names
