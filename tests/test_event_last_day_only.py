"""An event whose reports give only its last day ("اختتمت فعالياته أمس") is answered with
that day, marked as its last, and cited from each report that says it (from articles nobody
here tuned on).

The card held the end date but no start, and the answer read "أمس (كما ورد؛ دون سنة)": as if
the article had no date, though it did; the other paper's report of the closing was not cited.
"""

from __future__ import annotations

from assistant.events.render import card_dates
from tests.conftest import service_over

_FIRST = {
    "id": "first",
    "title": "الملتقى الكشفي الخليجي يطوي خيامه",
    "date": "2015-08-08",
    "text": (
        "طوى الملتقى الكشفي الخليجي الخامس الذي اختتمت فعالياته أمس خيامه في مدينة الطائف "
        "بعد سبعة أيام من البرامج التطوعية.\n"
        "وشارك في الملتقى 900 كشاف من دول الخليج."
    ),
}
_SECOND = {
    "id": "second",
    "title": "ختام الملتقى الكشفي الخليجي",
    "date": "2015-08-08",
    "text": (
        "طوى الملتقى الكشفي الخليجي الخامس خيامه في الطائف بعد أن أسدل الستار على "
        "برامجه أمس، وسط حضور رسمي.\n"
        "وكرمت اللجنة المنظمة الفرق المشاركة."
    ),
}


def test_the_last_day_is_given_and_both_reports_cited(tmp_path):
    service = service_over(tmp_path, [_FIRST, _SECOND])
    card = next(c for c in service.events() if "الكشفي الخليجي" in c.name)
    assert (card.start_date, card.end_date) == (None, "2015-08-07")
    answer = service.ask("متى اختتمت فعاليات الملتقى الكشفي الخليجي الخامس؟")
    assert answer.short_answer == "أمس (حتى 7 أغسطس 2015)", answer.answer
    assert {c.doc_id for c in answer.citations} == {"first", "second"}, answer.answer


def test_in_english_the_last_day_is_rendered(tmp_path):
    service = service_over(tmp_path, [_FIRST, _SECOND])
    card = next(c for c in service.events() if "الكشفي الخليجي" in c.name)
    assert card_dates(card, "en") == "until 7 August 2015"
    assert card_dates(card, "ar") == "أمس (حتى 7 أغسطس 2015)"
