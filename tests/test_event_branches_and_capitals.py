"""Branch bodies, capitals said by their country, hosting towns and other editions' facts.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies, names, places
from ingest.events.dates import find_dates
from ingest.events.extract import extract_events
from ingest.events.spans import grow_phrase, tokens


def _organizers(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]


# --- a branch body's name holds its town --------------------------------------------------------


def test_a_branch_body_keeps_the_town_said_after_it():
    assert _organizers("نظمت الهيئة الملكية في ينبع ندوة عن الفرص الاستثمارية") == [
        "الهيئة الملكية في ينبع"
    ]
    # a governorate the gazetteer lacks, by its title
    assert _organizers("وتنظم الغرفة التجارية الصناعية في محافظة الأحساء المسابقة") == [
        "الغرفة التجارية الصناعية في محافظة الأحساء"
    ]


def test_a_body_that_is_no_branch_or_names_its_town_stops_before_in():
    # a university is no branch: "في الرياض" is where it holds the event
    assert _organizers("نظمت جامعة الملك سعود في الرياض مؤتمرا عن الطاقة") == ["جامعة الملك سعود"]
    # "بجدة" is already the branch's town
    assert _organizers("نظمت الغرفة التجارية بجدة في الرياض ورشة") == ["الغرفة التجارية بجدة"]


# --- a capital said by its country's adjective --------------------------------------------------


def test_the_capital_by_its_adjective_is_the_capitals_town():
    found = places.capital_mentions(
        "اختتم مهرجان القصيدة أمس دورته العاشرة في العاصمة البريطانية، وسط"
    )
    assert [(p.text, p.code, p.name_en) for p in found] == [("العاصمة البريطانية", "GB", "London")]
    # a town named after it is read as itself
    assert places.capital_mentions("يقام المعرض في العاصمة الفرنسية باريس") == []


def test_an_event_in_a_capital_said_by_its_adjective_takes_the_capital_the_article_names():
    text = (
        "اختتم مهرجان القصيدة العالمي مساء الخميس دورته العاشرة في العاصمة البريطانية، "
        "وامتدت أمسياته خمسة أيام وحضرها شعراء من أفغانستان وإيران.\n"
        "ويقام المهرجان في لندن منذ عشرين عاما."
    )
    title = "مهرجان القصيدة العالمي في العاصمة البريطانية"
    card = extract_events("d", text, title, "2015-07-31")[0]
    assert (card.city, card.country) == ("لندن", "GB")
    # not named: the capital as the article says it, not a country its guests came from
    alone = text.split("\n")[0]
    card = extract_events("d", alone, title, "2015-07-31")[0]
    assert (card.city, card.city_en, card.country) == ("العاصمة البريطانية", "London", "GB")


# --- the town said to host it ------------------------------------------------------------------


def test_the_town_said_to_host_the_event_wins_over_the_region_beside_its_name():
    text = (
        "عقدت اللجنة التنفيذية لمعرض «الخيل العربية» اجتماعها لمراجعة الاستعدادات.\n"
        "وكانت اللجنة قد أقرت إقامة المعرض هذا العام بمنطقة المدينة المنورة على أن تستضيفه "
        "محافظة ينبع في شهر ذي القعدة المقبل.\n"
        "وأوضحت اللجنة أن النسخة الثانية من المعرض بمنطقة المدينة المنورة ستشهد مشاركة أوسع."
    )
    card = extract_events("d", text, "معرض الخيل العربية", "2015-07-25")[0]
    assert card.city == "ينبع"


# --- a blessing is no country -------------------------------------------------------------------


def test_with_blessings_is_not_yemen():
    text = "أعاده الله على الجميع باليمن والبركات"
    assert [c.code for c in places.find_countries(text)] == []
    assert [c.code for c in places.find_countries("وصل الوفد إلى اليمن أمس")] == ["YE"]


# --- a line break ends a name -------------------------------------------------------------------


def test_a_caption_line_ends_the_event_name_before_the_next_line():
    text = "جانب من فعاليات ملتقى النخيل\nقدم ملتقى النخيل الثقافي الخامس في يومه الثالث"
    found = [m.text for m in names.find_names(text)]
    assert found == ["ملتقى النخيل", "ملتقى النخيل الثقافي الخامس"]
    toks = tokens(text)
    k = next(i for i, t in enumerate(toks) if t.text == "ملتقى")
    assert "\n" not in text[toks[k].start : toks[grow_phrase(text, toks, k) - 1].end]


# --- other editions and their dates -------------------------------------------------------------


def test_a_count_before_a_range_of_days_is_not_a_day():
    found = find_dates("والمؤتمر 12 من 7 ــ 9 ذي الحجة 1433هـ عن التعليم", "2015-07-21")
    assert [(d.text, d.start_date, d.end_date) for d in found] == [
        ("7 ــ 9 ذي الحجة 1433هـ", "2012-10-23", "2012-10-25")
    ]


def test_a_definite_head_with_a_bare_number_names_that_edition():
    editions = [(m.text, m.edition) for m in names.find_names("وهو المؤتمر 16 لمؤتمرات مكة")]
    assert editions == [("المؤتمر 16", 16)]
    # a count after the head is its length, not an edition
    assert [m.edition for m in names.find_names("ويستمر الملتقى 3 أيام")] == [None]
    # "الثالث من 8 ــ 9": the days follow, it is still the third edition
    assert [m.edition for m in names.find_names("وعقد المؤتمر الثالث من 8 ــ 9 ذي القعدة")] == [3]


def test_the_dates_of_earlier_editions_in_a_history_are_not_the_events():
    text = (
        "تنظم جمعية الناشرين مؤتمر الكتاب والنشر الرقمي من 5 ــ 6 ذي الحجة المقبل في مقر "
        "الجمعية، وهو المؤتمر 16 لمؤتمرات الجمعية السنوية.\n"
        "وأوضح الأمين العام أن المؤتمر يناقش خمسة محاور.\n"
        "وكان المؤتمر الثاني قد عقد من 8 ــ 10 ذي الحجة 1424هـ، والمؤتمر 15 من 4 ــ 5 ذي "
        "الحجة 1435هـ."
    )
    card = extract_events("d", text, "الجمعية تنظم مؤتمر الكتاب والنشر الرقمي", "2015-07-21")[0]
    assert card.edition == 16
    assert card.start_date == "2015-09-18"


# --- patrons: the King's style, a post said again, another noun's patronage ---------------------


def _patrons(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "patron"]


def test_the_kings_style_stays_with_his_name_and_his_brothers_end_it():
    # the patron as the article writes him after "برعاية" (an earlier round dropped the style;
    # two sets labelled since write it, as the shared set's guide has patrons "with long
    # honorifics")
    found = _patrons(
        "يقام الملتقى برعاية خادم الحرمين الشريفين الملك فهد بن سعود وإخوانه قادة دول المجلس"
    )
    assert found == ["خادم الحرمين الشريفين الملك فهد بن سعود"]
    # with no name after it, the style is who the patron is
    assert _patrons("يقام المعرض برعاية خادم الحرمين الشريفين، ويستمر") == ["خادم الحرمين الشريفين"]


def test_a_post_said_again_is_not_a_second_patron():
    text = (
        "افتتح الأمير خالد الفيصل معرض «رواد الطائف» في محافظة الطائف مساء أمس، برعاية "
        "الأمير خالد الفيصل.\n"
        "وأشاد رئيس البلدية برعاية سمو أمير منطقة مكة المكرمة لهذا المعرض."
    )
    card = extract_events("d", text, "افتتاح معرض رواد الطائف", "2015-07-21")[0]
    assert card.patrons == ["الأمير خالد الفيصل"]


def test_patronage_in_a_relative_clause_of_another_noun_is_not_the_events():
    text = (
        "اختتم مؤتمر الإنقاذ أعماله في الرياض أمس برعاية وزير الخارجية.\n"
        "وترحيبا بالمحادثات التي تجري برعاية الجامعة العربية أكد المؤتمر دعمه لها."
    )
    card = extract_events("d", text, "اختتام مؤتمر الإنقاذ في الرياض", "2015-07-21")[0]
    assert "الجامعة العربية" not in card.patrons


def test_governorates_news_names_more_than_their_towns_are_towns():
    text = (
        "تتواصل فعاليات مهرجان الأحساء الصيفي للأسرة في دورته الثالثة في الأحساء وسط إقبال "
        "كبير، وتنظمه أمانة الأحساء."
    )
    card = extract_events("d", text, "مهرجان الأحساء الصيفي للأسرة يواصل فعالياته", "2015-07-24")[0]
    assert (card.city, card.country) == ("الأحساء", "SA")
    assert places.city_of_word("الاحساء") is not None


# --- a long quotation is speech, a canal's town is no place -------------------------------------


def test_a_long_quotation_after_a_head_is_speech_not_its_title():
    text = (
        "وقال المدير إن المعرض «يبرز اهتمام الأجداد بالزراعة على ضفاف النيل منذ آلاف السنين "
        "ودور الفلاح في بناء الحضارة» منذ افتتاحه."
    )
    assert [m.text for m in names.find_names(text)] == ["المعرض"]
    assert [m.text for m in names.find_names("افتتح المعرض التشكيلي «رواد الفن» أمس")] == [
        "المعرض التشكيلي «رواد الفن»"
    ]
    # a long title opens with a noun, not a verb (a noun in ت too: "تنمية")
    title = "«تنمية مهارات الشباب السعوديين من أجل مشاركة أوسع في العمل التطوعي والخيري بالمنطقة»"
    assert [m.text for m in names.find_names(f"أقامت الجمعية ورشة عمل {title} أمس")] == [
        f"ورشة عمل {title}"
    ]


def test_a_town_after_canal_or_channel_is_that_canals_name():
    text = "افتتح الوزير معرض «آثار على ضفاف قناة السويس» في المتحف المصري بالقاهرة"
    name = (text.index("معرض"), text.index("»") + 1)  # a town the name holds counts, but
    assert [p.text for p in places.find_cities(text, within=(name,))] == ["القاهرة"]


# --- bodies named with an event noun; the verbal noun of holding says no tense -----------------


def test_bodies_named_with_an_event_noun_are_no_events():
    for text in (
        "استقبل أمير المنطقة رئيس الندوة العالمية للشباب الإسلامي في مكتبه",
        "بحث الوزير التعاون بين المركز و«المؤتمر الإسلامي» في جدة",
        "أعلن حزب المؤتمر الشعبي العام موقفه",
    ):
        assert names.find_names(text) == [], text
    found = names.find_names("انطلق المؤتمر الإسلامي الدولي الثالث في جدة")
    assert [m.text for m in found] == ["المؤتمر الإسلامي الدولي الثالث"]


def test_the_verbal_noun_of_holding_is_no_past_tense():
    decided = find_dates("تقرر إقامة ملتقى الرواية في 7 محرم لمدة ثلاثة أيام", "2015-08-06")
    assert [(d.start_date, d.end_date) for d in decided] == [("2015-10-20", "2015-10-22")]
    held = find_dates("أقامت الجمعية ملتقى الرواية في 7 محرم", "2015-08-06")
    assert [d.start_date for d in held] == ["2014-10-31"]


def test_a_body_name_ends_before_its_own_premises():
    text = "تقيم غرفة حائل بمقرها اليوم معرضا للمنتجات اليدوية"
    assert _organizers(text) == ["غرفة حائل"]


# --- lists of bodies, and a body said again by its noun ----------------------------------------


def test_a_body_after_and_is_one_more_body_not_the_participle():
    text = "تعقد جامعة الملك خالد والمنظمة العربية للتربية غدا الملتقى الأول للمعلمين"
    assert _organizers(text) == ["جامعة الملك خالد", "المنظمة العربية للتربية"]


def test_a_long_list_of_bodies_keeps_its_last_name_whole():
    text = (
        "تم تنظيمه بالتعاون بين الجمعية السعودية لطب الأطفال وصحة المراهقين والمكتب التنفيذي "
        "لمجلس وزراء التعليم لدول الخليج العربية ووزارة التعليم السعودية والمركز الوطني للتوحد "
        "يناقش"
    )
    assert _organizers(text)[-1] == "المركز الوطني للتوحد"


def test_a_body_noun_alone_is_the_body_the_article_named_before():
    text = (
        "في إطار جهود الأمانة العامة لاتحاد الناشرين العرب لتشجيع القراءة، ينظم الاتحاد "
        "بالتعاون مع جمعية الكتاب المغاربة معرض «كتاب الطفل» في أكتوبر القادم"
    )
    assert _organizers(text) == ["اتحاد الناشرين العرب", "جمعية الكتاب المغاربة"]
    # named by its noun only ("للرابطة الدكتور …"), or never: no body
    assert (
        _organizers("وقال الأمين العام للرابطة الدكتور خالد إن الملتقى تنظمه الرابطة سنويا") == []
    )


def test_organized_by_after_and_or_as_a_bodys_activity():
    text = (
        "يقام ملتقى الشعر الشعبي الشهر المقبل برعاية محافظ تبوك، وتنظيم من نادي تبوك الأدبي، الذي"
    )
    assert _organizers(text) == ["نادي تبوك الأدبي"]
    text = "ويستمر المعرض أسبوعا كاملا، ويأتي ضمن أنشطة وبرامج جمعية المصورين بعرعر التي تهدف"
    assert _organizers(text) == ["جمعية المصورين بعرعر"]
    # a body must follow: "ضمن برامج الصيف" names none
    assert _organizers("وتأتي الأمسية ضمن برامج الصيف المتنوعة") == []


def test_a_name_ends_before_what_the_event_called_for():
    text = "طالب ملتقى رواد الأعمال السعودي الكوري بمواجهة المنافسة العالمية بتطوير الصناعات"
    assert [m.text for m in names.find_names(text)] == ["ملتقى رواد الأعمال السعودي الكوري"]
    # "بمحافظة" is a place, handled as one (not a verbal noun)
    assert [m.text for m in names.find_names("أقيم مهرجان صفري بيشة أمس")] == ["مهرجان صفري بيشة"]
    # a verbal noun of the pattern تفعلة: "بتهنئة …" says what the speeches did (from an
    # archive article nobody here tuned on; the sentence is invented)
    text = "وألقيت كلمات في الحفل الخطابي بتهنئة القيادة بعيد الفطر"
    assert [m.text for m in names.find_names(text)] == ["الحفل الخطابي"]
    # (guard) a town of that shape is a place, not a verbal noun
    assert [m.text for m in names.find_names("أقيم مهرجان الربيع بتنومة أمس")] == ["مهرجان الربيع"]


def test_getting_ready_to_present_an_exhibition_announces_it():
    text = (
        "تستعد جماعة الخط العربي بالجبيل لتقديم معرض فني تشكيلي يحتفي باليوم الوطني، "
        "حيث أوضح رئيس الجماعة أن تفاصيل المعرض ستعلن قريبا."
    )
    cards = extract_events("d", text, "معرض تشكيلي لليوم الوطني في الجبيل", "2015-08-09")
    assert [c.name for c in cards] == ["معرض فني تشكيلي"]


def test_a_programme_of_a_campaign_is_no_event_of_its_own():
    text = (
        "دشن مدير التعليم في مكتبه حملة «يدا بيد» التي يقيمها مركز الإرشاد الأسري بالأحساء، "
        "برعاية محافظ الأحساء.\n"
        "واطلع على خطة الحملة التي تبدأ بأول برامجها، وهي: المسابقة الثقافية عن آداب الحوار، "
        "وتبلغ جوائز المسابقة 20 ألف ريال."
    )
    assert extract_events("d", text, "مدير التعليم يدشن حملة يدا بيد", "2015-08-06") == []


def test_a_compound_ordinal_at_the_end_of_a_question_is_read_whole():
    from ingest.events.names import ordinal_at
    from language.analyzer import normalize

    toks = tokens(normalize("كم يستمر المنتدى في دورته السابعة والثلاثين"))
    assert [ordinal_at(toks, i) for i in range(len(toks)) if ordinal_at(toks, i)] == [(37, 2)]


def test_a_centre_after_bi_and_the_article_is_a_venue_not_a_rank():
    text = "أقيم المعرض بالمركز الثقافي الملكي بعمّان بقاعة الفنون الكبرى، ويستمر ثلاثة أيام"
    found = [text[a:b] for a, b in places.find_venues(text)]
    assert found[0] == "المركز الثقافي الملكي"
    assert places.find_venues("وجاء الفريق بالمركز الأول في المسابقة") == []


def test_an_arabic_spelling_a_small_namesake_holds_is_the_famous_towns():
    # geonames lists "برمنغهام" and "برمنجهام" for two Birminghams in the United States
    assert places.city_of_word("برمنغهام").country == "GB"
    assert places.city_of_word("برمنجهام").country == "GB"


def test_a_small_number_closing_a_quoted_title_counts_its_editions():
    found = names.find_names('تنطلق فعاليات مهرجان "من أجل مكة 4" التوعوي غدا')
    assert [(m.text, m.edition) for m in found] == [('مهرجان "من أجل مكة 4" التوعوي', 4)]
    # "«جدة 36»" is the Hijri year 1436, no edition
    assert [m.edition for m in names.find_names("انطلق مهرجان «جدة 36» أمس")] == [None]


def test_a_title_names_an_event_its_name_only_describes():
    text = (
        "نبهت ندوة صحية إلى مخاطر الحميات السريعة.\n"
        "وتحدث الأطباء عن عادات شائعة خلال ندوة صحية بعنوان «أخطاء شائعة في التغذية» نظمت "
        "أمس في جدة ضمن فعاليات الملتقى الصيفي."
    )
    card = extract_events("d", text, "ندوة تنبه إلى مخاطر الحميات", "2015-08-11")[0]
    assert (card.name, card.slogan) == ("أخطاء شائعة في التغذية", "أخطاء شائعة في التغذية")


def test_a_markets_secretariat_is_no_towns_municipality():
    # "أمانة" + a word is a town's municipality ("أمانة الأحساء"), not a market's ("أمانة سوق
    # عكاظ", the festival's own secretariat), even where the article says "في سوق …"
    text = (
        "في حفل افتتاح سوق عكاظ بعد غد الأربعاء، تقدم فرقة المسرح الوطني مسرحية «ليالي البادية» "
        "عن حياة الرعاة في الجزيرة، ويقام العرض في سوق عكاظ. وأعلنت أمانة سوق عكاظ أن العرض "
        "يستمر أربعة أيام بمشاركة 50 ممثلا."
    )
    cards = extract_events("x", text, title="عرض مسرحي بسوق عكاظ", published="2015-08-10")
    assert [(c.name, c.city) for c in cards] == [("سوق عكاظ", None)]
