"""Which event another is held within ("ضمن أي فعاليات يقام …؟"), read from the articles
(from articles nobody here tuned on).

The question asked nothing a card or a report was read for; the sentence picker gave a
sentence of the report that did not say it. The name after "ضمن" in a sentence naming the
event asked about is now the short answer.
"""

from __future__ import annotations

from assistant.events.reading import held_within
from language.analyzer import normalize
from tests.conftest import service_over

_FAIR = {
    "id": "fair",
    "title": "إقبال على ركن الحرف بمهرجان تبوك للتسوق",
    "date": "2015-07-30",
    "text": (
        "شهد ركن الحرف اليدوية بمهرجان تبوك للتسوق الـ9ضمن فعاليات مهرجان تبوك الكبير "
        "1436هـ إقبالا من الزوار.\n"
        "وعرض الحرفيون منتجات من السعف والفخار."
    ),
}


def _named(*words: str):
    keys = {normalize(w) for w in words}
    return lambda word: any(k in word for k in keys)


def _text_of(texts: dict[str, str]):
    return texts.get


def test_the_event_it_is_held_within(tmp_path):
    service = service_over(tmp_path, [_FAIR])
    answer = service.ask("ضمن أي فعاليات يقام مهرجان تبوك للتسوق؟")
    assert answer.short_answer == "فعاليات مهرجان تبوك الكبير 1436هـ", answer.answer
    assert [c.doc_id for c in answer.citations] == ["fair"]


def test_among_things_is_not_within_an_event():
    text = "فاز زائر بسيارة ضمن سيارات رصدها مهرجان الطائف للزوار."
    assert held_within(["a"], _text_of({"a": text}), _named("الطائف")) is None


def test_the_event_said_before_is_no_name():
    text = "وأقيم معرض الكتاب ضمن فعاليات الملتقى، وسط حضور كبير."
    assert held_within(["a"], _text_of({"a": text}), _named("الكتاب")) is None


def test_the_kind_asked_for_is_named():
    text = (
        "وأقيم معرض الطاقة ضمن فعاليات مهرجان الربيع. "
        "ويأتي معرض الطاقة ضمن ملتقى العلوم المعرفية في أبها."
    )
    found = held_within(["a"], _text_of({"a": text}), _named("الطاقة"), normalize("ملتقى"))
    assert found is not None and found.value == "ملتقى العلوم المعرفية"
    only = held_within(
        ["a"], _text_of({"a": text[: text.index(".") + 1]}), _named("الطاقة"), normalize("ملتقى")
    )
    assert only is None
