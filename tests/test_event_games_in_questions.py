"""A question about an event no card holds, named after "دورة", "المخيم", "حملة" … (from
articles nobody here tuned on).

"كم عدد اللاعبين … في دورة الألعاب العالمية الصيفية …؟": "دورة" was not read as the noun an
event's name follows (its stem is also a role's, "دور"), so the words of the games' name
counted for nothing, and a card of another world event that shared "العالمي" and
"المشاركين" was taken for it; its articles said nothing of the players and the answer was a
refusal. The word itself, with its clitics, now starts a name in a question.

"أين يقام المخيم الكشفي العالمي الثالث والعشرون؟" was refused: the card of another world
event, of another edition, was taken for the one named, and another edition's article is not
read for this one. A camp, a meeting, a campaign, an evening, a lecture, a prize and a race
name their events in the words after them too.
"""

from __future__ import annotations

from tests.conftest import service_over

_CONGRESS = {
    "id": "congress",
    "title": "انطلاق المؤتمر العالمي للطب الرياضي في الرياض",
    "date": "2017-03-05",
    "text": (
        "ينطلق في الرياض يوم 12 مارس 2017 المؤتمر العالمي للطب الرياضي الخاص بإصابات "
        "الملاعب، بمشاركة أطباء من المملكة العربية السعودية ودول الخليج.\n"
        "ويناقش المؤتمر على مدى يومين علاج إصابات الركبة والكتف لدى الرياضيين."
    ),
}
_GAMES = {
    "id": "games",
    "title": "منتخباتنا تبدأ مشوارها في البطولة القارية",
    "date": "2017-03-06",
    "text": (
        "بدأت المنتخبات السعودية منافساتها في دورة الألعاب الآسيوية الشتوية للشباب التي "
        "تحتضنها مدينة سابورو اليابانية.\n"
        "ويشارك في الدورة 31 لاعبا سعوديا في التزلج والهوكي، إلى جانب لاعبين من 30 دولة."
    ),
}


def test_the_name_after_dawra_keeps_another_events_card_out(tmp_path):
    service = service_over(tmp_path, [_CONGRESS, _GAMES])
    assert [c.sources for c in service.events()] == [["congress"]]
    answer = service.ask(
        "كم عدد اللاعبين السعوديين المشاركين في دورة الألعاب الآسيوية الشتوية للشباب؟"
    )
    assert not answer.refused, answer.answer
    assert answer.citations[0].doc_id == "games"
    assert "31 لاعبا" in answer.answer


def test_a_role_is_not_a_name(tmp_path):
    # (guard) "دور" (a role) starts no name: "ما دور الوزارة في …" names no event "الوزارة"
    from assistant.events.match import question_words

    named = question_words("ما دور الوزارة في المؤتمر العالمي للطب الرياضي؟", "ar", []).named
    assert not any("الوزاره" in w or "وزاره" in w for w in named)
    named = question_words("من افتتح دورة الخط العربي للمعلمين؟", "ar", []).named
    assert any("الخط" in w for w in named)


_ASIAN_CONGRESS = {
    "id": "asian-congress",
    "title": "المؤتمر الآسيوي الخامس لطب الأسنان في جدة",
    "date": "2017-03-05",
    "text": (
        "تنطلق في جدة يوم 20 مارس 2017 أعمال المؤتمر الآسيوي الخامس لطب الأسنان، "
        "بمشاركة 400 طبيب من دول القارة.\n"
        "ويناقش المؤتمر على مدى ثلاثة أيام أحدث تقنيات زراعة الأسنان."
    ),
}
_CAMP = {
    "id": "camp",
    "title": "كشافتنا يتبادلون الهدايا مع كشافة القارة",
    "date": "2017-03-08",
    "text": (
        "يتبادل المشاركون في المخيم الكشفي الآسيوي الحادي عشر المقام حاليا في ماليزيا "
        "الهدايا والتذكارات مع الكشافة السعوديين.\n"
        "وأبدى كثير من الكشافة رغبتهم في الحصول على الشماغ هدية."
    ),
}


def test_a_camp_is_not_another_events_edition(tmp_path):
    service = service_over(tmp_path, [_ASIAN_CONGRESS, _CAMP])
    assert [c.sources for c in service.events()] == [["asian-congress"]]
    answer = service.ask("أين يقام المخيم الكشفي الآسيوي الحادي عشر؟")
    assert not answer.refused, answer.answer
    assert answer.citations[0].doc_id == "camp"
    assert "ماليزيا" in answer.answer
