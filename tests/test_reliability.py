"""Bounded work per request and hostile files (issue 13): limits, zip bombs, uploads.

A small service with low limits, served by uvicorn on 127.0.0.1 (`LiveServer`), driven over
HTTP; the same cases through `qimma` CLI commands. Bombs are generated here, never committed.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import httpx
import pytest

from qimma.cli import main
from tests.test_api import OASIS_ARTICLE, LiveServer, assert_error, new_service

LIMITS = {
    "max_question_chars": 300,
    "max_history_chars": 2000,
    "max_upload_mb": 0.05,  # 52 KB per file
    "max_request_mb": 0.12,  # 125 KB per request
    "max_unzipped_mb": 1,
    "max_article_chars": 3000,
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    service = new_service(tmp_path_factory, "limits", **LIMITS)
    folder = tmp_path_factory.mktemp("oasis")
    (folder / "oasis.txt").write_text(OASIS_ARTICLE, encoding="utf-8")
    assert not service.ingest([folder]).failed
    return service


@pytest.fixture(scope="module")
def client(service):
    from qimma.server import build_app

    with (
        LiveServer(build_app(service)) as server,
        httpx.Client(base_url=server.url, timeout=120) as http,
    ):
        yield http


def cli(*argv: str, data_dir: Path, capsys) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def docx_bomb(path: Path, expanded_mb: int) -> Path:
    """A valid-looking .docx whose document.xml expands to `expanded_mb` MB of spaces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            block = b" " * (1024 * 1024)
            for _ in range(expanded_mb):
                member.write(block)
    return path


# ---------------------------------------------------------------- questions and history
def test_an_oversize_question_is_413_before_any_work(client):
    error = assert_error(client.post("/v1/query", json={"question": "قمة " * 200}), 413)
    assert "at most 300" in error["message"]
    chat = {"messages": [{"role": "user", "content": "x" * 301}]}
    assert_error(client.post("/v1/chat/completions", json=chat), 413)
    assert_error(client.post("/v1/search", json={"query": "x" * 301}), 413)


def test_an_oversize_history_is_413(client):
    turns = []
    for _ in range(5):
        turns += [
            {"role": "user", "content": "س" * 250},
            {"role": "assistant", "content": "ج" * 250},
        ]
    chat = {"messages": [*turns, {"role": "user", "content": "أين تعقد القمة؟"}]}
    error = assert_error(client.post("/v1/chat/completions", json=chat), 413)
    assert "history" in error["message"]


def test_json_bodies_are_bounded_before_parsing(client):
    many = {"messages": [{"role": "user", "content": "x"}] * 100_000}
    error = assert_error(client.post("/v1/chat/completions", json=many), 413)
    assert "larger than" in error["message"]

    def chunks():  # no Content-Length: counted while it arrives
        yield b'{"question": "'
        for _ in range(40):
            yield b"q" * 65536
        yield b'"}'

    resp = client.post("/v1/query", content=chunks(), headers={"content-type": "application/json"})
    assert_error(resp, 413)


def test_qimma_ask_refuses_an_oversize_question(service, capsys, monkeypatch):
    for name, value in LIMITS.items():
        monkeypatch.setenv(f"QIMMA_{name.upper()}", str(value))
    code, _, err = cli("ask", "x" * 400, data_dir=service.settings.data_dir, capsys=capsys)
    assert code == 2 and "at most 300" in err and "Traceback" not in err


def test_a_long_query_is_cut_to_the_models_window(service):
    model = service.embed_model
    fitted = model.fit_query("ما القمة التي عقدت في جدة؟ " * 400)
    assert model._model.token_count(fitted, True) <= 512
    assert len(fitted) > 500  # cut to the window, not emptied
    assert model.fit_query("أين القمة؟") == "أين القمة؟"


def test_k_is_bounded(client, service, capsys):
    assert_error(client.post("/v1/search", json={"query": "قمة", "k": 0}), 422)
    assert_error(client.post("/v1/search", json={"query": "قمة", "k": 1000}), 422)
    with pytest.raises(ValueError, match="between 1 and 50"):
        service.search("قمة", -1)
    code, _, err = cli(
        "search", "قمة", "-k", "-1", data_dir=service.settings.data_dir, capsys=capsys
    )
    assert code == 2 and "between 1 and 50" in err


def test_a_lone_surrogate_is_a_clear_400(client):
    body = b'{"question": "\\ud800 \xd9\x82\xd9\x85\xd8\xa9"}'
    resp = client.post("/v1/query", content=body, headers={"content-type": "application/json"})
    error = assert_error(resp, 400)
    assert "Unicode" in error["message"] and "codec" not in error["message"]


# ---------------------------------------------------------------- uploads
def test_total_bytes_per_upload_request_are_bounded(client):
    files = [("files", (f"part{i}.txt", ("قمة " * 6000).encode())) for i in range(4)]
    error = assert_error(client.post("/v1/documents", files=files), 413)
    assert "request" in error["message"] or "upload" in error["message"]


def test_a_long_article_is_refused_with_the_setting_named(client):
    files = [("files", ("long.txt", ("تعقد القمة في الرباط. " * 400).encode()))]
    resp = client.post("/v1/documents", files=files)
    error = assert_error(resp, 422)
    reasons = error["report"]["files"][0]["reasons"]
    assert any("QIMMA_MAX_ARTICLE_CHARS" in r for r in reasons)


def test_two_files_with_one_name_are_not_reported_added_and_dropped(client):
    files = [
        ("files", ("twin.txt", "تعقد قمة التوأم الأولى في فاس.".encode())),
        ("files", ("twin.txt", "تعقد قمة التوأم الثانية في مكناس.".encode())),
    ]
    resp = client.post("/v1/documents", files=files)
    assert resp.status_code == 200, resp.text
    first, second = resp.json()["files"]
    assert first["status"] == "added"
    assert second["status"] == "failed" and "same name" in second["reasons"][0]
    assert "qimma-upload" not in resp.text and "/tmp" not in resp.text
    article = client.get("/v1/documents/twin").json()
    assert "فاس" in article["text"] and "qimma-upload" not in article["source"]


# ---------------------------------------------------------------- zip bombs
def test_a_docx_bomb_is_refused_through_the_api(client, tmp_path):
    bomb = docx_bomb(tmp_path / "bomb.docx", expanded_mb=40)
    assert bomb.stat().st_size < 100_000  # small on the wire, 40 MB once expanded
    resp = client.post("/v1/documents", files=[("files", ("bomb.docx", bomb.read_bytes()))])
    error = assert_error(resp, 422)
    reason = error["report"]["files"][0]["reasons"][0]
    assert "zip bomb" in reason and "QIMMA_MAX_UNZIPPED_MB" in reason


def test_a_docx_bomb_is_refused_by_the_cli(service, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QIMMA_MAX_UNZIPPED_MB", "1")
    bomb = docx_bomb(tmp_path / "bomb.docx", expanded_mb=40)
    code, out, _ = cli("ingest", str(bomb), data_dir=service.settings.data_dir, capsys=capsys)
    assert code == 1 and "zip bomb" in out


def test_the_default_unzipped_limit_refuses_a_gigabyte_docx(tmp_path):
    from ingest.readers import ReadError, read_file

    bomb = tmp_path / "giga.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            block = b"<w:t>" + b" " * (1024 * 1024 - 5)
            for _ in range(150):
                member.write(block)
    with pytest.raises(ReadError, match="zip bomb"):
        read_file(bomb)


def test_what_is_stored_per_article_is_capped(tmp_path_factory):
    from assistant.indexing import STORED_RAW_CHARS

    service = new_service(tmp_path_factory, "raw")
    folder = tmp_path_factory.mktemp("big")
    sentence = "وتناقش القمة حلول الري الذكي وحماية النخيل من التصحر في الواحات. "
    (folder / "big.txt").write_text(sentence * 600, encoding="utf-8")  # ~40,000 characters
    assert service.ingest([folder]).added == ["big"]
    record = service.document("big")
    assert len(record.text) > STORED_RAW_CHARS
    assert len(record.raw) == STORED_RAW_CHARS


# ---------------------------------------------------------------- .jsonl lines and bytes
def test_a_deeply_nested_jsonl_line_costs_only_itself(tmp_path):
    from ingest.readers import read_jsonl

    path = tmp_path / "deep.jsonl"
    good = json.dumps({"id": "ok", "text": "تعقد القمة في الرباط."}, ensure_ascii=False)
    path.write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    docs, bad = read_jsonl(path)
    assert [d.id for d in docs] == ["ok"]
    assert bad == [(2, "invalid JSON: nested too deeply")]


def test_short_utf8_with_a_few_bad_bytes_stays_utf8():
    from ingest.decoding import decode_text

    text = "تعقد قمة الأمان في الرباط يوم الاثنين المقبل".encode()
    damaged = text[:10] + b"\xff" + text[10:30] + b"\xfe\xfa" + text[30:]
    decoded = decode_text(damaged)
    assert "الرباط يوم الاثنين المقبل" in decoded and decoded.count("\ufffd") >= 3


def test_uploaded_bytes_never_leave_a_temp_folder(client):
    import tempfile

    before = set(Path(tempfile.gettempdir()).glob("qimma-upload-*"))
    client.post("/v1/documents", files=[("files", ("gone.txt", io.BytesIO("قمة".encode())))])
    assert set(Path(tempfile.gettempdir()).glob("qimma-upload-*")) <= before


# ---------------------------------------------------------------- a client that leaves
def test_a_stream_stops_when_its_client_disconnects():
    import asyncio

    from qimma.api_openai import until_disconnected

    produced: list[int] = []
    closed: list[bool] = []

    def answer():
        try:
            for i in range(1000):
                produced.append(i)
                yield f"data: {i}\n\n"
        finally:
            closed.append(True)

    class LeavingClient:
        def __init__(self) -> None:
            self.polls = 0

        async def is_disconnected(self) -> bool:
            self.polls += 1
            return self.polls > 3  # gone after three events

    async def drain() -> list[str]:
        return [event async for event in until_disconnected(LeavingClient(), answer())]

    events = asyncio.run(drain())
    assert len(events) == 3 and len(produced) == 3 and closed == [True]


def test_an_upload_stops_indexing_when_its_client_has_left(service):
    answers = iter([False, True])
    files = [
        ("stay.txt", io.BytesIO("تعقد قمة البقاء في طنجة.".encode())),
        ("left.txt", io.BytesIO("تعقد قمة الرحيل في وجدة.".encode())),
    ]
    report = service.ingest_uploads(files, client_gone=lambda: next(answers))
    assert [f.status for f in report.files] == ["added", "failed"]
    assert "went away" in report.files[1].reasons[0]
    assert "left" not in [d.doc_id for d in service.documents()]
