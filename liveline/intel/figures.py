"""Counts with their qualifier, category, place and date: "au moins 35 civils tués à Soumy dimanche"
-> 35, at_least, killed, Sumy, the Sunday's date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from liveline.intel import lexicon
from liveline.intel.dates import DateMention
from liveline.intel.entities import Mention
from liveline.intel.numbers import DIGITS, WORDS_EN, WORDS_FR, as_number, parse_digits, parse_words
from liveline.intel.text import Span

APPROX_FR = "|".join(lexicon.APPROX_NOUNS_FR)
QUALIFIERS = {
    "fr": [(q, "about") for q in lexicon.ABOUT_FR] + [(q, "at_least") for q in lexicon.AT_LEAST_FR],
    "en": [(q, "about") for q in lexicon.ABOUT_EN] + [(q, "at_least") for q in lexicon.AT_LEAST_EN],
}
NUMBER = {
    "fr": re.compile(rf"(?P<approx>\b(?:une|la|des)\s+(?P<an>{APPROX_FR})s?\s+(?:de|d')\s*)|(?P<num>{DIGITS})|"
                     rf"(?P<words>{WORDS_FR})", re.I),
    "en": re.compile(rf"(?P<approx>\b(?:a|two|three|several)?\s*(?P<an>dozens?|scores?)\s+(?:of\s+)?)|"
                     rf"(?P<num>{DIGITS})|(?P<words>{WORDS_EN})", re.I),
}
# After the number, up to this many characters are searched for what is counted.
WINDOW = 90
STOP = re.compile(r"[;:()]|\s(?:et|mais|and|but|while|tandis)\s|\d")
SUBSET = re.compile(r"(?:dont|parmi\s+lesquels|parmi\s+eux|including|among\s+them)\s*$", re.I)
SUBSET_AFTER = re.compile(r"^\s*(?:of\s+them|d'entre\s+eux|d'entre\s+elles)\b", re.I)
VAGUE_BEFORE = re.compile(r"(?:several|a\s+few|plusieurs|quelques|many|des)\s*[«“\"]?\s*$", re.I)
NOT_COUNTS = re.compile(r"^\s*(?:%|pour\s*cent|percent|per\s*cent|h\b|heures?|hours?|minutes?|km|kilom|mètres|"
                        r"metres|meters|miles|ans\b|years?\b|ème|e\b|er\b|euros?|dollars?|€|\$|jours|days|semaines|"
                        r"weeks|mois|months|kg|tonnes|tons|ème|th\b|st\b|nd\b|rd\b|fois|times)", re.I)
BEFORE_NOT_COUNT = re.compile(r"(?:€|\$|£|n°|no\.|numéro|number|résolution|resolution|article|page|vol|"
                              r"flight|bus|route|km|n°)\s*$", re.I)
# A date whose own words leave out the "depuis"/"since" that opens its phrase ("blessés depuis mardi").
# A period begun earlier today ("interpellées depuis ce matin") still dates the count to today.
SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:(?:le|ce|this|last)\s+)?$", re.I)
TODAY_PART = re.compile(r"(?:ce|cet|cette|this)\s+(?:matin|après-midi|soir|midi|nuit|morning|afternoon|evening)\b|"
                        r"aujourd'hui|today", re.I)
WORD_STEMS = [(stem, cat) for cat, stems in lexicon.CATEGORIES.items() for stem in stems]
# Phrases that name a category without its usual word: "ont dû quitter leur logement" (displaced),
# "mises à l'abri" (evacuated), "forced from their homes". Searched like the stems, after the number.
PHRASES = [
    (r"(?:quitter|quitté|fui)\s+(?:leurs?|son|sa|ses)\s+(?:logements?|domiciles?|maisons?|foyers?|habitations?)",
     "displaced"),
    (r"(?:privée?s?|chassée?s?)\s+de\s+(?:leurs?|toit|logement)\w*", "displaced"),
    (r"(?:forced\s+(?:from|out\s+of)|driven\s+from|lost)\s+their\s+homes?", "displaced"),
    (r"mise?s?\s+à\s+l'abri", "evacuated"),
    (r"(?:placée?s?|maintenue?s?)\s+en\s+garde\s+à\s+vue", "arrested"),
    (r"taken\s+into\s+custody", "arrested"),
]
ACTING_BEFORE = re.compile(r"(?P<verb>interpellé|arrêté|évacué|libéré|relâché|arrested|detained|evacuated|"
                           r"released|freed)\s+(?:(?:au moins|plus de|environ|près de|quelque|at least|more than|"
                           r"about|some|nearly|over)\s+)?$")


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: int | float
    bound: str
    category: str
    place: str | None
    date: str | None


def _category(after: str) -> tuple[str | None, int]:
    """The category named in `after` (the words following a number), and where its word ends."""
    low = after.lower()
    best = None
    for stem, cat in WORD_STEMS:
        for m in re.finditer(r"(?<![\w])" + re.escape(stem), low):
            if best is None or m.start() < best[0]:
                end = m.end()
                while end < len(low) and (low[end].isalpha() or low[end] == "-"):
                    end += 1
                best = (m.start(), end, cat)
            break
    for pattern, cat in PHRASES:
        m = re.search(r"(?<![\w])" + pattern, low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), cat)
    if not best:
        return None, 0
    return best[2], best[1]


def find(text: str, lang: str, sentences: list[Span], mentions: list[Mention], dates: list[DateMention],
         quote_spans: list[tuple[int, int]] | None = None) -> list[Figure]:
    figures: list[Figure] = []
    date_spans = [(d.start, d.end) for d in dates]
    for sent in sentences:
        previous: Figure | None = None
        for m in NUMBER[lang].finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(s <= start < e for s, e in date_spans):
                continue
            if m.group("approx") and re.match(r"\s*(?:des\s|dozens|scores)", m.group(0), re.I):
                continue  # "des dizaines de familles", "dozens of families": no count given
            if m.group("approx"):
                value = lexicon.APPROX_NOUNS_FR.get(m.group("an").lower().rstrip("s"))
                if value is None:  # English "dozens of"
                    value = 12
                    words = m.group(0).split()
                    if words and parse_words(words[0], "en"):
                        value *= parse_words(words[0], "en")
                bound = "about"
            elif m.group("num"):
                value = parse_digits(m.group("num"))
                bound = "exact"
                if re.search(r"\d{4}", m.group("num")) and 1900 <= (value or 0) <= 2100 and \
                        not re.search(r"[ \u202f\u00a0\u2009,.]", m.group("num")):
                    continue  # a year
            else:
                words = m.group("words").lower()
                if words in {"un", "une", "a", "one", "et", "and"} or words.startswith(("et ", "and ")):
                    continue
                value = parse_words(words, lang)
                bound = "exact"
            if not value:
                continue
            before = text[max(sent.start, start - 40): start]
            after = text[end: min(sent.end, end + WINDOW)]
            if NOT_COUNTS.match(after) or (m.group("num") and BEFORE_NOT_COUNT.search(before)
                                           and not _qualifier(before, lang)):
                continue
            qual = _qualifier(before, lang)
            if qual:
                bound = qual[0] if bound == "exact" else bound
            stop = STOP.search(after)
            scope = after[: stop.start()] if stop else after
            category, cat_end = _category(scope)
            if category is None and stop is not None:
                joined = _coordinated(after, lang)
                if joined is not None:
                    category, cat_end = joined
                    scope = after[:cat_end]
            verb = ACTING_BEFORE.search(before.lower().replace("\u00a0", " "))
            if verb and category and len(scope[:cat_end].split()) > 2:
                # "Police arrested 20 people for looting in the evacuation zones": the verb before the
                # number names the category when the words after it name none of their own.
                category = _category(verb.group("verb"))[0]
                cat_end = len(re.match(r"\s*[\w'-]*", after).group(0))
            if m.group("words") and VAGUE_BEFORE.search(before):
                continue  # "several hundred", "quelques milliers": no count given
            subset = bool(SUBSET.search(before) or SUBSET_AFTER.match(after)) and previous is not None
            if category is None and subset:
                category = previous.category
                cat_end = len(re.match(r"\s*[\w'-]+", after).group(0)) if re.match(r"\s*[\w'-]+", after) else 0
            if category is None:
                # "35 morts" is inside the window; "le bilan s'élève à 35" names the category before the number.
                category = _category_before(before)
                cat_end = 0
            if category is None:
                continue
            fig_start = start - len(qual[1]) if qual and qual[1] else start
            fig_end = end + cat_end
            fig_text = text[fig_start:fig_end].strip()
            place = _place(text, sent, start, mentions)
            # "depuis 35 jours", "depuis mardi" date a period, not the event counted.
            when = next((d.value for d in dates if sent.start <= d.start < sent.end
                         and not re.match(r"(?:depuis|for|over)\b", d.text, re.I)
                         and not (SINCE_BEFORE.search(text[sent.start:d.start]) and not TODAY_PART.match(d.text))),
                        None)
            figure = Figure(fig_start, fig_start + len(fig_text), fig_text, as_number(value), bound, category, place,
                            when)
            figures.append(figure)
            if not subset:
                previous = figure
    return figures


# "24 policiers et gendarmes blessés", "Seven passengers and a flight attendant suffered minor injuries": the
# "et"/"and" that ends the search for what is counted joins here a bare noun and a second noun phrase with no count
# of its own, and the category is their shared predicate; the number counts the first noun only.
# The second noun takes no article or an indefinite one: "et la police" opens another subject.
COORDINATED = re.compile(r"^\s*(?P<noun>[^\W\d_]+)\s+(?:et|and)\s+(?!(?:le|la|les|l|the|des|ce|cette|ces|"
                         r"leurs?|ses|son|sa|their|his|her|its|this|these)\b)(?P<rest>[^\W\d_])", re.I)
# "500 manifestants et aucun blessé", "40 soldiers and no injuries": a count denied, not shared.
NO_COUNT = re.compile(r"\b(?:aucun\w*|sans|pas|ni|no|none|not|without)\b", re.I)


def _coordinated(after: str, lang: str) -> tuple[str, int] | None:
    """The category and its end (in `after`) of a count over two coordinated nouns, when the second has no count."""
    m = COORDINATED.match(after)
    if m is None or re.fullmatch(WORDS_FR if lang == "fr" else WORDS_EN, m.group("noun"), re.I):
        return None
    rest = after[m.start("rest"):]
    stop = STOP.search(rest)
    rest = rest[: stop.start()] if stop else rest
    category, cat_end = _category(rest)
    if category is None:
        return None
    head = rest[:cat_end]
    # At most an article, a noun of two words, a verb group and an adjective before the category ("a flight
    # attendant suffered minor injuries"), and no second count ("et une centaine de blessés" counts on its own).
    if len(head.split()) > 6 or NO_COUNT.search(head) or any(
            not re.fullmatch(r"(?:un|une|a|an|one)", n.group(0), re.I) for n in NUMBER[lang].finditer(head)):
        return None
    return category, m.start("rest") + cat_end


# "le bilan dépasse désormais les 470 morts", "could exceed 10,000", "has passed 470".
PASSING = re.compile(r"(?:dépass\w*|franchi\w*|exceed\w*|pass(?:ed|es)?|surpass\w*|top(?:ped|s)?)\s+"
                     r"(?:(?:désormais|déjà|now|already)\s+)?(?:(?:les|la\s+barre\s+des|the)\s+)?$", re.I)
VAGUE = re.compile(r"(?:des|several|plusieurs)\s+$|^\s*(?:dizaines|centaines|milliers)\b", re.I)


def _qualifier(before: str, lang: str) -> tuple[str, str] | None:
    low = before.lower().replace("\u00a0", " ").replace("\u202f", " ")
    passing = PASSING.search(low)
    if passing:
        return "at_least", ""
    for q, bound in QUALIFIERS[lang]:
        m = re.search(r"(?<![\w])" + re.escape(q) + r"\s*$", low)
        if m:
            return bound, before[m.start():]
    return None


def _category_before(before: str) -> str | None:
    """A category named before the number: "le bilan s'élève à 35", "killing 21", "the number of injured is 117"."""
    low = before.lower()
    m = re.search(r"(?:bilan|toll|number of|nombre de)\b(?P<what>[^.;]*)$", low)
    if m:
        cat, _ = _category(m.group("what"))
        if cat or m.group(0).startswith(("bilan", "toll")):
            return cat or "killed"  # a toll is of the dead; "au nombre de quatre" counts nothing in particular
    m = re.search(r"(?:parmi|among)\s+(?:les|the)\s+(?P<what>\w+)[^.;]{0,30}$", low)
    if m:
        cat, _ = _category(m.group("what"))
        if cat:
            return cat
    m = re.search(r"(?:tuant|blessant|killing|wounding|injuring|faisant|leaving|left|fait|tué|tuée|tués|blessé|"
                  r"blessés|killed|wounded|injured)\s+"
                  r"(?:(?:au moins|plus de|environ|près de|at least|more than|about|some|nearly|over)\s+)?$", low)
    if m:
        cat, _ = _category(m.group(0))
        return cat
    # "La police a interpellé trois personnes", "troops evacuated 300 people": the verb of the category, then
    # the number (and "personnes"/"people" after it, which name no category).
    m = ACTING_BEFORE.search(low)
    if m:
        cat, _ = _category(m.group("verb"))
        return cat
    return None


ROLES = "|".join(sorted({re.escape(w) for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN}, key=len, reverse=True))
# A place that only qualifies who speaks or who acts is not where the count happened: "selon la défense
# civile de Gaza", "le gouverneur de Bangkok", "Bangkok governor", "Gaza's civil defence agency",
# "la Russie a lancé 48 drones", "accuse l'Iran d'avoir tiré deux missiles".
SOURCE_BEFORE = re.compile(r"\b(?:selon|d'après|according\s+to)\b[^,;:]*$", re.I)
ROLE_OF_BEFORE = re.compile(rf"\b(?:{ROLES})(?:\s+[\w-]+)?\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|d'|of\s+(?:the\s+)?)$",
                            re.I)
ROLE_AFTER = re.compile(rf"^(?:'s)?\s+(?:{ROLES})\b", re.I)
OWNER_AFTER = re.compile(r"^'s\s+(?!(?:west|east|north|south|\w+ern|capital|city|coast|border|centre|center|"
                         r"island|region|province|state)\b)", re.I)
# Verbs of an attacker, a negotiator or a source; not "Kharkiv a subi", "Mayotte compte 39 morts".
AGENT_AFTER = re.compile(r"^\s*(?:et\s+[A-ZÀ-Ý][\w-]+\s+|and\s+[A-Z][\w-]+\s+)?"
                         r"(?:(?:a|ont|avait|avaient|aurait|auraient|has|have|had)\s+(?:\w+\s+)?)?"
                         r"(?:d'avoir|lancé|tiré|envoyé|abattu|frappé|attaqué|bombardé|libéré|échangé|convenu|"
                         r"accusé|affirmé|annoncé|revendiqué|launched|fired|sent|shot\s+down|struck|attacked|"
                         r"released|freed|agreed|claimed|said|says|announced)\b", re.I)
# "rockets at US troops in Syria": a place that says whose troops is not where.
PEOPLE_AFTER = re.compile(r"^\s+(?:troops|forces|soldiers|officials|army|military|navy|government|embassy|"
                          r"citizens|nationals|authorities|police)\b", re.I)
LOCATIVE_BEFORE = re.compile(r"\b(?:à|au|aux|en|dans|in|at|near|près\s+de|outside)\s+(?:la\s+|l'|the\s+)?$", re.I)


def _place(text: str, sent: Span, pos: int, mentions: list[Mention]) -> str | None:
    places = [m for m in mentions if m.type == "place" and sent.start <= m.start < sent.end
              and not _qualifies_someone(text[sent.start:m.start], text[m.end:sent.end])]
    if not places:
        return None
    after = [m for m in places if m.start > pos]
    # A place after the number ("35 tués à Soumy") is the place of the event; else the last before it
    # that follows "à"/"in" ("à Bilopillia, dans la région de Soumy"), else the last before it.
    if after:
        return after[0].canonical
    located = [m for m in places if LOCATIVE_BEFORE.search(text[sent.start:m.start])]
    return (located or places)[-1].canonical


def _qualifies_someone(before: str, after: str) -> bool:
    if PEOPLE_AFTER.match(after):
        return True
    if LOCATIVE_BEFORE.search(before):
        return False  # "the death toll in Florida has risen": where, not who
    return bool(SOURCE_BEFORE.search(before) or ROLE_OF_BEFORE.search(before) or ROLE_AFTER.match(after)
                or OWNER_AFTER.match(after) or AGENT_AFTER.match(after))
