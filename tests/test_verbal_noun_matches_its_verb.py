"""A question's verb finds the article's noun of it: "متى يختتم …؟" and "حفل الاختتام".

News asks with a verb in the present tense ("متى يختتم المهرجان؟", "كم يستغرق البرنامج؟")
and reports with its verbal noun ("وسيكون حفل الاختتام يوم …"). The sentence picker matched
words by their stems, and the stem of a derived form's noun (اختتام) is not its verb's
(يختتم), so the sentence with the date lost to one that names the event. The nouns of the
derived forms that open with alef (انفعال، افتعال، استفعال) now share a key with the present
tense. The past tense does not: "من افتتح …؟" asks who did it, which the noun seldom says.
"""

from __future__ import annotations

import pytest

from assistant.offline.text import word_keys
from tests.conftest import service_over


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("الاختتام", "يختتم"), ("استغراق", "يستغرق"), ("انعقاد", "ينعقد"), ("والاجتماع", "تجتمع")],
)
def test_a_derived_verbal_noun_shares_a_key_with_its_present_tense(noun, verb):
    assert word_keys(noun) & word_keys(verb)


@pytest.mark.parametrize(
    ("one", "other"),
    [("افتتاح", "افتتح"), ("الاسلام", "السلام"), ("ابراهيم", "براهيم"), ("الامارات", "يمارس")],
)
def test_other_words_that_open_with_alef_keep_to_their_own_keys(one, other):
    assert not word_keys(one) & word_keys(other)


def test_the_closing_day_is_read_from_the_closing_ceremony(tmp_path):
    """The sentence picker alone (no cards): the festival's name is in the first sentence, the
    closing day in the last."""
    roses = {
        "id": "roses",
        "title": "مهرجان الورد في الطائف",
        "date": "2015-05-10",
        "text": (
            "انطلقت أمس في مدينة الطائف فعاليات مهرجان الورد الثالث بمشاركة واسعة من مزارعي "
            "الورد في المحافظة. "
            "وتتوزع العروض على حدائق المدينة ومتنزهاتها طوال أيام المهرجان. "
            "وسيكون حفل الاختتام يوم 20 مايو الحالي بعرض للألعاب النارية."
        ),
    }
    service = service_over(tmp_path, [roses], event_answers=False)
    answer = service.ask("متى يختتم مهرجان الورد في الطائف؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "20 مايو", answer.answer
    assert "حفل الاختتام يوم 20 مايو" in answer.citations[0].passage
