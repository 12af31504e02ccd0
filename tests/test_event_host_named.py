"""Of many Eid parties, the one whose report writes the body the question names (from
articles nobody here tuned on).

"أين أقامت وزارة الإسكان حفل المعايدة؟" chose the card of another ministry's party: its name,
"حفل المعايدة السنوي لمنسوبي الوزارة", held every word of the question but the ministry's, and
one word was too few for the report retrieval found to outweigh it. A body the question names
("وزارة …", "الهيئة العامة …", "أمانة منطقة …") now decides: a card none of whose articles
holds the body's words gives way to the reports that write it.
"""

from __future__ import annotations

from assistant.events.match import host_phrase
from tests.conftest import service_over

_TRADE = {
    "id": "trade",
    "title": "التجارة تعايد منسوبيها",
    "date": "2015-07-23",
    "text": (
        "أقامت وزارة التجارة صباح أمس حفل المعايدة السنوي لموظفي الوزارة احتفاء بعيد الفطر "
        "بقاعة المؤتمرات في ديوان الوزارة، بحضور وكيل الوزارة الأستاذ فهد المطيري.\n"
        "وتبادل الحضور التهاني بهذه المناسبة."
    ),
}
_FARMS = {
    "id": "farms",
    "title": "معايدة منسوبي الزراعة",
    "date": "2015-07-23",
    "text": (
        "احتفى منسوبو وزارة الزراعة بعيد الفطر المبارك في حفل معايدة أقيم في نادي "
        "الموظفين بحي الملز، وحضره الوكيل المساعد المهندس سامي الرشيد.\n"
        "وتخللت اللقاء كلمات ترحيبية."
    ),
}
_ARTS = {
    "id": "arts",
    "title": "حفل للأطفال في فنون تبوك",
    "date": "2015-07-20",
    "text": (
        "تقيم الجمعية العربية السعودية للثقافة والفنون بتبوك مساء غد حفلا للأطفال "
        "في قاعة الأمير فهد.\nويتضمن الحفل مسابقات وعروضا ترفيهية."
    ),
}
_ARTS_EID = {
    "id": "arts-eid",
    "title": "جمعية الثقافة والفنون تعايد الأهالي",
    "date": "2015-07-20",
    "text": (
        "أقامت جمعية الثقافة والفنون في تبوك حفل معايدة للأهالي بمناسبة عيد الفطر في "
        "ساحة المهرجانات.\nوشهد الحفل عروضا شعبية."
    ),
}


def test_the_report_of_the_body_asked_is_read(tmp_path):
    service = service_over(tmp_path, [_TRADE, _FARMS])
    assert "trade" in {c.sources[0] for c in service.events()}  # the scene
    answer = service.ask("أين أقامت وزارة الزراعة حفل المعايدة بمناسبة عيد الفطر؟")
    assert "قاعة المؤتمرات" not in answer.answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["farms"], answer.answer


def test_the_card_still_answers_for_its_own_body(tmp_path):
    service = service_over(tmp_path, [_TRADE, _FARMS])
    answer = service.ask("أين أقامت وزارة التجارة حفل المعايدة بمناسبة عيد الفطر؟")
    assert answer.short_answer is not None, answer.answer
    assert "قاعة المؤتمرات" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["trade"]


def test_a_body_written_more_fully_is_still_the_cards(tmp_path):
    # the card's article writes "الجمعية العربية السعودية للثقافة والفنون": it holds the
    # words of "جمعية الثقافة والفنون", so the other party whose report writes them as asked
    # does not take its place
    service = service_over(tmp_path, [_ARTS, _ARTS_EID])
    answer = service.ask("أين يقام حفل الأطفال الذي تنظمه جمعية الثقافة والفنون في تبوك؟")
    assert answer.short_answer is not None, answer.answer
    assert "قاعة الأمير فهد" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["arts"]


_WEATHER = {
    "id": "weather",
    "title": "معايدة الأرصاد",
    "date": "2015-07-23",
    "text": (
        "نظمت الرئاسة العامة للأرصاد وحماية البيئة بالرياض أمس حفل معايدة لموظفيها "
        "احتفاء بعيد الفطر، بحضور معالي الرئيس العام الدكتور ماجد بن سعد العنزي.\n"
        "وتبادل الجميع التهاني."
    ),
}
_CRESCENT = {
    "id": "crescent",
    "title": "معايدة الهلال الأحمر",
    "date": "2015-07-23",
    "text": (
        "أقامت هيئة الهلال الأحمر في جدة أمس حفل معايدة لموظفيها احتفاء بعيد الفطر، "
        "وحضر حفل المعايدة مساعد رئيس الهيئة الأستاذ خالد البكري.\nوتبادل الجميع التهاني."
    ),
}


def test_of_the_cards_named_the_one_whose_report_holds_the_body(tmp_path):
    service = service_over(tmp_path, [_CRESCENT, _WEATHER])
    answer = service.ask("من حضر حفل معايدة الرئاسة العامة للأرصاد وحماية البيئة؟")
    assert "البكري" not in answer.answer, answer.answer
    assert "العنزي" in answer.answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["weather"]


def test_the_body_read_from_a_question():
    assert len(host_phrase("من حضر حفل معايدة الهيئة العامة للغذاء والدواء؟")) == 4
    # it ends at the event noun, "بمناسبة" and a stopword
    assert len(host_phrase("أين أقامت وزارة الزراعة حفل المعايدة؟")) == 2
    assert len(host_phrase("من حضر حفل معايدة أمانة منطقة حائل بمناسبة العيد؟")) == 3
    assert len(host_phrase("متى تقيم جمعية الفنون في تبوك حفلها؟")) == 2
    # a head noun with nothing after it names no body
    assert host_phrase("أين أقامت الوزارة حفل المعايدة؟") == []
    assert "الزراعه" in host_phrase("أين أقامت وزارة الزراعة حفل المعايدة؟")[1]


_FARMS_GUESTS = {
    "id": "farms-guests",
    "title": "الزراعة تحتفي بموظفيها",
    "date": "2015-07-23",
    "text": (
        "احتفلت وزارة الزراعة بعيد الفطر مع موظفيها في نادي الموظفين بحي الملز، بحضور "
        "نائب الوزير الدكتور ماجد العنزي.\nوتخلل اللقاء تبادل التهاني."
    ),
}


def test_a_report_that_outworded_the_card_is_read_when_nothing_is_found(tmp_path):
    service = service_over(tmp_path, [_TRADE, _FARMS_GUESTS])
    answer = service.ask("من حضر حفل المعايدة السنوي لوزارة الزراعة؟")
    assert "المطيري" not in answer.answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["farms-guests"], answer.answer


_SCHOOLS = {
    "id": "schools",
    "title": "تعليم المدينة يعايد منسوبيه",
    "date": "2015-07-23",
    "text": (
        "أقامت الإدارة العامة للتعليم بالمدينة المنورة صباح أمس حفل المعايدة السنوي "
        "لموظفيها في قاعة الملك سعود بمبنى الإدارة.\nوقدمت الوحدة الطبية بالإدارة "
        "عرضا توعويا للحضور."
    ),
}
_MEDICAL_CITY = {
    "id": "medical-city",
    "title": "معايدة في المدينة الطبية",
    "date": "2015-07-23",
    "text": (
        "احتفلت مدينة الملك سعود الطبية بمنسوبيها في حفل معايدة أقيم في برج العيادات "
        "الجديد.\nوتبادل الحضور التهاني."
    ),
}


def test_a_body_s_words_written_apart_are_not_the_body(tmp_path):
    # the schools' report writes "المدينة", "الملك سعود" and "الطبية", but not together
    service = service_over(tmp_path, [_SCHOOLS, _MEDICAL_CITY])
    answer = service.ask("أين أقيم حفل معايدة منسوبي مدينة الملك سعود الطبية؟")
    assert "قاعة الملك سعود" not in answer.answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["medical-city"], answer.answer


_ENDOWMENT = {
    "id": "endowment",
    "title": "أوقاف سليمان الحربي تعايد منسوبيها",
    "date": "2015-07-22",
    "text": (
        "أقامت إدارة أوقاف سليمان عبد الكريم الحربي حفل المعايدة السنوي لعيد الفطر، وحضره "
        "أمين الأوقاف وموظفو الإدارة، وذلك بمقر الإدارة العامة بجدة.\n"
        "وهنأ أمين الأوقاف الحضور بالعيد."
    ),
}
_UNIVERSITY = {
    "id": "university",
    "title": "الجامعة تعايد منسوبيها",
    "date": "2015-07-22",
    "text": (
        "أقامت إدارة العلاقات العامة بجامعة الشمال حفل المعايدة السنوي لعيد الفطر المبارك "
        "لمنسوبي الجامعة في بهو المبنى الرئيس بعرعر.\nوتبادل الحضور التهاني."
    ),
}


def test_a_body_the_question_writes_shorter_still_picks_its_party(tmp_path):
    # the question leaves out the founder's father's name the report writes ("عبد الكريم"):
    # the report still writes the body, word after word, with a few words between
    service = service_over(tmp_path, [_ENDOWMENT, _UNIVERSITY])
    assert len(service.events()) == 2  # the scene: two annual Eid parties
    answer = service.ask("أين أقامت إدارة أوقاف سليمان الحربي حفل المعايدة السنوي لعيد الفطر؟")
    assert "بهو المبنى" not in answer.answer, answer.answer
    assert answer.short_answer is not None and "مقر الإدارة العامة" in answer.short_answer
    assert [c.doc_id for c in answer.citations] == ["endowment"], answer.answer
