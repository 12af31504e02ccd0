"""Behaviour of ingest + store + search, run the same against embedded Chroma and a Chroma server."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import SAMPLES, make_settings

SAMPLE_IDS = {
    "bahrain-smart-cities-summit",
    "berkane-smart-cities-forum-2025",
    "berkane-smart-cities-symposium-2024",
    "casablanca-smart-city-forum",
    "jeddah-e-municipality-day",
}


@pytest.fixture(scope="module", params=["embedded", "server"])
def store_mode(request):
    if request.param == "server":
        return request.getfixturevalue("chroma_server_url")
    return None


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, store_mode):
    """A service over all five sample articles, per store mode, for tests that only read."""
    from assistant.service import QimmaService

    service = QimmaService(make_settings(tmp_path_factory.mktemp("indexed"), store_mode))
    report = service.ingest([SAMPLES])
    assert set(report.added) == SAMPLE_IDS and not report.failed
    return service


@pytest.fixture
def corpus(tmp_path):
    """A private copy of the sample articles that a test may edit."""
    folder = tmp_path / "articles"
    shutil.copytree(SAMPLES, folder)
    return folder


@pytest.fixture
def service(tmp_path, store_mode):
    from assistant.service import QimmaService

    return QimmaService(make_settings(tmp_path / "data", store_mode))


def _chunk_rows(service, doc_id):
    return service.store._cols.chunks.get(where={"doc_id": doc_id}, include=["metadatas"])


def test_ingest_is_idempotent_and_updates_replace_chunks(service, corpus):
    for extra in (
        "casablanca-smart-city-forum",
        "bahrain-smart-cities-summit",
        "berkane-smart-cities-symposium-2024",
    ):
        (corpus / f"{extra}.txt").unlink()
    ids = {"jeddah-e-municipality-day", "berkane-smart-cities-forum-2025"}
    first = service.ingest([corpus])
    assert set(first.added) == ids and not first.failed
    passages = service.store.count_passages()

    again = service.ingest([corpus])
    assert set(again.unchanged) == ids and not again.added and not again.updated
    assert service.store.count_passages() == passages

    path = corpus / "jeddah-e-municipality-day.txt"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\nوتستمر فعاليات الملتقى ثلاثة أيام متتالية في قاعة الأمانة.\n",
        encoding="utf-8",
    )
    changed = service.ingest([corpus])
    assert changed.updated == ["jeddah-e-municipality-day"]
    rows = _chunk_rows(service, "jeddah-e-municipality-day")
    hashes = {m["content_hash"] for m in rows["metadatas"]}
    assert len(hashes) == 1, "old chunks of the changed article must be gone"
    article = service.document("jeddah-e-municipality-day")
    assert "ثلاثة أيام متتالية" in article.text
    hits = service.search("كم يوما تستمر فعاليات ملتقى يوم البلدية الالكترونية في جدة", 3)
    assert hits[0].doc_id == "jeddah-e-municipality-day"


def test_docs_lists_ids_titles_and_chunk_counts(indexed):
    service = indexed
    docs = {d.doc_id: d for d in service.documents()}
    assert set(docs) == SAMPLE_IDS
    for doc_id, info in docs.items():
        assert info.chunks == len(_chunk_rows(service, doc_id)["ids"]) > 0
        assert info.title
        assert info.source.endswith(f"{doc_id}.txt")


def test_remove_deletes_article_everywhere(service, corpus):
    service.ingest(
        [corpus / "casablanca-smart-city-forum.txt", corpus / "jeddah-e-municipality-day.txt"]
    )
    removed, missing = service.remove(["casablanca-smart-city-forum", "no-such-article"])
    assert removed == ["casablanca-smart-city-forum"] and missing == ["no-such-article"]
    assert not _chunk_rows(service, "casablanca-smart-city-forum")["ids"]
    assert "casablanca-smart-city-forum" not in {d.doc_id for d in service.documents()}
    # neither the dense nor the keyword side may still return it
    for query in ("ملتقى المدينة الذكية للدار البيضاء", "Casablanca smart city forum"):
        assert all(h.doc_id != "casablanca-smart-city-forum" for h in service.search(query, 10))
    kw_ids = [
        cid for cid, _ in service.store.keyword_search("الدار البيضاء للتنشيط والتظاهرات", 10)
    ]
    assert not any(cid.startswith("casablanca-smart-city-forum#") for cid in kw_ids)


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("أين تقام قمة المدن الذكية في البحرين؟", "bahrain-smart-cities-summit"),
        ("Who organises the Casablanca smart city forum?", "casablanca-smart-city-forum"),
        ("متى ينعقد الملتقى الدولي حول المدن الذكية في بركان؟", "berkane-smart-cities-forum-2025"),
        ("من افتتح ملتقى يوم البلدية الالكترونية في جدة؟", "jeddah-e-municipality-day"),
    ],
)
def test_sample_questions_find_the_right_article_first(indexed, question, doc_id):
    hits = indexed.search(question, 5)
    assert hits and hits[0].doc_id == doc_id


def test_hits_carry_offsets_into_the_cleaned_text(indexed):
    service = indexed
    hits = service.search("شعار قمة المدن الذكية في البحرين", 5)
    assert hits
    for hit in hits:
        article = service.document(hit.doc_id)
        assert article.text[hit.start : hit.end] == hit.text
        assert hit.title and hit.source and hit.score > 0


def test_second_process_on_same_store_sees_the_same_passages(tmp_path, store_mode, corpus):
    """The keyword index is a cache: a writer elsewhere makes it stale and it is rebuilt."""
    from assistant.service import QimmaService

    settings_a = make_settings(tmp_path / "a", store_mode)
    a = QimmaService(settings_a)
    a.ingest([corpus / "bahrain-smart-cities-summit.txt"])
    if store_mode:
        b_settings = make_settings(tmp_path / "b", store_mode)
        b_settings.collection = settings_a.collection
    else:
        b_settings = make_settings(tmp_path / "a", None)
    b = QimmaService(b_settings)
    assert [h.chunk_id for h in b.search("مركز الخليج للمؤتمرات", 3)] == [
        h.chunk_id for h in a.search("مركز الخليج للمؤتمرات", 3)
    ]
    a.ingest([corpus / "jeddah-e-municipality-day.txt"])
    kw = b.store.keyword_search("أمانة محافظة جدة البلدية الالكترونية", 3)
    assert kw and kw[0][0].startswith("jeddah-e-municipality-day#")
    a.remove(["jeddah-e-municipality-day"])
    kw = b.store.keyword_search("أمانة محافظة جدة البلدية الالكترونية", 3)
    assert not any(cid.startswith("jeddah-e-municipality-day#") for cid, _ in kw)


def test_keyword_index_rebuilt_when_missing(tmp_path, corpus):
    from assistant.service import QimmaService

    settings = make_settings(tmp_path / "data")
    first = QimmaService(settings)
    first.ingest(
        [corpus / "bahrain-smart-cities-summit.txt", corpus / "jeddah-e-municipality-day.txt"]
    )
    assert first.store.keyword_search("شركة الطريق الذكي للاستشارات", 3)  # builds and saves it
    assert (settings.data_dir / "keyword").is_dir()
    shutil.rmtree(settings.data_dir / "keyword")
    fresh = QimmaService(settings)
    kw = fresh.store.keyword_search("شركة الطريق الذكي للاستشارات", 3)
    assert kw and kw[0][0].startswith("bahrain-smart-cities-summit#")
