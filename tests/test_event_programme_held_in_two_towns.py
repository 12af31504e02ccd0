"""A programme launched with its activities, in two towns: "تنطلق فعاليات برنامج «…» في الدمام
والأحساء".

Two things kept "تحت رعاية من ينطلق برنامج طور موهبتك 5 في الخبر والقطيف؟" from the card
that holds its patron:

- "برنامج" names an event only when a word of training or summer follows it (a broadcast, a
  plan or an app is a programme too), so the card was named after the article's later
  "برنامجا تدريبيا للشباب والفتيات" and the question's name matched nothing. A programme whose
  activities are launched ("فعاليات برنامج …") is held: it is an event, whatever its name.
- A card missing a place the question names is not the event asked about. A card gives one
  city; "في الخبر والقطيف" names two towns joined by "و" for one event, and the card of
  Khobar lacked Qatif. A town joined by "و" to one the card holds is no longer missing.
"""

from __future__ import annotations

import pytest

from ingest.events.names import find_names
from tests.conftest import service_over


def test_a_programme_whose_activities_start_is_named():
    text = 'تنطلق اليوم فعاليات برنامج "اكتشف موهبتك 3" في جدة والطائف.'
    assert [m.text for m in find_names(text)] == ['برنامج "اكتشف موهبتك 3"']


def test_a_plan_called_a_programme_is_not():
    text = 'أعلنت الوزارة عن برنامج "سكني" لتمويل شراء المساكن.'
    assert find_names(text) == []


_ARTICLE = {
    "id": "talent",
    "title": "«اكتشف موهبتك» ينطلق في جدة والطائف اليوم",
    "date": "2015-08-01",
    "text": (
        'تنطلق اليوم فعاليات برنامج "اكتشف موهبتك 3" في جدة والطائف الذي تقيمه جمعية الشباب '
        "الأهلية تحت رعاية رئيس مجلس الجمعية الدكتور سالم بن راشد العتيبي. "
        "وأوضح رئيس الجمعية أن البرنامج يقدم برنامجا تدريبيا للشباب والفتيات يمتد ثلاثين يوما."
    ),
}


_OTHERS = [
    {
        "id": "roses",
        "title": "انطلاق مهرجان الورد في الطائف",
        "date": "2015-08-01",
        "text": (
            "انطلقت أمس فعاليات مهرجان الورد الطائفي الثاني في الطائف تحت رعاية محافظ الطائف "
            "فهد بن معمر بمشاركة مزارعي الورد في المحافظة."
        ),
    },
    {
        "id": "books",
        "title": "معرض جدة للكتاب يفتح أبوابه",
        "date": "2015-08-01",
        "text": (
            "افتتح أمس معرض جدة الدولي للكتاب في دورته الأولى في جدة تحت رعاية وزير الثقافة "
            "بمشاركة خمسمئة دار نشر."
        ),
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("talent"), [_ARTICLE, *_OTHERS])


def _talent(service):
    (card,) = [c for c in service.events() if c.sources == ["talent"]]
    return card


def test_the_card_is_named_by_the_programme(service):
    card = _talent(service)
    assert card.name == 'برنامج "اكتشف موهبتك 3"'
    assert card.city == "جدة"


def test_a_question_naming_both_towns_is_answered_from_the_card(service):
    answer = service.ask("تحت رعاية من ينطلق برنامج اكتشف موهبتك 3 في جدة والطائف؟")
    assert answer.event_ids == [_talent(service).event_id], answer.answer
    assert "سالم بن راشد العتيبي" in (answer.short_answer or ""), answer.answer
    assert answer.citations[0].doc_id == "talent"


def test_a_question_naming_another_town_is_not(service):
    answer = service.ask("تحت رعاية من ينطلق برنامج اكتشف موهبتك 3 في الرياض؟")
    assert not answer.event_ids, answer.answer
