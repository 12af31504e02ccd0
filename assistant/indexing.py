"""From paths on disk to articles in the store: read, clean, split, index, and report.

The service's ingest operation: it drives `ingest/` (readers, cleaning, chunking, event
extraction, which know nothing of the store) and writes what they produce into `store/`.

Each article is indexed whole or not at all; a failure is recorded with its reason and the
run goes on with the next file. Nothing already indexed is touched unless the same article
comes in changed.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tqdm import tqdm

from ingest.chunking import chunk_text
from ingest.clean import clean_article
from ingest.compressed import count_documents, is_jsonl, iter_jsonl_gz, read_gzip
from ingest.decoding import StorageFullError
from ingest.events import extract as event_extraction
from ingest.events.card import EventCard
from ingest.events.dates import find_dates
from ingest.events.dates import publication_date as dateline
from ingest.ids import check_article_id, id_from_path
from ingest.readers import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_UNZIPPED_BYTES,
    InputFile,
    RawDocument,
    ReadError,
    iter_input_files,
    read_file,
    read_jsonl,
)
from language.analyzer import detect_language
from language.sentences import split_sentences
from store.index import ArticleStore
from store.records import ArticleRecord, PassageSpan, content_hash, iso_day
from store.types import CUT_TITLE

log = logging.getLogger(__name__)

TITLE_WORDS = 14
MIN_SENTENCE_WORDS = 3  # shorter lines (bullets, bylines) say too little to match a question
# the file's own text is kept beside the cleaned one for reference only; nothing reads it back,
# and it rides in Chroma metadata that every listing loads, so only its start is kept
STORED_RAW_CHARS = 20_000


@dataclass(frozen=True)
class IngestLimits:
    """What one file may cost: bytes on disk, bytes once unzipped, characters of text."""

    max_bytes: int
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES
    max_chars: int = DEFAULT_MAX_CHARS


_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


@dataclass
class IngestReport:
    """What one ingest run did: ids added, updated, unchanged, and (item, reason) failures."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    repaired: int = 0  # orphan passages removed (an earlier run killed mid-article)

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
        self.repaired += other.repaired

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": [{"item": item, "reason": reason} for item, reason in self.failed],
            "repaired": self.repaired,
        }

    def summary_lines(self) -> list[str]:
        lines = [
            f"added {len(self.added)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)}"
        ]
        if self.repaired:
            lines.append(f"  repaired: removed orphan passages of {self.repaired} article(s)")
        lines += [f"  failed: {item}: {reason}" for item, reason in self.failed]
        return lines


def derive_title(text: str) -> str:
    """A title for an article that came without one: its first line when short, else its opening words."""
    first_line = text.strip().split("\n", 1)[0].strip()
    words = first_line.split()
    if 0 < len(words) <= TITLE_WORDS:
        return first_line
    return " ".join(words[:TITLE_WORDS]) + CUT_TITLE


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


def iso_date(value: str | None) -> str | None:
    """The ISO date (day or month precision) a date string starts with, else None."""
    match = _ISO_DATE.match((value or "").strip())
    return match.group(0) if match else None


def publication_date(doc: RawDocument, cleaned: str, title: str, default: str | None) -> str:
    """When the article was published: the source's own date (JSONL `date`, HTML meta, PDF or
    docx metadata), else a dateline in the text, else the date given at ingest (`--date`).

    Relative dates in the article ("الشهر المقبل", "اليوم") are resolved against it.
    """
    given = doc.date.strip()
    if given:
        # an ISO date is kept as the source gave it (with its time); another form the date
        # reader knows ("10 فبراير 2025", "Mon, 10 Feb 2025 08:00:00 GMT") becomes its ISO day
        return given if iso_date(given) else source_day(given) or given
    # cleaning may drop a dateline that sits in the page chrome ("2024 فبراير 28 - تم تعديله")
    return dateline(doc.text, title) or dateline(cleaned, title) or default or ""


def source_day(value: str) -> str | None:
    """The one full date a source's date field states, as an ISO day, else None."""
    days = {
        m.start_date
        for m in find_dates(value)
        if m.resolution == "absolute" and m.precision == "day" and m.start_date
    }
    return days.pop() if len(days) == 1 else None


@cache
def extractor_version() -> str:
    """A fingerprint of the extraction code and of this module, which feeds it: when either
    changes, unchanged articles are re-read for events at the next ingest (cheap: no passage
    is re-embedded)."""
    digest = hashlib.sha1()
    for path in [Path(__file__), *sorted(Path(event_extraction.__file__).parent.glob("*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def extract_article_events(record: ArticleRecord, title: str) -> list[EventCard]:
    """The events the article is about, read from the cleaned text that evidence indexes.

    `title` is the source's own title, or "" (a title derived from the text's first line
    would read the opening sentence twice). An extractor failure costs the article its cards,
    never its passages: it is logged.
    """
    try:
        return event_extraction.extract_events(
            record.doc_id,
            record.text,
            title=title,
            published=iso_date(record.date),
            lang=record.lang or "ar",
        )
    except Exception:
        log.exception("extracting events from %s", record.doc_id)
        return []


def build_record(
    doc: RawDocument,
    doc_id: str,
    source: str,
    chunker: Chunker,
    default_date: str | None = None,
) -> ArticleRecord:
    """Clean and split one document; raises ReadError when nothing indexable is left."""
    cleaned = clean_article(doc.text)
    if not cleaned.strip():
        raise ReadError("no text left after removing boilerplate")
    passages = chunker.split(cleaned)
    if not passages:
        raise ReadError("no passages after splitting")
    title = doc.title.strip() or derive_title(cleaned)
    return ArticleRecord(
        doc_id=doc_id,
        text=cleaned,
        title=title,
        source=doc.url or doc.source or source,
        date=publication_date(doc, cleaned, title, default_date),
        lang=doc.lang or detect_language(cleaned),
        raw=doc.text[:STORED_RAW_CHARS],
        content_hash=content_hash(cleaned),
        passages=passages,
        sentences=[
            PassageSpan(cleaned[a:b], a, b)
            for a, b in split_sentences(cleaned)
            if len(cleaned[a:b].split()) >= MIN_SENTENCE_WORDS
        ],
    )


def iter_documents(
    item: InputFile, limits: IngestLimits, label: str, report: IngestReport
) -> Iterator[tuple[str, RawDocument]]:
    """(doc_id, document) pairs of one file, streamed for .jsonl.gz; bad lines and bad ids go
    to `report` under `label`."""
    if is_jsonl(item.path):
        count = 0
        if item.path.suffix.lower() == ".gz":
            lines: Iterable[tuple[RawDocument | None, int, str]] = iter_jsonl_gz(
                item.path, limits.max_bytes
            )
        else:
            docs, bad_lines = read_jsonl(
                item.path, max_bytes=limits.max_bytes, max_chars=limits.max_chars
            )
            lines = [(d, d.line or 0, "") for d in docs] + [(None, n, r) for n, r in bad_lines]
        for doc, number, reason in lines:
            count += 1
            if doc is None:
                report.failed.append((f"{label}:{number}", reason))
                continue
            try:
                doc_id = (
                    check_article_id(doc.id)
                    if doc.id
                    else f"{id_from_path(item.rel_id)}/{doc.line}"
                )
            except ReadError as exc:
                report.failed.append((f"{label}:{doc.line}", f"bad id: {exc}"))
                continue
            yield doc_id, doc
        if not count:
            report.failed.append((label, "empty file"))
        return
    doc_id = id_from_path(item.rel_id)
    if item.path.suffix.lower() == ".gz":
        docs = read_gzip(item.path, limits.max_bytes)
    else:
        docs = read_file(
            item.path,
            max_bytes=limits.max_bytes,
            max_unzipped_bytes=limits.max_unzipped_bytes,
            max_chars=limits.max_chars,
        )
    for doc in docs:
        yield doc_id, doc


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
        except Exception as exc:
            if is_disk_full(exc):
                raise StorageFullError(
                    "the disk is full: free space and run the ingest again; what was "
                    "indexed before stays"
                ) from exc
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
    max_bytes: int | IngestLimits,
    progress: bool = True,
    replace: bool = False,
    default_date: str | None = None,
) -> IngestReport:
    """Ingest files and folders (recursively) into the store, a batch of articles at a time.

    A second run skips what is indexed already by content hash, without the embedder.
    `default_date` (ISO) is the publication date of articles that state none of their own.
    """
    limits = max_bytes if isinstance(max_bytes, IngestLimits) else IngestLimits(max_bytes)
    report = IngestReport()
    # passages a crashed (killed, out of disk) run left without their article record
    report.repaired = len(store.repair_orphans())
    if report.repaired:
        log.warning("removed orphan passages of %d article(s)", report.repaired)
    files, bad_paths = iter_input_files(paths)
    report.failed += bad_paths
    seen: dict[str, str] = {}
    bar = IngestProgress(files, enabled=progress)
    batch = IndexBatch(store, report, on_indexed=bar.indexed)
    try:
        for item in files:
            ingest_file(
                item, store, chunker, limits, report, seen,
                replace=replace, batch=batch, on_skipped=bar.skipped, default_date=default_date,
            )  # fmt: skip
        batch.flush()
    finally:
        bar.close()
    return report


def ingest_file(
    item: InputFile,
    store: ArticleStore,
    chunker: Chunker,
    limits: IngestLimits,
    report: IngestReport,
    seen: dict[str, str] | None = None,
    *,
    label: str | None = None,
    source: str | None = None,
    replace: bool = False,
    batch: IndexBatch | None = None,
    on_skipped: Callable[[], None] | None = None,
    default_date: str | None = None,
) -> None:
    """Read one file and index its articles; failures are reported under `label`.

    `label` and `source` default to the file's path; an upload passes its client-side name
    so neither a report nor a stored article shows a server temp path. `on_skipped` is
    called for each article that is unchanged or failed (the progress bar counts indexed
    ones when their batch is written).
    """
    label = label or str(item.path)
    try:
        for doc_id, doc in iter_documents(item, limits, label, report):
            done = len(report.unchanged) + len(report.failed)
            ingest_document(
                doc, doc_id, source or str(item.path), store, chunker, report, seen,
                label=f"{label}:{doc.line}" if doc.line else label, replace=replace,
                batch=batch, default_date=default_date,
            )  # fmt: skip
            if on_skipped and len(report.unchanged) + len(report.failed) > done:
                on_skipped()
    except ReadError as exc:
        report.failed.append((label, str(exc)))
    except StorageFullError:
        raise
    except Exception as exc:  # a reader bug must not stop the run
        log.exception("reading %s", item.path)
        report.failed.append((label, f"unexpected error: {exc}"))


def ingest_document(
    doc: RawDocument,
    doc_id: str,
    source: str,
    store: ArticleStore,
    chunker: Chunker,
    report: IngestReport,
    seen: dict[str, str] | None = None,
    *,
    label: str | None = None,
    replace: bool = False,
    batch: IndexBatch | None = None,
    default_date: str | None = None,
) -> None:
    """Index one document unless it is unchanged; record the outcome in `report`.

    An id already held by an article from another source is refused unless `replace`:
    one upload must not silently overwrite someone else's article. A full disk raises
    StorageFullError, so the run stops instead of failing every later article slowly.
    With a `batch`, the article is indexed when the batch is full or flushed.
    """
    label = label or (f"{source}:{doc.line}" if doc.line else source)
    seen = {} if seen is None else seen
    if doc_id in seen:
        report.failed.append((label, f"duplicate id {doc_id!r} (also from {seen[doc_id]})"))
        return
    seen[doc_id] = label
    try:
        record = build_record(doc, doc_id, source, chunker, default_date)
        old_hash = store.stored_hash(doc_id)
        if old_hash is not None and old_hash != record.content_hash and not replace:
            # identical text overwrites nothing (a resumed run from another file is fine);
            # different text under another source's id must be asked for
            _check_same_source(store, doc_id, record.source)
        if old_hash == record.content_hash:
            if store.events_version(doc_id) != extractor_version():
                store.replace_events(
                    doc_id,
                    extract_article_events(record, doc.title.strip()),
                    extractor_version(),
                    iso_day(record.date),
                )
            report.unchanged.append(doc_id)
            return
        record.events = extract_article_events(record, doc.title.strip())
        record.events_version = extractor_version()
        if batch is not None:
            batch.add(record, label, old_hash is not None)
            return
        store.upsert_article(record)
    except ReadError as exc:
        report.failed.append((label, str(exc)))
        return
    except Exception as exc:
        if is_disk_full(exc):
            raise StorageFullError(
                f"the disk is full (while indexing {doc_id!r}): free space and run the "
                "ingest again; what was indexed before stays"
            ) from exc
        log.exception("indexing %s", doc_id)
        report.failed.append((label, f"could not index: {exc}"))
        return
    (report.updated if old_hash is not None else report.added).append(doc_id)


def _check_same_source(store: ArticleStore, doc_id: str, source: str) -> None:
    existing = store.get_article(doc_id)
    if existing is not None and existing.source != source:
        raise ReadError(
            f"id {doc_id!r} is already used by an article from {existing.source!r}; "
            "replace it explicitly (upload with replace=true, or qimma ingest --replace)"
        )


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC, or SQLite's (Chroma's) "database or disk is full", anywhere in the cause chain."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(seen).lower()
        if "disk is full" in text or "no space left on device" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    return False
