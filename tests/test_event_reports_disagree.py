"""Two reports of one event that disagree on a field: the answer shows both, each cited.

The card merged from them shows one value and keeps the other in `conflicts` (merge.py).
The answer quotes the value shown from the articles that state it (not from the one that
states the other), and then says that other articles say otherwise, with that value and its
citation, rather than picking one silently.
"""

from __future__ import annotations

from tests.conftest import service_over


def _report(doc_id: str, venue: str, day: str) -> dict:
    return {
        "id": doc_id,
        "title": "ملتقى الواحة الشبابي ينطلق في تبوك",
        "date": day,
        "text": (
            f"تنطلق مساء الأحد المقبل فعاليات ملتقى الواحة الشبابي الذي تنظمه جمعية البر بتبوك "
            f"في {venue}، بمشاركة 300 شاب من المنطقة.\n"
            "ويتضمن الملتقى دورات تدريبية ومحاضرات ومسابقات ثقافية طوال أسبوع."
        ),
    }


def test_reports_that_disagree_on_the_venue_are_both_cited(tmp_path):
    service = service_over(
        tmp_path,
        [
            _report("oasis-1", "قاعة الملك فهد للمناسبات", "2016-07-20"),
            _report("oasis-2", "مركز الأمير سلطان الحضاري", "2016-07-21"),
        ],
    )
    (card,) = service.events()
    assert set(card.sources) == {"oasis-1", "oasis-2"} and "venue" in card.conflicts
    answer = service.ask("أين يقام ملتقى الواحة الشبابي؟")
    shown, other = (
        ("قاعة الملك فهد للمناسبات", "مركز الأمير سلطان الحضاري")
        if card.venue.startswith("قاعة")
        else ("مركز الأمير سلطان الحضاري", "قاعة الملك فهد للمناسبات")
    )
    lead, _, note = answer.answer.partition("\n\n")
    assert shown in lead and other not in lead, answer.answer
    assert note.startswith("وتذكر مقالات أخرى غير ذلك: ") and other in note, answer.answer
    cited = {c.doc_id: c.passage for c in answer.citations}
    assert set(cited) == {"oasis-1", "oasis-2"}


def test_one_venue_stated_twice_has_no_note(tmp_path):
    # guard: reports that agree are one value, with nothing said of others
    service = service_over(
        tmp_path,
        [
            _report("oasis-1", "قاعة الملك فهد للمناسبات", "2016-07-20"),
            _report("oasis-2", "قاعة الملك فهد للمناسبات", "2016-07-21"),
        ],
    )
    answer = service.ask("أين يقام ملتقى الواحة الشبابي؟")
    assert "قاعة الملك فهد للمناسبات" in answer.answer
    assert "مقالات أخرى" not in answer.answer
