"""An event named, then said again by its country: "المهرجان المغربي أقيم …".

"انتهى مهرجان طنجة للفيلم القصير … المهرجان المغربي أقيم بين …": the second mention is the
first event said again, not another festival's name. It formed a cluster of its own, which
took the card (its sentence holds the dates) and named it "المهرجان المغربي".
"""

from __future__ import annotations

from ingest.events.extract import extract_events
from ingest.events.gate import _nationality_only
from ingest.events.names import find_names

_TEXT = (
    "انتهى مهرجان طنجة الدولي للفيلم القصير وسط جدل حول الأفلام المختارة. المهرجان المغربي "
    "أقيم ما بين العاشر والخامس عشر من هذا الشهر في قصر الفنون بمدينة طنجة، وذلك في دورته "
    "الحادية عشرة.\n"
    "وشارك في المسابقة الرسمية 40 فيلما من 22 دولة، وقال مدير المهرجان إن الدورة المقبلة "
    "ستشهد مسابقة للأفلام الوثائقية."
)


def test_the_event_keeps_the_name_it_was_first_given():
    (card,) = extract_events("tangier", _TEXT, title="جدل في مهرجان طنجة", published="2015-07-20")
    assert card.name == "مهرجان طنجة الدولي للفيلم القصير"
    assert card.edition == 11


def test_only_a_definite_head_and_a_countrys_adjective_is_said_again():
    said = {
        m.text: _nationality_only(m)
        for m in find_names(
            "المهرجان المغربي أقيم أمس. وافتتح الملتقى الخليجي للإعلام أمس. والمعرض السعودي الدولي."
        )
    }
    assert said.get("المهرجان المغربي") is True
    assert not any(v for k, v in said.items() if k != "المهرجان المغربي"), said
