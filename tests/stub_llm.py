"""A real OpenAI-compatible chat server for tests, with replies the test scripts.

The LLM answerer talks to it through the ordinary `openai` client over HTTP, so tests
exercise the same code path as a vLLM/Ollama/OpenAI deployment: request building, SSE
streaming, usage accounting and error statuses. Nothing here knows it runs under pytest.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL_ID = "stub-model"

Responder = Callable[[dict[str, Any]], str]


@dataclass
class StubReply:
    """One scripted reply: its text (or a function of the request), HTTP status and delays.

    `delay` is waited before answering; `pace` between streamed deltas (a model's speed).
    """

    content: str | Responder
    status: int = 200
    delay: float = 0.0
    pace: float = 0.0


def _pieces(text: str) -> list[str]:
    """Stream deltas: one word (with its trailing space) at a time, like a real tokenizer."""
    return re.findall(r"\S+\s*|\s+", text) or [""]


def _count(text: str) -> int:
    return len(text.split())


class StubLLM:
    """Scripted OpenAI-compatible server on 127.0.0.1; `enqueue` replies, read `requests`."""

    def __init__(self) -> None:
        self._queue: deque[StubReply] = deque()
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.responder: Responder | None = None
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------- scripting
    def enqueue(
        self, content: str | Responder, status: int = 200, delay: float = 0.0, pace: float = 0.0
    ) -> None:
        """Queue the next reply; a non-200 status sends an OpenAI-style error with this text."""
        with self._lock:
            self._queue.append(StubReply(content, status, delay, pace))

    def reset(self) -> None:
        """Forget queued replies, the responder and recorded requests."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.headers.clear()
            self.responder = None

    def _next(self, body: dict[str, Any], headers: dict[str, str]) -> StubReply:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            if self._queue:
                return self._queue.popleft()
            if self.responder is not None:
                return StubReply(self.responder)
        return StubReply("stub: no reply queued", status=500)

    # -------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        assert self._server is not None, "stub server not started"
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}/v1"

    def start(self) -> StubLLM:
        """Serve on a free port in a daemon thread."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> StubLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _handler_for(stub: StubLLM) -> type[BaseHTTPRequestHandler]:  # noqa: C901 - the stub server routes each scripted case in one place
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep quiet
            pass

        def _send_json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                model = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "stub"}
                self._send_json(200, {"object": "list", "data": [model]})
            else:
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})
                return
            reply = stub._next(body, {k.lower(): v for k, v in self.headers.items()})
            if reply.delay:
                time.sleep(reply.delay)
            text = reply.content(body) if callable(reply.content) else reply.content
            if reply.status != 200:
                error = {"message": text, "type": "stub_error", "code": reply.status}
                self._send_json(reply.status, {"error": error})
            elif body.get("stream"):
                self._stream(body, text, reply.pace)
            else:
                self._send_json(200, _completion(body, text))

        def _stream(self, body: dict[str, Any], text: str, pace: float) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            base = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0}
            base["model"] = body.get("model", MODEL_ID)
            first = {"index": 0, "delta": {"role": "assistant", "content": ""}}
            events = [{**base, "choices": [first]}]
            for piece in _pieces(text):
                events.append({**base, "choices": [{"index": 0, "delta": {"content": piece}}]})
            events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            if (body.get("stream_options") or {}).get("include_usage"):
                events.append({**base, "choices": [], "usage": _usage(body, text)})
            for event in events:
                self.wfile.write(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()
                if pace and event["choices"] and event["choices"][0]["delta"].get("content"):
                    time.sleep(pace)
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    prompt = sum(_count(str(m.get("content", ""))) for m in body.get("messages", []))
    completion = _count(text)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    message = {"role": "assistant", "content": text}
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", MODEL_ID),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": _usage(body, text),
    }
