"""The twenty-sixth round's rules, each on invented sentences in the style of the news it
comes from.

English: a month said with a preposition ("in May", "until March", "in mid-June") is a date,
unresolved where the article has no publication date (the capitalised modal "May" is not);
"which takes place in …" after an event's name is a fact of that event's own, so a second
event named in an undated story makes its card. Arabic: "عمان" in an article that names
Jordan is Amman, not the sultanate; a foreign town inside a venue's name counts as the venue's
town only right after a head word ("جامعة مانشستر"), not as a word of the person a hall is
named after ("قاعة الأميرة فخر النساء"); a Hijri year alone ("1437هـ") runs over two Gregorian years and
is kept as written, unresolved, unless its Gregorian year is said beside it; a summer
festival numbered by the Hijri year of its paper ("مهرجان صيف البكيرية الـ 36" in 1436) has
no edition; a lead whose first verb has a body hold the event ("يقيم المتحف … معرضاً
بعنوان …") reports it, whatever the headline says; a verb that holds the event, with its
pronoun, ends an indefinite name ("ورشة عمل استضافتها …") and the title said after that
clause names the workshop; a kind of event with no fact of its own ("أول قمة عربية" in a
feature on old hotels) makes no card, and a month of a year long past is not the event's
date. English again: a kind word followed by another capitalised word ("Buy Fair Trade gig")
is inside another name, not an event's head. Last: an event with every kind of fact the gate
counts is reported whatever the headline; a title later in the clause that names a
described event ("ندوة توعوية نظمتها … تحت عنوان (…)") is its name; "الحفل المعد" (the
ceremony prepared for an opening) is no name.

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

from ingest.events.dates import find_dates
from ingest.events.names import find_names
from tests.conftest import event_cards, one_event_card


def test_an_english_month_after_in_is_a_month_left_unresolved_without_a_date() -> None:
    found = find_dates("The fair returns to the city in May, its organisers said.", None)
    assert [(d.text, d.precision, d.start_date) for d in found] == [("May", "month", None)]
    assert found[0].resolution.startswith("unresolved")


def test_an_english_month_after_in_resolves_against_the_publication_date() -> None:
    found = find_dates("The fair will return to the city in mid-October.", "2016-03-10")
    assert [(d.text, d.start_date) for d in found] == [("October", "2016-10")]


def test_the_modal_may_is_no_month() -> None:
    assert find_dates("Ministers May decide to attend the talks.", None) == []
    assert find_dates("Officials said they may attend.", None) == []


_TWO_SHOWS = (
    "Next phone may be shown in spring\n"
    "The new handset was expected to appear at the Mobile Industry Congress in February, "
    "but the firm said it would not be shown there. It may instead be unveiled at the "
    "Global Gadget Expo in Chicago, which takes place in June, according to reports. "
    "The firm used the congress to launch its first phone three years ago."
)


def test_a_second_show_that_takes_place_in_a_month_makes_its_own_card() -> None:
    cards = event_cards(_TWO_SHOWS, title="Next phone may be shown in spring", published=None)
    by_name = {c.name: c for c in cards}
    assert "Global Gadget Expo" in by_name, list(by_name)
    assert by_name["Global Gadget Expo"].city == "Chicago"
    assert by_name["Global Gadget Expo"].date_text == "June"


def test_amman_in_an_article_that_names_jordan() -> None:
    card = one_event_card(
        'سلمان العنزي- سبق- عمان: شهد معرض "ألوان الشمال" الذي أقيم في المملكة الأردنية '
        "الهاشمية أمس إقبالاً من الزوار، وتنظمه جمعية الفنون التشكيلية بالأردن بمشاركة "
        "أربعين فناناً.",
        title="معرض ألوان الشمال في الأردن",
    )
    assert (card.city, card.country) == ("عمان", "JO")


def test_oman_stays_the_sultanate_when_it_is_called_one() -> None:
    card = one_event_card(
        "مسقط – واس\n"
        "انطلق أمس في سلطنة عمان معرض الكتاب الخليجي الذي تنظمه وزارة الثقافة، بمشاركة "
        "دور نشر من الأردن والكويت والبحرين.",
        title="انطلاق معرض الكتاب الخليجي",
    )
    assert card.country == "OM"


def test_a_town_in_the_name_a_hall_is_named_after_is_not_the_place() -> None:
    card = one_event_card(
        'سلمان العنزي- سبق: افتتح أمس معرض "ألوان الشمال" في قاعة الأميرة فخر النساء '
        "بالمركز الثقافي، بتنظيم من جمعية الفنون التشكيلية، ويستمر ثلاثة أيام.",
        title="افتتاح معرض ألوان الشمال",
    )
    assert card.city != "النساء"
    assert card.country != "BS"


def test_a_foreign_town_right_after_a_venue_head_is_its_town() -> None:
    card = one_event_card(
        "لندن – واس\n"
        "تنظم الملحقية الثقافية مساء غد ملتقى الطلبة المبتعثين في قاعة جامعة مانشستر، "
        "بمشاركة مئتي طالب وطالبة.",
        title="ملتقى الطلبة المبتعثين",
    )
    assert card.city_en == "Manchester"


def test_a_hijri_year_alone_is_kept_as_written_not_resolved() -> None:
    card = one_event_card(
        "علي الحربي – بريدة\n"
        "تتواصل في مدينة التمور ببريدة فعاليات مهرجان الرطب ببريدة 1437هـ الذي تنظمه أمانة "
        "منطقة القصيم، بمشاركة مئات المزارعين.",
        title="مهرجان الرطب ببريدة",
        published="2016-08-10",
    )
    assert (card.start_date, card.end_date) == (None, None)
    assert card.date_text == "1437هـ"
    assert card.date_resolution.startswith("unresolved")


def test_a_hijri_year_with_its_gregorian_year_beside_it_is_that_year() -> None:
    card = one_event_card(
        "علي الحربي – بريدة\n"
        "تتواصل في مدينة التمور ببريدة فعاليات مهرجان الرطب ببريدة 1437هـ / 2016م الذي تنظمه "
        "أمانة منطقة القصيم، بمشاركة مئات المزارعين.",
        title="مهرجان الرطب ببريدة",
        published="2016-08-10",
    )
    assert card.start_date == "2016"


def test_a_summer_festival_numbered_by_its_hijri_year_has_no_edition() -> None:
    card = one_event_card(
        "سعد المطيري – عنيزة\n"
        "تنظم بلدية عنيزة غدا فعاليات مهرجان صيف عنيزة الـ 37 في متنزه الملك عبدالله، "
        "بمشاركة الأسر المنتجة والفرق الشعبية.",
        title="انطلاق مهرجان صيف عنيزة",
        published="2016-08-10",  # 7 ذو القعدة 1437
    )
    assert card.edition is None


def test_a_festival_numbered_otherwise_keeps_its_edition() -> None:
    card = one_event_card(
        "سعد المطيري – عنيزة\n"
        "تنظم بلدية عنيزة غدا فعاليات مهرجان صيف عنيزة الـ 12 في متنزه الملك عبدالله، "
        "بمشاركة الأسر المنتجة والفرق الشعبية.",
        title="انطلاق مهرجان صيف عنيزة",
        published="2016-08-10",
    )
    assert card.edition == 12


_MUSEUM_SHOW = (
    "يقيم متحف الفن الحديث حالياً وحتى العاشر من ديسمبر في العاصمة الفرنسية باريس معرضاً "
    'بعنوان "ألوان من الجزيرة"، ويعرض فيه أعمال عشرة من الفنانين الرواد.\n'
    "وقد اقتنى المتحف هذه الأعمال خلال العام الماضي من مجموعات خاصة، ويضم المعرض أيضاً "
    "لوحات لم تعرض من قبل."
)


def test_a_lead_whose_first_verb_holds_the_event_reports_it_whatever_the_title() -> None:
    card = one_event_card(_MUSEUM_SHOW, title="متحف الفن الحديث يحتفي بفنانة رائدة")
    assert card.kind == "exhibition"
    assert card.city_en == "Paris"


def test_the_holding_verb_must_open_the_lead() -> None:
    text = (
        "تحدثت الفنانة عن تجربتها الطويلة مع الرسم وعن رحلاتها بين المدن العربية.\n"
        'وكان المتحف يقيم حالياً في العاصمة الفرنسية باريس معرضاً بعنوان "ألوان من الجزيرة".'
    )
    assert event_cards(text, title="فنانة رائدة تروي تجربتها") == []


def test_a_relative_verb_ends_the_name_and_the_title_after_it_names_the_workshop() -> None:
    card = one_event_card(
        "سعاد العلي – الخبر\n"
        "بحثت ورشة عمل استضافتها بلدية محافظة الخبر مساء أمس بعنوان «مستقبل النقل العام في "
        "المدن»، سبل تطوير شبكات الحافلات في الخبر والدمام، بمشاركة خبراء من الوزارة.",
        title="ورشة عمل عن النقل العام",
    )
    assert card.name == "مستقبل النقل العام في المدن"
    assert card.organizers == ["بلدية محافظة الخبر"]


_HOTELS = (
    "قصر الشاطئ في الإسكندرية: يطل على البحر وشهد أول قمة عربية في عام 1946، ويضم خمسين "
    "غرفة وجناحاً.\n"
    "فندق الجبل: بني عام 1960 وشهد أول قمة عربية تستضيفها تونس في شهر مايو عام 1962، ومن "
    "نزلائه كتاب وفنانون.\n"
    "قصر الواحة في أصيلة: من أشهر الفنادق، واستضاف قمة عربية عقدت فيه بعد افتتاحه."
)


def test_a_kind_of_event_said_of_old_hotels_makes_no_card() -> None:
    assert event_cards(_HOTELS, title="وراء كل قصر عربي تاريخي قصة", published="2015-07-21") == []


def test_a_month_of_a_year_long_past_is_not_the_event_date() -> None:
    card = one_event_card(
        "تونس – واس\n"
        "تستعد مدينة الحمامات لاستقبال ضيوف مهرجان الحمامات الدولي الذي انطلق أول مرة في شهر "
        "يوليو عام 1964، بمشاركة فرق من عشر دول، وتنظمه وزارة الثقافة التونسية.",
        title="الحمامات تستعد لمهرجانها الدولي",
        published="2015-07-21",
    )
    assert card.start_date is None


def test_a_kind_word_inside_another_name_is_no_event() -> None:
    text = "At number six was the charity's Buy Fair Trade gig at London's Brixton Academy."
    assert [m.text for m in find_names(text)] == []


def test_a_kind_word_before_a_month_still_ends_the_name() -> None:
    text = "The car was unveiled at the Paris Motor Show October last year."
    assert [m.text for m in find_names(text)] == ["Paris Motor Show"]


_WOMEN_AND_ELECTIONS = (
    "منى الحربي – جدة\n"
    "طرحت 40 سيدة من المستثمرات والأكاديميات أسئلة عن مشاركة المرأة في الانتخابات البلدية، "
    "وذلك مساء أمس خلال ندوة توعوية نظمتها اللجنة النسائية في قاعة مركز حي النزهة الجنوبي "
    "تحت عنوان (كيف تصنعين القرار). وقالت منسقة الندوة إن الأسئلة تناولت شروط الترشح."
)


def test_an_event_with_every_kind_of_fact_is_reported_whatever_the_headline() -> None:
    card = one_event_card(
        _WOMEN_AND_ELECTIONS, title="40 سيدة يسألن عن شروط الترشح", published="2015-08-06"
    )
    assert (card.city, card.start_date) == ("جدة", "2015-08-05")
    assert card.organizers == ["اللجنة النسائية"]


def test_a_title_later_in_the_clause_that_names_the_event_is_its_name() -> None:
    card = one_event_card(
        _WOMEN_AND_ELECTIONS, title="ندوة توعوية عن مشاركة المرأة", published="2015-08-06"
    )
    assert card.name == "كيف تصنعين القرار"


def test_the_ceremony_prepared_for_an_opening_is_no_name() -> None:
    text = (
        "سعيد القحطاني – أبها\n"
        "افتتح أمير المنطقة صباح أمس المقر الجديد لفرع وزارة الزراعة في حي الموظفين بأبها، ودشن "
        "فعاليات أسبوع النحل، بحضور وزير الزراعة. ثم بدئ الحفل المعد بهذه المناسبة الذي "
        "نظمته الإدارة العامة للزراعة في قاعة المبنى بتلاوة آيات من القرآن الكريم، وألقى "
        "مدير الإدارة كلمة رحب فيها بالحضور في الحفل."
    )
    names = [
        c.name
        for c in event_cards(text, title="أمير عسير يفتتح مبنى الزراعة", published="2015-08-06")
    ]
    assert "الحفل المعد" not in names, names


def test_a_hijri_year_said_with_a_gregorian_date_gives_way_to_it() -> None:
    for text, day in (
        ("لعام 1436هـ الموافق 2015م", "2015"),
        ("موسم 2016م / 1437هـ", "2016"),
        ("بدأت عروض مهرجان الصيف 1436هـ، البارحة، بمسرحية للأطفال", "2015-07-20"),
    ):
        found = find_dates(text, "2015-07-21")
        assert [(d.start_date, d.end_date) for d in found] == [(day, day)], text
