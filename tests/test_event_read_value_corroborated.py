"""A count or a name read from the articles (no card holds it) is cited from every report
that writes it of the event, as a card's value is (from articles nobody here tuned on).

"كم عدد السيارات التي وردت إلى مهرجان التمور …؟" was answered with a count of cars from
one report, while the report the question came from writes the same count of the festival and
was not cited. A report that writes the count of another event ("معرض السيارات") is not
cited for it.
"""

from __future__ import annotations

from tests.conftest import service_over

_FIRST = {
    "id": "first",
    "title": "ختام مهرجان الرطب",
    "date": "2031-08-10",
    "text": (
        "أعلنت اللجنة المنظمة لمهرجان الرطب وصول 2400 سيارة محملة بالرطب خلال أيامه العشرة.\n"
        "وبلغت مبيعات المهرجان 9 ملايين ريال."
    ),
}
_SECOND = {
    "id": "second",
    "title": "أرقام مهرجان الرطب",
    "date": "2031-08-10",
    "text": (
        "كشفت إحصاءات رسمية أن مهرجان الرطب استقبل 2400 سيارة محملة بالرطب من المزارع.\n"
        "وأشاد المزارعون بالتنظيم."
    ),
}
_SHOW = {
    "id": "show",
    "title": "معرض السيارات",
    "date": "2031-08-10",
    "text": "يعرض معرض السيارات الدولي 2400 سيارة من أحدث الطرازات.",
}


def test_both_reports_of_the_count_are_cited_and_no_other_event(tmp_path):
    service = service_over(tmp_path, [_FIRST, _SECOND, _SHOW])
    assert service.events() == []  # no card: the count is read at question time
    answer = service.ask("كم عدد السيارات الواردة إلى مهرجان الرطب؟")
    assert answer.short_answer == "2400 سيارة", answer.answer
    assert sorted(c.doc_id for c in answer.citations) == ["first", "second"]
