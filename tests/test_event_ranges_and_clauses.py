"""A stated range over a relative day, a statement's day, bodies named by a relative clause or
joined to the holding of an event, and the tails of a ruler's name.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies
from ingest.events.extract import extract_events


def _card(text: str, title: str, published: str = "2015-08-03"):  # noqa: ANN202 - a test helper
    cards = extract_events("d", text, title, published)
    assert cards, "no card"
    return cards[0]


def test_a_range_stated_from_the_same_day_gives_the_end_too():
    text = (
        "بدأت أمس الأحد ورشة عمل الصياغة التشريعية التي تعقدها الجمعية العربية للتشريع "
        "في الفترة من 2- 5 أغسطس 2015 في مدينة عمان، بحضور خبراء من ثماني دول."
    )
    card = _card(text, "انطلاق ورشة الصياغة التشريعية في عمان")
    assert (card.start_date, card.end_date) == ("2015-08-02", "2015-08-05")
    assert card.date_text == "2- 5 أغسطس 2015"


def test_a_stale_relative_day_gives_way_to_the_written_range_days_from_it():
    # published on the 6th, "غدا" would be the 7th; the written Hijri range starts on the 5th
    text = (
        "تنطلق غدا فعاليات مهرجان «شاطئنا» السياحي بمحافظة أملج، ويتضمن المهرجان سوقا "
        "شعبيا ومسابقات بحرية للأسر.\n"
        "ويستمر المهرجان في الفترة من 20 – 30 /10/1436هـ بمشاركة فرق شعبية من المنطقة."
    )
    card = _card(text, "غدا.. انطلاق مهرجان شاطئنا بأملج", "2015-08-06")
    assert (card.start_date, card.end_date) == ("2015-08-05", "2015-08-15")


def test_a_relative_day_far_from_a_range_keeps_its_own_date():
    text = (
        "تنطلق غدا فعاليات مهرجان «شاطئنا» السياحي بمحافظة أملج، ويتضمن المهرجان سوقا "
        "شعبيا ومسابقات بحرية للأسر.\n"
        "وكانت النسخة الماضية قد أقيمت خلال الفترة من 1 – 9 /10/1435هـ."
    )
    card = _card(text, "غدا.. انطلاق مهرجان شاطئنا بأملج", "2015-08-06")
    assert card.start_date == "2015-08-07"


def test_the_day_a_press_statement_came_out_is_not_the_summit_s():
    text = (
        "بدأت الأمانة العامة لمنظمة المدن العربية التحضير لعقد قمة عربية استثنائية لمناقشة "
        "ما يشهده النقل العام في المدن الكبرى؛ وذلك بعد أن أبدت الجمهورية التونسية ترحيبها "
        "باستضافتها.\n"
        "وذكر بيان صحافي أصدرته المنظمة اليوم (الخميس)، أن القمة التي تحتضنها الجمهورية "
        "التونسية في الفترة المقبلة، تأتي تلبية لطلب عدد من رؤساء البلديات."
    )
    card = _card(text, "منظمة المدن العربية تستعد لعقد قمة استثنائية في تونس", "2015-08-06")
    assert (card.name, card.country) == ("قمة عربية استثنائية", "TN")
    assert card.start_date is None


def test_the_body_a_relative_clause_says_runs_the_festival_organizes_it():
    text = (
        "قدمت فرق الأطفال عروضها في افتتاح مهرجان نابلس الدولي للمسرح.\n"
        "واختار مركز الخشبة للفنون الأدائية الذي ينظم هذا المهرجان «الذاكرة» موضوعا "
        "للدورة التاسعة التي انطلقت الليلة الماضية في ساحة البلدة القديمة."
    )
    card = _card(text, "انطلاق مهرجان نابلس الدولي للمسرح", "2015-08-06")
    assert card.organizers == ["مركز الخشبة للفنون الأدائية"]


def test_bodies_the_event_is_held_with_organize_it_too():
    text = (
        "من المقرر أن ينطلق مؤتمر المهندسين الاستشاريين في دول الخليج خلال يومي 12 - 13 "
        "نوفمبر المقبل في الكويت، بتنظيم من الاتحاد الخليجي للاستشارات الهندسية.\n"
        "ويأتي عقد المؤتمر بالتعاون مع جمعية المهندسين الكويتية وغرفة تجارة الكويت، "
        "وفقا لبيان الاتحاد."
    )
    card = _card(text, "مؤتمر خليجي للمهندسين الاستشاريين في نوفمبر")
    assert card.organizers == [
        "الاتحاد الخليجي للاستشارات الهندسية",
        "جمعية المهندسين الكويتية",
        "غرفة تجارة الكويت",
    ]


def test_a_partner_after_the_organizer_of_a_long_sentence_organizes_it_too():
    text = (
        "تعقد جامعة الملك خالد برعاية الأمير فيصل بن خالد أمير عسير "
        "الأحد المقبل الملتقى الأول للسياحة الجبلية الذي سيقام بمدينة أبها خلال الفترة "
        "من 9 - 11 أغسطس 2015م بالتعاون مع أمانة منطقة عسير.\n"
        "ويناقش الملتقى فرص الاستثمار في المرتفعات."
    )
    card = _card(text, "أبها تستضيف الملتقى الأول للسياحة الجبلية")
    assert card.organizers == ["جامعة الملك خالد", "أمانة منطقة عسير"]
    assert (card.start_date, card.end_date) == ("2015-08-09", "2015-08-11")


def _patrons(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "patron"]


def test_a_prayer_after_a_ruler_s_name_is_not_part_of_it():
    assert _patrons("ويقام المنتدى برعاية الملك فهد بن عبدالعزيز «حفظه الله» في جدة.") == [
        "الملك فهد بن عبدالعزيز"
    ]
    assert _patrons("ويقام المنتدى برعاية الملك فهد بن عبدالعزيز يحفظه الله في جدة.") == [
        "الملك فهد بن عبدالعزيز"
    ]


def test_a_monarch_s_post_after_the_name_ends_it():
    assert _patrons("ويقام المعرض تحت رعاية الملك حمد بن عيسى عاهل البحرين في الصخير.") == [
        "الملك حمد بن عيسى"
    ]
    assert _patrons("ويقام المعرض برعاية الملك عبدالله الثاني ملك الأردن في العقبة.") == [
        "الملك عبدالله الثاني"
    ]


def test_a_venue_cut_at_a_district_keeps_the_district_s_name():
    text = (
        "تنطلق غدا فعاليات مهرجان الشاطئ الصيفي بمحافظة الوجه، حيث يقام المهرجان في "
        "ساحة جامع الأمير سلطان بن عبدالعزيز بحي الشرفاء بمشاركة الأسر المنتجة."
    )
    card = _card(text, "انطلاق مهرجان الشاطئ الصيفي بالوجه")
    assert card.venue == "ساحة جامع الأمير سلطان بن عبدالعزيز بحي الشرفاء"
