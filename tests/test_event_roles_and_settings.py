"""The twenty-fifth round's rules, each on invented sentences in the style of the news it
comes from.

Arabic: a verb before a preposition that points back to the name ("ندوة ثقافية تحدث فيها …")
opens a relative clause and ends the name (a definite participle does not: "… المتعاقدة
معها"); an event named in a person's role ("… رئيس اللجنة الإشرافية لمهرجان …") has no facts
of its own there, so it makes no second card; "المقبلة", "الحالية" and the like end a name; a
country inside the quoted title of a symposium is its topic, not its place; the person thanked
"على رعايته" the event may carry a long role before the title; a patron's name ends before
a role with the article ("… الرئيس الفخري للجمعية"). English: a story is set at an event named
with what it is in apposition ("…, an industry meeting, in Paris"), at one the people
"gathered … for" (with its edition: "the 3rd …"), at "next week's" one, or at one that is the
subject of its own beginning ("The three-day … in Singapore begins on 4 March"); a numbered
hall ("Hall 7") is no venue.

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

from ingest.events.places import find_venues
from tests.conftest import event_cards, one_event_card


def test_a_verb_before_a_resumptive_preposition_ends_the_name() -> None:
    card = one_event_card(
        "نورة القحطاني – الدمام\n"
        "أقام نادي المنطقة الشرقية الأدبي مساء أمس ندوة ثقافية تحدث فيها ثلاثة من كتاب "
        "القصة، وذلك في قاعة المحاضرات بمقر النادي في الدمام، بحضور جمهور من المثقفين.",
        title="ندوة ثقافية في أدبي الشرقية",
    )
    assert card.name == "ندوة ثقافية"


def test_a_definite_participle_before_it_stays_in_the_name() -> None:
    card = one_event_card(
        "أحمد السالم – الرياض\n"
        "عقدت إدارة التقنية بوزارة النقل أمس الإثنين ورشة عمل للشركات المتعاقدة معها "
        "الوزارة في مبنى الوزارة بالرياض، لمراجعة خطط المشاريع الرقمية.",
        title="ورشة عمل لشركات التقنية",
    )
    assert "المتعاقدة" in card.name


_FAIR_OPENED_BY_A_FESTIVAL_HEAD = (
    "سعيد الشهري – النماص\n"
    "دشن وكيل محافظة النماص رئيس اللجنة الإشرافية لمهرجان صيف النماص 1437هـ أمس، معرض "
    "الكتاب المخفض الذي تنظمه الكلية التقنية في حديقة الأمير سلطان.\n"
    "ويستمر المعرض أسبوعين ويضم أكثر من خمسة آلاف عنوان."
)


def test_an_event_in_a_persons_role_makes_no_second_card() -> None:
    card = one_event_card(_FAIR_OPENED_BY_A_FESTIVAL_HEAD, title="تدشين معرض الكتاب المخفض بالنماص")
    assert card.name == "معرض الكتاب المخفض"
    assert card.venue == "حديقة الأمير سلطان"


def test_a_feminine_time_adjective_ends_the_name() -> None:
    card = one_event_card(
        "تستضيف مدينة جدة قمة الاستثمار العالمية المقبلة يومي 10 و11 أكتوبر في فندق "
        "الريتز كارلتون، بمشاركة وزراء ورجال أعمال من عشرين دولة.",
        title="جدة تستضيف قمة الاستثمار العالمية",
    )
    assert card.name == "قمة الاستثمار العالمية"


def test_a_country_in_a_quoted_title_is_the_topic_not_the_place() -> None:
    card = one_event_card(
        'ينظم مركز الدراسات الاستراتيجية ندوة هذا الشهر في فندق النخيل، بعنوان " اليمن '
        'وتحديات إعادة الإعمار" ويتحدث فيها عدد من الباحثين والدبلوماسيين.',
        title="مركز الدراسات ينظم ندوة عن اليمن",
    )
    assert card.venue == "فندق النخيل"
    assert card.country is None


def test_a_country_after_the_event_in_its_sentence_still_places_it() -> None:
    card = one_event_card(
        'ينظم مركز الدراسات الاستراتيجية ندوة هذا الشهر في فندق النخيل، بعنوان " اليمن '
        'وتحديات إعادة الإعمار" ويتحدث فيها عدد من الباحثين والدبلوماسيين.\n'
        "وتعقد الندوة في الأردن بمشاركة خبراء من البنك الدولي.",
        title="مركز الدراسات ينظم ندوة عن اليمن",
    )
    assert card.country == "JO"


def test_the_person_thanked_for_patronage_may_carry_a_long_role() -> None:
    card = one_event_card(
        "خالد الزهراني – الطائف\n"
        "افتتح أمس معرض الصناعات اليدوية في قاعة الأفراح الكبرى بالطائف، ويستمر عشرة أيام.\n"
        "وعبرت اللجنة المنظمة عن شكرها لمستشار وزير الشؤون البلدية والقروية رئيس لجنة "
        "التنمية السياحية بالمنطقة الدكتور سعد الحمد على رعايته المعرض.",
        title="افتتاح معرض الصناعات اليدوية بالطائف",
    )
    assert card.patrons == ["الدكتور سعد الحمد"]


def test_a_patrons_name_ends_before_a_role_with_the_article() -> None:
    card = one_event_card(
        "تنظم جمعية الأطفال المعوقين ملتقى التأهيل الأول في فندق الماريوت بالرياض يوم "
        "الأحد المقبل، برعاية الأمير فيصل بن سلمان بن عبدالعزيز الرئيس الفخري للجمعية، "
        "بمشاركة خبراء من الخليج.",
        title="ملتقى التأهيل الأول بالرياض",
    )
    assert card.patrons == ["الأمير فيصل بن سلمان بن عبدالعزيز"]


def test_a_patrons_role_before_the_name_is_kept() -> None:
    card = one_event_card(
        "تنظم جمعية الأطفال المعوقين ملتقى التأهيل الأول في فندق الماريوت بالرياض يوم "
        "الأحد المقبل، برعاية محافظ الخرج المهندس فهد العتيبي، بمشاركة خبراء من الخليج.",
        title="ملتقى التأهيل الأول بالرياض",
    )
    assert card.patrons and card.patrons[0].startswith("محافظ الخرج")


def test_an_english_name_with_its_kind_in_apposition_then_its_town() -> None:
    card = one_event_card(
        "Network operators are betting on video calls to win back customers.\n"
        "Sales of handsets with two cameras doubled last year, analysts say.\n"
        "Prices for the calls have fallen sharply since the first networks opened.\n"
        "Operators hope that cheaper calls will tempt more people to try them.\n"
        "The chief executive of Orange told delegates at the Digital Living Conference, a "
        "two-day industry meeting, in Paris this week that prices would fall.",
        title="Operators bet on video calls",
        published=None,
    )
    assert card.name == "Digital Living Conference"
    assert card.city == "Paris"


def test_an_english_event_the_people_gathered_for() -> None:
    card = one_event_card(
        "Robot makers want schools to teach programming earlier.\n"
        "Firms say too few school leavers can write the code their machines need.\n"
        "Ministers have promised a review of the curriculum next year.\n"
        "Teachers' unions said the review should also look at class sizes.\n"
        "Engineers who gathered at Earls Court in London for the 3rd European Robotics Summit "
        "last week heard that Britain lagged behind Japan.",
        title="Call for coding lessons",
        published=None,
    )
    assert card.name == "European Robotics Summit"
    assert (card.edition, card.city, card.venue) == (3, "London", "Earls Court")


def test_an_english_event_that_begins_in_its_town() -> None:
    card = one_event_card(
        "Handset makers hope for a lift in sales.\n"
        "The three-day Asia Mobile Summit in Singapore begins on 4 March and is expected to "
        "draw thousands of visitors.",
        title="Handset makers hope for a lift",
        published=None,
    )
    assert card.name == "Asia Mobile Summit"
    assert card.city == "Singapore"
    assert card.date_text == "4 March"


def test_an_english_event_of_next_week() -> None:
    card = one_event_card(
        "Fishing quotas will dominate the talks.\n"
        "Ministers will raise the issue at next week's Nordic Council summit in Oslo, "
        "officials said.",
        title="Quotas to dominate talks",
        published=None,
    )
    assert card.name == "Nordic Council summit"
    assert card.city == "Oslo"


def test_a_summit_said_in_passing_in_the_past_is_no_card() -> None:
    assert not event_cards(
        "Fishing quotas will dominate the talks.\n"
        "In 2003 the Nordic Council summit in Oslo began on a Monday, officials recalled.",
        title="Quotas to dominate talks",
        published=None,
    )


def test_a_numbered_hall_is_no_venue() -> None:
    text = "Gadget makers have built a model smart home in Hall 7 of the fair."
    assert find_venues(text) == []


def test_its_edition_in_the_other_gender_is_not_the_contests() -> None:
    cards = event_cards(
        "فهد العنزي – تبوك\n"
        "اعتمدت اللجنة المنظمة لمسابقة الخط العربي في موسم الربيع بنسخته الخامسة أمس أسماء "
        "المتأهلين إلى النهائيات التي تقام في مركز الأمير فهد الثقافي بتبوك يوم الخميس المقبل.",
        title="اعتماد المتأهلين لنهائيات مسابقة الخط العربي",
    )
    contest = next(c for c in cards if c.name == "مسابقة الخط العربي")
    assert contest.edition is None


def test_its_edition_in_the_events_gender_is_kept() -> None:
    cards = event_cards(
        "فهد العنزي – تبوك\n"
        "اعتمدت اللجنة المنظمة لمسابقة الخط العربي في نسختها الخامسة أمس أسماء المتأهلين "
        "إلى النهائيات التي تقام في مركز الأمير فهد الثقافي بتبوك يوم الخميس المقبل.",
        title="اعتماد المتأهلين لنهائيات مسابقة الخط العربي",
    )
    contest = next(c for c in cards if c.name == "مسابقة الخط العربي")
    assert contest.edition == 5


def test_an_edition_expected_to_come_is_not_this_one() -> None:
    card = one_event_card(
        "ماجد الغامدي – الباحة\n"
        "يعقد نادي الباحة الأدبي ملتقى الرواية في فندق قصر الباحة يوم 20 أكتوبر المقبل.\n"
        "وقال رئيس النادي إن الإدارة تستعد لهذا الملتقى الذي يتوقع انتقاله إلى الخليج في "
        "النسخة الثالثة.",
        title="نادي الباحة يعقد ملتقى الرواية",
    )
    assert card.edition is None


def test_the_title_of_a_song_written_for_the_festival_is_not_its_slogan() -> None:
    card = one_event_card(
        "ناصر الشمري – حفر الباطن\n"
        "تواصلت فعاليات مهرجان الربيع في حفر الباطن مساء أمس، وقدم المنشد سالم الفهد "
        'أنشودة خاصة لمهرجان الربيع من كلمات الشاعر عبدالله العنزي بعنوان "وطن الشموخ" '
        "وسط حضور كبير.",
        title="تواصل فعاليات مهرجان الربيع",
    )
    assert card.slogan is None


def test_an_english_summit_for_a_cause_meeting_this_week_in_a_town() -> None:
    card = one_event_card(
        "Poorer countries are catching up in mobile phone use, a study says.\n"
        "The number of subscribers in Africa grew by a third last year.\n"
        "But fixed lines remain rare outside the big cities, the authors found.\n"
        "A spokesman for the World Summit for the Digital Economy (WSDE), which is meeting "
        "this week in Geneva, said the gap was still wide.",
        title="Poor nations catch up on mobiles",
        published=None,
    )
    assert card.name == "World Summit for the Digital Economy"
    assert card.city == "Geneva"


def test_a_weekday_after_the_present_of_opening_is_the_coming_one() -> None:
    card = one_event_card(
        "يدشن أمير منطقة الجوف الأمير فهد بن بدر، الاثنين، معرض «تراث الجوف» الذي تستضيفه "
        "سكاكا في مركز الأمير عبدالرحمن السديري الثقافي.",
        title="أمير الجوف يدشن معرض تراث الجوف",
        published="2016-03-09",  # a Wednesday
    )
    assert card.start_date == "2016-03-14"


_EN_FILLER = (
    "Analysts expect the market to grow again this year.\n"
    "Several firms have cut prices to win back buyers.\n"
    "Others are betting on new models due in the spring.\n"
)


def test_an_english_story_of_the_first_day_of_an_event_in_a_resort() -> None:
    card = one_event_card(
        "Water shortages lead the list of concerns for the first day of the Global Health "
        "Forum in the Austrian resort of Alpbach.\n" + _EN_FILLER,
        title="Water tops health agenda",
        published=None,
    )
    assert card.name == "Global Health Forum"


def test_an_english_event_named_after_its_town_places_the_story() -> None:
    card = one_event_card(
        _EN_FILLER + "Profits rose 5% during 2004, the firm said at the Chicago Auto Show.",
        title="Carmaker profits rise",
        published=None,
    )
    assert card.name == "Chicago Auto Show"
    assert card.city == "Chicago"


def test_a_town_leading_a_lower_case_name_is_its_city() -> None:
    card = one_event_card(
        _EN_FILLER + "The coupe, unveiled at the Paris motor show, goes on sale in May.",
        title="New coupe for Europe",
        published=None,
    )
    assert card.name == "Paris motor show"
    assert card.city == "Paris"


def test_the_town_and_kind_refer_back_to_the_named_gathering() -> None:
    card = one_event_card(
        _EN_FILLER + "The head of the firm's video unit told the Broadband TV Forum that "
        "prices would fall.\n"
        '"We want to be everywhere," he said on the opening day of the Berlin conference.',
        title="Firm plans video push",
        published=None,
    )
    assert card.name == "Broadband TV Forum"
    assert card.city == "Berlin"


def test_an_english_event_of_last_year_does_not_place_the_story() -> None:
    assert not event_cards(
        _EN_FILLER + "Profits rose 5%, the firm said, since last year's Chicago Auto Show.",
        title="Carmaker profits rise",
        published=None,
    )


def test_a_headlines_accusative_adjective_names_the_event() -> None:
    card = one_event_card(
        "يقدم فنانون من المنطقة 25 عملا فنيا تحكي تاريخ الواحة، من خلال معرض خزفي يفتتح مساء "
        'اليوم بقاعة "دار الطين"، ينظمه نادي الأحساء الأدبي.\n'
        "ويأتي ذلك ضمن برامج الصيف، وتتنافس الأعمال في إبراز الحرف القديمة، كما ستقام ورشة "
        "فنية يشارك فيها عدد من الحرفيين.\n"
        "وذكر رئيس النادي أن الأعمال تعكس ما تزخر به الواحة من موروث، وأن المشاركين عملوا "
        "عليها أشهرا طويلة حتى خرجت بهذه الصورة.",
        title="25 عملا خزفيا ترصد تاريخ الواحة",
        published="2016-03-09",
    )
    assert card.name == "معرض خزفي"
    assert card.start_date == "2016-03-09"


def test_a_diwan_is_a_body_that_holds_an_event() -> None:
    card = one_event_card(
        "واس – الرياض\n"
        "أقام ديوان الخدمة المدنية صباح اليوم حفل المعايدة السنوي في قاعة الاحتفالات بمقره في "
        "الرياض، بحضور عدد من المسؤولين.",
        title="ديوان الخدمة المدنية يقيم حفل المعايدة",
        published="2016-07-10",
    )
    assert card.organizers == ["ديوان الخدمة المدنية"]


def test_a_place_in_brackets_after_a_body_is_not_its_alias() -> None:
    card = one_event_card(
        "تنطلق غدا فعاليات ملتقى السياحة الجبلية الأول في فندق قصر النماص، بتنظيم من جمعية "
        "السياحة الجبلية (محافظة النماص).",
        title="انطلاق ملتقى السياحة الجبلية الأول",
    )
    assert card.organizers == ["جمعية السياحة الجبلية"]


def test_a_bracketed_alias_stays_with_the_body() -> None:
    card = one_event_card(
        "تنطلق غدا فعاليات ملتقى التحكيم الأول في فندق الفيصلية بالرياض، بتنظيم من مركز "
        "التحكيم التجاري (دار الفصل) وجمعية المحامين.",
        title="انطلاق ملتقى التحكيم الأول",
    )
    assert card.organizers[0] == "مركز التحكيم التجاري (دار الفصل)"


def test_very_stays_in_a_name() -> None:
    card = one_event_card(
        "يقيم نادي تبوك الأدبي ملتقى القصة القصيرة جدًا في مقر النادي بتبوك يوم 12 مارس، "
        "بمشاركة عشرين قاصا.",
        title="نادي تبوك يحتفي بكتاب القصة",
    )
    assert card.name == "ملتقى القصة القصيرة جدًا"


def test_who_opened_the_event_counts_as_one_of_its_facts() -> None:
    card = one_event_card(
        "افتتح رئيس مجلس إدارة جمعية التصوير الضوئي فهد الخالدي، بحضور الملحق الثقافي بالسفارة "
        "ومدير فرع الجمعية بالجوف، معرض «نور الصحراء» للمصورين السعوديين في العاصمة المصرية "
        "القاهرة، بحضور جمع من المصورين، وذلك في قاعة الفنون بالمركز الثقافي المصري.\n"
        "وتجول الخالدي في أنحاء المعرض واستمع إلى شرح عن الصور المشاركة من مشرف المعرض.\n"
        "وفي الختام قدم الفنانون هدية تذكارية لرئيس الجمعية.",
        title="40 مصورا سعوديا في القاهرة",
        published="2016-03-09",
    )
    assert card.name.startswith("معرض «نور الصحراء»")
    assert card.city == "القاهرة"
