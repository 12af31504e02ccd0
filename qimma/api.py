"""Qimma's HTTP API: the app, its errors and auth, and the query and search routes.

Every route calls the one `QimmaService`; nothing here retrieves or answers. The OpenAI chat
adapter lives in `qimma.api_openai`, the library routes in `qimma.api_documents`. Sync routes
run in Starlette's threadpool, so concurrent requests are answered in parallel (no global lock).
Errors always come back as JSON `{"error": {"message", "type"}}`, never as a stack trace.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import APIRouter, Depends, FastAPI, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AliasChoices, BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import LLMError, NotFoundError, ServiceError, StorageFullError
from assistant.modes import AnswerMode
from qimma.api_documents import (
    COPY_CHUNK,
    MAX_FILES_PER_UPLOAD,
    MULTIPART_OVERHEAD,
    UPLOAD_SCHEMA,
    article_dict,
    documents_router,
    safe_filename,
)
from qimma.api_errors import (
    ERROR_TYPES,
    SERVICE_STATUS,
    ApiError,
    error_response,
    require_question,
)
from qimma.api_events import events_router
from qimma.api_limits import JsonBodyLimit
from qimma.api_models import Health, HitOut, QueryResponse, SearchResponse
from qimma.api_openai import (
    MODEL_ID,
    ChatMessage,
    ChatRequest,
    chat_turns,
    openai_router,
    sse_events,
    usage_of,
)

if TYPE_CHECKING:
    from assistant.service import QimmaService

# names other modules import from here, kept after the split into api_* modules
__all__ = [
    "COPY_CHUNK",
    "ERROR_TYPES",
    "MAX_FILES_PER_UPLOAD",
    "MODEL_ID",
    "MULTIPART_OVERHEAD",
    "UPLOAD_SCHEMA",
    "ApiError",
    "CatchAllErrors",
    "ChatMessage",
    "ChatRequest",
    "QueryRequest",
    "SearchRequest",
    "api_key_dependency",
    "article_dict",
    "chat_turns",
    "create_app",
    "error_response",
    "safe_filename",
    "sse_events",
]

log = logging.getLogger(__name__)
access_log = logging.getLogger("qimma.access")


# ------------------------------------------------------------------ request bodies
class QueryRequest(BaseModel):
    """`question` (or its alias `query`, the name /v1/search used first) and options."""

    question: str = Field(
        validation_alias=AliasChoices("question", "query"),
        description="The question, in Arabic or English (alias: `query`).",
    )
    conversation_id: str | None = Field(None, description="Continue this conversation.")
    k: int | None = Field(None, ge=1, le=50, description="Passages retrieved.")
    mode: AnswerMode | None = Field(None, description="Answerer.")


class SearchRequest(BaseModel):
    """`question` (or its alias `query`) and how many passages."""

    question: str = Field(
        validation_alias=AliasChoices("question", "query"),
        description="What to look for (alias: `query`).",
    )
    k: int = Field(5, ge=1, le=50, description="How many passages.")


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
def _install_error_handlers(app: FastAPI) -> None:  # noqa: C901 - one handler per error type, registered in one place
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

    @app.exception_handler(ServiceError)
    async def _refused(_: Request, exc: ServiceError):
        return error_response(SERVICE_STATUS.get(exc.kind, 400), exc.message)

    @app.exception_handler(StorageFullError)
    async def _disk_full(_: Request, exc: StorageFullError):
        return error_response(507, str(exc))

    @app.exception_handler(UnicodeError)
    async def _bad_text(_: Request, exc: UnicodeError):
        # a lone surrogate in a JSON string: say so, not the codec's internals
        return error_response(400, "the request contains text that is not valid Unicode")

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


class AccessLog:
    """One info line per request on the `qimma.access` logger: method, path, status, ms."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        status = 500

        async def recording_send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            ms = (time.perf_counter() - t0) * 1000
            access_log.info("%s %s %d %.0f ms", scope.get("method"), scope.get("path"), status, ms)


def create_app(service: QimmaService, access_log: bool = True) -> FastAPI:
    """The API over one service; `qimma.server` mounts the web page on the same app.

    With `access_log`, every request gets one info line on the `qimma.access` logger."""
    app = FastAPI(
        title="Qimma API",
        version="0.1.0",
        description="Answers about conferences and summits from news articles, with numbered, "
        "verified citations. `/v1/chat/completions` speaks OpenAI's protocol (model `qimma`).",
        docs_url="/docs",
    )
    _install_error_handlers(app)
    app.add_middleware(CatchAllErrors)
    app.add_middleware(JsonBodyLimit)
    app.state.service = service  # the evaluation routes find the service here
    if access_log:
        app.add_middleware(AccessLog)
    auth = api_key_dependency(service.settings.api_key)
    routers = (openai_router(service), _v1_router(service), documents_router(service))
    for router in (*routers, events_router(service)):
        app.include_router(router, dependencies=[Depends(auth)])
    _include_eval_router(app, auth)
    app.include_router(_unknown_v1_routes(), dependencies=[Depends(auth)])

    @app.get("/healthz", tags=["health"])
    def healthz() -> Health:
        """Liveness and what is being served (open even when an API key is set)."""
        return Health(status="ok", articles=len(service.documents()), mode=service.mode_label())

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


def _v1_router(service: QimmaService) -> APIRouter:
    router = APIRouter(prefix="/v1")

    @router.post("/query", tags=["qimma"])
    def query(body: QueryRequest) -> QueryResponse:
        """Answer one question (body `{"question": ...}`; `query` is accepted as an alias)."""
        require_question(body.question)
        answer = service.ask(
            body.question, conversation_id=body.conversation_id, mode=body.mode, k=body.k
        )
        return QueryResponse.of(answer, usage_of(answer, body.question))

    @router.post("/search", tags=["qimma"])
    def search(body: SearchRequest) -> SearchResponse:
        """The passages that best match, best first (body `{"question": ...}`; `query` is
        accepted as an alias)."""
        if not body.question.strip():
            raise ApiError(400, "the query is empty")
        hits = service.search(body.question, body.k)
        return SearchResponse(
            question=body.question,
            query=body.question,
            hits=[HitOut.of(i, h) for i, h in enumerate(hits, 1)],
        )

    return router
