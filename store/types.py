"""Plain records that cross the seam between the store and everything above it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# ends the title of an article that came without one, made of its opening words (its lead)
CUT_TITLE = " …"


@dataclass
class Hit:
    """One retrieved passage: where it comes from, where it sits in the article, how well it scored."""

    doc_id: str
    title: str
    source: str
    text: str
    start: int
    end: int
    score: float
    chunk_id: str = ""
    date: str = ""
    lang: str = ""
    # per-retriever ranks/scores, for debugging and calibration ({"dense": ..., "bm25": ...})
    signals: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ArticleInfo:
    """What `qimma docs` lists about one indexed article."""

    doc_id: str
    title: str
    source: str
    chunks: int
    date: str = ""
    lang: str = ""
    content_hash: str = ""
    chars: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
