"""`qimma ingest | docs | remove | search` as a user runs them, bad input included."""

from __future__ import annotations

import json
import shutil

import pytest

from qimma.cli import main
from tests.conftest import SAMPLES

BAHRAIN = "bahrain-smart-cities-summit"


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_bad_files_each_get_one_line_and_good_ones_survive(tmp_path, data_dir, capsys):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SAMPLES / f"{BAHRAIN}.txt", folder)
    code, _, _ = run(capsys, "ingest", "--data-dir", data_dir, str(folder))
    assert code == 0

    sentence = "يعقد مؤتمر الرياض للمدن الذكية في شهر مارس بمشاركة واسعة من الخبراء."
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "legacy.txt").write_bytes(sentence.encode("cp1256"))
    (folder / "wide.txt").write_bytes(sentence.replace("الرياض", "الدوحة").encode("utf-16"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 50 MB on paper, no disk used
        handle.truncate(50 * 1024 * 1024)
    missing = str(tmp_path / "does-not-exist")

    code, out, _ = run(capsys, "ingest", "--json", "--data-dir", data_dir, str(folder), missing)
    report = json.loads(out)
    assert code == 0, "a partly failed run still succeeds"
    assert set(report["added"]) == {"legacy", "wide"}
    assert report["unchanged"] == [BAHRAIN]
    reasons = {item["item"].rsplit("/", 1)[-1]: item["reason"] for item in report["failed"]}
    assert set(reasons) == {"empty.txt", "binary.txt", "broken.pdf", "huge.txt", "does-not-exist"}
    for reason in reasons.values():
        assert reason and "\n" not in reason and "Traceback" not in reason
    assert "too large" in reasons["huge.txt"]
    assert "empty" in reasons["empty.txt"]

    code, out, _ = run(capsys, "docs", "--json", "--data-dir", data_dir)
    docs = {d["doc_id"]: d for d in json.loads(out)}
    assert set(docs) == {BAHRAIN, "legacy", "wide"}
    code, out, _ = run(
        capsys, "search", "--json", "-k", "1", "--data-dir", data_dir, "مؤتمر الرياض للمدن الذكية"
    )
    assert json.loads(out)[0]["doc_id"] == "legacy"


def test_whole_run_failing_exits_non_zero(tmp_path, data_dir, capsys):
    (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")
    code, out, _ = run(capsys, "ingest", "--data-dir", data_dir, str(tmp_path / "empty.md"))
    assert code == 1
    assert "failed 1" in out and "empty" in out


def test_remove_and_search_json_fields(tmp_path, data_dir, capsys):
    run(capsys, "ingest", "--data-dir", data_dir, str(SAMPLES / f"{BAHRAIN}.txt"))
    code, out, _ = run(
        capsys, "search", "--json", "--data-dir", data_dir, "أين تقام قمة المدن الذكية في البحرين؟"
    )
    hit = json.loads(out)[0]
    assert {"doc_id", "title", "source", "text", "start", "end", "score"} <= set(hit)
    assert hit["doc_id"] == BAHRAIN and hit["end"] > hit["start"]

    questions = tmp_path / "q.txt"
    questions.write_text(
        "أين تقام قمة المدن الذكية في البحرين؟\nمن يرعى القمة؟\n", encoding="utf-8"
    )
    code, out, _ = run(
        capsys, "search", "--questions", str(questions), "-k", "2", "--data-dir", data_dir
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert [row["question"] for row in lines] == [
        "أين تقام قمة المدن الذكية في البحرين؟",
        "من يرعى القمة؟",
    ]
    assert all(len(row["hits"]) <= 2 for row in lines)

    code, _, err = run(capsys, "remove", "--data-dir", data_dir, BAHRAIN, "nope")
    assert code == 1 and "not found: nope" in err
    code, out, _ = run(capsys, "docs", "--json", "--data-dir", data_dir)
    assert json.loads(out) == []
    code, out, _ = run(capsys, "search", "--json", "--data-dir", data_dir, "قمة المدن الذكية")
    assert json.loads(out) == []
