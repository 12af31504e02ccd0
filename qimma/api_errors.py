"""The API's one error shape, shared by every route module so none imports `qimma.api`."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limit_error",
    502: "upstream_error",
    507: "insufficient_storage",
}

# the service's error kinds (assistant.errors.ServiceError.kind) as HTTP statuses
SERVICE_STATUS = {
    "invalid": 400,
    "too_large": 413,
    "unsupported": 415,
    "unprocessable": 422,
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


def require_question(text: str) -> str:
    if not text.strip():
        raise ApiError(400, "the question is empty")
    return text
