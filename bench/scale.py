"""Scale curve on SaudiNewsNet slices: ingest, size, memory, cold start, search, write stall.

    OMP_WAIT_POLICY=PASSIVE python bench/scale.py --sizes 100,1000 [--queries 100]
        [--with-samples] [--keep DIR]

For each slice (the first N articles of ../shared/bench/saudinewsnet/corpus.jsonl.gz,
benchmark use only, streamed by `qimma ingest` itself): ingest time, articles and passages
per second (overall, and of the articles added since the previous point: the slices grow
one index, so 5,000 after 1,000 indexes only the 4,000 new articles), passages, index size on disk, peak RSS of the ingest process, cold start to
the first answer (`qimma ask` in a new process), search p50/p95 (queries: article titles),
and the first search after another process added one article, against that p95 (target
< 3x; the median of --writes such writes, and the worst), then the worst of the three
searches after each first one, which run while the index catches up in the background.
Last, the curve as text bars and the growth from the first point to the last (ingest
seconds per article, search p50/p95).

--with-samples indexes the five sample articles inside the slice and runs
`qimma eval testsets/samples.jsonl` on it and on the five articles alone (distractors: the
figures should stay within 0.02). --keep DIR keeps each slice's index under DIR and reuses
it on the next run (the ingest figures are those recorded when it was built), so a change
to search can be measured again on a big slice without indexing it again, and a later run
goes on from the kept points (`--sizes 3000` after `--sizes 1000,2000` adds articles
2,000-2,999); the growth printed at the end then covers every kept point.
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


def slice_of(
    start: int, n: int, folder: Path, extra: int, last: int
) -> tuple[Path, list[str], list[str]]:
    """Articles start..n-1 as a .jsonl.gz (outside the repo), the titles of the first n, and
    `extra` more articles (as JSON lines) from beyond the largest slice (`last`) for the
    writes, so a later slice never holds a written article twice."""
    out = folder / f"snn-{start}-{n}.jsonl.gz"
    lines, more = [], []
    with gzip.open(SNN, "rt", encoding="utf-8") as src:
        for i, line in enumerate(src):
            if i < n:
                lines.append(line)
            elif i >= last:
                more.append(line)
                if len(more) >= extra:
                    break
    if not out.exists():
        with gzip.open(out, "wt", encoding="utf-8") as dst:
            dst.writelines(lines[start:n])
    titles = [json.loads(line)["title"] for line in lines]
    return out, titles, more


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


def ingest(data_dir: Path, paths: list[Path], n: int) -> dict:
    """Index `paths` in a process of its own (so its peak RSS is its own); figures are
    recorded beside the index for --keep, one record per slice size."""
    record = data_dir / f"scale-ingest-{n}.json"
    if record.exists():
        return json.loads(record.read_text(encoding="utf-8"))
    probe = (
        "import resource,sys,time;from assistant.service import QimmaService;"
        "from assistant.config import Settings;from pathlib import Path;"
        f"s=QimmaService(Settings(data_dir=Path({str(data_dir)!r})));t=time.perf_counter();"
        f"r=s.ingest({[str(p) for p in paths]!r});d=time.perf_counter()-t;"
        "print(d,len(r.added),s.store.count_passages(),"
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    figures = {
        "load_after": os.getloadavg()[0],
        "ingest_s": float(out[0]),
        "articles": int(out[1]),
        "passages": int(out[2]),
        "ingest_rss_mb": float(out[3]),
        "disk_mb": disk_mb(data_dir),
    }
    record.write_text(json.dumps(figures), encoding="utf-8")
    return figures


def _records(data_dir: Path, kind: str) -> dict[int, dict]:
    """The kept figures of each slice size: "ingest" parts, or measured "row"s."""
    out = {}
    for path in data_dir.glob(f"scale-{kind}-*.json"):
        out[int(path.stem.rsplit("-", 1)[1])] = json.loads(path.read_text(encoding="utf-8"))
    return dict(sorted(out.items()))


def before_of(data_dir: Path, n: int) -> dict | None:
    """The index as the kept slices below n left it: cumulative ingest figures, so a run can
    go on from any kept point (`--sizes 3000` after `--sizes 1000,2000`)."""
    parts = {size: part for size, part in _records(data_dir, "ingest").items() if size < n}
    if not parts:
        return None
    last = max(parts)
    return {
        "slice": last,
        "ingest_s": sum(p["ingest_s"] for p in parts.values()),
        "articles": sum(p["articles"] for p in parts.values()),
        "ingest_rss_mb": max(p["ingest_rss_mb"] for p in parts.values()),
        "passages": parts[last]["passages"],
    }


def sample_eval(data_dir: Path, out: Path) -> dict:
    """`qimma eval testsets/samples.jsonl` (offline) on this index: its overall figures."""
    qimma(data_dir, "eval", str(REPO / "testsets" / "samples.jsonl"), "--out", str(out))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return summary["overall"]


def measure(
    n: int,
    before: dict | None,
    queries: int,
    writes: int,
    work: Path,
    with_samples: bool,
    last: int,
) -> dict:
    """One point of the curve. The slices grow one index: the point for n adds articles
    before["slice"]..n-1 to the index of the previous point (the same folder), so its ingest
    figures are cumulative (the added part's time plus the earlier parts') and its
    "added" rates are those of the added part alone."""
    start = before["slice"] if before else 0
    archive, titles, more = slice_of(start, n, work, writes, last)
    data_dir = work / f"data-grow{'-samples' if with_samples else ''}"
    paths = [archive]
    if with_samples and before is None:
        from assistant.config import sample_articles_dir

        paths.append(sample_articles_dir())
    part = ingest(data_dir, paths, n)
    row = dict(part)
    row["slice"] = n
    row["added_articles_s"] = part["articles"] / part["ingest_s"]
    row["added_passages_s"] = (part["passages"] - (before or {}).get("passages", 0)) / part[
        "ingest_s"
    ]
    if before:
        row["ingest_s"] = part["ingest_s"] + before["ingest_s"]
        row["articles"] = part["articles"] + before["articles"]
        row["ingest_rss_mb"] = max(part["ingest_rss_mb"], before["ingest_rss_mb"])
    row["articles_s"] = row["articles"] / row["ingest_s"]
    row["passages_s"] = row["passages"] / row["ingest_s"]
    row["cold_answer_s"], _ = qimma(data_dir, "ask", titles[0])

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
    row["p50_ms"], row["p95_ms"] = statistics.median(lat), lat[int(0.95 * (len(lat) - 1))]
    # another process adds one article (a new id each time, so a kept index still changes);
    # the first search here afterwards, then a few more while the keyword index catches up
    stalls, next_ones = [], []
    for i, line in enumerate(more):
        article = json.loads(line)
        article["id"] = f"{article['id']}-w{time.time_ns()}"
        one = work / "one.jsonl"
        one.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
        qimma(data_dir, "ingest", str(one))
        t = time.perf_counter()
        service.search(titles[1 + i], 10)
        stalls.append((time.perf_counter() - t) * 1000)
        for title in titles[10 + 3 * i : 13 + 3 * i]:  # while it catches up in the background
            t = time.perf_counter()
            service.search(title, 10)
            next_ones.append((time.perf_counter() - t) * 1000)
        # (an older checkout, run with --keep for a before figure, has no such method)
        getattr(service.store, "wait_caught_up", lambda: time.sleep(2))()
    row["after_write_ms"] = statistics.median(stalls)
    row["after_write_max_ms"] = max(stalls)
    row["next_3_max_ms"] = max(next_ones, default=0.0)
    if with_samples:
        row["eval"] = sample_eval(data_dir, work / f"eval-{n}")
    return row


def bar(value: float, top: float, width: int = 40) -> str:
    return "#" * max(1, round(width * value / top)) if top else ""


def print_growth(rows: list[dict]) -> None:
    """The curve as text bars, then growth between the first and the last point: ingest
    should grow no worse than linearly (time per article not rising), query latency
    sub-linearly (p50 growing less than the article count)."""
    if not rows:
        return
    for name, unit in (("ingest_s", "s"), ("p50_ms", "ms"), ("p95_ms", "ms"), ("disk_mb", "MB")):
        top = max(r[name] for r in rows)
        print(f"\n{name}")
        for r in rows:
            print(f"{r['articles']:>7,} articles | {bar(r[name], top)} {r[name]:.0f} {unit}")
    if len(rows) < 2:
        return
    first, last = rows[0], rows[-1]
    scale = last["articles"] / first["articles"]
    per_article = (last["ingest_s"] / last["articles"]) / (first["ingest_s"] / first["articles"])
    per_passage = (last["ingest_s"] / last["passages"]) / (first["ingest_s"] / first["passages"])
    print(
        f"\n{first['articles']:,} -> {last['articles']:,} articles (x{scale:.1f}),"
        f" {first['passages']:,} -> {last['passages']:,} passages"
        f" (x{last['passages'] / first['passages']:.1f}): ingest time"
        f" x{last['ingest_s'] / first['ingest_s']:.2f} (seconds per article x{per_article:.2f},"
        f" per passage x{per_passage:.2f}; linear is x1.00: the slices' articles differ in"
        f" length, so per passage is the fairer one), search p50"
        f" x{last['p50_ms'] / first['p50_ms']:.2f}, p95 x{last['p95_ms'] / first['p95_ms']:.2f}"
        f" (sub-linear is below x{scale:.1f})"
    )


EVAL_METRICS = ("hit@1", "mrr@10", "contains", "f1", "citation_precision", "citation_recall")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--writes", type=int, default=3, help="writes by another process")
    parser.add_argument("--with-samples", action="store_true", help="see the module doc")
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the indexes here")
    args = parser.parse_args()
    if not SNN.exists():
        print(f"skipped: {SNN} is missing")
        return 0
    sys.path.insert(0, str(REPO))
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="qimma-scale-"))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    cols = [
        ("articles", "{:d}"),
        ("passages", "{:d}"),
        ("ingest_s", "{:.0f}"),
        ("articles_s", "{:.2f}"),
        ("passages_s", "{:.2f}"),
        ("added_articles_s", "{:.2f}"),
        ("added_passages_s", "{:.2f}"),
        ("disk_mb", "{:.1f}"),
        ("ingest_rss_mb", "{:.0f}"),
        ("cold_answer_s", "{:.1f}"),
        ("p50_ms", "{:.0f}"),
        ("p95_ms", "{:.0f}"),
        ("after_write_ms", "{:.0f}"),
        ("after_write_max_ms", "{:.0f}"),
        ("next_3_max_ms", "{:.0f}"),
    ]
    print("| " + " | ".join(name for name, _ in cols) + " | write stall / p95 |")
    print("|" + "---|" * (len(cols) + 1))
    evals, rows = {}, []
    sizes = sorted(int(x) for x in args.sizes.split(","))
    data_dir = work / f"data-grow{'-samples' if args.with_samples else ''}"
    for n in sizes:
        row = measure(
            n,
            before_of(data_dir, n),
            args.queries,
            args.writes,
            work,
            args.with_samples,
            sizes[-1],
        )
        rows.append(row)
        kept = {k: v for k, v in row.items() if k != "eval"}
        (data_dir / f"scale-row-{n}.json").write_text(json.dumps(kept), encoding="utf-8")
        cells = [fmt.format(row[name]) for name, fmt in cols]
        print(f"| {' | '.join(cells)} | {row['after_write_ms'] / row['p95_ms']:.2f}x |", flush=True)
        if "eval" in row:
            evals[f"{n} + 5 samples"] = row["eval"]
    print_growth(list(_records(data_dir, "row").values()) if args.keep else rows)
    if evals:
        alone = work / "data-samples-alone"
        qimma(alone, "ingest")
        evals["5 samples alone"] = sample_eval(alone, work / "eval-alone")
        print(f"\nload average {os.getloadavg()[0]:.1f}")
        print("| index | " + " | ".join(EVAL_METRICS) + " |")
        print("|" + "---|" * (len(EVAL_METRICS) + 1))
        for name, overall in evals.items():
            values = " | ".join(f"{float(overall.get(m) or 0):.3f}" for m in EVAL_METRICS)
            print(f"| {name} | {values} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
