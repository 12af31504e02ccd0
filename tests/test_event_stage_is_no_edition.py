"""An ordinal of a stage is no edition (from articles nobody here tuned on).

"أين تتوقف المحطة الثانية لقافلة الكتاب 4 في تبوك؟" asks where the second stop of the fourth
"book caravan" is. "الثانية" was read as the edition asked, the library holds only the fourth
edition, and the question was refused as about an edition it does not hold. An ordinal after
a stop, a night, a segment, an episode or a category ranks a part of the event, as one after
a day or a session already did.
"""

from __future__ import annotations

import pytest

from assistant.events.answer import _edition_asked
from assistant.events.questions import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "أين تنطلق المحطة الثانية لقطار القراءة في الرياض؟",
        "متى تقام الليلة الثالثة من ليالي المهرجان؟",
        "من فاز في الفئة الأولى من المسابقة؟",
    ],
)
def test_a_stage_ordinal_is_no_edition(question):
    q = parse_question(question, "ar")
    assert q is not None
    assert _edition_asked(q) is None


def test_an_edition_ordinal_still_is():
    q = parse_question("أين تقام الدورة الثانية من مهرجان الزهور؟", "ar")
    assert q is not None and _edition_asked(q) == 2
