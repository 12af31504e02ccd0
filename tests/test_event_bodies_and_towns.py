"""Organizers named the ways news names them, and the towns the gazetteer lacks or hides.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies, names, places
from ingest.events.extract import extract_events


def _organizers(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]


# --- a body's name over "و" + a noun governing a definite word ---------------------------------


def test_a_body_name_runs_over_a_conjoined_noun_with_its_genitive():
    assert _organizers(
        "ينظم مركز الواحة لطب وجراحة العيون ملتقى التوعية الصحية الأسبوع المقبل"
    ) == ["مركز الواحة لطب وجراحة العيون"]
    # a "وت…" noun in ة is no verb ("وتوعية الجاليات" is not "وتنظمه الجمعية")
    assert _organizers("ينظم المكتب الأهلي للثقافة والفنون وتنمية المواهب ملتقى الشباب") == [
        "المكتب الأهلي للثقافة والفنون وتنمية المواهب"
    ]


def test_business_after_the_people_in_business_is_a_word_of_the_body():
    # "أعمال" ends a body before an event's proceedings, not in "رجال أعمال" (businessmen)
    assert _organizers("نظم مجلس رجال أعمال الخرج ندوة عن التصدير") == ["مجلس رجال أعمال الخرج"]
    assert _organizers("وتنظم لجنة سيدات الأعمال بغرفة حائل معرض الحرف") == [
        "لجنة سيدات الأعمال بغرفة حائل"
    ]


def test_a_court_a_consulate_and_the_police_hold_events_as_bodies():
    assert _organizers("أقامت المحكمة العامة بتبوك حفل معايدة لمنسوبيها") == [
        "المحكمة العامة بتبوك"
    ]
    assert _organizers("أقامت قنصلية الأردن في جدة حفل استقبال") == ["قنصلية الأردن"]
    assert _organizers("نظمت شرطة منطقة نجران دورة في الإسعافات") == ["شرطة منطقة نجران"]


def test_the_time_said_between_the_verb_and_its_body():
    assert _organizers("أقامت مساء أمس جمعية البر بالخرج حفل معايدة للأيتام") == [
        "جمعية البر بالخرج"
    ]


def test_an_evening_or_a_lecture_after_the_body_is_no_part_of_it():
    assert _organizers("تنظم جمعية الثقافة والفنون أمسية شعرية الليلة") == ["جمعية الثقافة والفنون"]
    assert _organizers("ينظم نادي الطائف الأدبي محاضرة عن الرواية") == ["نادي الطائف الأدبي"]


def test_a_dash_written_as_a_tatweel_is_no_part_of_the_patron():
    found = bodies.find_bodies(
        "رعى الأمير فيصل بن خالد بن سلطان ـ حفظه الله ـ في مقر الإمارة أمس حفل تكريم المتفوقين."
    )
    assert [(b.text, b.role) for b in found] == [("الأمير فيصل بن خالد بن سلطان", "patron")]
    # after a letter it is that letter's tatweel: the Hijri year keeps its "هـ"
    from ingest.events.spans import trim

    name = "ملتقى الخرج الشتوي 1437هـ"
    assert trim(name, 0, len(name)) == (0, len(name))


def test_a_verb_with_its_pronoun_still_ends_a_body_name():
    found = _organizers("نظمت جمعية الفنون ملتقى الرسامين وافتتحه الأمير أمس")
    assert found == ["جمعية الفنون"]


# --- cues: organized with them, a partnership between them -------------------------------------


def test_organized_with_bodies_makes_them_organizers():
    text = (
        "وبين أن اللقاء العلمي سيتم تنظيمه بالتعاون مع جمعية أطباء العيون "
        "ووزارة الصحة، ويبحث أحدث العلاجات"
    )
    assert _organizers(text) == ["جمعية أطباء العيون", "وزارة الصحة"]
    # with no "تنظيمه" before it, "بالتعاون مع" names a partner
    roles = {(b.role, b.text) for b in bodies.find_bodies("يقام الملتقى بالتعاون مع وزارة الصحة")}
    assert roles == {("partner", "وزارة الصحة")}


def test_a_partnership_between_bodies_names_organizers():
    text = "التي تقام ضمن فعاليات المهرجان، بشراكة بين شركة الواحة للسياحة وجامعة الطائف."
    assert _organizers(text) == ["شركة الواحة للسياحة", "جامعة الطائف"]


# --- a body closing an event, with where it is said between ------------------------------------


def test_a_body_closing_an_event_after_where_it_is():
    assert _organizers(
        "اختتم المركز الثقافي للتراث شرق محافظة الوادي جنوب القطاع، مهرجان الطفولة أمس"
    ) == ["المركز الثقافي للتراث"]
    assert _organizers("اختتم المركز الثقافي للتراث في الوادي مهرجان الطفولة أمس") == [
        "المركز الثقافي للتراث"
    ]


def test_a_body_closing_its_part_in_an_event_is_no_organizer():
    assert _organizers("اختتمت جمعية الفنون في المهرجان مشاركتها بعرض مسرحي") == []
    assert _organizers("اختتمت جمعية الفنون في مدينة جدة مشاركتها في المهرجان") == []


def test_the_day_before_yesterday_ends_a_body_name():
    text = "نظمت مدينة الأمل للخدمات الإنسانية أول من أمس ملتقى اجتماعيا للمرضى"
    assert _organizers(text) == ["مدينة الأمل للخدمات الإنسانية"]


# --- towns ------------------------------------------------------------------------------------


def test_a_foreign_city_that_names_the_event_is_its_city():
    text = "اختتم مهرجان جنيف الصيفي أمس الأول بعروض الألعاب النارية على البحيرة."
    head = frozenset({text.index("مهرجان") + len("مهرجان")})
    (found,) = places.find_cities(text, heads=head)
    assert (found.text, found.name_en, found.code) == ("جنيف", "Geneva", "CH")
    # a small foreign town after the head noun stays a word of the name
    text = "اختتم مهرجان كان السينمائي أمس"
    assert places.find_cities(text, heads=frozenset({text.index(" كان")})) == []


def test_saudi_towns_the_gazetteer_lacks_or_spells_otherwise():
    for town, english in (
        ("شرورة", "Sharurah"),
        ("رفحاء", "Rafha"),
        ("القنفذة", "Al Qunfudhah"),
        ("المجمعة", "Al Majma'ah"),
        ("ضباء", "Duba"),
    ):
        (found,) = places.find_cities(f"يقام المهرجان في {town} الأسبوع المقبل")
        assert (found.text, found.name_en, found.code) == (town, english, "SA")


# --- a title said a clause after the name ------------------------------------------------------


def test_a_title_a_clause_after_the_event_is_its_slogan():
    text = (
        "نظمت إدارة المرور بمنطقة حائل مساء أمس، الندوة الخامسة من برنامج التوعية المرورية "
        "في موسمه الثالث، بعنوان «السلامة مسؤولية الجميع»، بحضور محافظ حائل، وذلك بمسرح "
        "الإدارة. وشارك في الندوة أكثر من 200 طالب."
    )
    (card,) = extract_events("doc-1", text, title="", published="2015-08-10")
    assert card.slogan == "السلامة مسؤولية الجميع"


# --- a definite head after a verb, and the verb's object ---------------------------------------


def test_a_definite_noun_after_a_definite_head_and_its_verb_is_the_object():
    names_of = lambda text: [m.text for m in names.find_names(text)]  # noqa: E731
    assert names_of("ويتضمن الملتقى الدروس المسائية التي تلقى طوال أسبوعين") == ["الملتقى"]
    assert names_of("ويستقبل المعرض الزوار يوميا من الرابعة عصرا") == ["المعرض"]
    # adjectives still qualify it: a nisba, an ordinal, a plain adjective
    assert names_of("وشهد المهرجان الوطني للتراث حضورا كبيرا") == ["المهرجان الوطني للتراث"]
    assert names_of("ويشهد الملتقى الأول مشاركة واسعة") == ["الملتقى الأول"]
    assert names_of("يقام المهرجان الكبير في الساحة") == ["المهرجان الكبير"]


def test_nisba_adjectives_after_the_ordinal_stay_in_the_name():
    found = [
        m.text for m in names.find_names("انطلق مهرجان بلدية الوادي الرابع الصيفي الترفيهي أمس")
    ]
    assert found == ["مهرجان بلدية الوادي الرابع الصيفي الترفيهي"]
    # but not a noun with its pronoun ("… الأول برامجه")
    found = [m.text for m in names.find_names("وبدأ ملتقى السياحة الأول برامجه أمس")]
    assert found == ["ملتقى السياحة الأول"]


# --- venues -----------------------------------------------------------------------------------


def _venues(text: str) -> list[str]:
    return [text[s:e] for s, e in places.find_venues(text)]


def test_a_venue_in_another_is_one_venue():
    assert _venues("ويستمر يومين بقاعة الأمير نايف في جامعة الملك سعود بالرياض.") == [
        "قاعة الأمير نايف في جامعة الملك سعود"
    ]
    # two venues apart stay two
    assert _venues("يقام الافتتاح بقاعة الأمير نايف، والختام في مسرح الجامعة الكبير.") == [
        "قاعة الأمير نايف",
        "مسرح الجامعة الكبير",
    ]


def test_parks_in_the_plural_are_venues():
    assert _venues("ويقام المهرجان في منتزهات الوادي الأخضر كل مساء") == ["منتزهات الوادي الأخضر"]


def test_an_annual_events_year_is_its_edition():
    text = "افتتح المحافظ أمس فعاليات ملتقى «أمل الشباب» في عامه الرابع، بقاعة الأمير نايف"
    head = text.index("ملتقى")
    assert names.edition_near(text, head) is not None
    assert names.edition_near(text, head)[0] == 4


def test_a_town_the_gazetteer_lacks_said_with_its_country():
    text = (
        "اختتمت أمس فعاليات مهرجان الخيل العربية الذي أقامته الجمعية على مدى أربعة أيام في "
        "مدينة شانتي بفرنسا تحت رعاية رئيس مجلس إدارة الجمعية. وشارك في المهرجان 90 جوادا."
    )
    (card,) = extract_events("doc-1", text, title="", published="2015-08-10")
    assert (card.city, card.city_en, card.country) == ("شانتي", None, "FR")


def test_a_municipality_named_in_the_events_name_is_its_town():
    text = (
        "انطلق مساء أمس مهرجان بلدية الحمراء الثالث الترفيهي بحضور محافظ محافظة الجموم، "
        "ويستمر المهرجان خمسة أيام بمشاركة 20 شاعرا."
    )
    (card,) = extract_events("doc-1", text, title="", published="2015-08-10")
    assert (card.city, card.country) == ("الحمراء", "SA")


def test_a_hotel_brand_written_in_arabic_letters_is_not_cut_at_a_ya_word():
    assert _venues("ويقام اللقاء في فندق كورت يارد ماريوت، ويستمر يومين") == [
        "فندق كورت يارد ماريوت"
    ]


def test_an_opener_with_a_long_role_is_read_to_the_name_after_its_title():
    text = (
        "افتتح مدير عام فرع هيئة السياحة والآثار نائب رئيس لجنة الفعاليات السياحية بمنطقة "
        "تبوك المهندس سعيد الغامدي، صباح اليوم، مهرجان الورد الأول"
    )
    openers = [b.text for b in bodies.find_bodies(text) if b.role == "opener"]
    assert len(openers) == 1 and openers[0].endswith("المهندس سعيد الغامدي")
    # not over another event's name: the role is the festival committee's
    text = (
        "دشن نائب أمير المنطقة رئيس اللجنة العليا لمهرجان صيف تبوك الدكتور سعيد الغامدي "
        "معرض الكتاب أمس"
    )
    openers = [b.text for b in bodies.find_bodies(text) if b.role == "opener"]
    assert openers == ["نائب أمير المنطقة رئيس اللجنة العليا"]


def test_a_venue_or_a_name_in_brackets_after_its_head():
    assert _venues("وأقيم المعرض في صالة (ألوان الفن) بالخبر مساء أمس") == ["صالة (ألوان الفن)"]
    found = [m.text for m in names.find_names("افتتح رئيس النادي المعرض التشكيلي (وطن العز) أمس")]
    assert found == ["المعرض التشكيلي (وطن العز)"]


def test_mosques_are_venues():
    assert _venues("أقيم الحفل الختامي للمسابقة في مسجد النور بحي الروضة") == [
        "مسجد النور بحي الروضة"
    ]
    assert _venues("وألقيت المحاضرة بجامع الإمام تركي بن عبدالله") == [
        "جامع الإمام تركي بن عبدالله"
    ]
    assert _venues("وقال إن البرنامج جامع لكل الفئات") == []


def test_a_venue_ends_before_where_it_stands_and_runs_over_a_kunya():
    found = _venues("يقام المعرض بالمتحف الوطني المطل على ساحة العلم بوسط المدينة")
    assert found[0] == "المتحف الوطني"
    # "بكر" after "أبو" is a name's word, not a clause in ب
    assert _venues("ويقام على مسرح مدرسة أبو بكر الرازي مساء اليوم") == [
        "مسرح مدرسة أبو بكر الرازي"
    ]


# --- the town said right after the event's name -------------------------------------------------


def _place(text: str, title: str = "") -> tuple[str | None, str | None, str | None]:
    cards = extract_events("d", text, title=title, published="2031-10-10")
    assert cards, text
    return cards[0].city, cards[0].country, cards[0].venue


def test_the_town_right_after_the_name_wins_over_a_town_the_name_holds():
    # "الساحل" is also a town of Egypt; the festival is held in Yanbu
    text = (
        "تنطلق مساء الأحد 12 أكتوبر 2031 فعاليات مهرجان الساحل للفنون الشعبية في مدينة ينبع، "
        "ويشارك فيه أكثر من 40 فرقة على مسرح الكورنيش طوال أسبوع."
    )
    assert _place(text, "مهرجان الساحل") == ("ينبع", "SA", "مسرح الكورنيش")
    text = (
        "يعقد ملتقى دبي السنوي للطاقة المتجددة في مدينة الرياض خلال الفترة من 3 إلى 5 مارس "
        "2031 بمشاركة خبراء من دول الخليج."
    )
    assert _place(text, "ملتقى دبي")[:2] == ("الرياض", "SA")


def test_a_country_after_the_name_keeps_the_town_the_name_holds():
    # "عمان" after the name is Oman, where Salalah is, not the Jordanian capital
    text = (
        "يعقد ملتقى صلالة السنوي للطاقة المتجددة في عمان خلال الفترة من 3 إلى 5 مارس 2031 "
        "بمشاركة خبراء من دول الخليج."
    )
    assert _place(text, "ملتقى صلالة")[:2] == ("صلالة", "OM")
