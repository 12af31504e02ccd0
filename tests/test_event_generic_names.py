"""A card needs a name that tells its event from others: a bare "ورشة عمل" or "الورشة الثانية"
names a kind of event, so an article about an unnamed workshop yields no card (a false card is
worse than a missing one); a numbered session is told apart by its program. Sentences invented
in the papers' style."""

from __future__ import annotations

import json

from bench import events_extract as bench
from ingest.events.extract import extract_events
from ingest.events.names import find_names


def _names(text: str, title: str) -> list[str]:
    return [c.name for c in extract_events("x", text, title=title, published="2015-08-05")]


UNNAMED_WORKSHOP = (
    "أقام مستشفى محافظة البكيرية محاضرة وورشة عمل بعنوان (سلامة المرضى في غرف العمليات) "
    "للعاملين بأقسام الجراحة في قاعة الاجتماعات بالمستشفى.\n"
    "وأكد مدير المستشفى أن هذه المحاضرات وورش العمل ستتكرر كل شهر.\n"
)


def test_a_workshop_held_with_a_lecture_is_named_by_their_title():
    # the title after "محاضرة وورشة عمل" is the workshop's too: it is named, as the shared
    # gold names "ورشة عمل بعنوان «…»" (it was once dropped as a bare "ورشة عمل")
    assert _names(UNNAMED_WORKSHOP, "مستشفى البكيرية يقيم ورشة عمل") == [
        "سلامة المرضى في غرف العمليات"
    ]


def test_a_session_numbered_inside_a_course_is_no_event_of_its_own():
    text = (
        "يعقد قسم التعليم المستمر في مستشفى الملك فهد ببريدة يوم الأحد القادم دورة «رعاية "
        "الحروق» على مدى يومين.\n"
        "وتشمل الدورة محاضرات نظرية وثلاث ورش عمل، تعنى الأولى بتقييم الحروق, وتتضمن الورشة "
        "الثانية الضمادات الحديثة, أما الورشة الثالثة فعن التغذية العلاجية.\n"
    )
    # the course is the event (courses make cards); its numbered workshops make none
    assert _names(text, "دورة لرعاية الحروق في مستشفى الملك فهد") == ["دورة «رعاية الحروق»"]


def test_a_named_workshop_still_yields_its_card():
    text = (
        "نظمت جامعة الواحة ورشة عمل الطاقة الشمسية في المباني يوم الأحد المقبل بمدينة الخبر، "
        "بمشاركة أكثر من 30 باحثا.\n"
        "وأوضح رئيس اللجنة المنظمة أن الورشة تناقش تقنيات العزل الحراري.\n"
    )
    assert _names(text, "جامعة الواحة تنظم ورشة عمل الطاقة الشمسية") == ["ورشة عمل الطاقة الشمسية"]


def test_a_time_word_ends_an_event_name():
    text = "وعقدت الورشة البارحة الأولى بمقر النادي، وانطلق المهرجان الليلة في الحديقة."
    assert [m.text for m in find_names(text)] == ["الورشة", "المهرجان"]


def test_a_numbered_session_is_named_with_its_program():
    text = (
        "نظمت جمعية البر بمحافظة الخبر مساء أمس الندوة الـ 7 من برنامج التوعية الأسرية، "
        "بعنوان «الحوار في البيت»، وذلك بمسرح الجمعية.\n"
        "وشهدت الندوة حضور أكثر من 150 مستفيدا.\n"
    )
    assert _names(text, "جمعية البر تنظم ندوة التوعية الأسرية") == [
        "الندوة الـ 7 من برنامج التوعية الأسرية"
    ]


def test_snn_false_cards_leave_out_articles_judged_to_report_their_event(tmp_path, monkeypatch):
    verdicts = tmp_path / "verdicts.jsonl"
    rows = [
        {"id": "a", "card": bench.card_key("a", "مهرجان الورد").split("#")[1], "verdict": "report"},
        {
            "id": "b",
            "card": bench.card_key("b", "ملتقى الربيع").split("#")[1],
            "verdict": "passing",
        },
    ]
    verdicts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    monkeypatch.setattr(bench, "SNN_VERDICTS", verdicts)
    found = [
        ("a", "t", "مهرجان الورد"),  # judged a report: no false card, its article leaves
        ("b", "t", "ملتقى الربيع"),  # judged a passing mention: false
        ("c", "t", "معرض الكتاب"),  # nobody judged it: false
        ("a", "t", "مهرجان  الورد الدولي"),  # another card of a reporting article, unjudged
    ]
    figures = bench.judge_snn(100, found)
    assert figures["verdicts"] == {"report": 1, "passing": 1, "not-event": 0, "unjudged": 2}
    assert figures["reporting_articles"] == 1
    assert figures["false"] == 3
    assert figures["false_per_100"] == 100 * 3 / 99
