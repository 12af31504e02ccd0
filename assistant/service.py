"""QimmaService: the one object every face (CLI, web page, HTTP API, evaluator) calls.

It owns the store, the embedding model, the answerer and the conversations; the faces hold
no retrieval or answering logic of their own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from assistant.base import Answerer, Turn
from assistant.compound import join_answers, split_question
from assistant.config import Settings, sample_articles_dir
from assistant.conversations import Conversation, ConversationStore
from assistant.errors import LimitError, NotFoundError, ServiceError
from assistant.events.answer import CardAnswerer
from assistant.events.sources import card_source
from assistant.indexing import (
    Chunker,
    IngestLimits,
    IngestReport,
    ingest_document,
    ingest_file,
    ingest_paths,
)
from assistant.modes import AnswerMode
from assistant.offline.glossary import english_of
from assistant.types import Answer
from assistant.uploads import (
    UPLOAD_SOURCE,
    UploadReport,
    file_result,
    new_upload_dir,
    save_uploads,
)
from ingest.events.card import EventCard
from ingest.events.places import load_gazetteers
from ingest.readers import SUPPORTED_SUFFIXES, InputFile, RawDocument
from language.analyzer import analyze, detect_language
from language.dialect import standard_question
from language.gazetteer import translate_terms
from language.tokens import count_tokens, install_llama_index_tokenizer
from store.chroma import describe, make_client
from store.embeddings import build_embedding
from store.events import EventFilter
from store.index import ArticleStore
from store.records import ArticleRecord
from store.types import ArticleInfo, Hit

log = logging.getLogger(__name__)

MAX_K = 50  # passages per search or answer; more only costs time and never helps an answer
MAX_CARD_SOURCES = 3  # event cards given to the LLM as sources, before the passages


class Prepared(NamedTuple):
    """What every question needs before retrieval: its answerer, conversation and turns."""

    answerer: Answerer
    conversation: Conversation
    turns: list[Turn]


@dataclass(frozen=True)
class Within:
    """The passages of the one event a question names, when its card lacks the answer, and
    the question as they are read (without the words naming the event; None: as asked)."""

    hits: list[Hit] = field(default_factory=list)
    reading: str | None = None


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
            english_terms=english_of,
        )
        counter = getattr(self.embed_model, "count_tokens", None) or count_tokens
        self.chunker = Chunker(self.settings.chunk_tokens, self.settings.chunk_overlap, counter)
        self.conversations = ConversationStore(
            self.settings.data_dir / "conversations",
            keep=self.settings.max_conversations,
            keep_days=self.settings.conversation_days,
        )
        self._answerers: dict[AnswerMode, Answerer] = {}
        self._answerer_lock = threading.Lock()
        self._card_answerer: CardAnswerer | None = None
        # what "today" is for upcoming/past and "last year" questions (tests set a fixed day)
        self.today: Callable[[], dt.date] = dt.date.today

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

    @property
    def limits(self) -> IngestLimits:
        return IngestLimits(
            max_bytes=self.max_bytes,
            max_unzipped_bytes=int(self.settings.max_unzipped_mb * 1024 * 1024),
            max_chars=self.settings.max_article_chars,
        )

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: bool = False,
        replace: bool = False,
        date: str | None = None,
    ) -> IngestReport:
        """Ingest files/folders; unchanged articles are skipped, changed ones replaced.

        An article whose id belongs to another source is refused unless `replace`. Orphan
        passages that a killed run left behind are removed first. `date` (ISO) is the
        publication date of articles that carry none of their own.
        """
        return ingest_paths(
            paths,
            self.store,
            self.chunker,
            self.limits,
            progress=progress,
            replace=replace,
            default_date=date,
        )

    def ingest_uploads(
        self,
        files: Sequence[tuple[str, BinaryIO]],
        replace: bool = False,
        client_gone: Callable[[], bool] | None = None,
    ) -> UploadReport:
        """Index uploaded (client file name, binary file) pairs, with one result per file.

        Raises UploadError (with a kind: invalid, too_large, unsupported) when the upload as
        a whole is refused; per-file problems are reasons in the report. `client_gone` is
        asked before each file: once the client has left, the rest are not indexed.
        """
        folder = new_upload_dir()
        try:
            saved = save_uploads(
                files,
                folder,
                self.max_bytes,
                int(self.settings.max_request_mb * 1024 * 1024),
                SUPPORTED_SUFFIXES,
            )
            total = UploadReport()
            seen: dict[str, str] = {}
            for name, path, refused in saved:
                report = IngestReport()
                if path is not None and client_gone is not None and client_gone():
                    path, refused = None, "not indexed: the client went away"
                if path is not None:
                    item = InputFile(path=path, base=folder, rel_id=path.stem)
                    ingest_file(
                        item,
                        self.store,
                        self.chunker,
                        self.limits,
                        report,
                        seen,
                        label=path.name,
                        source=f"{UPLOAD_SOURCE}{path.name}",
                        replace=replace,
                    )
                else:
                    report.failed.append((name, refused))
                total.added += report.added
                total.updated += report.updated
                total.unchanged += report.unchanged
                total.failed += [{"item": i, "reason": r} for i, r in report.failed]
                total.files.append(file_result(name, path, refused, report))
            return total
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def ingest_document(self, doc: RawDocument, doc_id: str, source: str) -> IngestReport:
        report = IngestReport()
        ingest_document(doc, doc_id, source, self.store, self.chunker, report)
        return report

    def warm_up(self) -> None:
        """Load what the first question would otherwise wait for: the place gazetteers the
        event answers match cities and countries with (the embedding model loads already)."""
        load_gazetteers()

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
        """Remove articles; returns (removed, not found). Internal records are never ids."""
        removed: list[str] = []
        missing: list[str] = []
        for doc_id in doc_ids:
            ok = _valid_article_id(doc_id) and self.store.remove(doc_id)
            (removed if ok else missing).append(doc_id)
        return removed, missing

    # ---------------------------------------------------------------- search
    def search(self, query: str, k: int | None = None) -> list[Hit]:
        return self._search(query, k)[0]

    def _search(self, query: str, k: int | None = None) -> tuple[list[Hit], list[Hit]]:
        """The hits (the asked events' articles first) and the hits as retrieval ranked them."""
        k = self.settings.top_k if k is None else k
        if not 1 <= k <= MAX_K:
            raise ServiceError(f"k must be between 1 and {MAX_K}, not {k}")
        self._check_length("query", query, self.settings.max_question_chars)
        hits = self.store.search(query, k)
        return (self._events_first(query, hits, k) if self.settings.event_answers else hits), hits

    def _events_first(self, query: str, hits: list[Hit], k: int) -> list[Hit]:
        """A question about events finds the articles of the events its answer reads first,
        ranked among themselves by retrieval; the other hits follow. For several events
        ("which summits are held in Bahrain?", "compare the two Berkane editions") plain
        retrieval ranks news that merely names the place above them; for one event's field
        ("who sponsors the Berkane forum?") it may rank the series' other edition first."""
        q = self.card_answerer.parse(query, detect_language(query))
        if q is None:  # not about events: the cards are not even read
            return hits
        cards = self.events(today=self.today())
        chosen = self.card_answerer.events_asked(q, query, cards, [h.doc_id for h in hits])
        sources = list(dict.fromkeys(doc for card in chosen for doc in card.sources))
        if not sources:
            return hits
        own = [h for h in hits if h.doc_id in sources]
        missing = set(sources) - {h.doc_id for h in own}
        # only these need a search of their own: events a list selects, or the one event a
        # field question names with its place when retrieval missed its article
        if missing:
            own += self.store.search(query, k, doc_ids=sorted(missing))
        taken = {h.chunk_id for h in own}
        return (own + [h for h in hits if h.chunk_id not in taken])[:k]

    @staticmethod
    def _check_length(what: str, text: str, limit: int) -> None:
        """Bounded work per request: refuse over-long text before embedding or answering it."""
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ServiceError(f"the {what} is not valid Unicode (a lone surrogate)") from None
        if len(text) > limit:
            raise LimitError(
                f"the {what} is {len(text):,} characters long; at most {limit:,} are accepted"
            )

    # --------------------------------------------------------------- answers
    def answerer(self, mode: AnswerMode | str | None = None) -> Answerer:
        """The answerer for `mode` (auto or none: as configured), built once each."""
        resolved = self.settings.resolve_mode(mode)
        with self._answerer_lock:
            if resolved not in self._answerers:
                self._answerers[resolved] = ANSWERERS[resolved](self)
            return self._answerers[resolved]

    def mode_label(self, mode: AnswerMode | str | None = None) -> str:
        return self.answerer(mode).label()

    @property
    def card_answerer(self) -> CardAnswerer:
        """Answers about events from their cards (built once; `today` is the service's)."""
        if self._card_answerer is None:
            self._card_answerer = CardAnswerer(self.store.get_article, today=self._today)
        return self._card_answerer

    def _today(self) -> dt.date:
        return self.today()

    def _prepare(
        self,
        question: str,
        conversation_id: str | None,
        history: list[Turn] | None,
        mode: AnswerMode | str | None,
    ) -> Prepared:
        question = question.strip()
        if not question:
            raise ValueError("the question is empty")
        self._check_length("question", question, self.settings.max_question_chars)
        if history is not None:
            for t in history:
                self._check_length(
                    "history", t.question + t.answer, self.settings.max_history_chars
                )
            spoken = sum(len(t.question) + len(t.answer) for t in history)
            if spoken > self.settings.max_history_chars:
                raise LimitError(
                    f"the history is {spoken:,} characters long; at most "
                    f"{self.settings.max_history_chars:,} are accepted"
                )
        answerer = self.answerer(mode)
        conv = self.conversations.get_or_new(conversation_id)
        turns = list(history) if history is not None else list(conv.turns)
        return Prepared(answerer, conv, turns)

    def _from_cards(
        self,
        answerer: Answerer,
        question: str,
        query: str,
        lang: str,
        turns: list[Turn],
        hits: list[Hit],
        k: int | None,
        ranked: Sequence[str] = (),
    ) -> tuple[Answer | None, Within, dict[str, float]]:
        """Offline: the answer the event cards give (a question about one event only from
        the events of the articles retrieval found), or None with, when the cards name one
        event but lack what was asked, the passages of that event's articles. The articles
        retrieval ranked (`ranked`) follow the hits' own: the event's articles fill the hits,
        and a report only the question's words single out may rank just below them."""
        if answerer.mode != AnswerMode.OFFLINE or not self.settings.event_answers:
            return None, Within(), {}
        t0 = time.perf_counter()
        cards = self.events(today=self.today())
        retrieved = list(dict.fromkeys([*(h.doc_id for h in hits), *ranked]))
        reply = self.card_answerer.reply(question, lang, cards, turns, retrieved)
        timings = {"cards_ms": (time.perf_counter() - t0) * 1000}
        within = Within()
        if reply.answer is None and reply.sources:
            k = self.settings.top_k if k is None else k
            hits = self.store.search(query, k, doc_ids=reply.sources)
            within = Within(hits, reply.reading)
            timings["event_retrieve_ms"] = (time.perf_counter() - t0) * 1000 - timings["cards_ms"]
        return reply.answer, within, timings

    @staticmethod
    def _answer_within(
        answerer: Answerer,
        question: str,
        hits: list[Hit],
        within: Within,
        turns: list[Turn],
        lang: str,
    ) -> Answer:
        """The retrieval answer, kept to the named event's articles (`within`) when it would
        cite another article or refuse: sentences of other articles, in another language,
        may outrank the event's own and make it look unanswered. The answer over `within`
        is held to the same refusal rules.

        Those articles are read for the question without the words naming the event (their
        lead says them, the answer may not), when anything is left."""
        if within.hits and within.reading:
            read = answerer.answer(within.reading, within.hits, turns, lang)
            if not read.refused:
                read.question = question
                return read
        answer = answerer.answer(question, hits, turns, lang)
        own = {h.doc_id for h in within.hits}
        if not within.hits or (not answer.refused and {c.doc_id for c in answer.citations} <= own):
            return answer
        return answerer.answer(question, within.hits, turns, lang)

    def _retrieve(
        self, answerer: Answerer, question: str, lang: str, turns: list[Turn], k: int | None
    ) -> tuple[str, list[Hit], list[str], dict[str, float], list[str]]:
        """The retrieval query, the hits (LLM mode: the matching event cards first, as
        numbered sources of their own), the ids of those cards, the timings, and the
        articles in the order retrieval ranked them (before the asked events' came first)."""
        t0 = time.perf_counter()
        query = answerer.contextualize(question, turns) if turns else question
        t1 = time.perf_counter()
        hits, ranked = self._search(query, k)
        t2 = time.perf_counter()
        timings = {"condense_ms": (t1 - t0) * 1000, "retrieve_ms": (t2 - t1) * 1000}
        event_ids: list[str] = []
        if answerer.mode == AnswerMode.LLM and self.settings.event_answers:
            cards = self.card_answerer.matching(query, lang, self.events(today=self.today()), turns)
            sources = [card_source(c, self.store.get_article) for c in cards[:MAX_CARD_SOURCES]]
            event_ids = [c.event_id for c, hit in zip(cards, sources, strict=False) if hit]
            hits = [hit for hit in sources if hit is not None] + hits
            timings["cards_ms"] = (time.perf_counter() - t2) * 1000
        return query, hits, event_ids, timings, [h.doc_id for h in ranked]

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
        events = tuple(answer.event_ids)
        self.conversations.append(conv, Turn(question, answer.answer, doc_ids, query, events))
        return answer

    def ask(
        self,
        question: str,
        conversation_id: str | None = None,
        history: list[Turn] | None = None,
        mode: AnswerMode | str | None = None,
        k: int | None = None,
    ) -> Answer:
        """Answer a question (a follow-up when the conversation has turns) with verified
        citations: from the event cards when they answer it (offline), else from retrieval."""
        t_start = time.perf_counter()
        answerer, conv, turns = self._prepare(question, conversation_id, history, mode)
        question = question.strip()
        lang = detect_language(question)
        asked, turns = _as_read(question, lang, turns)
        parts = split_question(asked, lang) if answerer.mode == AnswerMode.OFFLINE else None
        if parts:
            return self._answer_parts(answerer, conv, question, parts, lang, turns, k, t_start)
        answer, query, timings = self._answer(answerer, asked, lang, turns, k)
        return self._finish(answer, conv, question, query, timings, t_start)

    def _answer_parts(
        self,
        answerer: Answerer,
        conv: Conversation,
        question: str,
        parts: list[str],
        lang: str,
        turns: list[Turn],
        k: int | None,
        t_start: float,
    ) -> Answer:
        """ "أين ومتى يقام ملتقى بركان؟": each part answered alone, then joined as one turn."""
        done = [self._answer(answerer, part, lang, turns, k) for part in parts]
        answer = join_answers(parts, [a for a, _, _ in done], lang)
        timings = _summed([t for _, _, t in done])
        query = " | ".join(q for _, q, _ in done)
        return self._finish(answer, conv, question, query, timings, t_start)

    def _answer(
        self, answerer: Answerer, question: str, lang: str, turns: list[Turn], k: int | None
    ) -> tuple[Answer, str, dict[str, float]]:
        """One question's answer (unfinished: no conversation, no total time), its retrieval
        query and its timings."""
        query, hits, event_ids, timings, ranked = self._retrieve(answerer, question, lang, turns, k)
        carded, within, card_timings = self._from_cards(
            answerer, question, query, lang, turns, hits, k, ranked
        )
        timings.update(card_timings)
        if carded is not None:
            return carded, query, timings
        answer = self._answer_within(answerer, question, hits, within, turns, lang)
        if not answer.refused:
            answer.event_ids = event_ids
        return answer, query, timings

    def ask_stream(
        self,
        question: str,
        conversation_id: str | None = None,
        history: list[Turn] | None = None,
        mode: AnswerMode | str | None = None,
        k: int | None = None,
    ) -> Iterator[str | Answer]:
        """Text deltas as they are produced, then the final Answer."""
        t_start = time.perf_counter()
        answerer, conv, turns = self._prepare(question, conversation_id, history, mode)
        question = question.strip()
        lang = detect_language(question)
        asked, turns = _as_read(question, lang, turns)
        parts = split_question(asked, lang) if answerer.mode == AnswerMode.OFFLINE else None
        if parts:  # offline answers come whole anyway
            answer = self._answer_parts(answerer, conv, question, parts, lang, turns, k, t_start)
            yield answer.answer
            yield answer
            return
        query, hits, event_ids, timings, ranked = self._retrieve(answerer, asked, lang, turns, k)
        carded, within, card_timings = self._from_cards(
            answerer, asked, query, lang, turns, hits, k, ranked
        )
        timings.update(card_timings)
        if within.hits:  # offline: answered whole, then given as one piece
            carded = self._answer_within(answerer, asked, hits, within, turns, lang)
            if not carded.refused:
                carded.event_ids = event_ids
        if carded is not None:
            yield carded.answer
            yield self._finish(carded, conv, question, query, timings, t_start)
            return
        for item in answerer.stream(asked, hits, turns, lang):
            if isinstance(item, Answer):
                if not item.refused:
                    item.event_ids = event_ids
                yield self._finish(item, conv, question, query, timings, t_start)
            else:
                yield item

    # ---------------------------------------------------------------- events
    def events(
        self,
        country: str | None = None,
        city: str | None = None,
        year: int | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        upcoming: bool = False,
        kind: str | None = None,
        series: str | None = None,
        today: dt.date | None = None,
    ) -> list[EventCard]:
        """The merged event cards matching every filter given, by date (see `EventFilter`)."""
        filters = EventFilter(country, city, year, date_from, date_to, upcoming, kind, series)
        return self.store.events.cards(filters, today=today)

    def event(self, event_id: str, today: dt.date | None = None) -> EventCard:
        """One event's merged card; NotFoundError when no indexed article states it."""
        card = self.store.events.card(event_id, today=today)
        if card is None:
            raise NotFoundError(event_id)
        return card

    def article_events(self, doc_id: str) -> list[EventCard]:
        """One article's own share of the cards (before merging); NotFoundError when the
        article is not indexed. The extraction evaluation scores these."""
        if self.store.stored_hash(doc_id) is None:
            raise NotFoundError(doc_id)
        return [card for card, _ in self.store.events.mentions({"doc_id": doc_id})]

    def conversation(self, conversation_id: str) -> Conversation:
        conv = self.conversations.get(conversation_id)
        if conv is None:
            raise NotFoundError(conversation_id)
        return conv


def _valid_article_id(doc_id: str) -> bool:
    """Not one of the store's own records (ids made before the id rule still count)."""
    from ingest.ids import RESERVED_PREFIX

    return bool(doc_id) and not doc_id.startswith(RESERVED_PREFIX)


# ------------------------------------------------------------------ answerers
def _offline_answerer(service: QimmaService) -> Answerer:
    from assistant.offline import OfflineAnswerer

    return OfflineAnswerer(
        embed_model=service.embed_model, sentence_vectors=service.store.sentence_vectors
    )


def _llm_answerer(service: QimmaService) -> Answerer:
    if not service.settings.llm_configured:
        raise ValueError(
            "LLM mode needs a model: set QIMMA_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)"
        )
    from assistant.llm import LLMAnswerer

    return LLMAnswerer(
        service.settings, service.embed_model, sentence_vectors=service.store.sentence_vectors
    )


# mode -> factory: a new kind of answerer is one more entry (auto is resolved before lookup)
ANSWERERS: dict[AnswerMode, Callable[[QimmaService], Answerer]] = {
    AnswerMode.OFFLINE: _offline_answerer,
    AnswerMode.LLM: _llm_answerer,
}


def _as_read(question: str, lang: str, turns: list[Turn]) -> tuple[str, list[Turn]]:
    """The question and the turns before it as the readers take them: colloquial Arabic
    question words in their standard form ("وين يقام …" → "أين يقام …"). The conversation
    keeps what the person wrote."""
    if lang == "en":
        return question, turns
    read = [dataclasses.replace(t, question=standard_question(t.question)) for t in turns]
    return standard_question(question), read


def _summed(timings: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for t in timings:
        for key, value in t.items():
            out[key] = out.get(key, 0.0) + value
    return out
