"""The stock reference: what a user would build instead of Qimma, with the same embedder.

LlamaIndex `VectorStoreIndex` over a `ChromaVectorStore` (embedded), `SentenceSplitter` with
its defaults, `BM25Retriever` (llama-index-retrievers-bm25, its defaults) fused with the
dense retriever by `QueryFusionRetriever` (one query, no LLM rewriting, reciprocal rank).
bench/speed.py times it beside Qimma in the same run.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class StockPipeline:
    fused: Any  # QueryFusionRetriever
    dense: Any
    nodes: int
    ingest_s: float

    def search(self, query: str) -> list[str]:
        """Article ids in the order of their best passage."""
        return list(dict.fromkeys(n.node.ref_doc_id for n in self.fused.retrieve(query)))


def build_stock(
    articles: Sequence[dict], embed_model: Any, folder: Path, top_k: int = 10
) -> StockPipeline:
    """Index `articles` ({id, text, title}) the stock way; the time includes BM25."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.llms import MockLLM
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.retrievers import QueryFusionRetriever
    from llama_index.retrievers.bm25 import BM25Retriever
    from llama_index.vector_stores.chroma import ChromaVectorStore

    t0 = time.perf_counter()
    client = chromadb.PersistentClient(
        path=str(folder), settings=ChromaSettings(anonymized_telemetry=False)
    )
    vector_store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("stock"))
    documents = [
        Document(text=a["text"], id_=a["id"], metadata={"title": a.get("title", "")})
        for a in articles
    ]
    nodes = SentenceSplitter().get_nodes_from_documents(documents)
    index = VectorStoreIndex(
        nodes,
        storage_context=StorageContext.from_defaults(vector_store=vector_store),
        embed_model=embed_model,
    )
    bm25 = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=top_k)
    dense = index.as_retriever(similarity_top_k=top_k)
    fused = QueryFusionRetriever(
        [dense, bm25],
        similarity_top_k=top_k,
        num_queries=1,
        mode="reciprocal_rerank",
        use_async=False,
        llm=MockLLM(),  # never called with num_queries=1; avoids resolving OpenAI
    )
    return StockPipeline(fused, dense, len(nodes), time.perf_counter() - t0)
