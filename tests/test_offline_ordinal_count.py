"""How many years or times, said as an ordinal: "للسنة السادسة على التوالي".

"منذ كم سنة على التوالي تشارك الشركة راعيا للمهرجان؟" is answered by "للسنة السادسة على
التوالي": the count is an ordinal after "السنة", "العام" or "المرة". It was no number to the
sentence picker, so the question, finding no number near its words, was refused.
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import number_candidates
from tests.conftest import service_over


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("وتشارك الشركة راعيا للمهرجان للسنة السادسة على التوالي.", ["السادسة"]),
        ("ويقام المعرض للمرة الثالثة في المدينة.", ["الثالثة"]),
        ("ويقام المعرض للمرة الحادية عشرة في المدينة.", ["الحادية عشرة"]),
        ("وتحدث عن السنة المالية الماضية.", []),
    ],
)
def test_an_ordinal_after_year_or_time_is_a_count(text, numbers):
    assert [c.text for c in number_candidates(text)] == numbers


def test_how_many_years_in_a_row_is_answered(tmp_path):
    article = {
        "id": "sponsor",
        "title": "شركة الألبان ترعى مهرجان الصيف",
        "date": "2015-08-06",
        "text": (
            "كرم محافظ المدينة الشركات الراعية لمهرجان الصيف في حفل أقيم بمركز المعارض. "
            "وتشارك شركة الألبان الوطنية راعيا غذائيا للمهرجان للسنة الرابعة على التوالي."
        ),
    }
    service = service_over(tmp_path, [article], event_answers=False)
    answer = service.ask(
        "منذ كم سنة على التوالي تشارك شركة الألبان الوطنية راعيا غذائيا لمهرجان الصيف؟"
    )
    assert not answer.refused, answer.answer
    assert answer.short_answer == "الرابعة", answer.answer
    assert answer.citations[0].doc_id == "sponsor"
