"""A training programme a body organizes is an event it holds; another programme is not.

Invented sentences in the style of Saudi news. "تنظم المؤسسة البرنامج التدريبي الصيفي …": a
programme after an organizing verb was read as no event ("أطلقت الوزارة برنامجا لدعم الأسر" is
a policy), so the body before it was not the organizer; a training programme organized is a
course. One launched ("أطلقت الوزارة برنامجا تدريبيا") is still a scheme.
"""

from __future__ import annotations

from ingest.events.bodies import find_bodies


def _organizers(text: str) -> list[str]:
    return [b.text for b in find_bodies(text) if b.role == "organizer"]


def test_a_training_programme_has_its_organizer():
    text = "تنظم جمعية النخيل الخيرية البرنامج التدريبي الصيفي للطلاب في الرياض."
    assert _organizers(text) == ["جمعية النخيل الخيرية"]


def test_an_indefinite_training_programme_too():
    assert _organizers("نظمت جمعية النخيل الخيرية برنامجا تأهيليا للشباب.") == [
        "جمعية النخيل الخيرية"
    ]


def test_a_programme_of_another_kind_is_still_no_event():
    assert _organizers("أطلقت جمعية النخيل الخيرية برنامجا لدعم الأسر المنتجة.") == []


def test_a_training_programme_launched_is_a_scheme_not_an_event():
    # "أطلقت": a body launching a training programme starts a scheme (an earlier round's rule)
    assert _organizers("أطلقت جمعية النخيل الخيرية برنامجا تدريبيا للشباب.") == []
