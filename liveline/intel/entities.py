"""People, places and organisations: the alias lists first, then the language model's names.

One entry per real thing: "Otan", "OTAN" and "NATO" all get the canonical "NATO" from the built-in
list (aliases.json), a newsroom's own list (KnownName) adds and overrides, and a surname alone
("Rutte") takes the full name seen earlier in the post or the blog.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from liveline.intel.context import BlogContext, KnownName, seen_names
from liveline.intel.names import (
    ACRONYM,
    ALNUM_NAME,
    ALONE_NOT_NAMES,
    BODY_APPOSITION,
    COUNTRY_ACRONYMS,
    DEMONYM,
    DISTRICT,
    EVENT_FIRST,
    FIRST_NAMES,
    GENERIC_BODY,
    GENERIC_HEADS,
    GLUED_ADVERBS_EN,
    HEAD_OF,
    HEADLINE_LABELS,
    HONORIFIC,
    IRREGULAR_DEMONYMS,
    LEADING,
    LOWER_OF,
    NAMED_AFTER_PERSON,
    NER_TYPES,
    NOT_NAMES,
    OF_A_NAME,
    OPERATED_PLACES,
    ORG_FIRST,
    ORG_HEAD_OF,
    ORG_LAST,
    PARTICLES,
    PLACE_FIRST,
    PLACE_LAST,
    PLACE_PREPOSITIONS_EN,
    POST_NOMINALS,
    RANKS,
    ROLE_BEFORE,
    ROLE_FIRST,
    SPEAKING_ACRONYM,
    TIME_TAIL,
    TIME_WORDS,
    TITLE_ONLY,
    TITLES_AFTER,
    TITLES_BEFORE_EN,
    TITLES_EN,
    WATER_HEADS,
    Mention,
    article_names,
    bare_rivers,
    blog_names,
    bodies_referred_back,
    bracketed_acronyms,
    building_names,
    champion_titles,
    city_of_title,
    dateline_places,
    earlier_acronyms,
    first_name_people,
    first_name_places,
    given_first_names,
    joined_names,
    kin_people,
    known_organisations,
    model_operators,
    named_after_org_noun,
    names_around_places,
    not_a_name,
    numbered_names,
    of_the_republic,
    opening_places,
    opening_verbs,
    operated_places,
    particle_surnames,
    parties_after_their_head,
    place_led_bodies,
    product_models,
    resolve_acronyms,
    role_apposed_people,
    role_apposed_people_en,
    shortened_companies,
    social_x,
    speaking_acronyms,
    speaks,
    split_pairs,
    trade_named_bodies,
    type_by_form,
    unseen_speakers,
    without_storms,
)
from liveline.intel.roles import is_role_word
from liveline.intel.speech import LEADER_WORDS
from liveline.intel.text import key
from liveline.intel.titles import COUNCILLOR, TITLES, either


class Gazetteer:
    """Exact-case lookup of every alias (and its all-caps / capitalised forms), longest first."""

    def __init__(self, entries: list[KnownName]):
        self.by_alias: dict[str, tuple[str, str]] = {}
        for entry in entries:
            for alias in [entry.name, *entry.aliases]:
                # ("Médecins Sans Frontières": English capitalises every word of a name the list holds in French.)
                title = " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))
                for form in {alias, alias.upper() if len(alias) <= 5 else alias, alias[:1].upper() + alias[1:], title}:
                    self.by_alias[form.replace("’", "'")] = (entry.name, entry.type)
        # Airports and ports, by an alias that names them so ("Heathrow Airport"): their operator may speak.
        self.operated = {e.name for e in entries if any(key(a.split()[-1]) in OPERATED_PLACES
                                                        for a in [e.name, *e.aliases] if " " in a)}
        self.roles = {e.name: e.roles for e in entries if e.roles}
        self.genders = {e.name: e.gender for e in entries if e.gender}
        aliases = sorted(self.by_alias, key=len, reverse=True)
        # A name ending in a number ("France 2", "Europe 1") is not one when more digits follow: "en France
        # 2 000 manifestants" is France and a figure.
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])"
                                  r"(?!(?<=\d)[\s\u00a0\u202f]\d)") if aliases else None

    def find(self, text: str) -> list[Mention]:
        if not self.pattern:
            return []
        found = []
        for m in self.pattern.finditer(text.replace("’", "'")):
            if re.fullmatch(r"[A-Z][a-z]{1,2}", m.group(0)) and re.match(r" [A-ZÀ-Ý]", text[m.end():m.end() + 2]):
                continue  # a short word of a longer name: "Met Éireann" is not the Met
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


# The rest of a word the tokenizer cut at its inner apostrophe: "Guivarc'" + "h", "Goarnig’" + "h". Not an
# English possessive ("Biden's") nor a French elision, which a space follows ("Macron l'a dit").
_INNER_APOSTROPHE = re.compile(r"(?<=['’])\w+|['’](?![sS]\b)\w+")


def _apostrophe_tail(text: str, end: int) -> str:
    """What follows a name that stops inside a word at an apostrophe, or ""."""
    if end == 0 or not text[end - 1].isalpha() and text[end - 1] not in "'’":
        return ""
    tail = _INNER_APOSTROPHE.match(text, end)
    return tail.group(0) if tail else ""


_APOSTROPHE_SURNAME = re.compile(r"\s+[A-ZÀ-Ý][\w-]*['’](?![sS]\b)\w+")


def _place_after_particle(text: str, ent, doc) -> str:
    """ "Fédération des chambres de commerce du" + "Québec": a body's name that opens on its kind, which the model
    cut at the particle before the place it ends with; the rest of the name (the next entity, right after)."""
    if not re.search(r"\s(?:de|du|des|de\s+la)$", ent.text) or key(ent.text.split()[0]) not in ORG_FIRST:
        return ""
    nxt = next((o for o in doc.ents if o.start == ent.end), None)
    if nxt is None or text[ent.end_char: nxt.start_char].strip():
        return ""
    return text[ent.end_char: nxt.end_char]


def _apostrophe_surname(text: str, end: int, doc) -> str:
    """ "Marie" + " Kerjean'h": the surname the model left out of a person, cut by the tokenizer at its
    apostrophe, or "". A capitalised word with an apostrophe inside, right after a name, is its surname."""
    tail = _APOSTROPHE_SURNAME.match(text, end)
    if not tail or any(end < e.start_char < tail.end() for e in doc.ents):
        return ""
    return tail.group(0)


def _glued_adverb(word: str) -> bool:
    """ "Meanwhile" in "Meanwhile Cleveland Police": a capitalised sentence adverb that opens the span."""
    return word[:1].isupper() and word.lower() in GLUED_ADVERBS_EN


def _clean(text: str, start: int, after_role: bool = False) -> tuple[str, int] | None:
    """Strip determiners, honorifics and trailing date words from a model's entity span. `after_role`: the span
    follows a lowercase role noun ("le sélectionneur Pape X"), so a capitalised role word opening it is a given
    name, not a title."""
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
    if len(words) > 1 and TITLE_ONLY.fullmatch(words[-1]):
        return None  # "au Figaro Me Paul Durand": a name run into the next one's title, typed as that one
    whole = list(words)
    while words and (key(words[-1]) in TIME_TAIL or not any(c.isalpha() for c in words[-1])
                     or (key(words[-1]) in RANKS | TITLES_AFTER and len(words) > 1)):
        words.pop()  # "Lee County Sheriff Carmine Marceno": the title goes with the name after it
    if words and len(words) < len(whole) and key(words[-1]) in PARTICLES:
        words = whole  # "Journal du Dimanche": the weekday belongs to the name
    while words and (key(words[0]) in TIME_WORDS or (len(words) > 1 and _glued_adverb(words[0]))):
        start += text.index(words[1]) if len(words) > 1 else 0
        text = text[text.index(words[1]):] if len(words) > 1 else ""
        words.pop(0)
    text = " ".join(words)
    text = re.sub(r"['’]s?$", "", text) if re.search(r"\w['’]s?$", text) else text  # "the Coast Guard's estimates"
    # "Office for the Prevention ... of Rail Accidents (GPIAAF": the acronym in brackets after a name is not its end.
    text = re.sub(r"(?<=\w)\s+\([A-ZÀ-Ý][A-ZÀ-Ý0-9]{1,7}\)?$", "", text)
    text = text.strip(" ,.;:«»\"“”'()")
    if re.search(r"\s[A-ZÀ-Ý]$", text) and " ".join(words).endswith(text + "."):
        text += "."  # "Nahel M.": the surname's initial keeps its dot
    water = key(text.split()[0]) in WATER_HEADS if text else False
    lead = LOWER_OF.match(text)
    if lead and not water:
        start += lead.end()
        text = text[lead.end():]  # "appel de Mounia": a common noun the model ran into the name after it
        if key(text.split()[0]) in NOT_NAMES:
            return None  # "université d'État de Soumy" is not "État de Soumy"
    if water and re.search(r"\s[A-ZÀ-Ý]", text):
        return text, start  # "mer du Nord", "golfe du Lion": the sea's name, its common noun included
    if not text or not text[0].isupper() or key(text) in NOT_NAMES | ALONE_NOT_NAMES or TITLE_ONLY.fullmatch(text):
        return None
    if any(c.isdigit() for c in text) and not ALNUM_NAME.fullmatch(text):
        return None  # "35 morts", "F-16"; not "TF1", "G7", "M23"
    words = text.split()
    if key(words[-1]) in PARTICLES or (len(words) > 1 and key(words[0]) in NOT_NAMES
                                       and all(w[:1].islower() for w in words[1:])):
        return None  # "Gulf of" cut from its name; "État québécois": a common noun and its adjective
    if key(text.split()[0]).replace(" ", "-") in ROLE_FIRST | EVENT_FIRST:
        rest = text.split()[1:]
        if after_role and len(rest) == 1 and rest[0][0].isupper() and key(text.split()[0]) not in EVENT_FIRST:
            pass  # "le sélectionneur Pape X", "le président Pape Y": nobody is titled after a role of their own
        elif rest and all(w[0].isupper() and key(w) not in NOT_NAMES for w in rest) and \
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
    body = re.match(r"(?:Le|La|Les)\s+(?=(\w+))", text)
    if body and key(body.group(1)) in ORG_FIRST:
        # "La Banque du Canada a abaissé", "Le Conseil constitutionnel a censuré": the article at the start of a
        # sentence is no part of a body's name that opens on its kind ("Le Monde", "La Poste" keep theirs).
        start += body.end()
        text = text[body.end():]
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
    people_seen = set(seen_names(context, "person"))
    french = doc is not None and doc.lang_ == "fr"  # (the rules of French names below; English has its own)
    if doc is not None:
        for ent in doc.ents:
            type_ = NER_TYPES.get(ent.label_)
            if not type_ and context is not None and len(ent.text.split()) >= 2 and \
                    context.entities.get(ent.text) == "person":
                type_ = context.entities[ent.text]  # "Micheál Martin" read as a work of art: the blog named him
            if not type_ and _titled_first_name(ent.text.split()):
                type_ = "person"  # "Me Mehdi Trabelsi" read as a miscellany: a civility, a first name, a surname
            if not type_ and DISTRICT.fullmatch(ent.text):
                type_ = "place"  # "Burnaby-Centre" read as a miscellany: a town and its part, a riding
            if not type_ and len(ent.text.split()) >= 2 and key(ent.text.split()[-1]) in ORG_LAST and \
                    all(w[:1].isupper() for w in ent.text.split()):
                type_ = "organisation"  # "Secret Service" read as a work of art: its last word is a body's
            if french and (not type_ or type_ == "person" and SPEAKING_ACRONYM.fullmatch(ent.text.split()[0])) \
                    and _speaking_acronym(text, ent):
                # "Selon NHS England," read as a miscellany, "NHS Scotland a prévenu" as a person: a name with an
                # acronym that speaks is a body (no person's name opens with one).
                type_ = "organisation"
            if not type_:
                continue
            if type_ != "person" and _common_word_first(ent, doc) and not (french and _opening_speaker(text, ent)):
                continue
            if _headline_label(text, ent):
                continue
            if type_ == "person" and _opening_common_word(text, ent) and \
                    not _surname_of(ent.text, people_seen, mentions):
                continue
            if french and (_descriptive_lead(text, ent, type_) or type_ == "person" and _label_lead(text, ent, doc)):
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
                elif french and len(ent) == 1 and _demonym_led_first_name(prev, doc) and prev.text not in gaz.by_alias:
                    # "l'Éthiopienne Tigist Alemu" read as "Éthiopienne Tigist" and "Alemu": the first name.
                    ent_text, ent_start = doc.text[prev.idx: ent.end_char], prev.idx
                elif _double_first_name(prev, ent) and prev.text not in gaz.by_alias:
                    # "Ana Paula Moreira" read as "Paula Moreira": the first of two first names.
                    ent_text, ent_start = doc.text[prev.idx: ent.end_char], prev.idx
            # (its parts may be joined by lowercase particles: "Terre-Neuve" of "Terre-Neuve-et-Labrador")
            tail = re.match(r"(?:(?:-(?:et|de|du|des|la|le|les|sur|sous|en|lès))*-[A-ZÀ-Ý][\w']*)+",
                            text[ent.end_char:])
            if tail and ent_start + len(ent_text) == ent.end_char and not any(
                    ent.end_char < other.start_char <= ent.end_char + tail.end() for other in doc.ents):
                ent_text += tail.group(0)  # "Hénin-Beaumont" cut at its hyphen by the model
            if type_ == "organisation" and ent_start + len(ent_text) == ent.end_char:
                ent_text += _place_after_particle(text, ent, doc)
            ent_text += _apostrophe_tail(text, ent_start + len(ent_text))
            if type_ == "person" and ent_start + len(ent_text) == ent.end_char:
                ent_text += _apostrophe_surname(text, ent.end_char, doc)
            ent_text, ent_start = of_the_republic(text, ent_text, ent_start)
            role_before = re.search(r"(?<![\w-])([a-zà-ÿ][\w-]*)\s+$", text[max(0, ent_start - 40): ent_start])
            cleaned = _clean(ent_text, ent_start,
                             after_role=bool(role_before) and key(role_before.group(1)) in ROLE_FIRST)
            if not cleaned:
                continue
            name, start = cleaned
            words = name.split()
            if type_ == "person" and len(words) >= 3 and words[-1] in POST_NOMINALS:
                name = name[: name.rindex(words[-1])].rstrip()  # "Simon Achebe KC": the letters are no name
                words = words[:-1]
            if type_ == "organisation" and 3 <= len(words) <= 4 and key(words[0]) in TITLES_EN - {"king", "queen"} and \
                    re.fullmatch(r"(?:\s+[A-ZÀ-Ý][\w'-]*[a-zà-ÿ])+", name[len(words[0]):]) and \
                    all(t.pos_ == "PROPN" for t in ent if t.idx > ent_start) and \
                    not any(key(w) in NOT_NAMES | ORG_LAST | PLACE_LAST | ORG_FIRST for w in words[1:]) and \
                    not gaz.find(name[len(words[0]) + 1:]):
                type_ = "person"  # "Taoiseach Micheál Martin" read as a body: a title, then a first name and a surname
            if type_ != "person" and _titled_first_name(words):
                type_ = "person"  # "la Dre Mylène Drouin", "Cllr Niamh Ó Flaherty" read as a place or a body
            if type_ == "person" and len(words) >= 2 and words[0] in PLACE_PREPOSITIONS_EN:
                start += name.index(words[1])  # "Outside Molton Park" read as a person: a place after its preposition
                name, type_, words = name[name.index(words[1]):], "place", words[1:]
            if type_ == "person" and (titled := _after_title(name, start)) and words[1][0].isupper():
                name, start = titled  # "Pope Francis", "Governor Ron DeSantis": the name after the title
            elif type_ == "person" and len(words) >= 3 and re.fullmatch(r"[A-Z]{2,4}", words[0]) and \
                    words[1].split("-")[0] in FIRST_NAMES:
                start += name.index(words[1])  # "le sénateur LR Laurent Duplomb": the party is the role's
                name = name[name.index(words[1]):]
            elif type_ == "person" and _party_after_role(text, start, words):
                start += name.index(words[1])  # "le député Renaissance Mathieu Dorval": so is a party's name
                name = name[name.index(words[1]):]
            elif type_ == "person" and len(words) >= 3 and key(words[1]) in TITLES_EN and \
                    key(words[2]) not in {"jr", "sr", "ii", "iii"}:
                start += name.index(words[2], len(words[0]))  # "Dutch King Willem-Alexander"
                name = name[name.index(words[2], len(words[0])):]
            end = start + len(name)
            inner = _named_after_particle(name, start, mentions) or (
                _place_led_name(name, start, mentions, type_) if type_ != "person" else None) or (
                _place_ended_name(name, start, mentions) if type_ == "organisation" else None)
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
                surname = re.match(r"\s([A-ZÀ-Ý][\w'-]+)", text[end:])
                if name in FIRST_NAMES and surname and not any(s <= end + 1 < e for s, e in taken):
                    # "le vice-président d'Hydro-Québec Régis Tellier": the model ran the listed company into
                    # the first name; with the surname after it, what is left is a person.
                    name, type_ = name + surname.group(0), "person"
                    end = start + len(name)
                if len(name.split()) < 2 and type_ != "person" and not PLACE_FIRST.match(name):
                    continue  # a leftover word; but "Saint-Denis" of "Saint-Denis de La Réunion" is a town
                if type_ != "person" and re.fullmatch(r"[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,2}", name) and \
                        start > ent.start_char:
                    type_ = "person"  # "Otan Mark Rutte", "ONU Tom Andrews": a title, then a name
            if name.split()[0].lower() in {"selon", "according", "interrogé", "interrogée"}:
                continue
            person = _person_inside(name, start, text) if type_ != "person" else None
            if person and not any(s < person.end and person.start < e for s, e in taken):
                # "Hydro-Québec Régis" (Tellier): the organisation, then a person its first name starts.
                mentions.append(person)
                taken.append((person.start, person.end))
                name = name[: person.start - start].rstrip()
                end = start + len(name)
            if type_ != "person" and ROLE_BEFORE.search(text[max(0, start - 50): start]) and \
                    re.fullmatch(r"[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,2}", name) and not gaz.find(name):
                type_ = "person"  # "le gouverneur de la région, Oleh Synehoubov": a role, then a name
            if type_ != "person" and len(name.split()) == 1 and _surname_of(name, people_seen, mentions):
                type_ = "person"  # "le président Sánchez" after "Pedro Sánchez": his surname, not a place
            if type_ != "person" and len(name.split()) >= 2 and all(w[0].isupper() for w in name.split()[:2]) \
                    and ent.label_ in {"ORG", "LOC", "GPE"} and _looks_like_person(name, people_seen):
                type_ = "person"
                if titled := _after_title(name, start):
                    # "Justice Obi" read as a body, the blog having named Amara Obi
                    name, start = titled
                    end = start + len(name)
            mentions.append(Mention(start, end, name, type_, name))
            taken.append((start, end))
    mentions.sort(key=lambda m: m.start)
    mentions = _join_hyphenated(text, mentions)
    mentions = joined_names(text, mentions)
    mentions = split_pairs(mentions, gaz, people_seen)
    parties_after_their_head(text, mentions)
    mentions = [m for m in mentions if m.listed or not not_a_name(text, m)]
    mentions = champion_titles(text, mentions)
    for m in mentions:
        article = re.search(r"(?<=[\w,;] )(?:(?:Les|Le|La) |L['’])$", text[max(0, m.start - 6): m.start])
        if article and not m.listed and m.type != "person":
            # "chez Les Républicains", "dans Le Monde", "maire de L'Haÿ-les-Roses": a capitalised article
            # inside a sentence is the name's.
            m.start -= len(article.group(0))
            m.text = m.canonical = text[m.start: m.end]
    for m in mentions:
        if not m.listed:
            m.type = type_by_form(text, m)
    for m in mentions:  # (after the types by form: "St-Louis" looks like a town)
        if m.type == "place" and " " not in m.text and _surname_of(m.text, people_seen, []) and \
                not PLACE_BEFORE.search(text[max(0, m.start - 12): m.start]):
            # "St-Louis a refusé de s'emballer" after "l'entraîneur Martin St-Louis": his surname, not the
            # town (but "à St-Louis" is the town).
            m.type = "person"
    building_names(text, mentions)
    if doc is not None:
        numbered_names(text, mentions, {t.idx for t in doc if t.pos_ in {"VERB", "AUX"}}, context)
    mentions = dateline_places(text, mentions, gaz)
    mentions = opening_verbs(text, mentions)
    mentions = without_storms(text, mentions, context, people_seen)
    mentions = bracketed_acronyms(text, mentions)
    if doc is not None:
        mentions = names_around_places(text, mentions, {t.idx: t.pos_ for t in doc})
    resolve_acronyms(text, mentions, context)
    mentions = earlier_acronyms(text, mentions, context)
    shortened_companies(text, mentions, context)
    mentions = product_models(text, mentions)
    mentions = social_x(text, mentions)
    mentions = model_operators(text, mentions)
    mentions = opening_places(text, mentions)
    mentions = named_after_org_noun(text, mentions)
    if french:
        mentions = trade_named_bodies(text, mentions, gaz)
    mentions = first_name_people(text, mentions, gaz)
    mentions = (role_apposed_people if french else role_apposed_people_en)(text, mentions, gaz)
    mentions = particle_surnames(text, article_names(text, mentions, people_seen))
    mentions = speaking_acronyms(text, mentions)
    mentions = first_name_places(text, mentions, gaz)
    mentions = kin_people(text, mentions)
    mentions = _missed_surnames(text, mentions, people_seen)
    # (in English only for people: "Back to Jane Roe, who ..." where the model saw nothing)
    mentions = blog_names(text, mentions, context, ("person", "organisation") if french else ("person",))
    if doc is not None:
        proper = {t.idx for t in doc if t.pos_ == "PROPN"}
        mentions = unseen_speakers(text, mentions, proper, people_seen | _listed_people(gaz), context)
    known_organisations(mentions, context)
    if french:
        bodies_referred_back(text, mentions, people_seen)
    city_of_title(text, mentions, context, gaz)
    place_led_bodies(mentions, text, gaz)
    operated_places(text, mentions, gaz)
    mentions = bare_rivers(text, mentions, context)
    _bodies_before_a_role(text, mentions)
    if french:
        _people_before_a_role(text, mentions, gaz)
    _canonical_people(mentions, context)
    return mentions


def _bodies_before_a_role(text: str, mentions: list[Mention]) -> None:
    """ "Shamrock Rovers boss Niall Furlong", "Greenock Morton manager X": the model's "person" before a role noun and
    the name of the one who holds it is where the role is held, a body, when it opens with no first name (not
    "Trump adviser Stephen Miller")."""
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        words = m.text.split()
        if m.type != "person" or nxt.type != "person" or len(words) < 2 or words[0] in given_first_names() or \
                words[0] in FIRST_NAMES:
            continue
        between = re.fullmatch(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+", text[m.end: nxt.start])
        if between and _role_word(between.group(1).split()[-1]):
            m.type = "organisation"
            # ... and so is a short form of it the post used elsewhere ("the Rovers manager").
            for other in mentions:
                if other.type == "person" and (other.canonical == m.canonical or other.text in words[1:]):
                    other.type, other.canonical = "organisation", m.canonical


ROLE_APPOSITION_FR = re.compile(r"\s*,\s*(?:(?:l['’]|le\s+|la\s+)\s*)?(?P<head>[a-zéèêàâîôûç][\w-]*)"
                                r"\s+(?:de|du|des|d['’])")


def _people_before_a_role(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """ "Pia Imbs, présidente de l'Eurométropole," read as a body or a place: a first name and a surname the lists
    do not know, then in apposition the role the person holds somewhere, is a person."""
    for m in mentions:
        words = m.text.split()
        if m.type not in {"organisation", "place"} or len(words) != 2 or words[0] not in given_first_names() or \
                m.text in gaz.by_alias or not all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", w) for w in words):
            continue
        role = ROLE_APPOSITION_FR.match(text, m.end)
        if role and _role_word(role.group("head")):
            m.type = "person"


def _role_word(word: str) -> bool:
    """A role noun, or a word for a leader ("boss")."""
    return is_role_word(key(word)) or key(word) in LEADER_WORDS


ROLE_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-zà-ÿ][\w-]*)\s+$")


def _party_after_role(text: str, start: int, words: list[str]) -> bool:
    """Whether a person's span opens with a capitalised word that names the party or group of the role noun just
    before it ("le député Renaissance Mathieu Dorval", "la sénatrice Horizons Claire Ambert"): no first name,
    then a first name and a surname."""
    before = ROLE_NOUN_BEFORE.search(text[max(0, start - 40): start])
    return len(words) >= 3 and before is not None and _role_word(before.group(1)) and \
        words[0] not in given_first_names() and "-" not in words[0] and words[1].split("-")[0] in FIRST_NAMES


def _after_title(name: str, start: int) -> tuple[str, int] | None:
    """ "Francis" of "Pope Francis", "Obi" of "Justice Obi": the name after the English title it opens with (no part
    of a person's name) and where that starts, or None when it opens with no title."""
    words = name.split()
    if len(words) < 2 or key(words[0]) not in TITLES_EN | TITLES_BEFORE_EN and not _personal_title(words[0]):
        return None
    if len(words) == 2 and words[0] in given_first_names():
        return None  # "Dean Morley": a title that is also a first name, before a surname alone, is his first name
    cut = name.index(words[1])
    return name[cut:], start + cut


def _double_first_name(prev, ent) -> bool:
    """Whether the word before a person's span is the first of two first names ("Ana" of "Ana Paula Moreira",
    "Jean" of "Jean Marc Dupuis"): a known first name right before a span that opens with another (the caller
    leaves out a listed place: "in Victoria Paula Ribeiro said")."""
    return len(ent) >= 2 and prev.text in given_first_names() and ent[0].text in given_first_names() and \
        prev.whitespace_ == " " and not prev.is_sent_start and key(prev.text) not in NOT_NAMES | TIME_WORDS and \
        prev.doc[prev.i - 1].pos_ != "ADP"  # ("in Florence Paula Ribeiro": a place after its preposition)


def _demonym_led_first_name(prev, doc) -> bool:
    """Whether the capitalised word before a one-word person is their first name after a nationality ("Tigist" of
    "l'Éthiopienne Tigist Alemu"), which the model read alone or with the nationality ("Éthiopienne Tigist")."""
    if prev.i == 0 or not prev.text[:1].isupper() or prev.whitespace_ != " " or \
            key(prev.text) in NOT_NAMES | TIME_WORDS | ROLE_FIRST:
        return False
    nationality = doc[prev.i - 1]
    word = key(nationality.text)
    span = next((o for o in doc.ents if o.start <= prev.i < o.end), None)
    return nationality.text[:1].isupper() and bool(DEMONYM.search(word) or word in IRREGULAR_DEMONYMS) and (
        span is None or (span.start, span.end) == (prev.i - 1, prev.i + 1) and NER_TYPES.get(span.label_) != "person")


def _personal_title(word: str) -> bool:
    """ "Dre", "Mme", "M.", "Cllr": a civility or a title of address, never a name's first word."""
    return bool(re.fullmatch(rf"(?:{either(TITLES)}|{either(COUNCILLOR)}|Prof)\.?", word))


def _titled_first_name(words: list[str]) -> bool:
    """ "la Dre Mylène Drouin", "Me Mehdi Trabelsi": a civility or title of address, then a known first name and
    more, is a person's name whatever the model typed it."""
    return len(words) >= 3 and _personal_title(words[0]) and words[1] in given_first_names()


def _listed_people(gaz: Gazetteer) -> set[str]:
    return {c for c, t in gaz.by_alias.values() if t == "person"}


def _person_inside(name: str, start: int, text: str) -> Mention | None:
    """A known first name inside a place or organisation span, then a capitalised word (in the span or right
    after it), starts a person the model ran into the name before: "Hydro-Québec Régis" + "Tellier"."""
    words = list(re.finditer(r"\S+", name))
    for i, w in enumerate(words[1:], 1):
        head = name[: w.start()].rstrip()
        if w.group(0) not in FIRST_NAMES or key(words[i - 1].group(0)) in PARTICLES or \
                all(key(h) in ORG_FIRST | GENERIC_HEADS | NOT_NAMES for h in head.split()) or \
                NAMED_AFTER_PERSON.search(text[max(0, start - 20): start] + head + " "):
            continue  # "Collège Jean Moulin", "avenue Jean Jaurès": named after a person
        rest = words[i + 1:]
        if rest:
            last = rest[0].group(0)
            end = start + rest[-1].end()
        else:
            after = re.match(r"\s+([A-ZÀ-Ý][\w'-]+)(?![\w-])", text[start + len(name):])
            if not after:
                return None
            last = after.group(1)
            end = start + len(name) + after.end()
        if not re.fullmatch(r"[A-ZÀ-Ý][\w'-]+", last) or key(last) in NOT_NAMES | TIME_WORDS | PARTICLES | \
                GENERIC_HEADS | GENERIC_BODY:
            return None
        begin = start + w.start()
        return Mention(begin, end, text[begin:end], "person", text[begin:end])
    return None


def _named_after_particle(name: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The listed place a model span ends with after "of"/"de": "Gulf of Mexico" holds "Mexico"."""
    for m in mentions:
        if m.listed and m.type == "place" and m.end == start + len(name) and m.start > start:
            head = name[: m.start - start]
            capitals = [w for w in head.split() if w[:1].isupper()]
            if HEAD_OF.fullmatch(head) and key(capitals[-1]) in GENERIC_HEADS:
                return m  # not "Saint-Denis de La Réunion": a town, then the island it is on
            if ORG_HEAD_OF.fullmatch(head) and key(head.split()[0]) in ORG_FIRST:
                return m  # "Association des maires de France": a body's name, its common nouns included
    return None


# The generic word of a name built on a place: "Gulf of Mexico", "University of California".

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
            elif len(rest) >= 3 and all(w[:1].isupper() and w.isalpha() for w in rest) and key(rest[-1]) in ORG_LAST:
                return m  # "UK Health Security Agency": three words and a body's last word are a name of its own

    return None



def _place_ended_name(name: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The listed place a company's name ends with, the model seeing an organisation: "Air India", "Air Canada"
    (not "Northern Ireland", a part of a place, nor "Health Ministry Gaza", a generic body)."""
    for m in mentions:
        if m.listed and m.type == "place" and m.end == start + len(name) and m.start > start:
            head = name[: m.start - start].split()
            if 1 <= len(head) <= 2 and all(w[:1].isupper() and w.isalpha() for w in head) and \
                    not any(key(w) in GENERIC_BODY | GENERIC_HEADS | NOT_NAMES | COMPASS for w in head):
                return m
    return None


# Words that make a part of a place, not a company, of the place after them.
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
           "upper", "lower", "new", "old", "united", "nord", "sud", "est", "ouest"}


# Words that open a sentence before a verb of speech without being anyone's name: "Chacun affirme", "Personne".
_NOBODY = {"chacun", "chacune", "personne", "rien", "aucun", "aucune", "nul", "tout", "tous", "certains", "certaines",
           "plusieurs", "beaucoup", "autre", "autres", "ensemble", "enfin", "puis", "ainsi", "aussi", "alors"}


def _opening_speaker(text: str, ent) -> bool:
    """ "Sibelga affirme n'avoir reçu « aucun appel »", "Sibelga, le gestionnaire du réseau, a coupé le gaz": a word
    the model named but tagged as a common word where it opens a sentence is a name when it speaks or a body's
    apposition follows it (no common word opens a sentence straight before "affirme")."""
    m = Mention(ent.start_char, ent.end_char, ent.text, "organisation", ent.text)
    return key(ent.text) not in _NOBODY | NOT_NAMES and (speaks(text, m) or bool(BODY_APPOSITION.match(text[m.end:])))


def _speaking_acronym(text: str, ent) -> bool:
    """ "Selon NHS England, des dizaines de milliers de rendez-vous", "NHS England a prévenu": a name the model
    could not type, with an acronym no country has among its words, that speaks, is a body."""
    return len(ent.text.split()) >= 2 and any(ACRONYM.fullmatch(w) and w not in COUNTRY_ACRONYMS
                                              for w in ent.text.split()) and \
        speaks(text, Mention(ent.start_char, ent.end_char, ent.text, "organisation", ent.text))


# "Costume gris, voix posée, Paul Durand s'avance": a capitalised noun and its adjective that open a sentence
# before a comma describe the person after them (a name is not followed there by lowercase words and a comma;
# "Durand lui-même, ...", "Durand aussi, ...", "Marseille, ville de ..." are).
DESCRIPTIVE_LEAD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+(?!(?:de|du|des|la|le|les|et|ou|lui|elle|eux|aussi|également|"
                              r"seule?s?|quant|non|enfin|ensuite|alors|lui-même|elle-même)\b)[a-zà-ÿ][\w-]*){1,2}\s*,")
SENTENCE_OPENS = re.compile(r"(?:^|[.!?»]\s+|\n\s*)$")


def _descriptive_lead(text: str, ent, type_: str) -> bool:
    """ "Costume gris," read as a place, "Veste sombre," or "Costume" as a person: the words of a verbless lead
    that opens a sentence and describes who comes next (one word alone only when the model called it a person)."""
    if not SENTENCE_OPENS.search(text[max(0, ent.start_char - 3): ent.start_char]):
        return False
    lead = DESCRIPTIVE_LEAD.match(text, ent.start_char)
    if not lead or ent.end_char > lead.end() or ent.text.split()[0] in FIRST_NAMES:
        return False
    return type_ == "person" or len(ent.text.split()) > 1


# "Moment attendu de cette première journée : l'audition de X", "Coup de théâtre à l'audience :": a capitalised
# noun and lowercase words up to a colon, with no verb, is a live blog's label for what follows.
LABEL_LEAD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[a-zà-ÿ][\w'’-]*){1,7}\s*:")


def _label_lead(text: str, ent, doc) -> bool:
    """ "Moment" read as a person in "Moment attendu de cette journée :": one word opening a sentence whose
    lowercase words up to a colon hold no finite verb ("Durand dénonce :" speaks; a participle describes)."""
    if len(ent) != 1 or ent.text in FIRST_NAMES or not SENTENCE_OPENS.search(text[max(0, ent.start_char - 3):
                                                                                  ent.start_char]):
        return False
    lead = LABEL_LEAD.match(text, ent.start_char)
    if not lead:
        return False
    words = doc.char_span(ent.end_char, lead.end() - 1, alignment_mode="contract")
    return words is not None and not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
                                         for t in words)


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
    # "Nice a été touchée": a noun that is the subject of the verb right after it is the place itself (past
    # the clitics before a verb: "Arras se réveille", "Nice ne dort pas").
    i = token.i + 1
    while i < len(doc) - 1 and i - token.i <= 2 and doc[i].lower_ in {"se", "s'", "ne", "n'", "y", "en", "lui", "leur"}:
        i += 1
    following = doc[i] if i < len(doc) else None
    return not (token.pos_ == "NOUN" and token.dep_.startswith("nsubj") and following is not None
                and following.pos_ in {"AUX", "VERB"})


WORD_OPENS = re.compile(r"(?:^|[.!?:»]\s+|\n\s*|[«“\"]\s*)$")


def _opening_common_word(text: str, ent) -> bool:
    """ "« Filtrer très en amont »", "Reçus ce soir par ...", "Retrait des troupes, ..." after a title: one
    capitalised word that opens a sentence, paragraph or quotation, tagged as a verb, noun or adjective, which
    the model took for a person (a person's name alone there is mostly tagged a proper noun; a surname the blog
    gave in full is kept whatever its tag: "Dembélé et Doué")."""
    if len(ent) != 1 or ent[0].pos_ not in {"NOUN", "VERB", "ADJ", "ADV"} or ent.text in FIRST_NAMES:
        return False
    return bool(WORD_OPENS.search(text[max(0, ent.start_char - 3): ent.start_char]))


def _headline_label(text: str, ent) -> bool:
    """ "Explainer: the words that made the deal", "Analyse — ce que ...": a rubric word opening a title or paragraph
    before a colon or a dash, which the model took for a name."""
    return key(ent.text) in HEADLINE_LABELS and bool(re.match(r"\s*[:—–]", text[ent.end_char:])) and \
        bool(WORD_OPENS.search(text[max(0, ent.start_char - 3): ent.start_char]))


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
    lead = len(sub) - len(sub.lstrip())  # (the leftover starts after the space that follows the listed name)
    return _clean(sub[lead:], best[0] + lead) if sub.strip() else None


def _surname_of(word: str, people_seen: set[str], mentions: list[Mention]) -> bool:
    people = people_seen | {m.canonical for m in mentions if m.type == "person"}
    # ... or the first name of "Nahel M.", whose surname the blog gave as an initial
    return any(len(p.split()) >= 2 and (p.split()[-1] == word or (
        p.split()[0] == word and all(INITIAL.fullmatch(w) for w in p.split()[1:]))) for p in people)


def _missed_surnames(text: str, mentions: list[Mention], people_seen: set[str]) -> list[Mention]:
    """ "En face, Inzaghi n'a pas cherché d'excuses" a post after "Simone Inzaghi": a lone capitalised word the
    model saw nothing in, the surname of one person the blog or the post named in full, is that person (not after
    "à", "de": "à Martin" may be a place; opening a sentence, where the model's silence weighs more, only before a verb:
    "Ordóñez has been speaking to the BBC", "Ferrandi a ensuite")."""
    for hit in re.finditer(r"(?<![\w'’-])(?<![A-ZÀ-Ý][\w-]\s)[A-ZÀ-Ý][\w-]{2,}(?![\w'’-])(?!\s+[A-ZÀ-Ý])", text):
        start, end = hit.span()
        # (or in full earlier in this post: "Also on the panel is Ines Varga. ... Varga said")
        named = people_seen | {m.canonical for m in mentions if m.type == "person" and m.end <= start}
        full = {p for p in named if len(p.split()) >= 2 and p.split()[-1] == hit.group(0)}
        if len(full) != 1 or any(m.start < end and start < m.end for m in mentions) or \
                PLACE_BEFORE.search(text[max(0, start - 12): start]) or \
                not (re.search(r"(?:,|[a-zà-ÿ])\s+$", text[max(0, start - 3): start]) or
                     VERB_AFTER_SUBJECT.match(text, end) and
                     re.fullmatch(r"|.*[.!?»”\"]\s+", text[max(0, start - 3): start], re.S)) or \
                re.search(r"[A-ZÀ-Ý][\w-]*\s+$", text[max(0, start - 30): start]):
            continue
        mentions.append(Mention(start, end, hit.group(0), "person", full.pop()))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _looks_like_person(name: str, people_seen: set[str]) -> bool:
    return name in people_seen or any(p.endswith(" " + name.split()[-1]) for p in people_seen)


# An auxiliary or a speech verb right after a word: what makes a capitalised word opening a sentence its subject.
VERB_AFTER_SUBJECT = re.compile(r"\s+(?:has|had|is|was|will|would|could|said|says|told|added|insisted|a|avait|est|"
                                r"était|sera|va|dit|estime|assure|affirme|n['’]a|ne)\b")
INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
REGNAL = re.compile(r"[IVX]+")  # the number of a sovereign or a pope: "Charles III", "Felipe VI"
# The words that put a place after them: "à St-Louis", "in Paris".
PLACE_BEFORE = re.compile(r"(?:\b(?:à|au|aux|en|dans|vers|de|du|depuis|jusqu'à|près\s+de|in|to|from|at|near|of)|"
                          r"\bd['’])\s*$", re.I)
# The particles a surname may open with: "De Wever", "Von der Leyen", "Van Rompuy", "Le Pen".
SURNAME_PARTICLES = {"de", "von", "van", "van der", "le", "la", "del", "della", "da", "di", "du", "dos", "ten", "ter"}


def _canonical_people(mentions: list[Mention], context: BlogContext | None) -> None:
    """A surname alone takes the full name seen in this post, then in the blog's context."""
    full = [m.canonical for m in mentions if m.type == "person" and len(m.canonical.split()) >= 2]
    earlier = seen_names(context, "person")
    # (Full names the speaker rules read where the model saw none: "son directeur général, Tedros Adhanom
    # Ghebreyesus,".)
    spoke = [s.name for s in (context.speakers if context else []) if len(s.name.split()) >= 2]
    for m in mentions:
        if m.type == "person" and len(m.canonical.split()) > 1 and key(m.canonical.split()[0]) in SURNAME_PARTICLES:
            # "De Wever", "Von der Leyen": a surname with its particle, the end of a full name seen before.
            tail = " " + key(m.canonical)
            longer = next((n for n in [*full, *reversed(earlier), *reversed(spoke)] if key(n).endswith(tail)), None)
            if longer:
                m.canonical = longer
            continue
        if m.type != "person" or len(m.canonical.split()) != 1:
            continue
        inner = {n for n in [*full, *earlier, *spoke] if len(n.split()) >= 3 and m.canonical in n.split()[:-1]}
        if len(inner) == 1 and m.canonical not in FIRST_NAMES and not any(
                n.split()[-1] == m.canonical for n in [*full, *earlier, *spoke]):
            # "Lula" after "Luiz Inácio Lula da Silva", "Tedros" after "Tedros Adhanom Ghebreyesus": a word
            # of one long name that is no common first name.
            m.canonical = inner.pop()
            continue
        # (A speaker the blog only named as such, a quote post's speaker say, counts when nothing else is known of
        # the name: "Ms Rasmussen told the plenary" after a quote post of Anne Rasmussen.)
        people = [*full, *reversed(earlier), *(n for n in reversed(spoke) if context.entities.get(n) is None)]
        for name in people:
            if name.split()[-1] == m.canonical or name.endswith(" " + m.canonical):
                m.canonical = name
                break
            if name.split()[0] == m.canonical and all(INITIAL.fullmatch(w) for w in name.split()[1:]):
                m.canonical = name  # "Nahel" after "Nahel M.": a first name whose surname the blog gave as an initial
                break
            if name.split()[0] == m.canonical and len(name.split()) == 2 and REGNAL.fullmatch(name.split()[1]):
                m.canonical = name  # "Charles" after "Charles III": a sovereign's name without its number
                break


def unique(mentions: list[Mention]) -> list[dict]:
    """One entry per real thing, with the text of its first mention."""
    seen: dict[str, dict] = {}
    for m in mentions:
        if m.canonical not in seen:
            seen[m.canonical] = {"text": m.text, "type": m.type, "canonical": m.canonical}
    return list(seen.values())
