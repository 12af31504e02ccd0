"""A count written as a word with the article: "يفوق الخمسين امرأة", "الأربعة آلاف شخص".

A "how many" question is refused when no sentence near its words holds a number: the
articles would otherwise be read for any number at all. Number words were recognised bare
or with a joined و/ب/ل ("وعشرين", "بثلاثة"), not with the article, so a report whose only
count was "وكان عدد الحضور يفوق الخمسين امرأة" was refused as if it held none.
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import number_candidates
from tests.conftest import service_over


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وكان عدد الحضور يفوق الخمسين امرأة.", "الخمسين"),
        ("وتجاوز عدد الحضور في الليلة الأولى الأربعة آلاف شخص.", "الأربعة آلاف"),
    ],
)
def test_a_cardinal_with_the_article_is_a_number(text, count):
    assert [c.text for c in number_candidates(text)] == [count]


@pytest.mark.parametrize(
    "text", ["وارتفعت الأسعار في النصف الثاني من العام.", "ويقرأ الطفل حروف الألف باء."]
)
def test_fractions_and_scale_words_with_the_article_are_not(text):
    assert number_candidates(text) == []


def test_a_count_said_with_the_article_is_answered_not_refused(tmp_path):
    article = {
        "id": "road-safety",
        "title": "لقاء توعوي عن السلامة المرورية",
        "date": "2015-08-06",
        "text": (
            "نظمت جمعية نسائم النسائية في محافظة الرس لقاء توعويا عن السلامة المرورية "
            "قدمته مختصة في الإسعافات الأولية. "
            "وكان عدد الحضور يفوق الأربعين امرأة من منسوبات الجمعية وأمهات الطالبات، وتفاعلت "
            "الحاضرات مع الأسئلة."
        ),
    }
    service = service_over(tmp_path, [article])
    answer = service.ask("كم بلغ عدد الحاضرات في لقاء جمعية نسائم عن السلامة المرورية؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "الأربعين", answer.answer
    assert "يفوق الأربعين امرأة" in answer.citations[0].passage
    assert answer.citations[0].doc_id == "road-safety"
