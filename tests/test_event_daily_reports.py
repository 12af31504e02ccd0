"""A festival reported day by day: the question's own numbers say which day's report it asks.

News reports a long festival every day with the same sentence and new figures ("بلغ عدد
السيارات الواردة لسوق المهرجان أمس 420 سيارة محملة بـ15.730 صندوقا"). The festival's card
merges the reports that pass the ingest gate; others stay plain articles. A question that
states one of a day's numbers ("… محملة بـ21.480 صندوقا؟") asks about that day: its count is
read from the report that writes that number, though the card's own articles fill the hits
retrieval returns (the report they push out still ranks just below them), and a count the
card holds from several reports is the one whose sentence writes it.
"""

from __future__ import annotations

from ingest.events.card import EventCard, Evidence, Figure
from tests.conftest import service_over

_OPENED = (
    "انطلقت أمس فعاليات مهرجان الرس للرمان الذي تنظمه بلدية محافظة الرس بمشاركة مزارعي "
    "المنطقة، ويستمر عشرة أيام في ساحة السوق الشعبي.\n"
    "وبلغ عدد السيارات الواردة لسوق المهرجان في يومه الأول {cars} سيارة محملة بـ{boxes} صندوقا "
    "من الرمان.\n"
    "وأكد رئيس البلدية أن المهرجان يهدف إلى دعم المزارعين وتسويق منتجاتهم."
)
_DAY = (
    "بلغ عدد السيارات الواردة لسوق مهرجان الرس للرمان أمس {cars} سيارة محملة بـ {boxes} صندوقا "
    "من الرمان، واستمرت الحركة في السوق حتى ساعة متأخرة من الليل."
)


def _articles() -> list[dict]:
    out = []
    for n, (cars, boxes) in enumerate([(310, "12.400"), (420, "15.730"), (505, "18.250")], 1):
        out.append(
            {
                "id": f"rass-{n}",
                "title": f"مهرجان الرس للرمان يواصل فعالياته {n}",
                "date": f"2016-09-0{n}",
                "text": _OPENED.format(cars=cars, boxes=boxes),
            }
        )
    out.append(
        {
            "id": "rass-day-5",
            "title": "أرقام السوق",
            "date": "2016-09-05",
            "text": _DAY.format(cars=612, boxes="21.480"),
        }
    )
    return out


def test_a_number_the_question_states_picks_that_days_report(tmp_path):
    service = service_over(tmp_path, _articles(), top_k=3)
    answer = service.ask("كم سيارة وردت لسوق مهرجان الرس للرمان محملة بـ21.480 صندوقا؟")
    assert "612" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations] == ["rass-day-5"]
    answer = service.ask("كم سيارة وردت لسوق مهرجان الرس للرمان محملة بـ15.730 صندوقا؟")
    assert "420" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations] == ["rass-2"]


def test_without_such_a_number_the_count_comes_from_the_events_own_reports(tmp_path):
    # guard: a count asked plainly is read where it was before, in the card's articles
    service = service_over(tmp_path, _articles(), top_k=3)
    answer = service.ask("كم سيارة وردت لسوق مهرجان الرس للرمان؟")
    assert answer.citations and answer.citations[0].doc_id.startswith("rass-")
    assert answer.citations[0].doc_id != "rass-day-5", answer.answer


def _merged_card() -> EventCard:
    card = EventCard(event_id="rass-2016", name="مهرجان الرس للرمان", sources=["a", "b"])
    card.figures = [Figure(3000, "زائر"), Figure(5000, "زائر")]
    card.evidence["figures"] = [
        Evidence("a", 0, 40, "زار المهرجان 3000 زائر في يوم بيع 12.400 صندوق"),
        Evidence("b", 0, 40, "زار المهرجان 5000 زائر في يوم بيع 18.250 صندوق"),
    ]
    return card


def test_a_count_of_a_merged_card_is_the_one_whose_sentence_writes_the_questions_number():
    from assistant.events.answer import _figure
    from assistant.events.questions import parse_question

    card = _merged_card()
    pinned = parse_question("كم زائرا زار مهرجان الرس للرمان يوم بيع 18.250 صندوق؟", "ar")
    assert pinned is not None
    value, evidence = _figure(pinned, card) or ("", [])
    assert "5000" in value and [e.doc_id for e in evidence] == ["b"]
    plain = parse_question("كم زائرا زار مهرجان الرس للرمان؟", "ar")
    assert plain is not None
    # else the article retrieval ranked first, else the first the card lists
    assert "5000" in _figure(plain, card, {"b": 0, "a": 1}.__getitem__)[0]  # type: ignore[index]
    assert "3000" in _figure(plain, card)[0]  # type: ignore[index]
