"""The twenty-seventh round's rules, each on invented sentences in the style of the news it
comes from.

A lead that announces an event or its date ("أعلن رئيس النادي … عن موعد ملتقى …") opens on
that event, and the body whose head announces it organises it (its name ends before the head's
own name), as does one whose verb starts its proceedings after saying where and when ("بدأت
في مدينة … أمس أعمال الندوة …", the Maghreb "انطلقت أشغال"). A lead like these in the
article's first sentence also adds to the event's score; one after a full stop, in the
background of another story ("… . وعقدت القاهرة مؤتمراً في مارس"), does not. A foreign town
whose name is also a common word counts when its country's adjective follows it ("في ليل
الفرنسية"). A mention that only numbers a festival ("المهرجان العاشر") gives the edition of the
name said elsewhere in the article ("مهرجان الصفير"), and is not itself taken as the name.
"الماضي" after a weekday ("مساء الأربعاء الماضي فعاليات ملتقى …") says when the event opened,
not that the mention is of a past edition. A title said of a described event in a clause
about it names it, however far from its mention ("وحملت ورشة العمل التي عقدت … عنوان «…»",
"موضوع هذه الورشة التدريبية هو (…)"). A title after "محاضرة وورشة عمل" is the
workshop's as well as the lecture's, and "محاضرة" ends the name of the body that held them.
English "later in the week" is this week. A story told at an event ("وقال الرئيس في افتتاح
قمة …", "وقال مسؤولون خلال المؤتمر …") reports it, but not what someone said of it ("قال إن
بلاده ستشارك في …"); a quotation after a name that holds a sentence is what was said there,
not the event's title. A feminine nisba after a feminine ordinal goes on with the name
("القمة الخامسة العادية لاتحاد …").

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

from ingest.events.dates import find_dates
from ingest.events.names import find_names
from ingest.events.places import find_cities
from tests.conftest import event_cards, one_event_card

_ANNOUNCED = (
    "نادي حائل الأدبي يكرم رواد الكلمة\n"
    "أعلن رئيس نادي حائل الأدبي في اجتماع اللجنة الثقافية أمس عن موعد ملتقى الرواية "
    "والسيرة الذاتية الذي سيرعاه الأمير خالد بن سعود بن فهد خلال الفترة "
    "بين 12-14 صفر 1437هـ، بحضور عدد من الروائيين والنقاد من مختلف مناطق المملكة.\n"
    "وأشار إلى أن النادي سيكرم عددا من رواد الرواية في المنطقة خلال الملتقى."
)


def test_a_lead_that_announces_the_date_of_a_forum_reports_it() -> None:
    card = one_event_card(_ANNOUNCED, title="نادي حائل الأدبي يكرم رواد الكلمة")
    assert card.name == "ملتقى الرواية والسيرة الذاتية"
    assert card.start_date == "2015-11-24"
    assert card.patrons == ["الأمير خالد بن سعود بن فهد"]


def test_the_body_whose_head_announces_the_forum_organises_it() -> None:
    card = one_event_card(_ANNOUNCED, title="نادي حائل الأدبي يكرم رواد الكلمة")
    assert card.organizers == ["نادي حائل الأدبي"]
    text = _ANNOUNCED.replace("نادي حائل الأدبي في", "النادي الأدبي بحائل سالم العنزي في")
    assert one_event_card(text, title="أدبي حائل يكرم رواد الكلمة").organizers == [
        "النادي الأدبي بحائل"
    ]


_STARTED = (
    "المملكة تدعو إلى احترام المقدسات في الإعلام\n"
    "انطلقت في ليل الفرنسية أمس أشغال الندوة الدولية حول صورة الأديان والمقدسات في الإعلام "
    "بمشاركة باحثين من 12 دولة ومنظمات دولية عدة.\n"
    "وقال ممثل المملكة في كلمته أمام الندوة إن حرية التعبير لا تعني الإساءة إلى الأديان ورموزها، "
    "داعيا وسائل الإعلام إلى ميثاق يحفظ حرمة المقدسات."
)


def test_a_lead_that_starts_the_proceedings_after_where_and_when_reports_the_symposium() -> None:
    card = one_event_card(_STARTED, title="المملكة تدعو إلى احترام المقدسات في الإعلام")
    assert card.name == "الندوة الدولية حول صورة الأديان والمقدسات"
    assert (card.city, card.country) == ("ليل", "FR")
    assert card.start_date == "2016-03-09"


def test_a_town_named_by_a_common_word_counts_with_its_countrys_adjective() -> None:
    found = find_cities("انطلقت في ليل الفرنسية أمس أشغال الندوة")
    assert [(c.text, c.code) for c in found] == [("ليل", "FR")]


def test_the_common_word_alone_is_no_town() -> None:
    assert find_cities("سهر الحراس في ليل طويل حتى الفجر") == []


_BACKGROUND = (
    "مصر: نصف مذكرات التفاهم تحولت إلى عقود\n"
    "أعلن وزير الاستثمار أمس أن نصف الاتفاقات الموقعة مع المستثمرين تحولت إلى عقود بدأ "
    "تنفيذها.\n"
    "وعقدت القاهرة مؤتمرا اقتصاديا بمشاركة وفود من 50 دولة في منتجع شرم الشيخ في مارس الماضي "
    "وأعلنت فيه توقيع عقود بقيمة كبيرة مع مستثمرين عرب وأجانب.\n"
    "وأضاف أن معظم العقود في مشاريع الطاقة والإسكان."
)


def test_a_conference_held_months_ago_in_the_second_sentence_makes_no_card() -> None:
    assert event_cards(_BACKGROUND, title="مصر: نصف مذكرات التفاهم تحولت إلى عقود") == []


_NUMBERED = (
    "قرية جبلية تتخاطب بالصفير منذ قرون\n"
    "نظم أهالي قرية «تل الطيور» في ولاية طرابزون التركية، المهرجان العاشر، لـ «الصفير»، "
    "بهدف إحياء تقليد التخاطب بالصفير ونقله إلى الأجيال الشابة.\n"
    "وخلال المهرجان تبادل الأهالي الرسائل بالصفير من تلة إلى أخرى، وغنوا أغاني تراثية.\n"
    "وتنظم جمعية القرية الثقافية مهرجان الصفير كل صيف لتعريف السياح بالتقليد."
)


def test_a_mention_that_only_numbers_the_festival_gives_the_named_festival_its_edition() -> None:
    card = one_event_card(_NUMBERED, title="قرية جبلية تتخاطب بالصفير منذ قرون")
    assert card.name == "مهرجان الصفير"
    assert card.edition == 10


_LAST_WEDNESDAY = (
    "أدباء من عشرين دولة يزورون المدن الفلسطينية\n"
    "تحت شعار «الثقافة جسر»، انطلقت مساء الأربعاء الماضي فعاليات ملتقى الأدب الفلسطيني "
    "السابع، الذي نظمته رابطة الكتاب الفلسطينيين، بحفل في قاعة بلدية البيرة.\n"
    "وزار المشاركون في الملتقى ثماني مدن، والتقوا بالكتاب الشباب فيها.\n"
    "وأكد رئيس الرابطة أن التراث الثقافي مكون أصيل للملتقى الأدبي التربوي الفلسطيني بطبعاته "
    "كلها."
)


def test_last_wednesday_before_a_name_is_when_it_opened_not_a_past_edition() -> None:
    card = one_event_card(_LAST_WEDNESDAY, title="أدباء من عشرين دولة يزورون المدن الفلسطينية")
    assert card.name == "ملتقى الأدب الفلسطيني السابع"
    assert (card.edition, card.start_date) == (7, "2016-03-09")


_TOPIC_IS = (
    "وزير العمل يرعى ورشة عن حقوق الصم\n"
    "يرعى وزير التنمية بعد غد ورشة العمل التدريبية التي يقيمها الاتحاد العربي للصم في "
    "فندق النخيل بالرياض، وتستمر ثلاثة أيام بمشاركة جمعيات من 12 دولة.\n"
    "وأوضح رئيس الاتحاد أن الورشة تأتي ضمن برامج بناء القدرات، وقال إن موضوع هذه الورشة "
    "التدريبية هو (الحقوق والتمكين لجمعيات الصم). وذكر أن الورشة تختتم بتوصيات."
)


def test_the_topic_said_of_a_described_workshop_names_it() -> None:
    card = one_event_card(_TOPIC_IS, title="وزير العمل يرعى ورشة عن حقوق الصم")
    assert card.name == "الحقوق والتمكين لجمعيات الصم"
    assert card.venue == "فندق النخيل"


_BORE_TITLE = (
    "ورشة عمل سياحية في الطائف\n"
    "نظمت إدارة المهرجان أول من أمس ورشة العمل الاستشارية مع الأكاديميين.\n"
    "وحملت ورشة العمل التي عقدت في قاعة كلية السياحة بجامعة الطائف عنوان «الموسم السياحي.. "
    "الفرص والتحديات»، وشارك فيها عميد الكلية ورؤساء الأقسام."
)


def test_a_title_the_workshop_bore_names_it_however_far_from_its_mention() -> None:
    card = one_event_card(_BORE_TITLE, title="ورشة عمل سياحية في الطائف")
    assert card.name == "الموسم السياحي.. الفرص والتحديات"


def test_later_in_the_week_is_this_week_resolved_against_the_publication_date() -> None:
    text = "Leaders will meet at a summit in Brussels later in the week."
    found = find_dates(text, "2005-03-10")
    assert [(d.text, d.start_date, d.end_date) for d in found] == [
        ("later in the week", "2005-03-07", "2005-03-13")
    ]
    assert [d.resolution for d in find_dates(text, None)] == [
        "unresolved: relative date and no publication date"
    ]


_LECTURE_AND_WORKSHOP = (
    "مستشفى العلا يقيم ورشة عمل\n"
    "أقام مستشفى محافظة العلا محاضرة وورشة عمل بعنوان (الإسعاف في حوادث الطرق)، وذلك "
    "لمنسوبي قسم الطوارئ، بقاعة التدريب بالمستشفى، وقدمها استشاري الطوارئ بالمستشفى.\n"
    "وتناولت الورشة طرق نقل المصابين."
)


def test_a_title_after_a_lecture_and_a_workshop_names_the_workshop() -> None:
    card = one_event_card(_LECTURE_AND_WORKSHOP, title="مستشفى العلا يقيم ورشة عمل")
    assert card.name == "الإسعاف في حوادث الطرق"
    assert "مستشفى محافظة العلا" in card.organizers
    assert not any("محاضرة" in body for body in card.organizers)


_SAID_AT = (
    "الرئيس: القارة تتقدم بثبات\n"
    "بدأ الرئيس الفرنسي أمس زيارة إلى السنغال تستمر يومين.\n"
    "وقال الرئيس في افتتاح قمة عالمية حول الطاقة المتجددة في العاصمة السنغالية داكار: "
    "«جئت لأن أفريقيا تتقدم. القارة من أسرع مناطق العالم نموا»، مضيفا أن الشباب يقودون "
    "التغيير.\n"
    "وحضر القمة مئات من رجال الأعمال والمسؤولين، وتناقش جلساتها تمويل مشاريع الشباب بمشاركة "
    "وفود من 40 دولة."
)


def test_a_story_told_at_the_opening_of_a_summit_reports_it() -> None:
    card = one_event_card(_SAID_AT, title="الرئيس: القارة تتقدم بثبات")
    assert card.name == "قمة عالمية حول الطاقة المتجددة"
    assert card.country == "SN"


def test_what_was_said_of_a_summit_does_not_report_it() -> None:
    text = _SAID_AT.replace(
        "وقال الرئيس في افتتاح قمة", "وقال الرئيس إن وزيره سيتحدث خلال افتتاح قمة"
    )
    assert event_cards(text, title="الرئيس: القارة تتقدم بثبات") == []


def test_a_quotation_holding_a_sentence_is_no_part_of_the_name() -> None:
    text = 'وقال الوزير في افتتاح ملتقى الاستثمار الزراعي "جئنا لنبني. الزراعة مستقبلنا" أمس.'
    assert [m.text for m in find_names(text)] == ["ملتقى الاستثمار الزراعي"]
    text = 'وافتتح الوزير معرض "النخلة.. ذاكرة المكان" أمس.'
    assert [m.text for m in find_names(text)] == ['معرض "النخلة.. ذاكرة المكان"']


def test_a_feminine_adjective_after_a_feminine_ordinal_goes_on_with_the_name() -> None:
    text = "ويشارك الوفد في أعمال القمة الخامسة العادية لاتحاد دول الساحل التي تبدأ اليوم."
    assert [(m.text, m.edition) for m in find_names(text)] == [
        ("القمة الخامسة العادية لاتحاد دول الساحل", 5)
    ]
    # a body after the ordinal is the sentence's subject, not an adjective
    text = "وكانت الندوة الثانية الجمعية تنظمها كل عام."
    assert [m.text for m in find_names(text)] == ["الندوة الثانية"]
