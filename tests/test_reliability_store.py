"""A Chroma server that was wiped and restarted under a running Qimma (issue 13, server mode).

Qimma holds collection handles from its start; when the server comes back empty, every
search and query failed with 500 until Qimma restarted. The store should re-create its
collections (and log it), event cards included.
"""

from __future__ import annotations

from tests.conftest import make_settings
from tests.test_api import OASIS_ARTICLE


def test_a_wiped_chroma_server_is_recovered_without_a_restart(chroma_server_url, tmp_path):
    from assistant.service import QimmaService

    service = QimmaService(make_settings(tmp_path / "data", chroma_url=chroma_server_url))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "oasis.txt").write_text(OASIS_ARTICLE, encoding="utf-8")
    assert service.ingest([folder]).added == ["oasis"]
    prefix = service.settings.collection
    import chromadb

    host, port = chroma_server_url.removeprefix("http://").rsplit(":", 1)
    client = chromadb.HttpClient(host=host, port=int(port))  # another client empties the server
    for collection in client.list_collections():  # what an emptied --path looks like
        name = getattr(collection, "name", collection)
        if name.startswith(prefix):
            client.delete_collection(name)
    assert service.search("أين تعقد قمة الواحات الرقمية؟") == []
    assert service.documents() == []
    assert service.ingest([folder]).added == ["oasis"]
    assert service.search("أين تعقد قمة الواحات الرقمية؟")[0].doc_id == "oasis"
