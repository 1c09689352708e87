"""Dates resolved against the post's publication time, in the blog's time zone.

A bare weekday is the most recent one (today included) unless its sentence speaks of the future,
then the next one (today included); "dernier"/"last" and "prochain"/"next" never mean today.
"depuis 35 jours" / "for 35 days" gives the start date; "trois jours plus tard" / "three days after"
counts from the last date the post gave. Ranges are written `start/end` (ISO 8601 intervals): "du 3
au 5 avril", "la nuit de samedi à dimanche", "ce week-end", "cette semaine", "mi-avril" (the 11th to
the 20th), "en fin de semaine" (Friday to Sunday), "la fin du mois". "lundi 16" is the Monday the 16th; what a
decision just taken sets ("ont voté la reconduction jusqu'à jeudi", "d'ici vendredi") lies ahead; a day in a
"depuis" phrase is gone. Not dates: "cette nuit-là", "le jeudi" (a habit), "le 14 Juillet" (a capitalised
French month names a holiday or a street).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from liveline.intel import lexicon, tense
from liveline.intel.context import BlogContext, EventNote
from liveline.intel.numbers import parse_words
from liveline.intel.text import Span

FR_WD = "|".join(lexicon.WEEKDAYS_FR)
EN_WD = "|".join(lexicon.WEEKDAYS_EN)
FR_MO = "|".join(sorted(lexicon.MONTHS_FR, key=len, reverse=True))
EN_MO = "|".join(sorted((m for m in lexicon.MONTHS_EN if len(m) > 3 or m == "may"), key=len, reverse=True)) + \
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
NUM_FR = r"\d+|[a-zéèêûô]+(?:-[a-zéèêûô]+)*"
# Counts in "N jours plus tard" / "N days after": digits or number words, never "the day before".
_W_FR = "|".join(sorted(lexicon.UNITS_FR, key=len, reverse=True))
_W_EN = "|".join(sorted([*lexicon.UNITS_EN, "a", "an"], key=len, reverse=True))
COUNT_FR = rf"\d+|(?:{_W_FR})(?:(?:-et-|-)(?:{_W_FR}))*"
COUNT_EN = rf"\d+|(?:{_W_EN})(?:-(?:{_W_EN}))*"
UNITS = {"jour": 1, "jours": 1, "day": 1, "days": 1, "semaine": 7, "semaines": 7, "week": 7, "weeks": 7,
         "mois": 30, "month": 30, "months": 30, "an": 365, "ans": 365, "année": 365, "années": 365,
         "year": 365, "years": 365}
PART_FR = r"(?:\s+(?:matin|soir|après-midi|midi|en fin de (?:matinée|journée)|en début de soirée|dans la nuit))?"
PART_EN = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "lundi 16" without a month: a day number is followed by punctuation or a word that goes on with a date ("mardi
# 17 au soir", "samedi 14 et dimanche 15"), never by a count's noun ("samedi 14 manifestants") or an hour.
# "de samedi 7 heures à dimanche 20 heures": an hour after a weekday of a range.
_TIME_FR = r"(?:\s+(?:à\s+)?(?:\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?|midi|minuit))"
# "cette nuit-là", "ce soir-là", "ce lundi-là" point back to a time the text told, not to publication.
_NOT_THERE = r"(?!-l[àa]\b)"
_DAY_NUMBER_END = (r"\s*(?:[,.;:!?)»]|$)|\s+(?:et|au|à|pour|ou|dans|en|avec|lors|sur|devant|puis|jusqu'|dès|"
                   r"matin|soir|après-midi|midi|prochain|dernier)\b")

PATTERNS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("range", rf"\b(?:du|de|entre\s+le|entre|les)\s+(?:(?:{FR_WD})\s+)?(?P<d1>\d{{1,2}}|1er)\s+"
                  rf"(?:(?P<m1>{FR_MO})\b\s+)?(?:au|à|et\s+le|et)\s+(?:(?:{FR_WD})\s+)?(?P<d2>\d{{1,2}})\s+(?P<m2>{FR_MO})\b"
                  rf"(?:\s+(?P<y>\d{{4}}))?"),
        # "celles du 9 et du 12 juillet", "le 3 ou le 4 mars": the first day takes the month that follows.
        ("absolute", rf"\b(?:du|le|au)\s+(?:(?:{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)(?=\s+(?:et|ou)\s+(?:du|le|au)\s+"
                     rf"(?:(?:{FR_WD})\s+)?(?:\d{{1,2}}|1er)\s+(?P<m>{FR_MO})\b(?:\s+(?P<y>\d{{4}}))?)"),
        ("since_date", rf"\bdepuis\s+le\s+(?:(?:{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{FR_MO})\b"
                       rf"(?:\s+(?P<y>\d{{4}}))?"),
        # "la nuit de samedi à dimanche", "entre mardi et jeudi": the days from one weekday to the other.
        # "les pluies de vendredi et samedi" are two days, not a range.
        ("wdrange", rf"\b(?:(?:(?:la\s+)?nuit\s+(?:de|du)|de|du(?=\s+(?:{FR_WD}){_TIME_FR}))\s+(?P<wd1>{FR_WD})"
                    rf"{_TIME_FR}?\s+(?:à|au)|entre\s+(?P<wd1b>{FR_WD})\s+et)\s+(?P<wd2>{FR_WD})\b{_TIME_FR}?"),
        # "début mars", "mi-avril", "fin mai": the first, second or last third of the month.
        ("monthpart", rf"\b(?P<part>mi-|(?:fin|début)\s+(?:du\s+mois\s+de\s+)?)(?P<m>{FR_MO})\b(?:\s+(?P<y>\d{{4}}))?"),
        # "en fin de semaine", "la fin de la semaine prochaine", "d'ici la fin du mois": a third of the week
        # (Monday-Tuesday, Wednesday-Thursday, Friday-Sunday) or of the month, like "fin mars".
        ("weekpart", rf"(?<!chaque\s)\b(?:en\s+(?P<partm>début|milieu|fin)\s+de\s+mois|(?P<part>début|milieu|fin)\s+"
                     rf"(?:(?P<wk>de\s+(?:la\s+)?semaine)|du\s+mois))(?!\s+d[e']\s*(?:{FR_MO})\b)"
                     r"(?:\s+(?P<q>prochaine?|dernière?|passée?))?\b"),
        # "le 21 décembre dernier" is the last one gone, "le 3 janvier prochain" the next one.
        ("absolute", rf"\b(?:(?:le|ce)\s+)?(?:(?P<wd>{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{FR_MO})\b"
                     rf"(?:\s+(?P<y>\d{{4}}))?(?:\s+(?P<q>dernier|prochain)\b)?{PART_FR}"),
        ("since", rf"\bdepuis\s+(?:maintenant\s+|désormais\s+|plus\s+de\s+|près\s+de\s+)?(?P<n>{NUM_FR})\s+"
                  r"(?P<u>jours?|semaines?|mois|ans?|années?)\b(?!\s+et\s+demie?)"),
        ("ago", rf"\bil\s+y\s+a\s+(?P<n>{NUM_FR})\s+(?P<u>jours?|semaines?|mois|ans?)\b(?!\s+et\s+demie?)"),
        # "dans trois jours" is ahead ("en trois jours" is a duration).
        ("ahead", rf"\bdans\s+(?P<n>{NUM_FR})\s+(?P<u>jours?|semaines?|mois|ans?)\b(?!\s+et\s+demie?)"),
        ("later", rf"\b(?P<qual>plus\s+de\s+|moins\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?(?P<n>{COUNT_FR})\s+"
                  r"(?P<u>jours?|semaines?)\s+(?P<dir>plus\s+tard|plus\s+tôt|après|avant)\b"),
        ("eventday", r"\b(?P<w>(?:le|au)\s+lendemain|la\s+veille)(?=\s+(?:de|du|des)\s|\s+d')"),
        ("rel", r"\b(?P<w>avant-hier|après-demain|aujourd'hui|hier|demain|ce\s+matin|cet\s+après-midi|ce\s+soir|"
                r"ce\s+midi|cette\s+nuit|la\s+nuit\s+dernière|le\s+lendemain|la\s+veille)(?:\s+(?:matin|soir|après-midi))?\b"
                rf"{_NOT_THERE}"),
        ("week", r"\b(?P<w>la\s+semaine\s+(?:dernière|passée|prochaine)|le\s+mois\s+(?:dernier|prochain)|"
                 r"plus\s+tôt\s+(?:cette|dans\s+la)\s+semaine|plus\s+tard\s+(?:cette|dans\s+la)\s+semaine|"
                 r"le\s+week-end\s+(?:dernier|passé|prochain)|ce\s+week-?end|cette\s+semaine)\b"
                 rf"{_NOT_THERE}"),
        ("weekday", rf"(?<!\bun\s)(?<!chaque\s)(?<!\bles\s)\b(?:(?:ce|le)\s+)?"
                    rf"(?P<wd>{FR_WD})(?!\s+(?:des\s+Rameaux|de\s+Pâques|de\s+Pentecôte|saint|gras|noir)\b)"
                    rf"(?:\s+(?P<dn>1er|[12]\d|3[01]|[1-9])(?={_DAY_NUMBER_END}))?(?:\s+(?P<q>dernier|passé|prochain))?{PART_FR}"
                    rf"(?:\s+(?P<q2>dernier|passé|prochain))?\b{_NOT_THERE}"),
    ],
    "en": [
        ("range", rf"\b(?:(?:from|between)\s+)?(?:(?:{EN_WD}),?\s+)?(?P<m1>{EN_MO})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
                  rf"(?:\s+(?:to|until|through|and)\s+|\s*[-–]\s*)(?:(?:{EN_WD}),?\s+)?(?:(?P<m2>{EN_MO})\s+)?"
                  rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|people|dead|killed))"),
        ("range", rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|\s+(?:to|and)\s+)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                  rf"\s+(?:of\s+)?(?P<m2>{EN_MO})\b"),
        ("since_date", rf"\bsince\s+(?:(?:{EN_WD}),?\s+)?(?:(?P<m>{EN_MO})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
                       rf"(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m_>{EN_MO}))(?:,?\s+(?P<y>\d{{4}}))?\b"),
        ("absolute", rf"\b(?:(?:on\s+)?(?P<wd>{EN_WD}),?\s+)?(?:(?P<m>{EN_MO})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
                     rf"(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m_>{EN_MO}))(?:,?\s+(?P<y>\d{{4}}))?\b"),
        ("since", r"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:more\s+than\s+|nearly\s+)?(?P<n>\d+|[a-z]+"
                  r"(?:-[a-z]+)?)\s+(?P<u>days?|weeks?|months?|years?)\b"),
        ("ago", r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b"),
        ("later", r"\b(?P<qual>(?:less|more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|"
                  rf"roughly\s+|over\s+|under\s+)?\b(?P<n>{COUNT_EN})\s+(?P<u>days?|weeks?)\s+"
                  r"(?P<dir>later|after(?:wards)?|before|earlier)\b"),
        ("eventday", r"\b(?P<w>the\s+day\s+(?:after|before))(?=\s+(?!tomorrow\b|yesterday\b)[\w'])"),
        ("rel", r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|"
                r"tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|the\s+next\s+day|"
                r"the\s+following\s+day|the\s+day\s+before)(?:\s+(?:morning|afternoon|evening|night))?\b"),
        ("week", r"\b(?P<w>last\s+week|next\s+week|last\s+month|next\s+month|earlier\s+this\s+week|"
                 r"later\s+this\s+week|last\s+weekend|next\s+weekend)\b"),
        # Not a day: "Palm Sunday", "Good Friday", "Super Tuesday", "the Sunday Times".
        ("weekday", rf"(?<!\bevery\s)(?<!\beach\s)(?<!Palm\s)(?<!Easter\s)(?<!Good\s)(?<!Black\s)(?<!Ash\s)"
                    rf"(?<!Super\s)(?<!Bloody\s)(?<!Holy\s)(?<!Cyber\s)(?<!Maundy\s)\b(?:(?P<q>last|next|this)\s+)?"
                    rf"(?P<wd>{EN_WD}){PART_EN}\b(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|"
                    r"Mail|People|Sport|Service|School)\b)"),
    ],
}
COMPILED = {lang: [(kind, re.compile(p, re.I)) for kind, p in pats] for lang, pats in PATTERNS.items()}

FUTURE_FR = re.compile(r"\b(?:rendez-vous|va|vont|allons|devra|devront|doit|doivent|prévu|prévue|prévoit|attendue?|"
                       r"se\s+tiendra|aura|auront|sera|seront|\w+(?:era|ira|ra)s?\s+(?:le|la|les|à|au|en|dès|"
                       r"un|une)|\w+(?:eront|iront))\b", re.I)
FUTURE_EN = re.compile(r"\b(?:will|'ll|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+scheduled|"
                       r"are\s+scheduled|is\s+set\s+to|are\s+set\s+to|going\s+to|plans?\s+to|upcoming|next)\b", re.I)


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str  # ISO date or start/end


# Words that say nothing about which event "trois jours après ..." counts from.
_EVENT_STOP = {"jour", "jours", "semaine", "semaines", "day", "days", "week", "weeks", "début", "fin", "start",
               "end", "beginning", "moment", "heure", "heures", "hour", "hours", "fois", "time"}


def _number(raw: str, lang: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw in {"a", "an"}:
        return 1
    return parse_words(raw, lang)


def _nearby_years(month: int, day: int, published: date) -> list[date]:
    """That day and month in the year before `published`, its year and the next (where it exists)."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return options


def _year_for(month: int, day: int, published: date, direction: str | None = None) -> date | None:
    """The day/month nearest to `published`; "depuis" and a clause in the past keep it on or before
    publication when the nearest one is months ahead ("échues depuis le 31 mars" in November), a clause
    in the future after it when the nearest one is over a month behind ("se tiendra le 2 mars" in April
    is next year's; "le 14 décembre restera une date noire" four days later is not). A past verb can
    report a coming date ("a annoncé un sommet le 20 juin"), hence the wide margin on that side."""
    options = _nearby_years(month, day, published)
    if not options:
        return None
    best = min(options, key=lambda d: abs((d - published).days))
    if direction == "since" and best > published or direction == tense.PAST and (best - published).days > 90:
        best = max(d for d in options if d <= published)
    elif direction == tense.FUTURE and (published - best).days > 30:
        best = min(d for d in options if d >= published)
    return best


def _year_beside(month: int, day: int, published: date, ahead: bool) -> str | None:
    """The last such day before `published` ("le 21 décembre dernier") or the first after it ("prochain")."""
    options = _nearby_years(month, day, published)
    options = [d for d in options if (d > published if ahead else d < published)]
    if not options:
        return None
    return (min(options) if ahead else max(options)).isoformat()


def _month(raw: str, lang: str) -> int | None:
    raw = raw.lower().rstrip(".")
    return (lexicon.MONTHS_FR if lang == "fr" else lexicon.MONTHS_EN).get(raw)


def _month_is_a_month(raw: str, lang: str, at_sentence_start: bool, before: str = "") -> bool:
    """English months are capitalised ("4 may" is a modal) and "May" after a name is a surname ("Theresa
    May 4 votes"); French months are not capitalised, so a capital one inside a sentence makes a name ("Mars" the
    planet, "le 14 Juillet" the holiday, "avenue du 8 Mai 1945"). `at_sentence_start`: the month opens the sentence."""
    if lang == "en":
        return raw[:1].isupper() and not (raw == "May" and re.search(r"\b[A-Z][a-z]+\s+$", before)
                                           and not re.search(r"\b(?:On|In|Since|Until|From|By)\s+$", before))
    return not raw[:1].isupper() or at_sentence_start


def _opens(m: re.Match, group: str, sentence: str, sent_start: int) -> bool:
    """Whether the match's group is the first word of its sentence."""
    return re.fullmatch(r"[\W_]*", sentence[:max(0, m.start(group) - sent_start)]) is not None


# "depuis son élection du 5 novembre", "depuis sa nomination le 13 décembre", "since his election on November 5":
# a day named in a "depuis"/"since" phrase is gone, whatever the verb of the sentence.
# A date inside a noun of the phrase ("depuis l'annonce du sommet du 20 juin") may lie ahead: one noun only.
_SINCE_PHRASE = re.compile(r"\b(?:depuis|since)\s+(?:(?!(?:que|qu'|qui|et|mais|puis|de|du|des|d'|of|that|which|and|"
                           r"but)\b)[^\s,;:.!?()«»“”\"]+\s+){1,3}(?:(?:du|le|on|of)\s+)?$", re.I)


def _in_since_phrase(sentence: str, at: int, doc_sentence) -> bool:
    found = _SINCE_PHRASE.search(sentence[:at])
    if found is None:
        return False
    if doc_sentence is None:
        return True
    base = doc_sentence.start_char
    return not any(found.start() <= t.idx - base < at and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
                   for t in doc_sentence)


def _future(sentence: str, lang: str, doc_sentence) -> bool:
    """Without a parse: does the sentence speak of the future anywhere."""
    return bool((FUTURE_FR if lang == "fr" else FUTURE_EN).search(sentence))


def _clause_tense(doc_sentence, start: int, end: int, lang: str, sentence: str) -> str | None:
    if doc_sentence is not None:
        return tense.clause_tense(doc_sentence, start, end, lang)
    return tense.FUTURE if _future(sentence, lang, None) else None


# What a postponement moves to is ahead whatever the tense ("reporté à jeudi", "postponed until Friday");
# "à partir de lundi", "starting Monday", "until Friday", "by Sunday" are ahead unless the verb is past.
# "renvoyé à", "prolongé"/"reconduit jusqu'à" move a date too.
_TOWARD = re.compile(r"\b(?:report[ée]e?s?|repouss[ée]e?s?|décal[ée]e?s?|renvoy[ée]e?s?|prolong[ée]e?s?|reconduite?s?|"
                     r"postponed|delayed|pushed\s+back|moved|extended)\s+"
                     r"(?:\w+\s+)?(?:à|au|jusqu'à|to|until|till)\s+(?:ce\s+|le\s+)?$", re.I)
_FROM = re.compile(r"\b(?:à\s+partir\s+de|dès|jusqu'à|jusqu'au|d'ici|starting|beginning|as\s+of|effective|until|"
                   r"till|by)\s+(?:ce\s+|le\s+|this\s+)?$", re.I)


# What a decision just taken sets lies ahead: "ont voté la reconduction jusqu'à jeudi", "a placé le département en
# vigilance rouge jusqu'à mercredi", "a promis des renforts d'ici vendredi" ("la grève a duré jusqu'à jeudi", "ont
# bloqué le dépôt jusqu'à dimanche" are days gone).
# "d'ici" is a deadline from now whatever the verb, unless an imperfect or pluperfect tells an earlier now.
_DECIDED = re.compile(r"\b(?:a|ont)\s+(?:(?:déjà|aussi|également|finalement|officiellement|aussitôt)\s+)?"
                      r"(?:voté|décidé|décrété|annoncé|ordonné|instauré|promis|prononcé|déposé|demandé|réclamé|exigé|"
                      r"prolongé|reconduit|fixé|imposé|programmé|prévu|placé|interdit|suspendu|maintenu|fermé|"
                      r"restreint|limité|étendu|accordé|autorisé)e?s?\s+"
                      r"(?:(?!\bqu(?:e\b|')|\bqui\b)[^,.;:!?])+?\s(?:jusqu'à|jusqu'au|d'ici|à\s+partir\s+d[eu])\s+"
                      r"(?:ce\s+|le\s+)?$", re.I)
_BY = re.compile(r"\bd'ici\s+(?:ce\s+|le\s+)?$", re.I)
_EARLIER_NOW = re.compile(r"\b(?:avait|avaient|était|étaient|devait|devaient)\b", re.I)


def _set_ahead(head: str) -> bool:
    """Whether the words before a weekday (from its sentence's start) set it ahead although the verb is past."""
    if _EARLIER_NOW.search(head):
        return False
    return bool(_BY.search(head) or _DECIDED.search(head))


# A date after a participle clause: "adopté mardi, sera examiné jeudi" tells two days in order.
_LATER_DATE = re.compile(rf"\b(?:{FR_WD}|demain|après-demain|semaine|prochaine?)\b|\b\d{{1,2}}\s+(?:{FR_MO})\b", re.I)


# A weekday in "du lundi au vendredi" or "Monday through Friday" is a schedule, not a day ("la nuit du
# samedi au dimanche" is one night).
_SCHEDULE = {
    "fr": re.compile(rf"(?<!nuit\s)\bdu\s+(?:{FR_WD})\s+au\s+(?:{FR_WD})\b", re.I),
    "en": re.compile(rf"\b(?:{EN_WD})\s+(?:through|thru)\s+(?:{EN_WD})\b", re.I),
}


def find(text: str, lang: str, published: date, sentences: list[Span], doc=None,
         context: BlogContext | None = None) -> list[DateMention]:
    """Every date expression of `text`, resolved; overlapping matches keep the first (most specific) pattern.

    With a `context`, "trois jours après le séisme" counts from the date an earlier post gave the
    earthquake, and this post's dated sentences are added to it for the next posts.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _SCHEDULE[lang].finditer(text)]
    raw: list[tuple[int, int, str, re.Match]] = []
    for kind, pattern in COMPILED[lang]:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
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
        if kind == "eventday" or kind == "later" and _names_an_event(m, text, lang):
            pending.append((start, end, kind, m, sent))  # resolved once every plain date of the post is known
            continue
        value = _resolve(kind, m, lang, published, anchor, sent_text, doc_sent, (start, end),
                         sent.start if sent else 0)
        if value is None:
            continue
        if kind not in {"since", "since_date"}:
            anchor = date.fromisoformat(value.split("/")[0])
        found.append(DateMention(start, end, text[start:end], value))
    for start, end, _kind, m, sent in pending:
        value = _after_event(m, text, lang, published, sent, found, doc, sentences, context)
        if value is not None:
            found.append(DateMention(start, end, text[start:end], value))
    found.sort(key=lambda d: d.start)
    if context is not None and doc is not None:
        _remember(context, text, lang, published, sentences, doc_sents, found)
    return found


def _names_an_event(m: re.Match, text: str, lang: str) -> bool:
    """ "trois jours après le séisme" counts from an event; "trois jours plus tard" from the last date."""
    if not re.match(r"après|avant|after|before", m.group("dir"), re.I):
        return False
    rest = text[m.end():m.end() + 3]
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
        if w in _EVENT_STOP or w in lexicon.WEEKDAYS_FR or w in lexicon.WEEKDAYS_EN or w in lexicon.MONTHS_FR \
                or w in lexicon.MONTHS_EN:
            continue
        words.setdefault(w, t.idx)
    return words


def _after_event(m: re.Match, text: str, lang: str, published: date, sent: Span | None,
                 found: list[DateMention], doc, sentences: list[Span], context: BlogContext | None) -> str | None:
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
        n = _number(m.group("n").lower(), lang)
        unit = UNITS.get(m.group("u").lower())
        if not n or not unit:
            return None
        step = n * unit * (-1 if re.match(r"avant|before", m.group("dir"), re.I) else 1)
    else:
        step = -1 if re.search(r"veille|before", m.group("w"), re.I) else 1  # "le lendemain de", "the day after"
    stop = sent.end if sent else len(text)
    phrase_end = m.end()
    while phrase_end < stop and text[phrase_end] not in ",;:.!?()«»\"“”":
        phrase_end += 1
    inside = [d for d in found if m.end() <= d.start < phrase_end and "/" not in d.value]
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
        dated = [(d.start - other.start, d.value) for d in found
                 if other.start <= d.start < other.end and "/" not in d.value]
        if dated:
            other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
            if other_span is not None:
                notes.extend(_dated_notes(other_span, other.start, dated))
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


def _event_date(event: set[str], this_post: list[EventNote], earlier: list[EventNote]) -> str | None:
    """The date of the note that shares most words with the event: a dated sentence, most recent first;
    failing that, the first undated report of it (an event told in the past on the day it happened)."""
    best: tuple[int, int, int] | None = None
    choice: EventNote | None = None
    ordered = [*earlier, *this_post]
    for rank, note in enumerate(ordered):
        shared = len(event & note.words.keys())
        if not shared:
            continue
        # More shared words first; then a dated sentence; then the latest dated, or the first undated.
        score = (shared, 1 if note.strong else 0, rank if note.strong else -rank)
        if best is None or score > best:
            best, choice = score, note
    if choice is None:
        return None
    at = min(choice.words[w] for w in event & choice.words.keys())
    return min(choice.dates, key=lambda d: abs(d[0] - at))[1]


_STRETCH_BREAKS = {",", ";", ":", "(", ")", "—", "–"}


def _dated_notes(span, origin: int, dated: list[tuple[int, str]]) -> list[EventNote]:
    """The notes of a sentence that gave dates (offsets from `origin`). When it gave several, the words of a stretch
    between commas that holds a date go with that date only: in "aujourd'hui l'arrivée à Pla d'Adet, demain le
    Plateau de Beille", Pla d'Adet is today's; the other words keep every date of the sentence."""
    words = {w: i - origin for w, i in _content_words(span).items()}
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


def _remember(context: BlogContext, text: str, lang: str, published: date, sentences: list[Span],
              doc_sents: dict, found: list[DateMention]) -> None:
    for sent in sentences:
        span = doc_sents.get(sent.start)
        if span is None:
            continue
        words = {w: i - sent.start for w, i in _content_words(span).items()}
        if not words:
            continue
        dated = [(d.start - sent.start, d.value) for d in found if sent.start <= d.start < sent.end
                 and "/" not in d.value]
        if dated:
            for note in _dated_notes(span, sent.start, dated):
                context.add_event(note)
        elif _told_in_the_past(span):
            # Told in the past with no date: it happened on (or just before) the day of the post.
            context.add_event(EventNote(words, [(0, published.isoformat())], strong=False))


def _told_in_the_past(span) -> bool:
    past = future = False
    for t in span:
        if t.tag_ == "MD" or "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood"):
            future = True
        elif t.pos_ in {"VERB", "AUX"} and (t.tag_ == "VBD" or "Past" in t.morph.get("Tense")):
            past = True
    return past and not future


def _resolve(kind: str, m: re.Match, lang: str, today: date, anchor: date | None, sentence: str,
             doc_sentence, where: tuple[int, int] = (0, 0), sent_start: int = 0) -> str | None:
    """The ISO date or range of one match; `where` is its place in the post, `sent_start` its sentence's."""
    g = m.groupdict()
    start, end = where
    if kind == "range":
        m2 = _month(g["m2"], lang) if g.get("m2") else None
        m1 = _month(g["m1"], lang) if g.get("m1") else m2
        m2 = m2 or m1
        if not m1 or not m2 or not _month_is_a_month(g.get("m2") or g.get("m1"), lang,
                                                      _opens(m, "m2" if g.get("m2") else "m1", sentence, sent_start)):
            return None
        d1 = 1 if g["d1"] == "1er" else int(g["d1"])
        a, b = _year_for(m1, d1, today), _year_for(m2, int(g["d2"]), today)
        if g.get("y"):
            a, b = a.replace(year=int(g["y"])), b.replace(year=int(g["y"]))
        return f"{a.isoformat()}/{b.isoformat()}" if a and b else None
    if kind in {"absolute", "since_date"}:
        month_raw = g.get("m") or g.get("m_") or ""
        month = _month(month_raw, lang)
        day_raw = g.get("d") or g.get("d_")
        before = sentence[max(0, m.start("m") - sent_start - 30):m.start("m") - sent_start] if g.get("m") else ""
        month_group = "m" if g.get("m") else "m_"
        opens = _opens(m, month_group, sentence, sent_start)
        if not month or not day_raw or not _month_is_a_month(month_raw, lang, opens, before):
            return None
        day = 1 if day_raw == "1er" else int(day_raw)
        if g.get("y"):
            try:
                return date(int(g["y"]), month, day).isoformat()
            except ValueError:
                return None
        if g.get("q"):
            # "le 21 décembre dernier" / "le 3 janvier prochain": never today.
            return _year_beside(month, day, today, ahead=g["q"].lower() == "prochain")
        direction = "since" if kind == "since_date" else _clause_tense(doc_sentence, start, end, lang, sentence)
        done, alone = tense.participle_before(doc_sentence, start, lang, end) if doc_sentence is not None \
            else (None, False)
        if done == tense.PAST and alone and tense.FUTURE in {direction, tense.main_tense(doc_sentence, lang)}:
            # "le sommet, organisé le 20 décembre, réunira ..." a week ahead: a participle alone in a
            # sentence that looks ahead moves the date back only when the nearest one is months ahead.
            direction = tense.PAST
        elif done is not None and kind != "since_date":
            # "l'attaque menée le 20 mars": that 20 March is gone; "sera signé le 20 mars" is ahead.
            direction = "since" if done == tense.PAST else done
        if kind == "absolute" and _in_since_phrase(sentence, start - sent_start, doc_sentence):
            direction = "since"
        d = _year_for(month, day, today, direction)
        return d.isoformat() if d else None
    if kind == "monthpart":
        month = _month(g["m"], lang)
        if not month or not _month_is_a_month(g["m"], lang, _opens(m, "m", sentence, sent_start)):
            return None
        part = g["part"].lower()
        first, last = (11, 20) if part.startswith("mi") else (1, 10) if part.startswith("d") else (21, 31)
        if g.get("y"):
            year = int(g["y"])
        else:
            mid = _year_for(month, 15, today, _clause_tense(doc_sentence, start, end, lang, sentence))
            if mid is None:
                return None
            year = mid.year
        last = min(last, calendar.monthrange(year, month)[1])
        return f"{date(year, month, first).isoformat()}/{date(year, month, last).isoformat()}"
    if kind == "weekpart":
        by = re.search(r"\bd'ici\s+(?:la\s+|le\s+)?$", sentence[:start - sent_start], re.I) is not None
        return _week_part(g, today, _clause_tense(doc_sentence, start, end, lang, sentence), by)
    if kind == "wdrange":
        first = g["wd1"] or g["wd1b"]
        wd1, wd2 = lexicon.WEEKDAYS_FR[first.lower()], lexicon.WEEKDAYS_FR[g["wd2"].lower()]
        span = (wd2 - wd1) % 7
        if not span:
            return None
        # The last such days (ending today at the latest) or the next ones (starting today at the earliest).
        end_back = today - timedelta(days=(today.weekday() - wd2) % 7)
        start_ahead = today + timedelta(days=(wd1 - today.weekday()) % 7)
        under_way = today - timedelta(days=(today.weekday() - wd1) % 7)
        said = _clause_tense(doc_sentence, start, end, lang, sentence)
        if wd1 == 0 and wd2 in {4, 5} and said in {tense.PRESENT, None} and not first[0].isupper():
            return None  # "les bureaux sont ouverts de lundi à vendredi": the working week, a schedule
        if re.search(r"\b(?:report|repouss|décal|avanc)[ée]e?s?\s+(?:\w+\s+)?$",
                     sentence[max(0, start - sent_start - 30):start - sent_start], re.I):
            return None  # "la réunion, reportée de mardi à jeudi": a move, not two days
        if said == tense.PRESENT and under_way + timedelta(days=span) >= today:
            a = under_way  # "la grève dure de lundi à mercredi" on the Tuesday: this one
        elif said == tense.FUTURE or said == tense.PRESENT and (start_ahead - today) < (today - end_back):
            a = start_ahead
        else:
            a = end_back - timedelta(days=span)
        return f"{a.isoformat()}/{(a + timedelta(days=span)).isoformat()}"
    if kind in {"since", "ago", "later", "ahead"}:
        n = _number(g["n"].lower(), lang)
        unit = UNITS.get(g["u"].lower())
        if not n or not unit:
            return None
        if kind == "later":
            if anchor is None or g.get("qual"):
                return None
            back = re.match(r"avant|plus\s+tôt|before|earlier", g["dir"], re.I)
            return (anchor + timedelta(days=-n * unit if back else n * unit)).isoformat()
        if kind == "ahead":
            if unit == 365:
                return _months_back(today, -12 * n).isoformat()  # "dans un an": the same day next year
            return (_months_back(today, -n) if unit == 30 else today + timedelta(days=n * unit)).isoformat()
        if unit == 30:
            return _months_back(today, n).isoformat()
        if unit == 365:
            try:
                return today.replace(year=today.year - n).isoformat()
            except ValueError:
                return today.replace(year=today.year - n, day=28).isoformat()
        return (today - timedelta(days=n * unit)).isoformat()
    if kind == "rel":
        w = re.sub(r"\s+", " ", g["w"].lower())
        if lang == "en" and g["w"][0].isupper() and re.search(r"\w\s+$", sentence[:start - sent_start]):
            return None  # a capital inside a sentence makes a name: "NBC's Today show", "The Tonight Show"
        offsets = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2,
                   "ce matin": 0, "ce midi": 0, "cet après-midi": 0, "ce soir": 0, "cette nuit": 0,
                   "la nuit dernière": 0,
                   "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0,
                   "tonight": 0, "tomorrow": 1, "this morning": 0, "this afternoon": 0, "this evening": 0,
                   "last night": -1}
        if w in offsets:
            return (today + timedelta(days=offsets[w])).isoformat()
        if anchor is None:
            return None
        step = 1 if w in {"le lendemain", "the next day", "the following day"} else -1
        return (anchor + timedelta(days=step)).isoformat()
    if kind == "week":
        w = re.sub(r"\s+", " ", g["w"].lower())
        monday = today - timedelta(days=today.weekday())
        if w.startswith(("earlier", "plus tôt")):
            # Monday of this week up to yesterday: nothing to name on a Monday.
            return f"{monday.isoformat()}/{(today - timedelta(days=1)).isoformat()}" if today > monday else None
        if w.startswith(("later", "plus tard")):
            sunday = monday + timedelta(days=6)
            return f"{(today + timedelta(days=1)).isoformat()}/{sunday.isoformat()}" if today < sunday else None
        if w.startswith("ce "):
            # "ce week-end": the one under way, else the coming one; in the past, the one just gone.
            if today.weekday() >= 5:
                saturday = monday + timedelta(days=5)
            else:
                said = _clause_tense(doc_sentence, start, end, lang, sentence)
                saturday = monday + timedelta(days=-2 if said == tense.PAST else 5)
            return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        if "week-end" in w or "weekend" in w:
            back = re.search(r"derni|pass|last", w)
            saturday = monday + timedelta(days=-2 if back else (5 if today.weekday() < 5 else 12))
            return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        if w == "cette semaine":
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"  # the week under way
        if "semaine" in w or "week" in w:
            monday += timedelta(days=-7 if re.search(r"derni|pass|last", w) else 7)
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        first = _months_back(today.replace(day=1), 1 if re.search(r"dernier|last", w) else -1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return f"{first.isoformat()}/{last.isoformat()}"
    if kind == "weekday":
        wd_name = g["wd"].lower()
        wd = (lexicon.WEEKDAYS_FR if lang == "fr" else lexicon.WEEKDAYS_EN)[wd_name]
        q = (g.get("q") or g.get("q2") or "").lower()
        if g.get("dn"):
            # "lundi 16", "jeudi 5": the day of that number that is that weekday, within six weeks either way.
            number = 1 if g["dn"] == "1er" else int(g["dn"])
            near = [today + timedelta(days=k) for k in range(-42, 43)]
            near = [d for d in near if d.day == number and d.weekday() == wd]
            if near:
                return min(near, key=lambda d: abs((d - today).days)).isoformat()
        if lang == "en" and not q and not g["wd"][0].isupper():
            return None
        if lang == "fr" and g["wd"][0].isupper() and re.search(r"\w\s+$", sentence[:m.start("wd") - sent_start]):
            return None  # French weekdays take no capital: "le Journal du Dimanche" is a name
        back = (today.weekday() - wd) % 7
        ahead = (wd - today.weekday()) % 7
        if q in {"dernier", "passé", "last"}:
            return (today - timedelta(days=back or 7)).isoformat()
        if q in {"prochain", "next"}:
            return (today + timedelta(days=ahead or 7)).isoformat()
        if re.search(r"\b(?:depuis|since)\s+(?:ce\s+|le\s+)?$", sentence[:start - sent_start], re.I):
            return (today - timedelta(days=back)).isoformat()
        week = _WEEK_BEFORE.search(sentence[:start - sent_start])
        if week is not None:
            # "La semaine dernière, le Slovène avait été battu, mercredi au Lioran": that week's Wednesday.
            monday = today - timedelta(days=today.weekday())
            ahead = re.search(r"prochaine|next", week.group("w") or week.group("w2"), re.I) is not None
            monday += timedelta(days=7 if ahead else -7)
            return (monday + timedelta(days=wd)).isoformat()
        said = _clause_tense(doc_sentence, start, end, lang, sentence)
        if doc_sentence is not None and tense.detached_predicate(doc_sentence, start, end, lang) \
                and tense.main_tense(doc_sentence, lang) == tense.FUTURE \
                and _LATER_DATE.search(sentence[end - sent_start:]):
            # "Absent samedi, le pape se rendra dimanche prochain à Ajaccio": the detached phrase tells the day
            # before the later one the main clause gives, as a participle would ("adopté mardi, sera examiné jeudi").
            said = tense.PAST
        if doc_sentence is not None and tense.participle_before(doc_sentence, start, lang, end) == (tense.PAST, True):
            # "le texte, adopté mardi, sera examiné jeudi": that Tuesday is gone. In a sentence that
            # looks ahead with no later date ("le sommet, organisé mardi à La Haye, doit entériner ...")
            # the nearer Tuesday, ahead or behind.
            rest = sentence[end - sent_start:]
            later = rest[rest.index(","):] if "," in rest else rest
            if tense.main_tense(doc_sentence, lang) == tense.FUTURE and not _LATER_DATE.search(later):
                said = tense.PRESENT
            else:
                said = tense.PAST
        if lang == "fr" and re.match(r"le\s", m.group(0), re.I) and said in {tense.PRESENT, tense.FUTURE, None}:
            return None  # "le marché se tient le mardi", "sera ouverte jusqu'à 22 heures le jeudi": every Tuesday
        before = sentence[max(0, start - sent_start - 40):start - sent_start]
        if _TOWARD.search(before) or _FROM.search(before) and (said != tense.PAST
                                                                or _set_ahead(sentence[:start - sent_start])):
            said = tense.FUTURE
        if said == tense.FUTURE:
            return (today + timedelta(days=ahead)).isoformat()
        if said == tense.PRESENT and ahead < back and not re.search(r"\b(?:de|du|d'|of)\s+$|'s\s*$",
                                                                     sentence[:start - sent_start], re.I) \
                and not re.match(r"'s\b", sentence[end - sent_start:]):
            # "Les enseignants entament jeudi une grève" on a Monday: a present verb with a weekday
            # that is nearer ahead than behind announces it ("la frappe de dimanche" names a past one).
            return (today + timedelta(days=ahead)).isoformat()
        return (today - timedelta(days=back)).isoformat()
    return None


# "La semaine dernière, ..., mercredi", "Last week, ... on Wednesday": a week that opens the sentence frames a later
# weekday of it, with no new clause ("que") between; so does a week the weekday specifies ("la semaine dernière,
# mercredi"). Not "les visites de la semaine prochaine ... mercredi", nor "La grève, annoncée la semaine dernière,
# commence jeudi".
_WEEK = r"la\s+semaine\s+(?:dernière|passée|prochaine)|last\s+week|next\s+week"
_WEEK_BEFORE = re.compile(rf"(?:^[\W_]*(?:(?:et|mais|puis|and|but)\s+)?(?P<w>{_WEEK})\b"
                          r"(?:(?!\b(?:que|qu'|that)\b)[^.;:!?])*"
                          rf"|(?P<w2>{_WEEK}),\s+(?:on\s+)?)$", re.I)


def _week_part(g: dict, today: date, said: str | None, by: bool) -> str:
    """ "en début/milieu/fin de semaine", "la fin du mois": Monday-Tuesday, Wednesday-Thursday or Friday-Sunday of
    the week (the 1st-10th, 11th-20th or 21st-last of the month). Without "prochaine"/"dernière", the week or
    month under way, or the next one when that part is over and the clause looks ahead, the last one when it has
    not begun and the clause is in the past ("d'ici la fin de la semaine" is ahead whatever the verb)."""
    part = (g.get("part") or g["partm"]).lower()
    q = (g.get("q") or "").lower()
    step = 1 if q.startswith("prochain") else -1 if q else 0
    ahead = by or said == tense.FUTURE
    if g.get("wk"):
        first, last = {"début": (0, 1), "milieu": (2, 3), "fin": (4, 6)}[part]
        monday = today - timedelta(days=today.weekday())

        def bounds(k: int) -> tuple[date, date]:
            base = monday + timedelta(days=7 * k)
            return base + timedelta(days=first), base + timedelta(days=last)
    else:
        first, last = {"début": (1, 10), "milieu": (11, 20), "fin": (21, 31)}[part]

        def bounds(k: int) -> tuple[date, date]:
            month = _months_back(today.replace(day=1), -k)
            end_day = min(last, calendar.monthrange(month.year, month.month)[1])
            return month.replace(day=first), month.replace(day=end_day)
    if not q:
        a, b = bounds(0)
        if b < today and ahead:
            step = 1
        elif a > today and said == tense.PAST and not by:
            step = -1
    a, b = bounds(step)
    return f"{a.isoformat()}/{b.isoformat()}"


def _months_back(d: date, n: int) -> date:
    month = d.month - n
    year = d.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))
