"""A size limit on JSON request bodies, so no request makes the server parse megabytes.

Questions and history have their own, smaller limits in the service; this one stops a body
of a million tiny chat messages before pydantic builds them. Uploads (multipart) are bounded
by their own routes, and the web page's routes by Gradio.
"""

from __future__ import annotations

from qimma.api_errors import error_response

MAX_JSON_BYTES = 1024 * 1024


class JsonBodyLimit:
    """413 for a `/v1` JSON body over `limit` bytes: by Content-Length, or while it arrives."""

    def __init__(self, app, limit: int = MAX_JSON_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").startswith("/v1/"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        if headers.get(b"content-type", b"").startswith(b"multipart/"):
            return await self.app(scope, receive, send)
        message = f"request body larger than {self.limit} bytes"
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            return await error_response(413, message)(scope, receive, send)
        # read the (small) body here, so an oversize one is refused before the app sees it
        chunks: list[bytes] = []
        received = 0
        while True:
            event = await receive()
            if event["type"] != "http.request":
                return None  # the client left
            chunks.append(event.get("body", b""))
            received += len(chunks[-1])
            if received > self.limit:
                return await error_response(413, message)(scope, receive, send)
            if not event.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)
