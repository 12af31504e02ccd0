"""A town's or a municipality's Eid festivities are a festival: "احتفالات أمانة جدة بعيد الفطر".

Invented sentences in the style of Saudi news. The festivities are named by the plural, whose
they are and Eid, or by Eid and the town ("احتفالات عيد جدة"); "خلال احتفالات العيد" is only a
time, and festivities first named past the lead are the setting of another story.
"""

from __future__ import annotations

from ingest.events import bodies, names
from ingest.events.extract import extract_events
from ingest.events.places import city_of_word
from language.analyzer import normalize


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def test_a_municipalitys_eid_festivities_make_a_card():
    text = (
        "استقطبت احتفالات أمانة محافظة جدة بعيد الفطر المبارك أكثر من مئة ألف زائر في "
        "مواقعها على الواجهة البحرية، وتضمنت عروضا للألعاب النارية وفقرات مسرحية للأطفال "
        "والأسر، وتستمر الفعاليات حتى مساء الخميس."
    )
    cards = extract_events("d1", text, title="زوار احتفالات العيد في جدة", published="2015-07-20")
    assert [(c.name, c.kind, c.city) for c in cards] == [
        ("احتفالات أمانة محافظة جدة بعيد الفطر المبارك", "festival", "جدة")
    ]


def test_eid_and_the_town_name_the_festivities():
    assert _names("وتتواصل احتفالات عيد الدمام في الواجهة البحرية") == ["احتفالات عيد الدمام"]
    assert _names("وتتواصل احتفالات عيد طيبة 36 في الحدائق") == ["احتفالات عيد طيبة 36"]
    # "عيد وصيف الخرج": the town's festival of Eid and summer, not festivities of "وصيف"
    assert _names("وتتواصل احتفالات عيد وصيف الخرج 36 في البرج") == ["عيد وصيف الخرج 36"]
    # Eid and a word that is no town name no festivities
    assert _names("وتتواصل احتفالات عيد جميلة في البيوت") == []


def test_festivities_in_passing_are_no_mention():
    assert _names("أصيب عشرون طفلا خلال احتفالات عيد الفطر المبارك") == []
    assert _names("ويقام العرض ضمن احتفالات أمانة الرياض بعيد الفطر") == []
    assert _names("يستغرب الأهالي عدم إقامة احتفالات العيد في قريتهم") == []
    assert _names("كرمت الأمانة الفرق المشاركة في احتفالات بلدية المحافظة بعيد الفطر") == []
    # where another event is held
    assert _names("أقيمت مسابقة الأمانة للمسرح في احتفالات عيد طيبة 36") == [
        "مسابقة الأمانة للمسرح"
    ]


def test_festivities_first_named_past_the_lead_are_the_setting_of_another_story():
    lead = "قدمت فرقة المسرح الوطني مساء أمس عرضا جديدا لقي حضورا كبيرا من الجمهور. " * 5
    assert _names(lead + "وتأتي العروض في احتفالات أمانة الرياض بعيد الفطر.") == []


def test_blame_is_no_town():
    assert city_of_word("لوم") is None


def test_the_body_whose_festivities_they_are_organizes_them():
    text = (
        "استقطبت احتفالات أمانة محافظة جدة بعيد الفطر المبارك أكثر من مئة ألف زائر في "
        "مواقعها على الواجهة البحرية، وتضمنت عروضا للألعاب النارية وفقرات مسرحية للأطفال "
        "والأسر، وتستمر الفعاليات حتى مساء الخميس."
    )
    (card,) = extract_events("d1", text, title="زوار احتفالات العيد في جدة", published="2015-07-20")
    assert card.organizers == ["أمانة محافظة جدة"]
    assert card.evidence["organizers"][0].quote == "أمانة محافظة جدة"
    # the festivities of a body taking part in a ceremony's story name no organizer
    assert _organizers("كرمت اللجنة الجهات المشاركة في احتفالات بلدية الخرج بالعيد") == []
    assert _organizers("وتقام احتفالات بلدية الخرج بالعيد في ثلاثة مواقع") == ["بلدية الخرج"]


def _organizers(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "organizer"]


def test_the_holy_capital_is_makkah():
    city = city_of_word(normalize("العاصمة المقدسة"))
    assert city is not None and (city.name_en, city.country) == ("Makkah", "SA")
    text = (
        "شهدت ساحات احتفالات العيد بالعاصمة المقدسة ليلة أمس حضور آلاف الأسر التي جاءت "
        "لمتابعة الفعاليات التي انطلقت عقب صلاة العشاء. وأوضح مساعد أمين العاصمة المقدسة أن "
        "الأمانة أعدت برامج كثيرة، وتفاعل الزوار مع العروض الشعبية التي جسدت مظاهر احتفالات "
        "العيد."
    )
    (card,) = extract_events("d1", text, title="عيد مكة يستقطب العائلات", published="2015-07-21")
    assert (card.name, card.city, card.country) == ("احتفالات العيد", "العاصمة المقدسة", "SA")


def test_a_towns_people_name_their_festivities_in_the_singular_or_after_the_feast():
    assert _names("رعى المحافظ احتفال أهالي الوادي بعيد الفطر المبارك في الساحة") == [
        "احتفال أهالي الوادي بعيد الفطر المبارك"
    ]
    assert _names("انطلقت أمس احتفالات العيد لأهالي الوادي في الحديقة العامة") == [
        "احتفالات العيد لأهالي الوادي"
    ]
    # a celebration of anything else, or celebrating the feast, is still no event's name
    assert _names("وقدم الطلاب عرضا في احتفال بهيج بالمدرسة") == []
    assert _names("وشارك السياح الأهالي الاحتفال بالعيد في الأسواق") == []


def test_the_festivities_named_again_by_the_feast_alone_are_the_same_event():
    text = (
        "استقبلت احتفالات أمانة تبوك بعيد الفطر المبارك في أيامها الثلاثة أكثر من مئة ألف "
        "زائر، بحسب ما أعلنته الأمانة أمس.\n"
        "وأوضح المتحدث باسم الأمانة أن احتفالات العيد أقيمت في ساحة العروض بحي الروضة، "
        "وتضمنت عروضا شعبية وألعابا نارية.\n"
        "وأضاف أن احتفالات عيد تبوك شهدت مشاركة عشرين فرقة شعبية."
    )
    cards = extract_events(
        "x", text, title="مئة ألف زائر لفعاليات عيد تبوك", published="2015-07-22"
    )
    # one event, named as the headline names it, not by the feast alone
    assert [c.name for c in cards] == ["احتفالات عيد تبوك"]
    assert cards[0].venue == "ساحة العروض بحي الروضة"
