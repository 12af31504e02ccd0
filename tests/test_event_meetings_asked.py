"""A meeting ("لقاء", "اجتماع") is an activity a question asks a person or a day of (from
articles nobody here tuned on; the sentences are invented).

"من ألقى كلمة … في افتتاح اللقاء؟" asked no role: no word of it named an activity, since
"لقاء" was no activity noun, and a noun that begins with "ل" lost that letter as if it were
the preposition ("لقاء" read as "قاء").
"""

from __future__ import annotations

from assistant.events.questions import event_noun, mentions_an_activity, parse_question


def test_a_speech_at_a_meeting_asks_a_person():
    question = parse_question("من ألقى كلمة الجمعية في افتتاح اللقاء؟", "ar")
    assert question is not None and question.field == "person"
    assert question.role[:2] == ["القي", "كلمه"]


def test_meeting_nouns_name_an_activity():
    assert mentions_an_activity("متى يعقد الاجتماع الطارئ للجنة؟")
    assert mentions_an_activity("من ترأس لقاء الشباب؟")
    assert not mentions_an_activity("من هي وزيرة التضامن؟")


def test_a_noun_beginning_with_lam_keeps_it():
    assert event_noun("لقاء", ("لقاء",)) == "لقاء"
    assert event_noun("للقاء", ("لقاء",)) == "لقاء"  # "ل" + "لقاء"
    assert event_noun("للملتقي", ("ملتقي",)) == "ملتقي"
