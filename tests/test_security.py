"""Ids, keys and internal records (issue 13): what a hostile client or file must not reach.

Article ids follow one documented rule, the store's `__state__` record is out of reach,
replacing another source's article is explicit, and wrong keys are throttled.
"""

from __future__ import annotations

import json

import httpx
import pytest

from qimma.cli import main
from tests.test_api import (
    OASIS_ARTICLE,
    LiveServer,
    assert_error,
    new_service,
    oasis_service,
    served,
)

BAD_IDS = {
    "__state__": "reserved",
    "../escape": "'..'",
    "/etc/passwd": "empty, '.' or '..'",
    "nul\u0000id": "U+0000",
    "x" * 5000: "longer than 200",
    "раris-summit": "U+0430",  # Cyrillic а and р, look-alikes of Latin a and p
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return oasis_service(tmp_path_factory, "ids")


@pytest.fixture(scope="module")
def client(service):
    with served(service) as http:
        yield http


def jsonl(*records: dict) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def test_bad_article_ids_are_refused_line_by_line(client, service):
    version = service.store.version()
    lines = [{"id": bad, "text": "تعقد قمة الاختبار في الرباط."} for bad in BAD_IDS]
    resp = client.post("/v1/documents", files=[("files", ("ids.jsonl", jsonl(*lines)))])
    error = assert_error(resp, 422)
    reasons = error["report"]["files"][0]["reasons"]
    assert len(reasons) == len(BAD_IDS)
    for reason, why in zip(reasons, BAD_IDS.values(), strict=True):
        assert "bad id" in reason and why in reason, reason
    assert service.store.version() == version  # the internal record was not touched
    listed = [d["doc_id"] for d in client.get("/v1/documents").json()["documents"]]
    assert listed == ["oasis"]


def test_internal_records_cannot_be_read_or_deleted(client, service):
    version = service.store.version()
    assert_error(client.get("/v1/documents/__state__"), 404)
    assert_error(client.delete("/v1/documents/__state__"), 404)
    assert service.store.version() == version


def test_file_names_become_ids_by_the_rule(tmp_path_factory):
    service = new_service(tmp_path_factory, "names")
    folder = tmp_path_factory.mktemp("names")
    (folder / "قمة الرباط (2025).txt").write_text(OASIS_ARTICLE, encoding="utf-8")
    assert service.ingest([folder]).added == ["قمة-الرباط-2025"]


def test_an_upload_cannot_silently_replace_another_sources_article(client):
    hijack = {"id": "oasis", "text": "مقال مزور يحل محل مقال الواحات."}
    resp = client.post("/v1/documents", files=[("files", ("hijack.jsonl", jsonl(hijack)))])
    error = assert_error(resp, 422)
    reason = error["report"]["files"][0]["reasons"][0]
    assert "already used" in reason and "replace=true" in reason
    assert "زاكورة" in client.get("/v1/documents/oasis").json()["text"]
    # explicit replacing works
    resp = client.post(
        "/v1/documents",
        files=[("files", ("hijack.jsonl", jsonl(hijack)))],
        data={"replace": "true"},
    )
    assert resp.status_code == 200 and resp.json()["updated"] == ["oasis"]
    assert "مزور" in client.get("/v1/documents/oasis").json()["text"]


def test_the_same_upload_again_updates_its_own_article(client):
    first = client.post(
        "/v1/documents", files=[("files", ("mine.txt", "قمة أولى في فاس.".encode()))]
    )
    assert first.json()["added"] == ["mine"]
    again = client.post(
        "/v1/documents", files=[("files", ("mine.txt", "قمة ثانية في فاس.".encode()))]
    )
    assert again.status_code == 200 and again.json()["updated"] == ["mine"]


def test_the_cli_needs_replace_for_another_sources_article(service, tmp_path, capsys):
    path = tmp_path / "other" / "oasis.txt"
    path.parent.mkdir()
    path.write_text(OASIS_ARTICLE + "\nتحديث.", encoding="utf-8")
    data_dir = str(service.settings.data_dir)
    assert main(["ingest", str(path), "--data-dir", data_dir]) == 1
    assert "already used" in capsys.readouterr().out
    assert main(["ingest", str(path), "--replace", "--data-dir", data_dir]) == 0


# ---------------------------------------------------------------- keys
def test_wrong_keys_are_throttled_on_the_api_and_the_login(tmp_path_factory):
    from qimma.server import build_app

    service = new_service(
        tmp_path_factory, "throttle", api_key="s3cret", login_failures_per_minute=3
    )
    with LiveServer(build_app(service)) as server, httpx.Client(base_url=server.url) as http:
        for _ in range(5):  # no key at all is not a guess (the page calls before its login)
            assert_error(http.get("/v1/documents"), 401)
        wrong = {"Authorization": "Bearer guess"}
        for _ in range(2):
            assert_error(http.get("/v1/documents", headers=wrong), 401)
        assert http.post("/login", data={"username": "u", "password": "guess"}).status_code == 400
        error = assert_error(http.get("/v1/documents", headers=wrong), 429)
        assert error["type"] == "rate_limit_error"
        resp = http.post("/login", data={"username": "u", "password": "guess"})
        assert resp.status_code == 429 and int(resp.headers["Retry-After"]) > 0
        # health stays open; the schema stays open by design (README, Security)
        assert http.get("/healthz").status_code == 200
        assert http.get("/openapi.json").status_code == 200


def test_without_a_key_nothing_is_throttled(client):
    for _ in range(15):
        assert client.get("/v1/models", headers={"Authorization": "Bearer x"}).status_code == 200
