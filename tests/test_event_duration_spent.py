"""How long a programme lasted, said with "استغرق" or "أمضى": "كم استغرق البرنامج؟".

A "how long" question is answered with the length said after a word of lasting ("يستمر لمدة
شهر", "على مدى ثلاثة أيام"). Two common ways of saying it were not among those words: "الذي
استغرق سبعة أسابيع" and "وأمضى الطلبة سبعة أسابيع". The question then fell to the sentence
picker, which led with another count of the article (how many took part) or a bare number
cut from its unit.
"""

from __future__ import annotations

import pytest

from tests.conftest import service_over

_ARTICLE = {
    "id": "tokyo",
    "title": "تخريج متدربي برنامج إعداد المبتكرين",
    "date": "2015-08-02",
    "text": (
        "احتفت جامعة الملك سعود أمس في الرياض بتخريج 40 متدربا أتموا البرنامج الصيفي لإعداد "
        "المبتكرين في جامعة طوكيو. "
        "وأمضى المتدربون ستة أسابيع في مختبرات الجامعة يتعلمون تصميم النماذج الأولية. "
        "وأشاد مدير البرنامج بالمتدربين وقال إن البرنامج الذي استغرق ستة أسابيع فتح لهم أبواب "
        "البحث."
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("spent"), [_ARTICLE])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("كم استغرق البرنامج الصيفي لإعداد المبتكرين في جامعة طوكيو؟", "استغرق ستة أسابيع"),
        ("كم استمر البرنامج الصيفي لإعداد المبتكرين في جامعة طوكيو؟", "وأمضى المتدربون ستة أسابيع"),
    ],
)
def test_the_length_after_a_word_of_spending_answers(service, question, said):
    answer = service.ask(question)
    assert answer.short_answer == "ستة أسابيع", answer.answer
    assert said in answer.citations[0].passage, answer.answer
    assert answer.citations[0].doc_id == "tokyo"
