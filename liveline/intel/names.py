"""What a name is, for `entities`: the word lists, and the rules run after the alias lists and the model.

Not names: named storms and wildfires (events), demonyms, portfolios, capitalised common nouns, "the
Dali". Types from a name's own words and from the words around it; acronyms in brackets and
shortened organisation names; people and places the model missed ("Marine Le Pen", "À
Plougastel-Daoulas,"). docs/annotation-guide.md says what the gold expects of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from liveline.intel import kin, lexicon, speech
from liveline.intel.context import BlogContext, seen_names
from liveline.intel.given_names import name_words
from liveline.intel.text import key
from liveline.intel.titles import DR, ME, MGR, MLLE, MM, MME, MR, MRS, MS, PR, TITLES, M, either

if TYPE_CHECKING:
    from liveline.intel.entities import Gazetteer

NER_TYPES = {"PER": "person", "PERSON": "person", "LOC": "place", "GPE": "place", "FAC": "place",
             "ORG": "organisation"}
# Lowercase articles only: "Le Pen" and "La Haye" keep theirs.
LEADING = re.compile(r"^(?:(?:[lL]'|[lL]’|d'|d’|(?:le|la|les|the|du|des|de|au|aux|à|en)\b)\s*)+")
# Titles cut from a model's span: not Maître, Dre nor Mmes, which the rule was written without (adding them
# would change the spans).
_CUT_TITLES = either((M, MME, MLLE, MM, ME)) + "|" + either((MR, MRS, MS, DR, PR), dot=True)
HONORIFIC = re.compile(r"^(?:" + _CUT_TITLES + "|"
                       r"(?:(?:Lt|Rear|Vice|Brig|Maj)\.?\s+)?(?:Gen|Col|Adm|Maj|Capt|Sgt|Cpl|Cmdr|Lt)\.?(?=\s+[A-Z])|"
                       # Clergy: "Mgr Laurent Ulrich" is Laurent Ulrich, like "M. Macron"; "Père", "Sœur", "Frère",
                       # "Abbé" only before a first name and a surname ("Sœur Emmanuelle", "Abbé Pierre" are names).
                       r"(?:" + MGR + r"|Monseigneur|Pasteur|Pasteure|Rabbin|Imam|Cardinal|Rev\.?|Reverend|Rabbi|Imam)"
                       r"(?=\s+[A-ZÀ-Ý])|"
                       r"(?:Père|Sœur|Soeur|Frère|Abbé|Father|Sister|Brother)(?=\s+[A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý]))\s+")
# The title of the name after it, which a model cuts off or runs into the name before ("au Figaro Me | Paul
# Durand"): no name on its own nor a name's last word ("M." is, an initial: "Nahel M.").
TITLE_ONLY = re.compile("(?:" + either(t.rstrip(".") for t in TITLES if t != M) + r")\.?")
# Military ranks a model runs into the organisation before them: "Coast Guard Rear Adm. Shannon Gilreath".
RANKS = {"gen", "col", "adm", "rear", "vice", "lt", "maj", "capt", "sgt", "cpl", "cmdr", "brig"}
# ... and titles ("Lee County Sheriff Carmine Marceno"); not "King", which ends names (Stephen King).
TITLES_AFTER = {"sheriff", "chief", "mayor", "governor", "commissioner", "secretary", "minister", "spokesman",
                "spokeswoman", "spokesperson", "administrator", "ceo", "chairman", "chairwoman"}
TIME_WORDS = set(lexicon.WEEKDAYS_FR) | set(lexicon.WEEKDAYS_EN) | set(lexicon.MONTHS_FR) | {
    m for m in lexicon.MONTHS_EN if len(m) > 3} | {"hier", "demain", "matin", "soir", "yesterday", "today"}
# Sentence adverbs an English post opens with, no comma after them, that the model runs into the name that
# follows ("Meanwhile Cleveland Police said", "Separately Network Rail said"): never the start of a name. (Not
# "Today" nor "Tonight", which open programmes' names, nor "Still", "Now", "Yet", which may be names.)
GLUED_ADVERBS_EN = {"meanwhile", "however", "separately", "elsewhere", "earlier", "instead", "overall", "nonetheless",
                    "nevertheless", "afterwards", "moreover", "additionally", "similarly", "likewise", "subsequently",
                    "previously", "also", "again", "indeed", "otherwise"}
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
    "ville", "la ville",  # "la Ville" for the city's administration, as Quebec writes it
}
# A chamber's common noun alone ("à la Chambre", "l'Assemblée" for the body already known): not a name; but its
# full name is ("Chambre des communes"), so these only count as the whole span, unlike NOT_NAMES.
ALONE_NOT_NAMES = {"chambre", "assemblee"}
# Bodies of water keep their common noun: "la mer du Nord" is the sea's name, not "Nord".
WATER_HEADS = {"mer", "ocean", "golfe", "detroit", "baie", "lac"}
# Acronyms of common nouns, vehicles and devices: "riverside RV parks", "an SUV", "CCTV footage".
COMMON_ACRONYMS = {"rv", "rvs", "suv", "suvs", "atv", "atvs", "ev", "evs", "gps", "atm", "atms", "icu", "dna", "cctv",
                   "ppe", "ied", "ieds", "uav", "uavs", "mri", "cpr", "vtc", "vtt", "hlm", "ehpad", "smur", "samu"}
NOT_NAMES |= COMMON_ACRONYMS


# "province de Valence": a lowercase common noun, a particle, then the name.
# Only after a noun for a territory: "l'université d'État de Soumy" is not "État de Soumy".
OF_A_NAME = re.compile(r"^(?:province|région|region|ville|commune|préfecture|département|île|archipel|district|"
                       r"oblast|comté|canton|quartier|village|territoire|city|state|county)"
                       r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+)"
                       r"(?=[A-ZÀ-Ý])")
# ... and after any one lowercase word the model ran into the name: "appel de Mounia", "mayor of Baltimore".
LOWER_OF = re.compile(r"^[a-zà-ÿ][\w-]*\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+)(?=[A-ZÀ-Ý])")
ALNUM_NAME = re.compile(r"[A-Z]{1,4}\d{1,2}")  # TF1, M6, G7, M23: letters then a short number
ROLE_FIRST = {key(w).replace(" ", "-") for w in lexicon.ROLE_HEADS_FR} - {"general", "premier"} | {"premiere"}
# ("Ratu": the Fijian chiefly title, which a post writes before the name as "Sir".)
TITLES_EN = {key(w) for w in lexicon.ROLE_HEADS_EN} | {"prince", "princess", "sir", "dame", "lord", "lady", "ratu"}
# Titles of office and rank an English post puts before a name the model kept in it ("Councillor Brad
# Bradford", "Superintendent Nadia Brennan", a judge's "Justice Amara Obi"), and the letters after a name that are
# no part of it ("X KC").
TITLES_BEFORE_EN = {"councillor", "councilman", "councilwoman", "councilmember", "alderman", "superintendent",
                    "inspector", "detective", "lieutenant", "sergeant", "admiral", "justice"}
POST_NOMINALS = {"KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "TD", "OBE", "CBE", "MBE"}
# Prepositions of place that open a sentence and that the model runs into the name after them ("Outside Anfield
# this morning", "Near Tarbes"): what follows is where, not who.
PLACE_PREPOSITIONS_EN = {"Outside", "Inside", "Near", "Behind", "Beyond", "Across", "Around", "Along", "Opposite",
                         "Beside", "Towards", "Toward"}
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
DEMONYM = re.compile(r"(?:ais|ois|ien|ienne|ain|aine|een|eenne|aise|oise|ians|eans|ese|ique)s?$")
# ... and those with no usual ending ("un Kurde irakien", "les Turcs", "des Belges").
IRREGULAR_DEMONYMS = {"kurde", "turc", "turque", "arabe", "belge", "grec", "grecque", "basque", "tcheque", "slovaque",
                      "suisse", "serbe", "croate", "slovene", "allemand", "allemande", "afghan", "afghane", "ouzbek",
                      "kazakh", "tchetchene", "tamoul", "tamoule", "peul", "peule", "berbere", "druze", "copte"}
# Lowercase, or capitalised at the start of a sentence: "chez Les Républicains" is a party's name.
DETERMINER_BEFORE = re.compile(r"(?:\b(?:chaque|un|une|des|les|aux|ces|nos|vos|leurs|tous\s+les|the|many|some)|"
                               r"(?:^|[.!?»:«“\"]\s*)(?:Chaque|Des|Les|Ces|Nos|Tous\s+les|The|Many|Some))"
                               # "une jeune Kurde", "les autres Britanniques": an adjective between
                               r"(?:\s+(?:jeunes?|vieux|vieil|vieilles?|anciens?|anciennes?|autres?|deux|trois))?\s+$")
# The first word says what kind of thing a name is: "Hôpital Maisonneuve-Rosemont", "Saint-Benoît".
ORG_FIRST = {"hopital", "hospital", "universite", "university", "federation", "confederation", "syndicat",
             "journal", "parti", "party", "banque", "bank", "agence", "agency", "institut", "institute",
             "association", "comite", "committee", "compagnie", "groupe", "radio", "mouvement", "fondation",
             "foundation", "musee", "museum", "college",
             "chambre"}  # "Chambre des communes", "Chambre des représentants": a parliament
PLACE_FIRST = re.compile(r"^(?:Saint|Sainte|St\.?|Ste\.?|San|Santa|Fort|Port|Mount|Mont|Lake|Lac|Cape|Cap|Gulf|"
                         r"Golfe|Île|Ile|Isla|Pointe|Point|County|Co\.)(?:-|\s)[A-ZÀ-Ý]")
PLACE_LAST = {"county", "bay", "beach", "island", "islands", "key", "keys", "square", "chapel", "palace",
              "cathedral", "bridge", "river", "lake", "valley", "mountains", "coast", "strait", "peninsula",
              "canyon", "springs", "heights", "harbor", "harbour", "airport", "province", "district",
              # regions named by their landscape: "Hill Country", "Texas Panhandle", "Mississippi Delta"
              "country", "hills", "plains", "panhandle", "basin", "delta", "highlands", "lowlands",
              # a street, whatever the model saw: "Bourbon Street", "Latimer Road"
              "street", "avenue", "road", "boulevard"}
# (Two streets joined by "and" stay two: "Decatur Street and Esplanade Avenue".)
STREET_LAST = {"street", "avenue", "road", "boulevard"}
# Streets, squares and districts named by a Portuguese, Spanish or Italian common noun first: "Praça dos
# Restauradores", "Bairro Alto", "Plaza Mayor" (the model often reads them as a body or a person).
STREET_FIRST = re.compile(r"^(?:Praça|Praca|Rua|Avenida|Calçada|Calcada|Largo|Bairro|Plaza|Calle|Paseo|Piazza|"
                          r"Piazzale|Viale)\s+(?:(?:da|do|das|dos|de|del|della|dei|la|los|las)\s+)?[A-ZÀ-Ý]")
OPERATED_PLACES = {"airport", "harbor", "harbour"}
ORG_LAST = {"department", "agency", "ministry", "council", "committee", "party", "university", "hospital",
            "bank", "corporation", "foundation", "association", "institute", "inc", "ltd", "group", "guard",
            "fire", "rescue", "police", "service", "forces",  # "Cal Fire", "Capitol Police", "Secret Service"
            "networks", "board"}  # "Western and Northern Power Networks", "X and Y Health Board" (joined_names)
# Words for the people or parts of a company, and generic nouns for an organisation before its name.
# ("la direction générale de Stellantis", "le PDG de Carrefour": a company's head, not a town's)
ORG_OF_BEFORE = re.compile(r"\b(?:agents|salariés|employés|directoire|clients|actionnaires|filiale|usines?|"
                           r"direction\s+générale|conseil\s+d'administration|PDG|"
                           r"employees|customers|shareholders|subsidiary)\s+(?:de\s+|d'|of\s+)$", re.I)
ORG_NOUN_BEFORE = re.compile(r"\b(?:l'agence|le\s+syndicat|la\s+compagnie|le\s+groupe|l'entreprise|la\s+société|"
                             r"l'ONG|l'opérateur|le\s+gestionnaire|le\s+constructeur|"
                             # ... then the name itself, not a place after "de": "l'association Utopia 56", "la chaîne
                             # Kurdistan 24", a school ("la cité scolaire X", "du lycée X"; not "le lycée de Gisors",
                             # "la chaîne des Alpes")
                             r"(?:l'association|la\s+chaîne|(?:le|du|au)\s+(?:lycée|collège|groupe\s+scolaire)|"
                             r"(?:l'|de\s+l'|à\s+l')école|(?:la|de\s+la|à\s+la)\s+cité\s+scolaire)"
                             r"(?!\s+(?:de|du|des|d')\b)|"
                             # ("the state weather agency PAGASA", "the tracking site Flightradar24": modifiers first)
                             # ("the Berlin food delivery start-up Lieferfix": a town may open them.)
                             r"the\s+(?:(?-i:[A-Z][a-z][\w-]*)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:agency|company|firm|"
                             r"group|union|airline|broadcaster|carrier|charity|operator|manufacturer|insurer|"
                             r"site|website|tracker|forecaster|regulator|watchdog|start-?up|app|platform))"
                             r"(?:\s+(?-i:[a-zà-ÿ-]+)){0,2}\s+$", re.I)  # lowercase words only: not the name's own
# A company or a body named by its trade right before its name, or in apposition before it: "le fabricant
# d'emballages Oréval", "la laiterie Cœur de Bocage", "Le bailleur, Habitat Nord-Flandre,", "La faîtière des
# assureurs, prio.swiss,". One adjective and one "de" complement may follow the trade ("le bailleur social",
# "le fabricant de pièces automobiles"), never a verb ("L'entreprise a remercié X").
_TRADE = (r"(?:fabricant|laiterie|fromagerie|brasserie|bailleur|constructeur|équipementier|distributeur|transporteur|"
          r"assureur|industriel|sidérurgiste|chimiste|papetier|verrier|énergéticien|fournisseur|exploitant|promoteur|"
          r"producteur|organisateur|faîtière|coopérative|enseigne|firme|entreprise|société|groupe|start-up|"
          r"laboratoire|opérateur|gestionnaire|"
          r"opposition)"  # "L'opposition Ecolo parle d'« une décision brutale »": a party
          r"(?:\s+(?!(?:a|est|ont|avait|va|doit|se|qui|que|et|ou|en|à|au|aux|dans|sur|de|du|des|la|le|les)\s|[dl]['’])(?-i:[a-zà-ÿ][\w-]*))?"
          r"(?:\s+(?:d['’]|de\s+|des\s+|du\s+)(?:la\s+|l['’])?(?-i:[a-zà-ÿ][\w-]*)(?:\s+(?-i:[a-zà-ÿ][\w-]*))?)?")
TRADE_BEFORE = re.compile(r"(?<![\w-])(?:le|la|l'|l’|du|de\s+la|de\s+l'|de\s+l’|au|à\s+la|à\s+l'|à\s+l’|son|sa|leur)"
                          r"\s*" + _TRADE + r"\s*(?P<comma>,)?\s*$", re.I)
# ... and without its article, as a speaker's subject reads once the article is gone: "fabricant d'emballages ".
TRADE_KIND = re.compile(_TRADE + r"\s*,?\s*", re.I)
# The name itself after such a trade: capitalised words with their particles ("Cœur de Bocage"), or a web name in
# apposition ("prio.swiss").
TRADE_NAME = re.compile(r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|des)\s+|d['’])?[A-ZÀ-Ý][\w'’-]*){0,3})|"
                        r"(?-i:[a-z][\w-]+\.[a-z]{2,6}))(?=\s*[,.;:!?)]|\s+(?-i:[a-zà-ÿ]))")


TRADE_NAMED = re.compile(TRADE_BEFORE.pattern[:-1] + TRADE_NAME.pattern, re.I)


def trade_named_bodies(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Son producteur, Blue Fox Live, précise", "La faîtière des assureurs, prio.swiss, avait affirmé": the name
    after a company's or a body's trade is that body, even where the model saw nothing (not "le producteur Thomas
    Langmann": a known first name)."""
    for hit in TRADE_NAMED.finditer(text):
        start, end = hit.span("name")
        name = hit.group("name")
        if (hit.group("comma") and not re.match(r"\s*,", text[end:])) or name in gaz.by_alias or \
                name.split()[0] in given_first_names() or \
                key(name.split()[0]) in NOT_NAMES | TIME_WORDS or key(name) in NOT_NAMES or \
                any(m.start < end and start < m.end for m in mentions):
            continue  # (a word of a headline may end a name: "Blue Fox Live")
        mentions.append(Mention(start, end, name, "organisation", name))
    mentions.sort(key=lambda m: m.start)
    return mentions


def trade_before(text: str, start: int, end: int) -> bool:
    """Whether the words before a name give a company's or a body's trade ("le fabricant d'emballages Oréval",
    "Le bailleur, Habitat Nord-Flandre,"): set off by a comma, the name must close the apposition."""
    hit = TRADE_BEFORE.search(text[max(0, start - 70): start])
    return bool(hit) and (not hit.group("comma") or bool(re.match(r"\s*,", text[end:])))


# A short number that is part of a name ("Utopia 56", "Kurdistan 24"): one to three digits, no more after them
# ("Paris 2 000 manifestants" is a place and a figure).
NUMBER_TAIL = r"[ \u00a0]\d{1,3}(?![\w,.]?\d)(?![\s\u00a0\u202f]\d)"
# The name is its capitalised words and a closing "nationale" or number: "le syndicat Alliance Police nationale",
# "la chaîne Kurdistan 24".
ORG_NAME_AFTER_NOUN = re.compile(ORG_NOUN_BEFORE.pattern[:-1] + r"(?P<name>(?-i:[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)*"
                                 r"(?:\s+nationale?s?|\s+nationaux|" + NUMBER_TAIL + r")?))\b", re.I)
# "À Plougastel-Daoulas, ...": a sentence that opens on "à" and a name before a comma opens on a place.
# (the parts of a compound may be joined by lowercase particles: "Terre-Neuve-et-Labrador")
OPENING_PLACE = re.compile(r"(?:^|(?<=[.!?]\s))(?:À|Au|In|At)\s+((?-i:[A-ZÀ-Ý][\w'’]*(?:(?:-(?:et|de|du|des|la|le|les|"
                           r"sur|sous|en|lès))*[-\s][A-ZÀ-Ý][\w'’]*){0,3})),")
COUNTRY_ACRONYMS = {"RDC", "DRC", "RCA", "CAR", "EAU", "UAE", "USA", "UK", "RU"}
# A relative in apposition makes a person: "Mounia, la mère de Nahel", "la grand-mère de Nahel, Nadia,",
# "Sarah, his daughter", "his widow, Ann,".
# Every family word but "femme", also "a woman" ("la femme, Nadia," is none).
_KIN = kin.alternation(kin.words(but={"femme"}))
# (The family word is the group "kin": the possessive before it says nothing of the relative's gender.)
KIN_AFTER = re.compile(r"^,\s*(?:sa|son|la|le|leur|l'|his|her|their|the)\s*(?:propre\s+|own\s+)?(?P<kin>" + _KIN
                       + r")\b", re.I)
KIN_BEFORE = re.compile(r"\b(?:sa|son|la|le|leur|l'|his|her|their|the)\s*(?P<kin>" + _KIN + ")" +
                        r"(?:\s+(?:de\s+|d'|of\s+)(?-i:[A-ZÀ-Ý][\w'-]*)(?:\s+(?-i:[A-ZÀ-Ý])[\w.'-]*)?)?,\s*$", re.I)
AGE_AFTER = re.compile(r"^,\s*\d{1,3}(?:\s*ans\b|,)")  # "Yvonne, 78 ans,", "Maria, 64, said"
ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}")
# An acronym that may head a speaking subject though the model saw nothing in it: "The RSPB said", "NHS Scotland a
# prévenu" (plain capitals, at least three).
SPEAKING_ACRONYM = re.compile(r"[A-Z]{3,6}")
# The social network: "a écrit sur X", "posted on X", "Sur X, elle a dénoncé"
SOCIAL_X = re.compile(r"\b(?:[sS]ur|[oO]n|[vV]ia)\s+X(?![\w-])")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    canonical: str
    listed: bool = False  # found in the built-in or the newsroom's list, not by the model


GENERIC_HEADS = PLACE_LAST | ORG_LAST | ORG_FIRST | {
    "gulf", "golfe", "sea", "mer", "republic", "republique", "kingdom", "royaume", "strait", "detroit", "isle",
    "ile", "iles", "cape", "cap", "port", "mount", "mont", "lac", "palais", "banque", "city", "ville", "corps",
    "court", "cour", "tribunal", "embassy", "ambassade", "consulate", "consulat", "centre", "center", "times",
    "post", "museum", "universite", "archbishop", "mayor", "governor"}
HEAD_OF = re.compile(r"[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des)\s+")
# ... and a body's generic first word, then lowercase words: "Association des maires de", "Syndicat national des".
ORG_HEAD_OF = re.compile(r"[A-ZÀ-Ý][\w'-]*(?:\s+[\w'-]+)*\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des)\s+")
GENERIC_BODY = {"ministry", "ministere", "health", "government", "army", "police", "forces", "military",
                "authorities", "council", "city", "state", "defence", "defense", "interior", "foreign", "mayor",
                "governor", "president", "prime", "minister", "region", "regional", "oblast"}



# English demonyms used as adjectives, before a noun for people: "a large Gujarati community", "Nepali nationals"
# (not "Delhi police" or "Bali families": a place's own ending and the noun both have to say so).
EN_DEMONYM = re.compile(r"(?:ati|ani|eli|aqi|iti|ese|ian|ish)$")
PEOPLE_AFTER = re.compile(r"\s+(?:communit(?:y|ies)|nationals|citizens|descent|origin|diaspora|heritage|minority|"
                          r"migrants|pilgrims|expatriates|expats|speakers|language)\b")


def not_a_name(text: str, m: Mention) -> bool:
    """A demonym ("chaque Réunionnais", "les Ukrainiens"), a portfolio ("le ministre des Outre-mer",
    "Transportation Secretary") or a thing ("the Dali", a ship: no person is "the X")."""
    before = text[max(0, m.start - 40): m.start]
    after = text[m.end: m.end + 12]
    if PORTFOLIO_BEFORE.search(before):
        return True
    if re.search(r"\bchefs?\s+de\s+l['’]$", before) and key(m.text.split()[0]) == "etat":
        return True  # "le chef de l'État de la Ve République": a role, not a place
    if re.fullmatch(r"(?:[IVX]+e|[A-ZÀ-Ý][a-zà-ÿ]+ième|Première)\s+République", m.text):
        return True  # "sous la Ve République": a regime, not a body
    if m.type != "person" and (" " not in m.text or m.type == "organisation") and \
            re.match(r"\s+(?:Secretary|Minister)\b(?![-\s]General)", after):
        return True  # "Transportation Secretary", "Homeland Security Secretary Kristi Noem": a portfolio
    if m.type == "person" and " " not in m.text and re.search(r"\b[Tt]he\s+(?:[\w]+-[a-z]+\s+)?$", before):
        return True
    if m.type == "person" or " " in m.text:
        return False
    if EN_DEMONYM.search(m.text) and PEOPLE_AFTER.match(text[m.end:]):
        return True  # "a large Gujarati community", "Nepali nationals": an adjective of people, not the place
    demonym = DEMONYM.search(key(m.text)) or key(m.text).rstrip("s") in IRREGULAR_DEMONYMS
    return bool(demonym and DETERMINER_BEFORE.search(before))


# A title won, not the place: "champion d'Europe", "les championnes du monde", "sacré champion de France".
CHAMPION_OF = re.compile(r"\bchampion(?:ne)?s?\s+(?:d['’]|de\s+|du\s+)$", re.I)


def champion_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the place of a sports title ("Le club est champion d'Europe"), listed or not."""
    return [m for m in mentions if m.type != "place" or not CHAMPION_OF.search(text[max(0, m.start - 20): m.start])]


# "président des Républicains", "la patronne des Écologistes": a party named by a plural, after who heads it.
PARTY_HEAD_BEFORE = re.compile(r"\b(?:président|patron|chef|secrétaire\s+générale?|porte-parole|fondat(?:eur|rice)|"
                               r"dirigeant)(?:e|ne)?s?\s+des\s+$", re.I)


def parties_after_their_head(text: str, mentions: list[Mention]) -> None:
    """ "Bruno Retailleau, président des Républicains": the model's organisation after "des" and who heads it
    is the party, with its article ("Les Républicains"), not a demonym."""
    for m in mentions:
        if m.type == "organisation" and not m.listed and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+s", m.text) and \
                PARTY_HEAD_BEFORE.search(text[max(0, m.start - 40): m.start]):
            m.canonical, m.listed = "Les " + m.text, True


# A name that speaks: "Enedis a prévenu", "selon Hydro-Québec,", "a indiqué le Louvre.", "according to
# OceanGate". Places do not speak; a listed place that does ("Moscou a dénoncé") keeps its type, since
# type_by_form never sees listed names.
# (an apposition may stand between: "OceanGate, the company that operates the submersible, said")
_SPEAKS_AFTER = [re.compile(r"\s*(?:,\s*(?:l'|l’|(?:le|la|les|un|une|the|an?|its)\s)[^,;:.!?«»\"“”]{2,60},\s*)?"
                            + p.pattern, re.I)
                 for p in (speech.FR_COMPOUND, speech.FR_REFLEXIVE, speech.FR_SIMPLE, speech.EN_VERB)]
_SPEAKS_BEFORE = [re.compile(p.pattern + r"\s+(?:(?:l'|l’|le\s|la\s|les\s|the\s)\s*)?$", re.I)
                  for p in (speech.FR_COMPOUND, speech.FR_REFLEXIVE, speech.FR_SIMPLE, speech.EN_VERB)]
# Where a sentence or a clause opens, and with it the subject of a verb.
_CLAUSE_OPENS = r"(?:^|[.!?»:;]\s+)"
_SOURCE_BEFORE = re.compile(r"(?:\bselon|\bd'après|\bd’après|\baccording\s+to)\s+(?:(?:l'|l’|le\s|la\s|les\s|"
                            r"the\s)\s*)?$", re.I)


def speaks(text: str, m: Mention) -> bool:
    """Whether the name is who speaks: the subject of a speech verb, inverted after it, or a source."""
    before, after = text[max(0, m.start - 60): m.start], text[m.end: m.end + 120]
    if _SOURCE_BEFORE.search(before):
        return bool(re.match(r"\s*(?:[,.;:]|$)", after))
    if any(p.search(before) for p in _SPEAKS_BEFORE):
        # ("a fait savoir le Quai d'Orsay avant son départ": when, after the name, too.)
        return bool(re.match(r"\s*(?:[,.;:!?]|$|dans\b|in\b|on\b|sur\b|à\b|lors\b|avant\b|après\b)", after))
    # ... and heads its subject ("Enedis a prévenu"; not "la présidente de la région Île-de-France a dit"). Opening
    # a sentence, a capitalised article goes only with a name whose last word is a lowercase adjective ("Le Stade
    # lavallois a répondu"), not with a lone one ("La Charente poursuit sa montée").
    article = r"l'|l’|le\s|la\s|les\s|the\s" if _LOWER_LAST.search(m.text) else r"(?-i:l'|l’|le\s|la\s|les\s|the\s)"
    return bool(re.search(rf"(?:{_CLAUSE_OPENS}|,\s*)(?:(?i:{article})\s*)?$", before)) and _speech_after(text, m.end)


def _speech_after(text: str, end: int) -> bool:
    """Whether a speech verb follows a name that ends at `end`, an apposition perhaps between."""
    # (Not a verb that reports only inverted: "Nouvelle alerte rouge" is no body that warns.)
    return any((m := p.match(text[end: end + 120])) and
               (m.groupdict().get("verb") or "").lower() not in lexicon.SPEECH_FR_INVERTED for p in _SPEAKS_AFTER)


# A capitalised head and a lowercase adjective: "Stade lavallois", "Secours populaire".
_LOWER_LAST = re.compile(r"^[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s+[a-zà-ÿ][\w-]+$")


# Places and buildings named after a person: "avenue Jean Jaurès", "the John Radcliffe hospital" is not.
NAMED_AFTER_PERSON = re.compile(r"(?:rue|avenue|boulevard|place|quai|allée|lycée|collège|école|hôpital|gare|stade|"
                                r"aéroport|pont|tunnel|viaduc|parc|jardin|centre|court|salle|piscine|gymnase|théâtre|musée|esplanade|"
                                r"vélodrome|"
                                r"street|road|square|school|college|airport|stadium|bridge|center)\s+$", re.I)


def named_venue(text: str, start: int) -> bool:
    """The name at `start` follows a place word and its article ("la rue Jean-Jaurès", "dans le tunnel
    Léopold II"): a place named after someone, not the person."""
    venue = NAMED_AFTER_PERSON.search(text[max(0, start - 20): start])
    return bool(venue) and bool(re.search(r"(?<![\w-])(?:le|la|l['’]|du|au|the)\s*$",
                                          text[max(0, start - 40): start - len(venue.group(0))], re.I))


# A title of nobility, then the territory it is named after.
TITLE_OF_PLACE = re.compile(r"\b(?:prince|princesse|duc|duchesse|comte|comtesse|marquis|marquise|grand-duc|"
                            r"grande-duchesse|princess|duke|duchess|earl|countess|marquess)s?\s+(?:de\s+|d['’]|of\s+)$",
                            re.I)

# A place word, then the place's name: "his seat of Carleton", "the town of Ennis", "la commune de Vertou".
PLACE_OF = re.compile(r"\b(?:seat|riding|constituency|electorate|town|city|village|county|district|borough|suburb|"
                      r"circonscription|commune|ville)\s+(?:of\s+|de\s+|d['’])$", re.I)


def type_by_form(text: str, m: Mention) -> str:
    """The type the words of a name or those right after it decide, else the model's."""
    words = m.text.split()
    first, last = key(words[0]).split()[0], key(words[-1])
    if first in ORG_FIRST:
        return "organisation"  # "Hôpital Maisonneuve-Rosemont", "Radio-Canada", "Journal du Dimanche"
    if len(words) > 1 and last in OPERATED_PLACES and speaks(text, m):
        return "organisation"  # "Dublin Airport said": an airport that speaks is the body that runs it
    if (PLACE_FIRST.match(m.text) and m.type == "person") or (len(words) > 1 and last in PLACE_LAST) or \
            STREET_FIRST.match(m.text):
        return "place"  # "Saint-Benoît", "St. Lucie County", "Siesta Key" (not the company Saint-Gobain)
    if len(words) > 1 and last in ORG_LAST:
        return "organisation"
    if m.type == "person" and " " not in m.text and TITLE_OF_PLACE.search(text[max(0, m.start - 30): m.start]):
        return "place"  # "le prince de Galles", "the Duke of Edinburgh": the title's territory, not a person
    if m.type == "person" and " " not in m.text and PLACE_OF.search(text[max(0, m.start - 30): m.start]):
        return "place"  # "his own seat of Carleton": a place the model took for a surname
    if m.type == "person" and named_venue(text, m.start):
        return "place"  # "au micro du court Philippe-Chatrier", "la rue Jean-Jaurès": a place named after someone
    after = text[m.end: m.end + 20]
    if re.match(r"\s+(?:Mayor|Governor|Sheriff|County)\b", after):
        return "place"  # "Baltimore Mayor Brandon Scott"
    if trade_before(text, m.start, m.end) and words[0] not in given_first_names():
        return "organisation"  # "le fabricant d'emballages Oréval" (not "le producteur Thomas Langmann")
    if ORG_OF_BEFORE.search(text[max(0, m.start - 40): m.start]) or ORG_NOUN_BEFORE.search(
            text[max(0, m.start - 40): m.start]) or re.match(r"'s\s+(?:employees|customers|shareholders|"
                                                             r"shares|chief\s+executive|ceo)\b", after):
        return "organisation"  # "les agents d'Enedis", "l'agence météorologique Aemet", "Ryanair's customers"
    if m.type == "place" and (ACRONYM.fullmatch(m.text) or ALNUM_NAME.fullmatch(m.text)
                              or re.fullmatch(r"[A-ZÀ-Ý]{1,4}(?:-[A-ZÀ-Ý]{1,4})+", m.text)) and \
            m.text not in COUNTRY_ACRONYMS:
        return "organisation"  # "la CSQ", "la N-VA": an acronym no list holds is an organisation, not a place
    if m.type == "place" and len(re.split(r"[-\s]", m.text)) > 1 and any(
            re.fullmatch(r"[A-ZÀ-Ý]{3,6}", p) and p not in COUNTRY_ACRONYMS for p in re.split(r"[-\s]", m.text)):
        return "organisation"  # "Snes-FSU", "CROSS Gris-Nez": an acronym in a compound names a body, not a place
    if AGE_AFTER.match(text[m.end:]):
        return "person"  # "Yvonne, 78 ans", "Alejandro Hernandez Fuentes, 35,": an age makes a person
    if len(words) <= 3 and (KIN_AFTER.match(text[m.end:]) or (
            KIN_BEFORE.search(text[max(0, m.start - 60): m.start]) and re.match(r"\s*[,)]", text[m.end:]))):
        return "person"  # "Mounia, la mère de Nahel": a relative is a person
    # ("Les Britanniques ont dit" is a people; "Le Stade lavallois a répondu", its demonym a lowercase adjective
    # after a capitalised head, a club.)
    if m.type == "place" and speaks(text, m) and not PLACE_FIRST.match(m.text) and \
            not (DEMONYM.search(key(m.text)) and not _LOWER_LAST.search(m.text)) and words[0] not in FIRST_NAMES:
        return "organisation"  # "Selon Hydro-Québec, ...", "Enedis a prévenu que": a place does not speak
    if m.type != "person" and 2 <= len(words) <= 3 and words[0] in FIRST_NAMES and \
            all(re.fullmatch(r"[A-ZÀ-Ý][\w'-]+", w) for w in words[1:]) and \
            not NAMED_AFTER_PERSON.search(text[max(0, m.start - 20): m.start]):
        return "person"  # "Kimberly Cheatle" the model called an organisation: a known first name
    return m.type


def without_storms(text: str, mentions: list[Mention], context: BlogContext | None,
                    people_seen: set[str]) -> list[Mention]:
    """Drop the names of storms: named as such in this post or earlier in the blog, or by their words."""
    storms = {m.group(1) for m in STORM_NAMED.finditer(text)}
    # A named wildfire is an event too: "the Palisades Fire", always with its article; an agency
    # ("Cal Fire said") goes without one, and a fire service is followed by what it is.
    mentions = [m for m in mentions if m.listed or not re.search(r"\sFires?$", m.text)
                or not re.search(r"\bthe\s+$", text[:m.start], flags=re.I)
                or re.match(r"\s+(?:Department|Dept|Chief|Station|Service|Captain|Authority|Brigade)\b",
                            text[m.end:])]
    storms |= set(seen_names(context, "event"))
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
    """The first letters of a name's words, particles aside, as `key` compares them: "cnam" of "Caisse nationale
    d'assurance maladie"."""
    words = [w for w in re.split(r"[\s'-]+", name) if w and key(w) not in PARTICLES | {"l", "d"}]
    return key("".join(w[0] for w in words).upper())


# Prepositions an acronym may leave out: "Rassemblement pour la protection des peuples ... (RPPRAC)".
_SKIPPED_PREPOSITIONS = {"pour", "sur", "contre", "en", "a", "au", "aux", "for", "on", "in", "to"}


def _initials_of(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of the initials of `name` (its prepositions with or without them), in their
    order or, from three letters, in another one: the English order of a translated name ("ESA" of "Agence
    spatiale européenne")."""
    letters = key(acronym)
    bare = " ".join(w for w in re.split(r"[\s'’]+", name) if key(w) not in _SKIPPED_PREPOSITIONS)
    return any(initials == letters or (len(letters) >= 3 and sorted(initials) == sorted(letters))
               for initials in {_initials(name), _initials(bare)})


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is a shortening of `name` by initials: "FAE" of "Fédération autonome de
    l'enseignement", "NIE Networks" of "Northern Ireland Electricity Networks" (initials, then the
    name's own last words)."""
    words, long = short.split(), name.split()
    if not ACRONYM.fullmatch(words[0]) or len(long) <= len(words):
        return False
    rest = len(words) - 1
    if rest and [key(w) for w in long[-rest:]] != [key(w) for w in words[1:]]:
        return False
    return _initials_of(words[0], " ".join(long[: len(long) - rest]))


def _expansion(short: str, names: list[str]) -> str | None:
    """The latest of `names` that `short` abbreviates ("PSA" of "Port Safety Authority"), or None."""
    return next((n for n in reversed(names) if abbreviates(short, n)), None)


def _named_bodies(context: BlogContext | None, min_words: int) -> list[str]:
    """The organisations the blog named, of `min_words` words or more: the names an acronym may stand for."""
    return [c for c in seen_names(context, "organisation") if len(c.split()) >= min_words]


# An acronym in brackets, in capitals or capitalised ("(BMPM)", "(Ofpra)"), and the words of a name before it.
BRACKET_ACRONYM = re.compile(r"\(\s*(?P<acr>[A-ZÀ-Ý](?:[A-ZÀ-Ý]{1,7}|[a-zà-ÿ]{2,7}))\s*\)")
_NAME_WORD = re.compile(r"(?:^|(?<=[\s'’]))[\w-]+")


def bracketed_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "le Bataillon de marins-pompiers de Marseille (BMPM)", "l'Office français de protection des réfugiés
    et apatrides (Ofpra)": the name before the brackets is the one whose words (hyphenated parts too,
    particles aside) give the acronym's letters, however the model cut it ("Bataillon", "Marseille"). It
    is one organisation, and the acronym, there and later in the post ("le BMPM"), is the same."""
    for hit in BRACKET_ACRONYM.finditer(text):
        acronym = hit.group("acr")
        end = len(text[: hit.start()].rstrip())
        window = text[max(0, end - 160): end]
        cut = max(window.rfind(c) for c in ".,;:!?«»()\"“”")  # the name stays within its clause
        words = [w for w in _NAME_WORD.finditer(window) if w.start() > cut]
        start = None
        for w in reversed(words):
            if w.group(0)[0].isupper() and _initials_of(acronym, window[w.start():]):
                start = end - len(window) + w.start()
                break
        if start is None or " " not in text[start:end] and "'" not in text[start:end]:
            continue
        name = text[start:end]
        same = next((m for m in mentions if m.start == start and m.end == end), None)
        if same is not None and same.listed:
            type_, canonical = same.type, same.canonical
        else:
            type_ = "place" if acronym in COUNTRY_ACRONYMS else "organisation"
            canonical = name
        mentions = [m for m in mentions if not (m.start < end and start < m.end)]
        mentions.append(Mention(start, end, name, type_, canonical, listed=True))
        for use in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
            for m in [m for m in mentions if m.start < use.end() and use.start() < m.end]:
                mentions.remove(m)
            mentions.append(Mention(use.start(), use.end(), acronym, type_, canonical, listed=True))
    mentions.sort(key=lambda m: m.start)
    return mentions


# A capitalised article inside a sentence ("député La France insoumise", "À gauche, La France ..."): the
# country takes a lowercase one there, so the article is a name's own.
_NAME_ARTICLE = re.compile(r"(?<=[\w,] )(?:La|Le|Les) $|(?<=[\w,] )L['’]$")
_ADJECTIVE_OF = re.compile(r" [a-zà-ÿ]+ (?:de |du |d['’])")
_NOUN_ADJECTIVE = re.compile(r"(?<![\w-])(?P<noun>[A-ZÀ-Ý][a-zà-ÿ]+)\s+(?P<adj>[a-zà-ÿ]+)\s+$")


def names_around_places(text: str, mentions: list[Mention], pos: dict[int, str]) -> list[Mention]:
    """A listed place inside a body's name is not the place: "La France insoumise" (a capitalised article
    inside a sentence, the place, an adjective), "Santé publique France" (a noun, an adjective, the place),
    "le Grand Port maritime de Bordeaux a estimé" (a name, an adjective and "de" a place, listed or not, that
    speaks).
    `pos` is the part of speech of the words by their offset."""
    for p in [m for m in mentions if m.type == "place"]:
        if p not in mentions:
            continue
        start = end = None
        article = _NAME_ARTICLE.search(text[max(0, p.start - 6): p.start])
        after = re.match(r" ([a-zà-ÿ]+)(?![\w'’-])", text[p.end:])
        if p.listed and article and after and pos.get(p.end + 1) == "ADJ":
            start, end = p.start - len(article.group(0)), p.end + after.end()
        lead = _NOUN_ADJECTIVE.search(text[max(0, p.start - 40): p.start])
        if p.listed and lead and start is None:
            noun_at = p.start - len(lead.group(0))
            adj_at = noun_at + lead.start("adj") - lead.start("noun")
            if pos.get(noun_at) in {"NOUN", "PROPN"} and pos.get(adj_at) == "ADJ" and \
                    key(lead.group("noun")) not in TIME_WORDS | ROLE_FIRST | TITLES_EN and \
                    not any(m.start <= noun_at < m.end for m in mentions):
                start, end = noun_at, p.end
        # ("Le Grand Port maritime de Marseille a estimé": a name the model cut before an adjective, which
        # speaks.)
        cut = next((m for m in mentions if m.end < p.start and m.type != "person" and not m.listed
                    and _ADJECTIVE_OF.fullmatch(text[m.end: p.start])), None)
        if cut and start is None and pos.get(cut.end + 1) == "ADJ" and (
                speaks(text, Mention(cut.start, p.end, text[cut.start:p.end], "organisation", ""))
                or (re.search(r"(?:^|[.!?»]\s+)(?:Le|La|Les)\s+$|(?:^|[.!?»]\s+)L['’]$", text[:cut.start])
                    and any(v.match(text[p.end:]) for v in _SPEAKS_AFTER))):
            # (its article may open the sentence: "Le Grand Port maritime de Marseille a estimé")
            start, end = cut.start, p.end
        if start is None:
            continue
        name = text[start:end]
        mentions = [m for m in mentions if not (m.start < end and start < m.end)]
        mentions.append(Mention(start, end, name, "organisation", name))
    mentions.sort(key=lambda m: m.start)
    return mentions


# Right after a name, its acronym in brackets, perhaps with the name's own last words: "(FAE)", "(NIE Networks)".
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(" + ACRONYM.pattern + r"(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*\)")


def resolve_acronyms(text: str, mentions: list[Mention], context: BlogContext | None) -> None:
    """ "Fédération autonome de l'enseignement (FAE)": the acronym is the same organisation, in this post
    and, when its initials give it back, in the blog's later posts ("la FAE", "NIE Networks")."""
    full: dict[str, Mention] = {}
    for m in mentions:
        after = _ACRONYM_AFTER.match(text[m.end:])
        if after and len(m.text.split()) > 1 and (ACRONYM.fullmatch(after.group(1)) or
                                                   abbreviates(after.group(1), m.text)):
            full[after.group(1)] = m
    earlier = _named_bodies(context, 2)
    for m in mentions:
        words = m.text.split()
        # Only a name that goes on with a name: "Front commun" is not "Front commun intersyndical".
        longer = next((c for c in reversed(earlier) if len(words) > 1 and re.match(
            re.escape(m.text) + r"\s+(?:of|de|du|des|de\s+la|d')\s*[A-ZÀ-Ý]", c)), None)
        if not m.listed and longer and m.type != "place":
            m.canonical, m.type = longer, "organisation"  # "the Army Corps" after "the Army Corps of Engineers"
            continue
        if m.text in full and not m.listed:
            m.canonical, m.type = full[m.text].canonical, full[m.text].type
            continue
        if m.listed:
            continue
        if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,6}", m.text) and m.type != "person":
            # "la Cnam" after "la Caisse nationale d'assurance maladie (Cnam)": a capitalised acronym, by
            # the initials of a longer name, in their order.
            match = next((c for c in reversed(earlier) if len(c.split()) >= 3 and _initials(c) == key(m.text)), None)
        elif ACRONYM.fullmatch(m.text.split()[0]):
            # ... or of a body this post named before it, without brackets ("the Port Safety Authority said ...
            # PSA said").
            before = [b.canonical for b in mentions if b.end <= m.start and b.type == "organisation"]
            match = _expansion(m.text, earlier + before)
        else:
            continue
        if match:
            m.canonical, m.type = match, "organisation"


# The generic end of a company's name that posts drop once it is named: "Alaska Airlines" then "Alaska said".
COMPANY_TAIL = {"airlines", "airways", "air lines", "motors", "corporation", "corp", "inc", "holdings", "company"}
_WHERE_BEFORE = re.compile(r"\b(?:in|to|from|at|into|over|across|of|near|en|à|au|aux|dans|vers|de|du|d')\s+$", re.I)


def shortened_companies(text: str, mentions: list[Mention], context: BlogContext | None) -> None:
    """ "United said" after "United Airlines": a company's name without its generic end is the company,
    in the post or the blog's later posts (not "flights to Alaska", a place)."""
    named = [m.canonical for m in mentions if m.type == "organisation"] + \
        seen_names(context, "organisation")
    for m in mentions:
        if m.listed or m.type == "person" or " " in m.text or _WHERE_BEFORE.search(text[max(0, m.start - 10): m.start]):
            continue
        full = next((c for c in reversed(named) if c.startswith(m.text + " ")
                     and key(c[len(m.text) + 1:]) in COMPANY_TAIL), None)
        if full:
            m.canonical, m.type = full, "organisation"


# A word in capitals between numbers or after a model number is part of a product's name: "Boeing 737 MAX 9",
# "its 79 MAX 9 jets", "the A320 NEO" (not an organisation; "65 Boeing 737-9 aircraft" keeps its maker).
def product_models(text: str, mentions: list[Mention]) -> list[Mention]:
    def model(m: Mention) -> bool:
        before, after = text[max(0, m.start - 30): m.start], text[m.end: m.end + 5]
        return " " not in m.text and m.text.isupper() and bool(
            (re.search(r"(?<![\w-])\d[\w-]*\s+$", before) and re.match(r"[\s-]+\d", after))
            or re.search(r"(?<![\w-])(?:\d{3,}|[A-Z]\d{2,})[\w-]*\s+$", before))
    return [m for m in mentions if m.listed or not model(m)]


def earlier_acronyms(text: str, mentions: list[Mention], context: BlogContext | None) -> list[Mention]:
    """ "président du RPPRAC" a post after "le Rassemblement pour la protection des peuples et des ressources
    afro-caribéens (RPPRAC)": an acronym the model does not see, by the initials of a body the blog named."""
    earlier = _named_bodies(context, 3)
    for hit in re.finditer(r"(?<![\w-])[A-ZÀ-Ý]{3,8}(?![\w-])", text):
        if earlier and not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            match = _expansion(hit.group(0), earlier)
            if match:
                mentions.append(Mention(hit.start(), hit.end(), hit.group(0), "organisation", match))
    mentions.sort(key=lambda m: m.start)
    return mentions


# "le DC-10 d'UTA", "un A320 de SAS": an acronym after a vehicle's model is its operator or maker.
OPERATOR_OF_MODEL = re.compile(r"(?<![\w-])[A-Z]{1,3}-?\d{1,4}[\w-]*\s+(?:d['’]|de\s+)(?P<acr>" + ACRONYM.pattern +
                               r")(?![\w-])")


def model_operators(text: str, mentions: list[Mention]) -> list[Mention]:
    """The company an acronym after a vehicle's model names, which the model does not see: "le DC-10 d'UTA"."""
    for hit in OPERATOR_OF_MODEL.finditer(text):
        start, end = hit.span("acr")
        if hit.group("acr") not in COUNTRY_ACRONYMS and not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, hit.group("acr"), "organisation", hit.group("acr")))
    mentions.sort(key=lambda m: m.start)
    return mentions


# What a body is, in apposition after its name: "Marseille Habitat, propriétaire du numéro 63," (an owner or
# operator of a building, a network, a site).
BODY_APPOSITION = re.compile(r"\s*,\s*(?:(?:l'|le\s|la\s|un\s|une\s|the\s|an?\s)\s*)?(?:propriétaire|bailleur|"
                             r"gestionnaire|filiale|exploitant|opérateur|promoteur|société|entreprise|organisme|"
                             r"owner|operator|landlord|subsidiary|company|firm)\b", re.I)


def place_led_bodies(mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
    """ "Marseille Habitat, propriétaire du numéro 63, a assuré": a listed place that is no first name, then a
    word, in apposition to what owns or runs something, is a body the model took for a person."""
    for m in mentions:
        words = m.text.split()
        if m.type == "person" and not m.listed and len(words) == 2 and words[0] not in FIRST_NAMES and \
                gaz.by_alias.get(words[0], ("", ""))[1] == "place" and BODY_APPOSITION.match(text[m.end:]):
            m.type = "organisation"


# Who runs a place, after its name: "Heathrow chief executive Thomas Woldbye", "Gatwick's spokesman".
OPERATOR_AFTER = re.compile(r"(?:'s)?\s+(?:chief\s+executive|chief\s+operating\s+officer|ceo|boss|chairman|"
                            r"chairwoman|spokesman|spokeswoman|spokesperson|management|operator)\b", re.I)


def operated_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """ "Heathrow said it would stay closed": a listed airport or port named alone (one of its aliases ends with
    "Airport", "Harbour") that speaks, or before who runs it, is the company that runs it; "flights to Heathrow"
    stays the place."""
    for m in mentions:
        if m.listed and m.type == "place" and m.canonical in gaz.operated and \
                (speaks(text, m) or OPERATOR_AFTER.match(text[m.end:])):
            m.type = "organisation"


def social_x(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "a écrit sur X", "posted on X": the social network, which no model knows by its one letter."""
    for hit in SOCIAL_X.finditer(text):
        start = hit.end() - 1
        if not any(m.start <= start < m.end for m in mentions):
            mentions.append(Mention(start, start + 1, "X", "organisation", "X", listed=True))
    mentions.sort(key=lambda m: m.start)
    return mentions


# Less the first names that are also a city or an adjective of names ("Christian Democrats").
FIRST_NAMES = (lexicon.FIRST_NAMES_F | lexicon.FIRST_NAMES_M) - {"Christian", "Florence"}


@cache
def given_first_names() -> frozenset[str]:
    """Ours and the long list's (`given_names.name_words`), less the words that open a place's name ("San",
    "Santa"): what makes a capitalised pair the model missed a person (listed names are left out where used)."""
    return frozenset(FIRST_NAMES | {n for n in name_words() if not PLACE_FIRST.match(n + " X")})


def _given_name(word: str) -> bool:
    """A known first name, or a compound of them: "Marc-Antoine", "Marie-Claire"."""
    parts = word.split("-")
    return word in given_first_names() or len(parts) > 1 and all(p in given_first_names() for p in parts)


FIRST_NAME_PERSON = re.compile(r"(?<![\w-])(?P<first>[A-ZÀ-Ý][\w-]+)\s+(?P<last>(?:(?:Le|La|De|Van|Von|Du|Da|Di|El|Al|"
                               r"des|de|van|von|da|di)\s+)?[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)?)")


def _first_name_hits(text: str, mentions: list[Mention]) -> list[re.Match]:
    """The capitalised runs that may open with a first name; where a run opens with the end of a place or a
    body the model saw ("La députée de la Gironde Sandrine Roux"), or with the complement of a role that is no
    first name ("le conseiller d'État Pierre-Alain Roux"), the run after it too."""
    hits, pos = [], 0
    while hit := FIRST_NAME_PERSON.search(text, pos):
        hits.append(hit)
        ends_name = any(m.type != "person" and m.end == hit.end("first") for m in mentions)
        pos = hit.start("last") if ends_name or _role_complement(text, hit) else hit.end()
    return hits


def _role_complement(text: str, hit: re.Match) -> bool:
    """Whether a capitalised run opens with a word that is no first name after "de"/"d'" (the complement of a
    role before the name: "secrétaire d'État Marc Roux"), not with a name's first word ("the Song Contest")."""
    return not _given_name(hit.group("first")) and \
        bool(re.search(r"(?<![\w-])(?:d['’]|de\s+|du\s+|des\s+)$", text[max(0, hit.start() - 4): hit.start()]))


def first_name_people(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Marine Le Pen", "Recep Tayyip Erdogan" the model missed (or called a work or an event): a
    known first name (`lexicon.FIRST_NAMES_F`/`_M`, not also a listed name) and capitalised words."""
    for hit in _first_name_hits(text, mentions):
        first, last = hit.group("first"), hit.group("last")
        start, end = hit.span()
        overlap = [m for m in mentions if m.start < end and start < m.end]
        # "Marc-Antoine" read as a person without "Dutreil": the first name alone, which the whole name replaces.
        cut = [m for m in overlap if m.type == "person" and not m.listed and (m.start, m.end) == hit.span("first")]
        if not _given_name(first) or first in gaz.by_alias or overlap != cut or named_venue(text, start):
            continue
        if any(key(w) in NOT_NAMES | TIME_WORDS | PARTICLES for w in last.split()[-1:]) or last in gaz.by_alias:
            continue
        for m in cut:
            mentions.remove(m)
        mentions.append(Mention(start, end, hit.group(0), "person", hit.group(0)))
    mentions.sort(key=lambda m: m.start)
    return mentions


# A verb that opens a sentence or a quotation, capitalised there: an imperative before its object or "de"
# ("« Arrêtez de casser", "Regardez la vidéo") or a participle before its complement ("Juchée sur un
# camion, elle", "Interrogé par franceinfo, il"). Not "Sánchez a dit" nor "Chloé, 16 ans".
_OPENS = r"(?:^|(?<=\n)|(?<=[.!?…]\s)|(?<=[«\"“]\s)|(?<=[«\"“]))"  # (a paragraph's start too)
# The participles in -uit, -is, -int, -ert ("Reconduite à Bercy, la ministre", "Contraint par", "Ouverte
# depuis"), which first names also end in ("Louise", "Albert"): those are kept when they are given names.
_OTHER_PARTICIPLE = r"uite?s?|ise?s?|inte?s?|erte?s?"
OPENING_VERB = re.compile(_OPENS + r"(?:(?P<imp>[A-ZÀ-Ý][a-zà-ÿ]+(?:ez|ons))\s+(?:(?:de|d')\s*[a-zà-ÿ]|"
                          r"(?:la|le|les|l'|un|une|des|vos|nos|votre|notre|ce|ces|ça|cela|pas|tout|tous|moi|nous|vous|y|en|chez)\s)|"
                          r"(?P<part>[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|ues?|u|" + _OTHER_PARTICIPLE + r"))"
                          r"\s+(?:sur|par|dans|devant|derrière|à|au|aux|en|"
                          r"de|du|des|d'|près|face|après|avant|lors|depuis|contre|sous|entre|avec)\s)")


# "Contactée, la direction du groupe n'a pas répondu", "Interrogé, il a refusé": the participle of a press
# request, set off before the subject, opens the sentence.
ASKED_FIRST = re.compile(_OPENS + r"(?P<part>(?:Contact|Sollicit|Interrog|Questionn|Interpell|Approch|Consult|"
                         r"Relanc|Invit)ée?s?|Jointe?s?|Saisie?s?)\s*,")


def opening_verbs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the verbs that open a sentence or a quotation, which the model took for names."""
    verbs = {m.span("imp") if m.group("imp") else m.span("part") for m in OPENING_VERB.finditer(text)
             if m.group("imp") or not re.search(r"(?:" + _OTHER_PARTICIPLE + r")$", m.group("part"))
             or m.group("part") not in given_first_names()}
    verbs |= {m.span("part") for m in ASKED_FIRST.finditer(text)}
    return [m for m in mentions if m.listed or (m.start, m.end) not in verbs]


_CAPITAL_ARTICLE_OPENS = re.compile(_CLAUSE_OPENS + r"(?:The|La|Le|L['’])\s*$")


def speaking_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The RSPB said the changes did not go far enough", "Selon la FNSEA, ...": an acronym the model saw nothing in
    (no country's), heading the subject of a speech verb or after "selon"/"according to", is a body."""
    for hit in re.finditer(r"(?<![\w'’.-])" + SPEAKING_ACRONYM.pattern + r"(?![\w'’-])", text):
        start, end = hit.span()
        if hit.group(0) in COUNTRY_ACRONYMS or key(hit.group(0)) in NOT_NAMES or \
                any(m.start < end and start < m.end for m in mentions):
            continue
        m = Mention(start, end, hit.group(0), "organisation", hit.group(0))
        # (A capitalised article too, which `speaks` leaves to a name with an adjective: "The RSPB said" opens
        # its sentence.)
        if speaks(text, m) or (_CAPITAL_ARTICLE_OPENS.search(text[max(0, start - 8): start])
                               and _speech_after(text, end)):
            mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    return mentions


def article_names(text: str, mentions: list[Mention], people_seen: set[str]) -> list[Mention]:
    """ "Le Magritte de la meilleure actrice", "le Goncourt": one capitalised word after an article is an award
    or a work named after someone, not a person (unless the blog named someone whose surname opens with the
    article: "Le Berre, lui, est reparti" after "Yannick Le Berre")."""
    kept = []
    for m in mentions:
        article = re.search(r"(?<![\w'’-])(?:le|la|les|du|au|aux|des)\s+$", text[max(0, m.start - 5): m.start], re.I)
        if article and not m.listed and m.type == "person" and " " not in m.text and \
                not any(p.endswith(f" {article.group(0).strip()} {m.text}") for p in people_seen):
            continue
        kept.append(m)
    return kept


PARTICLE_SURNAME = re.compile(r"\s+(?:Le|La|De|Du|Van|Von|Di|Da|Del|Des)\s+[A-ZÀ-Ý][\w'’-]+")
ENDS_WITH_PARTICLE = re.compile(r"\s(?:von|van|der|den|de|la|le|da|do|dos|das|del|della|di|du|bin|ibn)$")
NEXT_NAME_WORD = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]+")


def _particle_name_end(text: str, m: Mention, mentions: list[Mention]) -> int:
    """Where a person's name that the model cut at a particle really ends, or 0 when it was not cut."""
    if m.type != "person" or m.listed:
        return 0

    def overlapped(end: int) -> list[Mention]:
        return [o for o in mentions if o is not m and o.start < end and m.end < o.end]

    if " " not in m.text and m.text in given_first_names() and (tail := PARTICLE_SURNAME.match(text, m.end)):
        # "a confié Gaël Le Méné": a first name kept alone, then a surname opening with its particle (a person the
        # model made of the surname alone, "Sandrine" and "Le Goff", is the same one).
        if all(o.type == "person" and not o.listed and o.start >= m.end and o.end <= tail.end()
               for o in overlapped(tail.end())):
            return tail.end()
    elif ENDS_WITH_PARTICLE.search(m.text) and (tail := NEXT_NAME_WORD.match(text, m.end)):
        # "Ursula von der Leyen" cut after its particles: the surname they open is the name's end, whatever the
        # model took it for alone ("Leyen", a place).
        word_start = tail.end() - len(tail.group(0).lstrip())
        if all(o.start == word_start and o.end == tail.end() for o in overlapped(tail.end())):
            return tail.end()
    return 0


def particle_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons' names the model cut at a particle, made whole; what they now cover is dropped."""
    for m in list(mentions):
        if not any(o is m for o in mentions):
            continue  # covered by a name made whole before it
        if end := _particle_name_end(text, m, mentions):
            m.end = end
            m.text = m.canonical = text[m.start: m.end]
            mentions = [o for o in mentions if o is m or not (o.start < m.end and m.start < o.end)]
    return mentions


def kin_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "la grand-mère de Nahel, Nadia, a estimé": a first name the model missed, in apposition to a relative."""
    for hit in re.finditer(r"(?<![\w-])[A-ZÀ-Ý][\w-]+(?=\s*[,)])", text):
        start, end = hit.span()
        if hit.group(0) in FIRST_NAMES and KIN_BEFORE.search(text[max(0, start - 60): start]) and \
                not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, hit.group(0), "person", hit.group(0)))
    mentions.sort(key=lambda m: m.start)
    return mentions


def named_after_org_noun(text: str, mentions: list[Mention]) -> list[Mention]:
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


def opening_places(text: str, mentions: list[Mention]) -> list[Mention]:
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


_ACRONYM_PAIR = re.compile(rf"({ACRONYM.pattern})\s+(?:et|and)\s+({ACRONYM.pattern})")


def split_pairs(mentions: list[Mention], gaz: Gazetteer, people_seen: set[str]) -> list[Mention]:
    """ "l'appel Trump-Poutine": two people the blog or the newsroom's list knows, joined by a hyphen;
    "le RN et LFI": two acronyms, two organisations."""
    out = []
    for m in mentions:
        pair = _ACRONYM_PAIR.fullmatch(m.text)
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


# A city's officers and bodies after its name: "Kerrville City Manager Dalton Rice", "the Uvalde City Council".
CITY_TITLE_AFTER = re.compile(r"\s+(?:Manager|Council|Councilman|Councilwoman|Councilmember|Hall|Attorney|Clerk|"
                              r"Administrator|Commission|Commissioner|Secretary|Spokesman|Spokeswoman|Spokesperson)\b")


def city_of_title(text: str, mentions: list[Mention], context: BlogContext | None, gaz: Gazetteer) -> None:
    """ "Kerrville City Manager": the town is Kerrville when the post, the blog or the lists know it as a place
    (not "Kansas City", where "Kansas" alone is another place the post does not name)."""
    places = {m.canonical for m in mentions if m.type == "place"} | \
        set(seen_names(context, "place"))
    for m in mentions:
        words = m.text.split()
        if m.listed or m.type == "person" or len(words) < 2 or words[-1] != "City" or \
                not CITY_TITLE_AFTER.match(text[m.end:]):
            continue
        town = m.text[: m.text.rindex(" City")]
        listed = gaz.by_alias.get(town)
        if town in places or (listed and listed[1] == "place" and listed[0] in places):
            m.end = m.start + len(town)
            m.text, m.type = town, "place"
            m.canonical = listed[0] if listed else town


# A river named before, then by its name alone: "the Guadalupe River" ... "on the banks of the Guadalupe".
RIVER_LAST = {"river", "creek", "bayou"}


def bare_rivers(text: str, mentions: list[Mention], context: BlogContext | None) -> list[Mention]:
    named = [m.canonical for m in mentions if m.type == "place"] + \
        seen_names(context, "place")
    for river in dict.fromkeys(named):
        words = river.split()
        if len(words) < 2 or key(words[-1]) not in RIVER_LAST:
            continue
        stem = river[: river.rindex(" ")]
        for hit in re.finditer(r"\b[Tt]he\s+(" + re.escape(stem) + r")(?![\w-])(?!\s+" + re.escape(words[-1]) + ")",
                               text):
            start, end = hit.span(1)
            same = next((m for m in mentions if m.start == start and m.end == end and not m.listed), None)
            if same is not None:
                same.canonical, same.type = river, "place"
            elif not any(m.start < end and start < m.end for m in mentions):
                mentions.append(Mention(start, end, stem, "place", river))
    mentions.sort(key=lambda m: m.start)
    return mentions


def known_organisations(mentions: list[Mention], context: BlogContext | None) -> None:
    """ "les équipes d'Hydro-Québec" read as a place after "selon Hydro-Québec,": an unlisted name the blog has
    already seen act as an organisation stays one (the model's place/organisation guess varies with the sentence)."""
    if context is None:
        return
    for m in mentions:
        if not m.listed and m.type == "place" and context.entities.get(m.canonical) == "organisation":
            m.type = "organisation"


# A speech verb earlier in the clause, the name inverted after it: "a répété ce matin sur RTL Jordan Bardella."
_SPEECH_IN_CLAUSE = [re.compile(p.pattern + r"[^.;:!?«»\"“”,]{0,50}$", re.I)
                     for p in (speech.FR_COMPOUND, speech.FR_SIMPLE, speech.EN_VERB)]
_ROLE_APPOSITION = re.compile(r"^\s*,\s*(?:(?:le|la|les|l'|l’|un|une|the|an?)\s*)?(?:[a-zà-ÿ-]+\s+)?(?:"
                              + "|".join(sorted((re.escape(w) for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN),
                                                key=len, reverse=True)) + r")\b", re.I)


def person_position(text: str, start: int, end: int) -> bool:
    """Where a person stands: inverted after a speech verb at the end of its clause, before a role in
    apposition (", président du RN"), or after a role ("le président du parti, X")."""
    before = text[max(0, start - 90): start]
    if any(p.search(before) for p in _SPEECH_IN_CLAUSE) and re.match(r"\s*(?:[,.;:!?]|$)", text[end:]):
        return True
    return bool(_ROLE_APPOSITION.match(text[end:]) or ROLE_BEFORE.search(text[max(0, start - 50): start]))


def first_name_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "sur RTL Jordan Bardella": a listed place that is also a first name (`lexicon.FIRST_NAMES_*`), right before
    a surname and where a person stands, is the person's first name (not "la vallée du Jordan")."""
    for place in [m for m in mentions if m.listed and m.type == "place" and m.text in FIRST_NAMES]:
        hit = re.match(r"\s+([A-ZÀ-Ý][\w'-]+)(?![\w-])", text[place.end:])
        if not hit:
            continue
        last, start, end = hit.group(1), place.start, place.end + hit.end()
        if last in gaz.by_alias or \
                key(last) in NOT_NAMES | TIME_WORDS | PARTICLES | GENERIC_HEADS | GENERIC_BODY or \
                not person_position(text, start, end):
            continue
        mentions = [m for m in mentions if m is not place and not (m.start < end and start < m.end)]
        mentions.append(Mention(start, end, text[start:end], "person", text[start:end]))
    mentions.sort(key=lambda m: m.start)
    return mentions


# A name the model did not see at all, that opens a clause before a speech verb or follows "selon":
# "Hydro-Québec affirme que", "Enedis a prévenu que", "selon Urgences-santé".
# It speaks, so it is a person or an organisation, never a place; a compound
# ("Hydro-Québec") is an organisation, and so is a single proper noun that is no known first name nor the
# surname of a person of the post or the blog ("Zelensky affirme" after "Volodymyr Zelensky" is him).
# (a sentence may open on the source: "Selon RDS, plus de 21 000 spectateurs")
_CLAUSE_NAME = re.compile(r"(?:^|(?<=[.!?»]\s)|(?<=,\s)|(?<=\b[sS]elon\s)|(?<=\b[dD]'après\s)|"
                          r"(?<=\b[aA]ccording\sto\s))"
                          r"(?P<name>[A-ZÀ-Ý][\w']+(?:-[A-ZÀ-Ý][\w']+)*|[A-ZÀ-Ý][\w']+-[a-zà-ÿ][\w']+|"
                          # a web name, lowercase even where a sentence opens: "prio.swiss a répondu"
                          r"(?P<web>[a-z][\w-]+\.[a-z]{2,6}))(?![\w-])(?!\.[a-z])")


_PRONOUNS = {"lui", "elle", "eux", "moi", "toi", "nous", "vous", "celui", "celle", "ceux", "celles", "ceci", "cela"}


def unseen_speakers(text: str, mentions: list[Mention], proper_starts: set[int],
                    people_seen: set[str], context: BlogContext | None) -> list[Mention]:
    """... and, speaking or not, an unlisted name the blog has already seen as an organisation ("Hydro-Québec
    vise le rétablissement" after "selon Hydro-Québec")."""
    people = people_seen | {m.canonical for m in mentions if m.type == "person"}
    surnames = {w for p in people for w in p.split()[1:]} | {p for p in people if " " not in p}
    orgs = set(seen_names(context, "organisation"))
    for hit in _CLAUSE_NAME.finditer(text):
        start, end = hit.span("name")
        name = hit.group("name")
        parts = name.split("-")
        # A capital is a proper noun's mid-sentence; at a sentence's start the tagger says (any proper noun in
        # the compound: it may call the "Hydro" of "Hydro-Québec" a noun).
        opening = not re.search(r"(?:,|\bselon|\bd'après|\bto)\s$", text[max(0, start - 7): start], re.I)
        if (opening and not hit.group("web") and
                not any(i in proper_starts for i in range(start, end if len(parts) > 1 else start + 1))) or \
                any(m.start < end and start < m.end for m in mentions) or key(parts[0]) in _PRONOUNS or \
                parts[0] in FIRST_NAMES or name in surnames or PLACE_FIRST.match(name) or len(name) < 3 or \
                key(parts[0]) in NOT_NAMES | TIME_WORDS or key(name) in NOT_NAMES or \
                key(name).replace(" ", "-") in ROLE_FIRST:
            continue
        m = Mention(start, end, name, "organisation", name)
        if name in orgs or speaks(text, m):
            mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    return mentions


def numbered_names(text: str, mentions: list[Mention], verb_starts: set[int],
                   context: BlogContext | None) -> None:
    """ "Utopia 56 appelle", "l'association Utopia 56", "la chaîne Kurdistan 24": a short number right after a name
    is part of it (an association's, a channel's) when the name is an organisation by the noun before it, the blog
    knows it with its number, or the number is its end as the subject of the verb after it; not a count
    ("à Paris 300 personnes", "le NPD 7, le Parti vert 1")."""
    known = set(seen_names(context, "organisation"))
    for m in mentions:
        hit = re.match(NUMBER_TAIL, text[m.end:])
        if m.listed or m.type == "person" or not hit:
            continue
        full = text[m.start: m.end + hit.end()]
        verb = re.match(r"\s+", text[m.end + hit.end():])
        if full in known or ORG_NOUN_BEFORE.search(text[max(0, m.start - 40): m.start]) or (
                verb and m.end + hit.end() + verb.end() in verb_starts):
            m.end += hit.end()
            m.text = m.canonical = full
            m.type = "organisation"


def joined_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Kensington and Chelsea Council", "Brighton and Hove City Council": a name, "and"/"et", then a name that ends
    with a body's or a place's generic word ("Chelsea Council"), read by the model as two or as the second alone,
    is one."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        words = m.text.split()
        if m.type == "person" or m.listed or len(words) < 2 or key(words[-1]) not in ORG_LAST | PLACE_LAST or \
                key(words[-1]) in STREET_LAST:
            out.append(m)
            continue
        # (A "person" there with no known first name is the model's guess: "Swansea Bay and Neath ... Health Board".)
        if prev and (prev.type != "person" or (m.type == "organisation" and prev.text.split()[0] not in FIRST_NAMES
                                               and len(prev.text.split()) <= 2)) and \
                text[prev.end: m.start] in {" and ", " et "} and all(w[:1].isupper() for w in prev.text.split()):
            joined = text[prev.start: m.end]
            out[-1] = Mention(prev.start, m.end, joined, m.type, joined)
            continue
        bare = re.search(r"(?<![\w-])[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)?\s+(?:and|et)\s+$",
                         text[max(0, m.start - 40): m.start])
        if bare and not (prev and prev.end > m.start - len(bare.group(0))) and \
                not any(key(w) in NOT_NAMES | TIME_WORDS for w in bare.group(0).split()[:-1]):
            start = m.start - len(bare.group(0))
            joined = text[start: m.end]
            out.append(Mention(start, m.end, joined, m.type, joined))
            continue
        out.append(m)
    return out


# A building after the name of its town, which the model cut off: "Kensington Town Hall", "Paddington Station".
BUILDING_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:Hall|Tower|Station)\b")


def building_names(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        hit = BUILDING_AFTER.match(text[m.end:])
        if m.listed or m.type == "person" or not hit or any(o.start < m.end + hit.end() and m.end < o.end
                                                             for o in mentions if o is not m):
            continue
        m.end += hit.end()
        m.text = m.canonical = text[m.start: m.end]
        m.type = "place"


# A dateline in capitals that opens a post: "ARRAS (Pas-de-Calais) —", "BOULOGNE-SUR-MER, ...".
DATELINE = re.compile(r"^\s*(?P<name>[A-ZÀ-Ý]{3,}(?:[-\s'][A-ZÀ-Ý]{2,})*)\s*(?:\(|—|–|,)")
HEADLINE_LABELS = {"video", "info", "infos", "exclusif", "exclusive", "photos", "important", "derniere minute",
                   "derniere heure", "replay", "analyse", "analysis", "decryptage", "tribune", "opinion", "enquete",
                   "reportage", "interview", "entretien", "temoignage", "watch", "recap", "resume", "explainer"}
_DATELINE_PARTICLES = {"sur", "sous", "de", "du", "des", "en", "la", "le", "les", "et", "lès", "aux"}


def dateline_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    hit = DATELINE.match(text)
    same = next((m for m in mentions if (m.start, m.end) == hit.span("name")), None) if hit else None
    if not hit or (same is None or same.listed) and any(m.start < hit.end("name") and hit.start("name") < m.end
                                                        for m in mentions):
        return mentions
    name = hit.group("name")
    parts = re.split(r"([-\s'])", name.lower())
    title = "".join(p if p in "- '" or (i and p in _DATELINE_PARTICLES) else p[:1].upper() + p[1:]
                    for i, p in enumerate(parts))
    if key(title) in NOT_NAMES | TIME_WORDS | HEADLINE_LABELS:
        return mentions  # "URGENT —", "VIDÉO —": a headline's label, not a town
    listed = gaz.by_alias.get(title)
    canonical, type_ = listed if listed else (title, "place")  # "REUTERS —": the agency's own dateline
    if same is not None:
        mentions.remove(same)  # "DOUAI" the model took for an acronym's body: the town of the dateline
    mentions.append(Mention(hit.start("name"), hit.end("name"), name, type_, canonical, listed=bool(listed)))
    mentions.sort(key=lambda m: m.start)
    return mentions


# "le procureur de la République de Lille": the court's town, the Republic being a common noun there.
PROSECUTOR_BEFORE = re.compile(r"\bprocureure?s?\s+de\s+la\s+$", re.I)


def of_the_republic(text: str, name: str, start: int) -> tuple[str, int]:
    hit = re.match(r"République\s+(?:de\s+|d'|du\s+)(?=[A-ZÀ-Ý])", name)
    if hit and PROSECUTOR_BEFORE.search(text[max(0, start - 30): start]):
        return name[hit.end():], start + hit.end()
    return name, start


# A riding or a district named by its town and a part of it: "Burnaby-Centre", "Montréal-Nord", "Lille-Sud".
COMPASS = r"(?:Centre|Nord|Sud|Est|Ouest|Nord-Est|Nord-Ouest|Sud-Est|Sud-Ouest)"
DISTRICT = re.compile(r"(?!" + COMPASS + r"\b)[A-ZÀ-Ý][\w']+(?:-[A-ZÀ-Ý][\w']+)*-" + COMPASS)


# A person in apposition to a French role, between commas: "Le gouverneur, Tiff Macklem, doit s'exprimer", "la
# directrice du festival, Ana Lund,". Two to four capitalised words (a particle may join them) that the model
# missed or read as a work: no role is followed by a body or a place set off that way.
_ROLE_HEADS_FR = "|".join(sorted((re.escape(w) for w in lexicon.ROLE_HEADS_FR), key=len, reverse=True))
ROLE_APPOSED_NAME = re.compile(
    r"(?<![\w-])(?:[lL]e|[lL]a|[lL]'|[lL]’|[sS]on|[sS]a|[lL]eur)\s*(?:" + _ROLE_HEADS_FR + r")(?![\w-])"
    r"[^,.;:!?«»\"“”()]{0,50}?,\s*"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|van|von|da|di|do|dos|das|del|der|el|al|ben|Le|La|De|"
    r"Van|Von|Da|Di|Du)\s+)?[A-ZÀ-Ý][\w'’-]+){1,3}))\s*,", re.I)


def role_apposed_people(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Le gouverneur, Tiff Macklem, doit s'exprimer": the name between commas after a role is a person, whether
    the model saw nothing there or something else (not a listed name, nor one with a body's or a place's word)."""
    for hit in ROLE_APPOSED_NAME.finditer(text):
        start, end = hit.span("name")
        name = hit.group("name")
        words = [key(w) for w in name.split()]
        if name in gaz.by_alias or any(w in NOT_NAMES | TIME_WORDS | GENERIC_HEADS | GENERIC_BODY | COMPANY_TAIL
                                       for w in words):
            continue
        if len(re.findall(r"(?-i:[A-ZÀ-Ý])[\w'’-]+", name)) > 3 and name.split()[0] not in given_first_names() \
                and not re.search(r"\s(?-i:[a-z]+)\s", name):
            # ("Luiz Inácio Lula da Silva": four capitalised words with a particle, or after a known given name.)
            continue
        same = [m for m in mentions if m.start < end and start < m.end]
        if not same:
            mentions.append(Mention(start, end, name, "person", name))
        elif len(same) == 1 and (same[0].start, same[0].end) == (start, end) and not same[0].listed:
            same[0].type = "person"
        elif all(start <= m.start and m.end <= end for m in same) and (
                all(not m.listed for m in same) and len(re.findall(r"(?-i:[A-ZÀ-Ý])[\w'’-]+", name)) > 2 or
                # (a listed body may be a surname: "Jean-Luc Wagner" is not the Wagner group)
                name.split()[0] in given_first_names() and same[0].start == start and same[0].type == "person") and \
                not re.match(rf"(?:{either(TITLES)})\.?\s", name):  # ("Me Béatrice X": a title, then the name)
            # "La présidente, Ana Paula Lopes da Costa," read in part ("Ana Paula"), "Le maire, Jean-Luc X," read
            # as a person and a body: the whole name between the commas is the person.
            mentions = [m for m in mentions if m not in same]
            mentions.append(Mention(start, end, name, "person", name))
    mentions.sort(key=lambda m: m.start)
    return mentions


# The English form: "Her campaign manager, Eli Brandt, said", "The union's treasurer, Dana Holt,". A role the subject
# owns or names with its article, then a known given name and one or two capitalised words between commas; the given
# name is what keeps a body out ("Its owner, Harrow Books,"), since the role words here are those of people.
ROLE_APPOSED_NAME_EN = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<head>[a-z][\w-]*),\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),")
_NOT_ROLE_HEADS_EN = {"senior", "former", "acting", "deputy", "official"}  # (adjectives of ROLE_KEYS, no noun)


def role_apposed_people_en(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Her campaign manager, Eli Brandt, said" with the model reading a body or a place: the name between commas
    after a person's role is a person (not a listed name, nor one with a body's or a place's word)."""
    for hit in ROLE_APPOSED_NAME_EN.finditer(text):
        head, name = key(hit.group("head")), hit.group("name")
        if head not in speech.ROLE_KEYS or head in _NOT_ROLE_HEADS_EN or name.split()[0] not in given_first_names():
            continue
        words = [key(w) for w in name.split()]
        if name in gaz.by_alias or any(w in NOT_NAMES | TIME_WORDS | GENERIC_HEADS | GENERIC_BODY | COMPANY_TAIL
                                       for w in words):
            continue
        start, end = hit.span("name")
        same = [m for m in mentions if m.start < end and start < m.end]
        if not same:
            mentions.append(Mention(start, end, name, "person", name))
        elif len(same) == 1 and (same[0].start, same[0].end) == (start, end) and not same[0].listed:
            same[0].type = "person"
    mentions.sort(key=lambda m: m.start)
    return mentions


def blog_names(text: str, mentions: list[Mention], context: BlogContext | None,
               types: tuple[str, ...] = ("person", "organisation")) -> list[Mention]:
    """ "a affirmé Tiff Macklem en conférence de presse" after "Le gouverneur, Tiff Macklem,", "au siège de Red
    Eléctrica" after "a indiqué Red Eléctrica ... Le gestionnaire du réseau précise": the full name (two words or
    more) of a person or a body the blog named is that one again where the model saw nothing (what it saw there
    keeps its type: an earlier post may have mistyped it), unless it is part of a longer name. Where the model saw
    a part of it of the same type ("a répondu Anne Lemarchand" read as "Anne"), the part is the whole name."""
    for type_ in types:
        for name in seen_names(context, type_):
            if " " not in name:
                continue
            for hit in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])(?!\s+[A-ZÀ-Ý])", text):
                start, end = hit.span()
                # (a capitalised word before it, inside a sentence, makes it part of a longer name)
                before = re.search(r"(?:^|(?P<stop>[.!?»:]\s+)|\s)(?P<word>[\w'’-]+)\s+$", text[:start])
                longer = before is not None and before.group("word")[0].isupper() and not before.group("stop") and \
                    before.start("word") > 0
                if longer:
                    continue
                seen = [m for m in mentions if m.start < end and start < m.end]
                if seen and all(m.type == type_ and start <= m.start and m.end <= end and not m.listed
                                for m in seen):
                    mentions = [m for m in mentions if m not in seen]
                    seen = []
                if not seen:
                    mentions.append(Mention(start, end, name, type_, name))
    mentions.sort(key=lambda m: m.start)
    return mentions


# A company or a body a post refers back to by its trade, as who speaks: "Le groupe se dit prêt", "ajoute
# l'entreprise", "Le gestionnaire du réseau espagnol précise".
TRADE_SUBJECT = re.compile(r"(?<![\w'’-])(?:[lL]e|[lL]a|[lL]['’])\s*" + _TRADE + r"(?![\w'’-])", re.I)
# A platform it spoke on is no other body between them: "a indiqué Red Eléctrica sur X".
_SPOKE_ON = re.compile(r"\b(?:sur|via|dans)\s+(?:l['’]|le\s+|la\s+)?$", re.I)


def bodies_referred_back(text: str, mentions: list[Mention], people_seen: set[str]) -> None:
    """ "Valdor a indiqué qu'il avait perçu 12 millions. Le groupe se dit prêt à ...", "a indiqué Red Eléctrica
    sur X. Le gestionnaire du réseau précise": a name the model took for a person or a place, that speaks, then a
    company's trade that speaks after it with no other body between, is that company. Not a person the blog
    named, nor one with a known first name ("Jean Valmont a indiqué ... L'entreprise ...": his company)."""
    for m in mentions:
        if m.listed or m.type not in {"person", "place"} or m.canonical in people_seen or \
                m.text.split()[0] in given_first_names() or not speaks(text, m):
            continue
        for hit in TRADE_SUBJECT.finditer(text, m.end, min(len(text), m.end + 300)):
            between = [o for o in mentions if m.end <= o.start < hit.start() and o.type in {"organisation", "person"}
                       and o.canonical != m.canonical
                       and not (o.type == "organisation" and _SPOKE_ON.search(text[max(0, o.start - 10): o.start]))]
            if between:
                break
            # (the trade's complement may have run into the verb: "Le gestionnaire du réseau précise")
            ends = [hit.end()] + [hit.start() + s.start() for s in re.finditer(r"\s", hit.group(0))][1:][::-1]
            if any(speaks(text, Mention(hit.start(), e, text[hit.start(): e], "organisation", "")) for e in ends):
                m.type = "organisation"
                break
