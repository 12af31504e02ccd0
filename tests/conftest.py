"""Shared fixtures: the sample corpus, services over embedded Chroma and a real Chroma server."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "articles"
SHARED = REPO.parent / "shared"
XQUAD = SHARED / "bench" / "xquad-ar"


OUR_PACKAGES = ("assistant", "ingest", "language", "store", "prompts", "qimma")


def pytest_configure(config: pytest.Config) -> None:
    """Fail at once if another installed package of the same name shadows one of ours.

    The design's folders are plain top-level names (`store`, `prompts`, …); an unrelated
    distribution installing a module of that name would otherwise be tested silently.
    """
    import importlib.util

    for name in OUR_PACKAGES:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin).resolve() if spec and spec.origin else None
        if origin is None or REPO not in origin.parents:
            raise pytest.UsageError(
                f"`import {name}` resolves to {origin}, not to this checkout ({REPO}): "
                "another installed package shadows it"
            )


def pytest_runtest_setup(item: pytest.Item) -> None:
    """`@pytest.mark.needs_shared("bench/xquad-ar/qa.jsonl", ...)`: files under ../shared.

    A test whose files are missing is skipped with one line naming them; under CI (the `CI`
    variable set, as `.ci/run` runs) it fails instead, so a missing ../shared cannot pass
    unnoticed there.
    """
    for mark in item.iter_markers("needs_shared"):
        missing = [str(SHARED / rel) for rel in mark.args if not (SHARED / rel).exists()]
        if missing:
            reason = f"needs {', '.join(missing)} (../shared beside the repo)"
            if os.environ.get("CI"):
                pytest.fail(reason, pytrace=False)
            pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_chroma(url: str, proc: subprocess.Popen | None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"chroma server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"chroma server at {url} did not come up in {timeout} s")


@pytest.fixture(scope="session")
def chroma_server_url(tmp_path_factory) -> str:
    """A real Chroma server: the one CI started (QIMMA_TEST_CHROMA_URL) or one started here."""
    url = os.environ.get("QIMMA_TEST_CHROMA_URL")
    if url:
        _wait_for_chroma(url, None)
        yield url
        return
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [chroma, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_chroma(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def make_settings(data_dir: Path, chroma_url: str | None = None, **overrides):
    from assistant.config import Settings

    # a unique collection per service keeps tests sharing one Chroma server apart
    collection = f"t{uuid.uuid4().hex[:12]}" if chroma_url else "qimma"
    return Settings(
        data_dir=data_dir,
        chroma_url=chroma_url,
        collection=collection,
        answerer="offline",
        **overrides,
    )


def local_news(fair: str, numbers: range) -> list[dict]:
    """Invented Arabic news of a local `fair` ("معرض الكتاب المدرسي"), one article per number:
    distractors that share a word or two with the event a test asks about."""
    return [
        {
            "id": f"local-{n}",
            "title": f"أخبار محلية {n}",
            "date": f"2031-05-0{n}",
            "text": (
                f"افتتح محافظ المدينة {fair} {n} بحضور عدد من الزوار، "
                "وأكد أن المعرض يشهد إقبالا من الأسر طوال أيامه. "
                "وقال مدير الغرفة التجارية إن المعارض تنشط الحركة التجارية في المدينة."
            ),
        }
        for n in numbers
    ]


# an event article any library holds beside the ones a test is about: the card answerer reads
# articles at question time only in a library that has cards, as every real one does
CARDED_FAIR = {
    "id": "fair",
    "title": "معرض الكتاب في تبوك",
    "date": "2015-07-20",
    "text": (
        "افتتح أمير منطقة تبوك مساء أمس معرض الكتاب الثالث في مركز المعارض بتبوك بمشاركة "
        "40 دار نشر."
    ),
}


def service_over(folder: Path, articles: list[dict], *more: Path, **overrides):
    """A service (embedded Chroma, offline answers) over `articles` (JSONL records written
    to folder/news.jsonl) and any further files or folders, every one indexed."""
    from assistant.service import QimmaService

    news = folder / "news.jsonl"
    news.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
    )
    service = QimmaService(make_settings(folder / "index", **overrides))
    report = service.ingest([*more, news])
    assert not report.failed, report.failed
    return service


@pytest.fixture(scope="session")
def sample_service(tmp_path_factory):
    """One read-mostly service over the five sample articles (embedded Chroma, offline answers).

    Tests that change the index build their own service instead.
    """
    from assistant.service import QimmaService

    service = QimmaService(make_settings(tmp_path_factory.mktemp("samples")))
    report = service.ingest([SAMPLES])
    assert not report.failed, report.failed
    return service


@pytest.fixture(scope="session")
def _llm_stub_server():
    """One scripted OpenAI-compatible server for the whole session (see tests/stub_llm.py)."""
    from tests.stub_llm import StubLLM

    with StubLLM() as stub:
        yield stub


@pytest.fixture
def llm_stub(_llm_stub_server):
    """The stub LLM server with an empty reply queue and no recorded requests."""
    _llm_stub_server.reset()
    yield _llm_stub_server
    _llm_stub_server.reset()


def article_hit(doc_id: str, phrase: str, sentences: int = 1, dense: float | None = None):
    """A Hit made by hand from a sample article: `sentences` sentences from the one with `phrase`."""
    from language.sentences import split_sentences
    from store.types import Hit

    text = (SAMPLES / f"{doc_id}.txt").read_text(encoding="utf-8")
    spans = split_sentences(text)
    first = next(i for i, (s, e) in enumerate(spans) if phrase in text[s:e])
    start, end = spans[first][0], spans[min(first + sentences, len(spans)) - 1][1]
    return Hit(
        doc_id=doc_id,
        title=doc_id.replace("-", " "),
        source=f"data/articles/{doc_id}.txt",
        text=text[start:end],
        start=start,
        end=end,
        score=1.0,
        chunk_id=f"{doc_id}:{start}",
        signals={"dense": dense} if dense is not None else {},
    )


def event_cards(text: str, title: str = "", published: str | None = "2016-03-10") -> list:
    """The cards of an invented article (doc_id "doc"), published on `published`."""
    from ingest.events.extract import extract_events

    return extract_events("doc", text, title=title, published=published)


def event_names(text: str) -> list[str]:
    """The event names `names.find_names` reads in `text`, in text order."""
    from ingest.events.names import find_names

    return [m.text for m in find_names(text)]


def one_event_card(text: str, title: str = "", published: str | None = "2016-03-10"):
    """The one card of an invented article; fails naming the cards when there are more."""
    cards = event_cards(text, title, published)
    assert len(cards) == 1, [c.name for c in cards]
    return cards[0]
