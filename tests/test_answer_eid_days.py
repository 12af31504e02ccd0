"""A day of the Eid is a date to the offline answerer (from articles nobody here tuned on).

"متى انطلقت فعاليات … بالدرعية؟" over "انطلقت فعاليات … في أوّلِ أيّامِ العيد" was refused: the
event extractor reads the days of an Eid, but the sentence picker knew no date in the
sentence. A day of the Eid is now one of the dates said relative to the article's day, and is
shown with the day it names.
"""

from __future__ import annotations

from tests.conftest import service_over

_GAMES = {
    "id": "games",
    "title": "ألعاب شعبية تجذب العائلات في حديقة الملز",
    "date": "2015-07-24",
    "text": (
        "انطلقت فعاليات «ألعاب زمان» في حديقة الملز بالرياض في أوّلِ أيّامِ العيد، وسط إقبال "
        "كبير من العائلات والأطفال.\n"
        "وقدمت الفرق الشعبية عروضا للعرضة والمزمار طوال المساء."
    ),
}


def test_the_first_day_of_the_eid_is_when(tmp_path):
    service = service_over(tmp_path, [_GAMES])
    answer = service.ask("متى انطلقت فعاليات ألعاب زمان في حديقة الملز؟")
    assert not answer.refused, answer.answer
    assert [c.doc_id for c in answer.citations] == ["games"]
    # read by the events reader ("فعاليات" names an activity), which gives the day beside
    # the words, as a card's date is given
    assert answer.short_answer.startswith("أوّلِ أيّامِ العيد"), answer.answer
    assert "(17 يوليو 2015)" in answer.answer


def test_eid_days_are_date_candidates():
    from assistant.offline.extract import date_candidates

    def dates(text: str) -> list[str]:
        return [c.text for c in date_candidates(text)]

    assert dates("وصلت القافلة في ثاني أيام عيد الفطر المبارك إلى القرية") == [
        "ثاني أيام عيد الفطر المبارك"
    ]
    assert dates("وزعت الجمعية الهدايا صباح العيد على الأطفال") == ["صباح العيد"]
    assert dates("تحدث الإمام عن فضل أيام العيد وصلة الأرحام") == []  # no one day named
