"""A date written in both calendars: "14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015م".

Saudi news gives a Hijri day and the Gregorian day it falls on. The offline answerer read
only the Gregorian half (it knew no Hijri month), so "متى …؟" was answered "29 أغسطس 2015"
where the reader, and the article, say both. The two halves are one date now, and an English
answer renders the Gregorian one. The sentences are invented.
"""

from __future__ import annotations

from assistant.offline.english import english_date
from assistant.offline.extract import date_candidates
from tests.conftest import service_over

_VISIT = {
    "id": "visit",
    "title": "وفد تجاري كوري يزور غرفة أبها",
    "date": "2015-08-01",
    "text": (
        "يصل وفد من رجال الأعمال الكوريين إلى أبها في 14 ذو القعدة 1436هـ الموافق 29 أغسطس "
        "2015م في زيارة تستمر يومين.\n"
        "ويلتقي الوفد أعضاء الغرفة التجارية لبحث فرص الاستثمار في المنطقة."
    ),
}


def test_one_date_in_two_calendars_is_one_answer():
    text = "في 14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015م ضمن فعاليات"
    assert [c.text for c in date_candidates(text)] == ["14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015"]
    assert english_date("14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015م") == "29 August 2015"


def test_a_hijri_month_needs_its_day_or_year():
    # (guard) "صفر" and "رجب" are also words (zero, a name)
    assert date_candidates("انتهت المباراة بنتيجة صفر مقابل هدف وسجل رجب العلي") == []
    assert [c.text for c in date_candidates("يقام يوم 5 رمضان في الحديقة")] == ["5 رمضان"]


def test_when_is_answered_with_both_calendars(tmp_path):
    service = service_over(tmp_path, [_VISIT])
    assert service.events() == []
    answer = service.ask("متى يصل وفد رجال الأعمال الكوريين إلى أبها؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015"
    assert answer.citations[0].doc_id == "visit"
