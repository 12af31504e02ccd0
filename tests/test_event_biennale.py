"""A biennale is an exhibition ("بينالي «نيمي» الدولي الأول في روما"), carded like one (from
articles nobody here tuned on): no head noun of the extractor named it, so an article about
one made no card and its questions were left to the sentence picker."""

from __future__ import annotations

from ingest.events.extract import extract_events

_TEXT = (
    "بمناسبة إقامة بينالي «الواحة» الدولي الثاني في مدينة العلا برعاية الهيئة الملكية، تم "
    "تكريم الفنان التشكيلي سعد الحربي كضيف شرف في البينالي.\n"
    "وقد شارك في البينالي 140 فنانًا بأعمال تشكيلية ونحتية."
)


def test_a_biennale_is_carded_as_an_exhibition():
    cards = extract_events("biennale", _TEXT, title="تكريم الحربي في بينالي الواحة")
    assert [c.name for c in cards] == ["بينالي «الواحة» الدولي الثاني"]
    card = cards[0]
    assert (card.kind, card.edition, card.city) == ("exhibition", 2, "العلا")


def test_a_biennale_said_in_passing_is_no_card():
    text = "قال الفنان إنه يستعد للمشاركة في أحد معارض البينالي مستقبلا دون أن يحدد موعدا."
    assert extract_events("passing", text, title="حوار مع فنان") == []
