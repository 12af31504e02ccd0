"""Parts of months as dates, a month said as when an event runs, and a guest's career towns.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events.dates import find_dates
from ingest.events.extract import extract_events


def _dates(
    text: str, published: str | None = "2015-07-25"
) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.text, d.start_date, d.end_date, d.precision) for d in find_dates(text, published)]


def test_a_month_name_alone_after_a_part_of_it_is_a_date():
    assert _dates("وتقام الدورة مطلع أغسطس في الرياض") == [
        ("مطلع أغسطس", "2015-08", "2015-08", "month")
    ]
    # the verb "مارس" is still no month
    assert _dates("وقال إن الوزير مارس عمله") == []


def test_until_the_end_of_a_month_is_its_last_day_in_either_calendar():
    assert _dates("وتستمر الفعاليات حتى نهاية شوال، بحسب اللجنة") == [
        ("نهاية شوال", "2015-08-15", "2015-08-15", "day")
    ]
    assert _dates("وتستمر الفعاليات حتى نهاية أغسطس") == [
        ("نهاية أغسطس", "2015-08-31", "2015-08-31", "day")
    ]
    # without "حتى" the end of a month is a part of it, not one day
    assert _dates("ويقام المعرض في نهاية أغسطس") == [("نهاية أغسطس", "2015-08", "2015-08", "month")]
    assert _dates("في اليوم الأخير من ذي القعدة") == [
        ("اليوم الأخير من ذي القعدة", "2015-09-13", "2015-09-13", "day")
    ]


def test_a_festival_running_until_the_end_of_a_hijri_month_ends_on_its_last_day():
    text = (
        "تنطلق غدا فعاليات مهرجان صيف الواحة في محافظة البكيرية.\n"
        "وأوضح رئيس لجنة المهرجانات أن فعاليات المهرجان متنوعة وتستمر حتى نهاية شوال، "
        "مبينا أن البرامج تناسب الأسرة."
    )
    card = extract_events("d", text, "البكيرية تطلق مهرجانها الصيفي غدا", "2015-07-25")[0]
    assert (card.start_date, card.end_date) == ("2015-07-26", "2015-08-15")


def test_an_entry_deadline_is_not_when_a_contest_ends():
    text = (
        "تواصل مسابقة «عدسة الواحة» الضوئية التي أطلقتها الغرفة التجارية في محافظة الأحساء "
        "منذ 2 أغسطس الجاري، استقبال المشاركين من جميع مناطق المملكة حتى نهاية أغسطس الجاري."
    )
    card = extract_events(
        "d", text, "غرفة الأحساء تعلن لجنة تحكيم مسابقة عدسة الواحة", "2015-08-09"
    )[0]
    assert card.end_date is None


def test_the_towns_of_a_guests_career_are_not_where_the_event_is():
    text = (
        "ينظم مركز الدراسات ندوة الأسبوع المقبل في فندق النخيل، بعنوان «مستقبل الحوار» ويتحدث "
        "فيها الباحث جون سميث، الذي عمل مستشارا في قضايا المنطقة منذ سنوات إلى جانب عمله "
        "مديرا للبرامج في معهد السلام في جنيف، وشارك في الوساطات خلال الانتخابات في تونس."
    )
    card = extract_events("d", text, "مركز الدراسات ينظم ندوة مستقبل الحوار", "2015-08-04")[0]
    assert card.city is None
    assert card.venue == "فندق النخيل"


def test_a_caption_glued_to_the_first_verb_is_put_on_its_own_line():
    from ingest.clean import clean_article

    assert clean_article("د العمريتقيم جامعة الباحة معرضا للكتاب") == (
        "د العمري\nتقيم جامعة الباحة معرضا للكتاب"
    )
    assert clean_article("جانب من حفل المعايدةنظمت بلدية الدلم حفلا") == (
        "جانب من حفل المعايدة\nنظمت بلدية الدلم حفلا"
    )
    # a word that ends as a verb does ("المستقيم"), or a verb after clitics, stays whole
    assert clean_article("الخط المستقيم تقيم عليه الجمعية") == "الخط المستقيم تقيم عليه الجمعية"
    assert clean_article("وأعلنت الوزارة أمس") == "وأعلنت الوزارة أمس"
    # the glued verb leads the organizer's sentence, which now makes the card
    card = extract_events(
        "d",
        clean_article(
            "د العمريتقيم جامعة الباحة معرضا للكتاب المخفض ضمن برامجها الصيفية في الفترة "
            "من الحادي عشر إلى العشرين من شوال الجاري."
        ),
        "جامعة الباحة تقيم معرضا للكتاب المخفض",
        "2015-07-23",
    )[0]
    assert card.organizers == ["جامعة الباحة"]
