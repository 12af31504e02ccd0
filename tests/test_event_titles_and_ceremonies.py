"""The thirtieth round's rules, each on invented sentences in the style of Saudi news.

A headline that names the event another is held in, and not that other, is about the
umbrella and the many things held in it ("برامج منوعة بملتقى …"), though the article first
names it as the frame of a course.

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

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
