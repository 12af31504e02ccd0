"""An unquoted slogan ends before the verb whose subject is the event.

Invented sentences in the style of Saudi news. "تحت شعار X ينطلق مهرجان …": the slogan is said
first and the sentence goes on with the event starting; the slogan had taken the verb with it.
A verb inside a slogan that no event follows stays ("رحلتك تبدأ من هنا").
"""

from __future__ import annotations

from ingest.events.content import find_slogans


def _slogans(text: str) -> list[str]:
    return [f.text for f in find_slogans(text)]


def test_the_events_verb_ends_the_slogan():
    text = 'تحت شعار ملتقى الشعر والنغم الخليجي ينطلق "مهرجان نجوم البحر" في الأسبوع المقبل.'
    assert _slogans(text) == ["ملتقى الشعر والنغم الخليجي"]


def test_without_quotes():
    text = "وتحت شعار وطن يجمعنا تقام ندوة الشباب يوم الخميس."
    assert _slogans(text) == ["وطن يجمعنا"]


def test_a_verb_the_event_does_not_follow_stays_in_the_slogan():
    assert _slogans("تحت شعار رحلتك تبدأ من هنا أقيم المعرض.") == ["رحلتك تبدأ من هنا"]
