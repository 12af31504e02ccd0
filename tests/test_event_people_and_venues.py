"""Who opened an event, who said what, where its venue's name ends, and weeks and month ends in
dates (twenty-ninth round). Every sentence here is invented."""

from __future__ import annotations

import pytest

from ingest.events import bodies, people

_PUBLISHED = "2015-08-04"  # a Tuesday


def _openers(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "opener"]


@pytest.mark.parametrize(
    "text,opener",
    [
        # a post, a title, or a name told by "بن" or by the post after it
        ("افتتح محافظ الخرج أمس معرض الكتاب في مركز المدينة.", "محافظ الخرج"),
        ("افتتح الرئيس التنفيذي للشركة المهندس سامي العمري المعرض.", None),
        ("دشن مساء أمس الأمير سعود بن عبدالله معرض الصيف.", "الأمير سعود بن عبدالله"),
        ("افتتح سالم الدوسري وكيل محافظ رابغ مهرجان الصيف.", None),
        ("افتتح الفنان التشكيلي ماجد الحربي معرضه الشخصي.", None),
    ],
)
def test_who_opened_an_event(text: str, opener: str | None) -> None:
    found = _openers(text)
    assert len(found) == 1
    assert opener is None or found[0].startswith(opener)


@pytest.mark.parametrize(
    "text",
    [
        # the time of a passive: "the festival that was opened this evening"
        "لقي مهرجان الطائف الذي افتتح مساء اليوم إقبالاً كبيراً من الزوار.",
        # the thing opened, right after the verb
        "وفور وصوله دشن المعارض المشاركة في المهرجان، ثم تجول في أجنحته.",
        # the place it was opened in
        "دشن بيت الشربتلي في جدة أمسية شعرية للشباب.",
        # a year
        "وتضم المكتبة التي افتتحت عام 1990 أكثر من مئة ألف كتاب.",
    ],
)
def test_an_opening_verb_without_an_opener(text: str) -> None:
    assert _openers(text) == []


def test_a_role_does_not_run_into_what_was_said() -> None:
    # no comma between the speaker and the speech: the speaker's role is not read from here
    text = "وقال رئيس اللجنة المنظمة أحمد الزهراني إن المهرجان حقق نجاحاً، وسيتم تمديده أسبوعاً."
    assert people.find_people(text) == []
    # with the comma the article writes, the role and the name are read
    said = "وقال رئيس اللجنة المنظمة، أحمد الزهراني، إن المهرجان حقق نجاحاً."
    assert [(p.role, p.name) for p in people.find_people(said)] == [
        ("رئيس اللجنة المنظمة", "أحمد الزهراني")
    ]
