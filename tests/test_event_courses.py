"""Training courses as events: "دورة" is a course when called one, and an edition otherwise.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def test_a_training_course_makes_a_card():
    text = (
        "تنظم جمعية الخط العربي بجدة يوم الأحد المقبل دورة تدريبية في فن الزخرفة الإسلامية، "
        "تستمر خمسة أيام في مقر الجمعية، ويقدمها الخطاط سالم الحربي. وتهدف الدورة إلى تعليم "
        "المتدربين أصول الزخرفة، وتستقبل الجمعية طلبات التسجيل في الدورة حتى يوم الخميس."
    )
    cards = extract_events(
        "x", text, title="دورة تدريبية في الزخرفة بجمعية الخط", published="2015-08-05"
    )
    assert [(c.name, c.kind) for c in cards] == [("دورة تدريبية في فن الزخرفة الإسلامية", "course")]
    assert cards[0].city == "جدة"
    assert cards[0].start_date == "2015-08-09"


def test_a_course_is_called_one_by_an_adjective_a_title_or_the_skill_it_teaches():
    assert _names("ينفذ المعهد الدورة التأسيسية لمدربي الكشافة في الرياض") == [
        "الدورة التأسيسية لمدربي الكشافة"
    ]
    assert _names("يقيم المركز الدورة العلمية التدريبية الرابعة لعام 1436") == [
        "الدورة العلمية التدريبية الرابعة"
    ]
    assert _names("يقيم النادي اليوم دورة «الرسم بالفحم» للهواة") == ["دورة «الرسم بالفحم» للهواة"]
    assert _names("اختتمت أمس دورة تطوير مهارات المعلمين في الطائف") == [
        "دورة تطوير مهارات المعلمين"
    ]


def test_an_edition_or_a_tournament_called_doura_is_no_course():
    # the edition of an event: the festival is the name, not "الدورة"
    assert _names("انطلقت الدورة الثالثة لمهرجان الورد أمس") == ["مهرجان الورد"]
    assert _names("تنطلق الدورة الجديدة من المعرض غدا") == ["المعرض"]
    # a tournament
    assert _names("تقام دورة رمضانية لكرة القدم في ملعب الحي") == []
    assert _names("شارك المنتخب في دورة الخليج") == []


def test_an_article_whose_only_event_word_is_a_course_is_read():
    assert names.has_head("يقيم المركز دورة تدريبية")


def test_a_quoted_title_is_the_name_whatever_its_words_say():
    # "بالفحم" outside a quotation would be "ب" + a place and end the name
    assert _names("يقيم النادي اليوم معرض «الرسم بالفحم» للهواة") == ["معرض «الرسم بالفحم» للهواة"]


def test_a_count_of_courses_names_none_of_them():
    assert _names("بدأت اللجنة تنفيذ 40 دورة تدريبية للعاملين في المزارع") == []
    assert _names("نفذ المركز عشر دورات تدريبية وعدة دورة تدريبية أخرى") == []


def test_a_course_titled_in_quotes_is_named_by_its_title():
    text = (
        'تقيم اللجنة الهندسية في غرفة ينبع يوم الأحد القادم دورة بعنوان " عقود '
        'التشييد " يقدمها المهندس سامي العتيبي، وتستهدف المهندسين والمحامين.'
    )
    cards = extract_events("x", text, title="دورة في عقود التشييد", published="2015-08-11")
    assert [(c.name, c.kind) for c in cards] == [("عقود التشييد", "course")]
