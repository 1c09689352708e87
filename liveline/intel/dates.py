"""Dates resolved against the post's publication time, in the blog's time zone.

A bare weekday is the most recent one (today included) unless its sentence speaks of the future,
then the next one (today included); "dernier"/"last" and "prochain"/"next" never mean today.
"depuis 35 jours" / "for 35 days" gives the start date; "trois jours plus tard" / "three days after"
counts from the last date the post gave. Ranges are written `start/end` (ISO 8601 intervals): "du 3
au 5 avril", "la nuit de samedi à dimanche", "ce week-end", "cette semaine", "mi-avril" (the 11th to
the 20th), "en fin de semaine" (Friday to Sunday; "cette fin de semaine" is the weekend), "la fin du
mois". "lundi 16" is the Monday the 16th; what a decision just taken sets ("ont voté la reconduction
jusqu'à jeudi", "d'ici vendredi") and a present that opens or holds an event ("commence vendredi")
lie ahead, as what is called for or expected ("appelle à une marche samedi", "sont à prévoir jeudi"); an event
moved later was set before its new day ("prévu mercredi, a été repoussé à ce soir"); a day in a "depuis" phrase is
gone. Not dates: "cette nuit-là", "le jeudi" and "le marché du dimanche" (habits), "le 14 Juillet" (a capitalised
French month names a holiday or a street), "« Vendredi soir »" (a title in quote marks), "dimanche 3 à 1" (a score is
no day number).

This module finds the expressions and resolves the plain ones; the patterns are in `date_patterns`, the
calendar arithmetic (years, parts of a week or month) in `calendar_parts`, the weekday rules in `weekdays`
and the dates counted from an event ("trois jours après le séisme") in `event_dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from liveline.intel import calendar_parts, event_dates, lexicon, tense, weekdays
from liveline.intel.calendar_parts import month_is_a_month, month_number, months_back, number, year_beside, year_for
from liveline.intel.context import BlogContext
from liveline.intel.date_patterns import (
    COMPILED,
    EN_WD,
    FR_WD,
    NAMED_MONTH_EN,
    NAMED_MONTH_FR,
    SCHEDULE,
    SET_OFF_DAY,
    UNITS,
    clause_tense,
    day_number,
    opens,
)
from liveline.intel.text import Span, quoted_spans


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str  # ISO date or start/end


# "depuis son élection du 5 novembre", "depuis sa nomination le 13 décembre", "since his election on November 5":
# a day named in a "depuis"/"since" phrase is gone, whatever the verb of the sentence.
# A date inside a noun of the phrase ("depuis l'annonce du sommet du 20 juin") may lie ahead: one noun only.
_SINCE_PHRASE = re.compile(
    r"\b(?:depuis|since)\s+(?:(?!(?:que|qu'|qui|et|mais|puis|de|du|des|d'|of|that|which|and|"
    r"but)\b)[^\s,;:.!?()«»“”\"]+\s+){1,3}(?:(?:du|le|on|of)\s+)?$",
    re.I,
)


def _in_since_phrase(sentence: str, at: int, doc_sentence) -> bool:
    found = _SINCE_PHRASE.search(sentence[:at])
    if found is None:
        return False
    if doc_sentence is None:
        return True
    base = doc_sentence.start_char
    return not any(
        found.start() <= t.idx - base < at and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
        for t in doc_sentence
    )


def find(
    text: str, lang: str, published: date, sentences: list[Span], doc=None, context: BlogContext | None = None
) -> list[DateMention]:
    """Every date expression of `text`, resolved; overlapping matches keep the first (most specific) pattern.

    With a `context`, "trois jours après le séisme" counts from the date an earlier post gave the
    earthquake, and this post's dated sentences are added to it for the next posts.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in SCHEDULE[lang].finditer(text)]
    taken += _titles(text, lang, doc)
    raw: list[tuple[int, int, str, re.Match]] = []
    for kind, pattern in COMPILED[lang]:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or kind == "range" and not _days_follow(m):
                continue
            taken.append((m.start(), m.end()))
            raw.append((m.start(), m.end(), kind, m))
    raw.sort(key=lambda r: r[0])
    doc_sents = {}
    if doc is not None:
        for sent in sentences:
            doc_sents[sent.start] = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    anchor: date | None = None
    pending: list[tuple[int, int, str, re.Match, Span | None]] = []
    for start, end, kind, m in raw:
        sent = next((s for s in sentences if s.start <= start < s.end), None)
        sent_text = sent.text if sent else text
        doc_sent = doc_sents.get(sent.start) if sent is not None else None
        if kind == "eventday" or kind == "later" and event_dates.names_an_event(m, text, lang):
            pending.append((start, end, kind, m, sent))  # resolved once every plain date of the post is known
            continue
        if kind == "dayrange":
            value = _range_in_named_month(m, text[:start], published, found)
        elif kind == "namedday":
            value = _day_in_named_month(m, text[:start], published, found)
        else:
            value = _resolve(
                kind, m, lang, published, anchor, sent_text, doc_sent, (start, end), sent.start if sent else 0
            )
        if value is None:
            continue
        if kind not in {"since", "since_date"}:
            anchor = date.fromisoformat(value.split("/")[0])
        found.append(DateMention(start, end, text[start:end], value))
    for start, end, _kind, m, sent in pending:
        value = event_dates.after_event(m, text, lang, published, sent, found, doc, sentences, context)
        if value is not None:
            found.append(DateMention(start, end, text[start:end], value))
    found.sort(key=lambda d: d.start)
    _join_between(text, found)
    _take_restated_days(text, lang, raw, found)
    if lang == "fr":
        bare = {s for s, _e, kind, m in raw if kind == "weekday" and not any(m.group(k) for k in ("dn", "q", "q2"))}
        weekdays.before_the_move(text, bare, found, sentences)
        weekdays.after_the_one_before(text, bare, found)
        _take_set_off_day_numbers(text, found)
    if context is not None and doc is not None:
        event_dates.remember(context, text, lang, published, sentences, doc_sents, found)
    return found


# "La veille, le 28 février, ...", "trois jours après l'incendie, le 20 mars 2023, ...", "the day before (March 3)":
# a full date (or a weekday: "Le surlendemain du lancement, ce jeudi, ...") set off right after a counted day (and the
# event it counts from) restates it, whatever the count gave or failed to give.
_NEXT_DAY = re.compile(r"veille|lendemain|day\s+(?:before|after)|next\s+day|following\s+day", re.I)
_APPOSITION_OPEN = re.compile(r"\s*[,(]\s*(?:on\s+)?")
_EVENT_THEN_APPOSITION = re.compile(r"\s+[^,;:.!?()«»“”\"]+?\s*[,(]\s*(?:on\s+)?")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,;:.!?)]|$)")


def _counts_a_day(kind: str, m: re.Match, text: str, lang: str) -> re.Pattern | None:
    """What may stand between a counted day and a date restating it: the event it counts from, or nothing."""
    if kind == "eventday" or kind == "later" and event_dates.names_an_event(m, text, lang):
        return _EVENT_THEN_APPOSITION
    if kind == "later" or kind == "rel" and _NEXT_DAY.search(m.group(0)):
        return _APPOSITION_OPEN
    return None


def _take_restated_days(
    text: str, lang: str, raw: list[tuple[int, int, str, re.Match]], found: list[DateMention]
) -> None:
    by_start = {d.start: d for d in found}
    for (start, end, kind, m), (nxt_start, nxt_end, nxt_kind, _) in zip(raw, raw[1:], strict=False):
        between = _counts_a_day(kind, m, text, lang)
        restated = by_start.get(nxt_start)
        if (
            between is None
            or nxt_kind not in {"absolute", "weekday"}
            or restated is None
            or "/" in restated.value
            or not between.fullmatch(text, end, nxt_start)
            or not _APPOSITION_CLOSE.match(text, nxt_end)
        ):
            continue
        mention = by_start.get(start)
        if mention is None:
            found.append(DateMention(start, end, text[start:end], restated.value))
            found.sort(key=lambda d: d.start)
        elif not _dates_the_event(kind, m, lang, mention.value, restated.value):
            mention.value = restated.value


# "between Friday and July 27", "between today and Sunday", "entre aujourd'hui et dimanche": two days of different
# forms after "between"/"entre" are one range (two weekdays or two day numbers are read whole by their patterns).
_BETWEEN = re.compile(r"\b(?:between|entre)\s+$", re.I)
_AND = re.compile(r"\s+(?:and|et)\s+(?:le\s+)?", re.I)
_BARE_WEEKDAY = re.compile(rf"(?:{EN_WD}|{FR_WD})(?:\s+\w+)?", re.I)


def _join_between(text: str, found: list[DateMention]) -> None:
    """Join two single days after "between"/"entre" into one range: from the first to the second (a bare weekday at the
    end is the first such day from the start on)."""
    k = 0
    while k + 1 < len(found):
        first, last = found[k], found[k + 1]
        lead = _BETWEEN.search(text, max(0, first.start - 12), first.start)
        if lead is None or "/" in first.value or "/" in last.value or not _AND.fullmatch(text, first.end, last.start):
            k += 1
            continue
        a, b = date.fromisoformat(first.value), date.fromisoformat(last.value)
        while b < a and _BARE_WEEKDAY.fullmatch(last.text):
            b += timedelta(days=7)
        if b <= a:
            k += 1
            continue
        found[k : k + 2] = [DateMention(lead.start(), last.end, text[lead.start() : last.end], f"{a}/{b}")]
        k += 1


def _take_set_off_day_numbers(text: str, found: list[DateMention]) -> None:
    """ "Le vote aura lieu mardi prochain, le 16, ...": the day number set off after a date is that date again, when
    its day agrees (the guide's full date set off after a counted day, the other way round)."""
    for mention in list(found):
        after = SET_OFF_DAY.match(text, mention.end)
        if after is None or "/" in mention.value:
            continue
        day = day_number(after.group("d"))
        start, end = after.span("le")
        if date.fromisoformat(mention.value).day == day and not any(d.start < end and start < d.end for d in found):
            found.append(DateMention(start, end, text[start:end], mention.value))
    found.sort(key=lambda d: d.start)


def _dates_the_event(kind: str, m: re.Match, lang: str, counted: str, restated: str) -> bool:
    """Whether the apposition is the date of the event the day was counted from ("trois jours après son arrivée,
    le 3 mars" when the blog dated the arrival 3 March): then the count stands."""
    if kind != "eventday" and not (kind == "later" and "n" in m.groupdict()):
        return False
    if kind == "eventday":
        step = event_dates.day_step(m.group("w"))
    else:
        n, unit = number(m.group("n").lower(), lang), UNITS.get(m.group("u").lower())
        if not n or not unit:
            return False
        step = n * unit * (-1 if re.match(r"avant|plus\s+tôt|before|earlier", m.group("dir"), re.I) else 1)
    return date.fromisoformat(counted) - timedelta(days=step) == date.fromisoformat(restated)


def _named_month(
    before: str, day: int, at: int, lang: str, today: date, found: list[DateMention]
) -> tuple[int, int] | None:
    """The year and month of the month the post named last in `before` (the text before a day number with no month at
    `at`): the year named with it, else that of a date of the post in that month, else the nearest; None with none."""
    if lang == "fr":
        named = [n for n in NAMED_MONTH_FR.finditer(before) if n.group("m").islower()]
    else:
        named = list(NAMED_MONTH_EN.finditer(before))
    if not named:
        return None
    month = month_number(named[-1].group("m"), lang)
    if not month:
        return None
    if named[-1].group("y"):
        return int(named[-1].group("y")), month
    dated = [date.fromisoformat(d.value) for d in found if "/" not in d.value and d.start < at]
    same = [d for d in dated if d.month == month]
    nearest = year_for(month, day, today)
    return (same[-1].year if same else nearest.year if nearest else today.year), month


def _range_in_named_month(m: re.Match, before: str, today: date, found: list[DateMention]) -> str | None:
    """ "la nuit du 14 au 15" after "Le souvenir de juillet 2021": the days of the month the post named last before
    them, in the year named with it (else the year of a date of the post in that month, else the nearest); with no
    month named before, no date."""
    d1 = day_number(m.group("d1"))
    d2 = int(m.group("d2"))
    named = _named_month(before, d1, m.start(), "fr", today, found)
    if named is None or d2 <= d1:
        return None
    year, month = named
    try:
        return f"{date(year, month, d1).isoformat()}/{date(year, month, d2).isoformat()}"
    except ValueError:
        return None


def _day_in_named_month(m: re.Match, before: str, today: date, found: list[DateMention]) -> str | None:
    """ "cut them again on the 16th" after "on 4 September": that day of the month the post named last before it."""
    day = int(m.group("d"))
    named = _named_month(before, day, m.start(), "en", today, found)
    if named is None:
        return None
    try:
        return date(named[0], named[1], day).isoformat()
    except ValueError:
        return None


def _day_of_month(day: int, today: date, ahead: bool) -> str | None:
    """ "à partir du 15", "jusqu'au 20": that day of the publication's month, or of the next month when it is gone
    ("depuis le 28" early in a month: the last month's)."""
    year, month = today.year, today.month
    if ahead and day < today.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not ahead and day > today.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None  # "jusqu'au 31" in a 30-day month


def _days_follow(m: re.Match) -> bool:
    """Whether the days a French range lists follow each other ("les 17, 18 et 19 mars": one range; "les 3, 10 et 17
    mars" are three days, left to the other patterns). A range with no list always does."""
    if not m.groupdict().get("mid"):
        return True
    days = [day_number(m.group("d1")), *map(int, re.findall(r"\d+", m.group("mid"))), day_number(m.group("d2"))]
    return all(b == a + 1 for a, b in zip(days, days[1:], strict=False))


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _ordered_range(a: date, b: date, today: date, said: str | None) -> tuple[date, date]:
    """The range from a to b, a year apart from what each end gave alone: the start a year earlier in a past clause
    ("avaient été jugés du 6 janvier au 8 avril" in September), the end a year later in a future one, else whichever
    keeps the range nearer publication (0 when it holds publication)."""
    options = [(_shift_year(a, -1), b), (a, _shift_year(b, 1))]
    if said in {tense.PAST, tense.FUTURE}:
        return options[0] if said == tense.PAST else options[1]

    def distance(r: tuple[date, date]) -> int:
        return 0 if r[0] <= today <= r[1] else min(abs((r[0] - today).days), abs((r[1] - today).days))

    return min(options, key=distance)


# "the first rate cut in four months", "its highest level in two weeks": a period counted back, not a day ahead.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|last|only|highest|lowest|worst|best|biggest|largest|smallest|strongest|weakest|most|least|"
    r"longest|shortest|fastest|slowest|record|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|"
    r"rd|th)|once|twice|times)\b(?:\s+[\w'-]+){0,4}\s+$",
    re.I,
)


# "a fifth round due to start in a week": an event set to come after the ordinal is what the count times.
_SET_TO = re.compile(r"\b(?:due|set|expected|scheduled|slated|poised|planned|going)\s+to\s+[a-z]+\b", re.I)


def _period_or_duration(head: str, doc_sentence, start: int, end: int, sentence: str) -> bool:
    """Whether an English "in three days" (`head`: its sentence up to it) is a duration ("rebuilt in three days") or
    a period after a superlative ("the first cut in four years") rather than a day ahead."""
    said = clause_tense(doc_sentence, start, end, "en", sentence)
    if said == tense.PAST:
        return True
    superlative = _SUPERLATIVE_BEFORE.search(head)
    return superlative is not None and not (said == tense.FUTURE and _SET_TO.search(head, superlative.start()))


_UP_TO_NOW = re.compile(r"\b(?:the\s+)?(?:past|last)\b", re.I)


def _closed_period(said: str, doc_sentence, start: int, end: int) -> bool:
    """Whether an English "for two days" is a stretch that does not run up to now, so gives no start date: outside the
    present perfect ("was suspended for two days", "closed schools for three days", "will strike for five days"); "for
    the past three days" always runs up to now."""
    if doc_sentence is None or _UP_TO_NOW.search(said):
        return False
    return not tense.present_perfect(doc_sentence, start, end)


# What follows a quotation that someone said: "« Pas avant lundi », a-t-il dit", '"Not Monday," she said'.
_SAID_AFTER = re.compile(r"\s*,\s*(?:a\s+|ont\s+|a-t-(?:il|elle|on)\s+)?(?P<verb>[^\W\d_]+)", re.I)
_SPEECH = {w.lower() for w in (*lexicon.SPEECH_FR, *lexicon.SPEECH_FR_PRESENT, *lexicon.SPEECH_EN)}


def _titles(text: str, lang: str, doc) -> list[tuple[int, int]]:
    """Quotations that name a work or an operation rather than report words ("la projection de « Vendredi soir »,
    de Claire Denis", "le film « Samedi soir, dimanche matin »"): six words at most, a capital first, no finite
    verb, not after a colon nor before a speech verb. Their dates are no dates."""
    spans = []
    for a, b in quoted_spans(text):
        inner = text[a + 1 : b - 1].strip()
        if not inner[:1].isupper() or len(inner.split()) > 6 or inner[-1:] in {",", ".", "!", "?", ";", ":"}:
            continue
        if text[:a].rstrip().endswith(":"):
            continue
        said = _SAID_AFTER.match(text, b)
        if said is not None and said.group("verb").lower() in _SPEECH:
            continue
        if doc is not None:
            words = doc.char_span(a, b, alignment_mode="expand")
            if words is None or any(
                t.is_alpha and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in words
            ):
                continue
        spans.append((a, b))
    return spans


# An imperfect or pluperfect auxiliary: the clause speaks from an earlier time than publication.
_EARLIER_NOW = re.compile(r"\b(?:avait|avaient|avais|était|étaient)\b", re.I)


def _counted(
    kind: str, g: dict, lang: str, today: date, anchor: date | None, sentence: str, doc_sentence, start: int, end: int,
    sent_start: int,
) -> str | None:
    """ "depuis 35 jours", "il y a trois jours", "dans trois jours", "trois jours plus tard"."""
    n = number(g["n"].lower(), lang) if g.get("n") else 1  # "the past fortnight": one
    unit = UNITS.get(g["u"].lower())
    if not n or not unit:
        return None
    if kind == "later":
        if anchor is None or g.get("qual"):
            return None
        back = re.match(r"avant|plus\s+tôt|before|earlier", g["dir"], re.I)
        return (anchor + timedelta(days=-n * unit if back else n * unit)).isoformat()
    if kind == "ahead":
        if _EARLIER_NOW.search(sentence[: start - sent_start]) and re.match(r"d['’]ici", g.get("lead") or "", re.I):
            return None  # "il avait promis un rapport d'ici dix jours": ten days from a time the text does not date
        if g.get("fromnow"):
            # "a week from today" counts from the day it names, whatever the verb: no duration reads so.
            today += timedelta(days=1 if g["fromnow"].lower() == "tomorrow" else 0)
        elif lang == "en" and _period_or_duration(
            sentence[: start - sent_start], doc_sentence, start, end, sentence
        ):
            return None
        if unit == 365:
            return months_back(today, -12 * n).isoformat()  # "dans un an": the same day next year
        return (months_back(today, -n) if unit == 30 else today + timedelta(days=n * unit)).isoformat()
    if unit == 30:
        return months_back(today, n).isoformat()
    if unit == 365:
        try:
            return today.replace(year=today.year - n).isoformat()
        except ValueError:
            return today.replace(year=today.year - n, day=28).isoformat()
    return (today - timedelta(days=n * unit)).isoformat()


def _day_month_direction(
    kind: str, lang: str, sentence: str, doc_sentence, start: int, end: int, sent_start: int
) -> str | None:
    """Which way a day and month with no year looks from publication (`year_for`'s direction): the clause's tense, a
    participle's, or "since"."""
    direction = "since" if kind == "since_date" else clause_tense(doc_sentence, start, end, lang, sentence)
    done, alone = tense.participle_before(doc_sentence, start, lang, end) if doc_sentence is not None else (None, False)
    if done == tense.PAST and alone and tense.FUTURE in {direction, tense.main_tense(doc_sentence, lang)}:
        # "le sommet, organisé le 20 décembre, réunira ..." a week ahead: a participle alone in a
        # sentence that looks ahead moves the date back only when the nearest one is months ahead.
        direction = tense.PAST
    elif done is not None and kind != "since_date":
        # "l'attaque menée le 20 mars": that 20 March is gone; "sera signé le 20 mars" is ahead.
        direction = "since" if done == tense.PAST else done
    if kind == "absolute" and _in_since_phrase(sentence, start - sent_start, doc_sentence):
        direction = "since"
    elif weekdays.moved_toward(sentence[max(0, start - sent_start - 40) : start - sent_start]):
        direction = tense.FUTURE  # "his sentencing has been postponed until July 15": what is put off lies ahead
    return direction


def _holiday(
    m: re.Match, lang: str, today: date, sentence: str, doc_sentence, start: int, end: int, sent_start: int
) -> str | None:
    """ "on Christmas Eve", "since Boxing Day": the day the holiday names, its year as a day and month's; "between
    Christmas Eve and New Year's Day" the days from the first to the next such second one, "between Christmas Day and
    Sunday" to the first such weekday after it."""
    g = m.groupdict()
    lead = (g.get("lead") or "").lower()
    kind = "since_date" if lead == "since" else "absolute"
    if lead == "on" and \
            clause_tense(doc_sentence, start, end, lang, sentence) not in {tense.PAST, tense.FUTURE}:
        return None  # "Most offices close early on Christmas Eve": a habit
    direction = _day_month_direction(kind, lang, sentence, doc_sentence, start, end, sent_start)
    month, day = lexicon.HOLIDAYS_EN[_holiday_key(g.get("h1") or g["h"])]
    first = year_for(month, day, today, direction)
    if first is not None and g.get("wd2"):
        last = first + timedelta(days=(lexicon.WEEKDAYS_EN[g["wd2"].lower()] - first.weekday()) % 7 or 7)
        return f"{first.isoformat()}/{last.isoformat()}"
    if first is None or not g.get("h1"):
        return first.isoformat() if first else None
    month, day = lexicon.HOLIDAYS_EN[_holiday_key(m.group("h"))]
    last = date(first.year, month, day)
    if last <= first:
        last = date(first.year + 1, month, day)
    return f"{first.isoformat()}/{last.isoformat()}"


def _holiday_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower().replace("’", "'"))


def _resolve(
    kind: str,
    m: re.Match,
    lang: str,
    today: date,
    anchor: date | None,
    sentence: str,
    doc_sentence,
    where: tuple[int, int] = (0, 0),
    sent_start: int = 0,
) -> str | None:
    """The ISO date or range of one match; `where` is its place in the post, `sent_start` its sentence's."""
    g = m.groupdict()
    start, end = where
    if kind == "range":
        m2 = month_number(g["m2"], lang) if g.get("m2") else None
        m1 = month_number(g["m1"], lang) if g.get("m1") else m2
        m2 = m2 or m1
        if (
            not m1
            or not m2
            or not month_is_a_month(
                g.get("m2") or g.get("m1"), lang, opens(m, "m2" if g.get("m2") else "m1", sentence, sent_start)
            )
        ):
            return None
        d1 = day_number(g["d1"])
        d2 = day_number(g["d2"])
        said = clause_tense(doc_sentence, start, end, lang, sentence)
        # "was stabbed on the night of 17 to 18 March" in November: a past clause keeps months ahead out, as for a day.
        direction = tense.PAST if said == tense.PAST else None
        a, b = year_for(m1, d1, today, direction), year_for(m2, d2, today, direction)
        framed = calendar_parts.framed_year(sentence[: start - sent_start], sentence[end - sent_start :], today)
        if g.get("y"):
            a, b = a.replace(year=int(g["y"])), b.replace(year=int(g["y"]))
        elif framed and a and b:
            # "L'an dernier, ... du 31 décembre au 1er janvier": the year named is the range's start's.
            try:
                a, b = date(framed, m1, d1), date(framed + ((m2, d2) < (m1, d1)), m2, d2)
            except ValueError:
                return None
        elif a and b and a > b:
            # "du 6 janvier au 8 avril" in April: each end alone is nearest in a different year, but a range never ends
            # before it starts; keep the end nearer publication and move the other end by a year.
            a, b = _ordered_range(a, b, today, said)
        return f"{a.isoformat()}/{b.isoformat()}" if a and b else None
    if kind in {"absolute", "since_date"}:
        month_raw = g.get("m") or g.get("m_") or ""
        month = month_number(month_raw, lang)
        day_raw = g.get("d") or g.get("d_")
        before = sentence[max(0, m.start("m") - sent_start - 30) : m.start("m") - sent_start] if g.get("m") else ""
        month_group = "m" if g.get("m") else "m_"
        at_start = opens(m, month_group, sentence, sent_start)
        if not month or not day_raw or not month_is_a_month(month_raw, lang, at_start, before):
            return None
        if lang == "fr" and re.search(r"\bun\s+$", sentence[: start - sent_start], re.I):
            return None  # "du jamais-vu pour un 1er juillet", as "un lundi": any such day, no date
        day = day_number(day_raw)
        if g.get("y"):
            try:
                return date(int(g["y"]), month, day).isoformat()
            except ValueError:
                return None
        framed = calendar_parts.framed_year(sentence[: start - sent_start], sentence[end - sent_start :], today)
        if framed:
            try:
                return date(framed, month, day).isoformat()
            except ValueError:
                return None
        if g.get("q"):
            # "le 21 décembre dernier" / "le 3 janvier prochain": never today.
            return year_beside(month, day, today, ahead=g["q"].lower() == "prochain")
        direction = _day_month_direction(kind, lang, sentence, doc_sentence, start, end, sent_start)
        d = year_for(month, day, today, direction)
        return d.isoformat() if d else None
    if kind == "holiday":
        return _holiday(m, lang, today, sentence, doc_sentence, start, end, sent_start)
    if kind == "monthday":
        day = day_number(g["d"])
        return _day_of_month(day, today, ahead=not re.match(r"depuis|since", g["lead"], re.I))
    if kind == "monthpart":
        return calendar_parts.month_part(m, lang, today, sentence, doc_sentence, start, end, sent_start)
    if kind == "weekpart":
        by = re.search(r"\bd'ici\s+(?:la\s+|le\s+)?$", sentence[: start - sent_start], re.I) is not None
        if lang == "en":
            # "by the end of the week", "early next week": the French parts in English words.
            by = bool(g.get("by"))
            q = (g.get("q") or g.get("q2") or "").lower()
            part = (g.get("part") or g.get("part2") or "").lower()
            g = {
                "part": {"end": "fin", "late": "fin", "middle": "milieu"}.get(part, "début"),
                "partm": None,
                "wk": g["unit"].lower() == "week",
                "q": {"next": "prochaine", "last": "dernière"}.get(q),
            }
        said = clause_tense(doc_sentence, start, end, lang, sentence)
        if said == tense.PAST and weekdays.set_ahead(sentence[: start - sent_start]):
            said = tense.FUTURE  # "a annoncé le report des opérations jusqu'à la fin du mois": ahead
        return calendar_parts.week_part(g, today, said, by)
    if kind == "relrange":
        return weekdays.from_now_to_weekday(m, today)
    if kind == "weekon":
        return weekdays.week_on(m, today)
    if kind == "wdrange":
        return weekdays.weekday_range(m, lang, today, sentence, doc_sentence, start, end, sent_start)
    if kind == "since" and lang == "en" and _closed_period(m.group(0), doc_sentence, start, end):
        return None
    if kind in {"since", "ago", "later", "ahead"}:
        try:
            return _counted(kind, g, lang, today, anchor, sentence, doc_sentence, start, end, sent_start)
        except (ValueError, OverflowError):
            return None  # "il y a 12 000 ans": before the calendar's first year
    if kind == "rel":
        w = re.sub(r"\s+", " ", g["w"].lower())
        if lang == "en" and g["w"][0].isupper() and re.search(r"\w\s+$", sentence[: start - sent_start]):
            return None  # a capital inside a sentence makes a name: "NBC's Today show", "The Tonight Show"
        offsets = {
            "avant-hier": -2,
            "hier": -1,
            "aujourd'hui": 0,
            "demain": 1,
            "après-demain": 2,
            "ce matin": 0,
            "ce midi": 0,
            "cet après-midi": 0,
            "ce soir": 0,
            "cette nuit": 0,
            "la nuit dernière": 0,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
            "yesterday": -1,
            "today": 0,
            "tonight": 0,
            "tomorrow": 1,
            "this morning": 0,
            "this afternoon": 0,
            "this evening": 0,
            "this lunchtime": 0,
            "last night": -1,
        }
        if w in offsets:
            return (today + timedelta(days=offsets[w])).isoformat()
        if anchor is None:
            # "contrôlé par la police la veille" with no day told before: the day before the one the post reports,
            # its publication day ("le lendemain" has no such day to count from).
            return (today - timedelta(days=1)).isoformat() if w in {"la veille", "the day before"} else None
        step = event_dates.day_step(w)
        return (anchor + timedelta(days=step)).isoformat()
    if kind == "week":
        return calendar_parts.week(m, lang, today, sentence, doc_sentence, start, end, sent_start)
    if kind == "weekday":
        return weekdays.weekday(m, lang, today, sentence, doc_sentence, start, end, sent_start)
    return None
