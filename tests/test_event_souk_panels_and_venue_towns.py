"""A festival known by a name with no event noun ("سوق عكاظ"): found without a head, with the
edition number after it, merged with the festival the article names under a head, and counted
as the event a headline names; a contest held inside it keeps its own head. And the body a
headline names as the subject that holds the event ("بلدية … تنظم لقاء …") is its organizer;
a panel ("حلقة نقاش") is an event, and a title said after one is not the festival's slogan;
a superlative description ("أكبر مهرجان للعسل في العالم") does not name the festival; a
training course ("دورة تدريبية بعنوان «…»") is named by its title; the town the venue ends
with ("بمركز … بالدرعية") comes before the one a headline names; "وتستمر إلى نهاية شهر
شوال" ends on the Hijri month's last day; a contest held "في سوق عكاظ" is the event, not
the Souk; the governor who patronizes the event ("برعاية محافظ …") governs its town; the town
after a venue's own ب-phrases ("بالصالة الكبرى بمغسلة … بالمبرز") is the venue's; weekdays, a
colon and the Hijri days they are ("الأحد والاثنين: 7-8/7/1436 هـ") are one date; the Souk as an
institution ("مقترحات لتطوير سوق عكاظ", "سوق عكاظ في الجاهلية") is not mentioned as an event.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names, except the one that guards the rule's limit.
"""

from __future__ import annotations

from ingest.events import gate, names
from ingest.events.dates import find_dates
from ingest.events.extract import extract_events

_OPENING = (
    "أعلنت اللجنة المنظمة أن فعاليات سوق عكاظ 11 تنطلق مساء الأربعاء المقبل في محافظة "
    "الطائف، برعاية أمير منطقة مكة المكرمة، وتستمر عشرة أيام يشارك فيها شعراء وحرفيون من "
    "داخل المملكة وخارجها.\n"
    "وأوضح رئيس اللجنة أن البرنامج الثقافي لسوق عكاظ يضم ست ندوات وأمسيات شعرية."
)


def test_the_souk_is_an_event_with_its_edition_place_and_days():
    [card] = extract_events("d", _OPENING, "سوق عكاظ يفتح أبوابه للشعراء الأربعاء", "2016-08-01")
    assert (card.name, card.kind, card.edition, card.city) == ("سوق عكاظ", "festival", 11, "الطائف")
    assert (card.start_date, card.end_date) == ("2016-08-03", "2016-08-12")
    assert card.patrons == ["أمير منطقة مكة المكرمة"]


def test_the_bare_name_joins_the_festival_named_under_its_head():
    text = "يتوافد الشعراء على سوق عكاظ هذا العام، ويعلن الفائزون في ختام مهرجان سوق عكاظ."
    found = [(m.text, m.head) for m in names.find_names(text) if "عكاظ" in m.text]
    assert found == [("سوق عكاظ", "مهرجان"), ("مهرجان سوق عكاظ", "مهرجان")]


def test_a_contest_held_inside_the_souk_does_not_lend_it_its_head():
    text = "تبدأ تصفيات مسابقة شاعر سوق عكاظ غدا، ويشارك فيها ثلاثون شاعرا في أمسيات سوق عكاظ."
    heads = {m.head for m in names.find_names(text) if m.text == "سوق عكاظ"}
    assert heads == {"سوق"}


def test_a_headline_naming_the_souk_names_its_head():
    assert "سوق" in gate.title_heads("انطلاق البرنامج الثقافي لسوق عكاظ الخميس")


def test_a_market_is_no_event():
    text = "ارتفعت أسعار الخضار في سوق الخضار المركزي بالطائف مع بداية الأسبوع."
    assert names.find_names(text) == []
    assert extract_events("d", text, "ارتفاع أسعار الخضار", "2016-08-01") == []


def test_a_headline_subject_that_holds_the_event_is_its_organizer():
    text = (
        "أقيم مساء الأحد اللقاء التعريفي الأول للناخبين بمقر بلدية الصفا في جدة، بحضور "
        "رئيس البلدية وعدد من المواطنين، وشرح المختصون مراحل قيد الناخبين."
    )
    [card] = extract_events("d", text, "بلدية الصفا تنظم لقاء تعريفيا للناخبين", "2015-08-10")
    assert card.organizers == ["بلدية الصفا"]


def test_a_headline_subject_of_another_kind_of_event_is_not_taken():
    text = (
        "أقيم مساء الأحد اللقاء التعريفي الأول للناخبين بمقر بلدية الصفا في جدة، بحضور "
        "رئيس البلدية وعدد من المواطنين، وشرح المختصون مراحل قيد الناخبين."
    )
    [card] = extract_events("d", text, "بلدية الصفا تنظم معرضا للناخبين", "2015-08-10")
    assert card.organizers == []


def test_a_panel_is_an_event_and_an_episode_is_not():
    text = "نظم النادي الأدبي حلقة نقاش عن القراءة مساء الثلاثاء، فيما عرضت القناة الحلقة الأولى من المسلسل."
    assert [(m.text, m.kind) for m in names.find_names(text)] == [
        ("حلقة نقاش عن القراءة", "symposium")
    ]


def test_a_title_said_after_another_event_is_not_the_festivals_slogan():
    text = (
        "تنطلق فعاليات مهرجان الربيع الثقافي الأحد المقبل في أبها برعاية أمير منطقة عسير. "
        "وأوضح مدير المهرجان أن المهرجان يواصل هذا العام تنظيم حلقة نقاش الشباب التي بدأت "
        "قبل عامين تحت عنوان (ماذا يريد الجيل الجديد)، وتستضيفها جامعة الملك خالد."
    )
    [card] = extract_events("d", text, "مهرجان الربيع ينطلق الأحد في أبها", "2015-08-05")
    assert card.name == "مهرجان الربيع الثقافي"
    assert card.slogan is None


def test_a_superlative_description_does_not_name_the_festival_its_article_names():
    text = (
        "ينطلق غدا الخميس بمدينة عنيزة أكبر مهرجان للعسل في العالم الذي يعد أكبر فعالية من "
        "نوعها، يلتقي فيه النحالون والتجار والمتسوقون على مدى عشرة أيام لبيع وشراء أجود أنواع "
        "العسل التي تشتهر بها المنطقة.\n"
        "ويسجل مهرجان «عنيزة عاصمة العسل» هذا العام حضورا مميزا بفعاليات جديدة، ويعد المهرجان "
        "من المشاريع السنوية لبلدية المحافظة، كما يضم مهرجان عنيزة للعسل ركنا للأسر المنتجة."
    )
    title = "عنيزة تشهد غدا انطلاق أكبر مهرجان عالمي للعسل"
    [card] = extract_events("d", text, title, "2015-08-05")
    assert card.name == "مهرجان عنيزة للعسل"


def test_a_training_course_is_named_by_the_title_after_it():
    text = (
        "تنظم المديرية العامة للشؤون الصحية بمنطقة جازان ابتداء من يوم الأحد المقبل ولمدة "
        "يومين دورة تدريبية بعنوان «الوقاية من العدوى في غرف العمليات» وذلك بمستشفى الملك فهد."
    )
    [card] = extract_events("d", text, "دورة عن العدوى بصحة جازان", "2015-08-05")
    assert (card.name, card.kind) == ("الوقاية من العدوى في غرف العمليات", "course")


def test_the_town_of_the_venue_comes_before_the_region_of_the_organizer():
    text = (
        "تعقد المديرية العامة للتعليم بمنطقة الرياض اعتبارا من الأحد المقبل ولمدة يومين دورة "
        "تدريبية بعنوان «السلامة في المختبرات المدرسية» تطبيقات عملية في التعامل مع المواد "
        "الكيميائية والحرائق الصغيرة «نموذج المختبر الآمن» وذلك بمركز الأمير فيصل للتدريب "
        "التربوي بالدرعية."
    )
    [card] = extract_events("d", text, "دورة عن السلامة بـ«تعليم الرياض»", "2015-08-05")
    assert card.city == "الدرعية"


def test_a_festival_that_runs_on_to_the_end_of_a_hijri_month_ends_on_its_last_day():
    # the 2nd day of Eid al-Fitr 1436 was 2015-07-18; Shawwal 1436 ended on 2015-08-15
    text = (
        "أعلنت أمانة منطقة تبوك أن مهرجان صيف تبوك الذي انطلق ثاني أيام عيد الفطر المبارك "
        "وتستمر فعالياته إلى نهاية شهر شوال استقبل أكثر من مئتي ألف زائر."
    )
    [card] = extract_events("d", text, "مهرجان صيف تبوك يستقبل زواره", "2015-08-03")
    assert (card.start_date, card.end_date) == ("2015-07-18", "2015-08-15")


def test_a_contest_held_in_the_souk_is_the_event_not_the_souk():
    text = (
        "تأهل ثلاثون شاعرا إلى التصفيات النهائية لمسابقة الإلقاء الشعري في سوق عكاظ، وأعلنت "
        "اللجنة التنفيذية للمسابقة أسماءهم أمس، على أن تقام التصفيات في محافظة الطائف بعد "
        "افتتاح السوق. وبدأت اللجنة المنظمة للمسابقة أعمالها منذ أسبوعين بفرز أسماء "
        "المشاركين في سوق عكاظ."
    )
    cards = extract_events(
        "d", text, "30 شاعرا إلى نهائيات مسابقة الإلقاء في سوق عكاظ", "2016-08-06"
    )
    assert [(c.name, c.kind) for c in cards] == [("مسابقة الإلقاء الشعري", "competition")]


def test_the_governor_who_patronizes_the_event_governs_its_town():
    text = (
        "كرم تعاوني الشملي أمس الداعمين لبرامجه في حفل المعايدة السنوي الذي أقامه بمقره، "
        "برعاية محافظ الشملي عبدالله السالم، وبحضور مدير مرور حائل ومندوب فرع وزارة "
        "الشؤون الإسلامية في منطقة حائل."
    )
    [card] = extract_events(
        "d", text, "«تعاوني الشملي» يكرم الداعمين في حفل المعايدة", "2015-08-09"
    )
    assert (card.city, card.country) == ("الشملي", "SA")


def test_the_town_after_a_venues_own_ba_phrase_is_the_venues_town():
    text = (
        "ينظم مركز العناية بالمساجد بالأحساء التابع للجمعية الخيرية بمحافظة الأحساء يومي "
        "الثلاثاء والأربعاء المقبلين الدورة التدريبية الثالثة في فقه الطهارة، وذلك بالصالة "
        "الكبرى بمغسلة مقبرة العود بالمبرز."
    )
    [card] = extract_events("d", text, "دورة في فقه الطهارة بالأحساء", "2015-08-02")
    assert card.city == "المبرز"


def test_weekdays_then_a_colon_then_the_hijri_days_are_one_date():
    text = "تقام الدورة يومي الأحد والاثنين: 7-8/7/1436 هـ من الساعة الخامسة عصرا."
    found = [(d.start_date, d.end_date) for d in find_dates(text, "2015-07-24")]
    assert found == [("2015-04-26", "2015-04-27")]


def test_the_souk_as_an_institution_to_develop_or_in_history_is_no_event_mention():
    text = (
        "أقام النادي الأدبي حفل معايدة لمثقفي المنطقة مساء الأحد، وكان محور الحوار تطوير سوق "
        "عكاظ. وقدم أحد الأساتذة مقترحات لتطوير سوق عكاظ، وذكر أن سوق عكاظ في الجاهلية كان "
        "منبرا للشعراء."
    )
    assert [m.text for m in names.find_names(text) if "عكاظ" in m.text] == []
