"""A question for the building ("على أي مسرح", "في أي فندق") is not answered with the town
(from a labelled archive article nobody here tuned on; the sentences are invented).

A theatre festival's card had its town (Cairo) and no venue: the article names the theatre
as a partner and in a critic's words. "على أي مسرح تقام عروض …؟" was answered "القاهرة،
مصر" from the card, where the article's sentence with the theatre would have answered it.
A question for a building reads the card's venue only; without one, the articles.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from assistant.events.answer import CardAnswerer
from assistant.events.questions import FIELD, parse_question
from ingest.events.extract import extract_events
from tests.event_samples import SampleArticle

_DOC = SampleArticle(
    "استأنفت أمس المسابقة الرسمية لمهرجان النيل المسرحي في دورته الرابعة فعالياتها، بالتعاون "
    "بين وزارة الثقافة ومسرح الأوبرا الصغير بالقاهرة.\n"
    "وقالت الناقدة سلمى حسن: إن الفرق الست عشرة تعرض أعمالها على مسرح الأوبرا الصغير، "
    "وتعلن الجوائز في ختامها.",
    "",
    "",
    "2031-03-04",
)


def _cards_without_a_venue() -> list:
    cards = extract_events("nile", _DOC.text, title="16 فرقة في مهرجان النيل", published=_DOC.date)
    assert [c.city for c in cards] == ["القاهرة"]
    evidence = {k: v for k, v in cards[0].evidence.items() if k != "venue"}
    return [dataclasses.replace(cards[0], venue=None, evidence=evidence)]


def test_a_question_for_the_building_asks_for_the_venue():
    for question in ("على أي مسرح تقام عروض مهرجان النيل؟", "في أي فندق يقام الملتقى؟"):
        parsed = parse_question(question, "ar")
        assert (parsed.intent, parsed.field) == (FIELD, "stage")
    assert parse_question("أين يقام مهرجان النيل؟", "ar").field == "place"


def test_a_card_with_no_venue_does_not_answer_the_building_with_its_town():
    answerer = CardAnswerer({"nile": _DOC}.get, today=lambda: date(2031, 3, 5))
    cards = _cards_without_a_venue()
    answer = answerer.answer("على أي مسرح تقام عروض مهرجان النيل؟", "ar", cards, retrieved=["nile"])
    # (none from the cards: retrieval answers it from the critic's sentence)
    assert answer is None or not (answer.short_answer or "").startswith("القاهرة")
    # "أين" is answered with the town the card holds
    where = answerer.answer("أين يقام مهرجان النيل؟", "ar", cards, retrieved=["nile"])
    assert where.short_answer.startswith("القاهرة")
