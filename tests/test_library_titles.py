"""Articles uploaded as a person would are listed under their headline and their date, the same
in the API (`/v1/documents`), `qimma docs` and the page's library table."""

from __future__ import annotations

import io
import json
from datetime import datetime

import httpx
import pytest

from tests.test_api import LiveServer, new_service
from tests.test_cli import _qimma

BODY = (
    "تستضيف مدينة مراكش يوم 12 مارس المقبل المؤتمر الدولي للطاقة المتجددة بمشاركة خبراء من "
    "عشرين دولة، ويبحث المؤتمر سبل تمويل مشاريع الطاقة الشمسية في أفريقيا. وقالت اللجنة "
    "المنظمة إن الدورة الرابعة تركز على الهيدروجين الأخضر."
)


def _docx(title_property: str = "", dateline: str = "", heading: str = "") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title_property
    document.core_properties.created = datetime(2025, 2, 12, 9, 0)
    if dateline:
        document.add_paragraph(dateline)
    if heading:
        document.add_heading(heading, level=1)
    document.add_paragraph(BODY)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# file name -> (bytes, the title and the date a reader should see)
UPLOADS = {
    "energy.jsonl": (
        json.dumps(
            {
                "id": "jsonl-energy",
                "title": "مراكش تستضيف المؤتمر الدولي للطاقة المتجددة",
                "date": "2025-02-10 08:15:00",
                "text": BODY,
            },
            ensure_ascii=False,
        ).encode(),
        "مراكش تستضيف المؤتمر الدولي للطاقة المتجددة",
        "2025-02-10",
    ),
    "arabic-date.jsonl": (
        json.dumps(
            {
                "id": "jsonl-arabic-date",
                "title": "ملتقى أكادير",
                "date": "الإثنين 10 فبراير 2025",
                "text": BODY,
            },
            ensure_ascii=False,
        ).encode(),
        "ملتقى أكادير",
        "2025-02-10",
    ),
    "page.html": (
        f"""<html><head><title>مؤتمر الطاقة في مراكش | جريدة الصباح</title>
        <meta property="og:title" content="مراكش تستضيف مؤتمر الطاقة المتجددة">
        <meta property="article:published_time" content="2025-02-11T08:00:00Z"></head>
        <body><header>جريدة الصباح</header><article><h1>مراكش تستضيف مؤتمر الطاقة المتجددة</h1>
        <p>{BODY}</p><p>{BODY}</p></article></body></html>""".encode(),
        "مراكش تستضيف مؤتمر الطاقة المتجددة",
        "2025-02-11",
    ),
    "front-matter.md": (
        f'---\ntitle: "قمة الهيدروجين الأخضر"\ndate: 2025-03-02\n---\n\n{BODY}\n'.encode(),
        "قمة الهيدروجين الأخضر",
        "2025-03-02",
    ),
    "setext.md": (
        f"ندوة الطاقة الشمسية\n===================\n\n{BODY}\n".encode(),
        "ندوة الطاقة الشمسية",
        "",
    ),
    "properties.docx": (
        _docx(title_property="مؤتمر مراكش للطاقة"),
        "مؤتمر مراكش للطاقة",
        "2025-02-12",
    ),
    "heading.docx": (
        _docx(dateline="مراكش - الصباح", heading="ندوة الطاقة الشمسية في أكادير"),
        "ندوة الطاقة الشمسية في أكادير",
        "2025-02-12",
    ),
}


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory):
    """A service and its API after one upload of every file above: (service, listing by id)."""
    from qimma.api import create_app

    service = new_service(tmp_path_factory, "titles")
    with (
        LiveServer(create_app(service)) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        files = [("files", (name, data)) for name, (data, _, _) in UPLOADS.items()]
        report = client.post("/v1/documents", files=files)
        assert report.status_code == 200, report.text
        assert not report.json()["failed"], report.json()
        ids = {f["filename"]: f["doc_id"] for f in report.json()["files"]}
        listing = {d["doc_id"]: d for d in client.get("/v1/documents").json()["documents"]}
        yield service, ids, listing


@pytest.mark.parametrize("name", list(UPLOADS))
def test_api_lists_the_headline_and_the_date(uploaded, name):
    _, ids, listing = uploaded
    _, title, day = UPLOADS[name]
    listed = listing[ids[name]]
    assert listed["title"] == title
    assert listed["date"][:10] == day


def test_qimma_docs_and_the_page_show_the_same(uploaded):
    from qimma.ui_handlers import Handlers

    service, ids, listing = uploaded
    result = _qimma("docs", "--json", "--data-dir", str(service.settings.data_dir))
    assert result.returncode == 0, result.stderr
    docs = {d["doc_id"]: d for d in json.loads(result.stdout)}
    _, table, _ = Handlers(service).library_state("ar")
    rows = {row[0]: row for row in table["value"]["data"]}
    for name, (_, title, day) in UPLOADS.items():
        doc_id = ids[name]
        assert (docs[doc_id]["title"], docs[doc_id]["date"]) == (
            listing[doc_id]["title"],
            listing[doc_id]["date"],
        )
        # the page's table: the headline, and the day (or a dash when there is none)
        assert rows[doc_id][1] == title
        assert rows[doc_id][2] == (day or "—")


def test_markdown_front_matter_is_not_indexed(uploaded):
    service, ids, _ = uploaded
    text = service.document(ids["front-matter.md"]).text
    assert "title:" not in text and text.strip().startswith("تستضيف")
