"""Event cards through the faces: ingest (with the publication date), CLI, HTTP API, page render.

The extractor is replaced by a scripted one that states hand-written values and finds their
quotes in the cleaned text it is given, so these tests check the plumbing whatever the real
extractor finds: what is ingested is what `qimma events` and `/v1/events` show.
"""

from __future__ import annotations

import json
import shutil

import pytest

from ingest.events.card import EventCard, Evidence
from ingest.events.public import PUBLIC_KEYS
from tests.conftest import SAMPLES

BERKANE = "berkane-smart-cities-forum-2025"
CASA = "casablanca-smart-city-forum"
JEDDAH = "jeddah-e-municipality-day"

# what the scripted extractor states per article: field -> (value, quote in the article)
SCRIPT = {
    BERKANE: {
        "event_id": "berkane-smart-cities-forum-3",
        "name": ("الملتقى الدولي حول المدن الذكية", "الملتقى الدولي حول المدن الذكية"),
        "kind": ("forum", "الملتقى"),
        "edition": (3, "النسخة الثالثة"),
        "city": ("بركان", "بركان"),
        "country": ("MA", "بركان"),
        "start_date": ("2025-04-10", "يومي 10 و 11 أبريل 2025"),
        "end_date": ("2025-04-11", "يومي 10 و 11 أبريل 2025"),
        "patrons": (["صاحب الجلالة الملك محمد السادس"], "صاحب الجلالة الملك محمد السادس"),
    },
    CASA: {
        "event_id": "casablanca-smart-city-forum-7",
        "name": ("ملتقى المدينة الذكية للدار البيضاء", "ملتقى المدينة الذكية للدار البيضاء"),
        "kind": ("forum", "ملتقى"),
        "edition": (7, "النسخة السابعة"),
        "city": ("الدار البيضاء", "الدار البيضاء"),
        "country": ("MA", "الدار البيضاء"),
        "venue": ("فندق حياة ريجنسي", "فندق حياة ريجنسي"),
        "start_date": ("2025-06-07", "يومي 7 و8 يونيو المقبل"),
        "end_date": ("2025-06-08", "يومي 7 و8 يونيو المقبل"),
    },
}


class ScriptedExtractor:
    """Stands in for `extract_events`: the SCRIPT's values, quotes located in the given text."""

    def __init__(self):
        self.calls: dict[str, str | None] = {}
        self.titles: dict[str, str] = {}
        self.overrides: dict[str, dict] = {}

    def __call__(self, doc_id, text, title="", published=None, lang="ar"):
        self.calls[doc_id] = published
        self.titles[doc_id] = title
        script = {**SCRIPT.get(doc_id, {}), **self.overrides.get(doc_id, {})}
        if not script:
            return []
        card = EventCard(event_id=script["event_id"], name="", sources=[doc_id])
        for field, (value, quote) in _fields(script):
            start = text.index(quote)
            setattr(card, field, value)
            card.cite(field, Evidence(doc_id, start, start + len(quote), quote))
        return [card]


def _fields(script: dict):
    return [(k, v) for k, v in script.items() if k != "event_id"]


@pytest.fixture(scope="module")
def extractor():
    mp = pytest.MonkeyPatch()
    scripted = ScriptedExtractor()
    mp.setattr("ingest.events.extract.extract_events", scripted)
    yield scripted
    mp.undo()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("event-articles")
    for doc_id in (BERKANE, CASA, JEDDAH):
        shutil.copy(SAMPLES / f"{doc_id}.txt", folder)
    return folder


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, extractor, corpus):
    """An index of three sample articles ingested through the CLI with `--date`."""
    from qimma.cli import main

    data = tmp_path_factory.mktemp("events-data")
    assert main(["ingest", "--data-dir", str(data), "--date", "2025-03-01", str(corpus)]) == 0
    return data


def cli(capsys, data_dir, *argv) -> tuple[int, str, str]:
    from qimma.cli import main

    code = main([*argv, "--data-dir", str(data_dir)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_passes_the_cleaned_text_and_the_publication_date(data_dir, extractor):
    # plain text files carry no date and (until a dateline reader ships) the --date is used
    assert extractor.calls[CASA] == "2025-03-01"
    # a .txt has no title of its own: the extractor is not handed its first line as one
    assert extractor.titles[CASA] == ""
    assert set(extractor.calls) == {BERKANE, CASA, JEDDAH}


def test_jsonl_date_is_the_publication_date(tmp_path, extractor):
    from assistant.service import QimmaService
    from tests.conftest import make_settings

    line = {"id": "dated", "title": "t", "date": "2015-07-31 03:46:36", "text": "نص " * 40}
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    service = QimmaService(make_settings(tmp_path / "data"))
    service.ingest([tmp_path / "a.jsonl"], date="2020-01-01")
    assert extractor.calls["dated"] == "2015-07-31" and extractor.titles["dated"] == "t"
    assert service.document("dated").date == "2015-07-31 03:46:36"


def test_events_json_prints_the_published_keys(capsys, data_dir):
    code, out, _ = cli(capsys, data_dir, "events", "--json")
    assert code == 0
    cards = json.loads(out)
    assert [c["id"] for c in cards] == [
        "berkane-smart-cities-forum-3",
        "casablanca-smart-city-forum-7",
    ]
    for card in cards:
        assert list(card)[: len(PUBLIC_KEYS)] == list(PUBLIC_KEYS)
    berkane = cards[0]
    assert berkane["edition"] == 3 and berkane["country"] == "MA"
    assert berkane["start_date"] == "2025-04-10" and berkane["sources"] == [BERKANE]
    text = (SAMPLES / f"{BERKANE}.txt").read_text(encoding="utf-8")
    ev = berkane["evidence"]["patrons"][0]
    assert text[ev["start"] : ev["end"]] == ev["quote"] == "صاحب الجلالة الملك محمد السادس"


def test_events_table_filters_and_show(capsys, data_dir):
    code, out, _ = cli(capsys, data_dir, "events", "--country", "Morocco", "--from", "2025-06")
    assert code == 0
    assert "casablanca-smart-city-forum-7" in out and "berkane" not in out
    assert "2025-06-07 → 2025-06-08" in out

    code, out, _ = cli(capsys, data_dir, "events", "show", "casablanca-smart-city-forum-7")
    assert code == 0
    assert "venue: فندق حياة ريجنسي" in out
    assert f"« فندق حياة ريجنسي »  — {CASA}" in out

    code, _, err = cli(capsys, data_dir, "events", "show", "no-such-event")
    assert code == 1 and "no-such-event" in err


@pytest.fixture(scope="module")
def api(data_dir):
    from fastapi.testclient import TestClient

    from assistant.service import QimmaService
    from qimma.api import create_app
    from tests.conftest import make_settings

    with TestClient(create_app(QimmaService(make_settings(data_dir)))) as client:
        yield client


def test_api_lists_filters_and_shows_events(api):
    resp = api.get("/v1/events", params={"city": "الدار البيضاء"})
    assert resp.status_code == 200
    assert [c["id"] for c in resp.json()] == ["casablanca-smart-city-forum-7"]
    assert list(resp.json()[0])[: len(PUBLIC_KEYS)] == list(PUBLIC_KEYS)
    assert [c["id"] for c in api.get("/v1/events", params={"to": "2025-04"}).json()] == [
        "berkane-smart-cities-forum-3"
    ]
    card = api.get("/v1/events/berkane-smart-cities-forum-3").json()
    assert card["patrons"] == ["صاحب الجلالة الملك محمد السادس"]

    missing = api.get("/v1/events/no-such-event")
    assert missing.status_code == 404 and missing.json()["error"] == {
        "message": "not found: no-such-event",
        "type": "not_found_error",
    }
    bad = api.get("/v1/events", params={"from": "soon"})
    assert bad.status_code == 400 and "not a date" in bad.json()["error"]["message"]
    schema = api.get("/openapi.json").json()["components"]["schemas"]
    assert "evidence" in schema["EventCardModel"]["properties"]


def test_reingest_and_remove_update_the_cards(tmp_path, extractor):
    from assistant.service import QimmaService
    from tests.conftest import make_settings

    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / f"{CASA}.txt"
    shutil.copy(SAMPLES / path.name, path)
    service = QimmaService(make_settings(tmp_path / "data"))
    service.ingest([folder])
    assert service.event("casablanca-smart-city-forum-7").venue == "فندق حياة ريجنسي"

    extractor.overrides[CASA] = {"venue": ("قاعة الأمانة", "قاعة الأمانة")}
    try:
        path.write_text(
            path.read_text(encoding="utf-8") + "\nونقل الملتقى إلى قاعة الأمانة.\n",
            encoding="utf-8",
        )
        assert service.ingest([folder]).updated == [CASA]
    finally:
        extractor.overrides.clear()
    card = service.event("casablanca-smart-city-forum-7")
    assert card.venue == "قاعة الأمانة" and card.sources == [CASA]

    service.remove([CASA])
    assert service.events() == []
    with pytest.raises(KeyError):
        service.event("casablanca-smart-city-forum-7")


def test_eval_cards_scores_each_field_against_gold(capsys, data_dir, tmp_path):
    berkane = {
        "name": "الملتقى الدولي حول المدن الذكية",
        "kind": "forum",
        "edition": 3,
        "city": "بركان",
        "country": "MA",
        "venue": "مقر عمالة إقليم بركان",
        "start_date": "2025-04-10",
        "end_date": "2025-04-11",
        "organizers": ["مجلس جهة الشرق"],
        "patrons": ["الملك محمد السادس"],
    }
    casa = {
        "name": "ملتقى المدينة الذكية",
        "edition": 7,
        "venue": "فندق حياة ريجنسي",
        "start_date": "2025-06-08",
    }
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"doc_id": BERKANE, "is_event": True, "events": [berkane]},
        {"doc_id": CASA, "is_event": True, "events": [casa]},
        {"doc_id": JEDDAH, "is_event": False, "events": []},
        {"doc_id": "not-ingested", "is_event": True, "events": [casa]},
    ]
    gold.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    code, out, _ = cli(capsys, data_dir, "eval", "cards", str(gold), "--json")
    assert code == 0
    summary = json.loads(out)
    fields = summary["fields"]
    assert summary["articles"] == 3 and summary["not_indexed"] == ["not-ingested"]
    assert summary["events"] == {"found": 1.0, "precision": 1.0, "gold": 2, "pred": 2}
    assert fields["start_date"]["strict"] == {"p": 0.5, "r": 0.5}
    assert fields["venue"]["strict"] == {"p": 1.0, "r": 0.5}
    assert (fields["venue"]["pred"], fields["venue"]["gold"]) == (1, 2)
    assert fields["organizers"]["strict"] == {"p": None, "r": 0.0}
    # "ملتقى المدينة الذكية للدار البيضاء" names the gold "ملتقى المدينة الذكية" (the events
    # are paired) but is not the same value, even leniently (3 of its 5 words)
    assert fields["name"]["lenient"] == {"p": 0.5, "r": 0.5}

    code, out, _ = cli(capsys, data_dir, "eval", "cards", str(gold))
    assert code == 0 and "events found 1.000 (2 gold)" in out


def test_events_tab_renders_linked_values_a_timeline_and_conflicts():
    import datetime as dt
    import re
    from html import unescape
    from urllib.parse import parse_qs

    from ingest.events.merge import merge_cards
    from qimma.ui_events import country_colours, render_events
    from tests.test_events_store import bahrain_card, berkane_card, casablanca_card

    cards = merge_cards(
        [berkane_card(), berkane_card("x", start="2025-04-12"), casablanca_card(), bahrain_card()],
        today=dt.date(2025, 4, 10),
    )
    html = render_events(cards, "en")
    assert "<th>Venue</th>" in html and "Timeline" in html
    assert "sources disagree: 2025-04-12 (x)" in html
    refs = re.findall(
        r'<a class="qimma-evref" href="#qimma-event-ref\?([^"]+)"[^>]*>([^<]+)</a>', html
    )
    assert ("فندق حياة ريجنسي") in [value for _, value in refs]
    for query, _value in refs:
        params = {k: v[0] for k, v in parse_qs(unescape(query)).items()}
        text = (SAMPLES / f"{params['doc']}.txt").read_text(encoding="utf-8")
        assert text[int(params["start"]) : int(params["end"])].strip()
    venue = next(q for q, v in refs if v == "فندق حياة ريجنسي")
    assert "marker=Venue" in unescape(venue)
    # one colour per country on the timeline: Bahrain's bar differs from the two Moroccan ones
    colours = country_colours(cards)
    assert colours["BH"] != colours["MA"]
    assert html.count(f"background:{colours['MA']}") == 2 + 1  # two bars and the legend
    assert "الفعالية" in render_events(cards, "ar")


@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_a_new_extractor_rereads_unchanged_articles(
    tmp_path, extractor, monkeypatch, request, mode
):
    from assistant.service import QimmaService
    from tests.conftest import make_settings

    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SAMPLES / f"{BERKANE}.txt", folder)
    url = request.getfixturevalue("chroma_server_url") if mode == "server" else None
    service = QimmaService(make_settings(tmp_path / "data", url))
    monkeypatch.setattr("assistant.indexing.extractor_version", lambda: "old")
    monkeypatch.setattr("ingest.events.extract.extract_events", lambda *a, **k: [])
    service.ingest([folder])
    assert service.events() == []

    monkeypatch.setattr("assistant.indexing.extractor_version", lambda: "new")
    monkeypatch.setattr("ingest.events.extract.extract_events", extractor)
    report = service.ingest([folder])
    assert report.unchanged == [BERKANE]
    assert [c.event_id for c in service.events()] == ["berkane-smart-cities-forum-3"]
    doc = service.documents()[0]  # the article's other metadata survives the refresh
    assert doc.doc_id == BERKANE and doc.chunks > 0 and doc.title
    assert service.store.events_version(BERKANE) == "new"


def test_a_dateline_is_the_publication_date_before_the_ingest_date(tmp_path, extractor):
    from assistant.service import QimmaService
    from tests.conftest import make_settings

    doc_id = "berkane-smart-cities-symposium-2024"  # opens with "2024 فبراير 28 - تم تعديله"
    service = QimmaService(make_settings(tmp_path / "data"))
    service.ingest([SAMPLES / f"{doc_id}.txt"], date="2025-01-01")
    assert extractor.calls[doc_id] == "2024-02-28"
    assert service.document(doc_id).date == "2024-02-28"
