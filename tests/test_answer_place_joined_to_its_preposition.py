"""A place written joined to its preposition leads the answer to "where" (from articles nobody
here tuned on).

Arabic news writes where something happened as often with "ب" joined to the place ("بمتنزه
السكران", "بأبها") as after "في". The sentence picker opened a place only after a separate "في",
so "أين قدمت الفرق عروضها؟" over "… قدمت الفرق ألوانا من الفنون الشعبية بمتنزه الوادي
ببلدة …، حيث قدمت فرقة … لوني …" had no short answer: the runs of names after each "قدمت"
scored as high as the place. A word that is "ب" and a venue's noun or a town now opens a place,
and counts a little more than a run after "في"; the answer names it without the "ب".
"""

from __future__ import annotations

from tests.conftest import service_over

_FOLK = {
    "id": "folk-troupes",
    "title": "الفرق الشعبية تمتع زوار صيف النماص",
    "date": "2015-08-01",
    "text": (
        "النماص - خاص\n"
        "ضمن فعاليات صيف النماص، قدمت فرق تنومة وبللسمر ألوانا من الفنون الشعبية بمتنزه "
        "الوادي الأخضر، واستمتع بها الزوار؛ حيث قدمت فرقة تنومة لوني الخطوة والعرضة، فيما "
        "قدمت فرقة بللسمر لوني الدمة والزحفة.\n"
        "وتتواصل العروض طوال أيام الصيف."
    ),
}


def test_the_park_joined_to_its_preposition_leads(tmp_path):
    service = service_over(tmp_path, [_FOLK])
    answer = service.ask("أين قدمت فرق تنومة وبللسمر الفنون الشعبية ضمن فعاليات صيف النماص؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "متنزه الوادي الأخضر", answer.answer
    assert answer.citations[0].doc_id == "folk-troupes"


def test_which_words_open_a_place():
    from assistant.offline.extract import _bi_place
    from language.analyzer import normalize

    for word in ("بمتنزه", "بالصالة", "بأبها", "بجدة", "بالقاهرة"):
        assert _bi_place(normalize(word)), word
    for word in ("بمشاركة", "بحضور", "بالتعاون", "ب", "بها", "بدعم"):
        assert not _bi_place(normalize(word)), word
