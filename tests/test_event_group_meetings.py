"""A meeting of the G7 (G8, G20) is an event by its group's name (invented sentences).

"the G7 meeting of finance ministers in London" made no card: English names end in a head
noun from a short list, and "meeting" counted only after "party". The group's name before
"meeting" names one now; a bare "the meeting" is still a reference, not a name.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events


def test_the_g7_meeting_is_named():
    found = names.find_names("The chancellor told the G7 meeting in London that debt must go.")
    assert [(m.text, m.words) for m in found] == [("G7 meeting", 1)]


def test_a_report_of_the_meeting_makes_its_card():
    text = (
        "The chancellor told the G20 meeting of finance ministers in London that rich nations "
        "must cancel more debt. The two-day meeting ended on Saturday."
    )
    cards = extract_events("d", text, title="Chancellor urges debt relief", lang="en")
    assert [(c.name, c.city, c.country) for c in cards] == [("G20 meeting", "London", "GB")]


def test_a_meeting_of_no_named_group_is_no_name():
    found = names.find_names("The chancellor told the meeting in London that debt must go.")
    assert all(m.words == 0 for m in found)
