"""A question about an amount of money is answered by a number with its currency.

"كم بلغ الدعم المالي الذي قدمته الغرفة …؟" went to the sentence with most of the question's
words ("طوال سبع سنوات متتالية قدمت الغرفة التجارية الدعم …"), whose only number is a count of
years; the amount was in the next one ("… بمبلغ يقارب 3 ملايين ريال"), and no number led. A
question asking an amount (مبلغ، قيمة، ميزانية، تكلفة، مالي، سعر) now takes only numbers said
with a currency, a word after or a sign before, as it takes percentages only for a question
about shares; "كم عدد الجوائز" still counts.
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import _plausible_numbers, number_candidates
from tests.conftest import service_over

_TEXT = "وطوال سبع سنوات ساهمت الغرفة في تمويل المعرض بمبلغ يقارب 3 ملايين ريال."


def _kept(question: str, text: str = _TEXT) -> list[str]:
    return [c.text for c in _plausible_numbers(number_candidates(text), question, text, False)]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("كم بلغ الدعم المالي الذي قدمته الغرفة للمعرض؟", ["3 ملايين"]),
        ("ما قيمة التمويل الذي قدمته الغرفة؟", ["3 ملايين"]),
        ("كم سنة ساهمت الغرفة في تمويل المعرض؟", ["سبع", "3 ملايين"]),
    ],
)
def test_an_amount_is_a_number_with_its_currency(question, kept):
    assert _kept(question) == kept


def test_a_count_of_prizes_is_no_amount():
    text = "ورصدت اللجنة 12 جائزة بقيمة 100 ألف ريال."
    assert _kept("كم عدد الجوائز ذات القيمة المالية؟", text) == ["12", "100 ألف"]


def test_a_sign_before_the_number_is_a_currency():
    text = "It was built at a cost of $ 500 million."
    assert _kept("What was the cost of the stadium?", text) == ["500 million"]


def test_the_amount_leads_the_answer(tmp_path):
    article = {
        "id": "dates-fair",
        "title": "الغرفة تدعم معرض التمور",
        "date": "2015-08-06",
        "text": (
            "طوال سبع سنوات متتالية قدمت الغرفة التجارية الدعم لمعرض التمور الدولي بالقصيم في "
            "كل مجالات الدعم المتاحة لديها. "
            "وخلال سبع دورات ماضية للمعرض ساهمت الغرفة في تمويل المعرض مالياً بمبلغ يقارب 3 "
            "ملايين ريال، بالشراكة مع جمعية المزارعين."
        ),
    }
    service = service_over(tmp_path, [article], event_answers=False)
    answer = service.ask(
        "كم بلغ الدعم المالي الذي قدمته الغرفة التجارية لمعرض التمور الدولي بالقصيم؟"
    )
    assert answer.short_answer == "3 ملايين", answer.answer
    assert "3 ملايين ريال" in answer.citations[0].passage
