"""A reader (as `qimma serve` is) beside writers in other processes (as the CLI is).

Run against an embedded Chroma folder and a Chroma server: the reader must answer without
errors, never show a removed article, and find an article another process added.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, SAMPLES, make_settings

BAHRAIN = "bahrain-smart-cities-summit"
JEDDAH = "jeddah-e-municipality-day"
CASABLANCA = "casablanca-smart-city-forum"


@pytest.fixture(params=["embedded", "server"])
def reader(request, tmp_path):
    """A service that has searched (so its vectors are loaded) before anyone else writes."""
    from assistant.service import QimmaService

    url = request.getfixturevalue("chroma_server_url") if request.param == "server" else None
    service = QimmaService(make_settings(tmp_path / "data", url))
    report = service.ingest([SAMPLES / f"{BAHRAIN}.txt", SAMPLES / f"{CASABLANCA}.txt"])
    assert not report.failed
    assert service.search("قمة المدن الذكية في البحرين", 3)[0].doc_id == BAHRAIN
    assert service.ask("أين تقام قمة المدن الذكية في البحرين؟").citations
    return service


def qimma_cli(service, *args: str) -> str:
    """Run the real CLI in another process on the reader's data folder and collection."""
    settings = service.settings
    command = [sys.executable, "-m", "qimma.cli", *args, "--data-dir", str(settings.data_dir)]
    if settings.chroma_url:
        command += ["--chroma-url", settings.chroma_url]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QIMMA_COLLECTION": settings.collection}
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_reader_survives_a_remove_in_another_process(reader):
    qimma_cli(reader, "remove", CASABLANCA)
    for query in ("ملتقى المدينة الذكية للدار البيضاء", "Casablanca smart city forum"):
        hits = reader.search(query, 10)
        assert hits and all(h.doc_id != CASABLANCA for h in hits)
    answer = reader.ask("من ينظم ملتقى المدينة الذكية في الدار البيضاء؟")
    assert all(c.doc_id != CASABLANCA for c in answer.citations)
    assert {d.doc_id for d in reader.documents()} == {BAHRAIN}


def test_reader_finds_and_answers_from_an_article_another_process_added(reader):
    qimma_cli(reader, "ingest", str(SAMPLES / f"{JEDDAH}.txt"))
    question = "من افتتح ملتقى يوم البلدية الالكترونية في جدة؟"
    # the first search answers at once from what the reader had loaded (on a server the
    # dense side already sees the new article); the reader catches up in the background
    assert {h.doc_id for h in reader.search(question, 5)} <= {BAHRAIN, CASABLANCA, JEDDAH}
    reader.store.wait_caught_up()
    assert reader.search(question, 3)[0].doc_id == JEDDAH
    kw = reader.store.keyword_search("أمانة محافظة جدة البلدية الالكترونية", 3)
    assert kw and kw[0][0].startswith(f"{JEDDAH}#")
    assert reader.search(question, 3)[0].doc_id == JEDDAH
    answer = reader.ask(question)  # reads the new article's sentence vectors
    assert answer.citations and answer.citations[0].doc_id == JEDDAH


def test_reader_shows_only_the_new_version_of_an_article_another_process_replaced(reader, tmp_path):
    question = "وفد مدينة الرباط في قمة المدن الذكية"
    assert reader.search(question, 10)  # the reader has read (and kept) these passages
    changed = tmp_path / f"{BAHRAIN}.txt"
    text = (SAMPLES / f"{BAHRAIN}.txt").read_text(encoding="utf-8")
    # a sentence in front: every passage of the old version moves
    changed.write_text(f"حضر القمة وفد من مدينة الرباط للمرة الأولى.\n{text}", "utf-8")
    qimma_cli(reader, "ingest", "--replace", str(changed))
    first = reader.search(question, 10)  # answered before the reader caught up
    reader.store.wait_caught_up()
    later = reader.search(question, 10)
    article = reader.document(BAHRAIN).text
    for hit in [*first, *later]:
        if hit.doc_id == BAHRAIN:  # a passage of the old version would not match its offsets
            assert article[hit.start : hit.end] == hit.text
    assert later[0].doc_id == BAHRAIN and "الرباط" in later[0].text


def test_search_never_returns_passages_without_an_article_record(reader):
    store = reader.store
    # what a writer killed between the passages and the record leaves behind
    store._cols.articles.delete(ids=[CASABLANCA])
    store._cols.write_state()
    hits = reader.search("ملتقى المدينة الذكية للدار البيضاء", 10)
    assert hits and all(h.doc_id != CASABLANCA for h in hits)
    assert all(
        not cid.startswith(CASABLANCA) for cid, _ in store.keyword_search("الدار البيضاء", 10)
    )


def test_ingest_repairs_what_a_crashed_writer_left(reader):
    store = reader.store
    record = reader.document(BAHRAIN)
    # marked pending, passages written, then the process died before the record
    store._mark_pending([record])
    store._cols.articles.delete(ids=[BAHRAIN])
    store._cols.write_state()
    assert store.repair_orphans() == [BAHRAIN]
    assert not store._cols.chunks.get(where={"doc_id": BAHRAIN}, include=[])["ids"]
    assert store.repair_orphans() == []
    report = reader.ingest([SAMPLES / f"{BAHRAIN}.txt"])
    assert report.added == [BAHRAIN]
    assert reader.search("قمة المدن الذكية في البحرين", 3)[0].doc_id == BAHRAIN


def test_concurrent_searches_in_other_processes_share_the_keyword_index(reader):
    """Several CLI searches right after a write each rebuild and save the keyword index."""
    reader.remove([CASABLANCA])
    env = {**os.environ, "PYTHONPATH": str(REPO), "QIMMA_COLLECTION": reader.settings.collection}
    command = [sys.executable, "-m", "qimma.cli", "search", "قمة المدن الذكية"]
    command += ["--data-dir", str(reader.settings.data_dir)]
    if reader.settings.chroma_url:
        command += ["--chroma-url", reader.settings.chroma_url]
    procs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        assert BAHRAIN in out


def test_wiped_chroma_server_is_recreated_not_500(chroma_server_url, tmp_path, caplog):
    import chromadb

    from assistant.service import QimmaService

    service = QimmaService(make_settings(tmp_path / "data", chroma_server_url))
    service.ingest([SAMPLES / f"{BAHRAIN}.txt"])
    assert service.search("قمة المدن الذكية في البحرين", 3)
    name = service.settings.collection
    other = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_server_url.rsplit(":", 1)[1]))
    for suffix in ("", "_articles", "_sentences"):
        other.delete_collection(name + suffix)
    with caplog.at_level("WARNING"):
        assert service.search("قمة المدن الذكية في البحرين", 3) == []
    assert "re-created" in caplog.text
    assert service.documents() == []
    service.ingest([SAMPLES / f"{BAHRAIN}.txt"])
    assert service.search("قمة المدن الذكية في البحرين", 3)[0].doc_id == BAHRAIN
