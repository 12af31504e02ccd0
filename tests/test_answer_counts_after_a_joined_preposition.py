"""A number written onto its preposition with a tatweel ("لـ10 أيام", "بـ236 كرتونا") is a
number (from articles nobody here tuned on).

"كم يوماً يمتد مهرجان …؟" over "… والذي يمتد لـ10 أيام متواصلة": neither the event reader
nor the sentence picker saw a number in "لـ10", and the answer was "ثلاثة أيام" from another
article of the same town.
"""

from __future__ import annotations

from tests.conftest import service_over

_FESTIVAL = {
    "id": "festival",
    "title": "مهرجان صيف الجوف يستقبل زواره",
    "date": "2015-07-24",
    "text": (
        "توافدت مئات العائلات إلى مهرجان صيف الجوف الرابع في متنزه الخزامى بسكاكا، والذي "
        "يمتد لـ10 أيام متواصلة، وسط عروض شعبية ومسابقات للأطفال.\n"
        "ويشارك في المهرجان عدد من الأسر المنتجة بمنتجاتها اليدوية."
    ),
}
_CRAFTS = {
    "id": "crafts",
    "title": "حرفيات سكاكا يحافظن على صناعة السدو",
    "date": "2015-07-24",
    "text": (
        "تحافظ حرفيات سكاكا على صناعة السدو، وتقول إحداهن إن صنع القطعة الصغيرة يستغرق "
        "ثلاثة أيام، بينما تحتاج القطعة الكبيرة إلى شهر.\n"
        "وتباع المنتجات في أسواق المنطقة ومعارضها."
    ),
}


def test_how_many_days_the_festival_lasts(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL, _CRAFTS])
    answer = service.ask("كم يوماً يمتد مهرجان صيف الجوف الرابع؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "10 أيام", answer.answer
    assert [c.doc_id for c in answer.citations] == ["festival"]


def test_a_number_on_its_preposition_is_a_number():
    from assistant.offline.extract import number_candidates

    def numbers(text: str) -> list[str]:
        return [c.text for c in number_candidates(text)]

    assert numbers("والذي يمتد لـ10 أيام متواصلة") == ["10"]
    assert numbers("وصلت 40 سيارة محملة بـ236 كرتونا") == ["40", "236"]
    assert numbers("يواصل مهرجان أبها للتسوق الـ17 فعالياته") == []  # an ordinal, not a count
