"""A town's summer festival named without "مهرجان": "صيف عنيزة 36", "عيد وصيف الخرج".

Invented sentences in the style of Saudi news. The number after the name is the Hijri year
(1436), no edition; the season alone ("صيف هذا العام", "لزوار صيف أبها") and a festival that
is only the setting of the article's own story are no mention.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def test_a_summer_festival_by_its_town_and_year_makes_a_card():
    text = (
        "انطلقت مساء أمس فعاليات صيف بريدة 36 في منتزه الملك عبدالله بتنظيم من أمانة "
        "منطقة القصيم، وسط حضور كبير من الأهالي والزوار. وتتضمن الفعاليات عروضا مسرحية "
        "ومسابقات للأطفال وسوقا للأسر المنتجة."
    )
    cards = extract_events("d1", text, title="انطلاق صيف بريدة", published="2015-07-20")
    assert [(c.name, c.kind, c.edition, c.city) for c in cards] == [
        ("صيف بريدة 36", "festival", None, "بريدة")
    ]
    assert cards[0].start_date == "2015-07-19"


def test_a_festival_and_eid_by_a_two_word_town():
    assert _names("ضمن فعاليات عيد وصيف حفر الباطن 36 أقيمت أمسية شعرية") == [
        "عيد وصيف حفر الباطن 36"
    ]


def test_the_season_is_no_festival():
    assert _names("ودعا الأمين إلى العناية بالحدائق لزوار صيف أبها والمنطقة") == []
    assert _names("ويقضي كثيرون فعاليات صيف هذا العام في المصايف") == []
    assert _names("وتبقى فعاليات صيف بلادي حاضرة") == []


def test_a_festival_named_first_past_the_lead_is_the_setting_of_another_story():
    lead = "قدمت فرقة المسرح الوطني مساء أمس عرضا جديدا لقي حضورا كبيرا من الجمهور. " * 5
    assert _names(lead + "ويأتي العرض ضمن فعاليات صيف جدة 36.") == []
    assert _names("ضمن فعاليات صيف جدة 36 قدمت فرقة المسرح عرضا جديدا.") == ["صيف جدة 36"]


def test_a_festival_after_what_was_held_within_it_is_its_setting():
    text = "يصل الفريق اليوم لإقامة العروض الجوية يوم الخميس، ضمن فعاليات صيف الطائف 36."
    assert _names(text) == []


def test_the_bare_name_joins_the_festival_named_with_its_head():
    text = (
        "تشارك الجمعية في فعاليات مهرجان «صيف تبوك 36» بجناح تعريفي. وقال رئيس اللجنة "
        "إن فعاليات «صيف تبوك 36» متواصلة."
    )
    found = names.find_names(text)
    assert [(m.text, m.head) for m in found] == [
        ("مهرجان «صيف تبوك 36»", "مهرجان"),
        ("صيف تبوك 36", "مهرجان"),
    ]


def test_a_towns_eid_festival_by_its_name():
    assert _names("وانطلقت أمس فعاليات عيد الدمام في الواجهة البحرية") == ["عيد الدمام"]
    # Eid itself is no town's festival
    assert _names("وانطلقت أمس فعاليات عيد الفطر المبارك في الحدائق") == []


def test_a_town_the_gazetteer_lacks_counts_with_the_festivals_year():
    assert _names("شهدت فعاليات عيد طيبة 36 حضورا كبيرا") == ["عيد طيبة 36"]
    assert _names("شهدت فعاليات صيف طيبة حضورا كبيرا") == []
    assert _names("شهدت فعاليات عيد العام 36 حضورا كبيرا") == []


def test_a_festival_another_event_is_held_in_is_its_setting():
    text = "وقدمت الفرق عروضها ضمن مسابقة الأمانة للمسرح في احتفالات عيد طيبة 36."
    assert _names(text) == ["مسابقة الأمانة للمسرح"]


# a lead about the day's party, then the festival the title quotes («عيد حريملاء»: a town the
# gazetteer lacks), named past the lead
_TITLED = (
    "احتفل مركز حريملاء، الأحد الماضي، بعيد الفطر، بحضور رئيس المركز وعدد من المسؤولين "
    "والأهالي. وتضمن الحفل كلمات وقصائد وفقرات إنشادية، ورفع الحاضرون التهاني للقيادة "
    "بالمناسبة، وشاركت فيه فرق شعبية من المحافظات المجاورة وسط تفاعل الأطفال والأسر. ويذكر أن "
    'فعاليات "عيد حريملاء" بدأت يوم 29 رمضان في متنزه البلدة، وتضمنت مسابقات للأطفال.'
)


def test_the_festival_the_title_quotes_is_named_past_the_lead_and_without_a_known_town():
    title = "ألعاب شعبية في «عيد حريملاء»"
    assert "عيد حريملاء" not in _names(_TITLED)  # without the title: past the lead, no town
    assert "عيد حريملاء" in [m.text for m in names.find_names(_TITLED, title=title)]
    cards = extract_events("t1", _TITLED, title=title, published="2031-01-27")
    assert [c.name for c in cards] == ["عيد حريملاء"]


def test_a_title_quoting_the_feast_names_no_town_festival():
    text = 'احتفل الأهالي بـ"عيد الفطر" في الحدائق العامة وسط فرحة الأطفال.'
    assert names.find_names(text, title="الأهالي يحتفلون بـ«عيد الفطر»") == []
    assert names.find_names(text, title="فرحة «عيد سعيد» في الحدائق") == []


def test_under_a_title_quoting_it_the_season_is_still_no_festival():
    text = "أعلنت مؤسسة المهرجانات المنظمة لمفاجآت صيف دبي أسماء الفائزين ببرنامج التدريب."
    found = names.find_names(text, title="«صيف دبي» يختار طلابه")
    assert all("صيف دبي" not in m.text for m in found)
    assert names.find_names("فعاليات صيف وعيد في الواجهة", title="«صيف وعيد» في الخبر") == []


def test_the_titles_copy_at_the_end_of_the_text_is_not_the_festival_named_again():
    title = "مواطن يعترض على فقرة في «عيد حريملاء»"
    text = (
        "اعترض أحد المواطنين على مقدم فقرة كوميدية في الحديقة العامة مطالبا إياه بانتقاء "
        "كلامه أمام الأطفال، وتداول المغردون مقطع الفيديو على نطاق واسع خلال اليومين "
        "الماضيين، وطالب عدد منهم الجهات المعنية بمراجعة الفقرات قبل عرضها على الجمهور. "
        f"رابط الخبر بصحيفة الوئام: {title}"
    )
    assert all("حريملاء" not in m.text for m in names.find_names(text, title=title))
