"""Storage and retrieval: Chroma for dense vectors, a BM25 index beside it, fused."""

from store.types import ArticleInfo, Hit

__all__ = ["ArticleInfo", "Hit"]
