"""Dates resolved against the post's publication time, in the blog's time zone.

A bare weekday is the most recent one (today included) unless its sentence speaks of the future,
then the next one (today included); "dernier"/"last" and "prochain"/"next" never mean today.
"depuis 35 jours" / "for 35 days" gives the start date; "trois jours plus tard" / "three days after"
counts from the last date the post gave. Ranges are written `start/end` (ISO 8601 intervals).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from liveline.intel import lexicon
from liveline.intel.numbers import parse_words
from liveline.intel.text import Span

FR_WD = "|".join(lexicon.WEEKDAYS_FR)
EN_WD = "|".join(lexicon.WEEKDAYS_EN)
FR_MO = "|".join(sorted(lexicon.MONTHS_FR, key=len, reverse=True))
EN_MO = "|".join(sorted((m for m in lexicon.MONTHS_EN if len(m) > 3 or m == "may"), key=len, reverse=True)) + \
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
NUM_FR = r"\d+|[a-zéèêûô]+(?:-[a-zéèêûô]+)*"
UNITS = {"jour": 1, "jours": 1, "day": 1, "days": 1, "semaine": 7, "semaines": 7, "week": 7, "weeks": 7,
         "mois": 30, "month": 30, "months": 30, "an": 365, "ans": 365, "année": 365, "années": 365,
         "year": 365, "years": 365}
PART_FR = r"(?:\s+(?:matin|soir|après-midi|midi|en fin de (?:matinée|journée)|en début de soirée|dans la nuit))?"
PART_EN = r"(?:\s+(?:morning|afternoon|evening|night))?"

PATTERNS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("range", rf"\bdu\s+(?P<d1>\d{{1,2}}|1er)\s+(?:(?P<m1>{FR_MO})\s+)?au\s+(?P<d2>\d{{1,2}})\s+(?P<m2>{FR_MO})"
                  rf"(?:\s+(?P<y>\d{{4}}))?"),
        ("since_date", rf"\bdepuis\s+le\s+(?:(?:{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{FR_MO})"
                       rf"(?:\s+(?P<y>\d{{4}}))?"),
        ("absolute", rf"\b(?:(?:le|ce)\s+)?(?:(?P<wd>{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{FR_MO})"
                     rf"(?:\s+(?P<y>\d{{4}}))?{PART_FR}"),
        ("since", rf"\bdepuis\s+(?:maintenant\s+|désormais\s+|plus\s+de\s+|près\s+de\s+)?(?P<n>{NUM_FR})\s+"
                  r"(?P<u>jours?|semaines?|mois|ans|années?)"),
        ("ago", rf"\bil\s+y\s+a\s+(?P<n>{NUM_FR})\s+(?P<u>jours?|semaines?|mois|ans)"),
        ("later", rf"\b(?P<n>{NUM_FR})\s+(?P<u>jours?|semaines?)\s+(?:plus\s+tard|après)\b"),
        ("rel", r"\b(?P<w>avant-hier|après-demain|aujourd'hui|hier|demain|ce\s+matin|cet\s+après-midi|ce\s+soir|"
                r"cette\s+nuit|la\s+nuit\s+dernière|le\s+lendemain|la\s+veille)(?:\s+(?:matin|soir|après-midi))?\b"),
        ("week", r"\b(?P<w>la\s+semaine\s+(?:dernière|passée|prochaine)|le\s+mois\s+(?:dernier|prochain))\b"),
        ("weekday", rf"(?<!\bun\s)(?<!chaque\s)(?<!\bles\s)\b(?:(?:ce|le)\s+)?"
                    rf"(?P<wd>{FR_WD})(?!\s+des\s+Rameaux)(?:\s+(?P<q>dernier|passé|prochain))?{PART_FR}"
                    rf"(?:\s+(?P<q2>dernier|passé|prochain))?\b"),
    ],
    "en": [
        ("range", rf"\bfrom\s+(?P<m1>{EN_MO})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until)\s+"
                  rf"(?:(?P<m2>{EN_MO})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"),
        ("absolute", rf"\b(?:(?:on\s+)?(?P<wd>{EN_WD}),?\s+)?(?:(?P<m>{EN_MO})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
                     rf"(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m_>{EN_MO}))(?:,?\s+(?P<y>\d{{4}}))?\b"),
        ("since", r"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:more\s+than\s+|nearly\s+)?(?P<n>\d+|[a-z]+"
                  r"(?:-[a-z]+)?)\s+(?P<u>days?|weeks?|months?|years?)\b"),
        ("ago", r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b"),
        ("later", r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<u>days?|weeks?)\s+(?:later|after(?:wards)?)\b"),
        ("rel", r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|"
                r"tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|the\s+next\s+day|"
                r"the\s+following\s+day|the\s+day\s+before)(?:\s+(?:morning|afternoon|evening|night))?\b"),
        ("week", r"\b(?P<w>last\s+week|next\s+week|last\s+month|next\s+month)\b"),
        ("weekday", rf"\b(?:(?P<q>last|next|this)\s+)?(?P<wd>{EN_WD}){PART_EN}\b"),
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


def _number(raw: str, lang: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    return parse_words(raw, lang)


def _year_for(month: int, day: int, published: date, future: bool) -> date | None:
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def _month(raw: str, lang: str) -> int | None:
    raw = raw.lower().rstrip(".")
    return (lexicon.MONTHS_FR if lang == "fr" else lexicon.MONTHS_EN).get(raw)


def _future(sentence: str, lang: str, doc_sentence) -> bool:
    if doc_sentence is not None and lang == "fr" and any("Fut" in t.morph.get("Tense") for t in doc_sentence):
        return True
    return bool((FUTURE_FR if lang == "fr" else FUTURE_EN).search(sentence))


def find(text: str, lang: str, published: date, sentences: list[Span], doc=None) -> list[DateMention]:
    """Every date expression of `text`, resolved; overlapping matches keep the first (most specific) pattern."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    raw: list[tuple[int, int, str, re.Match]] = []
    for kind, pattern in COMPILED[lang]:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            raw.append((m.start(), m.end(), kind, m))
    raw.sort(key=lambda r: r[0])
    anchor: date | None = None
    for start, end, kind, m in raw:
        sent = next((s for s in sentences if s.start <= start < s.end), None)
        sent_text = sent.text if sent else text
        doc_sent = None
        if doc is not None and sent is not None:
            doc_sent = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        value = _resolve(kind, m, lang, published, anchor, sent_text, doc_sent)
        if value is None:
            continue
        first = value.split("/")[0]
        if kind not in {"since"}:
            anchor = date.fromisoformat(first)
        found.append(DateMention(start, end, text[start:end], value))
    return found


def _resolve(kind: str, m: re.Match, lang: str, today: date, anchor: date | None, sentence: str,
             doc_sentence) -> str | None:
    g = m.groupdict()
    if kind == "range":
        m2 = _month(g["m2"], lang) if g.get("m2") else None
        m1 = _month(g["m1"], lang) if g.get("m1") else m2
        m2 = m2 or m1
        if not m1 or not m2:
            return None
        d1 = 1 if g["d1"] == "1er" else int(g["d1"])
        a, b = _year_for(m1, d1, today, False), _year_for(m2, int(g["d2"]), today, False)
        if g.get("y"):
            a, b = a.replace(year=int(g["y"])), b.replace(year=int(g["y"]))
        return f"{a.isoformat()}/{b.isoformat()}" if a and b else None
    if kind in {"absolute", "since_date"}:
        month = _month(g.get("m") or g.get("m_") or "", lang)
        day_raw = g.get("d") or g.get("d_")
        if not month or not day_raw:
            return None
        day = 1 if day_raw == "1er" else int(day_raw)
        if g.get("y"):
            try:
                return date(int(g["y"]), month, day).isoformat()
            except ValueError:
                return None
        d = _year_for(month, day, today, False)
        return d.isoformat() if d else None
    if kind in {"since", "ago", "later"}:
        n = _number(g["n"].lower(), lang)
        unit = UNITS.get(g["u"].lower())
        if not n or not unit:
            return None
        if kind == "later":
            if anchor is None:
                return None
            return (anchor + timedelta(days=n * unit)).isoformat()
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
        offsets = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2,
                   "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "cette nuit": 0, "la nuit dernière": 0,
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
        w = g["w"].lower()
        if "semaine" in w or "week" in w:
            monday = today - timedelta(days=today.weekday())
            monday += timedelta(days=-7 if re.search(r"derni|pass|last", w) else 7)
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        first = _months_back(today.replace(day=1), 1 if re.search(r"dernier|last", w) else -1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return f"{first.isoformat()}/{last.isoformat()}"
    if kind == "weekday":
        wd_name = g["wd"].lower()
        wd = (lexicon.WEEKDAYS_FR if lang == "fr" else lexicon.WEEKDAYS_EN)[wd_name]
        q = (g.get("q") or g.get("q2") or "").lower()
        if lang == "en" and not q and not g["wd"][0].isupper():
            return None
        back = (today.weekday() - wd) % 7
        ahead = (wd - today.weekday()) % 7
        if q in {"dernier", "passé", "last"}:
            return (today - timedelta(days=back or 7)).isoformat()
        if q in {"prochain", "next"}:
            return (today + timedelta(days=ahead or 7)).isoformat()
        if _future(sentence, lang, doc_sentence):
            return (today + timedelta(days=ahead)).isoformat()
        return (today - timedelta(days=back)).isoformat()
    return None


def _months_back(d: date, n: int) -> date:
    month = d.month - n
    year = d.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))
