"""Scale curve on SaudiNewsNet slices: ingest, size, memory, cold start, search, write stall.

    OMP_WAIT_POLICY=PASSIVE python bench/scale.py --sizes 100,1000 [--queries 100]

For each slice (the first N articles of ../shared/bench/saudinewsnet/corpus.jsonl.gz,
benchmark use only, streamed by `qimma ingest` itself): ingest time, articles and passages
per second, passages, index size on disk, peak RSS of the ingest process, cold start to
the first answer (`qimma ask` in a new process), search p50/p95 (queries: article titles),
and the first search after another article is added, against that p95 (target < 3x).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

REPO = Path(__file__).resolve().parents[1]
SNN = REPO.parent / "shared" / "bench" / "saudinewsnet" / "corpus.jsonl.gz"


def slice_of(n: int, folder: Path) -> tuple[Path, list[str], str]:
    """The first n articles as a .jsonl.gz (outside the repo), their titles, and one more."""
    out = folder / f"snn-{n}.jsonl.gz"
    titles, extra = [], ""
    with (
        gzip.open(SNN, "rt", encoding="utf-8") as src,
        gzip.open(out, "wt", encoding="utf-8") as dst,
    ):
        for i, line in enumerate(src):
            if i == n:
                extra = line
                break
            dst.write(line)
            titles.append(json.loads(line)["title"])
    return out, titles, extra


def qimma(data_dir: Path, *args: str) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "qimma.cli", *args, "--data-dir", str(data_dir)]
    t0 = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return time.perf_counter() - t0, done.stdout + done.stderr


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def measure(n: int, queries: int, work: Path) -> dict:
    archive, titles, extra = slice_of(n, work)
    data_dir = work / f"data-{n}"
    # the ingest runs in its own process so its peak RSS is its own
    probe = (
        "import resource,sys,time;from assistant.service import QimmaService;"
        "from assistant.config import Settings;from pathlib import Path;"
        f"s=QimmaService(Settings(data_dir=Path({str(data_dir)!r})));t=time.perf_counter();"
        f"r=s.ingest([{str(archive)!r}]);d=time.perf_counter()-t;"
        "print(d,len(r.added),s.store.count_passages(),"
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    ingest_s, added, passages, rss = float(out[0]), int(out[1]), int(out[2]), float(out[3])
    cold_s, _ = qimma(data_dir, "ask", titles[0])

    from assistant.config import Settings
    from assistant.service import QimmaService

    service = QimmaService(Settings(data_dir=data_dir))
    service.search(titles[0], 10)
    lat = []
    for title in titles[:: max(1, len(titles) // queries)][:queries]:
        t = time.perf_counter()
        service.search(title, 10)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    p50, p95 = statistics.median(lat), lat[int(0.95 * (len(lat) - 1))]
    # another process adds one article; the first search here afterwards
    one = work / "one.jsonl"
    one.write_text(extra, encoding="utf-8")
    qimma(data_dir, "ingest", str(one))
    t = time.perf_counter()
    service.search(titles[1], 10)
    after_write = (time.perf_counter() - t) * 1000
    return {
        "articles": added,
        "passages": passages,
        "ingest_s": ingest_s,
        "articles_s": added / ingest_s,
        "passages_s": passages / ingest_s,
        "disk_mb": disk_mb(data_dir),
        "ingest_rss_mb": rss,
        "cold_answer_s": cold_s,
        "p50_ms": p50,
        "p95_ms": p95,
        "after_write_ms": after_write,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    if not SNN.exists():
        print(f"skipped: {SNN} is missing")
        return 0
    sys.path.insert(0, str(REPO))
    work = Path(tempfile.mkdtemp(prefix="qimma-scale-"))
    cols = [
        ("articles", "{:d}"),
        ("passages", "{:d}"),
        ("ingest_s", "{:.0f}"),
        ("articles_s", "{:.2f}"),
        ("passages_s", "{:.2f}"),
        ("disk_mb", "{:.1f}"),
        ("ingest_rss_mb", "{:.0f}"),
        ("cold_answer_s", "{:.1f}"),
        ("p50_ms", "{:.0f}"),
        ("p95_ms", "{:.0f}"),
        ("after_write_ms", "{:.0f}"),
    ]
    print("| " + " | ".join(name for name, _ in cols) + " | write stall / p95 |")
    print("|" + "---|" * (len(cols) + 1))
    for n in (int(x) for x in args.sizes.split(",")):
        row = measure(n, args.queries, work)
        cells = [fmt.format(row[name]) for name, fmt in cols]
        print(f"| {' | '.join(cells)} | {row['after_write_ms'] / row['p95_ms']:.2f}x |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
