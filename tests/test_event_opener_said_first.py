"""Who opened an event when the report names the opener before the verb, set off by a comma
(from articles nobody here tuned on).

"… أن المشرف العام على المستشفى الدكتور …، افتتح المعرض" was read for a name after the
verb only, found none, and the sentence picker answered with the exhibition's organiser.
"""

from __future__ import annotations

from tests.conftest import service_over

_FAIR = {
    "id": "fair",
    "title": "معرض صحي في مستشفى الملك فهد بتبوك",
    "date": "2015-08-06",
    "text": (
        "نظم مستشفى الملك فهد بتبوك ممثلا في قسم التوعية معرضا صحيا بمناسبة الأسبوع "
        "الخليجي لصحة الفم والأسنان.\n"
        "وذكر المتحدث الإعلامي للمستشفى سعد العطوي أن المدير الطبي للمستشفى الدكتور "
        "ناصر بن علي الزهراني، افتتح المعرض وتجول في أركانه."
    ),
}
_SHOW = {
    "id": "show",
    "title": "معرض للخط العربي في جدة",
    "date": "2015-08-06",
    "text": (
        "وفي قاعة الأمير سلطان بجدة، افتتح الأمير خالد بن سعود المعرض الثالث للخط العربي "
        "مساء أمس بمشاركة 40 خطاطا."
    ),
}


def test_the_opener_named_before_the_verb(tmp_path):
    service = service_over(tmp_path, [_FAIR, _SHOW])
    answer = service.ask("من افتتح المعرض الصحي لصحة الفم والأسنان في مستشفى الملك فهد بتبوك؟")
    assert answer.short_answer is not None, answer.answer
    assert "ناصر بن علي الزهراني" in answer.short_answer, answer.answer
    assert "العطوي" not in answer.short_answer
    assert [c.doc_id for c in answer.citations] == ["fair"]


def test_a_place_before_the_comma_is_no_opener(tmp_path):
    service = service_over(tmp_path, [_FAIR, _SHOW])
    answer = service.ask("من افتتح المعرض الثالث للخط العربي في جدة؟")
    assert answer.short_answer is not None, answer.answer
    assert "خالد بن سعود" in answer.short_answer, answer.answer
    assert "قاعة" not in answer.short_answer
