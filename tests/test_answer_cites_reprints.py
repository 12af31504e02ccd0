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


# Each newspaper edits the agency story a little: a word added here, a time said otherwise there.
_EDITED_A = {
    "id": "edited-a",
    "title": "جمعية الرواد تكرم متطوعيها في الطائف",
    "date": "2015-08-20",
    "text": (
        "الطائف - واس\nكرمت جمعية الرواد التطوعية مساء أمس في قاعة النخيل بمحافظة الطائف "
        "خمسين متطوعا ومتطوعة شاركوا في برنامج خدمة الزوار خلال موسم الصيف الحالي.\n"
        "وأثنى رئيس الجمعية على جهود المتطوعين."
    ),
}
_EDITED_B = {
    "id": "edited-b",
    "title": "تكريم متطوعي خدمة الزوار",
    "date": "2015-08-20",
    "text": (
        "كرمت جمعية الرواد التطوعية مساء أمس الأول في قاعة النخيل بالطائف خمسين متطوعا "
        "ومتطوعة شاركوا في برنامج خدمة الزوار خلال الصيف الحالي.\nوتسلم المكرمون شهاداتهم."
    ),
}
_EDITED_NUMBER = {
    "id": "edited-number",
    "title": "الرواد تحتفي بمتطوعيها",
    "date": "2015-08-21",
    "text": (
        "كرمت جمعية الرواد التطوعية مساء أمس في قاعة النخيل بمحافظة الطائف 50 متطوعا "
        "ومتطوعة شاركوا في برنامج خدمة الزوار خلال موسم الصيف الحالي."
    ),
}


def test_a_lightly_edited_copy_is_cited_too(tmp_path):
    service = service_over(tmp_path, [_EDITED_A, _EDITED_B, _OTHER])
    answer = service.ask("كم متطوعا كرمت جمعية الرواد التطوعية؟")
    assert not answer.refused, answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert sorted(cited[:2]) == ["edited-a", "edited-b"], answer.answer
    assert "other" not in cited
    for citation in answer.citations[:2]:
        assert "خمسين متطوعا" in citation.passage
    # "مساء أمس" in one paper is "مساء أمس الأول" in the other: another day, not a copy
    answer = service.ask("متى كرمت جمعية الرواد التطوعية متطوعيها؟")
    assert len({c.doc_id for c in answer.citations}) == 1, answer.answer


def test_a_copy_that_words_the_answer_otherwise_is_not_cited_for_it():
    from assistant.offline.answerer import _reprinted
    from assistant.offline.extract import Candidate
    from assistant.offline.qtype import QType
    from assistant.offline.select import split_hits
    from store.types import Hit

    def hit(doc_id: str, text: str) -> Hit:
        return Hit(doc_id=doc_id, text=text, score=1.0, title="", source="", start=0, end=len(text))

    one = split_hits([hit("edited-a", _EDITED_A["text"].split("\n")[1])])[0]
    other = split_hits([hit("edited-number", _EDITED_NUMBER["text"])])
    whole = [(0, len(one.text))]
    number = Candidate(0, 0, "خمسين متطوعا", QType.NUMBER)
    assert _reprinted(one, whole, other, {"edited-a"}, number) == []
    assert [s.hit.doc_id for s, _ in _reprinted(one, whole, other, {"edited-a"}, None)] == [
        "edited-number"
    ]


def test_scattered_words_are_no_copy():
    from assistant.offline.answerer import _near_copy

    piece = "كرمت جمعية الرواد التطوعية مساء أمس في قاعة النخيل بمحافظة الطائف خمسين متطوعا"
    scattered = (
        "كرمت وزارة الثقافة في حفل كبير جمعية من الجمعيات هي الرواد وأثنت على جهودها "
        "التطوعية وقالت إنها تعمل مساء كل يوم منذ أمس في مقر يقع في قاعة كبيرة بحي "
        "النخيل بمحافظة جدة لا الطائف وأن خمسين شابا عملوا فيها متطوعا ومتطوعة"
    )
    assert _near_copy(scattered, piece) is None
    assert _near_copy(_EDITED_B["text"], piece) is not None


def test_a_copy_is_cited_for_a_day_only_when_it_is_the_same_day():
    """A paper of the next day prints the story word for word: its "أمس" is another day. One
    that writes "أمس الأول" on the next day says the same day in other words."""
    from assistant.offline.answerer import _reprinted
    from assistant.offline.extract import Candidate
    from assistant.offline.qtype import QType
    from assistant.offline.select import split_hits
    from store.types import Hit

    def hit(doc_id: str, text: str, day: str) -> Hit:
        return Hit(doc_id, "", "", text, 0, len(text), 1.0, date=day)

    story = (
        "أقامت جمعية الرواد التطوعية مساء أمس في قاعة النخيل بمحافظة الطائف حفل تكريم خمسين "
        "متطوعا ومتطوعة شاركوا في برنامج خدمة الزوار."
    )
    told_again = story.replace("مساء أمس", "مساء أمس الأول").replace("بمحافظة الطائف", "بالطائف")
    (one,) = split_hits([hit("first", story, "2015-08-20")])
    others = split_hits(
        [hit("same-words", story, "2015-08-21"), hit("same-day", told_again, "2015-08-21")]
    )
    at = story.index("مساء أمس")
    day = Candidate(at, at + len("مساء أمس"), "مساء أمس", QType.DATE)
    found = _reprinted(one, [(0, len(story))], others, {"first"}, day)
    assert [s.hit.doc_id for s, _ in found] == ["same-day"]
    # asked for something else, the word-for-word copy is cited as before
    found = _reprinted(one, [(0, len(story))], others, {"first"}, None)
    assert [s.hit.doc_id for s, _ in found] == ["same-words", "same-day"]


# Two papers print the agency story word for word: the passage splitter kept one copy of the
# sentence, so the second paper could not be cited for it.
_WORD_FOR_WORD = (
    "استقبل مطار الطائف الإقليمي أمس أول رحلة مباشرة من القاهرة على متن طائرة تقل "
    "مئتين وعشرين مسافرا، واستقبلهم مدير المطار بالورود."
)
_PRINTED_A = {
    "id": "printed-a",
    "title": "أول رحلة مباشرة من القاهرة إلى الطائف",
    "date": "2015-08-20",
    "text": "الطائف - واس\n" + _WORD_FOR_WORD + "\nوتتواصل الرحلات ثلاث مرات أسبوعيا.",
}
_PRINTED_B = {
    "id": "printed-b",
    "title": "مطار الطائف يستقبل رحلة القاهرة",
    "date": "2015-08-20",
    "text": "واس - الطائف\n" + _WORD_FOR_WORD + "\nوأعلنت الشركة الناقلة زيادة رحلاتها في الشتاء.",
}


def test_a_word_for_word_copy_is_cited_too(tmp_path):
    service = service_over(tmp_path, [_PRINTED_A, _PRINTED_B, _OTHER])
    answer = service.ask("كم مسافرا حملت أول رحلة مباشرة من القاهرة إلى مطار الطائف؟")
    assert not answer.refused, answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert sorted(cited[:2]) == ["printed-a", "printed-b"], answer.answer
    for citation in answer.citations[:2]:
        assert "مئتين وعشرين مسافرا" in citation.passage


def test_a_sentence_printed_twice_is_scored_once():
    from assistant.offline.select import split_hits
    from store.types import Hit

    def hit(doc_id: str, text: str) -> Hit:
        return Hit(doc_id=doc_id, text=text, score=1.0, title="", source="", start=0, end=len(text))

    sentences = split_hits([hit("a", _PRINTED_A["text"]), hit("b", _PRINTED_B["text"])])
    copied = [s for s in sentences if s.text == _WORD_FOR_WORD]
    assert len(copied) == 1
    assert [c.hit.doc_id for c in copied[0].copies] == ["b"]
