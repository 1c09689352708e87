"""The words of reported speech: speech verbs (with French inversions), sources ("selon X",
"according to X"), subjects and the words around them. Shared by quote detection (quotes.py) and
speaker resolution (speakers.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from liveline.intel import lexicon
from liveline.intel.text import key
from liveline.intel.titles import COURTESY

# ("Greenpeace estime au contraire que": an adverb of contrast between the verb and "que" too.)
ADVERBS = (r"(?:(?:notamment|également|aussi|encore|ensuite|déjà|d'ailleurs|pour sa part|de son côté|en outre|"
           r"au contraire|en revanche|néanmoins|pourtant|pour leur part|de leur côté|"
           r"par ailleurs|alors|enfin|lui-même|elle-même|simplement|clairement|fermement|toutefois|cependant|"
           r"publiquement|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|ce soir|matin|soir|"
           r"après-midi|dans la soirée|dans la matinée|de nouveau|à nouveau|à son tour|peu après|plus tard|"
           # "a annoncé ce jeudi le procureur": the day said before the subject is not part of it.
           r"(?:ce|cet|cette)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|après-midi|"
           r"week-end|midi|nuit))[\s,]+)*")
PART = "|".join(sorted(set(lexicon.SPEECH_FR), key=len, reverse=True))
PRES = "|".join(sorted(set(lexicon.SPEECH_FR_PRESENT + lexicon.SPEECH_FR_INVERTED), key=len, reverse=True))
SPEECH_INF = ("lâcher|admettre|reconnaître|avouer|concéder|confesser|dire|déclarer|préciser|ajouter|assurer|"
              "confier|expliquer|souligner|rappeler|répondre|lancer|glisser|murmurer|souffler|répéter|saluer")
# What may stand between commas after a French subject, before its verb: "Le ministre, de son côté, a promis".
ASIDE_FR = re.compile(r"(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux|elles)|"
                      r"(?:lui|elle|eux|elles)(?:-mêmes?|\s+aussi)?|à\s+son\s+tour|en\s+revanche|toutefois|"
                      r"cependant|pourtant|néanmoins|également|aussi|lui\s+non\s+plus|elle\s+non\s+plus)", re.I)
# "mettre en garde (contre)": to warn, a speech verb of three words ("mis" alone is one already).
WARNED = r"mise?s?\s+en\s+garde"
WARNS = r"met(?:tent|tait|taient)?\s+en\s+garde"
FR_COMPOUND = re.compile(
    r"(?<![\w-])(?P<aux>a|ont|avait|avaient|aurait|auraient|a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle))"
    # "Le ministre a, lui, assuré que", "La présidente a, de son côté, promis que": an aside between commas may
    # split the compound.
    rf"(?:\s*,\s*{ASIDE_FR.pattern}\s*,)?"
    # ("« ... », a-t-il seulement lâché": how little an inverted speaker said; "a seulement indiqué que" is left
    # out, where the subject before may be one the rules cannot tell.)
    r"(?:(?:(?<=-t-il)|(?<=-t-on)|(?<=-t-elle))\s+seulement)?"
    # "a aussitôt réagi sur X :": how soon someone answered (not "a aussitôt annoncé des mesures", a decision).
    r"(?:\s+(?:aussitôt|immédiatement|rapidement)(?=\s+(?:réagi|répondu|répliqué|rétorqué)\b))?"
    # ("a-t-il fini par lâcher", "a-t-elle tenu à préciser": a speech verb's infinitive after "fini par", "tenu à".)
    rf"\s+{ADVERBS}(?P<verb>{WARNED}|(?:{PART})(?:e|s|es)?|(?:finie?|tenue?)\s+(?:par|à)\s+(?:{SPEECH_INF}))"
    r"(?![\w-])", re.I)
FR_REFLEXIVE = re.compile(r"(?<![\w-])(?P<verb>(?:s'est|se\s+sont|se|s'était)\s+(?:dit|dite|dits|dites|déclarée?s?|"
                          r"félicitée?s?|réjouie?s?|inquiétée?s?|alarmée?s?|montrée?s?|voulue?s?|engagée?s?|"
                          # ("se disait « optimiste »": the imperfect of "se dire" too.)
                          r"interrogée?s?|exclamée?s?|écriée?s?|agacée?s?|disait|disaient)|s'interroge(?:ait|nt)?|"
                          # "..., s'est bornée à dire la porte-parole": all one would say is still speech.
                          rf"(?:(?:s'est|s'était|se\s+sont)\s+(?:borné|contenté)e?s?|se\s+(?:borne|contente)(?:nt)?)"
                          rf"\s+(?:à|de)\s+(?:{SPEECH_INF})|"
                          # "..., se félicite le ministre": the present of the reflexive verbs of speech.
                          r"se\s+(?:félicite|réjouit|inquiète|alarme)(?:nt)?|se\s+réjouissent|"
                          # (elided before a vowel: "..., s'inquiète le maire")
                          r"s['’](?:inquiète|alarme|insurge|indigne|étonne|exclame|écrie|agace)(?:nt)?|"
                          # "..., a-t-on appris de source policière": the impersonal "on" learnt it from a
                          # source (only inverted: "il a appris que" is no speech).
                          r"a-t-on\s+appris|apprend-on|"
                          r"(?:a\s+|avait\s+)?fait\s+(?:désormais\s+|encore\s+|aussi\s+|également\s+)?état|faisait\s+état|"
                          # "a fait part de sa « tristesse »": what one made known, like "fait état de".
                          r"(?:a\s+|avait\s+|ont\s+)?(?:fait|font|faisait)\s+(?:aussi\s+|également\s+)?part|"
                          # ("..., a-t-il fait savoir": the inverted pronoun is the subject.)
                          r"(?:a(?:-t-(?:il|elle|on))?\s+)?fait\s+savoir|"
                          # "..., lui a fait remarquer le juge": what one pointed out to someone.
                          r"(?:a(?:-t-(?:il|elle|on))?\s+|avait\s+)?fait\s+(?:remarquer|observer|valoir))(?![\w-])",
                          re.I)
FR_SIMPLE = re.compile(rf"(?<![\w-])(?P<verb>{WARNS}|{PRES})(?P<inv>-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?"
                       r"(?![\w-])", re.I)
EN_VERBS = "|".join(sorted(set(lexicon.SPEECH_EN), key=len, reverse=True))
EN_VERB = re.compile(rf"(?<![\w-])(?:(?:has|had|have)\s+)?(?P<verb>{EN_VERBS})(?![\w-])", re.I)
EN_BARE_CLAUSE = {"said", "says", "told", "added", "warned", "insisted", "argued", "stressed", "claimed", "believes",
                  "thinks", "admitted", "acknowledged", "conceded", "noted", "announced", "confirmed", "predicted",
                  # "Community groups say about 70 people are missing" (not after "to", "a", a modal: see quotes).
                  "say"}
# Verbs of a pleading that report only with "that": "He submitted that the sentence was too light" (not
# "submitted a report").
THAT_ONLY_EN = {"submitted", "submits", "contended", "contends"}
# Verbs said to someone that report only with "that" after whom: "Ms Kell reminded jurors that the report had been
# sent", "assured residents that" (not "reminded me of my father", "assured of a place").
TO_SOMEONE_THAT_EN = {"reminded", "reminds", "assured", "assures"}
# Verbs that report a clause without "that" only when a finite verb follows within a few words: "The barrister
# suggested the email had landed in a general inbox" (not "suggested a compromise on pay").
FINITE_CLAUSE_EN = {"suggested", "suggests"}
FINITE_AFTER_EN = re.compile(r"\s*(?:[\w'’-]+\s+){1,6}?(?:had|has|have|was|were|is|are|would|could|will|might|may|"
                             r"should|did|must)\b", re.I)
# ", adding that ...", ", ajoutant qu'...": a speech verb's present participle reports what the sentence's
# subject said (the participle has no subject of its own; see quotes._attributions).
# The participles of speech whose object may quote: ", évoquant un jugement « sévère ... »".
OBJECT_PARTICIPLES = frozenset({"évoquant", "dénonçant", "fustigeant", "qualifiant", "déplorant"})
PARTICIPLE_SPEECH = {
    # (", before adding that ...": a preposition of time may stand before the participle.)
    "en": re.compile(r",\s*(?:(?:before|after|while|then|and)\s+)?"
                     r"(?P<verb>saying|adding|warning|insisting|arguing|noting|stressing|claiming|explaining|"
                     r"acknowledging|admitting|cautioning|predicting|promising|vowing|conceding)"
                     # (", saying only that ...": an adverb before "that" too)
                     r"(?:\s+(?:only|simply|merely|also|again|just))?\s+that\b", re.I),
    "fr": re.compile(r",\s*(?P<verb>(?:ajoutant|estimant|assurant|affirmant|précisant|soulignant|expliquant|jugeant|"
                     r"rappelant|indiquant|déclarant|avertissant|prévenant|reconnaissant|martelant|promettant)"
                     r"(?=\s+(?:que\b|qu'))|"
                     # ", évoquant un jugement « sévère pour un homme ... »": a participle of speech whose object
                     # quotes the subject's words in marks, within the clause: three words or more (a name in marks
                     # is left out by quotes._names_in_marks).
                     r"(?:" + "|".join(sorted(OBJECT_PARTICIPLES)) + ")"
                     r"(?=\s+[^,.;:!?«»\"“”]{1,60}«\s*[^»\s]+(?:\s+[^»\s]+){2}))\s+(?:que\b|qu')?",
                     re.I)}
# "« ... », a insisté le président, qui dit attendre de Londres qu'il « ... »": a relative speech verb after an
# attribution reports, for the same subject, what follows it (a "que" clause or an infinitive).
RELATIVE_SPEECH = {
    "fr": re.compile(r",\s*qui\s+(?:a\s+|avait\s+)?(?:aussi\s+|également\s+)?(?P<verb>dit|affirme|affirmé|assure|"
                     r"assuré|ajoute|ajouté|estime|estimé|explique|expliqué|déclare|déclaré|souligne|souligné)"
                     r"\s+(?:que\b\s*|qu'|(?=[^\W\d]+(?:er|ir|re)\b))", re.I)}
# The subject that opens a sentence, for those participles when no speech verb before them gave one:
# "He urged residents to leave, warning that ...".
OPENING_SUBJECT = {
    # ("The minister would not be drawn on the deficit, saying only that ...": a modal and a passive too.)
    "en": re.compile(r"\s*(?P<subj>(?:He|She|They|We)\b|[A-Z][^,;:\"“”]{0,60}?(?=\s+(?:(?:has|had|also|then|later|"
                     r"again|(?:would|could|did|will)(?:\s+not|n't)?(?:\s+be)?)\s+)*"
                     r"(?:[a-z]+ed|told|said|wrote|spoke|gave|took|met|sent|made|kept|held|left|drawn)\b))"),
    "fr": re.compile(r"\s*(?P<subj>(?:Il|Elle|Ils|Elles)\b|[A-ZÉ][^,;:«»\"“”]{0,60}?"
                     r"(?=\s+(?:a|avait|ont|est|s'est)\s))")}
# "Aux yeux de l'avocate, ...": the eyes of someone are their opinion (a named or role holder: see quotes).
SOURCE = {"fr": re.compile(r"(?<![\w-])(?:(?:selon|d'après|^pour)\s+|aux\s+yeux\s+(?:de\s+|du\s+|des\s+|d'))"
                           r"(?P<subj>[^,.;:!?«»\"“”(]+)", re.I),
          "en": re.compile(r"(?<![\w-])according\s+to\s+(?P<subj>[^,.;:!?\"“”(]+)", re.I)}
# ("une banderole « X, respecte le maillot »": words written on a banner or a placard are a slogan, nobody's quote.)
NAMING = re.compile(r"(?:opération|baptisée?|surnommée?|intitulée?|appelée?|nom de code|slogans?|mot-dièse|hashtag|"
                    r"banderoles?|pancartes?|écriteaux?|"
                    # ("signs reading \"Keep the mill open\"": in English too.)
                    r"(?:signs?|placards?|banners?|posters?)(?:\s+(?:reading|saying|that\s+read|which\s+read))?|"
                    r"dubbed|called|named|titled|code-named|nicknamed|so-called|prétendue?|terme|word|mot)"
                    r"\s*$", re.I)
# ("New" or "Nouvelle" before a capitalised word opens a name: "The New Zealand Nurses Organisation",
# "la Nouvelle-Calédonie".)
DETS = re.compile(r"^(?:(?:l'|(?:le|la|les|(?-i:[uU]n)|une|the|a|an|son|sa|ses|leur|its|his|her|their|"
                  r"(?-i:nouveau|nouvelle|new|NEW)|(?-i:Nouveau|Nouvelle|New)(?!-|\s+(?-i:[A-Z]))|former|ancien|ancienne)\b|"
                  r"ex-)\s*)+", re.I)
UNNAMED = re.compile(r"^(?:des?|un|une|plusieurs|certains|deux|trois|les\s+autorités|les\s+secours|la\s+police|"
                     r"des\s+sources?|une\s+source|sources?|officials?|an?\s|some|several|two|three|local|"
                     r"authorities|police|the\s+(?:authorities|police|army|military|government|ministry)|"
                     r"le\s+(?:gouvernement|ministère|parquet)|l'armée|les\s+médias|media|medias|witnesses|"
                     r"des\s+témoins|témoins|residents|habitants|ukrainian|russian|ukrainien|russe)", re.I)

# The pieces of a subject that names nobody ("Un habitant, joint par téléphone, a raconté", "Another shopper said":
# speakers.SOMEONE and its kin, quotes.OPENING_SOMEONE): an indefinite determiner (lowercase; `capitalised` where
# it opens a sentence) ...
INDEFINITE_FR = ("un", "une")
INDEFINITE_EN = ("an?", "another", "one")
# ... lowercase words that describe the person ("pêcheur", "rencontré", "aujourd'hui") ...
LOWER = "[a-zà-ÿ]"
LOWER_WORD = rf"{LOWER}[\w'’-]*"
# ... and maybe a clause or an aside, which crosses no sentence end or quote mark.
CLAUSE_STOPS = r".!?;:«»\"“”"


def capitalised(words: Iterable[str]) -> str:
    """The regex alternation of `words` as they open a sentence: ("un", "une") gives "Un|Une"."""
    return "|".join(w.capitalize() for w in words)


ROLE_KEYS = {key(w).replace(" ", "-") for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN
             + lexicon.ROLE_TITLES_EN + lexicon.OCCUPATIONS_EN} | {
    "senior", "former", "acting", "deputy", "ancien", "ancienne", "chief", "head", "official", "responsable"}


INSTITUTION = re.compile(r"\b(?:ministry|ministère|office|agency|department|service|government|gouvernement|army|"
                         r"armée|police|bureau|agence|administration|préfecture|mairie|présidence|presidency)\b", re.I)
LEADER_WORDS = {"chef", "cheffe", "head", "patron", "leader", "dirigeant", "chief", "boss"}
# "Le nouveau bilan fait état de 32 morts": a toll reports, it does not speak.
TOLL_SUBJECT = re.compile(r"(?:(?:le|la|un|the|a)\s+)?(?:(?:nouveau|dernier|premier|new|latest|official)\s+)?"
                          r"(?:bilan|toll|death\s+toll|chiffre|nombre|number|décompte)\b", re.I)

NAME_LIKE = re.compile(r"(?:(?:" + COURTESY + r")\s*)?[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,3}")
DET_START = re.compile(r"(?:(?:le|la|les|son|sa|ses|leur|the|an?|its|his|her|their)\s|l['’])", re.I)
COLON_LABEL = re.compile(r"\s*(?P<subj>[^\W\d][^:;.!?«»\"“”]{1,60}?)\s*:\s*$")
# "Réponse quasi immédiate de Paul Roux, délégué syndical de la CGT :": a reply's label may run longer than a name.
REPLY_LABEL = re.compile(r"\s*(?P<subj>(?:réponse|réaction|réplique)\s[^:;.!?«»\"“”]{1,90}?)\s*:\s*$", re.I)
# "Le président ukrainien l'a remerciée": object pronouns may stand before the verb.
# "Le maire de Pau, reçu longuement à l'Élysée, doit ...": an aside between commas may follow the role.
# ("Republic's leader was freed": an English possessive opens a role subject too.)
ROLE_SUBJECT = re.compile(r"(?:Le|La|L'|The|(?=[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s))\s*"
                          r"(?P<np>[^,;:.!?«»\"“”]{2,60}?)(?:,[^,;:.!?«»\"“”]{2,80},)?\s+"
                          r"(?:(?:l'|lui\s|leur\s|les\s|y\s|en\s|ne\s|n')\s*)*(?:a|avait|est|était|s'est|se|doit|va|has|had|is|was|will|would)\b")
# ("Arrivé devant le lycée, le ministre, X, a confirmé": where the speaker had come, not who speaks.)
LEADING_CLAUSE = re.compile(r"\s*(?:asked|questioned|speaking|interviewed|interrogée?s?|questionnée?s?|invitée?s?|"
                            r"arrivée?s?|venue?s?|rentrée?s?|réunie?s?|accompagnée?s?|entourée?s?|installée?s?|"
                            r"attendue?s?|reçue?s?|jointe?s?|"
                            r"auditionnée?s?|interviewée?s?|s'exprimant|réagissant|reacting)\b[^,;:«»\"“”]{0,80},",
                            re.I)
LEADING_ADVERBIAL = re.compile(
    r"\s*(?:sur place|de son côté|pour sa part|pour (?:sa|leur) part|peu après|plus tard|entre-temps|ce \w+|"
    # "Côté gouvernement, le ministre des Transports, X, a dénoncé": the side, before the subject.
    r"côté\s+[\w'-]+(?:\s+[\w'-]+)?|"
    # ("Du côté de la STM, le directeur général, X, assure": the side, with its article.)
    r"du\s+côté\s+(?:de\s+la\s+|de\s+l['’]|d[eu]\s+|des\s+|d['’])[\w'’-]+(?:\s+[\w'’-]+)?|"
    # "Hier, l'archevêque de Paris, Laurent Ulrich, a rappelé": when, before the subject.
    r"hier|avant-hier|aujourd'hui|la veille|le lendemain|yesterday|today|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|après-midi|dernier))?|"
    # ("À l'issue d'un conseil de défense réuni à l'Élysée, la Première ministre, X, a annoncé": up to 60 chars.)
    # ("Parmi eux, X, fondatrice d'une start-up, a plaidé": whom the speaker was among, too.)
    r"(?:sur|à|au|aux|dans|depuis|devant|lors d[eu']|après|avant|en|parmi|in|at|on|after|before|speaking|"
    # ("Outside court, the victim's brother, X, said": where, outside or inside, before the subject too.)
    r"outside|inside|meanwhile|later|earlier|elsewhere|ailleurs|\w+ment)\b[^,]{0,60}?)\s*(?=,)", re.I)


def after_leading_adverbial(text: str) -> int:
    """Where the words after a leading adverbial and its comma start ("En conférence de presse, le sélectionneur
    a refusé": at "le"), or 0 when the text opens with none."""
    lead = LEADING_ADVERBIAL.match(text)
    if not lead:
        return 0
    rest = text[lead.end() + 1:]  # (the pattern ends before its comma)
    return lead.end() + 1 + len(rest) - len(rest.lstrip())


AUX_WORDS = {"fr": re.compile(r"\b(?:a|ont|est|sont|était|étaient|sera|avait|avaient|doit|va|vont)\b"),
             "en": re.compile(r"\b(?:was|were|has|have|had|is|are|will|would)\b", re.I)}
