"""A venue said before the event that is the verb's subject: "في مركز … أعمال الملتقى".

"انطلقت أمس في مركز الظهران للمعارض أعمال ملتقى …": the verb comes first, then where, then
what started ("أعمال الملتقى"). The venue phrase ran on over "أعمال", so the card's venue was
"مركز الظهران للمعارض أعمال", and another paper's copy of the story seemed to disagree with it.
"""

from __future__ import annotations

from ingest.events.places import find_venues


def _venues(text: str) -> list[str]:
    return [text[s:e] for s, e in find_venues(text)]


def test_the_events_works_after_the_venue_end_it():
    for text in (
        "انطلقت أمس في مركز الظهران للمعارض أعمال ملتقى الطاقة المتجددة الثالث.",
        "تتواصل في قاعة الأمير سلطان أعمالها اليوم بمشاركة خبراء.",
    ):
        assert _venues(text)[0] in ("مركز الظهران للمعارض", "قاعة الأمير سلطان"), text


def test_a_business_centre_keeps_its_name():
    text = "أقيم الحفل في مركز رجال الأعمال بالغرفة التجارية."
    assert _venues(text)[0].startswith("مركز رجال الأعمال")
