"""Dates a news article says relative to its own day: "الليلة", "مساء اليوم", "اليوم".

"متى يطلق … عروض الموسم الأول؟" over "يطلق الفرع، الليلة، …": "الليلة" (tonight) and
"مساء اليوم" were no date to the offline answerer, which refused; nor was "اليوم" said after
its clause ("يبدأ الفريق اليوم تقديم عروضه"). They are now, in an article with a publication
date, and a date said only relative to the article's day is shown with the day it names.
"""

from __future__ import annotations

from tests.conftest import service_over

_DELEGATION = {
    "id": "delegation",
    "title": "وفد تجاري ياباني يزور الرياض",
    "date": "2017-03-07",
    "text": (
        "يصل الوفد التجاري الياباني، الليلة، إلى الرياض في زيارة تستمر ثلاثة أيام.\n"
        "ويلتقي الوفد خلال الزيارة رجال الأعمال في غرفة الرياض لبحث فرص الاستثمار."
    ),
}


def test_tonight_is_the_articles_day_and_a_programmes_night_is_not():
    from ingest.events.dates import find_dates

    def days(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.start_date) for m in find_dates(text, "2017-03-07")]

    assert days("يحيي الفنان الليلة حفلا في المسرح") == [("الليلة", "2017-03-07")]
    assert days("أقيم الحفل الليلة الماضية") == [("الليلة الماضية", "2017-03-06")]
    assert days("وتقام الليلة الأولى من المهرجان في الحديقة") == []
    assert days("وفي الليلة الختامية كرم المنظمون الفائزين") == []


def test_when_tonight_is_answered_with_the_day_it_names(tmp_path):
    service = service_over(tmp_path, [_DELEGATION])
    answer = service.ask("متى يصل الوفد التجاري الياباني إلى الرياض؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "الليلة"
    assert answer.answer.startswith("**الليلة (7 مارس 2017)**")
    assert answer.citations[0].doc_id == "delegation"


def test_an_undated_articles_tonight_names_no_day(tmp_path):
    undated = {**_DELEGATION, "date": ""}
    service = service_over(tmp_path, [undated])
    answer = service.ask("متى يصل الوفد التجاري الياباني إلى الرياض؟")
    assert answer.short_answer == "الليلة"
    assert "2017" not in answer.answer


_SHOW = {
    "id": "airshow",
    "title": "فريق الاستعراض الجوي يحلق فوق الكورنيش",
    "date": "2017-03-09",
    "text": (
        "يبدأ فريق الاستعراض الجوي اليوم تقديم عروضه فوق كورنيش الخبر.\n"
        "ويؤدي الطيارون 20 حركة استعراضية في كل عرض."
    ),
}


def test_today_after_its_clause_is_the_articles_day(tmp_path):
    service = service_over(tmp_path, [_SHOW])
    answer = service.ask("متى يبدأ فريق الاستعراض الجوي تقديم عروضه فوق كورنيش الخبر؟")
    assert not answer.refused, answer.answer
    assert answer.answer.startswith("**اليوم (9 مارس 2017)**")


def test_today_in_an_undated_text_is_no_date():
    # (guard) in an encyclopaedia's text "اليوم" is more often "nowadays"
    from assistant.offline.extract import date_candidates

    text = "ويعد الميناء اليوم من أكبر موانئ المنطقة."
    assert date_candidates(text) == []
    assert [c.text for c in date_candidates(text, dated=True)] == ["اليوم"]
