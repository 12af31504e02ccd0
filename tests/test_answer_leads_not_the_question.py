"""Short answers that were the question's own words or a pronoun (articles nobody here tuned on).

"من يرعى حملة القلوب البيضاء سامحني؟" was answered "**سامحني**": the quoted name right after
the question's words was taken for the answer, though the question names it. And "من ضيف شرف
حفل التدشين؟" over "يحل الرئيس … ضيف شرف عليه" was answered "**عليه**": a preposition and its
pronoun named no one. Neither leads now; the sentence that holds the answer is still quoted.
"""

from __future__ import annotations

from tests.conftest import service_over

_CAMPAIGN = {
    "id": "campaign",
    "title": "انطلاق حملة للتسامح بين الجيران في حفر الباطن",
    "date": "2018-01-10",
    "text": (
        "أطلق مركز الإرشاد الأسري في حفر الباطن حملة الجيرة الطيبة «تصافحوا» "
        "برعاية من محافظ حفر الباطن الأستاذ عبدالمحسن بن سلطان الحربي.\n"
        "وتستمر الحملة أسبوعين في الأحياء والمدارس."
    ),
}
_OPENING = {
    "id": "opening",
    "title": "ترتيبات افتتاح الجسر الجديد",
    "date": "2018-01-11",
    "text": (
        "ويجري حفل الافتتاح الذي يحل رئيس الوزراء الإيطالي ماركو بيانكي ضيف شرف عليه "
        "في مدينة الدمام على ضفة الخليج.\n"
        "ويربط الجسر الجديد بين الدمام والخبر."
    ),
}


def test_the_name_the_question_asks_about_is_not_its_answer(tmp_path):
    service = service_over(tmp_path, [_CAMPAIGN])
    answer = service.ask("من يرعى حملة الجيرة الطيبة تصافحوا؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer != "«تصافحوا»"
    assert "تصافحوا" not in (answer.short_answer or "")
    assert "عبدالمحسن بن سلطان الحربي" in answer.answer


def test_a_pronoun_after_the_role_names_no_one(tmp_path):
    service = service_over(tmp_path, [_OPENING])
    answer = service.ask("من ضيف شرف حفل افتتاح الجسر الجديد؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer != "عليه"
    assert not answer.answer.startswith("**عليه**")
    assert "ماركو بيانكي" in answer.answer


def test_the_sentence_picker_passes_a_pronoun_too():
    # the offline answerer's own name runs: "عليه" right after the question's words
    import re

    from assistant.offline.extract import Token, name_candidates
    from assistant.offline.qtype import QType
    from language.analyzer import normalize

    text = "ويحل ماركو بيانكي ضيف شرف عليه"
    asked = {normalize(w) for w in ("ضيف", "شرف")}
    tokens = [
        Token(m.start(), m.end(), normalize(m.group()), normalize(m.group()) in asked, False)
        for m in re.finditer(r"\w+", text)
    ]
    names = [c.text for c, _ in name_candidates(text, tokens, QType.PERSON)]
    assert "عليه" not in names
    assert any("ماركو بيانكي" in n for n in names)
