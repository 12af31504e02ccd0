"""Offline event extraction end to end: the sample articles against hand-written gold cards,
the gate on passing mentions, evidence offsets, and the held-out half of ../shared/events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import events_extract as bench
from ingest.clean import clean_article
from ingest.events.dates import publication_date
from ingest.events.extract import extract_events
from ingest.events.gate import clusters
from ingest.events.names import find_names

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "articles"
SHARED_EVENTS = REPO.parent / "shared" / "events"
XQUAD = REPO.parent / "shared" / "bench" / "xquad-ar" / "corpus.jsonl"


def _sample(stem: str) -> str:
    return clean_article((SAMPLES / f"{stem}.txt").read_text(encoding="utf-8"))


def _card(stem: str, published: str | None = None):
    (card,) = extract_events(stem, _sample(stem), published=published)
    return card


def test_samples_meet_the_precision_and_recall_targets():
    figures = bench.score(bench.samples())
    assert figures["events_found"] == 1.0
    assert figures["overall"]["strict"]["p"] >= 0.95
    assert figures["overall"]["strict"]["r"] >= 0.85


def test_every_value_carries_evidence_that_quotes_the_text():
    for path in sorted(SAMPLES.glob("*.txt")):
        text = clean_article(path.read_text(encoding="utf-8"))
        for card in extract_events(path.stem, text):
            for field in ("name", "city", "country", "venue", "slogan", "edition", "start_date"):
                if getattr(card, field):
                    assert card.evidence.get(field), (path.stem, field)
            for field in ("organizers", "patrons", "partners", "people", "figures"):
                assert len(card.evidence.get(field, [])) == len(getattr(card, field))
            for items in card.evidence.values():
                for ev in items:
                    assert ev.doc_id == path.stem
                    assert text[ev.start : ev.end] == ev.quote


def test_casablanca_card_states_what_the_article_says():
    card = _card("casablanca-smart-city-forum")
    assert card.name == "ملتقى المدينة الذكية للدار البيضاء"
    assert (card.kind, card.edition, card.country, card.city_en) == ("forum", 7, "MA", "Casablanca")
    assert card.venue == "فندق حياة ريجنسي"
    assert card.slogan == "المدينة الذكية.. نحو انتقالات حضرية مستدامة"
    assert card.date_text == "7 و8 يونيو المقبل"
    assert card.start_date is None  # no year and no publication date: not guessed
    assert card.status == "unknown"  # status depends on the reading day: computed at read time


def test_relative_dates_resolve_against_the_publication_date():
    card = _card("casablanca-smart-city-forum", published="2024-05-20")
    assert (card.start_date, card.end_date) == ("2024-06-07", "2024-06-08")


def test_the_dateline_dates_the_berkane_symposium():
    raw = (SAMPLES / "berkane-smart-cities-symposium-2024.txt").read_text(encoding="utf-8")
    published = publication_date(raw)  # the dateline "2024 فبراير 28", dropped by cleaning
    card = _card("berkane-smart-cities-symposium-2024", published=published)
    assert card.start_date == "2024-02-27"
    assert card.edition == 2


def test_the_two_berkane_editions_are_one_series():
    forum = _card("berkane-smart-cities-forum-2025")
    symposium = _card("berkane-smart-cities-symposium-2024")
    assert (forum.edition, symposium.edition) == (3, 2)
    assert forum.event_id.rsplit("-", 1) == [symposium.event_id.rsplit("-", 1)[0], "3"]
    assert forum.event_id != _card("casablanca-smart-city-forum").event_id


def test_one_festival_name_in_two_towns_the_gazetteer_lacks_is_two_series():
    found = [
        extract_events(doc_id, text, title, "2015-07-22")[0]
        for doc_id, text, title in (
            (
                "a",
                "أطلقت بلدية محافظة النخيلة أمس فعاليات مهرجان العيد في ساحة البلدية بمشاركة 20 فرقة.",
                "إطلاق مهرجان العيد بالنخيلة",
            ),
            (
                "b",
                "أطلقت بلدية محافظة الرويضة أمس فعاليات مهرجان العيد في حديقة الأمير بمشاركة الأهالي.",
                "إطلاق مهرجان العيد بالرويضة",
            ),
        )
    ]
    assert [(c.city, c.city_en) for c in found] == [("النخيلة", None), ("الرويضة", None)]
    # the towns are transliterated into the ids, so the two festivals are not merged
    assert found[0].event_id != found[1].event_id
    assert found[0].event_id.startswith("alnkhyla-")


@pytest.mark.parametrize(
    "text",
    [
        "عقد وزير الخارجية مؤتمرا صحفيا في الرياض أمس للحديث عن نتائج الزيارة.",
        "وقال المدرب في المؤتمر الصحفي الذي عقد بجدة اليوم إن الفريق جاهز.",
        "تتجه الأنظار مساء اليوم إلى قمة الهلال والنصر في الرياض ضمن الجولة الثالثة من الدوري.",
        "وعلى هامش مؤتمر صحفي في جدة أمس، أكد الوزير أن المشروع يسير وفق الخطة.",
        "وأشار في معرض حديثه إلى أن الأسعار ارتفعت في الرياض خلال الأسبوع الماضي.",
    ],
)
def test_passing_mentions_make_no_card(text: str):
    assert extract_events("x", text, title="") == []


def test_no_card_from_any_xquad_paragraph():
    if not XQUAD.exists():
        pytest.skip(f"missing {XQUAD}")
    rows = [json.loads(line) for line in XQUAD.open(encoding="utf-8")]
    found = [r["id"] for r in rows if extract_events(r["id"], r["text"], title=r["title"])]
    assert found == []


def _test_half() -> dict:
    if not (SHARED_EVENTS / "gold.jsonl").exists():
        pytest.skip(f"missing {SHARED_EVENTS}")
    return bench.score(bench.shared_events("test"))


# what the held-out half reaches today (a regression floor; the issue's targets are below)
REACHED = {"events_found": 0.68, "precision": 0.76, "recall": 0.52}


def test_held_out_half_keeps_what_it_reached():
    figures = _test_half()
    assert figures["events_found"] >= REACHED["events_found"]
    assert figures["overall"]["lenient"]["p"] >= REACHED["precision"]
    assert figures["overall"]["lenient"]["r"] >= REACHED["recall"]


@pytest.mark.xfail(strict=True, reason="issue 9 target not reached offline yet (see report)")
def test_held_out_half_meets_the_issue_targets():
    figures = _test_half()
    assert figures["events_found"] >= 0.90
    for field in bench.TARGET_FIELDS:
        scores = figures["fields"][field]["lenient"]
        assert scores["p"] is None or scores["p"] >= 0.90, field
        assert scores["r"] is None or scores["r"] >= 0.75, field


def test_topics_are_the_axes_the_article_lists():
    topics = _card("berkane-smart-cities-forum-2025").topics
    assert len(topics) == 5
    assert topics[0] == "ديناميات التحول الرقمي وأثره على المدن المغربية"
    assert "الأمن الذكي" in _card("jeddah-e-municipality-day").topics


def test_a_stated_duration_gives_the_end_date_with_its_evidence():
    text = (
        "تنطلق فعاليات الملتقى الدعوي الخامس بمدينة الطائف يوم 10 أغسطس 2015، "
        "ويستمر ثلاثة أيام تحت شعار «أشعل أملا»."
    )
    (card,) = extract_events("x", text, title="انطلاق الملتقى الدعوي الخامس")
    assert (card.start_date, card.end_date) == ("2015-08-10", "2015-08-12")
    assert card.evidence["end_date"][0].quote == "ويستمر ثلاثة أيام"
    assert (card.city, card.edition, card.slogan) == ("الطائف", 5, "أشعل أملا")


def test_the_card_names_who_opened_the_event_and_who_spoke():
    jeddah = _card("jeddah-e-municipality-day")
    assert [(p.name, p.role) for p in jeddah.people][0] == (
        "الدكتور هاني بن محمد أبوراس",
        "أمين محافظة جدة — opened",
    )
    raw = (SAMPLES / "berkane-smart-cities-symposium-2024.txt").read_text(encoding="utf-8")
    symposium = _card("berkane-smart-cities-symposium-2024", published=publication_date(raw))
    roles = {p.name: p.role for p in symposium.people}
    assert roles["محمد علي حبوها"] == "عامل إقليم بركان"
    assert len(symposium.evidence["people"]) == len(symposium.people)


def test_organizers_of_another_event_in_the_article_are_not_the_events():
    text = (
        "انطلقت أمس فعاليات مهرجان جازان للتسوق الرابع في مدينة جازان بحضور كبير. "
        "وسيكون المتنزه على موعد مع إقامة ملتقى الحرف اليدوية الذي ينظمه مجلس شباب منطقة "
        "جازان، ويضم ركنا للأسر المنتجة."
    )
    (card,) = extract_events("x", text, title="انطلاق مهرجان جازان للتسوق", published="2015-07-25")
    assert card.name.startswith("مهرجان جازان")
    assert card.organizers == []
    alone = "انطلقت أمس فعاليات مهرجان جازان الرابع الذي ينظمه مجلس شباب منطقة جازان في جازان."
    (card,) = extract_events("y", alone, title="انطلاق مهرجان جازان", published="2015-07-25")
    assert card.organizers == ["مجلس شباب منطقة جازان"]


def test_a_day_while_the_event_runs_or_the_day_it_ends_is_not_its_start():
    running = (
        "سبق- الطائف: تتواصل غد الأحد فعاليات مهرجان ليالي الطائف الرابع، للأسبوع الثاني على "
        "التوالي، في مدينة الطائف."
    )
    (card,) = extract_events(
        "x", running, title="فعاليات مهرجان ليالي الطائف", published="2015-07-25"
    )
    assert card.start_date is None
    until = "انطلق مهرجان أبها يجمعنا الثالث في مدينة أبها، ويستمر حتى مساء السبت المقبل."
    (card,) = extract_events("y", until, title="مهرجان أبها يجمعنا", published="2015-07-25")
    assert (card.start_date, card.end_date) == (None, "2015-08-01")


def test_the_night_an_event_ends_on_is_its_end():
    text = (
        "تنطلق غدا في بلدة بيت مري فعاليات مهرجان الأرز الصيفي بأربع أمسيات فنية، وينتهي "
        "المهرجان ليلة 22 أغسطس بحفل للفنانة ريما خوري."
    )
    (card,) = extract_events("x", text, title="مهرجان الأرز الصيفي", published="2031-08-18")
    assert (card.start_date, card.end_date) == ("2031-08-19", "2031-08-22")


def test_the_day_of_a_press_conference_about_the_event_is_not_its_day():
    text = (
        "ينطلق اليوم الأربعاء في مدينة عنيزة مهرجان الحمضيات ويستمر عشرة أيام. وأوضح رئيس "
        "المنظمين في مؤتمر صحفي أقامه منظمو المهرجان البارحة الأولى أن الأجنحة جاهزة."
    )
    (card,) = extract_events("x", text, title="مهرجان الحمضيات", published="2031-08-06")
    assert (card.start_date, card.date_text) == ("2031-08-06", "اليوم الأربعاء")


def test_a_year_far_from_the_article_is_not_the_events():
    text = "أتاح معرض مشكاة التفاعلي للطاقة الذرية في مدينة أبها رؤية السعودية 2050 للزوار."
    (card,) = extract_events("x", text, title="معرض مشكاة التفاعلي", published="2015-08-01")
    assert card.start_date is None


def test_a_slogan_after_bishi3ar_or_this_years_and_one_the_event_carries():
    lead = (
        "تنطلق فعاليات مهرجان الشعر العربي الخامس بمركز الملك فهد الثقافي في الرياض يوم الأحد "
        "المقبل"
    )
    for tail in ("، بشعار «الشعر حياة».", "، وشعاره هذا العام «الشعر حياة»."):
        (card,) = extract_events("x", lead + tail, title="مهرجان الشعر", published="2015-08-01")
        assert card.slogan == "الشعر حياة", tail
    # "يحمل عنوان" right after the festival is its; "وتحمل عنوان" after it is something
    # feminine's (its activities), not the festival's
    carried = "افتتح المحافظ أمس مهرجان الشعر العربي الخامس ويحمل عنوان «الشعر حياة» في الرياض."
    (card,) = extract_events("x", carried, title="مهرجان الشعر", published="2015-08-01")
    assert card.slogan == "الشعر حياة"
    other = (
        "أعدت الأمانة فعاليات ضمن مهرجان الشعر العربي الخامس وتحمل عنوان «ليالي الشعر» في الرياض."
    )
    (card,) = extract_events("x", other, title="مهرجان الشعر", published="2015-08-01")
    assert card.slogan is None


def test_its_festival_said_with_a_pronoun_is_the_event_spoken_of():
    text = (
        "تنطلق فعاليات مهرجان الرطب بمدينة الخرج مع بداية شهر أغسطس، وتعود حناجر الدلالين إلى "
        "الساحة. ويتوقع أن يتداول السوق أكثر من مليار ريال هذا الموسم عبر آلاف المركبات التي "
        "تتدفق كل صباح من مزارع المحافظة ومحافظات المنطقة المجاورة إلى ساحة المدينة، عبر "
        "مهرجانها السنوي الذي يبدأ في 31 / 7 / 2015 وينتهي في 9 / 9 / 2015."
    )
    (card,) = extract_events("x", text, title="مهرجان الرطب بالخرج", published="2015-07-24")
    assert (card.start_date, card.end_date) == ("2015-07-31", "2015-09-09")


def test_a_bare_year_is_the_events_only_when_said_by_its_name():
    far = (
        "افتتح محافظ المدينة مهرجان الصيف الرابع بحديقة الملك فهد في تبوك. وأوضح رئيس البلدية "
        "أن الاستعداد للانتخابات البلدية 1436هـ مستمر في أحياء المدينة كافة."
    )
    (card,) = extract_events("x", far, title="مهرجان الصيف الرابع", published="2015-08-01")
    assert card.start_date is None  # the elections' year, not the festival's
    near = (
        "افتتح مدير الجامعة معرض الكتاب الجامعي الثالث 2015م بحديقة الملك فهد في تبوك. وأكد "
        "أن مشاركات الجامعة تزيد عما سبق."
    )
    (card,) = extract_events("x", near, title="معرض الكتاب الجامعي", published="2015-08-01")
    assert card.start_date == "2015"


def test_a_day_said_without_a_verb_that_starts_or_holds_the_event_is_not_its_start():
    during = (
        "شهدت فعاليات مهرجان الوجه للتراث الساحلي الأول في محافظة الوجه في يومه الثالث أمس "
        "حضوراً لافتاً من الأهالي والزوار."
    )
    (card,) = extract_events(
        "x", during, title="مهرجان الوجه للتراث الساحلي", published="2015-07-25"
    )
    assert card.start_date is None
    opened = (
        "افتتح وزير التجارة رئيس وفد المملكة المشارك في أعمال الملتقى السعودي الكوري "
        "بمناسبة مرور 50 عاماً على التعاون بين البلدين، في العاصمة الكورية سيول اليوم، "
        "أعمال الملتقى السعودي الكوري الأول."
    )
    (card,) = extract_events(
        "y", opened, title="افتتاح الملتقى السعودي الكوري", published="2015-07-24"
    )
    assert (card.start_date, card.city) == ("2015-07-24", "سيول")


def test_an_event_named_only_as_the_site_of_another_is_not_the_subject():
    text = (
        "تنظم جمعية المزارعين التعاونية بالقصيم غدا، ورشة عمل لمراجعة الخطة التشغيلية "
        "للجمعية، وذلك في موقع مهرجان التمور الدولي السادس بساحة المعارض في بريدة. وبيّن رئيس "
        "الجمعية أن الورشة تسعى لتحديد أولويات الجمعية خلال العام المقبل، لافتاً إلى أن محاور "
        "الورشة ستتناول فرص التسويق الخارجي ومراجعة أداء الجمعية. ويشارك منتسبو "
        "الجمعية في المهرجان."
    )
    ranked = clusters(text, "«مزارعو» القصيم يبحثون خطتهم غدا", find_names(text))
    assert ranked[0].representative.text.startswith("ورشة عمل")
    assert ranked[1].representative.text == "مهرجان التمور الدولي السادس"


def test_a_workshop_named_by_its_title_after_where_it_is_held():
    text = (
        "يعقد كرسي أبحاث السلامة المهنية اليوم ورشة عمل في مدينة الدمام بعنوان "
        "«ضعف الانضباط الوظيفي الأسباب والحلول» بالتعاون مع مركز تطوير الأداء. ودعا المشرف "
        "على الكرسي المسؤولين لحضور ورشة العمل."
    )
    (card,) = extract_events(
        "x", text, title="ورشة عمل تناقش ضعف الانضباط الوظيفي", published="2015-08-04"
    )
    assert card.name == "ضعف الانضباط الوظيفي الأسباب والحلول"
    assert (card.city, card.start_date) == ("الدمام", "2015-08-04")


def test_a_count_until_yesterday_is_not_the_end_of_the_event():
    text = (
        "انطلقت فعاليات مهرجان الجبيل الثالث «بحرنا أجمل» في محافظة الجبيل يوم 20 يوليو "
        "2015، وشهد زيارة أكثر من 32 ألف زائر للمهرجان حتى يوم أمس."
    )
    (card,) = extract_events("x", text, title="مهرجان الجبيل «بحرنا أجمل»", published="2015-07-25")
    assert (card.start_date, card.end_date) == ("2015-07-20", None)


def test_the_kingdom_far_from_the_event_does_not_place_it():
    text = (
        "بدأت أمس أعمال الندوة الدولية حول صورة المرأة في الإعلام العربي بمشاركة باحثين من "
        "12 دولة. وفي خبر آخر، أعلنت المملكة عن برنامج جديد للمبتعثين."
    )
    (card,) = extract_events(
        "x", text, title="ندوة دولية حول صورة المرأة في الإعلام", published="2015-07-25"
    )
    assert card.country is None
