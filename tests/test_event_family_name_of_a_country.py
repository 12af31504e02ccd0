"""A family name that is a country's name is no country (from an archive article nobody here
tuned on; the sentences are invented).

A town's Eid party was placed in Sweden: the head of the town's centre, "المهندس … السويد",
bears a family name that CLDR writes for the country. A country's one-word name right after
a title and a given name ("المهندس فهد السويد", "الدكتور سعد بن علي الكويت") is that
person's family name; said on its own ("وصل إلى السويد") it stays the country.
"""

from __future__ import annotations

from ingest.events import places
from ingest.events.extract import read_events

_PARTY = (
    "احتفل مركز حريملاء، الأحد الماضي، بعيد الفطر، بحضور المهندس فهد السويد رئيس المركز وعدد "
    "من المسؤولين. ونظم ثاني أيام العيد مهرجان الأطفال في حديقة حريملاء، وكان الختام حفلا "
    "نسائيا في مقر اللجنة مساء الأحد."
)


def _codes(text: str) -> list[str]:
    return [c.code for c in places.find_countries(text)]


def test_a_country_name_after_a_title_and_a_given_name_is_a_family_name():
    assert _codes("بحضور المهندس فهد السويد رئيس المركز") == []
    assert _codes("وألقى الدكتور سعد بن علي السويد كلمة") == []


def test_a_country_said_on_its_own_stays_a_country():
    assert _codes("وصل الوفد إلى السويد أمس") == ["SE"]
    assert _codes("شارك المهندس فهد في معرض السويد") == ["SE"]
    assert _codes("استقبل الدكتور سعد وفد السويد") == ["SE"]


def test_the_party_of_a_town_is_not_placed_in_sweden():
    cards = read_events("party", _PARTY, "ألعاب شعبية في حريملاء", "2031-01-28")
    assert cards
    assert all(c.to_dict()["country"] != "SE" for c in cards)
