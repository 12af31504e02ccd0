"""Streamed LLM answers show only checked sentences, and the deltas joined are the answer.

Every face (the HTTP API's SSE stream, the web page, `qimma chat`) shows the concatenated
deltas; these tests drive the stub server's streamed replies through the answerer, the
service and the API and compare what a client would see with the final checked answer.
"""

from __future__ import annotations

import json
import re

import pytest

from assistant.checked_stream import CheckedStream, sentence_end
from assistant.citations import ClaimChecker
from assistant.types import Answer
from tests.conftest import SAMPLES, article_hit, make_settings
from tests.test_llm_answerer import (
    BAHRAIN,
    GOOD,
    JEDDAH,
    JEDDAH_OPENING,
    QUESTION,
    REFUSAL_AR,
    make_answerer,
)

INVENTED = "وأعلن المنظمون أن رئيس وزراء اليابان سيفتتح القمة بحضور خمسة آلاف زائر [1]."
HALF_INVENTED = f"{GOOD} {INVENTED}"


@pytest.fixture
def hits():
    return [article_hit(BAHRAIN, "تنطلق فعاليات"), article_hit(JEDDAH, "وأوضحت مساعد الأمين")]


def streamed(answerer, question, hits, lang="ar") -> tuple[list[str], Answer]:
    *deltas, final = answerer.stream(question, hits, [], lang)
    assert isinstance(final, Answer) and all(isinstance(d, str) for d in deltas)
    return deltas, final


# ------------------------------------------------------------------- the stub's scripted reply
def test_half_invented_streamed_reply_shows_only_the_supported_half(llm_stub, tmp_path, hits):
    llm_stub.enqueue(HALF_INVENTED)
    deltas, final = streamed(make_answerer(llm_stub, tmp_path), QUESTION, hits)
    shown = "".join(deltas)
    assert "اليابان" not in shown  # the invented sentence never reaches the client
    assert shown == final.answer == GOOD
    assert [(c.marker, c.doc_id, c.supported) for c in final.citations] == [(1, BAHRAIN, True)]


@pytest.mark.parametrize(
    "reply",
    [
        HALF_INVENTED,
        f"{JEDDAH_OPENING} [2]. {GOOD}",  # renumbered: Jeddah becomes [1]
        f"{GOOD}\n\n- {JEDDAH_OPENING} [2]\n- {INVENTED}",
        f"{JEDDAH_OPENING}. [2] {GOOD}",  # the marker after the full stop
        f"<think>the user wants dates</think>{GOOD}",
        "HACKED",
        REFUSAL_AR,
    ],
)
def test_streamed_and_whole_answers_are_the_same_text(llm_stub, tmp_path, hits, reply):
    answerer = make_answerer(llm_stub, tmp_path)
    llm_stub.enqueue(reply)
    whole = answerer.answer(QUESTION, hits, [], "ar")
    llm_stub.enqueue(reply)
    deltas, final = streamed(answerer, QUESTION, hits)
    assert "".join(deltas) == final.answer == whole.answer
    assert final.refused == whole.refused
    assert [c.to_dict() for c in final.citations] == [c.to_dict() for c in whole.citations]
    assert all(c.supported for c in final.citations)
    markers = sorted({int(n) for n in re.findall(r"\[(\d+)\]", final.answer)})
    assert markers == [c.marker for c in final.citations]


def test_renumbered_markers_are_streamed_as_the_answer_has_them(llm_stub, tmp_path, hits):
    llm_stub.enqueue(f"{JEDDAH_OPENING} [2]. {GOOD}")
    deltas, final = streamed(make_answerer(llm_stub, tmp_path), QUESTION, hits)
    assert deltas == [f"{JEDDAH_OPENING} [1].", " " + GOOD.replace("[1]", "[2]")]
    assert [c.doc_id for c in final.citations] == [JEDDAH, BAHRAIN]


# ------------------------------------------------------------------- sentence buffering
@pytest.mark.parametrize(
    ("text", "final", "end"),
    [
        ("A claim here [1]. Next", False, len("A claim here [1].")),
        ("A claim here. [1] Next", False, len("A claim here. [1]")),
        ("A claim here. [", False, None),  # a marker may be arriving
        ("A claim here.", False, None),  # its marker may follow
        ("A claim here.", True, len("A claim here.")),
        ("Costs 3.5 million [1] and more", False, None),  # no sentence end yet
        ("Line one [1]\nLine two", False, len("Line one [1]")),
    ],
)
def test_a_sentence_is_complete_only_when_nothing_can_still_join_it(text, final, end):
    assert sentence_end(text, 0, final) == end


def test_deltas_of_any_size_give_the_same_answer(hits):
    reply = f"{GOOD} {INVENTED}\n{JEDDAH_OPENING} [2]."
    whole = CheckedStream(ClaimChecker(hits), lambda s: None)
    whole.feed(reply)
    whole.close()
    by_char = CheckedStream(ClaimChecker(hits), lambda s: None)
    pieces = [p for ch in reply for p in by_char.feed(ch)] + by_char.close()
    assert "".join(pieces) == by_char.text == whole.text == f"{GOOD}\n{JEDDAH_OPENING} [2]."


# ------------------------------------------------------------------- every face
@pytest.fixture(scope="module")
def llm_service(tmp_path_factory, _llm_stub_server):
    from assistant.service import QimmaService

    settings = make_settings(tmp_path_factory.mktemp("llm-faces")).model_copy(
        update={
            "llm_model": "stub-model",
            "openai_base_url": _llm_stub_server.base_url,
            "openai_api_key": "test",
            "llm_timeout": 10.0,
        }
    )
    service = QimmaService(settings)
    service.ingest([SAMPLES / f"{BAHRAIN}.txt"])
    return service


def quote_source_one_then_invent(request: dict) -> str:
    """A model that copies the first sentence of source 1, cites it, then makes something up."""
    content = request["messages"][-1]["content"]
    first = content.split('<source id="1"', 1)[1].split("\n", 1)[1]
    sentence = re.split(r"(?<=[.!؟?])\s", first.strip(), maxsplit=1)[0].rstrip(".")
    return f"{sentence} [1]. {INVENTED}"


def sse_contents(client, question: str, mode: str) -> tuple[str, dict]:
    body = {"model": "qimma", "stream": True, "mode": mode}
    body["messages"] = [{"role": "user", "content": question}]
    contents, last = [], {}
    with client.stream("POST", "/v1/chat/completions", json=body) as resp:
        assert resp.status_code == 200
        for line in resp.iter_lines():
            if line.startswith("data: {"):
                event = json.loads(line[6:])
                contents += [c["delta"].get("content") or "" for c in event["choices"]]
                last = event
    return "".join(contents), last


@pytest.mark.parametrize("mode", ["llm", "offline"])
def test_api_stream_shows_the_final_answer_in_every_mode(llm_stub, llm_service, mode):
    from fastapi.testclient import TestClient

    from qimma.api import create_app

    llm_stub.responder = quote_source_one_then_invent
    question = "متى تنطلق قمة المدن الذكية في البحرين؟"
    with TestClient(create_app(llm_service)) as client:
        shown, last = sse_contents(client, question, mode)
        whole = client.post(
            "/v1/chat/completions",
            json={
                "model": "qimma",
                "mode": mode,
                "messages": [{"role": "user", "content": question}],
            },
        ).json()
    assert shown == last["answer"] == whole["choices"][0]["message"]["content"]
    assert "اليابان" not in shown and not last["refused"]
    assert last["citations"] and all(c["supported"] for c in last["citations"])


def test_service_stream_is_what_qimma_chat_prints(llm_stub, llm_service):
    """`qimma chat` prints the string items of `ask_stream` as they come."""
    llm_stub.responder = quote_source_one_then_invent
    items = list(llm_service.ask_stream("متى تنطلق قمة المدن الذكية في البحرين؟", mode="llm"))
    *deltas, final = items
    assert "".join(deltas) == final.answer and "اليابان" not in final.answer
