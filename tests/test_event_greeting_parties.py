"""Reports of an office's Eid greeting party, and a lead that names its event and then who
held it: "حضر الوزير حفل المعايدة الذي نظمته …".

These reports open on the official who attended the party or spoke at it, then name the
party and the body that held it ("… في حفل المعايدة الذي أقامته الإدارة بمقرها"); their
headlines speak of the official. The party's name is generic and said once, so the lead
counted for nothing and the report made no card. A name followed in the lead by "الذي/التي"
and a verb of holding it now opens the lead as "أقامت … حفل" does. A dot after a one-letter
title ("م. خالد") no longer ends the lead's first sentence; whom a body holds its event for
("لمنسوبيها", "لجميع منسوبي …") is part neither of the party's name nor of the body's; a
region's emirate, a bank and an airport hold parties; a party named by its occasion ends
with the feast. The sentences are invented.
"""

from __future__ import annotations

from ingest.events import bodies, names
from ingest.events.extract import extract_events

_PUBLISHED = "2031-03-06"


def _cards(title: str, text: str) -> list[dict]:
    return [c.to_dict() for c in extract_events("doc", text, title=title, published=_PUBLISHED)]


def test_a_party_named_then_held_by_a_body_is_the_reports_event():
    text = (
        "استقبل وكيل وزارة النقل الأستاذ خالد بن سعد العتيبي أمس المهنئين بعيد الفطر من "
        "موظفي الوزارة خلال حفل المعايدة الذي نظمته إدارة الاتصال المؤسسي بمقر الوزارة في "
        "الرياض. وتبادل الحضور التهاني بهذه المناسبة."
    )
    (card,) = _cards("وكيل النقل يستقبل المهنئين", text)
    assert card["name"] == "حفل المعايدة"
    assert card["city"] == "الرياض"
    assert card["venue"] == "مقر الوزارة"
    assert card["start_date"] == "2031-03-05"
    assert card["organizers"] == ["إدارة الاتصال المؤسسي"]


def test_a_one_letter_title_does_not_end_the_first_sentence():
    text = (
        "حضر م. خالد بن سعد العتيبي مدير عام المؤسسة العامة للموانئ مساء أمس حفل المعايدة "
        "الذي نظمته المؤسسة لموظفيها في قاعة الاحتفالات بالدمام. وتبادل الجميع التهاني."
    )
    (card,) = _cards("منسوبو الموانئ", text)
    assert card["name"] == "حفل المعايدة"
    assert card["city"] == "الدمام"
    # the bare "المؤسسة" is the body named in full before it, not "المؤسسة لموظفيها"
    assert card["organizers"] == ["المؤسسة العامة للموانئ"]


def test_a_bare_noun_after_an_adjective_of_place_names_no_earlier_body():
    # (guard) "مقر الشركة الرئيسية" is the head office, not a body called "الشركة الرئيسية"
    text = (
        "نظمت شركة الخليج للاتصالات أمس حفل معايدة لموظفيها، وعايد الرئيس التنفيذي "
        "الموظفين في الحفل الذي عقد بمقر الشركة الرئيسية وسط أجواء الألفة. ويعد الحفل من "
        "اللقاءات التي تقيمها الشركة لموظفيها كل عام."
    )
    organizers = [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]
    assert "الشركة الرئيسية" not in organizers


def test_a_party_said_in_the_body_with_its_holder_is_no_lead():
    # (guard) the party is named late in the story, after the lead's own subject
    text = (
        "أكد وزير النقل أن مشروعات الطرق في المنطقة تسير وفق الجدول الزمني المعتمد، وأن "
        "الوزارة تتابع أعمال المقاولين أسبوعيا في جميع المحافظات والمراكز التابعة لها. "
        "وأشار إلى أن نسبة الإنجاز بلغت سبعين في المئة. وكان الوزير قد حضر أمس حفل المعايدة "
        "الذي نظمته الوزارة بمقرها في الرياض."
    )
    assert _cards("وزير النقل: الطرق وفق الجدول", text) == []


def test_a_party_for_all_of_a_bodys_staff_is_named_without_them():
    text = (
        "أقامت الإدارة العامة للجوازات بمنطقة القصيم أمس حفل المعايدة السنوي لجميع منسوبي "
        "الإدارة في مسرح المبنى الرئيس ببريدة، وتبادل الحضور التهاني."
    )
    assert [c["name"] for c in _cards("جوازات القصيم تعايد منسوبيها", text)] == [
        "حفل المعايدة السنوي"
    ]


def test_a_regions_emirate_a_bank_and_an_airport_hold_their_parties():
    # "إمارة منطقة …" is the region's government (a body), not the place "إمارة دبي" is;
    # "مصرف" heads a bank's name as "بنك" does (the party's noun ends it), "مطار" an
    # airport's, which holds parties for the people working there
    found = [
        [(b.text, b.role) for b in bodies.find_bodies(text)]
        for text in (
            "نظمت إمارة منطقة تبوك صباح أمس حفل معايدة لمنسوبيها في قاعة الاستقبال.",
            "أقام مصرف الراجحي لقاء معايدة لكافة منسوبيه في مقره الرئيس.",
            "نظمت إمارة دبي معرضا للكتاب.",
            "نظم مطار الملك فهد الدولي بالدمام أمس حفل استقبال لمعايدة موظفيه.",
        )
    ]
    assert found == [
        [("إمارة منطقة تبوك", "organizer")],
        [("مصرف الراجحي", "organizer")],
        [],
        [("مطار الملك فهد الدولي بالدمام", "organizer")],
    ]


def test_a_party_is_named_without_the_staff_it_is_for_and_a_course_with_them():
    text = (
        "أقامت وزارة النقل أمس حفل معايدة لمنسوبي الوزارة في قاعة الاحتفالات بمقرها في "
        "الرياض، وتبادل الحضور التهاني."
    )
    assert [c["name"] for c in _cards("النقل تعايد منسوبيها", text)] == ["حفل معايدة"]
    # (guard) whom a course trains is part of its name
    text = (
        "نظمت وزارة النقل أمس دورة تدريبية لمنسوبي الوزارة في قاعة التدريب بمقرها في "
        "الرياض، وتستمر الدورة ثلاثة أيام."
    )
    assert [c["name"] for c in _cards("دورة لمنسوبي النقل", text)] == [
        "دورة تدريبية لمنسوبي الوزارة"
    ]


def test_a_party_named_by_its_occasion_ends_with_the_feast():
    text = (
        "أقام قائد القطاع الشمالي حفل معايدة بمناسبة عيد الفطر المبارك لضباط وأفراد القطاع "
        "في نادي الضباط بتبوك."
    )
    assert [m.text for m in names.find_names(text)] == ["حفل معايدة بمناسبة عيد الفطر المبارك"]
