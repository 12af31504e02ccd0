"""Errors the faces turn into messages and HTTP statuses.

The service raises these with a `kind`; only the HTTP API maps a kind to a status
(`qimma.api_errors.SERVICE_STATUS`), so the CLI and the web page never see HTTP codes.
"""

from ingest.decoding import StorageFullError

__all__ = [
    "InvalidIdError",
    "LLMError",
    "LimitError",
    "NotFoundError",
    "ServiceError",
    "StorageFullError",
    "UploadError",
]


class LLMError(RuntimeError):
    """The LLM server could not be reached or answered with an error (one-line message)."""


class NotFoundError(KeyError):
    """An article or conversation id that does not exist."""

    def __str__(self) -> str:
        return f"not found: {self.args[0]}" if self.args else "not found"


class ServiceError(ValueError):
    """A request the service refuses, with a one-line reason a user can act on.

    A ValueError so callers that already report bad input (the CLI's `qimma CMD: reason`)
    report these too. `kind` is one of: invalid, too_large, unsupported, unprocessable.
    """

    kind = "invalid"

    def __init__(self, message: str, kind: str | None = None):
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind


class LimitError(ServiceError):
    """A question, history or upload larger than the configured limit."""

    kind = "too_large"


class InvalidIdError(ServiceError):
    """An article or conversation id outside the documented character set or length."""

    kind = "unprocessable"


class UploadError(ServiceError):
    """An upload refused as a whole (too large, unusable name, unsupported type...)."""
