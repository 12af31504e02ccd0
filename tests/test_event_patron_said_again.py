"""A patron said with its own "برعاية" is no next item of the list before it.

Invented sentences in the style of Saudi news. "… مبادرة «جسور» التي ترعاها الغرفة التجارية،
وانطلقت عام 2011 من الدمام برعاية أمير المنطقة": the second patron is the initiative's launch's,
said with "برعاية" of its own; it was taken as the next item of a list that began with the first
(a body within 40 characters of a kept one in the same sentence), and became the event's patron
once the King's style kept its start nearer. A body whose role is said again between the two is
a statement of its own: it stands or falls by where it is said.
"""

from __future__ import annotations

from ingest.events import bodies


def _continuations(text: str, kept_text: str) -> list[str]:
    every = bodies.find_bodies(text)
    kept = [b for b in every if b.text == kept_text]
    return [b.text for b in bodies.list_continuations(text, every, kept)]


def test_a_patron_with_its_own_patronage_is_no_continuation():
    text = (
        "ويعد الحوار من برامج مبادرة «جسور» التي ترعاها الغرفة التجارية، وانطلقت عام 2011 من "
        "الدمام برعاية أمير المنطقة الأمير سعود بن نايف."
    )
    assert _continuations(text, "الغرفة التجارية") == []


def test_a_list_of_patrons_still_continues():
    text = "ويقام الملتقى برعاية الغرفة التجارية وجمعية رجال الأعمال في الدمام."
    found = [b.text for b in bodies.find_bodies(text) if b.role == "patron"]
    assert found[:1] == ["الغرفة التجارية"]
    assert _continuations(text, "الغرفة التجارية") == found[1:]
