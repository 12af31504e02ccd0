"""A person's second post, said between the role asked about and the name, is not the name
(from articles nobody here tuned on).

"من أمير منطقة … الذي اطلع على …؟" was answered with the second post's words: the report
writes the region's emir, then the council he chairs, then his name (invented here: "أمير
منطقة الجوف رئيس لجنة السياحة فيها الأمير سلطان"), and the name was read from the first
words after the role.
"""

from __future__ import annotations

from tests.conftest import service_over

_FAIR = {
    "id": "fair",
    "title": "انطلاق مهرجان الوادي للتسوق",
    "date": "2031-07-20",
    "text": (
        "دشن أمير منطقة الجوف رئيس لجنة السياحة بالمنطقة الأمير سلطان بن ناصر بن "
        "سعود مساء أمس مهرجان الوادي للتسوق في دورته الرابعة بمركز المعارض بسكاكا.\n"
        "ويشارك في المهرجان أكثر من 150 عارضا، وحضر الحفل مدير التعليم ووكيل الإمارة."
    ),
}
_CAMP = {
    "id": "camp",
    "title": "ختام المعسكر الصيفي",
    "date": "2031-07-22",
    "text": (
        "اختتم مساء أمس المعسكر الصيفي للشباب في محافظة القريات، بحضور محافظ القريات ومدير "
        "مكتب التعليم الأستاذ فهد بن علي الرويلي.\n"
        "وشارك في المعسكر 80 شابا من مختلف مدن المنطقة."
    ),
}


def test_the_name_after_a_second_post_is_read(tmp_path):
    service = service_over(tmp_path, [_FAIR, _CAMP])
    answer = service.ask("من أمير منطقة الجوف الذي دشن مهرجان الوادي للتسوق؟")
    assert answer.short_answer is not None, answer.answer
    assert answer.short_answer.startswith("الأمير سلطان بن ناصر"), answer.answer
    assert [c.doc_id for c in answer.citations] == ["fair"]


def test_another_persons_post_after_and_is_not_skipped_to_their_name(tmp_path):
    service = service_over(tmp_path, [_FAIR, _CAMP])
    answer = service.ask("من محافظ القريات الذي حضر ختام المعسكر الصيفي؟")
    assert "الرويلي" not in (answer.short_answer or ""), answer.answer


_PROGRAMME = {
    "id": "programme",
    "title": "ختام برنامج الرواد الصيفي",
    "date": "2031-07-25",
    "text": (
        "اختتم مساء أمس برنامج الرواد الصيفي في جامعة الملك خالد بأبها بمشاركة 60 طالبا.\n"
        "وأوضح المشرف العام على برنامج الرواد، الدكتور ناصر بن سعيد القحطاني، أن الطلاب "
        "أنجزوا 12 مشروعا."
    ),
}


def test_the_name_after_a_post_and_its_qualifier_is_read(tmp_path):
    service = service_over(tmp_path, [_PROGRAMME, _CAMP])
    answer = service.ask("من المشرف على برنامج الرواد الصيفي؟")
    assert answer.short_answer is not None, answer.answer
    assert "ناصر بن سعيد القحطاني" in answer.short_answer, answer.answer
    assert answer.short_answer != "العام"


def test_only_a_post_said_without_and_is_passed():
    from assistant.events.reading import _past_second_post, _tokens

    toks = _tokens("محافظ القريات ومدير مكتب التعليم الأستاذ فهد بن علي الرويلي")
    assert _past_second_post(toks, 2) == 2
    toks = _tokens("محافظ القريات مدير مكتب التعليم الأستاذ فهد بن علي الرويلي")
    assert toks[_past_second_post(toks, 2)].text == "الأستاذ"
    toks = _tokens("محافظ القريات وكيل الإمارة المساعد الأستاذ فهد بن علي الرويلي")
    assert toks[_past_second_post(toks, 2)].text == "الأستاذ"
