"""The HTTP API through a live server: the OpenAI SDK, query, search, library, auth and errors.

Each app runs under uvicorn on 127.0.0.1 in a background thread, like `qimma serve`, and is
driven over real HTTP (httpx and the `openai` SDK).
"""

from __future__ import annotations

import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import SAMPLES, make_settings

BERKANE_Q = "متى ينعقد الملتقى الدولي حول المدن الذكية في بركان؟"
BERKANE = "berkane-smart-cities"  # two articles, 2024 and 2025: either may be cited
CASABLANCA_Q = "Who organises the Casablanca smart city forum?"
CITATION_FIELDS = {
    "marker",
    "doc_id",
    "title",
    "source",
    "passage",
    "start",
    "end",
    "supported",
    "date",
    "score",
}
# an article none of the samples mention: a question about it can only be answered from it
OASIS_ARTICLE = (
    "انطلقت اليوم في مدينة زاكورة أعمال قمة الواحات الرقمية في دورتها الأولى، "
    "بتنظيم من جمعية النخيل للتقنيات الزراعية.\n"
    "وتُعقد قمة الواحات الرقمية في قصر المؤتمرات بزاكورة على مدى ثلاثة أيام، "
    "بمشاركة أكثر من ثلاثمئة خبير من اثنتي عشرة دولة.\n"
    "وتناقش القمة حلول الري الذكي وحماية النخيل من التصحر باستعمال الأقمار الصناعية.\n"
)
OASIS_Q = "أين تعقد قمة الواحات الرقمية؟"


class LiveServer:
    """An app served by uvicorn on a free 127.0.0.1 port in a daemon thread."""

    def __init__(self, app):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def new_service(tmp_path_factory, name: str, **overrides):
    from assistant.service import QimmaService

    return QimmaService(make_settings(tmp_path_factory.mktemp(name), **overrides))


def oasis_service(tmp_path_factory, name: str, **overrides):
    """A fresh service holding only the oasis article (one no sample mentions)."""
    service = new_service(tmp_path_factory, name, **overrides)
    folder = tmp_path_factory.mktemp(f"{name}-articles")
    (folder / "oasis.txt").write_text(OASIS_ARTICLE, encoding="utf-8")
    assert service.ingest([folder]).added == ["oasis"]
    return service


@contextmanager
def served(service) -> Iterator[httpx.Client]:
    """An HTTP client of the real `qimma serve` app (API and page) over `service`."""
    from qimma.server import build_app

    with (
        LiveServer(build_app(service)) as server,
        httpx.Client(base_url=server.url, timeout=120) as http,
    ):
        yield http


def assert_error(resp: httpx.Response, status: int) -> dict:
    """A JSON error body `{"error": {"message", "type"}}` with no stack trace in it."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    assert "Traceback" not in resp.text and 'File "' not in resp.text
    error = resp.json()["error"]
    assert error["message"] and error["type"]
    return error


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def live(sample_service):
    """The served app (API + web page, as `qimma serve` builds it) over the sample articles."""
    from qimma.server import build_app

    with LiveServer(build_app(sample_service)) as server:
        yield server


@pytest.fixture(scope="module")
def http(live):
    with httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def sdk(live):
    from openai import OpenAI

    return OpenAI(base_url=f"{live.url}/v1", api_key="unused", max_retries=0)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """A separate, initially empty index for the tests that upload and delete."""
    from qimma.api import create_app

    service = new_service(tmp_path_factory, "library")
    with (
        LiveServer(create_app(service)) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        yield client


# ---------------------------------------------------------------- OpenAI compatibility
def test_models_lists_qimma(sdk):
    assert [m.id for m in sdk.models.list()] == ["qimma"]


def test_chat_completion_through_the_openai_sdk(sdk):
    resp = sdk.chat.completions.create(
        model="qimma", messages=[{"role": "user", "content": BERKANE_Q}]
    )
    text = resp.choices[0].message.content
    assert resp.object == "chat.completion" and resp.model == "qimma"
    assert "[1]" in text
    extra = resp.model_extra
    assert extra["refused"] is False
    citations = extra["citations"]
    assert citations and set(citations[0]) == CITATION_FIELDS
    assert citations[0]["doc_id"].startswith(BERKANE)
    assert citations[0]["marker"] == 1


def test_chat_completion_streams_chunks_and_ends_with_citations(sdk):
    stream = sdk.chat.completions.create(
        model="qimma", messages=[{"role": "user", "content": BERKANE_Q}], stream=True
    )
    chunks = list(stream)
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    assert final.model_extra["refused"] is False
    assert final.model_extra["citations"][0]["doc_id"].startswith(BERKANE)
    assert "[1]" in final.model_extra["answer"]


def test_raw_stream_is_server_sent_events_ending_with_done(http):
    body = {"model": "qimma", "stream": True, "messages": [{"role": "user", "content": BERKANE_Q}]}
    with http.stream("POST", "/v1/chat/completions", json=body) as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        events = [line for line in resp.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]"
    assert '"citations"' in events[-2]


def test_earlier_messages_are_the_history(sdk):
    # "it" is the Casablanca forum only because of the earlier turn
    resp = sdk.chat.completions.create(
        model="qimma",
        messages=[
            {"role": "system", "content": "ignored"},
            {"role": "user", "content": "ما هو ملتقى المدينة الذكية للدار البيضاء؟"},
            {"role": "assistant", "content": "ملتقى تنظمه شركة التنمية المحلية [1]."},
            {"role": "user", "content": "When is it held?"},
        ],
    )
    extra = resp.model_extra
    assert extra["refused"] is False
    assert extra["citations"][0]["doc_id"] == "casablanca-smart-city-forum"


def test_english_question_is_answered_with_a_citation(sdk):
    resp = sdk.chat.completions.create(
        model="qimma",
        messages=[{"role": "user", "content": CASABLANCA_Q}],
    )
    citations = resp.model_extra["citations"]
    assert citations and citations[0]["doc_id"] == "casablanca-smart-city-forum"


def test_unknown_model_and_bad_messages_are_json_errors(http):
    assert_error(
        http.post(
            "/v1/chat/completions",
            json={"model": "gpt-4", "messages": [{"role": "user", "content": "hi"}]},
        ),
        404,
    )
    assert_error(
        http.post(
            "/v1/chat/completions",
            json={"model": "qimma", "messages": [{"role": "assistant", "content": "hi"}]},
        ),
        400,
    )
    assert_error(http.post("/v1/chat/completions", json={"model": "qimma", "messages": []}), 422)


# ---------------------------------------------------------------- query, search, documents
def test_query_answers_with_citations_and_continues_a_conversation(http):
    resp = http.post("/v1/query", json={"question": BERKANE_Q})
    assert resp.status_code == 200, resp.text
    data = resp.json()
    assert {"answer", "refused", "citations", "mode", "timings", "conversation_id"} <= set(data)
    assert data["refused"] is False and data["mode"] == "offline"
    assert data["citations"][0]["doc_id"].startswith(BERKANE)
    first = http.post("/v1/query", json={"question": "ما هو ملتقى المدينة الذكية للدار البيضاء؟"})
    conversation = first.json()["conversation_id"]
    follow = http.post(
        "/v1/query", json={"question": "When is it held?", "conversation_id": conversation}
    ).json()
    assert follow["conversation_id"] == conversation
    assert follow["citations"][0]["doc_id"] == "casablanca-smart-city-forum"


def test_query_outside_the_articles_is_refused(http):
    data = http.post("/v1/query", json={"question": "ما هي عاصمة اليابان؟"}).json()
    assert data["refused"] is True
    assert data["citations"] == []


def test_search_returns_ranked_passages(http):
    resp = http.post("/v1/search", json={"query": BERKANE_Q, "k": 3})
    hits = resp.json()["hits"]
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert hits[0]["doc_id"].startswith(BERKANE)
    assert hits[0]["score"] >= hits[-1]["score"]
    assert {"text", "start", "end", "title", "source"} <= set(hits[0])


def test_documents_are_listed_and_a_cited_passage_lies_in_its_article(http):
    docs = http.get("/v1/documents").json()
    assert docs["count"] == len(list(SAMPLES.glob("*.txt")))
    citation = http.post("/v1/query", json={"question": BERKANE_Q}).json()["citations"][0]
    article = http.get(f"/v1/documents/{citation['doc_id']}").json()
    assert {"title", "source", "date", "text"} <= set(article)
    cited = article["text"][citation["start"] : citation["end"]]
    assert cited.strip() and cited == citation["passage"]


def test_bad_input_gets_json_errors_without_tracebacks(http):
    assert_error(http.post("/v1/query", json={"question": "   "}), 400)
    assert_error(
        http.post("/v1/query", content=b"{not json", headers={"content-type": "application/json"}),
        400,
    )
    assert_error(http.post("/v1/query", json={"q": "missing field"}), 422)
    assert_error(http.post("/v1/query", json={"question": "x", "k": 0}), 422)
    assert_error(http.get("/v1/documents/no-such-article"), 404)
    assert_error(http.delete("/v1/documents/no-such-article"), 404)
    assert_error(http.get("/v1/no-such-route"), 404)


def test_unexpected_failures_are_a_json_500(http, sample_service, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(sample_service, "search", broken)
    error = assert_error(http.post("/v1/search", json={"query": "x"}), 500)
    assert "secret" not in error["message"]


def test_health_docs_and_web_page_are_served(http):
    health = http.get("/healthz").json()
    assert health["status"] == "ok" and health["articles"] == 5 and health["mode"]
    assert http.get("/docs").status_code == 200
    assert "/v1/chat/completions" in http.get("/openapi.json").json()["paths"]
    page = http.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


# ---------------------------------------------------------------- uploads and deletion
def test_uploaded_article_is_indexed_and_cited(library):
    name = "قمة-الواحات.txt"
    resp = library.post(
        "/v1/documents", files=[("files", (name, OASIS_ARTICLE.encode(), "text/plain"))]
    )
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert report["added"] == ["قمة-الواحات"]
    assert report["files"][0] == {
        "filename": name,
        "stored_as": name,
        "doc_id": "قمة-الواحات",
        "status": "added",
        "reasons": [],
    }
    answer = library.post("/v1/query", json={"question": OASIS_Q}).json()
    assert answer["refused"] is False
    assert answer["citations"][0]["doc_id"] == "قمة-الواحات"


def test_several_files_upload_at_once_and_report_each(library):
    files = [
        (
            "files",
            (
                "one.md",
                "# قمة الاختبار الأولى\n\nتعقد قمة الاختبار الأولى في تونس.".encode(),
                "text/markdown",
            ),
        ),
        ("files", ("empty.txt", b"   ", "text/plain")),
    ]
    report = library.post("/v1/documents", files=files).json()
    by_name = {f["filename"]: f for f in report["files"]}
    assert by_name["one.md"]["status"] == "added"
    assert by_name["empty.txt"]["status"] == "failed" and by_name["empty.txt"]["reasons"]
    assert all("qimma-upload" not in f["item"] for f in report["failed"])


def test_traversal_names_are_stored_safely(library):
    unique = f"evil-{uuid.uuid4().hex[:8]}"
    resp = library.post(
        "/v1/documents",
        files=[
            ("files", (f"../../{unique}.txt", "تعقد قمة الأمان في الرباط.".encode(), "text/plain"))
        ],
    )
    assert resp.status_code == 200, resp.text
    result = resp.json()["files"][0]
    assert result["stored_as"] == f"{unique}.txt" and result["doc_id"] == unique
    import tempfile

    for folder in (Path(tempfile.gettempdir()), Path.cwd(), Path.cwd().parent, Path("/")):
        assert not (folder / f"{unique}.txt").exists()
    assert_error(library.post("/v1/documents", files=[("files", ("..", b"x", "text/plain"))]), 400)


def test_unsupported_type_is_415(library):
    error = assert_error(
        library.post("/v1/documents", files=[("files", ("tool.exe", b"MZ", "application/x"))]),
        415,
    )
    assert ".txt" in error["message"]
    assert_error(library.post("/v1/documents", files=[("other", ("a.txt", b"x"))]), 400)
    assert_error(library.post("/v1/documents", json={"files": ["a.txt"]}), 415)


def test_deleted_article_is_gone(library):
    library.post(
        "/v1/documents", files=[("files", ("to-delete.txt", "قمة للحذف في عمان.".encode()))]
    )
    assert library.get("/v1/documents/to-delete").status_code == 200
    assert library.delete("/v1/documents/to-delete").json() == {"deleted": "to-delete"}
    assert_error(library.get("/v1/documents/to-delete"), 404)
    assert_error(library.delete("/v1/documents/to-delete"), 404)
    ids = [d["doc_id"] for d in library.get("/v1/documents").json()["documents"]]
    assert "to-delete" not in ids


def test_uploads_over_the_limit_are_413(tmp_path_factory):
    from qimma.api import create_app

    service = new_service(tmp_path_factory, "tiny", max_upload_mb=0.001)  # ~1 KB
    with LiveServer(create_app(service)) as server, httpx.Client(base_url=server.url) as client:
        # one file over the limit: refused while it is copied
        big = ("قمة " * 1000).encode()
        assert_error(client.post("/v1/documents", files=[("files", ("big.txt", big))]), 413)
        # a body far over what any upload may be: refused from Content-Length, unread
        huge = b"x" * (service.max_bytes * 40)
        assert_error(client.post("/v1/documents", files=[("files", ("huge.txt", huge))]), 413)
        assert client.get("/v1/documents").json()["count"] == 0


# ---------------------------------------------------------------- API key
def test_api_key_guards_every_v1_route(tmp_path_factory):
    from openai import OpenAI

    from qimma.server import build_app

    service = new_service(tmp_path_factory, "auth", api_key="s3cret")
    with LiveServer(build_app(service)) as server, httpx.Client(base_url=server.url) as client:
        error = assert_error(client.get("/v1/documents"), 401)
        assert error["type"] == "authentication_error"
        assert_error(client.post("/v1/query", json={"question": "x"}), 401)
        assert_error(client.get("/v1/models", headers={"Authorization": "Bearer wrong"}), 401)
        ok = client.get("/v1/documents", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert client.get("/healthz").status_code == 200
        sdk = OpenAI(base_url=f"{server.url}/v1", api_key="s3cret", max_retries=0)
        assert [m.id for m in sdk.models.list()] == ["qimma"]
        # the web page asks for the key (any user name, the key as password)
        assert client.post("/login", data={"username": "me", "password": "nope"}).status_code == 400
        assert (
            client.post("/login", data={"username": "me", "password": "s3cret"}).status_code == 200
        )


def test_without_a_key_the_api_is_open(http):
    assert http.get("/v1/documents").status_code == 200


# ---------------------------------------------------------------- LLM failures
def test_llm_server_failure_is_502(tmp_path_factory, llm_stub):
    from openai import OpenAI

    from assistant.service import QimmaService
    from qimma.api import create_app

    settings = make_settings(tmp_path_factory.mktemp("llm")).model_copy(
        update={
            "answerer": "llm",
            "llm_model": "stub-model",
            "openai_base_url": llm_stub.base_url,
            "openai_api_key": "test",
            "llm_timeout": 5.0,
        }
    )
    service = QimmaService(settings)
    service.ingest([SAMPLES / "berkane-smart-cities-forum-2025.txt"])
    # the stub answers 500 to every request: nothing is queued
    with (
        LiveServer(create_app(service)) as server,
        httpx.Client(base_url=server.url, timeout=60) as client,
    ):
        error = assert_error(client.post("/v1/query", json={"question": BERKANE_Q}), 502)
        assert error["type"] == "upstream_error"
        body = {"model": "qimma", "messages": [{"role": "user", "content": BERKANE_Q}]}
        assert_error(client.post("/v1/chat/completions", json=body), 502)
        assert_error(client.post("/v1/chat/completions", json={**body, "stream": True}), 502)
        sdk = OpenAI(base_url=f"{server.url}/v1", api_key="x", max_retries=0)
        import openai

        with pytest.raises(openai.APIStatusError) as info:
            sdk.chat.completions.create(model="qimma", messages=body["messages"])
        assert info.value.status_code == 502


# ---------------------------------------------------------------- what a client may see
def _server_paths(service) -> list[str]:
    import tempfile

    return [str(SAMPLES), str(service.settings.data_dir), f"{tempfile.gettempdir()}/qimma-upload"]


def test_no_response_body_exposes_a_server_path(http, sdk, sample_service):
    bodies = [
        http.post("/v1/query", json={"question": BERKANE_Q}).text,
        http.post("/v1/search", json={"question": BERKANE_Q}).text,
        http.get("/v1/documents").text,
        http.get("/v1/documents/berkane-smart-cities-forum-2025").text,
        http.post(
            "/v1/chat/completions",
            json={"model": "qimma", "messages": [{"role": "user", "content": BERKANE_Q}]},
        ).text,
    ]
    body = {"model": "qimma", "stream": True, "messages": [{"role": "user", "content": BERKANE_Q}]}
    with http.stream("POST", "/v1/chat/completions", json=body) as resp:
        bodies.append("".join(resp.iter_lines()))
    for text in bodies:
        for path in _server_paths(sample_service):
            assert path not in text
    citation = http.post("/v1/query", json={"question": BERKANE_Q}).json()["citations"][0]
    assert citation["source"] == f"{citation['doc_id']}.txt"  # the file name, no folder


def test_an_uploaded_article_is_cited_by_the_name_it_was_uploaded_as(tmp_path_factory):
    from qimma.api import create_app

    service = new_service(tmp_path_factory, "upload-source")
    name = "oasis-upload.txt"
    with LiveServer(create_app(service)) as server, httpx.Client(base_url=server.url) as client:
        resp = client.post(
            "/v1/documents", files=[("files", (name, OASIS_ARTICLE.encode(), "text/plain"))]
        )
        assert resp.status_code == 200, resp.text
        answer = client.post("/v1/query", json={"question": OASIS_Q}, timeout=120)
        listed = client.get("/v1/documents").text
    for text in (answer.text, listed):
        for path in _server_paths(service):
            assert path not in text
    assert answer.json()["citations"][0]["source"] == name


def test_usage_counts_tokens_of_the_question_and_the_answer(sdk, http):
    from language.tokens import count_tokens

    resp = sdk.chat.completions.create(
        model="qimma", messages=[{"role": "user", "content": BERKANE_Q}]
    )
    usage = resp.usage
    assert usage.prompt_tokens == count_tokens(BERKANE_Q)
    assert usage.completion_tokens == count_tokens(resp.choices[0].message.content)
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens > 0
    stream = sdk.chat.completions.create(
        model="qimma", messages=[{"role": "user", "content": BERKANE_Q}], stream=True
    )
    final = list(stream)[-1]
    assert final.usage is not None and final.usage.completion_tokens > 0
    data = http.post("/v1/query", json={"question": BERKANE_Q}).json()
    assert data["usage"]["prompt_tokens"] == count_tokens(BERKANE_Q)


def test_search_and_query_take_question_with_query_as_alias(http):
    for field in ("question", "query"):
        hits = http.post("/v1/search", json={field: BERKANE_Q, "k": 2}).json()["hits"]
        assert hits[0]["doc_id"].startswith(BERKANE)
        answer = http.post("/v1/query", json={field: BERKANE_Q}).json()
        assert answer["citations"][0]["doc_id"].startswith(BERKANE)


JSON_ROUTES = [
    ("/v1/query", "post"),
    ("/v1/search", "post"),
    ("/v1/models", "get"),
    ("/v1/chat/completions", "post"),
    ("/v1/documents", "get"),
    ("/v1/documents/{doc_id}", "get"),
    ("/v1/documents/{doc_id}", "delete"),
    ("/healthz", "get"),
]


@pytest.mark.parametrize(("path", "method"), JSON_ROUTES)
def test_openapi_describes_every_response_body(http, path, method):
    spec = http.get("/openapi.json").json()
    ok = spec["paths"][path][method]["responses"]["200"]
    schema = ok["content"]["application/json"]["schema"]
    assert "$ref" in schema, schema  # a named model, not an anonymous object
    name = schema["$ref"].rsplit("/", 1)[-1]
    assert spec["components"]["schemas"][name]["properties"]


def test_each_request_gets_one_access_log_line(tmp_path_factory, caplog):
    from qimma.api import create_app

    service = new_service(tmp_path_factory, "access")
    caplog.set_level("INFO", logger="qimma.access")
    with LiveServer(create_app(service)) as server:
        httpx.get(f"{server.url}/healthz")
        httpx.get(f"{server.url}/v1/nothing-here")
    lines = [r.getMessage() for r in caplog.records if r.name == "qimma.access"]
    assert len(lines) == 2
    assert re.fullmatch(r"GET /healthz 200 \d+ ms", lines[0])
    assert lines[1].startswith("GET /v1/nothing-here 404 ")
    caplog.clear()
    with LiveServer(create_app(service, access_log=False)) as server:
        httpx.get(f"{server.url}/healthz")
    assert not [r for r in caplog.records if r.name == "qimma.access"]
