"""How long each `qimma` command takes from a cold start: a new process per run, median of 5.

Targets (issue 10): `--help` < 0.5 s, `docs` < 1.5 s, `search` and `ask` < 3 s including the
embedding model's load. The index is the one in --data-dir (the sample articles are indexed
into it first when it is empty). Compare two checkouts by their PYTHONPATH:
    python bench/cli_speed.py --data-dir D --pythonpath /work/main   # before
    python bench/cli_speed.py --data-dir D --pythonpath .            # after
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUESTION = "متى ينعقد ملتقى المدينة الذكية للدار البيضاء؟"


def commands(data_dir: str) -> dict[str, list[str]]:
    where = ["--data-dir", data_dir]
    return {
        "--help": ["--help"],
        "docs": ["docs", *where],
        "search": ["search", QUESTION, *where],
        "ask": ["ask", QUESTION, "--mode", "offline", *where],
    }


def run_once(argv: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "qimma.cli", *argv],
        env=env,
        cwd=env["PYTHONPATH"],  # `-m` puts the working folder first on sys.path
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="index to list and search")
    parser.add_argument("--pythonpath", default=".", help="checkout whose code runs")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(Path(args.pythonpath).resolve())}
    args.data_dir = str(Path(args.data_dir).resolve())
    if not (Path(args.data_dir) / "chroma").exists():
        subprocess.run(
            [sys.executable, "-m", "qimma.cli", "ingest", "--data-dir", args.data_dir],
            env=env,
            cwd=env["PYTHONPATH"],
            check=True,
        )
    print(f"code: {env['PYTHONPATH']}  (median of {args.runs} runs, seconds)")
    for name, argv in commands(args.data_dir).items():
        times = [run_once(argv, env) for _ in range(args.runs)]
        spread = f"{min(times):.2f}-{max(times):.2f}"
        print(f"  qimma {name:<8} {statistics.median(times):6.2f}   (range {spread})")
    load = os.getloadavg()[0]
    print(f"  load average while measuring: {load:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
