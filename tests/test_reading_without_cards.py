"""Fields of events that have no card, read from their articles at question time.

Who holds a role in a programme, a course, a project; where a week is held.

"من المشرف العام على برنامج …", "من رئيس لجنة … التي تنفذ 40 دورة تدريبية", "من المدرب الذي
قدم الدورة …": the question names its event by a noun the cards seldom hold ("برنامج",
"دورة", "مشروع"), and the article names the person beside the role, often with more of the
role or a title in between. The articles are invented for these tests.
"""

from __future__ import annotations

import pytest

from assistant.events.questions import is_event_noun, names_an_activity, parse_question
from assistant.events.reading import counted, role_holder
from language.analyzer import normalize
from tests.conftest import service_over

PROGRAMME = (
    "أنهى برنامج «مهارات الغد» يوم الأحد خمس دورات قصيرة نظمتها جمعية البر الأهلية لأبناء "
    "حي النسيم. وبين المشرف العام على البرنامج سلمان القرشي، أن الدورات القادمة تتناول "
    "البرمجة والتصوير."
)
COURSES = (
    "بدأت لجنة الإرشاد الزراعي بوزارة البيئة تنفيذ 40 دورة تدريبية للعاملين في المزارع. "
    "وقال مدير عام التدريب رئيس لجنة الإرشاد الزراعي في المنطقة الدكتور ماجد الشهري، إن "
    "الدورات تتوزع على ثلاثة أسابيع."
)
TRAINER = (
    "أقامت اللجنة النسائية دورة تدريبية للمشرفات والمدربات المتطوعات في قاعة الجمعية. "
    "وذكرت رئيسة اللجنة أن الدورة التي قدمها المدرب ناصر البلوي عبر الاتصال المرئي شرحت "
    "خطوات التسجيل."
)
WEEK = (
    "قال المنظمون إن الدورة العاشرة من أسبوع «تقنيات الغد» ستنطلق بين 3 و6 نوفمبر المقبل "
    "في مركز المعارض الدولي بالخبر، بمشاركة شركات ناشئة من أنحاء الخليج."
)
PHOTO = (
    "انطلقت في الرياض يوم الاثنين 14 يوليو 2031 مسابقة «عدسة» الفرنسية للتصوير بمشاركة مصورين "
    "من ثلاثين دولة، وتنظمها جمعية المصورين السعودية."
)
SMILE = (
    "رعى بنك الخليج السعودي الفرنسي برنامج «أمل طفل» الذي نظمه نادي التطوع في جامعة الساحل، وأسهم "
    "البرنامج في إسعاد مئتي طفل من الأيتام."
)
LECTURE = (
    "اختتم ملتقى الأسرة الثالث فعالياته في حي الروابي بالخبر يوم الخميس، وشهد الملتقى محاضرة "
    "عن السلامة المرورية ألقاها الدكتور وليد الحارثي، تلتها مسابقات للأطفال."
)
ARTICLES = [
    {"id": "programme", "title": "مهارات الغد", "date": "2031-07-02", "text": PROGRAMME},
    {"id": "courses", "title": "دورات الإرشاد الزراعي", "date": "2031-07-03", "text": COURSES},
    {"id": "trainer", "title": "دورة للمشرفات", "date": "2031-07-04", "text": TRAINER},
    {"id": "week", "title": "تقنيات الغد", "date": "2031-07-05", "text": WEEK},
    {"id": "photo", "title": "مسابقة عدسة", "date": "2031-07-14", "text": PHOTO},
    {"id": "lecture", "title": "ملتقى الأسرة", "date": "2031-07-18", "text": LECTURE},
    {"id": "smile", "title": "أمل طفل", "date": "2031-07-15", "text": SMILE},
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("roles"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected", "doc_id"),
    [
        # "برنامج" begins with "ب": it was read as "ب" + "رنامج", so no event was named
        ("من المشرف العام على برنامج مهارات الغد؟", "سلمان القرشي", "programme"),
        # more of the role ("في المنطقة") stands between the question's role and the title
        (
            "من رئيس لجنة الإرشاد الزراعي التي تنفذ 40 دورة تدريبية؟",
            "الدكتور ماجد الشهري",
            "courses",
        ),
        # "والمدربات" holds the role's word first, with no name after it
        ("من المدرب الذي قدم الدورة التدريبية للمشرفات؟", "ناصر البلوي", "trainer"),
        # a role asked with a verb: the article gives it with the object as a pronoun
        (
            "من ألقى محاضرة السلامة المرورية في ملتقى الأسرة؟",
            "الدكتور وليد الحارثي",
            "lecture",
        ),
        # a week is an event the cards may not hold: where it is held is read all the same
        ("أين يقام أسبوع تقنيات الغد؟", "مركز المعارض الدولي بالخبر", "week"),
    ],
)
def test_the_field_of_an_event_without_a_card_is_read_as_the_short_answer(
    service, question, expected, doc_id
):
    answer = service.ask(question)
    assert answer.short_answer == expected, answer.answer
    assert [c.doc_id for c in answer.citations] == [doc_id]
    assert expected in answer.citations[0].passage


def test_programmes_courses_and_projects_name_an_event_in_a_role_question():
    for question in (
        "من المشرف العام على برنامج مهارات الغد؟",
        "من وكيل الوزارة التي حضرت اختتام مشروع رواد الحي؟",
        "من المدرب الذي قدم الدورة التدريبية للمشرفات؟",
    ):
        parsed = parse_question(question, "ar")
        assert parsed is not None and parsed.field == "person" and parsed.role, question


def test_from_how_many_asks_a_count_not_a_role():
    parsed = parse_question("من كم دولة تشارك الوفود في مؤتمر الإفتاء الدولي؟", "ar")
    assert parsed is not None and parsed.field == "figure" and not parsed.role


def test_activity_nouns_do_not_make_a_question_name_a_card():
    # a card is not picked by "برنامج" and a town: these nouns serve role and reading only
    assert names_an_activity(normalize("ببرنامج"))
    assert not is_event_noun(normalize("برنامج"))
    assert is_event_noun(normalize("بمهرجان")) and is_event_noun(normalize("للملتقى"))
    assert not names_an_activity(normalize("بدوره"))  # "in turn"


def test_a_name_before_the_role_after_a_speech_verb_is_still_read():
    text = "وقال فيصل المطيري رئيس اللجنة المنظمة إن التسجيل مفتوح."
    role = [normalize(w) for w in ("رئيس", "اللجنة", "المنظمة")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "فيصل المطيري"


def test_a_name_between_a_verb_and_the_role_is_read():
    text = "ألقى الدكتور سعد العمري رئيس الجمعية كلمة رحب فيها بالحضور."
    role = [normalize(w) for w in ("رئيس", "الجمعية")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "الدكتور سعد العمري"


def test_a_count_is_not_read_beside_a_two_letter_word_that_shares_the_nouns_letters():
    # "يتيما" stripped of its weak letters is "تم": the word "تم" (done) is no orphan
    texts = {
        "fireworks": "وزعت الهدايا في العيد على ستة مواقع تم تجهيزها في الحي.",
        "orphans": "استفاد من البرنامج 300 يتيم من أبناء الحي.",
    }
    found = counted([normalize("يتيما")], ["fireworks", "orphans"], texts.get, ["العيد"])
    assert found is not None and found.value == "300 يتيم"
    assert found.evidence.doc_id == "orphans"


def test_a_programme_the_question_names_is_not_a_card_sharing_one_adjective(service):
    # the competition's card holds "الفرنسية" and is Saudi; the programme's name, which no
    # card holds, says the question is about another event
    assert [c.name for c in service.article_events("photo")]
    answer = service.ask("من الجهة التي نظمت برنامج أمل طفل الذي رعاه البنك السعودي الفرنسي؟")
    assert [c.doc_id for c in answer.citations] == ["smile"], answer.answer
    assert "نادي التطوع" in answer.answer


def test_the_role_said_in_full_comes_before_a_verb_with_its_object_as_a_pronoun():
    text = (
        "وكلمة الأهالي ألقاها سامي العتيبي، بينما ألقى كلمة الجهة المنظمة للحفل الدكتور ماهر "
        "القحطاني."
    )
    role = [normalize(w) for w in ("ألقى", "كلمة", "اللجنة")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "الدكتور ماهر القحطاني"


# --- round 13: apposed roles, a verb's subject before its object, the event's own count ------


def test_a_name_a_speech_verb_gives_before_an_apposed_role_is_read():
    text = (
        "وقال سامر يوسف، مستشار الهيئة، المتحدث الرسمي باسم المؤتمر، إن المؤتمر يبحث قضايا الإفتاء."
    )
    role = [normalize(w) for w in ("المتحدث", "الرسمي", "باسم", "مؤتمر")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "سامر يوسف"
    # with no speech verb before it, a name two commas back is not the role's
    text = "حضر سامر يوسف، مستشار الهيئة، المتحدث الرسمي باسم المؤتمر."
    assert role_holder(role, ["a"], {"a": text}.get, lambda w: False) is None


def test_the_subject_between_the_questions_verb_and_its_object_is_read():
    text = "واستعرض مدير إدارة التخطيط المهندس نادر الغامدي، المبادرات أمام الحضور في ورشة العمل."
    role = [normalize(w) for w in ("استعرض", "المبادرات", "أمام", "الحضور")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "المهندس نادر الغامدي"


def test_a_workshop_names_the_event_of_a_role_question():
    # "ورشة" begins with "و": it was read as "و" + "رشة"
    parsed = parse_question("من استعرض المبادرات أمام الحضور في ورشة عمل الأمانة؟", "ar")
    assert parsed is not None and parsed.field == "person"
    assert is_event_noun(normalize("ورشة")) and is_event_noun(normalize("وورشة"))


def test_the_events_own_article_gives_the_count_before_another():
    texts = {
        "own": "وذكر المشرف أن عدد المشاركين في السباق فاق أكثر من 100 متسابق، تأهل منهم 14.",
        "other": "وبلغ عدد المتأهلين لمسابقة الشعر 30 مشاركا من أصل 70.",
    }
    nouns = [normalize("المشاركين")]
    found = counted(nouns, ["own", "other"], texts.get, ["المسابقة"], own=1)
    assert found is not None and found.evidence.doc_id == "own"
    assert found.value == "أكثر من 100 متسابق"
    # read as equals, the number right after the noun wins
    found = counted(nouns, ["own", "other"], texts.get, ["المسابقة"])
    assert found is not None and found.evidence.doc_id == "other"


def test_when_a_part_of_the_event_is_held_is_read_from_the_sentence_naming_it():
    from assistant.events.questions import content_words, part_words
    from assistant.events.reading import time_phrase

    question = parse_question("متى تبدأ التصفيات النهائية لمسابقة «فارس اليوم»؟", "ar")
    assert question is not None and question.field == "moment"
    texts = {
        "a": (
            "أعلنت لجنة مسابقة «فارس اليوم» لعام 1436هـ أسماء المتأهلين إلى التصفيات النهائية. "
            "وتبدأ التصفيات النهائية للمسابقة يوم الخميس المقبل في نادي الفروسية."
        )
    }
    found = time_phrase(
        content_words(question.text), ["a"], texts.get, False, part_words(question.text)
    )
    # not the year of the first sentence, nor "اليوم" of the contest's title
    assert found is not None and found.value == "يوم الخميس المقبل"


def test_a_woman_speaking_is_read_without_her_speech_verb():
    text = "وقالت هند السالم المدير التنفيذي، إن البرنامج يضم 90 فيلما."
    role = [normalize(w) for w in ("المدير", "التنفيذي")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "هند السالم"


def test_two_said_by_the_nouns_dual_is_a_count():
    texts = {"a": "واستمرت أعمال الملتقى يومين في فندق الواحة، وشارك فيه 40 خبيرا."}
    found = counted([normalize("يوما")], ["a"], texts.get, [normalize("الملتقى")])
    assert found is not None and found.value == "يومين"
    # a number with the plural still beats a dual said of something else
    texts = {"a": "واستمر الملتقى 3 أيام بمشاركة وفود، بعد ورشة استمرت يومين."}
    found = counted([normalize("يوما")], ["a"], texts.get, [normalize("الملتقى")])
    assert found is not None and found.value == "3 أيام"


def test_a_verb_with_its_object_beats_a_noun_of_its_consonants():
    # "من أدار الندوة": "مجلس إدارة نادي" holds "أدار" and "ندوة" only by their consonants
    text = (
        "أقامت الجمعية ندوة عن الإعلام الرياضي. بدأت الندوة التي أدارها الإعلامي سامر الحربي "
        "بجانب ضيوفه، وتحدث عن البرنامج الذي يعمل مجلس إدارة نادي الوحدة على تنفيذه."
    )
    role = [normalize(w) for w in ("أدار", "ندوة")]
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "الإعلامي سامر الحربي"


def test_no_clause_is_read_as_the_name_before_a_role():
    text = (
        "اجتمعت اللجنة للمرة الأولى. وفي مستهل اللقاء رحب رئيس اللجنة التنفيذية للمعرض "
        "بانضمام عضوين جديدين."
    )
    role = [normalize(w) for w in ("رئيس", "اللجنة", "التنفيذية", "للمعرض")]
    assert role_holder(role, ["a"], {"a": text}.get, lambda w: False) is None
    # a name with its title before the role is still read
    titled = "عقد الاجتماع برئاسة الأمير فيصل بن خالد رئيس اللجنة التنفيذية للمعرض."
    found = role_holder(role, ["a"], {"a": titled}.get, lambda w: False)
    assert found is not None and found.value == "الأمير فيصل بن خالد"


def test_where_participants_come_from_does_not_place_the_event():
    from assistant.events.match import question_words

    qwords = question_words("ما شعار منتدى رجال الأعمال ونظرائهم من الهند؟", "ar", [])
    assert not any("الهند" in place for place in qwords.places)
    qwords = question_words("ما شعار منتدى رجال الأعمال في الهند؟", "ar", [])
    assert any("الهند" in place for place in qwords.places)


def test_a_count_of_a_word_of_three_letters_is_read():
    # "لغة" is no "ل" + "غة": its plural "لغات" is the same noun
    text = "وتبدأ أعمال المؤتمر في مارس، كما ستجري ترجمة جلساته إلى سبع لغات هي العربية والتركية."
    found = counted(
        [normalize("لغة")], ["a"], {"a": text}.get, [normalize(w) for w in ("ترجمة", "المؤتمر")]
    )
    assert found is not None and found.value == "سبع لغات"


def test_one_word_of_an_events_name_does_not_name_it(tmp_path):
    # "«كرة جديدة نظيفة»" shares only "جديد" with "مؤتمر الشباب المسلم والإعلام الجديد": the
    # question is not read within that conference's article
    service = service_over(
        tmp_path,
        [
            {
                "id": "league",
                "title": "رابطة العالم الإسلامي تنظم مؤتمر الشباب المسلم والإعلام الجديد",
                "date": "2015-07-21",
                "text": (
                    "تنظم رابطة العالم الإسلامي مؤتمر الشباب المسلم والإعلام الجديد في مكة المكرمة "
                    "يومي 3 و4 ذي الحجة المقبل. وفي عام 1345هـ دعا الملك المؤسس إلى عقد "
                    "أول مؤتمر في مكة المكرمة."
                ),
            },
            {
                "id": "fifa",
                "title": "دعوة عنان لإصلاح الاتحاد الدولي",
                "date": "2015-07-21",
                "text": (
                    "وقال رامي الدوسري المؤسس المشارك لمجموعة «كرة جديدة نظيفة» في لندن إن على "
                    "كوفي عنان أن يقود إصلاح الاتحاد الدولي لكرة القدم."
                ),
            },
        ],
    )
    answer = service.ask("من المؤسس المشارك لمجموعة «كرة جديدة نظيفة» الذي دعا كوفي عنان؟")
    assert [c.doc_id for c in answer.citations][:1] == ["fifa"], answer.answer


def test_a_quoted_title_no_card_holds_is_none_of_them(tmp_path):
    service = service_over(
        tmp_path,
        [
            {
                "id": "festival",
                "title": "800 ألف زائر لمهرجان صيف الطائف",
                "date": "2015-08-03",
                "text": (
                    "أعلنت أمانة محافظة الطائف أن عدد زوار مهرجان صيف الطائف الذي تشرف عليه الأمانة "
                    "تحت شعار “الطائف أحلى” تجاوز 800 ألف زائر في مختلف مواقع الفعاليات."
                ),
            },
            {
                "id": "programme",
                "title": "جمعية إبصار تدشن برنامج بناء الأمل",
                "date": "2015-08-03",
                "text": (
                    "دشنت جمعية إبصار الخيرية برنامج «بناء الأمل» لذوي الإعاقة البصرية في جدة، "
                    "وقال أمين عام الجمعية إن البرنامج يقام كل صيف لدمج ذوي الإعاقة في المجتمع."
                ),
            },
        ],
    )
    answer = service.ask("ما شعار برنامج «بناء الأمل» الذي تنظمه جمعية إبصار هذا الصيف؟")
    assert "الطائف أحلى" not in answer.answer
    assert "festival" not in {c.doc_id for c in answer.citations}
