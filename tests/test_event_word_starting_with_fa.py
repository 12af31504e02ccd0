"""A word whose first letter is "ف" (فنان، فريق، فكرة) is matched as itself, not as "ف" + the
rest (from articles nobody here tuned on).

"كم عدد الفنانين المشاركين في …؟" found no count in "وقد شارك في البينالي 257 فنانًا": the
question's "الفنانين" lost its article, the text's "فنانًا" lost its "ف" as if it were "and",
and the two no longer met.
"""

from __future__ import annotations

from assistant.events.reading import same_word
from language.analyzer import normalize
from tests.conftest import service_over

_SHOW = {
    "id": "show",
    "title": "معرض الألوان الأول في تبوك",
    "date": "2031-07-20",
    "text": (
        "افتتح مساء أمس معرض الألوان الأول للفنون التشكيلية في مركز الملك فهد الثقافي بتبوك.\n"
        "وقد شارك في المعرض 64 فنانًا من مختلف مناطق المملكة، وقدم فريق العمل جولة للزوار."
    ),
}


def test_a_word_of_fa_meets_its_plural():
    assert same_word(normalize("فنانًا"), normalize("الفنانين"))
    assert same_word(normalize("فريق"), normalize("الفريق"))


def test_a_conjunction_is_still_taken_off():
    assert same_word(normalize("والمعرض"), normalize("المعرض"))


def test_the_count_of_artists_is_read(tmp_path):
    service = service_over(tmp_path, [_SHOW])
    answer = service.ask("كم عدد الفنانين المشاركين في معرض الألوان الأول؟")
    assert answer.short_answer == "64 فنانًا", answer.answer
    assert [c.doc_id for c in answer.citations] == ["show"]
