"""Two newspapers give one fact in their own words: the offline answer cites both.

The sentence picker quoted the best sentence and cited its article alone, though another
retrieved report answered the question with the same short answer in other words ("نحو 900
عامل" for "900 عامل"); only a word-for-word reprint was cited too. A sentence of another
article whose own short answer is the same (or, when none of its own is found, which writes
the short answer in the same words) is now cited with the few words around it. A sentence
that holds the value but answers otherwise ("900 شجرة"), and a relative day that is another
day in its own article, are not. The articles are invented for these tests.
"""

from __future__ import annotations

from assistant.offline.answerer import _counts_alike, _days_named, _same_answer
from assistant.offline.extract import Candidate
from assistant.offline.qtype import QType
from assistant.offline.select import Sentence, split_hits
from store.types import Hit
from tests.conftest import service_over

_WORKERS_A = {
    "id": "workers-a",
    "title": "اكتمال جسر الوادي الجديد",
    "date": "2031-03-10",
    "text": (
        "أعلنت وزارة النقل اكتمال أعمال جسر الوادي الجديد الذي يربط ضفتي النهر. "
        "وشارك في بناء جسر الوادي الجديد 900 عامل على مدى ثلاث سنوات من العمل المتواصل ليلا "
        "ونهارا في ظروف جوية صعبة وتحت إشراف مهندسين من شركات وطنية وعالمية."
    ),
}
_WORKERS_B = {
    "id": "workers-b",
    "title": "الوزارة: الجسر يختصر الطريق إلى المدينة",
    "date": "2031-03-11",
    "text": (
        "قال المتحدث باسم وزارة النقل إن الجسر سيختصر الطريق إلى وسط المدينة نصف ساعة. "
        "وأوضح أن نحو 900 عامل شاركوا في بناء جسر الوادي الجديد منذ وضع حجر الأساس قبل ثلاثة "
        "أعوام، وأن الوزارة ستكرمهم في حفل يقام على الجسر نفسه في الأسبوع المقبل."
    ),
}
_TREES = {
    "id": "trees",
    "title": "تشجير مداخل جسر الوادي",
    "date": "2031-03-12",
    "text": "وبعد أن شارك العمال في بناء جسر الوادي الجديد زرعت البلدية 900 شجرة على مداخله.",
}
_OTHER_BRIDGE = {
    "id": "other-bridge",
    "title": "جسر الساحل",
    "date": "2031-02-01",
    "text": "وشارك في بناء جسر الساحل 1200 عامل على مدى أربع سنوات.",
}


def test_a_report_giving_the_answer_in_its_own_words_is_cited(tmp_path):
    service = service_over(tmp_path, [_WORKERS_A, _WORKERS_B, _TREES, _OTHER_BRIDGE])
    answer = service.ask("كم عاملا شارك في بناء جسر الوادي الجديد؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and "900" in answer.short_answer, answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert {"workers-a", "workers-b"} <= set(cited), answer.answer
    assert "trees" not in cited and "other-bridge" not in cited, answer.answer
    second = next(c for c in answer.citations if c.doc_id not in cited[:1])
    assert "900 عامل" in second.passage
    assert second.passage in answer.answer  # quoted, with its own marker
    assert f"[{second.marker}]" in answer.answer


# 2031-04-03 is a Thursday: "غدا" there and "اليوم" in the paper of 2031-04-04 are one day;
# "اليوم" in a paper of 2031-04-09 is another
_OPENS_TOMORROW = {
    "id": "opens-tomorrow",
    "title": "جسر الوادي الجديد يستقبل السيارات",
    "date": "2031-04-03",
    "text": "وتفتح وزارة النقل جسر الوادي الجديد أمام حركة السيارات غدا بعد اكتمال أعماله.",
}
_OPENS_TODAY = {
    "id": "opens-today",
    "title": "حركة السيارات على جسر الوادي",
    "date": "2031-04-04",
    "text": "وتفتح وزارة النقل جسر الوادي الجديد لحركة السيارات اليوم بعد اكتمال الأعمال فيه.",
}
_REOPENS = {
    "id": "reopens",
    "title": "إعادة فتح جسر الوادي بعد الصيانة",
    "date": "2031-04-09",
    "text": "وتفتح وزارة النقل جسر الوادي الجديد أمام السيارات اليوم بعد أعمال صيانة قصيرة.",
}


def _sentence(article: dict, which: int = 0) -> Sentence:
    text = article["text"]
    hit = Hit(
        doc_id=article["id"],
        text=text,
        score=1.0,
        title="",
        source="",
        start=0,
        end=len(text),
        date=article["date"],
    )
    return split_hits([hit])[which]


def _candidate(sent: Sentence, words: str, kind: QType) -> Candidate:
    start = sent.text.index(words)
    return Candidate(start, start + len(words), words, kind)


def test_a_number_counting_something_else_is_not_the_same_answer():
    workers, trees = _sentence(_WORKERS_A, 1), _sentence(_TREES)
    lead = _candidate(workers, "900", QType.NUMBER)
    assert _counts_alike(workers, lead, workers, lead)
    other = _sentence(_WORKERS_B, 1)
    assert _counts_alike(workers, lead, other, _candidate(other, "900", QType.NUMBER))
    assert not _counts_alike(workers, lead, trees, _candidate(trees, "900", QType.NUMBER))


def test_a_relative_day_of_another_day_is_not_the_same_answer():
    def day(sent: Sentence, word: str) -> Candidate:
        return _candidate(sent, word, QType.DATE)

    sentence = _sentence

    tomorrow = sentence(_OPENS_TOMORROW)
    lead = day(tomorrow, "غدا")
    days = _days_named(lead, tomorrow)
    assert days == ("2031-04-04", "2031-04-04")
    today, later = sentence(_OPENS_TODAY), sentence(_REOPENS)
    assert _same_answer(day(today, "اليوم"), today, lead, days)
    assert not _same_answer(day(later, "اليوم"), later, lead, days)
