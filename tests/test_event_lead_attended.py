"""A lead whose first verb has an official attend or sponsor the event named as its object,
after the official's name and posts: "رعى محافظ … أمس الأول احتفالات أهالي … بالعيد".

The official's name and posts fill the words between the verb and the event, so the lead
counted only when a body held the event ("نظمت … حفل"). "رعى/يرعى/شهد/حضر/دشن" now open the
lead on their object too; not on an event named as the one another is held within ("…
ضمن فعاليات مهرجان …"). The sentences are invented.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def _names(title: str, text: str) -> list[str]:
    return [c.name for c in extract_events("doc", text, title=title, published="2031-01-27")]


def test_an_official_attending_the_townspeoples_festivities_leads_to_them():
    text = (
        "رعى محافظ محافظة المجمعة الأستاذ سعد بن ناصر العتيبي أمس الأول احتفالات أهالي "
        "الأرطاوية بعيد الفطر المبارك، بحضور رئيس مركز الأرطاوية وعدد من المواطنين. وزار "
        "المحافظ ركن الحرف اليدوية."
    )
    assert _names("محافظ المجمعة يشارك الأهالي فرحتهم", text) == [
        "احتفالات أهالي الأرطاوية بعيد الفطر المبارك"
    ]


def test_a_festival_another_event_is_held_within_is_not_led_to():
    # (guard) the sponsored event is the evenings; the festival is where they are held
    text = (
        "يرعى أمير المنطقة رئيس مجلس التنمية السياحية الأمير خالد بن سعد غدا فعاليات ليالي "
        "القرى، ضمن فعاليات مهرجان صيف النماص، وذلك في الساحة الشعبية بالنماص. وتشارك في "
        "الليالي خمس قرى."
    )
    assert "مهرجان صيف النماص" not in _names("أمير المنطقة يرعى ليالي القرى", text)
