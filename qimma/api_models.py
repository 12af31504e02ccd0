"""The HTTP API's response bodies as pydantic models, so `/docs` and `/openapi.json` describe them.

Everything a client reads about an article's origin goes through `public_source`: the source
the user gave (a URL, or the file's name as uploaded), never a path on the server.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.types import Answer, Citation
from assistant.uploads import UPLOAD_SOURCE
from store.types import ArticleInfo, Hit


def public_source(source: str) -> str:
    """A URL as given; a file path reduced to its file name (no server folders, no temp dirs).

    An uploaded article's source is the file name it was sent as (stored as `upload:<name>`).
    """
    source = (source or "").removeprefix(UPLOAD_SOURCE)
    if re.match(r"[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        return source
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1]


class CitationOut(BaseModel):
    """A numbered source of an answer: the cited passage and where it sits in its article."""

    marker: int = Field(description="The number `[n]` the answer text uses.")
    doc_id: str = Field(description="The article's id (GET /v1/documents/{doc_id}).")
    title: str
    source: str = Field(description="The URL or file name the article came from.")
    passage: str = Field(description="The cited text, exactly as in the article.")
    start: int = Field(description="Character offset of the passage in the article's text.")
    end: int
    supported: bool = Field(description="Whether the passage was checked to support the claim.")
    date: str = ""
    score: float = 0.0

    @classmethod
    def of(cls, citation: Citation) -> CitationOut:
        data = citation.to_dict()
        return cls(**{**data, "source": public_source(citation.source)})


def public_citations(answer: Answer) -> list[dict[str, Any]]:
    """The answer's citations as a client sees them (for bodies built as plain dicts)."""
    return [CitationOut.of(c).model_dump() for c in answer.citations]


class QueryResponse(BaseModel):
    """One answered question."""

    question: str
    answer: str = Field(description="The answer, with `[n]` markers pointing at `citations`.")
    refused: bool = Field(description="True when the articles do not hold the answer.")
    citations: list[CitationOut]
    mode: str = Field(description="Which answerer answered: offline or llm.")
    timings: dict[str, float] = Field(description="Milliseconds per step.")
    short_answer: str | None = Field(None, description="The short answer quoted from an article.")
    language: str = Field(description="The question's language: ar or en.")
    usage: dict[str, int] = Field(description="Tokens used (cl100k).")
    conversation_id: str | None

    @classmethod
    def of(cls, answer: Answer, usage: dict[str, int]) -> QueryResponse:
        data = answer.to_dict()
        data["citations"] = [CitationOut.of(c) for c in answer.citations]
        return cls(question=answer.question, **{**data, "usage": usage})


class HitOut(BaseModel):
    """One retrieved passage."""

    rank: int
    doc_id: str
    title: str
    source: str = Field(description="The URL or file name the article came from.")
    text: str
    start: int
    end: int
    score: float
    chunk_id: str = ""
    date: str = ""
    lang: str = ""
    signals: dict[str, float] = Field(default_factory=dict)

    @classmethod
    def of(cls, rank: int, hit: Hit) -> HitOut:
        return cls(rank=rank, **{**hit.to_dict(), "source": public_source(hit.source)})


class SearchResponse(BaseModel):
    """The passages that best match, best first."""

    question: str
    query: str = Field(description="The same as `question` (the name this route used first).")
    hits: list[HitOut]


class ArticleSummary(BaseModel):
    """An indexed article as the library lists it."""

    doc_id: str
    title: str
    source: str = Field(description="The URL or file name the article came from.")
    chunks: int
    date: str = ""
    lang: str = ""
    content_hash: str = ""
    chars: int = 0

    @classmethod
    def of(cls, info: ArticleInfo) -> ArticleSummary:
        return cls(**{**info.to_dict(), "source": public_source(info.source)})


class DocumentList(BaseModel):
    documents: list[ArticleSummary]
    count: int


class Article(BaseModel):
    """One article with its cleaned text (citation offsets index this text)."""

    doc_id: str
    title: str
    source: str = Field(description="The URL or file name the article came from.")
    date: str = ""
    lang: str = ""
    chars: int
    text: str


class Deleted(BaseModel):
    deleted: str = Field(description="The id of the removed article.")


class Health(BaseModel):
    status: str
    articles: int
    mode: str


class ModelCard(BaseModel):
    id: str
    object: str = "model"
    created: int = 0
    owned_by: str = "qimma"


class ModelList(BaseModel):
    object: str = "list"
    data: list[ModelCard]


class ChatChoiceMessage(BaseModel):
    role: str
    content: str


class ChatChoice(BaseModel):
    index: int
    message: ChatChoiceMessage
    finish_reason: str
    logprobs: None = None


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatCompletion(BaseModel):
    """OpenAI's chat.completion, with Qimma's citations and refusal beside `choices`.

    Documents the body only: the route sends the dict it builds, so the bytes an OpenAI client
    reads stay exactly OpenAI's shape.
    """

    model_config = ConfigDict(extra="allow")
    id: str
    object: str = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage
    citations: list[CitationOut]
    refused: bool
    conversation_id: str | None
    mode: str
    short_answer: str | None = None


class UploadedFileOut(BaseModel):
    """What happened to one uploaded file."""

    filename: str = Field(description="The name the client sent.")
    stored_as: str = Field(description="The sanitized file name the article id comes from.")
    doc_id: str
    status: str = Field(description="added, updated, unchanged, ingested (a .jsonl) or failed")
    reasons: list[str] = Field(default_factory=list, description="Why it (or a line) failed.")


class FailedItem(BaseModel):
    item: str = Field(description="A file name, or `name:line` for a line of a .jsonl.")
    reason: str


class UploadResponse(BaseModel):
    """The ingest report of an upload, with one result per file in upload order."""

    added: list[str]
    updated: list[str]
    unchanged: list[str]
    failed: list[FailedItem]
    files: list[UploadedFileOut]

    @classmethod
    def of(cls, report: Any) -> UploadResponse:
        return cls.model_validate(report.to_dict())


class EvaluationSummary(BaseModel):
    """An evaluation run's summary: overall and per-kind metrics, the run's configuration."""

    model_config = ConfigDict(extra="allow")

    overall: dict[str, Any] = Field(description="Every metric over all items (see README).")
    per_kind: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="The same metrics per question kind."
    )
    config: dict[str, Any] = Field(default_factory=dict, description="How the run was made.")
    report_url: str = Field(description="The run's HTML report.")
    run_id: str | None = None
    items_in_file: int | None = Field(None, description="Items in the uploaded test set.")
    truncated: bool | None = Field(None, description="Whether only the first items were run.")
