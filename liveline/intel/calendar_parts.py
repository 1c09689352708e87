"""Calendar arithmetic for dates: the year of a day and month, parts of a month or a week, whole weeks and
months around publication."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from liveline.intel import lexicon, tense, weekdays
from liveline.intel.date_patterns import clause_tense, opens
from liveline.intel.numbers import parse_words
from liveline.intel.text import SPACES


def number(raw: str, lang: str) -> int | None:
    digits = re.sub(f"[ {SPACES},]", "", raw)  # "1 050", "1,050"
    if digits.isdigit():
        return int(digits)
    if raw in {"a", "an"}:
        return 1
    return parse_words(raw, lang)


def nearby_years(month: int, day: int, published: date) -> list[date]:
    """That day and month in the year before `published`, its year and the next (where it exists)."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return options


def year_for(month: int, day: int, published: date, direction: str | None = None) -> date | None:
    """The day/month nearest to `published`; "depuis" and a clause in the past keep it on or before
    publication when the nearest one is months ahead ("échues depuis le 31 mars" in November), a clause
    in the future after it when the nearest one is over a month behind ("se tiendra le 2 mars" in April
    is next year's; "le 14 décembre restera une date noire" four days later is not). A past verb can
    report a coming date ("a annoncé un sommet le 20 juin"), hence the wide margin on that side."""
    options = nearby_years(month, day, published)
    if not options:
        return None
    best = min(options, key=lambda d: abs((d - published).days))
    if direction == "since" and best > published or direction == tense.PAST and (best - published).days > 90:
        best = max(d for d in options if d <= published)
    elif direction == tense.FUTURE and (published - best).days > 30:
        best = min(d for d in options if d >= published)
    return best


# "L'an dernier, ... début février", "le 1er mai de l'an dernier", "Last year, ... on May 1", "En 2019, ... du 3 au 21
# juin": a year named before the date at the opening of its sentence (no new clause between, as "La semaine dernière,
# ... mercredi"), or right after it, gives the date's year.
_YEAR = (
    r"\ben\s+(?P<y>(?:19|20)\d\d)(?=\s*,)|l'an\s+(?:dernier|passé|prochain)|l'année\s+(?:dernière|passée|prochaine)"
    r"|last\s+year|next\s+year"
)
# An English year in digits opens a sentence too: "In the 2021 election, held on Sept. 20, ...". The period of an
# initial ("John F. Kennedy", "U.S.") ends no sentence.
_YEAR_BEFORE = re.compile(
    rf"^[\W_]*(?:(?:et|mais|puis|and|but)\s+)?(?:(?P<w>{_YEAR})|(?-i:In)\s+(?:the\s+)?(?P<y_en>(?:19|20)\d\d))\b"
    r"(?:(?!\b(?:que|qu'|that)\b)(?:[^.;:!?]|(?<=\b(?-i:[A-Z]))\.))*$",
    re.I,
)
_YEAR_AFTER = re.compile(rf"\s+(?:de\s+|of\s+)?(?P<w>{_YEAR})\b", re.I)


def framed_year(before: str, after: str, published: date) -> int | None:
    """The year a sentence-opening "L'an dernier," (`before` the date) or a following "de l'an dernier" (`after`
    it) gives a day and month, or None."""
    named = _YEAR_AFTER.match(after) or _YEAR_BEFORE.search(before)
    if named is None:
        return None
    digits = named.groupdict().get("y") or named.groupdict().get("y_en")
    if digits:
        return int(digits)
    return published.year + (1 if re.search(r"prochain|next", named.group("w"), re.I) else -1)


def year_beside(month: int, day: int, published: date, ahead: bool) -> str | None:
    """The last such day before `published` ("le 21 décembre dernier") or the first after it ("prochain")."""
    options = nearby_years(month, day, published)
    options = [d for d in options if (d > published if ahead else d < published)]
    if not options:
        return None
    return (min(options) if ahead else max(options)).isoformat()


def month_number(raw: str, lang: str) -> int | None:
    raw = raw.lower().rstrip(".")
    return (lexicon.MONTHS_FR if lang == "fr" else lexicon.MONTHS_EN).get(raw)


def month_is_a_month(raw: str, lang: str, at_sentence_start: bool, before: str = "") -> bool:
    """English months are capitalised ("4 may" is a modal) and "May" after a name is a surname ("Theresa
    May 4 votes"); French months are not capitalised, so a capital one inside a sentence makes a name ("Mars" the
    planet, "le 14 Juillet" the holiday, "avenue du 8 Mai 1945"). `at_sentence_start`: the month opens the sentence."""
    if lang == "en":
        return raw[:1].isupper() and not (
            raw == "May"
            and re.search(r"\b[A-Z][a-z]+\s+$", before)
            and not re.search(r"\b(?:On|In|Since|Until|From|By)\s+$", before)
        )
    return not raw[:1].isupper() or at_sentence_start


def week_part(g: dict, today: date, said: str | None, by: bool) -> str:
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
            month = months_back(today.replace(day=1), -k)
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


def months_back(d: date, n: int) -> date:
    month = d.month - n
    year = d.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))


# A yearly habit told in the present names every such month, no date: "les déménagements envahissent les rues début
# juillet, comme chaque année", "the swifts return in early May every year" (in the past or the future it is this
# year's: "comme chaque année, la neige est tombée fin mars").
_YEARLY = re.compile(r"\b(?:chaque\s+année|tous\s+les\s+ans|every\s+year|each\s+year)\b", re.I)
# A compound past the model may read as "est" + an adjective ("la neige est tombée"): the form tells it.
_COMPOUND_PAST = re.compile(
    r"\b(?:a|ont|est|sont|has|have|was|were|had)\s+(?:\w+\s+)?[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ed|en)\b",
    re.I,
)


def month_part(
    m: re.Match, lang: str, today: date, sentence: str, doc_sentence, start: int, end: int, sent_start: int
) -> str | None:
    """ "début mars", "mi-avril", "fin mai": the 1st-10th, 11th-20th or 21st-last of the month."""
    g = m.groupdict()
    month = month_number(g["m"], lang)
    if not month or not month_is_a_month(g["m"], lang, opens(m, "m", sentence, sent_start)):
        return None
    part = g["part"].lower()
    # "mi-", "mid-", "the middle of"; "début", "early", "the beginning/start of"; "fin", "late", "the end of".
    middle = part.startswith("mi") or "middle" in part
    early = part.startswith(("d", "early")) or re.search(r"beginning|start", part) is not None
    first, last = (11, 20) if middle else (1, 10) if early else (21, 31)
    framed = framed_year(sentence[: start - sent_start], sentence[end - sent_start :], today)
    if g.get("y") or framed:
        year = int(g["y"]) if g.get("y") else framed
    else:
        said = clause_tense(doc_sentence, start, end, lang, sentence)
        if said in {tense.PRESENT, None} and _YEARLY.search(sentence) and not _COMPOUND_PAST.search(sentence):
            return None
        mid = year_for(month, 15, today, said)
        if mid is None:
            return None
        year = mid.year
    last = min(last, calendar.monthrange(year, month)[1])
    return f"{date(year, month, first).isoformat()}/{date(year, month, last).isoformat()}"


def _sent_for_the_weekend(w: str, doc_sentence, start: int, end: int) -> bool:
    """ "The jury has been sent home for the weekend": what was just done for the weekend is done for the coming one
    (in a simple past, "went away for the weekend", the one gone)."""
    if re.fullmatch(r"for\s+the\s+weekend", w, re.I) is None or doc_sentence is None:
        return False
    return tense.present_perfect(doc_sentence, start, end)


def week(
    m: re.Match, lang: str, today: date, sentence: str, doc_sentence, start: int, end: int, sent_start: int = 0
) -> str | None:
    """ "la semaine dernière", "ce week-end", "cette semaine", "plus tôt cette semaine", "le mois prochain"."""
    g = m.groupdict()
    w = re.sub(r"\s+", " ", g["w"].lower())
    if "fin de semaine" in w:
        # "cette fin de semaine" is "ce week-end", "la fin de semaine dernière" "le week-end dernier".
        q = re.search(r"dernière|passée|prochaine", w)
        if q and q.group(0) == "prochaine":
            # "la fin de semaine prochaine": the weekend of next week, as "la fin de la semaine prochaine" is its end.
            saturday = today - timedelta(days=today.weekday()) + timedelta(days=12)
            return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        w = f"le week-end {q.group(0)}" if q else "ce week-end"
    monday = today - timedelta(days=today.weekday())
    if w in {"earlier this month", "later this month"}:
        # The month's days before publication, or after it: nothing to name on its first (last) day.
        last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
        if w.startswith("earlier"):
            first = today.replace(day=1)
            return f"{first.isoformat()}/{(today - timedelta(days=1)).isoformat()}" if today > first else None
        return f"{(today + timedelta(days=1)).isoformat()}/{last.isoformat()}" if today < last else None
    if w.startswith(("earlier", "plus tôt")):
        # Monday of this week up to yesterday: nothing to name on a Monday.
        return f"{monday.isoformat()}/{(today - timedelta(days=1)).isoformat()}" if today > monday else None
    if w.startswith(("later", "plus tard")):
        sunday = monday + timedelta(days=6)
        return f"{(today + timedelta(days=1)).isoformat()}/{sunday.isoformat()}" if today < sunday else None
    if w == "since the weekend":
        # The weekend gone (the one under way on a Saturday or a Sunday): "claims lodged since the weekend".
        saturday = monday + timedelta(days=-2 if today.weekday() < 5 else 5)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    if re.fullmatch(r"(?:over|at|for|through|during|across|by|until|till) the weekend|"
                    r"(?:pendant|durant|tout|pour) le week-end|au cours du week-end|jusqu'au week-end", w):
        # "over the weekend", "by the weekend", "tout le week-end", "jusqu'au week-end": the weekend near publication,
        # as "ce week-end"
        w = "this weekend"
    if w in {"ce mois-ci", "this month"}:
        first = today.replace(day=1)
        return f"{first.isoformat()}/{first.replace(day=calendar.monthrange(first.year, first.month)[1]).isoformat()}"
    if w.startswith("ce ") or w == "this weekend":
        # "ce week-end", "this weekend": the one under way, else the coming one; in the past, the one just gone.
        if today.weekday() >= 5:
            saturday = monday + timedelta(days=5)
        else:
            said = clause_tense(doc_sentence, start, end, lang, sentence)
            # What a decision just taken extends over is ahead: "ont prolongé les soldes sur tout le week-end",
            # "has extended the sale through the weekend" (the words before "le week-end" / "the weekend").
            lead = re.match(r"(.*?)\b(?:le|the)\s+week-?end\b|(jusqu'au\s+)week-end\b", g["w"], re.I | re.S)
            head = sentence[: m.start("w") - sent_start] + ((lead.group(1) or lead.group(2)) if lead else "")
            if said == tense.PAST and (
                weekdays.set_ahead(head) or _sent_for_the_weekend(g["w"], doc_sentence, start, end)
            ):
                said = tense.FUTURE
            saturday = monday + timedelta(days=-2 if said == tense.PAST else 5)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    if "week-end" in w or "weekend" in w:
        back = re.search(r"derni|pass|last|past", w)
        saturday = monday + timedelta(days=-2 if back else (5 if today.weekday() < 5 else 12))
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    if w in {"cette semaine", "this week"}:
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"  # the week under way
    if "semaine" in w or "week" in w:
        monday += timedelta(days=-7 if re.search(r"derni|pass|last", w) else 7)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    first = months_back(today.replace(day=1), 1 if re.search(r"dernier|passé|last", w) else -1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return f"{first.isoformat()}/{last.isoformat()}"
