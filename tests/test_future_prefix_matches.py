"""A verb in the future matches the question's present: "سيحصل" answers "كم يحصل …؟".

News announces what will happen with the future's "س" written onto the verb ("سيعقد",
"ستنطلق", "سيحصل"); questions ask in the present ("متى يعقد …؟", "كم يحصل الفائز …؟"). The
sentence picker's loose key dropped a present tense's prefix (يعقد → عقد) but not the "س"
before it, so "سيعقد" matched nothing of the question: the sentence with the answer lost to
others, and "كم يحصل …؟" was refused as asking about something ("يحصل") the article lacks.
"""

from __future__ import annotations

import pytest

from assistant.offline.text import word_keys
from tests.conftest import service_over


@pytest.mark.parametrize(
    ("future", "present"),
    [("سيعقد", "يعقد"), ("ستنطلق", "تنطلق"), ("سيحصل", "يحصل"), ("وسيقام", "يقام")],
)
def test_the_future_shares_a_key_with_the_present(future, present):
    assert word_keys(future) & word_keys(present)


@pytest.mark.parametrize(("word", "other"), [("سيارة", "يارة"), ("ستين", "تين")])
def test_words_that_open_with_sin_are_not_cut(word, other):
    assert not word_keys(word) & word_keys(other)


def test_how_much_the_winner_will_get_is_answered(tmp_path):
    article = {
        "id": "photos",
        "title": "مسابقة للتصوير الضوئي في مهرجان الزيتون",
        "date": "2015-07-26",
        "text": (
            "أعلنت اللجنة المنظمة لمهرجان الزيتون في الجوف عن مسابقة للتصوير الضوئي يشارك فيها "
            "المصورون الهواة من أبناء المنطقة. "
            "وذكر رئيس اللجنة أن الفائز الأول سيحصل على جائزة قدرها 5 آلاف ريال وميدالية المهرجان."
        ),
    }
    service = service_over(tmp_path, [article], event_answers=False)
    answer = service.ask("كم يحصل الفائز الأول في مسابقة مهرجان الزيتون للتصوير الضوئي؟")
    assert not answer.refused, answer.answer
    assert "5 آلاف ريال" in answer.answer
    assert answer.citations[0].doc_id == "photos"
