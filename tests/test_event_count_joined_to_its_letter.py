"""A count with a preposition or "and" written onto its digits ("بـ24 لاعبا", "و30 مدربا") is
the same count as one written apart, when another report is searched for it.

Two papers printed one count, one as "بـ 24 لاعبا", the other as "بـ24 لاعبا"; the answer
read the count from the first and did not cite the second, whose "بـ24" was read as no number
at all. It is now read as the number, and quoted without the letter. The sentences are
invented for this test.
"""

from __future__ import annotations

import pytest

from assistant.events.reading import same_count


@pytest.mark.parametrize(
    ("written", "value", "quoted"),
    [
        ("تشارك المملكة بـ24 لاعبا", "24 لاعبا", "24 لاعبا"),
        ("تشارك المملكة ب24 لاعبا", "24 لاعبا", "24 لاعبا"),
        ("ومعهم و30 مدربا", "30 مدربا", "30 مدربا"),
        ("يمتد لـ10 أيام", "10 أيام", "10 أيام"),
        ("تخطى الـ1500 مشاهد", "1500 مشاهد", "1500 مشاهد"),
    ],
)
def test_a_count_is_read_with_the_letter_written_onto_it(written, value, quoted):
    span = same_count(written, value, lambda _word: True)
    assert span is not None and written[span[0] : span[1]] == quoted
