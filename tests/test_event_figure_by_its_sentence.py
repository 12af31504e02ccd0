"""A card holding several counts of one thing answers with the one whose sentence says what
the question says (from articles nobody here tuned on).

"كم مشاركا تأهل إلى التصفيات النهائية …؟" was answered with the entrants of one town, the
first count of participants the card listed; the sentence of the finalists' count writes the
question's other words ("التصفيات النهائية"). Words of the event's own name, written in many of
its sentences, do not choose.
"""

from __future__ import annotations

from tests.conftest import service_over

_CONTEST = {
    "id": "calligraphy",
    "title": "40 مشاركا في نهائي مسابقة أبها للخط العربي",
    "date": "2031-08-10",
    "text": (
        "أبها - واس\nتنطلق في مدينة أبها يوم 20 أغسطس الجاري مسابقة أبها للخط العربي في دورتها "
        "الثالثة، وبلغ إجمالي المشاركين فيها 90 مشاركا من مناطق المملكة.\n"
        "وتصدرت منطقة عسير المسابقة بـ 25 مشاركا، تليها منطقة مكة المكرمة بـ 18 مشاركا.\n"
        "وأعلنت اللجنة المنظمة أسماء الذين اجتازوا التصفيات الأولية وانتقلوا إلى المرحلة "
        "النهائية، وبلغ عددهم 40 مشاركا."
    ),
}


def test_the_count_whose_sentence_says_what_is_asked(tmp_path):
    service = service_over(tmp_path, [_CONTEST])
    (card,) = service.events()
    assert {f.value for f in card.figures} >= {25, 90, 40}
    answer = service.ask("كم مشاركا تأهل إلى المرحلة النهائية في مسابقة أبها للخط العربي؟")
    assert answer.short_answer == "40 مشاركا", answer.answer
    answer = service.ask("كم مشاركا تصدرت به منطقة عسير مسابقة أبها للخط العربي؟")
    assert answer.short_answer == "25 مشاركا", answer.answer
