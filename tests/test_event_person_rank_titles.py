"""A colonel's or a captain's rank begins their name, as a general's does.

"وتفقد العقيد فلان مدير …" was answered "وتفقد العقيد فلان": "العقيد" was no title, so
the name ran back to the verb before it. The unambiguous ranks (العقيد، النقيب، الملازم) are
now titles like "اللواء" and "العميد"; "المقدم" and "الرائد", which are also common words
("الدعم المقدم", "الحدث الرائد"), are not. The articles are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import service_over


@pytest.mark.parametrize("rank", ["العقيد", "النقيب", "الملازم"])
def test_the_rank_begins_the_name_read_after_a_verb(tmp_path, rank):
    article = {
        "id": "beach",
        "title": "الدوريات تتابع احتفالات الشاطئ",
        "date": "2031-07-26",
        "text": (
            "احتفل أهالي حي الشاطئ مساء أمس بعيد الفطر. "
            f"وتابع {rank} ماجد الحربي قائد دوريات الشاطئ رئيس اللجنة الأمنية الاحتفالات "
            "خلال حفل المعايدة حتى ساعة متأخرة."
        ),
    }
    service = service_over(tmp_path, [article])
    answer = service.ask("من قائد دوريات الشاطئ الذي تابع الاحتفالات خلال حفل المعايدة؟")
    assert answer.short_answer == f"{rank} ماجد الحربي", answer.answer
