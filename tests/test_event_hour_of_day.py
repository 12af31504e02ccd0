"""The hour of the day a thing starts at: "في أي ساعة يبدأ حفل الافتتاح؟" (from articles
nobody here tuned on).

No field asked for an hour, so the question went to the sentence picker, which quoted a
sentence about a length in hours ("من 18 إلى 11 ساعة"). The hour is now read in the sentence
most like the question: "الساعة 9:30 مساء", "في تمام الساعة العاشرة صباحا", "في الثانية ظهر
اليوم", "بعد صلاة العشاء", "7pm". "كم ساعة …" still asks how long. Invented text.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.events.questions import parse_question
from assistant.events.reading import hour_phrase
from language.analyzer import normalize
from tests.conftest import CARDED_FAIR, service_over

_TODAY = date(2015, 8, 6)


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("في أي ساعة يبدأ حفل افتتاح مهرجان الصيف؟", "hour"),
        ("What time does the opening ceremony of the summer festival start?", "hour"),
        ("كم ساعة يستمر حفل افتتاح مهرجان الصيف؟", "duration"),
    ],
)
def test_the_hour_is_asked(question: str, field: str) -> None:
    lang = "en" if question.isascii() else "ar"
    q = parse_question(question, lang, _TODAY)
    assert q is not None and q.field == field, q


@pytest.mark.parametrize(
    ("sentence", "asked", "hour"),
    [
        (
            "وتنطلق فعاليات الملتقى في تمام الساعة العاشرة صباحا بالقاعة",
            "تنطلق الملتقى",
            "الساعة العاشرة صباحا",
        ),
        ("ويبدأ الحفل الساعة 9:30 مساء في الحديقة العامة", "يبدا الحفل", "الساعة 9:30 مساء"),
        (
            "وتقام الأمسية الشعرية بعد صلاة العشاء بمقر النادي",
            "تقام الامسيه الشعريه",
            "بعد صلاة العشاء",
        ),
        (
            "وأكدت اللجنة أن الحفل سيبدأ في الثانية ظهر اليوم الخميس",
            "يبدا الحفل اللجنه",
            "الثانية ظهر",
        ),
    ],
)
def test_the_hour_is_read(sentence: str, asked: str, hour: str) -> None:
    found = hour_phrase(normalize(asked).split(), ["doc"], lambda _: sentence)
    assert found is not None and found.value == hour, found


def test_an_ordinal_alone_is_no_hour():
    # (guard) "المرتبة الثانية" is a rank, not two o'clock
    text = "وحصل الفريق على المرتبة الثانية في البطولة بعد مباراة الحفل"
    assert hour_phrase(normalize("حصل الفريق البطوله").split(), ["doc"], lambda _: text) is None


_CANAL = {
    "id": "canal",
    "title": "افتتاح جسر الخليج الجديد اليوم",
    "date": "2015-08-06",
    "text": (
        "تفتتح البحرين اليوم جسر الخليج الجديد بحضور عدد من قادة الدول.\n"
        "وسيقلص الجسر زمن العبور من ثلاث ساعات إلى 40 دقيقة.\n"
        "وكشف مصدر في اللجنة المنظمة أن حفل الافتتاح سيبدأ في الرابعة عصر اليوم الخميس بعرض "
        "للألعاب النارية."
    ),
}


_FAIR = CARDED_FAIR  # another event, carded


def test_the_hour_of_the_ceremony(tmp_path):
    service = service_over(tmp_path, [_CANAL, _FAIR])
    answer = service.ask("في أي ساعة يبدأ حفل افتتاح جسر الخليج الجديد؟")
    assert answer.short_answer is not None, answer.answer
    assert "الرابعة عصر" in answer.short_answer, answer.answer
