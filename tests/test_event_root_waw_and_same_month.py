"""The thirty-first round's rules, each on invented sentences in the style of Saudi news.

A word whose root begins with "و" is no conjunction: "معرض وظائف 2015" is a job fair's name,
not "معرض" and then "and …". A range whose last day names no month, but says it is the same
month ("من الأحد 11 أكتوبر وحتى الأربعاء 14 من الشهر نفسه", "حتى 14 منه"), ends in the first
day's month; before, the whole range was dropped, start and all. "برعاية كريمة من لدن أمير
المنطقة": "لدن" (from) leads to the patron and is no part of his name. "شعار المملكة" in a list
of air-show figures is the kingdom's emblem: one bare word after a bare "شعار" is no slogan.
A number after a weekday that a noun follows counts it ("بعد غد السبت 4 ورش عمل"), unless that
day of the month is that weekday; after a whole date, "و20 ورشة" is twenty workshops: the
date before it stands (both had been dropped whole, as a day with no month). "بعد غد الاثنين" in
an article dated Sunday is the Monday before the day counted, as "اليوم الثلاثاء" in one dated
Friday already was: a crawl date may be late, never early; it had been the Monday a week on.
"يوم غدٍ الجمعة" is tomorrow (only "غداً" was), and a festival's name does not run into the
programmes that accompany it ("مهرجان العسل الدولي والبرامج … المصاحبة له").

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


def test_a_count_after_a_weekday_leaves_the_day_it_names():
    assert _range("تعقد اللجنة بعد غد السبت 4 ورش عمل تدريبية") == [
        ("بعد غد السبت", "2016-03-12", "2016-03-12")
    ]
    assert _range("تعقد اللجنة السبت المقبل 3 ورش عمل") == [
        ("السبت المقبل", "2016-03-12", "2016-03-12")
    ]
    assert _range("تقام الجمعة 11 مارس 2016 و20 ورشة") == [
        ("الجمعة 11 مارس 2016", "2016-03-11", "2016-03-11")
    ]


def test_a_day_of_the_month_after_its_weekday_is_still_a_day():
    # guard: a range's first day after its weekday, and a number that is that weekday's date
    assert _range("يقام يوم الأحد 13 وحتى الأربعاء 16 مارس") == [
        ("الأحد 13 وحتى الأربعاء 16 مارس", "2016-03-13", "2016-03-16")
    ]
    assert all(d[1] != "2016-03-13" or "13" in d[0] for d in _range("تنطلق الأحد 13 بمقر النادي"))
    assert _range("يقام يومي 11 و12 مارس") == [("11 و12 مارس", "2016-03-11", "2016-03-12")]


def test_a_day_counted_from_a_late_date_is_the_weekday_before_it():
    # dated Sunday 13 March: "the day after tomorrow, Monday" is Monday the 14th
    found = [
        (d.text, d.start_date) for d in find_dates("تعقد اللجنة بعد غد الاثنين ورشة", "2016-03-13")
    ]
    assert found == [("بعد غد الاثنين", "2016-03-14")]
    # (guard) the print day: "غدا الثلاثاء" in a paper dated Sunday evening is Tuesday
    found = [(d.text, d.start_date) for d in find_dates("تقام غدا الثلاثاء ورشة", "2016-03-13")]
    assert found == [("غدا الثلاثاء", "2016-03-15")]


def test_the_day_of_tomorrow_is_tomorrow():
    found = [(d.text, d.start_date) for d in find_dates("تنطلق يوم غدٍ السبت فعاليات", "2016-03-11")]
    assert found == [("يوم غدٍ السبت", "2016-03-12")]
    # after a year in brackets it is no range from that year, and "today and tomorrow" still is
    said = "يفتتح الدورة العاشرة للمهرجان (1437هـ 2016م) يوم غدٍ السبت مساء"
    assert ("يوم غدٍ السبت", "2016-03-12") in [
        (d.text, d.start_date) for d in find_dates(said, "2016-03-11")
    ]
    found = [(d.start_date, d.end_date) for d in find_dates("ينطلق اليوم وغدا", "2016-03-11")]
    assert found == [("2016-03-11", "2016-03-12")]


def test_a_festival_is_named_without_the_programmes_that_accompany_it():
    said = "تنطلق يوم غد فعاليات مهرجان التمر الدولي والبرامج الثقافية والترفيهية المصاحبة له."
    assert event_names(said) == ["مهرجان التمر الدولي"]
    # guard: a name of two joined nouns stays whole
    assert event_names("افتتح أمس مهرجان الثقافة والفنون الشعبية.") == [
        "مهرجان الثقافة والفنون الشعبية"
    ]
