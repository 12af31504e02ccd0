"""ArticleStore: articles and their passages in Chroma, a BM25 index beside it, hybrid search.

Chroma is the single source of truth. Three collections share one name prefix:
`<name>` holds one record per passage (embedding, text, offsets, article metadata),
`<name>_articles` one record per article (cleaned text, raw text, content hash) plus a
`__state__` record whose version changes on every write. The keyword index is rebuilt
from `<name>` whenever that version differs from the one it was built from.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llama_index.core import VectorStoreIndex
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import (
    BaseNode,
    NodeRelationship,
    QueryBundle,
    RelatedNodeInfo,
    TextNode,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

from ingest.events.card import EventCard
from store.events import EventStore
from store.fusion import fuse
from store.keyword import KeywordIndex
from store.types import ArticleInfo, Hit

log = logging.getLogger(__name__)

STATE_ID = "__state__"
SENTENCE_BLEND = 0.5
_PAGE = 1000
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class PassageSpan:
    """A passage of an article's cleaned text: text == article_text[start:end]."""

    text: str
    start: int
    end: int


@dataclass
class ArticleRecord:
    """Everything the store keeps about one article."""

    doc_id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    lang: str = ""
    raw: str = ""
    content_hash: str = ""
    passages: list[PassageSpan] = field(default_factory=list)
    # sentences get vectors of their own: a question usually paraphrases one sentence
    sentences: list[PassageSpan] = field(default_factory=list)
    # the events this article is about (its share of the event cards), and which version of
    # the extractor read them
    events: list[EventCard] = field(default_factory=list)
    events_version: str = ""


def iso_day(value: str) -> str:
    """The ISO day a stored date starts with, else "" (for dates stored as the source gave)."""
    return value[:10] if _ISO_DAY.match(value or "") else ""


def content_hash(text: str) -> str:
    """Hash of what is indexed; unchanged hash means re-ingest can skip the article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArticleStore:
    """Add, replace, remove and search articles; safe to share between threads."""

    def __init__(
        self,
        client: Any,
        collection: str,
        embed_model: BaseEmbedding,
        analyzer: Callable[[str], list[str]],
        keyword_dir: Path | None,
        language_of: Callable[[str], str],
        translate_terms: Callable[[str], tuple[str, bool]] | None = None,
    ):
        self._client = client
        self._chunks = client.get_or_create_collection(
            collection, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        self._articles = client.get_or_create_collection(
            f"{collection}_articles", embedding_function=None
        )
        self._sentences = client.get_or_create_collection(
            f"{collection}_sentences",
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )
        self.events = EventStore(client, collection)
        self.embed_model = embed_model
        self._language_of = language_of
        self._translate_terms = translate_terms
        self._vector_store = ChromaVectorStore(chroma_collection=self._chunks)
        self._index = VectorStoreIndex.from_vector_store(
            self._vector_store, embed_model=embed_model
        )
        self._keyword = KeywordIndex(keyword_dir, analyzer)
        self._keyword_loaded = False
        self._write_lock = threading.Lock()
        self._refresh_lock = threading.Lock()

    # ----------------------------------------------------------------- state
    def version(self) -> str:
        got = self._articles.get(ids=[STATE_ID], include=["metadatas"])
        if got["ids"]:
            return str(got["metadatas"][0].get("version", ""))
        return ""

    def _bump_version(self) -> None:
        self._articles.upsert(
            ids=[STATE_ID], embeddings=[[0.0]], metadatas=[{"version": uuid.uuid4().hex}]
        )

    # ---------------------------------------------------------------- writes
    def stored_hash(self, doc_id: str) -> str | None:
        got = self._articles.get(ids=[doc_id], include=["metadatas"])
        if not got["ids"]:
            return None
        return str(got["metadatas"][0].get("content_hash", ""))

    def events_version(self, doc_id: str) -> str | None:
        """Which extractor version read the article's events (None: article not indexed)."""
        got = self._articles.get(ids=[doc_id], include=["metadatas"])
        if not got["ids"]:
            return None
        return str(got["metadatas"][0].get("events_version", ""))

    def replace_events(
        self, doc_id: str, cards: list[EventCard], version: str, published: str = ""
    ) -> None:
        """Replace an unchanged article's share of the cards (read by a newer extractor)."""
        with self._write_lock:
            self.events.put(doc_id, cards, published=published)
            self._articles.update(ids=[doc_id], metadatas=[{"events_version": version}])

    def upsert_article(self, article: ArticleRecord) -> None:
        """Index an article, replacing any older version of it; all of its passages or none."""
        if not article.passages:
            raise ValueError(f"{article.doc_id}: nothing to index")
        digest = article.content_hash or content_hash(article.text)
        texts = [p.text for p in article.passages]
        sentences = article.sentences
        vectors = self.embed_model.get_text_embedding_batch(texts + [x.text for x in sentences])
        embeddings, sentence_vectors = vectors[: len(texts)], vectors[len(texts) :]
        nodes: list[BaseNode] = []
        for i, (span, emb) in enumerate(zip(article.passages, embeddings, strict=True)):
            node = TextNode(
                id_=f"{article.doc_id}#{digest[:12]}#{i}",
                text=span.text,
                embedding=emb,
                start_char_idx=span.start,
                end_char_idx=span.end,
                metadata={
                    "doc_id": article.doc_id,
                    "title": article.title,
                    "source": article.source,
                    "date": article.date,
                    "lang": article.lang,
                    "content_hash": digest,
                    "chunk_index": i,
                    "start": span.start,
                    "end": span.end,
                },
            )
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=article.doc_id)
            nodes.append(node)
        chunk_ids = [n.node_id for n in nodes]
        sentence_rows = {
            "ids": [f"{article.doc_id}#{digest[:12]}#s{j}" for j in range(len(sentences))],
            "embeddings": sentence_vectors,
            "documents": [x.text for x in sentences],
            "metadatas": [
                {
                    "doc_id": article.doc_id,
                    "content_hash": digest,
                    "chunk_ids": "|".join(
                        cid
                        for cid, span in zip(chunk_ids, article.passages, strict=True)
                        if span.start <= x.start and x.end <= span.end
                    ),
                }
                for x in sentences
            ],
        }
        meta = {
            "kind": "article",
            "doc_id": article.doc_id,
            "title": article.title,
            "source": article.source,
            "date": article.date,
            "lang": article.lang,
            "content_hash": digest,
            "chunks": len(nodes),
            "raw": article.raw,
            "chars": len(article.text),
            "events_version": article.events_version,
        }
        with self._write_lock:
            # new passages first, then the article record, then the old passages go:
            # a reader at any moment sees one complete version of the article
            self._vector_store.add(nodes)
            if sentences:
                self._sentences.upsert(**sentence_rows)
            self.events.put(article.doc_id, article.events, published=iso_day(article.date))
            self._articles.upsert(
                ids=[article.doc_id], embeddings=[[0.0]], documents=[article.text], metadatas=[meta]
            )
            stale = {"$and": [{"doc_id": article.doc_id}, {"content_hash": {"$ne": digest}}]}
            self._chunks.delete(where=stale)
            self._sentences.delete(where=stale)
            self._bump_version()

    def remove(self, doc_id: str) -> bool:
        """Delete an article and all of its passages; False when it was not indexed."""
        with self._write_lock:
            known = bool(self._articles.get(ids=[doc_id], include=[])["ids"])
            had_chunks = bool(
                self._chunks.get(where={"doc_id": doc_id}, limit=1, include=[])["ids"]
            )
            if not (known or had_chunks):
                return False
            self._chunks.delete(where={"doc_id": doc_id})
            self._sentences.delete(where={"doc_id": doc_id})
            self.events.remove(doc_id)
            self._articles.delete(ids=[doc_id])
            self._bump_version()
        return True

    # ----------------------------------------------------------------- reads
    def list_articles(self) -> list[ArticleInfo]:
        infos = []
        for meta in self._paged(self._articles, include=["metadatas"], where={"kind": "article"}):
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
        got = self._articles.get(ids=[doc_id], include=["metadatas", "documents"])
        if not got["ids"] or doc_id == STATE_ID:
            return None
        meta = got["metadatas"][0]
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
        return self._chunks.count()

    def _paged(self, collection: Any, include: list[str], where: dict | None = None):
        offset = 0
        while True:
            got = collection.get(include=include, where=where, limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            if "documents" in include:
                yield from zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            else:
                yield from got["metadatas"]
            offset += len(got["ids"])

    # ---------------------------------------------------------------- search
    def _fresh_keyword_index(self) -> KeywordIndex:
        """The keyword index, rebuilt from the collection if another writer changed it."""
        version = self.version()
        if self._keyword.version == version and self._keyword_loaded:
            return self._keyword
        with self._refresh_lock:
            if not self._keyword_loaded:
                self._keyword.load()
                self._keyword_loaded = True
            if self._keyword.version != version:
                ids, texts, langs = [], [], []
                for chunk_id, text, meta in self._paged(
                    self._chunks, include=["documents", "metadatas"]
                ):
                    ids.append(chunk_id)
                    texts.append(text or "")
                    langs.append(str((meta or {}).get("lang", "")))
                log.info("rebuilding keyword index over %d passages", len(ids))
                self._keyword.build(ids, texts, version, langs)
        return self._keyword

    def dense_search(self, query: str, k: int) -> list[tuple[BaseNode, float]]:
        """Top-k passages by e5 cosine, blended with their best-matching sentence.

        A passage's score is the mean of its own cosine and that of its closest sentence:
        on XQuAD-ar the blend lifted English-question MRR@10 from 0.838 to 0.879, since a
        factoid question usually paraphrases one sentence that a 200-token vector dilutes.
        """
        if self._chunks.count() == 0:
            return []
        embedding = self.embed_model.get_query_embedding(query)
        retriever = self._index.as_retriever(similarity_top_k=k)
        passages: dict[str, tuple[BaseNode, float | None]] = {}
        for nws in retriever.retrieve(QueryBundle(query, embedding=embedding)):
            # ChromaVectorStore reports exp(-distance); cosine distance = 1 - cos
            passages[nws.node.node_id] = (nws.node, 1.0 + math.log(max(nws.score or 1e-12, 1e-12)))
        best_sentence: dict[str, float] = {}
        if self._sentences.count():
            got = self._sentences.query(
                query_embeddings=[embedding],
                n_results=min(2 * k, self._sentences.count()),
                include=["metadatas", "distances"],
            )
            for meta, dist in zip(got["metadatas"][0], got["distances"][0], strict=True):
                for cid in str(meta.get("chunk_ids", "")).split("|"):
                    if cid:
                        best_sentence[cid] = max(best_sentence.get(cid, -1.0), 1.0 - dist)
        missing = [cid for cid in best_sentence if cid not in passages]
        for node in self._nodes_by_id(missing).values():
            passages[node.node_id] = (node, None)
        floor_p = min((c for _, c in passages.values() if c is not None), default=0.0)
        floor_s = min(best_sentence.values(), default=floor_p)
        results = []
        for cid, (node, cos) in passages.items():
            passage_cos = floor_p if cos is None else cos
            results.append(
                (
                    node,
                    SENTENCE_BLEND * best_sentence.get(cid, floor_s)
                    + (1 - SENTENCE_BLEND) * passage_cos,
                )
            )
        results.sort(key=lambda pair: -pair[1])
        return results

    def sentence_vectors(self, doc_ids: Sequence[str]) -> dict[str, Any]:
        """The vectors stored at ingest for the sentences of these articles, by sentence text
        (the offline answerer compares sentences with the question without re-embedding them)."""
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        got = self._sentences.get(
            where={"doc_id": {"$in": ids}}, include=["documents", "embeddings"]
        )
        docs, vectors = got.get("documents") or [], got.get("embeddings")
        if vectors is None:
            return {}
        return {text: vec for text, vec in zip(docs, vectors, strict=True) if text}

    def keyword_search(self, query: str, k: int) -> list[tuple[str, float]]:
        return [(h.chunk_id, h.score) for h in self._fresh_keyword_index().search(query, k)]

    def _nodes_by_id(self, ids: Sequence[str]) -> dict[str, BaseNode]:
        if not ids:
            return {}
        return {n.node_id: n for n in self._vector_store.get_nodes(list(ids))}

    def search(self, query: str, k: int = 5, candidates: int | None = None) -> list[Hit]:
        """Hybrid search: dense and BM25 candidates fused, weighted by the question's language."""
        query = query.strip()
        if not query:
            return []
        n = candidates or max(4 * k, 30)
        dense = self.dense_search(query, n)
        query_lang = self._language_of(query)
        keyword_query, translated_place = query, False
        if query_lang != self._fresh_keyword_index().corpus_lang and self._translate_terms:
            # across languages BM25 only sees numbers and Latin names; add the
            # corpus-language words for the places and event terms the question names
            translated, translated_place = self._translate_terms(query)
            keyword_query = f"{query} {translated}".strip()
        keyword = self.keyword_search(keyword_query, n)
        fused = fuse(
            dense=[(node.node_id, score) for node, score in dense],
            keyword=keyword,
            query_lang=query_lang,
            corpus_lang=self._keyword.corpus_lang,
            translated_place=translated_place,
        )
        nodes = {node.node_id: node for node, _ in dense}
        missing = [cid for cid, _ in fused[:k] if cid not in nodes]
        nodes.update(self._nodes_by_id(missing))
        dense_scores = {node.node_id: s for node, s in dense}
        kw_scores = dict(keyword)
        hits = []
        for chunk_id, score in fused:
            node = nodes.get(chunk_id)
            if node is None:
                continue  # deleted between the two searches
            meta = node.metadata
            hits.append(
                Hit(
                    doc_id=str(meta.get("doc_id", "")),
                    title=str(meta.get("title", "")),
                    source=str(meta.get("source", "")),
                    text=node.get_content(),
                    start=int(meta.get("start", getattr(node, "start_char_idx", None) or 0)),
                    end=int(meta.get("end", getattr(node, "end_char_idx", None) or 0)),
                    score=round(score, 6),
                    chunk_id=chunk_id,
                    date=str(meta.get("date", "")),
                    lang=str(meta.get("lang", "")),
                    signals={
                        k_: v
                        for k_, v in (
                            ("dense", dense_scores.get(chunk_id)),
                            ("bm25", kw_scores.get(chunk_id)),
                        )
                        if v is not None
                    },
                )
            )
            if len(hits) == k:
                break
        return hits
