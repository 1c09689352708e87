"""Quotes and their speakers.

Per sentence: quoted spans (« », “ ”, " "), speech verbs outside them (with the inverted French forms
"a-t-elle ajouté", "ajoute-t-il"), "selon X" / "according to X". A quote standing alone beside its
attribution is direct; a quoted fragment inside reported speech is mixed (its span is the reported
clause); reported speech without quote marks is indirect. The speaker is the subject of the speech
verb: a name (with its role from the words around it), a pronoun or a bare role resolved against the
speakers of this post and of the blog's recent posts, or an organisation. When none of these is
certain the speaker is null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liveline.intel import lexicon
from liveline.intel.context import BlogContext, Speaker
from liveline.intel.entities import Gazetteer, Mention
from liveline.intel.text import Span, key, quoted_spans

ADVERBS = (r"(?:(?:notamment|également|aussi|encore|ensuite|déjà|d'ailleurs|pour sa part|de son côté|en outre|"
           r"par ailleurs|alors|enfin|lui-même|elle-même|simplement|clairement|fermement|toutefois|cependant|"
           r"publiquement|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|ce soir)[\s,]+)*")
PART = "|".join(sorted(set(lexicon.SPEECH_FR), key=len, reverse=True))
PRES = "|".join(sorted(set(lexicon.SPEECH_FR_PRESENT), key=len, reverse=True))
FR_COMPOUND = re.compile(
    r"(?<![\w-])(?P<aux>a|ont|avait|avaient|aurait|auraient|a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle))"
    rf"\s+{ADVERBS}(?P<verb>(?:{PART})(?:e|s|es)?)(?![\w-])", re.I)
FR_REFLEXIVE = re.compile(r"(?<![\w-])(?P<verb>(?:s'est|se\s+sont|se|s'était)\s+(?:dit|dite|dits|dites|déclarée?s?|"
                          r"félicitée?s?|réjouie?s?|inquiétée?s?|alarmée?s?|montrée?s?|voulue?s?|engagée?s?)|"
                          r"(?:a\s+|avait\s+)?fait\s+(?:désormais\s+|encore\s+|aussi\s+|également\s+)?état|faisait\s+état|"
                          r"(?:a\s+)?fait\s+savoir)(?![\w-])",
                          re.I)
FR_SIMPLE = re.compile(rf"(?<![\w-])(?P<verb>{PRES})(?P<inv>-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?![\w-])",
                       re.I)
EN_VERBS = "|".join(sorted(set(lexicon.SPEECH_EN), key=len, reverse=True))
EN_VERB = re.compile(rf"(?<![\w-])(?:(?:has|had|have)\s+)?(?P<verb>{EN_VERBS})(?![\w-])", re.I)
EN_BARE_CLAUSE = {"said", "says", "told", "added", "warned", "insisted", "argued", "stressed", "claimed", "believes",
                  "thinks", "admitted", "acknowledged", "conceded", "noted", "announced", "confirmed", "predicted"}
SOURCE = {"fr": re.compile(r"(?<![\w-])(?:selon|d'après|^pour)\s+(?P<subj>[^,.;:!?«»\"“”]+)", re.I),
          "en": re.compile(r"(?<![\w-])according\s+to\s+(?P<subj>[^,.;:!?\"“”]+)", re.I)}
NAMING = re.compile(r"(?:opération|baptisée?|surnommée?|intitulée?|appelée?|nom de code|slogan|mot-dièse|hashtag|"
                    r"dubbed|called|named|titled|code-named|nicknamed|so-called|prétendue?|terme|word|mot)"
                    r"\s*$", re.I)
THAT = {"fr": re.compile(r"^\s*,?\s*(?:[^,.:«»\"“”]{0,40}?\s)?(?:que|qu')\s*", re.I),
        "en": re.compile(r"^\s*,?\s*(?:[^,.:\"“”]{0,40}?\s)?that\s+", re.I)}
DETS = re.compile(r"^(?:(?:l'|(?:le|la|les|(?-i:[uU]n)|une|the|a|an|son|sa|ses|leur|its|his|her|their|nouveau|nouvelle|"
                  r"new|former|ancien|ancienne)\b|ex-)\s*)+", re.I)
UNNAMED = re.compile(r"^(?:des?|un|une|plusieurs|certains|deux|trois|les\s+autorités|les\s+secours|la\s+police|"
                     r"des\s+sources?|une\s+source|sources?|officials?|an?\s|some|several|two|three|local|"
                     r"authorities|police|the\s+(?:authorities|police|army|military|government|ministry)|"
                     r"le\s+(?:gouvernement|ministère|parquet)|l'armée|les\s+médias|media|medias|witnesses|"
                     r"des\s+témoins|témoins|residents|habitants|ukrainian|russian|ukrainien|russe)", re.I)


_ROLE_KEYS = {key(w).replace(" ", "-") for w in lexicon.ROLE_HEADS_FR + lexicon.ROLE_HEADS_EN} | {
    "senior", "former", "acting", "deputy", "ancien", "ancienne", "chief", "head", "official", "responsable"}


INSTITUTION = re.compile(r"\b(?:ministry|ministère|office|agency|department|service|government|gouvernement|army|"
                         r"armée|police|bureau|agence|administration|préfecture|mairie|présidence|presidency)\b", re.I)
LEADER_WORDS = {"chef", "cheffe", "head", "patron", "leader", "dirigeant", "chief", "boss"}
# "Le nouveau bilan fait état de 32 morts": a toll reports, it does not speak.
TOLL_SUBJECT = re.compile(r"(?:(?:le|la|un|the|a)\s+)?(?:(?:nouveau|dernier|premier|new|latest|official)\s+)?"
                          r"(?:bilan|toll|death\s+toll|chiffre|nombre|number|décompte)\b", re.I)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None


@dataclass
class Attribution:
    verb_start: int
    verb_end: int
    subj: str
    subj_start: int
    inverted: bool
    complement: int  # where what was said starts (after "que"/":"/"that"), in sentence offsets


def _mask(sentence: str, spans: list[tuple[int, int]]) -> str:
    chars = list(sentence)
    for s, e in spans:
        for k in range(s + 1, e - 1):
            chars[k] = "x" if chars[k] != " " else " "
    return "".join(chars)


def _verbs(masked: str, lang: str, qspans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, inverted) of each speech verb outside quotes."""
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
            if m.group("inv") or before.endswith((",", "»", "”", '"', "—", "–")) or \
                    m.group("verb").lower() in {"accuse", "accusent", "dénonce", "dénoncent"} or \
                    re.match(r"\s*(?::|que\b|qu'|avoir\b|être\b|ne\s|n')", after, re.I):
                found.append((m.start(), m.end(), bool(m.group("inv"))))
    else:
        for m in EN_VERB.finditer(masked):
            verb = m.group("verb").lower()
            after = masked[m.end():]
            before = masked[: m.start()].rstrip()
            near_quote = before.endswith((",", '"', "”", "—")) or re.match(r"\s*(?::|,?\s*[\"“])", after) or \
                any(0 <= m.start() - e <= 60 for _, e in qspans) or any(0 <= s - m.end() <= 80 for s, _ in qspans)
            clause = re.match(r"\s*(?:that\b|(?:reporters|journalists|AFP|Reuters|the BBC|CNN|the press)\s+"
                              r"(?:that\b)?)", after)
            if re.search(r"\bwhat\s+(?:it|they|he|she)\s*$", before, re.I):
                continue
            if verb in EN_BARE_CLAUSE or near_quote or clause:
                found.append((m.start(), m.end(), False))
    return sorted(found)


NAME_LIKE = re.compile(r"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+){1,3}")
DET_START = re.compile(r"(?:le|la|l'|les|son|sa|ses|leur|the|an?|its|his|her|their)\s", re.I)
COLON_LABEL = re.compile(r"\s*(?P<subj>[^\W\d][^:;.!?«»\"“”]{1,60}?)\s*:\s*$")
ROLE_SUBJECT = re.compile(r"(?:Le|La|L'|The)\s*(?P<np>[^,;:.!?«»\"“”]{2,60}?)\s+(?:a|avait|est|était|s'est|se|"
                          r"doit|va|has|had|is|was|will|would)\b")
LEADING_CLAUSE = re.compile(r"\s*(?:asked|questioned|speaking|interrogée?s?|questionnée?s?|invitée?s?|"
                            r"s'exprimant|réagissant|reacting)\b[^,;:«»\"“”]{0,80},", re.I)
LEADING_ADVERBIAL = re.compile(
    r"\s*(?:sur place|de son côté|pour sa part|pour (?:sa|leur) part|peu après|plus tard|entre-temps|ce \w+|"
    r"(?:sur|à|au|aux|dans|depuis|devant|lors d[eu']|après|avant|en|in|at|on|after|before|speaking|"
    r"meanwhile|later|earlier|elsewhere|ailleurs|\w+ment)\b[^,]{0,40}?)\s*(?=,)", re.I)
AUX_WORDS = {"fr": re.compile(r"\b(?:a|ont|est|sont|était|étaient|sera|avait|avaient|doit|va|vont)\b"),
             "en": re.compile(r"\b(?:was|were|has|have|had|is|are|will|would)\b", re.I)}


def _attributions(masked: str, lang: str, qspans: list[tuple[int, int]],
                  people: list[tuple[int, int]] = ()) -> list[Attribution]:
    out = []
    for vs, ve, inv in _verbs(masked, lang, qspans):
        before = masked[:vs]
        strong = max(before.rfind("»"), before.rfind("”"), before.rfind(":"), before.rfind(";"),
                     before.rfind('"'), before.rfind("—"))
        b = max(strong, before.rfind(","))
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
            parts = [p.strip() for p in segment.split(",")]
            # Relative clauses ("qui avait proposé...", "who cut short a trip") belong to the subject.
            plain_parts = [p for p in parts if not re.match(r"(?:qui|who|which|dont|whose)\b", p, re.I)]
            seg_start = strong + 1
            named = [p for p in plain_parts
                     if any(seg_start + segment.find(p) <= s < seg_start + segment.find(p) + len(p) for s, _ in people)
                     or NAME_LIKE.fullmatch(p)]
            first = plain_parts[0] if plain_parts else ""
            # "Her neighbour, who asked not to be named, said": a relative clause also marks a subject.
            relative = len(plain_parts) < len(parts) and bool(DET_START.match(first))
            if segment.strip() and (named or relative) and len(parts) <= 3 and \
                    all(0 < len(p.split()) <= 8 for p in plain_parts) and \
                    not any(AUX_WORDS[lang].search(p) for p in plain_parts) and \
                    (first in named or DET_START.match(first)
                     or (_hwords(first)[:1] and _is_role_word(_hwords(first)[0]))):
                b = strong
                subj_before = before[b + 1:].strip().rstrip(",").strip()
        subj_start = b + 1 + (len(before[b + 1:]) - len(before[b + 1:].lstrip()))
        if subj_before.lower() in {"and", "et", "but", "mais", "then", "puis", "avant de", "before"} and out:
            # "X said he was shocked and urged...": the same subject.
            prev = out[-1]
            after = masked[ve:]
            c = re.match(r"\s*(?:[^,.:«»\"“”]{0,40}?\s)?(?:que|qu'|that)\s*", after, re.I)
            out.append(Attribution(vs, ve, prev.subj, prev.subj_start, False, ve + c.end() if c else ve))
            continue
        if lang == "en":
            subj_before = re.sub(r"\s+(?:has|had|have|also|then|later|again|previously|earlier)$", "", subj_before)
        if inv or not subj_before or (lang == "fr" and b >= 0 and before[b] in ",»”\"" and
                                      not re.search(r"\w{2,}", subj_before)):
            rest = masked[ve:]
            m = re.match(r"[\s,]*(?:(?:à|sur|dans|devant|depuis|to|on|in)\s+[\w'-]+\s+)?"
                         r"(?P<subj>[^,;:«»\"“”.!?]*(?:\.\s?[A-Z][^,;:«»\"“”.!?]*)?)", rest)
            subj = m.group("subj").strip() if m else ""
            start = ve + (m.start("subj") if m else 0)
            if m:
                more = re.match(r",\s*([A-ZÉÈ][^,;:.!?«»\"“”]{2,50})", rest[m.end("subj"):])
                if more and len(subj.split()) <= 6:
                    subj = rest[m.start("subj"): m.end("subj") + more.end()].strip()
            pronoun = re.search(r"-(?:t-)?(il|elle|on|ils|elles)\b", masked[vs:ve])
            if pronoun:
                subj, start = pronoun.group(1), vs + pronoun.start(1)
            out.append(Attribution(vs, ve, subj, start, True, len(masked)))
        else:
            after = masked[ve:]
            c = re.match(r"\s*(?:[^,.:«»\"“”]{0,40}?\s)?(?:que|qu'|that)\s*", after, re.I)
            if c:
                comp = ve + c.end()
            else:
                c2 = re.match(r"\s*(?:[^,.:«»\"“”]{0,60}?)?\s*:\s*", after)
                comp = ve + c2.end() if c2 else ve + len(after) - len(after.lstrip())
            trailing = b >= 0 and before[b] == "," and re.fullmatch(
                r"[\s,]*(?:(?:on|in|at|late|earlier|to|à|dans|lors|en|sur|le|la|mardi|lundi|[^,.;:]{0,40})"
                r"[^.;:!?]*)?[.!?]?\s*", after) is not None and not c and not re.search(r"[«“\"]", after) \
                and len(before[:b].split()) >= 3 and len(after.split()) <= 6 and len(subj_before.split()) <= 8
            out.append(Attribution(vs, ve, subj_before, subj_start, trailing, len(masked) if trailing else comp))
    return out


class Resolver:
    """Finds the speaker a subject phrase names, with this post's speakers and the blog's context."""

    def __init__(self, lang: str, mentions: list[Mention], context: BlogContext | None, gaz: Gazetteer,
                 text: str = "", sentences: list[Span] | None = None):
        self.lang = lang
        self._local_roles = _local_roles(text, mentions, lang)
        if context:
            for name, role in self._local_roles.items():
                context.roles.setdefault(name, role)
        self.mentions = mentions
        self.context = context
        self.gaz = gaz
        self.post: list[Speaker] = []
        self.unresolved = False  # someone this post could not name spoke last
        self._pos = 0
        self._quoted = quoted_spans(text)
        self._text = text
        self._sents = sentences or []
        # "Le roi est resté sur place. « ... », a-t-il lancé": the last sentence subject that was a
        # role, with the person it names (or None), is what a following pronoun refers to.
        self.topic: tuple[int, Speaker | None] | None = None

    def role_subject(self, sentence: str, start: int) -> None:
        """Remember a sentence whose subject is a role ("Le chef de l'exécutif a réuni...")."""
        m = ROLE_SUBJECT.match(sentence)
        if not m or not any(_is_role_word(w) for w in _hwords(m.group("np"))[:3]):
            return
        end = start + m.end("np")
        if any(start <= p.start < end for p in self.mentions if p.type in {"person", "organisation"}):
            return
        self._pos = start
        found = self.role(m.group("np"))
        if found is None:
            found = Speaker("", None, _gender_of(m.group(0).lower().split()))
        self.topic = (end, found)

    def candidates(self) -> list[Speaker]:
        recent = list(reversed(self.post))
        if self.context:
            recent += [s for s in reversed(self.context.speakers) if all(s.name != p.name for p in recent)]
        return recent

    def pronoun(self, word: str, pos: int) -> Speaker | None:
        gender = (lexicon.PRONOUNS_FR if self.lang == "fr" else lexicon.PRONOUNS_EN).get(word.lower())
        if not gender:
            return None
        # People named earlier in this post come first ("Kaja Kallas will travel... She has accused"),
        # then this post's speakers, then the blog's recent speakers.
        # A name inside a quote ("Rest in peace, Pope Francis!" he wrote) is not who speaks.
        named = [m for m in self.mentions if m.type == "person" and m.end <= pos
                 and not any(s < m.start < e for s, e in self._quoted)]
        if self.topic and self.topic[0] <= pos and all(m.end <= self.topic[0] for m in named):
            subject = self.topic[1]
            if subject.gender in (gender, None) or not subject.name:
                # The role named nobody we know: better no speaker than the last one named.
                return subject if subject.name and subject.gender in (gender, None) else None
        ordered = list(reversed(named))
        subject = self._subject_of_last_sentence(named)
        if subject is not None:
            first, other = subject
            if other is not None and all(self._gender_known(m) in (gender, None) for m in (first, other)):
                return None  # "Donald Trump et Vladimir Poutine se sont parlé. ..., a-t-il écrit": either
            if self._gender_known(first) in (gender, None):
                ordered.remove(first)
                ordered.insert(0, first)  # "Macron a reçu Zelensky. Il a affirmé": the subject, Macron
        local: list[Speaker] = []
        for m in ordered:
            spoke = next((s for s in self.candidates() if s.name == m.canonical), None)
            local.append(spoke or Speaker(m.canonical, None, self.gaz.genders.get(m.canonical)))
        previous_post = []
        if self.context:
            # The previous post's people: those who spoke, most recent first, then the others in text
            # order (the first named is most often the subject: "Macron a reçu Zelensky.").
            speakers = {s.name: i for i, s in enumerate(self.context.speakers)}
            people = sorted(self.context.last_people, key=lambda n: (n not in speakers, -speakers.get(n, 0)))
            for name in people:
                spoke = next((s for s in self.context.speakers if s.name == name), None)
                previous_post.append(spoke or Speaker(name, None, self.gaz.genders.get(name)))
        seen = set()
        for s in [*local, *self.candidates()[: len(self.post)], *previous_post, *self.candidates()]:
            if s.name in seen:
                continue
            seen.add(s.name)
            if s.gender == gender or s.gender is None:
                return s
        return None

    def _gender_known(self, m: Mention) -> str | None:
        spoke = next((s for s in self.candidates() if s.name == m.canonical and s.gender), None)
        return self.gaz.genders.get(m.canonical) or (spoke.gender if spoke else None)

    def _subject_of_last_sentence(self, named: list[Mention]) -> tuple[Mention, Mention | None] | None:
        """The person who is the subject of the last sentence that named people, when another person
        was named after them there, and the person coordinated with them ("X et Y ont ..."), if any."""
        if len(named) < 2:
            return None
        last = named[-1]
        sent = next((x for x in self._sents if x.start <= last.start < x.end), None)
        if sent is None:
            return None
        inside = [m for m in named if sent.start <= m.start < sent.end]
        if len(inside) < 2:
            return None
        first = inside[0]
        lead = self._text[sent.start:first.start]
        if len(lead.split()) > 8 or any(p.search(lead) for p in _CLAUSE_VERB[self.lang]) or \
                re.search(r"\b(?:à|de|du|des|par|avec|selon|pour|chez|contre|to|of|by|with|for|after|"
                          r"according)\s*$|d'$", lead, re.I):
            return None
        between = self._text[first.end:inside[1].start]
        # "X et Y ont signé", "X and US President Y spoke": joint subjects, titles allowed between.
        joint = re.fullmatch(r"\s*,?\s*(?:et|and)\b[^,.;:]{0,50}|\s*,\s*", between) and \
            not any(p.search(between) for p in _CLAUSE_VERB[self.lang])
        other = inside[1] if joint else None
        return first, other

    def role(self, phrase: str) -> Speaker | None:
        if INSTITUTION.search(phrase):
            return None  # "the interior ministry said": an institution, not its minister
        said_as = DETS.sub("", phrase)  # the post's own words, for an exact match with a listed role
        phrase = _role_norm(phrase)
        words = _hwords(phrase)
        heads = {_hwords(w)[0] for w in (lexicon.ROLE_HEADS_FR if self.lang == "fr" else lexicon.ROLE_HEADS_EN)}
        head = next((w for w in words if w in heads), None)
        if not head:
            return None
        orgs = {m.canonical for m in self.gaz.find(phrase)}
        others = [w for w in words if w not in heads and len(w) > 3 and w not in {"chef", "head"}]
        best = None
        mentioned = [Speaker(m.canonical, self._local_roles.get(m.canonical), self.gaz.genders.get(m.canonical))
                     for m in reversed(self.mentions) if m.type == "person" and m.start < self._pos]
        if self.context:
            # People the blog named lately, with the role it gave them ("President Emmanuel Macron").
            mentioned += [Speaker(n, self.context.roles.get(n), self.gaz.genders.get(n))
                          for n in reversed(list(self.context.entities)[-12:]) if self.context.entities[n] == "person"]
        pool, seen = [], set()
        for s in [*self.candidates(), *mentioned]:
            if s.name not in seen:
                seen.add(s.name)
                pool.append(s)
        for s in pool:
            roles = [_role_norm(r) for r in [s.role or "", self._local_roles.get(s.name, "")]
                     + self.gaz.roles.get(s.name, [])]
            for r in roles:
                if not r:
                    continue
                rk = _hwords(r)
                r_orgs = {m.canonical for m in self.gaz.find(r)}
                # "présidente" holds the role "président" names: the same head, either gender.
                same_head = head in rk or any(w in heads and _stem(w) == _stem(head) for w in rk)
                if orgs and orgs & r_orgs and (same_head or head in LEADER_WORDS):
                    return s
                if not orgs and same_head and (not others or any(_stem(o) in map(_stem, rk) for o in others)):
                    best = best or s
        if best:
            return best
        if orgs:
            # "le porte-parole du Kremlin" after "Son porte-parole, Dmitri Peskov": the same role word,
            # and nobody else recent holds it.
            same = [s for s in self.candidates() if s.role and head in _hwords(s.role)
                    and not self.gaz.find(s.role)]
            if len(same) == 1:
                return same[0]
        # The newsroom list: "le chef de l'Alliance atlantique" is a role of a known person.
        for name, roles in self.gaz.roles.items():
            for r in roles:
                if key(r) in {key(DETS.sub("", phrase)), key(said_as)} or (
                        orgs and orgs & {m.canonical for m in self.gaz.find(r)}
                        and (head in _hwords(r) or head in LEADER_WORDS)):
                    return Speaker(name, r, self.gaz.genders.get(name))
        return None

    def speaker(self, subj: str, subj_start_abs: int) -> Speaker | None:
        self._pos = subj_start_abs
        subj = subj.strip()
        if not subj:
            return None
        first = subj.split()[0].lower().strip(",")
        if (first in {"il", "elle", "he", "she"} and len(subj.split()) <= 3) or \
                subj.lower() in {"lui", "him", "her"}:  # "selon lui", "according to her"; not "her office"
            return None if self.unresolved else self.pronoun(first, subj_start_abs)
        found = self._named(subj, subj_start_abs)
        # An unnamed spokesman spoke: a following "il a ajouté" is him, not someone we know.
        self.unresolved = found is None and any(_is_role_word(w) for w in _hwords(subj)[:4])
        return found

    def _named(self, subj: str, subj_start_abs: int) -> Speaker | None:
        first = subj.split()[0].lower().strip(",")
        if first in {"ils", "elles", "on", "they", "we", "nous", "i", "je", "it"}:
            return None
        end_abs = subj_start_abs + len(subj)
        inside = [m for m in self.mentions if subj_start_abs <= m.start < end_abs]
        people = [m for m in inside if m.type == "person"]
        if people:
            person = people[0]
            rel = person.start - subj_start_abs
            if self._belongs_to(subj[:rel], subj[rel + len(person.text):]):
                return None
            role = self._role_around(subj, person, subj_start_abs)
            return Speaker(person.canonical, role, self._gender(subj, person, subj_start_abs))
        subj = re.sub(r"^(?:mais|et|or|alors|but|and|so)\s+", "", subj, flags=re.I)
        body = DETS.sub("", subj)
        body = re.sub(r"\s+(?:now|also|again|désormais|aussi|encore|de son côté|pour sa part|lui-même|elle-même)$",
                      "", body, flags=re.I)
        for org in (m for m in inside if m.type == "organisation"):
            if key(body) == key(org.text) or re.search(r"\(\s*" + re.escape(org.text) + r"\s*\)\s*$", subj):
                return Speaker(org.canonical, None, None)
        if UNNAMED.match(subj):
            return None
        return self.role(subj)

    def _belongs_to(self, before: str, after: str) -> bool:
        """ "le bureau du Premier ministre X", "X's office", "le porte-parole de X": someone else speaks."""
        if re.match(r"\s*'s\s+(?!own\b)\w", after):
            return True
        head = DETS.sub("", before).strip()
        return bool(re.match(r"(?:bureau|entourage|cabinet|services?|office|porte-parole|spokes\w+|avocate?|"
                             r"lawyer|équipe|team|camp|fils|fille|son|daughter|wife|épouse|husband|mari|"
                             r"proches?|aides?|conseill\w+|adviser|advisor)\b.*\b(?:de|du|d'|des|of|for)\s*$",
                             head, re.I))

    def _role_around(self, subj: str, person: Mention, subj_start_abs: int) -> str | None:
        rel = person.start - subj_start_abs
        before = subj[:rel].strip().rstrip(",")
        after = subj[rel + len(person.text):]
        role = None
        heads = {_hwords(w)[0] for w in (lexicon.ROLE_HEADS_FR if self.lang == "fr" else lexicon.ROLE_HEADS_EN)}
        b = DETS.sub("", before).strip()
        b = re.sub(r"^(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*", "", b)
        if b and any(w in heads or any(x in heads for x in w.split("-")) for w in _hwords(b)):
            role = b
        else:
            m = re.match(r"\s*,\s*(?P<role>[^,]+)", after)
            if m and any(w in heads for w in _hwords(m.group("role"))):
                role = DETS.sub("", m.group("role").strip())
        if self.lang == "en" and role:
            role = re.sub(r"'s$", "", role).strip()
        if role is None:
            role = self._local_roles.get(person.canonical)  # "X, ministre de l'Intérieur, qui ..."
        if role is None:
            known = self.gaz.roles.get(person.canonical)
            if known:
                role = known[0]
            else:
                role = next((s.role for s in self.candidates() if s.name == person.canonical and s.role), None)
        if role:
            role = re.sub(r"\s+(?:lors|during|in a|dans un|au cours|à l'issue|on|le|en marge)\b.*$", "", role)
        return role or None

    def _gender(self, subj: str, person: Mention, subj_start_abs: int) -> str | None:
        known = self.gaz.genders.get(person.canonical)
        if known:
            return known
        # Only the words that describe this person: the article or title before the name and the
        # head of an apposition ("le président de la Generalitat, X": "la" belongs to the Generalitat).
        rel = person.start - subj_start_abs
        appo = re.match(r"\s*,\s*([^,]+)", subj[rel + len(person.text):])
        for phrase in (subj[:rel], appo.group(1) if appo else ""):
            words = re.sub(r"^(?:mais|et|but|and|sur place|à \w+|in \w+)[\s,]+", "", phrase.strip(), flags=re.I
                           ).lower().replace("’", "'").split()
            if not words:
                continue
            gender = _gender_of(words)
            if gender:
                return gender
        return next((s.gender for s in self.candidates() if s.name == person.canonical), None)

    def said(self, speaker: Speaker | None) -> None:
        if speaker is None:
            return
        for s in list(self.post):
            if s.name == speaker.name:
                self.post.remove(s)
                speaker.role = speaker.role or s.role
                speaker.gender = speaker.gender or s.gender
        self.post.append(speaker)


ROLE_SYNONYMS = [
    (re.compile(r"\bchef(?:fe)? de la diplomatie\b", re.I), "ministre des Affaires étrangères"),
    (re.compile(r"\bforeign policy chief\b", re.I), "foreign minister"),
    # The American head of diplomacy is the Secretary of State ("secrétaire d'État" alone is a junior minister).
    (re.compile(r"\bsecrétaire d'État (?:américaine?|des États-Unis)\b", re.I),
     "ministre des Affaires étrangères américain"),
    (re.compile(r"\b(?:US |U\.S\. )?Secretary of State\b"), "US foreign minister"),
    (re.compile(r"\btop diplomat\b", re.I), "foreign minister"),
    (re.compile(r"\b(?:chef(?:fe)? de l'État|chef(?:fe)? d'État)\b", re.I), "président"),
    # The head of an executive is its president: "le chef de l'exécutif espagnol" (président du
    # gouvernement), "la cheffe de l'exécutif européen" (présidente de la Commission).
    (re.compile(r"\bchef(?:fe)? de l'exécutif\b", re.I), "président"),
    (re.compile(r"\bchef(?:fe)? du gouvernement\b", re.I), "premier ministre"),
    (re.compile(r"\bhead of state\b", re.I), "president"),
]


def _role_norm(text: str) -> str:
    for pattern, replacement in ROLE_SYNONYMS:
        text = pattern.sub(replacement, text)
    return text


FEMININE_TITLES = {"la", "une", "mme", "mrs", "mrs.", "ms", "ms.", "madame", "spokeswoman", "chairwoman", "queen",
                   "congresswoman", "reine"}
MASCULINE_TITLES = {"le", "un", "m.", "mr", "mr.", "monsieur", "spokesman", "chairman", "king", "congressman", "roi"}


def _gender_of(words: list[str]) -> str | None:
    """The gender the first words of a subject give: its article, a title, or a feminine role noun."""
    first = words[0]
    if first in FEMININE_TITLES:
        return "f"
    if first in MASCULINE_TITLES:
        return "m"
    last = words[-1]  # the title right before the name: "... Mme"
    if last in FEMININE_TITLES - {"la", "une"}:
        return "f"
    if last in MASCULINE_TITLES - {"le", "un"}:
        return "m"
    head = next((w for w in words if _is_role_word(key(w).replace(" ", "-"))), None)
    if head and head in lexicon.FEMININE_ROLE_FR and head != "porte-parole":
        return "f"
    if head in {"spokesman", "chairman", "king", "roi"}:
        return "m"
    return None


def _is_role_word(word: str) -> bool:
    return word in _ROLE_KEYS


def _hwords(text: str) -> list[str]:
    """Words without case or accents, hyphens kept: "Porte-parole du Kremlin" -> porte-parole, du, kremlin."""
    return [key(w).replace(" ", "-") for w in re.findall(r"[\w'-]+", text) if key(w)]


_CLAUSE_VERB = {"fr": (FR_COMPOUND, FR_SIMPLE, AUX_WORDS["fr"]), "en": (EN_VERB, AUX_WORDS["en"])}


def _after_last_verb(segment: str, lang: str) -> str:
    ends = [m.end() for pattern in _CLAUSE_VERB[lang] for m in pattern.finditer(segment)]
    return segment[max(ends):] if ends else segment


def _local_roles(text: str, mentions: list[Mention], lang: str) -> dict[str, str]:
    """The role the text gives each person: "Interior Minister Bruno Retailleau", "X, le ministre de ...,"."""
    roles: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.canonical in roles:
            continue
        before = text[max(0, m.start - 70): m.start]
        cut = max(before.rfind(c) for c in ",.;:«»\"“”(")
        segment = before[cut + 1:]
        # "The archbishop of Chicago said Prevost had...": a role followed by a verb belongs to another
        # clause, not to the name after it.
        segment = _after_last_verb(segment, lang)
        segment = DETS.sub("", segment.strip()).strip().rstrip(",").strip()
        segment = re.sub(r"^(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*", "", segment)
        if segment and len(segment.split()) <= 7 and any(_is_role_word(w) or any(_is_role_word(x) for x in
                                                                                   w.split("-"))
                                                          for w in _hwords(segment)):
            roles[m.canonical] = re.sub(r"'s$", "", segment)
            continue
        after = re.match(r"\s*,\s*(?P<role>[^,.;:«»\"“”]{3,70}),", text[m.end:])
        if after and any(_is_role_word(w) for w in _hwords(after.group("role"))[:3]):
            roles[m.canonical] = DETS.sub("", after.group("role").strip())
    return roles


def _stem(word: str) -> str:
    return word[:5]


def find(text: str, lang: str, sentences: list[Span], mentions: list[Mention], context: BlogContext | None,
         gaz: Gazetteer) -> tuple[list[Quote], list[Speaker]]:
    resolver = Resolver(lang, mentions, context, gaz, text, sentences)
    quotes: list[Quote] = []
    all_q = quoted_spans(text)
    previous_speaker: Speaker | None = None
    previous_colon = False
    for sent in sentences:
        s_text = sent.text
        qspans = [(s - sent.start, e - sent.start) for s, e in all_q if sent.start <= s < sent.end]
        qspans = [(s, min(e, len(s_text))) for s, e in qspans]
        masked = _mask(s_text, qspans)
        people = [(m.start - sent.start, m.end - sent.start) for m in mentions
                  if m.type == "person" and sent.start <= m.start < sent.end]
        attrs = _attributions(masked, lang, qspans, people)
        src = _Source.find(masked, lang, mentions, sent.start)
        made: list[Quote] = []
        real_q = [(s, e) for s, e in qspans if _is_quote(s_text, s, e, attrs, src)]
        if src and attrs and not any(a.inverted or a.complement < len(s_text) and
                                     re.search(r"(?:que|qu'|that)\s*$", masked[:a.complement], re.I) for a in attrs):
            attrs = []  # "Selon une source, la délégation aurait exigé...": the source speaks
        if real_q:
            attr = _nearest(attrs, real_q)
            speaker = None
            if attr:
                speaker = resolver.speaker(attr.subj, sent.start + attr.subj_start)
            elif src:
                speaker = resolver.speaker(src.subj, sent.start + src.subj_start)
            elif (label := COLON_LABEL.match(masked[: real_q[0][0]])) and len(real_q) == 1 and \
                    not re.search(r"\w", masked[real_q[0][1]:]):
                # "Jordan Bardella : « Nous sommes prêts »": a name (or a role) and a colon introduce the quote.
                speaker = resolver.speaker(label.group("subj"), sent.start + label.start("subj"))
                src = _Source(label.start(), label.end(), label.group("subj"), label.start("subj"))
            elif previous_speaker is not None or previous_colon:
                speaker = previous_speaker
            outside = _outside(masked, real_q, attr, src)
            if not outside:
                for s, e in real_q:
                    a, b = s + 1, e - 1
                    while a < b and s_text[a] in " ,\u00a0\u202f":
                        a += 1
                    while b > a and s_text[b - 1] in " ,\u00a0\u202f":
                        b -= 1
                    made.append(Quote(sent.start + a, sent.start + b, s_text[a:b], "direct", speaker))
            else:
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
                span = s_text[cs:ce].strip(" ,.\u00a0\u202f")
                offset = s_text.index(span, cs) if span else cs
                made.append(Quote(sent.start + offset, sent.start + offset + len(span), span, "mixed", speaker))
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
                    _reports(masked, attr):
                cs, ce = attr.complement, len(s_text)
            elif src:
                cs, ce = _source_clause(masked, src)
                attr = None
            else:
                cs = ce = 0
            span = s_text[cs:ce].strip(" ,.;:\u00a0\u202f")
            if len(span.split()) >= 3:
                if attr:
                    speaker = resolver.speaker(attr.subj, sent.start + attr.subj_start)
                else:
                    speaker = resolver.speaker(src.subj, sent.start + src.subj_start)
                offset = s_text.index(span, cs)
                made.append(Quote(sent.start + offset, sent.start + offset + len(span), span, "indirect", speaker))
                resolver.said(speaker)
                previous_speaker = speaker
            else:
                previous_speaker = None
        else:
            previous_speaker = None
        if not made:
            resolver.role_subject(s_text, sent.start)
        previous_colon = s_text.rstrip().endswith(":")
        if previous_colon and not made:
            people = [m for m in mentions if m.type == "person" and sent.start <= m.start < sent.end]
            if people:
                previous_speaker = Speaker(people[0].canonical, None, None)
        quotes.extend(made)
    return quotes, resolver.post


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
        more = re.match(r",\s*([^,.;:]{3,60}),", masked[end:])
        if more and any(p.type == "person" and offset + end <= p.start < offset + end + more.end()
                        for p in mentions):
            end += more.end() - 1
            subj = masked[m.start("subj"):end]
        return cls(m.start(), end, subj, m.start("subj"))


def _is_quote(s_text: str, s: int, e: int, attrs: list[Attribution], src) -> bool:
    inner = s_text[s + 1: e - 1]
    words = len(inner.split())
    before = s_text[:s]
    if NAMING.search(before.rstrip()):
        return False
    if words >= 4:
        return True
    return bool(attrs) or bool(src)


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
        return before[-1]
    return attrs[0]


def _outside(masked: str, qspans: list[tuple[int, int]], attr: Attribution | None, src) -> bool:
    """True when words other than the attribution stand outside the quotes: the quote is mixed."""
    chars = list(masked)
    for s, e in qspans:
        for k in range(s, e):
            chars[k] = " "
    if attr:
        lo = min(attr.verb_start, attr.subj_start) if attr.subj else attr.verb_start
        lead = LEADING_CLAUSE.match(masked)
        if lead and lead.end() <= lo:
            lo = 0  # "Asked about the strikes, Trump said: ...": the circumstances of the attribution
        hi = max(attr.verb_end, attr.subj_start + len(attr.subj))
        if not attr.inverted:
            hi = max(hi, attr.complement)
        if attr.verb_start >= qspans[-1][1] and (attr.inverted or attr.subj_start >= qspans[-1][1]):
            # ", a ajouté le porte-parole, interrogé sur le bilan", '"...!" he wrote on Truth Social':
            # all attribution.
            hi = len(chars)
        for k in range(max(lo, 0), min(hi, len(chars))):
            chars[k] = " "
    if src:
        for k in range(src.start, src.end):
            chars[k] = " "
    rest = "".join(chars)
    rest = re.sub(r"\b(?:que|qu'|that|et|and|puis|then|avant|before|after|après|also|aussi|encore)\b", " ", rest,
                  flags=re.I)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2


def _trail_start(masked: str, attr: Attribution) -> int:
    before = masked[: attr.verb_start].rstrip()
    if before.endswith((",", "—", "–")):
        return len(before) - 1
    if attr.subj and attr.subj_start < attr.verb_start:
        return attr.subj_start
    return len(before)


def _source_clause(masked: str, src: _Source) -> tuple[int, int]:
    if src.start <= 2 or masked[: src.start].strip() in {"", "Mais", "Et", "But", "And"}:
        m = re.search(r",\s*", masked[src.end:])
        start = src.end + m.end() if m else src.end
        return start, len(masked)
    end = masked[: src.start].rstrip().rstrip(",").rstrip()
    return 0, len(end)


OBJECT_VERBS = re.compile(r"(?:annonc|promi|confirm|démen|dément|nié|nie|fait\s+\S*\s*état|état|affirm|assur|estim|"
                          r"dit|dite|dits|reconn|admi|concéd|espér|warn|promis|"
                          r"indiqu|précis|accus|says|said|told|added|warned|insist|argu|stress|claim|believ|think|"
                          r"admit|acknowledg|conced|not|announc|confirm|predict|estimat|accus)", re.I)


def _reports(masked: str, attr: Attribution) -> bool:
    """Reported speech without "que"/"that" only after verbs that report ("a annoncé 144 morts")."""
    if re.search(r"(?:que|qu'|that|:)\s*$", masked[: attr.complement], re.I):
        return True
    return bool(OBJECT_VERBS.match(masked[attr.verb_start: attr.verb_end].split()[-1])) or \
        bool(OBJECT_VERBS.search(masked[attr.verb_start: attr.verb_end]))


def _clause_ok(clause: str) -> bool:
    clause = clause.strip()
    return len(clause.split()) >= 3 and not re.match(
        r"(?:dans|in|on|at(?!\s+least)|lors|à|au|aux|par|avec|pour|sur|during|après|after|by|with|to|for)\b",
        clause, re.I)
