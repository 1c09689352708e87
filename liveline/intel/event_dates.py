"""Dates counted from an event: "trois jours après le séisme", "le lendemain de la frappe", "two days after
Milton made landfall": the event's date is one the post or an earlier post of the blog gave it (the blog's
`BlogContext` keeps the dated sentences)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from liveline.intel import lexicon, tense
from liveline.intel.calendar_parts import number
from liveline.intel.context import BlogContext, EventNote
from liveline.intel.date_patterns import UNITS
from liveline.intel.text import Span

if TYPE_CHECKING:
    from liveline.intel.dates import DateMention

# Words that say nothing about which event "trois jours après ..." counts from.
_EVENT_STOP = {
    "jour",
    "jours",
    "semaine",
    "semaines",
    "day",
    "days",
    "week",
    "weeks",
    "début",
    "fin",
    "start",
    "end",
    "beginning",
    "moment",
    "heure",
    "heures",
    "hour",
    "hours",
    "fois",
    "time",
}


def day_step(word: str) -> int:
    """The days "le lendemain", "le surlendemain", "la veille", "l'avant-veille", "the day after" count."""
    if re.search(r"avant-veille", word, re.I):
        return -2
    if re.search(r"veille|before", word, re.I):
        return -1
    return 2 if re.search(r"surlendemain", word, re.I) else 1


def names_an_event(m: re.Match, text: str, lang: str) -> bool:
    """ "trois jours après le séisme" counts from an event; "trois jours plus tard" from the last date."""
    if not re.match(r"après|avant|after|before", m.group("dir"), re.I):
        return False
    rest = text[m.end() : m.end() + 3]
    return bool(re.match(r"\s+\w", rest))


def _content_words(tokens) -> dict[str, int]:
    words: dict[str, int] = {}
    for t in tokens:
        # Nouns, names and adjectives; a participle used as an adjective ("grève illimitée") too.
        adjectival = t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and t.dep_ in {"acl", "amod"}
        if t.pos_ not in {"NOUN", "PROPN", "ADJ"} and not adjectival or len(t.text) < 3 or not t.text[0].isalpha():
            continue
        w = t.lower_
        if len(w) > 4 and w[-1] in "sx":
            w = w[:-1]
        if (
            w in _EVENT_STOP
            or w in lexicon.WEEKDAYS_FR
            or w in lexicon.WEEKDAYS_EN
            or w in lexicon.MONTHS_FR
            or w in lexicon.MONTHS_EN
        ):
            continue
        words.setdefault(w, t.idx)
    return words


def after_event(
    m: re.Match,
    text: str,
    lang: str,
    published: date,
    sent: Span | None,
    found: list[DateMention],
    doc,
    sentences: list[Span],
    context: BlogContext | None,
) -> str | None:
    """ "N jours après <event>" / "N days after <event>" / "le lendemain de <event>": the event's date
    plus N days, or nothing.

    The event's date is a date inside the event's words ("trois jours après la manifestation du 23
    septembre"), else the date of the sentence of this post or of an earlier post of the blog that
    names the same event ("after Milton made landfall" / "Milton made landfall ... on Wednesday").
    An approximate count ("less than two weeks after") is no date.
    """
    if m.groupdict().get("qual"):
        return None
    if "n" in m.groupdict():
        n = number(m.group("n").lower(), lang)
        unit = UNITS.get(m.group("u").lower())
        if not n or not unit:
            return None
        step = n * unit * (-1 if re.match(r"avant|before", m.group("dir"), re.I) else 1)
    else:
        step = day_step(m.group("w"))
    stop = sent.end if sent else len(text)
    phrase_end = m.end()
    while phrase_end < stop and text[phrase_end] not in ',;:.!?()«»"“”':
        phrase_end += 1
    told = _relative_clause_end(text, phrase_end, stop)
    inside = [d for d in found if m.end() <= d.start < told and "/" not in d.value]
    if inside:
        return (date.fromisoformat(inside[0].value) + timedelta(days=step)).isoformat()
    if doc is None:
        return None
    span = doc.char_span(m.end(), phrase_end, alignment_mode="expand")
    event = _content_words(span) if span is not None else {}
    if not event:
        return None
    notes: list[EventNote] = []
    for other in sentences:
        if sent is not None and other.start >= sent.start:
            break
        dated = [
            (d.start - other.start, d.value)
            for d in found
            if other.start <= d.start < other.end and "/" not in d.value and _dates_the_sentence(d, lang)
        ]
        if dated:
            other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
            if other_span is not None:
                notes.extend(_dated_notes(other_span, other.start, dated, _counted_from(text, found)))
    # "Au lendemain de la frappe" counts only from this post (docs/annotation-guide.md); "trois jours
    # après le séisme" also from the blog's earlier posts.
    earlier = list(context.earlier_events()) if context is not None and "n" in m.groupdict() else []
    when = _event_date(set(event), notes, earlier)
    if when is None:
        return None
    value = date.fromisoformat(when) + timedelta(days=step)
    # The clause the phrase dates must agree: "Two days after X, 2 million customers are still without
    # power" is today; "..., a minute of silence was observed" is today or before. Journalists often
    # count loosely ("two days after" a night-time event): a day that disagrees is no date at all.
    doc_sent = doc.char_span(sent.start, sent.end, alignment_mode="expand") if sent is not None else None
    if doc_sent is None:
        return None
    main = phrase_end
    while main < stop and not text[main].isalnum():
        main += 1
    where = (main, main + 1) if main < stop else (m.start(), m.end())
    said = tense.clause_tense(doc_sent, *where, lang)
    if said == tense.FUTURE:
        return value.isoformat() if value >= published else None
    if said == tense.PAST:
        return value.isoformat() if value <= published else None
    return value.isoformat() if value == published else None


# A clause set off right after the event tells its date: "la veille du prologue, qui s'élancera demain",
# "deux jours avant le sommet, prévu jeudi", "the day before the vote, which is scheduled for Sunday".
_RELATIVE = re.compile(
    r",\s*(?:qui|prévue?s?|programmée?s?|attendue?s?|organisée?s?|fixée?s?|survenue?s?|which|scheduled|set|due)\b",
    re.I,
)


def _relative_clause_end(text: str, phrase_end: int, stop: int) -> int:
    """Where the event phrase ending at `phrase_end` ends with the clause set off after it that may date it."""
    if not _RELATIVE.match(text, phrase_end):
        return phrase_end
    end = phrase_end + 1
    while end < stop and text[end] not in ',;:.!?()«»"“”':
        end += 1
    return end


def _event_date(event: set[str], this_post: list[EventNote], earlier: list[EventNote]) -> str | None:
    """The date of the note that shares most words with the event: among dated sentences, the one giving
    the latest date (the blog is about its latest earthquake; "le séisme d'Al Haouz, le 8 septembre 2023"
    is an older one named in passing); failing that, the first undated report of it (an event told in the
    past on the day it happened)."""
    best: tuple[int, int, str, int] | None = None
    choice: str | None = None
    for rank, note in enumerate([*earlier, *this_post]):
        shared = event & note.words.keys()
        if not shared:
            continue
        at = min(note.words[w] for w in shared)
        when = min(note.dates, key=lambda d: abs(d[0] - at))[1]
        # More shared words first; then a dated sentence; then the latest date (the latest note of two
        # giving it), or the first undated report.
        score = (len(shared), 1, when, rank) if note.strong else (len(shared), 0, "", -rank)
        if best is None or score > best:
            best, choice = score, when
    return choice


_STRETCH_BREAKS = {",", ";", ":", "(", ")", "—", "–"}


def _counted_from(text: str, found: list[DateMention]) -> list[tuple[int, int]]:
    """The event phrases that dates of the post were counted from ("deux jours après la tempête": "la tempête"),
    up to the next punctuation: the sentence does not tell that the event happened on its date."""
    spans = []
    for d in found:
        if not re.search(r"(?:\b|sur)(?:après|avant|lendemain|veille|after|before)$", d.text, re.I):
            continue
        end = d.end
        while end < len(text) and text[end] not in ',;:.!?()«»"“”':
            end += 1
        spans.append((d.end, end))
    return spans


def _dated_notes(
    span, origin: int, dated: list[tuple[int, str]], counted: list[tuple[int, int]] = ()
) -> list[EventNote]:
    """The notes of a sentence that gave dates (offsets from `origin`). When it gave several, the words of a stretch
    between commas that holds a date go with that date only: in "aujourd'hui l'arrivée à Pla d'Adet, demain le
    Plateau de Beille", Pla d'Adet is today's; the other words keep every date of the sentence. Words of an event
    a date was `counted` from are left out."""
    words = {w: i - origin for w, i in _content_words(span).items() if not any(a <= i < b for a, b in counted)}
    if len(dated) < 2:
        return [EventNote(words, dated, strong=True)] if words else []
    cuts = [t.idx - origin for t in span if t.text in _STRETCH_BREAKS]
    notes, rest = [], dict(words)
    for a, b in zip([0, *cuts], [*cuts, span.end_char - origin + 1], strict=True):
        own = [d for d in dated if a <= d[0] < b]
        mine = {w: i for w, i in words.items() if a <= i < b}
        if own and mine and len(own) < len(dated):
            notes.append(EventNote(mine, own, strong=True))
            for w in mine:
                rest.pop(w, None)
    if rest:
        notes.append(EventNote(rest, dated, strong=True))
    return notes


def remember(
    context: BlogContext,
    text: str,
    lang: str,
    published: date,
    sentences: list[Span],
    doc_sents: dict,
    found: list[DateMention],
) -> None:
    for sent in sentences:
        span = doc_sents.get(sent.start)
        if span is None:
            continue
        words = {w: i - sent.start for w, i in _content_words(span).items()}
        if not words:
            continue
        dated = [
            (d.start - sent.start, d.value)
            for d in found
            if sent.start <= d.start < sent.end and "/" not in d.value and _dates_the_sentence(d, lang)
        ]
        if dated:
            for note in _dated_notes(span, sent.start, dated, _counted_from(text, found)):
                context.add_event(note)
        elif _told_in_the_past(span):
            # Told in the past with no date: it happened on (or just before) the day of the post.
            context.add_event(EventNote(words, [(0, published.isoformat())], strong=False))


def _dates_the_sentence(mention: DateMention, lang: str) -> bool:
    """Whether a date of a sentence may date the events it tells: "L'accusé, détenu depuis le 8 mars 2022, a toujours
    nié les faits" does not date the facts, a "depuis" date opens a state up to now (French only)."""
    return not (lang == "fr" and re.match(r"depuis\b", mention.text, re.I))


def _told_in_the_past(span) -> bool:
    past = future = False
    for t in span:
        if t.tag_ == "MD" or "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood"):
            future = True
        elif t.pos_ in {"VERB", "AUX"} and (t.tag_ == "VBD" or "Past" in t.morph.get("Tense")):
            past = True
    return past and not future
