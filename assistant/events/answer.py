"""Answers from event cards: the short answer, then the article's sentence that states it, cited.

`CardAnswerer.answer` returns None whenever the cards cannot answer (not a card question, no
card named, the card lacks the field), and the service then answers from retrieval as before.
Field answers lead with the value (rendered in the question's language) and quote the
evidence sentence; list, count, comparison and edition answers give one line per event, each
with the citations of the sentences its values come from. Nothing is stated without evidence:
a value whose article is gone from the store is left out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial

from assistant.base import Turn
from assistant.events import render as r
from assistant.events.cite import (
    ArticleLike,
    ArticleLookup,
    CitationBook,
    sentence_span,
    word_window,
)
from assistant.events.match import (
    GENERIC_WORDS,
    MIN_COVER,
    QuestionWords,
    card_name_keys,
    card_place_keys,
    held_in_places,
    name_cover,
    names_places,
    names_what_no_card_holds,
    own_name_words,
    place_filter,
    question_words,
    quoted_elsewhere,
    rank_cards,
    titled_cards,
    topic_filter,
    word_forms,
    word_keys,
    words_held,
)
from assistant.events.questions import (
    AREA,
    COMPARE,
    COUNT,
    EDITIONS,
    FIELD,
    LIST,
    WHAT_ABOUT,
    EventQuestion,
    asked_time,
    called_otherwise,
    content_words,
    event_noun,
    free_role,
    is_event_noun,
    is_plural_event,
    kinds_asked,
    mentions_an_activity,
    names_an_activity,
    part_asked,
    part_words,
    what_asked,
    what_asked_en,
)
from assistant.events.questions import parse_question as parse
from assistant.events.reading import (
    ArticleText,
    Found,
    area_of,
    count_of,
    counted,
    deadline_phrase,
    duration_phrase,
    held_within,
    hour_phrase,
    opener,
    organizer_phrase,
    pinning_numbers,
    referred_back,
    requested_by,
    role_holder,
    said_with_event,
    same_count,
    same_day,
    same_length_elsewhere,
    same_word,
    sentence_about,
    sentence_at,
    states_pin,
    time_phrase,
    town_phrase,
    venue_phrase,
    with_its_town,
)
from assistant.events.yesno import Claim, read_claim, verdict
from assistant.offline.followup import is_followup
from assistant.offline.messages import LEAD_SEPARATOR, answer_text, message
from assistant.support import to_ascii_digits
from assistant.types import Answer
from ingest.events.card import EventCard, Evidence, Figure
from ingest.events.dates import find_dates, named_months
from ingest.events.extract import read_events
from ingest.events.llm_extract import locate
from ingest.events.names import (
    ARABIC_ORDINALS,
    EN_KINDS,
    ORDINAL_WORDS,
    editions_stated,
    head_of,
    of_another_edition,
    ordinal_at,
)
from ingest.events.places import saudi_regions
from ingest.events.spans import tokens, word_set
from language.analyzer import STOPWORDS, detect_language, normalize, tokenize
from language.gazetteer import translate_terms
from language.sentences import split_sentences

# "وماذا عن بركان؟", "what about Casablanca?": the previous question, of another event
# what a sum of money is asked as ("كم تبلغ جائزة …", "كم تكلفة …"), and its currencies
_MONEY = frozenset(
    normalize(w) for w in ("جائزة", "الجائزة", "جوائز", "قيمة", "تكلفة", "كلفة", "ميزانية", "مبلغ")
)
_CURRENCIES = tuple(normalize(w) for w in ("ريال", "دولار", "درهم", "دينار", "جنيه", "يورو"))
LOOSE_COVER = 0.3  # a comparison, or a question naming an edition, may name the series loosely
TIE = 0.05  # cards whose match is this close to the best are equally named by the question
MAX_LINES = 20  # events listed in one answer
READ_ARTICLES = 4  # articles read for a person, a number or a date the cards lack
READ_FIELDS = (
    *("person", "opener", "figure", "date", "place", "stage", "moment", "deadline", "hour"),
    "request",
    *("duration", "parent", "organizers"),
)
# what a card lacks that is read as the sentence saying what the question says: free text
# (a value with a form of its own, an edition or a city, is left to the passages)
SENTENCE_FIELDS = ("slogan", "topics", "outcomes")
# what an article reports of an event the ingest gate left out, read at question time
UNGATED_FIELDS = ("place", "city", "country", "organizers", "patrons", "slogan", "edition")
_OPENED = re.compile(r"افتتح|يفتتح|دشن|opened|inaugurat", re.I)
_EN_ORDINALS = {
    w: i
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ],
        1,
    )
}


@dataclass
class _Line:
    text: str
    markers: list[int]


@dataclass
class CardReply:
    """The cards' answer, or, when they name the event but lack what was asked, the
    articles of that event (retrieval then answers from those, not from another event)."""

    answer: Answer | None = None
    sources: list[str] = field(default_factory=list)
    # the question as its event's articles are read: without the words that name the event
    reading: str | None = None


class CardAnswerer:
    """Answers questions about events from their cards (see the module docstring)."""

    mode = "offline"

    def __init__(self, articles: ArticleLookup, today: Callable[[], date] = date.today):
        self.articles = articles
        self.today = today

    def parse(
        self,
        question: str,
        lang: str,
        cards: Sequence[EventCard] = (),
        history: Sequence[Turn] = (),
    ) -> EventQuestion | None:
        """The question's reading; a list only when no card named in full by it has a
        plural for its head ("متى تختتم مهرجانات بيت الدين" asks one event's end). "وماذا عن
        بركان؟" after a field question asks that field of what it names."""
        q = parse(question, lang, self.today(), _names_a_plural_card(question, cards))
        if q is not None or not history or not WHAT_ABOUT.match(question):
            return q
        before = history[-1].question
        prev = self.parse(before, detect_language(before), (), history[:-1])  # a chain of them
        if prev is None or prev.intent != FIELD:
            return None
        # the field of the turn before; the edition, the year and the event of this one
        year, month, _ = asked_time(question, lang, self.today())
        text = normalize(question) if lang != "en" else question.lower()
        # and the kind of event it was about: "وماذا عن بركان؟" after "متى ملتقى الدار البيضاء؟"
        # asks about a forum of Berkane
        kind = (
            [t for t in prev.text.split() if _event_word(t, prev.lang)] if lang == prev.lang else []
        )
        text = " ".join([text, *kind])
        return dataclasses.replace(prev, lang=lang, year=year, month=month, text=text, rest=text)

    def matching(
        self, question: str, lang: str, cards: Sequence[EventCard], history: Sequence[Turn] = ()
    ) -> list[EventCard]:
        """The cards a question is about (for the LLM prompt): named ones, or the previous
        turn's event for a follow-up."""
        if not cards:
            return []
        qwords = question_words(question, lang, cards)
        ranked = rank_cards(qwords, cards)
        if ranked:
            best = ranked[0][1]
            return [c for c, cover in ranked if cover >= best - TIE][:5]
        return self._carried(question, qwords, cards, list(history))

    def answer(
        self,
        question: str,
        lang: str,
        cards: Sequence[EventCard],
        history: Sequence[Turn] = (),
        retrieved: Collection[str] | None = None,
    ) -> Answer | None:
        """A cited answer from the cards, or None to let retrieval answer (see `reply`)."""
        return self.reply(question, lang, cards, history, retrieved).answer

    def reply(
        self,
        question: str,
        lang: str,
        cards: Sequence[EventCard],
        history: Sequence[Turn] = (),
        retrieved: Collection[str] | None = None,
    ) -> CardReply:
        """A cited answer from the cards; else the articles of the one event the question
        names, when it names one; else nothing, and retrieval answers as before.

        `retrieved` (the doc ids retrieval found for the question) narrows a question about
        one event to the events of those articles: retrieval is good at finding the article,
        the card at finding the field in it, and a card of an article retrieval did not find
        is more often a namesake than the event asked about, unless the question names it
        with its place and no other card fits (`_placed`). A field of an event no card names
        is read from the top retrieved articles without the ingest gate (`_ungated_lines`).
        """
        claim = read_claim(question, lang, self.today())
        if claim is not None:  # "هل يقام ملتقى بركان في تونس؟"
            return self._yes_or_no(claim, question, lang, cards, history, retrieved)
        q = self.parse(question, lang, cards, history)
        if not cards and not _read_at_question_time(q, question, lang):
            return CardReply()  # no card, and nothing an article is read for at question time
        # "أين يقام ملتقى القافلة هذا العام؟" when the articles report only an earlier year's:
        # that year's answer, said to be of that year, rather than nothing
        q, stale = self._stale_year(q, question, lang, cards, retrieved)
        if retrieved is not None and self._not_held(q, question, lang, cards, retrieved):
            # "متى يعقد مؤتمر المدن الذكية في اليابان؟", "… ملتقى بركان 2030؟": the sentence
            # picker would give the Bahrain summit's days, the card the 2025 forum's
            return CardReply(self._refusal(question, lang))
        # "وماذا عن بركان؟": retrieval searched with the turn before's words, of another event
        switched = bool(history) and WHAT_ABOUT.match(question) is not None
        named = _of_articles(cards, None if switched else retrieved)
        if q is None:  # no field asked for: the event named still tells where to read
            return self._no_field(question, lang, cards, named, retrieved)
        # "من ألقى الكلمة الرئيسية في معرض …": the role asked about names no event
        named_by = _without_role((q.rest or question).split(), q.role)
        qwords = question_words(named_by, lang, cards, q.rest or question)
        book = CitationBook(self.articles)
        if q.intent == FIELD:
            reply = self._one_field(q, question, qwords, (named, cards), history, retrieved, book)
            return _of_another_year(reply, stale, cards, q.lang) if stale else reply
        chosen, lines, short = self._many(q, qwords, cards, book)
        one = self._one_of_many(q, question, lang) if not lines else None
        if one is not None:
            # "من ينظم الدورات التدريبية في غرفة أبها؟": no list of events answers; the field
            # of the courses the question names may
            reply = self._one_field(one, question, qwords, (named, cards), history, retrieved, book)
            return _of_another_year(reply, stale, cards, lang) if stale else reply
        if not lines:
            nothing = self._nothing_upcoming(question, q, cards, book)
            if (
                nothing is None
                and q.intent in (LIST, COUNT)
                and (qwords.places or q.year or q.month)
                and not names_what_no_card_holds(qwords, cards)
            ):
                # "which summits are held in Japan?": no event of the library is held there or
                # then. Retrieval would answer with any sentence naming Japan. A question naming
                # what no card knows is left to retrieval: "كم عدد الفعاليات التي نظمها مركز …
                # في أبها؟" is answered by the report of the centre's events, which has no card.
                nothing = self._refusal(question, lang)
            return CardReply(nothing)
        return CardReply(self._compose(question, lang, lines, chosen, book, short=short))

    def _one_of_many(self, q: EventQuestion, question: str, lang: str) -> EventQuestion | None:
        """The field question a list question asking a field ("من ينظم …", "أين تقام …") is
        when no list answers it, or None."""
        if q.intent != LIST or q.field is None:
            return None
        one = parse(question, lang, self.today(), True)
        return one if one is not None and one.intent == FIELD else None

    def _yes_or_no(
        self,
        claim: Claim,
        question: str,
        lang: str,
        cards: Sequence[EventCard],
        history: Sequence[Turn],
        retrieved: Collection[str] | None,
    ) -> CardReply:
        """The where/when answer of the event a yes/no question names, led by yes or no when
        its card tells (`yesno.py`)."""
        reply = self.reply(claim.asked, lang, cards, history, retrieved)
        answer = reply.answer
        if answer is None or answer.refused or len(answer.event_ids) != 1:
            return reply
        card = next((c for c in cards if c.event_id == answer.event_ids[0]), None)
        said = verdict(claim, card, lang) if card is not None else None
        if said is not None:
            answer.answer = f"**{said}**{LEAD_SEPARATOR}{answer.answer}"
            lead = answer.short_answer
            answer.short_answer = f"{said}{LEAD_SEPARATOR}{lead}" if lead else said
        answer.question = question
        return reply

    def _one_field(
        self,
        q: EventQuestion,
        question: str,
        qwords: QuestionWords,
        pools: tuple[Sequence[EventCard], Sequence[EventCard]],
        history: Sequence[Turn],
        retrieved: Collection[str] | None,
        book: CitationBook,
    ) -> CardReply:
        """A field of the one event the question names: from its card, else read from its
        articles; `pools` holds the cards of the retrieved articles and every card."""
        cards = pools[1]
        chosen, retrieved, outworded = self._chosen(
            q, question, qwords, pools, history, retrieved, book
        )
        whole = [c for c in chosen if _says_whole_name(q.rest or question, qwords, c)]
        if len(chosen) > 1 and whole:
            chosen = whole  # "مهرجان «عيدية»", not "مهرجان شرط العيد", for "مهرجان عيدية"
        # an article that is the own of another edition's card (the 2025 forum's, which
        # recalls the 2024 symposium) tells of that event: not read for this one (the fifth
        # Bahrain summit's speakers are not the third Jeddah day's)
        others = _told_apart(chosen, cards, by_town=False)
        retrieved = [d for d in retrieved or [] if d not in others]
        # "أين يقام السيرك … ضمن مهرجان …": the part's venue, before the card's own
        lines = self._part_lines(q, qwords, chosen, retrieved, book)
        lines = lines or self._head_count_lines(q, qwords, chosen, retrieved, book)
        lines = lines or self._field_lines(q, chosen, book, retrieved)
        if len(lines) > 1 and retrieved and _one_event_reported_twice(chosen):
            # two reports of one event under two names ("مهرجان حفر الباطن", "مهرجان عيد وصيف
            # حفر الباطن") that state the field differently: the article retrieval ranked
            # first for the question is the one asked about
            chosen = [_first_retrieved(chosen, retrieved)]
            book = CitationBook(self.articles)  # the other card's citations are not this answer's
            lines = self._field_lines(q, chosen, book, retrieved)
        if (
            not lines
            and q.field in READ_FIELDS
            and (chosen or outworded or mentions_an_activity(question))
        ):
            lines = self._read_or_dates(q, qwords, chosen, retrieved, book)
        if not lines and chosen and q.field in SENTENCE_FIELDS:
            # "على بحث أي موضوع يركز المؤتمر…" of an event whose card has no theme: the
            # sentence of its articles that says what the question says
            docs = self._read_docs(chosen, retrieved, qwords, book)
            read = self._read_what(question, q.lang, chosen, docs)
            if read is not None:
                read.event_ids = [c.event_id for c in chosen]  # what a follow-up asks about
                return CardReply(read, sources=_sources(chosen))
        if not lines:
            lines = self._unplaced_lines(q, question, qwords, (chosen, cards), retrieved, book)
        if len(lines) > 1 and len(whole) == len(chosen):
            # namesakes the question does not tell apart ("مهرجان عيدية" of three towns, the
            # two Berkane editions): each with its value and citations, for the reader to choose
            return CardReply(self._compose(question, q.lang, lines, chosen, book))
        if len(lines) != 1:  # none, or events named only in part
            rivals = retrieved if outworded else []
            return (
                CardReply()
                if lines
                else self._unread(q, question, qwords, (chosen, cards), rivals, retrieved)
            )
        # nor, to corroborate its value, that of another town's (an exhibition of Khamis
        # Mushait that an Abha festival's article also reports may state another venue)
        elsewhere = _told_apart(chosen, cards)
        docs = [d for d in self._read_docs(chosen, retrieved, qwords, book) if d not in elsewhere]
        # "… الذي وردت إليه 584.376 طناً؟": the report stating the question's number is the
        # one asked about, cited first among those that corroborate
        pinned = self._pinned(q, [*docs, *(retrieved or [])], book)
        ordered = [*pinned, *(d for d in docs if d not in pinned)]
        line = self._corroborated(lines[0], q, chosen, ordered, book, pinned)
        line = _with_region(line, q, chosen, book)
        disputed = _disputed(q, chosen[0], book) if len(chosen) == 1 else None
        answer = self._compose(question, q.lang, [line], chosen[:1], book, lead=True)
        if disputed:
            answer.answer += "\n\n" + disputed
        return CardReply(answer)

    def _unplaced_lines(
        self,
        q: EventQuestion,
        question: str,
        qwords: QuestionWords,
        pools: tuple[Sequence[EventCard], Sequence[EventCard]],
        retrieved: list[str],
        book: CitationBook,
    ) -> list[_Line]:
        """The field of an event no card answers for: read without the ingest gate when no
        card names it; a town from the sentence most like the question."""
        chosen, cards = pools
        lines: list[_Line] = []
        if not chosen and _ungated(q, question):
            # no card names it: the event may be one the ingest gate left out, reported
            # by an article retrieval found (those naming every place the question names)
            docs = self._read_docs([], retrieved, qwords, book)
            # "أين عقدت النسخة الرابعة من القمة؟": the article of the fifth summit's card
            # reports the fifth, whatever it recalls of the fourth
            others = set(_sources(_named_other_editions(q, qwords, cards)))
            docs = [d for d in docs if d not in others]
            lines = self._ungated_lines(q, qwords, docs, book)
        if not lines and q.field == "city" and (chosen or mentions_an_activity(question)):
            # "في أي محافظة أقيم حفل تكريم …": neither a card nor the ungated reading places
            # it; the town said in the sentence most like the question does
            lines = self._read_or_dates(q, qwords, list(chosen), retrieved, book)
        return lines

    def _chosen(
        self,
        q: EventQuestion,
        question: str,
        qwords: QuestionWords,
        pools: tuple[Sequence[EventCard], Sequence[EventCard]],
        history: Sequence[Turn],
        retrieved: Collection[str] | None,
        book: CitationBook,
    ) -> tuple[list[EventCard], list[str], bool]:
        """The cards the question names, the articles to read (in retrieval's order) and
        whether another report retrieval found outworded the cards' own (`_outworded`)."""
        named, cards = pools
        chosen = self._named(q, qwords, named, cards, list(history), question)
        order = list(dict.fromkeys(retrieved or []))
        # "… الذي حضره محافظ الأسياح سليمان البحيري؟": a card named by the words every Eid
        # report writes is not the event asked about when another report retrieval found
        # holds the question's own rare words; those reports alone are read instead
        rivals = _outworded(q.rest or question, chosen, order, book, _placed_words(question))
        if rivals:
            return [], rivals, True
        # "أين أقامت وزارة الإسكان حفل المعايدة؟": of many Eid parties, the one whose report
        # writes the body the question names
        host = _attested(qwords.host, _sources(chosen), order, book)
        if not host or not chosen:
            return chosen, order, False
        hosting = [c for c in chosen if any(_holds(book, d, host) for d in c.sources)]
        if hosting:
            return hosting, order, False
        rivals = [d for d in order[:_RIVAL_POOL] if _writes(book, d, host)]
        if rivals:
            return [], rivals, True
        return chosen, order, False

    @staticmethod
    def _pinned(q: EventQuestion, docs: Sequence[str], book: CitationBook) -> list[str]:
        """The reports among `docs` that write a number the question pins."""
        pins = pinning_numbers(q.text.split())
        if not pins:
            return []
        return [
            d
            for d in dict.fromkeys(docs)
            if (a := book.article(d)) is not None and states_pin(a.text, pins)
        ]

    def _unread(
        self,
        q: EventQuestion,
        question: str,
        qwords: QuestionWords,
        pools: tuple[Sequence[EventCard], Sequence[EventCard]],
        rivals: Sequence[str] = (),
        retrieved: Sequence[str] = (),
    ) -> CardReply:
        """No value found: the chosen events' articles to read, or a refusal for an edition
        the articles recall but do not say this of ("أين عقدت النسخة الرابعة …": any sentence
        retrieval would give is another edition's); the reports that outworded a card
        (`rivals`) when they are the event's. Another report retrieval ranked first that
        states the edition asked about ("في اللقاء الثالث …") is read rather than refused:
        its event may have no card."""
        chosen, cards = pools
        named = _named_other_editions(q, qwords, cards) if not chosen else []
        if named:
            # (not the named events' own reports: they recall the edition, and what they
            # say is of their own)
            own = set(_sources(named))
            stating = [
                d
                for d in _first_reports(retrieved)
                if d not in own and self._edition_stated(q, [d])
            ]
            if stating:
                return CardReply(sources=stating, reading=question)
            return CardReply(self._refusal(question, q.lang))
        if rivals:
            return CardReply(sources=list(rivals), reading=question)
        return CardReply(sources=_sources(chosen), reading=without_names(question, chosen))

    def _not_held(
        self,
        q: EventQuestion | None,
        question: str,
        lang: str,
        cards: Sequence[EventCard],
        retrieved: Collection[str],
    ) -> bool:
        """Whether the question asks about one event the library does not hold: one in a
        place where no card is held and that none of the articles retrieval found names, or
        an edition (by its number or its year) of a series the library holds only other
        editions of."""
        qwords = question_words(question, lang, cards)
        if q is None:
            of_one_event = _names_an_event(question)
        else:
            of_one_event = q.intent == FIELD and _calls_an_event(q)
        if of_one_event and self._held_elsewhere(qwords, cards, retrieved):
            return True
        return (
            q is not None and q.intent == FIELD and self._other_edition(q, qwords, cards, retrieved)
        )

    def _held_elsewhere(
        self, qwords: QuestionWords, cards: Sequence[EventCard], retrieved: Collection[str]
    ) -> bool:
        if not qwords.places or any(held_in_places(qwords, c) for c in cards):
            return False
        for doc_id in list(dict.fromkeys(retrieved))[:READ_ARTICLES]:
            record = self.articles(doc_id)
            if record is not None and names_places(qwords, record.text):
                return False
        return True

    def _other_edition(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        cards: Sequence[EventCard],
        retrieved: Collection[str] = (),
    ) -> bool:
        """Every card the question names best is of another edition than the one asked, and
        none of their articles, nor the reports retrieval ranked first, states that number
        or year."""
        edition = _edition_asked(q)
        if edition is None and q.year is None:
            return False
        named = _best_named(qwords, cards)
        if not named or any(_fits(c, q, edition) for c in named):
            return False
        return not self._edition_stated(q, [*_sources(named), *_first_reports(retrieved)])

    def _edition_stated(self, q: EventQuestion, doc_ids: Iterable[str]) -> bool:
        """Whether one of the articles states the edition (its number or year) asked."""
        edition = _edition_asked(q)
        # "البطولة العربية ال21": a number written as the question writes it, after a noun
        # no edition is read after (the extractor's heads hold no championship)
        written = [w for w in _edition_words(q) if any(c.isdigit() for c in w)]
        for doc_id in doc_ids:
            record = self.articles(doc_id)
            if record is None:
                continue
            if _states_edition(record.text, edition, q.year) or _writes_edition_as_asked(
                q, record.text
            ):
                return True
            if written and all(w in normalize(record.text).split() for w in written):
                return True
        return False

    def _no_field(
        self,
        question: str,
        lang: str,
        cards: Sequence[EventCard],
        named: Sequence[EventCard],
        retrieved: Collection[str] | None,
    ) -> CardReply:
        """A question that asks no field of a card: a role of no event read from the
        articles, else the articles of the event it names (to read for it), else nothing."""
        held = self._role_held(question, lang, retrieved)
        if held is not None:
            return CardReply(held)
        qwords = question_words(question, lang, cards)
        order = list(dict.fromkeys(retrieved or []))
        titled = titled_cards(question, named)
        # the event the question names in full, when retrieval missed its article
        pool = _named_whole(qwords, named, cards) or named
        ranked = rank_cards(qwords, pool) if pool else []
        if not _names_an_event(question):
            # "What share of US homes …?": a place alone names no event; nor does one word
            # of its name ("«فيفا جديدة الآن»" is no "مؤتمر الشباب المسلم والإعلام الجديد")
            said = set().union(*qwords.words)
            ranked = [
                (c, cover)
                for c, cover in ranked
                if _named_by_own_words(qwords, c) and _names_most(own_name_words(c), said)
            ]
        chosen = titled[:1] or _one_event(ranked, order)
        read = None
        if chosen or _names_an_event(question):  # an event with no card still has articles
            docs = self._read_docs(chosen, order, qwords, CitationBook(self.articles))
            read = self._read_what(question, lang, chosen, docs)
        return CardReply(read, sources=_sources(chosen), reading=without_names(question, chosen))

    def _role_held(
        self, question: str, lang: str, retrieved: Collection[str] | None
    ) -> Answer | None:
        """ "من مدير متحف …؟", "من المشرف على كرسي …؟": a post asked of no event a card
        is (`free_role`), read from the articles retrieval ranked first (the person named
        in the post's words, with the question's other words near), cited too from the other
        retrieved papers printing the words around the name; None when none names one."""
        role = free_role(question) if lang == "ar" else []
        if len(role) < 2 or not retrieved:
            return None
        said = [w for w in normalize(question).split() if len(w) > 2 and w not in role]
        book = CitationBook(self.articles)
        docs = list(dict.fromkeys(retrieved))[:_ROLE_ARTICLES]
        found = role_holder(
            role, docs, _text_of(book), lambda w: any(same_word(w, s) for s in said), said
        )
        if found is None:
            return None
        markers = _cite_all(book, [found.evidence])
        if not markers:
            return None
        find = _reprint_of(found.value, markers[0], book)
        if find is not None:  # another paper printing the sentence
            markers = _cited_where(markers, list(retrieved), book, find)
        return self._compose(question, lang, [_Line(found.value, markers)], [], book, lead=True)

    def _stale_year(
        self,
        q: EventQuestion | None,
        question: str,
        lang: str,
        cards: Sequence[EventCard],
        retrieved: Collection[str] | None,
    ) -> tuple[EventQuestion | None, int | None]:
        """(`q` without its year, the year) for a field question that asks about a year by
        today's ("هذا العام", "this year") when the event it names is reported only of other
        years and none of their articles states that year; else (`q`, None). A year written
        out ("ملتقى 2030") is asked for as written."""
        if q is None or q.intent != FIELD or q.year is None or retrieved is None:
            return q, None
        if _WRITTEN_YEAR.search(to_ascii_digits(question)):
            return q, None
        if not self._other_edition(q, question_words(question, lang, cards), cards):
            return q, None
        return dataclasses.replace(q, year=None), q.year

    def _refusal(self, question: str, lang: str) -> Answer:
        return Answer(
            answer=message("refusal", lang),
            refused=True,
            language=lang,
            question=question,
            mode=self.mode,
        )

    def _corroborated(
        self,
        line: _Line,
        q: EventQuestion,
        chosen: Sequence[EventCard],
        docs: Sequence[str],
        book: CitationBook,
        pinned: Collection[str] = (),
    ) -> _Line:
        """`line` with the sentence of each other report of the event in `docs` (its card's
        articles, then those retrieval found that name it) that states the same value:
        a name, a count or a slogan in the same words, a day that resolves to the same date
        ("الأربعاء المقبل" in one, "غدا" in a later one), the venue or town in a sentence
        naming the event. A report in `pinned` (it writes a number the question states: the
        one asked about) is cited past the most citations one value gets. A value of no
        card, or one that says too little to be looked for alone, is looked for in the words
        around it (`_reprint_of`): the same story printed by another paper."""
        find = _same_value(line.text, q, chosen)
        if (find is None or not chosen) and q.field != "date" and line.markers:
            # a day said relative to an article's own is another day in another paper's copy;
            # a value of no card is looked for both ways
            find = _either(find, _reprint_of(line.text, line.markers[0], book))
        if find is None:
            return line
        return _Line(line.text, _cited_where(line.markers, docs, book, find, pinned))

    # ------------------------------------------------------------ which cards
    def _named(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        cards: Sequence[EventCard],
        every: Sequence[EventCard],
        history: list[Turn],
        question: str,
    ) -> list[EventCard]:
        """The cards among `cards` the question names (or the one card of `every` it names
        with its place, or the previous turn's)."""
        # "متى عقدت النسخة الرابعة من القمة؟": another edition's card is not the one asked
        # about, though it names the series best
        all_cards = every
        cards, every = _of_edition(q, cards), _of_edition(q, every)
        if not cards:
            return _placed(qwords, every, q) or self._carried(
                question, qwords, every, history, all_cards
            )
        titled = titled_cards(question, cards)
        if not titled and quoted_elsewhere(question, every):
            return []  # "ما شعار برنامج «بناء الأمل» …": an event no card is
        if titled:  # «تجارب الكتاب»: the title in quotes is the event's own
            # of the events under one title, those the question's other words (its head
            # noun, its town: "معرض «ألوان السعودية» في ينبع") name best
            ranked = rank_cards(qwords, titled, min_cover=0.0)
            if len(titled) > 1 and ranked:
                best = ranked[0][1]
                titled = [c for c, cover in ranked if cover >= best - TIE]
            having = [c for c in titled if _has(c, q)]
            return (having or titled)[:3]
        cards = _named_whole(qwords, cards, every) or cards
        # "the second edition", "in 2024": an edition of the series named loosely counts
        loosely = _edition_asked(q) is not None or q.year is not None
        ranked = rank_cards(qwords, cards, min_cover=LOOSE_COVER if loosely else MIN_COVER)
        ranked = _beyond_places(q, qwords, ranked)
        if not ranked:
            return _placed(qwords, every, q) or self._carried(
                question, qwords, every, history, all_cards
            )
        best = ranked[0][1]
        tied = _widest([c for c, cover in ranked if cover >= best - TIE], qwords)
        if len(tied) > 1:  # the event's own name decides before the series it belongs to
            own = {id(c): name_cover(qwords, c) for c in tied}
            tied = [c for c in tied if own[id(c)] >= max(own.values()) - TIE]
        having = [c for c in tied if _has(c, q)]
        return (having or tied)[:3]

    def _carried(
        self,
        question: str,
        qwords: QuestionWords,
        cards: Sequence[EventCard],
        history: list[Turn],
        every: Sequence[EventCard] = (),
    ) -> list[EventCard]:
        """The previous turn's events, for a follow-up that names none of its own; when
        `cards` lacks them (it holds only the edition asked: "وماذا عن النسخة الثانية؟"), the
        cards of their series (looked up in `every`)."""
        if not history or qwords.places or not is_followup(question, history):
            return []
        prev = history[-1]
        ids = set(getattr(prev, "event_ids", ()) or ())
        if ids:
            carried = [c for c in cards if c.event_id in ids]
            series = {_series_id(c) for c in every if c.event_id in ids}
            return (carried or [c for c in cards if _series_id(c) in series])[:3]
        source = prev.query or prev.question
        prev_lang = "en" if not re.search(r"[\u0600-\u06ff]", source) else "ar"
        ranked = rank_cards(question_words(source, prev_lang, cards), cards)
        if not ranked:
            return []
        best = ranked[0][1]
        return [c for c, cover in ranked if cover >= best - TIE][:1]

    # ------------------------------------------------------------ one event
    def _field_lines(
        self,
        q: EventQuestion,
        chosen: list[EventCard],
        book: CitationBook,
        retrieved: Collection[str] = (),
    ) -> list[_Line]:
        """One line per card with the field asked. A value several articles state cites
        first those retrieval ranked highest for the question (the article asked about)."""
        rank = _ranks(retrieved)
        top = list(dict.fromkeys(retrieved))[:_ALSO_CITED]
        lines: list[_Line] = []
        for card in chosen:
            found = self._field_value(q, card, book, rank)
            if found is None:
                continue
            short, evidence = found
            evidence = [*_stated_in(card, q, evidence, top, book), *evidence]
            # reports that disagree: the value shown is quoted from those that state it
            shown = _shown_by(q, card)
            if shown:
                evidence = [e for e in evidence if e.doc_id in shown] or evidence
            evidence.sort(key=lambda e: rank(e.doc_id))
            markers = _cite_all(book, evidence)
            if markers:
                lines.append(_Line(short, markers))
                if len({line.text for line in lines}) < len(lines):
                    lines.pop()  # the same value for another card adds nothing
        if len(lines) > 1:
            names = [c for c in chosen if self._field_value(q, c, book) is not None]
            for line, card in zip(lines, names, strict=False):
                line.text = f"{r.event_title(card, q.lang)}: {line.text}"
        return lines

    def _field_value(  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
        self,
        q: EventQuestion,
        card: EventCard,
        book: CitationBook,
        rank: Callable[[str], int] | None = None,
    ) -> tuple[str, list[Evidence]] | None:
        lang, ev = q.lang, card.evidence
        name = q.field
        if name == "stage":
            if not card.venue:
                return None
            return r.place_text(card, lang), _first(ev, ["venue", "city", "country"])
        if name in ("place", "venue"):
            if not (card.venue or card.city):
                return None
            keys = ["venue", "city", "country"] if card.venue else ["city", "country"]
            written = _venue_in_its_town(card, book) if lang != "en" else None
            if written is not None:  # "قاعة … النموذجي بالدرعية"
                shown = dataclasses.replace(card, venue=written, city=None)
                return r.place_text(shown, lang), _first(ev, keys)
            return r.place_text(card, lang), _first(ev, keys)
        if name == "city":
            city = (card.city_en if lang == "en" else None) or card.city
            if not city:
                return None
            return r.place_text(card, lang, with_venue=False), _first(ev, ["city", "country"])
        if name == "country":
            country = (card.country_en if lang == "en" else card.country_ar) or card.country
            return (country, _first(ev, ["country", "city"])) if country else None
        if name == "date":
            if q.until and (card.end_date or card.start_date) == card.start_date:
                return None  # "until when": the card knows only when it starts
            # "متى اختتم": the words and the sentence of its end lead
            ends = ev.get("end_date", []) if q.until else []
            text = r.card_dates(card, lang, ends[0].quote if ends else None)
            keys = ["start_date", "date_text", "end_date"]
            return (text, _first(ev, keys[::-1] if q.until else keys)) if text else None
        if name == "slogan":
            return (card.slogan, ev.get("slogan", [])) if card.slogan else None
        if name in ("patrons", "organizers", "topics", "partners", "outcomes"):
            values = getattr(card, name)
            return (r.join_values(values, lang), ev.get(name, [])) if values else None
        if name == "edition":
            if card.edition is None:
                return None
            return r.edition_text(card.edition, lang), ev.get("edition", [])
        if name == "opener":
            return self._opener(card, book)
        if name == "figure":
            named = normalize(card.name).split()  # said wherever the event is
            other = [w for w in content_words(q.text) if not any(same_word(w, n) for n in named)]
            return _figure(q, card, rank, partial(_words_around, book, other))
        if name == "person":
            return _person(q, card)
        return None

    def _read_what(
        self,
        question: str,
        lang: str,
        chosen: Sequence[EventCard],
        docs: list[str],
    ) -> Answer | None:
        """ "ما الابتكار الذي…": the sentence of the event's articles about the noun asked for."""
        asked = what_asked(question) if lang != "en" else what_asked_en(question)
        if asked is None:
            return None
        book = CitationBook(self.articles)
        found = sentence_about(asked[0], asked[1], docs, _text_of(book), _names_event(chosen))
        evidence = [found.evidence] if found else []
        if found is not None and (before := referred_back(found, asked[0], _text_of(book))):
            evidence.insert(0, before)  # "The soap beat …": the sentence naming the soap
        markers = _cite_all(book, evidence)
        if not markers:
            return None
        answer = Answer(
            answer=answer_text([(m, [book.quotes[m]]) for m in markers], lang),
            refused=False,
            citations=book.citations,
            language=lang,
            question=question,
            mode=self.mode,
        )
        answer.event_ids = [c.event_id for c in chosen]
        return answer

    def _read_docs(
        self,
        chosen: Sequence[EventCard],
        retrieved: Collection[str],
        qwords: QuestionWords,
        book: CitationBook,
    ) -> list[str]:
        """The articles to read what the cards lack from: the named event's, then those
        retrieval found that name every place the question names ("قمة دبي" is not read from
        an article about the Bahrain summit) and, when a card is named, most of its name's
        own words (the visitors of the Jeddah festival are not those of a Jeddah forum)."""
        # the named events' own articles in the order retrieval ranked them for the question
        # (a card merged from several reports: the one that answers best is read first),
        # those it did not find after them
        rank = {doc_id: k for k, doc_id in enumerate(dict.fromkeys(retrieved))}
        own = sorted(_sources(chosen), key=lambda doc_id: rank.get(doc_id, len(rank)))
        docs = list(own)
        names = [own_name_words(card) for card in chosen]
        host = _attested(qwords.host, own, list(retrieved), book)
        for doc_id in dict.fromkeys(retrieved):
            if len(docs) >= READ_ARTICLES:
                break
            if doc_id in docs:
                continue
            record = book.article(doc_id)
            if record is None:
                continue
            words = _doc_keys(book, doc_id)
            if not all(
                place & words or _named_in_arabic(place, record.text) for place in qwords.places
            ):
                continue
            if names and not any(_names_most(name, words) for name in names):
                continue
            if not all(word & words for word in host):
                continue  # another body's party ("حفل معايدة وزارة النقل", not the health's)
            docs.append(doc_id)
        return docs

    def _ungated_lines(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        retrieved: Collection[str],
        book: CitationBook,
    ) -> list[_Line]:
        """The field asked for, from the event the question names among the events of the
        articles to read (`_read_docs`, in retrieval order) read without the ingest gate
        (`read_events`)."""
        for doc_id in list(dict.fromkeys(retrieved))[:READ_ARTICLES]:
            record = book.article(doc_id)
            if record is None:
                continue
            published = (record.date or "")[:10] or None
            # of the edition or year asked about ("النسخة الرابعة"): the event an article
            # reports is often the next one, which recalls it
            events = _of_edition(q, read_events(doc_id, record.text, record.title, published))
            ranked = rank_cards(qwords, events)
            if not ranked:
                continue
            found = self._field_value(q, ranked[0][0], book)
            if found is None:
                continue
            markers = _cite_all(book, found[1])
            return [_Line(found[0], markers)] if markers else []
        return []

    def _part_lines(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        chosen: list[EventCard],
        retrieved: Collection[str],
        book: CitationBook,
    ) -> list[_Line]:
        """Where a part of the event is held ("أين يقام السيرك العالمي ضمن مهرجان …"): the
        venue said after the part in the sentence of the event's articles that names it, not
        the card's, which is the whole event's; none when the card is the part's own (its
        name holds the part's words) and has a venue, or no sentence names the part with a
        venue."""
        part = part_asked(q.text) if q.field in ("place", "stage") else []
        if not part or not chosen:
            return []
        if any(_names_part(c.name, part) and c.venue for c in chosen):
            return []  # the part's own card says where it is held
        docs = self._read_docs(chosen, retrieved, qwords, book)
        found = venue_phrase(content_words(q.text), docs, _text_of(book), part)
        if found is None:
            return []
        return _read_line(q, found, docs, book, _names_own_event(chosen, qwords))

    def _head_count_lines(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        chosen: list[EventCard],
        retrieved: Collection[str],
        book: CitationBook,
    ) -> list[_Line]:
        """A count of a noun that no card's figure counts, asked with a second word the
        figures do count ("كم عدد الكشافين المشاركين …" of a card holding only "6000
        مشارك"): read from the event's articles for the noun itself; none otherwise, and
        the card's figure of the second word answers."""
        nouns = [n for n in q.counts if n != "عدد"]
        if q.field != "figure" or len(nouns) < 2 or not chosen:
            return []
        head = dataclasses.replace(q, counts=nouns[:1])
        if any(_figure(head, card) is not None for card in chosen):
            return []
        return self._read_or_dates(head, qwords, chosen, retrieved, book)

    def _read_or_dates(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        chosen: list[EventCard],
        retrieved: Collection[str],
        book: CitationBook,
    ) -> list[_Line]:
        """The field read from the event's articles first, then those retrieval found (the
        same event is sometimes two cards, one per article, or none at all); how long it
        lasts, when no article says, from the dates it is held on."""
        docs = self._read_docs(chosen, retrieved, qwords, book)
        # a number only one report states ("… محملة بـ194.792 كرتونا؟") asks about that
        # report, read too though the event's own articles fill the reading
        pins = pinning_numbers(q.text.split())
        if pins:
            pinned = [
                d
                for d in dict.fromkeys(retrieved)
                if d not in docs and (a := book.article(d)) is not None and states_pin(a.text, pins)
            ]
            docs += self._read_docs([], pinned, qwords, book)
        lines = self._read_lines(q, qwords, chosen, docs, book)
        if not lines and q.field == "duration" and chosen:
            lines = self._field_lines(dataclasses.replace(q, field="date"), chosen, book, retrieved)
        return lines

    def _read_lines(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        chosen: Sequence[EventCard],
        docs: list[str],
        book: CitationBook,
    ) -> list[_Line]:
        """A person, a number, a day or a venue the cards lack, read from `docs` (see
        `reading.py`)."""
        names_event = _names_event(chosen, set().union(*qwords.words))
        text_of = _text_of(book)
        if q.field in ("person", "opener", "request"):
            found = _who(q, docs, text_of, names_event)
        elif q.field == "parent":
            asked = re.search(r"\bضمن (?:\S+ )?(?:اي|ايه) (\S+)", q.text)
            found = held_within(docs, text_of, names_event, asked.group(1) if asked else None)
        elif q.field in _PHRASE_FIELDS:
            found = _phrase(q, docs, text_of)
        elif q.field == "organizers":  # "… في حفل معايدة نظمته إدارة الاتصال"
            found = organizer_phrase(content_words(q.text), docs, text_of)
        elif q.counts[:1] == [AREA]:  # "ما مساحة القرية؟": "على مساحة تقارب 3500 متر مربع"
            found = area_of(docs, text_of)
        else:
            nouns = [n for n in q.counts if n != "عدد"]
            context = [w for w in q.text.split() if len(w) > 2 and w not in nouns]
            own = len(_sources(chosen))
            # "بعد نجاح القمة الرابعة … وحضور 250 مشارك" counts the fourth summit's
            edition = chosen[0].edition if len(chosen) == 1 else None
            found = counted(
                nouns, docs, text_of, context, own, partial(of_another_edition, edition=edition)
            )
            if found is None and nouns and nouns[0] in _MONEY:
                # "كم تبلغ جائزة الفائزة الأولى": a sum, written with its currency ("مبلغ 5
                # آلاف ريال للفائزة الأولى"), the question's other words telling sums apart
                found = next(
                    (
                        f
                        for cur in _CURRENCIES
                        if (f := counted([cur], docs, text_of, context + nouns, own))
                    ),
                    None,
                )
            english = [e.lower() for n in nouns[:1] if (e := r.counts_en(n)) != n]
            if found is None and english:  # "كم شخصا …" of an English article: "people"
                found = counted(english, docs, text_of, context, own)
        if found is None:
            return []
        return _read_line(q, found, docs, book, _names_own_event(chosen, qwords))

    def _opener(self, card: EventCard, book: CitationBook) -> tuple[str, list[Evidence]] | None:
        for person in card.people:
            for e in card.evidence.get("people", []):
                if person.name not in e.quote:
                    continue
                record = book.article(e.doc_id)
                around = record.text[max(0, e.start - 80) : e.end + 20] if record else ""
                if _OPENED.search(person.role) or _OPENED.search(around):
                    return person.name, [e]
        return None

    # ------------------------------------------------------------ many events
    def events_asked(
        self,
        q: EventQuestion,
        question: str,
        cards: Sequence[EventCard],
        retrieved: Collection[str] = (),
    ) -> list[EventCard]:
        """The events a parsed question is about, as its answer reads them: for several
        events (which/how many/when, compare, editions) those selected, in date order, as
        many as an answer lists; for a field of one event the one card named among the
        events of the `retrieved` articles (as `reply` picks it). Search puts their articles
        first."""
        if not cards:
            return []
        qwords = question_words(q.rest or question, q.lang, cards)
        if q.intent != FIELD:
            return self._pool(q, qwords, cards)[:MAX_LINES]
        named = [c for c in cards if set(c.sources) & set(retrieved)]
        chosen = self._named(q, qwords, named, cards, [], question)
        return chosen if len(chosen) == 1 else []

    def _pool(
        self, q: EventQuestion, qwords: QuestionWords, cards: Sequence[EventCard]
    ) -> list[EventCard]:
        """The cards a several-event question selects, in date order."""
        if q.intent in (COMPARE, EDITIONS):
            ranked = rank_cards(qwords, cards, min_cover=LOOSE_COVER, any_place=q.intent == COMPARE)
            chosen = [c for c, _ in ranked]
            if chosen and chosen[0].series:
                same = [c for c in chosen if c.series == chosen[0].series]
                if len(same) >= 2:  # the editions of the series the question names
                    chosen = same
            if not chosen or (q.intent == COMPARE and len(chosen) < 2):
                return []
            return sorted(chosen, key=_order)[:MAX_LINES]
        if names_what_no_card_holds(qwords, cards):
            return []
        pool = place_filter(qwords, cards)
        pool = [c for c in pool if _in_time(c, q, self.today())]
        kinds = kinds_asked(q.text, q.lang)
        pool = [c for c in pool if kinds is None or c.kind is None or c.kind in kinds]
        pool = topic_filter(qwords, pool)
        return sorted(pool, key=_order)

    def _many(
        self,
        q: EventQuestion,
        qwords: QuestionWords,
        cards: Sequence[EventCard],
        book: CitationBook,
    ) -> tuple[list[EventCard], list[_Line], str | None]:
        pool = self._pool(q, qwords, cards)
        if not pool:
            return [], [], None
        if q.intent in (COMPARE, EDITIONS):
            lines = [self._compare_line(c, q.lang, book) for c in pool]
            return pool, [ln for ln in lines if ln.markers], None
        lines = [self._list_line(c, q, book) for c in pool[:MAX_LINES]]
        lines = [ln for ln in lines if ln.markers]
        # a count counts every event selected, not only the ones an answer has room to list
        total = len(lines) + len(pool[MAX_LINES:])
        short = str(total) if q.intent == COUNT else None
        if total > len(lines):
            more = r.label("first_listed", q.lang).format(shown=len(lines), total=total)
            short = f"{short} ({more})" if short else more
        return pool[: len(lines)], lines, short

    def _nothing_upcoming(
        self, question: str, q: EventQuestion, cards: Sequence[EventCard], book: CitationBook
    ) -> Answer | None:
        """ "What is coming up?" when nothing is: say so, and cite the latest event held."""
        if q.when != "upcoming" or q.intent not in (LIST, COUNT) or q.year or q.month:
            return None
        qwords = question_words(q.rest, q.lang, cards)
        pool = topic_filter(qwords, place_filter(qwords, cards))
        held = sorted((c for c in pool if c.start_date), key=_order)
        text = r.label("none_upcoming", q.lang)
        lines: list[_Line] = []
        if held:
            line = self._list_line(held[-1], q, book)
            if line.markers:
                line.text = f"{r.label('latest', q.lang)}: {line.text}"
                lines.append(line)
        # "7 و8 يونيو المقبل" of an undated article: no year to tell it is past
        for card in sorted((c for c in pool if not c.start_date and c.date_text), key=_order):
            line = self._list_line(card, q, book)
            if line.markers:
                line.text = f"{r.label('undated', q.lang)}: {line.text}"
                lines.append(line)
        body = "".join(
            f"\n- {line.text} " + "".join(f"[{m}]" for m in line.markers) for line in lines
        )
        short = "0" if q.intent == COUNT else text
        answer = Answer(
            answer=(f"**0** — {text}" if q.intent == COUNT else text) + body,
            refused=False,
            citations=book.citations,
            short_answer=short,
            language=q.lang,
            question=question,
            mode=self.mode,
        )
        answer.event_ids = [held[-1].event_id] if held and lines else []
        return answer

    def _list_line(self, card: EventCard, q: EventQuestion, book: CitationBook) -> _Line:
        lang = q.lang
        parts = [r.event_title(card, lang)]
        if card.edition is not None:
            parts.append(r.edition_text(card.edition, lang))
        place = r.place_text(card, lang, with_venue=False)
        if place:
            parts.append(place)
        dates = r.card_dates(card, lang)
        if dates:
            parts.append(dates)
        keys = [["name"], ["city", "country"], ["start_date", "date_text"]]
        markers = _cite_all(book, [e for k in keys for e in _first(card.evidence, k)[:1]])
        return _Line(LEAD_SEPARATOR.join(parts), markers)

    def _compare_line(self, card: EventCard, lang: str, book: CitationBook) -> _Line:
        parts = [r.event_title(card, lang)]
        evidence: list[Evidence] = list(card.evidence.get("name", [])[:1])
        for key, value in (
            ("edition", r.edition_text(card.edition, lang) if card.edition else ""),
            ("start_date", r.card_dates(card, lang)),
            ("city", r.place_text(card, lang)),
            ("slogan", card.slogan or ""),
        ):
            if not value:
                continue
            label = r.label({"start_date": "date", "city": "place"}.get(key, key), lang)
            parts.append(f"{label}: {value}")
            evidence += _first(card.evidence, [key, "date_text", "venue"])[:1]
        sep = "; " if lang == "en" else "؛ "
        return _Line(sep.join(parts), _cite_all(book, evidence))

    # ------------------------------------------------------------ the answer
    def _compose(
        self,
        question: str,
        lang: str,
        lines: list[_Line],
        cards: list[EventCard],
        book: CitationBook,
        lead: bool = False,
        short: str | None = None,
    ) -> Answer:
        if lead:
            line = lines[0]
            # as the retrieval answer writes it: the value, then each evidence sentence quoted
            # with its marker (framed "according to the article" in English)
            # (past `_MOST_QUOTES` of them, another paper's copy is cited by its marker alone)
            quoted = [
                (m, [book.quotes[m]] if k < _MOST_QUOTES else [])
                for k, m in enumerate(line.markers)
            ]
            text = answer_text(quoted, lang, line.text)
            short = line.text
        else:
            body = "\n".join(
                f"- {line.text} " + "".join(f"[{m}]" for m in line.markers) for line in lines
            )
            text = f"**{short}**\n{body}" if short else body
        answer = Answer(
            answer=text,
            refused=False,
            citations=book.citations,
            short_answer=short,
            language=lang,
            question=question,
            mode=self.mode,
        )
        answer.event_ids = [c.event_id for c in cards]
        return answer


# ---------------------------------------------------------------- helpers
# the card fields a field question reads, whose merged reports may disagree (merge.py keeps
# every value in `card.conflicts`)
_DISPUTABLE = {
    "place": ("venue", "city"),
    "venue": ("venue", "city"),
    "stage": ("venue",),
    "city": ("city",),
    "date": ("start_date",),
    "slogan": ("slogan",),
    "edition": ("edition",),
}
_OTHERS_SAY = {"ar": "وتذكر مقالات أخرى غير ذلك: ", "en": "Other articles say otherwise: "}
# "في أي منطقة يقام …": the (Saudi) region asked, not the town
_REGION_ASKED = re.compile(r"\b(?:اي|ايه) منطقه\b")


def _with_region(
    line: _Line, q: EventQuestion, chosen: Sequence[EventCard], book: CitationBook
) -> _Line:
    """A town's `line` led by the Saudi region the one chosen event's articles name
    ("القصيم" for Buraydah), cited, when the question asks for the region; as it was when
    no article names one, or the region is the town's own name ("الباحة")."""
    if len(chosen) != 1 or chosen[0].country != "SA" or not _REGION_ASKED.search(q.text):
        return line
    card = chosen[0]
    for doc_id in card.sources:
        record = book.article(doc_id)
        if record is None:
            continue
        for start, end in saudi_regions(record.text):
            region = record.text[start:end]
            if normalize(region) in normalize(line.text):
                return line
            marker = book.cite(Evidence(doc_id, start, end, region))
            if marker is None:
                continue
            return _Line(f"{region}، {line.text}", [marker, *line.markers])
    return line


_ROLE_ARTICLES = 2  # articles a role of no event is read from, as retrieval ranked them
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_OF_ANOTHER_YEAR = {
    "ar": "لا تذكر المقالات شيئا عن عام {asked}؛ ما يلي عن عام {said}:",
    "en": "The articles say nothing about {asked}; this is about {said}:",
}


def _of_another_year(
    reply: CardReply, asked: int, cards: Sequence[EventCard], lang: str
) -> CardReply:
    """`reply`, about an event the articles report only of other years than `asked` (the
    year the question means by "this year"), led by a line saying so and which year it is
    about: the year of the events it answers from, else of the articles it cites."""
    answer = reply.answer
    if answer is None or answer.refused:
        return reply
    ids = set(answer.event_ids)
    years = {c.start_date[:4] for c in cards if c.event_id in ids and c.start_date}
    years = years or {c.date[:4] for c in answer.citations if c.date}
    if not years:
        return reply
    said = "، ".join(sorted(years)) if lang != "en" else ", ".join(sorted(years))
    table = _OF_ANOTHER_YEAR["en" if lang == "en" else "ar"]
    answer.answer = table.format(asked=asked, said=said) + "\n\n" + answer.answer
    return reply


def _disputed(q: EventQuestion, card: EventCard, book: CitationBook) -> str | None:
    """The values of the field asked that other reports of the event state, each cited
    ("وتذكر مقالات أخرى غير ذلك: …"): a merged card shows one value, and the answer does not
    pick it silently either."""
    said: list[str] = []
    for name in _DISPUTABLE.get(q.field or "", ()):
        for group in card.conflicts.get(name, []):
            if group.get("shown"):
                continue
            docs = set(group.get("doc_ids", []))
            evidence = [e for e in card.evidence.get(name, []) if e.doc_id in docs]
            marker = book.cite(evidence[0]) if evidence else None
            if marker is None:
                continue
            said.append(f"{_value_text(name, group['value'], card, q.lang)} [{marker}]")
        if said:
            break
    return (
        _OTHERS_SAY[q.lang if q.lang in _OTHERS_SAY else "ar"] + "؛ ".join(said) if said else None
    )


def _shown_by(q: EventQuestion, card: EventCard) -> set[str]:
    """The articles that state the value the card shows of the field asked, where reports
    disagree on it (empty where they do not)."""
    for name in _DISPUTABLE.get(q.field or "", ()):
        for group in card.conflicts.get(name, []):
            if group.get("shown"):
                return set(group.get("doc_ids", []))
    return set()


def _value_text(name: str, value: object, card: EventCard, lang: str) -> str:
    if name == "start_date":
        other = dataclasses.replace(card, start_date=str(value), end_date=None, date_text=None)
        return r.card_dates(other, lang) or str(value)
    if name == "edition" and isinstance(value, int):
        return r.edition_text(value, lang)
    return str(value)


# the fields a phrase of the articles answers (`_phrase`)
_PHRASE_FIELDS = ("date", "deadline", "duration", "moment", "hour", "place", "stage", "city")


def _phrase(q: EventQuestion, docs: list[str], text_of: ArticleText) -> Found | None:
    """A time, a length or a place the event's articles write, in the sentence most like
    the question (see `reading.py`)."""
    words = content_words(q.text)
    if q.lang == "en":  # the Arabic articles' words for the English question's
        arabic, _ = translate_terms(q.text)
        words = content_words(normalize(arabic)) if arabic else words
    if q.field == "date":
        # "متى عقدت النسخة الرابعة …": the day or the year said after that edition is named
        # ("بعد نجاح القمة الرابعة في عام 2019"), not another edition's
        edition = _edition_words(q)
        return time_phrase(words, docs, text_of, q.until, edition, precise=not edition)
    if q.field == "deadline":
        return deadline_phrase(words, docs, text_of)
    if q.field == "hour":  # "في أي ساعة يبدأ الحفل؟": "في الثانية ظهر اليوم"
        return hour_phrase(words, docs, text_of)
    if q.field == "duration":
        return duration_phrase(words, docs, text_of)
    if q.field == "moment":  # a part of the event: the sentence must name the part
        return time_phrase(words, docs, text_of, q.until, part_words(q.text))
    if q.field == "city":  # "في أي محافظة أقيم …" of an event no card places
        return town_phrase(words, docs, text_of)
    # "أين عقدت النسخة الرابعة …": the place said of that edition, or none
    return venue_phrase(words, docs, text_of, _edition_words(q))


def _of_articles(cards: Sequence[EventCard], retrieved: Collection[str] | None) -> list[EventCard]:
    """The cards of the articles retrieval found (all of them when it was not asked)."""
    if retrieved is None:
        return list(cards)
    return [c for c in cards if set(c.sources) & set(retrieved)]


def _told_apart(
    chosen: Sequence[EventCard], cards: Sequence[EventCard], by_town: bool = True
) -> set[str]:
    """The articles of the cards told apart from a chosen one (`_another_edition`, by town
    too with `by_town`) that are none of the chosen cards' own; one of a card of the same event under another name
    ("سوق عكاظ", "مهرجان سوق عكاظ الثقافي") is not among them."""
    own = set(_sources(chosen))
    return {
        d
        for c in cards
        if any(_another_edition(c, mine, by_town) for mine in chosen)
        for d in c.sources
        if d not in own
    }


def _another_edition(card: EventCard, mine: EventCard, by_town: bool = True) -> bool:
    """Whether `card` is told apart from `mine` by its edition, its year or (`by_town`) its
    town, each stated on both. Looser than `_one_event_reported_twice`, which also wants one
    kind and a town: a report with no town, or of the fair that holds the event, may still
    state its value."""
    city = normalize(card.city) if card.city and by_town else None
    my_city = normalize(mine.city) if mine.city else None
    pairs = ((card.edition, mine.edition), (_year(card), _year(mine)), (city, my_city))
    return any(a is not None and b is not None and a != b for a, b in pairs)


def _same_value(
    value: str, q: EventQuestion, chosen: Sequence[EventCard]
) -> Callable[[str, ArticleLike], tuple[int, int] | None] | None:
    """How another report of the event is searched for the answered `value` (see
    `_corroborated`), or None when the value says too little to tie a sentence to it."""
    if not chosen:
        return _said_as_asked(value, q)
    if q.field == "date":
        # a card that knows only its last day ("اختتمت أمس") is tied by that day
        days = {c.start_date or c.end_date for c in chosen if c.start_date or c.end_date}
        day = days.pop() if len(days) == 1 else None
        ends_only = all(not c.start_date for c in chosen)
        if (q.until and not ends_only) or day is None or len(day) != 10:
            return None
        names_event = _names_event(chosen)
        return lambda _doc_id, record: same_day(
            record.text, (record.date or "")[:10] or None, day, names_event
        )
    if q.field in ("place", "venue", "stage", "city"):
        # the place as the card holds it (the answer adds its town and country), said where
        # the event is named: "جدة" alone is written anywhere
        held = next((c for c in chosen if c.venue or c.city), None)
        if held is None:
            return None
        place = (held.venue if q.field != "city" else None) or held.city
        if not place:
            return None
        names_event = _names_event(chosen)
        # "أين يقام …؟" is answered with the venue and its town: another report of the card
        # that names the event in its town, and states no venue, says the town part of it
        # (one of another card, or one stating another venue, is not cited for it)
        town = held.city if q.field == "place" and held.city != place else None
        own = set(held.sources) - {e.doc_id for e in held.evidence.get("venue", [])}
        own -= {d for c in held.conflicts.get("venue", []) for d in c.get("doc_ids", [])}
        return lambda doc_id, record: (
            said_with_event(record.text, place, names_event)
            or (said_with_event(record.text, town, names_event) if town and doc_id in own else None)
        )
    if q.field == "figure" and count_of(value) is not None:
        names = _names_event(chosen)  # a count in words or digits, where the event is named
        return lambda _doc_id, record: (
            same_count(record.text, value, names) or locate(record.text, value)
        )
    if len(value.split()) < 2 or len(value) < _CORROBORATED_CHARS:
        return None
    return lambda _doc_id, record: locate(record.text, value)  # hamzas and diacritics aside


def _either(
    first: Callable[[str, ArticleLike], tuple[int, int] | None] | None,
    then: Callable[[str, ArticleLike], tuple[int, int] | None] | None,
) -> Callable[[str, ArticleLike], tuple[int, int] | None] | None:
    """A search that finds what `first` finds, else what `then` does."""
    if first is None or then is None:
        return first or then
    return lambda doc_id, record: first(doc_id, record) or then(doc_id, record)


def _said_as_asked(
    value: str, q: EventQuestion
) -> Callable[[str, ArticleLike], tuple[int, int] | None] | None:
    """How another report is searched for a value no card holds (read from an article
    without the ingest gate, `_ungated_lines`): the same count ("نحو 40 وفداً" for "40
    وفدًا") or the same words, in a sentence that says two words of the question's own, each
    not the value's, no event's ("ملتقى") and no word every report of a ceremony writes
    ("حفل", "افتتاح"): "اطلع على خطة الدفاع المدني في محافظة الوادي" for "مدير الدفاع المدني
    … في محافظة الوادي", not "زار … بالمندق قسم الطوارئ" for "من افتتح حملة التبرع بالدم …
    بالمندق". A day is not looked for: said relative to each article's date, the same words
    are another day in another paper."""
    if q.field == "date":
        return None
    said = {k for t in tokenize(value) for k in word_keys(t)}
    asked = [
        keys
        for w in content_words(normalize(q.rest or q.text))
        if not ((keys := word_keys(w)) & (GENERIC_WORDS | said | _EVERY_CEREMONY))
    ]
    if len(asked) < _ASKED_WORDS:
        return None
    every = set().union(*asked)
    found = _value_finder(q.field, value, lambda word: bool(word_keys(word) & every))
    if found is None:
        return None

    def find(doc_id: str, record: ArticleLike) -> tuple[int, int] | None:
        span = found(doc_id, record)
        if span is None:
            return None
        text = record.text
        lo, hi = sentence_at(split_sentences(text), span[0]) or (0, len(text))
        words = [word_keys(t) for t in tokenize(text[lo:hi])]
        held = sum(any(keys & w for w in words) for keys in asked)
        return span if held >= _ASKED_WORDS else None

    return find


_ASKED_WORDS = 2  # of the question's own a sentence must say to be cited for a value it states


# words any report of a ceremony writes, which tie a sentence to no one event
_EVERY_CEREMONY = word_set("حفل الحفل افتتاح الافتتاح اختتام ختام فعاليات الفعاليات احتفال")


def _text_of(book: CitationBook) -> Callable[[str], str | None]:
    def text_of(doc_id: str) -> str | None:
        record = book.article(doc_id)
        return record.text if record is not None else None

    return text_of


def _one_event(ranked: list[tuple[EventCard, float]], order: Sequence[str]) -> list[EventCard]:
    """The best-named card; among cards named as well, the one whose article retrieval
    ranked first (none when retrieval found none of them)."""
    if not ranked:
        return []
    best = ranked[0][1]
    tied = [c for c, cover in ranked if cover >= best - TIE]
    if len({c.event_id for c in tied}) == 1:
        return tied

    first = _first_retrieved(tied, order)
    return [first] if set(first.sources) & set(order) else []


def _names_event(cards: Sequence[EventCard], also: Collection[str] = ()) -> Callable[[str], bool]:
    """Whether a word names the event of `cards` (their name, series, place) or any event
    ("ملتقى", "الدولي"), or is one of the keys `also`."""
    keys = set().union(*(card_name_keys(c) for c in cards)) | set(also)

    def names_event(word: str) -> bool:
        forms = word_keys(word)
        return bool(forms & GENERIC_WORDS) or bool(forms & keys)

    return names_event


def _read_at_question_time(q: EventQuestion | None, question: str, lang: str) -> bool:
    """Whether the articles are read for the question whatever the cards: a field the
    cards may lack, or a role asked of no event (`_role_held`)."""
    if q is None:
        return lang == "ar" and len(free_role(question)) >= 2
    return _ungated(q, question) or _read(q, question)


def _ungated(q: EventQuestion, question: str) -> bool:
    """Whether a question asks for a field an article states of an event it names, so that
    the articles are read for it when no card answers (`_ungated_lines`)."""
    return q.intent == FIELD and q.field in UNGATED_FIELDS and _names_an_event(question)


def _read(q: EventQuestion, question: str) -> bool:
    """Whether a question asks for what is read from the articles of the event it names
    when no card holds it (a person, a count, a day, a venue: `_read_lines`)."""
    return q.intent == FIELD and q.field in READ_FIELDS and mentions_an_activity(question)


def _named_in_arabic(place: frozenset[str], text: str) -> bool:
    """Whether an English question's place ("bahrain") is named in an article by its Arabic
    name ("البحرين") or, for a country, one of its towns."""
    return all(k.isascii() for k in place) and names_places(QuestionWords([], [place], []), text)


def _names_an_event(question: str) -> bool:
    """Whether the question names an event by its kind ("في معرض ITEX 2015")."""
    return any(is_event_noun(t) for t in normalize(question).split())


def _named_by_own_words(qwords: QuestionWords, card: EventCard) -> bool:
    """Whether the question holds a word of the card's own name (not its place, not "show")."""
    own = card_name_keys(card) - card_place_keys(card)
    return any(w & own for w in qwords.words if not (w & GENERIC_WORDS))


def _names_most(name: list[frozenset[str]], words: set[str]) -> bool:
    return not name or 2 * sum(bool(k & words) for k in name) >= len(name)


def without_names(question: str, cards: Sequence[EventCard]) -> str | None:
    """The English question without the words that name its English event ("Who hosted the
    Radio Folk Awards ceremony?" -> "Who hosted the ceremony?"), for reading the event's own
    articles: those words chose the articles, and an English report names its event in the
    lead, then says "the show", "the ceremony", so they mark the lead, not the sentence that
    answers (an Arabic report names it again and again: its name still tells its sentences
    from those about another event; an Arabic question is read through its words' English,
    which the lead that answers may hold: both are left whole). None when nothing of the
    question would be left."""
    if not cards or not question.isascii() or not all(c.name.isascii() for c in cards):
        return None
    keys = set().union(*(card_name_keys(c) for c in cards))
    kept = [
        raw
        for raw in question.split()
        if not (toks := tokenize(raw)) or not all(word_keys(t) & keys for t in toks)
    ]
    rest = [t for raw in kept for t in tokenize(raw) if t not in STOPWORDS and len(t) > 2]
    if len(kept) == len(question.split()) or not [t for t in rest if t not in _WH_WORDS]:
        return None
    return " ".join(kept)


_WH_WORDS = frozenset(("who", "whom", "what", "when", "where", "which", "how", "many", "much"))


def _sources(cards: Sequence[EventCard]) -> list[str]:
    return list(dict.fromkeys(d for c in cards for d in c.sources))


def _first(evidence: dict[str, list[Evidence]], keys: Sequence[str]) -> list[Evidence]:
    for key in keys:
        if evidence.get(key):
            return list(evidence[key])
    return []


def _placed(qwords: QuestionWords, cards: Sequence[EventCard], q: EventQuestion) -> list[EventCard]:
    """The one card the question names with its place, whether retrieval found its article or
    not: an Arabic question about an English article ("معرض CES في لاس فيغاس") seldom
    retrieves it among Arabic news, and a namesake in the same place is rare."""
    if not qwords.places:
        return []
    ranked = _beyond_places(q, qwords, rank_cards(qwords, cards))
    return [ranked[0][0]] if len(ranked) == 1 else []


def _holds_only_places(qwords: QuestionWords, card: EventCard) -> bool:
    return all(qwords.words[i] in qwords.places for i in words_held(qwords, card))


def _beyond_places(
    q: EventQuestion, qwords: QuestionWords, ranked: list[tuple[EventCard, float]]
) -> list[tuple[EventCard, float]]:
    """`ranked` without the cards that hold no word of the question but the places it names,
    unless the question calls what it asks about an event: "متى انطلقت بطولة هلال التسامح في
    جدة؟" (a contest no card knows, in a town a card is held in) is not that card's event."""
    if not _calls_an_event(q):
        return [(c, cover) for c, cover in ranked if not _holds_only_places(qwords, c)]
    # "من أقام أمسية «كلنا الوطن» في أبها؟": an evening no card knows, in the town of a
    # festival's card, is not that festival
    nouns = {n for n in map(event_noun, q.text.split()) if n is not None}
    return [
        (c, cover)
        for c, cover in ranked
        if not (_holds_only_places(qwords, c) and called_otherwise(nouns, c.name))
    ]


def _event_word(token: str, lang: str) -> bool:
    """Whether a word of a question names a kind of event ("ملتقي", "forum", "shows")."""
    if lang == "en":
        return token in EN_KINDS or token.removesuffix("s") in EN_KINDS
    return is_event_noun(token)


def _calls_an_event(q: EventQuestion) -> bool:
    """Whether the question calls what it asks about an event: the extractor's head nouns
    ("مسابقة", "ورشة", "show", "concerts"), or the question's own ("حفل", "أمسية")."""
    if q.lang == "en":
        return any(_event_word(w, "en") for w in re.findall(r"[a-z]+", q.text))
    return any(is_event_noun(t) for t in q.text.split()) or any(
        head_of(t) is not None for t in tokens(q.text)
    )


def _says_whole_name(question: str, qwords: QuestionWords, card: EventCard) -> bool:
    """Whether every word the question names the event with (not a place, not a generic word
    like "مهرجان") is a word of the card's name as written, give or take an article or an
    attached preposition, and not only a stem of one ("عيدية" is not "العيد")."""

    def plain(token: str) -> frozenset[str]:
        forms = word_forms(token)
        return forms | {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}

    name = set().union(*(plain(t) for t in tokenize(card.name)))
    keys = card_name_keys(card)
    asked = [
        t
        for t in tokenize(question)
        if (w := word_keys(t)) & keys
        and not any(w & p for p in qwords.places)
        and not (w & GENERIC_WORDS)
    ]
    return bool(asked) and all(plain(t) & name for t in asked)


def _named_whole(
    qwords: QuestionWords, cards: Sequence[EventCard], every: Sequence[EventCard]
) -> list[EventCard]:
    """The cards of `every` that hold every word the question names an event with, when no
    card of the retrieved articles (`cards`) does: retrieval missed their articles, and a
    retrieved card that lacks a word of the name ("مهرجان «عيدية»" for "مهرجان عيد طيبة") is
    another event, not a namesake."""
    ranked = rank_cards(qwords, every)
    asked = set().union(*qwords.words) if qwords.words else set()

    def says_own_name(card: EventCard) -> bool:
        # the question says the card's own name, not one word it shares with it ("البرنامج
        # الثقافي لسوق عكاظ" is not "مؤتمر الحوار بين أتباع الأديان والثقافات")
        own = own_name_words(card)
        held = sum(bool(w & asked) for w in own)
        return held >= min(2, len(own)) and 2 * held >= len(own)

    whole = [c for c, cover in ranked if cover >= 1 - 1e-9 and says_own_name(c)]
    retrieved = {id(c) for c in cards}
    if not whole or any(id(c) in retrieved for c, cover in ranked if cover >= 1 - 1e-9):
        return []
    return whole


_ALSO_CITED = 2  # top retrieved articles checked for stating a card's value too


def _ranks(retrieved: Collection[str]) -> Callable[[str], int]:
    """A doc id's place in retrieval order (unretrieved articles last)."""
    order = {d: k for k, d in enumerate(dict.fromkeys(retrieved))}
    return lambda doc_id: order.get(doc_id, len(order))


def _first_retrieved(cards: Sequence[EventCard], retrieved: Collection[str]) -> EventCard:
    """The card whose article retrieval ranked first (the first card when none was found)."""
    rank = _ranks(retrieved)
    return min(cards, key=lambda c: min((rank(d) for d in c.sources), default=len(retrieved)))


def _stated_in(
    card: EventCard,
    q: EventQuestion,
    evidence: Sequence[Evidence],
    docs: Sequence[str],
    book: CitationBook,
) -> list[Evidence]:
    """Evidence in `docs` (the articles retrieval ranked highest for the question) that name
    the event with every word the question names it by and state the value as the card
    quotes it: the article asked about is cited even when the card was built from another
    report of the same event."""
    if not evidence or len(evidence[0].quote.split()) < 2:
        return []  # one word ("جدة") is found anywhere
    quote = evidence[0].quote
    named = set(tokenize(normalize(card.name))) & set(tokenize(q.rest or q.text))
    named = {w for w in named if len(w) > 2}
    if len(named) < 2:
        return []
    out = []
    for doc_id in docs:
        record = book.article(doc_id)
        if record is None or any(e.doc_id == doc_id for e in evidence):
            continue
        at = record.text.find(quote)
        if at >= 0 and named <= set(tokenize(normalize(record.text))):
            out.append(Evidence(doc_id, at, at + len(quote), quote))
    return out


def _one_event_reported_twice(cards: Sequence[EventCard]) -> bool:
    """Whether `cards` look like one event under several names: one kind, one city (a
    report that names none may be of it), and years that overlap (editions of a series
    differ in year, kind or city)."""
    kinds = {c.kind for c in cards}
    cities = {c.city for c in cards} - {None}
    # each card's years as a span: "1436هـ" runs from 2014 to 2015, and a card dated
    # 2015-07-17 fits in it
    spans = [span for c in cards if (span := _year_span(c)) is not None]
    overlap = not spans or max(lo for lo, _ in spans) <= min(hi for _, hi in spans)
    return len(kinds) == 1 and len(cities) == 1 and overlap


def _year_span(card: EventCard) -> tuple[int, int] | None:
    """The first and last year of a card's dates (None when it has no dated start)."""
    start, end = card.start_date, card.end_date or card.start_date
    if not (start and end and start[:4].isdigit() and end[:4].isdigit()):
        return None
    return int(start[:4]), int(end[:4])


_CORROBORATED_CHARS = 6  # shorter values ("جدة") say too little to tie a sentence to the event
_MOST_QUOTES = 3  # evidence sentences quoted behind one value
# reports cited behind one value: an agency story printed by four papers is cited from each
_MOST_MARKERS = 5
# another report printing a value in these many words around it, the value's own included,
# prints the same story (an agency story in several papers); a shorter sentence is no proof
_REPRINT_WORDS = 10


def _reprint_of(
    value: str, marker: int, book: CitationBook
) -> Callable[[str, ArticleLike], tuple[int, int] | None] | None:
    """How another article is searched for the sentence cited at `marker` as printing
    `value`: the `_REPRINT_WORDS` words around the value there, hamzas and diacritics aside;
    None when the sentence is shorter or does not hold the value."""
    cited = book.citations[marker - 1]
    record = book.article(cited.doc_id)
    if record is None:
        return None
    sentence = record.text[cited.start : cited.end]
    at = locate(sentence, value)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
    if at is None or len(words) < _REPRINT_WORDS:
        return None
    lo, hi = word_window(words, at, _REPRINT_WORDS)
    window = sentence[words[lo][0] : words[hi - 1][1]]
    return lambda _doc_id, other: locate(other.text, window)


def _names_a_plural_card(question: str, cards: Sequence[EventCard]) -> bool:
    """Whether the question writes out the name of a card whose head is a plural event
    noun ("مهرجانات بيت الدين", "فعاليات صيف أبها")."""
    asked = f" {normalize(question)} "
    if not any(is_plural_event(word) for word in asked.split()):
        return False  # most questions: no card's name need be read
    for card in cards:
        name = normalize(card.name)
        if name.split()[:1] and is_plural_event(name.split()[0]) and f" {name} " in asked:
            return True
    return False


def _cite_all(
    book: CitationBook, evidence: Sequence[Evidence], most: int = _MOST_QUOTES
) -> list[int]:
    markers: list[int] = []
    for e in evidence:
        m = book.cite(e)
        if m is not None and m not in markers:
            markers.append(m)
        if len(markers) >= most:
            break
    return markers


def _figure(
    q: EventQuestion,
    card: EventCard,
    rank: Callable[[str], int] | None = None,
    near: Callable[[Evidence], int] | None = None,
) -> tuple[str, list[Evidence]] | None:
    """The card's count of what the question counts. A card of several reports (a festival's
    daily figures) may count it in each: the one whose sentence states a number the question
    states ("… محملة بـ194.792 كرتونا؟"), else the one of the article retrieval ranked first
    for the question; within an article, the one whose sentence holds most of the question's
    other words (`near`: "كم مشاركا تأهل إلى التصفيات النهائية؟" is not the count of one
    town's entrants), else the first the card lists."""
    # an Arabic question about an English article: "كم شخصا" counts "people" too
    words = [*q.counts, *(e for w in q.counts if (e := r.counts_en(w)) != w)]
    asked = [word_keys(t) for w in words for t in tokenize(w)]
    asked = [k for k in asked if not (k & {"عدد", "number", "mani", "many"})]
    if not asked:
        return None
    pins = pinning_numbers(q.text.split())
    found: list[tuple[tuple[bool, int, int, int], Figure, Evidence]] = []
    for order, fig in enumerate(card.figures):
        counted = {k for t in tokenize(fig.counts) for k in word_keys(t)}
        english = r.counts_en(fig.counts)
        counted |= {k for t in tokenize(english) for k in word_keys(t)}
        if not any(k & counted for k in asked):
            continue
        for said in card.evidence.get("figures", []):
            if str(fig.value) in normalize(said.quote) or f"{fig.value:,}" in said.quote:
                key = (
                    not states_pin(said.quote, pins),
                    rank(said.doc_id) if rank else 0,
                    -near(said) if near else 0,
                    order,
                )
                found.append((key, fig, said))
    if not found:
        return None
    _, fig, ev = min(found, key=lambda f: f[0])
    return r.figure_text(fig, ev.quote, q.lang), [ev]


def _words_around(book: CitationBook, words: Sequence[str], ev: Evidence) -> int:
    """How many of `words` (normalized) the sentence holding `ev` writes."""
    record = book.article(ev.doc_id)
    if record is None:
        return 0
    start, end = sentence_span(record.text, ev.start, ev.end)
    said = normalize(record.text[start:end]).split()
    return sum(any(same_word(w, t) for t in said) for w in words)


def _person(q: EventQuestion, card: EventCard) -> tuple[str, list[Evidence]] | None:
    """The card's person whose role is the one asked about ("مساعد الأمين لتقنية المعلومات")."""
    asked = [w for w in q.role if not _is_event_word(w)]
    if not asked:
        return None
    for person in card.people:
        held = [normalize(t) for t in person.role.split()]
        if not any(same_word(h, asked[0]) for h in held):
            continue  # the head of the role ("رئيس", "مدير") must be the same
        if sum(any(same_word(h, w) for h in held) for w in asked) < min(2, len(asked)):
            continue
        ev = [e for e in card.evidence.get("people", []) if person.name in e.quote]
        if ev:
            return person.name, ev[:1]
    return None


def _is_event_word(word: str) -> bool:
    return bool(word_keys(word) & GENERIC_WORDS)


def _widest(cards: list[EventCard], qwords: QuestionWords) -> list[EventCard]:
    """The cards no other of `cards` holds more of the question's words than: "مهرجان دبي
    السينمائي الدولي" is the film festival's card, not that of a forum in Dubai, whatever
    the weight of "دبي" among few cards."""
    ordinal = {i for i, w in enumerate(qwords.words) if w & ORDINAL_WORDS}  # editions: `_fits`
    held = {id(c): words_held(qwords, c) - ordinal for c in cards}
    return [c for c in cards if not any(held[id(c)] < held[id(o)] for o in cards)]


# "the 4th edition", "the fourth summit": an ordinal before "edition" or an event noun
_EN_EDITION = re.compile(
    rf"\b(?:(\d+)(?:st|nd|rd|th)|({'|'.join(_EN_ORDINALS)}))(?: [\w'-]+){{0,4}}? (?:edition"
    r"|session|summit|forum|conference|symposium|festival|exhibition|meeting|congress|expo)\b"
)


def _edition_asked(q: EventQuestion) -> int | None:
    if q.lang == "en":
        m = _EN_EDITION.search(q.text)
        if m:
            return int(m.group(1)) if m.group(1) else _EN_ORDINALS.get(m.group(2) or "")
        return None
    found = _arabic_edition(q)
    return found[0] if found else None


def _edition_words(q: EventQuestion) -> list[str]:
    """The Arabic ordinal the question names its edition with ("النسخة الرابعة": الرابعه);
    of an English one, the Arabic ordinal of its number ("the 4th edition": الرابع), which
    the Arabic articles write."""
    if q.lang == "en":
        edition = _edition_asked(q)
        word = ARABIC_ORDINALS.get(edition) if edition is not None else None
        return [word] if word else []
    found = _arabic_edition(q)
    return found[1] if found else []


def _arabic_edition(q: EventQuestion, noun: bool = False) -> tuple[int, list[str]] | None:
    """The edition an Arabic question names by an ordinal, and the ordinal's words (`noun`:
    with the word it ranks, "الموسم الاول")."""
    toks = tokens(q.text)
    for i in range(1, len(toks)):
        found = ordinal_at(toks, i)  # "الدورة الثانية عشرة": 12
        if found is not None and toks[i - 1].norm not in _RANKED:
            return found[0], [t.norm for t in toks[i - (1 if noun else 0) : i + found[1]]]
    return None


def _writes_edition_as_asked(q: EventQuestion, text: str) -> bool:
    """Whether an article writes the edition in the question's own words, its noun and its
    ordinal ("عروض الموسم الأول"): a noun the extractor reads no edition after is still the
    one asked about."""
    found = _arabic_edition(q, noun=True) if q.lang != "en" else None
    if found is None:
        return False
    phrase, words = found[1], [t.norm for t in tokens(text)]
    return any(words[i : i + len(phrase)] == phrase for i in range(len(words)))


# what an ordinal ranks in a question other than the event's edition: "الفائز الثاني",
# "المركز الأول", "اليوم الثالث", "الجلسة الأولى"
_RANKED = frozenset(
    normalize(w)
    for w in (
        "الفائز", "الفائزة", "للفائز", "للفائزة", "المركز", "بالمركز", "المرتبة", "اليوم",
        "الأسبوع", "الجلسة", "الشوط", "الجائزة", "الفائزين", "الفائزات", "المراكز",
        # a stage of the event: "المحطة الثانية لقطار القراءة", "الليلة الثالثة"
        "المحطة", "الليلة", "الفقرة", "الحلقة", "الفئة",
    )
)  # fmt: skip


def _series_id(card: EventCard) -> str:
    """The id of the card's series: its event id without the edition or year it ends with
    (`names.event_id`)."""
    year = _year(card)
    for suffix in (card.edition, year):
        if suffix and card.event_id.endswith(f"-{suffix}"):
            return card.event_id[: -len(str(suffix)) - 1]
    return card.event_id


def _who(
    q: EventQuestion, docs: list[str], text_of: ArticleText, names_event: Callable[[str], bool]
) -> Found | None:
    """The person a person, opener or at-whose-request question asks about, read in `docs`."""
    if q.field == "opener":
        return opener(docs, text_of, names_event)
    if q.field == "request":  # "بطلب ممن …": "بطلب من الأمير فلان"
        return requested_by(q.role[0], content_words(q.text), docs, text_of) if q.role else None
    return _post_holder(q, docs, text_of, names_event)


def _post_holder(
    q: EventQuestion, docs: list[str], text_of: ArticleText, names_event: Callable[[str], bool]
) -> Found | None:
    """Who holds the post a question asks about, read in `docs`; a post asked with its
    event's noun ("من مخرج عرض …") also without it, as reports say it ("بقيادة المخرج
    فلان", the show named before)."""
    role = set(q.role)
    context = [w for w in q.text.split() if len(w) > 2 and w not in role]
    found = role_holder(q.role, docs, text_of, names_event, context)
    if found is None and len(q.role) > 1 and names_an_activity(q.role[-1]):
        found = role_holder(q.role[:-1], docs, text_of, names_event, context)
    return found


_FIRST_REPORTS = 2  # reports retrieval ranked first that may state an edition asked about


def _first_reports(retrieved: Collection[str]) -> list[str]:
    """The reports retrieval ranked first for a question (see `_FIRST_REPORTS`)."""
    return list(dict.fromkeys(retrieved))[:_FIRST_REPORTS]


def _venue_in_its_town(card: EventCard, book: CitationBook) -> str | None:
    """The venue and its town as the article says them together ("بقاعة … بالدرعية"), when
    the town said right after the venue (`with_its_town`) is the card's city; else None."""
    if not (card.venue and card.city):
        return None
    city = normalize(card.city).removeprefix("ال")
    for e in card.evidence.get("venue", []):
        article = book.article(e.doc_id)
        if article is None or article.text[e.start : e.end] != card.venue:
            continue
        window = article.text[e.start : e.end + _TOWN_AFTER_VENUE]
        _, end = with_its_town(window, (0, e.end - e.start))
        if end > e.end - e.start and normalize(window[:end]).endswith(city):
            return window[:end]
    return None


_TOWN_AFTER_VENUE = 40  # chars after a venue where its town is looked for


def _best_named(qwords: QuestionWords, cards: Sequence[EventCard]) -> list[EventCard]:
    """The cards the question names best (within `TIE` of the first)."""
    ranked = rank_cards(qwords, cards)
    return [c for c, cover in ranked if cover >= ranked[0][1] - TIE] if ranked else []


def _named_other_editions(
    q: EventQuestion, qwords: QuestionWords, cards: Sequence[EventCard]
) -> list[EventCard]:
    """The cards the question names best that are of another edition or year than the one
    it asks about (none when it asks no edition or year)."""
    if _edition_asked(q) is None and q.year is None:
        return []
    named = _best_named(qwords, cards)
    fitting = {id(c) for c in _of_edition(q, named)}
    return [c for c in named if id(c) not in fitting]


def _of_edition(q: EventQuestion, cards: Sequence[EventCard]) -> list[EventCard]:
    """The cards that may be of the edition (its number or year) the question asks about."""
    edition = _edition_asked(q)
    return [c for c in cards if _fits(c, q, edition)]


def _states_edition(text: str, edition: int | None, year: int | None) -> bool:
    """Whether an article states the edition ("القمة الرابعة", "the 4th edition") or the
    year asked about."""
    digits = to_ascii_digits(text)
    if year is not None and re.search(rf"(?<!\d){year}(?!\d)", digits):
        return True
    return edition is not None and edition in editions_stated(digits)


def _fits(card: EventCard, q: EventQuestion, edition: int | None) -> bool:
    if edition is not None and card.edition is not None and card.edition != edition:
        return False
    year = _year(card)
    return not (q.year is not None and year is not None and year != q.year)


def _has(card: EventCard, q: EventQuestion) -> bool:
    name = q.field
    if name == "stage":
        return bool(card.venue)
    if name in ("place", "venue"):
        return bool(card.venue or card.city)
    if name == "date":
        return bool(card.start_date or card.date_text)
    if name == "opener":
        return bool(card.people)
    if name == "figure":
        return bool(card.figures)
    if name == "person":
        return bool(card.people)
    return bool(getattr(card, name or "", None))


def _year(card: EventCard) -> int | None:
    return int(card.start_date[:4]) if card.start_date else None


def _order(card: EventCard) -> tuple[str, int, str]:
    return (card.start_date or "9999", card.edition or 0, card.name)


def _in_month(card: EventCard, month: int, year: int | None) -> bool:
    start = card.start_date
    if start:
        return len(start) >= 7 and int(start[5:7]) == month
    # "7 و8 يونيو المقبل" of an undated article: June, of a year no one can tell
    return year is None and month in named_months(card.date_text or "")


def _in_time(card: EventCard, q: EventQuestion, today: date) -> bool:
    """Whether the card's dates fit the question's year, month and upcoming/past filter."""
    start = card.start_date
    if q.year is not None and (not start or int(start[:4]) != q.year):
        return False
    if q.month is not None and not _in_month(card, q.month, q.year):
        return False
    if q.when is None:
        return True
    iso = today.isoformat()
    if not start:
        return card.status in (("upcoming", "announced") if q.when == "upcoming" else ("past",))
    end = card.end_date or start
    if q.when == "upcoming":
        return end[: len(iso)] >= iso[: len(end)]
    return end[: len(iso)] < iso[: len(end)]


_RIVAL_WORDS = 2  # rare question words a report must hold beyond a card's own articles
_RIVAL_POOL = 6  # top retrieved reports weighed against a card's own


def _doc_keys(book: CitationBook, doc_id: str) -> set[str]:
    """The word keys of an article's title and text (`_place_keys_of`; none for an article
    gone)."""
    record = book.article(doc_id)
    return _place_keys_of(f"{record.title or ''} {record.text}") if record is not None else set()


def _outworded(
    question: str,
    chosen: Sequence[EventCard],
    retrieved: Sequence[str],
    book: CitationBook,
    placed: Sequence[str] = (),
) -> list[str]:
    """The top retrieved reports that hold at least `_RIVAL_WORDS` rare words of the question
    the chosen cards' own articles do not, and every rare one those do, most first; a word
    the question places the event in (`placed`: "… في ساجر") weighs as two.

    A word is rare when at most half the reports weighed hold it, or two of a pool of three
    or four (two reports of the rival event), so "عيد", "الفطر" of every Eid report are not;
    event nouns and stopwords never count. A card is chosen by its name's
    words only: "حفل عيد الفطر" of a club in Oregon for "… الذي حضره محافظ الأسياح سليمان
    البحيري؟", whose governor and town only the Asyah report writes.
    """
    own = _sources(chosen)
    top = list(dict.fromkeys(retrieved))[:_RIVAL_POOL]
    if not own or not top:
        return []
    pool = list(dict.fromkeys([*top, *own]))
    keys = {d: _doc_keys(book, d) for d in pool}
    words = [
        forms
        for t in dict.fromkeys(tokenize(question))
        if t not in STOPWORDS and len(t) >= 3 and not t.isdigit()
        if not ((forms := word_keys(t)) & GENERIC_WORDS)
    ]
    rare = [w for w in words if sum(bool(w & keys[d]) for d in pool) <= max(2, len(pool) // 2)]
    place_keys = set().union(*map(word_keys, placed))
    weight = [_RIVAL_WORDS if w & place_keys else 1 for w in rare]
    held = {i for i, w in enumerate(rare) for d in own if w & keys[d]}
    gains: list[tuple[int, str]] = []
    for d in top:
        if d in own:
            continue
        mine = {i for i, w in enumerate(rare) if w & keys[d]}
        gain = sum(weight[i] for i in mine - held)
        if held <= mine and gain >= _RIVAL_WORDS:
            gains.append((gain, d))
    return [d for _, d in sorted(gains, key=lambda pair: -pair[0])]


def _without_role(words: list[str], role: list[str]) -> str:
    """The question's words less those of the role it asks about (its event nouns kept: "مدير
    معرض"), where the role is said: "من رئيس بلدية الزلفي الذي … في حفل أهالي الزلفي" still
    names the town its event is held in."""
    drop = {w for w in role if not _is_event_word(w)}
    n = len(role)
    at = next((i for i in range(len(words) - n + 1) if n and words[i : i + n] == role), None)
    if at is None:
        return " ".join(t for t in words if t not in drop)
    return " ".join(t for i, t in enumerate(words) if not (at <= i < at + n and t in drop))


def _attested(
    phrase: list[frozenset[str]], own: Sequence[str], retrieved: Sequence[str], book: CitationBook
) -> list[frozenset[str]]:
    """`phrase` when the chosen cards' articles (`own`) or the first `_RIVAL_POOL` retrieval
    found write it as the question does, else none: "الشركة المعروفة بـ…", "أمانة المدينة
    المنورة لتكريم الجهات" run past the body's name, and no report writes them. A report may
    write a few more words within it, in the same order: "إدارة أوقاف صالح عبد العزيز الراجحي"
    is the body asked as "إدارة أوقاف صالح الراجحي"."""
    pool = dict.fromkeys([*list(dict.fromkeys(retrieved))[:_RIVAL_POOL], *own])
    return phrase if phrase and any(_writes(book, d, phrase, _HOST_SLACK) for d in pool) else []


_HOST_SLACK = 3  # words a report may write within a body's name beyond the question's


def _doc_words(book: CitationBook, doc_id: str) -> tuple[frozenset[str], ...]:
    """The word keys of an article's title and text, word by word (none for one gone)."""
    record = book.article(doc_id)
    return _words_of(f"{record.title or ''} {record.text}") if record is not None else ()


@lru_cache(maxsize=64)
def _words_of(text: str) -> tuple[frozenset[str], ...]:
    """`text`'s word keys, word by word: the body checks read the same few reports several
    times a question (the cards chosen, then each reading of their articles)."""
    return tuple(word_keys(t) for t in tokenize(text))


def _holds(book: CitationBook, doc_id: str, phrase: Sequence[frozenset[str]]) -> bool:
    """Whether an article holds every word of `phrase` close together, in any order
    ("الجمعية العربية السعودية للثقافة والفنون" holds "جمعية الثقافة والفنون"; a report of
    the Medina education office that writes "الملك سعود" and "الطبية" apart does not hold
    "مدينة الملك سعود الطبية")."""
    toks = _doc_words(book, doc_id)
    span = len(phrase) + _HOST_SLACK
    return any(
        all(any(word & t for t in toks[i : i + span]) for word in phrase)
        for i in range(len(toks))
        if phrase[0] & toks[i]
    )


def _writes(
    book: CitationBook, doc_id: str, phrase: Sequence[frozenset[str]], slack: int = 0
) -> bool:
    """Whether an article writes `phrase`, word after word (each with its attached letters),
    with at most `slack` other words between them in all."""
    toks = _doc_words(book, doc_id)
    return any(
        _written_from(toks, i, phrase, slack) for i in range(len(toks)) if phrase[0] & toks[i]
    )


def _written_from(
    toks: Sequence[frozenset[str]], i: int, phrase: Sequence[frozenset[str]], slack: int
) -> bool:
    """Whether `phrase` is written from token `i` on, in order, skipping at most `slack`
    tokens in all (each word taken at its first place: that skips the fewest)."""
    at = i
    for word in phrase[1:]:
        nxt = next(
            (j for j in range(at + 1, min(len(toks), at + 2 + slack)) if word & toks[j]), None
        )
        if nxt is None:
            return False
        slack -= nxt - at - 1
        at = nxt
    return True


_PLACING = frozenset(tokenize("في فى حي بحي بمدينة بمحافظة بقرية بمركز"))


def _placed_words(question: str) -> list[str]:
    """The words a question places its event in: the one after "في", "حي", "بمحافظة" …
    ("في أي مدينة" places it nowhere)."""
    toks = tokenize(question)
    return [
        after
        for before, after in zip(toks, toks[1:], strict=False)
        if before in _PLACING and after not in STOPWORDS and not GENERIC_WORDS & word_keys(after)
    ]


def _place_keys_of(text: str) -> set[str]:
    """The word keys of `text`, with those of each part of a town's name written joined
    ("حفرالباطن": "حفر" and "الباطن", as "حفر الباطن" is asked)."""
    keys: set[str] = set()
    for tok in tokenize(text):
        keys |= word_keys(tok)
        at = tok.find("ال", 2)
        if at >= 3 and not tok.startswith(("ال", "وال", "بال", "لل", "فال")) and len(tok) - at >= 4:
            keys |= word_keys(tok[:at]) | word_keys(tok[at:])
    return keys


def _names_own_event(cards: Sequence[EventCard], qwords: QuestionWords) -> Callable[[str], bool]:
    """Whether a word is one of the event's own names: its cards' or those the question
    gives it ("الرطب" of "مهرجان الرطب"), never a word any event's name holds ("معرض") or
    any report of a ceremony writes ("حفل افتتاح …")."""
    keys = set().union(*(card_name_keys(c) for c in cards), *qwords.named)
    keys -= GENERIC_WORDS | _EVERY_CEREMONY
    return lambda word: bool(word_keys(word) & keys)


def _names_part(name: str, part: Sequence[str]) -> bool:
    """Whether an event's name holds every word of a part ("ملتقى الشباب" of "الشباب")."""
    words = normalize(name).split()
    return all(any(same_word(w, t) for t in words) for w in part)


def _read_line(
    q: EventQuestion,
    found: Found,
    docs: Sequence[str],
    book: CitationBook,
    names_event: Callable[[str], bool],
) -> list[_Line]:
    """The line of a value read from `docs`, cited from its report and from each other one
    that writes it of the event (`names_event`); a day said relative to its article with the
    day it resolves to."""
    days = _days_of(book, found.evidence) if q.field in ("date", "moment") else None
    if q.field == "duration":
        also = same_length_elsewhere(found, docs, _text_of(book))
        markers = _cite_all(book, [found.evidence, *also])
    else:
        find = _read_value_finder(q, found, days, names_event)
        markers = _cite_all(book, [found.evidence])
        if find is not None and markers:
            markers = _cited_where(markers, docs, book, find)
    value = found.value
    if days and not re.search(r"\d", value):
        # "أوّلِ أيّامِ العيد", "مساء أمس": the day it resolves to beside the words
        value = f"{value} ({r.date_range(*days, q.lang)})"
    return [_Line(value, markers)] if markers else []


def _days_of(book: CitationBook, ev: Evidence) -> tuple[str, str | None] | None:
    """The day (and last day) a date said relative to its article's publication resolves to
    ("غداً الخميس", "أوّلِ أيّامِ العيد"), for the date starting at `ev`; None when it does
    not resolve to a day."""
    record = book.article(ev.doc_id)
    if record is None:
        return None
    published = (record.date or "")[:10] or None
    for m in find_dates(record.text, published):
        overlaps = m.start < ev.end and ev.start < m.end
        relative = m.resolution.startswith(("relative", "day "))
        if m.precision == "day" and m.start_date and overlaps and relative:
            return m.start_date, m.end_date
    return None


def _read_value_finder(
    q: EventQuestion,
    found: Found,
    days: tuple[str, str | None] | None,
    names_event: Callable[[str], bool],
) -> Callable[[str, ArticleLike], tuple[int, int] | None] | None:
    """How another report is searched for a value read from the articles (`_cited_where`),
    in a sentence naming the event (`names_event`): a day that resolves (`days`, against
    that report's own date) to the same day ("غداً الخميس" the day before, "اليوم" on the
    day); else the same words. None for a day that resolves to none, or a value too short to
    tie a sentence to it ("5")."""
    if q.field == "date":
        if days is None:
            return None
        return lambda _doc_id, record: same_day(
            record.text, (record.date or "")[:10] or None, days[0], names_event
        )
    return _value_finder(q.field, found.value, names_event)


def _value_finder(
    field: str | None, value: str, names_event: Callable[[str], bool]
) -> Callable[[str, ArticleLike], tuple[int, int] | None] | None:
    """How another report is searched for `value`, a value of `field` that is no day, in a
    sentence naming the event (`names_event`); None for a value too short to tie a sentence
    to it ("5")."""
    if field == "figure" and count_of(value) is not None:
        # "حوالى 1800 سيارة" is "1800 سيارة" in the other paper's report, "30 طالباً" is
        # "ثلاثين طالبًا"
        return lambda _doc_id, record: same_count(record.text, value, names_event)
    if len(value.split()) < 2 or len(value) < _CORROBORATED_CHARS:
        return None
    return lambda _doc_id, record: said_with_event(record.text, value, names_event)


def _cited_where(
    markers: Sequence[int],
    docs: Sequence[str],
    book: CitationBook,
    find: Callable[[str, ArticleLike], tuple[int, int] | None],
    pinned: Collection[str] = (),
) -> list[int]:
    """`markers` with the span `find` locates in each other report of `docs` (one not yet
    cited), up to `_MOST_MARKERS` in all; a report in `pinned` is cited past them."""
    markers = list(markers)
    cited = {book.citations[m - 1].doc_id for m in markers}
    for doc_id in dict.fromkeys(docs):
        record = book.article(doc_id)
        full = len(markers) >= _MOST_MARKERS and doc_id not in pinned
        if full or doc_id in cited or record is None:
            continue
        span = find(doc_id, record)
        if span is None:
            continue
        marker = book.cite(Evidence(doc_id, *span, record.text[span[0] : span[1]]))
        if marker is not None and marker not in markers:
            markers.append(marker)
    return markers


__all__ = ["CardAnswerer", "COMPARE", "COUNT", "EDITIONS", "FIELD", "LIST"]
