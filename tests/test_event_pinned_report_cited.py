"""The report a question pins by its number is cited for the event's field (from articles
nobody here tuned on).

A festival reported every day is one card of many articles; its town is cited from the first
three. "أين يقام مهرجان … الذي وردت إليه 584.376 طناً؟" asks about the day whose report writes
that number, and that report was not cited: the three citations were taken before it. A
report that writes a number the question states is now cited past the limit.
"""

from __future__ import annotations

from tests.conftest import service_over

_DAYS = [
    ("2015-08-05", "1100", "350.125"),
    ("2015-08-06", "1200", "401.250"),
    ("2015-08-07", "1300", "452.375"),
    ("2015-08-08", "1350", "584.376"),
]


def _report(n: int, day: str, cars: str, tonnes: str) -> dict:
    return {
        "id": f"dates-day-{n}",
        "title": f"حصيلة يوم في مهرجان عنيزة للرطب {n}",
        "date": day,
        "text": (
            f"بلغ عدد السيارات الواردة لسوق مهرجان عنيزة للرطب في محافظة عنيزة حتى مساء أمس "
            f"{cars} سيارة محملة بكميات تزن {tonnes} طناً من الرطب، وسط إقبال من المتسوقين.\n"
            "ويستمر مهرجان عنيزة للرطب حتى نهاية الشهر الجاري."
        ),
    }


def _tally(day: str, cars: str, tonnes: str) -> dict:
    """A day's tally alone: no event card is built from it."""
    return {
        "id": "dates-tally",
        "title": "أرقام السوق",
        "date": day,
        "text": (
            f"بلغ عدد السيارات الواردة لسوق مهرجان عنيزة للرطب حتى مساء أمس {cars} سيارة "
            f"محملة بكميات تزن {tonnes} طناً من الرطب."
        ),
    }


def test_the_report_with_the_number_asked_is_cited(tmp_path):
    reports = [_report(n, *day) for n, day in enumerate(_DAYS[:3], 1)] + [_tally(*_DAYS[3])]
    service = service_over(tmp_path, reports)
    answer = service.ask("أين يقام مهرجان عنيزة للرطب الذي وردت إليه 584.376 طناً من الرطب؟")
    assert not answer.refused, answer.answer
    (card,) = service.events()
    assert "dates-tally" not in card.sources
    assert "عنيزة" in (answer.short_answer or answer.answer)
    assert "dates-tally" in {c.doc_id for c in answer.citations}, answer.answer


def test_which_numbers_pin_a_report():
    from assistant.events.reading import pinning_numbers

    question = "كم طنا حملت 1467 سيارة و 194.792 كرتونا في مهرجان 1436 عام 2015"
    assert pinning_numbers(question.split(" ")) == frozenset({"1467", "194.792"})
