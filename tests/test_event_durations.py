"""How long an event lasts: "كم يوما يستمر …", "كم تستغرق …", "ما مدة …" ask a length, read
as the article writes it ("يستمر لمدة شهر", "على مدى عشرة أيام"); when no article says, the
dates it is held on answer. The articles are invented for these tests."""

from __future__ import annotations

import pytest

from assistant.events.questions import parse_question
from assistant.events.reading import duration_phrase, length_value, same_length_elsewhere
from language.analyzer import normalize
from tests.conftest import service_over

MUSEUM = (
    "افتتح وزير الثقافة أمس معرض «كنوز الساحل» في متحف مدينة صور، ويضم المعرض 140 قطعة "
    "أثرية. وقال مدير المتحف إن المعرض الذي يستمر لمدة شهر يأتي ضمن احتفالات المدينة "
    "بعيدها الوطني."
)
CAMP = (
    "انطلقت أمس فعاليات ملتقى الشباب الصيفي الرابع في محافظة العلا بمشاركة 80 شابا، "
    "وتتواصل فعاليات الملتقى على مدى عشرة أيام في مركز الأمير سلطان الثقافي."
)
FAIR = (
    "يقام معرض الواحة الدولي للتمور في الفترة من 3 إلى 6 سبتمبر 2031 في أرض المعارض "
    "بمدينة بريدة، بمشاركة 60 مزارعا."
)
ARTICLES = [
    {"id": "museum", "title": "معرض كنوز الساحل", "date": "2031-07-20", "text": MUSEUM},
    {"id": "camp", "title": "ملتقى الشباب الصيفي", "date": "2031-07-22", "text": CAMP},
    {"id": "fair", "title": "معرض الواحة الدولي للتمور", "date": "2031-07-24", "text": FAIR},
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("durations"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected", "doc_id"),
    [
        ("كم يستمر معرض كنوز الساحل في متحف صور؟", "شهر", "museum"),
        ("كم يوماً يستمر ملتقى الشباب الصيفي الرابع في العلا؟", "عشرة أيام", "camp"),
        ("ما مدة ملتقى الشباب الصيفي الرابع؟", "عشرة أيام", "camp"),
        # no article says how long: the dates answer
        ("كم يوما يستمر معرض الواحة الدولي للتمور؟", "6 سبتمبر", "fair"),
    ],
)
def test_how_long_an_event_lasts_is_read_as_written(service, question, expected, doc_id):
    answer = service.ask(question)
    assert not answer.refused, answer.answer
    assert expected in answer.answer, answer.answer
    assert doc_id in {c.doc_id for c in answer.citations}


@pytest.mark.parametrize(
    "question",
    [
        "كم يوما يستمر مهرجان الورد؟",
        "كم تستمر أمسية الشعر في المهرجان؟",
        "كم تستغرق رحلة القافلة؟",
        "كم يوما استمرت الندوة؟",
        "ما مدة المعرض؟",
        "ما المدة الزمنية للملتقى؟",
    ],
)
def test_a_length_is_asked(question):
    q = parse_question(question, "ar")
    assert q is not None and q.field == "duration"


def test_when_it_is_held_is_no_length():
    q = parse_question("متى يقام مهرجان الورد؟", "ar")
    assert q is not None and q.field == "date"


def test_a_day_after_the_verb_is_no_length():
    texts = {"a": "ويستمر يوم السبت المقبل عرض الأفلام في مهرجان الورد."}
    assert duration_phrase([normalize("مهرجان")], ["a"], texts.get) is None
    texts = {"a": "ويستمر مهرجان الورد طيلة أسبوعين في حديقة الملك عبدالله."}
    found = duration_phrase([normalize("مهرجان")], ["a"], texts.get)
    assert found is not None and found.value == "أسبوعين"


def test_the_length_may_follow_what_lasts():
    texts = {"a": "ويضم المعرض، وتستمر فعالياته ستة أيام، أجنحة للحرفيين."}
    found = duration_phrase([normalize("المعرض")], ["a"], texts.get)
    assert found is not None and found.value == "ستة أيام"


def test_two_reports_that_give_one_length_are_cited_together():
    texts = {
        "a": "وتستمر فعاليات ملتقى الشباب لمدة 10 أيام في مركز الحي.",
        "b": "وأوضح المنظمون أن الملتقى الذي يستمر عشرة أيام يضم برامج رياضية.",
        "c": "ويستمر الملتقى ثلاثة أيام فقط بحسب الجدول الأول.",
    }
    found = duration_phrase([normalize("الملتقى")], ["a", "b", "c"], texts.get)
    assert found is not None and found.value == "10 أيام"
    also = same_length_elsewhere(found, ["a", "b", "c"], texts.get)
    assert [(e.doc_id, e.quote) for e in also] == [("b", "عشرة أيام")]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("عشرة أيام", (10, "day")), ("١٠ أيام", (10, "day")), ("أسبوعين", (2, "week")),
     ("شهر", (1, "month")), ("ثلاثة أشهر", (3, "month")), ("ساعتين", (2, "hour"))],
)  # fmt: skip
def test_lengths_compare_as_numbers(phrase, value):
    assert length_value(phrase) == value


def test_the_length_is_in_the_unit_asked_for():
    """ "كم ساعة يستمر الحفل؟" is answered in hours, or a unit near hours, not by the years a
    sentence with more of the question's words says something else lasted."""
    texts = {
        "a": (
            "وتقام احتفالية افتتاح الجسر الجديد على النهر بعد أعمال بناء استمرت ست سنوات. "
            "وقال المنظمون إن الاحتفالية ستستمر أكثر من خمس ساعات بحضور ضيوف من عدة دول."
        )
    }
    words = [normalize(w) for w in ("ساعة", "احتفالية", "افتتاح", "الجسر", "الجديد")]
    found = duration_phrase(words, ["a"], texts.get)
    assert found is not None and found.value == "خمس ساعات"
    # a question in days takes a month too, not years
    texts = {"a": "واستمر الحفر أربع سنوات في الموقع، ويستمر المهرجان شهرا كل صيف."}
    found = duration_phrase([normalize("يوما"), normalize("المهرجان")], ["a"], texts.get)
    assert found is not None and found.value == "شهرا"
    # no unit asked: the first length said
    found = duration_phrase([normalize("الحفر")], ["a"], texts.get)
    assert found is not None and found.value == "أربع سنوات"
