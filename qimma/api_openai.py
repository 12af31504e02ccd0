"""OpenAI's chat-completions protocol over the service, so existing OpenAI clients work unchanged.

Qimma's citations and refusal ride along as extra fields on OpenAI's objects.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.base import Turn
from assistant.errors import LLMError
from assistant.modes import AnswerMode
from assistant.types import Answer
from qimma.api_errors import ERROR_TYPES, ApiError, require_question
from qimma.api_models import ChatCompletion, ModelCard, ModelList, public_citations

log = logging.getLogger(__name__)

MODEL_ID = "qimma"


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
    mode: AnswerMode | None = None


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


def usage_of(answer: Answer, prompt_text: str = "") -> dict[str, int]:
    """Tokens of the exchange: the LLM server's count when it gave one, else cl100k (tiktoken)
    counts of what the client sent (`prompt_text`) and of the answer, as offline answers have."""
    from language.tokens import count_tokens

    prompt = int(answer.usage.get("prompt_tokens", 0)) or count_tokens(prompt_text)
    completion = int(answer.usage.get("completion_tokens", 0)) or count_tokens(answer.answer)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _qimma_fields(answer: Answer) -> dict[str, Any]:
    """What Qimma adds to OpenAI's objects: the citations and whether it refused."""
    data = answer.to_dict()
    data["citations"] = public_citations(answer)
    return {k: data[k] for k in ("citations", "refused", "conversation_id", "mode", "short_answer")}


class _Completion:
    """Builds chat.completion and chat.completion.chunk objects sharing one id."""

    def __init__(self) -> None:
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())

    def _base(self, obj: str) -> dict[str, Any]:
        return {"id": self.id, "object": obj, "created": self.created, "model": MODEL_ID}

    def whole(self, answer: Answer, prompt_text: str = "") -> dict[str, Any]:
        message = {"role": "assistant", "content": answer.answer}
        choice = {"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}
        return {
            **self._base("chat.completion"),
            "choices": [choice],
            "usage": usage_of(answer, prompt_text),
            **_qimma_fields(answer),
        }

    def chunk(self, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        body = {**self._base("chat.completion.chunk"), "choices": [choice], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def sse_events(
    first: str | Answer | None, rest: Iterator[str | Answer], prompt_text: str = ""
) -> Iterator[str]:
    """The answer as OpenAI SSE chunks; the last carries citations, refused and the final text.

    The content deltas joined are exactly the final `answer`: answerers stream only checked
    text, with its final markers (the refusal, when nothing held), so any OpenAI client shows
    what Qimma verified.
    """
    completion = _Completion()
    yield completion.chunk({"role": "assistant", "content": ""})
    try:
        for item in _chain([] if first is None else [first], rest):
            if isinstance(item, Answer):
                yield completion.chunk(
                    {},
                    "stop",
                    answer=item.answer,
                    usage=usage_of(item, prompt_text),
                    **_qimma_fields(item),
                )
            elif item:
                yield completion.chunk({"content": item})
    except LLMError as exc:
        yield f"data: {json.dumps({'error': {'message': str(exc), 'type': ERROR_TYPES[502]}})}\n\n"
    except Exception:
        log.exception("streaming an answer")
        yield f"data: {json.dumps({'error': {'message': 'internal error', 'type': 'server_error'}})}\n\n"
    yield "data: [DONE]\n\n"


async def until_disconnected(request: Request, events: Iterator[str]) -> AsyncIterator[str]:
    """The events, produced one at a time in the thread pool, until the client goes away.

    A client that hangs up stops the work at the next event: the answer's generators are
    closed, which also closes the LLM's stream.
    """
    try:
        while not await request.is_disconnected():
            event = await run_in_threadpool(next, events, None)
            if event is None:
                return
            yield event
        log.info("client went away; stopped streaming the answer")
    finally:
        close = getattr(events, "close", None)
        if close is not None:
            await run_in_threadpool(close)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def openai_router(service) -> APIRouter:
    """`/v1/models` and `/v1/chat/completions` over one service."""
    router = APIRouter(prefix="/v1")

    @router.get("/models", tags=["openai"])
    def list_models() -> ModelList:
        return ModelList(data=[ModelCard(id=MODEL_ID)])

    @router.post(
        "/chat/completions",
        tags=["openai"],
        response_model=None,
        responses={
            200: {
                "model": ChatCompletion,
                "description": "A chat.completion, or with `stream` an SSE stream of "
                "chat.completion.chunk objects whose last carries `citations` and `refused`.",
                "content": {"text/event-stream": {}},
            }
        },
    )
    def chat_completions(body: ChatRequest, request: Request) -> dict[str, Any] | StreamingResponse:
        """OpenAI-compatible chat; the reply carries `citations` and `refused` besides `choices`."""
        if body.model != MODEL_ID:
            raise ApiError(404, f"unknown model {body.model!r} (this server serves {MODEL_ID!r})")
        question, turns = chat_turns(body.messages)
        require_question(question)
        history = turns if turns or not body.conversation_id else None
        kwargs = {
            "conversation_id": body.conversation_id,
            "history": history,
            "mode": body.mode,
            "k": body.k,
        }
        prompt_text = "\n".join(m.text() for m in body.messages)
        if not body.stream:
            return _Completion().whole(service.ask(question, **kwargs), prompt_text)
        items = service.ask_stream(question, **kwargs)
        first = next(items, None)  # errors before the first token get a proper status
        return StreamingResponse(
            until_disconnected(request, sse_events(first, items, prompt_text)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache"},
        )

    return router
