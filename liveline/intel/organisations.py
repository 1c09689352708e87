"""Words for organisations that speak, for `speakers`: the common nouns a post calls a body it named
("the company", "le gestionnaire du réseau", "the agency"), the public bodies, what is not part of a
body's name when it speaks ("la société X", "dans un communiqué"), and a body's own figures ("selon les
données d'Élections Canada")."""

from __future__ import annotations

import re

from liveline.intel.names import TRADE_KIND
from liveline.intel.roles import hwords, is_role_word, stem
from liveline.intel.text import key

# "the carmaker", "the chipmaker" are bodies; "the filmmaker", "the lawmaker" are people.
_MAKER = r"(?!(?:film|movie|law|policy|peace|play|match|king|home|trouble|dress|shoe)maker)\w*maker"
# What a post calls an organisation it named before: "le mouvement islamiste", "le gestionnaire du réseau".
# The English forms take modifiers: "the Texas-based cybersecurity firm", "the federal agency".
ORG_NOUN_EN = re.compile(r"the\s+(?:[\w.-]+\s+){0,3}(?:company|firm|agency|airline|carrier|group|organi[sz]ation|"
                         r"operator|broadcaster|network|regulator|utility|insurer|lender|bank|manufacturer|"
                         rf"{_MAKER}|retailer|watchdog|charity|union|league|club|authority|department|commission|"
                         r"council|bureau|movement|party|militia|force|forecaster|service)", re.I)
# Nouns for a public body, and the words in the names of public bodies: "the agency" after "the
# Federal Aviation Administration", never "the company".
PUBLIC_NOUN = re.compile(r"\b(?:agency|regulator|authority|watchdog|department|commission|council|bureau|force|"
                         r"forecaster|service)\b",
                         re.I)
PUBLIC_BODY = re.compile(r"\b(?:Administration|Agency|Authority|Board|Bureau|Commission|Council|Department|Ministry|"
                         r"Office|Service|Police|Court|Agency|Center|Centre|Institute|Survey|Guard|Army|"
                         r"Corps|Forces|Committee|Government|Parliament|Congress|Senate|Pentagon|Kremlin|"
                         r"White House|Downing Street|NHS|FBI|FAA|FEMA|NTSB|WHO|UN|EU|NATO)\b")
# What a French post calls a body it named: "le mouvement islamiste", "le gestionnaire du réseau", "la régie",
# "selon l'agence" (not "l'agence régionale de santé", "l'agence onusienne chargée des projets": bodies of
# their own).
ORG_NOUN = re.compile(r"(?:le|la|l'|the)\s*(?:mouvement|groupe|organisation|gestionnaire|opérateur|entreprise|"
                      r"agence(?![^,]*\b(?:de|du|des|d'|chargée?s?)\b)|"
                      # ("la direction" of the company named before: not "la direction de l'hôpital")
                      r"direction(?![^,]*\b(?:de|du|des|d')(?![\w-]))|"
                      # ("l'office fédéral" after "MétéoSuisse", not "l'office de tourisme": a body of its own)
                      r"office(?![^,]*\b(?:de|du|des|d')(?![\w-]))|"
                      r"régie|musée|association|centre|instance|compagnie|établissement|institution|fédération|"
                      r"syndicat|parti|ONG|coalition|fournisseur|constructeur|exploitant|organisme|firme|group|"
                      # (a company by its trade: "a annoncé l'avionneur européen", "ajoute le fabricant")
                      r"avionneur|équipementier|fabricant|distributeur|transporteur|assureur|bailleur|énergéticien|"
                      r"festival|club|"
                      r"movement|company|firm|organi[sz]ation|operator|party|militia|milice)\b", re.I)
# "après une réunion avec la SNCF, le syndicat": a body only met is not the one a later noun means.
MET_WITH = re.compile(r"\b(?:avec|contre|pour|par|chez|entre|sans|face\s+à)\s+(?:l'|le\s|la\s|les\s)?$", re.I)
ORG_OF_ITS_OWN = re.compile(r"(?:le|la|l')\s*(?:mouvement|organisation|institution|fédération|syndicat|parti|ONG|"
                            r"coalition|milice)\b", re.I)
# The kind a French body's name gives: "la Société de transport de Montréal" is no "syndicat".
KIND_IN_NAME_FR = re.compile(r"\b(?:Société|Syndicat|Fédération|Parti|Mouvement|Association|Agence|Ministère|Office|"
                             r"Compagnie|Groupe|Institut|Conseil|Commission|Régie|Banque|Université|Club|Centre)\b")
# ... of which the generic ones fit any body: "L'ONG a indiqué" after "Médecins sans frontières" alone.
ANY_BODY = re.compile(r"(?:la|l')\s*(?:organisation|institution|ONG)\b", re.I)
# "a indiqué la société Enedis dans un communiqué", "OceanGate said on Tuesday": what kind of body it is
# and where or when it spoke are not part of who spoke.
# ("the state weather agency PAGASA", "the tracking site FlightAware": an English kind takes modifiers.)
ORG_KIND_BEFORE = re.compile(r"(?:société|entreprise|groupe|compagnie|opérateur|gestionnaire|syndicat|agence|"
                             r"association|ONG|collectif|organisme|firme|constructeur|"
                             r"(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:company|firm|group|operator|agency|carrier|airline|"
                             r"union|manufacturer|site|website|service|tracker|network|broadcaster|regulator|"
                             r"watchdog|charity|forecaster|platform|newspaper))\s+", re.I)
# "the GMB union said", "the Vigili del Fuoco fire service said": English may give the kind after the name too.
# (Lowercase only: "Service" is part of "Police Service", a name.)
ORG_KIND_AFTER_EN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:union|service|company|firm|group|operator|agency|"
                               r"carrier|airline|network|broadcaster|regulator|watchdog|charity)(?![\w-])")


def without_kind_after(name: str) -> str:
    """ "Unite union" as the model read it: the name without the lowercase kind after it."""
    kind = next((m for m in ORG_KIND_AFTER_EN.finditer(name) if m.end() == len(name)), None)
    return name[: kind.start()] if kind and kind.start() > 0 else name
SPOKE_WHERE = re.compile(r"[\s,]+(?:dans|sur|par|via|lors|devant|depuis|auprès|à|au|aux|in|on|at|during|through|"
                         r"to|late|early|this|ce|cette|cet)\b", re.I)


# ... and what it published: "selon le dernier bulletin de Santé publique France", "selon une étude de l'Inserm
# publiée ce mardi", "selon la direction de la SNCF" (when it appeared is not part of who).
DATA_OF = re.compile(
    r"(?:(?:les|des|ses|the|its|le|la|l'|un|une)\s*)?(?:(?:derni[eè]re?s?|nouvelles?|nouveaux|latest|new|official)\s+)?"
    r"(?:données|résultats|chiffres|estimations?|projections?|statistiques|figures|data|estimates?|numbers|"
    r"statistics|projections?|bulletin|étude|rapport|direction|"
    # "selon le dernier point d'Enedis", "selon un communiqué de la SNCF": its update or statement too.
    r"point|bilan|communiqué|décompte)"
    r"(?:\s+(?:préliminaires|provisoires|officiel(?:le)?s|preliminary|provisional|annuel|hebdomadaire))?\s+"
    r"(?:d[eu]\s+|des\s+|de\s+la\s+|de\s+l'|d'|from\s+|by\s+|of\s+)(?P<who>.+?)"
    r"(?:\s+(?:publiée?s?|parue?s?|diffusée?s?|dévoilée?s?|published|released)\b.*)?"
    r"|(?:the\s+)?(?P<who2>[A-Z].+?)['’]s\s+(?:estimates?|figures|data|numbers|count|statistics|projections?)",
    re.I)
# What a body of a kind is called: "the club" is a name with "Town" or "FC" in it, "the authority" one with
# "Authority"; a name that gives another kind ("League One", "India Meteorological Department") is not that
# body. (A bare name, "Arsenal", "FEMA", may be any kind; "the agency" any public body.)
KIND_NAMES_EN = {
    "club": re.compile(r"\b(?:Club|FC|AFC|CF|SC|United|Town|City|Rovers|Athletic|Albion|Wanderers|County|Rangers|"
                       r"Hotspur|Celtic|Harriers|Thistle|Olympique|Sporting)\b"),
    "authority": re.compile(r"\bAuthorit(?:y|ies)\b"),
    "department": re.compile(r"\b(?:Department|Dept)\b"),
    "agency": PUBLIC_BODY,
    "service": re.compile(r"\bServices?\b"),
}
OTHER_KIND_EN = re.compile(PUBLIC_BODY.pattern + r"|\b(?:League|Federation|Association|Union|Company|Corporation|"
                           r"Inc|Ltd|plc|Group|Party|Airlines?|Airways|Bank|University|Hospital|Club|FC|"
                           r"Highways|Rail|Railways?)\b")
# Words that say where or whose a body is, not which: "the federal agency", "the state authority".
ANY_BODY_WORDS = {"federal", "state", "national", "regional", "provincial", "municipal", "county", "city",
                   "government", "public", "official", "main", "central", "independent", "country", "nation",
                   "island", "top", "new", "own"}


def kind_of_noun(noun: str) -> str | None:
    """ "the football club" -> "club": the kind a strict English kind noun names, else None."""
    last = hwords(noun)[-1:] or [""]
    return last[0] if last[0] in KIND_NAMES_EN else None


def gives_kind(name: str, noun: str) -> bool:
    """Whether the body's name says it is what the kind noun names: "Kingsmead Town" a club, not "Stockport"."""
    kind = kind_of_noun(noun)
    return kind is not None and KIND_NAMES_EN[kind].search(name) is not None


def can_be_of_kind(name: str, noun: str, called: bool = False) -> bool:
    """Whether the body `name` can be what "the club", "the fire department" names: its name gives that kind
    (or the post called it one: `called`) or no other kind, and it carries the noun's own qualifier ("the fire
    department" is not the MTA, "the disaster management authority" not the weather department)."""
    kind = kind_of_noun(noun)
    if kind is None:
        return True
    if not (called or KIND_NAMES_EN[kind].search(name) or not OTHER_KIND_EN.search(name)):
        return False
    # (Lowercase words only: "the city's", "the Kent" are whose, not which.)
    own = [w for w in re.findall(r"[\w'’-]+", noun)[1:-1] if w.islower() and not re.search(r"['’]", w)
           and w not in ANY_BODY_WORDS]
    return all(stem(key(w)) in {stem(n) for n in hwords(name)} for w in own)


def noun_stem(noun: str) -> str | None:
    """The head noun of "the federal agency", "the safety board", "le gestionnaire du réseau", stemmed."""
    words = hwords(re.split(r"\s+(?:du|de|des|d'|of)\s", noun, maxsplit=1)[0])
    words = [w for w in words if w not in {"the", "le", "la", "l", "les"}]
    return stem(words[-1]) if words and len(words[-1]) > 3 else None


def name_stems(name: str) -> set[str]:
    return {stem(w) for w in hwords(name) if len(w) > 3}


# What a body is, in apposition after its name: "L'association Anticor, partie civile, salue", "British
# Airways, the airport's biggest airline, said" (lowercase words and numbers only: not "OpenAI, its chief
# executive Sam Altman, said", a person).
ORG_APPOSITION = re.compile(r",\s*(?:(?:l'|le\s|la\s|les\s|un\s|une\s)\s*)?[a-zà-ÿ][\w'’-]*"
                            r"(?:\s+[a-zà-ÿ\d][\w'’-]*){0,5},?")


def org_body(body: str, name: str) -> bool:
    """Whether a subject is the organisation `name`, with its kind before and where it spoke or what it is
    after."""
    at = body.lower().find(name.lower())
    if at < 0:
        return False
    before, after = body[:at], body[at + len(name):]
    if kind_after := ORG_KIND_AFTER_EN.match(after):
        after = after[kind_after.end():]
    # ("Le fabricant d'emballages Oréval a annoncé", "Le bailleur, Habitat Nord-Flandre, a assuré": its trade.)
    return (not before or bool(ORG_KIND_BEFORE.fullmatch(before)) or bool(TRADE_KIND.fullmatch(before))) and (
        not after or bool(SPOKE_WHERE.match(after)) or
        # (not "Corvane Energy, the firm's chief executive, said": a person of it)
        (bool(ORG_APPOSITION.fullmatch(after)) and not any(is_role_word(w) for w in hwords(after))))


# The first word of a French body's name of its own, which its complements follow: "Fédération canadienne de
# l'entreprise indépendante", "Autorité du bassin du Niger", "Union nationale de l'apiculture française".
BODY_HEADS_FR = {"federation", "confederation", "autorite", "union", "association", "agence", "office", "institut",
                 "conseil", "banque", "caisse", "commission", "comite", "syndicat", "observatoire", "etablissement",
                 "fondation", "collectif", "ligue", "chambre", "organisation", "regie"}
# ... and the head words of a body's name the model may read alone: "Cour" of "la Cour des comptes".
CUT_HEADS_FR = BODY_HEADS_FR | {"cour", "tribunal", "haut", "haute", "parquet", "ministere"}
# Acronyms of a kind of body, not of one with a name of its own: "l'ONG", "l'ARS" (an agence régionale de santé).
KIND_ACRONYMS = {"ONG", "ARS", "CHU", "CHR", "PME", "TPE", "SDIS", "SAMU", "SMUR", "CRS", "EHPAD", "HLM", "PMI", "ZAD",
                 "CCAS", "EPCI", "IME", "ESAT"}
# A complement inside a name ("de l'entreprise", "du bassin", "des maires") or an adjective ("nationale").
_NAME_WORD_FR = re.compile(r"(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|des\s+)?(?:[\w-]+)")
# ... but not where or when it spoke, nor what it did: "en RDC", "à Lyon", "et le gouvernement".
_NOT_IN_NAME = {"en", "a", "au", "aux", "dans", "sur", "pour", "avec", "apres", "par", "chez", "contre", "lors",
                "selon", "et", "ou", "mais", "qui", "que", "dont", "ce", "cette", "cet", "ses", "son", "sa", "leur"}


def whole_body_name(body: str, name: str, demonym: re.Pattern) -> str | None:
    """The name of a French body the model cut before its complements or its nationality, when the subject
    `body` (no article) is that name and the rest of it: "Fédération canadienne" of "Fédération canadienne de
    l'entreprise indépendante", "Croix-Rouge" of "Croix-Rouge italienne", "le syndicat Samu-Urgences de France";
    with no name, `name` empty, a capitalised body head and its complements ("l'Union nationale de
    l'apiculture française")."""
    at = body.find(name) if name else 0
    if at < 0:
        return None
    before, tail = body[:at], body[at + len(name):]
    kind = bool(before) and bool(ORG_KIND_BEFORE.fullmatch(before))
    if (before and not kind) or not tail.strip() or re.search(r"[^\w\s'’-]", tail):
        return None
    words = tail.split()
    if len(words) > 7 or any(w in _NOT_IN_NAME or is_role_word(w) for w in hwords(tail)):
        return None
    if name and len(words) == 1 and demonym.match(hwords(words[0])[0]) and words[0].islower():
        return name + tail  # "la Croix-Rouge italienne": its national society
    head = (hwords((name or tail).split()[0]) or [""])[0]
    if not (kind or head in BODY_HEADS_FR) or (not name and not tail.lstrip()[:1].isupper()):
        return None
    complements = tail if name else tail.lstrip()[len(tail.split()[0]):]
    if not re.fullmatch(r"(?:\s+" + _NAME_WORD_FR.pattern + r")+", complements) or \
            (name and not re.match(r"\s+(?:de|du|des|d['’])", tail)) or \
            (not name and not re.search(r"\s(?:de|du|des|d['’])", complements)):
        return None
    return (name + tail).strip()
