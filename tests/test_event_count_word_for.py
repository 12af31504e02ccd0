"""A count written in words with "for" on it: "قدّم … برنامجه لعشرين طالباً".

The reader took "لعشرين" (for twenty) for no number, so the programme's own count was not
read and a question about it was answered with another article's "168 طالباً". A number word
with ل, ب or و written onto it is a count, quoted without the letter. Invented text.
"""

from __future__ import annotations

from assistant.events.reading import counted

_OWN = "وقدّم نادي الواحة العلمي برنامج الرحلات البحرية لعشرين طالباً من طلاب المرحلة الثانوية."
_OTHER = "وبلغ عدد الملتحقين ببرامج الصيف 168 طالباً وطالبة في ثلاث مدن."


def _texts(doc_id: str) -> str:
    return {"own": _OWN, "other": _OTHER}[doc_id]


def test_a_count_in_words_with_for_written_on_it_is_read():
    found = counted(["طالبا"], ["own", "other"], _texts, ["طالبا", "برنامج", "الرحلات"], own=1)
    assert found is not None
    assert found.value == "عشرين طالباً"
    assert found.evidence.doc_id == "own"


def test_i_am_not_is_no_six():
    # (guard) "لست" is "I am not", not "for six"
    text = "وقال المدرب لست طالباً للشهرة بل للعلم، وقد درّب 12 طالباً هذا العام."
    found = counted(["طالبا"], ["doc"], lambda _: text, ["طالبا"])
    assert found is not None
    assert found.value == "12 طالباً"


def test_a_dual_is_a_number_of_its_own():
    # "نحو مليوني تذكرة": two million tickets, said by the dual
    text = "واشترى الجمهور بالفعل نحو مليوني تذكرة للبطولة، كما زار معرضها ألفي زائر."
    found = counted(["التذاكر"], ["doc"], lambda _: text, ["اشترى", "الجمهور"])
    assert found is not None and found.value == "نحو مليوني تذكرة", found
