"""A festival that lights its torch, a workshop said to last days, a host's premises, a body
that intends to hold an event, a title a symposium bears, and a second patron after a comma.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies
from ingest.events.extract import extract_events


def test_lighting_its_torch_gives_a_festival_its_edition_and_first_day():
    text = (
        "أوقد مهرجان صيف العقبة للفنون الشعبية شعلته الخامسة عشرة مساء الخميس الماضي "
        "بحضور جمهور غفير من الزوار والفرق المشاركة.\n"
        "وتتواصل عروض المهرجان على المسرح الروماني حتى العاشر من أغسطس المقبل."
    )
    card = extract_events("d", text, "مهرجان صيف العقبة يوقد شعلته", "2015-07-25")[0]
    assert card.edition == 15
    assert (card.start_date, card.end_date) == ("2015-07-23", "2015-08-10")


def test_a_workshop_said_to_last_days_ends_after_them():
    text = (
        "يرعى أمير منطقة حائل يوم الأحد المقبل ورشة العمل الميدانية التي تنظمها جمعية "
        "الإعاقة السمعية في فندق الجبلين، وتستمر ثلاثة أيام، بمشاركة 12 جمعية."
    )
    card = extract_events("d", text, "ورشة تدريبية لجمعيات الإعاقة السمعية بحائل", "2015-07-31")[0]
    assert (card.start_date, card.end_date) == ("2015-08-02", "2015-08-04")


def test_a_host_university_is_the_venue_and_places_the_event():
    text = (
        "يعقد المؤتمر السادس للباحثين العرب في الفترة من 10 إلى 11 مارس المقبل، ويأتي "
        "المؤتمر برعاية جامعة الملك عبدالعزيز واستضافة جامعة مانشستر.\n"
        "وبين المنسق أن الملحقية في لندن تتابع التحضير."
    )
    card = extract_events("d", text, "المؤتمر السادس للباحثين العرب في مارس", "2015-07-23")[0]
    assert card.venue == "جامعة مانشستر"
    assert (card.city, card.country) == ("مانشستر", "GB")


def test_a_body_that_intends_to_hold_an_event_organizes_it():
    found = bodies.find_bodies("تعتزم الرئاسة الدينية البوسنية عقد مؤتمر دولي عن الوقف في سراييفو.")
    assert [(b.text, b.role) for b in found] == [("الرئاسة الدينية البوسنية", "organizer")]
    # intending to hold a meeting is no event
    assert bodies.find_bodies("تعتزم الرئاسة الدينية البوسنية عقد اجتماع مع الأئمة.") == []


def test_the_title_a_symposium_bears_is_its_name_and_slogan():
    text = (
        "أقام نادي الصفا الثقافي في مدينة صفوى ندوة نقاشية أدبية حملت عنوان «الرواية "
        "الخليجية بين المحلية والعالمية»، بحضور عدد من الكتاب."
    )
    card = extract_events("d", text, "ندوة عن الرواية الخليجية في صفوى", "2015-07-26")[0]
    assert card.name == card.slogan == "الرواية الخليجية بين المحلية والعالمية"


def test_a_second_patron_after_a_comma_and_and():
    found = bodies.find_bodies(
        "ويقام الملتقى برعاية الأمير خالد بن سعود بن فيصل، ووزير الصحة الدكتور سالم العتيبي، "
        "ويستمر يومين."
    )
    assert [b.text for b in found if b.role == "patron"] == [
        "الأمير خالد بن سعود بن فيصل",
        "وزير الصحة الدكتور سالم العتيبي",
    ]
