"""Quotes and their speakers.

Per sentence: quoted spans (« », “ ”, " "), speech verbs outside them (with the inverted French forms
"a-t-elle ajouté", "ajoute-t-il"), "selon X" / "according to X". A quote standing alone beside its
attribution is direct; a quoted fragment inside reported speech is mixed (its span is the reported
clause); reported speech without quote marks is indirect. The speaker is the subject of the speech
verb: a name (with its role from the words around it), a pronoun or a bare role resolved against the
speakers of this post and of the blog's recent posts (speakers.py), or an organisation. When none of
these is certain the speaker is null. The speech verbs and subject patterns are in speech.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liveline.intel import attribution, lexicon, numbers
from liveline.intel.context import BlogContext, Speaker, seen_names
from liveline.intel.entities import Gazetteer, Mention
from liveline.intel.names import ACRONYM, abbreviates
from liveline.intel.roles import gender_of, role_norm
from liveline.intel.speakers import (
    REPLY_OF,
    SOMEONE,
    Resolver,
    completed_name,
    hwords,
    is_role_word,
    without_titles,
)
from liveline.intel.speech import (
    ADVERBS,
    ASIDE_FR,
    AUX_WORDS,
    COLON_LABEL,
    DET_START,
    DETS,
    EN_BARE_CLAUSE,
    EN_VERB,
    FINITE_AFTER_EN,
    FINITE_CLAUSE_EN,
    FR_COMPOUND,
    FR_REFLEXIVE,
    FR_SIMPLE,
    INDEFINITE_FR,
    LEADING_ADVERBIAL,
    LEADING_CLAUSE,
    LOWER,
    NAME_LIKE,
    NAMING,
    OBJECT_PARTICIPLES,
    OPENING_SUBJECT,
    PART,
    PARTICIPLE_SPEECH,
    PRES,
    RELATIVE_SPEECH,
    REPLY_LABEL,
    ROLE_SUBJECT,
    SOURCE,
    SPEECH_INF,
    THAT_ONLY_EN,
    TO_SOMEONE_THAT_EN,
    TOLL_SUBJECT,
    WARNS,
    after_leading_adverbial,
    capitalised,
)
from liveline.intel.text import Span, quoted_spans
from liveline.intel.titles import CIVIL_FR, COMMON_FR, DR, ME, MME, M, either

# A participle clause between commas after a French subject ("Une voisine, entendue comme témoin, a dit").
PARTICIPLE_FR = re.compile(r"[a-zéèêîô]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+(?:à|au|aux|par|sur|dans|devant|"
                           r"en|lors|après|depuis|comme)\s[^,;:«»\"“”]{1,60}")
# (An English one too: "The senator, speaking to CNN, said"; a lone present participle: "Okafor, smiling, said".)
# ... and an English participle with its object or complement after an unnamed subject (not a preposition in
# "-ing": "including", "according to").
PARTICIPLE_PHRASE_EN = re.compile(r"(?!(?:including|according|during|following|regarding|concerning|excluding|"
                                  r"something|nothing|anything|everything)\b)(?-i:[a-z]{3,}ing)\s+\S")
PARTICIPLE = re.compile(r"(?:speaking|asked|questioned|interviewed|visiting|writing|reacting|responding|"
                        r"addressing|standing|appearing|for\s+(?:his|her|their|its)\s+part$|however$|meanwhile$|"
                        r"in\s+turn$|though$|too$|(?-i:[a-z]{3,}ing)$)\b", re.I)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None
    # Which rule decided the speaker ("attribution", "source", "previous", ...; "open" when none could):
    # a feature of the learned arbiter (attribution.py), which weighs how far each rule is to be trusted.
    rule: str = ""

    @property
    def open(self) -> bool:
        """No rule read who said it (no attribution, source or quote before it): attribution.py may."""
        return self.rule == "open"


@dataclass
class Attribution:
    verb_start: int
    verb_end: int
    subj: str
    subj_start: int
    inverted: bool
    complement: int  # where what was said starts (after "que"/":"/"that"), in sentence offsets
    participle: bool = False  # ", adding that ...": the subject is borrowed from the sentence
    contrast: bool = False  # "L'élu, de son côté, a annoncé": the subject sets itself apart from who spoke last


# "« Nous avons beaucoup investi, a insisté le maire, et nous continuerons. »", "« ..., poursuit-elle. Les ... »": an
# inverted attribution inside one pair of quote marks, between a comma and the words that carry on (a comma then
# a clause opener, or a full stop then a capital), cuts the quotation in two direct quotes (French only).
INCISE_END = (r"(?:,\s*(?=(?:et|mais|car|donc|alors|puis|parce|sinon|or|ni|si|quand|lorsque|même|nous|on|je|j'|il|"
              r"elle|ils|elles|c'|ce|cela|ça|vous|tout|rien)\b)|\.\s+(?=(?-i:[A-ZÉÀ])))")
# A title opening a subject after the verb ("a insisté Me X") or a label ("Mme X"): not Maître, Dre, Pr, as these
# rules were written (INCISE ignores case: "pr" would open "prudemment").
_SUBJECT_TITLES = either((M, MME, ME, DR))
INCISE = re.compile(
    r",\s*(?:(?:(?:a|avait)-t-(?:il|elle|on)|ont-(?:ils|elles))\s+" + ADVERBS + rf"(?:{PART})(?:e|s|es)?(?![\w-])"
    rf"|(?:{PRES})(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))(?![\w-])"
    rf"|(?:(?:a|avait)\s+" + ADVERBS + rf"(?:{PART})(?:e|s|es)?|(?:{PRES}))\s+"
    r"(?:le|la|l'|les|" + _SUBJECT_TITLES + r"|(?-i:[A-ZÉ])))[^,.;:!?«»\"“”]{0,60}?(?P<end>" + INCISE_END + ")", re.I)


def _split_incises(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The quotations of `text`, each cut in two around an inverted attribution inside its marks (INCISE): the
    first part ends with the comma before the verb, the second starts right before the words that resume. And
    the incises cut out, which belong to the attribution ("a-t-il déclaré sur BFMTV" is not the speaker's)."""
    out, gaps = [], []
    for s, e in spans:
        m = next((m for m in INCISE.finditer(text, s + 1, e - 1) if re.search(r"[^\W\d_]{2,}", text[m.end(): e - 1])),
                 None)
        if m is None:
            out.append((s, e))
            continue
        resume = m.end()
        out += [(s, m.start() + 1), (resume - 1, e)]
        gaps.append((m.start() + 1, resume - 1))
    return out, gaps


def _blank(masked: str, gaps: list[tuple[int, int]], offset: int) -> str:
    """`masked` with the text offsets `gaps` (incises) blanked."""
    chars = list(masked)
    for s, e in gaps:
        for k in range(max(s - offset, 0), min(e - offset, len(chars))):
            chars[k] = " "
    return "".join(chars)


def _mask(sentence: str, spans: list[tuple[int, int]]) -> str:
    chars = list(sentence)
    for s, e in spans:
        for k in range(s + 1, e - 1):
            chars[k] = "x" if chars[k] != " " else " "
    # "closed until 11:59 p.m.": the colon of a clock time introduces nothing.
    return re.sub(r"(?<=\d):(?=\d\d)", "h", "".join(chars))


def _verbs(masked: str, lang: str, qspans: list[tuple[int, int]],
           questions: list[tuple[int, int]] = ()) -> list[tuple[int, int, bool]]:
    """(start, end, inverted) of each speech verb outside quotes; `questions`: the quotes that ask one."""
    found = []
    if lang == "fr":
        for m in FR_COMPOUND.finditer(masked):
            inv = "-t-" in m.group("aux") or "-" in m.group("aux")
            found.append((m.start(), m.end(), inv))
        for m in FR_REFLEXIVE.finditer(masked):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), False))
        for m in FR_SIMPLE.finditer(masked):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            before = masked[: m.start()].rstrip()
            after = masked[m.end():]
            if not m.group("inv") and re.search(r"(?<![\w-])(?:aucune?|une?|des|cette|ce|cet|ces|sa|son|ses|chaque|"
                                                # ("jugé une telle demande « prématurée »": "tel" before a noun.)
                                                r"nouvel|nouvelle|nouveau|tel|telle|tels|telles)$", before, re.I):
                # "qu'aucune menace ne serait...": after a determiner, a noun (not "le", "la", "l'", which may be
                # object pronouns: "comme l'indique le ministère").
                continue
            if m.group("verb").lower() in lexicon.SPEECH_FR_INVERTED and not before.endswith(","):
                continue
            if m.group("inv") or before.endswith((",", "»", "”", '"', "—", "–")) or \
                    m.group("verb").lower() in {"accuse", "accusent", "dénonce", "dénoncent"} or \
                    (re.match(WARNS, m.group("verb"), re.I) and
                     re.match(r"\s*(?:[\w'-]+\s+){0,4}?(?:contre\b|que\b|qu')", after, re.I)) or \
                    re.match(r"\s*" + ADVERBS + r"(?::|que\b|qu'|avoir\b|être\b|ne\s|n')", after, re.I) or \
                    (m.group("verb").lower() in {"promet", "promettent"} and
                     re.match(r"\s*" + ADVERBS + r"d(?:e\s+|')[^\W\d]+(?:er|ir|re)\b", after, re.I)) or \
                    re.match(r"\s*(?-i:[a-zéèêâîôûç]+(?:er|ir|re))\s+(?:[\w'-]+\s+){0,3}«", after) or \
                    re.match(r"\s*(?:(?:des|un|une|le|la|les|l'|du|d')\s*(?:[^\W\d][\w-]*\s+){0,2})?«", after, re.I):
                # ("le SE-Unsa réclame « des adultes en plus »": what is asked for, in the speaker's words;
                # "qualifie d'« inacceptable » la ...", "juge la méthode « inacceptable »": a judgement in them;
                # "affirme suivre la situation « de très près »": an infinitive and the quoted words it governs.)
                found.append((m.start(), m.end(), bool(m.group("inv"))))
        for m in QUOTING_FR.finditer(masked):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            before, after = masked[: m.start()], masked[m.end():]
            after_quote = bool(re.search(r"[»”\"]\s*,\s*$", before))
            if not m.group("aux") and not after_quote and \
                    re.search(r"(?<![\w-])(?:l'|la|le|une?|cette|ce|son|sa|ses|leur|les|des)\s*$", before, re.I):
                continue  # "l'adresse « ... »", "une parle": nouns
            if after_quote or QUOTED_NEXT.match(after):
                inv = after_quote or "-" in (m.group("aux") or "") or bool(m.group("inv"))
                found.append((m.start(), m.end(), inv))
        for m in AFTER_QUOTE_ONLY.finditer(masked):
            # "« ... », a lu la présidente, « ... »", "« ... », l'a interrompu le juge": words read out or cut in are
            # speech only inverted right after a quote ("il a lu le jugement", "a interrompu la circulation",
            # "l'a interrompu : « ... »" say nothing of their own).
            if re.search(r"[»”\"]\s*,\s*(?:l['’]|lui\s+)?$", masked[: m.start()]):
                found.append((m.start(), m.end(), True))
    else:
        for m in EN_VERB.finditer(masked):
            verb = m.group("verb").lower()
            after = masked[m.end():]
            before = masked[: m.start()].rstrip()
            near_quote = before.endswith((",", '"', "”", "—")) or re.match(r"\s*(?::|,?\s*[\"“])", after) or \
                any(0 <= m.start() - e <= 60 for _, e in qspans) or any(0 <= s - m.end() <= 80 for s, _ in qspans)
            # "wrote on Truth Social that ...": where (or to whom) it was said may stand before "that".
            clause = re.match(r"\s*(?:that\b|(?:reporters|journalists|AFP|Reuters|the BBC|CNN|the press)\s+"
                              r"(?:that\b)?|(?:on|in|to|via)\s+[^,.;:\"“”]{1,40}?\s+that\b)", after)
            if re.search(r"\bwhat\s+(?:it|they|he|she)\s*$", before, re.I):
                continue
            if re.search(r"\b(?:been|being|be|was|were|is|are)\s*$", before, re.I):
                continue  # "residents had been told to leave": a passive, nobody speaks
            if re.match(r"\s*(?:dead|alive|killed|missing|injured|safe|infected|positive|negative)\b", after, re.I):
                continue  # "the number of people confirmed dead": a participle as adjective, nobody speaks
            if verb.startswith("claim") and CLAIMED_THING.match(after):
                continue  # "the storm has claimed two lives", "claimed responsibility": taken, not said
            if verb == "say" and (contact := CONTACTED_TO_EN.search(before + " ")):
                # "Pat, a reader, emailed to say ...": how the words reached us, then what was said.
                found.append((contact.start(), m.end(), False))
                continue
            if verb == "say" and re.search(r"(?<![\w'])(?:to|a|not|n't|will|would|can|could|may|might|must|should|"
                                           r"did|do|does|cannot)\s*$", before, re.I):
                continue  # "refused to say", "have a say": no one says what follows
            if verb in THAT_ONLY_EN and not re.match(r"\s*that\b", after):
                continue  # "submitted a report": what a lawyer submits is said only in a "that" clause
            if verb in TO_SOMEONE_THAT_EN:
                if not re.match(r"\s*(?:[\w'’-]+\s+){1,3}?that\b", after):
                    continue  # "reminded me of my father": no words reported
                clause = True
            if verb in FINITE_CLAUSE_EN and (finite := FINITE_AFTER_EN.match(after)) and \
                    not re.search(r"[,.;:!?\"“”]", after[: finite.end()]):
                clause = True  # "suggested the email had landed": the clause the verb reports
            if verb in EN_BARE_CLAUSE or near_quote or clause:
                found.append((m.start(), m.end(), False))
        for m in re.finditer(r"(?<![\w-])asked(?![\w-])", masked):
            # '"Close to what?" one delegate asked reporters': who asks a quoted question speaks (not "asked
            # residents to leave").
            if any(re.fullmatch(r"[\s,]*(?:[^,.;:!?\"“”]{1,50}\s)?", masked[e: m.start()]) for _, e in questions):
                found.append((m.start(), m.end(), False))
    return sorted(found)


# How someone got in touch before "to say": "emailed to say", "wrote in to say", "rang us to say".
CONTACTED_TO_EN = re.compile(r"(?<![\w-])(?:emailed|e-mailed|texted|messaged|wrote(?:\s+in)?|rang|phoned|called)"
                             r"(?:\s+(?:us|in))?\s+to\s+$", re.I)


# Verbs that give someone's words only with the words quoted right after them ("a parlé d'un accord
# « équilibré »", "parle d'une finale « pour l'éternité »", "a adressé « tout son soutien » aux habitants");
# "il a parlé avec ses proches" says nothing.
QUOTING_FR = re.compile(r"(?<![\w-])(?:(?P<aux>a|ont|avait|avaient|a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+" + ADVERBS +
                        r")?(?P<verb>parlée?s?|parlent|parle|adressée?s?|adressent|adresse|exprimée?s?|exprime|"
                        r"expriment|défendue?s?|défend|défendent)"
                        r"(?P<inv>-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?![\w-])", re.I)
# ("parle au contraire d'un « recul »": an adverb may come between the verb and the quoted words.)
QUOTED_NEXT = re.compile(r"\s*" + ADVERBS + r"(?:(?:de|d'|du|des)\s*)?(?:(?:un|une|le|la|les|l'|son|sa|ses|leur|"
                         r"leurs|tout|toute|tous|toutes)\s*)*(?:[^\W\d][\w'-]*\s+){0,2}[«“\"]", re.I)
AFTER_QUOTE_ONLY = re.compile(r"(?<![\w-])(?:(?:a|avait)(?:-t-(?:il|elle))?\s+(?:lu|interrompue?)|"
                              r"(?:lit|interrompt)(?:-t-(?:il|elle)|-(?:il|elle))?|lisait|"
                              # "« ... », alerte sa coordinatrice", "« ... », crie-t-il": a warning or a shout (not
                              # "Nouvelle alerte rouge", "la foule crie").
                              r"(?:alerte|crie|grogne)(?:nt)?(?:-t-(?:il|elle)|-(?:ils|elles))?)(?![\w-])", re.I)


# A recording and whose it is, in a clause that ends in a colon before a quote: "played the jury a voicemail Gale
# left on his boss's phone:", "read out a letter Smith had written to the council:".
RECORDED_BY_EN = re.compile(r"\b(?:voicemail|voice\s+(?:message|note)|text\s+message|letter|email|e-mail|note|"
                            r"recording)\s+(?:that\s+|which\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                            r"(?:had\s+)?(?:left|sent|wrote|written|recorded)\b[^:;.!?\"“”]{0,80}:\s*$")


# A clause that ends in a colon before a quote, its subject the speaker: "X, asked about Y, smiled:", "he laughed:",
# "A resident, X, was unimpressed:", "X had (has) a clear message for drivers:" (not "said", which attributions read).
COLON_CLAUSE_EN = re.compile(
    r"\s*(?:(?i:asked|questioned|pressed)\b(?:[^,;:\"“”]|,(?=\d)){0,80},\s*)?"
    r"(?P<subj>[^,;:.!?\"“”]{1,60}?(?:,(?!\s*(?:asked|questioned|pressed|speaking)\b)[^,;:.!?\"“”]{1,60},)?)"
    r"(?:,\s*(?:asked|questioned|pressed|speaking)\b[^,;:.!?\"“”]{0,60},)?"
    r"\s+(?:(?:was|were|seemed|sounded|looked|remained)\s+(?:\w+\s+)?[a-z]+|"
    r"(?:had|has|have)\s+(?:a|an|one|this|the|some)\s+[^,;:.!?\"“”]{1,60}|(?!said\b)[a-z]+ed)\s*:\s*$")


# A sentence that asks: an auxiliary or a question word first ("Has anyone told you ...?", "What did they say?").
ASKING = re.compile(r"\s*(?:has|have|had|did|do|does|is|are|was|were|will|would|can|could|should|how|what|when|"
                    r"where|why|who)\b", re.I)


# What one claims that is not a statement: lives a disaster takes, responsibility, a win, a right.
CLAIMED_THING = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|at\s+least|more\s+than|another|"
                           rf"{numbers.DIGITS}|{numbers.WORDS_EN}|dozens|hundreds|thousands|many|"
                           r"several|more|new|fresh|first|second|third)\s+){0,3}"
                           r"(?:lives?|victims?|responsibility|credit|victory|wins?|titles?|seats?|records?|asylum|"
                           r"benefits?|compensation|damages|ownership|the\s+throne|power)\b", re.I)


# A noun and the "que" of a relative clause on it: "un titre que la défunte", "les mots que le maire".
RELATIVE_OBJECT = re.compile(r"(?:un|une|le|la|l'|les|des|ce|cet|cette|ces)\s*(?:[\w-]+\s+){1,2}(?:que\s|qu')", re.I)


def _attributions(masked: str, lang: str, qspans: list[tuple[int, int]],
                  people: list[tuple[int, int]] = (), questions: list[tuple[int, int]] = ()) -> list[Attribution]:
    out = []
    for vs, ve, inv in _verbs(masked, lang, qspans, questions):
        before = masked[:vs]
        if lang == "fr" and (clitic := re.search(r"(?:(?<=[\s,«»])|^)(?:lui|leur|nous|vous)\s+$|(?<![\w-])[mt]['’]$",
                                                 before, re.I)):
            # "La juge, Anne Roux, lui a rappelé que", "« ... », nous a confié le maire": the pronoun before the
            # verb is who was spoken to; the subject is before it, or after the verb.
            before = before[: clitic.start()] + " " * (len(before) - clitic.start())
        contrast = False
        if lang == "en" and (dash := re.search(r"\s*—[^—\"“”]{1,80}—\s*$", before)):
            # "Kemi Badenoch — who has been critical of the minister — said": the aside is not the end
            # of the subject.
            before = before[: dash.start()] + " " * (len(before) - dash.start())
        strong = max(before.rfind("»"), before.rfind("”"), before.rfind(":"), before.rfind(";"),
                     before.rfind('"'), before.rfind("—"))
        # "30,000 residents": a comma between digits separates nothing.
        b = max(strong, max((m.start() for m in re.finditer(r",(?!\d)", before)), default=-1))
        subj_before = before[b + 1:].strip()
        if not subj_before and b > strong and before[b] == ",":
            # "Le gouverneur de Soumy, Volodymyr Artioukh, a affirmé": the subject carries appositions.
            segment = before[strong + 1: b]
            # "Sur place, la ministre de la Défense, Margarita Robles, a reconnu": a leading adverbial
            # is not part of the subject.
            lead = LEADING_ADVERBIAL.match(segment)
            if lead and segment.count(",") >= 2:
                strong += lead.end() + 1
                segment = before[strong + 1: b]
            elif (clause := LEADING_CLAUSE.match(segment)) and segment.count(",") >= 2:
                # "Auditionnée par le Sénat, la présidente du Louvre, Laurence des Cars, a admis": the
                # circumstances of the speaker, not the subject.
                strong += clause.end()
                segment = before[strong + 1: b]
            parts = [p.strip() for p in segment.split(",")]
            # Relative clauses ("qui avait proposé...", "who cut short a trip") belong to the subject, and so
            # does an English one on a place ("A driver from Hilo, where the road gave way, said").
            plain_parts = [p for p in parts if not re.match(r"(?:qui|who|which|dont|whose)\b", p, re.I)
                           and not (lang == "en" and re.match(r"where\s", p))]
            # "The senator, speaking to CNN, said": so does a participle clause after the subject.
            # ("One fisherman, hauling his boat up the beach, said": a participle with its object too.)
            participle = lang == "en" and len(parts) >= 2 and bool(
                PARTICIPLE.match(parts[-1]) or (len(parts) == 2 and PARTICIPLE_PHRASE_EN.match(parts[-1])))
            if participle:
                plain_parts = [p for p in plain_parts if p != parts[-1]]
            # "Pickering, 44, said": an age after the subject, like an aside.
            aged = lang == "en" and len(parts) == 2 and bool(re.fullmatch(r"\d{1,3}", parts[-1]))
            if aged:
                plain_parts = plain_parts[:1]
            # "Le ministre, de son côté, a promis", "La présidente, elle, a annoncé": an aside after the subject.
            # ("Une étudiante, croisée à la sortie de la conférence, résume": a participle phrase too.)
            aside = lang == "fr" and len(parts) >= 2 and bool(ASIDE_FR.fullmatch(parts[-1]) or
                                                              PARTICIPLE_FR.fullmatch(parts[-1]))
            if aside:
                plain_parts = [p for p in plain_parts if p != parts[-1]]
            seg_start = strong + 1
            named = [p for p in plain_parts
                     if any(seg_start + segment.find(p) <= s < seg_start + segment.find(p) + len(p) for s, _ in people)
                     or NAME_LIKE.fullmatch(p)]
            first = plain_parts[0] if plain_parts else ""
            if (participle or aside or aged) and len(plain_parts) == 1 and (
                    re.fullmatch(r"[A-Z][a-zé][\w'-]+", first) or
                    (lang == "en" and re.fullmatch(r"[A-Z]['’][A-Z][a-z][\w'’-]+", first))):
                # "Streeting, for his part, said": a surname the model did not see ("O'Leary" too).
                named.append(first)
            # "Un moniteur, qui a assisté à l'intervention, ajoute": an indefinite subject (a nobody) in French.
            indefinite = lang == "fr" and bool(re.match(r"(?:un|une)\s", first, re.I))
            # "Her neighbour, who asked not to be named, said": a relative clause also marks a subject.
            # ("One man, whose sister was on board, said": so does "one"/"another" before it.)
            relative = len(plain_parts) < len(parts) and bool(
                DET_START.match(first) or participle or indefinite or
                (lang == "en" and re.match(r"(?:another|one)\s", first, re.I)))
            # "Another victim, a man in his seventies, said": a noun phrase in apposition to an unnamed subject.
            apposed = lang == "en" and len(parts) == 2 and bool(DET_START.match(parts[1])) and \
                bool(DET_START.match(first) or re.match(r"(?:another|one)(?:\s|$)", first, re.I))
            if segment.strip() and (named or relative or apposed) and len(parts) <= 3 and \
                    all(0 < len(p.split()) <= _part_words(lang, p, i, p in named)
                        for i, p in enumerate(plain_parts)) and \
                    not any(AUX_WORDS[lang].search(p) for p in plain_parts) and \
                    (first in named or DET_START.match(first) or indefinite
                     # "Another witness, Greg Smith, said", "That witness, Greg Smith, testified"
                     or (lang == "en" and re.match(r"(?:another|one|other|that|this)(?:\s|$)", first, re.I))
                     or (hwords(first)[:1] and is_role_word(hwords(first)[0]))
                     # "Air India's chief executive, Campbell Wilson, said"
                     or (lang == "en" and re.match(r"[A-Z][\w .&-]{0,40}'s\s", first)
                         and any(is_role_word(w) for w in hwords(first)))):
                b = strong
                subj_before = before[b + 1:].strip().rstrip(",").strip()
                if participle or aside or aged:
                    subj_before = subj_before[: subj_before.rindex(",")].strip()
                contrast = aside
            elif lang == "en" and len(parts) >= 3 and parts[-1] in named and DET_START.match(parts[-2]) and \
                    any(is_role_word(w) for w in hwords(parts[-2])) and len(parts[-2].split()) <= 8 and \
                    not AUX_WORDS[lang].search(parts[-2]):
                # "Three people were hurt, one of them badly, a fire service spokesman, Tom Reid, told the BBC": a
                # role and a name in apposition end the clause they report.
                b = strong + 1 + [i for i, ch in enumerate(segment) if ch == ","][-2]
                subj_before = before[b + 1:].strip().rstrip(",").strip()
        subj_start = b + 1 + (len(before[b + 1:]) - len(before[b + 1:].lstrip()))
        if subj_before.lower() in {"and", "et", "but", "mais", "then", "puis", "avant de", "before"} and out:
            # "X said he was shocked and urged...": the same subject.
            prev = out[-1]
            after = masked[ve:]
            c = re.match(r"\s*(?:[^,.:«»\"“”]{0,40}?\s)?(?:que|qu'|that)\s*", after, re.I)
            out.append(Attribution(vs, ve, prev.subj, prev.subj_start, False, ve + c.end() if c else ve))
            continue
        if lang == "en" and b < 0 and re.search(r"\s(?:but|and)(?:\s+(?:also|then|later))?$", subj_before) and \
                (opening := OPENING_SUBJECT[lang].match(masked)) and opening.end("subj") < vs and \
                not re.search(r"\b(?:that|who|which)\b", masked[opening.end("subj"): vs]):
            # "Jet2 has reported record profits but warned that ...": the subject of the clause before "but" speaks.
            c = re.match(r"\s*(?:[^,.:«»\"“”]{0,40}?\s)?that\s*", masked[ve:], re.I)
            out.append(Attribution(vs, ve, opening.group("subj"), opening.start("subj"), False,
                                   ve + c.end() if c else ve))
            continue
        if lang == "en":
            subj_before = re.sub(r"\s+(?:has|had|have|also|then|later|again|previously|earlier)$", "", subj_before)
        if lang == "en" and not inv and not subj_before and re.search(r"\b(?:and|but),[^,;:\"“”]{1,80},\s*$", before):
            # "drove east and, in the hours before the attack, posted five videos": a second verb of the
            # subject before, after an aside, not a subject inverted after it.
            continue
        # ("« ... », lui a lancé une femme": to whom, before the verb, is no subject; who spoke follows it.)
        if inv or not subj_before or (lang == "fr" and b >= 0 and before[b] in ",»”\"" and
                                      (not re.search(r"\w{2,}", subj_before) or
                                       re.fullmatch(r"(?:lui|leur|nous|vous)", subj_before, re.I) and
                                       re.search(r"[»”\"]\s*,\s*$", before[: b + 1]))):
            rest = masked[ve:]
            # "a indiqué à la presse la préfète", "a réagi sur X le coordinateur": where it was said
            # comes before the subject.
            # ", reconnaît, dans un entretien au Monde, le directeur ...": an aside between commas first.
            aside = re.match(r"\s*,\s*(?:dans|lors|en\s+marge|au\s+cours|devant|depuis|sur|à|au)\s"
                             r"[^,;:«»\"“”.!?]{2,60},", rest) if lang == "fr" else None
            if aside:
                rest = " " * aside.end() + rest[aside.end():]
            m = re.match(r"[\s,]*" + ADVERBS + r"(?:(?:à|au|aux|sur|dans|devant|depuis|auprès\s+d[eu]|to|on|in)\s+"
                         # "martèle au micro de RTL la secrétaire générale": where, in a few words, too.
                         r"(?:(?:le\s+|l')?(?:micro|plateau|antenne)\s+(?:de\s+|d')[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*)?\s+|"
                         r"(?:la\s+|le\s+|les\s+|l'|the\s+)?[\w'-]+\s+)"
                         r"(?=(?:le|la|l'|les|un|une|son|sa|" + either(CIVIL_FR) + r"|[A-ZÉ])))?"
                         r"(?P<subj>[^,;:«»\"“”.!?]*(?:\.\s?[A-Z][^,;:«»\"“”.!?]*)?)", rest)
            subj = m.group("subj").strip() if m else ""
            start = ve + (m.start("subj") if m else 0)
            if m:
                more = re.match(r",\s*([A-ZÉÈ][^,;:.!?«»\"“”]{2,50})", rest[m.end("subj"):])
                if lang == "fr" and not more:
                    # "estime notre consultant, l'ancien sprinteur Franck Pallier": an apposition may give what
                    # the person is before the name.
                    more = re.match(r",\s*((?:l'|le\s|la\s)(?:[a-zéèêàâîôûç][\w'-]*\s+){1,4}"
                                    r"[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,2})(?=\s*(?:[,.]|$))", rest[m.end("subj"):])
                if lang == "en" and not more and re.fullmatch(r"(?:one|another)(?:\s+of\s+them)?", subj, re.I):
                    # 'said one, a Dutch teacher who gave his name only as Pieter': the apposition says who.
                    more = re.match(r",\s*(an?\s[^,;:.!?\"“”]{2,80})", rest[m.end("subj"):])
                # "a réagi le président de la Fédération française de judo, Stéphane Nomis,": French roles
                # run longer.
                if more and len(subj.split()) <= (10 if lang == "fr" else 6):
                    subj = rest[m.start("subj"): m.end("subj") + more.end()].strip()
            pronoun = re.search(r"-(?:t-)?(il|elle|on|ils|elles)\b", masked[vs:ve])
            if pronoun:
                subj, start = pronoun.group(1), vs + pronoun.start(1)
            elif re.match(r"(?:que|qu'|that)\b", subj, re.I):
                subj = ""  # "a confirmé que l'assaillant, X, était": what was said, not who said it
            out.append(Attribution(vs, ve, subj, start, True, len(masked)))
        else:
            after = masked[ve:]
            c = re.match(r"\s*(?:[^,.:«»\"“”]{0,40}?\s)??(?:que\b|qu'|that\b)\s*", after, re.I)
            if c and lang == "en" and AUX_WORDS[lang].search(after[: c.end()]):
                # "said he had been briefed and was grateful that Trump was safe": the reported clause
                # began before that "that".
                c = None
            if not c and lang == "fr":
                # "a fait savoir hier à son homologue, Priti Patel, qu'elle ...": to whom it was said (with
                # an apposition) may stand between the verb and "que".
                c = re.match(r"\s*" + ADVERBS + r"(?:à|aux?)\s[^,.:;«»\"“”]{1,50}(?:,[^,.:;«»\"“”]{1,40},)?\s*"
                             r"(?:que\b|qu')\s*", after, re.I)
            if c:
                comp = ve + c.end()
            else:
                c2 = re.match(r"\s*(?:[^,.:«»\"“”]{0,60}?)?\s*:\s*", after)
                # "told reporters the winds were...": who was told is not what was said.
                c3 = lang == "en" and re.match(r"\s*(?:reporters|journalists|the press|AFP|Reuters|the BBC|CNN|"
                                               r"the AP|the Associated Press|NBC|CBS|ABC|Fox News)\s+", after)
                if lang == "en" and re.match(r"tol[dl]", masked[vs:ve].split()[-1], re.I):
                    # ("told us she had ...": the pronoun is who was told.)
                    c3 = c3 or re.match(r"\s*(?:us|me|him|her|them)\s+", after) or TOLD_HEARING_EN.match(after)
                    # "told ABC News it was ...", "told the Financial Times the ...": a named audience.
                    named_audience = re.match(r"\s*(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){1,4}(?=[a-z])", after)
                    if named_audience and (not c3 or named_audience.end() > c3.end()):
                        c3 = named_audience
                if c3 and (where := re.match(r"(?:at|in|outside|near|aboard)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}"
                                             r"(?=[a-z])", after[c3.end():])):
                    # "told reporters at the White House he had approved ...": where, then what was said.
                    c3 = re.match(re.escape(after[: c3.end() + where.end()]), after)
                comp = ve + c2.end() if c2 else ve + c3.end() if c3 else ve + len(after) - len(after.lstrip())
            # ("..., the National Authority for Emergency and Civil Protection (ANEPC) said": the acronym in
            # brackets is no word of the subject's length.)
            trailing = b >= 0 and before[b] == "," and re.fullmatch(
                r"[\s,]*(?:(?:on|in|at|late|earlier|to|à|dans|lors|en|sur|le|la|mardi|lundi|[^,.;:]{0,40})"
                r"[^.;:!?]*)?[.!?]?\s*", after) is not None and not c and not re.search(r"[«“\"]", after) \
                and len(before[:b].split()) >= 3 and \
                len(re.sub(r"\s*\([A-Z][\w&.-]*\)$", "", subj_before).split()) <= 8 and (
                    len(after.split()) <= 6 or
                    # "Crews will work through the weekend, he added, with linesmen on their way": a phrase
                    # set off by a comma after the verb adds to the attribution, it reports nothing.
                    (lang == "en" and re.match(r"\s*,\s*(?:with|as|after|before|while|amid|despite|without|"
                                               r"following|during|since|including|"
                                               # ", the brigade said, 29 of them brought out by crews"
                                               r"(?:\d[\d,]*|most|many|some|all|none|several|half|both)\s+of\s+"
                                               r"(?:them|whom|those))\b", after) is not None
                     and len(after.split()) <= 20) or
                    # "..., Commander X told a briefing near the tower this morning.": who was told, and where.
                    (lang == "en" and masked[vs:ve].split()[-1].lower() in {"told", "tells"} and
                     len(after.split()) <= 12))
            object_after = re.match(r"\s*" + ADVERBS + r"(?:(?:à|vers|en)\s+[\w'-]+\s+)?(?:une?|des|du|les?|la|l')\s*"
                                    r"(?!(?:soir|matin|lendemain|veille|nuit|jour)\b)\w", after, re.I)
            if trailing and lang == "fr" and object_after and not re.match(r"comme\b", subj_before, re.I):
                # ", élèves et enseignants ont observé une minute de silence": a French subject before the verb
                # and its object after it; an attribution that reports the clause before inverts its subject
                # (but "comme l'avait annoncé le gouvernement" has it after).
                trailing = False
            if trailing and lang == "en" and (lead := LEADING_ADVERBIAL.match(before[: b + 1])) and \
                    lead.end() >= b - 1 and not AUX_WORDS[lang].search(before[:b]) and \
                    not re.match(r"\s*at\s+(?:least|most)\b", before, re.I):
                # "In an interview with Sky News, X said ...": a leading adverbial is not what was said.
                trailing = False
            if trailing and lang == "en" and (lead := LEADING_ADVERBIAL.match(before[: b + 1])) and \
                    re.fullmatch(r",\s*(?:where|when)\s[^,;:\"“”]{1,80}", before[lead.end(): b]) and \
                    not AUX_WORDS[lang].search(before[: lead.end()]):
                # "At the village hall, where families have waited since dawn, X said ...": nor is one with a
                # relative clause on its place or time.
                trailing = False
            if trailing and (lead := LEADING_CLAUSE.match(before[: b + 1])) and lead.end() == b + 1:
                # "Asked how many were missing, the sheriff said he did not know": the journalist's question
                # is not what was said (docs/annotation-guide.md); the answer follows the verb.
                trailing = False
            if lang == "en" and not trailing and b >= 0 and before[b] == "," and not c and \
                    re.match(r"[^,.;:\"“”]{0,30},\s*(?:and|but)\s", after) and \
                    len(before[:b].split()) >= 3 and len(subj_before.split()) <= 6:
                # "A bug let the update through, the company said, and it will now...": the attribution
                # stands between two clauses and reports the first.
                trailing = True
            if lang == "en" and b >= 0 and before[b] == "," and subj_before.lower() == "who" and \
                    (antecedent := _relative_antecedent(before[:b])):
                # "More from the county executive, who says the ban will stay": the relative pronoun is the
                # subject, and it stands for the noun phrase before it; what follows the verb was said.
                trailing = False
                subj_before, subj_start = antecedent
            if lang == "fr" and RELATIVE_OBJECT.match(subj_before):
                # ", un titre que la défunte avait souhaité lui voir porter": the verb of a relative clause on
                # a noun, whose subject says nothing of what came before.
                continue
            out.append(Attribution(vs, ve, subj_before, subj_start, trailing, len(masked) if trailing else comp,
                                   contrast=contrast))
    out = _outermost(masked, lang, out)
    for m in PARTICIPLE_SPEECH[lang].finditer(masked):
        # "..., he said, adding that ...", "He urged residents to leave, warning that ...": the participle
        # speaks for the subject of the speech verb before it, or else for the subject of the sentence.
        prior = [a for a in out if a.verb_end <= m.start("verb") and not a.participle]
        if prior:
            subj, subj_start = prior[-1].subj, prior[-1].subj_start
        elif opening := OPENING_SUBJECT[lang].match(masked):
            subj, subj_start = opening.group("subj"), opening.start("subj")
        else:
            continue
        out.append(Attribution(m.start("verb"), m.end("verb"), subj, subj_start, False, m.end(), True))
    for m in WITH_SAYING_EN.finditer(masked) if lang == "en" else ():
        # "..., with delegates saying the gap remained wide": the participle has its own subject after "with".
        if not any(a.verb_start == m.start("verb") for a in out):
            out.append(Attribution(m.start("verb"), m.end("verb"), m.group("subj"), m.start("subj"), False, m.end()))
    for m in RELATIVE_SPEECH[lang].finditer(masked) if lang in RELATIVE_SPEECH else ():
        # "..., a insisté le président, qui dit attendre ...": the relative speaks for the attribution before
        # it, like a participle (its own subject would be "qui").
        prior = [a for a in out if a.verb_end <= m.start() and not a.participle]
        if prior:
            out = [a for a in out if not m.start("verb") <= a.verb_start < m.end("verb")]
            out.append(Attribution(m.start("verb"), m.end("verb"), prior[-1].subj, prior[-1].subj_start, False,
                                   m.end(), True))
    return sorted(out, key=lambda a: a.verb_start)


# A post that turns to someone before naming them: "More from", "Another update from", "Back to", "Reaction
# from"; what follows is who.
_TURN_TO = re.compile(r"\s*(?!(?:The|A|An|His|Her|Its|Their)\b)[A-Z][a-z]*(?:\s+[a-z]+){0,2}\s+(?:from|to|with)\s+")


def _relative_antecedent(before: str) -> tuple[str, int] | None:
    """The noun phrase an English "who" after a comma stands for, and where it starts: the words since the last
    break before that comma ("the county executive" in "Another update from the county executive, who says"); None
    when they are too many to be one."""
    start = max(before.rfind(ch) for ch in ",;:\"“”—") + 1
    if turn := _TURN_TO.match(before, start):
        start = turn.end()
    phrase = before[start:].strip()
    if not phrase or len(phrase.split()) > 8 or not re.match(r"(?:the|a|an|his|her|its|their|[A-Z])", phrase, re.I):
        return None
    return phrase, start + len(before[start:]) - len(before[start:].lstrip())


def _outermost(masked: str, lang: str, attrs: list[Attribution]) -> list[Attribution]:
    """`attrs` without the speech verbs inside what another reports: "X said the captain had told everyone to
    ...", "X a affirmé que le ministre lui avait dit ...". The attribution is the outermost verb; an inner one
    is part of what was said. A verb whose subject follows it, or a trailing one (", he said"), reports the
    whole clause before it and stays, unless its subject is made of the outer verb ("X said the captain
    had warned boats", read as a trailing verb with the subject "said the captain")."""
    kept: list[Attribution] = []
    for a in attrs:
        outers = [o for o in kept if _reports_clause(masked, lang, o)]
        if a.subj_start < a.verb_start and any(
                o.subj_start < a.subj_start <= o.verb_start if a.inverted else _reported_by(masked, o, a)
                for o in outers):
            continue
        kept.append(a)
    # "Le syndicat, qui avait annoncé que ..., a confirmé que": a relative's verb inside a later verb's subject.
    return [a for a in kept if not (re.fullmatch(r"qui|who|which", a.subj.strip(), re.I) and any(
        o.subj_start <= a.subj_start and a.verb_end <= o.verb_start for o in kept if o is not a))]


# Where one reported clause ends and the sentence goes on with a clause of its own ("; the mayor told ...",
# ", but the mayor said ...").
_CLAUSE_BREAK = re.compile(r"[;:.!?]|,\s*(?:and|but|while|whereas|et|mais|tandis|alors\s+que)\b", re.I)
# A relative pronoun for subject: "L'élu, qui avait appelé à ..., réclame": that verb is in the subject.
_RELATIVE_SUBJECT = re.compile(r"(?:qui|who|which|that|dont|whose|where|où)\b|.*\s(?:that|who|which|qui)$", re.I)


def _reports_clause(masked: str, lang: str, outer: Attribution) -> bool:
    """Whether `outer` has a subject before it and introduces a clause after it: with "that"/"que" or a colon,
    or bare after an English verb that takes one ("said the captain had ...", not "Island States said")."""
    if outer.inverted or outer.participle or outer.complement >= len(masked) or not outer.subj.strip() or \
            _RELATIVE_SUBJECT.match(outer.subj.strip()):
        return False
    link = masked[outer.verb_end: outer.complement]
    if re.search(r"(?:que|qu'|that|:)\s*$", link, re.I):
        return True
    return lang == "en" and masked[outer.verb_start: outer.verb_end].split()[-1].lower() in EN_BARE_CLAUSE


def _reported_by(masked: str, outer: Attribution, inner: Attribution) -> bool:
    """Whether `inner`'s verb stands in the clause `outer` reports (after its "that"/"que", or bare)."""
    return outer.complement <= inner.verb_start and \
        not _CLAUSE_BREAK.search(masked[outer.complement: inner.verb_start])


def _names_in_marks(text: str, a: Attribution) -> bool:
    """ ", évoquant le « Grand Paris Express »": a participle's object (no "que") whose marks hold a name, not
    words the subject said (the masked text the rules read cannot tell a capital)."""
    if not a.participle or text[a.verb_start: a.verb_end].lower() not in OBJECT_PARTICIPLES:
        return False
    inside = re.search(r"«\s*(\w)", text[a.complement:])
    return inside is not None and inside.group(1).isupper()


def find(text: str, lang: str, sentences: list[Span], mentions: list[Mention], context: BlogContext | None,
         gaz: Gazetteer, doc=None) -> tuple[list[Quote], list[Speaker]]:
    """The quotes of `text` with their speakers, and the speakers. `doc` is the extractor's spaCy parse
    of `text`, which the learned fallback reads (attribution.py); without it the rules run alone."""
    resolver = Resolver(lang, mentions, context, gaz, text, sentences)
    quotes: list[Quote] = []
    all_q, incises = _split_incises(text, quoted_spans(text)) if lang == "fr" else (quoted_spans(text), [])
    resolver._quoted = all_q  # a name in an incise ("« ..., a insisté Jean Dupont, et ... »") is outside the quotes
    heads: set[int] = set()  # where the clauses cut before a colon and its quote start
    if lang == "fr":
        sentences = _colon_units(sentences, all_q)
        heads = {x.start for x, y in zip(sentences, sentences[1:], strict=False)
                 if x.end > y.start - 4 and x.text.endswith(":")}
    # Who the clause before a colon unit (_colon_units) is about, whether it is nobody, and where the quote starts.
    colon_head: tuple[Speaker | None, bool, int] | None = None
    previous_speaker: Speaker | None = None
    previous_colon = False
    previous_someone = False  # the previous sentence's words were an unnamed person's ("One woman ... said")
    question = False  # the previous sentence is a question the post asks, without quotes
    answered: Speaker | None = None  # who answered the post's last question
    focus: Speaker | None = None
    pending: tuple[list[Quote], str] | None = None
    for sent in sentences:
        resolver.unnamed_role = None
        s_text = sent.text
        qspans = [(s - sent.start, e - sent.start) for s, e in all_q if sent.start <= s < sent.end]
        qspans = [(s, min(e, len(s_text))) for s, e in qspans]
        masked = _mask(s_text, qspans)
        # ("Northwind Rail, the region's biggest operator, said": in English an organisation opens a subject too.)
        people = [(m.start - sent.start, m.end - sent.start) for m in mentions
                  if (m.type == "person" or (lang == "en" and m.type == "organisation"))
                  and sent.start <= m.start < sent.end]
        questions = [(s, e) for s, e in qspans if s_text[s + 1: e - 1].rstrip().endswith("?")]
        attrs = [a for a in _attributions(masked, lang, qspans, people, questions) if not _names_in_marks(s_text, a)]
        src = _Source.find(masked, lang, mentions, sent.start)
        if lang == "en" and not qspans and s_text.rstrip().endswith("?") and ASKING.match(s_text):
            # "Has anyone told you when you will fly?": the question our reporter asks is no quote.
            attrs, src = [], None
        made: list[Quote] = []
        if lang == "en" and src and any(re.fullmatch(r"(?:\s+(?:in|on|at|to|during|after|before)\s[^,;:\"“”]{1,50})?"
                                                     r"\s*,\s*", masked[a.verb_end: src.start]) for a in attrs):
            # '"...," Okoro said, according to a statement from his office': how the words reached us, not who
            # said them.
            src = None
        real_q = [(s, e) for s, e in qspans if _is_quote(s_text, s, e, attrs, src)]
        if src and attrs and not any(a.inverted or a.complement < len(s_text) and
                                     re.search(r"(?:que|qu'|that)\s*$", masked[:a.complement], re.I) for a in attrs):
            attrs = []  # "Selon une source, la délégation aurait exigé...": the source speaks
        tail: tuple[Attribution, list[tuple[int, int]]] | None = None
        if real_q and (part := next((a for a in attrs if a.participle and real_q[0][1] <= a.verb_start), None)):
            # '"...," he said, adding that ...': the quotes before the participle stand alone beside their
            # attribution, and what the participle adds is reported speech of its own.
            head_q = [q for q in real_q if q[1] <= part.verb_start]
            head_attr = _nearest([a for a in attrs if a is not part], head_q)
            if head_attr and head_attr.verb_start >= head_q[-1][1] and \
                    not _outside(masked[: part.verb_start - 1], head_q, head_attr, None) and \
                    _clause_ok(s_text[part.complement:]):
                tail = part, [q for q in real_q if q[0] >= part.complement]
                real_q, attrs = head_q, [a for a in attrs if a is not part]
        if real_q:
            attr = _nearest(attrs, real_q)
            speaker = None
            rule = ""
            words_of = _named_after(sentences, sent, masked, real_q)
            if words_of is not None:
                # "« ... ? » La question est posée par François Ruffin": the next sentence (or the rest of
                # this one, when the model did not cut after the quote) says who spoke.
                speaker = resolver.speaker(words_of.group("subj"), words_of.start("subj"))
                rule = "words_of"
                attr = None
                real_q = real_q[:1]
            elif lang == "fr" and resolver.post and (goes_on := GOES_ON.match(masked[: real_q[0][0]])):
                speaker = resolver.post[-1]  # "Et d'ajouter, hilare : « ... »": who just spoke goes on
                rule = "goes_on"
                src = _Source(0, goes_on.end(), "", 0)
            elif attr:
                speaker = _unless_last(resolver, attr, resolver.speaker(attr.subj, sent.start + attr.subj_start))
                rule = "attribution_inverted" if attr.inverted else "attribution"
            elif src:
                speaker = resolver.speaker(src.subj, sent.start + src.subj_start)
                if speaker is None and lang == "fr":
                    speaker = _surname_of(resolver, mentions, src.subj)  # "Pour Rodrigues, ..."
                rule = "source"
            elif colon_head is not None and sent.start == colon_head[2]:
                # "Yasmine Roux avoue avoir eu le trac : « ... »": the subject of the clause before the colon
                # (nobody for "Un ouvrier, qui n'a pas souhaité donner son nom, abonde : « ... »"); a subject
                # the rules could not name leaves it to the learned fallback.
                speaker = colon_head[0]
                rule = "colon_label" if colon_head[0] or colon_head[1] else "open"
            elif lang == "en" and (rec := RECORDED_BY_EN.search(masked[: real_q[0][0]])) and len(real_q) == 1 and \
                    not re.search(r"\w", masked[real_q[0][1]:]):
                # 'Ms Kell played the jury a voicemail Gale left that morning: "..."': the words recorded are
                # whose the recording is, not the subject's who plays or reads them out.
                speaker = resolver.speaker(rec.group("who"), sent.start + rec.start("who"))
                rule = "recorded"
                src = _Source(0, real_q[0][0], rec.group("who"), rec.start("who"))
            elif lang == "en" and (clause := COLON_CLAUSE_EN.match(masked[: real_q[0][0]])) and len(real_q) == 1 and \
                    not re.search(r"\w", masked[real_q[0][1]:]):
                # 'Priya Raman, asked about the delay, grinned: "..."', 'A shopkeeper, Owen Pryce, was furious: "..."':
                # the subject of a clause that ends in a colon speaks the quote after it.
                subj = clause.group("subj").rstrip(" ,")
                if POSSESSIVE_LABEL_EN.fullmatch(subj):  # 'Her reply was short:', "Hale's message was clear:"
                    speaker = _label_speaker(resolver, mentions, lang, subj, sent.start + clause.start("subj"))
                else:
                    speaker = resolver.speaker(subj, sent.start + clause.start("subj"))
                rule = "colon_label"
                src = _Source(0, clause.end(), subj, clause.start("subj"))
            elif (label := _colon_label(masked[: real_q[0][0]], lang)) and len(real_q) == 1 and \
                    not re.search(r"\w", masked[real_q[0][1]:]) and \
                    not (question and re.fullmatch(ANSWER_LABEL, label.group("subj"), re.I)):
                # "Jordan Bardella : « Nous sommes prêts »": a name (or a role) and a colon introduce the quote;
                # "Elle n'exclut pas de faire appel : « ... »": so does a clause whose subject is a pronoun.
                speaker = _label_speaker(resolver, mentions, lang, label.group("subj"),
                                         sent.start + label.start("subj"))
                rule = "colon_label"
                src = _Source(label.start(), label.end(), label.group("subj"), label.start("subj"))
            elif question and not _outside(masked, real_q, None, None) and \
                    not re.search(r"\w", re.sub(r"^\s*" + ANSWER_LABEL + r"\s*:", "", masked[: real_q[0][0]],
                                                 flags=re.I) + masked[real_q[-1][1]:]):
                # 'Our editor put two questions to Sir Ed Davey. Is this your best night? "By a distance."'
                # (or 'A: "By a distance."'):
                # the answer to a question the post asks is the one person it put the questions to.
                speaker = answered or _interviewee(resolver, mentions, sent, all_q)
                rule = "question"
                answered = speaker
            elif previous_someone and not _outside(masked, real_q, None, None) and \
                    not _someone_else(resolver, mentions, sent, masked, real_q):
                # 'One woman, whose uncle was on board, said she ... . "Nobody tells us anything."': a lone quote
                # after an unnamed person's words is theirs too, not someone the fallback would guess.
                speaker = None
                rule = "previous"
            elif lang == "fr" and previous_speaker is not None and \
                    (other := _role_opener(resolver, mentions, sent, masked, real_q)) is not None and \
                    other.name != previous_speaker.name:
                # "« ... », a-t-il déclaré, avec Emmanuel Macron. Le président français a évoqué « ... »": a sentence
                # whose subject is a role that names someone else does not carry on the last speaker.
                speaker = other
                rule = "role_opener"
            elif lang == "fr" and previous_speaker is not None and \
                    (own := _own_subject(resolver, mentions, sent, masked, real_q)) is not None:
                # "L'opposition y voit « un coup de communication »", "« ... », redoute un transitaire": a
                # sentence whose verb has a subject of its own is that subject's, not the last speaker's.
                speaker = own[0]
                rule = "own_subject"
            elif (previous_speaker is not None or previous_colon) and \
                    not _someone_else(resolver, mentions, sent, masked, real_q):
                speaker = previous_speaker
                rule = "previous"
            elif lang == "fr" and sent is sentences[0] and not _outside(masked, real_q, None, None) and \
                    (opener := _next_opener(resolver, mentions, sentences)) is not None:
                # "« Le troisième tour commence ce soir. » Jean-Luc Mélenchon, arrivé troisième, a appelé
                # ...": a post that opens with a bare quote and goes on with a person gives their words.
                speaker = opener
                rule = "opener"
            elif sent is sentences[0] and context is not None and not _outside(masked, real_q, None, None):
                # A post that opens with a bare quote carries on the previous post: its speaker is the
                # one that post was last about ("... a précisé le ministre." then "« Nous avons affaire... »").
                speaker = context.focus
                rule = "post_focus"
            elif not _outside(masked, real_q, None, None) and \
                    (spoke := _spoke_before(resolver, mentions, sentences, sent)) is not None:
                # 'First Minister John Swinney spoke to reporters. "My thoughts are with his family."': the
                # words of the one the sentence before had speak.
                speaker = spoke
                rule = "spoke_before"
            elif lang == "fr" and not _outside(masked, real_q, None, None) and \
                    (about := _role_before(resolver, sentences, sent)) is not None:
                # "L'entraîneur espagnol a dédié le titre à sa fille. « Elle est avec nous ce soir. »": the
                # person the role subject of the sentence before named.
                speaker = about
                rule = "role_before"
            else:
                rule = "open"
            # (The words of an incise are the attribution's: "« ..., a-t-il déclaré sur BFMTV. ... »".)
            outside = (_outside(_blank(masked, incises, sent.start), real_q, attr, src, lang) or
                       _determined(lang, masked, attr, real_q)) and words_of is None
            if not outside:
                for s, e in real_q:
                    a, b = s + 1, e - 1
                    while a < b and s_text[a] in " ,\u00a0\u202f":
                        a += 1
                    while b > a and s_text[b - 1] in " ,\u00a0\u202f":
                        b -= 1
                    made.append(Quote(sent.start + a, sent.start + b, s_text[a:b], "direct", speaker, rule))
                if tail:
                    part, tail_q = tail
                    span = s_text[part.complement:].strip(" ,.;:\u00a0\u202f")
                    offset = s_text.index(span, part.complement)
                    same = attr is not None and part.subj_start == attr.subj_start
                    made.append(Quote(sent.start + offset, sent.start + offset + len(span), span,
                                      "mixed" if tail_q else "indirect",
                                      speaker if same else resolver.speaker(part.subj, sent.start + part.subj_start),
                                      rule if same else "attribution"))
            else:
                colon_q = None
                if lang == "en" and len(real_q) >= 2 and \
                        re.fullmatch(r"[^\"“”]*:\s*", masked[real_q[-2][1]: real_q[-1][0]]) and \
                        not re.search(r"\w", masked[real_q[-1][1]:]):
                    # 'X said the lap was "close to perfect", before adding: "..."': the quote after the colon stands
                    # alone beside the reported clause.
                    colon_q, real_q = real_q[-1], real_q[:-1]
                if attr and not attr.inverted:
                    cs, ce = attr.complement, len(s_text)
                elif attr:
                    cs, ce = 0, _trail_start(masked, attr)
                elif src:
                    cs, ce = _source_clause(masked, src)
                else:
                    cs, ce = 0, len(s_text)
                cs = min(cs, real_q[0][0])
                ce = max(ce, real_q[-1][1])
                if colon_q:
                    ce = real_q[-1][1] + masked[real_q[-1][1]: colon_q[0]].index(":")
                    ce = real_q[-1][1] + len(re.sub(r"[\s,]*(?:(?:before|and|then)\s+)?(?:adding|added)?\s*$", "",
                                                    s_text[real_q[-1][1]: ce]))
                span = s_text[cs:ce].strip(" ,.:\u00a0\u202f")
                offset = s_text.index(span, cs) if span else cs
                made.append(Quote(sent.start + offset, sent.start + offset + len(span), span, "mixed", speaker, rule))
                if colon_q:
                    text_q = s_text[colon_q[0] + 1: colon_q[1] - 1].strip(" ,\u00a0\u202f")
                    at = s_text.index(text_q, colon_q[0])
                    made.append(Quote(sent.start + at, sent.start + at + len(text_q), text_q, "direct", speaker, rule))
            resolver.said(speaker)
            previous_speaker = speaker
        elif (attrs or src) and not (attrs and TOLL_SUBJECT.match(attrs[0].subj) and not src):
            # A trailing attribution (", a annoncé l'armée") reports the whole clause before it.
            ranked = [a for a in attrs if a.inverted and a.verb_start > 0] or \
                [a for a in attrs if _reports(masked, a)] or attrs
            attr = ranked[0] if ranked else None
            if attr and attr.inverted and attr.verb_start > 0:
                cs, ce = 0, _trail_start(masked, attr)
            elif attr and attr.complement < len(s_text) and _clause_ok(s_text[attr.complement:]) and \
                    _reports(masked, attr) and not _announced_thing(lang, masked, attr):
                cs, ce = attr.complement, len(s_text)
            elif src:
                cs, ce = _source_clause(masked, src)
                attr = None
            else:
                cs = ce = 0
            span = s_text[cs:ce].strip(" ,.;:\u00a0\u202f")
            if len(span.split()) >= 3:
                if attr:
                    speaker = _unless_last(resolver, attr, resolver.speaker(attr.subj, sent.start + attr.subj_start))
                    rule = "indirect_inverted" if attr.inverted else "indirect"
                else:
                    speaker = resolver.speaker(src.subj, sent.start + src.subj_start)
                    rule = "indirect_source"
                offset = s_text.index(span, cs)
                made.append(Quote(sent.start + offset, sent.start + offset + len(span), span, "indirect", speaker,
                                  rule))
                resolver.said(speaker)
                previous_speaker = speaker
            else:
                previous_speaker = None
        else:
            previous_speaker = None
        if not made:
            resolver.role_subject(s_text, sent.start)
        if made:
            # An unnamed source ("selon une source policière") leaves nobody to carry on.
            focus = next((q.speaker for q in reversed(made) if q.speaker), None)
        else:
            focus = _focus(resolver, mentions, sent) or focus
        previous_colon = s_text.rstrip().endswith(":")
        colon_head = None
        if previous_colon and sent.start in heads and not made and not attrs and not src and \
                (nxt := _next_unit(sentences, sent)):
            colon_head = (*_clause_subject(resolver, doc, sent), nxt.start)
            if lang == "fr" and resolver.post and GOES_ON.match(s_text):
                # "Et d'ajouter, hilare : « ... »": the narrative infinitive carries on the one who just spoke.
                colon_head = (resolver.post[-1], True, nxt.start)
            elif (not any(colon_head[:2]) or REPLY_OF.match(s_text)) and (label := _colon_label(s_text, lang)):
                # "Réaction du maire aux propos du préfet X :", a clause the parse gave no subject: as a label.
                colon_head = (_label_speaker(resolver, mentions, lang, label.group("subj"), sent.start +
                                             label.start("subj")), True, nxt.start)
        previous_someone = lang == "en" and bool(made) and all(q.speaker is None for q in made) and \
            bool(resolver.subjects) and (bool(SOMEONE.match(resolver.subjects[-1][1].strip())) or
                                         _unnamed_definite(made, resolver.subjects[-1][1]))
        question = not made and not qspans and s_text.rstrip().endswith("?")
        if previous_colon and not made:
            people = [m for m in mentions if m.type == "person" and sent.start <= m.start < sent.end]
            if people:
                previous_speaker = Speaker(people[0].canonical, None, None)
        if lang == "fr":
            pending = _named_next(resolver, mentions, sent, made, pending)
        quotes.extend(made)
        # ("" for words whose speaker no rule read yet: someone said them, unlike "her office said".)
        resolver.said_spans += [(q.start, q.end, q.speaker.name if q.speaker else "" if q.open else None)
                                for q in made]
    # Where no rule read who spoke (`Quote.open`), a learned model may name the speaker when it is confident.
    attribution.fill(resolver, quotes, text, lang, doc)
    _complete_surnames(quotes, mentions, context, text)
    if lang == "en":
        _expand_acronyms(quotes, resolver.post, mentions, context, text, gaz)
    if context is not None:
        context.focus = focus
        context.joint = resolver.joint_subjects()
    return quotes, resolver.post


# A run of capitalised words, "of"/"and"/"for" between them: a body's name where the model may have seen none
# ("National Prosecuting Authority spokesperson X").
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)(?:\s+the)?\s+)?[A-Z][\w'’-]*)+")


def _expand_acronyms(quotes: list[Quote], post: list[Speaker], mentions: list[Mention],
                     context: BlogContext | None, text: str, gaz: Gazetteer) -> None:
    """ "the RFS said" after "the NSW Rural Fire Service said", "the NPA said" after "National Prosecuting Authority
    spokesperson X": an English body's acronym no list holds is the one body of the post or the blog whose
    initials it is (a leading acronym of the place aside), without brackets to say so."""
    # (Not "AP", the canonical name a list gives "The Associated Press".)
    listed = {n for m in mentions if m.listed for n in (m.text, m.canonical)}
    people = set(seen_names(context, "person")) | {m.canonical for m in mentions if m.type == "person"}
    named = seen_names(context, "organisation") + [m.canonical for m in mentions if m.type == "organisation"]
    if context is not None:
        named += [s.name for s in context.speakers if s.gender is None and s.name not in people]
        named += [r.group(0) for role in context.roles.values() for r in _CAPITALISED_RUN.finditer(role)]
    for q in quotes:
        name = q.speaker.name if q.speaker else ""
        if not ACRONYM.fullmatch(name) or name in listed or gaz.find(name):
            continue
        here = [r.group(0) for r in _CAPITALISED_RUN.finditer(text[: q.start])]
        found = {n for n in named + here if _abbreviated(name, n)}
        if len(found) == 1:
            full = found.pop()
            q.speaker = Speaker(full, q.speaker.role, q.speaker.gender)
            post[:] = [Speaker(full, s.role, s.gender) if s.name == name else s for s in post]


def _abbreviated(acronym: str, name: str) -> bool:
    """Whether `acronym` gives the initials of `name`, or of it less a leading acronym ("NSW Rural Fire Service")."""
    words = name.split()
    return abbreviates(acronym, name) or \
        (len(words) > 2 and ACRONYM.fullmatch(words[0]) is not None and abbreviates(acronym, " ".join(words[1:])))


def _complete_surnames(quotes: list[Quote], mentions: list[Mention], context: BlogContext | None,
                       text: str) -> None:
    """A speaker named by a short or titled form ("a réagi Gauff", "Sir Keir said", "Xi") is the one person of
    the post or the blog whose full name holds it: the full name a person mention gives, the blog gave, or that
    the post writes before the quote with a known first name ("l'Américaine Coco Gauff"); none, or several,
    leave the name (`completed_name`)."""
    from liveline.intel.names import given_first_names

    known = {m.canonical for m in mentions if m.type == "person"} | set(seen_names(context, "person"))
    # (only a body: "Ford said" is the carmaker when the blog named no one Ford, not Doug Ford)
    bodies = {m.canonical for m in mentions if m.type == "organisation"} | set(seen_names(context, "organisation"))
    bodies -= known
    for q in quotes:
        name = q.speaker.name if q.speaker else ""
        if not re.match(r"[A-ZÀ-Ý]", name) or name.isupper():
            continue  # (an acronym is a body)
        bare = without_titles(name)
        people = set() if name in bodies else set(known)
        if " " not in bare:  # a surname alone: the known first name the post writes before it
            people |= {f"{m.group(1)} {bare}" for m in re.finditer(r"\b([A-ZÀ-Ý][\w-]+)\s+" + re.escape(bare) + r"\b",
                                                                 text[: q.start]) if m.group(1) in given_first_names()}
        if name in bodies and not people:
            continue  # a named organisation is a body, unless the post gave it a first name ("Priya Raman")
        full = completed_name(name, people)
        if full != name:
            q.speaker = Speaker(full, q.speaker.role, q.speaker.gender)


def _colon_label(head: str, lang: str) -> re.Match | None:
    """The label before "X : « ... »": a name, a role or a short clause, or a longer label: a reply's ("Réponse quasi
    immédiate de X, délégué syndical :") or a name's with its circumstances ('Referee Andrew Jenner to the front row
    after another collapsed scrum:')."""
    if label := COLON_LABEL.match(head) or REPLY_LABEL.match(head):
        return label
    label = LONG_LABEL.match(head)
    return label if label and _label_who(label.group("subj"), lang) else None


# "Eighteen minutes later, he turned to the room:", "She had one message for the fans:": an English clause whose
# subject is a pronoun (after a leading adverbial) and whose verb is active ("he was told:" quotes someone else).
PRONOUN_CLAUSE_EN = re.compile(r"(?:[^,;:\"“”]{1,40},\s*)?(?-i:(he|she|He|She))\s+"
                               r"(?!(?:was|were|is|has\s+been|had\s+been|being|gets|got)\s)(?-i:[a-z])")


def _label_speaker(resolver: Resolver, mentions: list[Mention], lang: str, subj: str, pos: int) -> Speaker | None:
    """Who the words before "X : « ... »" name: a name or a role, a pronoun subject ("Elle n'exclut pas de faire
    appel : « ... »"), or in French a surname the post gives in full."""
    pron = re.match(r"(il|elle)\s+(?!(?:faut|fallait|y|est|était|sera|s'agit|semble|reste|paraît)\b)"
                    r"(?:ne\s+|n')?[^\W\d]", subj, re.I)
    owner = POSSESSIVE_LABEL_EN.fullmatch(subj) if lang == "en" else None
    if owner and owner.group("pron"):
        # 'Her reply was short: "..."': her words, the woman the post is about.
        return resolver.speaker({"his": "he", "her": "she"}[owner.group("pron").lower()], pos)
    if lang == "en" and pron is None and (pron := PRONOUN_CLAUSE_EN.match(subj)):
        pos += pron.start(1)
    if lang == "en" and pron is None:
        # "Mendez again:", "The mayor, too:": the adverb that says someone speaks once more is no part of who.
        subj = re.sub(r"(?:\s*,)?\s+(?:again|too|also|once\s+more)\s*$", "", subj, flags=re.I)
    speaker = resolver.speaker(pron.group(1) if pron else subj, pos)
    if speaker is None and not pron:
        # "Sánchez : « ... »", 'Aldous: "..."' in a headline: the one person of the post with that surname.
        speaker = _surname_of(resolver, mentions, subj)
    if speaker is None and not pron and (who := _label_who(subj, lang)) is not None:
        # 'Hale, speaking to BBC Radio Leeds: "..."', "Drouet sur les effectifs : « ... »", "From Hale:",
        # "Hale's verdict:": where, to whom or on what they spoke is no part of who, nor the word for the words.
        speaker = resolver.speaker(who[0], pos + who[1]) or _surname_of(resolver, mentions, who[0])
    return speaker


# 'Peter Hale's verdict:', 'Her reply was short:', 'His message to staff:': the words of someone named by a
# possessive (a name's or a pronoun), with what the label says of them.
POSSESSIVE_LABEL_EN = re.compile(
    r"(?:(?P<pron>his|her)|(?P<name>(?-i:(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w'-]*))['’]s)\s+(?:(?:first|latest|final|"
    r"short|brief|blunt|simple|only|own|one-word)\s+)?"
    r"(?:verdict|reply|response|reaction|message|answer|assessment|warning|advice|plea|promise|conclusion|"
    r"take|view|retort|explanation|summary|prediction|appeal|thanks|words)\b[^,;]{0,40}", re.I)
LONG_LABEL = re.compile(r"\s*(?P<subj>[^\W\d][^:;.!?«»\"“”]{60,110}?)\s*:\s*$")
# The circumstances a label gives after its name: 'Hale, in a post on X', 'Hale, speaking to reporters',
# 'Finch on the refunds', "Drouet, sur France Info", "Drouet sur les effectifs", "Drouet, interrogée par X".
LABEL_CIRCUMSTANCE = {
    "en": re.compile(r"\s*,?\s+(?:(?:in|on|at|to|via|during|after|before|outside|from)\s|"
                     r"(?:speaking|writing|talking|posting|asked|interviewed|questioned|quoted|reacting|"
                     r"responding|replying)\b)", re.I),
    "fr": re.compile(r"\s*,?\s+(?:(?:sur|dans|à|au|aux|devant|depuis|face\s+à|lors\s+d)[\s'’]|"
                     r"(?:interrogée?s?|interviewée?s?|questionnée?s?|invitée?s?|s'exprimant|réagissant|"
                     r"répondant)\b)", re.I),
}


def _label_who(subj: str, lang: str) -> tuple[str, int] | None:
    """The name a colon label gives before its circumstances or as an owner (see above), with its offset in the
    label; None when the label is nothing but a name (or gives no capitalised name first)."""
    if lang == "en" and (owner := POSSESSIVE_LABEL_EN.fullmatch(subj)) and owner.group("name"):
        return owner.group("name"), owner.start("name")
    lead = re.match(r"(?:from|de la part de)\s+", subj, re.I)
    start = lead.end() if lead else 0
    name = re.match(r"(?-i:(?:[A-ZÉÈ][\w.'’-]*\s+){0,3}[A-ZÉÈ][\w'’-]*)", subj[start:])
    if name is None:
        return None
    rest = subj[start + name.end():]
    if rest and (not LABEL_CIRCUMSTANCE[lang].match(rest) or "," in rest.lstrip(" ,")):
        # ("Interrogé à la sortie d'une réunion, un dirigeant du parti ne cachait pas sa stupeur :": after the
        # circumstances, another subject.)
        return None
    if not rest and not lead:
        return None
    return name.group(0), start


def _surname_of(resolver: Resolver, mentions: list[Mention], label: str) -> Speaker | None:
    """The one person named outside quotes anywhere in the post whose full name holds the label's word, else the
    one among the last twelve people the blog named whose surname it is (a word the model did not see as a name)."""
    m = re.fullmatch(r"\s*(?:(?:" + _SUBJECT_TITLES + r")\s*)?(?P<w>(?-i:[A-ZÉ])[\w'-]+)\s*", label)
    if not m:
        return None
    named = {x.canonical for x in mentions if x.type == "person" and x.canonical != m.group("w")
             and m.group("w") in x.canonical.split() and not any(s <= x.start < e for s, e in resolver._quoted)}
    if not named and resolver.context:
        named = {n for n in seen_names(resolver.context, "person")[-12:] if m.group("w") in n.split()[1:]}
    return resolver._person(named.pop()) if len(named) == 1 else None


def _unless_last(resolver: Resolver, attr: Attribution, speaker: Speaker | None) -> Speaker | None:
    """Nobody rather than the one who spoke last for a subject that sets itself apart ("L'élu, de son côté, a
    annoncé" after the guide spoke is not the guide), unless it names them."""
    if attr.contrast and speaker and resolver.post and resolver.post[-1].name == speaker.name and \
            not any(w in attr.subj for w in speaker.name.split() if len(w) > 2):
        return None
    return speaker


# What labels the answer to a question the post asks: "Question : ... ? Réponse : « ... »", 'Q: ... A: "..."'.
ANSWER_LABEL = r"(?:[AR]|réponse|answer)"
# A colon outside quotes right before a quote mark.
COLON_QUOTE = re.compile(r"\s*:\s*(?=[«“\"])")


def _colon_units(sentences: list[Span], all_q: list[tuple[int, int]]) -> list[Span]:
    """The sentences, with those whose quote follows a colon after a clause of their own cut in two at the colon:
    "la tension est maximale : « ... », raconte X", "X avoue avoir eu le trac : « ... »", "Le parti dénonce des
    « mesures » : « ... », a réagi X" are a clause and a direct quote, each read as a sentence. Not "X a
    déclaré : « ... »" (the attribution introduces the quote), nor a label ("Jordan Bardella : « ... »")."""
    out = []
    for sent in sentences:
        cut = next((c for c in COLON_QUOTE.finditer(sent.text)
                    if not any(s < sent.start + c.start() < e for s, e in all_q)), None)
        if cut is None or ":" in _mask(sent.text, [(s - sent.start, e - sent.start) for s, e in all_q
                                                   if sent.start <= s < sent.end])[cut.end():]:
            out.append(sent)
            continue
        head = sent.text[: cut.end()].rstrip()
        qs = [(s - sent.start, e - sent.start) for s, e in all_q if sent.start <= s < sent.start + cut.start()]
        masked = _mask(head, qs)
        attrs = _attributions(masked, "fr", qs)
        if len(re.findall(r"[^\W\d_]{2,}", masked)) < 4 or any(
                not a.inverted and not a.participle and not _clause_ok(head[a.complement:].rstrip(" :"))
                for a in attrs):
            out.append(sent)
            continue
        out += [Span(sent.start, sent.start + len(head), head),
                Span(sent.start + cut.end(), sent.end, sent.text[cut.end():])]
    return out


def _next_unit(sentences: list[Span], sent: Span) -> Span | None:
    i = next((k for k, x in enumerate(sentences) if x is sent), None)
    return sentences[i + 1] if i is not None and i + 1 < len(sentences) else None


# "Et d'ajouter :", "Et de conclure, amusé :": a speech verb's narrative infinitive has no subject of its own.
GOES_ON = re.compile(rf"\s*Et\s+d(?:e\s+|['’])(?:{SPEECH_INF}|conclure|poursuivre|insister|renchérir|enchaîner|"
                     r"résumer|ironiser|trancher|prévenir|plaisanter)\b[^:;.!?«»\"“”]{0,40}:\s*$")


def _clause_subject(resolver: Resolver, doc, sent: Span) -> tuple[Speaker | None, bool]:
    """Who the subject of a clause's main verb names (spaCy parse), its appositions and relative clauses
    included: "Al-Khelaïfi, lui, voit déjà plus loin", "La comédienne, Yasmine Roux, avoue"; None without a parse.
    And whether the subject is an unnamed someone ("Un ouvrier, qui n'a pas souhaité donner son nom")."""
    # "Une voisine, qui ..., soupire :", "Un ouvrier de l'atelier, ..." (whatever the parse made of it).
    if re.match(r"(?:un|une)\s+[^\W\d][\w'-]*(?:\s+(?:de|d'|du|des|en)\s*[\w'-]+){0,3}\s*,", sent.text, re.I):
        return None, True
    if re.match(r"il\s+(?:faut|fallait|y|est|était|sera|s'agit|semble|reste|paraît)\b", sent.text, re.I):
        return None, True  # "Il faut le dire : « ... »": an impersonal "il" is nobody
    if doc is None:
        return _opening_name(resolver, sent), False
    # (The small model may cut a clause in several roots: "Al-Khelaïfi" gives "Al" one of its own.)
    root = next((t for t in doc if sent.start <= t.idx < sent.end and t.dep_ == "ROOT" and
                 any(c.dep_ in {"nsubj", "nsubj:pass"} for c in t.children)), None)
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None) if root is not None else None
    if subj is None or subj.idx >= root.idx or subj.left_edge.idx < sent.start:
        return _opening_name(resolver, sent), False
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    phrase = re.sub(r",\s*(?:lui|elle|eux|elles)(?:-mêmes?)?\s*,?\s*$", "", resolver._text[start:end]).strip(" ,")
    if not phrase:
        return None, False
    unnamed = bool(re.match(r"(?:un|une|des|plusieurs|certains|certaines)\s", phrase, re.I))
    return resolver.speaker(phrase, start), unnamed


# After a name that opens a clause: an aside between commas, then a lowercase word that is no conjunction,
# preposition or relative pronoun (the verb): "Nadia Roux, écharpe au cou, adresse un message aux fans".
NAME_THEN_VERB = re.compile(r"(?:\s*,[^,;:«»\"“”]{1,60},)?\s+(?!(?:et|ou|ni|de|du|des|d'|à|au|aux|qui|que|qu')"
                            r"(?![\w'’-]))(?-i:[a-zàâçéèêîôû])")


def _opening_name(resolver: Resolver, sent: Span) -> Speaker | None:
    """ "Dans la vidéo, Nadia Roux, écharpe au cou, adresse un message aux fans :": the person whose name opens
    the clause (after a leading adverbial) and is followed by its verb, when the parse found no subject (an
    aside without a verb of its own leaves the small model's parse without one)."""
    text = sent.text
    at = after_leading_adverbial(text) or len(text) - len(text.lstrip())
    person = next((m for m in resolver.mentions if m.type == "person" and m.start == sent.start + at), None)
    if person is None or not NAME_THEN_VERB.match(text, person.end - sent.start):
        return None
    return resolver.speaker(person.text, person.start)


def _named_next(resolver: Resolver, mentions: list[Mention], sent: Span, made: list[Quote],
                pending: tuple[list[Quote], str] | None) -> tuple[list[Quote], str] | None:
    """ "Le ministre de l'Intérieur a fait savoir que ... . Gérald Darmanin a prévenu que ...": a French role
    that named nobody spoke, and the next sentence opens with a person who speaks on: the role was that
    person. Not when the role's sentence named a person, for the other gender, nor for a person the
    post, the blog or the newsroom list gave a role with another head. Returns what the next sentence
    may name."""
    if made and all(q.speaker is None for q in made) and resolver.unnamed_role:
        return made, resolver.unnamed_role
    if not pending or not made or made[0].speaker is None:
        return None
    earlier, subj = pending
    person = made[0].speaker
    opener = next((m for m in mentions if m.type == "person" and sent.start <= m.start < sent.end), None)
    if opener is None or opener.canonical != person.name or not resolver._opens_sentence(opener):
        return None
    before = next((x for x in resolver._sents if x.start <= earlier[0].start < x.end), None)
    if before is None or any(m.type == "person" and before.start <= m.start < before.end for m in mentions):
        return None
    # "Gérald Darmanin a répliqué que ...": a reply is someone else; a person the blog named before would
    # have been named by the role.
    if re.search(r"\b(?:répond|répli|rétorqu|ripost|contredi|dément)", sent.text, re.I) or \
            (resolver.context and person.name in resolver.context.entities):
        return None
    role = DETS.sub("", subj).strip()
    head = hwords(role)[0]
    held = resolver.roles_held(person)
    if held and not any(w[:5] == head[:5] for r in held for w in hwords(role_norm(r))[:3]):
        return None
    gender = gender_of(subj.lower().replace("’", "'").split())
    known = resolver._person(person.name).gender or person.gender
    if gender and known and gender != known:
        return None
    for q in earlier:
        q.speaker = Speaker(person.name, role, known or gender)
        q.rule = "named_next"
    for s in [person, *resolver.post]:
        if s.name == person.name and not s.role:
            s.role = role
    return None


# What an English sentence after a bare quote calls it, saying whose it was.
_WORDS_NOUN_EN = (r"(?:message|words|warning|verdict|plea|appeal|assessment|promise|reaction|response|answer|"
                  r"reply|view|advice|prediction|vow|pledge)\b")
# The sentence after a bare quote that says whose words they were.
WORDS_OF = re.compile(
    r"(?:C'est\s+(?:par|avec|en|sur)\s+(?:ces|cette|ce)\s+(?:mots|paroles|phrase|termes|propos|formule|question)"
    r"\s+(?:que|qu')\s*(?P<a>[^;:.!?«»\"“”]{3,80}?),?\s+(?:a|avait|s'est|s'était|l'a|les\s+a)\s"
    r"|(?:La|Cette)\s+(?:question|phrase|formule|mise\s+en\s+garde|interrogation)\s+(?:est|a\s+été|était)\s+"
    r"(?:posée|lancée|prononcée|signée|écrite|formulée|adressée)\s+(?:[\w'-]+\s+){0,3}?par\s+(?P<b>[^;:.!?«»\"“”]{3,80})"
    r"|(?:Ces|Ses)\s+(?:mots|paroles|propos)\s+sont\s+ceux\s+(?:de\s+|du\s+|des\s+|d')(?P<c>[^;:.!?«»\"“”]{3,80})"
    # "That was Jane Roe's message as she left", "Those were the words of the mayor".
    rf"|(?:That|This|Those|These)\s+(?:was|is|were|are)\s+(?P<d>[^;:.!?«»\"“”]{{3,60}}?)['’]s?\s+{_WORDS_NOUN_EN}"
    rf"|(?:That|This|Those|These)\s+(?:was|is|were|are)\s+the\s+{_WORDS_NOUN_EN}\s+(?:of|from)\s+"
    r"(?P<e>[^;:.!?«»\"“”]{3,80}))")


class _After:
    def __init__(self, m: re.Match, offset: int):
        self.name = next(k for k in ("a", "b", "c", "d", "e") if m.group(k))
        self._m, self._offset = m, offset

    def group(self, _: str) -> str:
        return re.split(r",\s*(?:qui|dont|que)\b", self._m.group(self.name))[0].strip().rstrip(",").strip()

    def start(self, _: str) -> int:
        return self._offset + self._m.start(self.name)


def _named_after(sentences: list[Span], sent: Span, masked: str, real_q: list[tuple[int, int]]) -> _After | None:
    """A sentence that is only a quote, and a next sentence that names whose words they were (or the
    rest of the sentence, when the model did not cut it after the quote)."""
    if re.search(r"\w", masked[: real_q[0][0]]):
        return None
    rest = sent.text[real_q[0][1]:]
    m = WORDS_OF.match(rest.lstrip())
    if m:
        return _After(m, sent.start + real_q[0][1] + len(rest) - len(rest.lstrip()))
    if re.search(r"\w", masked[real_q[-1][1]:]):
        return None
    i = next((k for k, x in enumerate(sentences) if x is sent), None)
    if i is None or i + 1 >= len(sentences):
        return None
    nxt = sentences[i + 1]
    m = WORDS_OF.match(nxt.text)
    return _After(m, nxt.start) if m else None


def _unnamed_definite(made: list[Quote], subj: str) -> bool:
    """ '"...," the visiting boss said.': the attribution read a definite subject and could name nobody for it, so
    a lone quote after it is that unnamed person's too, not someone the learned fallback would guess. (Not an age,
    "the 52-year-old said": that describes a person the post named, whom the fallback may find.)"""
    return all(q.rule.startswith(("attribution", "indirect")) for q in made) and \
        re.match(r"the\s+[^\W\d]", subj.strip(), re.I) is not None


def _someone_else(resolver: Resolver, mentions: list[Mention], sent: Span, masked: str,
                  real_q: list[tuple[int, int]]) -> bool:
    """ "Sa coéquipière Clarisse Agbégnénou, elle, a retenu « ... »": a sentence that names a person outside
    its quotes (a name the model saw or a name-like phrase it missed) does not carry on the last speaker."""
    outside = masked[: real_q[0][0]] + " " * (real_q[-1][1] - real_q[0][0]) + masked[real_q[-1][1]:]
    return any(m.type == "person" and not any(s <= m.start - sent.start < e for s, e in real_q)
               for m in mentions if sent.start <= m.start < sent.end) or \
        any(not x.group(0).startswith(("Le ", "La ", "Les ", "L'")) for x in NAME_LIKE.finditer(outside))


# After a quote, an inverted subject that is someone unnamed: "», redoute un transitaire", "», soupire une voisine".
INVERTED_SOMEONE = re.compile(rf"\s*,\s*{LOWER}[\w'’-]{{3,}}\s+(?:{'|'.join(INDEFINITE_FR)})\s+{LOWER}")
# Before a quote, someone unnamed opens the sentence: "Un commerçant, qui n'a pas souhaité donner son nom, redoute".
OPENING_SOMEONE = re.compile(rf"(?:{capitalised(INDEFINITE_FR)}|Des|Plusieurs)\s+{LOWER}")
# Before a quote, a definite subject and a verb the clitic or auxiliary after it shows: "L'opposition y voit",
# "Le président français a évoqué" (not "La CGT dénonce", whose verb no list tells from a noun).
DEFINITE_SUBJECT = re.compile(r"(?P<subj>(?:Le|La|Les|L['’])\s*[\w][^,;:«»\"“”]{0,60}?)\s+"
                              r"(?:(?:(?:y|en|ne|n['’]|se|s['’]|lui|leur)\s*)+[a-zà-ÿ]|"
                              r"(?:(?:y|en|ne|n['’]|l['’])\s*)*(?:a|ont|avait|avaient|est|sont|était|va|vont|doit)\s)")


def _own_subject(resolver: Resolver, mentions: list[Mention], sent: Span, masked: str,
                 real_q: list[tuple[int, int]]) -> tuple[Speaker | None] | None:
    """Who speaks a French quote whose sentence has a subject of its own that no speech verb the rules know
    introduces: someone unnamed before or after the quotes ("Un commerçant, qui n'a pas souhaité donner son nom,
    redoute « ... »", "« ... », redoute un transitaire": nobody), or a definite subject before them ("L'opposition
    y voit « ... »": whom it names, often nobody). None (not a tuple) when the sentence has no such subject (a
    bare quote, "Il a évoqué « ... »"), or names a person outside its quotes (other rules read those)."""
    before = masked[: real_q[0][0]]
    if any(m.type == "person" and sent.start <= m.start < sent.start + len(before) for m in mentions):
        return None
    if INVERTED_SOMEONE.match(masked[real_q[-1][1]:]) or OPENING_SOMEONE.match(before):
        return (None,)
    if (m := DEFINITE_SUBJECT.match(before)) is None:
        return None
    return (resolver.speaker(m.group("subj"), sent.start + m.start("subj")),)


def _role_opener(resolver: Resolver, mentions: list[Mention], sent: Span, masked: str,
                 real_q: list[tuple[int, int]]) -> Speaker | None:
    """Whom the role a sentence opens on names, before its quotes and without a speech verb the rules know ("Le
    président français a évoqué « ... »"); None when it opens on no role, on a name, or the role names nobody."""
    m = ROLE_SUBJECT.match(masked[: real_q[0][0]])
    if not m or not any(is_role_word(w) for w in hwords(re.sub(r"^[Ll]['’]", "", m.group("np")))[:3]) or \
            any(x.type == "person" and sent.start <= x.start < sent.start + m.end() for x in mentions):
        return None
    resolver._pos = sent.start + m.start("np")
    found = resolver.role(m.group("np"))
    # (The post's words are the role it gives: "président français".)
    return Speaker(found.name, found.role or m.group("np").strip(), found.gender) if found and found.name else None


def _next_opener(resolver: Resolver, mentions: list[Mention], sentences: list[Span]) -> Speaker | None:
    """The person whose name opens the post's second sentence as its subject (after a title at most)."""
    if len(sentences) < 2:
        return None
    nxt = sentences[1]
    first = next((m for m in mentions if nxt.start <= m.start < nxt.end), None)
    if first is None or first.type != "person" or \
            not re.fullmatch(r"\s*(?:(?:" + either(COMMON_FR) + r")\s*)?", resolver._text[nxt.start: first.start]) or \
            not re.match(r"\s*(?:,|(?:a|avait|est|était|s'est|se|juge|estime|affirme|assure|dit)\b)",
                         resolver._text[first.end: nxt.end]):
        return None
    return resolver._person(first.canonical)


INTERVIEW_FR = re.compile(r"\b(?:questions?\s+(?:à|au|aux)\b|entretien|entrevue|interview|"
                          r"répond(?:u|ait)?\s+à\s+nos\s+questions|invitée?\s+de\s+notre|(?:nous\s+avons|notre\s+[\w-]+(?:\s+[\w-]+)?\s+a)\s+"
                          r"(?:interrogé|rencontré|joint))", re.I)


def _interviewee(resolver: Resolver, mentions: list[Mention], sent: Span,
                 all_q: list[tuple[int, int]]) -> Speaker | None:
    """The one person a post named before a question it asks (outside quotes), or nobody."""
    asked = [x for x in resolver._sents if x.end <= sent.start and x.text.rstrip().endswith("?")]
    # ("X spoke to reporters. Is Y fit to start? '...'": a person named in a question is not who answers.)
    named = {m.canonical for m in mentions if m.type == "person" and m.start < sent.start
             and not any(s <= m.start < e for s, e in all_q)
             and not (resolver.lang == "en" and any(x.start <= m.start < x.end for x in asked))}
    if resolver.lang == "en" and not INTERVIEW_EN.search(resolver._text[: sent.start]):
        return None  # "Starmer visited Southport. What did residents tell him? '...'": not an interview
    if resolver.lang == "fr":
        # "Trois questions à X", "X a répondu à nos questions": an interview; a person named in a question
        # ("Que va faire Donald Trump ?") is not who answers.
        if asked and (to := ASKED_TO.match(asked[-1].text)):
            # "Question posée à la mairesse ce matin : ... ? « Non. »": the one the question was put to.
            return resolver.speaker(to.group("subj"), asked[-1].start + to.start("subj"))
        if not INTERVIEW_FR.search(resolver._text[: sent.start]):
            return _interview_goes_on(resolver, mentions, sent, asked, all_q)
        # ("L'économiste X, professeure à HEC Montréal": where the interviewee works is nobody who answers,
        # whatever the model took it for.)
        named = {m.canonical for m in mentions if m.type == "person" and m.start < sent.start
                 and not any(s <= m.start < e for s, e in all_q)
                 and not any(x.start <= m.start < x.end for x in asked)
                 and not WORKS_AT.search(resolver._text[max(0, m.start - 40): m.start])}
    return resolver._person(next(iter(named))) if len(named) == 1 else None


def _interview_goes_on(resolver: Resolver, mentions: list[Mention], sent: Span, asked: list[Span],
                       all_q: list[tuple[int, int]]) -> Speaker | None:
    """ "Question : ... ? Réponse : « ... »" in a post that names nobody before: the interview the previous
    post began goes on, and the one it was last about answers (a person, not a body)."""
    focus = resolver.context.focus if resolver.context else None
    if not asked or not focus or not focus.name or resolver._is_organisation(focus.name) or \
            not re.match(r"\s*questions?\s*:", asked[-1].text, re.I) or \
            not re.match(r"\s*" + ANSWER_LABEL + r"\s*:", sent.text, re.I) or \
            any(m.type == "person" and m.start < sent.start and not any(s <= m.start < e for s, e in all_q)
                for m in mentions):
        return None
    return resolver._person(focus.name)


# "Question posée à la mairesse :", "Questions au ministre X :": who a question the post asks is put to.
ASKED_TO = re.compile(r"\s*questions?\s+(?:posées?\s+)?(?:à\s+|au\s+|aux\s+)(?P<subj>[^,:;?«»]{2,60}?)"
                      r"(?:\s+(?:ce|cette|cet|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b[^:]*)?\s*:",
                      re.I)
WORKS_AT = re.compile(r"\b(?:professeure?|chercheuse|chercheur|enseignante?|maître\s+de\s+conférences|directrice|"
                      r"directeur|chargée?\s+de\s+recherche)\s+(?:à|au|chez)\s+(?:l['’]|la\s+|le\s+)?$", re.I)


# What says an English post puts questions to someone: "put two questions to X", "we asked X", "in an
# interview with X".
INTERVIEW_EN = re.compile(r"\b(?:questions?\s+(?:to|for|with)|asked|interview\w*|spoke\s+(?:to|with)|sat\s+down\s+with|"
                          r"talked\s+(?:to|with)|reached|caught\s+up\s+with|Q&A)\b", re.I)


SPEAKING = re.compile(r"\b(?:spoke|addressed|told\s+(?:reporters|journalists|the\s+press)|"
                      r"gave\s+a\s+(?:speech|statement)|took\s+questions|a\s+pris\s+la\s+parole|s'est\s+exprimée?|s'est\s+adressée?|"
                      r"a\s+tenu\s+une\s+conférence|s'est\s+présentée?\s+(?:en\s+zone\s+mixte|devant)|"
                      r"était\s+l'invitée?|est\s+intervenue?)\b", re.I)


def _spoke_before(resolver: Resolver, mentions: list[Mention], sentences: list[Span], sent: Span) -> Speaker | None:
    """The person who opens the sentence right before a lone quote, when that sentence has them speak."""
    i = next((k for k, x in enumerate(sentences) if x is sent), 0)
    if not i:
        return None
    prev = sentences[i - 1]
    if re.search(r"[«»“”\"]", prev.text) or not SPEAKING.search(prev.text):
        return None
    return _focus(resolver, mentions, prev)


def _role_before(resolver: Resolver, sentences: list[Span], sent: Span) -> Speaker | None:
    """The person the role subject of the sentence right before a lone quote names, if the resolver named one."""
    i = next((k for k, x in enumerate(sentences) if x is sent), 0)
    topic = resolver.topic
    if not i or not topic or not topic[1] or not topic[1].name or \
            not sentences[i - 1].start <= topic[0] <= sentences[i - 1].end:
        return None
    return topic[1]


def _focus(resolver: Resolver, mentions: list[Mention], sent: Span) -> Speaker | None:
    """Who a sentence without quotes is about, for a quote standing alone in the next post: a role
    subject the resolver named ("Le ministre de l'Intérieur est attendu samedi") or a person that
    opens it ("Gérald Darmanin s'est rendu...")."""
    if resolver.topic and sent.start <= resolver.topic[0] <= sent.end and resolver.topic[1] and \
            resolver.topic[1].name:
        return resolver.topic[1]
    inside = [m for m in mentions if sent.start <= m.start < sent.end]
    first = inside[0] if inside else None
    # "Macron a reçu Zelensky.": either could say the quote that follows.
    others = {m.canonical for m in inside if m.type == "person"} - {first.canonical if first else ""}
    if first and first.type == "person" and not others and len(sent.text[: first.start - sent.start].split()) <= 2:
        return Speaker(first.canonical, resolver.gaz.roles.get(first.canonical, [None])[0],
                       resolver.gaz.genders.get(first.canonical))
    return None


# What a sentence-opening "Pour" introduces that is no one's opinion: a time, a purpose, a first time.
NOT_A_SOURCE = {"instant", "heure", "moment", "rappel", "autant", "cela", "ca", "ce", "l-instant", "l-heure",
                "memoire", "commencer", "finir", "mieux", "suite", "occasion", "cette", "cet", "tenter", "eviter"}
ORDINALS = {"premier", "premiere", "dernier", "derniere", "deuxieme", "troisieme", "second", "seconde", "seul",
            "seule", "enieme"}


@dataclass
class _Source:
    """ "selon X" / "according to X", with an apposition: "selon le chef de la diplomatie, Andriï Sybiha," """

    start: int
    end: int
    subj: str
    subj_start: int

    @classmethod
    def find(cls, masked: str, lang: str, mentions: list[Mention], offset: int) -> _Source | None:
        m = SOURCE[lang].search(masked)
        if not m:
            return None
        end = m.end()
        subj = m.group("subj")
        if m.group(0).lower().startswith("aux") and not any(
                p.type in {"person", "organisation"} and offset + m.start("subj") <= p.start < offset + end
                for p in mentions) and not any(is_role_word(w) for w in hwords(DETS.sub("", subj))[:2]):
            return None  # "aux yeux de tous", "aux yeux du monde": nobody speaks
        if m.group(0).lower().startswith("pour") and (words := hwords(DETS.sub("", subj))) and (
                words[0] in NOT_A_SOURCE or (words[0] in ORDINALS and not (len(words) > 1 and is_role_word(words[1])))):
            return None  # "Pour l'instant, ...", "Pour son premier voyage, ..." (not "Pour le Premier ministre, ...")
        # "..., selon son premier secrétaire, Olivier Faure.": the apposition may end the sentence.
        # (A quotation is never part of it: "Selon un élu, « ... » la décision de X, « ... »".)
        more = re.match(r",\s*([^,.;:«»\"“”]{3,60})(?:,|[.!?]?\s*$)", masked[end:])
        if more and lang == "en" and not NAME_LIKE.fullmatch(more.group(1).strip()) and not any(
                p.type == "person" and p.text == more.group(1).strip() for p in mentions):
            more = None  # "According to the FA, Southgate will leave ...": a clause, not an apposition
        # ("Selon Le Parisien, Rachida X, ..., serait": after a source that is a name itself, the name after the
        # comma is the subject of the clause reported, not an apposition.)
        named = any(p.type in {"person", "organisation"} and p.text == subj.strip() and
                    p.start == offset + m.start("subj") for p in mentions)
        if more and not named and (any(p.type == "person" and offset + end <= p.start < offset + end + more.end()
                                       for p in mentions) or NAME_LIKE.fullmatch(more.group(1).strip())):
            end += more.end(1)
            subj = masked[m.start("subj"):end]
        return cls(m.start(), end, subj, m.start("subj"))


def _is_quote(s_text: str, s: int, e: int, attrs: list[Attribution], src) -> bool:
    inner = s_text[s + 1: e - 1]
    words = len(inner.split())
    before = s_text[:s]
    if NAMING.search(before.rstrip()) and not (
            re.search(r"\b(?:a|avait|ont|avaient)\s+(?:\w+\s+){0,2}appelée?s?\s*$", before.rstrip(), re.I)
            and (re.match(r"\s*à\b", s_text[e:]) or re.match(r"\s*(?:à|au|aux)\s", inner))):
        # (Not "elle avait appelé « tout le monde » à venir", "il a appelé « au calme »": a call upon people or for
        # something, not a name.)
        return False
    if words >= 4:
        return True
    if words >= 3 and not re.search(r"\w", s_text[:s] + s_text[e:]):
        return True  # a sentence that is nothing but a quote: '"Nobody is exempt."'
    if (COLON_LABEL.match(before) or COLON_CLAUSE_EN.match(before)) and not re.search(r"\w", s_text[e:]) and \
            re.fullmatch(r"\s*(?-i:[A-ZÀ-Ý])[^«»\"“”]*[.!?…]\s*", inner):
        # 'Her reply: "Not yet."', 'The minister was blunt: "No."': a whole sentence a short label introduces, however
        # short, is said (a scare quote is a word or two inside a sentence).
        return True
    return bool(attrs) or bool(src)


def _role_head(part: str) -> bool:
    """Whether a subject part's first word after its determiner is a role ("la ministre de ...")."""
    words = hwords(DET_START.sub("", part, count=1))
    return bool(words) and is_role_word(words[0])


def _part_words(lang: str, part: str, i: int, named: bool = False) -> int:
    """How many words a part of a subject may have: "Kevin Rojek, the special agent in charge of the FBI's
    Pittsburgh field office, said": an English apposition after the first part may be longer, and so may a
    first part that carries its own relative clause ("A man who sells souvenirs on Rua Augusta, ..., said"); so may
    a French unnamed first part, described at length ("Un ancien chauffeur de la société de transport, cité comme
    témoin, a dit"), and a French role in apposition, which drops its article ("Léa Roux, cheffe du projet Orion
    au Centre national d'études spatiales, a affirmé"), or a French role with its article before the name;
    `named`: the part holds a name."""
    if lang == "fr" and i == 0 and re.match(r"(?:un|une)\s", part, re.I):
        return 12
    if lang == "fr" and i == 0 and DET_START.match(part) and _role_head(part) and not named:
        # "Le secrétaire général adjoint de l'Agence chargé des crues, Paul Roux, a dit": a French role
        # before the name it introduces runs as long as one in apposition after it (not when the model read
        # a person in it: "du syndicat du Grand Est" is where the role is held, which the holder's name
        # resolution does not tell apart past a few words).
        return 12
    if lang == "en" and DET_START.match(part) and (i > 0 or re.search(r"\s(?:who|whose)\s", part)):
        return 14
    return 12 if lang == "fr" and i > 0 and hwords(part)[:1] and is_role_word(hwords(part)[0]) else 8


def _nearest(attrs: list[Attribution], qspans: list[tuple[int, int]]) -> Attribution | None:
    if not attrs:
        return None
    first, last = qspans[0][0], qspans[-1][1]
    # A verb right after the last quote ("», a-t-il dit") wins, then one before the first quote.
    after = [a for a in attrs if a.verb_start >= last]
    before = [a for a in attrs if a.verb_end <= first]
    if after and (not before or after[0].inverted or after[0].verb_start - last < 12):
        return after[0]
    if before:
        return _first_of_its_subject(before)
    return attrs[0]


# An English absolute clause of speech: "with delegates saying (that) ...", "with officials warning that ...".
WITH_SAYING_EN = re.compile(r"(?<![\w-])with\s+(?P<subj>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
                            r"(?P<verb>saying|warning|insisting|claiming|arguing)\s+(?:that\s+)?", re.I)


def _first_of_its_subject(attrs: list[Attribution]) -> Attribution:
    """The last of `attrs`, or the first verb of the same subject when the last is a second verb joined to it: "He said
    the club would hold a parade, and urged fans to \"bring the noise\"" reports one quote, from the first verb on."""
    last = attrs[-1]
    if last.participle or last.inverted:
        return last
    return next((a for a in attrs[:-1] if a.subj == last.subj and a.subj_start == last.subj_start
                 and not a.participle and not a.inverted), last)


def _outside(masked: str, qspans: list[tuple[int, int]], attr: Attribution | None, src, lang: str = "") -> bool:
    """True when words other than the attribution stand outside the quotes: the quote is mixed."""
    chars = list(masked)
    for s, e in qspans:
        for k in range(s, e):
            chars[k] = " "
    if attr:
        lo = min(attr.verb_start, attr.subj_start) if attr.subj else attr.verb_start
        # ("In Lisbon, the museum's director said: ...": so is where, in English.)
        lead = LEADING_CLAUSE.match(masked) or (lang == "en" and LEADING_ADVERBIAL.match(masked))
        if lead and lead.end() <= lo:
            lo = 0  # "Asked about the strikes, Trump said: ...": the circumstances of the attribution
        hi = max(attr.verb_end, attr.subj_start + len(attr.subj))
        if not attr.inverted:
            hi = max(hi, attr.complement)
        if attr.verb_start >= qspans[-1][1] and (attr.inverted or attr.subj_start >= qspans[-1][1]):
            # ", a ajouté le porte-parole, interrogé sur le bilan", '"...!" he wrote on Truth Social':
            # all attribution.
            hi = len(chars)
        nxt = [s for s, _ in qspans if s >= hi]
        if lang == "en" and nxt and re.fullmatch(r"\s*(?:(?:in|on|at|to|during|after|before|via|through|from|with)\s"
                                                 r"[^,;:.!?\"“”]{1,50})?,\s*", masked[hi: nxt[0]]):
            # '"...," the operator said in a statement, "and ..."': where it was said, between the two parts of
            # one quote, is attribution.
            hi = nxt[0]
        elif lang == "fr" and attr.inverted and nxt and re.fullmatch(
                r"\s*(?:(?:en\s+(?:se\s+|s['’])?[\w'’]+ant|dans|sur|lors|devant|depuis|au|aux|à)\s[^,;:.!?«»\"“”]{1,50})?,\s*",
                masked[hi: nxt[0]]):
            # "« ... », a-t-il dit en s'adressant à la défunte, « ... »": how or where the words were said, between
            # the two parts of one quote, is attribution too.
            hi = nxt[0]
        for k in range(max(lo, 0), min(hi, len(chars))):
            chars[k] = " "
    if src:
        for k in range(src.start, src.end):
            chars[k] = " "
    rest = "".join(chars)
    rest = re.sub(r"\b(?:que|qu'|that|et|and|puis|then|avant|before|after|après|also|aussi|encore)\b", " ", rest,
                  flags=re.I)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2


def _determined(lang: str, masked: str, attr: Attribution | None, real_q: list[tuple[int, int]]) -> bool:
    """ "Le parti dénonce des « mesures électoralistes »": a French determiner between the speech verb and the
    quote makes the quoted words part of what is reported, a mixed quote; so does "contre", what a warning or a
    protest is against ("La CGT met en garde contre « ... »")."""
    return lang == "fr" and attr is not None and not attr.inverted and attr.verb_end <= real_q[0][0] and \
        bool(re.fullmatch(r"\s*(?:contre\s*)?(?:des|une?|du|de|d'|le|la|les|l'|sa|son|ses|leur|leurs|(?<=contre))\s*",
                          masked[attr.verb_end: real_q[0][0]], re.I))


def _trail_start(masked: str, attr: Attribution) -> int:
    before = masked[: attr.verb_start].rstrip()
    lead = masked[: attr.subj_start].rstrip()
    if attr.subj and attr.subj_start < attr.verb_start and lead.endswith(",") and before.endswith(","):
        return len(lead) - 1  # "..., a fire service spokesman, Tom Reid, told the BBC": the clause before the subject
    if before.endswith((",", "—", "–")):
        return len(before) - 1
    if attr.subj and attr.subj_start < attr.verb_start:
        return attr.subj_start
    return len(before)


def _source_clause(masked: str, src: _Source) -> tuple[int, int]:
    # ("Réponse : selon le rectorat, ...": the label of the post's answer opens the sentence, not a clause.)
    if src.start <= 2 or masked[: src.start].strip() in {"", "Mais", "Et", "But", "And"} or \
            re.fullmatch(r"\s*" + ANSWER_LABEL + r"\s*:\s*", masked[: src.start], re.I):
        m = re.search(r",\s*", masked[src.end:])
        start = src.end + m.end() if m else src.end
        return start, len(masked)
    end = masked[: src.start].rstrip().rstrip(",").rstrip()
    return 0, len(end)


OBJECT_VERBS = re.compile(r"(?:annonc|promi|confirm|démen|dément|nié|nie|fait\s+\S*\s*état|état|affirm|assur|estim|"
                          r"dit|dite|dits|reconn|admi|concéd|espér|warn|promis|promet|"
                          r"indiqu|précis|accus|say|said|told|added|warned|insist|argu|stress|claim|believ|think|"
                          r"admit|acknowledg|conced|not|announc|confirm|predict|estimat|accus)", re.I)


def _reports(masked: str, attr: Attribution) -> bool:
    """Reported speech without "que"/"that" only after verbs that report ("a annoncé 144 morts")."""
    if re.search(r"(?:que|qu'|that|:)\s*$", masked[: attr.complement], re.I):
        return True
    if masked[attr.verb_start: attr.verb_end].split()[-1].lower() in FINITE_CLAUSE_EN:
        return bool(FINITE_AFTER_EN.match(masked[attr.verb_end:]))  # "suggested the email had landed"
    if re.search(r"appel", masked[attr.verb_start: attr.verb_end], re.I):
        # "a appelé les habitants à quitter leur logement" reports a call; "a appelé les secours" a phone call.
        return bool(re.match(r"[^.;:«»\"“”]{0,60}?\bà\s+(?:se\s+|s'|ne\s+pas\s+)?(?-i:[a-zéèêâîôûç]+(?:er|ir|re))\b",
                             masked[attr.complement:], re.I))
    return bool(OBJECT_VERBS.match(masked[attr.verb_start: attr.verb_end].split()[-1])) or \
        bool(OBJECT_VERBS.search(masked[attr.verb_start: attr.verb_end]))


# Those a speaker tells in a court or a chamber, before what they told them: "told the court the man had lied",
# "told MPs the plan was sound" (after "said", "the court" would be the subject of what was said).
TOLD_HEARING_EN = re.compile(r"\s*(?:the\s+(?:court|jury|inquiry|inquest|hearing|tribunal|committee|commission|"
                             r"chamber|house|senate|assembly|audience|crowd)|MPs|MSPs|MEPs|senators|lawmakers|"
                             r"legislators|councillors|parliament)\s+(?:(?:on|at|in)\s+\w+\s+)?(?=\S)")
# Speech verbs whose object may be the thing made known rather than a clause: "announced the ban", "confirmed
# the closure", "denies four counts of neglect", "admitted two charges".
THING_VERBS_EN = {"announced", "announces", "confirmed", "confirms", "unveiled", "unveils", "denied", "denies",
                  "admitted", "admits"}


def _announced_thing(lang: str, masked: str, attr: Attribution) -> bool:
    """ "announced a full public inquiry": an English indefinite noun phrase with no verb after the speech verb
    is what was announced, not a clause that reports (docs/annotation-guide.md: no quote)."""
    if lang != "en" or re.search(r"(?:that|:)\s*$", masked[: attr.complement], re.I):
        return False
    clause = masked[attr.complement:]
    # ("announced the ban at a briefing": a definite one too after a verb that takes a thing, not after "said",
    # whose clause may have a verb in the present: "said the roads remain shut".)
    thing = r"\s*an?\s" if masked[attr.verb_start: attr.verb_end].split()[-1].lower() not in THING_VERBS_EN else \
        rf"\s*(?:an?|the|its|his|her|their|all|both|several|{numbers.DIGITS}|{numbers.WORDS_EN})\s"
    return bool(re.match(thing, clause, re.I)) and not re.search(
        r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|\w+ed)\b", clause, re.I)


def _clause_ok(clause: str) -> bool:
    clause = clause.strip(" ,")  # ", he added, with linesmen on their way": a phrase after the verb's comma
    return len(clause.split()) >= 3 and not re.match(
        r"(?:dans|in|on|at(?!\s+least)|lors|à|au|aux|par|avec|pour|sur|during|après|after|by|with|to|for)\b",
        clause, re.I)
