"""Weekday rules: which Monday "lundi" names, from the tense of its clause and the words around it, and the days
of a weekday range ("la nuit de samedi à dimanche", "entre mardi et jeudi")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from liveline.intel import lexicon, tense
from liveline.intel.date_patterns import EN_WD, FR_MO, FR_WD, HOUR_ON_EN, clause_tense, day_number

if TYPE_CHECKING:
    from liveline.intel.dates import DateMention
    from liveline.intel.text import Span

# What a postponement moves to is ahead whatever the tense ("reporté à jeudi", "postponed until Friday");
# "à partir de lundi", "starting Monday", "until Friday", "by Sunday" are ahead unless the verb is past.
# "renvoyé à", "prolongé"/"reconduit jusqu'à" move a date too.
_TOWARD = re.compile(
    r"\b(?:report[ée]e?s?|repouss[ée]e?s?|décal[ée]e?s?|renvoy[ée]e?s?|prolong[ée]e?s?|reconduite?s?|"
    r"postponed|delayed|pushed\s+back|moved|extended)\s+"
    # "a renvoyé l'audience à mercredi": the French object with its determiner.
    r"(?:\w+\s+|(?:l'|l’|(?:le|la|les|sa|son|ses|leurs?)\s+)[^\W\d_]+(?:-[^\W\d_]+)*\s+)?"
    r"(?:à|au|jusqu'à|to|until|till)\s+(?:ce\s+|le\s+)?$",
    re.I,
)


def moved_toward(before: str) -> bool:
    """Whether the words right before a date put something off to it ("reporté au", "postponed until")."""
    return _TOWARD.search(before) is not None


_FROM = re.compile(
    r"\b(?:à\s+partir\s+de|dès|jusqu'à|jusqu'au|d'ici|starting(?:\s+with)?|beginning|as\s+of|effective|until|"
    rf"till|through|by|from)\s+(?:at\s+least\s+)?{HOUR_ON_EN}(?:ce\s+|le\s+|this\s+)?$",
    re.I,
)


# What a decision just taken sets lies ahead: "ont voté la reconduction jusqu'à jeudi", "a placé le département en
# vigilance rouge jusqu'à mercredi", "a promis des renforts d'ici vendredi", "ont prolongé les soldes sur tout le
# week-end", "a convoqué son comité pour mercredi", in the passive too: "la grève a été votée jusqu'à vendredi" ("la
# grève a duré jusqu'à jeudi", "ont bloqué le dépôt jusqu'à dimanche" are days gone).
# "d'ici" is a deadline from now whatever the verb, unless an imperfect or pluperfect tells an earlier now.
_DECIDED = re.compile(
    r"\b(?:a|ont)\s+(?:(?:déjà|aussi|également|finalement|officiellement|aussitôt)\s+)?(?:été\s+)?"
    r"(?:voté|décidé|décrété|annoncé|ordonné|instauré|promis|prononcé|déposé|demandé|réclamé|exigé|"
    r"prolongé|reconduit|fixé|imposé|programmé|prévu|placé|interdit|suspendu|maintenu|fermé|"
    r"restreint|limité|étendu|accordé|autorisé|convoqué)e?s?\s+"
    # The bound may be set off by a comma: "a placé quatorze départements en vigilance orange, jusqu'à lundi".
    r"(?:(?:(?!\bqu(?:e\b|')|\bqui\b)[^,.;:!?])+?,?\s)?(?:jusqu'à|jusqu'au|d'ici|à\s+partir\s+d[eu]|pour|sur(?:\s+tout)?)\s+"
    r"(?:ce\s+|le\s+|la\s+)?$",
    re.I,
)
# What is called off is the day's event, the first such day from the decision: "a annulé tous les départs de
# mercredi", "ont suspendu les vols internationaux de jeudi" (one noun and its adjective: "a annulé le résultat du
# match de samedi" is a day gone). A day before dates the decision: "Samedi, le club a annulé le match de dimanche".
_CALLED_OFF = re.compile(
    r"\b(?:a|ont)\s+(?:(?:déjà|aussi|également|finalement|officiellement|aussitôt)\s+)?"
    r"(?:annulé|suspendu|supprimé|interdit|reporté)e?s?\s+(?:tou(?:s|tes?)\s+)?(?:les|le|la|l'|ses|leurs?|son|sa)\s*"
    r"[^\W\d_]+(?:-[^\W\d_]+)*(?:\s+(?!d[eu]\b)[^\W\d_]+(?:-[^\W\d_]+)*)?\s+de\s+$",
    re.I,
)
_DECISION_DAY = re.compile(rf"\b(?:{FR_WD}|hier|avant-hier)\b", re.I)


def _called_off_day(head: str, today: date, wd: int) -> date | None:
    """The day of weekday `wd` whose event the words before it (from its sentence's start) call off: the first one
    from the decision, today's or the day gone that dates it."""
    found = _CALLED_OFF.search(head)
    if found is None or _EARLIER_NOW.search(head):
        return None
    dated = [d.group(0).lower() for d in _DECISION_DAY.finditer(head[: found.start()])]
    if not dated:
        return today + timedelta(days=(wd - today.weekday()) % 7)
    back = {"hier": 1, "avant-hier": 2}.get(dated[-1])
    decided = today - timedelta(days=back if back else (today.weekday() - lexicon.WEEKDAYS_FR[dated[-1]]) % 7)
    return decided + timedelta(days=(wd - decided.weekday()) % 7)


# The same in English: "has cancelled all flights through Saturday", "have extended the curfew until Monday" (a
# present perfect: just decided; "the strike lasted until Friday", "had cancelled ... through Sunday" are gone).
_DECIDED_EN = re.compile(
    r"\b(?:has|have)\s+(?:(?:already|also|now|officially)\s+)?"
    r"(?:cancell?ed|suspended|extended|closed|banned|ordered|grounded|halted|postponed|declared|imposed|"
    r"announced|decided|called\s+off|shut|barred|restricted|prolonged|called|scheduled|set|convened|arranged)\s+"
    rf"(?:(?!\b(?:that|which|who)\b)[^,;:!?])+?\s(?:until|till|through|by|for)\s+{HOUR_ON_EN}(?:this\s+)?$"
    # A period just proclaimed is where the decree puts it: "has declared three days of mourning, from Thursday to
    # Saturday", "has decreed a day of national mourning on Thursday"; the object names the period (not "has declared
    # a state of emergency on Friday", maybe the day of declaring, nor "has declared on Thursday that ...").
    r"|\b(?:has|have)\s+(?:(?:already|also|now|officially)\s+)?(?:declared|decreed|proclaimed)\s+"
    r"(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?\b(?:days?|mourning|holiday)\b"
    r"(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?,?\s(?:on|from)\s+$",
    re.I,
)
# A deadline granted lies ahead of the granting: "the judge gave the defence until Friday to file", "were given until
# Monday to leave" (not "had given ... until Friday": an earlier time).
_GRANTED_EN = re.compile(
    r"\b(?:gave|given|granted|allowed)\s+(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?\s?(?:until|till)\s+(?:this\s+)?$",
    re.I,
)
# What someone is urged, asked or told to do comes after the urging: "urged residents to brace for more rain through
# Wednesday", "asked people to stay home until Friday", "a appelé les habitants à rester chez eux jusqu'à mercredi"
# (the day bounds what is to be done). Not "urged ... after the storm hit on Monday": the day needs "until"/"through".
_URGED = re.compile(
    r"\b(?:urged|urging|asked|asking|told|telling|warned|warning|advised|advising|ordered|encouraged|instructed|"
    r"called\s+on|begged|pleaded\s+with|appealed\s+to)\s+(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?\bto\s+"
    r"(?!be\s+\w+ed\b)[a-z]+\b(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?\s(?:until|till|through|by|for)\s+(?:this\s+)?$"
    r"|\b(?:a|ont)\s+(?:appelé|exhorté|invité|incité|enjoint|conseillé|recommandé|prié)e?s?\s+"
    # The verb may be reflexive: "a appelé les deux parties à se revoir dès lundi".
    r"(?:(?!\bqu(?:e\b|')|\bqui\b)[^,.;:!?])*?\b(?:à|de|d')\s*(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re)\b"
    r"(?:(?!\bqu(?:e\b|')|\bqui\b)[^,.;:!?])*?\s(?:jusqu'à|jusqu'au|d'ici|à\s+partir\s+d[eu]|dès)\s+"
    r"(?:ce\s+|le\s+)?$",
    re.I,
)
# A warning, alert or forecast told with the day it covers is in force then: "has put the region under a red warning
# between 7am and 2pm on Friday", "an alert is in force for Sunday", "les prévisions pour samedi". The day lies ahead
# in a present, or in an English present perfect (just issued: that tense takes no day gone); not "issued a flood watch
# on Thursday", "l'alerte a été levée samedi" (a verb between, or a past: the day of issuing).
_IN_FORCE = re.compile(
    r"\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies)|notices?|forecasts?|alertes?|vigilances?|prévisions?)\b"
    r"(?P<gap>[^,.;:!?()«»“”\"]{0,60}?)\s(?:(?:on|for|pour)\s+)?(?:ce\s+|this\s+)?$",
    re.I,
)
# An event just set for a day is ahead: "a special meeting has been called for Thursday", "the vote has been moved
# to Monday" (not "was called for Thursday", maybe a day gone, nor "has been held on Thursday").
_SET_FOR_EN = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|officially\s+)?been\s+(?:now\s+|officially\s+)?"
    r"(?:called|set|scheduled|rescheduled|fixed|moved|postponed|delayed|pushed\s+back|brought\s+forward|put\s+off|"
    r"convened|arranged|planned|booked|pencilled\s+in|penciled\s+in)\s+(?:for|to|until|till)\s+(?:this\s+)?$",
    re.I,
)
# "has nonetheless issued": an adverb of concession or manner may stand between.
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|'s|'ve)\s+(?:(?:already|also|now|just|still|again|nonetheless|nevertheless|[a-z]+ly)\s+)?"
    r"[a-z]+(?:ed|en|t|wn)\b",
    re.I,
)


# An English present of lasting before "until": "Lisbon's own mourning runs until Saturday", "the curfew lasts until
# Monday". The tagger may read "runs" as a plural noun and the clause then borrows the tense of the one before.
# A state set off after what set it is in force from now on: "issued a flood warning last night, in place until
# Wednesday" (no verb: "the curfew was in place until Friday" is gone).
# The state may name where it holds and how long at the least: "stays in place in Newton until at least Thursday".
_LASTS_EN = re.compile(
    r"(?:\b(?:runs|lasts|continues|remains|stays|applies)\s+(?:(?:in\s+(?:force|place|effect)|open|closed|shut)\s+)?"
    r"(?:(?:in|for|across)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}\s+)?"
    r"|,\s*(?:now\s+|still\s+)?in\s+(?:force|place|effect)\s+)(?:until|till|through)\s+(?:at\s+least\s+)?(?:this\s+)?$",
    re.I,
)


# The same state set off in French: "a instauré hier un couvre-feu, en vigueur jusqu'à lundi", "un avertissement,
# valide jusqu'à samedi" (no verb: "le couvre-feu était en vigueur jusqu'à lundi" is gone).
_LASTS_FR = re.compile(
    r",\s*(?:toujours\s+)?(?:en\s+vigueur|en\s+place|valables?|valides?)\s+jusqu'(?:à|au)\s+(?:ce\s+)?$", re.I
)


# "clashed in tonight's debate, the last before Saturday's vote": what happened today came before the day, so the day
# is after today although the verb is past ("met on Monday, before Thursday's vote" may be a day gone).
_TODAY_EN = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
_BEFORE_EN = re.compile(
    r"\b(?:before|ahead\s+of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[^\W\d_]+\s+){0,3}?(?:on\s+)?$", re.I
)


def _before_a_day_after_today(head: str) -> bool:
    """Whether the English words before a weekday (from its sentence's start) put it after an event dated today."""
    found = _BEFORE_EN.search(head)
    return found is not None and _TODAY_EN.search(head, 0, found.start()) is not None


def _in_force(head: str, said: str | None, lang: str, doc_sentence, sent_start: int) -> bool:
    """Whether the words before a weekday (from its sentence's start) make it the day a warning is in force."""
    found = _IN_FORCE.search(head)
    if found is None or _EARLIER_NOW.search(head):
        return False
    if said == tense.PAST and not (lang == "en" and _PRESENT_PERFECT.search(head[: found.start()])):
        return False
    gap = sent_start + found.start("gap")
    return doc_sentence is None or not _verb_within(doc_sentence, gap, sent_start + len(head))


def _verb_within(doc_sentence, a: int, b: int, finite: bool = False) -> bool:
    """Whether a verb (a finite one with `finite`) sits between the characters a..b of the post."""
    return any(
        a <= t.idx < b and t.pos_ in {"VERB", "AUX"} and (not finite or "Fin" in t.morph.get("VerbForm"))
        for t in doc_sentence
    )


# "Depuis l'attaque au couteau d'Arras vendredi", "since the attack in Arras on Friday": a weekday in a "depuis"/
# "since" phrase (no finite verb, no clause or list between) is gone, whatever the main verb. A weekday after "de"
# belongs to the phrase's noun only when that noun is alone ("depuis la victoire de dimanche"); "depuis l'annonce du
# match de samedi" may name a day ahead.
_SINCE_WD = re.compile(
    r"\b(?:depuis|since)\s+(?:"
    r"(?:(?!(?:que|qu'|qui|et|mais|puis|ou|that|which|who|and|but|or)\b)[^\s,;:.!?()«»“”\"]+\s+){1,6}"
    r"(?<!\bde\s)(?<!\bdu\s)(?<!\bof\s)(?:(?:le|on)\s+)?"
    r"|(?:l'|(?:le|la|les|the|its|his|her|their|sa|son|ses)\s+)[^\W\d_]+(?:-[^\W\d_]+)?\s+(?:de|du|of)\s+)$",
    re.I,
)


def _since_phrase(head: str, doc_sentence, sent_start: int) -> bool:
    found = _SINCE_WD.search(head)
    if found is None:
        return False
    since = sent_start + found.start()
    return doc_sentence is None or not _verb_within(doc_sentence, since, sent_start + len(head), finite=True)


_BY = re.compile(r"\bd'ici\s+(?:ce\s+|le\s+)?$", re.I)
# "a publié la liste des joueurs ménagés pour mardi", "ont réservé des places pour samedi": "pour" before a bare day
# names what it is meant for, after the deciding (an imperfect or pluperfect tells an earlier now).
_MEANT_FOR_FR = re.compile(r"\bpour\s+(?:ce\s+)?$", re.I)
_EARLIER_NOW = re.compile(r"\b(?:avait|avaient|était|étaient|devait|devaient|had)\b", re.I)

# What is called for or to be expected lies ahead: "l'intersyndicale appelle à une marche samedi", "des perturbations
# sont à prévoir entre dimanche et jeudi" (not "étaient à craindre mardi", an earlier expectation). A noun's day stays
# its own: "appelle au calme après les violences de samedi".
_CALLED = re.compile(
    r"\b(?:appelle(?:nt)?\s+(?:à|au|aux)|à\s+(?:prévoir|craindre|redouter|attendre))\b[^,.;:!?]*$", re.I
)
_NOUNS_DAY = re.compile(r"\b(?:de|du|d'|des|après|depuis)\s+(?:ce\s+|le\s+)?$", re.I)
# The same in an English present: "organisers are calling for a general strike on Tuesday", "the union calls for a
# march on Saturday" (not "called for", nor "were calling for": an earlier call; nor "after the clashes of Sunday").
_CALLED_EN = re.compile(r"\b(?:calls?|calling)\s+for\b[^,.;:!?]*$", re.I)
_EARLIER_CALL_EN = re.compile(r"\b(?:was|were|had)\b", re.I)
_NOUNS_DAY_EN = re.compile(r"\b(?:of|after|since)\s+(?:this\s+|last\s+)?$", re.I)


# What someone hoped or meant to do by a day comes after the hoping, as what they were urged to do: "said Wednesday she
# hoped to seat 12 jurors by Friday", or wanted done by it; so does what is to follow: "..., with opening statements to
# follow on Monday".
_MEANT_TO_EN = re.compile(
    r"\b(?:hopes?|hoped|hoping|aims?|aimed|wants?|wanted|intends?|intended|expects?|expected|plans?|planned)\s+to\s+"
    r"[a-z]+\b(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?\s(?:by|until|till|through)\s+(?:this\s+)?$"
    r"|\bwith\s+(?:(?!\b(?:that|which|who)\b)[^,.;:!?])*?\bto\s+(?:be\s+)?[a-z]+\s+(?:on\s+)?$"
    # What someone wants done by a day: "wanted a panel seated by Wednesday", "wants the report finished by Friday".
    r"|\b(?:wants?|wanted|wanting)\s+(?:(?:the|a|an|its|their|his|her|all)\s+)?(?:[a-z-]+\s+){1,3}?"
    r"[a-z]+(?:ed|en)\s+(?:by|before)\s+(?:this\s+)?$",
    re.I,
)


# An invitation stands for what it invites to: "has accepted an invitation to fresh talks on Tuesday", "an invitation to
# a hearing on Friday is on the table" (in a simple past, "accepted an invitation to talks on Tuesday", the day may be
# the accepting's).
_INVITED_EN = re.compile(r"\binvitations?\s+to\b[^,.;:!?]*$", re.I)


def invited_to(head: str, said: str | None, doc_sentence, start: int, end: int) -> bool:
    """Whether an English day (`head`: its sentence up to it) is that of an event an invitation standing now is to."""
    if not _INVITED_EN.search(head) or _EARLIER_CALL_EN.search(head):
        return False
    return said != tense.PAST or doc_sentence is not None and tense.present_perfect(doc_sentence, start, end)


def called_for(head: str) -> bool:
    """Whether the words before a day (from its sentence's start) call for it or expect it."""
    if _CALLED_EN.search(head):
        return not _EARLIER_CALL_EN.search(head) and not _NOUNS_DAY_EN.search(head)
    return bool(_CALLED.search(head)) and not _EARLIER_NOW.search(head) and not _NOUNS_DAY.search(head)


def set_ahead(head: str) -> bool:
    """Whether the words before a weekday (from its sentence's start) set it ahead although the verb is past."""
    if _EARLIER_NOW.search(head):
        return False
    return bool(
        _BY.search(head)
        or _MEANT_FOR_FR.search(head)
        or _DECIDED.search(head)
        or _DECIDED_EN.search(head)
        or _SET_FOR_EN.search(head)
        or _URGED.search(head)
        or _GRANTED_EN.search(head)
        or _MEANT_TO_EN.search(head)
    )


# A date after a participle clause: "adopté mardi, sera examiné jeudi" tells two days in order.
_LATER_DATE = re.compile(rf"\b(?:{FR_WD}|demain|après-demain|semaine|prochaine?)\b|\b\d{{1,2}}\s+(?:{FR_MO})\b", re.I)


# "La semaine dernière, ..., mercredi", "Last week, ... on Wednesday": a week that opens the sentence frames a later
# weekday of it, with no new clause ("que") between; so does a week the weekday specifies ("la semaine dernière,
# mercredi"). Not "les visites de la semaine prochaine ... mercredi", nor "La grève, annoncée la semaine dernière,
# commence jeudi".
_WEEK = r"la\s+semaine\s+(?:dernière|passée|prochaine)|last\s+week|next\s+week"
_WEEK_BEFORE = re.compile(
    rf"(?:^[\W_]*(?:(?:et|mais|puis|and|but)\s+)?(?P<w>{_WEEK})\b"
    r"(?:(?!\b(?:que|qu'|that)\b)[^.;:!?])*"
    rf"|(?P<w2>{_WEEK}),\s+(?:on\s+)?)$",
    re.I,
)


# A present of lasting before "from": "the advisory runs from 11 a.m. Wednesday until 8 p.m. Friday" (the tagger may
# read "runs" as a plural noun, and the clause borrows the past of the verb that reports it).
_RUNS_FROM_EN = re.compile(rf"\b(?:runs|lasts|applies)\s+from\s+{HOUR_ON_EN}$", re.I)
_IN_FORCE_FROM = re.compile(r"\bin\s+(?:force|place|effect)\s+from\s*$", re.I)


def weekday_range(
    m: re.Match, lang: str, today: date, sentence: str, doc_sentence, start: int, end: int, sent_start: int
) -> str | None:
    """ "de samedi à dimanche", "entre mardi et jeudi": the last such days or the next ones, by the clause's tense."""
    g = m.groupdict()
    first = g["wd1"] or g["wd1b"]
    names = lexicon.WEEKDAYS_FR if lang == "fr" else lexicon.WEEKDAYS_EN
    wd1, wd2 = names[first.lower()], names[g["wd2"].lower()]
    span = (wd2 - wd1) % 7
    if not span:
        return None
    # The last such days (ending today at the latest) or the next ones (starting today at the earliest).
    end_back = today - timedelta(days=(today.weekday() - wd2) % 7)
    start_ahead = today + timedelta(days=(wd1 - today.weekday()) % 7)
    under_way = today - timedelta(days=(today.weekday() - wd1) % 7)
    said = clause_tense(doc_sentence, start, end, lang, sentence)
    # "from" is read with the words before it: "has declared three days of mourning, from Thursday to Saturday".
    head = sentence[: (m.end("frm") if g.get("frm") else start) - sent_start]
    if said == tense.PAST and set_ahead(head) or called_for(sentence[: start - sent_start]):
        said = tense.FUTURE  # "a annoncé des renforts pour la nuit de samedi à dimanche": the night ahead
    if wd1 == 0 and wd2 in {4, 5} and said in {tense.PRESENT, None} and not first[0].isupper():
        return None  # "les bureaux sont ouverts de lundi à vendredi": the working week, a schedule
    if said == tense.PAST and _RUNS_FROM_EN.search(head):
        said = tense.PRESENT  # "The advisory runs from 11 a.m. Wednesday ..., the agency said": the tagger's noun
    if g.get("frm") and not g.get("nt") and not g.get("hr") and said in {tense.PRESENT, None} \
            and not _IN_FORCE_FROM.search(head):
        # "the museum is open from Tuesday to Sunday": with no night word, a present tells a schedule ("a warning is in
        # place from Friday to Sunday" is a state set for those days).
        return None
    if re.search(
        r"\b(?:report|repouss|décal|avanc)[ée]e?s?\s+(?:\w+\s+)?$",
        sentence[max(0, start - sent_start - 30) : start - sent_start],
        re.I,
    ):
        return None  # "la réunion, reportée de mardi à jeudi": a move, not two days
    if g.get("ce") and wd1 == today.weekday():
        a = today  # "de ce mardi 16 heures à mercredi 10 heures" on a Tuesday: from today, whatever the verb
    elif said == tense.PRESENT and under_way + timedelta(days=span) >= today or (
        said is None and lang == "fr" and under_way == today
    ):
        # "la grève dure de lundi à mercredi" on the Tuesday: this one; with no verb the model can read, a range whose
        # first day is today starts today, as a bare weekday is today's ("déconseille les déplacements entre mardi
        # soir et mercredi matin" on a Tuesday).
        a = under_way
    elif said == tense.FUTURE or said == tense.PRESENT and (start_ahead - today) < (today - end_back):
        a = start_ahead
    else:
        a = end_back - timedelta(days=span)
    return f"{a.isoformat()}/{(a + timedelta(days=span)).isoformat()}"


def from_now_to_weekday(m: re.Match, today: date) -> str:
    """ "from tonight through Friday", "from 3 a.m. today until 9 p.m. Monday": from publication day (the next day, from
    "tomorrow") to the first such weekday after it."""
    first = today + timedelta(days=1 if m.group("rel").lower() == "tomorrow" else 0)
    wd = lexicon.WEEKDAYS_EN[m.group("wd2").lower()]
    last = first + timedelta(days=(wd - first.weekday()) % 7 or 7)
    return f"{first.isoformat()}/{last.isoformat()}"


def week_on(m: re.Match, today: date) -> str:
    """ "a week on Friday", "two weeks on Monday", "a fortnight on Saturday": counted from the coming such weekday (not
    today's: "a week on Friday" said on a Friday is a fortnight off)."""
    wd = lexicon.WEEKDAYS_EN[m.group("wd").lower()]
    weeks = 2 if m.group("u").lower() == "fortnight" or m.group("n").lower() == "two" else 1
    return (today + timedelta(days=((wd - today.weekday()) % 7 or 7) + 7 * weeks)).isoformat()


# "last Tuesday and Thursday", "next Monday, Wednesday or Friday": the qualifier of a list's first weekday is every
# one's (a list ends with "and"/"or"; a weekday followed by its verb opens a clause: "last Tuesday, and Wednesday
# brings ...").
_QUALIFIED_LIST = re.compile(
    rf"\b(?P<q>last|next)\s+(?:{EN_WD})(?:\s*,\s*(?:{EN_WD}))*\s*(?P<sep>,|,?\s*\b(?:and|or))\s*$", re.I
)
_LIST_GOES_ON = re.compile(rf"(?:\s*,\s*(?:{EN_WD}))*\s*,?\s*\b(?:and|or)\s+(?:{EN_WD})\b", re.I)


def _list_qualifier(head: str, rest: str) -> str:
    """The "last"/"next" an English weekday takes from the first of the list it ends or continues, or ""."""
    found = _QUALIFIED_LIST.search(head)
    if found is None or found.group("sep") == "," and not _LIST_GOES_ON.match(rest):
        return ""
    return found.group("q").lower()


def _opens_a_clause(doc_sentence, end: int) -> bool:
    """Whether a finite verb follows the weekday ending at `end`: its subject, not an item of a list."""
    after = next((t for t in doc_sentence if t.idx >= end), None) if doc_sentence is not None else None
    return after is not None and after.tag_ in {"VBZ", "VBP", "VBD", "MD"}


_SPAN_AFTER_EN = re.compile(rf"\s+to\s+(?:{EN_WD})\b", re.I)
_SPAN_BEFORE_EN = re.compile(rf"\b(?:{EN_WD})\s+to\s+$", re.I)


def _in_a_weekday_span(sentence: str, a: int, b: int) -> bool:
    """Whether the English weekday at a..b of its sentence is an end of a bare "Monday to Thursday"."""
    return bool(_SPAN_AFTER_EN.match(sentence, b) or _SPAN_BEFORE_EN.search(sentence[:a]))


_AHEAD_MODALS_EN = {"will", "'ll", "would", "could", "might", "may", "should", "shall"}


def _subject_of_a_modal(doc_sentence, end: int) -> bool:
    """ "says Sunday could be busier still": an English weekday right before a modal that looks ahead is that verb's
    subject, so takes its time whatever the clause the parse puts it in ("Sunday could have been" looks back)."""
    after = [t for t in doc_sentence if t.idx >= end][:3] if doc_sentence is not None else []
    if not after or after[0].tag_ != "MD" or after[0].lower_ not in _AHEAD_MODALS_EN:
        return False
    return not (len(after) > 2 and after[1].lower_ == "have" and after[2].tag_ == "VBN")


def weekday(
    m: re.Match, lang: str, today: date, sentence: str, doc_sentence, start: int, end: int, sent_start: int
) -> str | None:
    """A weekday: the most recent one (today included) unless its clause looks ahead, then the next one."""
    g = m.groupdict()
    wd_name = g["wd"].lower()
    wd = (lexicon.WEEKDAYS_FR if lang == "fr" else lexicon.WEEKDAYS_EN)[wd_name]
    q = (g.get("q") or g.get("q2") or "").lower()
    if lang == "en" and not q and not _opens_a_clause(doc_sentence, end):
        q = _list_qualifier(sentence[: start - sent_start], sentence[end - sent_start :])
    if g.get("dn"):
        # "lundi 16", "jeudi 5": the day of that number that is that weekday, within six weeks either way.
        number = day_number(g["dn"])
        near = [today + timedelta(days=k) for k in range(-42, 43)]
        near = [d for d in near if d.day == number and d.weekday() == wd]
        if near:
            return min(near, key=lambda d: abs((d - today).days)).isoformat()
    if lang == "en" and not q and not g["wd"][0].isupper():
        return None
    if lang == "fr" and g["wd"][0].isupper() and re.search(r"\w\s+$", sentence[: m.start("wd") - sent_start]):
        return None  # French weekdays take no capital: "le Journal du Dimanche" is a name
    back = (today.weekday() - wd) % 7
    ahead = (wd - today.weekday()) % 7
    if q in {"dernier", "passé", "last"}:
        return (today - timedelta(days=back or 7)).isoformat()
    if q in {"prochain", "next"}:
        return (today + timedelta(days=ahead or 7)).isoformat()
    if re.search(r"\b(?:depuis|since)\s+(?:ce\s+|le\s+)?$", sentence[: start - sent_start], re.I) or _since_phrase(
        sentence[: start - sent_start], doc_sentence, sent_start
    ):
        return (today - timedelta(days=back)).isoformat()
    week = _WEEK_BEFORE.search(sentence[: start - sent_start])
    if week is not None:
        # "La semaine dernière, le Slovène avait été battu, mercredi au Lioran": that week's Wednesday.
        monday = today - timedelta(days=today.weekday())
        ahead = re.search(r"prochaine|next", week.group("w") or week.group("w2"), re.I) is not None
        monday += timedelta(days=7 if ahead else -7)
        return (monday + timedelta(days=wd)).isoformat()
    said = clause_tense(doc_sentence, start, end, lang, sentence)
    span = (start - sent_start, end - sent_start)
    if lang == "en" and said in {tense.PRESENT, None} and _in_a_weekday_span(sentence, *span):
        return None  # "the court sits Monday to Thursday": a schedule, as "from Tuesday to Sunday" in a present
    if lang == "en" and _subject_of_a_modal(doc_sentence, end):
        said = tense.FUTURE
    # "le mardi", "le marché du dimanche": with the article and no day number, French names every such day.
    habit = (
        lang == "fr"
        and not g.get("dn")
        and (re.match(r"le\s", m.group(0), re.I) or re.search(r"\bdu\s+$", sentence[: start - sent_start], re.I))
    )
    if (
        habit
        and doc_sentence is not None
        and tense.participle_before(doc_sentence, start, lang, end) == (tense.PAST, True)
    ):
        return None  # "les boutiques, fermées le lundi hors saison, ...": a state, not a day gone
    if (
        doc_sentence is not None
        and tense.detached_predicate(doc_sentence, start, end, lang)
        and tense.main_tense(doc_sentence, lang) == tense.FUTURE
        and _LATER_DATE.search(sentence[end - sent_start :])
    ):
        # "Absent samedi, le pape se rendra dimanche prochain à Ajaccio": the detached phrase tells the day
        # before the later one the main clause gives, as a participle would ("adopté mardi, sera examiné jeudi").
        said = tense.PAST
    participle = doc_sentence is not None and tense.participle_before(doc_sentence, start, lang, end) == (
        tense.PAST, True)
    if participle:
        # "le texte, adopté mardi, sera examiné jeudi": that Tuesday is gone. In a sentence that
        # looks ahead with no later date ("le sommet, organisé mardi à La Haye, doit entériner ...")
        # the nearer Tuesday, ahead or behind.
        rest = sentence[end - sent_start :]
        later = rest[rest.index(",") :] if "," in rest else rest
        if tense.main_tense(doc_sentence, lang) == tense.FUTURE and not _LATER_DATE.search(later):
            said = tense.PRESENT
        else:
            said = tense.PAST
    if habit and (
        said in {tense.PRESENT, tense.FUTURE, None}
        or doc_sentence is not None
        and tense.imperfect(doc_sentence, start, end, lang)
    ):
        # "le marché se tient le mardi", "sera ouverte jusqu'à 22 heures le jeudi", "la collecte du mercredi est
        # suspendue", "il venait le lundi": every Tuesday (but "il est arrivé le lundi" is a day).
        return None
    called_off = _called_off_day(sentence[: start - sent_start], today, wd) if lang == "fr" else None
    if called_off is not None and said != tense.FUTURE:
        return called_off.isoformat()
    before = sentence[max(0, start - sent_start - 40) : start - sent_start]
    head = sentence[: start - sent_start]
    if (
        _TOWARD.search(before)
        or _FROM.search(before)
        and said != tense.PAST
        or said == tense.PAST
        and set_ahead(sentence[: start - sent_start])
        or _in_force(sentence[: start - sent_start], said, lang, doc_sentence, sent_start)
        or lang == "fr"
        and _LASTS_FR.search(before)
        or not participle
        and called_for(sentence[: start - sent_start])  # not "appelle à poursuivre le mouvement engagé mardi"
        or lang == "en"
        and (
            _LASTS_EN.search(head)
            or said == tense.PAST
            and _before_a_day_after_today(head)
            or invited_to(head, said, doc_sentence, start, end)
            or said in {tense.PAST, None}
            and doc_sentence is not None
            and tense.weekday_of_present_perfect(doc_sentence, start, end)
        )
    ):
        said = tense.FUTURE
    if said != tense.FUTURE and doc_sentence is not None and tense.schedules(doc_sentence, start, end, lang):
        # "Les soldes commencent vendredi", "la cérémonie a lieu samedi" on a Monday: a present that opens, closes or
        # holds an event announces the coming day, even when the last one is nearer.
        said = tense.FUTURE
    if said == tense.FUTURE and _names_an_event_gone(lang, sentence[end - sent_start :], before, back, ahead):
        return (today - timedelta(days=back)).isoformat()
    if said == tense.FUTURE:
        return (today + timedelta(days=ahead)).isoformat()
    if (
        said == tense.PRESENT
        and ahead < back
        and not re.search(r"\bof\s+$|'s\s*$", sentence[: start - sent_start], re.I)
        and not re.match(r"'s\b", sentence[end - sent_start :])
    ):
        # "Les enseignants entament jeudi une grève" on a Monday: a present verb with a weekday that is nearer
        # ahead than behind announces it; so does a noun's weekday ("la séance de jeudi est complète" on a
        # Wednesday; "le bilan de la frappe de samedi" on a Monday is the nearer one, gone). English "of"/"'s"
        # name a day gone ("Sunday's strike").
        return (today + timedelta(days=ahead)).isoformat()
    return (today - timedelta(days=back)).isoformat()


def _names_an_event_gone(lang: str, rest: str, before: str, back: int, ahead: int) -> bool:
    """ "will commission an audit of Monday's blackout" on a Wednesday: an English weekday in the possessive names an
    event by its day, not the time of the verb; in a clause that looks ahead it is the nearer such day ("will travel to
    Saturday's final" on a Thursday is ahead), unless a bound sets it ahead ("until Friday's deadline", "will meet
    before Saturday's vote": what comes before it lies ahead) or the event is the subject of what is ahead ("will ask
    for Friday's session to be adjourned")."""
    if lang != "en" or not re.match(r"['’]s\b", rest) or any(p.search(before) for p in (_TOWARD, _FROM, _BEFORE_EN)):
        return False
    return back < ahead and not _POSSESSIVE_SUBJECT.match(rest)


# "will ask for Friday's session to be adjourned", "Monday's vote is to be delayed": the event named by its day is the
# subject of what lies ahead, so it has not taken place.
_POSSESSIVE_SUBJECT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:to\s+be|(?:is|are)\s+(?:to|due|set|expected|likely)|will|would|could|may|might|"
    r"should|shall|must)\b",
    re.I,
)


# "Le débat, prévu mercredi, a été repoussé à ce soir", "le spectacle annulé samedi sera reprogrammé jeudi": an event
# moved later was set before the day it is moved to. The words right before that day.
_MOVED_LATER = re.compile(
    r"\b(?:(?:repouss|report|reprogramm|décal|renvoy|rejou)ée?s?|remise?s?)\s+(?:(?:à|au|pour|jusqu'à|jusqu'au)\s+)?$",
    re.I,
)


def before_the_move(text: str, bare: set[int], found: list[DateMention], sentences: list[Span]) -> None:
    """Move a bare weekday (its start in `bare`) back by weeks until it falls before the day its event is moved to,
    later in its sentence ("prévu mercredi, a été repoussé à ce soir" on a Friday: this week's Wednesday)."""
    for k, old in enumerate(found):
        if old.start not in bare or "/" in old.value:
            continue
        sent = next((s for s in sentences if s.start <= old.start < s.end), None)
        for new in found[k + 1 :]:
            if sent is not None and new.start >= sent.end:
                break
            if _MOVED_LATER.search(text[old.end : new.start]) is None:
                continue
            day, until = date.fromisoformat(old.value), date.fromisoformat(new.value.split("/")[0])
            while day > until:  # the same day: moved to a later hour ("prévu jeudi matin, repoussé à ce soir")
                day -= timedelta(days=7)
            old.value = day.isoformat()
            break


# "les représentations de ce dimanche et de lundi", "il pleuvra dimanche et lundi": weekdays joined by "et" are told in
# order, so a bare weekday after another is the first such day after it (not the Monday gone, nor today).
_JOINED = re.compile(r"\s*,?\s*et\s+(?:de\s+|du\s+|le\s+)?", re.I)
_WEEKDAY_WORD = re.compile(rf"\b(?:{FR_WD})\b", re.I)


def after_the_one_before(text: str, bare: set[int], found: list[DateMention]) -> None:
    """Move a bare French weekday (its start in `bare`) joined by "et" to a weekday date right before it to the first
    such day after that date."""
    for prev, cur in zip(found, found[1:], strict=False):
        if cur.start not in bare or "/" in cur.value or "/" in prev.value or not _WEEKDAY_WORD.search(prev.text):
            continue
        if not _JOINED.fullmatch(text, prev.end, cur.start):
            continue
        first = date.fromisoformat(prev.value)
        step = (date.fromisoformat(cur.value).weekday() - first.weekday()) % 7
        if step:
            cur.value = (first + timedelta(days=step)).isoformat()
