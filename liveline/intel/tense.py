"""Whether the clause around a date speaks of the future or of the past, from the spaCy parse.

A bare weekday ("mardi", "on Tuesday") is the most recent one unless its verb looks ahead. The
verb that counts is the one of the weekday's own clause, not any verb of the sentence: in "Castor
warned on Tuesday that residents are going to die", Tuesday is past although "going to" is in the
sentence. Looking ahead: a future or conditional verb, "va"/"doit"/"devrait" + infinitive, "will",
"would", "could", "is due to", "is expected to", "prévu", "scheduled", a present with a deadline ("Il
reste quatre étapes d'ici samedi"). A present verb in a "before"
/ "avant que" clause takes the tense of the clause it depends on. The small French model often tags
a future verb as a noun ("déclenchera"), so French future and conditional endings are also read
from the word itself. "est"/"sont" + participle is a passive in the present ("est maintenu"), not the
past of a verb that takes "être" ("est arrivé"). The conditional of reported facts is a past ("il
aurait été interpellé dimanche"). A clause with no tense of its own (an infinitive: "avant de
recevoir mercredi ...") takes the tense of the nearest clause that has one. A word right after a subject
pronoun is a verb whatever its tag ("le samedi je repars"). `schedules` tells a present that opens, closes or
holds an event ("commence vendredi", "se tient samedi"), `imperfect` a clause in the imperfect (a habit with "le
mardi").
"""

from __future__ import annotations

import re

from liveline.intel import lexicon

FUTURE = "future"
PAST = "past"
PRESENT = "present"

# Clause openers: subordinating conjunctions and relative pronouns start a new clause.
_OPENERS = {
    "fr": {"que", "qu'", "qui", "dont", "où", "lorsque", "lorsqu'", "quand", "si", "puisque", "car", "avant",
           "après", "dès", "tandis"},
    "en": {"that", "which", "who", "whom", "whose", "when", "where", "while", "because", "before", "after",
           "until", "once", "if", "as", "since", "though", "although"},
}
# A present verb in these clauses is not the present: "before it comes ashore Wednesday".
_TEMPORAL = {"fr": {"avant", "lorsque", "lorsqu'", "quand", "dès", "jusqu'à", "d'ici"},
             "en": {"before", "when", "until", "once", "after", "as"}}
_BREAKS = set(",;:()«»“”\"—–")

_FR_FUTURE_END = re.compile(r"[^\W\d_]{2,}r(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)$")
# Nouns and adjectives that end like a future or a conditional.
_FR_NOT_VERBS = {"vrai", "vrais", "front", "fronts", "bras", "gras", "frais", "marais", "portrait", "retrait",
                 "extrait", "attrait", "trait", "traits", "opéra", "caméra", "extra", "environs", "abstrait"}
# "prévoit de nouvelles averses jusqu'à dimanche": what is forecast or planned lies ahead. The small model may tag the
# verb a noun; no noun is spelled so, and after "et" it opens a clause of its own.
_FR_FORECASTS = {"prévoit", "prévoient"}
_FR_AHEAD_WORDS = {"prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "programmés", "programmées",
                   "attendu", "attendue", "attendus", "attendues", "rendez-vous", "d'ici", "envisagé", "envisagée",
                   *_FR_FORECASTS}
_FR_ALLER = {"va", "vont", "vais", "vas", "allons", "allez", "allait", "allaient"}
_FR_DEVOIR = {"doit", "doivent", "dois", "devons", "devez", "devait", "devaient", "devra", "devront", "devrait",
              "devraient", "compte", "comptent", "entend", "entendent", "prévoit", "prévoient", "s'apprête"}
# "must be held by late November", "can cast ballots until Friday": what must or can be done is still to do.
_EN_AHEAD_MODALS = {"will", "'ll", "shall", "would", "could", "might", "may", "should", "wo", "ca", "must", "can"}
_EN_AHEAD_TO = {"going", "due", "expected", "set", "scheduled", "slated", "poised", "planned", "planning", "plans",
                "plan", "forecast", "predicted", "projected", "about", "intends", "intend", "is", "are", "was",
                "were", "likely", "hopes", "hope", "aims"}
# A present of expecting or planning looks ahead whatever follows it ("expected", "planned" may tell a past).
_EN_EXPECTS = {"expect", "expects", "plan", "plans", "forecast", "forecasts", "predict", "predicts"}
_EN_BE = {"is", "are", "was", "were", "'s", "'re", "be", "been", "seems", "seemed", "looks", "looked"}
_EN_AHEAD_WORDS = {"upcoming", "due", "scheduled", "expected"}
_NO_VERB_AHEAD = {"fr": _FR_AHEAD_WORDS | {"prochain", "prochaine", "prochains", "prochaines", "attendu", "attendue"},
                  "en": _EN_AHEAD_WORDS | {"next", "ahead"}}


def _covering(tokens, start: int, end: int) -> list[int]:
    """The indexes of the tokens holding characters start..end (the date)."""
    return [i for i, t in enumerate(tokens) if t.idx < end and start < t.idx + len(t.text)]


def clause_tense(sent, start: int, end: int, lang: str) -> str | None:
    """FUTURE, PAST or PRESENT for the clause holding the characters start..end of `sent` (a spaCy span).

    None when no verb can be found at all.
    """
    tokens = list(sent)
    if not tokens:
        return None
    clauses = _clauses(tokens, lang)
    inside = _covering(tokens, start, end)
    if not inside:
        return None
    at = inside[0]
    skip = set(inside)
    ci = own = next(k for k, (a, b) in enumerate(clauses) if a <= at < b)  # `ci` may move to a verb's clause
    tense = _tense(tokens, *clauses[ci], lang, skip=skip)
    if tense is None and lang == "fr" and _fr_verb_read_as_noun(tokens, at, clauses[ci][0]):
        tense = PRESENT  # "Le film sort vendredi": the model reads "sort" as a noun
    if tense is None:
        # "Lundi, il a annoncé ..." / "..., jusqu'à jeudi inclusivement": the nearest verb's clause.
        verbs = [i for i, t in enumerate(tokens) if i not in inside and _is_verb(tokens, i, lang)]
        # « Chacun doit vider ses gouttières ce week-end », a-t-il insisté: a date in a quotation goes with a verb
        # of the quotation, not with the verb that reports it.
        quoted = _quotation_around(tokens, at)
        if quoted is not None and any(i in quoted for i in verbs):
            verbs = [i for i in verbs if i in quoted]
        if not verbs:
            # No verb at all: "Prochain rendez-vous : jeudi." / "Next up: the vote on Thursday."
            # A heading speaks of now, and "avant"/"before" puts what follows after it: "Alerte avant la finale
            # de samedi", "Road closures ahead of the parade on Sunday".
            words = {t.lower_ for t in tokens}
            ahead = words & _NO_VERB_AHEAD[lang] or {"rendez", "-vous"} <= words
            return FUTURE if ahead or _looks_ahead(tokens, clauses[own][0], at, lang) else None
        # The nearest verb whose clause has a tense; an infinitive clause ("..., avant de recevoir
        # mercredi les présidents de groupe") takes the tense of the clause it hangs on.
        for rank, nearest in enumerate(sorted(verbs, key=lambda i: (abs(i - at), i > at))):
            cj = next(k for k, (a, b) in enumerate(clauses) if a <= nearest < b)
            if rank == 0:
                ci = cj
            found = _tense(tokens, *clauses[cj], lang, skip=skip)
            if found is not None:
                ci, tense = cj, found
                break
            if "Inf" not in tokens[nearest].morph.get("VerbForm") and not _en_participle_clause(tokens, nearest, lang) \
                    and not (lang == "en" and _en_passive_infinitive(tokens, nearest, 0)):
                break  # "La séance, suspendue lundi, reprendra jeudi": an apposition says nothing more
    # "is in Leeds today, before meeting unions on Wednesday": after now, whether the date's stretch
    # has a present verb or only a gerund that takes the tense of what it hangs on.
    if tense in {PRESENT, None} and _looks_ahead(tokens, clauses[own][0], at, lang) \
            and (tense or _outer_tense(tokens, clauses, own, lang, skip)) in {PRESENT, FUTURE}:
        return FUTURE
    if tense == PRESENT and ci > 0:
        a, b = clauses[ci]
        opener = tokens[a].lower_ if tokens[a].text not in _BREAKS else (tokens[a + 1].lower_ if a + 1 < b else "")
        if opener in _TEMPORAL[lang] and (outer := _outer_tense(tokens, clauses, ci, lang, skip)) is not None:
            return outer
    return tense


_OPENING_QUOTES = {"«", "“"}
_CLOSING_QUOTES = {"»", "”"}


def _quotation_around(tokens, at: int) -> range | None:
    """The token indices inside the « » or “ ” quotation that holds token `at`, or None."""
    opening = next((i for i in range(at - 1, -1, -1) if tokens[i].text in _OPENING_QUOTES | _CLOSING_QUOTES), None)
    if opening is None or tokens[opening].text not in _OPENING_QUOTES:
        return None
    closing = next((i for i in range(at + 1, len(tokens)) if tokens[i].text in _OPENING_QUOTES | _CLOSING_QUOTES),
                   len(tokens))
    if closing < len(tokens) and tokens[closing].text not in _CLOSING_QUOTES:
        return None
    return range(opening + 1, closing)


def _en_participle_clause(tokens, i: int, lang: str) -> bool:
    """ "the storm will move north, possibly reaching Tokyo on Sunday": an English clause headed by a gerund set off
    after the clause it hangs on takes that clause's tense, as an infinitive does; so does a gerund after "with"."""
    return lang == "en" and tokens[i].tag_ == "VBG" and (tokens[i].dep_ in {"advcl", "xcomp", "conj"}
                                                         or _en_with_absolute(tokens, i))


def _en_with_absolute(tokens, i: int) -> bool:
    """ "with Monday looking wet, both captains expect a result": a gerund after "with" and its subject is no clause of
    its own; it takes the time of the sentence it hangs on."""
    near = range(max(0, i - 5), i)
    return tokens[i].dep_ in {"amod", "pcomp", "acl"} and any(tokens[j].lower_ == "with" for j in near)


def _outer_tense(tokens, clauses: list[tuple[int, int]], k: int, lang: str, skip: set[int]) -> str | None:
    """The tense of the nearest clause before clause `k` that has one: what a clause hangs on."""
    return next((found for a, b in reversed(clauses[:k]) if (found := _tense(tokens, a, b, lang, skip)) is not None),
                None)


# Words that put what follows after the time of the clause they hang on: with that clause in the
# present, the date after them is ahead ("ahead of talks on Friday", "avant de recevoir mercredi").
_AHEAD_OF = {"fr": {("avant",)}, "en": {("before",), ("ahead", "of")}}


def _looks_ahead(tokens, a: int, at: int, lang: str) -> bool:
    """A "before"/"ahead of"/"avant" opens the stretch of the date's own clause (from token `a`) that holds it."""
    for i in range(at - 1, a - 1, -1):
        if tokens[i].text in _BREAKS and i > a:
            return False
        for words in _AHEAD_OF[lang]:
            if tuple(t.lower_ for t in tokens[i:i + len(words)]) == words:
                return True
    return False


def main_tense(sent, lang: str) -> str | None:
    """FUTURE, PAST or PRESENT for the clause of the sentence's root verb ("Le sommet, organisé le 20
    décembre, réunira ...": FUTURE whatever the apposition says)."""
    tokens = list(sent)
    if not tokens:
        return None
    at = sent.root.i - tokens[0].i
    clauses = _clauses(tokens, lang)
    a, b = next((a, b) for a, b in clauses if a <= at < b)
    return _tense(tokens, a, b, lang, skip=set())


def _clauses(tokens, lang: str) -> list[tuple[int, int]]:
    cuts = [0]
    if lang == "en":
        # "he said talks would resume": a complement clause without "that" starts at its left edge.
        first = tokens[0].i
        for t in tokens:
            if t.dep_ in {"ccomp", "advcl", "relcl"}:
                # From its subject: in "said on Thursday he would go", Thursday is the saying's.
                subject = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                edge = subject.left_edge.i if subject is not None and t.dep_ == "ccomp" else t.left_edge.i
                if edge > first:
                    cuts.append(edge - first)
    for i, t in enumerate(tokens):
        if i == 0:
            continue
        if t.text in _BREAKS or t.lower_ in _OPENERS[lang] and t.pos_ in {"SCONJ", "PRON"} \
                or t.pos_ == "CCONJ" and _next_is_verb(tokens, i, lang):
            cuts.append(i)
    cuts.append(len(tokens))
    cuts = sorted(set(c for c in cuts if 0 <= c <= len(tokens)))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _next_is_verb(tokens, i: int, lang: str) -> bool:
    for j in range(i + 1, min(i + 4, len(tokens))):
        if tokens[j].pos_ in {"ADV", "PART"} or tokens[j].lower_ in {"ne", "n'", "not", "then"}:
            continue
        return tokens[j].pos_ in {"AUX", "VERB"} and "Inf" not in tokens[j].morph.get("VerbForm") \
            or lang == "fr" and tokens[j].lower_ in _FR_FORECASTS
    return False


def _is_verb(tokens, i: int, lang: str) -> bool:
    t = tokens[i]
    if t.pos_ in {"VERB", "AUX"}:
        return True
    return lang == "fr" and (_fr_future_word(tokens, i) or t.pos_ in {"ADJ", "NOUN"} and _fr_verb_with_subject(t))


def _fr_verb_read_as_noun(tokens, at: int, a: int) -> bool:
    """A clause with no verb whose date follows a common noun right after a noun or a name ("Le nouveau plan
    de transport sort vendredi", "Le film de Nolan sort mercredi"): French puts no common noun right after
    another noun without a determiner or a preposition, so it is the verb the small model tagged a noun."""
    j = at - 1
    while j > a and tokens[j].pos_ == "ADV":
        j -= 1
    if j - 1 < a:
        return False
    word, before = tokens[j], tokens[j - 1]
    return word.pos_ == "NOUN" and word.text.islower() and (before.pos_ == "NOUN" and before.text.islower()
                                                            or before.pos_ == "PROPN") \
        and re.search(r"(?:[dt]|[^s]e|ent)$", word.lower_) is not None


_FR_PRESENT_FORM = re.compile(r"(?:e|ent|t|d)$")


def _fr_verb_with_subject(t) -> bool:
    """Whether a lowercase noun or adjective is a present verb the small model mistagged: the parse gives it a
    subject before it and no copula ("MétéoSuisse annonce du soleil", not "le ministre est présent")."""
    children = list(t.children)
    return t.is_alpha and t.text.islower() and _FR_PRESENT_FORM.search(t.lower_) is not None \
        and any(c.dep_ == "nsubj" and c.i < t.i for c in children) and not any(c.dep_ == "cop" for c in children)


def _fr_future_word(tokens, i: int) -> bool:
    t = tokens[i]
    word = t.lower_
    if word in _FR_NOT_VERBS or not _FR_FUTURE_END.search(word) or t.text[0].isupper() and i > 0:
        return False
    if t.pos_ in {"VERB", "AUX"}:
        return True
    # Mis-tagged as a noun: a real noun has an article or a preposition before it; after a number, only the
    # third person's "-era"/"-eront" ("un TGV sur deux circulera") is surely a verb.
    prev = tokens[i - 1] if i > 0 else None
    after_number = prev is not None and prev.pos_ == "NUM" and re.search(r"[ei]r(?:a|ont)$", word) is not None
    return t.pos_ in {"NOUN", "ADJ", "PROPN"} and (prev is None or prev.pos_ not in {"DET", "ADP", "ADJ", "NUM"}
                                                   or after_number)


def _tense(tokens, a: int, b: int, lang: str, skip: set[int]) -> str | None:
    ahead = past = present = deadline = coming = False
    for i in range(a, b):
        if i in skip:
            continue
        t = tokens[i]
        word = t.lower_
        nxt = [tokens[j].lower_ for j in range(i + 1, min(i + 4, b))]
        if lang == "fr":
            if _fr_deadline(tokens, i, b):
                deadline = True  # "Il reste quatre étapes d'ici samedi": a present about the stretch ahead
            if word in _FR_AHEAD_WORDS or word == "rendez" and nxt[:1] == ["-vous"] \
                    or word in _FR_ALLER | _FR_DEVOIR and _infinitive_follows(tokens, i, b):
                ahead = True
            elif t.pos_ in {"VERB", "AUX"} or _fr_future_word(tokens, i):
                tense, mood = t.morph.get("Tense"), t.morph.get("Mood")
                if _conditional_past(tokens, i, b):
                    past = True
                elif "Fut" in tense or "Cnd" in mood or _fr_future_word(tokens, i):
                    ahead = True
                elif "Imp" in tense and not _FR_IMPERFECT_END.search(word) and "Fin" in t.morph.get("VerbForm"):
                    # "redoutent", "craignent" tagged imperfect: every imperfect ends in -ais, -ait, -aient, -ions,
                    # -iez, so another ending is the present the small model misread.
                    present = True
                elif "Past" in tense and "Fin" in t.morph.get("VerbForm") and _FR_PRESENT_AS_SIMPLE_PAST.search(word):
                    present = True
                elif "Imp" in tense or "Past" in tense and "Fin" in t.morph.get("VerbForm"):
                    past = True
                elif "Past" in tense and _passive_infinitive(tokens, i, a):
                    continue  # "demandent à être entendus", "d'être emporté": no time of its own
                elif "Past" in tense and _after_aux(tokens, i, a):
                    # A participle alone is an adjective: "restent fermées"; after "est"/"sont" a passive
                    # in the present ("est maintenu jusqu'à lundi") unless the verb takes "être".
                    if _passive_present(tokens, i, a):
                        present = True
                    else:
                        past = True
                elif "Fin" in t.morph.get("VerbForm"):
                    present = True
            elif t.pos_ in {"ADJ", "NOUN"} and i > a and tokens[i - 1].lower_ == "qui" \
                    and tokens[i - 1].pos_ == "PRON":
                present = True  # "qui court de lundi à mercredi": the model reads an adjective
            elif t.pos_ in {"ADJ", "NOUN"} and _fr_verb_with_subject(t):
                present = True  # "la SNCF annonce pour samedi ...": the model reads a noun
            elif t.pos_ in {"ADJ", "NOUN", "ADV"} and t.is_alpha and (
                    _fr_after_subject_pronoun(tokens, i, a) or _fr_after_reflexive(tokens, i, a)):
                # "le samedi je repars" (read as an adverb), "le vote de jeudi s'annonce serré" (read as a
                # noun): a subject pronoun, or a reflexive one, is followed by its verb.
                if _FR_IMPERFECT_END.search(word):
                    past = True
                else:
                    present = True
        else:
            if word in _EN_AHEAD_MODALS and t.tag_ == "MD":
                if _en_have_done(tokens, i, b):
                    past = True  # "could have happened on Monday"
                else:
                    ahead = True
            elif word in _EN_EXPECTS and t.tag_ in {"VBZ", "VBP"}:
                ahead = True  # "the bureau expects the heat to build", "unions plan stop-work meetings"
            elif word in _EN_AHEAD_TO and "to" in nxt[:1] and _en_verb_after_to(tokens, i, b) \
                    or word in _EN_AHEAD_WORDS and not _en_was(tokens, i, a) \
                    or word in {"set", "slated", "planned"} and nxt[:1] == ["for"] \
                    or word in _EN_ANNOUNCED and _en_present_be(tokens, i, a):
                ahead = True
            elif word in {"likely", "unlikely"} and t.pos_ == "ADJ" and i > a \
                    and tokens[i - 1].lower_ in _EN_BE and nxt[:1] != ["to"]:
                # "a deal was unlikely before Tuesday", "more cases are likely by the weekend": what is judged likely
                # is still to come, even when a past verb reports the judging.
                ahead = True
            elif word == "next" and t.dep_ == "amod":
                coming = True  # "the team's next assignment is a tour in early September": what comes is ahead
            elif t.tag_ == "VBN" and t.dep_ == "amod":
                continue  # "displaced residents", "the televised debate": an adjective tells no time
            elif t.tag_ == "VBN" and word != "been" and _en_present_be(tokens, i, a):
                present = True  # "the agreements are extended until 22 May": a passive in the present
            elif t.tag_ == "VBN" and _en_passive_infinitive(tokens, i, a):
                continue  # "for the legislature to be recalled on Tuesday": no time of its own
            elif t.tag_ in {"VBD", "VBN"}:
                past = True
            elif t.tag_ in {"VBZ", "VBP"}:
                present = True
    if ahead:
        return FUTURE
    if past:
        return PAST
    if deadline or coming and present:
        return FUTURE
    if present:
        return PRESENT
    return None


def _en_have_done(tokens, i: int, b: int) -> bool:
    """ "could have happened on Monday": a modal's perfect looks back ("we'll have results on Thursday" does not)."""
    for j in range(i + 1, min(i + 3, b)):
        if tokens[j].lower_ in {"have", "'ve"}:
            return j + 1 < b and (tokens[j + 1].tag_ == "VBN" or tokens[j + 1].lower_ in {"been", "not"})
    return False


def _fr_clause_of(sent, start: int, end: int, lang: str):
    """The sentence's tokens, those of the date at start..end, and the bounds of its clause; None
    in English or when the date is not in the sentence."""
    if lang != "fr":
        return None
    tokens = list(sent)
    inside = _covering(tokens, start, end)
    if not inside:
        return None
    a, b = next((a, b) for a, b in _clauses(tokens, lang) if a <= inside[0] < b)
    return tokens, inside, a, b


# English presents that open, close or hold an event: "Carnival season opens on Monday", "the trial begins on Tuesday",
# "the festival kicks off on Friday", "the committee meets on Thursday", "the club hosts Leeds on Sunday". Tagged as a
# present verb only ("the opens", "the votes" are no verbs).
_EN_SCHEDULE_VERBS = {"opens", "open", "reopens", "reopen", "begins", "begin", "starts", "start", "ends", "end",
                      "closes", "close", "resumes", "resume", "kicks", "kick", "concludes", "conclude", "expires",
                      "expire", "meets", "meet", "sits", "sit", "votes", "vote", "convenes", "convene", "reconvenes",
                      "reconvene", "plays", "play", "hosts", "host", "faces", "face"}


def present_perfect(sent, start: int, end: int) -> bool:
    """Whether the English clause of the date at start..end is in the present perfect ("have been cut off for two
    days", "has lasted for nine days"): a time that runs up to now."""
    tokens = list(sent)
    inside = _covering(tokens, start, end)
    if not inside:
        return False
    a, b = next((a, b) for a, b in _clauses(tokens, "en") if a <= inside[0] < b)
    for i in range(a, b):
        word = tokens[i].lower_
        perfect_aux = word in {"has", "have", "'ve"} or word == "'s" and i + 1 < b and tokens[i + 1].lower_ == "been"
        if perfect_aux and any(tokens[j].tag_ == "VBN" for j in range(i + 1, b) if j not in inside):
            return True
    return False


# Prepositions that date another event than the perfect's: "have arrested two men after the raid on Tuesday".
_EN_OTHER_EVENT = {"after", "since", "following", "during", "amid"}
_EN_HAVE = {"has", "have", "'ve"}
_EN_DAY_PARTS = {"morning", "afternoon", "evening", "night", "lunchtime", "overnight"}


def weekday_of_present_perfect(sent, start: int, end: int) -> bool:
    """Whether the English weekday at start..end belongs to a present perfect, walking the parse up from it: "several
    have called off classes on Tuesday", "has summoned the minister to appear on Wednesday", "have flagged winds
    reaching the coast on Sunday". English does not pair that tense with a day gone, so the day lies ahead. The walk
    goes through nouns, prepositions, gerunds, infinitives and a participle after "with" that has its own subject ("with
    its shares frozen until Friday"), and stops at any other verb: "a fire that broke out on Saturday has been
    contained", "the car abandoned on Sunday" (a participle, or a simple past the model reads as one, has no "have")."""
    tokens = list(sent)
    inside = _covering(tokens, start, end)
    if not inside:
        return False
    day = next((tokens[k] for k in inside if tokens[k].lower_ in lexicon.WEEKDAYS_EN), None)
    if day is None or day.i + 1 < len(day.doc) and day.doc[day.i + 1].lower_ in {"'s", "’s"}:
        return False  # "Sunday's attack": an event named by its day
    if day.dep_ == "compound" and day.head.lower_ in _EN_DAY_PARTS:
        day = day.head  # "into Monday morning"
    if day.dep_ not in {"pobj", "npadvmod"}:
        return False
    cur = day
    for _ in range(12):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ == "ADP" and head.lower_ in _EN_OTHER_EVENT:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            if head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _EN_HAVE for c in head.children):
                # "have arrested a driver after a crash on Friday": the day may be the other event's; "has declared
                # on Friday that the drought is over": a saying with what it says is dated by its day, loosely.
                return not any(t.lower_ in _EN_OTHER_EVENT for t in head.subtree) and not any(
                    c.dep_ == "ccomp" and _en_finite(c) for c in head.children)
            with_subject = head.tag_ == "VBN" and head.dep_ == "pcomp" and head.head.lower_ == "with" \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
            non_finite = head.tag_ == "VBG" and head.dep_ in {"acl", "xcomp"} \
                or head.tag_ == "VB" and head.dep_ in {"xcomp", "advcl"} and not any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                                      for c in head.children)
            if not (with_subject or non_finite):
                return False
        elif head.pos_ not in {"NOUN", "PROPN", "PRON", "ADP", "ADJ", "NUM"}:
            return False
        cur = head
    return False


def _en_finite(verb) -> bool:
    """Whether an English verb is finite or has a finite auxiliary ("the drought is over", "it would end")."""
    return verb.tag_ in {"VBZ", "VBP", "VBD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "VBD", "MD"} for c in verb.children)


def _en_schedules(sent, start: int, end: int) -> bool:
    tokens = list(sent)
    inside = _covering(tokens, start, end)
    if not inside:
        return False
    a, b = next((a, b) for a, b in _clauses(tokens, "en") if a <= inside[0] < b)
    # "Sundhage's side face Iceland on Sunday": a noun with a direct object is the verb the model tagged a noun.
    return any(i not in inside and (tokens[i].tag_ in {"VBZ", "VBP"} or tokens[i].pos_ == "NOUN"
                                    and any(c.dep_ == "dobj" for c in tokens[i].children))
               and tokens[i].lower_ in _EN_SCHEDULE_VERBS
               and (tokens[i].lower_ not in {"kicks", "kick"} or i + 1 < b and tokens[i + 1].lower_ == "off")
               or _en_has_booked(tokens, i, inside)
               for i in range(a, b))


def _en_has_booked(tokens, i: int, inside: list[int]) -> bool:
    """ "One juror has a hospital appointment on Tuesday morning", "the side have a game on Sunday": a present "has"
    with an object and the day after "on" holds what is booked for that day (not the auxiliary of "has met")."""
    t = tokens[i]
    return t.lower_ in {"has", "have"} and t.tag_ in {"VBZ", "VBP"} and t.dep_ != "aux" \
        and any(c.dep_ == "dobj" for c in t.children) and inside[0] > 0 and tokens[inside[0] - 1].lower_ == "on"


def schedules(sent, start: int, end: int, lang: str) -> bool:
    """Whether the clause of the date at start..end has a present verb that opens, closes or holds an event
    ("commencent", "s'achève", "se tient", "a lieu", "opens", "begins"). A French form that is also a noun counts as a
    verb only when tagged one or where a noun cannot stand ("Le film sort vendredi")."""
    if lang == "en":
        return _en_schedules(sent, start, end)
    found = _fr_clause_of(sent, start, end, lang)
    if found is None:
        return False
    tokens, inside, a, b = found
    for i in range(a, b):
        t = tokens[i]
        if i in inside:
            continue
        if t.lower_ == "lieu" and i > a and tokens[i - 1].lower_ in {"a", "ont"}:
            return True  # "a lieu samedi"
        if t.lower_ not in lexicon.SCHEDULE_VERBS_FR:
            continue
        if t.lower_ not in lexicon.SCHEDULE_NOUNS_FR or t.pos_ in {"VERB", "AUX"} \
                or i == inside[0] - 1 and _fr_verb_read_as_noun(tokens, inside[0], a):
            return True
    return False


_FR_SUBJECTS = {"je", "j'", "tu", "il", "elle", "on", "ils", "elles"}
_FR_CLITICS = {"ne", "n'", "y", "en", "me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'", "lui", "leur",
               "nous", "vous"}
_FR_IMPERFECT_END = re.compile(r"(?:ais|ait|aient|ions|iez)$")
# Simple pasts spelled as the present ("exclut", "conclut", "interdit", "suffit", "écrit"): live-blog copy tells its
# past with the passé composé, so the small model's simple past is the present.
# "tient", "vient", "maintient" are presents only (their simple past is "tint", "vint").
_FR_PRESENT_AS_SIMPLE_PAST = re.compile(r"(?:clut|dit|suffit|(?<!p)rit|ient)$")


def _fr_after_subject_pronoun(tokens, i: int, a: int) -> bool:
    """Whether token i follows a subject pronoun of its clause, object pronouns and "ne" between ("je repars",
    "on ne le sait pas"); not a pronoun after a preposition ("avec elle")."""
    j = i - 1
    while j >= a and tokens[j].lower_ in _FR_CLITICS:
        j -= 1
    return j >= a and tokens[j].lower_ in _FR_SUBJECTS and tokens[j].pos_ == "PRON" \
        and (j == a or tokens[j - 1].pos_ != "ADP")


def _fr_after_reflexive(tokens, i: int, a: int) -> bool:
    """Whether token i follows a reflexive "se"/"s'" of its clause (not the "s'" of "s'il")."""
    return i > a and tokens[i - 1].lower_ in {"se", "s'", "s’"} and "Yes" in tokens[i - 1].morph.get("Reflex")


def imperfect(sent, start: int, end: int, lang: str) -> bool:
    """Whether the clause of the date at start..end speaks in the imperfect ("le marché se tenait le mardi"): a
    habit of the past, unlike the compound past of one event ("il est arrivé le lundi"). French only."""
    found = _fr_clause_of(sent, start, end, lang)
    if found is None:
        return False
    tokens, inside, a, b = found
    for i in range(a, b):
        t = tokens[i]
        if i in inside or t.pos_ not in {"VERB", "AUX"} or "Imp" not in t.morph.get("Tense"):
            continue
        # "avait été reporté", "était arrivé": a pluperfect tells one event.
        following = next((tokens[j] for j in range(i + 1, b) if tokens[j].pos_ != "ADV"), None)
        if following is None or "Part" not in following.morph.get("VerbForm"):
            return True
    return False


# "d'ici" before a time sets a deadline ahead ("d'ici samedi", "d'ici la fin de la semaine", "d'ici là");
# "à 10 km d'ici", "loin d'ici" are places. The model splits it into "d'" and "ici".
_FR_DEADLINE_NEXT = {"demain", "après-demain", "ce", "cet", "cette", "la", "le", "là", "quelques", "peu", "deux",
                     "trois", "quatre", "cinq", "dix", "quinze", "un", "une", "fin", "mi", "début"}


def _fr_deadline(tokens, i: int, b: int) -> bool:
    if tokens[i].lower_ not in {"d'", "d’"} or i + 2 >= b or tokens[i + 1].lower_ != "ici":
        return False
    after = tokens[i + 2].lower_
    return after in _FR_DEADLINE_NEXT or after in lexicon.WEEKDAYS_FR or after.isdigit()


def _after_aux(tokens, i: int, a: int) -> bool:
    """ "a commencé", "ont été tués", "s'est tenu": a participle after an auxiliary is a past tense."""
    for j in range(i - 1, max(a, i - 4) - 1, -1):
        if tokens[j].pos_ == "AUX" or tokens[j].lower_ in {"été", "a", "ont", "est", "sont", "avait", "avaient",
                                                           "était", "étaient", "eu"}:
            return True
    return False


def _passive_infinitive(tokens, i: int, a: int) -> bool:
    """ "à être entendus", "doit être examiné": a participle after the infinitive "être" is a passive infinitive, which
    tells no time by itself (the verb it hangs on does); "avoir été reçu" is a past infinitive."""
    j = i - 1
    while j >= a and (tokens[j].pos_ == "ADV" or tokens[j].lower_ in {"ne", "n'", "pas"}):
        j -= 1
    return j >= a and tokens[j].lower_ == "être"


# Participles of the verbs whose compound past takes "être": "il est arrivé lundi" is past, "il est
# attendu lundi" is not. Whole words: a stem would also take "négocié", "vendu", "partagé", "montré".
_FR_ETRE_VERBS = re.compile(r"^(?:re|r)?(?:allé|arrivé|venu|parti|sorti|entré|monté|descendu|tombé|resté|retourné|"
                            r"mort|né|décédé|passé|apparu|disparu|advenu|survenu|parvenu|intervenu|devenu|"
                            r"provenu)(?:e|s|es)?$")
_FR_COND_AVOIR = {"aurait", "auraient", "aurais", "aurions", "auriez"}
_FR_COND_ETRE = {"serait", "seraient", "serais", "serions", "seriez"}


def _conditional_past(tokens, i: int, b: int) -> bool:
    """ "aurait démissionné lundi", "serait parti dimanche", "aurait été interpellé": the conditional of
    reported facts, a past; "serait reçu jeudi" (a passive) and "aurait lieu jeudi" look ahead."""
    word = tokens[i].lower_
    if word not in _FR_COND_AVOIR | _FR_COND_ETRE:
        return False
    for j in range(i + 1, min(i + 4, b)):
        t = tokens[j]
        if t.pos_ == "ADV" or t.lower_ in {"ne", "n'", "pas", "déjà", "jamais", "bien"}:
            continue
        if t.lower_ == "été":
            return True
        # The model may tag "parti" a noun: the participles of "être" verbs are known by their form.
        participle = "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") \
            or _FR_PARTICIPLE.search(t.lower_) is not None or _FR_ETRE_VERBS.match(t.lower_) is not None
        if word in _FR_COND_AVOIR and (participle or t.pos_ in {"VERB", "AUX", "ADJ"}):
            return True  # "auraient péri samedi" (tagged an adjective): "aurait" takes no infinitive
        return participle and bool(_FR_ETRE_VERBS.match(t.lower_))
    return False


def _passive_present(tokens, i: int, a: int) -> bool:
    """ "est maintenu", "sont interpellés": "est"/"sont" right before a participle of a verb that does not
    take "être" for its past, and no reflexive pronoun ("s'est tenu" is past)."""
    j = i - 1
    while j >= a and (tokens[j].pos_ == "ADV" or tokens[j].lower_ in {"ne", "n'", "pas", "déjà", "toujours"}):
        j -= 1
    if j < a or tokens[j].lower_ not in {"est", "sont"}:
        return False
    if j - 1 >= a and tokens[j - 1].lower_ in {"s'", "se", "me", "m'", "te", "t'", "nous", "vous"}:
        return False
    return not _FR_ETRE_VERBS.match(tokens[i].lower_)


_EN_ANNOUNCED = {"planned", "slated", "organised", "organized", "forecast", "forecasted", "predicted", "announced",
                 "called"}


def _en_present_be(tokens, i: int, a: int) -> bool:
    """ "more clean-ups are planned this weekend", "a rally is organised on Friday", "rain is forecast for the
    weekend": a passive in the present of a verb of planning or forecasting announces ("was planned", "the group
    planned" are past). "are being urged" is that present in its progressive."""
    j = i - 1
    while j >= a and (tokens[j].pos_ == "ADV" or tokens[j].lower_ == "being"):
        j -= 1
    return j >= a and tokens[j].lower_ in {"is", "are", "'s", "'re", "am"}


def _en_passive_infinitive(tokens, i: int, a: int) -> bool:
    """ "to be recalled", "to be adjourned": a participle after "to be" is an infinitive, whose time is that of the
    verb it hangs on ("was to be heard" keeps the past of "was")."""
    return i - 2 >= a and tokens[i - 1].lower_ == "be" and tokens[i - 2].lower_ == "to"


def _en_was(tokens, i: int, a: int) -> bool:
    """ "had been expected on Thursday": an expectation of the past says nothing of the date."""
    return any(tokens[j].lower_ in {"was", "were", "had", "been"} for j in range(max(a, i - 2), i))


def _infinitive_follows(tokens, i: int, b: int) -> bool:
    for j in range(i + 1, min(i + 4, b)):
        t = tokens[j]
        if "Inf" in t.morph.get("VerbForm") or re.search(r"(?:er|ir|re)$", t.lower_) and t.pos_ in {"VERB", "AUX"}:
            return True
        if t.pos_ not in {"ADV", "PRON", "PART"} and t.lower_ not in {"se", "s'", "y", "en", "pas", "ne", "n'"}:
            return False
    return False


def _en_verb_after_to(tokens, i: int, b: int) -> bool:
    j = i + 2
    return j < b and (tokens[j].tag_ == "VB" or tokens[j].pos_ in {"VERB", "AUX"})


# Participles that look ahead or move a date: "prévu le 20 mars", "reporté le 3 avril" say nothing of the past.
_FR_NOT_DONE = {"prévu", "attendu", "programmé", "envisagé", "fixé", "reporté", "repoussé", "décalé", "convoqué",
                "avancé", "planifié", "maintenu", "annulé", "suspendu", "ajourné"}
_FR_PARTICIPLE = re.compile(r"[^\W\d_]{2,}(?:é|ée|és|ées)$")
_FR_PARTICIPLE_U = re.compile(r"[^\W\d_]{2,}(?:u|ue|us|ues)$")
_FR_SKIP = {"été", "déjà", "pas", "ne", "n'", "bien", "y", "en", "encore", "aussi", "finalement", "officiellement"}


def participle_before(sent, start: int, lang: str, end: int | None = None) -> tuple[str | None, bool]:
    """The tense a past participle right before a date gives it, and whether the participle stands alone.

    "l'accord conclu le 4 avril", "l'attaque menée mardi", "le texte, adopté mardi, sera examiné
    jeudi": the date is the day of the participle's event, gone (PAST, True); `dates` lets a sentence
    that looks ahead keep a date near ahead ("le sommet, organisé le 20 décembre, réunira..."). After
    an auxiliary: "a été tué le 3 avril" and "aurait été interpellé le 3 avril" are PAST, "sera signé
    le 20 mars" FUTURE; "doit être signé", "est organisée le 12 décembre" (a passive in the present)
    and "sera examiné jeudi puis voté le 18 décembre" (the auxiliary of another verb) are None: the
    clause decides. French only; (None, False) when no participle.
    """
    if lang != "fr":
        return None, False
    tokens = [t for t in sent if t.idx + len(t.text) <= start]
    if not tokens:
        return None, False
    part = tokens[-1]
    word = part.lower_
    # The small model tags some participles as finite verbs or nouns ("disputé"): "-é(e)(s)" words count
    # too, as a verb or between commas ("le match, disputé samedi, ..."; not "au menu, santé jeudi et
    # fiscalité vendredi"); other endings ("conclu", "dit") only when tagged as participles.
    # The clause may go on with its agent or place before the comma ("le texte, adopté jeudi par le Sénat, sera
    # examiné lundi"), where the model may tag the participle as a preposition.
    apposition = len(tokens) > 1 and tokens[-2].text == "," and (
        end is None or _closes_apposition(sent, end) or _closes_after_complement(sent, end)
    )
    # Right after a noun, an "-é" word the model calls an adjective is its participle: "les arbres touchés mercredi".
    after_noun = part.pos_ == "ADJ" and len(tokens) > 1 and tokens[-2].pos_ == "NOUN"
    verbal = part.pos_ in {"VERB", "AUX"} or part.pos_ in {"NOUN", "ADJ", "ADP"} and apposition or after_noun
    # A future the model calls a participle ("Le cortège partira mardi") is no participle.
    # Between commas, "-u" participles count too ("les négociations, rompues mardi, ...").
    is_part = ("Part" in part.morph.get("VerbForm") and "Past" in part.morph.get("Tense")
               or verbal and _FR_PARTICIPLE.search(word)
               or apposition and verbal and _FR_PARTICIPLE_U.search(word)) and not _FR_FUTURE_END.search(word)
    if not is_part or re.sub(r"(?:es|e|s)$", "", word) in _FR_NOT_DONE or word in _FR_NOT_DONE:
        return None, False
    before = tokens[:-1]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.lower_ in _FR_COORD:
            return None, False  # "sera examiné jeudi puis voté le 18": the tense of the first verb
        if t.lower_ in _FR_SKIP or t.pos_ == "ADV":
            continue
        if t.pos_ in {"AUX", "VERB"}:
            if "Inf" in t.morph.get("VerbForm"):
                return None, False
            if t.lower_ in _FR_COND_AVOIR | _FR_COND_ETRE:
                # "aurait été interpellé", "serait parti": a past told in the conditional; "serait signé" ahead.
                return (PAST if _conditional_past(before + [part], k, len(before) + 1) else FUTURE), False
            if "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") or _FR_FUTURE_END.search(t.lower_):
                return FUTURE, False
            if t.lower_ in {"est", "sont"} and _passive_present(before + [part], len(before), 0) \
                    and not any(x.lower_ == "été" for x in before[k + 1:]):
                return None, False  # "est organisée le 12 décembre": a passive in the present
            return PAST, False
        break
    return PAST, True


_FR_COORD = {"et", "puis", "ou", "mais"}


def _closes_apposition(sent, end: int) -> bool:
    """Whether the words after a date close a participle clause: a comma, a semicolon, a bracket or the end."""
    after = [t for t in sent if t.idx >= end]
    return not after or after[0].text in {",", ";", ")", ".", "!", "?", "»", "—", "–"}


_FR_COMPLEMENT_OPENERS = {"par", "à", "au", "aux", "en", "dans", "devant", "lors", "sur", "pour", "avec"}


def _closes_after_complement(sent, end: int) -> bool:
    """Whether the words after a date are one complement with no verb nor coordination ("par le Sénat", "à
    Bruxelles", "en commission") and then a comma or a semicolon: the participle clause closes there."""
    after = [t for t in sent if t.idx >= end]
    if not after or after[0].lower_ not in _FR_COMPLEMENT_OPENERS:
        return False
    for t in after[1:]:
        if t.text in {",", ";"}:
            return True
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in _FR_COORD or t.is_punct:
            return False
    return False


# A one-word predicate heading a detached phrase: "Absent samedi, le pape se rendra ..." (the small model
# calls a capitalised adjective at the start of a sentence a name, so the form is read too).
_FR_ADJ_FORM = re.compile(r"(?:ent|ente|ant|ante|ade|ble|if|ive|eux|euse|al|ale|el|elle|eul|eule|et|ète|ique|aire|"
                          r"ible|é|ée|i|ie|u|ue)s?$")
_FR_NOT_PREDICATES = {"depuis", "dès", "jusqu'", "avant", "après", "pendant", "puis", "ensuite", "enfin", "mais",
                      "et", "hier", "demain", "aujourd'hui", "ici", "lui", "celui", "cette", "ce", "le", "la", "les",
                      "selon", "durant", "vers", "pour", "par", "sauf", "parmi", "également", "aussi",
                      "encore", "déjà", "ni", "ou", "tout", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                      "samedi", "dimanche", "prévu", "prévue", "attendu", "attendue"}


def detached_predicate(sent, start: int, end: int, lang: str) -> bool:
    """Whether the date at start..end follows the one adjective of a detached phrase that opens the sentence or
    a comma and closes at a comma: "Absent samedi, le pape ...", "..., seul lundi, ..."."""
    if lang != "fr" or not _closes_apposition(sent, end):
        return False
    tokens = [t for t in sent if t.idx + len(t.text) <= start]
    if not tokens:
        return False
    head = tokens[-1]
    if len(tokens) > 1 and tokens[-2].text != ",":
        return False
    word = head.lower_
    if word in _FR_NOT_PREDICATES or not head.is_alpha:
        return False
    if head.pos_ == "ADJ":
        return True
    # The first word of the sentence, capitalised, read as a name or a noun: its form says adjective.
    return len(tokens) == 1 and head.pos_ in {"PROPN", "NOUN"} and _FR_ADJ_FORM.search(word) is not None \
        and head.ent_type_ not in {"LOC", "ORG"}
