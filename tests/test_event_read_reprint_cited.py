"""A value read from one paper's sentence is cited from every other retrieved paper that
prints the words around it: one agency story in two papers (from articles nobody here tuned
on).

"من افتتح حملة التبرع بالدم …؟" was answered from one paper's report while a second paper
printing the same sentence was not cited. Where the value alone says too little to look for
(a role or a name written of many events), the ten words around it are looked for; a report
that writes the name in other words around it is not cited for it, nor a copy of a day said
relative to its own date.
"""

from __future__ import annotations

from tests.conftest import service_over

_OPENED = (
    "وافتتح الحملة مدير مستشفى الملك فهد بالمندق سعيد بن علي الغامدي الذي شكر المتبرعين "
    "على مبادرتهم الإنسانية."
)
_FIRST = {
    "id": "first",
    "title": "حملة للتبرع بالدم في المندق",
    "date": "2031-08-10",
    "text": (
        "المندق - واس\nنظمت إدارة الشؤون الصحية بالمندق أمس حملة للتبرع بالدم استهدفت منسوبي "
        "الدفاع المدني بالمحافظة.\n" + _OPENED
    ),
}
_SECOND = {
    "id": "second",
    "title": "منسوبو الدفاع المدني يتبرعون بالدم",
    "date": "2031-08-10",
    "text": (
        "تبرع العشرات من منسوبي الدفاع المدني بالمندق بدمائهم في حملة نظمتها الشؤون الصحية.\n"
        + _OPENED.replace("،", "")
    ),
}
_ELSEWHERE = {
    "id": "elsewhere",
    "title": "الغامدي يزور قسم الطوارئ",
    "date": "2031-08-10",
    "text": (
        "زار مدير مستشفى الملك فهد بالمندق سعيد بن علي الغامدي قسم الطوارئ واطلع على سير العمل فيه."
    ),
}


def test_the_second_paper_printing_the_sentence_is_cited(tmp_path):
    service = service_over(tmp_path, [_FIRST, _SECOND, _ELSEWHERE])
    answer = service.ask("من افتتح حملة التبرع بالدم لمنسوبي الدفاع المدني بالمندق؟")
    assert not answer.refused, answer.answer
    assert "سعيد بن علي الغامدي" in answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert sorted(cited) == ["first", "second"], answer.answer


def test_the_words_around_the_value_are_looked_for_not_the_value_alone():
    from types import SimpleNamespace

    from assistant.events.answer import _reprint_of
    from assistant.events.cite import CitationBook
    from ingest.events.card import Evidence

    records = {
        a["id"]: SimpleNamespace(text=a["text"], title=a["title"], source="", date=a["date"])
        for a in (_FIRST, _SECOND, _ELSEWHERE)
    }
    book = CitationBook(records.get)
    name = "سعيد بن علي الغامدي"
    at = _FIRST["text"].index(name)
    marker = book.cite(Evidence("first", at, at + len(name), name))
    assert marker is not None
    find = _reprint_of(name, marker, book)
    assert find is not None
    assert find("second", records["second"]) is not None
    assert find("elsewhere", records["elsewhere"]) is None  # the name, in other words
    # a sentence of fewer than ten words is no proof of one story
    short = {
        "short": SimpleNamespace(text="افتتحها سعيد بن علي الغامدي.", title="", source="", date="")
    }
    book = CitationBook(short.get)
    marker = book.cite(Evidence("short", 8, 8 + len(name), name))
    assert marker is not None and _reprint_of(name, marker, book) is None


# a post asked of no event: "من قائد الوفد …؟" (`_role_held`)
_LED = (
    "وأوضح قائد الوفد السعودي الدكتور ماجد بن حمد العتيبي أن وفد المملكة يضم أكثر من "
    "ستين مشاركا سيعرضون تجاربهم في العمل التطوعي."
)
_DELEGATION_A = {
    "id": "delegation-a",
    "title": "وفد المملكة يصل إلى لشبونة",
    "date": "2031-07-20",
    "text": "لشبونة - واس\nوصل إلى لشبونة أمس وفد المملكة المشارك في لقاء المتطوعين الدولي.\n"
    + _LED,
}
_DELEGATION_B = {
    "id": "delegation-b",
    "title": "ستون متطوعا سعوديا في لشبونة",
    "date": "2031-07-20",
    "text": "تشارك المملكة في لقاء المتطوعين الدولي بلشبونة بوفد من الشباب.\n" + _LED,
}


def test_a_post_holder_is_cited_from_each_paper_printing_the_sentence(tmp_path):
    service = service_over(tmp_path, [_DELEGATION_A, _DELEGATION_B, _ELSEWHERE])
    answer = service.ask("من قائد الوفد السعودي في لشبونة؟")
    assert "ماجد بن حمد العتيبي" in (answer.short_answer or ""), answer.answer
    assert sorted(c.doc_id for c in answer.citations) == ["delegation-a", "delegation-b"]
