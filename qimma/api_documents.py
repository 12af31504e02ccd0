"""The library routes: upload, list, read and delete articles under `/v1/documents`.

The request body is size-checked while it streams in (all files together); saving and
indexing the files is the service's `ingest_uploads`, whose errors become statuses here.
"""

from __future__ import annotations

from typing import Any

import anyio.from_thread
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import NotFoundError
from assistant.uploads import COPY_CHUNK, MAX_FILES_PER_UPLOAD, safe_filename
from qimma.api_errors import ApiError
from qimma.api_models import (
    Article,
    ArticleSummary,
    Deleted,
    DocumentList,
    UploadResponse,
    public_source,
)

__all__ = ["COPY_CHUNK", "MAX_FILES_PER_UPLOAD", "documents_router", "safe_filename"]

MULTIPART_OVERHEAD = 64 * 1024

UPLOAD_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "replace": {
                            "type": "boolean",
                            "description": "Replace articles whose id belongs to another source.",
                        },
                    },
                }
            }
        },
    }
}


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
        return await counted.form(
            max_files=MAX_FILES_PER_UPLOAD, max_fields=MAX_FILES_PER_UPLOAD + 1
        )
    except StarletteHTTPException as exc:  # malformed multipart, too many files
        raise ApiError(400, str(exc.detail)) from exc


def documents_router(service) -> APIRouter:
    """The `/v1/documents` routes over one service."""
    router = APIRouter(prefix="/v1")

    @router.get("/documents", tags=["library"])
    def list_documents() -> DocumentList:
        docs = [ArticleSummary.of(d) for d in service.documents()]
        return DocumentList(documents=docs, count=len(docs))

    @router.post("/documents", tags=["library"], openapi_extra=UPLOAD_SCHEMA)
    async def upload_documents(request: Request) -> UploadResponse:
        """Upload and index files (multipart field `files`, one or more; `replace=true` to
        replace articles whose id belongs to another source)."""
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise ApiError(415, "send the files as multipart/form-data (field 'files')")
        limit = int(service.settings.max_request_mb * 1024 * 1024) + MULTIPART_OVERHEAD
        form = await _read_form(request, limit)
        try:
            uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            if not uploads:
                raise ApiError(400, "no files: send them as multipart field 'files'")
            replace = str(form.get("replace") or request.query_params.get("replace") or "")
            files = [(u.filename or "", u.file) for u in uploads]

            def client_gone() -> bool:  # asked from the worker thread between files
                return anyio.from_thread.run(request.is_disconnected)

            report = await run_in_threadpool(
                service.ingest_uploads,
                files,
                replace.lower() in ("1", "true", "yes"),
                client_gone,
            )
        finally:
            await form.close()
        if report.all_failed:
            raise ApiError(422, "no file could be indexed", report=report.to_dict())
        return UploadResponse.of(report)

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
