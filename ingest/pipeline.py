"""From paths on disk to articles in the store: read, clean, split, index, and report.

Each article is indexed whole or not at all; a failure is recorded with its reason and the
run goes on with the next file. Nothing already indexed is touched unless the same article
comes in changed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from ingest.arabic import detect_language
from ingest.chunking import chunk_text, split_sentences
from ingest.clean import clean_article
from ingest.compressed import count_documents, is_jsonl, iter_jsonl_gz, read_gzip
from ingest.readers import (
    InputFile,
    RawDocument,
    ReadError,
    iter_input_files,
    read_file,
    read_jsonl,
)
from store.index import ArticleRecord, ArticleStore, PassageSpan, content_hash

log = logging.getLogger(__name__)

TITLE_WORDS = 14
MIN_SENTENCE_WORDS = 3  # shorter lines (bullets, bylines) say too little to match a question


@dataclass
class IngestReport:
    """What one ingest run did: ids added, updated, unchanged, and (item, reason) failures."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def succeeded(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)

    @property
    def whole_run_failed(self) -> bool:
        return bool(self.failed) and self.succeeded == 0

    def merge(self, other: IngestReport) -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.failed += other.failed

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": [{"item": item, "reason": reason} for item, reason in self.failed],
        }

    def summary_lines(self) -> list[str]:
        lines = [
            f"added {len(self.added)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)}"
        ]
        lines += [f"  failed: {item}: {reason}" for item, reason in self.failed]
        return lines


def derive_title(text: str) -> str:
    """A title for an article that came without one: its first line when short, else its opening words."""
    first_line = text.strip().split("\n", 1)[0].strip()
    words = first_line.split()
    if 0 < len(words) <= TITLE_WORDS:
        return first_line
    return " ".join(words[:TITLE_WORDS]) + " …"


@dataclass
class Chunker:
    """Splits cleaned text into passages bounded in embedding-model tokens."""

    max_tokens: int
    overlap_tokens: int
    count_tokens: Callable[[str], int]

    def split(self, text: str) -> list[PassageSpan]:
        return [
            PassageSpan(c.text, c.start, c.end)
            for c in chunk_text(text, self.max_tokens, self.overlap_tokens, self.count_tokens)
        ]


def build_record(doc: RawDocument, doc_id: str, source: str, chunker: Chunker) -> ArticleRecord:
    """Clean and split one document; raises ReadError when nothing indexable is left."""
    cleaned = clean_article(doc.text)
    if not cleaned.strip():
        raise ReadError("no text left after removing boilerplate")
    passages = chunker.split(cleaned)
    if not passages:
        raise ReadError("no passages after splitting")
    return ArticleRecord(
        doc_id=doc_id,
        text=cleaned,
        title=doc.title.strip() or derive_title(cleaned),
        source=doc.url or doc.source or source,
        date=doc.date,
        lang=doc.lang or detect_language(cleaned),
        raw=doc.text,
        content_hash=content_hash(cleaned),
        passages=passages,
        sentences=[
            PassageSpan(cleaned[a:b], a, b)
            for a, b in split_sentences(cleaned)
            if len(cleaned[a:b].split()) >= MIN_SENTENCE_WORDS
        ],
    )


def iter_documents(
    item: InputFile, max_bytes: int, report: IngestReport
) -> Iterator[tuple[str, RawDocument]]:
    """(doc_id, document) pairs of one file, streamed for .jsonl.gz; bad lines go to `report`."""
    label = str(item.path)
    if is_jsonl(item.path):
        count = 0
        if item.path.suffix.lower() == ".gz":
            lines: Iterable[tuple[RawDocument | None, int, str]] = iter_jsonl_gz(
                item.path, max_bytes
            )
        else:
            docs, bad_lines = read_jsonl(item.path, max_bytes=max_bytes)
            lines = [(d, d.line or 0, "") for d in docs] + [(None, n, r) for n, r in bad_lines]
        for doc, number, reason in lines:
            count += 1
            if doc is None:
                report.failed.append((f"{label}:{number}", reason))
            else:
                yield (doc.id or f"{item.rel_id}/{doc.line}", doc)
        if not count:
            report.failed.append((label, "empty file"))
        return
    if item.path.suffix.lower() == ".gz":
        docs = read_gzip(item.path, max_bytes)
    else:
        docs = read_file(item.path, max_bytes=max_bytes)
    for doc in docs:
        yield item.rel_id, doc


class IngestProgress:
    """A progress bar in articles (with ETA) that also counts passages indexed."""

    def __init__(self, files: list[InputFile], enabled: bool):
        total = sum(count_documents(f.path) for f in files) if enabled else 0
        self._bar = tqdm(
            total=total, desc="ingest", unit="article", disable=not enabled or total < 2
        )
        self._passages = 0
        self._started = time.perf_counter()

    def skipped(self) -> None:
        self._bar.update(1)

    def indexed(self, record: ArticleRecord) -> None:
        self._bar.update(1)
        self._passages += len(record.passages)
        rate = self._passages / max(time.perf_counter() - self._started, 1e-9)
        self._bar.set_postfix_str(f"{self._passages} passages, {rate:.1f}/s", refresh=False)

    def close(self) -> None:
        self._bar.close()


@dataclass
class IndexBatch:
    """Articles waiting to be indexed together: one embedding call and one write per
    collection for many articles (per-article writes cost as much as embedding a sentence)."""

    store: ArticleStore
    report: IngestReport
    max_sentences: int = 256
    max_articles: int = 32
    on_indexed: Callable[[ArticleRecord], None] | None = None
    _pending: list[tuple[ArticleRecord, str, bool]] = field(default_factory=list)

    def add(self, record: ArticleRecord, label: str, update: bool) -> None:
        self._pending.append((record, label, update))
        sentences = sum(len(r.sentences) + 1 for r, _, _ in self._pending)
        if len(self._pending) >= self.max_articles or sentences >= self.max_sentences:
            self.flush()

    def flush(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        try:
            self.store.upsert_articles([record for record, _, _ in batch])
        except Exception:
            if len(batch) == 1:
                record, label, _ = batch[0]
                log.exception("indexing %s", record.doc_id)
                self.report.failed.append((label, "could not index: see the log"))
                return
            for item in batch:  # find the one that fails; the others still go in
                self._pending = [item]
                self.flush()
            return
        for record, _, update in batch:
            (self.report.updated if update else self.report.added).append(record.doc_id)
            if self.on_indexed:
                self.on_indexed(record)


def ingest_paths(
    paths: Iterable[str | Path],
    store: ArticleStore,
    chunker: Chunker,
    max_bytes: int,
    progress: bool = True,
) -> IngestReport:
    """Ingest files and folders (recursively) into the store, a batch of articles at a time.

    A second run skips what is indexed already by content hash, without the embedder.
    """
    report = IngestReport()
    store.repair_orphans()  # passages a crashed run left without their article record
    files, bad_paths = iter_input_files(paths)
    report.failed += bad_paths
    seen: dict[str, str] = {}
    bar = IngestProgress(files, enabled=progress)
    batch = IndexBatch(store, report, on_indexed=bar.indexed)
    try:
        for item in files:
            try:
                documents = iter_documents(item, max_bytes, report)
                for doc_id, doc in documents:
                    done = len(report.unchanged) + len(report.failed)
                    ingest_document(
                        doc, doc_id, str(item.path), store, chunker, report, seen, batch
                    )
                    if len(report.unchanged) + len(report.failed) > done:
                        bar.skipped()  # indexed articles count when their batch is written
            except ReadError as exc:
                report.failed.append((str(item.path), str(exc)))
            except Exception as exc:  # a reader bug must not stop the run
                log.exception("reading %s", item.path)
                report.failed.append((str(item.path), f"unexpected error: {exc}"))
        batch.flush()
    finally:
        bar.close()
    return report


def ingest_document(
    doc: RawDocument,
    doc_id: str,
    source: str,
    store: ArticleStore,
    chunker: Chunker,
    report: IngestReport,
    seen: dict[str, str] | None = None,
    batch: IndexBatch | None = None,
) -> None:
    """Index one document unless it is unchanged; record the outcome in `report`.

    With a `batch`, the article is indexed when the batch is full or flushed.
    """
    label = f"{source}:{doc.line}" if doc.line else source
    seen = {} if seen is None else seen
    if doc_id in seen:
        report.failed.append((label, f"duplicate id {doc_id!r} (also from {seen[doc_id]})"))
        return
    seen[doc_id] = label
    try:
        record = build_record(doc, doc_id, source, chunker)
        old_hash = store.stored_hash(doc_id)
        if old_hash == record.content_hash:
            report.unchanged.append(doc_id)
            return
        if batch is not None:
            batch.add(record, label, old_hash is not None)
            return
        store.upsert_article(record)
    except ReadError as exc:
        report.failed.append((label, str(exc)))
        return
    except Exception as exc:
        log.exception("indexing %s", doc_id)
        report.failed.append((label, f"could not index: {exc}"))
        return
    (report.updated if old_hash is not None else report.added).append(doc_id)
