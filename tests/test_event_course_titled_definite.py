"""A course named only by its kind and rank, then titled ("الدورة التدريبية الأولى بعنوان
«…»"), is named by its title, as "دورة تدريبية بعنوان «…»" already was (from articles nobody
here tuned on)."""

from __future__ import annotations

from ingest.events.extract import extract_events

_TEXT = (
    "انطلقت أمس أعمال الدورة التدريبية الأولى بعنوان «مكافحة العدوى في المستشفيات» "
    "بقاعة مركز الأمير فيصل بالدرعية، ويشرف عليها قسم التدريب بمشاركة 40 متدربا."
)


def test_the_title_names_the_ranked_course():
    cards = extract_events("course", _TEXT, "دورة في مكافحة العدوى", "2015-08-06")
    assert [(c.name, c.edition) for c in cards] == [("مكافحة العدوى في المستشفيات", 1)]


def test_a_named_course_keeps_its_name():
    text = _TEXT.replace("الدورة التدريبية الأولى", "دورة الإسعافات الأولية الأولى")
    cards = extract_events("course", text, "دورة في الإسعافات", "2015-08-06")
    assert [c.name for c in cards] != ["مكافحة العدوى في المستشفيات"]
