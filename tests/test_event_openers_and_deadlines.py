"""Who opens an event, its deadlines, and who holds a role, read from its articles.

"من يدشن مهرجان …" is asked of a card that often names no opener: the articles name one
("… الذي سيدشن المهرجان", "افتتح أمير المنطقة … فعاليات الملتقى"), never the activities that
were opened ("افتتحت فعاليات الملتقى"). "ما آخر موعد لاستقبال المشاركات …" asks a deadline,
not the event's dates. A question about a person or a count of one event whose name is a
plural ("مهرجانات …") lists no events. The articles are invented for these tests.
"""

from __future__ import annotations

import pytest

from assistant.events.questions import parse_question
from assistant.events.reading import counted, role_holder
from ingest.events.extract import extract_events
from language.analyzer import normalize
from tests.conftest import service_over

MARKET = (
    "تنطلق مساء اليوم فعاليات مهرجان الوادي الصيفي تحت شعار «صيفنا أحلى» على مسرح الحديقة "
    "العامة. وأوضح محافظ الوادي رئيس اللجنة السياحية بالمحافظة خالد بن سعد العتيبي الذي "
    "سيدشن المهرجان أن البرنامج يضم أكثر من 120 فعالية."
)
PRIZE = (
    "بدأت جمعية المسرحيين الخليجية استقبال طلبات الفرق للمشاركة في مهرجان الخليج للمسرح "
    "القصير حتى 20 نوفمبر المقبل. ويقام المهرجان في الفترة من 5 إلى 10 فبراير 2032 في "
    "مسرح الجمعية بالدمام."
)
ORCHESTRA = (
    "افتتحت مهرجانات وادي النخيل موسمها الصيفي أول من أمس بحفل قاده المايسترو سامي الحداد "
    "مع ما يزيد على ستين عازفا، وتختتم المهرجانات في 30 أغسطس المقبل."
)
ARTICLES = [
    {"id": "market", "title": "مهرجان الوادي الصيفي", "date": "2031-07-20", "text": MARKET},
    {"id": "prize", "title": "مهرجان الخليج للمسرح", "date": "2031-07-22", "text": PRIZE},
    {"id": "orchestra", "title": "مهرجانات وادي النخيل", "date": "2031-07-24", "text": ORCHESTRA},
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("openers"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "expected", "doc_id"),
    [
        # the card has no opener: the name before "الذي سيدشن المهرجان" is read
        ("من يدشن مهرجان الوادي الصيفي؟", "خالد بن سعد العتيبي", "market"),
        # the deadline "حتى" governs, not the festival's own dates
        (
            "ما آخر موعد لاستقبال طلبات المشاركة في مهرجان الخليج للمسرح القصير؟",
            "20 نوفمبر",
            "prize",
        ),
        # "مهرجانات وادي النخيل" is one event's name: a count of it, not a list of events
        ("كم عازفا شارك في افتتاح مهرجانات وادي النخيل؟", "ستين عازفا", "orchestra"),
    ],
)
def test_the_opener_the_deadline_and_a_count_are_read_from_the_article(
    service, question, expected, doc_id
):
    answer = service.ask(question)
    assert expected in (answer.short_answer or ""), answer.answer
    assert doc_id in {c.doc_id for c in answer.citations}


def test_the_questions_ask_an_opener_a_deadline_and_a_person_of_one_event():
    q = parse_question("من يدشن مهرجان الوادي الصيفي؟", "ar")
    assert q is not None and (q.intent, q.field) == ("field", "opener")
    q = parse_question("ما آخر موعد لاستقبال المشاركات في مهرجان الخليج؟", "ar")
    assert q is not None and q.field == "deadline"
    q = parse_question("من المايسترو الذي قاد افتتاح مهرجانات وادي النخيل؟", "ar")
    assert q is None or q.intent == "field"  # not a list of festivals
    q = parse_question("كم عازفا شارك في افتتاح مهرجانات وادي النخيل؟", "ar")
    assert q is not None and (q.intent, q.field) == ("field", "figure")
    q = parse_question("في أي فترة يقام مهرجان الوادي الصيفي؟", "ar")
    assert q is not None and q.field == "date"
    # a question counting events still counts them
    q = parse_question("كم عدد المهرجانات التي تقام في الرياض هذا الصيف؟", "ar")
    assert q is not None and q.intent == "count"


def test_the_opener_is_the_verbs_subject_never_the_activities_opened():
    from assistant.events.reading import opener

    names_event = {normalize(w) for w in ("فعاليات", "الملتقى", "ملتقى", "المعرض")}.__contains__
    texts = {
        "a": (
            "افتتحت فعاليات الملتقى الثقافي مساء أمس في قاعة البلدية. وافتتح الأمير فهد بن "
            "سالم أمير المنطقة المعرض المصاحب للملتقى."
        )
    }
    found = opener(["a"], texts.get, names_event)
    assert found is not None and found.value.startswith("الأمير فهد بن سالم")
    assert opener(["a"], {"a": "افتتحت فعاليات الملتقى مساء أمس."}.get, names_event) is None


def test_a_deadline_is_the_date_after_its_words_or_until():
    from assistant.events.reading import deadline_phrase

    texts = {
        "a": (
            "ويقام الملتقى يومي 3 و4 ديسمبر. منوها بآخر موعد لاستلام الأوراق البحثية وهو الأول "
            "من أكتوبر المقبل."
        )
    }
    words = [normalize(w) for w in ("لاستلام", "الأوراق", "البحثية", "الملتقى")]
    found = deadline_phrase(words, ["a"], texts.get)
    assert found is not None and found.value == "الأول من أكتوبر المقبل"
    # a sentence with the event's dates alone holds no deadline
    assert deadline_phrase(words, ["b"], {"b": "ويقام الملتقى يومي 3 و4 ديسمبر."}.get) is None


def test_a_role_is_not_held_by_a_person_welcomed_or_by_the_roles_own_words():
    role = [normalize(w) for w in ("رئيس", "الهيئة", "الاستشارية")]
    text = "وأشاد رئيس الهيئة الاستشارية للمهرجان بانضمام الدكتور سعد الراشد إلى فريقها."
    assert role_holder(role, ["a"], {"a": text}.get, lambda w: False) is None
    role = [normalize(w) for w in ("رئيس", "مجلس", "إدارة", "مركز", "الوادي")]
    text = "بحضور الأمير ماجد بن فهد رئيس مجلس إدارة مركز الوادي للدراسات والبحوث."
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "الأمير ماجد بن فهد"


def test_a_name_after_an_abbreviated_title_is_read():
    role = [normalize(w) for w in ("رئيس", "بلدية", "الوادي")]
    text = "وأكد رئيس بلدية الوادي د. سامر الحربي، أن المهرجان ينطلق الخميس."
    found = role_holder(role, ["a"], {"a": text}.get, lambda w: False)
    assert found is not None and found.value == "د. سامر الحربي"


def test_tens_in_words_are_counts():
    texts = {"a": "وشارك في الأمسية ما يزيد على سبعين شاعرا من المنطقة."}
    found = counted([normalize("شاعرا")], ["a"], texts.get, [normalize("الأمسية")])
    assert found is not None and found.value == "ما يزيد على سبعين شاعرا"


def test_activities_opened_name_no_opener_and_a_tribes_villages_end_the_name():
    text = (
        "افتتحت فعاليات الملتقى الشبابي الرابع ببني مالك وبني سعد مساء الخميس 9 يوليو 2031، "
        "برعاية رئيس المركز سعيد بن علي الشهري، ويستمر الملتقى عشرة أيام."
    )
    cards = extract_events("t", text, published="2031-07-10")
    assert cards, "no card"
    card = cards[0]
    assert card.name == "الملتقى الشبابي الرابع"
    assert "فعاليات" not in [p.name for p in card.people]


def test_a_value_two_reports_of_the_event_both_state_is_cited_from_both(tmp_path):
    first = (
        "تنطلق مساء الأحد 12 أكتوبر 2031 فعاليات مهرجان الساحل للفنون الشعبية في مدينة "
        "ينبع، ويشارك فيه أكثر من 40 فرقة. وقال مدير المهرجان بدر الحازمي إن البرنامج يومي."
    )
    second = (
        "أعلنت اللجنة المنظمة لمهرجان الساحل للفنون الشعبية في ينبع اكتمال الاستعدادات، وأوضح "
        "مدير المهرجان بدر الحازمي أن العروض تقام على مسرح الكورنيش طوال أسبوع."
    )
    other = (
        "اختتم مهرجان الجبل للفنون الشعبية في أبها أمس بمشاركة 20 فرقة، وقال مدير المهرجان "
        "بدر الحازمي في ختامه إن الدورة المقبلة تقام في الربيع."
    )
    service = service_over(
        tmp_path,
        [
            {"id": "first", "title": "مهرجان الساحل", "date": "2031-10-10", "text": first},
            {
                "id": "second",
                "title": "استعدادات مهرجان الساحل",
                "date": "2031-10-09",
                "text": second,
            },
            {"id": "other", "title": "ختام مهرجان الجبل", "date": "2031-09-01", "text": other},
        ],
    )
    answer = service.ask("من مدير مهرجان الساحل للفنون الشعبية في ينبع؟")
    assert answer.short_answer == "بدر الحازمي", answer.answer
    cited = {c.doc_id for c in answer.citations}
    # both reports of the Yanbu festival, never the Abha festival's, which names him too
    assert cited == {"first", "second"}, answer.answer


def test_a_weekday_market_is_a_venue_and_the_job_market_is_none():
    from ingest.events.places import find_venues

    text = "ينطلق اليوم مهرجان القمح في نسخته الأولى بسوق الثلاثاء بمحافظة النماص."
    assert [text[a:b] for a, b in find_venues(text)] == ["سوق الثلاثاء"]
    text = "ويهدف الملتقى إلى ربط الخريجين بسوق العمل في المنطقة الشرقية."
    assert find_venues(text) == []


def test_a_town_said_with_its_country_is_where_the_event_is_held():
    # London names the institute whose rules are taught, nearer the workshop's name
    text = (
        "بدأت أمس الأحد ورشة عمل صياغة العقود الدولية وفقا لقواعد المعهد الدولي للتحكيم "
        "بلندن، والتي تعقدها الأكاديمية العربية للتدريب خلال الفترة من 2 إلى 5 مارس 2032 "
        "بمدريد في إسبانيا، بمشاركة ممثلي عشر دول عربية."
    )
    cards = extract_events("t", text, title="ورشة لصياغة العقود", published="2032-03-03")
    assert [(c.city, c.country) for c in cards] == [("مدريد", "ES")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech credited with "ل": the speaker, up to the role after the name
        ("وتخلل الحفل كلمة لسامي القحطاني نائب رئيس النادي تحدث فيها عن البرنامج.", "سامي القحطاني"),
        ("ثم كانت كلمة للدكتور فهد المطيري عضو اللجنة المنظمة.", "فهد المطيري"),
        # its audience, or a role whose holder is named later, is no speaker
        ("وألقى المحافظ كلمة للأهالي في حفل الافتتاح.", None),
        ("ثم كلمة لهم من المنظمين.", None),
        ("وكلمة لرئيس اللجنة خالد العمري.", None),
    ],
)  # fmt: skip
def test_who_gave_a_speech_credited_with_lam(text, expected):
    found = role_holder(
        [normalize("ألقى"), normalize("كلمة")], ["a"], {"a": text}.get, lambda w: False
    )
    assert (found.value if found else None) == expected


def test_a_deadline_is_asked_by_the_door_closing_and_read_after_it():
    # "متى يغلق باب المشاركات": when submissions close, not when the event is held; the
    # date is the one said after "إغلاق باب …"
    from assistant.events.reading import deadline_phrase

    for question in (
        "متى يغلق باب المشاركات في مؤتمر الباحثين الشباب؟",
        "متى إغلاق باب التسجيل في ملتقى الباحثين الشباب؟",
    ):
        q = parse_question(question, "ar")
        assert q is not None and q.field == "deadline", question
    texts = {
        "a": (
            "ودعت الجمعية الباحثين إلى تقديم أوراقهم العلمية قبل إغلاق باب المشاركات في "
            "الخامس من نوفمبر المقبل. ويعقد المؤتمر يومي 3 و4 ديسمبر."
        )
    }
    words = [normalize(w) for w in ("يغلق", "باب", "المشاركات", "مؤتمر", "الباحثين")]
    found = deadline_phrase(words, ["a"], texts.get)
    assert found is not None and found.value == "الخامس من نوفمبر المقبل"
