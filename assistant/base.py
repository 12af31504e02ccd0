"""The seam every answerer implements: question + retrieved passages (+ history) -> cited answer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from assistant.types import Answer
from store.types import Hit


@dataclass
class Turn:
    """One exchange of a conversation."""

    question: str
    answer: str
    # doc ids cited in the answer, and the retrieval query actually used
    doc_ids: tuple[str, ...] = ()
    query: str = ""
    # event cards the answer used: a follow-up ("ومتى تنعقد؟") asks about the same events
    event_ids: tuple[str, ...] = ()


class Answerer(Protocol):
    """Offline (extractive) and LLM answerers both look like this to the service."""

    mode: str

    def label(self) -> str:
        """Human-readable mode, e.g. 'offline (extractive)' or 'llm: qwen2.5-7b-instruct'."""
        ...

    def contextualize(self, question: str, history: list[Turn]) -> str:
        """The stand-alone retrieval query for a follow-up question."""
        ...

    def answer(self, question: str, hits: list[Hit], history: list[Turn], lang: str) -> Answer:
        """A cited answer, or a refusal (refused=True, no citations) when the hits lack it."""
        ...

    def stream(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str
    ) -> Iterator[str | Answer]:
        """Text deltas of the answer as they come, then the final Answer (citations verified)."""
        ...
