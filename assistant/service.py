"""QimmaService: the one object every face (CLI, web page, HTTP API, evaluator) calls.

It owns the store, the embedding model, the answerer and the conversations; the faces hold
no retrieval or answering logic of their own.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from assistant.base import Answerer, Turn
from assistant.config import Settings, sample_articles_dir
from assistant.conversations import Conversation, ConversationStore
from assistant.errors import NotFoundError
from assistant.types import Answer
from ingest.arabic import analyze, detect_language
from ingest.gazetteer import translate_terms
from ingest.pipeline import Chunker, IngestReport, ingest_document, ingest_paths
from ingest.readers import RawDocument
from ingest.tokens import count_tokens, install_llama_index_tokenizer
from store.chroma import describe, make_client
from store.embeddings import build_embedding
from store.index import ArticleRecord, ArticleStore
from store.types import ArticleInfo, Hit

log = logging.getLogger(__name__)


class QimmaService:
    """Ingest, search, answer and converse over one index, as configured by `Settings`."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        install_llama_index_tokenizer()
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.embed_model = build_embedding(
            self.settings.embedding_backend,
            self.settings.embedding_model,
            self.settings.embedding_base_url or self.settings.openai_base_url,
            self.settings.openai_api_key,
        )
        client = make_client(self.settings.data_dir, self.settings.chroma_url)
        self.store = ArticleStore(
            client,
            self.settings.collection,
            self.embed_model,
            analyzer=analyze,
            keyword_dir=self._keyword_dir(),
            language_of=detect_language,
            translate_terms=translate_terms,
        )
        counter = getattr(self.embed_model, "count_tokens", None) or count_tokens
        self.chunker = Chunker(self.settings.chunk_tokens, self.settings.chunk_overlap, counter)
        self.conversations = ConversationStore(self.settings.data_dir / "conversations")
        self._answerers: dict[str, Answerer] = {}
        self._answerer_lock = threading.Lock()

    def _keyword_dir(self) -> Path:
        # one keyword index per (chroma location, collection): a server URL gets its own
        where = self.settings.chroma_url or "embedded"
        tag = hashlib.sha1(f"{where}|{self.settings.collection}".encode()).hexdigest()[:10]
        return self.settings.data_dir / "keyword" / f"{self.settings.collection}-{tag}"

    @property
    def location(self) -> str:
        return describe(self.settings.chroma_url, self.settings.data_dir)

    # ---------------------------------------------------------------- ingest
    @property
    def max_bytes(self) -> int:
        return int(self.settings.max_upload_mb * 1024 * 1024)

    def ingest(self, paths: Iterable[str | Path], progress: bool = False) -> IngestReport:
        """Ingest files/folders; unchanged articles are skipped, changed ones replaced."""
        return ingest_paths(paths, self.store, self.chunker, self.max_bytes, progress=progress)

    def ingest_document(self, doc: RawDocument, doc_id: str, source: str) -> IngestReport:
        report = IngestReport()
        ingest_document(doc, doc_id, source, self.store, self.chunker, report)
        return report

    def ingest_samples_if_empty(self) -> IngestReport | None:
        """Index the built-in sample articles when the index has no article yet."""
        if self.store.list_articles():
            return None
        return self.ingest([sample_articles_dir()])

    def documents(self) -> list[ArticleInfo]:
        return self.store.list_articles()

    def document(self, doc_id: str) -> ArticleRecord:
        record = self.store.get_article(doc_id)
        if record is None:
            raise NotFoundError(doc_id)
        return record

    def remove(self, doc_ids: Iterable[str]) -> tuple[list[str], list[str]]:
        """Remove articles; returns (removed, not found)."""
        removed: list[str] = []
        missing: list[str] = []
        for doc_id in doc_ids:
            (removed if self.store.remove(doc_id) else missing).append(doc_id)
        return removed, missing

    # ---------------------------------------------------------------- search
    def search(self, query: str, k: int | None = None) -> list[Hit]:
        return self.store.search(query, k or self.settings.top_k)

    # --------------------------------------------------------------- answers
    def answerer(self, mode: str | None = None) -> Answerer:
        """The offline or LLM answerer (built once each)."""
        mode = mode or self.settings.answer_mode
        if mode == "auto":
            mode = self.settings.answer_mode
        with self._answerer_lock:
            if mode not in self._answerers:
                self._answerers[mode] = self._build_answerer(mode)
            return self._answerers[mode]

    def _build_answerer(self, mode: str) -> Answerer:
        if mode == "offline":
            from assistant.offline import OfflineAnswerer

            return OfflineAnswerer(
                embed_model=self.embed_model, sentence_vectors=self.store.sentence_vectors
            )
        if mode == "llm":
            if not self.settings.llm_configured:
                raise ValueError(
                    "LLM mode needs a model: set QIMMA_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)"
                )
            from assistant.llm import LLMAnswerer

            return LLMAnswerer(
                self.settings, self.embed_model, sentence_vectors=self.store.sentence_vectors
            )
        raise ValueError(f"unknown answer mode {mode!r} (expected offline, llm or auto)")

    def mode_label(self, mode: str | None = None) -> str:
        return self.answerer(mode).label()

    def _prepare(
        self,
        question: str,
        conversation_id: str | None,
        history: list[Turn] | None,
        mode: str | None,
        k: int | None,
    ) -> tuple[Answerer, Conversation, list[Turn], str, list[Hit], dict[str, float]]:
        question = question.strip()
        if not question:
            raise ValueError("the question is empty")
        answerer = self.answerer(mode)
        conv = self.conversations.get_or_new(conversation_id)
        turns = list(history) if history is not None else list(conv.turns)
        t0 = time.perf_counter()
        query = answerer.contextualize(question, turns) if turns else question
        t1 = time.perf_counter()
        hits = self.search(query, k)
        t2 = time.perf_counter()
        timings = {"condense_ms": (t1 - t0) * 1000, "retrieve_ms": (t2 - t1) * 1000}
        return answerer, conv, turns, query, hits, timings

    def _finish(
        self,
        answer: Answer,
        conv: Conversation,
        question: str,
        query: str,
        timings: dict,
        t_start: float,
    ) -> Answer:
        answer.timings = {**timings, **answer.timings}
        answer.timings["total_ms"] = (time.perf_counter() - t_start) * 1000
        answer.timings = {k: round(v, 1) for k, v in answer.timings.items()}
        answer.question = question
        answer.conversation_id = conv.id
        doc_ids = tuple(dict.fromkeys(c.doc_id for c in answer.citations))
        self.conversations.append(conv, Turn(question, answer.answer, doc_ids, query))
        return answer

    def ask(
        self,
        question: str,
        conversation_id: str | None = None,
        history: list[Turn] | None = None,
        mode: str | None = None,
        k: int | None = None,
    ) -> Answer:
        """Answer a question (a follow-up when the conversation has turns) with verified citations."""
        t_start = time.perf_counter()
        answerer, conv, turns, query, hits, timings = self._prepare(
            question, conversation_id, history, mode, k
        )
        lang = detect_language(question)
        answer = answerer.answer(question.strip(), hits, turns, lang)
        return self._finish(answer, conv, question.strip(), query, timings, t_start)

    def ask_stream(
        self,
        question: str,
        conversation_id: str | None = None,
        history: list[Turn] | None = None,
        mode: str | None = None,
        k: int | None = None,
    ) -> Iterator[str | Answer]:
        """Text deltas as they are produced, then the final Answer."""
        t_start = time.perf_counter()
        answerer, conv, turns, query, hits, timings = self._prepare(
            question, conversation_id, history, mode, k
        )
        lang = detect_language(question)
        for item in answerer.stream(question.strip(), hits, turns, lang):
            if isinstance(item, Answer):
                yield self._finish(item, conv, question.strip(), query, timings, t_start)
            else:
                yield item

    def conversation(self, conversation_id: str) -> Conversation:
        conv = self.conversations.get(conversation_id)
        if conv is None:
            raise NotFoundError(conversation_id)
        return conv
