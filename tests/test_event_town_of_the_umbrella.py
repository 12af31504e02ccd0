"""An event held among another's activities is in the town the other's name holds.

Invented sentences in the style of Saudi news. "أنعش معرض «…» الذي ينظمه نادي الفنون بمركز
الأمير سلطان الثقافي، ضمن فعاليات مهرجان تبوك للصيف، ذاكرة زواره": the exhibition names a
venue but no town; the festival it is part of is Tabuk's. Its card had no town. A card that no
town places, said to be "ضمن فعاليات/برامج/أنشطة" an event whose name holds a gazetteer town,
now takes that town (and its country), citing the town's word in the umbrella's name.
"""

from __future__ import annotations

from tests.conftest import event_cards

_TITLE = "معرض «هواة الخط العربي» يجذب زوار مهرجان تبوك للصيف"
_TEXT = (
    "أنعش معرض «هواة الخط العربي» الذي ينظمه نادي الفنون بمركز الأمير سلطان الثقافي، ضمن "
    "فعاليات مهرجان تبوك للصيف، ذاكرة زواره الذين تجاوزوا ثلاثة آلاف زائر.\n"
    "ويضم المعرض أربعين لوحة بخطوط الثلث والديواني والرقعة لخطاطين من المنطقة.\n"
    "يذكر أن المعرض افتتح قبل نحو أسبوع."
)


def test_the_exhibition_is_in_the_festivals_town():
    (card,) = event_cards(_TEXT, _TITLE, "2031-08-06")
    assert (card.name, card.city, card.country) == ("معرض «هواة الخط العربي»", "تبوك", "SA")
    (ev,) = card.evidence["city"]
    assert _TEXT[ev.start : ev.end] == "تبوك" and "مهرجان تبوك" in _TEXT[ev.start - 7 : ev.end]


def test_a_festival_named_without_being_its_umbrella_places_nothing():
    text = _TEXT.replace("ضمن فعاليات مهرجان تبوك للصيف", "بعد مشاركته في مهرجان تبوك للصيف")
    cards = event_cards(text, _TITLE, "2031-08-06")
    assert all(c.city != "تبوك" for c in cards)
