"""The library routes: upload, list, read and delete articles under `/v1/documents`.

Uploads are size-checked while they stream in and saved under sanitized names in a fresh temp
folder, so a client never chooses a path on the server.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import NotFoundError
from qimma.api_errors import ApiError
from qimma.api_models import Article, ArticleSummary, Deleted, DocumentList, public_source

MAX_FILES_PER_UPLOAD = 20
MULTIPART_OVERHEAD = 64 * 1024
COPY_CHUNK = 256 * 1024

UPLOAD_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                }
            }
        },
    }
}


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
        raise ApiError(400, f"unusable file name {name!r}")
    return stem + suffix


def article_dict(record) -> dict[str, Any]:
    return {
        "doc_id": record.doc_id,
        "title": record.title,
        "source": public_source(record.source),
        "date": record.date,
        "lang": record.lang,
        "chars": len(record.text),
        "text": record.text,
    }


async def _read_form(request: Request, limit: int):
    """Parse the multipart body, refusing (413) once more than `limit` bytes have arrived."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise ApiError(413, f"upload larger than {limit} bytes")
    received = 0
    receive = request.receive

    async def counting_receive():
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise ApiError(413, f"upload larger than {limit} bytes")
        return message

    counted = Request(request.scope, counting_receive)
    try:
        return await counted.form(max_files=MAX_FILES_PER_UPLOAD, max_fields=MAX_FILES_PER_UPLOAD)
    except StarletteHTTPException as exc:  # malformed multipart, too many files
        raise ApiError(400, str(exc.detail)) from exc


def _save_upload(
    upload: UploadFile, folder: Path, max_bytes: int, supported: tuple[str, ...]
) -> Path:
    """Copy one upload under `folder` with a sanitized name, checking its size while copying."""
    name = safe_filename(upload.filename or "")
    suffix = Path(name).suffix
    if suffix not in supported:
        raise ApiError(
            415,
            f"unsupported file type {suffix or '(none)'} (supported: {', '.join(supported)})",
            file=upload.filename,
        )
    folder.mkdir(parents=True)
    target = folder / name
    written = 0
    with target.open("wb") as out:
        while chunk := upload.file.read(COPY_CHUNK):
            written += len(chunk)
            if written > max_bytes:
                raise ApiError(
                    413, f"{name} is larger than {max_bytes} bytes", file=upload.filename
                )
            out.write(chunk)
    return target


def ingest_uploads(service, files: list[tuple[str, Any]]) -> dict[str, Any]:
    """Ingest (client name, binary file) pairs as the CLI would, from a fresh temp folder.

    Each file gets its own sub-folder, so equal names never overwrite each other; the article
    id is the sanitized stem. Shared by the API and the web page.
    """
    from ingest.readers import SUPPORTED_SUFFIXES

    tmp = Path(tempfile.mkdtemp(prefix="qimma-upload-"))
    try:
        saved = []
        for i, (name, handle) in enumerate(files):
            upload = UploadFile(handle, filename=name)
            saved.append(
                (name, _save_upload(upload, tmp / str(i), service.max_bytes, SUPPORTED_SUFFIXES))
            )
        report = service.ingest([path for _, path in saved])
        return _upload_report(report.to_dict(), saved, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _upload_report(report: dict, saved: list[tuple[str, Path]], tmp: Path) -> dict[str, Any]:
    """The IngestReport with temp paths replaced by file names, plus one result per file."""

    def local(label: str) -> str:
        for _, path in saved:
            label = label.replace(str(path), path.name)
        return label.replace(str(tmp), "")

    report["failed"] = [{**f, "item": local(f["item"])} for f in report["failed"]]
    results = []
    for name, path in saved:
        doc_id = path.stem
        reasons = [
            f["reason"]
            for f in report["failed"]
            if f["item"] == path.name or f["item"].startswith(path.name + ":")
        ]
        status = next((s for s in ("added", "updated", "unchanged") if doc_id in report[s]), None)
        status = status or ("failed" if reasons else "ingested")
        results.append(
            {
                "filename": name,
                "stored_as": path.name,
                "doc_id": doc_id,
                "status": status,
                "reasons": reasons,
            }
        )
    report["files"] = results
    return report


def documents_router(service) -> APIRouter:
    """The `/v1/documents` routes over one service."""
    router = APIRouter(prefix="/v1")

    @router.get("/documents", tags=["library"])
    def list_documents() -> DocumentList:
        docs = [ArticleSummary.of(d) for d in service.documents()]
        return DocumentList(documents=docs, count=len(docs))

    @router.post("/documents", tags=["library"], openapi_extra=UPLOAD_SCHEMA)
    async def upload_documents(request: Request) -> dict[str, Any]:
        """Upload and index files (multipart field `files`, one or more)."""
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise ApiError(415, "send the files as multipart/form-data (field 'files')")
        limit = service.max_bytes * MAX_FILES_PER_UPLOAD + MULTIPART_OVERHEAD
        form = await _read_form(request, limit)
        try:
            uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            if not uploads:
                raise ApiError(400, "no files: send them as multipart field 'files'")
            files = [(u.filename or "", u.file) for u in uploads]
            report = await run_in_threadpool(ingest_uploads, service, files)
        finally:
            await form.close()
        if not report["files"] or all(f["status"] == "failed" for f in report["files"]):
            raise ApiError(422, "no file could be indexed", report=report)
        return report

    @router.get("/documents/{doc_id:path}", tags=["library"])
    def get_document(doc_id: str) -> Article:
        """One article: title, source, date and cleaned text (citation offsets index this text)."""
        return Article(**article_dict(service.document(doc_id)))

    @router.delete("/documents/{doc_id:path}", tags=["library"])
    def delete_document(doc_id: str) -> Deleted:
        removed, _ = service.remove([doc_id])
        if not removed:
            raise NotFoundError(doc_id)
        return Deleted(deleted=doc_id)

    return router
