""" "في أي منطقة …" asks for the region, not the town (from articles nobody here tuned on).

"في أي منطقة يقام مهرجان بريدة للتمور؟" was answered "بريدة": the card's town, though the
question asks which region, and the articles say "منطقة القصيم". A question about the region
of one Saudi event now leads with the region its articles name, cited, before the town; a
region that is the town's own name ("الباحة") is not said twice.
"""

from __future__ import annotations

import datetime as dt

from tests.conftest import service_over

_FAIR = {
    "id": "dates-fair",
    "title": "انطلاق مهرجان عنيزة للتمور",
    "date": "2015-08-05",
    "text": (
        "انطلقت أمس فعاليات مهرجان عنيزة للتمور في مدينة عنيزة بمشاركة 300 مزارع، ويستمر "
        "المهرجان أربعين يوما.\n"
        "ويعد المهرجان من أكبر التظاهرات الاقتصادية في منطقة القصيم."
    ),
}


def test_the_region_leads_the_town(tmp_path):
    service = service_over(tmp_path, [_FAIR])
    service.today = lambda: dt.date(2015, 8, 6)
    answer = service.ask("في أي منطقة يقام مهرجان عنيزة للتمور؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and answer.short_answer.startswith("القصيم، عنيزة")
    assert {c.doc_id for c in answer.citations} == {"dates-fair"}
    # asked for the town, the town alone
    answer = service.ask("في أي مدينة يقام مهرجان عنيزة للتمور؟")
    assert answer.short_answer is not None and answer.short_answer.startswith("عنيزة")
