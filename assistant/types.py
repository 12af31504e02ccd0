"""The answer records that the CLI, the web page, the HTTP API and the evaluator all share."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Citation:
    """A numbered source under an answer: the passage a claim rests on and whether it was checked."""

    marker: int
    doc_id: str
    title: str
    source: str
    passage: str
    start: int
    end: int
    supported: bool = True
    date: str = ""
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """An answer with `[n]` markers in its text and the citations those markers point at."""

    answer: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    mode: str = "offline"
    timings: dict[str, float] = field(default_factory=dict)
    # the short answer the offline answerer leads with (None when it gives none)
    short_answer: str | None = None
    question: str = ""
    language: str = "ar"
    usage: dict[str, int] = field(default_factory=dict)
    conversation_id: str | None = None
    # the event cards an answer drew on (so a follow-up can ask about the same event)
    event_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "refused": self.refused,
            "citations": [c.to_dict() for c in self.citations],
            "mode": self.mode,
            "timings": self.timings,
            "short_answer": self.short_answer,
            "language": self.language,
            "usage": self.usage,
            "conversation_id": self.conversation_id,
        }
