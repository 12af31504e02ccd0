"""A body named right before the event's quoted name does not keep the opening quote.

Invented sentences in the style of Saudi news. "تنظم الوزارة بالتعاون مع فرع الوزارة بمنطقة تبوك
«دورة توعوية للمراقبين»": the partner's phrase ran up to the quotation and kept its opening mark
("فرع الوزارة بمنطقة تبوك «"). Spans are now trimmed of a quote opened at their end; a quote
they close stays ("جمعية "البر"").
"""

from __future__ import annotations

from ingest.events.bodies import find_bodies
from ingest.events.spans import trim


def _bodies(text: str) -> list[str]:
    return [b.text for b in find_bodies(text)]


def test_a_partner_before_a_quoted_name():
    text = (
        "تنظم الوزارة بالتعاون مع فرع الوزارة بمنطقة تبوك «دورة توعوية للمراقبين»، في إطار الدورات."
    )
    assert _bodies(text) == ["فرع الوزارة بمنطقة تبوك"]


def test_a_plain_double_quote_opened_at_the_end():
    text = 'تنظم الوزارة بالتعاون مع جمعية البر الخيرية "دورة توعوية للمراقبين"، في إطار الدورات.'
    assert _bodies(text) == ["جمعية البر الخيرية"]


def test_a_closed_quote_stays():
    text = 'جمعية "البر" "'
    assert text[slice(*trim(text, 0, len(text)))] == 'جمعية "البر"'
    text = "معرض «صنع في تبوك» «"
    assert text[slice(*trim(text, 0, len(text)))] == "معرض «صنع في تبوك»"


def test_marks_written_the_other_way_round_stay_paired():
    text = "معرض ” رام عسير 2014 “"
    assert text[slice(*trim(text, 0, len(text)))] == text
