"""An event reported by four or five papers: its value is cited from each report.

A field answer cited at most three reports of the value it gives; the fourth paper that
printed the story was left out, though a reader checking it finds the same words. Up to five
reports are now cited behind one value. The first three are quoted. The others are cited by
their marker alone after the last quote, so that the answer does not repeat the story.
"""

from __future__ import annotations

from assistant.offline.messages import answer_text
from tests.conftest import service_over

_LEADS = (
    "انطلقت أمس في مركز الظهران للمعارض أعمال ملتقى الطاقة المتجددة الثالث بمشاركة 40 شركة "
    "من 12 دولة.",
    "بدأت أمس في مركز الظهران للمعارض أعمال ملتقى الطاقة المتجددة الثالث بحضور عدد من المستثمرين.",
    "انطلقت صباح أمس في مركز الظهران للمعارض فعاليات ملتقى الطاقة المتجددة الثالث وسط حضور كبير.",
    "افتتحت أمس في مركز الظهران للمعارض أعمال ملتقى الطاقة المتجددة الثالث الذي يستمر ثلاثة أيام.",
    "انطلقت مساء أمس في مركز الظهران للمعارض أعمال ملتقى الطاقة المتجددة الثالث بمشاركة "
    "خبراء من الخليج.",
)
_PAPERS = [
    {
        "id": f"paper-{k}",
        "title": "انطلاق ملتقى الطاقة المتجددة الثالث بالظهران",
        "date": "2015-09-15",
        "text": lead + "\nويناقش الملتقى مستقبل الطاقة الشمسية في المنطقة.",
    }
    for k, lead in enumerate(_LEADS)
]


def test_every_report_of_the_venue_is_cited_three_quoted(tmp_path):
    service = service_over(tmp_path, _PAPERS)
    answer = service.ask("أين يقام ملتقى الطاقة المتجددة الثالث؟")
    assert not answer.refused, answer.answer
    assert "مركز الظهران للمعارض" in answer.short_answer, answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert cited == {paper["id"] for paper in _PAPERS}, answer.answer
    assert answer.answer.count("«") == 3, answer.answer
    for citation in answer.citations:
        assert "مركز الظهران للمعارض" in citation.passage


def test_a_marker_without_a_quote_follows_the_last_quote():
    text = answer_text([(1, ["أ"]), (2, ["ب"]), (3, []), (4, [])], "ar", "جدة")
    assert text.endswith("«ب» [2] [3] [4]"), text
    assert answer_text([(1, [])], "ar") == ""
