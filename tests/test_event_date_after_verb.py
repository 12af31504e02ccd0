"""The day a question asks for is the one said after its own verb, when the sentence says
another day first (from articles nobody here tuned on: "متى تقام دورة فن البروتوكول …؟" was
answered with the day of the first course the sentence lists)."""

from __future__ import annotations

from assistant.events.answer import content_words
from assistant.events.reading import time_phrase
from language.analyzer import normalize

_TEXT = (
    "حطت طائرات فريق الصقور السعودية أمس في مطار الباحة، استعدادا للعروض الجوية التي "
    "ستبدأ غداً الخميس ضمن برنامج صيف الباحة."
)


def _when(question: str) -> str | None:
    words = content_words(normalize(question))
    found = time_phrase(words, ["hawks"], lambda _doc_id: _TEXT, until=False)
    return found.value if found else None


def test_the_day_after_the_questions_verb_is_read():
    assert _when("متى تبدأ العروض الجوية لفريق الصقور في الباحة؟") == "غداً الخميس"


def test_without_the_verb_the_first_day_is_read():
    assert _when("متى وصل فريق الصقور إلى الباحة؟") == "أمس"
