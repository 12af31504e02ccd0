"""A name written "عبد العزيز" in one report and "عبدالعزيز" in another is the same name (from
articles nobody here tuned on).

"من دشن مهرجان … للتسوق في عامه الـ17؟" was answered from the card of one report, which
writes the prince's name with "بن عبد العزيز"; the two reports retrieval ranked first write
"بن عبدالعزيز", so neither was found to state the same name and neither was cited.
"""

from __future__ import annotations

from ingest.events.llm_extract import locate
from tests.conftest import service_over

_FIRST = {
    "id": "first",
    "title": "تدشين مهرجان السراة للتسوق",
    "date": "2031-07-20",
    "text": (
        "دشن صاحب السمو الملكي الأمير سعد بن فهد بن عبد العزيز أمير المنطقة مساء أمس مهرجان "
        "السراة للتسوق في دورته التاسعة، بمركز المعارض الدولي.\n"
        "ويستمر المهرجان ثلاثة أسابيع بمشاركة 200 متجر."
    ),
}
_SECOND = {
    "id": "second",
    "title": "أمير المنطقة يشيد بالمتطوعين",
    "date": "2031-07-21",
    "text": (
        "أشاد الأمير سعد بن فهد بن عبدالعزيز الذي دشن مهرجان السراة للتسوق بجهود الشباب "
        "المتطوعين.\nوقال إن المهرجان يعكس ما تتمتع به المنطقة من مقومات."
    ),
}


def test_a_name_is_found_however_its_servant_word_is_joined():
    text = "دشن الأمير سعد بن فهد بن عبدالعزيز أمير المنطقة"
    start, end = locate(text, "الأمير سعد بن فهد بن عبد العزيز")
    assert text[start:end] == "الأمير سعد بن فهد بن عبدالعزيز"
    text = "وقال الشيخ عبد الله المطيري"
    start, end = locate(text, "عبدالله المطيري")
    assert text[start:end] == "عبد الله المطيري"


def test_only_a_definite_word_joins_the_servant_word():
    assert locate("زار عبد خالد المدرسة", "عبدخالد") is None


def test_the_other_report_stating_the_name_is_cited(tmp_path):
    service = service_over(tmp_path, [_FIRST, _SECOND])
    answer = service.ask("من دشن مهرجان السراة للتسوق في دورته التاسعة؟")
    assert answer.short_answer == "الأمير سعد بن فهد بن عبد العزيز", answer.answer
    assert [c.doc_id for c in answer.citations] == ["first", "second"]
