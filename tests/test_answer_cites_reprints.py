"""One agency story printed by several newspapers: the offline answer cites each copy.

Saudi papers print the same agency story (واس) word for word. The sentence picker quoted one
copy and cited it alone, though a reader checking another paper finds the same words there.
The first sentence quoted is now cited too from the other retrieved articles that print it
word for word (hamzas and diacritics aside), each with its own quote; a short phrase, written
anywhere, is not.
"""

from __future__ import annotations

from tests.conftest import service_over

_STORY = (
    "وصل إلى ميناء جدة الإسلامي أمس أول فوج من حجاج جمهورية إندونيسيا على متن باخرة تقل "
    "1500 حاج، واستقبلهم مدير عام الجوازات في الميناء."
)
_PAPER_A = {
    "id": "paper-a",
    "title": "وصول أول فوج من حجاج إندونيسيا بحرا",
    "date": "2015-08-20",
    "text": "جدة - واس\n" + _STORY + "\nوقدمت للحجاج الهدايا والمصاحف.",
}
_PAPER_B = {
    "id": "paper-b",
    "title": "ميناء جدة يستقبل حجاج إندونيسيا",
    "date": "2015-08-20",
    "text": "واس - جدة\n"
    + _STORY.replace("إلى", "الى")
    + "\nوتستمر رحلات الحجاج البحرية حتى نهاية الشهر.",
}
_OTHER = {
    "id": "other",
    "title": "مطار المدينة يستقبل حجاج ماليزيا",
    "date": "2015-08-21",
    "text": (
        "وصل إلى مطار الأمير محمد بن عبدالعزيز بالمدينة المنورة أمس أول فوج من حجاج ماليزيا "
        "على متن طائرة تقل أربعمئة حاج."
    ),
}


def test_each_paper_printing_the_sentence_is_cited(tmp_path):
    service = service_over(tmp_path, [_PAPER_A, _PAPER_B, _OTHER])
    answer = service.ask("كم حاجا إندونيسيا حملت الباخرة إلى ميناء جدة الإسلامي؟")
    assert not answer.refused, answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert sorted(cited[:2]) == ["paper-a", "paper-b"], answer.answer
    assert "other" not in cited
    for citation in answer.citations[:2]:
        assert "أول فوج من حجاج جمهورية إندونيسيا" in citation.passage


def test_a_short_phrase_is_no_reprint():
    from assistant.offline.answerer import _reprinted
    from assistant.offline.select import split_hits
    from store.types import Hit

    def hit(doc_id: str, text: str) -> Hit:
        return Hit(doc_id=doc_id, text=text, score=1.0, title="", source="", start=0, end=len(text))

    one = split_hits([hit("a", "افتتح المعرض أمس في جدة.")])[0]
    others = split_hits([hit("b", "افتتح المعرض أمس في جدة وسط حضور كبير من الزوار.")])
    assert _reprinted(one, [(0, len(one.text))], others, {"a"}) == []
