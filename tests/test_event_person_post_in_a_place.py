"""A post said with its place ("مدير الدفاع المدني بالمنطقة") is not followed by a name.

"وتفقد العقيد فلان مدير الدفاع المدني بالمنطقة المواقع …" was answered "بالمنطقة المواقع":
after the post, the word "in the region" was taken for the first word of a name. A word
written with "بال" ("in the") starts no name, as one with "لل" did not; the name said before
the post answers. The article is invented for this test.
"""

from __future__ import annotations

from tests.conftest import service_over

_EID = {
    "id": "eid",
    "title": "أهالي محافظة الوادي يحتفلون بالعيد",
    "date": "2031-07-26",
    "text": (
        "احتفل أهالي محافظة الوادي مساء أمس بعيد الفطر في الساحة الكبرى. وتفقد العقيد سالم "
        "الهاجري مدير الدفاع المدني بالمنطقة المواقع خلال حفل المعايدة، يرافقه عدد من الضباط."
    ),
}


def test_the_name_before_a_post_said_with_its_place_answers(tmp_path):
    service = service_over(tmp_path, [_EID])
    answer = service.ask(
        "من مدير الدفاع المدني الذي تفقد المواقع خلال حفل المعايدة في محافظة الوادي؟"
    )
    assert answer.short_answer == "العقيد سالم الهاجري", answer.answer
