"""What follows a post with no title is no name when it starts with "ال" (from articles
nobody here tuned on).

"وشهد المهرجان تدشين زياد … محافظ أملج فعاليات السوق الشعبي": the answer to "من محافظ
أملج …" was "السوق الشعبي". An Arabic name said with no title starts with a given name, not
with "ال"; the post is read again where a name follows it. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import role_holder

_OPENING = "وشهد المهرجان أمس تدشين سامي الحربي محافظ ينبع فعاليات القرية التراثية وسط حضور كبير."
_VISIT = "وتجول في أركان المهرجان محافظ ينبع سامي بن عبدالله الحربي ورئيس البلدية."


def _event_word(word: str) -> bool:  # the words that name the festival
    return word in ("فعاليات", "المهرجان")


def _texts(doc_id: str) -> str:
    return {"opening": _OPENING, "visit": _VISIT}[doc_id]


def test_a_definite_noun_after_the_post_is_no_name():
    found = role_holder(["محافظ", "ينبع"], ["opening", "visit"], _texts, _event_word)
    assert found is not None
    assert found.value == "سامي بن عبدالله الحربي"


def test_a_titled_name_after_the_post_is_still_read():
    # (guard) a title before the name: "الدكتور …"
    text = "وقال مدير المركز الدكتور فهد العتيبي إن البرنامج يستمر شهرا."
    found = role_holder(["مدير", "المركز"], ["doc"], lambda _: text, lambda w: False)
    assert found is not None
    assert found.value == "الدكتور فهد العتيبي"


def test_a_noun_describing_the_person_before_the_name_is_kept():
    # (guard) "مخرج العرض الفنان سعد الغامدي": "الفنان" describes the person named after it
    text = "وقال مخرج العرض الفنان سعد الغامدي إن التدريبات استمرت شهرين."
    found = role_holder(["مخرج", "العرض"], ["doc"], lambda _: text, lambda w: w == "العرض")
    assert found is not None
    assert "سعد الغامدي" in found.value
