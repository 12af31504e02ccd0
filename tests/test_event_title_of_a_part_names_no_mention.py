"""A title said of a play after a bare mention of the event does not name the event.

Invented article in the style of Arab news. "بدأت سهرات المهرجان بمسرحية بعنوان «…»": a
bare "المهرجان" followed within a few words by a title counted as a mention named by that
title, and as the fullest mention in the lead it became the name the card shows ("المهرجان")
instead of the festival's name said later. The title names the play.
"""

from __future__ import annotations

from ingest.events.extract import read_events
from ingest.events.names import find_names

TEXT = (
    "حاول منظمو الدورة الحالية من المهرجانات الصيفية جلب الجماهير من جديد إلى المدرجات.\n"
    "بدأت سهرات المهرجان بمسرحية بعنوان «نجوم الليل» التي تروي سيرة فنانة راحلة، جسدتها "
    "ممثلة شابة بلوحات فنية تحكي وجع الراحلة وآلامها في لحظات مؤثرة عاشها الجمهور الحاضر "
    "حتى آخر مشهد فيها.\n"
    "وشهدت سهرات مهرجان المنستير في بدايتها عودة فنان لبناني بعد غياب طويل.\n"
)


def test_the_bare_mention_has_no_name_words():
    bare = next(m for m in find_names(TEXT) if m.text == "المهرجان")
    assert bare.words == 0


def test_the_card_read_at_question_time_shows_the_festivals_name():
    cards = read_events("d1", TEXT, title="الجمهور يعود إلى السهرات الصيفية")
    assert cards and cards[0].name == "مهرجان المنستير"
