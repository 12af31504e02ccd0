"""What is in the library, read without building the service (no embedding model, no LlamaIndex).

`qimma docs` only lists articles; building `QimmaService` for that would load the store, the
embedding model and LlamaIndex first, seconds before the first line appears.
"""

from __future__ import annotations

from assistant.config import Settings
from store.catalog import list_articles
from store.types import ArticleInfo


def list_documents(settings: Settings) -> list[ArticleInfo]:
    """The indexed articles, as `QimmaService.documents()` lists them."""
    return list_articles(settings.data_dir, settings.collection, settings.chroma_url)
