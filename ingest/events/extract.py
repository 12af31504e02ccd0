"""Offline event extraction: one article's cleaned text -> the event cards it is about.

Being written (issue 9): this entry point's signature is the contract the ingest pipeline
and the store rely on; the extractors behind it live in sibling modules, one per field family.
"""

from __future__ import annotations

from ingest.events.card import EventCard


def extract_events(
    doc_id: str, text: str, title: str = "", published: str | None = None, lang: str = "ar"
) -> list[EventCard]:
    """The events article `doc_id` is about (none for an article that only mentions one).

    `text` is the cleaned article text that evidence offsets index; `published` is the
    article's publication date (ISO, any precision) that relative dates resolve against.
    """
    return []
