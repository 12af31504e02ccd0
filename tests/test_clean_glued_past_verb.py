"""A caption glued to the lead's past "أقام"/"أقامت" is put on its own line.

Invented leads in the style of Saudi news: "جانب من الاحتفالأقامت الجمعية حفل معايدة …". The
crawl glues a photo's caption to the first word of the article; the present "تقيم" and other
lead verbs were already split off, the past forms of the same verb were not, and the body that
held the event was then read as part of the caption's word.
"""

from __future__ import annotations

from ingest.clean import clean_article
from ingest.events.extract import extract_events


def test_the_caption_goes_on_its_own_line():
    assert clean_article("جانب من الاحتفالأقامت جمعية البر حفلا") == (
        "جانب من الاحتفال\nأقامت جمعية البر حفلا"
    )
    assert clean_article("هدايا الأطفالأقام نادي الحي حفلا") == "هدايا الأطفال\nأقام نادي الحي حفلا"


def test_the_verb_with_its_clitics_stays_whole():
    assert clean_article("وأقامت الجمعية حفلا") == "وأقامت الجمعية حفلا"


def test_the_body_that_held_it_is_the_organizer():
    text = clean_article(
        "جانب من الاحتفالأقامت جمعية البر الخيرية بالدلم حفل معايدة لأيتام المحافظة صباح أمس "
        "بحضور عدد من المسؤولين."
    )
    (card,) = extract_events("d", text, "جمعية البر تعايد أيتام الدلم", "2016-07-10")
    assert card.organizers == ["جمعية البر الخيرية بالدلم"]
