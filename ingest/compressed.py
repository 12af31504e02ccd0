"""Gzip-compressed inputs: `.jsonl.gz` streamed line by line, other `.gz` read in memory.

A news archive comes as one big `.jsonl.gz`; unpacking it first would double the disk it
needs and reading it whole would hold every article in memory. Lines are decompressed and
parsed one at a time, so memory stays bounded by the ingest batch, whatever the file size.
"""

from __future__ import annotations

import gzip
import io
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from ingest.decoding import ReadError
from ingest.readers import RawDocument, _jsonl_document, read_file

_CHUNK = 1 << 20


def inner_suffix(path: Path) -> str:
    """The format under the compression: '.jsonl' for 'news.jsonl.gz'."""
    return Path(path.stem).suffix.lower() if path.suffix.lower() == ".gz" else ""


def is_jsonl(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix == ".jsonl" or (suffix == ".gz" and inner_suffix(path) == ".jsonl")


def iter_jsonl_gz(path: Path, max_bytes: int) -> Iterator[tuple[RawDocument | None, int, str]]:
    """(document, line number, '') per good line, (None, line number, reason) per bad one.

    `max_bytes` bounds each line (one article), not the file.
    """
    try:
        with gzip.open(path, "rb") as raw:
            for number, line in enumerate(raw, start=1):
                if not line.strip():
                    continue
                if len(line) > max_bytes:
                    yield None, number, f"line longer than {max_bytes} bytes"
                    continue
                try:
                    yield _jsonl_document(line.decode("utf-8"), number), number, ""
                except UnicodeDecodeError:
                    yield None, number, "not UTF-8"
                except ReadError as exc:
                    yield None, number, str(exc)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(f"not a readable gzip file: {exc}") from None


def read_gzip(path: Path, max_bytes: int) -> list[RawDocument]:
    """A single compressed document (.txt.gz, .md.gz, .html.gz, .pdf.gz, .docx.gz)."""
    data = io.BytesIO()
    try:
        with gzip.open(path, "rb") as raw:
            while chunk := raw.read(_CHUNK):
                data.write(chunk)
                if data.tell() > max_bytes:
                    raise ReadError(f"more than {max_bytes} bytes once decompressed")
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(f"not a readable gzip file: {exc}") from None
    # the readers take a path (PDF and DOCX parsers need to seek): one small temporary file
    with tempfile.TemporaryDirectory(prefix="qimma-gz-") as folder:
        inner = Path(folder) / Path(path.stem).name
        inner.write_bytes(data.getvalue())
        return read_file(inner, max_bytes=max_bytes)


def count_documents(path: Path) -> int:
    """Articles in a file, for the progress bar: lines of a JSON Lines file, else one."""
    if not is_jsonl(path):
        return 1
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except (OSError, EOFError, zlib.error):
        return 1
