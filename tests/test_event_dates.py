"""The date layer of event cards: every pattern, with a publication date and without one.

Sentences are invented in the shape of those in the five samples and the shared event articles
(no archive text is quoted: its licence forbids copying it into the repository).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.events.dates import (
    DateMention,
    date_span,
    dateline_end,
    duration_after,
    event_references,
    event_status,
    find_dates,
    first_end_after,
    iso_bounds,
    publication_date,
    said_as_deadline,
    said_as_end,
)
from ingest.events.extract import extract_events

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def only(text: str, published: str | None = None) -> DateMention:
    """The single date mention of `text`, checked against its offsets."""
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert text[m.start : m.end] == m.text
    return m


def dates_of(text: str, published: str | None = None) -> tuple[str | None, str | None]:
    m = only(text, published)
    return m.start_date, m.end_date


# --- Gregorian months in every regional form ---------------------------------------------------

MONTH_NAMES = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونية": 6, "يوليو": 7, "يولية": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}  # fmt: skip


@pytest.mark.parametrize("name,number", MONTH_NAMES.items())
def test_every_month_name_with_a_year_is_absolute(name: str, number: int) -> None:
    m = only(f"ويعقد الملتقى يوم 12 {name} 2016 بمدينة بركان.")
    assert (m.start_date, m.end_date) == (f"2016-{number:02d}-12", f"2016-{number:02d}-12")
    assert (m.precision, m.resolution, m.calendar) == ("day", "absolute", "gregorian")


@pytest.mark.parametrize("name,number", MONTH_NAMES.items())
def test_a_yearless_day_needs_the_publication_date(name: str, number: int) -> None:
    text = f"ويعقد الملتقى يوم 12 {name} المقبل بمدينة بركان."
    assert only(text, "2015-01-05").start_date == f"2015-{number:02d}-12"
    unresolved = only(text)
    assert unresolved.start_date is None
    assert unresolved.resolution == "unresolved: no year stated and no publication date"


def test_levantine_month_with_its_gulf_name_in_parentheses() -> None:
    text = "تحتضن مدينة إربد المنتدى العربي الثالث لرواد الأعمال في الرابع من كانون الأول (ديسمبر) بدعم من غرفة الصناعة"
    m = only(text, "2015-07-26 17:15:39")
    assert m.text == "الرابع من كانون الأول (ديسمبر)"
    assert (m.start_date, m.end_date) == ("2015-12-04", "2015-12-04")
    assert m.resolution == "relative to the publication date 2015-07-26"
    assert only(text).start_date is None


def test_month_only_with_mogbil_has_month_precision() -> None:
    m = only("ويعقد المؤتمر في تشرين الثاني (نوفمبر) المقبل في بيروت", "2015-07-26")
    assert (m.start_date, m.end_date, m.precision) == ("2015-11", "2015-11", "month")
    assert only("سيعقد في شهر ديسمبر القادم", "2015-08-08").start_date == "2015-12"


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("ويقام في الثالث والرابع من أكتوبر القادم بفندق النخيل", "2015-08-04", ("2015-10-03", "2015-10-04")),
        ("في الفترة بين الثاني عشر وحتى الرابع عشر من مارس 2016م", None, ("2016-03-12", "2016-03-14")),
        ("يختتم في الحادي والثلاثين من ديسمبر 2015", None, ("2015-12-31", "2015-12-31")),
        ("افتتحا الملتقى يوم العاشر من شوال.", "2015-08-01", ("2015-07-26", "2015-07-26")),
    ],
)  # fmt: skip
def test_ordinal_day_words(text: str, published: str | None, expected: tuple[str, str]) -> None:
    assert dates_of(text, published) == expected


def test_arabic_indic_and_persian_digits() -> None:
    assert dates_of("يومي ١٠ و ١١ أبريل ٢٠٢٥") == ("2025-04-10", "2025-04-11")
    assert dates_of("في ۱۵ مارس ۲۰۲۴") == ("2024-03-15", "2024-03-15")
    assert dates_of("من ٣٠/١١ وحتى ٢/١٢/٢٠١٥") == ("2015-11-30", "2015-12-02")


def test_english_dates() -> None:
    assert dates_of("The deal was signed on March 3rd 2005 in London.") == ("2005-03-03",) * 2
    assert dates_of("The show will open on 3 March.", "2005-02-10") == ("2005-03-03",) * 2
    assert dates_of("The boat show runs from 6 to 9 January.", "2005-01-05") == (
        "2005-01-06",
        "2005-01-09",
    )
    tuesday = "Campaigners will demonstrate on Tuesday outside the hall."
    assert dates_of(tuesday, "2005-03-03") == ("2005-03-08",) * 2  # a Thursday
    assert only(tuesday).resolution == "unresolved: relative date and no publication date"


# --- ranges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("حيث تحتضن النسخة الثالثة من الملتقى الدولي حول المدن الذكية يومي 10 و 11 أبريل 2025.", None, ("2025-04-10", "2025-04-11")),
        ("لهذا العام يومي (10- 11 ) من الشهر المقبل في مركز الخليج للمؤتمرات", "2024-03-20", ("2024-04-10", "2024-04-11")),
        ("النسخة السابعة من ملتقى المدينة الذكية للدار البيضاء يومي 7 و8 يونيو المقبل.", "2024-05-02", ("2024-06-07", "2024-06-08")),
        ("في دورته الثالثة خلال الفترة من 28/2 وحتى 3 /3/2016 بقاعة المعارض في الدمام", None, ("2016-02-28", "2016-03-03")),
        ("سيقام المعرض من 5 إلى 7 مايو بالرباط", "2024-04-20", ("2024-05-05", "2024-05-07")),
        ("الذي يقام في محافظة ينبع في الفترة من 22 - 24 شوال الحالي، تحت إشراف", "2015-07-22", ("2015-08-07", "2015-08-09")),
        ("في الفترة من 27 يوليو (تموز) حتى 6 سبتمبر (أيلول) المقبل، بحضور", "2015-07-24", ("2015-07-27", "2015-09-06")),
        ("خلال الفترة من 29 نوفمبر وحتى 3 ديسمبر المقبلين في قاعة الاحتفالات", "2015-07-27", ("2015-11-29", "2015-12-03")),
        ("ينظم مهرجان التمور خلال الفترة من 21 – 23 أكتوبر 2015 في ساحة بريدة", None, ("2015-10-21", "2015-10-23")),
        ("ويبدأ من تاريخ 5 مارس 2016م ولمدة 7 أيام.", None, ("2016-03-05", "2016-03-11")),
    ],
)  # fmt: skip
def test_ranges(text: str, published: str | None, expected: tuple[str, str]) -> None:
    assert dates_of(text, published) == expected


def test_relative_range_without_publication_date_is_unresolved() -> None:
    m = only("يومي (10- 11 ) من الشهر المقبل في مركز الخليج للمؤتمرات")
    assert (m.start_date, m.end_date) == (None, None)
    assert m.resolution == "unresolved: relative date and no publication date"


def test_a_hijri_range_and_its_gregorian_equivalent_are_two_mentions() -> None:
    text = "خلال الفترة من 12-14 محرم 1437ه الموافق 25-27 أكتوبر 2015م برعاية أمير المنطقة"
    hijri, gregorian = find_dates(text)
    assert (hijri.calendar, gregorian.calendar) == ("hijri", "gregorian")
    assert (hijri.start_date, hijri.end_date) == ("2015-10-25", "2015-10-27")
    assert (gregorian.start_date, gregorian.end_date) == ("2015-10-25", "2015-10-27")
    assert hijri.resolution == gregorian.resolution == "absolute"


def test_two_mentions_read_as_one_period() -> None:
    text = "الذي دشن برعاية معاليه الأحد الماضي ويستمر حتى الأحد المقبل في قاعة المؤتمرات بأبها"
    mentions = find_dates(text, "2015-07-24")  # a Friday
    assert [m.text for m in mentions] == ["الأحد الماضي", "الأحد المقبل"]
    assert date_span(mentions) == ("2015-07-19", "2015-07-26")
    assert date_span(find_dates(text)) == (None, None)


# --- weekdays ----------------------------------------------------------------------------------


def test_maghreb_yawmuhu_weekday_and_date() -> None:
    text = "موضوع النسخة الثانية للندوة الدولية حول المدن الذكية التي انطلقت أشغالها يومه الثلاثاء 27 فبراير، بمدينة بركان"
    m = only(text, "2024-02-28")
    assert m.text == "الثلاثاء 27 فبراير"
    assert (m.start_date, m.end_date) == ("2024-02-27", "2024-02-27")
    assert only(text).start_date is None


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("بدء أنشطة منتدى الحرف اليدوية الثاني يوم الخميس المقبل", "2015-07-21", "2015-07-23"),
        ("انطلقت الاثنين الماضي عروض مهرجان ضباء", "2015-07-25", "2015-07-20"),
        ("عقدت اللجنة اجتماعها يوم الاثنين في الرياض", "2015-07-22", "2015-07-20"),
        ("سيعقد الاجتماع يوم الاثنين في الرياض", "2015-07-22", "2015-07-27"),
        ("ومن المقرر أن تفتتح الندوة الأربعاء أثناء جولة", "2015-07-25", "2015-07-29"),
        ("وقد أُقيمت المحاضرة مساء، أمس الاثنين، في مقر الجامعة", "2015-08-04", "2015-08-03"),
    ],
)  # fmt: skip
def test_weekdays(text: str, published: str, expected: str) -> None:
    assert only(text, published).start_date == expected
    assert only(text).resolution == "unresolved: relative date and no publication date"


def test_weekday_beside_a_date_is_not_a_second_date() -> None:
    text = "يوم الخميس الموافق 6 أغسطس افتتاح معرض الخط العربي الرابع"
    assert dates_of(text, "2015-07-21") == ("2015-08-06", "2015-08-06")


def test_today_with_a_weekday_that_disagrees_with_a_stale_publication_date() -> None:
    # crawled on Friday 2015-07-24, written on Monday: the weekday is the evidence
    assert only("تختتم اليوم الاثنين أنشطة مهرجان الفنون", "2015-07-24").start_date == "2015-07-20"


def test_today_with_the_weekday_after_the_publication_date_is_the_next_day() -> None:
    # dated Tuesday evening, printed Wednesday: "today" is the Wednesday, not six days back
    assert (
        only("تنطلق اليوم الأربعاء فعاليات مهرجان الرطب", "2015-08-04").start_date == "2015-08-05"
    )
    assert only("يختتم اليوم الأحد ملتقى الشعراء", "2015-08-01").start_date == "2015-08-02"


# --- relative words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("دشنت أمانة محافظة جدة اليوم فعاليات ملتقى يوم البلدية الالكترونية الثالث", "2023-05-14", ("2023-05-14", "2023-05-14")),
        ("نظمت جمعية الحاسب السعودية أمس ورشة عمل", "2015-08-06", ("2015-08-05", "2015-08-05")),
        ("احتضنت محافظة القريات مساء أول من أمس ملتقى الحرفيين الأول", "2015-07-25", ("2015-07-23", "2015-07-23")),
        ("تقيم جمعية المزارعين الخيرية بنجران غدا، دورة تدريبية", "2015-08-08", ("2015-08-09", "2015-08-09")),
        ("فعاليات المعرض التي تختتم غداً.", "2015-07-21", ("2015-07-22", "2015-07-22")),
        ("في مؤتمر الحوار الذي ينطلق اليوم وغدا في برشلونة", "2015-07-22", ("2015-07-22", "2015-07-23")),
        ("ينطلق البرنامج الثقافي يوم بعد غدٍ، الخميس، بندوة الشباب", "2015-08-11", ("2015-08-13", "2015-08-13")),
        ("يعقد الملتقى في الـ27 من الشهر الجاري", "2015-08-03", ("2015-08-27", "2015-08-27")),
        ("تعقد القمة الشهر المقبل في المنامة", "2015-12-10", ("2016-01", "2016-01")),
        ("تنطلق الدورة الأسبوع المقبل", "2015-07-22", ("2015-07-26", "2015-08-01")),
        ("تقام النسخة السادسة العام المقبل", "2015-07-22", ("2016", "2016")),
        ("المهرجان الذي أقيم العام الحالي", "2015-07-22", ("2015", "2015")),
        ("أن القمة هذا العام اتخذت شعار", "2024-03-01", ("2024", "2024")),
        ("في دورته التاسعة التي انطلقت الليلة الماضية في نابلس", "2031-09-04", ("2031-09-03", "2031-09-03")),
        ("افتتح المحافظ مساء البارحة معرض الكتاب", "2031-09-04", ("2031-09-03", "2031-09-03")),
        ("وعقدت اللجنة البارحة الأولى اجتماعها", "2031-09-04", ("2031-09-02", "2031-09-02")),
        ("The fair opened last night in Derby.", "2031-09-04", ("2031-09-03", "2031-09-03")),
    ],
)  # fmt: skip
def test_relative_words(text: str, published: str, expected: tuple[str, str]) -> None:
    m = only(text, published)
    assert (m.start_date, m.end_date) == expected
    assert m.resolution == f"relative to the publication date {published}"
    assert only(text).resolution == "unresolved: relative date and no publication date"


def test_a_publication_date_known_only_to_the_month_cannot_place_today() -> None:
    m = only("دشنت أمانة محافظة جدة اليوم فعاليات الملتقى", "2023-05")
    assert m.start_date is None
    assert m.resolution == "unresolved: publication date known only to the month"


def test_current_hijri_month_beside_a_hijri_month_counts_hijri() -> None:
    text = "في الـ25 من الشهر الجاري، ويستمر حتى الـ6 من شهر ذي القعدة القادم"
    first, second = find_dates(text, "2015-08-03")  # 1436-10-18
    assert first.start_date == "2015-08-10"  # 25 Shawwal 1436
    assert second.start_date == "2015-08-21"  # 6 Dhu al-Qi'dah 1436


def test_the_start_says_which_year_and_the_end_says_only_the_next_month() -> None:
    # "المقبل" after the end's month is the month after the start's, not next year's
    m = only("يتواصل المعرض خلال الفترة من 5 شوال الجاري إلى 7 ذي القعدة المقبل", "2015-07-25")
    assert (m.start_date, m.end_date) == ("2015-07-21", "2015-08-22")  # 1436, not 1437


def test_a_range_said_as_coming_stays_in_the_coming_year() -> None:
    m = only("تقام الدورة من 20 ذي الحجة المقبل إلى 3 محرم", "2015-07-25")
    assert (m.start_date, m.end_date) == ("2015-10-03", "2015-10-16")


# --- Hijri -----------------------------------------------------------------------------------

HIJRI_NAMES = {
    "محرم": "2015-10-23", "صفر": "2015-11-22", "ربيع الأول": "2015-12-21",
    "ربيع الآخر": "2016-01-20", "ربيع الثاني": "2016-01-20", "جمادى الأولى": "2016-02-19",
    "جمادى الآخرة": "2016-03-19", "جمادى الثانية": "2016-03-19", "رجب": "2016-04-17",
    "شعبان": "2016-05-17", "رمضان": "2016-06-15", "شوال": "2016-07-15",
    "ذو القعدة": "2016-08-13", "ذي القعدة": "2016-08-13", "ذو الحجة": "2016-09-11",
    "ذي الحجة": "2016-09-11",
}  # fmt: skip


@pytest.mark.parametrize("name,gregorian", HIJRI_NAMES.items())
def test_hijri_month_names_with_a_hijri_year(name: str, gregorian: str) -> None:
    m = only(f"يقام الملتقى يوم 10 {name} 1437هـ في جدة")
    assert (m.start_date, m.calendar, m.resolution) == (gregorian, "hijri", "absolute")


def test_hijri_range_across_the_new_year() -> None:
    text = "تقيم غرفة القصيم ملتقى للتوظيف في الفترة من 27 ذي الحجة إلى 2 محرم 1437هـ ، بحضور"
    assert dates_of(text) == ("2015-10-10", "2015-10-15")


def test_hijri_without_year_uses_the_publication_hijri_year() -> None:
    text = "خلال الفترة 14-16 صفر المقبل تنطلق أعمال ملتقى تبوك للتدريب المهني"
    assert dates_of(text, "2015-07-31") == ("2015-11-26", "2015-11-28")
    assert only(text).start_date is None


def test_hijri_numeric_with_slashes_and_a_duration() -> None:
    text = "ويقام يوم الـ 18 / شوال / 1436 وعلى مدار 3 أيام بصالة الاحتفالات"
    assert dates_of(text) == ("2015-08-03", "2015-08-05")


def test_hijri_month_alone_is_a_gregorian_month_range() -> None:
    m = only("المهرجان الذي أقيم في جدة خلال شهر رمضان الماضي", "2015-07-21")
    assert (m.start_date, m.end_date, m.precision) == ("2015-06", "2015-07", "month")


# --- year inference ----------------------------------------------------------------------------


def test_announcement_takes_the_next_occurrence_and_a_report_the_last() -> None:
    assert only("ستنطلق الدورة يوم 15 يناير بالرياض", "2015-12-20").start_date == "2016-01-15"
    assert only("اختتمت الدورة يوم 15 ديسمبر بالرياض", "2016-01-10").start_date == "2015-12-15"
    assert only("7 و8 يونيو المقبل", "2024-07-01").start_date == "2025-06-07"
    assert only("ملتقى 15 يناير", "2015-12-20").start_date == "2016-01-15"  # no cue: nearest


# --- numbers that are not dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "من خلال استضافة أكثر من 20 متحدث وخبير من ذوي الاختصاص",
        "وستتضمن القمة 6 جلسات نقاشية",
        "في إطار تحقيق مستهدفات رؤية 2030",
        "للتواصل 0555123456 أو 012/345/6789",
        "بعد نجاح القمة الرابعة بحضور 250 مشارك",
        "مارس الفريق نشاطه المعتاد",
        "عين اليوم – جدة",
        "احتفالا باليوم العالمي للمدن في اليوم الأول",
        "ملتقى المدينة الذكية هو مدينة الغد",
        "الملتقى الأول والثاني الذي أقامته الأمانة",
        "وتمكين شباب اليوم ليصبحوا مبتكرين",
        "بل أن يصبح ركناً من اليوم خلال أيام معدودة",
    ],
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text, "2024-02-28") == []


def test_today_after_from_in_a_starting_phrase_is_today() -> None:
    m = only("تطبق الأنظمة الجديدة اعتبارا من اليوم", "2024-02-28")
    assert (m.start_date, m.precision) == ("2024-02-28", "day")


def test_today_after_a_verb_of_holding_is_today_whatever_follows() -> None:
    # the definite word after "اليوم" is the verb's subject, not an adjective of "اليوم"
    m = only("تنطلق اليوم الأنشطة الصيفية لمهرجان الواحة", "2024-02-28")
    assert (m.text, m.start_date) == ("اليوم", "2024-02-28")
    m = only("وتختتم اليوم الدورة الثالثة للملتقى", "2024-02-28")
    assert m.start_date == "2024-02-28"
    assert find_dates("يحتفل العالم اليوم العالمي للمياه", "2024-02-28") == []


def test_a_yearless_day_after_a_present_tense_opening_is_the_next_one() -> None:
    # a report of yesterday's announcement of a festival that opens in September
    text = "أعلن المهرجان أمس برنامج دورته التي تفتتح يوم 5 أيلول (سبتمبر) بعرض جديد"
    found = {d.text: d.start_date for d in find_dates(text, "2024-07-31")}
    assert found["5 أيلول (سبتمبر)"] == "2024-09-05"


def test_a_standalone_year_is_a_year() -> None:
    m = only("بعد نجاح القمة الرابعة في عام 2019 والتي حظيت بمشاركة 7 جهات")
    assert (m.start_date, m.precision, m.resolution) == ("2019", "year", "absolute")


# --- publication dates (datelines) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Quantcast\n2024 فبراير 28 - تم تعديله في [التاريخ]\n\nجاهزية ومرونة المدن الذكية", "2024-02-28"),
        ("الأربعاء 28 فبراير 2024\nانطلقت أشغال الندوة الدولية", "2024-02-28"),
        ("28/02/2024\nانطلقت أشغال الندوة الدولية", "2024-02-28"),
        ("حائل 17 ذو القعدة 1436 هـ الموافق 01 سبتمبر 2015 م واس شارك (9) مدير مدرسة", "2015-09-01"),
        ("انطلقت يوم 27 فبراير 2024 فعاليات الندوة الدولية", None),
        ("تنطلق فعاليات قمة المدن الذكية يومي (10- 11 ) من الشهر المقبل", None),
    ],
)  # fmt: skip
def test_publication_date_reads_a_dateline_only(text: str, expected: str | None) -> None:
    assert publication_date(text) == expected


def test_publication_date_from_the_title() -> None:
    assert publication_date("انطلقت الندوة أمس", title="الأربعاء 28 فبراير 2024") == "2024-02-28"


def test_a_long_dateline_line_is_when_it_was_written_not_the_event() -> None:
    text = (
        "أبها 12 شوال 1436 هـ الموافق 28 يوليو 2015 م واس\n"
        "تنطلق فعاليات مهرجان الصيف الثالث بمنطقة عسير يوم الخميس المقبل في قرية المفتاحة، "
        "بمشاركة أكثر من 30 جهة حكومية وأهلية، تحت شعار «صيفنا أحلى»."
    )
    assert dateline_end(text) == text.index("\n")
    assert dateline_end("انطلقت الندوة يوم 27 فبراير 2024 في الرباط\nوشارك فيها") == 0
    (card,) = extract_events("doc-1", text, title="", published=publication_date(text))
    assert (card.start_date, card.date_text) == ("2015-07-30", "الخميس المقبل")


# --- the five samples ------------------------------------------------------------------------


def sample(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def test_berkane_2024_dateline_resolves_its_tuesday() -> None:
    text = sample("berkane-smart-cities-symposium-2024")
    published = publication_date(text)
    assert published == "2024-02-28"
    found = {m.text: (m.start_date, m.end_date) for m in find_dates(text, published)}
    assert found["الثلاثاء 27 فبراير"] == ("2024-02-27", "2024-02-27")


def test_berkane_2025_is_absolute_and_names_the_previous_edition() -> None:
    text = sample("berkane-smart-cities-forum-2025")
    assert publication_date(text) is None
    found = {m.text: (m.start_date, m.end_date, m.resolution) for m in find_dates(text)}
    assert found["10 و 11 أبريل 2025"] == ("2025-04-10", "2025-04-11", "absolute")
    assert found["فبراير 2024"] == ("2024-02", "2024-02", "absolute")


@pytest.mark.parametrize(
    "name,phrase,published,expected",
    [
        ("bahrain-smart-cities-summit", "(10- 11 ) من الشهر المقبل", "2024-03-20", ("2024-04-10", "2024-04-11")),
        ("casablanca-smart-city-forum", "7 و8 يونيو المقبل", "2024-05-02", ("2024-06-07", "2024-06-08")),
        ("jeddah-e-municipality-day", "اليوم", "2023-05-14", ("2023-05-14", "2023-05-14")),
    ],
)  # fmt: skip
def test_undated_samples_resolve_only_with_a_publication_date(
    name: str, phrase: str, published: str, expected: tuple[str, str]
) -> None:
    text = sample(name)
    assert publication_date(text) is None  # no dateline in the article itself
    unresolved = {m.text: m for m in find_dates(text)}[phrase]
    assert unresolved.start_date is None and unresolved.resolution.startswith("unresolved: ")
    resolved = {m.text: m for m in find_dates(text, published)}[phrase]
    assert (resolved.start_date, resolved.end_date) == expected


# --- status and bounds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start,end,today,published,expected",
    [
        ("2025-04-10", "2025-04-11", date(2025, 3, 1), None, "upcoming"),
        ("2025-04-10", "2025-04-11", date(2025, 4, 11), None, "ongoing"),
        ("2025-04-10", "2025-04-11", date(2025, 4, 12), None, "past"),
        ("2025-04", "2025-04", date(2025, 4, 5), "2025-03-01", "announced"),
        ("2025", None, date(2025, 6, 1), "2025-01-10", "announced"),
        ("2025", None, date(2025, 6, 1), None, "unknown"),
        (None, "2015-08-15", date(2015, 8, 1), "2015-07-31", "announced"),
        (None, "2015-08-15", date(2015, 9, 1), "2015-07-31", "past"),
        (None, None, date(2015, 9, 1), "2015-07-31", "unknown"),
    ],
)
def test_event_status(
    start: str | None, end: str | None, today: date, published: str | None, expected: str
) -> None:
    assert event_status(start, end, today, published) == expected


def test_iso_bounds_of_every_precision() -> None:
    assert iso_bounds("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert iso_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert iso_bounds("2015-07-22") == (date(2015, 7, 22), date(2015, 7, 22))


def test_a_direction_word_qualifies_what_precedes_it() -> None:
    m = only("خلال العام المالي الماضي 1434 هـ والتي بلغت", "2015-07-21")
    assert (m.text, m.start_date, m.end_date, m.calendar) == ("1434 هـ", "2012", "2013", "hijri")
    # a Thursday: "next Friday" is the coming one, as "الجمعة المقبل" is
    assert only("The firm will report next Friday.", "2005-03-03").start_date == "2005-03-04"


@pytest.mark.parametrize(
    "text,days,quote",
    [
        ("بدأت اليوم فعاليات ملتقى الأحساء للسياحة, الذي يستمر على مدى 4 أيام، وذلك بقاعة الاحتفالات", 4, "يستمر على مدى 4 أيام"),
        ("الذى أنهى جلساته أمس في جنيف والتي استمرت خمسة ايام بمشاركة الوفود", 5, "استمرت خمسة ايام"),
        ("ويعرف هذا اللقاء، المنظم على مدى يومين، إقامة ورشات", 2, "على مدى يومين"),
        # "يمتد" spans the days as "يستمر" does (invented, after an archive report)
        ("وتستقبل الغرفة طلبات المشاركة في المعرض الذي يمتد لأربعة أيام في مقرها", 4, "يمتد لأربعة أيام"),
    ],
)  # fmt: skip
def test_duration_later_in_the_sentence(text: str, days: int, quote: str) -> None:
    found = duration_after(text, 0)
    assert found is not None
    assert (found[0], text[found[1] : found[2]]) == (days, quote)


def test_no_duration_in_another_sentence_or_in_months() -> None:
    assert duration_after("بدأت اليوم فعاليات المؤتمر. ويستمر المعرض 3 أيام", 0) is None
    assert duration_after("إقامة معرض للكتاب لمدة ثلاثة أشهر", 0) is None


@pytest.mark.parametrize(
    "text",
    [
        "قاد منتخب الأردن للفوز على نيبال 4-صفر في المباراة الافتتاحية",
        "وذلك يوم الأربعاء ٨/ ٣ يتضمن طلب مثول الحارس",
        "ثورة سبتمبر 32 عاما",
    ],
)
def test_scores_lone_day_months_and_impossible_days_are_not_dates(text: str) -> None:
    assert [m for m in find_dates(text, "2015-07-24") if m.precision == "day"] == []


def test_a_bare_weekday_on_its_own_publication_day_is_that_day() -> None:
    assert only("كما اطلقت السلطات صباح الجمعة عملية مداهمات", "2015-07-24").start_date == (
        "2015-07-24"
    )
    assert only("ستنطلق الدورة الجمعة", "2015-07-24").start_date == "2015-07-31"
    assert only("تنطلق الدورة الجمعة المقبل", "2015-07-24").start_date == "2015-07-31"


def test_a_range_of_relative_days_runs_forward() -> None:
    assert dates_of("توقفت الرحلات أمس وأول من أمس", "2015-07-24") == ("2015-07-22", "2015-07-23")


def test_a_date_in_the_first_sentence_is_not_a_dateline() -> None:
    text = (
        "يقضي المصور الصحفي شهره الرابع قيد الاحتجاز.\nواعتقل العمري في 9 مارس (آذار) 2015 في صنعاء"
    )
    assert publication_date(text) is None
    assert publication_date("تحت هذا العنوان سنتحدث.\nفي 11-2-2011م خرج الشباب") is None


def test_a_stated_weekday_picks_the_year_of_a_yearless_date() -> None:
    # 17 July 2015 was a Friday: a report of the day, not the next year's 17 July
    m = only("واختتم الملتقى عروضه في باريس يوم الجمعة (17 يوليو تموز)", "2015-07-21")
    assert (m.start_date, m.end_date) == ("2015-07-17", "2015-07-17")
    # without a weekday the tense rule stands ("ستختتم": the next 17 July)
    assert only("ستختتم الدورة أنشطتها في 17 يوليو", "2015-07-21").start_date == "2016-07-17"


def test_days_said_as_an_end_or_a_deadline() -> None:
    text = "يفتتح السوق الشعبي يوم الأحد الموافق 26 يوليو، ويستمر حتى 15 أغسطس 2015."
    start, end = find_dates(text, "2015-07-21")
    assert not said_as_end(text, start) and said_as_end(text, end)
    assert first_end_after("2015-07-26", [end]) == end
    assert first_end_after("2015-05-01", [end]) is None  # more than 90 days later
    # "قبل انتهاء المخيم …": the camp's end (invented, after an archive report)
    text = "ويحرص المشاركون على إكمال المهام قبل انتهاء المخيم يوم 8 أغسطس 2031."
    assert said_as_end(text, only(text, "2031-07-30"))
    text = "ويغلق باب التسجيل في الجائزة يوم 28 من ديسمبر 2015."
    assert said_as_deadline(text, only(text, "2015-07-21"))
    text = "وتنطلق المسابقة في 28 من ديسمبر 2015."
    assert not said_as_deadline(text, only(text, "2015-07-21"))
    text = "ويعرف هذا اللقاء، المنظم على مدى يومين"
    assert event_references(text) == [len("ويعرف هذا اللقاء")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("It runs January 6-9.", "2005-01-03", ("January 6-9", "2005-01-06", "2005-01-09")),
        ("It runs January 6 to 9.", "2005-01-03", ("January 6 to 9", "2005-01-06", "2005-01-09")),
        (
            "It runs from 7 to 10 January.",
            "2005-01-03",
            ("7 to 10 January", "2005-01-07", "2005-01-10"),
        ),
        ("It is held this weekend.", "2005-01-05", ("this weekend", "2005-01-08", "2005-01-09")),
        ("It is held next weekend.", "2005-01-09", ("next weekend", "2005-01-15", "2005-01-16")),
        ("It opened last Thursday.", "2005-01-05", ("last Thursday", "2004-12-30", "2004-12-30")),
        ("It opens next week.", "2005-01-05", ("next week", "2005-01-10", "2005-01-16")),
    ],
)
def test_english_ranges_and_relative_days(
    text: str, published: str, expected: tuple[str, str, str]
) -> None:
    (d,) = find_dates(text, published)
    assert (d.text, d.start_date, d.end_date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is held this weekend.",
        "It opens next week.",
        "It opened last Thursday.",
        "It runs January 6-9.",
    ],
)
def test_an_undated_english_article_keeps_the_text_and_says_unresolved(text: str) -> None:
    (d,) = find_dates(text, None)
    assert d.start_date is None and d.resolution.startswith("unresolved")


def test_a_day_after_an_english_month_and_day_is_a_range_end_only_when_later() -> None:
    assert [d.text for d in find_dates("On January 6 3 people came.", "2005-01-03")] != [
        "January 6 3"
    ]


def test_a_named_month_with_this_month_is_one_day_not_a_range() -> None:
    # "15 شوال من الشهر الحالي" was read as 15 Shawwal .. the end of August
    (d,) = find_dates("بدأت عروضه في 15 شوال من الشهر الحالي بحضور جماهيري", "2015-08-03")
    assert (d.start_date, d.end_date) == ("2015-07-31", "2015-07-31")


def test_a_market_named_after_its_weekday_and_a_cited_document_date_are_no_dates() -> None:
    assert find_dates("وذلك في سوق الثلاثاء الشعبي", "2015-08-03") == []
    assert (
        find_dates("استنادا إلى القرار رقم (112 / 8) وتاريخ 14 / 3 / 1436هـ، قررت", "2015-08-03")
        == []
    )
    # a weekday said of the event still is one
    (d,) = find_dates("يقام المهرجان يوم الثلاثاء في السوق", "2015-08-03")
    assert d.start_date == "2015-08-04"


def test_levantine_months_without_the_article() -> None:
    (d,) = find_dates("يوم 9 كانون أول/ ديسمبر المقبل", "2015-08-03")
    assert (d.start_date, d.end_date) == ("2015-12-09", "2015-12-09")
    (d,) = find_dates("من 3 إلى 5 تشرين ثاني 2015", "2015-08-03")
    assert (d.start_date, d.end_date) == ("2015-11-03", "2015-11-05")


def test_a_relative_day_after_a_holding_verb_with_a_shadda_starts_the_event():
    from ingest.events.extract import extract_events

    text = (
        "نظّم فنانو القرية التشكيلية بأبها، أمس الخميس، المعرض الثنائي لفن الخط العربي بمركز "
        "الواحة التجاري، ويضم المعرض أكثر من 35 عملاً فنياً."
    )
    (card,) = extract_events("x", text, title="معرض للخط العربي في أبها", published="2015-07-24")
    assert (card.start_date, card.date_text) == ("2015-07-23", "أمس الخميس")


def test_until_with_a_shadda_gives_the_end():
    from ingest.events.extract import extract_events

    text = (
        "افتتح المحافظ أمس معرض الكتاب الأول بمركز الواحة الثقافي، ويستمر المعرض حتّى السبت "
        "المقبل بمشاركة 40 دار نشر."
    )
    (card,) = extract_events("x", text, title="افتتاح معرض الكتاب", published="2015-07-22")
    assert (card.start_date, card.end_date) == ("2015-07-21", "2015-07-25")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Eid al-Fitr 1436 began on Friday 17 July 2015 (Umm al-Qura)
        (
            "أقامت البلدية احتفالها في اليوم الثالث من أيام عيد الفطر المبارك",
            "2015-07-21",
            "2015-07-19",
        ),
        ("انطلقت الفعاليات مساء ثالث أيام العيد", "2015-07-21", "2015-07-19"),
        ("ويبدأ المهرجان أول أيام عيد الأضحى المبارك", "2015-07-21", "2015-09-23"),
        # a bare "العيد" is the Eid nearest the article: al-Adha in September
        ("تنطلق الفعاليات ثاني أيام العيد", "2015-09-20", "2015-09-24"),
        ("تنطلق الفعاليات ثاني أيام العيد", None, None),
    ],
)
def test_a_day_of_the_eid(text, published, expected):
    (d,) = find_dates(text, published)
    assert (d.start_date, d.precision) == (expected, "day")
    assert d.text.endswith(("العيد", "المبارك"))


def test_until_the_end_of_the_events_on_a_day_ends_it():
    from ingest.events.extract import extract_events

    text = (
        "افتتح محافظ الخفجي مهرجان الشاطئ الأول في ثالث أيام العيد، وتقام عروضه يوميا على "
        "الكورنيش وحتى نهاية الفعاليات في الخامس من شهر ذي القعدة المقبل، بمشاركة 40 أسرة."
    )
    (card,) = extract_events(
        "x", text, title="مهرجان التراث يوفر 300 فرصة عمل", published="2015-07-24"
    )
    assert (card.start_date, card.end_date) == ("2015-07-19", "2015-08-20")


def test_a_day_written_as_a_cardinal_before_a_month():
    text = "حددت إدارة المعرض يوم تسعة ديسمبر المقبل موعدا لانطلاق نسخته الجديدة."
    dates = find_dates(text, "2015-08-04")
    assert [(d.text, d.start_date) for d in dates][-1] == ("تسعة ديسمبر المقبل", "2015-12-09")
    (d,) = find_dates("تقام الأمسية يوم خمسة وعشرين مايو 2016", None)
    assert d.start_date == "2016-05-25"
    # a count before a month is no day: "ثلاثة أيام في مايو"
    assert find_dates("قضى الوفد ثلاثة أيام في شهر مايو", "2015-08-04")[0].text == "شهر مايو"


def test_two_names_of_one_month_are_a_date_and_holding_a_conference_is_no_report():
    # "أيلول/ سبتمبر" is a month whatever follows; "قرر الحزب عقد مؤتمر" is to hold one
    (d,) = find_dates("قرر الحزب عقد مؤتمر استثنائي في أيلول/ سبتمبر لمناقشة الاتفاق", "2015-08-01")
    assert (d.text, d.start_date) == ("أيلول/ سبتمبر", "2015-09")
    (d,) = find_dates("عقدت الجمعية ندوتها في أيلول/سبتمبر لمناقشة الخطة", "2015-08-01")
    assert d.start_date == "2014-09"
    assert find_dates("مارس اللاعبون الرياضة في الصباح", "2015-08-01") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Hijri year said once, at the end: both ends are Hijri days
        ("يقام المعرض من 5/10 إلى 12/10/1436هـ", ("2015-07-21", "2015-07-28")),
        ("خلال الفترة من ٥/ ١٠ إلى ١٢ / ١٠ لعام 1436هـ", ("2015-07-21", "2015-07-28")),
        # across the Hijri new year
        ("من 28/12 إلى 3/1/1437هـ", ("2015-10-11", "2015-10-16")),
        # a Gregorian year keeps both ends Gregorian
        ("من 5/10 إلى 12/10 لعام 2015", ("2015-10-05", "2015-10-12")),
        # two full dates, each with its era, are one range
        ("من 5/10/1436هـ إلى 12/10/1436هـ", ("2015-07-21", "2015-07-28")),
        ("من 1/8/2015م إلى 5/8/2015م", ("2015-08-01", "2015-08-05")),
    ],
)
def test_a_numeric_range_takes_the_calendar_of_its_one_year(text, expected) -> None:
    (m,) = find_dates(text, "2015-07-01")
    assert (m.start_date, m.end_date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of the month is kept with it; its last day is a day
        (
            "وتختتم العروض في اليوم الأخير من سبتمبر المقبل.",
            ("اليوم الأخير من سبتمبر المقبل", "2031-09-30", "day"),
        ),
        ("ويقام المعرض في منتصف أكتوبر المقبل.", ("منتصف أكتوبر المقبل", "2031-10", "month")),
        ("وينطلق الملتقى أواخر فبراير 2032.", ("أواخر فبراير 2032", "2032-02", "month")),
        (
            "وتنتهي المسابقة آخر يوم من شهر فبراير 2032.",
            ("آخر يوم من شهر فبراير 2032", "2032-02-29", "day"),
        ),
    ],
)
def test_a_part_of_a_month_is_said_with_it(text, expected):
    (m,) = find_dates(text, "2031-08-20")
    assert (m.text, m.start_date, m.precision) == expected
    assert text[m.start : m.end] == m.text


def test_named_months_are_read_without_a_year_and_hijri_months_are_not():
    from ingest.events.dates import named_months

    assert named_months("يومي 7 و8 يونيو المقبل") == {6}
    assert named_months("خلال الفترة من 28 مايو إلى 2 يونيو") == {5, 6}
    assert named_months("يومي (10- 11 ) من الشهر المقبل") == set()  # no month by name
    assert named_months("من 19 إلى 21 شوال الحالي") == set()  # Hijri
