"""The thirty-first round's rules, each on invented sentences in the style of Saudi news.

A word whose root begins with "و" is no conjunction: "معرض وظائف 2015" is a job fair's name,
not "معرض" and then "and …". A range whose last day names no month, but says it is the same
month ("من الأحد 11 أكتوبر وحتى الأربعاء 14 من الشهر نفسه", "حتى 14 منه"), ends in the first
day's month; before, the whole range was dropped, start and all. "برعاية كريمة من لدن أمير
المنطقة": "لدن" (from) leads to the patron and is no part of his name. "شعار المملكة" in a list
of air-show figures is the kingdom's emblem: one bare word after a bare "شعار" is no slogan.

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

from ingest.events.bodies import find_bodies
from ingest.events.content import find_slogans
from ingest.events.dates import find_dates
from tests.conftest import event_cards, event_names

_JOB_FAIR = (
    "بدأت غرفة الرياض قبول طلبات المنشآت التي تود الحضور بمعرض وظائف 2016 الذي تنظمه "
    "بالشراكة مع شركة المعارض الدولية.\n"
    "وأكد رئيس الغرفة أن (معرض وظائف 2016) الذي ينظم خلال الفترة من الأحد 8 مايو 2016 وحتى "
    "الأربعاء 11 من الشهر نفسه، يحتضنه مركز الرياض الدولي للمعارض لأربعة أيام.\n"
    "وذكر أن المعرض يستقطب كل عام مئات الباحثين عن عمل."
)


def test_a_job_fair_is_named_with_its_root_waw_word():
    assert event_names("المشاركة بمعرض وظائف 2016 الذي تنظمه الغرفة.") == ["معرض وظائف 2016"]


def test_a_conjunction_after_the_head_still_ends_the_name():
    # guard: "و" before an ordinary word is "and", as before
    assert event_names("افتتح أمس معرض وشارك فيه عدد من الفنانين.") == ["معرض"]
    assert event_names("أقيم معرض وسط حضور كبير.") == ["معرض"]


def test_the_job_fair_gets_its_card_with_its_days():
    cards = event_cards(_JOB_FAIR, "غرفة الرياض تطلق «وظائف 2016» مايو المقبل")
    assert [c.name for c in cards] == ["معرض وظائف 2016"]
    assert (cards[0].start_date, cards[0].end_date) == ("2016-05-08", "2016-05-11")


def _range(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.start_date, d.end_date) for d in find_dates(text, "2016-03-10")]


def test_a_last_day_of_the_same_month_ends_the_range():
    said = "ينظم خلال الفترة من الأحد 8 مايو 2016 وحتى الأربعاء 11 من الشهر نفسه، في الرياض"
    assert _range(said) == [
        ("الأحد 8 مايو 2016 وحتى الأربعاء 11 من الشهر نفسه", "2016-05-08", "2016-05-11")
    ]
    assert _range("يقام من 8 مايو وحتى 11 منه") == [
        ("8 مايو وحتى 11 منه", "2016-05-08", "2016-05-11")
    ]
    assert _range("من 10 شوال حتى 14 من نفس الشهر")[0][1:] == ("2016-07-15", "2016-07-19")


def test_a_same_month_end_before_the_start_is_not_read_into_that_month():
    # guard: "from the 20th until the 4th of the same month" is no range of that month
    assert all(d[2] != "2016-05-04" for d in _range("من 20 مايو وحتى 4 من الشهر نفسه"))


def test_a_patron_from_the_side_of_the_governor_is_the_governor():
    said = "وأقيم المعرض برعاية كريمة من لدن أمير المنطقة الأمير خالد بن سعد، بمشاركة واسعة."
    patrons = [b.text for b in find_bodies(said) if b.role == "patron"]
    assert patrons == ["أمير المنطقة الأمير خالد بن سعد"]


def test_the_emblem_of_the_kingdom_in_a_list_of_figures_is_no_slogan():
    said = "وقدم الفريق عروضا جوية منها: السهم، الصقر، شعار المملكة، الانهيار، التنين."
    assert find_slogans(said) == []


def test_a_quoted_one_word_slogan_is_still_a_slogan():
    # guard: the bare "شعار" keeps one word in quotation marks, and an unquoted phrase
    assert [f.text for f in find_slogans("اتخذ المهرجان شعار «فرحة» هذا العام.")] == ["فرحة"]
    assert [f.text for f in find_slogans("اتخذ المهرجان شعار فرحتنا تكمل، وانطلق.")] == [
        "فرحتنا تكمل"
    ]
