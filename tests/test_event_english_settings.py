"""English stories that happen at an event ("will unveil the car at the Lisbon Motor Show on
Tuesday", "At the Oslo Boat Show, builders are …") whose headline leaves the event out; names
joined by "in the" ("Rock in the Valley festival") after "the 9th annual"; a day's event
("Friday's ceremony") as a reference back to the named one; the city that owns a venue
("Bristol's Grand hotel"); bodies that hand out a prize ("handed out by the Guild of Harbour
Actors"); the owner of a party conference; a year said of an earlier edition; and, in Arabic,
a name that ends before whom the event is held for ("لمنسوبيها"), in the text and in the title.

Every sentence here is invented in the style of the BBC and Saudi news; each test fails
without the rule it names, except those that guard a rule's limits.
"""

from __future__ import annotations

from ingest.events import bodies, names
from ingest.events.extract import extract_events


def _cards(text: str, title: str, published: str | None = None) -> list:  # noqa: ANN401
    return extract_events("d", text, title, published)


_CARS = (
    "Small cars face a harder year\n"
    "Makers of small cars expect sales to fall this year as fuel prices climb, a survey of "
    "dealers suggests.\n"
    "Volta, the Portuguese maker, will unveil its new city car at the Lisbon Motor Show on "
    "Tuesday. The car costs less than its rivals and uses half the fuel, the company said. "
    "Dealers say buyers now compare running costs before prices."
)


def test_a_story_that_happens_at_a_named_show_on_a_day_makes_its_card():
    cards = _cards(_CARS, "Small cars face a harder year")
    assert [(c.name, c.city, c.country) for c in cards] == [("Lisbon Motor Show", "Lisbon", "PT")]


def test_a_story_set_at_an_earlier_edition_makes_no_card():
    text = _CARS.replace("will unveil its new city car at", "last year unveiled a city car at")
    assert _cards(text, "Small cars face a harder year") == []


def test_a_sentence_opening_at_a_named_show_sets_the_story_there():
    text = (
        "Cheaper models for younger buyers\n"
        "Boat makers are turning to cheaper models to win younger buyers.\n"
        "At the Oslo Boat Show, builders are showing small electric boats for families. Prices "
        "start at a third of a sailing yacht's, the makers say."
    )
    cards = _cards(text, "Cheaper models for younger buyers")
    assert [(c.name, c.city, c.country) for c in cards] == [("Oslo Boat Show", "Oslo", "NO")]


def test_a_show_only_named_in_passing_makes_no_card():
    text = (
        "Cheaper models for younger buyers\n"
        "Boat makers are turning to cheaper models to win younger buyers.\n"
        "The firm, which has shown its boats at the Oslo Boat Show for years, says prices will "
        "start at a third of a sailing yacht's."
    )
    assert _cards(text, "Cheaper models for younger buyers") == []


def test_a_festival_name_joined_by_in_the_after_its_annual_edition():
    text = (
        "Valley festival sells out\n"
        "Tickets for the region's favourite music festival have gone in a day.\n"
        "The 9th annual Rock in the Valley festival, which takes place in Chelmsford in August, "
        "sold out hours after its line-up was announced. Organisers said the festival would "
        "add a third stage. The band last played at the festival in 2001."
    )
    [card] = _cards(text, "Valley festival sells out")
    assert (card.name, card.edition) == ("Rock in the Valley festival", 9)
    assert card.start_date is None  # 2001 is an earlier edition's year


def test_a_days_ceremony_refers_back_to_the_named_awards():
    text = (
        "Harbour drama wins top prize\n"
        "A drama about dock workers has won best play at the Harbour Theatre Awards.\n"
        "The play won three prizes, while a musical about a ferry won two. The musical led the "
        "nominations going into Friday's ceremony at Bristol's Grand hotel. The Harbour Theatre "
        "Awards have been handed out by the Guild of Harbour Actors since 1990."
    )
    [card] = _cards(text, "Harbour drama wins top prize")
    assert card.name == "Harbour Theatre Awards"
    assert card.venue == "Grand hotel"
    assert card.organizers == ["Guild of Harbour Actors"]


def test_a_days_concert_is_all_the_name_there_is_when_none_other_is_given():
    found = names.find_names("Tickets for Saturday's concert at the city hall sold out in a day.")
    assert [(m.text, m.words) for m in found] == [("Saturday's concert", 1)]


def test_a_prize_handed_out_by_a_body_names_its_organizer():
    text = "The Lamp Awards were handed out by the Society of Lamp Makers and the BBC on Monday."
    found = [(b.text, b.role) for b in bodies.find_bodies(text)]
    assert found == [("Society of Lamp Makers", "organizer")]


def test_a_party_conference_is_organised_by_its_owner():
    text = (
        "Unions press for pension deal\n"
        "Union leaders will meet the deputy leader at the Green Party's autumn conference in "
        "Bath on Saturday. They want the rise in the pension age dropped before the election."
    )
    [card] = _cards(text, "Unions press for pension deal")
    assert (card.name, card.city, card.organizers) == (
        "Green Party's autumn conference",
        "Bath",
        ["Green Party"],
    )


def test_a_city_does_not_organise_its_own_festival():
    text = (
        "Tickets go on sale for the summer\n"
        "Thousands are expected at Leeds's summer festival in Leeds on Saturday, when bands "
        "will play on three stages."
    )
    for card in _cards(text, "Tickets go on sale for the summer"):
        assert card.organizers == []


_EID = (
    "نظمت شركة الساحل للطباعة مساء الثلاثاء الماضي حفل المعايدة السنوي لمنسوبيها وسط "
    "الدمام، وألقى المدير العام كلمة هنأ فيها الموظفين بعيد الفطر."
)


def test_an_eid_party_name_ends_before_whom_it_is_held_for():
    found = names.find_names(_EID)
    assert [m.text for m in found if m.words] == ["حفل المعايدة السنوي"]


def test_a_title_does_not_grow_the_name_over_whom_it_is_held_for():
    title = "شركة الساحل تنظم حفل المعايدة السنوي لمنسوبيها"
    [card] = _cards(_EID, title, "2015-07-27")
    assert card.name == "حفل المعايدة السنوي"


def test_a_show_named_with_its_year_at_a_citys_own_venue_yesterday():
    text = (
        "Gadgets help older drivers\n"
        "A charity has been set up to help older people keep driving with new technology.\n"
        "The Silver Wheels Trust opened its doors yesterday at the Caravan Europe 2006 show at "
        "Manchester's GMEX, with several adapted cars on display."
    )
    [card] = _cards(text, "Gadgets help older drivers")
    assert (card.name, card.city, card.venue) == (
        "Caravan Europe 2006 show",
        "Manchester",
        "GMEX",
    )


def test_a_party_named_before_its_lower_case_conference_organises_it():
    text = (
        "Unions press for pension deal\n"
        "Union leaders met the deputy leader at the Green Party autumn conference in Bath on "
        "Saturday, but the talks ended without a deal."
    )
    [card] = _cards(text, "Unions press for pension deal")
    assert card.organizers == ["Green Party"]
