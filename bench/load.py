"""Load on the HTTP API: throughput and latency at 1, 8 and 32 concurrent clients.

Starts `qimma serve` in a subprocess (temp data dir, the sample articles, offline answers)
unless --url names a running server, then sends a fixed number of requests per client to
`/v1/query` and `/v1/chat/completions`. The target: no errors, and 8 clients get at least
1.6x the throughput of one (the answerer and store take no global lock). The mixed case
runs queries while 4 uploaders each upload (and delete) small articles: reads beside writes.

    python bench/load.py [--requests 16] [--levels 1,8,32] [--uploaders 4] [--url URL]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
EVENTS_AR = [
    "قمة المدن الذكية في البحرين",
    "الملتقى الدولي حول المدن الذكية في بركان",
    "ملتقى المدينة الذكية للدار البيضاء",
    "يوم البلدية الإلكترونية في جدة",
    "الندوة الدولية للمدن الذكية في بركان",
]
TEMPLATES_AR = [
    "متى ينعقد {}؟",
    "أين يقام {}؟",
    "من ينظم {}؟",
    "ما هو شعار {}؟",
    "من يرعى {}؟",
    "كم عدد المشاركين في {}؟",
    "ما موضوع {}؟",
    "في أي مكان تعقد فعاليات {}؟",
]
PREFIXES_AR = ["", "من فضلك، ", "سؤال: ", "أود أن أعرف: ", "هل تعرف ", "أخبرني ", "لو سمحت، "]
EVENTS_EN = [
    "the Casablanca smart city forum",
    "the Bahrain smart cities summit",
    "the Berkane smart cities forum",
    "the Jeddah e-municipality day",
]
TEMPLATES_EN = [
    "Who organises {}?",
    "When is {} held?",
    "Where does {} take place?",
    "What is the theme of {}?",
    "How many people attend {}?",
]
PREFIXES_EN = ["", "Please tell me: ", "Quick question: "]


def question_pool() -> list[str]:
    """Several hundred distinct questions in Arabic and English about the sample articles."""
    arabic = [p + t.format(e) for p in PREFIXES_AR for t in TEMPLATES_AR for e in EVENTS_AR]
    english = [p + t.format(e) for p in PREFIXES_EN for t in TEMPLATES_EN for e in EVENTS_EN]
    pool = arabic + english
    random.Random(7).shuffle(pool)  # every level gets a similar mix of languages and events
    return pool


TARGET_RATIO = 1.6


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(url: str | None):
    """A running server's URL: the one given, or `qimma serve` started here and stopped after."""
    if url:
        yield url.rstrip("/")
        return
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="qimma-load-") as data_dir:
        env = {**os.environ, "QIMMA_ANSWERER": "offline", "QIMMA_API_KEY": ""}
        cmd = [
            sys.executable,
            "-m",
            "qimma.cli",
            "serve",
            "--data-dir",
            data_dir,
            "--port",
            str(port),
            "--mode",
            "offline",
        ]
        proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, proc)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_healthy(base: str, proc: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"qimma serve exited ({proc.returncode}):\n{proc.stdout.read()}")
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"qimma serve did not come up in {timeout:.0f} s")


def _request(endpoint: str, question: str) -> tuple[str, dict]:
    if endpoint == "query":
        return "/v1/query", {"question": question}
    return "/v1/chat/completions", {
        "model": "qimma",
        "messages": [{"role": "user", "content": question}],
    }


def run_level(base: str, endpoint: str, clients: int, per_client: int, questions) -> dict:
    """`clients` threads, each with its own connection, sending `per_client` requests."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(clients + 1)

    def client() -> None:
        with httpx.Client(base_url=base, timeout=300) as http:
            start_gate.wait()
            for _ in range(per_client):
                with lock:
                    question = next(questions)
                path, body = _request(endpoint, question)
                t0 = time.perf_counter()
                try:
                    resp = http.post(path, json=body)
                    ok = resp.status_code == 200 and "citations" in resp.json()
                    problem = None if ok else f"{resp.status_code}: {resp.text[:120]}"
                except httpx.HTTPError as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    start_gate.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {
        "endpoint": endpoint,
        "clients": clients,
        "requests": len(latencies),
        "errors": len(errors),
        "first_error": errors[0] if errors else "",
        "rps": len(latencies) / wall,
        "p50": _pct(latencies, 50),
        "p95": _pct(latencies, 95),
        "p99": _pct(latencies, 99),
    }


def run_mixed(base: str, clients: int, per_client: int, questions, uploaders: int) -> dict:
    """Queries at `clients` while `uploaders` threads upload and delete articles until done."""
    stop = threading.Event()
    upload_times: list[float] = []
    upload_errors: list[str] = []
    lock = threading.Lock()
    article = (REPO / "data" / "articles" / "jeddah-e-municipality-day.txt").read_text("utf-8")

    def uploader(n: int) -> None:
        with httpx.Client(base_url=base, timeout=300) as http:
            for i in range(200):  # bounded even if the queries never finish
                if stop.is_set():
                    return
                name = f"mixed-{n}-{i}.txt"
                t0 = time.perf_counter()
                try:
                    resp = http.post(
                        "/v1/documents",
                        files=[("files", (name, f"{article}\nنسخة {n}-{i}".encode()))],
                    )
                    problem = None if resp.status_code == 200 else f"{resp.status_code}"
                    http.delete(f"/v1/documents/mixed-{n}-{i}")
                except httpx.HTTPError as exc:
                    problem = type(exc).__name__
                with lock:
                    upload_times.append(time.perf_counter() - t0)
                    if problem:
                        upload_errors.append(problem)

    threads = [threading.Thread(target=uploader, args=(n,)) for n in range(uploaders)]
    for t in threads:
        t.start()
    try:
        result = run_level(base, "query", clients, per_client, questions)
    finally:
        stop.set()
        for t in threads:
            t.join()
    result.update(
        endpoint="mixed",
        uploads=len(upload_times),
        upload_errors=len(upload_errors),
        upload_p50=_pct(upload_times, 50),
    )
    return result


def _pct(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (default: start one)")
    parser.add_argument("--requests", type=int, default=16, help="requests per client (default 16)")
    parser.add_argument("--levels", default="1,8,32", help="concurrent clients (default 1,8,32)")
    parser.add_argument("--endpoints", default="query,chat", help="query,chat")
    parser.add_argument(
        "--uploaders", type=int, default=4, help="uploaders in the mixed case (0: skip it)"
    )
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.levels.split(",")]
    endpoints = args.endpoints.split(",")

    with served(args.url) as base:
        health = httpx.get(f"{base}/healthz").json()
        print(
            f"server {base}: {health['articles']} articles, answers: {health['mode']}, "
            f"{os.cpu_count()} CPUs here"
        )
        # steady state: the answerer embeds an article's sentences once, on first use, so
        # every question is asked once before measuring (this is the slow part of a cold start)
        pool = question_pool()
        t0 = time.perf_counter()
        run_level(base, "query", 4, len(pool) // 4, iter(pool))
        print(f"warm-up: {len(pool)} questions in {time.perf_counter() - t0:.0f} s")
        questions = itertools.cycle(pool)
        print(
            f"{'endpoint':<8} {'clients':>7} {'reqs':>5} {'errors':>6} {'req/s':>7} "
            f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
        )
        results = []
        for endpoint in endpoints:
            for clients in levels:
                r = run_level(base, endpoint, clients, args.requests, questions)
                results.append(r)
                print(
                    f"{r['endpoint']:<8} {r['clients']:>7} {r['requests']:>5} {r['errors']:>6} "
                    f"{r['rps']:>7.2f} {r['p50']:>8.0f} {r['p95']:>8.0f} {r['p99']:>8.0f}"
                )
                if r["first_error"]:
                    print(f"         first error: {r['first_error']}")
        if args.uploaders:
            clients = max(levels)
            r = run_mixed(base, clients, args.requests, questions, args.uploaders)
            results.append(r)
            alone = next(
                (x["rps"] for x in results if x["endpoint"] == "query" and x["clients"] == clients),
                None,
            )
            print(
                f"mixed: {clients} query clients beside {args.uploaders} uploaders: "
                f"{r['rps']:.2f} req/s (alone: {alone or float('nan'):.2f}), query p50 "
                f"{r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, errors {r['errors']}; "
                f"{r['uploads']} uploads, median {r['upload_p50']:.0f} ms, "
                f"errors {r['upload_errors']}"
            )
            if r["first_error"]:
                print(f"         first error: {r['first_error']}")
    status = 0
    for endpoint in endpoints:
        rps = {r["clients"]: r["rps"] for r in results if r["endpoint"] == endpoint}
        if 1 in rps and 8 in rps:
            ratio = rps[8] / rps[1]
            verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
            print(
                f"{endpoint}: throughput at 8 clients / 1 client = {ratio:.2f}x "
                f"({verdict} the {TARGET_RATIO}x target)"
            )
            status |= ratio < TARGET_RATIO
    if any(r["errors"] or r.get("upload_errors") for r in results):
        print("errors: some requests failed")
        status = 1
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
