"""Chroma clients: embedded (PersistentClient) by default, a server (HttpClient) when a URL is given."""

from __future__ import annotations

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
