"""A value read from the articles (no card holds it) is cited from each report that states
it of the event, and only from those.

Asked who inspected the sites at an Eid celebration, the answer read the name from one report
and cited it alone, though a second paper names the same man in a sentence that says the
question's own words (the town, the body he heads): a value of no card was looked for only
where a word of the event's name (from a card, or named by the question) was said. It is now
looked for too where a word of the question's own is said, one that is not the value's, no
event's ("ملتقى") and no word every report of a ceremony writes ("حفل", "افتتاح"). Those words
tie a sentence to no one event: a report of a port's opening that states the same count of
delegations is no longer cited for a dam's. The articles are invented for these tests.
"""

from __future__ import annotations

from tests.conftest import service_over

_EID = {
    "id": "eid",
    "title": "أهالي محافظة الوادي يحتفلون بالعيد",
    "date": "2031-07-26",
    "text": (
        "احتفل أهالي محافظة الوادي مساء أمس بعيد الفطر في الساحة الكبرى. وتفقد اللواء سالم "
        "الهاجري مدير الدفاع المدني بمحافظة الوادي رئيس لجنة السلامة وقادة الجهات المشاركة "
        "المواقع خلال حفل المعايدة."
    ),
}
_PLANS = {
    "id": "plans",
    "title": "الدفاع المدني يستعد لاحتفالات العيد",
    "date": "2031-07-25",
    "text": (
        "أنهى الدفاع المدني استعداداته لاحتفالات العيد. وكان اللواء سالم الهاجري قد اطلع على "
        "خطة الدفاع المدني في محافظة الوادي قبل بدء الاحتفالات."
    ),
}
_PORT = {
    "id": "port",
    "title": "افتتاح ميناء الساحل",
    "date": "2031-04-01",
    "text": (
        "وحضر اللواء سالم الهاجري حفل افتتاح ميناء الساحل الشهر الماضي مع عدد من المسؤولين. "
        "وشارك 40 وفداً تجارياً في افتتاح ميناء الساحل."
    ),
}
_DAM_A = {
    "id": "dam-a",
    "title": "وفود الدول في افتتاح سد الوادي الكبير",
    "date": "2031-05-06",
    "text": (
        "أعلنت وزارة المياه أن 20 مسؤولا دوليا يصلون للافتتاح، ويرافقهم 40 وفدًا رسميًا من "
        "الدول الصديقة. ويبدأ البرنامج في الصباح."
    ),
}
_DAM_B = {
    "id": "dam-b",
    "title": "السد الجديد يستعد لضيوفه",
    "date": "2031-05-06",
    "text": (
        "تستكمل فرق الوزارة تجهيز الموقع. وأفاد مسؤول في الوزارة أن نحو 40 وفداً رسمياً "
        "يحضرون حفل افتتاح السد الجديد يوم الخميس."
    ),
}


def test_a_name_read_from_one_report_is_cited_from_another_stating_it(tmp_path):
    service = service_over(tmp_path, [_EID, _PLANS, _PORT])
    answer = service.ask(
        "من مدير الدفاع المدني الذي تفقد المواقع خلال حفل المعايدة في محافظة الوادي؟"
    )
    assert answer.short_answer == "اللواء سالم الهاجري", answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert cited == ["eid", "plans"], answer.answer
    assert "خطة الدفاع المدني في محافظة الوادي" in answer.citations[1].passage


def test_a_count_said_of_another_opening_is_not_cited(tmp_path):
    service = service_over(tmp_path, [_DAM_A, _DAM_B, _PORT])
    answer = service.ask("كم عدد الوفود الرسمية المشاركة في حفل افتتاح سد الوادي الكبير؟")
    assert answer.short_answer is not None and "40" in answer.short_answer, answer.answer
    cited = [c.doc_id for c in answer.citations]
    assert set(cited) == {"dam-a", "dam-b"}, answer.answer
