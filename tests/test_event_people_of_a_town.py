"""A celebration named by the people of a town ("حفل أهالي عفيف") is that town's (from an
archive article nobody here tuned on; the sentences are invented).

Asked who sponsored "حفل أهالي عفيف بعيد الفطر", the answerer gave the patron of the same
ceremony in another town (الغاط), whose card shares every word of the name: "عفيف" after
"أهالي" was no place the question asked for, since a small town counts only after a word
that places it. After a celebration's noun and "أهالي", the town is where it is held.
"""

from __future__ import annotations

from datetime import date

from assistant.events.answer import CardAnswerer
from ingest.events.extract import extract_events
from ingest.events.places import find_cities
from tests.event_samples import SampleArticle


def _towns(text: str) -> list[str]:
    return [m.name_en for m in find_cities(text)]


def test_the_town_of_the_people_holding_a_celebration_is_a_place():
    assert _towns("من رعى حفل أهالي عفيف بعيد الفطر؟") == ["Afif"]
    assert _towns("وتستمر احتفالات أهالي الدلم ثلاثة أيام") == ["Ad Dilam"]


def test_the_people_of_a_town_thanked_elsewhere_place_nothing():
    assert _towns("وشكرا لأهالي الطائف على حسن الاستقبال") == []


def test_the_patron_of_one_towns_celebration_is_not_given_for_another_towns():
    doc = SampleArticle(
        "رعى محافظ الغاط فهد السالم مساء أمس حفل الأهالي بعيد الفطر المبارك، وأقامته البلدية "
        "في القرية التراثية بالغاط وسط حضور كبير.",
        "",
        "",
        "2015-07-22",
    )
    cards = extract_events("ghat", doc.text, title="الغاط تحتفل بالعيد", published=doc.date)
    assert [c.city for c in cards] == ["الغاط"]
    answerer = CardAnswerer({"ghat": doc}.get, today=lambda: date(2015, 7, 22))
    # retrieval found the other town's report, as it does when no article of the town asked
    # about made a card
    question = "من رعى حفل أهالي عفيف بعيد الفطر المبارك؟"
    asked = answerer.answer(question, "ar", cards, retrieved=["ghat"])
    assert asked is None or asked.refused
    answer = answerer.answer(
        "من رعى حفل أهالي الغاط بعيد الفطر المبارك؟", "ar", cards, retrieved=[]
    )
    assert "فهد السالم" in answer.short_answer
