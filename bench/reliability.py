"""Fault cases against real processes on 127.0.0.1: does Qimma hold, and at what cost?

Each case prints `held` or `FAILED` with its figures; every loop is bounded, and the script
stops the processes it started. Cases:

- kill -9 during `qimma ingest`, then the same ingest again: it converges (all articles, no
  orphans in search);
- CLI writes (`ingest`, `remove`) beside a running `qimma serve` on one data folder, while
  queries and searches run: the server answers no 5xx;
- a docx zip bomb (small on the wire, huge expanded) uploaded to the server: refused, and
  the server's memory barely moves;
- oversize questions (29 KB, 1 MB): a quick 413;
- many wrong keys: 429 after the configured number of failures;
- SIGTERM while requests run: the server exits within its grace period.

    python bench/reliability.py [--articles 12]

Uses ../shared/events/articles.jsonl when present (else the sample articles) for the ingest.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.load import _free_port, _wait_healthy  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
EVENTS = REPO.parent / "shared" / "events" / "articles.jsonl"
SAMPLES = REPO / "data" / "articles"
KEY = "bench-key"
QUESTION = "أين تقام قمة المدن الذكية في البحرين؟"
RESULTS: list[tuple[str, bool, str]] = []


def report(case: str, held: bool, figures: str) -> None:
    RESULTS.append((case, held, figures))
    print(f"{'held  ' if held else 'FAILED'} {case}: {figures}", flush=True)


def qimma(*args: str, data_dir: Path, env: dict | None = None, **kw) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "qimma.cli", *args, "--data-dir", str(data_dir)]
    return subprocess.Popen(
        cmd, cwd=REPO, env={**os.environ, **(env or {})}, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw,
    )  # fmt: skip


def run(*args: str, data_dir: Path, timeout: float = 600) -> tuple[int, str]:
    proc = qimma(*args, data_dir=data_dir)
    out, _ = proc.communicate(timeout=timeout)
    return proc.returncode, out


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def corpus(folder: Path, count: int) -> int:
    """`count` articles as a .jsonl under folder (events corpus, else the samples)."""
    lines = []
    if EVENTS.is_file():
        with EVENTS.open(encoding="utf-8") as handle:
            lines = [next(handle) for _ in range(count)]
    else:
        print(f"({EVENTS} missing: using the {len(list(SAMPLES.glob('*.txt')))} sample articles)")
        for path in sorted(SAMPLES.glob("*.txt"))[:count]:
            record = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    (folder / "articles.jsonl").write_text("".join(lines), encoding="utf-8")
    return len(lines)


# ------------------------------------------------------------------------------ cases
def case_kill_during_ingest(work: Path, count: int) -> None:
    data, src = work / "kill-data", work / "kill-src"
    src.mkdir()
    n = corpus(src, count)
    proc = qimma("ingest", str(src), data_dir=data)
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < 12:  # let it index a few
        time.sleep(0.5)
    killed = proc.poll() is None
    proc.kill()
    proc.wait()
    t0 = time.perf_counter()
    code, out = run("ingest", str(src), data_dir=data)
    rerun_s = time.perf_counter() - t0
    _, docs = run("docs", "--json", data_dir=data)
    listed = {d["doc_id"] for d in json.loads(docs.splitlines()[-1])}
    _, hits = run("search", QUESTION, "--json", "-k", "50", data_dir=data)
    orphans = {h["doc_id"] for h in json.loads(hits.splitlines()[-1])} - listed
    held = code == 0 and len(listed) == n and not orphans
    report(
        "kill -9 during ingest, then re-run",
        held,
        f"killed mid-run: {killed}; re-run exit {code} in {rerun_s:.0f} s; "
        f"{len(listed)}/{n} articles listed; {len(orphans)} orphan articles in search",
    )


def case_cli_beside_server(base: str, data: Path, work: Path) -> None:
    stop = threading.Event()
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def reader() -> None:
        with httpx.Client(base_url=base, timeout=120, headers=auth()) as http:
            for i in range(400):
                if stop.is_set():
                    return
                path, body = (
                    ("/v1/query", {"question": QUESTION})
                    if i % 2
                    else ("/v1/search", {"query": QUESTION})
                )
                try:
                    status = http.post(path, json=body).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    extra = work / "extra"
    extra.mkdir()
    (extra / "bahrain-copy.txt").write_text(
        (SAMPLES / "bahrain-smart-cities-summit.txt").read_text(encoding="utf-8"), "utf-8"
    )
    codes = []
    for _ in range(2):
        codes.append(run("ingest", str(extra), data_dir=data)[0])
        codes.append(run("remove", "bahrain-copy", data_dir=data)[0])
    time.sleep(5)  # and for a while after
    stop.set()
    for t in threads:
        t.join()
    bad = sum(v for k, v in statuses.items() if k >= 500 or k == 0)
    report(
        "CLI ingest/remove beside a running server",
        bad == 0,
        f"CLI exits {codes}; server answers by status {dict(sorted(statuses.items()))}",
    )


def case_zip_bomb(base: str, pid: int, work: Path) -> None:
    bomb = work / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"<w:t>" + b" " * (1024 * 1024 - 5)
            for _ in range(1100):
                member.write(block)
    before = rss_mb(pid)
    t0 = time.perf_counter()
    with httpx.Client(base_url=base, timeout=300, headers=auth()) as http:
        resp = http.post("/v1/documents", files=[("files", ("bomb.docx", bomb.read_bytes()))])
    took = time.perf_counter() - t0
    grown = rss_mb(pid) - before
    held = resp.status_code in (413, 422) and "zip bomb" in resp.text and grown < 300
    report(
        "docx zip bomb upload",
        held,
        f"{bomb.stat().st_size / 1e6:.1f} MB on the wire, 1,100 MB expanded: HTTP "
        f"{resp.status_code} in {took:.1f} s; server RSS {before:.0f} -> {before + grown:.0f} MB",
    )


def case_oversize_question(base: str, pid: int) -> None:
    figures, held = [], True
    with httpx.Client(base_url=base, timeout=300, headers=auth()) as http:
        for label, size in (("29 KB", 29_000), ("1 MB", 1_000_000)):
            t0 = time.perf_counter()
            resp = http.post("/v1/query", json={"question": "ق" * (size // 2)})
            took = time.perf_counter() - t0
            held &= resp.status_code == 413 and took < 5
            figures.append(f"{label}: HTTP {resp.status_code} in {took * 1000:.0f} ms")
        t0 = time.perf_counter()
        resp = http.post("/v1/query", json={"question": (QUESTION + " ") * 40})  # ~2,000 chars
        figures.append(
            f"a question at the limit: HTTP {resp.status_code} in {time.perf_counter() - t0:.1f} s"
        )
    figures.append(f"server RSS {rss_mb(pid):.0f} MB")
    report("oversize questions", held, "; ".join(figures))


def case_wrong_keys(base: str) -> None:
    statuses = []
    with httpx.Client(base_url=base, timeout=30) as http:
        for _ in range(50):
            resp = http.get("/v1/documents", headers={"Authorization": "Bearer wrong"})
            statuses.append(resp.status_code)
    first_429 = statuses.index(429) + 1 if 429 in statuses else None
    held = first_429 is not None and first_429 <= 11 and set(statuses[first_429:]) == {429}
    report(
        "50 wrong keys from one client",
        held,
        f"{statuses.count(401)} x 401 then {statuses.count(429)} x 429 (first 429 at try {first_429})",
    )


def case_sigterm(proc: subprocess.Popen, base: str) -> None:
    def busy() -> None:
        with contextlib.suppress(httpx.HTTPError):
            httpx.post(f"{base}/v1/query", json={"question": QUESTION}, headers=auth(), timeout=60)

    threads = [threading.Thread(target=busy) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    t0 = time.perf_counter()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
        took = time.perf_counter() - t0
    except subprocess.TimeoutExpired:
        proc.kill()
        took = float("inf")
    for t in threads:
        t.join()
    report("SIGTERM with 4 requests running", took < 15, f"exited in {took:.1f} s")


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {KEY}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=12, help="articles for the kill case")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="qimma-reliability-") as tmp:
        work = Path(tmp)
        case_kill_during_ingest(work, args.articles)
        data, port = work / "serve-data", _free_port()
        env = {"QIMMA_API_KEY": KEY, "QIMMA_ANSWERER": "offline"}
        server = qimma("serve", "--port", str(port), data_dir=data, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, server)
            case_oversize_question(base, server.pid)
            case_zip_bomb(base, server.pid, work)
            case_cli_beside_server(base, data, work)
            case_wrong_keys(base)  # last but one: this client is throttled afterwards
            time.sleep(61)  # let the throttle window pass for the shutdown case
            case_sigterm(server, base)
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
    failed = [case for case, held, _ in RESULTS if not held]
    print(
        f"{len(RESULTS) - len(failed)}/{len(RESULTS)} held"
        + (f"; failed: {failed}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
