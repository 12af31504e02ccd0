"""A small bounded map for rows a search reads again and again (passage text, sentence links).

A search shows ten passages of a few thousand; the same ones come back for many questions.
Reading them from Chroma's SQLite costs about a millisecond per call, as much as the vector
search itself, so the store keeps the rows it read. Bounded: the oldest half goes when full.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

V = TypeVar("V")


class BoundedCache(Generic[V]):
    """id -> value, at most `size` entries; `clear` when the values may have changed."""

    def __init__(self, size: int):
        self.size = size
        self._data: dict[str, V] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        with self._lock:
            self._data = {}

    def get_many(
        self, ids: Iterable[str], fetch: Callable[[list[str]], dict[str, V]]
    ) -> dict[str, V]:
        """The values of `ids` (those that exist), reading only the missing ones with `fetch`."""
        data = self._data  # a clear() meanwhile swaps the dict: this call finishes on the old one
        found: dict[str, V] = {}
        missing: list[str] = []
        for key in ids:
            value = data.get(key)
            if value is None:
                missing.append(key)
            else:
                found[key] = value
        if missing:
            fetched = fetch(missing)
            found.update(fetched)
            with self._lock:
                if self._data is data:
                    if len(data) + len(fetched) > self.size:
                        for old in list(data)[: len(data) // 2 + len(fetched)]:
                            del data[old]
                    data.update(fetched)
        return found
