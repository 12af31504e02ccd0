"""Readers: every supported format, every encoding users send, and one-line errors for the rest."""

from __future__ import annotations

import codecs
import io
import json
import random
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from ingest.readers import (
    SUPPORTED_SUFFIXES,
    InputFile,
    RawDocument,
    ReadError,
    iter_input_files,
    read_file,
    read_jsonl,
)

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))
JEDDAH = (ARTICLES / "jeddah-e-municipality-day.txt").read_text("utf-8").strip()
SENTENCE = "دشنت أمانة محافظة جدة اليوم فعاليات ملتقى يوم البلدية الالكترونية الثالث"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def read_error(path: Path, **kwargs) -> str:
    with pytest.raises(ReadError) as info:
        read_file(path, **kwargs)
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def only_doc(path: Path) -> RawDocument:
    docs = read_file(path)
    assert len(docs) == 1
    return docs[0]


# --- finding files -------------------------------------------------------------------------


def test_iter_input_files_walks_folders_sorted_and_skips_hidden_and_unsupported(tmp_path):
    corpus = tmp_path / "corpus"
    for name in (
        "b.txt",
        "a.md",
        "2024/berkane.HTML",
        "2024/notes.xyz",
        ".hidden.txt",
        ".git/config.txt",
        "drafts/.cache/x.txt",
        "data.jsonl",
    ):
        write(corpus / name, "نص")

    files, problems = iter_input_files([corpus])

    assert problems == []
    assert [f.rel_id for f in files] == ["2024/berkane", "a", "b", "data"]
    assert all(f.base == corpus and f.path.is_absolute() for f in files)
    assert files[0].path == corpus / "2024" / "berkane.HTML"


def test_iter_input_files_reports_missing_and_explicit_unsupported(tmp_path):
    article = write(tmp_path / "news" / "summit.txt", "قمة")
    image = write(tmp_path / "photo.png", b"\x89PNG")
    missing = tmp_path / "nope.txt"
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()

    files, problems = iter_input_files([str(article), image, missing, empty_dir, article])

    assert files == [InputFile(path=article, base=article.parent, rel_id="summit")]
    reasons = dict(problems)
    assert "unsupported file type .png" in reasons[str(image)]
    assert reasons[str(missing)] == "no such file or folder"
    assert reasons[str(empty_dir)] == "folder has no supported files"


def test_iter_input_files_does_not_list_a_file_twice(tmp_path):
    article = write(tmp_path / "a.txt", "قمة")
    files, _ = iter_input_files([tmp_path, article])
    assert [f.path for f in files] == [article]


# --- text encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        JEDDAH.encode("utf-8"),
        codecs.BOM_UTF8 + JEDDAH.encode("utf-8"),
        codecs.BOM_UTF16_LE + JEDDAH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + JEDDAH.encode("utf-16-be"),
        JEDDAH.encode("utf-16-le"),
        JEDDAH.encode("utf-16-be"),
        JEDDAH.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1256"],
)
def test_txt_encodings_come_out_as_arabic(tmp_path, encoded):
    doc = only_doc(write(tmp_path / "jeddah.txt", encoded))
    assert doc.text.strip() == JEDDAH
    assert not doc.text.startswith("\ufeff")
    assert doc.title == "" and doc.id == "" and doc.line is None


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_cp1256_articles_decode_whole_and_as_short_snippets(tmp_path, path):
    text = path.read_text("utf-8").replace("\r\n", "\n").strip()
    first_words = " ".join(text.split()[:3])
    for sample in (text, text.split("\n")[0][:80], first_words):
        file = write(tmp_path / "legacy.txt", sample.encode("cp1256", errors="replace"))
        assert only_doc(file).text == sample.encode("cp1256", errors="replace").decode("cp1256")


@pytest.mark.parametrize("word", ["جدة", "المغرب", "مدينة ذكية", "البحرين 2024"])
def test_short_cp1256_words_are_not_misread(tmp_path, word):
    # charset-normalizer alone guesses cp932/big5 for these
    assert only_doc(write(tmp_path / "w.txt", word.encode("cp1256"))).text == word


def test_crlf_becomes_newline(tmp_path):
    doc = only_doc(write(tmp_path / "a.txt", "سطر أول\r\nسطر ثان\r\n"))
    assert doc.text == "سطر أول\nسطر ثان\n"


def test_utf8_with_a_stray_bad_byte_is_not_read_as_cp1256(tmp_path):
    data = JEDDAH.encode("utf-8")
    data = data[:200] + b"\xff" + data[200:]
    text = only_doc(write(tmp_path / "a.txt", data)).text
    assert SENTENCE in text
    assert text.count("\ufffd") == 1


def test_english_latin1_text_is_not_forced_to_cp1256(tmp_path):
    text = "The café in Rabat hosted the summit's opening reception. " * 3
    assert only_doc(write(tmp_path / "a.txt", text.encode("latin-1"))).text == text


# --- failures common to text formats -------------------------------------------------------


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    b"\x1f\xf3\xffa\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92"
    b"\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
@pytest.mark.parametrize(
    "data",
    [PNG, random.Random(7).randbytes(4096), bytes(range(128, 256)) * 8, bytes(range(1, 32)) * 8],
    ids=["png", "random", "high-bytes", "control-bytes"],
)
def test_binary_files_are_refused(tmp_path, suffix, data):
    assert "binary" in read_error(write(tmp_path / f"x{suffix}", data))


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_files_are_refused(tmp_path, suffix):
    assert read_error(write(tmp_path / f"x{suffix}", b"")) == "empty file"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
@pytest.mark.parametrize("data", [b" \n\t\r\n  ", "\u00a0\n".encode(), "\n".encode("utf-16")])
def test_whitespace_only_files_are_refused(tmp_path, suffix, data):
    assert read_error(write(tmp_path / f"x{suffix}", data)) == "empty file"


def test_too_large_file_is_refused_without_opening_it(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(int(52.4 * 1024 * 1024))

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    monkeypatch.setattr("builtins.open", no_open)
    assert read_error(big) == "file too large: 52.4 MB > 50 MB limit"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".jsonl"])
def test_size_limit_applies_to_every_format(tmp_path, suffix):
    message = read_error(write(tmp_path / f"x{suffix}", b"x" * 3000), max_bytes=2048)
    assert message == "file too large: 2.9 KB > 2 KB limit"


def test_missing_and_unsupported_files(tmp_path):
    assert read_error(tmp_path / "gone.txt") == "no such file"
    assert "unsupported file type .rtf" in read_error(write(tmp_path / "a.rtf", "{\\rtf1}"))


# --- markdown ------------------------------------------------------------------------------


def test_markdown_title_is_first_h1_and_text_is_kept(tmp_path):
    md = "```\n# not a title\n```\n\n## قسم\n\n# قمة المدن الذكية #\n\nتنطلق الفعاليات غدا.\n"
    doc = only_doc(write(tmp_path / "a.md", md))
    assert doc.title == "قمة المدن الذكية"
    assert doc.text == md


def test_markdown_without_h1_has_no_title(tmp_path):
    assert only_doc(write(tmp_path / "a.md", "#hashtag\n\n## فرعي\nنص")).title == ""


# --- HTML ----------------------------------------------------------------------------------


NEWS_PAGE = """<!DOCTYPE html>
<html lang="ar-BH" dir="rtl">
<head>
<meta charset="{charset}">
<title>قمة المدن الذكية تنطلق في البحرين | أخبار الخليج</title>
<meta property="og:title" content="قمة المدن الذكية تنطلق في البحرين">
<meta property="og:url" content="https://news.example.com/2024/05/smart-cities-summit">
<link rel="canonical" href="https://news.example.com/2024/05/smart-cities-summit">
<meta property="article:published_time" content="2024-05-02T09:30:00+03:00">
<script>var tracking = "should never appear";</script>
<style>.menu {{ color: red }}</style>
</head>
<body>
<header>
  <nav class="main-menu"><ul>
    <li><a href="/">الصفحة الرئيسية</a></li><li><a href="/local">محليات</a></li>
    <li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li>
    <li><a href="/contact">اتصل بنا</a></li>
  </ul></nav>
</header>
<main>
<article>
  <h1>قمة المدن الذكية تنطلق في البحرين</h1>
  <time datetime="2024-05-02">2 مايو 2024</time>
  <p>{p1}</p>
  <p>{p2}</p>
  <p>{p3}</p>
</article>
<aside class="related"><h3>أخبار ذات صلة</h3><ul>
  <li><a href="/a">افتتاح معرض الكتاب</a></li><li><a href="/b">ارتفاع أسعار النفط</a></li>
</ul></aside>
</main>
<footer class="site-footer">
  <div class="social"><a href="https://twitter.com/x">تابعونا على تويتر</a>
  <a href="https://facebook.com/x">فيسبوك</a> <a href="https://instagram.com/x">إنستغرام</a></div>
  <p>جميع الحقوق محفوظة © 2024 أخبار الخليج</p>
</footer>
<div id="cookie-banner" class="cookie-consent">نستخدم ملفات تعريف الارتباط لتحسين تجربتك.
  <button>موافق</button></div>
</body>
</html>
"""

_PARAS = [p for p in JEDDAH.split(". ") if len(p) > 80][:3]


def news_page(charset: str = "utf-8") -> str:
    return NEWS_PAGE.format(charset=charset, p1=_PARAS[0], p2=_PARAS[1], p3=_PARAS[2])


BOILERPLATE = [
    "الصفحة الرئيسية",
    "محليات",
    "رياضة",
    "أخبار ذات صلة",
    "اتصل بنا",
    "تابعونا على تويتر",
    "جميع الحقوق محفوظة",
    "ملفات تعريف الارتباط",
    "should never appear",
    "color: red",
]


def test_html_keeps_article_and_drops_nav_footer_and_cookie_banner(tmp_path):
    doc = only_doc(write(tmp_path / "summit.html", news_page()))

    for paragraph in _PARAS:
        assert paragraph in doc.text
    for noise in BOILERPLATE:
        assert noise not in doc.text, noise
    assert doc.title == "قمة المدن الذكية تنطلق في البحرين"
    assert doc.url == "https://news.example.com/2024/05/smart-cities-summit"
    assert doc.date == "2024-05-02"
    assert doc.lang == "ar"


@pytest.mark.parametrize("declared", ["windows-1256", "utf-8"])
def test_cp1256_html_is_decoded(tmp_path, declared):
    page = news_page(charset=declared)
    doc = only_doc(write(tmp_path / "summit.htm", page.encode("cp1256")))
    assert _PARAS[1] in doc.text


def test_html_without_article_structure_falls_back_to_page_text(tmp_path):
    html = "<html><head><title>t</title><script>x=1</script></head><body><b>مرحبا</b></body></html>"
    doc = only_doc(write(tmp_path / "tiny.html", html))
    assert "مرحبا" in doc.text
    assert "x=1" not in doc.text
    assert doc.title == "t"


def test_html_falls_back_to_a_text_dump_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr("ingest.readers.trafilatura.bare_extraction", lambda *a, **k: None)
    doc = only_doc(write(tmp_path / "summit.html", news_page()))
    lines = doc.text.split("\n")
    assert _PARAS[0] in lines and _PARAS[2] in lines
    assert "tracking" not in doc.text and "color: red" not in doc.text
    assert doc.title == "قمة المدن الذكية تنطلق في البحرين | أخبار الخليج"
    assert doc.date == "" and doc.url == "" and doc.lang == "ar"


def test_html_with_markup_but_no_text_is_refused(tmp_path):
    html = "<html><head><title></title></head><body><div><img src='a.png'></div></body></html>"
    assert read_error(write(tmp_path / "empty.html", html)) == "HTML page has no text"


# --- PDF -----------------------------------------------------------------------------------


def minimal_pdf(pages: list[str], title: str = "", created: str = "") -> bytes:
    """A valid PDF with one Helvetica line per page, xref offsets computed for real."""
    n = len(pages)
    font_id, info_id = 3 + 2 * n, 4 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
    ]
    for i, line in enumerate(pages):
        stream = f"BT /F1 14 Tf 72 720 Td ({line}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(f"<< /Title ({title}) /CreationDate ({created}) >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info_id)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdf_text_pages_and_metadata(tmp_path):
    pdf = minimal_pdf(
        ["Smart cities summit opens in Manama", "Experts discuss digital municipalities"],
        title="Smart Cities Summit",
        created="D:20240502093000+03'00'",
    )
    doc = only_doc(write(tmp_path / "summit.pdf", pdf))
    assert doc.text == (
        "Smart cities summit opens in Manama\n\nExperts discuss digital municipalities"
    )
    assert doc.title == "Smart Cities Summit"
    assert doc.date == "2024-05-02"


def test_pdf_without_text_is_reported_as_scanned(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    with (tmp_path / "scan.pdf").open("wb") as handle:
        writer.write(handle)
    assert read_error(tmp_path / "scan.pdf") == "PDF has no extractable text (scanned?)"


@pytest.mark.parametrize("user_password", ["secret", ""])
def test_encrypted_pdf_is_read_only_without_a_user_password(tmp_path, user_password):
    source = PdfReader(io.BytesIO(minimal_pdf(["Smart cities summit opens in Manama"])))
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    writer.write(tmp_path / "locked.pdf")
    if user_password:
        assert read_error(tmp_path / "locked.pdf") == "PDF is password-protected"
    else:
        assert only_doc(tmp_path / "locked.pdf").text == "Smart cities summit opens in Manama"


@pytest.mark.parametrize(
    "data",
    [
        minimal_pdf(["Smart cities summit opens in Manama"])[:60],
        b"%PDF-1.4\n" + random.Random(3).randbytes(500),
        b"this is not a pdf at all, just some words",
    ],
    ids=["truncated", "garbage-body", "not-a-pdf"],
)
def test_corrupt_pdf_is_refused(tmp_path, data):
    message = read_error(write(tmp_path / "broken.pdf", data))
    assert message.startswith("corrupt or unreadable PDF: ")
    assert len(message) < 160


# --- DOCX ----------------------------------------------------------------------------------


def make_docx(path: Path, title: str = "", created: datetime | None = None) -> Path:
    document = docx.Document()
    document.add_paragraph("قمة المدن الذكية في جدة")
    document.add_paragraph("")
    document.add_paragraph(SENTENCE)
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "اليوم"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "المحور"
    table.cell(1, 0).text = "الأول"
    table.cell(1, 1).text = "الأمن الذكي"
    table.cell(1, 2).text = "الحوكمة الذكية"
    document.add_paragraph("انتهى الخبر")
    document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created
    document.save(path)
    return path


def test_docx_paragraphs_tables_and_core_properties(tmp_path):
    path = make_docx(
        tmp_path / "jeddah.docx",
        title="يوم البلدية الالكترونية",
        created=datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc),
    )
    doc = only_doc(path)
    assert doc.text.split("\n") == [
        "قمة المدن الذكية في جدة",
        SENTENCE,
        "اليوم | المحور",
        "الأول | الأمن الذكي | الحوكمة الذكية",
        "انتهى الخبر",
    ]
    assert doc.title == "يوم البلدية الالكترونية"
    assert doc.date == "2024-03-05"


def test_docx_ignores_python_docx_template_date(tmp_path):
    doc = only_doc(make_docx(tmp_path / "plain.docx"))
    assert doc.title == "" and doc.date == ""


def test_corrupt_docx_is_refused(tmp_path):
    assert "corrupt or unreadable DOCX" in read_error(write(tmp_path / "a.docx", "not a zip"))
    with zipfile.ZipFile(tmp_path / "b.docx", "w") as archive:
        archive.writestr("hello.txt", "a zip, but not a word document")
    assert "corrupt or unreadable DOCX" in read_error(tmp_path / "b.docx")
    good = make_docx(tmp_path / "c.docx").read_bytes()
    assert "corrupt or unreadable DOCX" in read_error(write(tmp_path / "c.docx", good[:1000]))


# --- JSONL ---------------------------------------------------------------------------------


def jsonl(*records) -> str:
    return "\n".join(
        r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records
    )


def test_jsonl_reads_fields_and_reports_bad_lines_by_number(tmp_path):
    path = write(
        tmp_path / "feed.jsonl",
        jsonl(
            {
                "id": "bh-1",
                "text": JEDDAH,
                "title": "يوم البلدية",
                "url": "https://x.example/1",
                "date": "2024-03-05",
                "source": "الوطن",
                "lang": "AR-sa",
            },
            "",
            '{"text": "broken',
            {"title": "no text"},
            {"text": 42},
            {"text": "   "},
            '["a list"]',
            {"text": "ثاني خبر", "id": 7, "title": None},
            {"text": "ثالث", "title": ["x"]},
            "   ",
        ),
    )
    docs, bad = read_jsonl(path)

    assert [(d.line, d.id) for d in docs] == [(1, "bh-1"), (8, "7")]
    first = docs[0]
    assert (first.text, first.title, first.url, first.date, first.source, first.lang) == (
        JEDDAH,
        "يوم البلدية",
        "https://x.example/1",
        "2024-03-05",
        "الوطن",
        "ar",
    )
    assert docs[1].title == "" and docs[1].lang == ""
    assert [line for line, _ in bad] == [3, 4, 5, 6, 7, 9]
    reasons = dict(bad)
    assert reasons[3].startswith("invalid JSON")
    assert reasons[4] == 'missing "text"'
    assert reasons[5] == '"text" is not a string'
    assert reasons[6] == 'empty "text"'
    assert reasons[7] == "line is not a JSON object"
    assert reasons[9] == '"title" is not a string'

    assert [d.line for d in read_file(path)] == [1, 8]


def test_jsonl_with_only_bad_lines_fails_as_a_whole_in_read_file(tmp_path):
    path = write(tmp_path / "bad.jsonl", jsonl("{oops", {"title": "x"}))
    assert read_jsonl(path)[0] == []
    assert read_error(path).startswith("no readable lines (line 1: invalid JSON")


def test_jsonl_in_cp1256_and_utf16(tmp_path):
    body = jsonl({"text": SENTENCE}, {"text": "جدة"})
    for data in (body.encode("cp1256"), codecs.BOM_UTF16_LE + body.encode("utf-16-le")):
        docs, bad = read_jsonl(write(tmp_path / "legacy.jsonl", data))
        assert bad == [] and [d.text for d in docs] == [SENTENCE, "جدة"]


def test_jsonl_keeps_line_separator_characters_inside_strings(tmp_path):
    path = write(tmp_path / "u2028.jsonl", '{"text": "سطر\u2028آخر"}\n{"text": "ب"}\n')
    docs, bad = read_jsonl(path)
    assert bad == [] and [d.line for d in docs] == [1, 2]
    assert docs[0].text == "سطر\u2028آخر"


def test_supported_suffixes_are_all_readable(tmp_path):
    samples = {
        ".txt": SENTENCE,
        ".md": f"# عنوان\n\n{SENTENCE}",
        ".html": news_page(),
        ".htm": news_page(),
        ".pdf": minimal_pdf(["Smart cities summit"]),
        ".jsonl": jsonl({"text": SENTENCE}),
    }
    for suffix in SUPPORTED_SUFFIXES:
        path = tmp_path / f"sample{suffix}"
        if suffix == ".docx":
            make_docx(path)
        else:
            write(path, samples[suffix])
        assert read_file(path)[0].text.strip(), suffix
