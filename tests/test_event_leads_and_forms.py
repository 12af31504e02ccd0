"""Event names, places and bodies in forms the news writes them: a town spelled with و, an
accusative ceremony with its occasion, a dual, a purpose clause, a lead that opens on the
event under an unrelated title, official country names, and bodies named with verbal nouns.

Every sentence here is invented in the style of Arabic news; each test fails without the
rule it names.
"""

from __future__ import annotations

from ingest.events import bodies, names, places
from ingest.events.extract import extract_events


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(b.text, b.role) for b in bodies.find_bodies(text)]


# --- names ---------------------------------------------------------------------------------


def test_a_town_spelled_with_waw_is_no_conjunction():
    assert _names("فاز الفيلم بالجائزة في الدورة السابعة لمهرجان وهران الدولي للفيلم") == [
        "مهرجان وهران الدولي للفيلم"
    ]
    # a conjunction still ends a name: "وجدة" is "و" + جدة as much as it is Oujda
    assert _names("يقام مهرجان الرياض وجدة للتسوق") == ["مهرجان الرياض"]


def test_an_event_word_inside_a_slogan_is_no_event():
    assert _names("تحت شعار ملتقى الأصالة والإبداع ينطلق مهرجان «ليالي الواحة» غدا") == [
        "مهرجان «ليالي الواحة»"
    ]


def test_what_a_named_event_is_held_for_ends_its_name():
    assert _names("تستعد المنظمة لعقد قمة خليجية طارئة لبحث أزمة المياه") == ["قمة خليجية طارئة"]
    # right after the head it is all the name there is
    assert _names("يعقد النادي ندوة لمناقشة رواية «الرمال» مساء الأحد") == [
        "ندوة لمناقشة رواية «الرمال»"
    ]
    assert _names("تقيم الجمعية ورشة عمل لمناقشة خطتها الخمسية") == [
        "ورشة عمل لمناقشة خطتها الخمسية"
    ]


def test_an_accusative_ceremony_is_named_by_its_occasion():
    assert _names("تقيم الجمعية الخيرية مساء الخميس حفلاً تراثيًا بمناسبة عيد الفطر في ساحتها") == [
        "حفلاً تراثيًا بمناسبة عيد الفطر"
    ]
    assert _names("حضر المحافظ حفل الأهالي بمناسبة عيد الأضحى") == [
        "حفل الأهالي بمناسبة عيد الأضحى"
    ]
    # an adjective alone still names a concert, not a ceremony
    assert _names("أحيا المطرب حفلاً غنائياً في الدوحة") == []


def test_two_workshops_written_as_a_dual_are_one_event():
    mentions = names.find_names("تقيم لجنة الانتخابات ورشتي عمل للناخبين يوم الأحد المقبل")
    assert [(m.text, m.kind) for m in mentions] == [("ورشتي عمل للناخبين", "workshop")]


# --- the lead --------------------------------------------------------------------------------


def test_a_lead_that_opens_on_the_event_makes_its_card_whatever_the_title():
    text = (
        'تحت شعار «الفن يجمعنا» ينطلق "مهرجان ليالي النخيل" يومي 20 و21 سبتمبر المقبل '
        "بفندق الواحة في الدوحة، "
        "ويكرم الممثلين والمخرجين. ويحتفي المهرجان في ليلته الأخيرة بأسماء راحلة، ويشارك في "
        "لجنة التحكيم عدد من النقاد."
    )
    cards = extract_events("x", text, title="تكريم نجوم الشاشة", published="2015-08-06")
    assert [c.name for c in cards] == ["مهرجان ليالي النخيل"]
    assert cards[0].start_date == "2015-09-20"


# --- places ----------------------------------------------------------------------------------


def test_official_country_names_with_the_states_adjective():
    found = places.find_countries("وأعلنت المملكة المغربية استعدادها لاستضافة اللقاء")
    assert [(p.text, p.code) for p in found] == [("المملكة المغربية", "MA")]
    found = places.find_countries("وصل الوفد إلى الجمهورية التونسية")
    assert [(p.text, p.code) for p in found] == [("الجمهورية التونسية", "TN")]
    # the adjective alone is no place
    assert places.find_countries("وأعلنت الحكومة المغربية") == []


# --- bodies ----------------------------------------------------------------------------------


def test_a_body_that_begins_to_prepare_the_event_organizes_it():
    text = "بدأت الأمانة العامة لاتحاد الغرف الخليجية في الاستعداد لعقد قمة اقتصادية طارئة"
    assert _bodies(text) == [("الأمانة العامة لاتحاد الغرف الخليجية", "organizer")]


def test_a_quoted_body_name_runs_on_over_what_it_is_of():
    assert _bodies("نظم مركز «الواحة» للفنون معرضا للخط العربي") == [
        ("مركز «الواحة» للفنون", "organizer")
    ]


def test_a_verbal_noun_after_waw_continues_a_body_name():
    text = "برعاية مركز تأهيل وتطوير المهارات بكلية الساحل، أقيمت ورشة للتسويق"
    assert ("مركز تأهيل وتطوير المهارات بكلية الساحل", "patron") in _bodies(text)


def test_a_venue_ends_before_when_it_starts():
    text = "يقام الملتقى في مقر الغرفة اعتبارا من يوم الأحد المقبل"
    assert [text[a:b] for a, b in places.find_venues(text)] == ["مقر الغرفة"]


def test_the_day_a_statement_was_issued_is_not_the_events():
    text = (
        "بدأت الأمانة العامة لمنظمة الغرف الخليجية في الاستعداد لعقد قمة اقتصادية خليجية "
        "طارئة، وقد أبدت دولة الكويت استعدادها لاستضافتها. ولفت بيان صحفي أصدرته المنظمة أمس "
        "إلى أن عقد القمة التي تستضيفها دولة الكويت خلال الفترة المقبلة يأتي تلبية لدعوة الغرف."
    )
    cards = extract_events("x", text, title="قمة اقتصادية خليجية طارئة", published="2015-08-07")
    assert [c.name for c in cards] == ["قمة اقتصادية خليجية طارئة"]
    assert cards[0].country == "KW"
    assert cards[0].start_date is None


def test_a_jamboree_is_an_event_and_its_bracketed_ordinal_its_edition():
    mentions = names.find_names("يشارك الوفد غدا في الجامبوري الدولي للكشافة الـ (24) بكندا")
    assert [(m.text, m.edition) for m in mentions] == [("الجامبوري الدولي للكشافة الـ (24)", 24)]


def test_the_country_of_an_earlier_edition_in_brackets_is_not_this_ones():
    text = (
        "يشارك الوفد الكشفي في الجامبوري الدولي للكشافة الـ (24) الذي تبدأ فعالياته الأحد "
        "المقبل في كندا، بمشاركة آلاف الكشافين من أنحاء العالم.\n"
        "وأوضح قائد الوفد أن الجمعية شاركت أول مرة في النسخة (12) من الجامبوري الدولي، "
        "الذي استضافته اليونان قبل عقود."
    )
    assert names.edition_mentions("في النسخة (12) من الجامبوري") == [(12, 3)]
    (card,) = extract_events("d", text, title="الكشافة في جامبوري كندا", published="2019-07-18")
    assert (card.edition, card.country) == (24, "CA")


def test_a_country_name_that_qualifies_a_body_places_nothing():
    found = places.find_countries(
        "تشارك رابطة الهواة العربية السعودية في المعسكر المقام في اليابان"
    )
    assert [(p.text, p.code) for p in found] == [("اليابان", "JP")]
    assert places.find_countries("نظمت الجمعية السعودية لطب الأسرة ندوة") == []
    # after a verb or a preposition it is the country
    assert [p.code for p in places.find_countries("تستضيف السعودية المؤتمر")] == ["SA"]
    assert [p.code for p in places.find_countries("وصل الوفد إلى السعودية")] == ["SA"]


def test_a_square_and_a_hall_that_hosted_it_are_venues():
    for text, venue in [
        (
            "أقيم حفل السباق الثالث بميدان الملك سعود للفروسية عصر اليوم",
            "ميدان الملك سعود للفروسية",
        ),
        (
            "افتتح المعرض بحفل احتضنته قاعة مبنى البلدية القديم في مدينة جنين",
            "قاعة مبنى البلدية القديم",
        ),
        ("يقام المهرجان في الحدائق العامة في الطائف، لتقديم عروض توعوية", "الحدائق العامة"),
    ]:
        assert [text[a:b] for a, b in places.find_venues(text)] == [venue]


def test_an_event_placed_nowhere_is_held_in_the_town_its_organizer_is_of():
    text = (
        "تستعد لجنة رائدات الأعمال بغرفة الطائف لتنظيم الملتقى السنوي للحرفيات، مساء الأحد "
        "13 سبتمبر 2015م، بقاعة الاحتفالات في مبنى الغرفة."
    )
    cards = extract_events("x", text, title="الملتقى السنوي للحرفيات", published="2015-07-27")
    assert [(c.name, c.city, c.country) for c in cards] == [
        ("الملتقى السنوي للحرفيات", "الطائف", "SA")
    ]
    # a college named like a town is no town the body is of
    text = (
        "عقدت ندوة علم النفس التربوي الرابعة في رحاب كلية مانسفيلد يوم الثلاثاء 4 أغسطس 2015 "
        "بتنظيم كلية مانسفيلد، بمشاركة باحثين من عشرين دولة."
    )
    cards = extract_events("x", text, title="ندوة علم النفس التربوي", published="2015-08-05")
    assert cards and all(c.city is None for c in cards)
