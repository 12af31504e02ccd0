"""The event a question names by its own name, and the town it names past the role it asks
about (invented articles in the style of Saudi news; each test fails without its rule).

"أين أقيمت فعاليات مهرجان الإنشاد في عيد طيبة …؟" was answered with the venue of the Eid
festivities the chanting festival was held in: that card held more of the question's words
("عيد", "طيبة"). The words a question writes right after its event noun ("مهرجان الإنشاد")
now choose among the cards that hold them all.

"من رئيس بلدية الزلفي الذي ألقى كلمة في حفل أهالي الزلفي …؟" dropped both "الزلفي": the role's
words were taken out of the question wherever they stood, so another town's party answered.
Only the role's own words are taken out now.
"""

from __future__ import annotations

from datetime import date

from assistant.events.answer import _without_role
from assistant.events.match import question_words, rank_cards
from assistant.events.questions import parse_question
from ingest.events.extract import extract_events


def _cards():
    umbrella = extract_events(
        "umbrella",
        "انطلقت مساء أمس احتفالات عيد الخير 36 التي تنظمها بلدية محافظة خميس مشيط بمتنزه "
        "النخيل العام في محافظة خميس مشيط، وتستمر الاحتفالات عشرة أيام.",
        title="انطلاق احتفالات عيد الخير 36",
        published="2015-07-18",
    )
    part = extract_events(
        "part",
        "أقيمت مساء أمس فعاليات مهرجان الإنشاد الديني على مسرح الواحة بمركز الملك خالد "
        "الثقافي في محافظة خميس مشيط، بمشاركة عدد من المنشدين.",
        title="نجوم الإنشاد في خميس مشيط",
        published="2015-07-20",
    )
    return umbrella + part


def test_the_event_a_question_names_is_ranked_before_the_one_it_is_held_in():
    cards = _cards()
    assert [c.name for c in cards] == ["احتفالات عيد الخير 36", "مهرجان الإنشاد الديني"]
    question = "أين أقيمت فعاليات مهرجان الإنشاد في عيد الخير بخميس مشيط؟"
    ranked = rank_cards(question_words(question, "ar", cards), cards)
    assert [c.name for c, _ in ranked][:1] == ["مهرجان الإنشاد الديني"]
    # a question naming the festivities alone still asks about them
    question = "أين تقام احتفالات عيد الخير في خميس مشيط؟"
    ranked = rank_cards(question_words(question, "ar", cards), cards)
    assert [c.name for c, _ in ranked][:1] == ["احتفالات عيد الخير 36"]


def test_a_town_the_question_names_past_the_role_still_places_its_event():
    question = "من رئيس بلدية الغاط الذي ألقى كلمة في حفل أهالي الغاط بعيد الفطر؟"
    q = parse_question(question, "ar", date(2015, 7, 22))
    assert q is not None and q.role == ["رءيس", "بلديه", "الغاط"]  # the scene: a role asked
    named_by = _without_role((q.rest or question).split(), q.role)
    assert named_by.split().count("الغاط") == 1, named_by
    # the party's town is still a word of the event's name as the question writes it
    assert any("الغاط" in word for word in question_words(named_by, "ar", []).named)
    # a role's words are dropped where the role is said, its event noun kept
    assert _without_role(["مدير", "معرض", "الكتاب"], ["مدير", "معرض"]) == "معرض الكتاب"
