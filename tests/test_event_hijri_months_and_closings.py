"""Days of "الشهر الجاري" read in the Hijri month where the weekday or the tense says so, a
closing said right after its day, countries listed with dashes, the holy mosques' country,
bodies that end before "بمدينة", the edition of a contest an event holds, a forum that
publishes a report and a dinner party, which are no events; a second patron after two posts,
a body supervising "التي يشرف عليها", the town a headline names, the morning of the Eid,
a town no gazetteer holds, in an article that speaks of the Saudi king, "يستمر لستة أيام",
a name that ends before the author of the novel it discusses, "اليومين الماضيين", "بمقر بلدية
…" as a venue, and whoever holds the exhibition that accompanies a festival.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies, names, places
from ingest.events.dates import find_dates
from ingest.events.extract import extract_events


def _card(text: str, title: str, published: str = "2015-08-03"):  # noqa: ANN202 - a test helper
    cards = extract_events("d", text, title, published)
    assert cards, "no card"
    return cards[0]


def _dates(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(d.start_date, d.end_date) for d in find_dates(text, published)]


# 2015-07-23 is the 7th of Shawwal 1436; 2015-08-01 the 16th


def test_days_of_the_current_month_already_past_in_an_announcement_are_hijri():
    text = "تقيم الكلية التقنية معرضا للأسر المنتجة في الفترة من الثاني عشر إلى الثامن عشر من الشهر الجاري."
    assert _dates(text, "2015-07-23") == [("2015-07-28", "2015-08-03")]


def test_a_weekday_that_falls_on_the_hijri_day_only_makes_the_current_month_hijri():
    # the 26th of Shawwal 1436 was a Tuesday; the 26th of August 2015 a Wednesday
    text = "ويبدأ البرنامج التدريبي يوم الثلاثاء 26 الشهر الجاري في قاعة الغرفة التجارية."
    assert _dates(text, "2015-08-01") == [("2015-08-11", "2015-08-11")]


def test_a_hijri_year_beside_the_current_month_makes_it_hijri():
    text = "ويأتي المهرجان في دورته الرابعة (1436هـ) التي تنطلق في الـ 25 من الشهر الجاري بمشاركة الأسر."
    found = [d for d in find_dates(text, "2015-08-01") if "الشهر" in d.text]
    assert [(d.start_date, d.end_date) for d in found] == [("2015-08-10", "2015-08-10")]


def test_current_month_days_that_fit_the_tense_stay_gregorian():
    assert _dates("تقام الندوة في 28 من الشهر الجاري بمقر النادي.", "2015-07-23") == [
        ("2015-07-28", "2015-07-28")
    ]
    assert _dates("وأقيمت الندوة في 5 من الشهر الجاري بمقر النادي.", "2015-07-23") == [
        ("2015-07-05", "2015-07-05")
    ]


def test_a_closing_said_right_after_the_day_makes_it_the_end():
    text = (
        "رعى محافظ محافظة النماص مساء أمس الأحد اختتام ملتقى الشباب الصيفي الثالث، "
        "بحضور مديري الإدارات الحكومية وأولياء أمور المشاركين."
    )
    card = _card(text, "المحافظ يختتم ملتقى الشباب الصيفي بالنماص", "2015-08-11")
    assert (card.start_date, card.end_date) == (None, "2015-08-09")


def test_countries_listed_with_dashes_are_not_where_the_event_is():
    text = (
        "نفذت أكاديمية المسجد النبوي ورشة عمل بعنوان (إدارة الجودة في الخدمات) بمشاركة عدد "
        "من المديرين، واستعرضت الورشة تجارب ناجحة مثل (كوريا ـ سنغافورة ـ كندا)."
    )
    card = _card(text, "ورشة عمل عن الجودة في أكاديمية المسجد النبوي")
    assert card.country == "SA"
    assert card.evidence["country"][0].quote == "المسجد النبوي"


def test_a_body_s_name_ends_before_the_town_it_is_said_to_be_in():
    text = (
        "افتتح سفير خادم الحرمين الشريفين مهرجان الخيل العربية بتنظيم من جمعية الخيل "
        "العربية بمدينة ليون بفرنسا، ويستمر المهرجان ثلاثة أيام."
    )
    found = [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]
    assert found == ["جمعية الخيل العربية"]


def test_its_edition_after_a_contest_the_event_holds_is_the_contest_s():
    text = (
        "انطلق أمس مهرجان الفروسية الصيفي بمدينة الطائف، وبدأ المهرجان ببطولة كأس الأندية "
        "بنسخته الأولى وسط حضور جماهيري كبير، ويستمر أربعة أيام."
    )
    card = _card(text, "انطلاق مهرجان الفروسية الصيفي بالطائف")
    assert card.name == "مهرجان الفروسية الصيفي"
    assert card.edition is None


def test_a_forum_that_publishes_a_report_is_a_body_not_an_event():
    text = (
        "في الوقت الذي أطلقت فيه وزارة الخدمة المدنية برنامج (جاهز) لتأهيل الخريجين، أصدر "
        "منتدى الخليج للتنمية تقريرا ذكر فيه أن المملكة تتقدم دول المنطقة في أعداد حملة "
        "الشهادات غير العاملين.\nوأضاف التقرير أن النسبة بلغت 30% العام الماضي."
    )
    title = "منتدى الخليج للتنمية: 30% من حملة الشهادات بلا عمل"
    assert extract_events("d", text, title, "2015-08-01") == []


def test_a_dinner_is_no_ceremony():
    text = "ظهرت بعثة المنتخب في حفل عشاء بالإسكندرية مساء أمس الأول."
    assert names.find_names(text) == []


def test_a_second_styled_patron_after_two_posts_of_the_first():
    text = (
        "ويقام الملتقى يومي 8 و9 نوفمبر المقبل بفندق الشاطئ بالخبر، تحت رعاية صاحب السمو "
        "الملكي الأمير فهد بن سعد بن عبد العزيز رئيس هيئة تطوير المنطقة، رئيس اللجنة العليا "
        "للملتقيات، وصاحب السمو الملكي الأمير منصور بن ماجد بن عبد العزيز نائب أمير المنطقة."
    )
    assert [b.text for b in bodies.find_bodies(text) if b.role == "patron"] == [
        "الأمير فهد بن سعد بن عبد العزيز",
        "الأمير منصور بن ماجد بن عبد العزيز",
    ]


def test_a_body_that_supervises_a_feminine_event_in_a_relative_clause():
    text = (
        "أقيمت عصر أمس مسابقة الصيد بالصنارة، ضمن برنامج صيف الساحل، التي يشرف عليها "
        "الاتحاد السعودي للرياضات البحرية."
    )
    assert [(b.text, b.role) for b in bodies.find_bodies(text)] == [
        ("الاتحاد السعودي للرياضات البحرية", "organizer")
    ]


def test_the_town_the_headline_names_before_a_committee_s_town():
    text = (
        "بحضور عدد من الأدباء والمثقفين، نظم النادي الأدبي بالرياض حفل معايدة لأعضائه، وكرم "
        "فيه أعضاء اللجنة الثقافية بمحافظة المجمعة السابقين.\n"
        "وتولى إدارة الحفل رئيس النادي الذي رحب بالحضور وهنأهم بعيد الفطر."
    )
    card = _card(text, "الأدباء يتبادلون التهاني في حفل أدبي الرياض", "2015-08-01")
    assert (card.city, card.country) == ("الرياض", "SA")


def test_the_morning_of_the_eid_is_its_first_day():
    # Eid al-Fitr 1436 fell on 17 July 2015
    found = find_dates(
        "ويتبادل الأهالي التهاني صباح عيد الفطر المبارك في ساحة البلدة.", "2015-07-23"
    )
    assert [(d.text, d.start_date) for d in found] == [("صباح عيد الفطر المبارك", "2015-07-17")]


def test_a_town_no_gazetteer_holds_is_saudi_in_an_article_about_the_king_s_subjects():
    text = (
        "شارك 1500 شخص في مهرجان الرمثة الشعبي الذي تنظمه بلدة القرعاء في نسخته الـ 12، "
        "وتحتضنه ساحة البلدة، ورفع الأهالي فيه التهنئة بالعيد إلى خادم الحرمين الشريفين."
    )
    card = _card(text, "1500 مشارك في مهرجان الرمثة الشعبي بالقرعاء", "2015-07-23")
    assert (card.city, card.country) == ("القرعاء", "SA")
    assert card.evidence["country"][0].quote == "خادم الحرمين الشريفين"


def test_the_king_s_envoy_abroad_does_not_make_a_town_saudi():
    text = (
        "افتتح سفير خادم الحرمين الشريفين معرض الخط العربي الذي تنظمه بلدة سانتوريل في "
        "نسخته الثالثة، وتحتضنه ساحة البلدة بمشاركة 40 خطاطا."
    )
    card = _card(text, "معرض للخط العربي في سانتوريل")
    assert card.country is None


def test_a_length_said_with_la_before_its_count():
    text = (
        "تنطلق اليوم الخميس فعاليات ملتقى شباب تنومة الأول الذي تنظمه الرئاسة العامة لرعاية "
        "الشباب، ويستمر لستة أيام بمشاركة فرق تطوعية من المحافظة."
    )
    card = _card(text, "انطلاق ملتقى شباب تنومة اليوم", "2015-07-23")
    assert (card.start_date, card.end_date) == ("2015-07-23", "2015-07-28")


def test_a_name_ends_before_the_author_of_the_work_it_discusses():
    text = (
        'ينظم نادي القصة بالمدينة المنورة، الثلاثاء المقبل، ندوة لمناقشة رواية "ظلال الوادي" '
        "للروائي السوداني حسن الطيب، ويدير الندوة الناقد سعد العمري."
    )
    card = _card(text, "«ظلال الوادي» في نادي القصة", "2015-07-23")
    assert card.name == 'ندوة لمناقشة رواية "ظلال الوادي"'


def test_the_past_two_days_are_the_two_days_before_publication():
    text = (
        "أقامت لجنة التنمية الاجتماعية في بلدة الظفير، على مدى اليومين الماضيين، احتفال الزواج "
        "الجماعي الرابع في قاعة الريم للاحتفالات بمشاركة 40 شابا."
    )
    assert _dates(text, "2015-07-26") == [("2015-07-24", "2015-07-25")]
    assert _dates("وتتواصل العروض خلال الأيام الثلاثة المقبلة.", "2015-07-26") == [
        ("2015-07-27", "2015-07-29")
    ]


def test_a_venue_whose_name_begins_with_the_letter_ba():
    text = "عقد أمس اللقاء التعريفي الأول بمقر بلدية العوالي التابعة لأمانة المنطقة بحضور الأمين."
    assert [text[s:e] for s, e in places.find_venues(text)] == ["مقر بلدية العوالي"]


def test_who_holds_the_accompanying_exhibition_does_not_organize_the_festival():
    text = (
        "افتتح محافظ أملج أمس فعاليات مهرجان شاطئ الحوراء الذي تشرف عليه لجنة التنمية "
        "السياحية بأملج، وتجول في المعرض المصاحب للمهرجان الذي تقيمه الخطاطة نورة الجهني."
    )
    card = _card(text, "افتتاح مهرجان شاطئ الحوراء بأملج")
    assert card.organizers == ["لجنة التنمية السياحية بأملج"]
