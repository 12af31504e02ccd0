"""ArticleStore: articles and their passages in Chroma, a BM25 index beside it, hybrid search.

Chroma is the single source of truth. Three collections share one name prefix:
`<name>` holds one row per passage (embedding, text, offsets, article metadata),
`<name>_sentences` one per sentence, `<name>_articles` one record per article (cleaned
text, raw text, content hash) plus a `__state__` record whose version changes on every
write. Every read first compares that version with the one this process last saw: when
another process wrote, the embedded copy is read again from disk and the keyword index
and the set of known articles catch up. A search does not wait for that: it answers from
the copies it has (checking its few candidate articles one by one) and the catching up
runs in a background thread after it. A passage is only returned while its article's
record exists, so a crashed or concurrent writer never shows a half-indexed article.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding

from ingest.events.card import EventCard
from ingest.events.places import is_place_name
from language.analyzer import capitalised_runs
from store.cache import BoundedCache
from store.collections import PENDING_PREFIX, IndexCollections
from store.events import EventStore
from store.fusion import fuse
from store.keyword import KeywordIndex
from store.records import ArticleRecord, iso_day
from store.types import ArticleInfo, Hit

log = logging.getLogger(__name__)


SENTENCE_BLEND = 0.5
# passages the keyword index is asked for when looking for the articles that write a name
NAME_CANDIDATES = 50
MAX_NAMES = 3  # Latin names of one question looked up (each costs a keyword search)
_PAGE = 1000
# rows kept from earlier searches: passages (text and metadata, about 2 KB each) and which
# passages hold each sentence (a few ids)
ROW_CACHE = 5_000
SENTENCE_CACHE = 50_000
# the sentence search runs beside the passage search: each Chroma call waits for Chroma's own
# threads, and on a busy machine two calls in turn took 6.1 ms at the median, side by side 4.4
_SIDE_THREADS = 4


@lru_cache(maxsize=1)
def _side_pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=_SIDE_THREADS, thread_name_prefix="qimma-sentences")


Row = tuple[str, dict[str, Any]]  # a passage's text and metadata


class ArticleStore:
    """Add, replace, remove and search articles; safe to share between threads and processes."""

    def __init__(
        self,
        client: Any,
        collection: str,
        embed_model: BaseEmbedding,
        analyzer: Callable[[str], list[str]],
        keyword_dir: Path | None,
        language_of: Callable[[str], str],
        translate_terms: Callable[[str], tuple[str, bool]] | None = None,
        english_terms: Callable[[str], str] | None = None,
    ):
        self._cols = IndexCollections(client, collection)
        self.events = EventStore(self._cols)
        self.embed_model = embed_model
        self._language_of = language_of
        self._translate_terms = translate_terms
        self._english_terms = english_terms
        self._keyword = KeywordIndex(keyword_dir, analyzer)
        self._keyword_loaded = False
        self._keyword_lock = threading.Lock()
        self._keyword_lock_bg = threading.Lock()
        self._keyword_thread: threading.Thread | None = None
        self._signature: tuple[int, int] | None = None
        self._write_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._seen: str | None = None  # the state version the caches below reflect
        self._doc_ids: set[str] | None = None
        self._counts: tuple[int, int] | None = None
        # a passage's row only changes with the version (its id names the article's content
        # hash, but a stale keyword hit must not show a replaced passage), so this is
        # emptied on every write; a sentence's links to its passages never change
        self._rows: BoundedCache[Row] = BoundedCache(ROW_CACHE)
        self._sentence_chunks: BoundedCache[tuple[str, ...]] = BoundedCache(SENTENCE_CACHE)

    # ----------------------------------------------------------------- state
    def version(self) -> str:
        return self._cols.read_state()[0]

    def _sync(self, wait: bool = True) -> str:
        """Catch up with writes made elsewhere; returns the current version.

        `wait=False` (searches) leaves re-reading the embedded folder to `_catch_up_later`.
        """
        if wait and self._cols.pending is not None:
            self._cols.settle()
        signature = self._cols.signature()
        if signature is not None and signature == self._signature and self._seen is not None:
            return self._seen  # the embedded database file has not changed since
        version, writer = self._cols.read_state()
        if version != self._seen:
            with self._refresh_lock:
                if version != self._seen:
                    self._cols.catch_up(version, writer, wait=wait)
                    self._doc_ids = None
                    self._counts = None
                    self._rows.clear()
                    self._seen = version
        self._signature = signature
        return version

    def _wrote(self) -> None:
        version = self._cols.write_state()
        with self._refresh_lock:
            self._seen = version
            self._counts = None
            self._rows.clear()

    def _known_ids(self) -> set[str]:
        """Ids of the articles whose records exist; a passage of any other is an orphan."""
        ids = self._doc_ids
        if ids is None:
            seen = self._seen
            ids = set()
            offset = 0
            while True:
                got = self._cols.run(
                    "articles",
                    "get",
                    where={"kind": "article"},
                    include=[],
                    limit=_PAGE * 10,
                    offset=offset,
                )
                if not got["ids"]:
                    break
                ids.update(got["ids"])
                offset += len(got["ids"])
            if self._seen == seen:  # else a write made it out of date while it was read
                self._doc_ids = ids
        return ids

    def _known_among(self, doc_ids: set[str]) -> set[str]:
        """Which of these articles exist: from the cached list, or (while it is out of date
        after another process wrote) one small read, so a search never waits for the list."""
        ids = self._doc_ids
        if ids is not None:
            return ids
        if not doc_ids:
            return set()
        got = self._cols.run("articles", "get", ids=sorted(doc_ids), include=[])
        return set(got["ids"])

    def _catch_up_later(self) -> None:
        """After a search: read the folder again, the article list and the keyword index,
        in one background thread, when another process's write left them behind."""
        if (
            self._cols.pending is None
            and self._doc_ids is not None
            and self._keyword.version == self._seen
        ):
            return
        with self._keyword_lock_bg:
            if self._keyword_thread is not None and self._keyword_thread.is_alive():
                return
            self._keyword_thread = threading.Thread(
                # not a daemon: a process that exits (a CLI search) finishes it first; a
                # daemon thread stopped inside Chroma's native code crashes the exit
                target=self._background_catch_up,
                name="qimma-catch-up",
            )
            self._keyword_thread.start()

    def wait_caught_up(self) -> None:
        """Wait for the background catching up a search started, if any (for tools and tests)."""
        thread = self._keyword_thread
        if thread is not None:
            thread.join()

    def _background_catch_up(self) -> None:
        try:
            self._cols.load_pending()
            self._known_ids()
            while (version := self._seen) is not None and self._keyword.version != version:
                self._refresh_keyword(version)
        except Exception:  # the next search tries again
            log.exception("catching up with another process's write failed")

    def _sizes(self) -> tuple[int, int]:
        counts = self._counts
        if counts is None:
            counts = (
                self._cols.call(lambda: self._cols.chunks.count()),
                self._cols.call(lambda: self._cols.sentences.count()),
            )
            self._counts = counts
        return counts

    # ---------------------------------------------------------------- writes
    def stored_hash(self, doc_id: str) -> str | None:
        self._sync()
        got = self._cols.call(lambda: self._cols.articles.get(ids=[doc_id], include=["metadatas"]))
        if not got["ids"]:
            return None
        return str((got["metadatas"][0] or {}).get("content_hash", ""))

    def events_version(self, doc_id: str) -> str | None:
        """Which extractor version read the article's events (None: article not indexed)."""
        got = self._cols.call(lambda: self._cols.articles.get(ids=[doc_id], include=["metadatas"]))
        if not got["ids"]:
            return None
        return str((got["metadatas"][0] or {}).get("events_version", ""))

    def replace_events(
        self, doc_id: str, cards: list[EventCard], version: str, published: str = ""
    ) -> None:
        """Replace an unchanged article's share of the cards (read by a newer extractor)."""
        with self._write_lock:
            self._sync()
            self.events.put(doc_id, cards, published=published)
            self._cols.call(
                lambda: self._cols.articles.update(
                    ids=[doc_id], metadatas=[{"events_version": version}]
                )
            )

    def upsert_article(self, article: ArticleRecord) -> None:
        """Index an article, replacing any older version of it; all of its passages or none."""
        self.upsert_articles([article])

    def upsert_articles(self, articles: Sequence[ArticleRecord]) -> None:
        """Index several articles with one embedding call and one write per collection."""
        for article in articles:
            if not article.passages:
                raise ValueError(f"{article.doc_id}: nothing to index")
        if not articles:
            return
        passage_vectors, sentence_vectors = self._embed(articles)
        chunk_ids = [cid for a in articles for cid in a.chunk_ids()]
        sentence_ids = [sid for a in articles for sid in a.sentence_ids()]
        doc_ids = [a.doc_id for a in articles]
        cols = self._cols
        with self._write_lock:
            self._sync()
            # a pending record per article first: a crash before the end leaves a trace that
            # `repair_orphans` follows; then the passages, then the article records, and only
            # then the old passages go, so a reader sees one complete version at any moment
            self._mark_pending(articles)
            cols.call(
                lambda: cols.chunks.upsert(
                    ids=chunk_ids,
                    embeddings=passage_vectors,
                    documents=[p.text for a in articles for p in a.passages],
                    metadatas=[m for a in articles for m in a.chunk_metadatas()],
                )
            )
            if sentence_ids:
                cols.call(
                    lambda: cols.sentences.upsert(
                        ids=sentence_ids,
                        embeddings=sentence_vectors,
                        documents=[x.text for a in articles for x in a.sentences],
                        metadatas=[m for a in articles for m in a.sentence_metadatas()],
                    )
                )
            for article in articles:
                self.events.put(article.doc_id, article.events, published=iso_day(article.date))
            cols.call(
                lambda: cols.articles.upsert(
                    ids=doc_ids,
                    embeddings=[[0.0]] * len(articles),
                    documents=[a.text for a in articles],
                    metadatas=[a.article_metadata() for a in articles],
                )
            )
            self._delete_stale(articles)
            cols.call(lambda: cols.articles.delete(ids=[PENDING_PREFIX + d for d in doc_ids]))
            if self._doc_ids is not None:
                self._doc_ids.update(doc_ids)
            before = self._seen
            self._wrote()
            self._keyword_after_write(before, articles)

    def _keyword_after_write(
        self, before: str | None, articles: Sequence[ArticleRecord], removed: str = ""
    ) -> None:
        """Bring a current keyword index along with this process's own write (the writer
        pays, not the next search); a stale one is caught up by the next search."""
        with self._keyword_lock:
            if not self._keyword_loaded or self._keyword.version != before or before is None:
                return
            added = [
                (cid, span.text, a.lang)
                for a in articles
                for cid, span in zip(a.chunk_ids(), a.passages, strict=True)
            ]
            assert self._seen is not None
            gone = {a.doc_id for a in articles} | ({removed} if removed else set())
            self._keyword.apply(self._seen, added, gone)

    def _embed(self, articles: Sequence[ArticleRecord]) -> tuple[list[Any], list[Any]]:
        """Passage and sentence vectors of several articles from one call to the model.

        Passage vectors are the model's own: the mean of a passage's sentence vectors
        (one pass instead of two) cost 0.036 English MRR@10 on XQuAD (0.882 -> 0.846 on
        the first 400 questions), so both are embedded.
        """
        texts = [p.text for a in articles for p in a.passages]
        n_passages = len(texts)
        texts += [x.text for a in articles for x in a.sentences]
        vectors = self.embed_model.get_text_embedding_batch(texts)
        return vectors[:n_passages], vectors[n_passages:]

    def _mark_pending(self, articles: Sequence[ArticleRecord]) -> None:
        self._cols.call(
            lambda: self._cols.articles.upsert(
                ids=[PENDING_PREFIX + a.doc_id for a in articles],
                embeddings=[[0.0]] * len(articles),
                metadatas=[
                    {"kind": "pending", "doc_id": a.doc_id, "content_hash": a.digest}
                    for a in articles
                ],
            )
        )

    def _delete_stale(self, articles: Sequence[ArticleRecord]) -> None:
        """Delete passages and sentences of these articles other than their current version."""
        clauses = [
            {"$and": [{"doc_id": a.doc_id}, {"content_hash": {"$ne": a.digest}}]} for a in articles
        ]
        where = clauses[0] if len(clauses) == 1 else {"$or": clauses}
        self._cols.call(lambda: self._cols.chunks.delete(where=where))
        self._cols.call(lambda: self._cols.sentences.delete(where=where))

    def remove(self, doc_id: str) -> bool:
        """Delete an article and all of its passages; False when it was not indexed."""
        cols = self._cols
        with self._write_lock:
            self._sync()
            known = bool(cols.call(lambda: cols.articles.get(ids=[doc_id], include=[]))["ids"])
            had_chunks = bool(
                cols.call(lambda: cols.chunks.get(where={"doc_id": doc_id}, limit=1, include=[]))[
                    "ids"
                ]
            )
            if doc_id.startswith("__") or not (known or had_chunks):
                return False
            # the record goes first: from then on no reader returns the passages
            cols.call(lambda: cols.articles.delete(ids=[doc_id]))
            if self._doc_ids is not None:
                self._doc_ids.discard(doc_id)
            cols.call(lambda: cols.chunks.delete(where={"doc_id": doc_id}))
            cols.call(lambda: cols.sentences.delete(where={"doc_id": doc_id}))
            self.events.remove(doc_id)
            before = self._seen
            self._wrote()
            self._keyword_after_write(before, [], removed=doc_id)
        return True

    def repair_orphans(self) -> list[str]:
        """Finish what a crashed writer left: drop passages no article record vouches for.

        Every write marks its articles pending first and clears the mark last, so only
        marked articles need a look. Returns the ids of the articles repaired.
        """
        cols = self._cols
        with self._write_lock:
            self._sync()
            got = cols.call(
                lambda: cols.articles.get(where={"kind": "pending"}, include=["metadatas"])
            )
            if not got["ids"]:
                return []
            repaired = []
            for meta in got["metadatas"]:
                doc_id = str((meta or {}).get("doc_id", ""))
                if not doc_id:
                    continue
                record = cols.run("articles", "get", ids=[doc_id], include=["metadatas"])
                if record["ids"]:
                    digest = str((record["metadatas"][0] or {}).get("content_hash", ""))
                    where: dict = {"$and": [{"doc_id": doc_id}, {"content_hash": {"$ne": digest}}]}
                else:
                    where = {"doc_id": doc_id}
                cols.run("chunks", "delete", where=where)
                cols.run("sentences", "delete", where=where)
                repaired.append(doc_id)
            cols.call(lambda: cols.articles.delete(ids=got["ids"]))
            self._doc_ids = None
            self._wrote()
        if repaired:
            log.warning("repaired %d articles left half-written: %s", len(repaired), repaired)
        return repaired

    # ----------------------------------------------------------------- reads
    def list_articles(self) -> list[ArticleInfo]:
        self._sync()
        infos = []
        for _, _, meta in self._paged("articles", ["metadatas"], {"kind": "article"}):
            infos.append(
                ArticleInfo(
                    doc_id=str(meta["doc_id"]),
                    title=str(meta.get("title", "")),
                    source=str(meta.get("source", "")),
                    chunks=int(meta.get("chunks", 0)),
                    date=str(meta.get("date", "")),
                    lang=str(meta.get("lang", "")),
                    content_hash=str(meta.get("content_hash", "")),
                    chars=int(meta.get("chars", 0)),
                )
            )
        return sorted(infos, key=lambda a: a.doc_id)

    def get_article(self, doc_id: str) -> ArticleRecord | None:
        if doc_id.startswith("__"):
            return None
        self._sync()
        got = self._cols.call(
            lambda: self._cols.articles.get(ids=[doc_id], include=["metadatas", "documents"])
        )
        if not got["ids"]:
            return None
        meta = got["metadatas"][0] or {}
        return ArticleRecord(
            doc_id=doc_id,
            text=got["documents"][0] or "",
            title=str(meta.get("title", "")),
            source=str(meta.get("source", "")),
            date=str(meta.get("date", "")),
            lang=str(meta.get("lang", "")),
            raw=str(meta.get("raw", "")),
            content_hash=str(meta.get("content_hash", "")),
        )

    def count_passages(self) -> int:
        self._sync()
        return self._sizes()[0]

    def _paged(
        self, collection: str, include: list[str], where: dict | None = None
    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        offset = 0
        while True:
            got = self._cols.run(
                collection, "get", include=include, where=where, limit=_PAGE, offset=offset
            )
            if not got["ids"]:
                return
            docs = got.get("documents") or [""] * len(got["ids"])
            metas = got.get("metadatas") or [{}] * len(got["ids"])
            for cid, doc, meta in zip(got["ids"], docs, metas, strict=True):
                yield cid, doc or "", meta or {}
            offset += len(got["ids"])

    # ---------------------------------------------------------------- search
    def _fresh_keyword_index(self, version: str, wait: bool = True) -> KeywordIndex:
        """The keyword index, caught up with the collection's `version`.

        With `wait=False` (searches) a stale index keeps serving while a background thread
        catches it up after the search, so a write never stalls the next search; passages
        of removed articles are filtered out meanwhile and new ones are found by the dense
        side.
        """
        keyword = self._keyword
        if keyword.version == version and self._keyword_loaded:
            return keyword
        if not self._keyword_loaded:
            with self._keyword_lock:
                if not self._keyword_loaded:
                    keyword.load()
                    self._keyword_loaded = True
        if keyword.version == version:
            return keyword
        if wait or keyword.version is None:
            self._refresh_keyword(version)
        return keyword  # stale: `_catch_up_later` brings it along after the search

    def _refresh_keyword(self, version: str) -> None:
        with self._keyword_lock:
            if self._keyword.version == version:
                return
            ids = [cid for cid, _, _ in self._paged("chunks", [])]
            new = self._keyword.refresh(version, ids, self._passage_texts)
            log.info("keyword index caught up: %d passages, %d new", len(ids), new)

    def _passage_texts(self, ids: list[str]) -> list[tuple[str, str, str]]:
        out = []
        for start in range(0, len(ids), _PAGE):
            rows = self._read_rows(
                ids[start : start + _PAGE]
            )  # not kept: searches rarely show them
            out += [(cid, text, str(meta.get("lang", ""))) for cid, (text, meta) in rows.items()]
        return out

    def _dense(
        self, query: str, k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """Top passages by e5 cosine blended with their best sentence.

        A passage's score is the mean of its own cosine and that of its closest sentence:
        on XQuAD-ar the blend lifted English-question MRR@10 from 0.838 to 0.879, since a
        factoid question usually paraphrases one sentence that a 200-token vector dilutes.
        Both vector searches ask Chroma for distances only (reading text and metadata from
        its SQLite took as long as the search); which passages hold a sentence is cached.
        `where` (on passage and sentence metadata) keeps the search to some articles.
        """
        n_chunks, n_sentences = self._sizes()
        if n_chunks == 0:
            return []
        embedding = self.embed_model.get_query_embedding(query)
        cols = self._cols
        sentences = (
            _side_pool().submit(
                cols.call,
                lambda: cols.sentences.query(
                    query_embeddings=[embedding],
                    n_results=min(2 * k, n_sentences),
                    where=where,
                    include=["distances"],
                ),
            )
            if n_sentences
            else None
        )
        got = cols.call(
            lambda: cols.chunks.query(
                query_embeddings=[embedding],
                n_results=min(k, n_chunks),
                where=where,
                include=["distances"],
            )
        )
        passage_cos = {
            cid: 1.0 - dist for cid, dist in zip(got["ids"][0], got["distances"][0], strict=True)
        }
        best_sentence: dict[str, float] = {}
        if sentences is not None:
            got = sentences.result()
            sentence_ids = got["ids"][0]
            holders = self._sentence_chunks.get_many(sentence_ids, self._sentence_links)
            for sid, dist in zip(sentence_ids, got["distances"][0], strict=True):
                for cid in holders.get(sid, ()):
                    best_sentence[cid] = max(best_sentence.get(cid, -1.0), 1.0 - dist)
        floor_p = min(passage_cos.values(), default=0.0)
        floor_s = min(best_sentence.values(), default=floor_p)
        scores = {
            cid: SENTENCE_BLEND * best_sentence.get(cid, floor_s)
            + (1 - SENTENCE_BLEND) * passage_cos.get(cid, floor_p)
            for cid in {*passage_cos, *best_sentence}
        }
        return sorted(scores.items(), key=lambda kv: -kv[1])

    def _sentence_links(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        """The passages holding each of these sentences (deleted sentences are left out)."""
        got = self._cols.call(lambda: self._cols.sentences.get(ids=ids, include=["metadatas"]))
        return {
            sid: tuple(cid for cid in str(meta.get("chunk_ids", "")).split("|") if cid)
            for sid, meta in zip(got["ids"], got["metadatas"], strict=True)
            if meta is not None
        }

    def dense_search(self, query: str, k: int) -> list[tuple[str, float]]:
        """(chunk_id, blended score) best first."""
        self._sync()
        return self._dense(query, k)

    def sentence_vectors(self, doc_ids: Sequence[str]) -> dict[str, Any]:
        """The vectors stored at ingest for the sentences of these articles, by sentence text
        (the offline answerer compares sentences with the question without re-embedding them)."""
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        self._sync()
        got = self._cols.call(
            lambda: self._cols.sentences.get(
                where={"doc_id": {"$in": ids}}, include=["documents", "embeddings"]
            )
        )
        docs, vectors = got.get("documents") or [], got.get("embeddings")
        if vectors is None:
            return {}
        return {text: vec for text, vec in zip(docs, vectors, strict=True) if text}

    def keyword_search(self, query: str, k: int) -> list[tuple[str, float]]:
        version = self._sync()
        known = self._known_ids()
        hits = self._fresh_keyword_index(version).search(query, k)
        return [(h.chunk_id, h.score) for h in hits if h.chunk_id.rsplit("#", 2)[0] in known]

    def _rows_by_id(self, ids: Sequence[str]) -> dict[str, Row]:
        """Text and metadata of these passages (those that exist), from the cache when there."""
        if not ids:
            return {}
        return self._rows.get_many(ids, self._read_rows)

    def _read_rows(self, ids: Sequence[str]) -> dict[str, Row]:
        got = self._cols.call(
            lambda: self._cols.chunks.get(ids=list(ids), include=["documents", "metadatas"])
        )
        return {
            cid: (doc or "", meta)
            for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            if meta is not None
        }

    def search(
        self,
        query: str,
        k: int = 5,
        candidates: int | None = None,
        doc_ids: Sequence[str] | None = None,
    ) -> list[Hit]:
        """Hybrid search: dense and BM25 candidates fused, weighted by the question's language.

        With `doc_ids`, only passages of those articles are searched (the articles of the
        event a question names, when its card lacks what was asked).
        """
        query = query.strip()
        if not query or (doc_ids is not None and not doc_ids):
            return []
        within = set(doc_ids) if doc_ids is not None else None
        try:
            named = self._articles_naming(query) if within is None else set()
            if not named:
                return self._search(query, k, candidates, within)
            # the question names the articles it asks about: only those answer
            return self._search(query, k, candidates, named)
        finally:
            self._catch_up_later()

    def _articles_naming(self, query: str) -> set[str]:
        """The articles that write, as the question does, a name it spells in Latin letters
        (`latin_names`: "جوائز ساوث بانك شو (South Bank Show Awards)", "the South Bank Show
        Awards"). Such a name picks the articles asked about, which an Arabic question's
        other words and vector rank below Arabic articles on the same topic, and an English
        question's below Arabic articles that quote English titles; so only those are
        searched (for an English question, the English ones). Empty when the question has no
        such name or no article writes it."""
        english = self._language_of(query) == "en"
        names = latin_names(query, english)
        if not names:
            return set()
        index = self._fresh_keyword_index(self._sync(wait=False), wait=False)
        found: set[str] = set()
        for name in names[:MAX_NAMES]:
            ids = [h.chunk_id for h in index.search(name, NAME_CANDIDATES)]
            rows = self._rows_by_id(ids)
            wanted = _squeeze(name)
            # an English question is about an English article that writes the name; an Arabic
            # one that quotes it may be about something else ("جائزة Super Bowl" of a column)
            found |= {
                str(meta.get("doc_id", ""))
                for text, meta in rows.values()
                if wanted in _squeeze(text) and (not english or meta.get("lang") == "en")
            }
        return found & self._known_among(found)

    def _search(
        self, query: str, k: int, candidates: int | None, within: set[str] | None
    ) -> list[Hit]:
        version = self._sync(wait=False)
        n = candidates or max(4 * k, 30)
        where = {"doc_id": {"$in": sorted(within)}} if within is not None else None
        dense = self._dense(query, n, where)
        keyword_index = self._fresh_keyword_index(version, wait=False)
        query_lang = self._language_of(query)
        keyword_query, translated_place = query, False
        if query_lang != keyword_index.corpus_lang and self._translate_terms:
            # across languages BM25 only sees numbers and Latin names; add the
            # corpus-language words for the places and event terms the question names
            translated, translated_place = self._translate_terms(query)
            keyword_query = f"{query} {translated}".strip()
        elif query_lang == "ar" and self._english_terms:
            # the English articles of an Arabic library: BM25 finds them by the English of
            # the question's words ("معرض الإلكترونيات الاستهلاكية": consumer electronics)
            keyword_query = f"{query} {self._english_terms(query)}".strip()
        if within is None:
            keyword = [(h.chunk_id, h.score) for h in keyword_index.search(keyword_query, n)]
        else:  # every passage scored, those of the articles kept
            keyword = [
                (h.chunk_id, h.score)
                for h in keyword_index.search(keyword_query, keyword_index.size)
                if h.chunk_id.rsplit("#", 2)[0] in within
            ][:n]
        fused = fuse(
            dense=dense,
            keyword=keyword,
            query_lang=query_lang,
            corpus_lang=keyword_index.corpus_lang,
            translated_place=translated_place,
        )
        found = {cid.rsplit("#", 2)[0] for cid, _ in fused}
        known = self._known_among(found if within is None else found & within)
        fused = [(cid, s) for cid, s in fused if cid.rsplit("#", 2)[0] in known]
        signals = {"dense": dict(dense), "bm25": dict(keyword)}
        hits: list[Hit] = []
        # read only the passages that will be shown, 2k at a time (some may have gone since)
        for start in range(0, len(fused), 2 * k):
            window = fused[start : start + 2 * k]
            rows = self._rows_by_id([cid for cid, _ in window])
            for chunk_id, score in window:
                row = rows.get(chunk_id)
                if row is None:
                    continue  # deleted between the two searches
                hits.append(_hit(chunk_id, score, row, signals))
                if len(hits) == k:
                    return hits
        return hits


# a run of Latin words with a capital or a digit ("South Bank Show Awards", "CES", "ITEX 2015")
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'.\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9&'.\-]*)*")


def latin_names(query: str, english: bool = False) -> list[str]:
    """The names a question writes in Latin letters, each once. In an Arabic question each
    run of Latin words with a capital and three letters ("(South Bank Show Awards)", "CES");
    in an English one (`english`) a run of two or more capitalised words that is not a place,
    not counting the question's first word ("Which show won at the South Bank Show Awards?")."""
    out: list[str] = []
    if english:
        for words in capitalised_runs(query):
            run = " ".join(words).strip(".-'")
            # a place ("Saudi Arabia") or a lone acronym ("UAE", "BBC") is said of many
            # articles, in an Arabic library mostly in Arabic: it names no article
            if len(words) >= 2 and not is_place_name(run) and run not in out:
                out.append(run)
        return out
    for m in _LATIN_RUN.finditer(query):
        run = m.group(0).strip(".-'")
        letters = sum(ch.isalpha() for ch in run)
        if letters >= 3 and any(ch.isupper() for ch in run) and run not in out:
            out.append(run)
    return out


def _squeeze(text: str) -> str:
    return " ".join(text.lower().split())


def _hit(chunk_id: str, score: float, row: Row, signals: dict[str, dict[str, float]]) -> Hit:
    text, meta = row
    return Hit(
        doc_id=str(meta.get("doc_id", "")),
        title=str(meta.get("title", "")),
        source=str(meta.get("source", "")),
        text=text,
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        score=round(score, 6),
        chunk_id=chunk_id,
        date=str(meta.get("date", "")),
        lang=str(meta.get("lang", "")),
        signals={name: by_id[chunk_id] for name, by_id in signals.items() if chunk_id in by_id},
    )
