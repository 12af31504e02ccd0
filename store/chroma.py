"""Chroma clients: embedded (PersistentClient) by default, a server (HttpClient) when a URL is given."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlparse


def make_client(data_dir: Path, url: str | None) -> Any:
    """An embedded Chroma under `data_dir/chroma`, or a client of the server at `url`."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise ValueError(f"QIMMA_CHROMA_URL is not a URL: {url!r}")
        ssl = parsed.scheme == "https"
        port = parsed.port or (443 if ssl else 8000)
        return chromadb.HttpClient(
            host=parsed.hostname, port=port, ssl=ssl, settings=chroma_settings
        )
    path = data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def describe(url: str | None, data_dir: Path) -> str:
    """Where the index lives, for messages."""
    return f"chroma server {url}" if url else f"embedded chroma at {data_dir / 'chroma'}"


# ---------------------------------------------------------------- embedded, several processes
#
# An embedded Chroma keeps each collection's vector index in memory, loaded once per process.
# Another process writing to the same folder changes the SQLite tables but not that copy, so
# queries return deleted passages without metadata and `get` on new ones fails ("Error
# finding id"). Chroma caches one System per folder for the whole process; dropping it from
# that cache makes the next client read everything from disk again. Stores in this process
# notice through the folder's generation and fetch their collections from the new client.

_GENERATIONS: dict[str, int] = {}
_RELOAD_LOCK = threading.Lock()


def _embedded_path(client: Any) -> str | None:
    settings = client.get_settings()
    return str(settings.persist_directory) if settings.is_persistent else None


def is_embedded(client: Any) -> bool:
    return _embedded_path(client) is not None


def generation(client: Any) -> int:
    """How many times this process re-read the embedded folder of `client` (0 for a server)."""
    path = _embedded_path(client)
    return _GENERATIONS.get(path, 0) if path else 0


def _persistent_client(path: str) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=path, settings=ChromaSettings(anonymized_telemetry=False))


def current_client(client: Any) -> Any:
    """A client on the System this process now uses for the folder of `client`."""
    path = _embedded_path(client)
    return _persistent_client(path) if path else client


def reload_embedded(client: Any) -> Any:
    """A client that reads the embedded folder from disk again; a server client is returned as is."""
    fresh = fresh_embedded(client)
    publish(fresh)
    return fresh


def fresh_embedded(client: Any) -> Any:
    """A client on a new System for the folder of `client`, read from disk again.

    Stores in this process keep their own System until `publish` tells them to follow, so
    the new one can be loaded in the background while the old one serves.
    """
    path = _embedded_path(client)
    if path is None:
        return client
    from chromadb.api.shared_system_client import SharedSystemClient

    with _RELOAD_LOCK:
        # private to chromadb, but it is the documented cache key (one System per folder)
        SharedSystemClient._identifier_to_system.pop(path, None)
        SharedSystemClient._identifier_to_refcount.pop(path, None)
        return _persistent_client(path)


def publish(client: Any) -> None:
    """Tell the stores of this process that the folder of `client` was read again."""
    path = _embedded_path(client)
    if path is not None:
        with _RELOAD_LOCK:
            _GENERATIONS[path] = _GENERATIONS.get(path, 0) + 1
