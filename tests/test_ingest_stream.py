"""Big ingests: compressed files streamed, a second run skipping what is done without the model."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.conftest import SAMPLES, make_settings

IDS = ["bahrain-smart-cities-summit", "jeddah-e-municipality-day", "casablanca-smart-city-forum"]


@pytest.fixture
def service(tmp_path):
    from assistant.service import QimmaService

    return QimmaService(make_settings(tmp_path / "data"))


def _archive(path, ids, bad_line=True):
    lines = [
        json.dumps({"id": i, "title": i, "text": (SAMPLES / f"{i}.txt").read_text("utf-8")})
        for i in ids
    ]
    if bad_line:
        lines.insert(1, '{"id": "broken", "text": ')
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


class _NoModel:
    def get_text_embedding_batch(self, texts):
        raise AssertionError("the second run must not embed anything")


def test_jsonl_gz_is_streamed_and_a_second_run_needs_no_embedder(service, tmp_path):
    archive = _archive(tmp_path / "news.jsonl.gz", IDS)
    first = service.ingest([archive])
    assert sorted(first.added) == sorted(IDS)
    assert [item for item, _ in first.failed] == [f"{archive}:2"]
    assert service.search("ملتقى يوم البلدية الالكترونية في جدة", 3)[0].doc_id == IDS[1]

    service.store.embed_model = _NoModel()
    again = service.ingest([archive])
    assert sorted(again.unchanged) == sorted(IDS) and not again.added


def test_an_interrupted_run_resumes_where_it_stopped(service, tmp_path):
    service.ingest([_archive(tmp_path / "part.jsonl.gz", IDS[:2], bad_line=False)])
    report = service.ingest([_archive(tmp_path / "news.jsonl.gz", IDS, bad_line=False)])
    assert report.added == [IDS[2]] and sorted(report.unchanged) == sorted(IDS[:2])


def test_single_gzipped_text_file_and_folder_walk(service, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SAMPLES / "bahrain-smart-cities-summit.txt").read_bytes()
    (folder / "bahrain.txt.gz").write_bytes(gzip.compress(text))
    (folder / "notes.bin.gz").write_bytes(gzip.compress(b"x"))
    report = service.ingest([folder])
    assert report.added == ["bahrain"] and not report.failed
    assert service.document("bahrain").text.strip()


def test_a_corrupt_gzip_is_one_failure(service, tmp_path):
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"not gzip at all")
    report = service.ingest([bad])
    assert len(report.failed) == 1 and "gzip" in report.failed[0][1]
