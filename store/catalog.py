"""The list of indexed articles without the store: for `qimma docs`, which must answer at once.

Listing articles needs neither the embedding model nor LlamaIndex, and importing chromadb alone
takes seconds on a busy machine. An embedded index is a SQLite file whose metadata tables hold
every article record, so the list is read from it directly, read-only. When that file is not
there or does not look as expected (a Chroma server, another Chroma version), the list comes
from the Chroma client as usual.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from store.types import ArticleInfo

ARTICLE_FIELDS = ("doc_id", "title", "source", "chunks", "date", "lang", "content_hash", "chars")

_METADATA_QUERY = """
SELECT e.embedding_id, m.key, m.string_value, m.int_value, m.float_value, m.bool_value
FROM collections c
JOIN segments s ON s.collection = c.id AND s.scope = 'METADATA'
JOIN embeddings e ON e.segment_id = s.id
JOIN embedding_metadata m ON m.id = e.id
WHERE c.name = ?
"""


def list_articles(
    data_dir: Path, collection: str, chroma_url: str | None = None
) -> list[ArticleInfo]:
    """The articles of `<collection>_articles`, sorted by id, as `ArticleStore.list_articles`."""
    if chroma_url is None:
        found = read_sqlite(data_dir / "chroma" / "chroma.sqlite3", f"{collection}_articles")
        if found is not None:
            return found
    return _read_client(data_dir, collection, chroma_url)


def read_sqlite(path: Path, name: str) -> list[ArticleInfo] | None:
    """Article records straight from an embedded Chroma's SQLite file; None when unreadable."""
    if not path.is_file():
        return []  # nothing indexed yet
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            rows = conn.execute(_METADATA_QUERY, (name,)).fetchall()
    except sqlite3.Error:
        return None
    records: dict[str, dict[str, Any]] = {}
    for record_id, key, *values in rows:
        value = next((v for v in values if v is not None), None)
        records.setdefault(record_id, {})[key] = value
    return _infos(records.values())


def _read_client(data_dir: Path, collection: str, chroma_url: str | None) -> list[ArticleInfo]:
    from store.chroma import make_client

    client = make_client(data_dir, chroma_url)
    try:
        articles = client.get_collection(f"{collection}_articles")
    except Exception:  # no such collection: nothing indexed yet
        return []
    got = articles.get(include=["metadatas"], where={"kind": "article"})
    return _infos(got["metadatas"] or [])


def _infos(metas: Any) -> list[ArticleInfo]:
    infos = [
        ArticleInfo(
            doc_id=str(meta["doc_id"]),
            title=str(meta.get("title", "")),
            source=str(meta.get("source", "")),
            chunks=int(meta.get("chunks", 0) or 0),
            date=str(meta.get("date", "") or ""),
            lang=str(meta.get("lang", "") or ""),
            content_hash=str(meta.get("content_hash", "") or ""),
            chars=int(meta.get("chars", 0) or 0),
        )
        for meta in metas
        if meta.get("kind") == "article" and "doc_id" in meta
    ]
    return sorted(infos, key=lambda a: a.doc_id)
