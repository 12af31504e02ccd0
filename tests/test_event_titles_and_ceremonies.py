"""The thirtieth round's rules, each on invented sentences in the style of Saudi news.

A headline that names the event another is held in, and not that other, is about the
umbrella and the many things held in it ("برامج منوعة بملتقى …"), though the article first
names it as the frame of a course. A body that "carried out" a course today ("نفذت
اللجنة … اليوم دورة تدريبية") held it today, though a thing it made ("لوحة نفذتها الجمعية")
is no event held. A course is itself a "دورة": the "دورتها الثالثة" said near it is the round
of the body or of the elections, not the course's third edition. "المعرض الأكبر" describes
the exhibition the article names, and is no other one: the days said of it are its days.
An Arab town of two words is found written as one ("حفرالباطن"), as news often writes it.
A hall "ب" a sports city is one venue with it ("الصالة المغلقة بمدينة الأمير سلطان الرياضية"), as
one "في" it already was, though a hotel in an economic city is in a town; "بجوار المطار"
says where the venue stands, and stays with it. A town named by a common word is that word
when "الذي" follows it ("بالوجه الذي يليق به": in the manner, not in Al Wajh). A contest
"conducted" in a town ("ستجرى في محافظة …") is held there, whatever towns its entrants come
from.

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

from ingest.events.places import find_cities, find_venues, held_in
from tests.conftest import event_cards

_COURSES_IN_A_FORUM = (
    "تقام ضمن فعاليات ملتقى الواحة الشبابي بتبوك غدا دورة تدريبية بعنوان «فن الحوار»، "
    "وأخرى عن «إدارة الوقت» لتنمية مهارات المشاركين.\n"
    "كما يشهد الملتقى الذي تنظمه جمعية البر بتبوك، تحت شعار «شبابنا أملنا»، محاضرة عن "
    "الصحة ومسابقات للأطفال.\n"
    "ويذكر أن برنامج الملتقى يضم أنشطة رياضية وترفيهية للجنسين."
)


def test_a_title_that_names_the_umbrella_keeps_the_article_on_it():
    cards = event_cards(_COURSES_IN_A_FORUM, "أنشطة متنوعة بملتقى الواحة الشبابي بتبوك")
    assert [c.name for c in cards][:1] == ["ملتقى الواحة الشبابي"]
    assert cards[0].slogan == "شبابنا أملنا"


def test_a_title_that_names_the_part_still_gives_the_article_to_the_part():
    # the limit: a headline about the course (or naming both) keeps the course the event
    cards = event_cards(_COURSES_IN_A_FORUM, "دورة تدريبية في ملتقى الواحة بتبوك")
    assert [c.name for c in cards][:1] != ["ملتقى الواحة الشبابي"]


_COURSE_CARRIED_OUT = (
    "نفذت لجنة التطوع بجمعية البر في دورتها الثانية بمحافظة الخرج اليوم، دورة تدريبية "
    "للمتطوعات الجدد، وذلك في مقر الجمعية بحي الروضة.\n"
    "وتناولت الدورة التي قدمتها المدربة نورة السبيعي مهارات العمل التطوعي وآدابه."
)


def test_a_course_a_body_carried_out_today_was_held_today():
    card = event_cards(_COURSE_CARRIED_OUT, "جمعية البر بالخرج تنفذ دورة تدريبية", "2016-04-10")[0]
    assert card.name == "دورة تدريبية للمتطوعات الجدد"
    assert card.start_date == "2016-04-10"


def test_a_course_is_not_numbered_by_the_round_of_the_body_that_gives_it():
    card = event_cards(_COURSE_CARRIED_OUT, "جمعية البر بالخرج تنفذ دورة تدريبية", "2016-04-10")[0]
    assert card.edition is None


def test_a_thing_a_body_made_is_no_event_held_that_day():
    # the limit: "نفذتها" (a mural the association made) holds no event
    text = (
        "يشارك فريق كشافة الخرج في مهرجان الساحل الصيفي الثالث بمدينة الجبيل الذي تنظمه "
        "البلدية بمشاركة أكثر من ثلاثين جهة.\n"
        "وأنجز الفريق جدارية كبيرة نفذتها الجمعية ضمن برنامجها، حيث احتفى الفريق اليوم بهذا "
        "الإنجاز أمام زوار المهرجان."
    )
    [card] = event_cards(text, "كشافة الخرج في مهرجان الساحل الصيفي", "2016-04-10")
    assert card.name.startswith("مهرجان الساحل الصيفي")
    assert card.start_date is None


def test_the_biggest_exhibition_is_the_one_the_article_names():
    text = (
        "تشارك الشركة في الدورة الثانية عشرة من معرض الخليج للعقار، وهو المعرض المقرر افتتاحه "
        "الشهر القادم في مركز الظهران للمعارض بمشاركة أكثر من مئتي عارض.\n"
        "وتعرض الشركة في جناحها مشاريعها السكنية الجديدة في الخبر والدمام، وتقدم لزوارها "
        "عروضا خاصة على الوحدات الجاهزة، كما تستعرض خطتها للتوسع في مدن المنطقة الشرقية "
        "خلال الأعوام الثلاثة المقبلة، وتوقيع عدد من اتفاقيات التمويل مع البنوك المحلية.\n"
        "وسيسهم المعرض الأكبر في المنطقة في تنشيط سوق العقار، والذي يقام في الفترة ما بين "
        "14-16 نوفمبر، في جذب المستثمرين من دول الخليج."
    )
    [card] = event_cards(text, "الشركة تشارك في معرض الخليج للعقار", "2016-10-05")
    assert card.name == "معرض الخليج للعقار"
    assert (card.start_date, card.end_date) == ("2016-11-14", "2016-11-16")


def test_a_town_of_two_words_written_as_one_is_the_town():
    assert [m.name_en for m in find_cities("أقيم الحفل بحفرالباطن أمس")] == ["Hafar Al-Batin"]
    assert [m.name_en for m in find_cities("أقيم الحفل في خميسمشيط")] == ["Khamis Mushait"]
    text = (
        "انطلقت مساء أمس فعاليات مهرجان الصيف الرابع في حفرالباطن بحضور أكثر من ألفي زائر، "
        "وتستمر فعالياته أسبوعين في ساحة الاحتفالات."
    )
    [card] = event_cards(text, "انطلاق مهرجان الصيف الرابع في حفرالباطن", "2016-07-20")
    assert (card.city_en, card.country) == ("Hafar Al-Batin", "SA")


def _venues(text: str) -> list[str]:
    return [text[s:e] for s, e in find_venues(text)]


def test_a_hall_in_a_sports_city_is_one_venue_with_it():
    text = "وتقام الفعاليات في الصالة المغلقة بمدينة الأمير سلطان الرياضية بالخبر."
    assert _venues(text) == ["الصالة المغلقة بمدينة الأمير سلطان الرياضية"]


def test_a_hotel_in_an_economic_city_is_the_hotel():
    # the limit: "مدينة … الاقتصادية" is a town, said after the venue as a town is
    text = "ويعقد الملتقى في فندق الواحة بمدينة الملك عبدالله الاقتصادية."
    assert _venues(text)[0] == "فندق الواحة"


def test_where_a_venue_stands_stays_with_it():
    text = "ويقام المعرض في مركز المعارض بجوار المطار بمدينة أبها."
    assert _venues(text) == ["مركز المعارض بجوار المطار"]
    # a landmark whose name the venue's end cuts ("بجوار بلدية" of "بلدية بحرة") is left out
    text = "وتقام الأمسيات بمقر المتنزه الشعبي بجوار بلدية بحرة مساء كل يوم."
    assert _venues(text) == ["مقر المتنزه الشعبي"]


def test_a_town_named_by_a_common_word_is_the_word_before_its_relative():
    text = "وأعدت اللجنة الحفل بالوجه الذي يليق بضيوف المحافظة."
    assert find_cities(text) == []
    # the limit: the town itself is still found
    assert [m.name_en for m in find_cities("أقيم المعرض في الوجه مساء أمس")] == ["Al Wajh"]


def test_a_contest_conducted_in_a_town_is_held_there():
    text = "تأهل أربعون خطاطا إلى الجولة الختامية، وهي ستجرى في محافظة الطائف الشهر المقبل."
    assert held_in(text, text.index("الطائف"))
    # the limit: a town the entrants come from is not where it is held
    text = "وتصدرت مدينة مكة المكرمة قائمة المتأهلين بعشرة خطاطين."
    assert not held_in(text, text.index("مكة"))
