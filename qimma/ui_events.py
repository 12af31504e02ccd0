"""The Events tab: the event cards as a timeline and a table, each value opening its source.

Every value a card states links to the passage it was read from; clicking it shows the article
beside the table with that passage highlighted, as citation chips do in the chat (the article
is rendered by the same `render_article`). The HTML comes from pure functions, testable
without a browser; the tab only calls `service.events()` and `service.document()`.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from qimma.ui_render import esc, text_dir
from qimma.ui_text import event_count

EVENTS_TEXT: dict[str, dict[str, Any]] = {
    "ar": {
        "tab": "الفعاليات",
        "title": "الفعاليات المستخرجة من المقالات",
        "hint": "انقر أي قيمة لترى الجملة التي أُخذت منها مظلَّلةً في مقالها.",
        "country": "الدولة (رمز أو اسم)",
        "year": "السنة",
        "any_year": "كل السنوات",
        "upcoming": "القادمة فقط",
        "refresh": "تحديث",
        "timeline": "الخط الزمني",
        "undated": "بلا تاريخ",
        "none": "لا فعاليات مطابقة. أضف مقالات عن فعاليات في المكتبة.",
        "conflict": "المصادر مختلفة",
        "panel_empty": "انقر قيمة في الجدول لعرض مصدرها.",
        "columns": [
            "الفعالية",
            "الدورة",
            "المدينة",
            "الدولة",
            "التاريخ",
            "المكان",
            "المنظمون",
            "الرعاة",
            "الشعار",
            "الحالة",
            "المصادر",
        ],
        "status": {
            "upcoming": "قادمة",
            "ongoing": "جارية",
            "past": "منتهية",
            "announced": "معلنة",
            "unknown": "غير معروفة",
        },
    },
    "en": {
        "tab": "Events",
        "title": "Events found in the articles",
        "hint": "Click any value to see the sentence it was read from, highlighted in its article.",
        "country": "Country (code or name)",
        "year": "Year",
        "any_year": "Any year",
        "upcoming": "Upcoming only",
        "refresh": "Refresh",
        "timeline": "Timeline",
        "undated": "undated",
        "none": "No matching events. Add articles about events in the Library.",
        "conflict": "sources disagree",
        "panel_empty": "Click a value in the table to see its source.",
        "columns": [
            "Event",
            "Edition",
            "City",
            "Country",
            "Dates",
            "Venue",
            "Organizers",
            "Patrons",
            "Slogan",
            "Status",
            "Sources",
        ],
        "status": {
            "upcoming": "upcoming",
            "ongoing": "ongoing",
            "past": "past",
            "announced": "announced",
            "unknown": "unknown",
        },
    },
}
PALETTE = ("#0f766e", "#b45309", "#7c3aed", "#be123c", "#1d4ed8", "#4d7c0f", "#a21caf", "#0e7490")
STYLE = """<style>
.qimma-events table { border-collapse: collapse; width: 100%; font-size: 14px; }
.qimma-events th, .qimma-events td { border-bottom: 1px solid var(--border-color-primary);
  padding: 6px 8px; text-align: start; vertical-align: top; unicode-bidi: plaintext; }
.qimma-events th { color: var(--body-text-color-subdued); font-weight: 600; }
a.qimma-evref { color: inherit; text-decoration: underline dotted var(--qimma-teal, #0f766e);
  text-underline-offset: 3px; cursor: pointer; }
a.qimma-evref:hover, a.qimma-evref.qimma-active { background: #fef3c7; }
.qimma-evmore { font-size: 11px; vertical-align: super; margin-inline-start: 2px; }
.qimma-conflict { color: #b45309; font-size: 12px; display: block; }
.qimma-timeline { margin: 8px 0 18px; }
.qimma-tl-row { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
.qimma-tl-label { flex: 0 0 32%; font-size: 13px; unicode-bidi: plaintext; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; }
.qimma-tl-track { position: relative; flex: 1; height: 16px; border-radius: 8px;
  background: var(--background-fill-secondary); }
.qimma-tl-bar { position: absolute; top: 2px; height: 12px; min-width: 10px;
  border-radius: 6px; }
.qimma-tl-axis { display: flex; justify-content: space-between; font-size: 12px;
  color: var(--body-text-color-subdued); margin-inline-start: calc(32% + 8px); }
.qimma-legend span { display: inline-flex; align-items: center; gap: 4px; margin-inline-end: 12px;
  font-size: 13px; }
.qimma-legend i { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
#qimma-event-panel { position: sticky !important; top: 10px; max-height: 80vh; overflow: auto;
  border: 1px solid var(--border-color-primary); border-radius: 14px; padding: 14px 18px; }
</style>"""


@cache
def _asset(name: str) -> str:
    return (files("qimma") / "ui_assets" / name).read_text(encoding="utf-8").strip()


def country_name(card, lang: str) -> str:
    """The country in the page's language: the card's own name, else CLDR's, else the code."""
    own = card.country_ar if lang == "ar" else card.country_en
    if own or not card.country:
        return own or ""
    try:
        from babel import Locale

        return str(Locale(lang).territories.get(card.country, card.country))
    except ImportError:
        return card.country


# which table column shows each field (its header labels the highlighted passage)
FIELD_COLUMN = {
    "name": 0,
    "edition": 1,
    "city": 2,
    "country": 3,
    "start_date": 4,
    "end_date": 4,
    "date_text": 4,
    "venue": 5,
    "organizers": 6,
    "patrons": 7,
    "slogan": 8,
}


def field_label(field: str, lang: str) -> str:
    column = FIELD_COLUMN.get(field)
    return field if column is None else EVENTS_TEXT[lang]["columns"][column]


def _href(ev, label: str) -> str:
    query = urlencode({"doc": ev.doc_id, "start": ev.start, "end": ev.end, "marker": label})
    return f"#qimma-event-ref?{esc(query)}"


def _link(text: str, evidence: list, label: str) -> str:
    """`text` linked to its first quote, with small numbered links to the other quotes."""
    if not evidence:
        return esc(text)
    first = evidence[0]
    link = (
        f'<a class="qimma-evref" href="{_href(first, label)}" role="button" '
        f'title="{esc(first.doc_id)}: {esc(first.quote)}">{esc(text)}</a>'
    )
    return link + "".join(
        f'<a class="qimma-evref qimma-evmore" href="{_href(ev, label)}" role="button" '
        f'title="{esc(ev.doc_id)}: {esc(ev.quote)}">{i}</a>'
        for i, ev in enumerate(evidence[1:], 2)
    )


def ref(card, field: str, text: str, lang: str) -> str:
    """A field's value linked to the quotes behind it, with the sources' other values if they
    disagree."""
    if not text:
        return ""
    link = _link(text, card.evidence.get(field, []), field_label(field, lang))
    if field in card.conflicts:
        others = "; ".join(
            f"{c['value']} ({', '.join(c['doc_ids'])})"
            for c in card.conflicts[field]
            if not c.get("shown")
        )
        link += (
            f'<span class="qimma-conflict">⚠ {EVENTS_TEXT[lang]["conflict"]}: {esc(others)}</span>'
        )
    return link


def _list_refs(card, field: str, lang: str) -> str:
    """Each item of a list field, linked to the quote that names it (else the field's quotes)."""
    evidence = card.evidence.get(field, [])
    items = []
    for value in getattr(card, field):
        own = [ev for ev in evidence if value in ev.quote or ev.quote in value]
        items.append(_link(value, own or evidence, field_label(field, lang)))
    return ("، " if lang == "ar" else ", ").join(items)


def _dates(card, lang: str) -> str:
    start = ref(card, "start_date", card.start_date or "", lang)
    if card.end_date and card.end_date != card.start_date:
        end = ref(card, "end_date", card.end_date, lang)
        return f'<span dir="ltr">{start} → {end}</span>'
    if start:
        return f'<span dir="ltr">{start}</span>'
    return ref(card, "date_text", card.date_text or "", lang)


def country_colours(cards: list) -> dict[str, str]:
    """One colour per country, stable for a given set of countries."""
    countries = sorted({c.country or "" for c in cards})
    return {code: PALETTE[i % len(PALETTE)] for i, code in enumerate(countries)}


def render_table(cards: list, lang: str) -> str:
    t = EVENTS_TEXT[lang]
    head = "".join(f"<th>{esc(h)}</th>" for h in t["columns"])
    rows = []
    for c in cards:
        cells = [
            ref(c, "name", c.name, lang),
            ref(c, "edition", "" if c.edition is None else str(c.edition), lang),
            ref(c, "city", c.city or "", lang),
            ref(c, "country", country_name(c, lang), lang),
            _dates(c, lang),
            ref(c, "venue", c.venue or "", lang),
            _list_refs(c, "organizers", lang),
            _list_refs(c, "patrons", lang),
            ref(c, "slogan", c.slogan or "", lang),
            esc(t["status"].get(c.status, c.status)),
            "<br>".join(esc(s) for s in c.sources),
        ]
        rows.append(
            f'<tr data-event="{esc(c.event_id)}">'
            + "".join(f"<td>{x}</td>" for x in cells)
            + "</tr>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_timeline(cards: list, lang: str) -> str:
    """Dated events as bars on one time axis, coloured by country; undated ones are listed."""
    from ingest.events.merge import iso_range

    t = EVENTS_TEXT[lang]
    spans = []
    for c in cards:
        first, last = iso_range(c.start_date), iso_range(c.end_date or c.start_date)
        if first and last:
            spans.append((c, first[0], max(last[1], first[0])))
    if not spans:
        return ""
    lo = min(s for _, s, _ in spans)
    hi = max(e for _, _, e in spans)
    total = max((hi - lo).days + 1, 1)
    colours = country_colours(cards)
    rows = []
    for c, start, end in sorted(spans, key=lambda s: (s[1], s[0].event_id)):
        left = 100 * (start - lo).days / total
        width = max(100 * ((end - start).days + 1) / total, 0.8)
        rows.append(
            f'<div class="qimma-tl-row" data-event="{esc(c.event_id)}">'
            f'<span class="qimma-tl-label" dir="{text_dir(lang)}" title="{esc(c.name)}">'
            f"{esc(c.name)}</span>"
            f'<span class="qimma-tl-track" dir="ltr"><span class="qimma-tl-bar" '
            f'style="left:{left:.2f}%;width:{width:.2f}%;background:{colours[c.country or ""]}" '
            f'title="{esc(c.start_date or "")} {esc(c.end_date or "")}"></span></span></div>'
        )
    legend = "".join(
        f'<span><i style="background:{colour}"></i>'
        f"{esc(country_name(_Code(code), lang) or t['undated'])}</span>"
        for code, colour in colours.items()
    )
    dated = {s[0].event_id for s in spans}
    undated = [c.name for c in cards if c.event_id not in dated]
    extra = (
        f"<div class='qimma-note'>{t['undated']}: {esc('، '.join(undated))}</div>"
        if undated
        else ""
    )
    return (
        f'<div class="qimma-timeline"><h4>{t["timeline"]}</h4>'
        f'<div class="qimma-legend">{legend}</div>{"".join(rows)}'
        f'<div class="qimma-tl-axis" dir="ltr"><span>{lo.isoformat()}</span>'
        f"<span>{hi.isoformat()}</span></div>{extra}</div>"
    )


class _Code:
    """A card-like holder of a bare country code, for the legend's names."""

    def __init__(self, code: str):
        self.country, self.country_ar, self.country_en = code or None, None, None


def render_events(cards: list, lang: str) -> str:
    """The whole tab body: count, timeline and table (or a note when nothing matches)."""
    t = EVENTS_TEXT[lang]
    if not cards:
        return f"{STYLE}<div class='qimma-note' dir='{text_dir(lang)}'>{t['none']}</div>"
    return (
        f'{STYLE}<div class="qimma-events" dir="{text_dir(lang)}" lang="{lang}">'
        f"<div class='qimma-note'>{event_count(len(cards), lang)} · {t['hint']}</div>"
        f"{render_timeline(cards, lang)}{render_table(cards, lang)}</div>"
    )


def panel_empty(lang: str) -> str:
    return (
        f'<div class="qimma-panel-empty" dir="{text_dir(lang)}">'
        f"{EVENTS_TEXT[lang]['panel_empty']}</div>"
    )


def build_events_tab(service, lang_toggle) -> None:
    """Add the Events tab to the enclosing gr.Tabs(); its words follow the language toggle."""
    import gradio as gr

    from qimma.ui_handlers import Handlers

    t = EVENTS_TEXT["ar"]

    def show(lang: str, country: str, year: str | None, upcoming: bool) -> str:
        lang = lang if lang in EVENTS_TEXT else "ar"
        try:
            cards = service.events(
                country=(country or "").strip() or None,
                year=int(year) if year and str(year).isdigit() else None,
                upcoming=bool(upcoming),
            )
        except ValueError as exc:
            return f"<div class='qimma-note qimma-warn'>{esc(str(exc))}</div>"
        return render_events(cards, lang)

    def years(lang: str, chosen: str | None):
        """The year box offers the years the cards hold (a box of numbers showed a bare 0)."""
        lang = lang if lang in EVENTS_TEXT else "ar"
        held = sorted({c.start_date[:4] for c in service.events() if c.start_date}, reverse=True)
        choices = [(EVENTS_TEXT[lang]["any_year"], "")] + [(y, y) for y in held]
        return gr.update(choices=choices, value=chosen if chosen in held else "")

    def relabel(lang: str, chosen: str | None):
        w = EVENTS_TEXT[lang]
        return (
            gr.update(label=w["tab"]),
            f"### {w['title']}",
            gr.update(label=w["country"]),
            years(lang, chosen) | {"label": w["year"]},
            gr.update(label=w["upcoming"]),
            gr.update(value=w["refresh"]),
            panel_empty(lang),
        )

    with gr.Tab(t["tab"], id="events", elem_id="qimma-events-tab") as tab:
        title = gr.Markdown(f"### {t['title']}")
        with gr.Row(equal_height=True):
            country = gr.Textbox(label=t["country"], scale=2, elem_id="qimma-events-country")
            year = gr.Dropdown(
                choices=[(t["any_year"], "")],
                value="",
                label=t["year"],
                scale=1,
                elem_id="qimma-events-year",
            )
            upcoming = gr.Checkbox(label=t["upcoming"], scale=1, elem_id="qimma-events-upcoming")
            refresh = gr.Button(t["refresh"], scale=1, elem_id="qimma-events-refresh")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                body = gr.HTML("", elem_id="qimma-events")
            with gr.Column(scale=2, min_width=280):
                panel = gr.HTML(
                    panel_empty("ar"),
                    js_on_load=_asset("event_panel.js"),
                    elem_id="qimma-event-panel",
                    apply_default_css=False,
                )
    inputs = [lang_toggle, country, year, upcoming]
    for trigger in (tab.select, refresh.click, upcoming.change, country.submit, year.input):
        trigger(show, inputs, body, show_progress="hidden")
    for trigger in (tab.select, refresh.click):
        trigger(years, [lang_toggle, year], year, show_progress="hidden")
    lang_toggle.change(show, inputs, body, show_progress="hidden")
    lang_toggle.change(
        relabel,
        [lang_toggle, year],
        [tab, title, country, year, upcoming, refresh, panel],
        show_progress="hidden",
    )
    panel.click(Handlers(service).show_citation, lang_toggle, panel, show_progress="hidden")
