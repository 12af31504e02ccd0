"""Where the opening ceremony of a festival is held (from articles nobody here tuned on;
the sentences are invented).

"أين يقام حفل افتتاح مهرجان …؟" named no card: "افتتاح" was read as a word of the event's
name, which no card holds. A moment a ceremony marks ("افتتاح", "ختام", "تدشين") before an
event's noun now names nothing; the ceremony is a part of the festival, and its venue is the
one said after it ("… حفل افتتاح المهرجان، وذلك بممشى …"), "ممشى" (a promenade) being a
venue's noun. "حفل افتتاح الجسر الجديد" is still a ceremony named by what it opens.
"""

from __future__ import annotations

from assistant.events.match import _name_span_tokens
from assistant.events.questions import part_asked
from ingest.events.places import find_venues
from language.analyzer import normalize
from tests.conftest import service_over

_FESTIVAL = {
    "id": "festival",
    "title": "انطلاق مهرجان الباحة يجمعنا",
    "date": "2031-07-10",
    "text": (
        "تنطلق اليوم فعاليات مهرجان الباحة يجمعنا في منتزه رغدان بالباحة، بمشاركة 40 فرقة "
        "شعبية ومعرض للأسر المنتجة.\n"
        "ويرعى أمير منطقة الباحة مساء اليوم حفل افتتاح مهرجان الباحة يجمعنا، وذلك بممشى "
        "الريحان في وسط المدينة، ويتضمن الحفل عروضا للألعاب النارية."
    ),
}
_BAZAAR = {
    "id": "bazaar",
    "title": "سوق الأسر المنتجة",
    "date": "2031-07-11",
    "text": (
        "افتتح محافظ بلجرشي أمس سوق الأسر المنتجة في مركز الملك فهد الثقافي ببلجرشي، بمشاركة "
        "60 أسرة."
    ),
}


def test_the_opening_ceremony_is_held_where_its_sentence_says(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL, _BAZAAR])
    answer = service.ask("أين يقام حفل افتتاح مهرجان الباحة يجمعنا؟")
    assert "ممشى الريحان" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["festival"]


def test_the_festival_itself_is_held_at_its_own_venue(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL, _BAZAAR])
    answer = service.ask("أين يقام مهرجان الباحة يجمعنا؟")
    assert "منتزه رغدان" in (answer.short_answer or ""), answer.answer


def test_a_moment_before_an_events_noun_names_nothing():
    assert "افتتاح" not in _name_span_tokens(normalize("أين يقام حفل افتتاح مهرجان الباحة؟"))
    assert "افتتاح" in _name_span_tokens(normalize("متى يقام حفل افتتاح الجسر الجديد؟"))


def test_the_ceremony_is_the_part_asked_about():
    assert part_asked(normalize("أين يقام حفل افتتاح مهرجان الباحة؟")) == ["افتتاح"]
    assert part_asked(normalize("أين يقام مهرجان الباحة؟")) == []


def test_a_promenade_is_a_venue():
    text = "أقيم الحفل بممشى الريحان في الباحة."
    assert [text[a:b] for a, b in find_venues(text)] == ["ممشى الريحان"]
