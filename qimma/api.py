"""Qimma's HTTP API: an OpenAI-compatible chat endpoint plus query, search and library routes.

Every route calls the one `QimmaService`; nothing here retrieves or answers. Sync routes run in
Starlette's threadpool, so concurrent requests are answered in parallel (no global lock).
Errors always come back as JSON `{"error": {"message", "type"}}`, never as a stack trace.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.base import Turn
from assistant.errors import LLMError, NotFoundError
from assistant.types import Answer

log = logging.getLogger(__name__)

MODEL_ID = "qimma"
MAX_FILES_PER_UPLOAD = 20
MULTIPART_OVERHEAD = 64 * 1024
COPY_CHUNK = 256 * 1024

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    502: "upstream_error",
}


class ApiError(Exception):
    """An error with its HTTP status, sent as `{"error": {"message", "type", ...extra}}`."""

    def __init__(self, status: int, message: str, **extra: Any):
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    body = {"error": {"message": message, "type": ERROR_TYPES.get(status, "server_error"), **extra}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


# ------------------------------------------------------------------ request bodies
class QueryRequest(BaseModel):
    question: str = Field(description="The question, in Arabic or English.")
    conversation_id: str | None = Field(None, description="Continue this conversation.")
    k: int | None = Field(None, ge=1, le=50, description="Passages retrieved.")
    mode: Literal["auto", "offline", "llm"] | None = Field(None, description="Answerer.")


class SearchRequest(BaseModel):
    query: str = Field(description="What to look for.")
    k: int = Field(5, ge=1, le=50, description="How many passages.")


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):  # OpenAI content parts: keep the text ones
            return "".join(p.get("text", "") for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    """OpenAI's chat request; sampling options are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    conversation_id: str | None = None
    k: int | None = Field(None, ge=1, le=50)
    mode: Literal["auto", "offline", "llm"] | None = None


# ------------------------------------------------------------------ helpers
def chat_turns(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The question (last user message) and the earlier user/assistant pairs as history."""
    if messages[-1].role != "user":
        raise ApiError(400, "the last message must come from the user")
    turns: list[Turn] = []
    pending: str | None = None
    for message in messages[:-1]:
        if message.role == "user":
            pending = message.text()
        elif message.role == "assistant" and pending is not None:
            turns.append(Turn(pending, message.text()))
            pending = None
    return messages[-1].text(), turns


def _require_question(text: str) -> str:
    if not text.strip():
        raise ApiError(400, "the question is empty")
    return text


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
        "source": record.source,
        "date": record.date,
        "lang": record.lang,
        "chars": len(record.text),
        "text": record.text,
    }


def _usage(answer: Answer) -> dict[str, int]:
    prompt = int(answer.usage.get("prompt_tokens", 0))
    completion = int(answer.usage.get("completion_tokens", 0))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _qimma_fields(answer: Answer) -> dict[str, Any]:
    """What Qimma adds to OpenAI's objects: the citations and whether it refused."""
    data = answer.to_dict()
    return {k: data[k] for k in ("citations", "refused", "conversation_id", "mode", "short_answer")}


class _Completion:
    """Builds chat.completion and chat.completion.chunk objects sharing one id."""

    def __init__(self) -> None:
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())

    def _base(self, obj: str) -> dict[str, Any]:
        return {"id": self.id, "object": obj, "created": self.created, "model": MODEL_ID}

    def whole(self, answer: Answer) -> dict[str, Any]:
        message = {"role": "assistant", "content": answer.answer}
        choice = {"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}
        return {
            **self._base("chat.completion"),
            "choices": [choice],
            "usage": _usage(answer),
            **_qimma_fields(answer),
        }

    def chunk(self, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        body = {**self._base("chat.completion.chunk"), "choices": [choice], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def sse_events(first: str | Answer | None, rest: Iterator[str | Answer]) -> Iterator[str]:
    """The answer as OpenAI SSE chunks; the last carries citations, refused and the final text.

    The final text can differ from the streamed one (markers renumbered, a failed check turned
    into the refusal), so clients that show citations should use the final chunk's `answer`.
    """
    completion = _Completion()
    yield completion.chunk({"role": "assistant", "content": ""})
    try:
        for item in _chain([] if first is None else [first], rest):
            if isinstance(item, Answer):
                yield completion.chunk(
                    {}, "stop", answer=item.answer, usage=_usage(item), **_qimma_fields(item)
                )
            elif item:
                yield completion.chunk({"content": item})
    except LLMError as exc:
        yield f"data: {json.dumps({'error': {'message': str(exc), 'type': ERROR_TYPES[502]}})}\n\n"
    except Exception:
        log.exception("streaming an answer")
        yield f"data: {json.dumps({'error': {'message': 'internal error', 'type': 'server_error'}})}\n\n"
    yield "data: [DONE]\n\n"


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


# ------------------------------------------------------------------ uploads
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


# ------------------------------------------------------------------ auth
def api_key_dependency(api_key: str | None) -> Callable:
    """A dependency that demands `Authorization: Bearer <key>` when a key is configured."""
    bearer = HTTPBearer(auto_error=False, description="The server's QIMMA_API_KEY, when set.")

    # a default, not Annotated: with postponed annotations a closure variable cannot be resolved
    def check(
        credentials: HTTPAuthorizationCredentials | None = Security(bearer),  # noqa: B008
    ) -> None:
        if not api_key:
            return
        given = credentials.credentials if credentials else ""
        if not hmac.compare_digest(given.encode(), api_key.encode()):
            raise ApiError(401, "missing or wrong API key (send Authorization: Bearer <key>)")

    return check


# ------------------------------------------------------------------ the app
def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError):
        return error_response(exc.status, exc.message, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError):
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, "the request body is not valid JSON")
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in errors
        )
        return error_response(422, detail or "invalid request")

    @app.exception_handler(NotFoundError)
    async def _not_found(_: Request, exc: NotFoundError):
        return error_response(404, str(exc))

    @app.exception_handler(LLMError)
    async def _llm_error(_: Request, exc: LLMError):
        return error_response(502, f"the LLM server failed: {exc}")

    @app.exception_handler(ValueError)
    async def _bad_value(_: Request, exc: ValueError):
        return error_response(400, str(exc))


class CatchAllErrors:
    """Any exception no handler claimed becomes a logged, JSON 500 with no details.

    A middleware rather than an `Exception` handler: Starlette re-raises after such a handler,
    and uvicorn then drops the client's keep-alive connection.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late for a status: end the response
                raise
            await error_response(500, "internal server error")(scope, receive, send)


def create_app(service) -> FastAPI:
    """The API over one service; `qimma.server` mounts the web page on the same app."""
    app = FastAPI(
        title="Qimma API",
        version="0.1.0",
        description="Answers about conferences and summits from news articles, with numbered, "
        "verified citations. `/v1/chat/completions` speaks OpenAI's protocol (model `qimma`).",
        docs_url="/docs",
    )
    _install_error_handlers(app)
    app.add_middleware(CatchAllErrors)
    auth = api_key_dependency(service.settings.api_key)
    app.include_router(_v1_router(service), dependencies=[Depends(auth)])
    _include_eval_router(app, auth)
    app.include_router(_unknown_v1_routes(), dependencies=[Depends(auth)])

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, Any]:
        """Liveness and what is being served (open even when an API key is set)."""
        return {"status": "ok", "articles": len(service.documents()), "mode": service.mode_label()}

    return app


def _include_eval_router(app: FastAPI, auth: Callable) -> None:
    try:
        from qimma.api_eval import router
    except ImportError:  # the evaluator is optional
        return
    paths = [getattr(r, "path", "") for r in router.routes]
    prefix = "" if any(p.startswith("/v1/") for p in paths) else "/v1"
    app.include_router(router, prefix=prefix, dependencies=[Depends(auth)])


def _unknown_v1_routes() -> APIRouter:
    """A JSON 404 for any other /v1 path (included last, so the web page never answers them)."""
    router = APIRouter(prefix="/v1", include_in_schema=False)

    @router.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    def unknown(path: str):
        raise ApiError(404, f"no such API route: /v1/{path}")

    return router


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


def _v1_router(service) -> APIRouter:
    router = APIRouter(prefix="/v1")

    @router.get("/models", tags=["openai"])
    def list_models() -> dict[str, Any]:
        model = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "qimma"}
        return {"object": "list", "data": [model]}

    @router.post("/chat/completions", tags=["openai"])
    def chat_completions(body: ChatRequest):
        """OpenAI-compatible chat; the reply carries `citations` and `refused` besides `choices`."""
        if body.model != MODEL_ID:
            raise ApiError(404, f"unknown model {body.model!r} (this server serves {MODEL_ID!r})")
        question, turns = chat_turns(body.messages)
        _require_question(question)
        history = turns if turns or not body.conversation_id else None
        kwargs = {
            "conversation_id": body.conversation_id,
            "history": history,
            "mode": body.mode,
            "k": body.k,
        }
        if not body.stream:
            return _Completion().whole(service.ask(question, **kwargs))
        items = service.ask_stream(question, **kwargs)
        first = next(items, None)  # errors before the first token get a proper status
        return StreamingResponse(
            sse_events(first, items),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache"},
        )

    @router.post("/query", tags=["qimma"])
    def query(body: QueryRequest) -> dict[str, Any]:
        """Answer one question: `{answer, refused, citations, mode, timings, conversation_id}`."""
        _require_question(body.question)
        answer = service.ask(
            body.question, conversation_id=body.conversation_id, mode=body.mode, k=body.k
        )
        return {"question": answer.question, **answer.to_dict()}

    @router.post("/search", tags=["qimma"])
    def search(body: SearchRequest) -> dict[str, Any]:
        """The passages that best match, best first."""
        if not body.query.strip():
            raise ApiError(400, "the query is empty")
        hits = service.search(body.query, body.k)
        return {
            "query": body.query,
            "hits": [{"rank": i, **h.to_dict()} for i, h in enumerate(hits, 1)],
        }

    @router.get("/documents", tags=["library"])
    def list_documents() -> dict[str, Any]:
        docs = [d.to_dict() for d in service.documents()]
        return {"documents": docs, "count": len(docs)}

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
    def get_document(doc_id: str) -> dict[str, Any]:
        """One article: title, source, date and cleaned text (citation offsets index this text)."""
        return article_dict(service.document(doc_id))

    @router.delete("/documents/{doc_id:path}", tags=["library"])
    def delete_document(doc_id: str) -> dict[str, Any]:
        removed, _ = service.remove([doc_id])
        if not removed:
            raise NotFoundError(doc_id)
        return {"deleted": doc_id}

    return router
