"""Evaluation runs end to end: test-set files, run folders, reports, compare, CLI, API, judge."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import NotFoundError
from assistant.types import Answer, Citation
from qimma.evaluation import EvalRun, TestsetError, evaluate, load_testset, parse_testset
from qimma.evaluation.compare import compare_runs, format_comparison
from qimma.evaluation.metrics import mean
from store.types import Hit
from tests.conftest import REPO, SAMPLES, XQUAD


# --------------------------------------------------------------------- a scripted service
class FakeService:
    """Answers from a script {question: (answer, refused, cited docs, retrieved docs) | error}."""

    def __init__(self, data_dir: Path, script: dict, **settings):
        self.settings = Settings(data_dir=data_dir, answerer="offline", **settings)
        self.script = script
        self.max_bytes = 1_000_000
        self.asked: list[tuple[str, list]] = []

    def answerer(self, mode=None):
        if mode == "llm" and not self.settings.llm_configured:
            raise ValueError("LLM mode needs a model")
        return self

    def mode_label(self, mode=None) -> str:
        return "fake"

    def documents(self):
        return []

    def conversation(self, conversation_id):
        raise NotFoundError(conversation_id)

    def _entry(self, question):
        entry = self.script[question]
        if isinstance(entry, BaseException):
            raise entry
        return entry

    def ask(self, question, conversation_id=None, history=None, mode=None, k=None) -> Answer:
        self.asked.append((question, list(history or [])))
        text, refused, cited, _ = self._entry(question)
        citations = [
            Citation(i, d, f"title {d}", f"{d}.txt", f"passage of {d}", 0, 10, supported=i != 2)
            for i, d in enumerate(cited, 1)
        ]
        return Answer(
            answer=text,
            refused=refused,
            citations=citations,
            timings={"retrieve_ms": 1.0, "total_ms": 10.0 * len(self.asked)},
            usage={"prompt_tokens": 100, "completion_tokens": 10},
        )

    def search(self, query, k=None):
        _, _, _, retrieved = self._entry(query)
        return [Hit(d, d, d, "text", 0, 4, 1.0 / (i + 1)) for i, d in enumerate(retrieved)]


SCRIPT = {
    "متى تنعقد القمة؟": (
        "تنعقد القمة يومي ١٠ و١١ أبريل ٢٠٢٥ [1].",
        False,
        ["doc-a"],
        ["doc-a", "doc-b"],
    ),
    "أين تنعقد القمة؟": (
        "في مدينة جدة [1][2].",
        False,
        ["doc-b", "doc-c"],
        ["doc-b", "doc-c", "doc-a"],
    ),
    "من افتتح القمة؟": RuntimeError("the answerer broke"),
    "ما عاصمة اليابان؟": ("لا تتضمن المقالات الإجابة.", True, [], ["doc-c"]),
}
ITEMS = [
    {
        "id": "when",
        "question": "متى تنعقد القمة؟",
        "answers": ["10 و11 ابريل 2025"],
        "gold_docs": ["doc-a"],
        "kind": "fact",
    },
    {
        "id": "where",
        "question": "أين تنعقد القمة؟",
        "answers": ["بركان"],
        "gold_docs": ["doc-a"],
        "kind": "fact",
        "history": [{"question": "ما القمة؟", "answer": "قمة المدن الذكية"}],
    },
    {
        "id": "who",
        "question": "من افتتح القمة؟",
        "answers": ["الوزير"],
        "gold_docs": ["doc-a"],
        "kind": "fact",
    },
    {
        "id": "japan",
        "question": "ما عاصمة اليابان؟",
        "answers": [],
        "gold_docs": [],
        "kind": "unanswerable",
    },
]


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def fake_run(tmp_path):
    service = FakeService(tmp_path / "data", SCRIPT)
    testset = write_jsonl(tmp_path / "set.jsonl", ITEMS)
    seen = []

    def progress(done, total, record):
        # results.jsonl holds every item answered so far, before the run ends
        lines = (tmp_path / "run" / "results.jsonl").read_text("utf-8").splitlines()
        seen.append((done, total, len(lines), record["id"]))

    summary = evaluate(service, load_testset(testset), tmp_path / "run", progress=progress)
    return service, summary, EvalRun.load(tmp_path / "run"), seen


# ------------------------------------------------------------------------- run folders
def test_results_are_written_incrementally_and_errors_do_not_stop_the_run(fake_run):
    service, summary, run, seen = fake_run
    assert seen == [(1, 4, 1, "when"), (2, 4, 2, "where"), (3, 4, 3, "who"), (4, 4, 4, "japan")]
    records = {r["id"]: r for r in run.results}
    assert records["who"]["error"] == "RuntimeError: the answerer broke"
    assert records["japan"]["refused"] is True and records["japan"]["error"] is None
    assert summary["overall"]["errors"] == 1 and summary["complete"] is True
    # the history went to the service as turns
    assert [t.question for t in service.asked[1][1]] == ["ما القمة؟"]


def test_item_metrics(fake_run):
    records = {r["id"]: r for r in fake_run[2].results}
    when, where = records["when"]["metrics"], records["where"]["metrics"]
    assert when["contains"] == 1.0 and when["hit@1"] == 1.0 and when["citation_precision"] == 1.0
    assert (
        where["contains"] == 0.0
        and where["gold_rank"] == 3
        and where["mrr@10"] == pytest.approx(1 / 3)
    )
    assert where["citation_precision"] == 0.0 and where["citation_recall"] == 0.0
    assert records["who"]["metrics"]["f1"] == 0.0  # an error counts as a wrong answer
    assert [r["doc_id"] for r in records["where"]["retrieved"]] == ["doc-b", "doc-c", "doc-a"]


def test_summary_is_consistent_with_results(fake_run):
    _, summary, run, _ = fake_run
    on_disk = json.loads(run.summary_path.read_text("utf-8"))
    assert on_disk["overall"] == summary["overall"]
    assert {"overall", "per_kind", "config", "timestamp", "judge", "run_id"} <= on_disk.keys()
    records = run.results
    overall = summary["overall"]
    for name in ("f1", "exact_match", "contains", "hit@1", "hit@5", "mrr@10"):
        expected = mean(r["metrics"].get(name) for r in records)
        assert overall[name] == pytest.approx(expected, abs=1e-4), name
    assert overall["items"] == len(records) == 4
    assert overall["answerable"] == 3 and overall["unanswerable"] == 1
    assert overall["hit@1"] == pytest.approx(1 / 3, abs=1e-4)
    assert overall["refusal_recall"] == 1.0 and overall["refusal_precision"] == 1.0
    assert overall["wrong_refusal_rate"] == 0.0
    assert overall["citations_supported"] == pytest.approx(
        2 / 3, abs=1e-4
    )  # 3 citations, marker 2 not
    assert overall["latency_p50_ms"] == 20.0 and overall["latency_p95_ms"] == 38.0  # 10, 20, 40
    assert overall["prompt_tokens"] == 300 and overall["tokens_per_item"] == 110  # 3 answered
    assert sorted(summary["per_kind"]) == ["fact", "unanswerable"]
    assert summary["per_kind"]["fact"]["items"] == 3
    assert summary["config"]["mode"] == "offline" and summary["config"]["k"] == 5


def test_report_has_the_tables_and_embedded_plots(fake_run):
    page = fake_run[2].report_path.read_text("utf-8")
    assert '<table id="headline">' in page and '<table id="per-kind">' in page
    assert re.search(r"<td[^>]*>mrr@10</td>", page)
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(images) >= 2
    assert base64.b64decode(images[0])[:8] == b"\x89PNG\r\n\x1a\n"
    assert 'dir="auto"' in page and "أين تنعقد القمة؟" in page
    assert "http://" not in page and "https://" not in page  # self-contained
    # the worst items include the error and the wrong answer, with cited passages
    assert "the answerer broke" in page and "passage of doc-b" in page


def test_interrupted_run_keeps_its_results(tmp_path):
    script = dict(SCRIPT)
    script["من افتتح القمة؟"] = KeyboardInterrupt()
    service = FakeService(tmp_path / "data", script)
    with pytest.raises(KeyboardInterrupt):
        evaluate(service, load_testset(write_jsonl(tmp_path / "s.jsonl", ITEMS)), tmp_path / "run")
    run = EvalRun.load(tmp_path / "run")
    assert [r["id"] for r in run.results] == ["when", "where"]
    assert run.summary["complete"] is False and run.summary["overall"]["items"] == 2


def test_llm_mode_without_a_model_fails_before_any_item(tmp_path):
    service = FakeService(tmp_path / "data", SCRIPT)
    with pytest.raises(ValueError, match="LLM"):
        evaluate(
            service,
            load_testset(write_jsonl(tmp_path / "s.jsonl", ITEMS)),
            tmp_path / "r",
            mode="llm",
        )
    assert service.asked == []


# --------------------------------------------------------------------------- test sets
def test_bad_jsonl_lines_are_reported_by_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"question": "سؤال جيد", "answers": ["x"], "gold_docs": ["a"], "id": "1"}\n'
        "\n"
        "{not json}\n"
        '{"answers": ["x"]}\n'
        '{"question": "q", "answers": "x", "gold_docs": [1, {"a": 2}]}\n'
        '{"question": "مكرر", "id": "1"}\n'
        '{"question": "q2", "history": [{"answer": "no question"}]}\n',
        "utf-8",
    )
    with pytest.raises(TestsetError) as info:
        load_testset(path)
    lines = [n for n, _ in info.value.problems]
    assert lines == [3, 4, 5, 6, 7]
    reasons = dict(info.value.problems)
    assert "invalid JSON" in reasons[3] and "question" in reasons[4]
    assert "gold_docs" in reasons[5] and "duplicate id '1'" in reasons[6]
    assert "line 3" in str(info.value)
    # not strict: the good line survives
    assert [i.id for i in load_testset(path, strict=False)] == ["1"]


def test_csv_testsets(tmp_path):
    path = tmp_path / "set.csv"
    path.write_text(
        "id,question,answers,gold_docs,kind,history\n"
        "a,متى؟,10 أبريل|11 أبريل,doc-a,fact,\n"
        'b,"أين؟","[""بركان""]","[""doc-a"", ""doc-b""]",multi,"[{""question"": ""q"", ""answer"": ""r""}]"\n'
        "c,,x,doc-a,fact,\n"
        'd,سؤال,"[broken",doc-a,fact,\n'
        "e,لا جواب,,,,\n",
        "utf-8",
    )
    items, problems = parse_testset(path.read_text("utf-8"), "set.csv")
    assert [n for n, _ in problems] == [4, 5]
    assert "question" in problems[0][1] and "JSON" in problems[1][1]
    by_id = {i.id: i for i in items}
    assert by_id["a"].answers == ["10 أبريل", "11 أبريل"] and by_id["a"].gold_docs == ["doc-a"]
    assert by_id["b"].gold_docs == ["doc-a", "doc-b"] and by_id["b"].history[0]["answer"] == "r"
    assert by_id["e"].kind == "unanswerable" and not by_id["e"].answerable
    _, header_problems = parse_testset("q,answers\nx,y\n", "x.csv")
    assert header_problems == [(1, "CSV header must name a 'question' column")]


def test_items_without_id_get_a_stable_one():
    items, _ = parse_testset('{"question": "متى؟"}\n{"question": "أين؟"}\n')
    again, _ = parse_testset('{"question": "أين؟"}\n')
    assert items[1].id == again[0].id and items[0].id != items[1].id


# ------------------------------------------------------------------------------ compare
def _hand_run(folder: Path, rows: list[dict], overall: dict) -> EvalRun:
    folder.mkdir(parents=True)
    write_jsonl(folder / "results.jsonl", rows)
    summary = {"overall": overall, "per_kind": {}, "judge": None}
    (folder / "summary.json").write_text(json.dumps(summary), "utf-8")
    return EvalRun(folder)


def _row(item_id, f1, contains, refused=False, answerable=True):
    metrics = {"f1": f1, "contains": contains, "refused": refused}
    return {
        "id": item_id,
        "kind": "fact",
        "question": f"q {item_id}",
        "answer": f"a {item_id}",
        "answerable": answerable,
        "metrics": metrics,
        "error": None,
    }


def test_compare_shows_what_got_better_and_worse(tmp_path):
    run_a = _hand_run(
        tmp_path / "a",
        [
            _row("1", 0.2, 0.0),
            _row("2", 1.0, 1.0),
            _row("3", 0.5, 1.0),
            _row("4", 0, 0, refused=False, answerable=False),
            _row("only-a", 1, 1),
        ],
        {"f1": 0.5, "hit@5": 0.8},
    )
    run_b = _hand_run(
        tmp_path / "b",
        [
            _row("1", 0.9, 1.0),
            _row("2", 0.0, 0.0),
            _row("3", 0.5, 1.0),
            _row("4", 0, 0, refused=True, answerable=False),
        ],
        {"f1": 0.6, "hit@5": 0.7},
    )
    diff = compare_runs(run_a, run_b)
    assert [e["id"] for e in diff["better"]] == ["1", "4"]
    assert [e["id"] for e in diff["worse"]] == ["2"]
    assert diff["better"][0]["changes"] == {"contains": 1.0, "f1": 0.7}
    assert diff["better"][1]["changes"] == {"refusal_ok": 1.0}
    assert diff["metrics"]["f1"]["delta"] == pytest.approx(0.1)
    assert diff["metrics"]["hit@5"]["delta"] == pytest.approx(-0.1)
    assert diff["only_a"] == ["only-a"] and diff["only_b"] == []
    text = format_comparison(diff)
    assert "BETTER in B (2 items)" in text and "WORSE in B (1 items)" in text


def test_compare_command(tmp_path, capsys):
    from qimma.cli import main

    _hand_run(tmp_path / "a", [_row("1", 0.0, 0.0)], {"f1": 0.0})
    _hand_run(tmp_path / "b", [_row("1", 1.0, 1.0)], {"f1": 1.0})
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "BETTER in B (1 items)" in out and "+1" in out
    assert main(["eval", "compare", str(tmp_path / "a")]) == 2


# ----------------------------------------------------------------------------------- CLI
def _eval_args(*argv):
    from qimma.cli import build_parser

    return build_parser().parse_args(["eval", *argv])


def test_fail_under_exits_1_when_below_and_0_when_met(tmp_path, capsys):
    from qimma.evaluation.cli import run_eval_command

    testset = str(write_jsonl(tmp_path / "set.jsonl", ITEMS))
    service = FakeService(tmp_path / "data", SCRIPT)
    args = _eval_args(
        testset,
        "--out",
        str(tmp_path / "r1"),
        "--fail-under",
        "hit@5=0.5",
        "--fail-under",
        "f1=0.9",
    )
    assert run_eval_command(args, lambda a: service) == 1
    err = capsys.readouterr().err
    assert "FAIL f1 = " in err and "below 0.9" in err and "hit@5" not in err
    args = _eval_args(
        testset,
        "--out",
        str(tmp_path / "r2"),
        "--fail-under",
        "hit@5=0.5",
        "--fail-over",
        "wrong_refusal_rate=0.1",
    )
    assert run_eval_command(args, lambda a: service) == 0
    assert "all 2 bar(s) met" in capsys.readouterr().out


def test_unknown_metric_and_bad_testset_exit_2(tmp_path, capsys):
    from qimma.cli import main

    testset = write_jsonl(tmp_path / "set.jsonl", ITEMS)
    assert main(["eval", str(testset), "--fail-under", "accuracy=0.5"]) == 2
    err = capsys.readouterr().err
    assert "unknown metric 'accuracy'" in err and "mrr@10" in err and "refusal_recall" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok"}\n{"answers": []}\nnope\n', "utf-8")
    assert main(["eval", str(bad), "--data-dir", str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert "line 2:" in err and "line 3:" in err


def test_eval_help_explains_both_forms(capsys):
    from qimma.cli import main

    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    out = capsys.readouterr().out
    assert "qimma eval compare RUN_A RUN_B" in out and "--fail-under" in out and "hit@5" in out


# ---------------------------------------------------------------------------------- XQuAD
@pytest.mark.needs_shared("bench/xquad-ar/qa.jsonl", "bench/xquad-ar/corpus.jsonl")
def test_xquad_sets_are_reproducible_and_aligned(tmp_path, capsys):
    from qimma.cli import main

    assert (
        main(
            [
                "testset",
                "xquad",
                "--xquad",
                str(XQUAD),
                "--out",
                str(tmp_path / "a"),
                "--limit",
                "25",
                "--seed",
                "7",
            ]
        )
        == 0
    )
    assert "xquad-ar.jsonl (25 questions)" in capsys.readouterr().out
    main(
        [
            "testset",
            "xquad",
            "--xquad",
            str(XQUAD),
            "--out",
            str(tmp_path / "b"),
            "--limit",
            "25",
            "--seed",
            "7",
        ]
    )
    main(
        [
            "testset",
            "xquad",
            "--xquad",
            str(XQUAD),
            "--out",
            str(tmp_path / "c"),
            "--limit",
            "25",
            "--seed",
            "8",
        ]
    )
    ar = (tmp_path / "a" / "xquad-ar.jsonl").read_text("utf-8")
    assert ar == (tmp_path / "b" / "xquad-ar.jsonl").read_text("utf-8")
    assert ar != (tmp_path / "c" / "xquad-ar.jsonl").read_text("utf-8")
    ar_items = load_testset(tmp_path / "a" / "xquad-ar.jsonl")
    en_items = load_testset(tmp_path / "a" / "xquad-en.jsonl")
    assert [i.id for i in ar_items] == [i.id for i in en_items] == sorted(i.id for i in ar_items)
    corpus_ids = {
        json.loads(line)["id"] for line in (XQUAD / "corpus.jsonl").open(encoding="utf-8")
    }
    assert all(set(i.gold_docs) <= corpus_ids and i.answers for i in ar_items)
    assert en_items[0].question.isascii() is not ar_items[0].question.isascii()
    assert {i.kind for i in ar_items} == {"xquad-ar"} and {i.kind for i in en_items} == {"xquad-en"}


# ----------------------------------------------------------------------------------- judge
def _judge_reply(body):
    prompt = " ".join(str(m.get("content", "")) for m in body["messages"])
    return "4.5\nClose to the reference." if "Reference Answer" in prompt else "YES"


def test_judge_scores_through_llama_index_evaluators(llm_stub):
    from qimma.evaluation.judge import Judge

    settings = Settings(llm_model="stub-model", openai_base_url=llm_stub.base_url)
    judge = Judge.from_settings(settings)
    llm_stub.responder = _judge_reply
    scores = judge.score("متى؟", "في 10 أبريل [1].", ["انعقدت القمة في 10 أبريل."], ["10 أبريل"])
    assert scores == {"faithfulness": 1.0, "relevancy": 1.0, "correctness": 4.5}
    assert len(llm_stub.requests) == 3
    sent = json.dumps(llm_stub.requests, ensure_ascii=False)
    assert "[1]" not in sent  # markers stripped before judging
    llm_stub.reset()
    llm_stub.enqueue("NO, the context does not support it.")
    llm_stub.enqueue("NO")
    llm_stub.enqueue("2")  # a bare score: LlamaIndex's default parser would crash on it
    scores = judge.score("متى؟", "في 12 مايو.", ["انعقدت القمة في 10 أبريل."], ["10 أبريل"])
    assert scores == {"faithfulness": 0.0, "relevancy": 0.0, "correctness": 2.0}


def test_judge_in_a_run_is_reported_apart(tmp_path, llm_stub):
    llm_stub.responder = _judge_reply
    service = FakeService(
        tmp_path / "data", SCRIPT, llm_model="stub-model", openai_base_url=llm_stub.base_url
    )
    items = load_testset(write_jsonl(tmp_path / "s.jsonl", ITEMS))
    summary = evaluate(service, items, tmp_path / "run", judge=True)
    judge = summary["judge"]["overall"]
    assert judge["judged"] == 2  # the error and the refusal are not judged
    assert judge["faithfulness"] == 1.0 and judge["correctness"] == 4.5
    assert "faithfulness" not in summary["overall"]
    assert "LLM judge" in (tmp_path / "run" / "report.html").read_text("utf-8")


# ------------------------------------------------------------------------------------- API
def _api(service):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from qimma.api_eval import router

    app = FastAPI()
    app.state.service = service
    app.include_router(router)
    return TestClient(app)


def test_api_evaluate_upload_and_report(tmp_path):
    client = _api(FakeService(tmp_path / "data", SCRIPT))
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ITEMS).encode()
    resp = client.post(
        "/v1/evaluate",
        files={"file": ("set.jsonl", body)},
        data={"mode": "offline", "k": "3", "limit": "2"},
    )
    assert resp.status_code == 200, resp.text
    data = resp.json()
    assert data["overall"]["items"] == 2 and data["truncated"] is True
    assert data["config"]["k"] == 3
    report = client.get(data["report_url"])
    assert report.status_code == 200 and "text/html" in report.headers["content-type"]
    assert '<table id="headline">' in report.text
    assert client.get(f"/v1/evaluate/{data['run_id']}").json()["overall"]["items"] == 2
    assert client.get("/v1/evaluate/..%2F..%2Fetc/report").status_code == 404
    assert client.get("/v1/evaluate/20250101-000000-deadbeef/report").status_code == 404


def test_api_bad_testset_is_400_with_line_numbers(tmp_path):
    client = _api(FakeService(tmp_path / "data", SCRIPT))
    resp = client.post(
        "/v1/evaluate", files={"file": ("set.jsonl", b'{"question": "ok"}\n{oops\n')}
    )
    assert resp.status_code == 400 and "line 2" in resp.text
    resp = client.post("/v1/evaluate", files={"file": ("set.txt", b"x")})
    assert resp.status_code == 400


# --------------------------------------------------------------------- the real service
SAMPLE_TESTSET = REPO / "testsets" / "samples.jsonl"
FALLBACK_ITEMS = [
    {
        "id": "berkane-2025-date",
        "question": "متى ينعقد الملتقى الدولي حول المدن الذكية في بركان سنة 2025؟",
        "answers": ["10 و 11 أبريل 2025"],
        "gold_docs": ["berkane-smart-cities-forum-2025"],
        "kind": "fact",
    },
    {
        "id": "casablanca-hotel",
        "question": "أين يقام ملتقى المدينة الذكية للدار البيضاء؟",
        "answers": ["فندق حياة ريجنسي"],
        "gold_docs": ["casablanca-smart-city-forum"],
        "kind": "fact",
    },
    {
        "id": "unanswerable",
        "question": "كم عدد سكان طوكيو؟",
        "answers": [],
        "gold_docs": [],
        "kind": "unanswerable",
    },
]


@pytest.fixture(scope="module")
def real_service(tmp_path_factory):
    from assistant.service import QimmaService

    service = QimmaService(
        Settings(data_dir=tmp_path_factory.mktemp("eval-data"), answerer="offline")
    )
    report = service.ingest([SAMPLES])
    assert not report.failed
    return service


@pytest.mark.slow
def test_full_evaluate_through_the_real_service(real_service, tmp_path):
    if SAMPLE_TESTSET.is_file():
        items = load_testset(SAMPLE_TESTSET)[:6]
    else:
        items = load_testset(write_jsonl(tmp_path / "samples.jsonl", FALLBACK_ITEMS))
    summary = evaluate(real_service, items, tmp_path / "run", k=5)
    run = EvalRun.load(tmp_path / "run")
    records = run.results
    assert len(records) == len(items) == summary["overall"]["items"]
    assert summary["overall"]["errors"] == 0, [r["error"] for r in records if r["error"]]
    doc_ids = {d.doc_id for d in real_service.documents()}
    for record in records:
        assert record["retrieved"] and {r["doc_id"] for r in record["retrieved"]} <= doc_ids
        assert {c["doc_id"] for c in record["citations"]} <= doc_ids
        assert record["refused"] or record["answer"]
        assert record["timings"]["total_ms"] > 0
    with_gold = [r for r in records if r["gold_docs"]]
    assert with_gold and summary["overall"]["hit@10"] > 0
    assert summary["overall"]["latency_p50_ms"] > 0
    assert run.report_path.is_file()


@pytest.mark.slow
def test_offline_draft_testset_from_the_articles(real_service, tmp_path, capsys):
    from qimma.cli import build_parser
    from qimma.evaluation.cli import run_testset_command

    out = tmp_path / "draft.jsonl"
    args = build_parser().parse_args(
        ["testset", "generate", "--out", str(out), "-n", "12", "--mode", "offline"]
    )
    assert run_testset_command(args, lambda a: real_service) == 0
    assert "DRAFT" in capsys.readouterr().err
    items = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(items) == 12 and all(i["draft"] for i in items)
    assert len({i["gold_docs"][0] for i in items}) >= 4  # spread over the articles
    assert {i["kind"] for i in items} >= {"generated-when", "generated-how_many"}
    for item in items:
        text = real_service.document(item["gold_docs"][0]).text
        assert item["answers"][0] in text  # the answer is copied from the gold article
        assert item["question"].split(":")[0] in {
            "متى",
            "كم",
            "أين",
            "من",
            "When",
            "How many",
            "Where",
            "Who",
        }
    assert load_testset(out)  # a valid test set


# --------------------------------------------------------------------------- web page
def test_evaluate_tab_builds_and_runs(tmp_path, monkeypatch):
    import gradio as gr

    # the tab reads only files in Gradio's upload cache: make tmp_path that cache
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path))
    from qimma.eval_ui import build_evaluate_tab, run_evaluation

    service = FakeService(tmp_path / "data", SCRIPT)
    with gr.Blocks() as page, gr.Tabs():
        build_evaluate_tab(service)
    assert "التقييم" in json.dumps(page.config, ensure_ascii=False)  # Arabic until the toggle
    testset = write_jsonl(tmp_path / "set.jsonl", ITEMS)
    steps = []
    status, rows, kinds, report = run_evaluation(
        service, str(testset), "offline", 4, 3, lambda *a, **kw: steps.append(a)
    )
    assert status.startswith("✅ 3 questions") and "/v1/evaluate/" in status
    assert rows["headers"] == ["metric", "value"] and kinds["headers"][0] == "kind"
    assert dict(rows["data"])["items"] == 3 and [k[0] for k in kinds["data"]] == ["fact"]
    assert report.startswith("<iframe") and "srcdoc=" in report and "&lt;table id=" in report
    assert steps[-1] == (1.0,)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n", "utf-8")
    status, *_ = run_evaluation(service, str(bad), "offline", 4, 3, lambda *a, **kw: None)
    assert "line 1" in status
    # the same run in Arabic: status, metric names and headers in the page's language
    status, rows, kinds, _ = run_evaluation(
        service, str(testset), "offline", 4, 3, lambda *a, **kw: None, "ar"
    )
    assert status.startswith("✅ 3 سؤال") and rows["headers"] == ["المقياس", "القيمة"]
    assert "الأسئلة (items)" in dict(rows["data"])
    outside = tmp_path.parent / f"{tmp_path.name}-outside.jsonl"
    outside.write_text(testset.read_text("utf-8"), "utf-8")
    status, rows, *_ = run_evaluation(service, str(outside), "offline", 4, 3, lambda *a, **k: None)
    assert "not uploaded through this page" in status and rows == []
