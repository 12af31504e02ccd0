"""A BM25 keyword index over Qimma's Arabic analyzer, kept in step with the Chroma collection.

Chroma (embedded) has no keyword index of its own, so this one lives beside it. It is a
cache, never a source of truth: it records the collection version it was built from and is
rebuilt from the collection's chunks whenever that version changes, so two Qimma processes
sharing one Chroma server always search the same passages.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

log = logging.getLogger(__name__)

_POINTER = "current.json"


@dataclass
class KeywordHit:
    chunk_id: str
    score: float


class KeywordIndex:
    """bm25s over pre-analyzed tokens, persisted under `directory` with the version it reflects."""

    def __init__(self, directory: Path | None, analyzer: Callable[[str], list[str]]):
        # bm25s sets its own logger to DEBUG, which floods any app that logs to stderr
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.directory = directory
        self.analyzer = analyzer
        self.version: str | None = None
        # the language most passages are in: a question in another language gets little
        # weight on the keyword side (see store.fusion)
        self.corpus_lang = "ar"
        self._ids: list[str] = []
        self._bm25: bm25s.BM25 | None = None
        # analyzed tokens and language of every indexed passage, so a refresh after a write
        # only analyzes the new passages
        self._tokens: dict[str, list[str]] = {}
        self._langs: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        return len(self._ids)

    def build(
        self,
        chunk_ids: Sequence[str],
        texts: Sequence[str],
        version: str,
        langs: Sequence[str] = (),
    ) -> None:
        """Index these chunks from scratch and remember which collection version they are."""
        self._tokens = {cid: self.analyzer(t) for cid, t in zip(chunk_ids, texts, strict=True)}
        self._langs = dict(zip(chunk_ids, langs, strict=False))
        self._index_cached(list(chunk_ids), version)

    def refresh(
        self,
        version: str,
        current_ids: Sequence[str],
        fetch: Callable[[list[str]], list[tuple[str, str, str]]],
    ) -> int:
        """Catch up with the collection: analyze only passages not seen before.

        `current_ids` are the passage ids now in the collection; `fetch(ids)` gives
        (id, text, lang) for new ones. Analyzing text is most of a rebuild, so the tokens of
        every passage are kept; the BM25 matrix itself is rebuilt from them (bm25s has no
        incremental update). Returns how many passages were new.
        """
        new = [cid for cid in current_ids if cid not in self._tokens]
        fresh = {cid: (self.analyzer(text), lang) for cid, text, lang in fetch(new)}
        tokens = {cid: self._tokens[cid] for cid in current_ids if cid in self._tokens}
        langs = {cid: self._langs.get(cid, "") for cid in tokens}
        for cid, (toks, lang) in fresh.items():
            tokens[cid], langs[cid] = toks, lang
        self._tokens, self._langs = tokens, langs
        self._index_cached([cid for cid in current_ids if cid in tokens], version)
        return len(fresh)

    def apply(
        self,
        version: str,
        added: Sequence[tuple[str, str, str]],
        removed_docs: set[str],
    ) -> None:
        """This process's own write: (id, text, lang) added, passages of `removed_docs` gone."""
        keep = [cid for cid in self._ids if cid.rsplit("#", 2)[0] not in removed_docs]
        for cid, text, lang in added:
            self._tokens[cid], self._langs[cid] = self.analyzer(text), lang
        ids = keep + [cid for cid, _, _ in added]
        self._tokens = {cid: self._tokens[cid] for cid in ids}
        self._langs = {cid: self._langs.get(cid, "") for cid in ids}
        self._index_cached(ids, version)

    def _index_cached(self, chunk_ids: list[str], version: str) -> None:
        counts = Counter(self._langs.get(cid, "") for cid in chunk_ids)
        counts.pop("", None)
        corpus_lang = counts.most_common(1)[0][0] if counts else "ar"
        bm25 = None
        if chunk_ids:
            bm25 = bm25s.BM25(k1=1.2, b=0.75)
            bm25.index([self._tokens[cid] for cid in chunk_ids], show_progress=False)
        with self._lock:
            self._bm25, self._ids, self.version = bm25, chunk_ids, version
            self.corpus_lang = corpus_lang
        self._save()

    def load(self) -> bool:
        """Load the persisted index; False when there is none or it is unreadable."""
        if self.directory is None:
            return False
        try:
            current = json.loads((self.directory / _POINTER).read_text(encoding="utf-8"))
            folder = self.directory / str(current["folder"])
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            bm25 = bm25s.BM25.load(str(folder / "bm25")) if meta["ids"] else None
            cache = json.loads((folder / "tokens.json").read_text(encoding="utf-8"))
        except Exception as exc:  # missing, half-deleted by another process, or corrupt
            log.info("keyword index not loaded (%s); it will be rebuilt", exc)
            return False
        with self._lock:
            self._bm25, self._ids, self.version = bm25, list(meta["ids"]), meta["version"]
            self.corpus_lang = meta.get("lang", "ar")
            self._tokens, self._langs = cache["tokens"], cache["langs"]
        return True

    def _save(self) -> None:
        """Write the index to a folder of its own, then point `current.json` at it.

        Folder names are unique, so several processes may save at once; the pointer is
        replaced atomically, so a reader finds either the old index or the new one whole.
        """
        if self.directory is None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="bm25-", dir=self.directory))
        if self._bm25 is not None:
            self._bm25.save(str(folder / "bm25"))
        (folder / "meta.json").write_text(
            json.dumps({"version": self.version, "ids": self._ids, "lang": self.corpus_lang}),
            encoding="utf-8",
        )
        (folder / "tokens.json").write_text(
            json.dumps({"tokens": self._tokens, "langs": self._langs}, ensure_ascii=False),
            encoding="utf-8",
        )
        pointer = folder.with_suffix(".json")
        pointer.write_text(json.dumps({"folder": folder.name}), encoding="utf-8")
        os.replace(pointer, self.directory / _POINTER)
        self._prune(keep=folder.name)

    def _prune(self, keep: str) -> None:
        """Remove older index folders, sparing the newest few that a reader may be loading."""
        folders = sorted(
            (p for p in self.directory.glob("bm25-*") if p.is_dir() and p.name != keep),  # type: ignore[union-attr]
            key=lambda p: p.stat().st_mtime if p.exists() else 0.0,
        )
        for old in folders[:-1]:
            shutil.rmtree(old, ignore_errors=True)

    def search(self, query: str, k: int) -> list[KeywordHit]:
        """Top-k chunks by BM25 score (only chunks sharing at least one analyzed term)."""
        tokens = self.analyzer(query)
        with self._lock:
            bm25, ids = self._bm25, self._ids
        if bm25 is None or not tokens or not ids:
            return []
        vocab = bm25.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known:
            return []
        scores = bm25.get_scores(known)
        k = min(k, len(ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [KeywordHit(ids[i], float(scores[i])) for i in top if scores[i] > 0]
