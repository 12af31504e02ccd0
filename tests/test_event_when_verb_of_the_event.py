"""The date a question's verb governs: said after the verb itself, the one the event's name
stands before (from articles nobody here tuned on; the sentences are invented).

"متى يقام معرض …؟" got "2030", the year in the exhibition's name: "القائمون" (the
organisers) shares its consonants with "يقام", so the date after it was taken. Only a verb
of happening is now the question's verb; of several, the one the event's name stands just
before ("… فعاليات «نماء» الذي يقام بين …"), not the gala dinner's.
"""

from __future__ import annotations

from assistant.events.reading import time_phrase

_AWARDS = (
    "وأعلن القائمون على جوائز «نماء 2030» أن باب الترشح يغلق في 15 من أغسطس المقبل، "
    "على أن يعلن الفائزون في حفل عشاء يقام في 3 ديسمبر، الليلة الأولى من فعاليات «نماء» "
    "الذي يقام بين 3 و6 ديسمبر 2030 في مركز المعارض."
)


def _when(text: str, words: str) -> str | None:
    found = time_phrase(words.split(), ["doc"], {"doc": text}.get, False)
    return found.value if found else None


def test_the_date_after_the_verb_the_events_name_stands_before():
    assert _when(_AWARDS, "يقام معرض نماء 2030") == "3 و6 ديسمبر 2030"


def test_a_word_sharing_the_verbs_consonants_is_no_verb():
    assert _when(_AWARDS, "يقام جوائز 2030") != "2030"
