"""The town an event is held in, when a report names two: "غنت في حفلة بالرياض … ثم سافرت
إلى مدينة مراكش المغربية، حيث غنت ليلة أمس في حفل اختتام مهرجان …" (from articles nobody here tuned
on).

The festival was placed in the first town the article names, and the town read for "في أي
مدينة …" was the sentence's first. A town a "where" clause naming the event is said of places
it; and of a sentence's towns, the one said among more of the question's words is read.
Invented text.
"""

from __future__ import annotations

from assistant.events.reading import town_phrase
from ingest.events.extract import read_events
from language.analyzer import normalize

_TEXT = (
    "أحيت الفنانة سلمى العلي حفلة غنائية في مدينة الرياض جمعتها بالفنان سعد الحربي والفنانة "
    "هند القحطاني في أولى حفلات صيف الرياض لعام 2015، وقدمت فيها أغنيات ألبومها الجديد، هذا "
    "وسافرت سلمى بعد الحفلة إلى مدينة مراكش المغربية، حيث غنت ليلة أمس في حفل اختتام "
    'مهرجان "الواحات" مع فرقتها'
)
_TITLE = "سلمى العلي تحيي أولى حفلات صيف الرياض"


def test_the_where_clause_places_the_festival():
    events = read_events("doc", _TEXT, _TITLE, "2015-07-26")
    festival = [e for e in events if "الواحات" in e.name]
    assert festival, [e.name for e in events]
    assert festival[0].city == "مراكش", festival[0].city


def test_the_town_among_the_question_words_is_read():
    words = normalize("غنت سلمى العلي حفل اختتام مهرجان الواحات").split()
    found = town_phrase(words, ["doc"], lambda _: _TEXT)
    assert found is not None
    assert found.value == "مراكش"


def test_one_town_is_still_read():
    # (guard) a sentence with one town
    text = "وأقامت إدارة التعليم في مدينة تبوك حفل تكريم المتفوقين بحضور 300 طالب"
    words = normalize("اقامت اداره التعليم حفل تكريم المتفوقين").split()
    found = town_phrase(words, ["doc"], lambda _: text)
    assert found is not None and found.value == "تبوك"
