"""Where one search's time goes, stage by stage, on an index that is already built.

    OMP_WAIT_POLICY=PASSIVE python bench/search_profile.py --data-dir D [--queries FILE]

Wraps the store's collaborators of one `QimmaService` (the query embedder, each Chroma
call, the state check, the keyword index, the analyzer, fusion, the passage fetch) with
timers, runs the queries (one per line, or XQuAD's first 150 Arabic and 150 English
questions), and prints per stage: calls per search and median / mean milliseconds per
search. The stages overlap where one runs inside another (the analyzer inside BM25); the
last line is the whole search.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_spent: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)


def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent[label] += time.perf_counter() - t
            _calls[label] += 1

    return wrapper


class TimedCollection:
    """A Chroma collection whose calls are timed by `<name>.<method>`."""

    def __init__(self, name: str, inner: Any):
        self._name, self._inner = name, inner

    def __getattr__(self, method: str) -> Any:
        attr = getattr(self._inner, method)
        return timed(f"chroma {self._name}.{method}", attr) if callable(attr) else attr


def instrument(store: Any) -> None:
    cols = store._cols
    for name in ("chunks", "sentences", "articles"):
        setattr(cols, name, TimedCollection(name, getattr(cols, name)))
    open_ = cols._open

    def reopen() -> None:  # a reload fetches the collections again: keep them timed
        open_()
        for name in ("chunks", "sentences", "articles"):
            setattr(cols, name, TimedCollection(name, getattr(cols, name)))

    cols._open = reopen
    cols.signature = timed("state: file signature", cols.signature)
    store._sync = timed("state: version check (all)", store._sync)
    store._known_ids = timed("article ids", store._known_ids)
    store._sizes = timed("collection sizes", store._sizes)
    store._language_of = timed("question language", store._language_of)
    if store._translate_terms:
        store._translate_terms = timed("term translation", store._translate_terms)
    keyword = store._keyword
    keyword.search = timed("bm25 (all)", keyword.search)
    keyword.analyzer = timed("bm25: analyze question", keyword.analyzer)
    store._rows_by_id = timed("node fetch (all)", store._rows_by_id)
    if hasattr(store, "_sentence_links"):
        store._sentence_links = timed("sentence links (cache misses)", store._sentence_links)
    embed = store.embed_model
    object.__setattr__(
        embed, "get_query_embedding", timed("query embedding", embed.get_query_embedding)
    )
    import store.index as index_module

    index_module.fuse = timed("fusion", index_module.fuse)  # type: ignore[attr-defined]


def xquad_queries() -> list[str]:
    from bench.speed import xquad_set

    _, queries = xquad_set(120, 150)
    return [q for _, q, _ in queries]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--queries", type=Path, help="one query per line (default: XQuAD)")
    parser.add_argument("-k", type=int, default=10)
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.service import QimmaService

    if args.queries:
        queries = [q for q in args.queries.read_text(encoding="utf-8").splitlines() if q.strip()]
    else:
        queries = xquad_queries()
    service = QimmaService(Settings(data_dir=args.data_dir))
    service.search(queries[0], args.k)  # model, keyword index and caches loaded
    instrument(service.store)
    whole = []
    per_stage: dict[str, list[float]] = defaultdict(list)
    calls: dict[str, int] = defaultdict(int)
    for query in queries:
        _spent.clear()
        _calls.clear()
        t = time.perf_counter()
        service.search(query, args.k)
        whole.append((time.perf_counter() - t) * 1000)
        for label, spent in _spent.items():
            per_stage[label].append(spent * 1000)
            calls[label] += _calls[label]
    n = len(queries)
    print(f"{n} searches, k={args.k}, load average {os.getloadavg()[0]:.1f}")
    print("| stage | calls per search | median ms | mean ms |\n|---|---|---|---|")
    for label in sorted(per_stage, key=lambda x: -sum(per_stage[x])):
        values = per_stage[label] + [0.0] * (n - len(per_stage[label]))
        print(
            f"| {label} | {calls[label] / n:.2f} | {statistics.median(values):.2f} "
            f"| {statistics.fmean(values):.2f} |"
        )
    print(f"| whole search | 1 | {statistics.median(whole):.2f} | {statistics.fmean(whole):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
