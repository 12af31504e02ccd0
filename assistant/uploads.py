"""Uploaded files into the index: one service operation shared by the API, the page and the CLI.

Files are copied under sanitized names into a fresh `qimma-upload-*` temp folder (size-checked
while copied, the request's total bounded too), then ingested one by one with the client's
name as their label and source, so no report or stored article shows a server path. Folders
left by a killed server are removed on the next start (`clean_stale_upload_dirs`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from assistant.errors import UploadError
from assistant.indexing import IngestReport

# how an uploaded article records where it came from: "upload:<file name as sent>"
UPLOAD_SOURCE = "upload:"
MAX_FILES_PER_UPLOAD = 20
COPY_CHUNK = 256 * 1024
UPLOAD_PREFIX = "qimma-upload-"
STALE_AFTER_S = 10 * 60
_PID_FILE = ".owner"


@dataclass
class UploadedFile:
    """What happened to one uploaded file."""

    filename: str
    stored_as: str
    doc_id: str
    status: str  # added, updated, unchanged, ingested (a .jsonl), failed
    reasons: list[str] = field(default_factory=list)


@dataclass
class UploadReport:
    """The ingest report of an upload plus one result per file, in upload order."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    files: list[UploadedFile] = field(default_factory=list)

    @property
    def all_failed(self) -> bool:
        return not self.files or all(f.status == "failed" for f in self.files)

    def to_dict(self) -> dict:
        return asdict(self)


def safe_filename(name: str) -> str:
    """A file name safe to join to a folder: no directories, no `..`, no odd characters.

    The client's name is never used as a path; the stem (the article id) keeps Arabic letters.
    """
    base = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = base.strip().lstrip(".")
    dot = base.rfind(".")
    stem, suffix = (base[:dot], base[dot:]) if dot > 0 else (base, "")
    stem = re.sub(r"[^\w\-]+", "-", stem).strip("-_")[:100]
    suffix = re.sub(r"[^\w.]", "", suffix.lower())
    if not stem:
        raise UploadError(f"unusable file name {name!r}")
    return stem + suffix


def new_upload_dir() -> Path:
    """A fresh temp folder marked with this process id, so a later start knows it is stale."""
    folder = Path(tempfile.mkdtemp(prefix=UPLOAD_PREFIX))
    (folder / _PID_FILE).write_text(str(os.getpid()), encoding="ascii")
    return folder


def clean_stale_upload_dirs(older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove upload folders that a killed server left: owner gone, or older than the limit."""
    removed = []
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(f"{UPLOAD_PREFIX}*"):
        try:
            age = now - folder.stat().st_mtime
            owner = int((folder / _PID_FILE).read_text(encoding="ascii") or 0)
        except (OSError, ValueError):
            age, owner = now, 0
        if not folder.is_dir() or (_alive(owner) and age < older_than_s):
            continue
        if owner == os.getpid() and age < older_than_s:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def save_uploads(
    files: Sequence[tuple[str, BinaryIO]],
    folder: Path,
    max_bytes: int,
    max_total_bytes: int,
    supported: tuple[str, ...],
) -> list[tuple[str, Path | None, str]]:
    """Copy each (client name, file) under `folder`; (name, saved path or None, reason).

    A second file whose sanitized name equals an earlier one is not saved: it is refused
    with a reason, never reported as added and silently dropped.
    """
    if not files:
        raise UploadError("no files: send them as multipart field 'files'")
    if len(files) > MAX_FILES_PER_UPLOAD:
        raise UploadError(
            f"{len(files)} files in one upload (at most {MAX_FILES_PER_UPLOAD})", kind="too_large"
        )
    names = [safe_filename(name) for name, _ in files]
    for (client_name, _), stored in zip(files, names, strict=True):
        suffix = Path(stored).suffix
        if suffix not in supported:
            raise UploadError(
                f"unsupported file type {suffix or '(none)'} in {client_name!r} "
                f"(supported: {', '.join(supported)})",
                kind="unsupported",
            )
    saved: list[tuple[str, Path | None, str]] = []
    seen: dict[str, str] = {}
    total = 0
    for (name, handle), stored in zip(files, names, strict=True):
        key = stored.casefold()
        if key in seen:
            reason = f"same name as {seen[key]!r} earlier in this upload: rename one and resend it"
            saved.append((name, None, reason))
            continue
        seen[key] = name
        target = folder / stored
        written = 0
        with target.open("wb") as out:
            while chunk := handle.read(COPY_CHUNK):
                written += len(chunk)
                total += len(chunk)
                if written > max_bytes:
                    raise UploadError(
                        f"{stored} is larger than {max_bytes} bytes", kind="too_large"
                    )
                if total > max_total_bytes:
                    raise UploadError(
                        f"the upload is larger than {max_total_bytes} bytes in all "
                        "(QIMMA_MAX_REQUEST_MB): send fewer files at once",
                        kind="too_large",
                    )
                out.write(chunk)
        saved.append((name, target, ""))
    return saved


def file_result(name: str, path: Path | None, reason: str, report: IngestReport) -> UploadedFile:
    """One file's outcome, read from the ingest report of that file alone."""
    stored = path.name if path is not None else safe_filename(name)
    doc_id = Path(stored).stem
    if path is None:
        return UploadedFile(name, stored, doc_id, "failed", [reason])
    reasons = [
        why if item == stored else f"line {item.removeprefix(stored + ':')}: {why}"
        for item, why in report.failed
    ]
    ids = report.added + report.updated + report.unchanged
    if len(ids) == 1:
        doc_id = ids[0]
    status = next(
        (s for s, got in (("added", report.added), ("updated", report.updated),
                          ("unchanged", report.unchanged)) if got),
        "failed",
    )  # fmt: skip
    if status != "failed" and path.suffix == ".jsonl" and len(ids) > 1:
        status = "ingested"
    return UploadedFile(name, stored, doc_id, status, reasons)
