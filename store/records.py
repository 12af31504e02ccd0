"""What the store keeps about an article, and how its rows in Chroma are laid out."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from ingest.events.card import EventCard

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class PassageSpan:
    """A passage of an article's cleaned text: text == article_text[start:end]."""

    text: str
    start: int
    end: int


@dataclass
class ArticleRecord:
    """Everything the store keeps about one article."""

    doc_id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    lang: str = ""
    raw: str = ""
    content_hash: str = ""
    passages: list[PassageSpan] = field(default_factory=list)
    # sentences get vectors of their own: a question usually paraphrases one sentence
    sentences: list[PassageSpan] = field(default_factory=list)
    # the events this article is about (its share of the event cards), and which version of
    # the extractor read them
    events: list[EventCard] = field(default_factory=list)
    events_version: str = ""

    @property
    def digest(self) -> str:
        return self.content_hash or content_hash(self.text)

    def chunk_ids(self) -> list[str]:
        digest = self.digest[:12]
        return [f"{self.doc_id}#{digest}#{i}" for i in range(len(self.passages))]

    def sentence_ids(self) -> list[str]:
        digest = self.digest[:12]
        return [f"{self.doc_id}#{digest}#s{j}" for j in range(len(self.sentences))]

    def chunk_metadatas(self) -> list[dict[str, Any]]:
        digest = self.digest
        return [
            {
                "doc_id": self.doc_id,
                "title": self.title,
                "source": self.source,
                "date": self.date,
                "lang": self.lang,
                "content_hash": digest,
                "chunk_index": i,
                "start": span.start,
                "end": span.end,
            }
            for i, span in enumerate(self.passages)
        ]

    def sentence_metadatas(self) -> list[dict[str, Any]]:
        """Each sentence names the passages that hold it whole (its score lifts theirs)."""
        chunk_ids = self.chunk_ids()
        return [
            {
                "doc_id": self.doc_id,
                "content_hash": self.digest,
                "chunk_ids": "|".join(
                    cid
                    for cid, span in zip(chunk_ids, self.passages, strict=True)
                    if span.start <= x.start and x.end <= span.end
                ),
            }
            for x in self.sentences
        ]

    def article_metadata(self) -> dict[str, Any]:
        return {
            "kind": "article",
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "lang": self.lang,
            "content_hash": self.digest,
            "chunks": len(self.passages),
            "raw": self.raw,
            "chars": len(self.text),
            "events_version": self.events_version,
        }


def content_hash(text: str) -> str:
    """Hash of what is indexed; unchanged hash means re-ingest can skip the article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iso_day(value: str) -> str:
    """The ISO day a stored date starts with, else "" (for dates stored as the source gave)."""
    return value[:10] if _ISO_DAY.match(value or "") else ""
