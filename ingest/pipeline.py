"""From paths on disk to articles in the store: read, clean, split, index, and report.

Each article is indexed whole or not at all; a failure is recorded with its reason and the
run goes on with the next file. Nothing already indexed is touched unless the same article
comes in changed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tqdm import tqdm

from ingest.arabic import detect_language
from ingest.chunking import chunk_text, split_sentences
from ingest.clean import clean_article
from ingest.events import extract as event_extraction
from ingest.events.card import EventCard
from ingest.events.dates import publication_date as dateline
from ingest.readers import (
    InputFile,
    RawDocument,
    ReadError,
    iter_input_files,
    read_file,
    read_jsonl,
)
from store.index import ArticleRecord, ArticleStore, PassageSpan, content_hash, iso_day

log = logging.getLogger(__name__)

TITLE_WORDS = 14
MIN_SENTENCE_WORDS = 3  # shorter lines (bullets, bylines) say too little to match a question
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


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


def iso_date(value: str | None) -> str | None:
    """The ISO date (day or month precision) a date string starts with, else None."""
    match = _ISO_DATE.match((value or "").strip())
    return match.group(0) if match else None


def publication_date(doc: RawDocument, cleaned: str, title: str, default: str | None) -> str:
    """When the article was published: the source's own date (JSONL `date`, HTML meta, PDF or
    docx metadata), else a dateline in the text, else the date given at ingest (`--date`).

    Relative dates in the article ("الشهر المقبل", "اليوم") are resolved against it.
    """
    if doc.date.strip():
        return doc.date.strip()
    # cleaning may drop a dateline that sits in the page chrome ("2024 فبراير 28 - تم تعديله")
    return dateline(doc.text, title) or dateline(cleaned, title) or default or ""


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
        raw=doc.text,
        content_hash=content_hash(cleaned),
        passages=passages,
        sentences=[
            PassageSpan(cleaned[a:b], a, b)
            for a, b in split_sentences(cleaned)
            if len(cleaned[a:b].split()) >= MIN_SENTENCE_WORDS
        ],
    )


def _documents_of(
    item: InputFile, max_bytes: int
) -> tuple[list[tuple[str, RawDocument]], list[tuple[str, str]]]:
    """(doc_id, document) pairs of one file, and per-item failures."""
    label = str(item.path)
    if item.path.suffix.lower() == ".jsonl":
        docs, bad_lines = read_jsonl(item.path, max_bytes=max_bytes)
        failures = [(f"{label}:{line}", reason) for line, reason in bad_lines]
        if not docs and not bad_lines:
            failures.append((label, "empty file"))
        pairs = [(d.id or f"{item.rel_id}/{d.line}", d) for d in docs]
        return pairs, failures
    docs = read_file(item.path, max_bytes=max_bytes)
    return [(item.rel_id, d) for d in docs], []


def ingest_paths(
    paths: Iterable[str | Path],
    store: ArticleStore,
    chunker: Chunker,
    max_bytes: int,
    progress: bool = True,
    default_date: str | None = None,
) -> IngestReport:
    """Ingest files and folders (recursively) into the store, one article at a time.

    `default_date` (ISO) is the publication date of articles that state none of their own.
    """
    report = IngestReport()
    files, bad_paths = iter_input_files(paths)
    report.failed += bad_paths
    seen: dict[str, str] = {}
    for item in tqdm(files, desc="ingest", unit="file", disable=not progress or len(files) < 2):
        try:
            pairs, failures = _documents_of(item, max_bytes)
        except ReadError as exc:
            report.failed.append((str(item.path), str(exc)))
            continue
        except Exception as exc:  # a reader bug must not stop the run
            log.exception("reading %s", item.path)
            report.failed.append((str(item.path), f"unexpected error: {exc}"))
            continue
        report.failed += failures
        for doc_id, doc in pairs:
            ingest_document(doc, doc_id, str(item.path), store, chunker, report, seen, default_date)
    return report


def ingest_document(
    doc: RawDocument,
    doc_id: str,
    source: str,
    store: ArticleStore,
    chunker: Chunker,
    report: IngestReport,
    seen: dict[str, str] | None = None,
    default_date: str | None = None,
) -> None:
    """Index one document unless it is unchanged; record the outcome in `report`."""
    label = f"{source}:{doc.line}" if doc.line else source
    seen = {} if seen is None else seen
    if doc_id in seen:
        report.failed.append((label, f"duplicate id {doc_id!r} (also from {seen[doc_id]})"))
        return
    seen[doc_id] = label
    try:
        record = build_record(doc, doc_id, source, chunker, default_date)
        old_hash = store.stored_hash(doc_id)
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
        store.upsert_article(record)
    except ReadError as exc:
        report.failed.append((label, str(exc)))
        return
    except Exception as exc:
        log.exception("indexing %s", doc_id)
        report.failed.append((label, f"could not index: {exc}"))
        return
    (report.updated if old_hash is not None else report.added).append(doc_id)
