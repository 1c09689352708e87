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
    "fr": re.compile(rf"(?P<approx>\b(?:une|un|la|des)\s+(?P<an>{APPROX_FR})s?\s+(?:de|d')\s*)|(?P<num>{DIGITS})|"
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
# Not counts: percentages, durations, distances, money, ranks, ages ("un homme d'une soixantaine d'années").
NOT_COUNTS = re.compile(r"^\s*(?:-\s*years?-old\b|-\s*ans\b|"  # "a 78-year-old man"
                        r"%|pour\s*cent|percent|per\s*cent|h\b|heures?|hours?|minutes?|km|kilom|mètres|"
                        r"metres|meters|miles|ans\b|années\b|years?\b|ème|e\b|er\b|euros?|dollars?|€|\$|jours|days|"
                        r"semaines|weeks|mois|months|kg|tonnes|tons|ème|th\b|st\b|nd\b|rd\b|fois|times|"
                        r"figures\b|chiffres\b|digits\b|"  # "reach three figures": a size, not a count
                        # money in other currencies, and clock times ("7.45am", "11 p.m.")
                        r"(?:million\s+|milliards?\s+|billion\s+)?(?:rupees?|roupies?|yens?|yuans?|pesos?|"
                        r"francs?|shekels?|roubles?|rubles?|hryvnias?|pounds?|livres?|rands?|nairas?)\b|"
                        r"[ap]\.?m\b\.?)", re.I)
BEFORE_NOT_COUNT = re.compile(r"(?:€|\$|£|n°|no\.|numéro|number|résolution|resolution|article|page|vol|"
                              r"flight|bus|route|km|n°)\s*$", re.I)
# A date whose own words leave out the "depuis"/"since" that opens its phrase ("blessés depuis mardi").
# A period begun earlier today ("interpellées depuis ce matin") still dates the count to today.
# So does a date set in apposition to a "depuis" phrase ("Depuis le début des troubles, le 1er septembre, ...").
SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:(?:le|ce|this|last)\s+)?$|"
                          r"\b(?:depuis|since)\s+[^,;:.!?]{1,60},\s*$", re.I)
# "the 59 hostages still in Gaza", "les 12 otages toujours détenus": a count that goes on; a date of another clause
# before it (past a comma) tells when something else happened, not when the count did.
STILL = re.compile(r"\s+(?:still|toujours|encore)\b", re.I)
# A date right after the count's words is its own ("35 interpellations samedi", "six people arrested on Saturday"),
# before any other date of the sentence ("this morning" when it was said).
RIGHT_AFTER = re.compile(r"\s*(?:(?:on|le|ce|this|last)\s*)?", re.I)
TODAY_PART = re.compile(r"(?:ce|cet|cette|this)\s+(?:matin|après-midi|soir|midi|nuit|morning|afternoon|evening)\b|"
                        r"aujourd'hui|today", re.I)
WORD_STEMS = [(stem, cat) for cat, stems in lexicon.CATEGORIES.items() for stem in stems]
# Phrases that name a category without its usual word: "ont dû quitter leur logement" (displaced),
# "mises à l'abri" (evacuated), "forced from their homes". Searched like the stems, after the number.
PHRASES = [
    (r"(?:quitter|quitté|fui)\s+(?:leurs?|son|sa|ses)\s+(?:logements?|domiciles?|maisons?|foyers?|habitations?)",
     "displaced"),
    (r"(?:privée?s?|chassée?s?)\s+de\s+(?:leurs?|toit|logement)\w*", "displaced"),
    (r"(?:forced\s+(?:from|out\s+of)|driven\s+from|lost|leave|left|flee|fled|abandon(?:ed)?)\s+their\s+homes?",
     "displaced"),
    (r"mise?s?\s+à\s+l'abri", "evacuated"),
    (r"(?:placée?s?|maintenue?s?)\s+en\s+garde\s+à\s+vue", "arrested"),
    (r"taken\s+into\s+custody", "arrested"),
    (r"(?:remise?s?|rendue?s?)\s+en\s+liberté|set\s+free", "released"),
    # Taken to hospital: hurt, whatever the cause ("hospitalisées pour une intoxication").
    (r"hospitalisée?s?|hospitali[sz]ed|taken\s+to\s+(?:the\s+)?hospital", "injured"),
    # Under care: "are still being treated", "soignés sur place", "in critical care", "en réanimation".
    # Not a habit: "300 patients are treated there every week".
    (r"(?:being\s+)?treated\b(?!\s+(?:there|here|as|like|every|each|daily|weekly|a\s+(?:day|week|year)|per)\b)|"
     r"soignée?s\b|(?:in|under)\s+(?:critical|intensive)\s+care|en\s+réanimation",
     "injured"),
    # "plus de 80 000 détenus": inmates, when the noun follows the number (not "détenus par", "détenus depuis").
    (r"(?<=^\s)détenue?s\b(?!\s+(?:par|dans|depuis|à|au|aux|en|pendant|sans|pour)\b)", "prisoners"),
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
        if m and (best is None or m.start() <= best[0]):  # a phrase says more than a word at the same place
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
        previous_bare = previous_listed = False
        # "Arrivé ce mercredi à Calais, le ministre a fait état de 31 morts": an opening phrase on the speaker's
        # coming tells when and where they came, not when and where the count happened.
        opening = SPEAKER_MOVED.match(sent.text)
        own_from = sent.start + opening.end() if opening else sent.start
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
            if m.group("num") and _in_a_name(before):
                continue  # "l'association Utopia 56", "the Apollo 11 crew": part of a name
            qual = _qualifier(before, lang)
            if qual:
                # "at least a dozen", "plus d'une vingtaine": a floor, even on an approximate number.
                bound = qual[0] if bound == "exact" or qual[0] == "at_least" else bound
            stop = STOP.search(after)
            scope = after[: stop.start()] if stop else after
            if opened := SUBSET_OPEN[lang].search(scope):
                # "secouru 12 personnes, dont quatre ont été hospitalisées", "rescued 12 people, four of whom were
                # taken to hospital": what follows a subset with its own count tells of the part only; when a comma
                # closes the subset ("Quinze personnes, dont trois grièvement blessées, ont été évacuées"), the
                # predicate after it is the whole's (the subset blanked, so that offsets stay).
                close = scope.find(",", opened.end())
                scope = scope[: opened.start()] if close < 0 else \
                    scope[: opened.start()] + " " * (close + 1 - opened.start()) + scope[close + 1:]
            category, cat_end = _category(scope)
            if category is None and stop is not None:
                joined = _coordinated(after, lang) or _coordinated_participles(after, scope, stop)
                if joined is not None:
                    category, cat_end = joined
                    scope = after[:cat_end]
            if category is None and (part := PART_OF_COUNT[lang].match(after)):
                category, cat_end = _part_of_count(after, part.end())
            if category is None:
                category, cat_end = _past_subset(text[end:sent.end])
            elif PARTITIVE.match(after):
                category, cat_end = _predicate_of_part(scope, category, cat_end)
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
            if category is None and (carried := TO_HOSPITAL.match(after)) and CARRIED_BEFORE.search(before):
                # "had taken 50 people to five hospitals": carried to hospital, hurt.
                category, cat_end = "injured", carried.end()
            listed = False
            if category is None and previous is not None and previous_bare and (
                    between := ENUMERATION.fullmatch(text, previous.end, start)) is not None \
                    and (between.group("noun") or previous_listed) and (noun := BARE_NOUN.match(after)):
                # "Parmi les victimes figurent dix-sept hommes, sept femmes et trois mineurs": the next counts of a
                # list of bare nouns share the first one's category.
                category, cat_end, listed = previous.category, noun.end(), True
            bare = listed
            if category is None:
                # "35 morts" is inside the window; "le bilan s'élève à 35" names the category before the number.
                category = _category_before(before, after) or _toll_risen(text[sent.start:start], after)
                cat_end = 0
                bare = True
            if category is None:
                continue
            fig_start = start - len(qual[1]) if qual and qual[1] else start
            fig_end = end + cat_end
            fig_text = text[fig_start:fig_end].strip()
            # "..., se félicite M. Darmanin, qui recevra demain ses homologues sur la Côte d'Opale": a relative clause
            # after the count tells of someone else; its places and dates are not the count's.
            relative = RELATIVE_AFTER.search(text, fig_end, sent.end)
            own_to = relative.start() if relative else sent.end
            place = _place(text, sent, start, [mt for mt in mentions if own_from <= mt.start < own_to], fig_end)
            # "depuis 35 jours", "depuis mardi" date a period, not the event counted.
            own = [d for d in dates if own_from <= d.start < own_to
                   and not re.match(r"(?:depuis|for|over)\b", d.text, re.I)
                   and not (SINCE_BEFORE.search(text[sent.start:d.start]) and not TODAY_PART.match(d.text))]
            when = next((d.value for d in own if d.start >= fig_end
                         and RIGHT_AFTER.fullmatch(text, fig_end, d.start)), own[0].value if own else None)
            if when is not None and STILL.match(text, fig_end) and all(
                    "," in text[d.end:fig_start] and re.search(r"\w", text[sent.start:d.start])
                    for d in own if d.end <= fig_start):
                when = None  # "gathered last night, demanding the return of the 59 hostages still in Gaza"
            figure = Figure(fig_start, fig_start + len(fig_text), fig_text, as_number(value), bound, category, place,
                            when)
            figures.append(figure)
            if not subset:
                previous, previous_bare, previous_listed = figure, bare, listed
    return figures


# A capitalised word inside a sentence right before digits makes them part of a name ("l'association Utopia 56",
# "the Apollo 11 crew"); not a weekday or a month ("on Sunday 12 people", "le 3 Mars 2024" aside).
# A place after a locative preposition is not a name with a number: "police in Istanbul 1,133 people detained".
NAME_BEFORE = re.compile(r"\b(?!(?:in|at|across|throughout|near|dans|en|aux?)\s)[a-zà-ÿ'’]+\s+"
                         r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)\s+$")
_NOT_NAMES = {*lexicon.WEEKDAYS_FR, *lexicon.WEEKDAYS_EN, *lexicon.MONTHS_FR, *lexicon.MONTHS_EN}


def _in_a_name(before: str) -> bool:
    m = NAME_BEFORE.search(before)
    return m is not None and m.group("name").lower() not in _NOT_NAMES


# Between two counts of a list: the first one's bare noun (unless the first number stood alone), a subset in commas,
# then a comma or "et"/"and".
ENUMERATION = re.compile(r"(?P<noun>\s+[^\W\d_]+(?:-[^\W\d_]+)?)?"
                         r"(?:,\s*(?:dont|including|among\s+them)\b[^,;:.!?()]*)?(?:\s*,\s*(?:et\s+|and\s+)?|\s+(?:et|and)\s+)",
                         re.I)
BARE_NOUN = re.compile(r"\s+[^\W\d_]+(?:-[^\W\d_]+)?(?=\s*(?:[,;.!?]|\s(?:et|and|dont|including)\b|$))", re.I)
SPEAKER_MOVED = re.compile(r"^\W*(?:(?:Arrivée?s?|Venue?s?|Rendue?s?|Arriving|Visiting|Speaking)\b|De\s+passage\b|"
                           r"En\s+(?:visite|déplacement)\b|On\s+a\s+visit\b)[^,;:.!?]*,")
RELATIVE_AFTER = re.compile(r",\s*(?:qui|who|which)\s")


def _coordinated_participles(after: str, scope: str, stop: re.Match) -> tuple[str, int] | None:
    """ "Deux rescapés ont été hélitreuillés et évacués": two participles of one predicate, the second naming the
    category; the "et" ended the search after the first."""
    if stop.group(0).strip().lower() not in {"et", "and"} or not re.search(r"(?:é|ée|és|ées|ed)\s*$", scope):
        return None
    word = re.match(r"[^\W\d_][\w'-]*", after[stop.end():])
    if word is None:
        return None
    category, _ = _category(word.group(0))
    return (category, stop.end() + word.end()) if category else None


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


# "dont quatre ont été hospitalisées", "including two", "four of whom were taken to hospital": a subset with its
# own count, left open (no comma closes it before the category).
SUBSET_OPEN = {
    lang: re.compile(r",\s*(?:(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquel\w*))\s+"
                     r"(?:(?:au\s+moins|plus\s+de|at\s+least|more\s+than)\s+)?" + words + r"|" + words +
                     r"\s+(?:of\s+(?:whom|them)|d'entre\s+(?:eux|elles)))", re.I)
    for lang, words in (("fr", WORDS_FR), ("en", WORDS_EN))
}
# "Quatre des 15 blessés", "two of the 15 injured", "63 des 90 drones": a part of a count, of that count's category.
PART_OF_COUNT = {
    lang: re.compile(r"^\s+(?:des|d'entre\s+les|of\s+(?:the|those))\s+(?:" + DIGITS + "|" + words + ")", re.I)
    for lang, words in (("fr", WORDS_FR), ("en", WORDS_EN))
}


def _part_of_count(after: str, at: int) -> tuple[str | None, int]:
    rest = after[at:]
    stop = STOP.search(rest)
    scope = rest[: stop.start()] if stop else rest
    category, cat_end = _category(scope)
    if category is None:
        return None, 0
    category, cat_end = _predicate_of_part(scope, category, cat_end)
    return category, at + cat_end


# A toll's number followed by a plural noun of something else than people counts that, not the dead: "le bilan de
# l'incendie atteint 1 200 hectares", "s'élève à 15 000 manifestants", "the toll ... stands at 12 cities".
PEOPLE_NOUNS = {"personnes", "people", "persons", "individus", "gens", "civils", "civilians", "enfants", "children",
                "adultes", "adults", "hommes", "femmes", "men", "women", "victimes", "victims", "soldats", "soldiers",
                "militaires", "migrants", "passagers", "passengers", "habitants", "residents", "résidents", "others",
                "autres", "pompiers", "firefighters", "policiers", "gendarmes", "officers", "secouristes", "rescuers",
                "journalistes", "journalists", "ouvriers", "workers", "patients", "élèves", "étudiants", "students",
                "touristes", "tourists", "fidèles", "worshippers", "membres", "members", "agents", "combattants",
                "fighters", "marins", "sailors", "pêcheurs", "fishermen", "mineurs", "minors", "bébés", "babies",
                "nourrissons", "infants", "personnels", "staff", "employés", "employees", "volontaires", "volunteers"}
FUNCTION_WORDS = {"depuis", "plus", "après", "vers", "sous", "dès", "alors", "puis", "mais", "dans", "sans", "tous",
                  "toutes", "was", "has", "is", "as", "this", "thus", "across", "towards", "afterwards", "us", "its",
                  "his", "les", "des", "ces", "ses", "leurs", "aux", "chez", "jamais", "toujours", "désormais", "pas",
                  "lors", "hors", "always", "tandis", "selon", "ainsi"}


def _other_things(after: str) -> bool:
    m = re.match(r"\s*(?:de\s+|d'|of\s+)?([^\W\d_][\w'-]*)", after)
    if m is None:
        return False
    word = m.group(1).lower()
    return word.endswith(("s", "x")) and word not in PEOPLE_NOUNS and word not in FUNCTION_WORDS


# "taken 50 people to five hospitals", "transporté 12 personnes vers l'hôpital": carried to hospital.
CARRIED_BEFORE = re.compile(r"\b(?:taken|took|takes|brought|rushed|transported|carried|transporté\w*|conduit\w*|"
                            r"emmené\w*)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|au\s+moins|"
                            r"plus\s+de|environ|près\s+de)\s+)?$", re.I)
TO_HOSPITAL = re.compile(r"^(?:\s+(?:people|persons|personnes|victims|victimes|children|enfants|adults|adultes|men|"
                         r"women|hommes|femmes|others|autres|residents|habitants|résidents))?\s+(?:to|vers|à|aux?)\s+(?:[^\W\d_']+\s+|l'){0,2}"
                         r"(?:hospitals?|hôpita(?:l|ux)|hospital)\b", re.I)


# "Quatre membres de l'entourage, dont l'un de ses frères, ont été placés en garde à vue": a subset set between
# commas holds no count of its own here, and the predicate after it names the category; it is skipped (blanked, so
# that offsets stay) and the window searched again.
SUBSET_INCISE = re.compile(r",\s*(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquel\w*))\b[^,;:.!?()]*,")


def _past_subset(after: str) -> tuple[str | None, int]:
    """The category and its end after a number whose window a subset in commas pushed the predicate out of."""
    m = SUBSET_INCISE.search(after[:WINDOW])
    if m is None or re.search(r"\d", m.group(0)):
        return None, 0
    blanked = after[: m.start()] + " " * len(m.group(0)) + after[m.end():]
    window = blanked[: WINDOW + len(m.group(0))]
    stop = STOP.search(window)
    return _category(window[: stop.start()] if stop else window)


# "Quatre des personnes placées en garde à vue ont été remises en liberté", "two of the men arrested on Friday were
# released": in "N of the X", X's own participle tells which set the part is taken from; the main predicate after
# it tells what happened to the part.
PARTITIVE = re.compile(r"^\s+(?:des|d'entre\s+(?:eux|elles)|of\s+(?:the|those))\s", re.I)
PREDICATE = re.compile(r"^[^,;:.!?]*?\s(?:ont|a|sont|est|avaient|étaient|were|was|have|has|had)\s+"
                       r"(?:(?:déjà|already|since|then|ensuite|finalement)\s+)?(?:(?:été|been)\s+)?", re.I)


def _predicate_of_part(scope: str, category: str, cat_end: int) -> tuple[str, int]:
    """The category of the main predicate of a part ("N des X ..."), when it names another than X's words."""
    verb = PREDICATE.match(scope[cat_end:])
    if verb is None:
        return category, cat_end
    rest = scope[cat_end + verb.end():]
    second, second_end = _category(rest)
    if second is None or second == category or len(rest[:second_end].split()) > 4:
        return category, cat_end
    return second, cat_end + verb.end() + second_end


# "le bilan dépasse désormais les 470 morts", "could exceed 10,000", "has passed 470".
PASSING = re.compile(r"(?:dépass\w*|franchi\w*|exceed\w*|pass(?:ed|es)?|surpass\w*|top(?:ped|s)?)\s+"
                     r"(?:(?:désormais|déjà|now|already)\s+)?(?:(?:les|la\s+barre\s+des|the)\s+)?$", re.I)
VAGUE = re.compile(r"(?:des|several|plusieurs)\s+$|^\s*(?:dizaines|centaines|milliers)\b", re.I)


def _qualifier(before: str, lang: str) -> tuple[str, str] | None:
    low = before.lower().replace("\u00a0", " ").replace("\u202f", " ")
    low = re.sub(r"\bd['’]$", "de ", low)  # "plus d'une vingtaine", "près d'un millier"
    passing = PASSING.search(low)
    if passing:
        return "at_least", ""
    for q, bound in QUALIFIERS[lang]:
        m = re.search(r"(?<![\w])" + re.escape(q) + r"\s*$", low)
        if m:
            return bound, before[m.start():]
    return None


def _category_before(before: str, after: str = "") -> str | None:
    """A category named before the number: "le bilan s'élève à 35", "killing 21", "the number of injured is 117"."""
    low = before.lower()
    m = re.search(r"(?:bilan|toll|number of|nombre d(?:e\b|'))(?P<what>[^.;]*)$", low)
    if m:
        cat, _ = _category(m.group("what"))
        if cat or m.group(0).startswith(("bilan", "toll")):
            # a toll is of the dead; "au nombre de quatre" counts nothing in particular
            return cat or (None if _other_things(after) else "killed")
    m = re.search(r"(?:parmi|among)\s+(?:les|the|those|ceux|celles)\s+(?P<what>\w+(?:\s+\w+)?)[^.;]{0,30}$", low)
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
    # "l'évacuation de 3 200 personnes", "la remise en liberté de 107 étudiants", "the release of 40 detainees":
    # the action's noun, then the number.
    m = ACTION_OF.search(low)
    if m:
        cat, _ = _category(m.group("noun"))
        return cat
    return None


ACTION_OF = re.compile(r"(?P<noun>évacuation|evacuation|arrestation|interpellation|libération|remise\s+en\s+liberté|"
                       r"arrest|release)\s+(?:de|d'|des|of)\s+(?:(?:au moins|plus de|environ|près de|quelque|"
                       r"at least|more than|about|some|nearly|over)\s+)?$")


# "The death toll in the county rose overnight to at least 24", "le bilan de la tempête est passé à 12": a toll
# that rises to, reaches or stands at a number is that count, however far the toll's noun is (in its sentence). No
# other number between them ("the toll of 12 rose to 15" counts from the verb on), at most two words between the
# verb and the number's "to"/"à".
TOLL_RISEN = re.compile(
    r"\b(?:bilan|toll|number\s+of|nombre\s+d(?:e\b|'))(?P<what>[^.;:!?\d]*?)\s"
    r"(?:ros[ea]|risen|rises|climb(?:ed|s)?|reach(?:ed|es)?|jump(?:ed|s)?|increas(?:ed|es)|grew|grown|soar(?:ed|s)?|"
    r"stands|stood|hit|s'élève|s'est\s+élevé|s'élevait|(?:est|était)\s+(?:passé|monté)|passe|atteint|atteignait|"
    r"grimpe|a\s+grimpé|s'alourdit|s'est\s+alourdi|s'établit|"
    # passing a number: "le nombre de morts dans la bande de Gaza dépasse désormais 50 000" (at least, by PASSING)
    r"dépass(?:e|ait)|a\s+dépassé|franchit|a\s+franchi|exceed(?:ed|s)?|surpass(?:ed|es)|(?:has\s+)?passed|top(?:ped|s))"
    r"(?:\s+(?!(?:to|at|à)\b)[^\W\d_][\w'-]*){0,2}?\s+(?:to|at|à)?\s*"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|au\s+moins|plus\s+de|près\s+de|environ)\s+)?$",
    re.I,
)


def _toll_risen(head: str, after: str = "") -> str | None:
    """The category of a number a toll rises to, from the sentence's words before the number."""
    m = TOLL_RISEN.search(head.replace("\u00a0", " "))
    if m is None:
        return None
    cat, _ = _category(m.group("what"))
    if cat or not m.group(0).lower().startswith(("number", "nombre")):
        # a toll is of the dead; "the number of ... rose to" names its own category
        return cat or (None if _other_things(after) else "killed")
    return None


ROLES = "|".join(sorted({re.escape(w) for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN}, key=len, reverse=True))
# A place that only qualifies who speaks or who acts is not where the count happened: "selon la défense
# civile de Gaza", "le gouverneur de Bangkok", "Bangkok governor", "Gaza's civil defence agency",
# "la Russie a lancé 48 drones", "accuse l'Iran d'avoir tiré deux missiles".
SOURCE_BEFORE = re.compile(r"\b(?:selon|d'après|according\s+to)\b[^,;:]*$", re.I)
# ("le procureur de la République de Lille": the office's town is not where a count happened.)
ROLE_OF_BEFORE = re.compile(rf"\b(?:{ROLES})(?:\s+[\w-]+|\s+de\s+la\s+République)?\s+"
                            r"(?:de\s+la\s+|de\s+l'|de\s+|du\s+|d'|of\s+(?:the\s+)?)$", re.I)
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


# "killed more than 200 people across six states", "dans plusieurs départements": a count spread over places has
# none of its own, whatever place the sentence names elsewhere.
SPREAD_AFTER = re.compile(r"^(?:\s+[^\W\d_]+){0,4}?\s*(?:across|in|throughout|over|dans|à\s+travers|sur)\s+"
                          r"(?:\d+|[^\W\d_]+)\s+(?:states|countries|regions|provinces|counties|cities|towns|pays|"
                          r"régions|départements|villes|communes|états)\b", re.I)
# "two lives, one on each side of the Irish Sea", "des victimes de part et d'autre de la frontière": a count split
# across a place names no place of its own.
EACH_SIDE = re.compile(r"^[^.;:!?]{0,25}?\b(?:on\s+(?:each|either|both)\s+sides?\s+of|de\s+part\s+et\s+d'autre|"
                       r"des\s+deux\s+côtés|de\s+chaque\s+côté)\b", re.I)
# "87 of them in Kerr County", "dont 30 à Paris": a part introduced after the count, with its own number, takes the
# place that follows it.
PART_BETWEEN = re.compile(r"\b(?:with|including|among\s+them|of\s+whom|dont|avec|parmi\s+(?:eux|elles|lesquel\w*))"
                          r"\s+(?:[^\W\d_]+\s+){0,2}?\d", re.I)


def _part_between(between: str) -> bool:
    """A part with its own number lies between a count and a place ("25 morts, dont 9 à Valence"); not when a
    coordinated count follows the part ("31 morts, dont 4 enfants, et 2 500 blessés à Mayotte": the sentence's)."""
    part = PART_BETWEEN.search(between)
    return part is not None and not re.search(r"(?:,\s*|\s)(?:et|and)\s+(?:[^\W\d_]+\s+){0,2}?\d", between[part.end():])


def _place(text: str, sent: Span, pos: int, mentions: list[Mention], fig_end: int | None = None) -> str | None:
    if fig_end is not None and (SPREAD_AFTER.match(text[fig_end:sent.end]) or EACH_SIDE.match(text[fig_end:sent.end])):
        return None
    places = [m for m in mentions if m.type == "place" and sent.start <= m.start < sent.end
              and not _qualifies_someone(text[sent.start:m.start], text[m.end:sent.end])]
    if not places:
        return None
    after = [m for m in places if m.start > pos and not _part_between(text[pos:m.start])]
    # A place after the number ("35 tués à Soumy") is the place of the event; else the last before it
    # that follows "à"/"in" ("à Bilopillia, dans la région de Soumy"), else the last before it.
    if after:
        return after[0].canonical
    before = [m for m in places if m.start < pos]
    if not before:
        return None  # the only places after it are those of a later part
    located = [m for m in before if LOCATIVE_BEFORE.search(text[sent.start:m.start])]
    return (located or before)[-1].canonical


# Where a count was said is not where it happened: "Patrick said at a briefing in Kerrville", "told reporters in
# Paris", "speaking from Kyiv", "lors d'un point presse à Nouméa".
SPOKEN_AT_BEFORE = re.compile(
    r"(?:\b(?:briefing|news\s+conference|press\s+conference|press\s+event|town\s+hall|conférence\s+de\s+presse|"
    r"point\s+(?:de\s+)?presse|point\s+presse|interview|entretien)\s+(?:held\s+|organisée?\s+|tenue?\s+)?"
    r"(?:in|at|à|au|en)|\b(?:told|telling)\s+(?:reporters|journalists|the\s+media|the\s+press)\s+(?:in|at)|"
    r"\b(?:speaking|spoke|said|says|told\s+\w+)\s+from|"
    r"\b(?:s'exprimant|interrogée?|a\s+déclaré|a\s+indiqué|a\s+affirmé)\s+depuis)\s+(?:the\s+|la\s+|le\s+|l')?$",
    re.I,
)


def _qualifies_someone(before: str, after: str) -> bool:
    if PEOPLE_AFTER.match(after) or SPOKEN_AT_BEFORE.search(before):
        return True
    if LOCATIVE_BEFORE.search(before):
        return False  # "the death toll in Florida has risen": where, not who
    return bool(SOURCE_BEFORE.search(before) or ROLE_OF_BEFORE.search(before) or ROLE_AFTER.match(after)
                or OWNER_AFTER.match(after) or AGENT_AFTER.match(after))
