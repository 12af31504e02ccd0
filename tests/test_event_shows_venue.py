"""Where a society's shows are held (from articles nobody here tuned on; the sentences are
invented).

- "أين تقام عروض …؟" named no event noun, so the reports were never read for a venue;
  "عروض" (shows) now names an activity as "برنامج" and "مسابقة" do.
- "بمقر الجمعية بالكورنيش" lost "بالكورنيش": a venue's noun after "ب" at the end of a venue
  is a place inside it whose name was cut ("بمقر المعرض" cut at the event's noun), but
  with its article it is a place named whole.
"""

from __future__ import annotations

from ingest.events.places import find_venues
from tests.conftest import service_over

_FILMS = {
    "id": "films",
    "title": "عروض سينمائية في جمعية الثقافة بالدمام",
    "date": "2031-03-02",
    "text": (
        "تطلق جمعية الثقافة والفنون بالدمام مساء غد عروض الموسم الثاني للأفلام القصيرة، "
        'حيث يعرض في الليلة الأولى فيلمان لمخرجين شباب، الأول بعنوان "موج" والثاني '
        'بعنوان "رمال" للمخرج سعد الدوسري، وذلك بمقر الجمعية بالكورنيش.'
    ),
}
_TALK = {
    "id": "talk",
    "title": "محاضرة عن التراث",
    "date": "2031-03-03",
    "text": "ألقى الدكتور علي الغامدي محاضرة عن التراث الشفهي في نادي الطائف الأدبي بحضور 50 مهتما.",
}


def test_the_venue_of_a_societys_shows_is_read(tmp_path):
    service = service_over(tmp_path, [_FILMS, _TALK])
    answer = service.ask(
        "أين تقام عروض الموسم الثاني للأفلام القصيرة لجمعية الثقافة والفنون بالدمام؟"
    )
    assert "مقر الجمعية بالكورنيش" in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["films"]


def test_a_definite_place_after_a_venue_is_kept_whole():
    text = "وذلك بمقر الجمعية بالكورنيش."
    assert [text[a:b] for a, b in find_venues(text)] == ["مقر الجمعية بالكورنيش"]
