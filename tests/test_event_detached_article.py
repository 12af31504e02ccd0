"""The article written apart from its word ("ال21", "الـ 17") names nothing (from articles
nobody here tuned on).

"البطولة العربية ال21" was split into "ال" and "21", and "ال" matched the "الـ" of "مهرجان
أبها للتسوق الـ 17": a basketball championship named a shopping festival. Invented text.
"""

from __future__ import annotations

from assistant.events.match import question_words


def test_the_detached_article_is_no_word_of_the_question():
    qwords = question_words("في أي مدينة تقام البطولة العربية ال21 لكرة السلة؟", "ar", [])
    assert all("ال" not in w for w in qwords.words), qwords.words
