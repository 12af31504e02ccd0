"""Ceremonies as events, the town a report is filed from, and more ways news names organizers.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies, names
from ingest.events.extract import extract_events


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def _organizers(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]


# --- a ceremony is an event when it names its occasion -----------------------------------------


def test_a_ceremony_with_its_occasion_makes_a_card():
    text = (
        "أقامت شركة الواحة مساء أمس حفل المعايدة السنوي لموظفي الشركة في قاعة المؤتمرات "
        "الكبرى بالرياض، بحضور مدير الشركة وعدد من المديرين. وتضمن الحفل كلمة لمدير الشركة "
        "وفقرات إنشادية، وأقيم الحفل تحت شعار «العيد يجمعنا»."
    )
    cards = extract_events(
        "x", text, title="شركة الواحة تقيم حفل معايدة لموظفيها", published="2015-07-25"
    )
    # the party's name ends before whom it is for ("لموظفي الشركة")
    assert [(c.name, c.kind) for c in cards] == [("حفل المعايدة السنوي", "ceremony")]
    assert cards[0].city == "الرياض"
    assert cards[0].organizers == ["شركة الواحة"]
    assert cards[0].slogan == "العيد يجمعنا"


def test_a_definite_ceremony_names_its_occasion_with_a_preposition():
    assert _names("تستعد الغرفة لتنظيم الحفل السنوي لرواد الأعمال مساء الأحد") == [
        "الحفل السنوي لرواد الأعمال"
    ]
    assert _names("ورعى المحافظ حفل الأهالي بعيد الأضحى في الحديقة") == ["حفل الأهالي بعيد الأضحى"]


def test_a_ceremony_of_a_towns_people_names_them_not_an_adjective():
    # "أهالي" ends as an adjective does, but it is a noun with its town after it
    assert _names("رعى المحافظ أمس حفل أهالي محافظة الوادي بمناسبة عيد الفطر") == [
        "حفل أهالي محافظة الوادي"
    ]
    assert _names("وحضر الأمير حفل اهالي القرية بالعيد") == ["حفل اهالي القرية بالعيد"]
    # an adjective in ي still names no occasion
    assert _names("أحيا الفنان حفل شعبي الليلة") == []


def test_a_ceremony_with_a_name_of_its_own_ends_before_its_occasion():
    # (the name ends before whom the party is for, "لموظفي الشركة", too)
    assert _names("أقامت الشركة حفل المعايدة السنوي لموظفي الشركة بمناسبة عيد الفطر المبارك") == [
        "حفل المعايدة السنوي"
    ]
    assert _names("أقامت البلدية حفل أهالي المحافظة بمناسبة عيد الفطر") == ["حفل أهالي المحافظة"]
    # a party said by an adjective, or the townspeople with no town, is named by it
    assert _names("أقامت البلدية حفلا شعبيا بمناسبة عيد الفطر") == ["حفلا شعبيا بمناسبة عيد الفطر"]
    assert _names("حضر المحافظ حفل الأهالي بمناسبة العيد") == ["حفل الأهالي بمناسبة العيد"]
    assert _names("أقامت الوزارة حفل معايدة بمناسبة عيد الفطر") == ["حفل معايدة بمناسبة عيد الفطر"]
    assert _names("أقامت القنصلية حفل الاستقبال بمناسبة عيد العرش") == [
        "حفل الاستقبال بمناسبة عيد العرش"
    ]


def test_a_ceremony_that_opens_or_closes_another_event_is_that_events_part():
    assert _names("وحضر حفل افتتاح المهرجان عدد من المسؤولين") == ["المهرجان"]
    assert _names("أقيم الحفل الختامي للمسابقة مساء أمس") == ["مسابقة"]


def test_a_ceremony_that_opens_a_place_or_a_project_is_the_event():
    assert _names("ويرعى الأمير مساء الخميس حفل افتتاح حديقة الورود بجدة") == [
        "حفل افتتاح حديقة الورود"
    ]
    assert _names("وحضر الوزير حفل تدشين مشروع الإسكان الجديد") == [
        "حفل تدشين مشروع الإسكان الجديد"
    ]
    text = (
        "يرعى أمير المنطقة مساء يوم الأحد المقبل حفل افتتاح متنزه الصفا العام بمدينة أبها، "
        "الذي يضم بحيرة ومسطحات خضراء وملاعب للأطفال. وأوضح أمين المنطقة أن الحفل يتضمن "
        "كلمة للأمانة وعرضا مرئيا عن المتنزه."
    )
    cards = extract_events(
        "x", text, title="أمير المنطقة يفتتح متنزه الصفا", published="2015-07-22"
    )
    assert [(c.name, c.kind, c.city, c.start_date) for c in cards] == [
        ("حفل افتتاح متنزه الصفا العام", "ceremony", "أبها", "2015-07-26")
    ]


def test_a_party_or_a_concert_named_by_an_adjective_is_no_ceremony_name():
    assert _names("أحيا الفنان حفل غنائي في القاهرة") == []
    assert _names("أقيم حفل كبير في الحديقة") == []
    assert _names("يترقب الجمهور الحفل الكبير المرتقب") == []
    # a bare "الحفل" still refers back to the ceremony named before
    assert _names("وفي ختام الحفل.") == ["الحفل"]


def test_an_article_whose_only_event_word_is_a_ceremony_is_read():
    assert names.has_head("رعى المحافظ حفل الأهالي")
    # every head noun passes the screen in its event sense ("برنامج" only as a training
    # programme: see tests/test_event_programmes.py)
    assert all(names.has_head(f"{head} تدريبي") for head in names.HEADS_AR)
    assert all(names.has_head(head) for head in names.HEADS_AR if not head.startswith("برنامج"))


# --- the town a report is filed from -----------------------------------------------------------


def test_the_dateline_town_is_the_city_when_the_event_sentence_names_only_the_country():
    text = (
        "سبق- أبها: افتتح مدير الشؤون الصحية مساء أمس الخميس معرض التوعية بأضرار التدخين "
        '"صحتك أولا" الذي نظمته جمعية طب الأسرة في المملكة بمركز الراشد التجاري، ويستمر المعرض '
        "ثلاثة أيام."
    )
    cards = extract_events("x", text, title="افتتاح معرض صحتك أولا", published="2015-07-31")
    assert [(c.city, c.country) for c in cards] == [("أبها", "SA")]
    # a dateline town of another country is not the event's town
    abroad = text.replace("سبق- أبها:", "القاهرة - واس:")
    cards = extract_events("x", abroad, title="افتتاح معرض صحتك أولا", published="2015-07-31")
    assert [(c.city, c.country) for c in cards] == [(None, "SA")]


# --- organizers ----------------------------------------------------------------------------------


def test_the_relative_yuqimuha_names_the_organizer_after_it():
    text = "انطلقت مسابقة الرسم والتي يقيمها مركز الإرشاد الأسري بالواحة، وتشمل"
    assert _organizers(text) == ["مركز الإرشاد الأسري بالواحة"]


def test_supervised_and_organized_by_a_body():
    text = "في الملتقى الذي ينظمه المكتب الدعوي بإشراف وتنظيم جمعية التأهيل الاجتماعي «واعي» أمس"
    assert _organizers(text) == ["المكتب الدعوي", "جمعية التأهيل الاجتماعي «واعي»"]
    # the act of organizing something, with no body after it, names no one
    assert _organizers("وتم المهرجان بإشراف وتنظيم الأفراح والحفلات") == []


def test_an_adjective_after_a_quoted_body_name_is_part_of_it():
    found = bodies.find_bodies("يقام الملتقى بالتعاون مع فريق «نماء» التطوعي في حديقة الحي")
    assert [(b.text, b.role) for b in found] == [("فريق «نماء» التطوعي", "partner")]


def test_a_body_named_with_the_region_is_the_one_spelled_out_with_its_place():
    text = (
        "أعلنت أمانة منطقة الواحة أن عدد زوار مهرجان صيف الواحة الذي تنظمه أمانة المنطقة "
        "تحت شعار «أيام الواحة أجمل» بلغ مئة ألف زائر."
    )
    found = [b for b in bodies.find_bodies(text) if b.role == "organizer"]
    assert [b.text for b in found] == ["أمانة منطقة الواحة"]
    assert found[0].where == text.index("أمانة المنطقة")  # where the role is stated
    # two regions spelled out: which one is meant is not guessed
    two = "زار وفد أمانة منطقة الرياض " + text
    assert _organizers(two) == ["أمانة المنطقة"]


# --- the town a name holds, as the article places the event -----------------------------------


def test_a_town_in_the_events_name_is_written_as_where_the_event_is_placed():
    text = (
        "تنظم البلدية بدءا من السبت المقبل مهرجان (نحب مكة) الترفيهي الثاني في ساحات الأحياء "
        "في مكة المكرمة، بمشاركة فرق تطوعية."
    )
    cards = extract_events("x", text, title="مهرجان نحب مكة", published="2015-08-01")
    assert [(c.city, c.city_en) for c in cards] == [("مكة المكرمة", "Makkah")]
    # the quote behind the city is the placing words, not the name's
    assert cards[0].evidence["city"][0].quote == "مكة المكرمة"


def test_one_body_spelled_two_ways_is_one_value():
    text = (
        "انطلقت أمس أعمال مؤتمر طب الأسرة الدولي الثالث في لندن تحت رعاية جامعة أكسفورد، "
        "ويستمر المؤتمر ثلاثة أيام برعاية جامعة اكسفورد وبمشاركة 30 باحثا."
    )
    cards = extract_events("x", text, title="انطلاق مؤتمر طب الأسرة", published="2015-08-01")
    assert [c.patrons for c in cards] == [["جامعة أكسفورد"]]


def test_a_patrons_post_abroad_runs_on_to_the_name():
    text = (
        "يعقد الملتقى برعاية سفير الدولة في كندا صاحب السمو الأمير فهد بن سعد، ويأتي بعد نجاح "
        "دوراته الماضية."
    )
    patrons = [b.text for b in bodies.find_bodies(text) if b.role == "patron"]
    assert patrons == ["سفير الدولة في كندا صاحب السمو الأمير فهد بن سعد"]
    # a place after a post with no title after it ends the phrase as before
    text = "يقام الحفل برعاية وزير الثقافة في قاعة المؤتمرات الكبرى"
    assert [b.text for b in bodies.find_bodies(text) if b.role == "patron"] == ["وزير الثقافة"]


# --- where the townspeople's party is held -----------------------------------------------------


def test_a_governorate_of_two_words_is_not_the_town_of_its_first():
    text = (
        "نجران - واس: رعى محافظ بدر الجنوب أمس حفل أهالي محافظة بدر الجنوب بمناسبة عيد الفطر "
        "المبارك، وسط حشد من سكان المحافظة وقراها. وشهدت انطلاقة الحفل، الذي تنظمه البلدية في "
        "الساحة العامة، قصيدة ترحيبية، ثم قدمت فرق الفنون الشعبية لوحات من تراث المنطقة."
    )
    cards = extract_events("x", text, title="قصائد وطنية في احتفالات العيد", published="2015-07-22")
    assert [(c.name, c.city, c.country) for c in cards] == [
        ("حفل أهالي محافظة بدر الجنوب", "بدر الجنوب", "SA")
    ]
    # written with its vowels, as some papers do
    voweled = text.replace("بدر الجنوب", "بدر الجَنُوب")
    cards = extract_events(
        "x", voweled, title="قصائد وطنية في احتفالات العيد", published="2015-07-22"
    )
    assert [c.city for c in cards] == ["بدر الجَنُوب"]


def test_the_party_of_a_provinces_people_is_held_in_its_town():
    text = (
        "رعى أمير منطقة تبوك أمس الأول حفل أهالي المنطقة احتفاء بالعيد، على المسرح المفتوح في "
        "الحديقة المركزية، وشمل الحفل كلمة للأهالي وقصائد وطنية."
    )
    cards = extract_events("x", text, title="أمير المنطقة يرعى حفل الأهالي", published="2015-07-22")
    assert [(c.name, c.city, c.country) for c in cards] == [("حفل أهالي المنطقة", "تبوك", "SA")]
    # a governor's province is still not the town of another event he opens
    other = text.replace("حفل أهالي المنطقة احتفاء بالعيد", "حفل المعايدة السنوي")
    cards = extract_events(
        "x", other, title="أمير المنطقة يرعى حفل المعايدة", published="2015-07-22"
    )
    assert [(c.name, c.city) for c in cards] == [("حفل المعايدة السنوي", None)]


def test_a_town_in_the_events_name_before_a_region_the_headline_names():
    text = (
        "تعددت مظاهر العيد بمنطقة تبوك، لاسيما على الشواطئ التي استقبلت الأهالي والزوار. "
        "وانطلقت أمس فعاليات مهرجان أملج البحري الثالث على الواجهة البحرية، بمشاركة الفرق "
        "الشعبية، ويستمر المهرجان خمسة أيام."
    )
    title = "شواطئ تبوك تستقبل زوارها بمهرجانات"
    cards = extract_events("x", text, title=title, published="2015-07-22")
    assert [(c.name, c.city, c.country) for c in cards] == [
        ("مهرجان أملج البحري الثالث", "أملج", "SA")
    ]
    # a headline town the article also names as a town is still the event's
    as_town = text.replace("بمنطقة تبوك", "في مدينة تبوك")
    cards = extract_events("x", as_town, title=title, published="2015-07-22")
    assert [c.city for c in cards] == ["تبوك"]


def test_an_industrial_city_beside_a_town_is_a_town_of_its_own():
    text = (
        "افتتح الرئيس التنفيذي للهيئة الملكية أمس فعاليات مهرجان الصيف في ينبع الصناعية، "
        "بمشاركة عدد من الفرق الشعبية، ويستمر المهرجان أسبوعا."
    )
    cards = extract_events("x", text, title="انطلاق مهرجان الصيف", published="2015-07-22")
    assert [(c.city, c.city_en, c.country) for c in cards] == [
        ("ينبع الصناعية", "Yanbu Industrial City", "SA")
    ]
    # the town alone is the town
    cards = extract_events(
        "x",
        text.replace("ينبع الصناعية", "ينبع"),
        title="انطلاق مهرجان الصيف",
        published="2015-07-22",
    )
    assert [(c.city, c.city_en) for c in cards] == [("ينبع", "Yanbu")]


def test_a_sudair_town_is_named_with_its_second_word():
    text = (
        "رعى محافظ حوطة سدير أمس حفل الأهالي بمناسبة عيد الفطر المبارك في الساحة البلدية، "
        "بحضور عدد كبير من الأهالي. وشمل الحفل الذي تنظمه البلدية قصائد وعرضة شعبية."
    )
    cards = extract_events("x", text, title="أهالي الحوطة يحتفلون بالعيد", published="2015-07-22")
    assert [c.city for c in cards] == ["حوطة سدير"]


def test_a_name_ends_before_its_manner_an_honorific_or_what_its_activities_present():
    assert _names("تقيم الجمعية حفل المعايدة بشكل سنوي لمنسوبيها") == ["حفل المعايدة"]
    assert _names("أقامت الإدارة حفل تكريم لسعادة المدير العام بمناسبة تقاعده") == ["حفل تكريم"]
    assert _names("رسمت فعاليات مهرجان الإنشاد المقدمة على المسرح لوحة من الفرح") == [
        "مهرجان الإنشاد"
    ]


def test_a_national_programme_after_patronage_is_the_patron():
    text = (
        "يفتتح محافظ النماص مساء اليوم معرض «صنع في النماص» للحرفيين برعاية البرنامج الوطني "
        "للحرف التراثية «صنعة»، وذلك بمركز الأمير سلطان الحضاري، ويستمر المعرض خمسة أيام."
    )
    cards = extract_events("x", text, title="افتتاح معرض صنع في النماص", published="2015-07-22")
    assert [c.patrons for c in cards] == [["البرنامج الوطني للحرف التراثية «صنعة»"]]
    # a programme sponsored is still not a patron
    assert [b.text for b in bodies.find_bodies("يقام الحفل برعاية البرنامج الصيفي في أبها.")] == []
