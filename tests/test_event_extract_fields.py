"""Each offline event extractor on short real-style sentences (names, places, bodies, content)."""

from __future__ import annotations

from ingest.events import bodies, content, names, places
from ingest.events.extract import extract_events
from ingest.events.spans import tokens


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def _venues(text: str) -> list[str]:
    return [text[s:e] for s, e in places.find_venues(text)]


# --- names, kinds, editions --------------------------------------------------------------------


def test_name_runs_over_modifiers_and_stops_at_the_date():
    text = "تحتضن النسخة الثالثة من الملتقى الدولي حول المدن الذكية يومي 10 و 11 أبريل 2025."
    (mention,) = names.find_names(text)
    assert mention.text == "الملتقى الدولي حول المدن الذكية"
    assert mention.kind == "forum"
    assert text[mention.start : mention.end] == mention.text


def test_a_name_ends_after_its_quoted_title_unless_an_adjective_or_a_year_follows():
    assert _names("واصل مهرجان «ليالي الواحة» بإقبال كبير من الزوار")[0] == "مهرجان «ليالي الواحة»"
    assert _names("عقدت اللجنة التنفيذية لمعرض (تراث الأجداد) اجتماعاً أمس")[0] == (
        "معرض (تراث الأجداد)"
    )
    # adjectives, genitive phrases, years and a second title still belong to it
    assert _names("افتتح معرض «ألوان البحر» الفوتوغرافي الدولي للهواة أمس")[0] == (
        "معرض «ألوان البحر» الفوتوغرافي الدولي للهواة"
    )
    assert _names('زار الوفد معرض "مدار" للفضاء والفلك "الرياض 2040" أمس')[0] == (
        'معرض "مدار" للفضاء والفلك "الرياض 2040"'
    )


def test_rabi_alone_is_spring_not_a_hijri_month():
    assert _names("افتتح مهرجان ربيع بريدة أمس في ساحة العيد")[0] == "مهرجان ربيع بريدة"
    assert _names("يقام المعرض في ربيع الأول المقبل")[0] == "المعرض"


def test_a_masculine_head_takes_no_feminine_adjective_and_no_object():
    # "فعاليات المهرجان المختلفة": the adjective is the activities', not the festival's
    assert _names("يستمتع الزوار بفعاليات المهرجان المختلفة كل مساء")[0] == "المهرجان"
    # "تضمن الملتقى شباباً": an accusative word after the name is the verb's object
    assert _names("وتضمن ملتقى الشباب الصيفي عروضاً مسرحية")[0] == "ملتقى الشباب الصيفي"


def test_kind_comes_from_the_head_noun():
    kinds = {m.text: m.kind for m in names.find_names("افتتح مهرجان العسل الدولي الثامن.")}
    assert kinds == {"مهرجان العسل الدولي الثامن": "festival"}
    assert names.find_names("انطلقت قمة المدن الذكية")[0].kind == "summit"
    assert names.find_names("ورشة العمل الاستطلاعية الرابعة")[0].kind == "workshop"


def test_name_keeps_a_quoted_title_after_the_head():
    text = "بلغ عدد رواد مهرجان ينبع الرابع «بحرنا بهجة» المقام على الكورنيش الجنوبي"
    assert _names(text)[0] == "مهرجان ينبع الرابع «بحرنا بهجة»"


def test_a_predicate_after_a_definite_head_is_not_part_of_the_name():
    (mention,) = names.find_names("المهرجان ملائم لجميع أفراد العائلة")
    assert mention.words == 0 and mention.text == "المهرجان"


def test_a_noun_with_a_first_lam_after_a_definite_head_is_an_object():
    """ "لوحة" (a painting) starts with the letter of the preposition ل; after "للمهرجان" it is
    what the festival showed, not a "ل" phrase of the name ("المهرجان للتراث")."""
    text = "وقدمت الفرق المصاحبة للمهرجان لوحة غنائية عن الوطن"
    assert _names(text) == ["مهرجان"]
    assert _names("وانطلق المهرجان للتراث الشعبي أمس") == ["المهرجان للتراث الشعبي"]


def test_name_ends_before_a_relative_verb():
    assert _names("على هامش ندوة نظمتها جمعية المصرفيين العرب")[0] == "ندوة"


def test_name_ends_before_the_city_it_is_held_in():
    assert _names("محور ندوة دولية ببركان")[0] == "ندوة دولية"


def test_edition_from_an_ordinal_inside_the_name():
    assert names.find_names("مهرجان الصيف الدولي الثالث عشر")[0].edition == 13
    assert names.find_names("المؤتمر الدولي الـ 14 للانتقال نحو المياه المستدامة")[0].edition == 14
    assert names.find_names("الملتقى الخليجي الأول للمتداولين")[0].edition == 1


def test_edition_cue_next_to_the_event_and_not_an_earlier_one():
    text = "تنطلق فعاليات قمة المدن الذكية في نسختها الخامسة برعاية الوزير"
    value, (start, end) = names.edition_near(text, text.index("قمة"))
    assert value == 5 and text[start:end] == "نسختها الخامسة"
    assert names.edition_near("تأتي بعد نجاح النسخة الرابعة في عام 2019", 0) is None


def test_an_edition_by_number_or_by_a_pronoun_later_in_the_sentence():
    assert names.edition_near("كان ضيف الدورة 47 لمهرجان الواحة للفنون الذي يختتم", 25)[0] == 47
    text = (
        "أعلن مهرجان الخليج للأفلام اليوم الإثنين تحديد يوم التاسع من ديسمبر المقبل موعدا "
        "لانطلاق دورته الـ 12 في دبي."
    )
    assert names.edition_near(text, 5)[0] == 12
    # a year is no edition, and "دورته" of another sentence is not this event's
    assert names.edition_near("أقيم المعرض للعام 2015 في الرياض", 5) is None
    text = "افتتح معرض الكتاب أمس في جدة بحضور الأمير وعدد من الأدباء والمثقفين. وقال رئيس النادي إن دورته العاشرة …"
    assert names.edition_near(text, 5) is None
    # "لهذا العام" after the ordinal is when, not whose edition
    text = "ناقشت اللجنة برنامج المهرجان في دورته السابعة لهذا العام"
    assert names.edition_near(text, text.find("المهرجان"))[0] == 7


def test_an_edition_said_as_a_printing_a_round_number_or_the_times_it_is_held():
    for text, value in (
        ("ينطلق مهرجان الموسيقى الأندلسية في طبعته الرابعة بمدينة فاس", 4),
        ("تنطلق الدورة الثلاثين لمهرجان المسرح العربي في القاهرة", 30),
        ("يقام مهرجان الحي الصيفي للعام الثالث على التوالي في حديقة البلدية", 3),
        ("تستضيف الحديقة مهرجان الرطب للمرة السادسة بمشاركة المزارعين", 6),
    ):
        assert names.edition_near(text, text.index("مهرجان") + 1)[0] == value, text
    # "للعام الثالث" alone counts years of something else; a first time is often a part's
    assert names.edition_near("يقام مهرجان الحي وهو للعام الثالث يشارك فيه الطلاب", 5) is None
    text = "ويشهد مهرجان الحي للمرة الأولى عروضا للسيرك"
    assert names.edition_near(text, 5) is None


def test_english_ordinals():
    assert names.ordinal_at(tokens("3rd"), 0) == (3, 1)
    assert names.ordinal_at(tokens("fifth"), 0) == (5, 1)


def test_editions_of_one_series_share_a_series_id_across_head_nouns():
    """The Berkane symposium (2024) and forum (2025) are one series; Casablanca's is another."""
    symposium = names.series_id(
        "ندوة الدولية حول المدن الذكية", "symposium", "بركان", "Berkane", "MA"
    )
    forum = names.series_id("الملتقى الدولي حول المدن الذكية", "forum", "بركان", "Berkane", "MA")
    casablanca = names.series_id(
        "ملتقى المدينة الذكية للدار البيضاء", "forum", "الدار البيضاء", "Casablanca", "MA"
    )
    assert symposium == forum
    assert forum.startswith("berkane-")
    assert casablanca.startswith("casablanca-") and casablanca != forum
    assert names.event_id(forum, 3, "2025") == f"{forum}-3"
    assert names.event_id(forum, None, "2025") == f"{forum}-2025"


# --- places ------------------------------------------------------------------------------------


def test_city_needs_a_locative_and_resolves_to_country_and_english_name():
    (city,) = places.find_cities("تستعد مدينة بركان لتكون مركزاً عالمياً")
    assert (city.text, city.code, city.name_en) == ("بركان", "MA", "Berkane")
    (jeddah,) = places.find_cities("منتدى يقام بجدة")
    assert (jeddah.text, jeddah.code) == ("جدة", "SA")


def test_common_words_that_are_also_city_names_are_not_cities():
    assert places.find_cities("كان الحضور في المدينة كبيرا، وقال بن علي إن") == []
    for text in (
        "قدم المحامي دورة بعنوان (غرد بأمان) للشباب",
        "ورشة عن أسس التناسب في العمارة الإسلامية",
        "المهرجان المقام في حديقة سحاب",
        "ضمن مهرجان قلعة صلاح الدين للموسيقى",
    ):
        assert places.find_cities(text) == [], text
    # "البحري" is an adjective, even though "بحري" alone is a town in the gazetteer
    text = (
        "استعاد كبار السن ذكريات الماضي في محافظة الساحل ضمن أيام مهرجان التراثي البحري "
        "وأنشطته العديدة. وافتتح المهرجان بسباق للقوارب الشراعية أمس."
    )
    (card,) = extract_events("x", text, title="مهرجان التراثي البحري", published="2015-07-25")
    assert card.city != "البحري"


def test_a_saudi_region_that_names_a_foreign_town_in_the_gazetteer_is_saudi():
    # geonames knows "الجوف" only as a Libyan town; Arabic news means the Saudi region
    (found,) = places.find_cities("اختتمت أمس فعاليات المهرجان في منطقة الجوف بمشاركة واسعة")
    assert (found.text, found.code, found.name_en) == ("الجوف", "SA", "Al Jawf")


def test_country_names_from_cldr():
    codes = [c.code for c in places.find_countries("تقدم مملكة البحرين في مجال المدن الذكية")]
    assert codes == ["BH"]
    assert places.country_names("MA") == ("المغرب", "Morocco")


def test_venue_after_a_hosting_verb_and_before_the_city():
    text = "الحدث الذي يحتضنه فندق حياة ريجنسي ُيعد من أبرز الفعاليات"
    assert _venues(text) == ["فندق حياة ريجنسي"]
    text = "في متنزه غابة رغدان بالباحة"
    assert _venues(text) == ["متنزه غابة رغدان"]


# --- bodies ------------------------------------------------------------------------------------


def _roles(text: str) -> list[tuple[str, str]]:
    return [(b.role, b.text) for b in bodies.find_bodies(text)]


def test_a_venue_ends_at_a_missing_space_and_before_what_is_held_there():
    text = "يقام بمركز الواحة للمعارض.وناقشت اللجنة البرنامج"
    assert _venues(text) == ["مركز الواحة للمعارض"]
    assert _venues("يقام بحديقة الأمير سلطان إقامة معرض للصور") == ["حديقة الأمير سلطان"]
    assert _venues("ينطلق الحفل بكورنيش محافظة القنفذة عند الساعة التاسعة") == [
        "كورنيش محافظة القنفذة"
    ]


def test_organizer_after_a_cue_or_a_relative_verb():
    assert _roles("وذلك بتنظيم من شركة الطريق الذكي للاستشارات وبمشاركة من منظمات") == [
        ("organizer", "شركة الطريق الذكي للاستشارات")
    ]
    assert _roles("ورشة العمل التي تنظمها الرئاسة العامة لرعاية الناشئة، ويشرف") == [
        ("organizer", "الرئاسة العامة لرعاية الناشئة")
    ]


def test_an_event_said_to_be_min_tanzim_a_body():
    found = bodies.find_bodies(
        "ويذكر أن المهرجان من تنظيم جمعية الرواد الخيرية، ويستمر خمسة أيام. وأقيم على "
        "هامشه معرض من تنظيم نادي الفنون التشكيلية."
    )
    assert [(b.text, b.role) for b in found] == [
        ("جمعية الرواد الخيرية", "organizer"),
        ("نادي الفنون التشكيلية", "organizer"),
    ]
    # "من تنظيم داعش": from an organization, which organizes no event
    assert bodies.find_bodies("وقال إن المهاجمين من تنظيم داعش قتلوا في الاشتباك.") == []


def test_the_agent_of_a_passive_organizing_verb():
    found = bodies.find_bodies(
        "اختتم ملتقى شباب الواحات الذي نظم من طرف اتحاد الشباب الأفريقي بمشاركة 150 شابا. وشاركت "
        "50 أسرة في الاحتفالات المنظمة من قبل أمانة المدينة."
    )
    assert [(b.text, b.role) for b in found] == [
        ("اتحاد الشباب الأفريقي", "organizer"),
        ("أمانة المدينة", "organizer"),
    ]
    # "من قبل" is also "before": no body follows, no organizer
    assert bodies.find_bodies("وكان المهرجان ينظم من قبل سنوات في الحي القديم.") == []


def test_co_organizers_joined_by_bitta3awun():
    text = "المؤتمر تنظمه جامعة لشبونة للعلوم بالتعاون مع المعهد البرتغالي للطاقة المتجددة."
    assert _roles(text) == [
        ("organizer", "جامعة لشبونة للعلوم"),
        ("organizer", "المعهد البرتغالي للطاقة المتجددة"),
    ]


def test_patron_without_honorifics_and_without_the_role_after_the_name():
    assert _roles("تحت الرعاية السامية لصاحب الجلالة الملك محمد السادس، تستعد") == [
        ("patron", "الملك محمد السادس")
    ]
    text = "برعاية صاحب السمو الملكي الأمير راكان بن ماجد بن عبدالعزيز أمير منطقة الجوف"
    assert _roles(text) == [("patron", "الأمير راكان بن ماجد بن عبدالعزيز")]


def test_the_body_before_an_organizing_verb_whose_object_is_the_event():
    # subject first, as news leads and quotes put it
    assert _roles("وكانت جمعية الفنون البصرية بتيماء قد نظمت المعرض في العام الماضي.") == [
        ("organizer", "جمعية الفنون البصرية بتيماء")
    ]
    assert _roles("وبيّن أن كلية الهندسة هي التي تنظم هذا الملتقى كل عام.") == [
        ("organizer", "كلية الهندسة")
    ]
    assert _roles("«سدايا» تطلق ملتقى البيانات المفتوحة في الخبر.") == [("organizer", "سدايا")]
    # a bare body noun ("الهيئة") names nobody; a body before another verb is no organizer
    assert _roles("وأكد المدير أن الهيئة تنظم المهرجان.") == []
    assert _roles("وزارة الصحة تطلق حملة للتطعيم.") == []


def test_the_body_after_the_event_a_verb_holds():
    text = "وينظم الملتقى كل من نادي الروبوت بالقصيم وجمعية المبرمجين السعوديين."
    assert _roles(text) == [
        ("organizer", "نادي الروبوت بالقصيم"),
        ("organizer", "جمعية المبرمجين السعوديين"),
    ]
    assert _roles("أطلقت الإدارة العامة للأنشطة الطلابية، أمس، فعاليات مهرجان الربيع.") == [
        ("organizer", "الإدارة العامة للأنشطة الطلابية")
    ]
    # "أطلقت الشركة النسخة …": the edition is the object, not a part of the body's name
    assert _roles("وأطلقت المؤسسة النسخة الثالثة من مسابقة الشعر.") == []


def test_quoted_and_coordinated_subjects_of_organizing_verbs():
    assert _roles('المؤتمر الذي نظمه "مختبر الحوسبة الخضراء" في مدينة أوستن.') == [
        ("organizer", "مختبر الحوسبة الخضراء")
    ]
    assert _roles("تستضيف «نيوم» المؤتمر الدولي للطاقة في نسخته الأولى.") == [("organizer", "نيوم")]
    assert _roles("الورشة التي نفذتها لجنة الخط العربي بنادي المدينة الأدبي أمس.") == [
        ("organizer", "لجنة الخط العربي بنادي المدينة الأدبي")
    ]
    # a city that hosts is a place, not a body
    assert _roles("المهرجان الذي تستضيفه القاهرة في أكتوبر.") == []


def test_the_person_thanked_for_sponsoring_is_a_patron():
    text = (
        "وأعرب مدير الملتقى عن شكره لأمير منطقة الجوف الأمير بدر بن سلطان بن عبدالعزيز "
        "على رعايته حفل الافتتاح."
    )
    assert _roles(text) == [("patron", "الأمير بدر بن سلطان بن عبدالعزيز")]
    text = (
        "وقدم رئيس اللجنة الشكر لصاحب السمو الملكي الأمير عزام بن منصور بن عبدالعزيز أمير "
        "منطقة الحدود الشمالية على تفضله برعاية المعرض."
    )
    assert _roles(text) == [("patron", "الأمير عزام بن منصور بن عبدالعزيز")]
    # a sponsoring body after a bare "ورعاية"
    text = "يقام المعرض بتنظيم من نادي الخط، ورعاية البنك الأهلي التجاري، طوال الأسبوع."
    assert ("patron", "البنك الأهلي التجاري") in _roles(text)
    # thanks for something else name no patron
    assert _roles("وشكر المدير الحضور على تفاعلهم مع البرنامج.") == []


def test_the_body_that_holds_the_event_after_a_relative_aqada():
    text = "بدأت أمس ورشة عمل التحكيم التجاري والتي تعقدها المنظمة العربية للتنمية الإدارية"
    assert _roles(text) == [("organizer", "المنظمة العربية للتنمية الإدارية")]
    assert _names("قال في مؤتمر عقدته جمعية الصناع أمس")[0] == "مؤتمر"
    assert _roles("وقعت الشركة عقدها مع الوزارة أمس") == []


def test_a_second_patron_after_the_first_ones_role():
    text = (
        "برعاية وحضور الدكتور سامي الحربي وزير الثقافة في المملكة الأردنية وخالد العمري "
        "الأمين العام للمجلس الوطني للفنون. وتنطلق الندوة مساء اليوم"
    )
    assert _roles(text) == [("patron", "الدكتور سامي الحربي"), ("patron", "خالد العمري")]
    # a clause after the role is no second patron
    text = "برعاية أمين المنطقة الدكتور فهد السالم وأوضح مساعد الأمين أن الحفل يبدأ"
    assert _roles(text) == [("patron", "أمين المنطقة الدكتور فهد السالم")]


def test_a_verb_followed_by_a_person_is_not_an_organizer():
    assert _roles("تنظم محمد علي كلمة في المساء") == []


# --- content -----------------------------------------------------------------------------------


def test_slogan_is_the_quotation_after_the_cue():
    text = "الذي يُنظم تحت شعار “إدارة المدن الذكية في ظل الذكاء الاصطناعي”، إلى جمع"
    assert [s.text for s in content.find_slogans(text)] == [
        "إدارة المدن الذكية في ظل الذكاء الاصطناعي"
    ]


def _slogans(text: str) -> list[str]:
    return [s.text for s in content.find_slogans(text)]


def test_slogans_after_a_colon_in_brackets_and_after_bishi3ar():
    assert _slogans("تشرف عليه الأمانة تحت شعار: «صيفنا معكم أحلى». وقال") == ["صيفنا معكم أحلى"]
    assert _slogans("المؤتمر الأول للسمع تحت شعار (الحياة تواصل) غدا") == ["الحياة تواصل"]
    assert _slogans("ينطلق تحت شعار ((الطائف نبع الورد)) ليأتي") == ["الطائف نبع الورد"]
    assert _slogans("أقام المستشفى معرضا صحيا بشعار «صحتك أولا». وذكر") == ["صحتك أولا"]


def test_the_title_of_a_course_or_a_study_is_not_the_events_slogan():
    assert _slogans("ستكون الأولى بعنوان «فن الإلقاء»، والثانية بعنوان «كيف تدير حوارا»") == []
    assert _slogans("تبدأ مساء اليوم بدورة بعنوان (فن الإقناع) يقدمها المدرب") == []
    assert _slogans("لمناقشة نتائج دراسة بعنوان «سرقة السيارات» من إعداد الباحث") == []
    # an edition's or a workshop's own title still is
    assert _slogans("ينعقد الملتقى في دورته الثانية بعنوان «المدن الذكية»") == ["المدن الذكية"]
    assert _slogans("ورشة العمل الأولى بعنوان «التخطيط الحضري»") == ["التخطيط الحضري"]


def test_figures_are_numbers_with_what_they_count():
    found = content.find_figures("من خلال استضافة أكثر من 20 متحدث وخبير، و6 جلسات نقاشية")
    assert [(f.value, f.counts) for f in found] == [(20, "متحدث"), (6, "جلسات")]


def test_a_list_of_co_organizers_gives_one_value_each():
    text = (
        "بالشراكة بين الجمعية السعودية لطب العيون والمكتب الفني لمجلس وزراء الزراعة لدول "
        "مجلس التعاون ووزارة الثقافة."
    )
    assert [b.text for b in bodies.find_bodies(text)] == [
        "الجمعية السعودية لطب العيون",
        "المكتب الفني لمجلس وزراء الزراعة لدول مجلس التعاون",
        "وزارة الثقافة",
    ]


def test_no_dangling_conjunction_and_no_hosting_city_as_organizer():
    # no dangling "و" on the first body; the quoted brand after it is a second one (the gold
    # annotation lists such a brand as an organizer)
    assert _roles("وتنظمه كل من الغرفة التجارية الصناعية بأبها و» DXC «.") == [
        ("organizer", "الغرفة التجارية الصناعية بأبها"),
        ("organizer", "DXC"),
    ]
    assert _roles("تستضيف مدينة الدمام فعاليات المنتدى الإقليمي") == []


def test_topics_from_a_bulleted_or_an_inline_list_of_axes():
    bullets = "ستتم مناقشة محاور رئيسية تشمل:\n- ديناميات التحول الرقمي.\n- تطوير البنى التحتية الذكية.\nومن أبرز"
    assert [t.text for t in content.find_topics(bullets)] == [
        "ديناميات التحول الرقمي",
        "تطوير البنى التحتية الذكية",
    ]
    inline = "يناقش الملتقى المحاور الرئيسية في مقدمتها محور الأمن الذكي، الحوكمة الذكية، ومحور البيئة الذكية."
    assert [t.text for t in content.find_topics(inline)] == [
        "الأمن الذكي",
        "الحوكمة الذكية",
        "البيئة الذكية",
    ]


def test_a_title_silent_on_the_event_raises_the_bar():
    from ingest.events.gate import Cluster, is_event
    from language.analyzer import normalize

    festival = Cluster("festival", normalize("مهرجان"), topic={"ابه"}, score=6.0, cues=2)
    assert is_event(festival, facts=1, title="انطلاق مهرجان أبها للتسوق")
    assert is_event(festival, facts=1, title="")  # no title known: the plain bar
    assert not is_event(festival, facts=1, title="قرية رجال تتأهب للانضمام لقائمة التراث")


def test_the_subject_of_a_relative_organizing_verb_is_an_organizer_of_any_kind():
    text = "مهرجان الصيف الذي تنظمه بلدة المطيرفي بالتعاون مع فريق أهالينا التطوعي وتحت متابعة"
    assert _roles(text) == [
        ("organizer", "بلدة المطيرفي"),
        ("organizer", "فريق أهالينا التطوعي"),
    ]
    assert _roles("الذي ينظمه قسم المسرح بجامعة المنصورة سنويًا بمشاركة ممثلين") == [
        ("organizer", "قسم المسرح بجامعة المنصورة")
    ]
    assert _roles("تشمل أنظمة الحوكمة الذكية والأنظمة الاجتماعية") == []  # "أنظمة" is no verb


def test_warayat_needs_a_person_after_it():
    text = "بدعم ومتابعة ورعاية صاحب السمو الملكي الأمير نواف بن سلمان بن عبدالعزيز أمير تبوك"
    assert _roles(text) == [("patron", "الأمير نواف بن سلمان بن عبدالعزيز")]
    assert _roles("تقديرا لدعمها ورعاية المهرجان كناقل بري") == []


def test_people_with_the_role_the_article_gives():
    from ingest.events import people

    text = (
        "وأكدت وزيرة التضامن والادماج الاجتماعي والأسرة، عواطف حيار، على أهمية هذه الندوة. "
        "وقال السيد محمد الجواهري، المدير العام لشركة الدار البيضاء للتنشيط والتظاهرات: إن"
    )
    assert [(p.name, p.role) for p in people.find_people(text)] == [
        ("عواطف حيار", "وزيرة التضامن والادماج الاجتماعي والأسرة"),
        ("محمد الجواهري", "المدير العام لشركة الدار البيضاء للتنشيط والتظاهرات"),
    ]
    assert people.split_role("أمين محافظة الطائف الدكتور سامي بن خالد الغامدي") == (
        "الدكتور سامي بن خالد الغامدي",
        "أمين محافظة الطائف",
    )


def test_a_body_name_ends_before_a_count_or_an_adverbial():
    text = (
        "ويستقبل المؤتمر الذي تنظمه هيئة الإمارات للمواصفات بالتعاون مع شركة ميسي فرانكفورت "
        "لتنظيم المعارض أكثر من 200 مسؤول. وفي مهرجان الفرح الذي تنظمه بلدية رنية "
        "احتفالاً بعيد الأضحى المبارك أطرب المنشد الحضور."
    )
    found = [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]
    assert found == [
        "هيئة الإمارات للمواصفات",
        "شركة ميسي فرانكفورت لتنظيم المعارض",
        "بلدية رنية",
    ]


def test_a_count_or_a_demonstrative_is_not_a_body():
    text = (
        "فعاليات مهرجان صيف الباحة التي ينظمها عدد من الجهات الحكومية. وبدأت اللجنة "
        "بتنظيم هذا المهرجان. والمسابقة التي تنظمها بشكل سنوي."
    )
    assert [b.text for b in bodies.find_bodies(text)] == []


def test_the_event_a_body_holds_and_what_follows_a_patron_are_not_part_of_the_name():
    text = (
        "وفي منطقة الباحة أقامت أمانة المنطقة احتفالية بهيجة. ويأتي الملتقى برعاية كريمة من "
        "جامعة الطائف واستضافة جامعة مانشستر. والمعرض يحظى برعاية واهتمام د. فيصل "
        "القحطاني مدير الجامعة."
    )
    found = [(b.text, b.role) for b in bodies.find_bodies(text)]
    assert found == [
        ("أمانة المنطقة", "organizer"),
        ("جامعة الطائف", "patron"),
        ("د. فيصل القحطاني", "patron"),
    ]


def test_a_venue_ends_before_a_clause_and_is_never_a_workplace_or_a_thing_seen():
    assert _venues("عروض على المسرح الخارجي بقيادة فرقة نجوم الساحل") == ["المسرح الخارجي"]
    assert _venues("بقاعة المؤتمرات بالمجلس بمدينة القاهرة") == ["قاعة المؤتمرات بالمجلس"]
    assert _venues("الأستاذ المشارك للأدب الحديث بجامعة الملك سعود") == []
    assert _venues("واطلع على مكتبة الملك عبدالعزيز المتنقلة") == []
    assert _venues("يتابع تقديم الفعاليات في قرية المهرجان") == []


def test_a_province_in_a_title_is_not_the_city_but_a_capital_with_its_adjective_is():
    assert places.find_cities("يرعى أمير منطقة مكة المكرمة حفل الافتتاح") == []
    (tokyo,) = places.find_cities("افتتح الوزير في العاصمة اليابانية طوكيو اليوم المنتدى")
    assert (tokyo.text, tokyo.code) == ("طوكيو", "JP")


def test_the_country_a_guest_comes_from_is_not_the_events():
    text = (
        "يفتتح معرض ملتقى الخزف الثالث يوم الثلاثاء 14 أبريل 2015 بقاعة الفنون الغربية، "
        "ويشارك كضيف شرف الخطاط عثمان الأمين من السودان."
    )
    (card,) = extract_events("x", text, title="معرض ملتقى الخزف الثالث")
    assert card.country != "SD"


def test_countries_in_a_list_or_a_comparison_are_not_the_events():
    text = (
        "افتتح أمس معرض الأسر المنتجة الخامس بقاعة الغرفة التجارية، وقالت المشرفة إن "
        "منتجات الأسر صارت تصل إلى فرنسا والبحرين والكويت، كجمهورية مصر من قبل."
    )
    (card,) = extract_events("x", text, title="معرض الأسر المنتجة الخامس")
    assert card.country is None
    # one country said where the event is still counts
    moved = text.replace("بقاعة الغرفة التجارية", "في الأردن")
    (card,) = extract_events("x", moved, title="معرض الأسر المنتجة الخامس")
    assert card.country == "JO"
    assert places.find_cities("قاد الجيش في ميدان المعركة") == []


def test_name_runs_over_nahwa_before_its_object():
    text = "دعا المؤتمر الدولي الـ 9 للتحول نحو الزراعة الذكية الذى اختتم جلساته أمس"
    assert _names(text)[0] == "المؤتمر الدولي الـ 9 للتحول نحو الزراعة الذكية"


def test_a_body_name_ends_at_the_event_it_holds_and_a_lone_body_noun_is_no_body():
    text = (
        "وفي عام 1431ه نظمت جمعية الحرف الأهلية الدورة التطبيقية المتخصصة في النسيج. "
        "والبرامج التي تنظمها اللجنة المنظمة لضيوف المعرض. ومحل سما الخاص بتنظيم المناسبات "
        "والولائم. وينظمه حالياً مركز الأمير سلطان للبحوث بالتنسيق مع أمانة حائل."
    )
    found = [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]
    assert found == ["جمعية الحرف الأهلية", "مركز الأمير سلطان للبحوث"]
    assert [b.text for b in bodies.find_bodies("برعاية مجموعة شركات الزاهد")] == [
        "مجموعة شركات الزاهد"
    ]


def test_a_name_inside_straight_quotes_ends_at_the_closing_quote():
    text = 'بدأت فعاليات "مهرجان ضباء الشعبي البحري الثالث"، التي تضم لمدة 5 أيام عددا من "العروض"'
    assert _names(text)[0] == "مهرجان ضباء الشعبي البحري الثالث"


def test_a_long_name_runs_to_its_topic():
    text = (
        "نظمت الإدارة أمس ورشة عمل لموظفي الإدارة العامة للمرور ووكالة الشؤون البلدية عن "
        "برنامج حجز المواعيد الإلكتروني."
    )
    assert _names(text)[0].endswith("عن برنامج حجز المواعيد الإلكتروني")


def test_abd_allah_written_apart_stays_in_a_phrase():
    text = "مهرجان فرحتنا الذي تنظمه بلدية الزلفي في منتزه الملك عبد الله الوطني"
    assert _venues(text) == ["منتزه الملك عبد الله الوطني"]


def test_the_edition_of_a_plan_is_not_the_events():
    (mention,) = names.find_names("ورشة عمل لمراجعة النسخة الأولى للخطة الخمسية للنادي")
    assert mention.edition is None
    assert names.find_names("الملتقى الأول للمدن الذكية")[0].edition == 1
    assert names.edition_near("في النسخة الثانية للملتقى الدولي", 0) is not None


def test_a_partner_named_in_the_sentence_of_an_organizer_organizes_too():
    text = (
        "يأتي الملتقى بتنظيم من مركز الوساطة التجارية لدول المغرب العربي (دار الوفاق) بالتعاون مع "
        "غرفة تجارة البحرين. ويقام المعرض بالتعاون مع مستشفى الشفاء التخصصي."
    )
    assert _roles(text) == [
        ("organizer", "مركز الوساطة التجارية لدول المغرب العربي (دار الوفاق)"),  # its alias stays
        ("organizer", "غرفة تجارة البحرين"),
        ("partner", "مستشفى الشفاء التخصصي"),
    ]


# --- rules generalised from unseen SaudiNewsNet articles (issue 9, field precision) ------------


def test_a_body_right_after_an_organizer_with_bimusharaka_co_organizes():
    text = (
        "فعاليات ملتقى الفتيات الأول الذي تنظمه الهيئة العامة للرياضة بمشاركة مجلس شابات "
        "المحافظة، وذلك قرب مقر البلدية"
    )
    assert _roles(text) == [
        ("organizer", "الهيئة العامة للرياضة"),
        ("organizer", "مجلس شابات المحافظة"),
    ]
    # participants are no organizers, and "بمشاركة" alone names none
    assert _roles("انطلقت فعاليات المهرجان بمشاركة 20 دولة") == []
    assert _roles("بمشاركة مجلس شباب المنطقة في المعرض") == []


def test_a_chamber_of_commerce_and_industry_is_one_name():
    text = "بالتعاون مع غرفة تجارة وصناعة البحرين فرع المحافظة الجنوبية، بحسب ما نقلته الوكالة"
    assert _roles(text) == [("partner", "غرفة تجارة وصناعة البحرين فرع المحافظة الجنوبية")]


def test_the_patron_follows_a_patronage_verb():
    assert _roles(
        "وتستهدف المبادرة التي ترعاها شركة بن ظافر للنقل والخدمات اللوجستية جميع فئات السكان"
    ) == [("patron", "شركة بن ظافر للنقل والخدمات اللوجستية")]
    text = "يرعى معالي وزير الصحة الدكتور ماجد بن سعد الفهيّد الخميس القادم افتتاح المعرض"
    assert _roles(text) == [("patron", "وزير الصحة الدكتور ماجد بن سعد الفهيّد")]
    text = "رعى رئيس مركز الصويدرة سالم بن عايض الجهني مهرجان الربيع الثاني، الذي أقامته البلدية"
    assert _roles(text)[0] == ("patron", "رئيس مركز الصويدرة سالم بن عايض الجهني")
    # "شرعت" is no "رعت", and "رعاه المحافظ" names nobody
    assert _roles("شرعت لجنة فرز القصائد المقدمة إلى جائزة الشعر النبطي") == []
    assert _roles("مهرجان أملج الذي رعاه المحافظ أمس") == []


def test_what_is_sponsored_is_not_a_patron_and_a_patron_ends_before_the_occasion():
    assert _roles("وقدّر العنزي تكرم أمير منطقة الجوف برعاية المهرجان في دورته الرابعة") == []
    assert _roles("عطاء الشركة في دعم فعاليات مدينة الرياض، وبرعاية احتفالات الأهالي بعيد") == []
    text = "الممثل، برعاية سمو أمير منطقة المدينة المنورة لحفل تدشين معرض (الخط العربي.. إرث وهوية)"
    assert _roles(text) == [("patron", "أمير منطقة المدينة المنورة")]
    text = "حظي بدعم ورعاية سمو أمير منطقة تبوك ليغدو علامة بارزة في مهرجان تيماء"
    assert _roles(text) == [("patron", "أمير منطقة تبوك")]


def test_a_verbal_noun_or_a_second_verb_is_no_organizer():
    assert _roles("فانطلقت بالرابع عام 1431هـ واستمرت في إقامته بعد شهر رمضان") == []
    assert _roles("وكان مهرجان الوديان الثالث والذي نظمه وأشرف على فعالياته الرئاسة") == []
    assert _roles("لأنها من ركائز السياحة الداخلية، وتنظمها بأجندة موسمية ثابتة") == []


def test_a_body_name_ends_at_the_park_it_holds_the_event_in_but_not_at_a_library():
    text = "مهرجان (فرحة) الذي تقيمه أمانة القصيم بمنتزه الملك فهد الوطني، قرابة 5 آلاف"
    assert _roles(text) == [("organizer", "أمانة القصيم")]
    text = "مهرجان الشتاء الموسيقي الذي ينظمه مركز الإبداع بمكتبة جدة العامة سنويًا"
    assert _roles(text) == [("organizer", "مركز الإبداع بمكتبة جدة العامة")]
    text = "الذي تنظمه أمانة محافظة الطائف بالتعاون مع فرع الجمعية السعودية للثقافة والفنون و تتزامن فعالياته"
    assert _roles(text)[-1] == ("organizer", "فرع الجمعية السعودية للثقافة والفنون")
    assert _roles("تنظم دار الأوبرا السلطانية مهرجاناتها الشتوية لهذا الموسم") == [
        ("organizer", "دار الأوبرا السلطانية")
    ]


def test_a_list_continued_outside_the_events_sentences_stays_with_its_first_item():
    text = (
        "والمؤتمر الذي يأتي تحت عنوان الاستثمار، يأتي بتنظيم من مركز الوساطة التجارية (دار الوفاق) "
        "بالتعاون مع غرفة تجارة وصناعة البحرين فرع المحرق، بحسب الوكالة."
    )
    every = bodies.find_bodies(text)
    first = [b for b in every if b.text.startswith("مركز")]
    assert [b.text for b in bodies.list_continuations(text, every, first)] == [
        "غرفة تجارة وصناعة البحرين فرع المحرق"
    ]
    assert bodies.list_continuations(text, every, []) == []


def test_a_venue_ends_before_the_rest_of_its_clause():
    assert _venues("والمُقام بموقع الفعاليات بالواجهة البحرية فيما عرف الحفل الختامي إقبالا") == [
        "الواجهة البحرية"
    ]
    text = "مهرجان «بهجة» الذي تنظمه أمانة حائل في منتزه الأمير سلطان الوطني فعالياته وسط إقبال"
    assert _venues(text) == ["منتزه الأمير سلطان الوطني"]
    assert _venues("باستقبال ضيوف الملتقى في مقر النادي إيماناً منه بأهمية الشراكة") == [
        "مقر النادي"
    ]
    text = "الحضور داخل قرية النخيل التراثية للاطلاع على المشغولات الشعبية"
    assert _venues(text) == ["قرية النخيل التراثية"]


def test_the_city_a_partner_sits_in_is_not_the_events_when_another_is_said():
    text = (
        "شهد وكيل إمارة منطقة القصيم اليوم الثلاثاء اختتام فعاليات ملتقى إعلاميي منطقة القصيم "
        "الذي نظمه نادي القصيم الأدبي بشراكة مع مركز الجودة الشاملة بدبي، بمركز الملك خالد "
        "الحضاري بمدينة بريدة."
    )
    title = "ملتقى القصيم الإعلامي يوصي بمواجهة التطرف"
    (card,) = extract_events("d", text, title=title, published="2015-07-21")
    assert (card.city, card.country) == ("بريدة", "SA")
    # a body's town places the event when its sentence names no other town
    without = text.replace("بمركز الملك خالد الحضاري بمدينة بريدة", "أمس")
    (card,) = extract_events("d", without, title=title, published="2015-07-21")
    assert card.city == "دبي"


def test_a_town_the_name_places_the_event_in_before_the_town_it_is_named_after():
    # a touring show of one town's sights, held in another town
    text = (
        "افتتح مدير فرع هيئة السياحة في منطقة تبوك «معرض تبوك للتراث المتنقل في نجران»، "
        "الذي يعرف زوار المعرض بمواقع المنطقة وآثارها ويستمر أسبوعا."
    )
    title = "تراث تبوك يتنقل إلى نجران"
    (card,) = extract_events("d", text, title=title, published="2015-08-08")
    assert card.city == "نجران"
    # named after its home town only, it is held there
    home = text.replace(" في نجران»", "»")
    (card,) = extract_events("d", home, title=title, published="2015-08-08")
    assert card.city == "تبوك"


def test_the_town_an_event_is_said_to_be_held_in_comes_before_a_nearer_town():
    # announced from abroad: the partner body's town is nearer the later mentions
    text = (
        "أعلنت إدارة مهرجان «النخيل السينمائي» للأفلام القصيرة أن الأردن ضيفه هذا العام، "
        "والمهرجان الذي سيقام في مدينة أسوان في نوفمبر المقبل يرفع شعار «عدسة النيل».\n"
        "وتقرر ذلك في اجتماع لجنة المهرجان التي أعلنت دورته الخامسة هذا العام.\n"
        "وقال رئيس مهرجان النخيل السينمائي إن المهرجان وقع اتفاقا مع جمعية الفنون بعمان، "
        "وإن مهرجان النخيل السينمائي يرحب بأفلام جمعية الفنون بعمان."
    )
    (card,) = extract_events(
        "d", text, title="الأردن ضيف شرف مهرجان النخيل", published="2015-08-07"
    )
    assert (card.city, card.country) == ("أسوان", "EG")
    # the parts of one event held in several towns say nothing of the event's own town
    parts = (
        "تقيم جمعية الكشافة بمنطقة تبوك الأسبوع المقبل خمس ورش عمل تأهيلية للقادة الجدد بمدينة تبوك، "
        "وذكر رئيس الجمعية أن ورش العمل التدريبية تهدف إلى إعداد القادة. والورشة الرابعة ستعقد "
        "في محافظة أملج، والورشة الخامسة ستعقد في محافظة الوجه."
    )
    assert places.held_in(parts, parts.index("أملج"))
    (card,) = extract_events("d", parts, title="خمس ورش للكشافة في تبوك", published="2015-08-09")
    assert card.city == "تبوك"


def test_a_body_that_carries_out_an_event_organizes_it_but_not_a_plan():
    assert _roles("تنفذ لجنة الأحياء المحلية بعد غد ورشة عمل لتأهيل المتطوعين") == [
        ("organizer", "لجنة الأحياء المحلية")
    ]
    assert _roles("نفذ فرع هيئة السياحة بالمنطقة خطته خلال فصل الصيف، ودعم مهرجان الصيف.") == []


def test_an_unquoted_slogan_ends_at_a_count():
    text = "العروض التي ينظمها مهرجان الطائف تحت شعار فرحتنا نحو 12 الف متفرج من زوار الطائف"
    assert [s.text for s in content.find_slogans(text)] == ["فرحتنا"]


def test_the_end_said_in_another_clause_or_sentence():
    text = (
        "يفتتح معرض ملتقى الفسيفساء الثاني يوم الأحد الموافق 26 يوليو بمكتبة الإسكندرية. "
        "ويضم المعرض 40 عملا، ويستمر حتى 22 أغسطس 2015."
    )
    (card,) = extract_events("d", text, published="2015-07-21")
    assert (card.start_date, card.end_date) == ("2015-07-26", "2015-08-22")
    text = (
        "بدأت في مدينة ليون اليوم أعمال الندوة الدولية حول صون التراث المخطوط. "
        "وتناقش الندوة التي تختم فعالياتها غدا الجمعة قضايا متعددة."
    )
    title = "المملكة تشارك في ندوة دولية حول صون التراث المخطوط في فرنسا"
    (card,) = extract_events("d", text, title=title, published="2015-07-23")
    assert (card.start_date, card.end_date) == ("2015-07-23", "2015-07-24")
    # a day more than three months later is not this event's end
    text = (
        "افتتح أمير منطقة الرياض أمس معرض الرياض الدولي للكتاب بمركز الرياض الدولي للمعارض. "
        "ويستمر تسجيل دور النشر في المعرض حتى 20 ديسمبر المقبل."
    )
    (card,) = extract_events("d", text, title="افتتاح معرض الرياض للكتاب", published="2015-07-21")
    assert card.start_date == "2015-07-20"
    assert card.end_date is None


def test_the_start_is_the_end_less_the_length_it_lasted():
    text = (
        "دعا المؤتمر الدولي الـ 7 لتقنيات تحلية المياه والري الحديث الذى اختتم "
        "أعماله أمس في جنيف والتي استمرت ثلاثة ايام إلى توسيع الشراكة بين الدول المانحة."
    )
    title = "مؤتمر دولي يدعو إلى شراكة أوسع في تحلية المياه"
    (card,) = extract_events("d", text, title=title, published="2015-07-31")
    assert (card.start_date, card.end_date) == ("2015-07-28", "2015-07-30")


def test_a_town_before_the_region_named_after_its_seat():
    text = (
        "يفتتح أمير منطقة المدينة المنورة الأسبوع المقبل معرض رحلة التأسيس في منطقة المدينة "
        "المنورة، التي تستضيفها محافظة ينبع."
    )
    title = "معرض «رحلة التأسيس» الأسبوع المقبل"
    (card,) = extract_events("d", text, title=title, published="2015-07-25")
    assert card.city == "ينبع"
    assert places.names_a_province("في منطقة المدينة المنورة", len("في منطقة "))
    assert not places.names_a_province("في محافظة ينبع", len("في محافظة "))


def test_a_word_of_a_tribes_name_is_no_town_and_english_months_are_no_towns():
    text = "اختتمت أنشطة المخيم الرياضي الأول ببني عمران وبني جرم"
    assert [c.text for c in places.find_cities(text)] == []
    text = "gathered in Las Vegas for the show in March, said an engineer at Orange, in Brighton"
    assert [c.text for c in places.find_cities(text)] == ["Las Vegas", "Brighton"]


def test_a_venue_ends_before_a_length_a_purpose_or_a_person():
    text = "ملتقى التوظيف 2016 الذي يحتضنه مركز شركة الأحساء اكسبو لـ 5 أيام، يسعى إلى"
    assert _venues(text) == ["مركز شركة الأحساء اكسبو"]
    assert _venues("يحتضنه مركز شركة الجبيل اكسبو لثلاثة أيام، وذلك") == ["مركز شركة الجبيل اكسبو"]
    text = "ضمن أجنحة الملتقى الصيفي في منتزه الشلال والغدير لتركيب شاشة تعرض صورا"
    assert _venues(text) == ["منتزه الشلال والغدير"]
    text = "الذي أطلقه مؤخرًا بمركز ريم مول انطلاقة توزيع دليل الزائر الصغير"
    assert _venues(text) == ["مركز ريم مول"]
    text = "وتحدث رئيس قسم الجغرافيا بجامعة تبوك الدكتور مساعد بن فلاح الشمري"
    assert _venues(text) == []
    assert _venues("، ويحتضن مسرح خيمة سوق المجاز هذا الموسم حفل الختام") == [
        "مسرح خيمة سوق المجاز"
    ]


def test_a_venue_ends_before_who_is_said_to_be_there():
    assert _venues("وعمل في المركز كل من المشرفة العامة ومساعدتها") == []
    assert _venues("وعمل في مركز الأمير سلطان كل من المشرفة العامة") == ["مركز الأمير سلطان"]


def test_more_ends_of_body_names_and_subjects_that_are_no_body():
    assert _roles("برعاية صاحب السمو الملكي الأمير ماجد بن سلمان بن فهد ولي العهد نائب") == [
        ("patron", "الأمير ماجد بن سلمان بن فهد")
    ]
    text = "الذي تنظمه جمعية المزارعين التعاونية بجازان، وجامعة جازان، ووزارة البيئة. وشارك"
    assert [v for _, v in _roles(text)][-2:] == ["جامعة جازان", "وزارة البيئة"]
    # "ومحافظة ينبع" is a place, not a body, once its conjunction is dropped; the body after
    # it is one more ("ينبع" is a town, not a verb that ends the list)
    text = "بالتعاون مع الهيئة العامة للثقافة والفنون الشعبية، ومحافظة ينبع والمنظمة الإقليمية"
    assert [v for _, v in _roles(text)] == [
        "الهيئة العامة للثقافة والفنون الشعبية",
        "المنظمة الإقليمية",
    ]
    assert _roles("المؤتمر الذي وتستضيفه مدينة الرياض (فندق إنتركونتينينتال) المملكة") == []
    text = "المخيم الذي تنظمه كلية آل نهيان للدراسات التقنية بتوجيهات الشيخ منصور"
    assert _roles(text) == [("organizer", "كلية آل نهيان للدراسات التقنية")]
    text = "عيد نجران الذي تنظمه أمانة منطقة نجران احتفاء بقدوم العيد"
    assert _roles(text) == [("organizer", "أمانة منطقة نجران")]
    assert _roles("فعاليات شتاء الشمال التي تنظمها الأمانة ستأتي بحلة جديدة") == []
    assert _roles("البرامج المختلفة التي ينظمها ممثل في قسم العلاج الطبيعي") == []
    assert _roles('المبدع وبتنظيم من فريق "همم شبابية". يشارك بالمعرض') == [
        ("organizer", 'فريق "همم شبابية"')
    ]
    assert _roles("المعرض الذي تنظمه واحة الإبداع باشراف المصورة ريم") == [
        ("organizer", "واحة الإبداع")
    ]
    assert _roles("حوار ليبي موسع تحت مظلة الجامعة العربية وبرعاية دولية وإقليمية لا تقصي") == []


def test_the_title_of_a_play_or_a_session_is_not_the_events_slogan():
    def slogans(text: str) -> list[str]:
        return [s.text for s in content.find_slogans(text)]

    assert slogans("افتتحت ليالي الملتقى بمسرحية بعنوان «بيت الجيران» والتي تحكي") == []
    text = "بعقد الجلسة الثانية التي جاءت بعنوان “آفاق الاستثمار في قطاع التعدين”"
    assert slogans(text) == []
    # a workshop or an edition titled so is the event itself
    text = "تنظم الغرفة ورشة عمل بعنوان «السلامة المهنية في مواقع البناء»"
    assert slogans(text) == ["السلامة المهنية في مواقع البناء"]
    text = 'أن تنعقد هذه الدورة الجديدة تحت عنوان "المدينة الذكية.. نحو انتقالات حضرية مستدامة"'
    assert slogans(text) == ["المدينة الذكية.. نحو انتقالات حضرية مستدامة"]
    text = "نُظم له معرض سنوي في الشارقة تحت عنوان معرض ليلة الخط سيكون لنا عنه حديث"
    assert slogans(text) == ["معرض ليلة الخط"]


def test_a_length_said_of_this_meeting_ends_the_event():
    text = (
        "انطلقت أشغال الندوة الدولية حول المدن الذكية يومه الثلاثاء 27 فبراير بمدينة بركان.\n"
        "وتناول المشاركون محاور عدة.\n"
        "ويعرف هذا اللقاء، المنظم على مدى يومين، إقامة ورشات وندوات."
    )
    title = "بركان تحتضن النسخة الثانية للندوة الدولية حول المدن الذكية"
    (card,) = extract_events("d", text, title=title, published="2024-02-28")
    assert (card.start_date, card.end_date) == ("2024-02-27", "2024-02-28")


def test_english_organisers_and_the_name_an_acronym_stands_for():
    text = (
        "said Mark Ellison, from the Home Appliance Makers Association (HAMA). Figures were "
        "released by HomeTech organisers, the HAMA, on Monday. The Mobile Futures Forum, "
        "organised by the Wireless Industry Association, opens in Lisbon. The fair is run by "
        "Harbor Exhibitions."
    )
    found = bodies.find_bodies(text)
    assert [(b.role, b.text) for b in found] == [
        ("organizer", "Home Appliance Makers Association"),
        ("organizer", "Wireless Industry Association"),
        ("organizer", "Harbor Exhibitions"),
    ]
    # the spelled-out name is quoted; the mention is placed where the role is stated
    assert found[0].where == text.index("organisers,")


def test_more_honorifics_before_a_patron():
    text = "برعاية صاحبة السمو الملكي الأميرة عادلة بنت عبدالله بن عبدالعزيز، انطلقت"
    assert _roles(text) == [("patron", "الأميرة عادلة بنت عبدالله بن عبدالعزيز")]
    text = "تحت رعاية فخامة الرئيس عبدالفتاح السيسي رئيس الجمهورية، يقام"
    assert _roles(text) == [("patron", "الرئيس عبدالفتاح السيسي")]
    text = "برعاية دولة رئيس الوزراء الأردني عبدالله النسور، تنطلق"
    assert _roles(text) == [("patron", "رئيس الوزراء الأردني عبدالله النسور")]
    assert _roles("برعاية دولة الكويت") == []  # a state is a place, not a title


def test_a_deadline_or_the_day_results_come_is_not_the_events_date():
    text = (
        "أطلقت جمعية القلم الحر بدولة الإمارات مسابقة الإصدار الأول للمبدعين العرب، التي تستمر "
        "حتى نهاية العام. ويغلق باب التسجيل في المسابقة يوم 28 من ديسمبر 2015، على أن "
        "تعلن النتائج في مارس 2016."
    )
    title = "إطلاق مسابقة الإصدار الأول للمبدعين العرب"
    (card,) = extract_events("d", text, title=title, published="2015-07-21")
    assert (card.country, card.start_date, card.end_date) == ("AE", None, None)


def test_a_venue_ends_before_a_quantity_or_where_it_lies():
    text = "المقامة على المسرح الشعبي في متنزه غابة شهبة الكثير من العائلات التي"
    assert _venues(text)[-1] == "متنزه غابة شهبة"
    assert _venues("في معرض الراشد الكائن بمركز النخبة الواقع في شارع فلسطين") == ["مركز النخبة"]
    text = "ويتزامن مع الأمسية في مسرح الواحة فعالية الألعاب الشعبية"
    assert _venues(text) == ["مسرح الواحة"]


def test_a_quoted_brand_or_body_joined_by_waw_organizes_too():
    text = "وتنظمه كل من الغرفة التجارية الصناعية بالطائف و»RGX» مكتب د. سامر خليل"
    assert _roles(text) == [
        ("organizer", "الغرفة التجارية الصناعية بالطائف"),
        ("organizer", "RGX"),
    ]
    assert _roles("تنظمه جمعية الثقافة والفنون و«فريق شرقاوي» الترفيهي")[-1] == (
        "organizer",
        "فريق شرقاوي",
    )
    assert _roles("تنظمه جمعية الثقافة والفنون و«أهلا» شعارا") == [
        ("organizer", "جمعية الثقافة والفنون")
    ]


# --- English places, dates and organisers --------------------------------------------------------


def test_english_town_with_its_country_counts_whatever_its_size():
    found = places.find_cities("Phone makers have gathered in Cannes, France, for the congress.")
    assert [(c.text, c.code) for c in found] == [("Cannes", "FR")]
    found = places.find_cities("Leaders meet in Davos, Switzerland, this week.")
    assert [(c.text, c.code) for c in found] == [("Davos", "CH")]


def test_an_english_city_the_gazetteer_calls_city_is_found_without_the_word():
    found = places.find_cities("Experts at the Digital Music Forum in New York said so.")
    assert [(c.text, c.code) for c in found] == [("New York", "US")]
    # one word before "City" names a country too ("Mexico City", "Kuwait City"): not dropped
    assert [c.text for c in places.find_cities("The forum opened in Mexico on Monday.")] == []


def test_english_venue_at_a_named_place_in_a_city():
    text = "The Games Expo will be held at the ExCeL centre in London from 7 to 10 January."
    assert _venues(text) == ["ExCeL centre"]
    text = "The awards were handed out at Earls Court in London on Wednesday."
    assert _venues(text) == ["Earls Court"]
    # a city after "at" is no venue, and a month is no city
    assert places.find_venues("The talks were held at London in March.") == []


def test_english_card_with_venue_range_and_organiser():
    text = (
        "The Games Expo will be held at the ExCeL centre in London from 7 to 10 January. "
        "The event is organised by Future Publishing and is expected to draw 20,000 visitors."
    )
    (card,) = extract_events("x", text, title="Gaming show comes to London", published="2005-01-03")
    assert (card.name, card.venue, card.city, card.country) == (
        "Games Expo",
        "ExCeL centre",
        "London",
        "GB",
    )
    assert (card.start_date, card.end_date) == ("2005-01-07", "2005-01-10")
    assert card.organizers == ["Future Publishing"]


def test_a_person_who_hosts_a_ceremony_presents_it_and_does_not_organise_it():
    found = bodies.find_bodies("The ceremony, held in London, was hosted by Stephen Fry.")
    assert [(b.text, b.role) for b in found] == [("Stephen Fry", "host")]
    found = bodies.find_bodies("The congress is hosted by the GSM Association.")
    assert [(b.text, b.role) for b in found] == [("GSM Association", "organizer")]
    text = (
        "The Aviator has won best film at the Bafta Film Awards. The ceremony, held at the Odeon "
        "Leicester Square in London on Saturday, was hosted by Stephen Fry."
    )
    (card,) = extract_events("x", text, title="Aviator wins top Bafta award")
    assert card.organizers == [] and [(p.name, p.role) for p in card.people] == [
        ("Stephen Fry", "host")
    ]
    assert card.venue == "Odeon Leicester Square"


def test_a_place_right_after_an_english_name_is_its_venue_unless_a_city_or_a_month():
    text = (
        "World leaders have arrived in Scotland for the G8 summit at Gleneagles, where Africa "
        "tops the agenda. The summit, hosted by Tony Blair, runs from 6 to 8 July."
    )
    (card,) = extract_events("x", text, title="Leaders gather for G8 summit")
    assert (card.name, card.venue, card.date_text) == ("G8 summit", "Gleneagles", "6 to 8 July")
    assert [(p.name, p.role) for p in card.people] == [("Tony Blair", "host")]
    text = text.replace("at Gleneagles", "at London")
    (card,) = extract_events("x", text, title="Leaders gather for G8 summit")
    assert card.venue is None


def test_facts_coordinated_after_an_umbrella_event_are_the_sentence_events():
    text = (
        "يفتتح وكيل المحافظة غدا معرض «نقوش الجنوب» للحرف اليدوية بقاعة الشموخ في أبها، "
        "وذلك ضمن فعاليات مهرجان الصيف، ورعاية جمعية الحرفيين وبتنظيم من فريق همة الشباب. "
        "ويضم المعرض أكثر من 40 حرفيا."
    )
    card = extract_events("x", text, published="2015-07-22")[0]
    assert card.name == "معرض «نقوش الجنوب» للحرف اليدوية"
    assert card.organizers == ["فريق همة الشباب"]
    assert card.patrons == ["جمعية الحرفيين"]
    # a relative clause after the umbrella is still the umbrella's
    text = text.replace("ورعاية جمعية الحرفيين وبتنظيم من", "الذي ينظمه")
    cards = extract_events("x", text, published="2015-07-22")
    (card,) = [c for c in cards if c.name.startswith("معرض")]
    assert card.organizers == []


def test_the_organizer_after_supervised_the_organizing_of_the_event():
    found = bodies.find_bodies(
        "وأشرف على تنظيم المهرجان لجنة الأنشطة الشبابية في المحافظة طوال أيام العيد."
    )
    assert [(b.text, b.role) for b in found] == [("لجنة الأنشطة الشبابية", "organizer")]


def test_the_town_of_the_municipality_that_holds_the_event():
    text = (
        "يرعى أمير المنطقة مساء الخميس المقبل افتتاح معرض (ذاكرة المكان.. صور وحكايات) الذي "
        "تستضيفه أمانة الطائف في حديقة الورود."
    )
    (card,) = extract_events("x", text, published="2015-07-22")
    assert (card.city, card.country, card.venue) == ("الطائف", "SA", "حديقة الورود")
    # a town the gazetteer lacks counts where the article places something in it too
    text = (
        "افتتح وكيل البلدية أمس مهرجان «ليالي النخيل» الذي تنظمه بلدية الأسياح بمتنزه "
        "الواحة، وسط إقبال كبير من أهالي الأسياح وزوارها. ويضم المهرجان 30 فعالية."
    )
    (card,) = extract_events("x", text, published="2015-07-22")
    assert card.city is None
    placed = text.replace("من أهالي الأسياح", "في الأسياح")
    (card,) = extract_events("x", placed, published="2015-07-22")
    assert card.city == "الأسياح"


def test_dots_inside_a_bracketed_title_do_not_end_the_sentence():
    from ingest.events.spans import sentence_bounds

    text = "افتتح معرض (ذاكرة المكان.. صور وحكايات) في الطائف. ثم بدأ الحفل."
    assert sentence_bounds(text, 0) == (0, text.index("في الطائف.") + len("في الطائف"))
    text = "انتهى الحفل.. ثم بدأ العرض."
    assert sentence_bounds(text, 0)[1] == text.index("..")


def test_the_town_that_hosts_the_event_is_its_city():
    text = (
        "يدشن أمير المنطقة الاثنين المقبل معرض «ذاكرة المكان»، الذي تستضيفه الطائف في منتزه "
        "الشفا الجبلي، بحضور عدد من المسؤولين. ويضم المعرض 200 صورة."
    )
    (card,) = extract_events("x", text, published="2015-07-22")
    assert (card.city, card.country) == ("الطائف", "SA")


def test_a_name_stops_before_a_participle_listing_what_the_event_holds():
    text = (
        "انطلقت مساء الخميس عروض مهرجان الصيف برأس تنورة متضمنة مسابقات للأطفال وأمسيات "
        "شعرية في الساحة العامة."
    )
    assert _names(text)[0] == "مهرجان الصيف برأس تنورة"


def test_a_word_after_a_definite_head_noun_is_not_a_town():
    text = (
        "أطلق مجلس التنمية السياحية بالطائف أمس مهرجان «ليالي الورد» الأول بمنتجع الهدا، ويستمر "
        "عشرة أيام. ويستقبل المهرجان زواره يوميا من الخامسة مساء."
    )
    (card,) = extract_events("x", text, title="انطلاق مهرجان ليالي الورد", published="2015-07-22")
    assert card.city == "الطائف"


def test_the_town_of_a_guests_institution_is_not_the_events():
    text = (
        "اختتمت أمس ورشة تطوير المهارات البحثية لطلاب الدراسات العليا التي نظمتها عمادة البحث "
        "العلمي، وقدم الورشة الدكتور سالم العتيبي الأستاذ المساعد بكلية العلوم الطبية بالخبر. "
        "وشارك في الورشة 40 طالبا."
    )
    title = "اختتام ورشة تطوير المهارات البحثية"
    (card,) = extract_events("x", text, title=title, published="2015-07-22")
    assert card.city is None
    # a local office names the town (most often the event's), and so does the event's own
    # committee
    for post in ("مدير عام السياحة بمحافظة الخبر", "رئيس اللجنة المنظمة للورشة بالخبر"):
        text2 = text.replace("الأستاذ المساعد بكلية العلوم الطبية بالخبر", post)
        (card,) = extract_events("x", text2, title=title, published="2015-07-22")
        assert card.city == "الخبر", post


def test_the_town_a_visitor_comes_from_is_not_the_events():
    text = (
        "افتتح وكيل الإمارة أمس مهرجان التمور الأول في منطقة القصيم، ويستمر أسبوعا. وأشاد الزائر "
        "خالد العتيبي القادم من مدينة الرياض بتنظيم المهرجان."
    )
    (card,) = extract_events("x", text, title="افتتاح مهرجان التمور", published="2015-07-22")
    assert card.city != "الرياض"


def test_the_town_of_an_earlier_edition_or_of_another_event_is_not_the_events():
    cases = [
        # the first stop of a touring exhibition
        (
            "رعى أمير المنطقة مساء أمس افتتاح معرض «ألوان الخليج» للفنون التشكيلية في نسخته "
            "الثانية، بمشاركة 40 فنانا.\nوأوضح مدير المعرض أن النسخة الثانية من المعرض تأتي بعد "
            "المحطة الأولى في الرياض التي زارها 20 ألف زائر.\n",
            "معرض ألوان الخليج ينطلق",
            None,
        ),
        # another festival held before, somewhere else
        (
            "أعلنت جمعية الفنون عن إقامة مهرجان الطائرات الورقية الأول يوم 12 أغسطس 2015 على "
            "الواجهة البحرية بمشاركة 30 فريقا.\nوأوضح رئيس الجمعية أن المهرجان يستمر ثلاثة أيام، "
            "وسبق أن أقيم مهرجان مماثل في دبي قبل عامين.\n",
            "مهرجان للطائرات الورقية",
            None,
        ),
        # where an agreement was signed
        (
            "افتتح محافظ الخبر مساء أمس ملتقى رواد الأعمال الثالث بمشاركة 300 رائد أعمال.\n"
            "وكان الملتقى قد وقع في دورته الماضية اتفاقية مع غرفة الرياض، كما وقع مذكرة تفاهم في "
            "جدة.\n",
            "ملتقى رواد الأعمال",
            "الخبر",
        ),
    ]
    for text, title, city in cases:
        (card,) = extract_events("x", text, title=title, published="2015-08-01")
        assert card.city == city, title


def test_an_adverb_and_a_comma_may_stand_between_the_verb_and_its_organizer():
    found = bodies.find_bodies(
        "وختم «مهرجان الزيتون الثالث»، الذي نظمته أخيرا، جمعية المزارعين بالتعاون مع بلدية البلدة."
    )
    assert [(b.text, b.role) for b in found] == [
        ("جمعية المزارعين", "organizer"),
        ("بلدية البلدة", "organizer"),
    ]


def test_a_body_name_ends_before_kaahad():
    found = bodies.find_bodies(
        "ويضم الملتقى معرض «آفاق» الذي يقام بمبادرة من مركز الأبحاث الوطني كأحد المعارض الكبرى."
    )
    assert [b.text for b in found] == ["مركز الأبحاث الوطني"]


def test_who_organises_a_programme_of_a_festival_does_not_organise_the_festival():
    text = (
        "انطلقت أمس فعاليات مهرجان الصيف الخامس في أبها، ويستمر شهرا. وينظم نادي الشباب برنامج "
        "«نجوم وسياحة» بالتعاون مع جمعية الثقافة، وذلك ضمن فعاليات مهرجان الصيف الخامس."
    )
    (card,) = extract_events("x", text, title="انطلاق مهرجان الصيف", published="2015-07-22")
    assert card.name == "مهرجان الصيف الخامس" and card.organizers == []
    # nor is an event the organiser of a part of itself
    text = (
        "أحيت الفرقة أمس الأمسية الموسيقية التي أقامها مهرجان الساحل الدولي الثالث في مدينة "
        "صور، ويستمر المهرجان أسبوعا."
    )
    cards = extract_events("x", text, title="أمسية في مهرجان الساحل", published="2015-07-22")
    assert cards and all(c.organizers == [] for c in cards)


def test_a_body_name_stops_at_a_noun_with_their():
    found = bodies.find_bodies(
        "وسجل ضيوف المهرجان في الخيمة التي تنظمها الغرفة التجارية بالقريات إعجابهم الشديد."
    )
    assert [b.text for b in found] == ["الغرفة التجارية بالقريات"]


def test_a_body_launching_a_programme_organizes_no_event():
    found = bodies.find_bodies("أطلقت وزارة الثقافة أمس برنامجا تدريبيا للشباب.")
    assert found == []
    found = bodies.find_bodies("أطلقت وزارة الثقافة أمس مهرجان الشعر الأول.")
    assert [b.text for b in found] == ["وزارة الثقافة"]


def test_an_events_own_committee_does_not_organise_it():
    text = (
        "انطلق أمس مهرجان «ليالي الواحة» السادس بالقطيف ويستمر أسبوعا. وتقيم لجنة المتطوعين "
        "بمهرجان ليالي الواحة فعالية للأطفال مساء اليوم."
    )
    (card,) = extract_events("x", text, title="انطلاق مهرجان ليالي الواحة", published="2015-07-22")
    assert card.organizers == []


def test_a_training_course_is_not_a_reference_to_the_event():
    text = (
        "أقامت جمعية التراث أمس ورشة حول فنون الزخرفة في الدرعية بمشاركة 30 متدربا. "
        + "وتعلم المتدربون في الورشة أساليب النقش على الجص والخشب وطرق تلوينها. " * 6
        + "وفي عام 2010 نظمت مؤسسة العمارة بالتعاون مع جامعة البناء دورة تدريبية حول البناء "
        "بالطين."
    )
    (card,) = extract_events("x", text, title="ورشة حول فنون الزخرفة", published="2015-07-22")
    assert card.organizers == ["جمعية التراث"]


def test_an_english_name_runs_over_on_and_its_capitalised_subject_not_a_weekday():
    found = [
        (m.text, m.kind)
        for m in names.find_names(
            "The World Summit on the Information Society opens in Tunis on Wednesday."
        )
    ]
    assert found == [("World Summit on the Information Society", "summit")]
    assert _names("The Labour Party conference opened in Brighton on Sunday.") == [
        "Labour Party conference"
    ]


def test_the_events_own_name_is_not_its_venue():
    text = (
        "Apple boss Steve Jobs unveiled a new music player at the Macworld Expo in San Francisco "
        "on Tuesday. The show, which runs until Friday, drew 40,000 visitors. The expo is the "
        "biggest date in the Apple calendar."
    )
    (card,) = extract_events("x", text, title="Jobs unveils player at Macworld show")
    assert (card.name, card.city, card.venue) == ("Macworld Expo", "San Francisco", None)


def test_english_organisers_named_in_apposition():
    found = bodies.find_bodies("Organisers Reed Exhibitions expect 10,000 visitors this year.")
    assert [(b.text, b.role) for b in found] == [("Reed Exhibitions", "organizer")]
    found = bodies.find_bodies("The organisers said the show had sold out.")
    assert found == []


def test_an_english_venue_after_a_bare_reference_to_the_event():
    text = (
        "Computer security experts have gathered in London for the Infosecurity Europe "
        "exhibition. The three-day event at Earls Court, which opened on Tuesday, features more "
        "than 300 exhibitors."
    )
    (card,) = extract_events("x", text, title="Security experts meet in London")
    assert (card.city, card.venue) == ("London", "Earls Court")


def test_a_bare_head_named_by_a_title_soon_after_is_an_event():
    text = (
        "ينظم مركز الدراسات الأفريقية ندوة هذا الشهر في فندق النخيل، بعنوان «الساحل بين الأمس "
        "واليوم» ويتحدث فيها عدد من الباحثين. وتأتي الندوة ضمن سلسلة ندوات المركز."
    )
    (card,) = extract_events("x", text, title="مركز الدراسات ينظم ندوة عن الساحل")
    assert card.name == "الساحل بين الأمس واليوم" and card.kind == "symposium"
    # a head without a title stays a bare reference
    assert [m.words for m in names.find_names("ينظم المركز ندوة هذا الشهر في فندق النخيل.")] == [0]


def test_venues_after_bal_a_complex_called_a_city_and_a_museum():
    assert _venues("أقيم الحفل بالصالة الرياضية المغلقة أمس") == ["الصالة الرياضية المغلقة"]
    assert _venues("تقام الفعاليات في مدينة التمور أو خارجها") == ["مدينة التمور"]
    assert _venues("أقيم المعرض داخل المتحف الوطني في روما") == ["المتحف الوطني"]
    # a rank, a town, the holy city and a count are not venues
    assert _venues("حقق الفريق بالمركز الأول في السباق") == []
    assert _venues("يقام المهرجان في مدينة جدة") == _venues("يقام بمدينة أشيقر") == []
    assert _venues("يقام المهرجان بالمدينة المنورة") == []
    assert _venues("تضم المنطقة منتجع و4 فنادق") == []


def test_a_governorate_of_two_words():
    text = (
        "أقيم الملتقى الرمضاني الثاني في محافظة وادي الدواسر بمشاركة 300 شاب، واختتم أمس "
        "بتكريم المشاركين."
    )
    (card,) = extract_events(
        "x", text, title="اختتام الملتقى الرمضاني الثاني", published="2015-07-22"
    )
    assert card.city == "وادي الدواسر"


def test_a_us_state_or_a_uk_nation_gives_the_country():
    text = (
        "World leaders are arriving in Scotland for the G8 summit, where aid to Africa tops the "
        "agenda. The three-day meeting at the Gleneagles Hotel begins on Wednesday."
    )
    (card,) = extract_events("x", text, title="Leaders arrive for G8 talks")
    assert (card.city, card.country) == (None, "GB")
    text = (
        "A British documentary has won a top prize at the Sundance Film Festival in Utah. The "
        "festival is the largest showcase for independent film in the US, and its awards were "
        "handed out on Saturday night."
    )
    (card,) = extract_events("x", text, title="Sundance honours British film")
    assert (card.city, card.country) == (None, "US")


def test_an_english_day_said_of_another_event_named_before_it_is_not_the_events():
    text = (
        "Martin Scorsese's The Aviator has won four awards at this year's Bafta film awards. The "
        "ceremony, held at the Odeon Leicester Square in London, saw Imelda Staunton win best "
        "actress.\n\nThe awards are seen as a guide to the Oscars, which take place later this "
        "month."
    )
    (card,) = extract_events("x", text, title="Scorsese film triumphs at Baftas")
    assert card.date_text == "this year"


def test_a_name_grows_over_the_words_the_title_names_it_with():
    text = (
        "اختتم مهرجان التراث وفنون الجوف فعالياته اليومية التي استمرت 14 يوماً، وسط حضور كبير تجاوز "
        "ستة آلاف زائر. وأشاد المشرف العام على المهرجان بنجاح التنظيم في اليوم الأخير."
    )
    found = names.extend_by_title(text, names.find_names(text), "اختتام مهرجان التراث وفنون الجوف")
    assert found[0].text == "مهرجان التراث وفنون الجوف"
    # the text alone stops at the conjunction; the place after "في" is not the name
    assert names.find_names(text)[0].text == "مهرجان التراث"
    text = "انطلق أمس الملتقى الخليجي الأول للمتداولين في دبي بحضور 300 متداول."
    found = names.extend_by_title(
        text, names.find_names(text), "الملتقى الخليجي الأول للمتداولين في دبي"
    )
    assert found[0].text == "الملتقى الخليجي الأول للمتداولين"


def test_an_english_town_called_park_city_is_no_park():
    assert _venues("The awards were handed out on Saturday night in Park City.") == []
    assert _venues("The concert was held in Hyde Park in London.") == ["Hyde Park"]


def test_an_english_event_named_by_where_it_is_held():
    text = (
        "European Union leaders have failed to agree a budget deal at a summit in Brussels. The "
        "two-day meeting, which ended on Friday, broke up after the UK refused to give up its "
        "rebate."
    )
    (card,) = extract_events("x", text, title="EU leaders clash at Brussels summit")
    assert (card.name, card.kind, card.city, card.country) == (
        "summit in Brussels",
        "summit",
        "Brussels",
        "BE",
    )
    # in passing, in an article about something else, it is no event
    text = (
        "Shares in the mobile operator rose 5% on Tuesday. Speaking at a conference in London "
        "last month, its chief executive said the firm would cut 2,000 jobs."
    )
    assert extract_events("x", text, title="Mobile operator profits rise") == []
    assert all("March" not in m.text for m in names.find_names("at a conference in March"))


def test_english_names_in_apposition_descriptions_and_concerts():
    # a name with no kind word, then its kind in apposition
    text = (
        "Game Stars Live, a new show for gamers, opens at the ExCeL centre in London on "
        "Wednesday. The five-day event is expected to attract 40,000 visitors."
    )
    (card,) = extract_events("x", text, title="Gaming show comes to London")
    assert (card.name, card.city, card.venue) == ("Game Stars Live", "London", "ExCeL centre")
    # "Europe's biggest games show" describes the convention; the convention is no venue
    text = (
        "More than 100,000 people are expected at the Games Convention in Leipzig, Europe's "
        "biggest games show, which opened on Thursday. Publishers are showing new handhelds at "
        "the four-day event."
    )
    (card,) = extract_events("x", text, title="Gamers flock to Leipzig show")
    assert (card.name, card.city, card.venue) == ("Games Convention", "Leipzig", None)
    # concerts are events, and a number may stand inside a name
    text = (
        "Hundreds of thousands of people have watched the Live 8 concerts in London, Berlin and "
        "Rome. The concert in Hyde Park featured many bands, and was organised by Bob Geldof."
    )
    (card,) = extract_events("x", text, title="Live 8 concerts draw millions")
    assert (card.name, card.kind, card.venue) == ("Live 8 concerts", "event", "Hyde Park")


def test_an_organizer_named_before_its_role_in_apposition():
    found = bodies.find_bodies(
        "وقال مدير المبيعات في شركة الخليج للمعارض، الشركة المنظمة للمعرض، إن الإقبال كبير."
    )
    assert [(b.text, b.role) for b in found] == [("شركة الخليج للمعارض", "organizer")]
    # a year is no body
    assert bodies.find_bodies("وقال المدير في 2015، الشركة المنظمة للمعرض، إن الإقبال كبير.") == []


def test_an_event_beside_the_main_one_that_says_no_place_is_where_the_main_one_is():
    text = (
        "يقام معرض «تقنيات المستودعات» الثالث خلال الفترة من 14 إلى 16 سبتمبر 2015 في مركز "
        "الشارقة للمعارض بالشارقة، بمشاركة 150 شركة. ويعقد على هامش المعرض مؤتمر سلاسل الإمداد "
        "الأول يومي 15 و16 سبتمبر 2015، بمشاركة 30 متحدثا."
    )
    cards = extract_events("x", text, title="معرض ومؤتمر للمستودعات", published="2015-07-21")
    (conference,) = [c for c in cards if c.kind == "conference"]
    assert (conference.city, conference.country, conference.venue) == (
        "الشارقة",
        "AE",
        "مركز الشارقة للمعارض",
    )
    assert conference.evidence["city"][0].quote == "الشارقة"


def test_a_research_chairs_university_is_not_the_venue():
    text = "وينظمه كرسي د. سالم الحربي لأبحاث التمور بجامعة القصيم بالتعاون مع جمعية المزارعين"
    assert _venues(text) == []
    assert _venues("وتقام الندوة بجامعة القصيم يوم الأحد") == ["جامعة القصيم"]


def test_an_event_held_at_the_same_time_elsewhere_does_not_take_the_main_ones_place():
    text = (
        "يقام معرض «تقنيات المستودعات» الثالث خلال الفترة من 14 إلى 16 سبتمبر 2015 في مركز "
        "الشارقة للمعارض بالشارقة، بمشاركة 150 شركة. ويتزامن مع المعرض مؤتمر سلاسل الإمداد "
        "الأول يومي 15 و16 سبتمبر 2015، بمشاركة 30 متحدثا."
    )
    cards = extract_events("x", text, title="معرض ومؤتمر للمستودعات", published="2015-07-21")
    (conference,) = [c for c in cards if c.kind == "conference"]
    assert (conference.city, conference.venue) == (None, None)


def test_blue_is_no_town():
    text = (
        "ينظم مختبر السرد بمكتبة المدينة اليوم ندوة لمناقشة رواية «أمواج زرقاء» للكاتب سالم "
        "العلي، بمشاركة عدد من النقاد."
    )
    cards = extract_events(
        "x", text, title="ندوة تناقش رواية «أمواج زرقاء»", published="2015-08-11"
    )
    assert cards and all(c.city != "زرقاء" for c in cards)


def test_a_relative_verb_with_no_subject_after_it_refers_to_the_body_before_the_event():
    # the nearest body before the event whose gender the verb agrees with, its object cut off
    text = (
        "تستقبل غرفة الأحساء طلبات المنشآت الراغبة في الانضمام إلى معرض التوظيف الثاني الذي "
        "تنظمه في الـ 18 من شهر نوفمبر القادم."
    )
    assert _roles(text) == [("organizer", "غرفة الأحساء")]
    # "ينظمه" is a masculine subject's: a feminine body before the event is not it
    text = "زارت جمعية الفنون معرض الخط الثاني الذي ينظمه في الرياض كل عام."
    assert _roles(text) == []
    # a body after a preposition is no subject ("مدير الإعلام بالغرفة")
    text = "قال مدير الإعلام بالغرفة إن المسابقة التي تنظمها بشكل سنوي تتطور."
    assert _roles(text) == []


def test_a_bare_body_noun_stands_for_the_body_the_article_named_before():
    text = (
        "تواصل هيئة الإعجاز العلمي استقبال المشاركات. وتعد مسابقة الإعجاز الرابعة التي تقيمها "
        "الهيئة بجدة الأكبر."
    )
    assert _roles(text) == [("organizer", "هيئة الإعجاز العلمي")]
    found = bodies.find_bodies(text)
    assert found[0].where == text.index("الهيئة بجدة")  # stated where the role is
    # a description is not a name to stand for ("الغرفة الرائد")
    text = "يأتي ذلك امتدادا لدور الغرفة الرائد. والمسابقة التي تنظمها الغرفة سنويا ناجحة."
    assert _roles(text) == []


def test_a_body_getting_ready_to_hold_the_event_with_a_partner_organizes_it():
    text = "يستعد نادي الطائف الأدبي بالتعاون مع جامعة الطائف لتنظيم ملتقى القصة الأول بمقر النادي."
    assert _roles(text) == [
        ("organizer", "نادي الطائف الأدبي"),
        ("organizer", "جامعة الطائف"),
    ]
    text = "تستعد غرفة تبوك التجارية لعقد الدورة الثالثة من ملتقى المقاولين في الشمال."
    assert _roles(text) == [("organizer", "غرفة تبوك التجارية")]


def test_organizers_who_share_or_supervise_the_organizing():
    text = "انطلقت فعاليات مهرجان الربيع التي تشترك في تنظيمها أمانة الطائف وغرفة الطائف."
    assert _roles(text) == [("organizer", "أمانة الطائف"), ("organizer", "غرفة الطائف")]
    text = "ويقام الملتقى الذي تشرف عليه وزارة الثقافة والإعلام بشعار «وطن واحد» في الرياض."
    assert _roles(text) == [("organizer", "وزارة الثقافة والإعلام")]
    # the parts an event holds may each be supervised by someone else
    assert _roles("ويضم السوق 16 معرضا تشرف عليها جهات حكومية عدة.") == []
    text = "ينظم مختبر السرديات بمكتبة الإسكندرية يوم الأحد ندوة الرواية الجديدة."
    assert _roles(text) == [("organizer", "مختبر السرديات بمكتبة الإسكندرية")]
    text = "ضمن مهرجان الصيف الذي تقيمه هذه الأيام بلدية المحافظة في الحديقة العامة."
    assert _roles(text) == [("organizer", "بلدية المحافظة")]


def test_the_building_inside_whose_premises_an_event_is_held_is_its_venue():
    assert _venues("تنطلق الفعاليات في رحاب جامعة الملك سعود بالرياض.") == ["جامعة الملك سعود"]
    assert _venues("تقام داخل أروقة فندق الريتز كارلتون بالرياض.") == ["فندق الريتز كارلتون"]
    assert _venues("تنطلق الفعاليات برحاب جامعة الملك سعود.") == ["جامعة الملك سعود"]
    assert _venues("وتجول الزوار في أرجاء المعرض.") == []


def test_a_venue_named_after_a_person_or_a_hotel_brand_in_ba_keeps_its_name():
    text = "في قاعة الدكتور سعد المنصور للمناسبات بمحافظة الطائف."
    assert _venues(text) == ["قاعة الدكتور سعد المنصور للمناسبات"]
    assert _venues("وذلك بحضور عدد من المسؤولين، بفندق بارك حياة. وأوضح") == ["فندق بارك حياة"]
    # a person after the venue's name, a count or a clause after its noun, still end it
    assert _venues("أقيم المعرض بجامعة حائل الدكتور عيد الشمري") == ["جامعة حائل"]
    assert _venues("بمتنزه بتسعة أنشطة") == []


def test_a_league_of_states_is_no_venue():
    assert _venues("وأكد مندوب المملكة في جامعة الدول العربية أن المهرجان ناجح") == []
    assert _venues("يقام في جامعة الملك سعود") == ["جامعة الملك سعود"]


def test_a_rank_is_no_venue():
    assert _venues("وحلت الشركة في المركز الأول بعد أن باعت آلاف السيارات") == []
    assert _venues("يقام في المركز الثقافي بالرياض") == ["المركز الثقافي"]


def test_a_building_stadium_or_beach_is_a_venue_and_a_building_inside_a_venue_is_part_of_it():
    assert _venues("يقام الملتقى في مبنى الغرفة التجارية بجدة") == ["مبنى الغرفة التجارية"]
    assert _venues("يقام الحفل في استاد الملك فهد الدولي") == ["استاد الملك فهد الدولي"]
    assert _venues("تقام الفعاليات في قاعة الاجتماعات الكبرى بمبنى البلدية يوم الأحد") == [
        "قاعة الاجتماعات الكبرى بمبنى البلدية"
    ]


def test_the_event_after_shiar_is_whose_slogan_not_the_slogan():
    assert _slogans("وقال إن الأنشطة كلها تخدم شعار الملتقى، كما قال المنظمون") == []
    assert _slogans("ويحمل شعار المهرجان «صيفنا أحلى» هذا العام") == ["صيفنا أحلى"]
    assert _slogans("تحت شعار «أرض العطاء» تتواصل فعاليات ملتقى الأسرة") == ["أرض العطاء"]


def test_a_venue_does_not_end_on_a_place_inside_it_left_unnamed():
    assert _venues("وتجمع الأطفال على المسرح الصغير بمقر المعرض الذي امتلأ بالألعاب") == [
        "المسرح الصغير"
    ]


def test_the_sunset_prayer_is_not_morocco():
    text = "وعقب صلاة المغرب ألقى الشيخ محاضرة في الملتقى، ويختتم بعد المغرب."
    assert places.find_countries(text) == []
    assert [c.code for c in places.find_countries("ويقام الملتقى في المغرب")] == ["MA"]


def test_an_edition_of_a_prize_or_of_another_event_is_not_the_events():
    text = (
        "حصدت بلدية الواحة النسخة الأولى من جائزة «المدينة الذكية» التي أطلقها مؤتمر "
        "مستخدمي الخرائط خلال أعماله في مدينة دبي يومي 20 و21 يوليو 2015، وقد نظم المؤتمر "
        "معهد بحوث الخرائط بمشاركة 300 خبير."
    )
    cards = extract_events(
        "d", text, title="بلدية الواحة تحصد جائزة المدينة الذكية", published="2015-07-31"
    )
    assert [c.edition for c in cards] == [None]
    other = (
        "ينظم نادي الفنون بتبوك ملتقى الخط العربي من الثالث وحتى الخامس من صفر المقبل "
        "بفندق النخبة، برعاية محافظ المدينة. ويأتي الملتقى بعد ملتقى الشعر "
        "في نسخته الرابعة."
    )
    (card,) = extract_events("d", other, title="الباحة تستضيف ملتقى القصة", published="2015-08-06")
    assert card.edition is None


def test_a_foreign_town_spelt_another_way_after_madina_is_that_town():
    # Arabic writes a foreign town as it hears it: "كولومبس" for the gazetteer's "كولومبوس",
    # "سان دييجو" for "سان دييغو"
    (columbus,) = places.find_cities(
        "استضافت الجامعة وفد الغرفة التجارية في مدينة كولومبس الأمريكية"
    )
    assert (columbus.text, columbus.code, columbus.name_en) == ("كولومبس", "US", "Columbus")
    (diego,) = places.find_cities("وتسلم الفريق الجائزة في مدينة سان دييجو الأمريكية")
    assert (diego.text, diego.code) == ("سان دييجو", "US")
    # a word whose letters only sound like a town's is no town, nor is one without "مدينة"
    assert places.find_cities("بنى المستثمرون مدينة إنتاج سينمائي كبيرة") == []
    assert places.find_cities("وصل الوفد إلى كولومبس أمس") == []


def test_saudi_towns_the_gazetteer_names_only_in_english_are_found():
    (unaizah,) = places.find_cities("انطلق مهرجان التمور في محافظة عنيزة بمشاركة المزارعين")
    assert (unaizah.text, unaizah.code, unaizah.name_en) == ("عنيزة", "SA", "Unaizah")
    (bisha,) = places.find_cities("ويقام المعرض في بيشة")
    assert bisha.code == "SA"


def test_a_word_after_a_definite_head_with_lil_is_not_a_town():
    # "للمهرجان" is ل + the article: "قدمت اللجنة للمهرجان درعا" gives the festival a shield
    # ("درعا"), it does not place it in the Syrian town
    assert names.definite_head(tokens("للمهرجان")[0])
    assert not names.definite_head(tokens("لمهرجان")[0])
    text = (
        "بدأ أمس مهرجان الربيع الترفيهي الذي ترعاه بلدية الحي وتشارك فيه عشرون فرقة. "
        "وأهدى رئيس البلدية للمهرجان درعا فضية في ختام الحفل."
    )
    (card,) = extract_events("d", text, title="مهرجان الربيع الترفيهي", published="2015-08-01")
    assert card.city != "درعا" and card.country != "SY"


def test_a_name_ends_before_the_newspaper_it_was_told_to_and_the_title_adds_no_town():
    assert _names('أوضح منسق مهرجان الصيف الترفيهي لـ"الوئام"، أن البرنامج')[0] == (
        "مهرجان الصيف الترفيهي"
    )
    assert _names("قال مدير معرض الكتاب المستعمل لـ«سبق» إن المعرض")[0] == "معرض الكتاب المستعمل"
    # a quoted name after لـ that is no newspaper stays
    assert _names("افتتح المعرض الدائم لـ«الخط العربي» أمس")[0] == "المعرض الدائم لـ«الخط العربي»"
    # the title repeats the name with its town; the name does not take the town from it
    text = "يبدأ ملتقى الأسرة الصيفي بالدمام , فعالياته الأحد المقبل في مركز المعارض."
    mentions = names.extend_by_title(
        text, names.find_names(text), "ملتقى الأسرة الصيفي بالدمام يبدأ فعالياته"
    )
    assert mentions[0].text == "ملتقى الأسرة الصيفي"


def test_a_day_named_for_the_start_is_the_start_whatever_verb_comes_before():
    text = (
        "كشف مهرجان الواحة السينمائي الدولي أمس الثلاثاء عن اختيار يوم تسعة ديسمبر المقبل "
        "لانطلاق دورته الرابعة في مدينة دبي بمشاركة 80 فيلما."
    )
    (card,) = extract_events("d", text, title="مهرجان الواحة السينمائي", published="2015-08-04")
    assert (card.start_date, card.edition) == ("2015-12-09", 4)


def test_a_venue_ends_before_who_chairs_or_attends():
    text = "ناقش فريق المعرض خطته في مقر البلدية برئاسة نائب رئيس المجلس."
    assert _venues(text) == ["مقر البلدية"]


def test_the_day_a_part_of_the_event_is_held_is_not_its_start_but_its_opening_is():
    part = (
        "يقام مهرجان الزهور الدولي في مدينة الطائف في أغسطس المقبل، وقالت اللجنة إن أمسية "
        "شعرية للمهرجان ستقام يوم 22 أغسطس."
    )
    (card,) = extract_events("d", part, title="مهرجان الزهور", published="2015-07-01")
    assert card.start_date == "2015-08"
    opening = (
        "تنطلق فعاليات مهرجان الزهور الدولي في مدينة الطائف، وحفل افتتاح المهرجان يقام يوم "
        "20 أغسطس المقبل."
    )
    (card,) = extract_events("d", opening, title="مهرجان الزهور", published="2015-07-01")
    assert card.start_date == "2015-08-20"


def test_caring_for_someone_is_no_patronage():
    assert bodies.find_bodies("تجدد الشركة كل عام التزامها برعاية الرسامين الصغار") == []
    assert bodies.find_bodies("وأكدت الجمعية اهتمامها برعاية الأيتام") == []
    (patron,) = bodies.find_bodies("أقيم المهرجان برعاية وزارة الثقافة")
    assert (patron.text, patron.role) == ("وزارة الثقافة", "patron")


def test_the_end_after_hatta_al_and_a_length_said_of_the_new_edition():
    text = (
        "يبدأ ملتقى النخيل الأسري بمحافظة القطيف في الـ 25 من الشهر الجاري، ويستمر حتى "
        "الـ 2 من شهر ذي القعدة القادم وفق ما أعلنته اللجنة المنظمة."
    )
    (card,) = extract_events("d", text, title="ملتقى النخيل الأسري", published="2015-08-02")
    assert (card.start_date, card.end_date) == ("2015-08-10", "2015-08-17")
    length = (
        "اختار مهرجان الواحة السينمائي الدولي في مدينة دبي يوم تسعة ديسمبر المقبل لانطلاق "
        "دورته الرابعة. وبحسب المنظمين فإن الدورة الجديدة تمتد على مدى سبعة أيام."
    )
    (card,) = extract_events("d", length, title="مهرجان الواحة السينمائي", published="2015-08-04")
    assert (card.start_date, card.end_date) == ("2015-12-09", "2015-12-15")


def test_words_that_look_like_country_names_are_not_countries():
    assert places.find_countries("لعب في الساحة كثير من البنين") == []  # not Benin
    assert places.find_countries("أيدت الأمم المتحدة ومعها الاتحاد الأوروبي الخطة") == []
    assert places.find_countries("قصور بنيت في القرون الوسطى") == []  # not Central Africa
    assert [c.code for c in places.find_countries("وصل الوفد للكويت ثم للبحرين")] == ["KW", "BH"]
    assert [c.code for c in places.find_countries("زار المملكة المتحدة")] == ["GB"]


def test_a_foreign_town_the_article_calls_a_town_counts_wherever_it_is_placed():
    text = (
        "قدمت الفرقة عرضها في مهرجان «الريف» العالمي للمسرح في أفينيون. وتقع مدينة أفينيون "
        "قرب البحر."
    )
    assert [c.text for c in places.find_cities(text)] == ["أفينيون", "أفينيون"]
    assert places.find_cities("قدمت الفرقة عرضها في أفينيون") == []


def test_a_governorate_said_right_after_the_name_comes_before_a_town_named_for_a_post():
    text = (
        "واس بيشة: انطلقت أمس فعاليات مهرجان الرمان في محافظة المندق بمشاركة "
        "ثلاثين مزارعا. وحضر الافتتاح مدير عام الزراعة في بيشة."
    )
    (card,) = extract_events("d", text, title="انطلاق مهرجان الرمان", published="2015-08-11")
    assert (card.city, card.country) == ("المندق", "SA")


def test_a_body_that_closes_or_launched_an_event_organized_it():
    assert _roles("اختتمت جمعية الفنون البصرية بالخبر مهرجان الصيف للأطفال أمس") == [
        ("organizer", "جمعية الفنون البصرية بالخبر")
    ]
    # closing its own part in someone else's festival, or a closing said of a place
    assert _roles("اختتم نادي الغوص الأهلي مشاركته في مهرجان الساحل أمس") == []
    assert _roles("اختتمت بمحافظة الوجه فعاليات مهرجان الصيف الثالث") == []
    assert _roles("وتتواصل مسابقة «عين المدينة» للتصوير التي أطلقتها الغرفة التجارية بالقطيف") == [
        ("organizer", "الغرفة التجارية بالقطيف")
    ]
    # what was launched is an initiative, not an event
    assert _roles("للتعرف على المبادرات التي أطلقتها وزارة العمل والتنمية هذا العام") == []
    found = _roles(
        "وذكر أن الملتقى المقرر تنظيمه بالتعاون بين رابطة الخليج للتغذية، وجامعة "
        "الدمام، يستمر يومين."
    )
    assert found == [("organizer", "رابطة الخليج للتغذية"), ("organizer", "جامعة الدمام")]


def test_an_english_venue_with_a_lower_case_kind_or_a_longer_name():
    assert _venues("The fair runs at the Lakeside exhibition centre until Sunday.") == [
        "Lakeside exhibition centre"
    ]
    assert _venues("The talks were held at the Justus Lipsius building on Friday.") == [
        "Justus Lipsius building"
    ]
    # "Park" is a word of the hotel's name here, not the venue
    assert _venues("The prizes were handed out at the Park Lane Hilton in London.") == [
        "Park Lane Hilton"
    ]


def test_a_patron_after_a_future_or_a_second_verb_and_not_who_attends():
    assert _roles("أعلن النادي موعد ملتقى الرواية الذي سيرعاه الأمير فهد بن سالم في الطائف") == [
        ("patron", "الأمير فهد بن سالم")
    ]
    assert _roles(
        "وأوضح أن المؤتمر الذي يرعاه ويشرفه بالحضور معالي الدكتور سامي العتيبي وزير التعليم يبدأ"
    ) == [("patron", "الدكتور سامي العتيبي")]
    # "، وبحضور …" names who attends, not a second patron
    assert _roles(
        "يعقد المنتدى تحت رعاية الرئيس التونسي منصف العربي، وبحضور سالم الهادي رئيس البرلمان."
    ) == [("patron", "الرئيس التونسي منصف العربي")]


def test_a_venue_in_brackets_after_its_town():
    assert _venues("المؤتمر الذي تستضيفه مدينة الخبر (فندق النخيل) خلال الفترة من 5 إلى 7") == [
        "فندق النخيل"
    ]
    # brackets after anything else hold no venue
    assert _venues("وقال مدير (مركز النخيل) إن البرنامج ناجح") == []


def test_a_day_set_for_the_start_counts_with_a_stray_hamza():
    # "لإنطلاق" for "لانطلاق", as the news often writes it: the day chosen to open the next
    # edition, not a day while the festival runs (the day it was announced is not its date)
    text = (
        "أعلن مهرجان الخليج للمسرح اليوم الإثنين تحديد يوم العاشر من ديسمبر المقبل لإنطلاق "
        "دورته الـ 7 في مدينة الدوحة.\n"
        "وبحسب المنظمين فإن الدورة المقبلة تقام على مدى خمسة أيام.\n"
    )
    (card,) = extract_events(
        "x", text, title="مهرجان الخليج للمسرح ينطلق في ديسمبر", published="2015-08-03"
    )
    assert (card.start_date, card.end_date) == ("2015-12-10", "2015-12-14")


def test_a_figure_said_of_an_earlier_edition_is_not_this_editions():
    text = (
        "تنطلق الدورة الثالثة من ملتقى الواحة للطاقة الشمسية في مدينة الهفوف يوم 12 مارس 2031 "
        "بمشاركة 40 متحدثا. وأوضح المنظمون أن الدورة الثالثة تأتي بعد نجاح الدورة الثانية "
        "التي شهدت حضور 900 زائر."
    )
    cards = extract_events("d", text, published="2031-03-01")
    assert cards and cards[0].edition == 3
    assert [(f.value, f.counts) for f in cards[0].figures] == [(40, "متحدثا")]
