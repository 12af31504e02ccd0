"""A country said right after the event's name places it (from articles nobody here tuned
on; the sentences are invented).

"الملتقى العلمي العالمي بدولة بلجيكا 2015" got the city "الطائف" and the country SA: the
name ran on over "بدولة بلجيكا", and the town came from the list of the winners' home
towns. "دولة" now ends a name as a place noun does ("بمدينة", "بمحافظة"), and a country said
right after the name is where the event is, a town of another country elsewhere in the
report being where people come from.
"""

from __future__ import annotations

from ingest.events.extract import read_events

_FAIR = (
    "حقق طلاب المملكة المشاركون في المعرض الدولي للاختراعات بدولة سويسرا 2031 أربع "
    'ميداليات ذهبية، وهم: سعد العمري "أبها"، وخالد الزهراني "الباحة"، وفهد القحطاني '
    '"خميس مشيط".\n'
    "وترأس الوفد مدير النشاط الطلابي بتعليم عسير."
)
_HOME = (
    "تنطلق غدا فعاليات الملتقى الوطني للموهوبين في دولة الكويت بمدينة الكويت بمشاركة 300 "
    "طالب وطالبة من دول الخليج."
)


def test_a_country_after_the_name_places_the_event_not_a_winners_home_town():
    cards = read_events("fair", _FAIR, "ذهب للطلاب في سويسرا", "2031-04-02")
    card = next(c for c in cards if "للاختراعات" in c.name)
    assert "سويسرا" not in card.name
    assert card.country == "CH", (card.city, card.country)
    assert card.city != "أبها"


def test_a_town_in_that_country_stays():
    (card,) = read_events("home", _HOME, "ملتقى الموهوبين", "2031-04-02")
    assert card.country == "KW"
    assert card.city is not None and "الكويت" in card.city
