"""A venue said in the sentence after the one naming the event, and a hall named like a
night (from articles nobody here tuned on; the sentences are invented).

- "احتفل فلان بزواج ابنه … . أقيم حفل الزواج في قاعة …": the venue's sentence holds too few
  of the question's words on its own; a sentence that goes on with the last one's event
  ("جاء ذلك …", "أقيم حفل الزواج …") is read with the words of the one before.
- "قاعة ليلتي", "بقاعة ليالي …": "ليلتي" reads like a purpose ("ل" + "يلتي": "لتجهيز"),
  which ended the hall's name at its noun.
"""

from __future__ import annotations

from assistant.events.reading import venue_phrase
from ingest.events.places import find_venues
from language.analyzer import normalize

_WEDDING = (
    "احتفل المهندس سامي بن خالد العتيبي وإخوانه بزواج شقيقهم الأصغر ماجد من كريمة الشيخ "
    "فهد المطيري. أقيم حفل الزواج مساء الخميس في قاعة ليلتي في الطائف. وحضر الحفل جمع من "
    "الأقارب."
)
_GATHERING = (
    "احتفلت أسرة آل زهران بتخريج عشرين من أبنائها من الجامعات هذا العام في جو عائلي. "
    "جاء ذلك بقاعة ليالي الورد في ليلة امتلأت بالفنون الشعبية."
)


def _where(text: str, question: str) -> str | None:
    words = [normalize(w) for w in question.split()]
    found = venue_phrase(words, ["doc"], {"doc": text}.get)
    return found.value if found else None


def test_a_venue_said_in_the_sentence_going_on_with_the_event():
    assert _where(_WEDDING, "أقيم حفل زواج ماجد بن خالد العتيبي") == "قاعة ليلتي في الطائف"


def test_a_venue_after_it_points_back_with_jaa_dhalik():
    assert _where(_GATHERING, "احتفلت أسرة آل زهران بتخريج أبنائها") == "قاعة ليالي الورد"


def test_a_sentence_that_does_not_go_on_is_not_read_with_the_last():
    text = _WEDDING.replace("أقيم حفل الزواج مساء الخميس في", "وتقام ندوة الأسرة غدا في")
    assert _where(text, "أقيم حفل زواج ماجد بن خالد العتيبي") is None


def test_a_hall_named_like_a_night_is_a_venue():
    for text, venue in (
        ("أقيمت حفلة العرس في قاعة ليلتي في الطائف.", "قاعة ليلتي"),
        ("جاء ذلك بقاعة ليالي الورد في ليلة جميلة.", "قاعة ليالي الورد"),
    ):
        assert [text[a:b] for a, b in find_venues(text)] == [venue]


def test_a_sentence_going_on_with_and_or_another_verb_of_holding():
    for opening in ("وأقيم حفل الزواج", "وعقد حفل الزواج"):
        text = _WEDDING.replace("أقيم حفل الزواج", opening)
        assert _where(text, "أقيم حفل زواج ماجد بن خالد العتيبي") == "قاعة ليلتي في الطائف", opening
