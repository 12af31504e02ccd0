"""A question about "this year" of an event the articles report only of an earlier year is
answered from that year, said to be of it (from articles nobody here tuned on).

"أين يقام ملتقى القافلة النسائي بالدمام هذا العام؟" asked in 2026 of a library whose report is
of 2015 was refused: "this year" is 2026, and the articles hold only another edition. The
reader learns nothing, though the articles say where it was held. Such a question now gets
the 2015 answer, led by a line that says the articles say nothing of 2026 and which year the
answer is about. A year written out ("عام 2026") is still asked for as written.
"""

from __future__ import annotations

import datetime as dt

from tests.conftest import service_over

_FORUM = {
    "id": "caravan-forum",
    "title": "ملتقى الرواحل للأسر المنتجة ينطلق في الخبر",
    "date": "2015-08-02",
    "text": (
        "تنطلق فعاليات ملتقى الرواحل للأسر المنتجة بالخبر في الـ 20 من الشهر الجاري، ويقام "
        "الملتقى هذا العام في قاعة الأمير سلطان للمعارض بمشاركة 90 أسرة منتجة.\n"
        "وتنظم الملتقى جمعية الرواحل الخيرية للعام الخامس على التوالي."
    ),
}


def _service(tmp_path):
    service = service_over(tmp_path, [_FORUM])
    service.today = lambda: dt.date(2026, 12, 5)
    return service


def test_this_year_gets_the_year_reported_said_to_be_of_it(tmp_path):
    service = _service(tmp_path)
    answer = service.ask("أين يقام ملتقى الرواحل للأسر المنتجة بالخبر هذا العام؟")
    assert not answer.refused, answer.answer
    assert answer.answer.startswith("لا تذكر المقالات شيئا عن عام 2026؛ ما يلي عن عام 2015:")
    assert "قاعة الأمير سلطان للمعارض" in answer.answer
    assert answer.citations[0].doc_id == "caravan-forum"

    answer = service.ask("Where is the Al-Rawahil forum in Khobar held this year?")
    assert not answer.refused, answer.answer
    assert answer.answer.startswith("The articles say nothing about 2026; this is about 2015:")


def test_a_year_written_out_is_asked_for_as_written(tmp_path):
    service = _service(tmp_path)
    assert service.ask("أين يقام ملتقى الرواحل للأسر المنتجة بالخبر عام 2026؟").refused
    answer = service.ask("أين يقام ملتقى الرواحل للأسر المنتجة بالخبر عام 2015؟")
    assert not answer.refused, answer.answer
    assert not answer.answer.startswith("لا تذكر"), answer.answer
