"""Slow down key guessing: too many wrong keys from one client in a minute get 429.

An ASGI middleware, so it sees the API's 401s to a wrong key and the web page's failed
`/login` (Gradio answers a wrong password with 400) alike, without touching either. Each client (by IP) has
a sliding one-minute window of failures; at the limit every request from it that needs the
key (`/v1/...`, `/login`, the page's `/gradio_api/...`) is answered 429 with `Retry-After`
until the window has room again. Correct keys never count. Only active when a key is set.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque

from qimma.api_errors import error_response

WINDOW_S = 60.0
MAX_CLIENTS = 10_000  # forget the oldest clients beyond this, so memory stays bounded
GUARDED_PREFIXES = ("/v1/", "/login", "/gradio_api/")


class FailureWindow:
    """Failure times per client over the last minute; thread-safe."""

    def __init__(self, limit: int, window_s: float = WINDOW_S):
        self.limit = limit
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.get(client)
        if times is None:
            return deque()
        while times and now - times[0] > self.window_s:
            times.popleft()
        if not times:
            del self._failures[client]
        return times

    def retry_after(self, client: str, now: float | None = None) -> float:
        """Seconds until this client may try again (0 when it may now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            times = self._recent(client, now)
            if len(times) < self.limit:
                return 0.0
            return max(0.0, self.window_s - (now - times[-self.limit]))

    def record(self, client: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            times = self._recent(client, now)
            self._failures[client] = times
            times.append(now)
            if len(self._failures) > MAX_CLIENTS:
                self._failures.pop(next(iter(self._failures)))


class KeyThrottle:
    """Answers 429 to a client over its wrong-key budget; counts 401s and failed logins."""

    def __init__(self, app, limit: int):
        self.app = app
        self.window = FailureWindow(limit)

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith(GUARDED_PREFIXES):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.window.retry_after(client)
        if wait > 0:
            response = error_response(
                429,
                "too many wrong API keys from this address; try again later",
            )
            response.headers["Retry-After"] = str(math.ceil(wait))
            return await response(scope, receive, send)
        # a guess is a wrong password or a wrong bearer key; a request with no key at all
        # (the page's own calls before its login) is not one
        is_login = path.startswith("/login")
        sent_key = any(name == b"authorization" for name, _ in scope.get("headers") or [])

        async def watching_send(message):
            if message["type"] == "http.response.start":
                status = message["status"]
                if (is_login and status in (400, 401)) or (sent_key and status == 401):
                    self.window.record(client)
            await send(message)

        return await self.app(scope, receive, watching_send)
