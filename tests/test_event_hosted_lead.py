"""An Arabic lead in which a town or a body hosts the event: "احتضنت العاصمة … حفل …".

A report whose headline is about its sponsor ("ساعات … تدعم المواهب الخليجية") and whose lead
opens on a town hosting the event was held to the higher bar of an article that says nothing
of its event, and made no card. A hosting verb opens the lead on the event as "عقدت" and
"أقامت" do, when the event is named right after the host; an evening a body hosts, organised
by a forum named further on, does not make that forum an event. The sentences are invented.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def _cards(title: str, text: str) -> list[dict]:
    return [c.to_dict() for c in extract_events("doc", text, title=title, published="2016-05-04")]


def test_a_town_hosting_the_event_leads_on_it():
    cards = _cards(
        "عطور الخليج تدعم المواهب الشابة في قطر",
        "احتضنت العاصمة القطرية الدوحة، حفل النغم في نسخته الرابعة الذي تنظمه شركة عطور "
        "الخليج بالتعاون مع وكيلها المعتمد، بحضور نخبة من المواهب الشابة في الموسيقى.\n"
        "وقالت مديرة التسويق في الشركة إن الشركة دأبت على دعم المواهب المحلية في الفنون.\n"
        "من جانبه قال المشرف على تنظيم الحفل إن اختيار المشاركين جرى منذ أشهر.",
    )
    assert [(c["name"], c["city"], c["country"], c["edition"]) for c in cards] == [
        ("حفل النغم", "الدوحة", "QA", 4)
    ]


def test_an_evening_a_body_hosts_is_not_its_organisers_forum():
    # (guard) the host's object is the evening; the forum named after it organised it
    cards = _cards(
        "شاعرات: القصيدة النسائية تعيش نضجها",
        "استضاف فرع جمعية الثقافة والفنون بالطائف، مساء الاثنين الماضي، أمسية للشعر نظمها "
        "منتدى القلم الأدبي في قاعة الفنون، شارك فيها عدد من الشاعرات.\n"
        "وقرأت الشاعرات نصوصا عن الحياة والوطن والغربة وسط حضور كبير.",
    )
    assert cards == []
