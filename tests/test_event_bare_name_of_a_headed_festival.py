"""A festival's name said without its head in the lead, with its head further on (from an
archive article nobody here tuned on; the sentences are invented).

"أحيت فعاليات عيدنا كدا …" (in its second edition) opens a report whose "مهرجان عيدنا كدا" comes
only near its end: the lead named the festival by its name alone, which is no mention, so the
card went to another festival the report names in passing. A name of two words or more that
the text gives a head elsewhere is a mention of that event where "فعاليات" says it bare.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events

_FILLER = "وتشكل الألعاب الشعبية صورا من عادات الأهالي في الأعياد والمناسبات. " * 6
_TEXT = (
    "أحيت فعاليات فرحتنا عيدين في نسخته الثالثة التي تشهدها مدينة ينبع وتنظمها لجنة التنمية "
    "السياحية بالمحافظة ألعابا شعبية قديمة مارسها الآباء والأجداد خلال أيام العيد، وسط "
    "حضور كبير من الزوار. "
    + _FILLER
    + "وأقامت اللجنة المنظمة لمهرجان ينبع البحري عروضا للقوارب على الشاطئ. "
    + _FILLER
    + "ويستمر مهرجان فرحتنا عيدين حتى نهاية الأسبوع، وتتواصل فعاليات مهرجان فرحتنا عيدين "
    "يوميا من الخامسة مساء."
)


def test_the_bare_name_after_its_events_is_a_mention_of_the_festival():
    found = [m for m in names.find_names(_TEXT) if "فرحتنا" in m.text]
    assert [m.text for m in found] == ["فرحتنا عيدين"] + ["مهرجان فرحتنا عيدين"] * 2
    assert found[0].head == found[1].head


def test_the_report_is_the_festivals_its_lead_names():
    cards = extract_events(
        "d", _TEXT, title="ألعاب شعبية تعيد ذكريات العيد", published="2031-01-26"
    )
    assert [c.edition for c in cards if "فرحتنا" in c.name] == [3]
    assert not any("البحري" in c.name for c in cards)


def test_a_bare_name_without_the_events_word_is_no_mention():
    text = "قال إن فرحتنا عيدين هذا العام. ويستمر مهرجان فرحتنا عيدين حتى نهاية الأسبوع."
    assert [m.text for m in names.find_names(text) if "فرحتنا" in m.text] == ["مهرجان فرحتنا عيدين"]
