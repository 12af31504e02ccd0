"""A card merged from several reports reads them in the order retrieval ranked them.

The articles a card lacks a field for were read in the card's source order (by doc id), so
once two reports of one festival were one card, a question about a detail only the later
report gives ("ما اسم القرية المخصصة للأطفال …؟") was answered from the earlier one's nearest
sentence. The named events' own articles are read in the order retrieval ranked them for the
question, those it did not find after them.
"""

from __future__ import annotations

from assistant.events.answer import CardAnswerer
from assistant.events.cite import CitationBook
from assistant.events.match import QuestionWords
from ingest.events.card import EventCard


def test_own_articles_are_read_as_retrieval_ranked_them():
    card = EventCard(event_id="dammam-lasr-3", name="ملتقى الدمام للأسرة", edition=3)
    card.sources = ["a-report", "b-report", "c-report"]
    answerer = CardAnswerer(lambda doc_id: None)
    book = CitationBook(lambda doc_id: None)
    docs = answerer._read_docs([card], ["c-report", "a-report"], QuestionWords([], []), book)
    assert docs == ["c-report", "a-report", "b-report"]
