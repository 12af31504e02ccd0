"""Operations (issue 13): conversations shared by processes, evaluation under `qimma serve`,
a full disk, and temp folders left by a killed server."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from qimma.cli import main
from tests.test_api import (
    OASIS_ARTICLE,
    OASIS_Q,
    assert_error,
    new_service,
    oasis_service,
    served,
)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return oasis_service(tmp_path_factory, "ops", max_conversations=4)


@pytest.fixture(scope="module")
def client(service):
    with served(service) as http:
        yield http


# ---------------------------------------------------------------- conversations
def test_a_300_character_conversation_id_is_a_clear_error(client, service, capsys):
    error = assert_error(
        client.post("/v1/query", json={"question": OASIS_Q, "conversation_id": "c" * 300}), 422
    )
    assert "conversation id" in error["message"]
    code = main(
        ["ask", OASIS_Q, "--conversation", "c" * 300, "--data-dir", str(service.settings.data_dir)]
    )
    assert code == 2 and "conversation id" in capsys.readouterr().err


def test_concurrent_requests_on_one_conversation_keep_every_turn(client, service):
    results: list[int] = []

    def ask() -> None:
        body = {"question": OASIS_Q, "conversation_id": "shared-1"}
        results.append(client.post("/v1/query", json=body).status_code)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 4
    assert len(service.conversation("shared-1").turns) == 4


def test_many_threads_appending_to_one_conversation_never_fail(tmp_path):
    from assistant.base import Turn
    from assistant.conversations import ConversationStore

    store = ConversationStore(tmp_path)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        for i in range(5):
            try:
                store.append(store.get_or_new("busy"), Turn(f"q{n}-{i}", "a"))
            except BaseException as exc:  # noqa: BLE001 - the test reports any failure
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.get("busy").turns) == 40  # every turn kept


def test_two_processes_appending_to_one_conversation_lose_no_turn(tmp_path):
    from assistant.base import Turn
    from assistant.conversations import ConversationStore

    server, cli = ConversationStore(tmp_path), ConversationStore(tmp_path)
    held = server.get_or_new("talk")  # the server holds it while the CLI adds a turn
    cli.append(cli.get_or_new("talk"), Turn("q1", "a1"))
    server.append(held, Turn("q2", "a2"))
    assert [t.question for t in cli.get("talk").turns] == ["q1", "q2"]
    assert not list(tmp_path.glob("*.tmp"))


def test_a_full_conversation_folder_is_not_read_again_for_every_new_conversation(
    tmp_path, monkeypatch
):
    from assistant.base import Turn
    from assistant.conversations import ConversationStore

    store = ConversationStore(tmp_path, keep=20)
    sweeps = []
    prune = store.prune
    monkeypatch.setattr(store, "prune", lambda: sweeps.append(1) or prune())
    for _ in range(60):
        store.append(store.new(), Turn("q", "a"))
    assert len(list(tmp_path.glob("*.json"))) <= 20
    # each sweep leaves room for a few more: not one sweep per conversation past the 20th
    assert len(sweeps) <= 20


def test_throwaway_conversations_expire(client, service):
    folder = service.settings.data_dir / "conversations"
    for _ in range(6):
        assert client.post("/v1/query", json={"question": OASIS_Q}).status_code == 200
    assert len(list(folder.glob("*.json"))) <= 4


# ---------------------------------------------------------------- evaluation
def test_evaluate_works_under_the_served_app(client):
    item = {
        "id": "oasis-where",
        "question": OASIS_Q,
        "answers": ["زاكورة"],
        "gold_docs": ["oasis"],
        "kind": "fact",
    }
    body = (json.dumps(item, ensure_ascii=False) + "\n").encode()
    resp = client.post(
        "/v1/evaluate", files={"file": ("set.jsonl", body)}, data={"mode": "offline"}
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["overall"]["items"] == 1
    assert client.get(resp.json()["report_url"]).status_code == 200


# ---------------------------------------------------------------- full disk
@pytest.mark.parametrize(
    "failure",
    [OSError(28, "No space left on device"), RuntimeError("database or disk is full")],
    ids=["enospc", "sqlite-full"],
)
def test_a_full_disk_stops_the_ingest_at_once(tmp_path_factory, monkeypatch, capsys, failure):
    from store.index import ArticleStore

    service = new_service(tmp_path_factory, "full")
    folder = tmp_path_factory.mktemp("three")
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"تعقد القمة رقم {i} في الرباط.", encoding="utf-8")
    calls = []

    def full(self, records):
        calls.append([r.doc_id for r in records])
        raise failure

    # ingest writes articles in batches: the first batch write fails, and nothing more is tried
    monkeypatch.setattr(ArticleStore, "upsert_articles", full)
    code = main(["ingest", str(folder), "--data-dir", str(service.settings.data_dir)])
    assert code == 1 and len(calls) == 1
    assert "disk is full" in capsys.readouterr().err


def test_ingest_repairs_orphans_when_the_store_can(tmp_path_factory, monkeypatch):
    from store.index import ArticleStore

    service = new_service(tmp_path_factory, "orphans")
    monkeypatch.setattr(
        ArticleStore, "repair_orphans", lambda self: ["lost-1", "lost-2"], raising=False
    )
    folder = tmp_path_factory.mktemp("one")
    (folder / "one.txt").write_text(OASIS_ARTICLE, encoding="utf-8")
    report = service.ingest([folder])
    assert report.repaired == 2 and "orphan" in report.summary_lines()[1]


# ---------------------------------------------------------------- stale upload folders
def test_upload_folders_of_a_killed_server_are_removed_on_start():
    from assistant.uploads import clean_stale_upload_dirs, new_upload_dir

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = Path(tempfile.mkdtemp(prefix="qimma-upload-"))
    (stale / ".owner").write_text(dead.stdout.strip())
    (stale / "article.txt").write_text("left behind")
    live = new_upload_dir()  # this process's, in use
    try:
        removed = clean_stale_upload_dirs()
        assert stale in removed and not stale.exists()
        assert live.exists()
    finally:
        import shutil

        shutil.rmtree(live, ignore_errors=True)
        shutil.rmtree(stale, ignore_errors=True)
