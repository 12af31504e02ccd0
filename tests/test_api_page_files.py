"""The page's file inputs accept only files the client uploaded, never a path on the server.

The attack: call the page's upload (or evaluation) event through Gradio's HTTP API with a
FileData whose `path` names any server file, then read it back through `/v1/documents` (or in
the evaluation report). Each case runs against the real `qimma serve` app, with and without an
API key; a key holder must not read server files either.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.test_api import LiveServer, new_service

SECRET = "كلمة السر السرية للخادم: {tag}\nThis server file must never be indexed: {tag}.\n"


def _call_event(client: httpx.Client, api_name: str, data: list) -> tuple[str, object]:
    """POST /gradio_api/call/<api_name>, then read the event's SSE stream: (last event, data)."""
    resp = client.post(f"/gradio_api/call/{api_name}", json={"data": data})
    assert resp.status_code == 200, resp.text
    event_id = resp.json()["event_id"]
    kind, payload = "", None
    with client.stream("GET", f"/gradio_api/call/{api_name}/{event_id}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event:"):
                kind = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                raw = line.split(":", 1)[1].strip()
                payload = json.loads(raw) if raw and raw != "null" else None
                if kind in ("complete", "error"):
                    break
    return kind, payload


def _server_file(tmp_path, suffix: str, text: str):
    path = tmp_path / f"private-{uuid.uuid4().hex[:8]}{suffix}"
    path.write_text(text, encoding="utf-8")
    return path


def _file_data(path) -> dict:
    return {"path": str(path), "meta": {"_type": "gradio.FileData"}}


@contextmanager
def _client(server: LiveServer, api_key: str | None) -> Iterator[httpx.Client]:
    """A page client; with a key set, logged in as a key holder (the key as password)."""
    with httpx.Client(base_url=server.url, timeout=60) as client:
        if api_key:
            login = client.post("/login", data={"username": "holder", "password": api_key})
            assert login.status_code == 200
        yield client


@pytest.mark.parametrize("api_key", [None, "s3cret"], ids=["no-key", "key-holder"])
def test_upload_event_cannot_index_a_server_file(tmp_path, tmp_path_factory, api_key):
    from qimma.server import build_app

    tag = uuid.uuid4().hex
    secret = _server_file(tmp_path, ".md", SECRET.format(tag=tag))
    service = new_service(tmp_path_factory, "page-upload", api_key=api_key)
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    with LiveServer(build_app(service)) as server, _client(server, api_key) as client:
        kind, payload = _call_event(client, "upload", [[_file_data(secret)], "en"])
        assert kind in ("complete", "error")
        assert tag not in json.dumps(payload, ensure_ascii=False)
        # nothing was indexed: the article is not listed, not readable, not searchable
        listed = client.get("/v1/documents", headers=headers).json()
        assert listed["count"] == 0, listed
        assert client.get(f"/v1/documents/{secret.stem}", headers=headers).status_code == 404
        hits = client.post("/v1/search", json={"query": tag}, headers=headers).json()["hits"]
        assert tag not in json.dumps(hits, ensure_ascii=False)
    assert service.documents() == []


@pytest.mark.parametrize("api_key", [None, "s3cret"], ids=["no-key", "key-holder"])
def test_evaluation_event_cannot_read_a_server_csv(tmp_path, tmp_path_factory, api_key):
    from qimma.server import build_app

    tag = uuid.uuid4().hex
    rows = f"question,answers\nwhat is the private value {tag}?,{tag}\n"
    secret = _server_file(tmp_path, ".csv", rows)
    service = new_service(tmp_path_factory, "page-eval", api_key=api_key)
    with LiveServer(build_app(service)) as server, _client(server, api_key) as client:
        kind, payload = _call_event(client, "on_run", [_file_data(secret), "offline", 5, 10])
        assert kind in ("complete", "error")
        # the report, the tables and the status hold nothing of the file's rows
        assert tag not in json.dumps(payload, ensure_ascii=False)
    runs = service.settings.data_dir / "runs"
    written = [p.read_text(encoding="utf-8") for p in runs.rglob("*") if p.is_file()]
    assert not any(tag in text for text in written)


def test_a_real_page_upload_is_still_indexed(tmp_path_factory):
    """The guard must not break the page: a file uploaded through Gradio's upload route works."""
    from qimma.server import build_app

    service = new_service(tmp_path_factory, "page-upload-ok")
    text = "انطلقت اليوم في مدينة زاكورة أعمال قمة الواحات الرقمية في دورتها الأولى.\n"
    with LiveServer(build_app(service)) as server, _client(server, None) as client:
        sent = client.post(
            "/gradio_api/upload", files=[("files", ("oasis.txt", text.encode("utf-8")))]
        )
        assert sent.status_code == 200, sent.text
        uploaded = sent.json()[0]
        kind, _ = _call_event(client, "upload", [[_file_data(uploaded)], "ar"])
        assert kind == "complete"
        assert client.get("/v1/documents/oasis").status_code == 200


def test_handlers_refuse_paths_outside_the_upload_cache(tmp_path, monkeypatch):
    """The second guard, in the handlers themselves: it holds even if Gradio's check is off."""
    from qimma.page_files import NotAnUpload, upload_folder, uploaded_file

    cache = tmp_path / "gradio-cache"
    cache.mkdir()
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(cache))
    assert upload_folder() == cache.resolve()
    outside = _server_file(tmp_path, ".md", "secret")
    inside = cache / "abc" / "note.md"
    inside.parent.mkdir()
    inside.write_text("uploaded", encoding="utf-8")
    link = cache / "abc" / "link.md"
    link.symlink_to(outside)
    assert uploaded_file(str(inside)) == inside.resolve()
    for bad in (outside, link, cache, cache / "abc" / ".." / ".." / outside.name, "/etc/passwd"):
        with pytest.raises(NotAnUpload):
            uploaded_file(str(bad))


def test_upload_handler_indexes_nothing_from_a_server_path(tmp_path, tmp_path_factory):
    from qimma.ui_handlers import Handlers

    service = new_service(tmp_path_factory, "handler-guard")
    secret = _server_file(tmp_path, ".md", SECRET.format(tag="x"))
    status, *_ = Handlers(service).upload([str(secret)], "en", progress=lambda *a, **k: None)
    assert "not uploaded through this page" in status
    assert service.documents() == []
