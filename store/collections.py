"""The index's three Chroma collections, kept usable whatever other processes do to them.

Two things break a long-running reader: another process writing to the same embedded folder
(this process's copy of the vector index goes stale, see store.chroma) and a Chroma server
that lost its data (wiped and restarted: the collections no longer exist). `IndexCollections`
re-reads the folder or re-creates the collections, and says so in the log, instead of
failing every request until a restart.

Re-reading the folder costs a few hundred milliseconds (Chroma loads each collection on its
first use), so a search does not wait for it: the stale copy keeps answering, which is safe
for reads that ask for ids, distances, text and metadata (SQLite is shared and current; a
deleted passage comes back without metadata and is dropped), while the new copy loads in
the background. Writes, and reads of stored vectors, wait for it (`settle`).
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

from chromadb.errors import InternalError, NotFoundError

from store.chroma import (
    current_client,
    fresh_embedded,
    generation,
    is_embedded,
    publish,
    reload_embedded,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

STATE_ID = "__state__"
PENDING_PREFIX = "__pending__/"
_COSINE = {"hnsw": {"space": "cosine"}}

# per (embedded folder, collection): the state version this process's copy reflects
_SYSTEM_SEEN: dict[tuple[str, str], str] = {}


@lru_cache(maxsize=1)
def _process_nonce() -> str:
    return uuid.uuid4().hex[:12]


def writer_token() -> str:
    """Who wrote a version: this process (a fork gets its own pid, hence its own token)."""
    return f"{os.getpid()}-{_process_nonce()}"


class IndexCollections:
    """`chunks` (passages), `sentences` and `articles` (records plus the state record)."""

    def __init__(self, client: Any, name: str):
        self.name = name
        self._client = client
        self.embedded = is_embedded(client)
        self._key = (str(client.get_settings().persist_directory), name)
        self._lock = threading.Lock()
        # the version another process wrote that this copy does not show yet; held while
        # the folder is read again for it
        self.pending: str | None = None
        self._loading = threading.Lock()
        self._open()

    def _open(self) -> None:
        self._generation = generation(self._client)
        self._use(self._client, self._collections(self._client))

    def _collections(self, client: Any) -> tuple[Any, Any, Any, Any]:
        get = client.get_or_create_collection
        return (
            get(self.name, embedding_function=None, configuration=_COSINE),
            get(f"{self.name}_articles", embedding_function=None),
            get(f"{self.name}_sentences", embedding_function=None, configuration=_COSINE),
            get(f"{self.name}_events", embedding_function=None),
        )

    def _use(self, client: Any, collections: tuple[Any, Any, Any, Any]) -> None:
        self._client = client
        self.chunks, self.articles, self.sentences, self.events = collections

    def signature(self) -> tuple[int, int] | None:
        """When and how big the embedded database file last changed; None on a server.

        Every write to an embedded Chroma commits to this SQLite file, so an unchanged
        signature spares a read of the state record on each search.
        """
        if not self.embedded:
            return None
        try:
            stat = os.stat(os.path.join(self._key[0], "chroma.sqlite3"))
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def follow(self) -> None:
        """Use this process's current client when another store here re-read the folder."""
        if self.embedded and generation(self._client) != self._generation:
            with self._lock:
                if generation(self._client) != self._generation:
                    self._client = current_client(self._client)
                    self._open()

    def reload(self, reason: str) -> None:
        """Read the folder from disk again (embedded) or re-create missing collections (server)."""
        with self._lock:
            self._client = reload_embedded(self._client)
            self._open()
        log.warning("index %s: %s", self.name, reason)

    def _reload_quietly(self) -> None:
        with self._lock:
            self._client = reload_embedded(self._client)
            self._open()
        log.info("index %s: another process changed it; read it again from disk", self.name)

    def call(self, fn: Callable[[], T]) -> T:
        """Run one Chroma operation, recovering once from a lost collection or a stale copy."""
        self.follow()
        try:
            return fn()
        except NotFoundError:
            self.reload("its collections were missing (a wiped Chroma server?): re-created them")
        except InternalError as exc:
            self.reload(f"the vector index was out of date ({exc}): read it again from disk")
        return fn()

    def run(self, collection: str, method: str, **kwargs: Any) -> Any:
        """`call` for one method of one collection, looked up again after a recovery."""
        return self.call(lambda: getattr(getattr(self, collection), method)(**kwargs))

    # ------------------------------------------------------------------ state
    def read_state(self) -> tuple[str, str]:
        """(version, writer) of the state record; ('', '') for an index never written."""
        got = self.call(lambda: self.articles.get(ids=[STATE_ID], include=["metadatas"]))
        if not got["ids"]:
            return "", ""
        meta = got["metadatas"][0] or {}
        return str(meta.get("version", "")), str(meta.get("writer", ""))

    def write_state(self) -> str:
        version = uuid.uuid4().hex
        self.call(
            lambda: self.articles.upsert(
                ids=[STATE_ID],
                embeddings=[[0.0]],
                metadatas=[{"kind": "state", "version": version, "writer": writer_token()}],
            )
        )
        if self.embedded:
            _SYSTEM_SEEN[self._key] = version
        return version

    def catch_up(self, version: str, writer: str, wait: bool = True) -> None:
        """Re-read the embedded folder when another process wrote a version this process lacks.

        With `wait=False` the folder is only marked for `load_pending` (run in the background
        once a search has answered) and the stale copy serves meanwhile, unless nothing here
        was read yet (a new client reads the folder again cheaply: it has loaded nothing).
        """
        if not self.embedded:
            return
        seen = _SYSTEM_SEEN.get(self._key)
        if seen == version:
            return
        if not wait and seen is not None and writer and writer != writer_token():
            self.pending = version
            return
        self.settle()
        if _SYSTEM_SEEN.get(self._key) == version:
            return
        if writer and writer != writer_token():
            # also on the first look: the folder may have been opened here before that write
            self._reload_quietly()
            self.pending = None
        _SYSTEM_SEEN[self._key] = version

    def settle(self) -> None:
        """Wait until this copy shows every version seen so far (before a write, say)."""
        with self._loading:
            version = self.pending
            if version is not None:
                self._reload_quietly()
                _SYSTEM_SEEN[self._key] = version
                self.pending = None

    def load_pending(self) -> None:
        """Read the folder again for the version a search found (in a background thread)."""
        with self._loading:
            version = self.pending
            if version is not None:
                self._load(version)

    def _load(self, version: str) -> None:
        """Open a new copy, make Chroma load each collection (its first count does), then
        switch to it, unless another reload overtook this one meanwhile."""
        started = (generation(self._client), _SYSTEM_SEEN.get(self._key))
        client = fresh_embedded(self._client)
        collections = self._collections(client)
        for collection in collections[:3]:
            collection.count()
        with self._lock:
            if (generation(self._client), _SYSTEM_SEEN.get(self._key)) == started:
                publish(client)
                self._generation = generation(client)
                self._use(client, collections)
                _SYSTEM_SEEN[self._key] = version
            # else another store here read the folder again meanwhile: `follow` takes that one
            if self.pending == version:
                self.pending = None
        log.info("index %s: read again from disk after another process wrote", self.name)
