"""People, places and organisations: the alias lists first, then the language model's names.

One entry per real thing: "Otan", "OTAN" and "NATO" all get the canonical "NATO" from the built-in
list (aliases.json), a newsroom's own list (KnownName) adds and overrides, and a surname alone
("Rutte") takes the full name seen earlier in the post or the blog.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from liveline.intel import lexicon
from liveline.intel.context import BlogContext, KnownName
from liveline.intel.text import key

NER_TYPES = {"PER": "person", "PERSON": "person", "LOC": "place", "GPE": "place", "FAC": "place",
             "ORG": "organisation"}
# Lowercase articles only: "Le Pen" and "La Haye" keep theirs.
LEADING = re.compile(r"^(?:(?:[lL]'|[lL]’|d'|d’|(?:le|la|les|the|du|des|de|au|aux|à|en)\b)\s*)+")
HONORIFIC = re.compile(r"^(?:M\.|Mme|Mlle|MM\.|Me|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|"  # Me: "Maître", a lawyer
                       r"(?:(?:Lt|Rear|Vice|Brig|Maj)\.?\s+)?(?:Gen|Col|Adm|Maj|Capt|Sgt|Cpl|Cmdr|Lt)\.?(?=\s+[A-Z]))\s+")
# Military ranks a model runs into the organisation before them: "Coast Guard Rear Adm. Shannon Gilreath".
RANKS = {"gen", "col", "adm", "rear", "vice", "lt", "maj", "capt", "sgt", "cpl", "cmdr", "brig"}
# ... and titles ("Lee County Sheriff Carmine Marceno"); not "King", which ends names (Stephen King).
TITLES_AFTER = {"sheriff", "chief", "mayor", "governor", "commissioner", "secretary", "minister", "spokesman",
                "spokeswoman", "spokesperson", "administrator", "ceo", "chairman", "chairwoman"}
TIME_WORDS = set(lexicon.WEEKDAYS_FR) | set(lexicon.WEEKDAYS_EN) | set(lexicon.MONTHS_FR) | {
    m for m in lexicon.MONTHS_EN if len(m) > 3} | {"hier", "demain", "matin", "soir", "yesterday", "today"}
# Words of a time expression the model runs into a name ("Saint-Benoît cet après-midi", "the Atlantic
# early this morning"): cut from the end of a span, never a name on their own.
TIME_TAIL = TIME_WORDS | {"ce", "cet", "cette", "apres midi", "nuit", "this", "early", "late", "morning",
                          "afternoon", "evening", "night", "tonight", "tomorrow"}
# A lowercase particle inside a name: "Journal du Dimanche", "Gulf of Mexico", "Fédération autonome de
# l'enseignement". A name never ends with one, so a cut that leaves one there was wrong.
PARTICLES = {"de", "du", "des", "d", "le", "la", "les", "l", "of", "the", "del", "di", "da", "et", "and"}
NOT_NAMES = {key(w) for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN} | {
    "selon", "according", "interrogé", "interrogée", "mais", "pour", "dans", "with", "but", "and", "et", "il",
    "elle", "nous", "we", "they", "ils", "elles", "on", "cette", "ce", "this", "that", "breaking", "update",
    "direct", "live", "urgent", "alerte", "flash", "bonjour", "merci", "ukrainien", "russe", "français", "etat",
    "rameaux", "dimanche des rameaux", "overnight", "good morning", "breaking news", "rendez", "correction",
    "sante", "interieur", "defense", "justice", "economie",
    "invite", "invitee", "auditionne", "auditionnee", "interroge", "interrogee",  # "Invitée de TF1, X a dit"
    "health", "interior", "defence", "finance",
    "ukrainian", "russian", "french", "américain", "american", "israélien", "israeli", "palestinien",
    # Common nouns a post capitalises ("la route du Littoral", "l'Union" for the EU already named, "l'État"):
    # not a proper name on their own.
    "littoral", "outre mer", "union", "republique", "gouvernement", "region", "departement", "prefecture",
    "mairie", "commune", "nation", "province", "gospel",
}


# "province de Valence": a lowercase common noun, a particle, then the name.
# Only after a noun for a territory: "l'université d'État de Soumy" is not "État de Soumy".
OF_A_NAME = re.compile(r"^(?:province|région|region|ville|commune|préfecture|département|île|archipel|district|"
                       r"oblast|comté|canton|quartier|village|territoire|city|state|county)"
                       r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+)"
                       r"(?=[A-ZÀ-Ý])")
ALNUM_NAME = re.compile(r"[A-Z]{1,4}\d{1,2}")  # TF1, M6, G7, M23: letters then a short number
ROLE_FIRST = {key(w).replace(" ", "-") for w in lexicon.ROLE_HEADS_FR} - {"general", "premier"} | {"premiere"}
TITLES_EN = {key(w) for w in lexicon.ROLE_HEADS_EN} | {"prince", "princess", "sir", "dame", "lord", "lady"}
EVENT_FIRST = {"cyclone", "tempete", "storm", "hurricane", "typhoon", "typhon", "operation", "ouragan"}
ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN
                                                   if len(w) > 3), key=len, reverse=True)) +
                         r")\b[^.;:!?]{0,40}?(?:,\s*|\s)$", re.I)


# Named storms are events, not entities (docs/annotation-guide.md): "le cyclone Garance", "Hurricane Milton".
STORM_NAMED = re.compile(r"\b(?:cyclones?|tempêtes?|ouragans?|typhons?|(?:dépression|tempête)\s+tropicale|"
                         r"(?:tropical\s+)?storms?|hurricanes?|typhoons?|cyclone\s+tropical)\s+"
                         r"((?-i:[A-ZÀ-Ý][\w-]+))", re.I)
# ... and a name alone that the words around it make a storm: "l'œil de Garance", "le passage de Garance",
# "Milton made landfall", "Milton's outer bands".
# ("l'approche de", "le bilan de" also come before places: not cues.)
STORM_BEFORE = re.compile(r"(?:\b(?:œil|oeil|passage|sillage|eye|remnants)\s+(?:de\s+|d'|of\s+))$", re.I)
STORM_AFTER = re.compile(r"^(?:'s)?\s+(?:made\s+landfall|makes\s+landfall|weaken\w*|strengthen\w*|intensif\w*|"
                         r"outer\s+bands|eye\b|a\s+touché\s+terre|s'est\s+(?:renforcé|affaibli)|s'affaibli\w*|"
                         r"se\s+renforce)", re.I)
# "le ministre des Outre-mer", "Minister of Defence": the portfolio is not a name.
PORTFOLIO_BEFORE = re.compile(r"\b(?:ministres?|ministère|ministry|ministers?|secrétaire\s+d'État)"
                              r"(?:\s+[a-zà-ÿ]+)?\s+"  # "le ministre iranien des Affaires étrangères"
                              r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+(?:the\s+)?)$", re.I)
# Demonyms the French model reads as places: "chaque Réunionnais", "les Ukrainiens", "des Québécois".
# Only after a determiner: "Amiens", "Orléans" and "Calais" end the same way.
DEMONYM = re.compile(r"(?:ais|ois|ien|ienne|ain|aine|een|eenne|aise|oise|ians|eans|ese)s?$")
# Lowercase, or capitalised at the start of a sentence: "chez Les Républicains" is a party's name.
DETERMINER_BEFORE = re.compile(r"(?:\b(?:chaque|un|une|des|les|aux|ces|nos|vos|leurs|tous\s+les|the|many|some)|"
                               r"(?:^|[.!?»:]\s+)(?:Chaque|Des|Les|Ces|Nos|Tous\s+les|The|Many|Some))\s+$")
# The first word says what kind of thing a name is: "Hôpital Maisonneuve-Rosemont", "Saint-Benoît".
ORG_FIRST = {"hopital", "hospital", "universite", "university", "federation", "confederation", "syndicat",
             "journal", "parti", "party", "banque", "bank", "agence", "agency", "institut", "institute",
             "association", "comite", "committee", "compagnie", "groupe", "radio", "mouvement", "fondation",
             "foundation", "musee", "museum", "college"}
PLACE_FIRST = re.compile(r"^(?:Saint|Sainte|St\.?|Ste\.?|San|Santa|Fort|Port|Mount|Mont|Lake|Lac|Cape|Cap|Gulf|"
                         r"Golfe|Île|Ile|Isla|Pointe|Point)(?:-|\s)[A-ZÀ-Ý]")
PLACE_LAST = {"county", "bay", "beach", "island", "islands", "key", "keys", "square", "chapel", "palace",
              "cathedral", "bridge", "river", "lake", "valley", "mountains", "coast", "strait", "peninsula",
              "canyon", "springs", "heights", "harbor", "harbour", "airport", "province", "district"}
ORG_LAST = {"department", "agency", "ministry", "council", "committee", "party", "university", "hospital",
            "bank", "corporation", "foundation", "association", "institute", "inc", "ltd", "group", "guard"}
# Words for the people or parts of a company, and generic nouns for an organisation before its name.
ORG_OF_BEFORE = re.compile(r"\b(?:agents|salariés|employés|directoire|clients|actionnaires|filiale|usines?|"
                           r"employees|customers|shareholders|subsidiary)\s+(?:de\s+|d'|of\s+)$", re.I)
ORG_NOUN_BEFORE = re.compile(r"\b(?:l'agence|le\s+syndicat|la\s+compagnie|le\s+groupe|l'entreprise|la\s+société|"
                             r"l'ONG|l'opérateur|le\s+gestionnaire|le\s+constructeur|the\s+(?:agency|company|firm|"
                             r"group|union|airline|broadcaster|carrier|charity|operator|manufacturer|insurer))"
                             r"(?:\s+[a-zà-ÿ-]+){0,2}\s+$", re.I)
ORG_NAME_AFTER_NOUN = re.compile(ORG_NOUN_BEFORE.pattern[:-1] + r"(?P<name>(?-i:[A-ZÀ-Ý][\w-]+))\b", re.I)
# "À Plougastel-Daoulas, ...": a sentence that opens on "à" and a name before a comma opens on a place.
OPENING_PLACE = re.compile(r"(?:^|(?<=[.!?]\s))(?:À|Au|In|At)\s+((?-i:[A-ZÀ-Ý][\w'’]*(?:[-\s][A-ZÀ-Ý][\w'’]*){0,3})),")
COUNTRY_ACRONYMS = {"RDC", "DRC", "RCA", "CAR", "EAU", "UAE", "USA", "UK", "RU"}
AGE_AFTER = re.compile(r"^,\s*\d{1,3}(?:\s*ans\b|,)")  # "Yvonne, 78 ans,", "Maria, 64, said"
ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}")
SOCIAL_X = re.compile(r"\b(?:sur|on|via)\s+X(?![\w-])")  # the social network: "a écrit sur X", "posted on X"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    canonical: str
    listed: bool = False  # found in the built-in or the newsroom's list, not by the model


class Gazetteer:
    """Exact-case lookup of every alias (and its all-caps / capitalised forms), longest first."""

    def __init__(self, entries: list[KnownName]):
        self.by_alias: dict[str, tuple[str, str]] = {}
        for entry in entries:
            for alias in [entry.name, *entry.aliases]:
                for form in {alias, alias.upper() if len(alias) <= 5 else alias, alias[:1].upper() + alias[1:]}:
                    self.by_alias[form.replace("’", "'")] = (entry.name, entry.type)
        self.roles = {e.name: e.roles for e in entries if e.roles}
        self.genders = {e.name: e.gender for e in entries if e.gender}
        aliases = sorted(self.by_alias, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])") \
            if aliases else None

    def find(self, text: str) -> list[Mention]:
        if not self.pattern:
            return []
        found = []
        for m in self.pattern.finditer(text.replace("’", "'")):
            canonical, type_ = self.by_alias[m.group(0)]
            found.append(Mention(m.start(), m.end(), text[m.start():m.end()], type_, canonical, listed=True))
        return found


@lru_cache(maxsize=1)
def builtin_names() -> tuple[KnownName, ...]:
    rows = json.loads((Path(__file__).parent / "aliases.json").read_text())
    return tuple(KnownName(r["canonical"], r["type"], r["aliases"]) for r in rows)


_gazetteers: dict[int, tuple[tuple, Gazetteer]] = {}


def gazetteer(context: BlogContext | None) -> Gazetteer:
    known = tuple((k.name, k.type, tuple(k.aliases), tuple(k.roles), k.gender) for k in (context.known if context
                                                                                           else []))
    cached = _gazetteers.get(hash(known))
    if cached and cached[0] == known:
        return cached[1]
    # The newsroom's entries come last so they win over the built-in ones.
    gaz = Gazetteer([*builtin_names(), *(context.known if context else [])])
    if len(_gazetteers) > 64:
        _gazetteers.clear()
    _gazetteers[hash(known)] = (known, gaz)
    return gaz


def _clean(text: str, start: int) -> tuple[str, int] | None:
    """Strip determiners, honorifics and trailing date words from a model's entity span."""
    stripped = LEADING.sub("", text)
    start += len(text) - len(stripped)
    text = stripped
    if re.match(r"The\s+[A-Z]", text):
        start += 4
        text = text[4:]  # "The Coast Guard said": the name is "Coast Guard" ("The Hague" is listed)
    m = HONORIFIC.match(text)
    if m:
        start += m.end()
        text = text[m.end():]
    m = OF_A_NAME.match(text)
    if m:
        start += m.end()
        text = text[m.end():]  # "province de Valence", "préfecture du Finistère": the name after the particle
    words = text.split()
    whole = list(words)
    while words and (key(words[-1]) in TIME_TAIL or not any(c.isalpha() for c in words[-1])
                     or (key(words[-1]) in RANKS | TITLES_AFTER and len(words) > 1)):
        words.pop()  # "Lee County Sheriff Carmine Marceno": the title goes with the name after it
    if words and len(words) < len(whole) and key(words[-1]) in PARTICLES:
        words = whole  # "Journal du Dimanche": the weekday belongs to the name
    while words and key(words[0]) in TIME_WORDS:
        start += text.index(words[1]) if len(words) > 1 else 0
        text = text[text.index(words[1]):] if len(words) > 1 else ""
        words.pop(0)
    text = " ".join(words)
    text = text.strip(" ,.;:«»\"“”'()")
    if not text or not text[0].isupper() or key(text) in NOT_NAMES:
        return None
    if any(c.isdigit() for c in text) and not ALNUM_NAME.fullmatch(text):
        return None  # "35 morts", "F-16"; not "TF1", "G7", "M23"
    words = text.split()
    if key(words[-1]) in PARTICLES or (len(words) > 1 and key(words[0]) in NOT_NAMES
                                       and all(w[:1].islower() for w in words[1:])):
        return None  # "Gulf of" cut from its name; "État québécois": a common noun and its adjective
    if key(text.split()[0]).replace(" ", "-") in ROLE_FIRST | EVENT_FIRST:
        rest = text.split()[1:]
        if rest and all(w[0].isupper() and key(w) not in NOT_NAMES for w in rest) and \
                key(text.split()[0]) not in EVENT_FIRST:
            # "Pape François", "Cardinal Pietro Parolin": a title, then the name.
            start += text.index(rest[0])
            text = text[text.index(rest[0]):]
        else:
            return None  # "Première ministre thaïlandaise": a role, not a name
    # "La porte-parole", "L'armée"; not "Laurent Nuñez" or "Lecornu", which only start like an article.
    if all(key(w) in NOT_NAMES for w in text.split()):
        return None  # "Premier ministre": role words, however capitalised
    if re.match(r"(?:(?:Le|La|Les|The)\s+|L')[a-zà-ÿ]", text):
        return None  # "Le roi", "La porte-parole": an article at the start of a sentence, then a common noun
    if len(text) < 2 or text.lower() in {"il", "elle"}:
        return None
    return text, start


def find(text: str, doc, context: BlogContext | None) -> list[Mention]:
    """Every entity mention, in text order: list matches, then model names that no list match covers."""
    gaz = gazetteer(context)
    mentions = gaz.find(text)
    if doc is not None:
        # "Israël Katz": a person's name that starts with a listed place is the person.
        for ent in doc.ents:
            if NER_TYPES.get(ent.label_) == "person" and len(ent.text.split()) >= 2 and ent.text[:1].isupper():
                mentions = [m for m in mentions if not (m.type == "place" and m.start == ent.start_char
                                                        and m.end < ent.end_char)]
    taken = [(m.start, m.end) for m in mentions]
    people_seen = {c for c, t in (context.entities.items() if context else []) if t == "person"}
    if doc is not None:
        for ent in doc.ents:
            type_ = NER_TYPES.get(ent.label_)
            if not type_:
                continue
            if type_ != "person" and _common_word_first(ent, doc):
                continue
            ent_text, ent_start = ent.text, ent.start_char
            if type_ == "person" and ent.start > 0:
                prev = doc[ent.start - 1]
                # "Marine Le Pen" read as "Le Pen": a first name the model left out, right before.
                if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.whitespace_ == " " and \
                        key(prev.text) not in NOT_NAMES | TIME_WORDS | ROLE_FIRST and \
                        ent.text.split()[0] in {"Le", "La", "Van", "Von", "De", "Di", "Da", "Del", "Du"}:
                    ent_text, ent_start = doc.text[prev.idx: ent.end_char], prev.idx
                elif len(ent) == 1 and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.whitespace_ == " " \
                        and key(prev.text) not in NOT_NAMES | TIME_WORDS | ROLE_FIRST | TITLES_EN | RANKS \
                        and prev.text not in gaz.by_alias and not any(o.start <= prev.i < o.end for o in doc.ents):
                    # "Defence Minister Rustem Umerov" read as "Umerov": the first name before it.
                    ent_text, ent_start = doc.text[prev.idx: ent.end_char], prev.idx
            tail = re.match(r"(?:-[A-ZÀ-Ý][\w']*)+", text[ent.end_char:])
            if tail and ent_start + len(ent_text) == ent.end_char and not any(
                    ent.end_char < other.start_char <= ent.end_char + tail.end() for other in doc.ents):
                ent_text += tail.group(0)  # "Hénin-Beaumont" cut at its hyphen by the model
            cleaned = _clean(ent_text, ent_start)
            if not cleaned:
                continue
            name, start = cleaned
            words = name.split()
            if type_ == "person" and len(words) >= 2 and key(words[0]) in TITLES_EN and words[1][0].isupper():
                start += name.index(words[1])  # "Pope Francis", "Governor Ron DeSantis": the name after the title
                name = name[name.index(words[1]):]
            elif type_ == "person" and len(words) >= 3 and key(words[1]) in TITLES_EN and \
                    key(words[2]) not in {"jr", "sr", "ii", "iii"}:
                start += name.index(words[2], len(words[0]))  # "Dutch King Willem-Alexander"
                name = name[name.index(words[2], len(words[0])):]
            end = start + len(name)
            inner = _named_after_particle(name, start, mentions) or (
                _place_led_name(name, start, mentions, type_) if type_ != "person" else None)
            if inner is not None:
                # "Gulf of Mexico", "University of California", "The Washington Post": a name of its own
                # around a listed place.
                mentions.remove(inner)
                taken.remove((inner.start, inner.end))
            if any(s < end and start < e for s, e in taken):
                # A model span that swallowed a listed name ("Otan Mark Rutte"): keep what is left of it.
                rest = _outside(name, start, [(s, e) for s, e in taken if s < end and start < e])
                if not rest:
                    continue
                name, start = rest
                end = start + len(name)
                if len(name.split()) < 2 and type_ != "person" and not PLACE_FIRST.match(name):
                    continue  # a leftover word; but "Saint-Denis" of "Saint-Denis de La Réunion" is a town
                if type_ != "person" and re.fullmatch(r"[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,2}", name) and \
                        start > ent.start_char:
                    type_ = "person"  # "Otan Mark Rutte", "ONU Tom Andrews": a title, then a name
            if name.split()[0].lower() in {"selon", "according", "interrogé", "interrogée"}:
                continue
            if type_ != "person" and ROLE_BEFORE.search(text[max(0, start - 50): start]) and \
                    re.fullmatch(r"[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,2}", name) and not gaz.find(name):
                type_ = "person"  # "le gouverneur de la région, Oleh Synehoubov": a role, then a name
            if type_ != "person" and len(name.split()) == 1 and _surname_of(name, people_seen, mentions):
                type_ = "person"  # "le président Sánchez" after "Pedro Sánchez": his surname, not a place
            if type_ != "person" and len(name.split()) >= 2 and all(w[0].isupper() for w in name.split()[:2]) \
                    and ent.label_ in {"ORG", "LOC", "GPE"} and _looks_like_person(name, people_seen):
                type_ = "person"
            mentions.append(Mention(start, end, name, type_, name))
            taken.append((start, end))
    mentions.sort(key=lambda m: m.start)
    mentions = _join_hyphenated(text, mentions)
    mentions = _split_pairs(mentions, gaz, people_seen)
    mentions = [m for m in mentions if m.listed or not _not_a_name(text, m)]
    for m in mentions:
        article = re.search(r"(?<=[\w,;] )(?:Les|Le|La) $", text[max(0, m.start - 6): m.start])
        if article and not m.listed and m.type != "person":
            # "chez Les Républicains", "dans Le Monde": a capitalised article inside a sentence is the name's.
            m.start -= len(article.group(0))
            m.text = m.canonical = text[m.start: m.end]
    for m in mentions:
        if not m.listed:
            m.type = _type_by_form(text, m)
    mentions = _without_storms(text, mentions, context, people_seen)
    _acronyms(text, mentions, context)
    mentions = _social_x(text, mentions)
    mentions = _opening_places(text, mentions)
    mentions = _named_after_org_noun(text, mentions)
    mentions = _first_name_people(text, mentions, gaz)
    _canonical_people(mentions, context)
    return mentions


def _named_after_particle(name: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The listed place a model span ends with after "of"/"de": "Gulf of Mexico" holds "Mexico"."""
    for m in mentions:
        if m.listed and m.type == "place" and m.end == start + len(name) and m.start > start:
            head = name[: m.start - start]
            capitals = [w for w in head.split() if w[:1].isupper()]
            if HEAD_OF.fullmatch(head) and key(capitals[-1]) in GENERIC_HEADS:
                return m  # not "Saint-Denis de La Réunion": a town, then the island it is on
    return None


# The generic word of a name built on a place: "Gulf of Mexico", "University of California".
GENERIC_HEADS = PLACE_LAST | ORG_LAST | ORG_FIRST | {
    "gulf", "golfe", "sea", "mer", "republic", "republique", "kingdom", "royaume", "strait", "detroit", "isle",
    "ile", "iles", "cape", "cap", "port", "mount", "mont", "lac", "palais", "banque", "city", "ville", "corps",
    "court", "cour", "tribunal", "embassy", "ambassade", "consulate", "consulat", "centre", "center", "times",
    "post", "museum", "universite", "archbishop", "mayor", "governor"}
HEAD_OF = re.compile(r"[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des)\s+")
GENERIC_BODY = {"ministry", "ministere", "health", "government", "army", "police", "forces", "military",
                "authorities", "council", "city", "state", "defence", "defense", "interior", "foreign", "mayor",
                "governor", "president", "prime", "minister", "region", "regional", "oblast"}


def _place_led_name(name: str, start: int, mentions: list[Mention], type_: str) -> Mention | None:
    """The listed place an organisation's name starts with: "Washington Post", "Kyiv Independent"
    (not "Gaza Health Ministry", a generic body after a place); a place's: "Los Angeles County"."""
    for m in mentions:
        if m.listed and m.type == "place" and m.start == start and m.end < start + len(name):
            rest = name[m.end - start:].split()
            if type_ == "place":
                if len(rest) == 1 and key(rest[0]) in PLACE_LAST:
                    return m
            elif rest and all(w[:1].isupper() and key(w) not in GENERIC_BODY | NOT_NAMES for w in rest):
                return m
    return None


def _not_a_name(text: str, m: Mention) -> bool:
    """A demonym ("chaque Réunionnais", "les Ukrainiens"), a portfolio ("le ministre des Outre-mer",
    "Transportation Secretary") or a thing ("the Dali", a ship: no person is "the X")."""
    before = text[max(0, m.start - 40): m.start]
    after = text[m.end: m.end + 12]
    if PORTFOLIO_BEFORE.search(before):
        return True
    if " " not in m.text and m.type != "person" and re.match(r"\s+(?:Secretary|Minister)\b", after):
        return True
    if m.type == "person" and " " not in m.text and re.search(r"\b[Tt]he\s+(?:[\w]+-[a-z]+\s+)?$", before):
        return True
    if m.type == "person" or " " in m.text:
        return False
    return bool(DEMONYM.search(key(m.text)) and DETERMINER_BEFORE.search(before))


def _type_by_form(text: str, m: Mention) -> str:
    """The type the words of a name or those right after it decide, else the model's."""
    words = m.text.split()
    first, last = key(words[0]).split()[0], key(words[-1])
    if first in ORG_FIRST:
        return "organisation"  # "Hôpital Maisonneuve-Rosemont", "Radio-Canada", "Journal du Dimanche"
    if (PLACE_FIRST.match(m.text) and m.type == "person") or (len(words) > 1 and last in PLACE_LAST):
        return "place"  # "Saint-Benoît", "St. Lucie County", "Siesta Key" (not the company Saint-Gobain)
    if len(words) > 1 and last in ORG_LAST:
        return "organisation"
    after = text[m.end: m.end + 20]
    if re.match(r"\s+(?:Mayor|Governor|Sheriff|County)\b", after):
        return "place"  # "Baltimore Mayor Brandon Scott"
    if ORG_OF_BEFORE.search(text[max(0, m.start - 40): m.start]) or ORG_NOUN_BEFORE.search(
            text[max(0, m.start - 40): m.start]) or re.match(r"'s\s+(?:employees|customers|shareholders|"
                                                             r"shares|chief\s+executive|ceo)\b", after):
        return "organisation"  # "les agents d'Enedis", "l'agence météorologique Aemet", "Ryanair's customers"
    if m.type == "place" and (ACRONYM.fullmatch(m.text) or ALNUM_NAME.fullmatch(m.text)) and \
            m.text not in COUNTRY_ACRONYMS:
        return "organisation"  # "la CSQ": an acronym no list holds is an organisation, not a place
    if AGE_AFTER.match(text[m.end:]):
        return "person"  # "Yvonne, 78 ans", "Alejandro Hernandez Fuentes, 35,": an age makes a person
    return m.type


def _without_storms(text: str, mentions: list[Mention], context: BlogContext | None,
                    people_seen: set[str]) -> list[Mention]:
    """Drop the names of storms: named as such in this post or earlier in the blog, or by their words."""
    storms = {m.group(1) for m in STORM_NAMED.finditer(text)}
    # A named wildfire is an event too: "the Palisades Fire" (not "Cal Fire", listed, nor a fire service).
    mentions = [m for m in mentions if m.listed or not re.search(r"\sFires?$", m.text)
                or re.match(r"\s+(?:Department|Dept|Chief|Station|Service|Captain|Authority|Brigade)\b",
                            text[m.end:])]
    if context is not None:
        storms |= {name for name, type_ in context.entities.items() if type_ == "event"}
    out = []
    for m in mentions:
        word = re.sub(r"'s$", "", m.text)
        if not m.listed and " " not in word and word not in people_seen and (
                word in storms or STORM_BEFORE.search(text[max(0, m.start - 30): m.start])
                or STORM_AFTER.match(text[m.end:])):
            storms.add(word)
            continue
        out.append(m)
    if context is not None:
        for name in storms:
            # Remembered for the blog's next posts ("le passage de Garance"); an "event" is never an entity.
            context.entities.setdefault(name, "event")
    return out


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s'-]+", name) if w and key(w) not in PARTICLES | {"l", "d"}]
    return "".join(w[0] for w in words).upper()


def _acronyms(text: str, mentions: list[Mention], context: BlogContext | None) -> None:
    """ "Fédération autonome de l'enseignement (FAE)": the acronym is the same organisation, in this post
    and, when its initials give it back, in the blog's later posts ("la FAE")."""
    full: dict[str, Mention] = {}
    for m in mentions:
        after = re.match(r"\s*\(\s*([A-ZÀ-Ý]{2,6})\s*\)", text[m.end:])
        if after and len(m.text.split()) > 1:
            full[after.group(1)] = m
    earlier = [c for c, t in (context.entities.items() if context else []) if t == "organisation"
               and len(c.split()) > 1]
    for m in mentions:
        words = m.text.split()
        # Only a name that goes on with a name: "Front commun" is not "Front commun intersyndical".
        longer = next((c for c in reversed(earlier) if len(words) > 1 and re.match(
            re.escape(m.text) + r"\s+(?:of|de|du|des|de\s+la|d')\s*[A-ZÀ-Ý]", c)), None)
        if not m.listed and longer and m.type != "place":
            m.canonical, m.type = longer, "organisation"  # "the Army Corps" after "the Army Corps of Engineers"
            continue
        if m.listed or not ACRONYM.fullmatch(m.text):
            continue
        if m.text in full:
            m.canonical, m.type = full[m.text].canonical, full[m.text].type
            continue
        match = next((c for c in reversed(earlier) if _initials(c) == m.text), None)
        if match:
            m.canonical, m.type = match, "organisation"


def _social_x(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "a écrit sur X", "posted on X": the social network, which no model knows by its one letter."""
    for hit in SOCIAL_X.finditer(text):
        start = hit.end() - 1
        if not any(m.start <= start < m.end for m in mentions):
            mentions.append(Mention(start, start + 1, "X", "organisation", "X", listed=True))
    mentions.sort(key=lambda m: m.start)
    return mentions


# Less the first names that are also a city or an adjective of names ("Christian Democrats").
FIRST_NAMES = (lexicon.FIRST_NAMES_F | lexicon.FIRST_NAMES_M) - {"Christian", "Florence"}
FIRST_NAME_PERSON = re.compile(r"(?<![\w-])(?P<first>[A-ZÀ-Ý][\w-]+)\s+(?P<last>(?:(?:Le|La|De|Van|Von|Du|Da|Di|El|Al|"
                               r"des|de|van|von|da|di)\s+)?[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)?)")


def _first_name_people(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Marine Le Pen", "Recep Tayyip Erdogan" the model missed (or called a work or an event): a
    known first name (`lexicon.FIRST_NAMES_F`/`_M`, not also a listed name) and capitalised words."""
    for hit in FIRST_NAME_PERSON.finditer(text):
        first, last = hit.group("first"), hit.group("last")
        start, end = hit.span()
        if first not in FIRST_NAMES or first in gaz.by_alias or any(m.start < end and start < m.end
                                                                    for m in mentions):
            continue
        if any(key(w) in NOT_NAMES | TIME_WORDS | PARTICLES for w in last.split()[-1:]) or last in gaz.by_alias:
            continue
        mentions.append(Mention(start, end, hit.group(0), "person", hit.group(0)))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _named_after_org_noun(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "l'agence météorologique Aemet", "the airline Delta": the name after a generic noun for an
    organisation is one, even when the model saw no name there."""
    for hit in ORG_NAME_AFTER_NOUN.finditer(text):
        start, end = hit.span("name")
        if key(hit.group("name")) in NOT_NAMES | TIME_WORDS or any(m.start < end and start < m.end
                                                                  for m in mentions):
            continue
        mentions.append(Mention(start, end, hit.group("name"), "organisation", hit.group("name")))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _opening_places(text: str, mentions: list[Mention]) -> list[Mention]:
    for hit in OPENING_PLACE.finditer(text):
        start, end = hit.span(1)
        name = hit.group(1)
        if any(key(w) in TIME_WORDS | {"midi", "minuit", "noon", "midnight"} for w in name.split()) or \
                key(name) in NOT_NAMES:
            continue
        same = next((m for m in mentions if m.start == start and m.end == end), None)
        if same is not None and not same.listed and not hit.group(0).startswith("À"):
            same.type = "place"  # "In Kent, ...", "Au Québec, ...": no person is where a sentence opens
        elif not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, name, "place", name))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _split_pairs(mentions: list[Mention], gaz: Gazetteer, people_seen: set[str]) -> list[Mention]:
    """ "l'appel Trump-Poutine": two people the blog or the newsroom's list knows, joined by a hyphen;
    "le RN et LFI": two acronyms, two organisations."""
    out = []
    for m in mentions:
        pair = re.fullmatch(r"([A-ZÀ-Ý]{2,6})\s+(?:et|and)\s+([A-ZÀ-Ý]{2,6})", m.text)
        if pair and not m.listed:
            for i in (1, 2):
                start = m.start + pair.start(i)
                out.append(Mention(start, start + len(pair.group(i)), pair.group(i), "organisation", pair.group(i)))
            continue
        parts = m.text.split("-")
        if not m.listed and len(parts) == 2 and all(p[:1].isupper() for p in parts):
            found = [_person(p, gaz, people_seen) for p in parts]
            if all(found):
                cut = m.start + len(parts[0])
                out.append(Mention(m.start, cut, parts[0], "person", found[0]))
                out.append(Mention(cut + 1, m.end, parts[1], "person", found[1]))
                continue
        out.append(m)
    return out


def _person(word: str, gaz: Gazetteer, people_seen: set[str]) -> str | None:
    listed = gaz.by_alias.get(word)
    if listed and listed[1] == "person":
        return listed[0]
    return next((p for p in people_seen if p.split()[-1] == word), None)


def _common_word_first(ent, doc) -> bool:
    """ "Nouvelle alerte...", "Panique dans les rues", "Tributes poured in": a capitalised common word
    that opens a sentence, which the model took for a place or organisation."""
    if len(ent) != 1 or not ent[0].is_sent_start:
        return False
    token = ent[0]
    if token.tag_ == "NNPS":
        return True  # a plural proper noun alone at the start of a sentence is a common noun
    if token.pos_ not in {"NOUN", "ADJ", "VERB", "ADV"} or token.lower_ not in doc.vocab.strings:
        return False
    # "Nice a été touchée": a noun that is the subject of the verb right after it is the place itself.
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not (token.pos_ == "NOUN" and token.dep_.startswith("nsubj") and following is not None
                and following.pos_ in {"AUX", "VERB"})


def _join_hyphenated(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "François-Xavier Bieuville" split by the model into "François" and "Xavier Bieuville": one person."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev and m.type == "person" and prev.end + 1 == m.start and text[prev.end] == "-" and \
                len(prev.text.split()) == 1:
            joined = text[prev.start:m.end]
            out[-1] = Mention(prev.start, m.end, joined, "person", joined)
            continue
        out.append(m)
    return out


def _outside(name: str, start: int, covered: list[tuple[int, int]]) -> tuple[str, int] | None:
    end = start + len(name)
    pieces, pos = [], start
    for s, e in sorted(covered):
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    best = max(pieces, key=lambda p: p[1] - p[0], default=None)
    if not best:
        return None
    sub = name[best[0] - start: best[1] - start]
    sub = re.sub(r"\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des|d')\s*$", "", sub)  # "Saint-Denis de [La Réunion]"
    return _clean(sub, best[0]) if sub.strip() else None


def _surname_of(word: str, people_seen: set[str], mentions: list[Mention]) -> bool:
    people = people_seen | {m.canonical for m in mentions if m.type == "person"}
    return any(len(p.split()) >= 2 and p.split()[-1] == word for p in people)


def _looks_like_person(name: str, people_seen: set[str]) -> bool:
    return name in people_seen or any(p.endswith(" " + name.split()[-1]) for p in people_seen)


def _canonical_people(mentions: list[Mention], context: BlogContext | None) -> None:
    """A surname alone takes the full name seen in this post, then in the blog's context."""
    full = [m.canonical for m in mentions if m.type == "person" and len(m.canonical.split()) >= 2]
    earlier = [c for c, t in (context.entities.items() if context else []) if t == "person"]
    for m in mentions:
        if m.type != "person" or len(m.canonical.split()) != 1:
            continue
        for name in [*full, *reversed(earlier)]:
            if name.split()[-1] == m.canonical or name.endswith(" " + m.canonical):
                m.canonical = name
                break


def unique(mentions: list[Mention]) -> list[dict]:
    """One entry per real thing, with the text of its first mention."""
    seen: dict[str, dict] = {}
    for m in mentions:
        if m.canonical not in seen:
            seen[m.canonical] = {"text": m.text, "type": m.type, "canonical": m.canonical}
    return list(seen.values())
