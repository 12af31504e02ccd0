"""A written day in apposition to a relative one, mixed ordinal ranges, a closing said at the
head of its clause, national bodies, two head nouns sharing one name, and the conference a
trade fair holds.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names (the last of each pair guards what the rule must leave alone).
"""

from __future__ import annotations

from ingest.events import bodies, names, places
from ingest.events.dates import find_dates
from ingest.events.extract import extract_events
from language.analyzer import normalize


def _dates(
    text: str, published: str | None = "2015-07-31"
) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.start_date, d.end_date) for d in find_dates(text, published)]


def test_a_day_written_after_a_relative_one_says_which_day_it_is():
    # published on Friday the 31st: the writer's "غدا الأحد" is off; the written date is not
    assert _dates("وتقام الأمسية غدا الأحد 1436 / 10 / 18 في النادي")[0] == (
        "غدا الأحد 1436 / 10 / 18",
        "2015-08-03",
        "2015-08-03",
    )
    assert _dates("وتبدأ الدورة اليوم الأحد 2 أغسطس في المعهد") == [
        ("اليوم الأحد 2 أغسطس", "2015-08-02", "2015-08-02")
    ]
    # a range word between them still makes a range
    assert _dates("ويستمر المعرض من غدا وحتى 5 أغسطس") == [
        ("غدا وحتى 5 أغسطس", "2015-08-01", "2015-08-05")
    ]


def test_an_ordinal_day_can_open_a_range_a_day_number_closes():
    assert _dates("ويقام المعرض في الفترة من الخامس إلى 15 من شهر شوال الجاري") == [
        ("الخامس إلى 15 من شهر شوال الجاري", "2015-07-21", "2015-07-31")
    ]
    # an edition's ordinal before a day is no day
    assert _dates("الملتقى الثاني 15 من شهر شوال") == [
        ("15 من شهر شوال", "2015-07-31", "2015-07-31")
    ]


def test_a_closing_verb_at_the_head_of_its_clause_makes_the_day_the_last():
    text = (
        "تحتضن العاصمة الماليزية المعرض الدولي الأول للخط العربي الذي يستمر عشرة أيام "
        "وتنظمه جمعية الخطاطين في ماليزيا.\n"
        "ويختتم المعرض الدولي الأول للخط العربي عروضه في كوالالمبور يوم الجمعة (17 يوليو تموز) "
        "بحفل لتوزيع الجوائز."
    )
    card = extract_events(
        "d", text, "كوالالمبور تحتضن المعرض الدولي الأول للخط العربي", "2015-07-21"
    )[0]
    assert (card.start_date, card.end_date) == (None, "2015-07-17")


def test_a_national_body_keeps_its_country_and_an_embassy_its_host_state():
    found = bodies.find_bodies("وينظم الملتقى مجلس الأئمة في كندا بالتعاون مع البلدية.")
    assert [(b.text, b.role) for b in found][0] == ("مجلس الأئمة في كندا", "organizer")
    found = bodies.find_bodies(
        "وأقيمت الورشة برعاية سفارة خادم الحرمين الشريفين لدى إندونيسيا في جاكرتا."
    )
    assert [(b.text, b.role) for b in found] == [
        ("سفارة خادم الحرمين الشريفين لدى إندونيسيا", "patron")
    ]


def test_palestine_is_a_country():
    assert places.place_of_word(normalize("فلسطين")) == ("PS", None)
    assert places.place_of_word("palestine") == ("PS", None)


def test_two_head_nouns_share_one_name_and_the_first_gives_the_kind():
    found = names.find_names("ويقام المعرض والمؤتمر الدولي للطاقة الشمسية في أبوظبي الشهر المقبل.")
    assert [(m.text, m.kind) for m in found] == [
        ("المعرض والمؤتمر الدولي للطاقة الشمسية", "exhibition")
    ]


def test_the_conference_a_trade_fair_holds_is_where_the_fair_is_and_run_by_its_organizer():
    text = (
        "أكد منظمو الدورة السابعة لمعرض المياه في الخليج 2015 أن المعرض يدعم برامج ترشيد "
        "الاستهلاك.\n"
        "ومن الفعاليات الكبرى التي يشهدها المعرض هذا العام مؤتمر تحلية المياه الخليجي الذي "
        "يقام يومي 4 إلى 5 نوفمبر، ويناقش تقنيات التحلية الحديثة.\n"
        "وقال سامي الحداد مدير المبيعات في شركة الخليج للمعارض، الشركة المنظمة لمعرض المياه "
        "في الخليج، إن الإقبال كبير.\n"
        "يقام المعرض خلال الفترة من 3 – 5 نوفمبر في مركز البحرين الدولي للمعارض بالمنامة."
    )
    fair, conference = extract_events(
        "d", text, "معرض المياه في الخليج يدعم ترشيد الاستهلاك", "2015-07-26"
    )
    assert conference.name == "مؤتمر تحلية المياه الخليجي"
    assert (conference.city, conference.country) == (fair.city, fair.country) == ("المنامة", "BH")
    assert conference.organizers == fair.organizers == ["شركة الخليج للمعارض"]
