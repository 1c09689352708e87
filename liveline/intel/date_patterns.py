"""The regular expressions that find date expressions in French and English, and the tense of their clause.

Each pattern has a kind that `dates` resolves (`absolute`, `weekday`, `wdrange`, ...); overlapping matches keep
the first pattern of the list, so the most specific ones come first.
"""

from __future__ import annotations

import re

from liveline.intel import lexicon, numbers, tense

FR_WD = "|".join(lexicon.WEEKDAYS_FR)
EN_WD = "|".join(lexicon.WEEKDAYS_EN)
FR_MO = "|".join(sorted(lexicon.MONTHS_FR, key=len, reverse=True))
EN_MO = (
    "|".join(sorted((m for m in lexicon.MONTHS_EN if len(m) > 3 or m == "may"), key=len, reverse=True))
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
# "depuis 1 050 jours", "for 1,050 days": a count may group its thousands (a space of any kind, an English comma).
GROUPED = rf"(?:{numbers.GROUPED})(?!\d)"
NUM_FR = rf"{GROUPED}|\d+|[a-zéèêûô]+(?:-[a-zéèêûô]+)*"
# Counts in "N jours plus tard" / "N days after": digits or number words, never "the day before".
_W_FR = "|".join(sorted(lexicon.UNITS_FR, key=len, reverse=True))
_W_EN = "|".join(sorted([*lexicon.UNITS_EN, "a", "an"], key=len, reverse=True))
COUNT_FR = rf"{GROUPED}|\d+|(?:{_W_FR})(?:(?:-et-|-)(?:{_W_FR}))*"
COUNT_EN = rf"{GROUPED}|\d+|(?:{_W_EN})(?:-(?:{_W_EN}))*"
UNITS = {
    "jour": 1,
    "jours": 1,
    "day": 1,
    "days": 1,
    "semaine": 7,
    "semaines": 7,
    "week": 7,
    "weeks": 7,
    "mois": 30,
    "month": 30,
    "months": 30,
    # "depuis cinq nuits": a night is counted as the day it begins, so five nights go back five days.
    "nuit": 1,
    "nuits": 1,
    "night": 1,
    "nights": 1,
    "an": 365,
    "ans": 365,
    "année": 365,
    "années": 365,
    "year": 365,
    "years": 365,
    # "a fortnight ago": two weeks.
    "fortnight": 14,
    "fortnights": 14,
}
PART_FR = r"(?:\s+(?:matin|soir|après-midi|midi|en fin de (?:matinée|journée)|en début de soirée|dans la nuit))?"
PART_EN = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "Christmas Eve", "New Year's Day" (capitalised: "a christmas eve feeling" is no name).
_HOLIDAY_EN = r"(?-i:Christmas\s+(?:Eve|[Dd]ay)|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day))"
# An English hour: "6 p.m.", "10am", "7.30pm", "noon".
HOUR_EN = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|midday|noon|midnight)"
# ... before the day it falls on: "until 8 p.m. on Thursday", "until 6 p.m. Monday".
HOUR_ON_EN = rf"(?:{HOUR_EN}\s+(?:on\s+)?)?"
# "lundi 16" without a month: a day number is followed by punctuation or a word that goes on with a date ("mardi
# 17 au soir", "samedi 14 et dimanche 15"), never by a count's noun ("samedi 14 manifestants") or an hour.
# "de samedi 7 heures à dimanche 20 heures": an hour after a weekday of a range.
_TIME_FR = r"(?:\s+(?:à\s+)?(?:\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?|midi|minuit))"
# "entre samedi soir et dimanche matin", "de vendredi midi à samedi": a part of the day at either end of a range.
_DAYPART = r"(?:\s+(?:matin|soir|après-midi|midi))\b"
# "cette nuit-là", "ce soir-là", "ce lundi-là" point back to a time the text told, not to publication.
_NOT_THERE = r"(?!-l[àa]\b)"
_DAY_NUMBER_END = (
    # A number after "à"/"et" is a score or a count, not a month day ("l'a emporté dimanche 3 à 1"), unless it is an
    # hour ("dimanche 20 à 8 heures").
    # "samedi 10 contre Genk", "dimanche 11 face à Lyon" are a fixture's day; "samedi 14 contre 12" a count.
    r"\s*(?:[,.;:!?)»]|$)|\s+(?:(?:et|au|à|ou|contre)(?!\s+\d+(?!\d)(?!\s*h))|face\s+à|pour|dans|en|avec|lors|sur|"
    r"devant|puis|jusqu'|dès|"
    r"matin|soir|après-midi|midi|prochain|dernier)\b"
)

# The last month a French text named before a day with no month: "Le souvenir de juillet 2021 ... la nuit du 14 au 15".
NAMED_MONTH_FR = re.compile(rf"\b(?P<m>{FR_MO})\b(?:\s+(?P<y>\d{{4}}))?")

# The same in English, where months take a capital ("May" only beside a day number or a third of the month).
NAMED_MONTH_EN = re.compile(
    r"\b(?P<m>January|February|March|April|June|July|August|September|October|November|December|"
    r"(?<=\d\s)May|(?<=mid-)May|(?<=early\s)May|(?<=late\s)May|May(?=\s+\d)|"
    # A wire abbreviation beside its day: "the court will not sit on Oct. 14 ... and will resume on the 15th".
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+\d))(?:\b|(?<=\.))(?:,?\s+(?P<y>\d{4}))?"
)

# "mardi prochain, le 16, ...": a day number set off after a date names it again.
SET_OFF_DAY = re.compile(rf"\s*,\s*(?P<le>le\s+(?P<d>1er|[12]\d|3[01]|[1-9]))(?={_DAY_NUMBER_END})", re.I)

# The words that set or move an event to a day: a lookbehind each, as a lookbehind takes one width.
_SET_TO_EN = "|".join(
    rf"(?<=\b{verb}\s{prep}\s)"
    for verb in ("set", "due", "slated", "scheduled", "fixed", "planned", "moved", "postponed", "adjourned", "delayed",
                 "deferred")
    for prep in ("for", "to")
)

PATTERNS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "range",
            rf"\b(?:du|de|des|entre\s+le|entre|les)\s+(?:(?:{FR_WD})\s+)?(?P<d1>\d{{1,2}}|1er)"
            # "les 17, 18 et 19 mars": days listed one after another are one range too (`dates` checks they follow).
            rf"(?P<mid>(?:\s*,\s*\d{{1,2}})+(?=\s+et\s))?\s+"
            rf"(?:(?P<m1>{FR_MO})\b\s+)?(?:au|à|et\s+le|et)\s+(?:(?:{FR_WD})\s+)?(?P<d2>\d{{1,2}}|1er)\s+(?P<m2>{FR_MO})\b"
            rf"(?:\s+(?P<y>\d{{4}}))?",
        ),
        # "celles du 9 et du 12 juillet", "le 3 ou le 4 mars": the first day takes the month that follows.
        (
            "absolute",
            rf"\b(?:du|le|au)\s+(?:(?:{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)(?=\s+(?:et|ou)\s+(?:du|le|au)\s+"
            rf"(?:(?:{FR_WD})\s+)?(?:\d{{1,2}}|1er)\s+(?P<m>{FR_MO})\b(?:\s+(?P<y>\d{{4}}))?)",
        ),
        (
            "since_date",
            rf"\bdepuis\s+le\s+(?:(?:{FR_WD})\s+)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{FR_MO})\b"
            rf"(?:\s+(?P<y>\d{{4}}))?",
        ),
        # "la nuit de samedi à dimanche", "entre mardi et jeudi", "de ce mardi 16 heures à mercredi 10 heures": the days
        # from one weekday to the other.
        # "les pluies de vendredi et samedi" are two days, not a range.
        (
            "wdrange",
            rf"\b(?:(?:(?:la\s+)?nuit\s+(?:de|du)|de|du(?=\s+(?:{FR_WD}){_TIME_FR}))\s+"
            rf"(?:(?P<ce>ce)\s+)?(?P<wd1>{FR_WD})"
            rf"(?:{_TIME_FR}|{_DAYPART})?\s+(?:à|au)|entre\s+(?P<wd1b>{FR_WD})(?:{_TIME_FR}|{_DAYPART})?\s+et)\s+"
            rf"(?P<wd2>{FR_WD})\b(?:{_TIME_FR}|{_DAYPART})?",
        ),
        # "début mars", "mi-avril", "fin mai": the first, second or last third of the month.
        ("monthpart", rf"\b(?P<part>mi-|(?:fin|début)\s+(?:du\s+mois\s+de\s+)?)(?P<m>{FR_MO})\b(?:\s+(?P<y>\d{{4}}))?"),
        # "cette fin de semaine", "la fin de semaine dernière": with a determiner, the noun is the weekend (Quebec's
        # word for it, and the official French one), not a part of the week ("d'ici la fin de semaine" is a deadline).
        (
            "week",
            rf"(?<!d'ici\s)\b(?P<w>(?:cette|la)\s+fin\s+de\s+semaine(?:\s+(?:dernière|passée|prochaine))?)\b{_NOT_THERE}",
        ),
        # "en fin de semaine", "la fin de la semaine prochaine", "d'ici la fin du mois": a third of the week
        # (Monday-Tuesday, Wednesday-Thursday, Friday-Sunday) or of the month, like "fin mars".
        (
            "weekpart",
            rf"(?<!chaque\s)\b(?:en\s+(?P<partm>début|milieu|fin)\s+de\s+mois|(?P<part>début|milieu|fin)\s+"
            rf"(?:(?P<wk>de\s+(?:la\s+)?semaine)|du\s+mois))(?!\s+d[e']\s*(?:{FR_MO})\b)"
            r"(?:\s+(?P<q>prochaine?|dernière?|passée?))?\b",
        ),
        # "le 21 décembre dernier" is the last one gone, "le 3 janvier prochain" the next one.
        (
            "absolute",
            rf"\b(?:(?:le|ce)\s+)?(?:(?P<wd>{FR_WD})\s+(?:le\s+)?)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{FR_MO})\b"
            rf"(?:\s+(?P<y>\d{{4}}))?(?:\s+(?P<q>dernier|prochain)\b)?{PART_FR}",
        ),
        (
            "since",
            rf"\bdepuis\s+(?:maintenant\s+|désormais\s+|plus\s+de\s+|près\s+de\s+)?(?P<n>{NUM_FR})\s+"
            r"(?P<u>jours?|nuits?|semaines?|mois|ans?|années?)\b(?!\s+et\s+demie?)",
        ),
        ("ago", rf"\bil\s+y\s+a\s+(?P<n>{NUM_FR})\s+(?P<u>jours?|semaines?|mois|ans?)\b(?!\s+et\s+demie?)"),
        # "dans trois jours" and the deadline "d'ici dix jours" are ahead ("en trois jours" is a duration).
        (
            "ahead",
            rf"(?P<lead>\bdans|\bd['’]ici)\s+(?P<n>{NUM_FR})\s+(?P<u>jours?|semaines?|mois|ans?)\b(?!\s+et\s+demie?)",
        ),
        (
            "later",
            rf"\b(?P<qual>plus\s+de\s+|moins\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?(?P<n>{COUNT_FR})\s+"
            r"(?P<u>jours?|semaines?)\s+(?P<dir>plus\s+tard|plus\s+tôt|après|avant)\b",
        ),
        (
            "eventday",
            r"\b(?P<w>(?:le|au)\s+(?:sur)?lendemain|la\s+veille|l['’]avant-veille)(?=\s+(?:de|du|des)\s|\s+d')",
        ),
        (
            "rel",
            r"\b(?P<w>avant-hier|après-demain|aujourd'hui|hier|demain|ce\s+matin|cet\s+après-midi|ce\s+soir|"
            r"ce\s+midi|cette\s+nuit|la\s+nuit\s+dernière|le\s+(?:sur)?lendemain|la\s+veille|l['’]avant-veille)(?:\s+(?:matin|soir|après-midi))?\b"
            rf"{_NOT_THERE}",
        ),
        (
            "week",
            r"\b(?P<w>la\s+semaine\s+(?:dernière|passée|prochaine)|(?:le|au|du)\s+mois\s+(?:dernier|passé|prochain)|"
            r"plus\s+tôt\s+(?:cette|dans\s+la)\s+semaine|plus\s+tard\s+(?:cette|dans\s+la)\s+semaine|"
            r"(?:le|du|au)\s+week-end\s+(?:dernier|passé|prochain)|ce\s+week-?end|cette\s+semaine|ce\s+mois-ci|"
            r"(?:(?:pendant|durant|tout|pour)\s+le|jusqu'au)\s+week-end(?!\s+(?:de|du|des|d'|dernier|passé|prochain)\b)|"
            r"au\s+cours\s+du\s+week-end(?!\s+(?:de|du|des|d'|dernier|passé|prochain)\b))\b"
            rf"{_NOT_THERE}",
        ),
        (
            "weekday",
            rf"(?<!\bun\s)(?<!chaque\s)(?<!\bles\s)\b(?:(?:ce|le)\s+)?"
            rf"(?P<wd>{FR_WD})(?!\s+(?:des\s+Rameaux|de\s+Pâques|de\s+Pentecôte|saint|gras|noir)\b)"
            rf"(?:\s+(?:le\s+)?(?P<dn>1er|[12]\d|3[01]|[1-9])(?={_DAY_NUMBER_END}))?(?:\s+(?P<q>dernier|passé|prochain))?"
            rf"{PART_FR}"
            rf"(?:\s+(?P<q2>dernier|passé|prochain))?\b{_NOT_THERE}",
        ),
        # "la nuit du 14 au 15", "du 3 au 5": days with no month, dated only by a month the post named before them.
        (
            "dayrange",
            r"\b(?:la\s+nuit\s+)?du\s+(?P<d1>1er|[12]\d|3[01]|[1-9])\s+au\s+(?P<d2>[12]\d|3[01]|[1-9])"
            rf"(?={_DAY_NUMBER_END})",
        ),
        # "à partir du 15", "jusqu'au 20", "dès le 3": a day number with no month after a word that only
        # bounds a time (not "appeler le 15", "au 65": an emergency number, an address).
        (
            "monthday",
            rf"\b(?P<lead>à\s+partir\s+du|jusqu'au|dès\s+le|d'ici\s+le|depuis\s+le)\s+"
            rf"(?P<d>1er|[12]\d|3[01]|[1-9])(?={_DAY_NUMBER_END})",
        ),
    ],
    "en": [
        (
            "range",
            rf"\b(?:from\s+|(?P<btw>between)\s+)?(?:(?:{EN_WD}),?\s+)?(?P<m1>{EN_MO})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?:to|until|through)\s+|,?\s+and\s+(?(btw)|(?!(?:(?:{EN_WD}),?\s+)?(?:{EN_MO})\b))|\s*[-–]\s*)"
            rf"(?:(?:{EN_WD}),?\s+)?(?:(?P<m2>{EN_MO})\s+)?"
            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|people|dead|killed))",
        ),
        # "between 30 June and 6 July", "from 28 February to 3 March": each end with its month, the day first ("and"
        # only after "between": "on 3 May and 5 June" are two dates).
        (
            "range",
            rf"\b(?:from\s+|(?P<btw>between)\s+)?(?:(?:{EN_WD}),?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m1>{EN_MO})(?:,?\s+(?:to|until|through)\s+|,?\s+and\s+(?(btw)|(?!))|\s*[-–]\s*)(?:(?:{EN_WD}),?\s+)?"
            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{EN_MO})\b(?:,?\s+(?P<y>\d{{4}}))?",
        ),
        (
            "range",
            rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|\s+(?:to|and)\s+)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?(?P<m2>{EN_MO})\b",
        ),
        # A night from one day to the next is both days, as "la nuit de jeudi à vendredi": "overnight Thursday into
        # Friday", "Thursday night into Friday", "from Saturday night to Sunday", "between Friday night and Saturday";
        # "between Tuesday and Thursday" is a range, as "entre mardi et jeudi". A night word or "from" is needed
        # otherwise: "Thursday to Saturday" alone may be a schedule (`weekdays.weekday` drops it in a present clause;
        # "from Thursday to Saturday" in a present clause is one too: `weekdays.weekday_range` drops it, but not "from
        # 11 a.m. Wednesday until 8 p.m. Friday", one stretch through the hours between).
        (
            "wdrange",
            rf"\b(?:(?:(?P<ov>overnight\s+(?:from\s+)?|(?:(?:from|during)\s+)?the\s+night\s+of\s+)|"
            rf"(?P<frm>from\s+(?P<hr>{HOUR_EN}\s+(?:on\s+)?)?))?"
            rf"(?P<wd1>{EN_WD})(?P<nt>\s+(?:night|evening))?(?(ov)|(?(nt)|(?(frm)|(?!))))\s+(?:into|to|until)"
            rf"|between\s+(?P<wd1b>{EN_WD})(?:\s+(?:night|evening))?\s+and)\s+{HOUR_ON_EN}(?P<wd2>{EN_WD})\b"
            r"(?:\s+morning)?",
        ),
        # "from tonight through Friday", "from 3 a.m. today until 9 p.m. Monday": a range from publication day to a
        # weekday after it, hours between included (as "de samedi 7 heures à dimanche 20 heures"); from "tomorrow", from
        # the next day ("a warning in force from 6pm tomorrow until midday on Wednesday").
        (
            "relrange",
            rf"\bfrom\s+(?:{HOUR_EN}\s+)?(?P<rel>today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))"
            rf"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:until|till|through|to|into)\s+{HOUR_ON_EN}"
            rf"(?P<wd2>{EN_WD})\b{PART_EN}",
        ),
        # "since Boxing Day", "between Christmas Eve and New Year's Day", "through Wednesday, New Year's Eve", "On New
        # Year's Eve, police made arrests": a holiday that names a day, as a weekday does (in a present, "offices close
        # early on Christmas Eve", a habit: no date).
        # "between Christmas Day and Sunday": from the holiday to the first such weekday after it.
        ("holiday", rf"\bbetween\s+(?P<h>{_HOLIDAY_EN})\s+and\s+(?P<wd2>{EN_WD})\b"),
        (
            "holiday",
            rf"(?:\b(?:(?P<btw>between)|from)\s+(?P<h1>{_HOLIDAY_EN})\s+(?(btw)and|(?:to|until|through))\s+"
            rf"|\b(?P<lead>since|until|till|through|by|from|after|before|[Oo]n)\s+|(?<=day,\s))(?P<h>{_HOLIDAY_EN})",
        ),
        (
            "since_date",
            rf"\bsince\s+(?:(?:{EN_WD}),?\s+)?(?:(?P<m>{EN_MO})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
            rf"(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m_>{EN_MO}))(?:,?\s+(?P<y>\d{{4}}))?\b",
        ),
        (
            "absolute",
            rf"\b(?:(?:on\s+)?(?P<wd>{EN_WD}),?\s+)?(?:(?P<m>{EN_MO})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
            rf"(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m_>{EN_MO}))(?:,?\s+(?P<y>\d{{4}}))?\b",
        ),
        # "mid-January", "early December", "late February", "the end of March": a third of the month, as "mi-janvier".
        (
            "monthpart",
            rf"\b(?P<part>mid-|mid\s+|early\s+|late\s+|the\s+(?:end|beginning|start|middle)\s+of\s+)(?P<m>{EN_MO})\b"
            r"(?!\s+\d{1,2}\b)(?:,?\s+(?P<y>\d{4}))?",
        ),
        # "by the end of the week", "the start of next month", "early next week", "late last week": a third of the week
        # or month, as "en fin de semaine", "d'ici la fin du mois".
        (
            "weekpart",
            r"\b(?:(?P<by>by)\s+)?(?:the\s+(?P<part>end|start|beginning|middle)\s+of\s+(?P<q>the|this|next|last)"
            r"|(?P<part2>early|late)\s+(?P<q2>this|next|last))\s+(?P<unit>week|month)\b",
        ),
        # "in three days", "in two weeks' time": ahead of publication (`dates` drops it in a past clause, "built in
        # three days", and after a superlative, "the first cut in four years").
        (
            "ahead",
            rf"\bin\s+(?:(?:another|just|about)\s+)?(?P<n>{COUNT_EN})\s+(?P<u>days?|weeks?|fortnights?|months?)\b(?:['’]s?\s*time)?",
        ),
        # "a week on Friday", "a fortnight on Monday" (British): a week or two after the coming such weekday.
        ("weekon", rf"\b(?P<n>a|one|two)\s+(?P<u>weeks?|fortnight)\s+on\s+(?P<wd>{EN_WD})\b"),
        # "a week from today", "two days from now": ahead of publication whatever the verb ("from tomorrow": one more).
        (
            "ahead",
            rf"\b(?P<n>{COUNT_EN})\s+(?P<u>days?|weeks?|fortnights?|months?)\s+from\s+(?P<fromnow>today|now|tomorrow)\b",
        ),
        (
            "since",
            # "for this week", "over the next days" are no counts: a determiner is no number.
            rf"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:more\s+than\s+|nearly\s+)?"
            rf"(?!(?:this|that|these|those|next|last|the|each|every|coming|{EN_WD})\b)"
            rf"(?P<n>{GROUPED}|\d+|[a-z]+"
            r"(?:-[a-z]+)?)\s+(?P<u>days?|nights?|weeks?|fortnights?|months?|years?)\b",
        ),
        # "jars bought during the past fortnight": a stretch that runs up to now, counted as "for the past 14 days".
        ("since", r"\bthe\s+(?:past|last)\s+(?P<u>fortnight)\b"),
        ("ago", rf"\b(?P<n>{GROUPED}|\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<u>days?|weeks?|fortnights?|months?|years?)\s+ago\b"),
        (
            "later",
            r"\b(?P<qual>(?:less|more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|"
            rf"roughly\s+|over\s+|under\s+)?\b(?P<n>{COUNT_EN})\s+(?P<u>days?|weeks?)\s+"
            # "two days earlier than usual" compares, it counts from no day.
            r"(?P<dir>later|after(?:wards)?|before|earlier)\b(?!\s+than\b)",
        ),
        ("eventday", r"\b(?P<w>the\s+day\s+(?:after|before))(?=\s+(?!tomorrow\b|yesterday\b)[\w'])"),
        (
            "rel",
            r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|"
            r"tomorrow|this\s+morning|this\s+afternoon|this\s+evening|this\s+lunchtime|last\s+night|the\s+next\s+day|"
            r"the\s+following\s+day|the\s+day\s+before)(?:\s+(?:morning|afternoon|evening|night))?\b",
        ),
        (
            "week",
            # "the last week of the festival" is a stretch of the festival, not the week before publication's.
            r"\b(?P<w>(?<!\bthe\s)last\s+week(?!\s+of\b)|next\s+week|last\s+month|next\s+month|earlier\s+this\s+week|"
            r"later\s+this\s+week|(?:this\s+past|last)\s+weekend|next\s+weekend|this\s+weekend|this\s+week|"
            r"(?:earlier|later)\s+this\s+month|this\s+month|(?:over|at|for|through|during|across|by|until|till|since)\s+the\s+weekend)\b",
        ),
        # "until the 28th", "from the 3rd": a day number alone after a word that bounds a time, as "jusqu'au 28" (not
        # "since the 19th century", "by the 90th minute": a noun after it).
        (
            "monthday",
            r"\b(?P<lead>from|until|till|through|by|since|starting)\s+the\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
            r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|at|when|before|after|with|as)\b)",
        ),
        # "raised prices on 4 September and cut them again on the 16th": a day number alone after "on" takes the month
        # the post named last before it (`dates`), as "du 3 au 5"; with none, no date.
        # So does one an event is set or moved to: "exams set for the 25th", "the hearing was moved to the 3rd".
        (
            "namedday",
            rf"(?:\bon\s+|{_SET_TO_EN})the\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
            # The verb of the event set may follow: "exams set for the 25th have been put back".
            r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|at|when|before|after|with|as|has|have|had|is|are|was|were|will)\b)",
        ),
        # Not a day: "Palm Sunday", "Good Friday", "Super Tuesday", "the Sunday Times", "a Sunday timetable" (any such
        # day, as "un lundi"). "Thursday the 19th" is that day, as "jeudi 19".
        (
            "weekday",
            rf"(?<!\bevery\s)(?<!\beach\s)(?<!\ba\s)(?<!Palm\s)(?<!Easter\s)(?<!Good\s)(?<!Black\s)(?<!Ash\s)"
            rf"(?<!Super\s)(?<!Bloody\s)(?<!Holy\s)(?<!Cyber\s)(?<!Maundy\s)\b(?:(?P<q>last|next|this)\s+)?"
            rf"(?P<wd>{EN_WD})(?:\s+the\s+(?P<dn>[12]\d|3[01]|[1-9])(?:st|nd|rd|th))?{PART_EN}\b(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|"
            r"Mail|People|Sport|Service|School)\b)",
        ),
    ],
}
COMPILED = {lang: [(kind, re.compile(p, re.I)) for kind, p in pats] for lang, pats in PATTERNS.items()}

FUTURE_FR = re.compile(
    r"\b(?:rendez-vous|va|vont|allons|devra|devront|doit|doivent|prévu|prévue|prévoit|attendue?|"
    r"se\s+tiendra|aura|auront|sera|seront|\w+(?:era|ira|ra)s?\s+(?:le|la|les|à|au|en|dès|"
    r"un|une)|\w+(?:eront|iront))\b",
    re.I,
)
FUTURE_EN = re.compile(
    r"\b(?:will|'ll|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+scheduled|"
    r"are\s+scheduled|is\s+set\s+to|are\s+set\s+to|going\s+to|plans?\s+to|upcoming|next)\b",
    re.I,
)


# A weekday in "du lundi au vendredi" or "Monday through Friday" is a schedule, not a day ("la nuit du
# samedi au dimanche" is one night).
SCHEDULE = {
    "fr": re.compile(rf"(?<!nuit\s)\bdu\s+(?:{FR_WD})\s+au\s+(?:{FR_WD})\b", re.I),
    # "every Monday to Saturday": "every" makes the whole range a schedule.
    "en": re.compile(
        rf"\b(?:{EN_WD})\s+(?:through|thru)\s+(?:{EN_WD})\b|\bevery\s+(?:{EN_WD})\s*(?:to|until|till|-|–)\s*(?:{EN_WD})\b",
        re.I,
    ),
}


def day_number(raw: str) -> int:
    """The day a pattern's day group read: "1er" (the French first of the month) or its digits."""
    return 1 if raw == "1er" else int(raw)


def opens(m: re.Match, group: str, sentence: str, sent_start: int) -> bool:
    """Whether the match's group is the first word of its sentence."""
    return re.fullmatch(r"[\W_]*", sentence[: max(0, m.start(group) - sent_start)]) is not None


def _future(sentence: str, lang: str, doc_sentence) -> bool:
    """Without a parse: does the sentence speak of the future anywhere."""
    return bool((FUTURE_FR if lang == "fr" else FUTURE_EN).search(sentence))


def clause_tense(doc_sentence, start: int, end: int, lang: str, sentence: str) -> str | None:
    """The tense of the clause around start..end (`tense.clause_tense`); without a parse, whether the sentence
    speaks of the future anywhere."""
    if doc_sentence is not None:
        return tense.clause_tense(doc_sentence, start, end, lang)
    return tense.FUTURE if _future(sentence, lang, None) else None
