"""A body's name ends before the occasion it holds its events at (from articles nobody here
tuned on; the sentences are invented).

"من نظم فعاليات عيد طيبة …؟" was answered "أمانة المدينة بعيد طيبة 36هـ": the body's name
ran on over "بعيد …" (at the Eid of …). "بعيد" and "بمناسبة" now end it, as "بمنتزه" (where
it holds them) does; "لجنة المتطوعين بمهرجان …" stays the festival's own committee.
"""

from __future__ import annotations

from ingest.events.bodies import find_bodies


def test_the_body_ends_before_the_occasion():
    text = "وذلك من خلال الفعاليات التي تنظمها بلدية ينبع بعيد الساحل 36هـ وسط إقبال كبير."
    assert [b.text for b in find_bodies(text)] == ["بلدية ينبع"]


def test_a_body_whose_name_goes_on_with_b_keeps_it():
    text = "وتنظم المهرجان الغرفة التجارية الصناعية بجدة بالتعاون مع الأمانة."
    assert "الغرفة التجارية الصناعية بجدة" in [b.text for b in find_bodies(text)]
