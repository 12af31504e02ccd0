"""Event cards of the five sample articles, written by hand, for the answer tests.

Each value's evidence is found in the article's cleaned text (as ingest stores it), so the
offsets are real: a citation built from them must land on the sentence that states the value.
These cards test answering, not extraction; extraction has its own gold cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ingest.clean import clean_article
from ingest.events.card import EventCard, Evidence, Figure, Person
from tests.conftest import SAMPLES


@dataclass
class SampleArticle:
    text: str
    title: str
    source: str
    date: str = ""


@cache
def article(doc_id: str) -> SampleArticle | None:
    path = SAMPLES / f"{doc_id}.txt"
    if not path.is_file():
        return None
    text = clean_article(path.read_text(encoding="utf-8"))
    return SampleArticle(text, doc_id.replace("-", " "), str(path))


def _evidence(doc_id: str, quote: str, after: str = "") -> Evidence:
    text = article(doc_id).text  # type: ignore[union-attr]
    start = text.find(quote, text.find(after) if after else 0)
    assert start >= 0, f"{quote!r} not in {doc_id}"
    return Evidence(doc_id, start, start + len(quote), quote)


def _card(event_id: str, doc_id: str, fields: dict[str, Any], quotes: dict[str, Any]) -> EventCard:
    card = EventCard(event_id=event_id, sources=[doc_id], **fields)
    for name, quote in quotes.items():
        for q in quote if isinstance(quote, list) else [quote]:
            card.cite(name, _evidence(doc_id, q))
    return card


def sample_cards() -> list[EventCard]:
    """The five sample articles' events, as a careful extractor would write them."""
    bh = "bahrain-smart-cities-summit"
    bf = "berkane-smart-cities-forum-2025"
    bs = "berkane-smart-cities-symposium-2024"
    cs = "casablanca-smart-city-forum"
    jd = "jeddah-e-municipality-day"
    return [
        _card(
            "qimmat-almudun-althakiya-5",
            bh,
            dict(
                name="قمة المدن الذكية",
                series="قمة المدن الذكية",
                kind="summit",
                edition=5,
                country="BH",
                country_ar="البحرين",
                country_en="Bahrain",
                venue="مركز الخليج للمؤتمرات",
                date_text="يومي (10- 11 ) من الشهر المقبل",
                patrons=[
                    "وزير الأشغال وشؤون البلديات والتخطيط العمراني سعادة المهندس عصام بن عبدالله خلف"
                ],
                organizers=["شركة الطريق الذكي للاستشارات"],
                slogan="اعادة تعريف المدن الذكية",
                figures=[Figure(20, "متحدث وخبير"), Figure(6, "جلسات نقاشية")],
            ),
            {
                "name": "قمة المدن الذكية",
                "edition": "نسختها الخامسة",
                "country": "مملكة البحرين",
                "venue": "مركز الخليج للمؤتمرات",
                "date_text": "يومي (10- 11 ) من الشهر المقبل",
                "patrons": "وزير الأشغال وشؤون البلديات والتخطيط العمراني سعادة المهندس عصام بن عبدالله خلف",
                "organizers": "شركة الطريق الذكي للاستشارات",
                "slogan": "اعادة تعريف المدن الذكية",
                "figures": ["أكثر من 20 متحدث وخبير", "6 جلسات نقاشية"],
            },
        ),
        _card(
            "berkane-smart-cities-3",
            bf,
            dict(
                name="الملتقى الدولي حول المدن الذكية",
                series="الملتقى الدولي حول المدن الذكية ببركان",
                kind="forum",
                edition=3,
                city="بركان",
                city_en="Berkane",
                country="MA",
                country_ar="المغرب",
                country_en="Morocco",
                venue="مقر عمالة إقليم بركان والمدرسة الوطنية للذكاء الاصطناعي والرقمنة (ENIAD)",
                start_date="2025-04-10",
                end_date="2025-04-11",
                date_text="يومي 10 و 11 أبريل 2025",
                patrons=["صاحب الجلالة الملك محمد السادس"],
                slogan="إدارة المدن الذكية في ظل الذكاء الاصطناعي وإنترنت الأشياء",
                outcomes=["إطلاق مشروع إنشاء مركز التدبير الذكي للمجال الترابي (STMC)"],
                status="past",
            ),
            {
                "name": "الملتقى الدولي حول المدن الذكية",
                "edition": "النسخة الثالثة",
                "city": "مدينة بركان",
                "venue": "مقر عمالة إقليم بركان والمدرسة الوطنية للذكاء الاصطناعي والرقمنة (ENIAD)",
                "start_date": "يومي 10 و 11 أبريل 2025",
                "date_text": "يومي 10 و 11 أبريل 2025",
                "patrons": "صاحب الجلالة الملك محمد السادس",
                "slogan": "إدارة المدن الذكية في ظل الذكاء الاصطناعي وإنترنت الأشياء",
                "outcomes": "إطلاق مشروع إنشاء مركز التدبير الذكي للمجال الترابي (STMC)",
            },
        ),
        _card(
            "berkane-smart-cities-2",
            bs,
            dict(
                name="الندوة الدولية حول المدن الذكية",
                series="الملتقى الدولي حول المدن الذكية ببركان",
                kind="symposium",
                edition=2,
                city="بركان",
                city_en="Berkane",
                country="MA",
                country_ar="المغرب",
                country_en="Morocco",
                start_date="2024-02-27",
                date_text="يومه الثلاثاء 27 فبراير",
                organizers=["عمالة الإقليم"],
                partners=["المجلس الإقليمي لبركان", 'شركة التنمية المحلية "مجال بركان"'],
                slogan="جاهزية ومرونة المدن الذكية المستدامة في مواجهة التحديات المناخية والبيئة",
                people=[
                    Person("عواطف حيار", "وزيرة التضامن والادماج الاجتماعي والأسرة"),
                    Person("محمد علي حبوها", "عامل إقليم بركان"),
                ],
                status="past",
            ),
            {
                "name": "للندوة الدولية حول المدن الذكية",
                "edition": "النسخة الثانية",
                "city": "بمدينة بركان",
                "start_date": "يومه الثلاثاء 27 فبراير",
                "date_text": "يومه الثلاثاء 27 فبراير",
                "organizers": "عمالة الإقليم",
                "partners": ["المجلس الإقليمي لبركان", 'شركة التنمية المحلية "مجال بركان"'],
                "slogan": "جاهزية ومرونة المدن الذكية المستدامة في مواجهة التحديات المناخية والبيئة",
                "people": ["عواطف حيار", "محمد علي حبوها"],
            },
        ),
        _card(
            "casablanca-smart-city-7",
            cs,
            dict(
                name="ملتقى المدينة الذكية للدار البيضاء",
                series="ملتقى المدينة الذكية للدار البيضاء",
                kind="forum",
                edition=7,
                city="الدار البيضاء",
                city_en="Casablanca",
                country="MA",
                country_ar="المغرب",
                country_en="Morocco",
                venue="فندق حياة ريجنسي",
                date_text="يومي 7 و8 يونيو المقبل",
                organizers=["شركة التنمية المحلية الدار البيضاء للتنشيط والتظاهرات"],
                slogan="المدينة الذكية.. نحو انتقالات حضرية مستدامة",
            ),
            {
                "name": "ملتقى المدينة الذكية للدار البيضاء",
                "edition": "النسخة السابعة",
                "city": "الدار البيضاء",
                "venue": "فندق حياة ريجنسي",
                "date_text": "يومي 7 و8 يونيو المقبل",
                "organizers": "شركة التنمية المحلية الدار البيضاء للتنشيط والتظاهرات",
                "slogan": "المدينة الذكية.. نحو انتقالات حضرية مستدامة",
            },
        ),
        _card(
            "jeddah-e-municipality-day-3",
            jd,
            dict(
                name="ملتقى يوم البلدية الالكترونية",
                series="ملتقى يوم البلدية الالكترونية",
                kind="day",
                edition=3,
                city="جدة",
                city_en="Jeddah",
                country="SA",
                country_ar="السعودية",
                country_en="Saudi Arabia",
                date_text="اليوم",
                organizers=["أمانة محافظة جدة"],
                slogan="نحو مدينة ذكية",
                people=[
                    Person("هاني بن محمد أبوراس", "أمين محافظة جدة"),
                    Person("أروى بنت يوسف الأعمى", "مساعد الأمين لتقنية المعلومات"),
                ],
            ),
            {
                "name": "ملتقى يوم البلدية الالكترونية",
                "edition": "ملتقى يوم البلدية الالكترونية الثالث",
                "city": "أمانة محافظة جدة",
                "date_text": "اليوم",
                "organizers": "أمانة محافظة جدة",
                "slogan": "نحو مدينة ذكية",
                "people": ["هاني بن محمد أبوراس", "أروى بنت يوسف الأعمى"],
            },
        ),
    ]
