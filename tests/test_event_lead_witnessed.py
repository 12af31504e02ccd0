"""An Arabic lead whose event "witnesses" what the article reports: "يشهد مهرجان … رسم …".

Reports from inside a festival open with the festival as the subject of "يشهد/شهدت" ("يشهد
مهرجان جدة 36 …" and the day's attraction, "شهدت فعاليات مهرجان … إقبالا كبيرا"): the
article is the festival's report, though its headline tells the day's attraction. Such a
lead counted as no lead, and a festival the headline did not name stayed below the bar. The
verb now opens a lead as "ينطلق" and "اختتم" do. The sentences are invented.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def _names(title: str, text: str) -> list[str]:
    return [c.name for c in extract_events("doc", text, title=title, published="2031-02-05")]


def test_a_festival_witnessing_the_days_attraction_is_the_articles_event():
    text = (
        "يشهد مهرجان ينبع 52 «فرحتنا» تنظيم أكبر سباق للقوارب الشراعية بمشاركة 80 متسابقا "
        "في الواجهة البحرية بمحافظة ينبع. وقال المشرف على السباق إن المسابقة تختلف هذا "
        "العام في مساراتها. وأضاف أن المهرجان يستقبل زواره يوميا."
    )
    assert _names("80 قاربا في أكبر سباق شراعي على شاطئ البحر الأحمر", text) == ["مهرجان ينبع"]


def test_witnessing_later_in_the_text_is_no_lead():
    # (guard) the festival is the setting of a later sentence, not the lead's subject
    text = (
        "أعلنت جمعية الصيادين في المحافظة عن مسابقة لأكبر صيد في الموسم، وتستمر المسابقة "
        "أسبوعين. وقال رئيس الجمعية إن الجوائز قيمة. ويتزامن ذلك مع ما يشهد مهرجان ينبع من "
        "زوار في الواجهة البحرية."
    )
    assert "مهرجان ينبع" not in _names("جوائز لأكبر صيد في الموسم", text)


def test_the_second_of_two_events_the_lead_opens_on_is_led_too():
    # the ceremony is one night of the festival: both are what the lead opens on, and the
    # festival (the whole) is not outscored by the lead's first words alone
    text = (
        "شهدت فعاليات حفل الأهالي ومهرجان صيف تبوك في ثاني أيام العيد على مسرح الحديقة "
        "العامة بتبوك تفاعل الجمهور مع العروض المسرحية والألعاب النارية. وقدمت الفرق "
        "الشعبية عروضها وسط حضور كبير من الأهالي."
    )
    assert "مهرجان صيف تبوك" in _names("ألعاب نارية وعروض مسرحية في عيد تبوك", text)
