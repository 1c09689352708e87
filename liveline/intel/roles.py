"""References back to people by role: the words of roles ("le secrétaire national du PCF", "the
governor"), the gender their articles give, and the rules that find whom a role names among the people
of this post and of the blog's recent posts (`RoleReferences`, a part of speakers.Resolver)."""

from __future__ import annotations

import re
from collections.abc import Callable

from liveline.intel import lexicon
from liveline.intel.context import Speaker, seen_names
from liveline.intel.names import abbreviates
from liveline.intel.speech import (
    AUX_WORDS,
    DETS,
    EN_VERB,
    FR_COMPOUND,
    FR_SIMPLE,
    INSTITUTION,
    LEADER_WORDS,
    NAME_LIKE,
    ROLE_KEYS,
)
from liveline.intel.text import key


class RoleReferences:
    """The role rules of the speaker resolver; they read its state (mentions, context, gazetteer, the
    position being read, `_sentence_index`) and its people (`_person`, `_recent_people`, `_tier`, `candidates`,
    `_owner`)."""

    def _in_quote(self, pos: int) -> bool:
        """Whether `pos` falls inside one of the post's quoted spans (a name there is quoted, not present)."""
        return any(s < pos < e for s, e in self._quoted)

    def role(self, phrase: str) -> Speaker | None:
        inst = INSTITUTION.search(phrase)
        if inst and not any(is_role_word(w) for w in hwords(phrase[: inst.start()]) + hwords(phrase[inst.end():])):
            # "the interior ministry said": an institution, not its minister ("la cheffe du
            # gouvernement", "the local government minister" are people).
            return None
        # "La préfète, qui l'accompagnait, a indiqué": a relative clause on a bare role is not part of it (a longer
        # role is left to the rules that name it whole).
        phrase = re.sub(r"^((?:(?:le|la|the)\s+|l['’])?[\w-]+)\s*,\s*(?:qui|dont|who|whose)\s.*$", r"\1", phrase,
                        flags=re.I)
        # "a confié le ministre au Journal du Dimanche": where he said it is not part of the role.
        # ... nor when: "a déclaré le ministre en fin de matinée".
        # ... nor where he was: "a expliqué le sélectionneur en conférence de presse", "en point de presse".
        # ... nor how it was received: "a déclaré la maire sous les applaudissements".
        phrase = re.sub(r"\s+(?:au|aux|à|sur|sous|dans|lors|devant|depuis|pendant|en marge|en (?:fin|début) d[e']|"
                        r"ce|cet|cette|en\s+(?:conférence|point|visite|déplacement|direct|duplex|entrevue|interview|réunion|"
                        r"séance|audience|coulisses|zone\s+mixte|tribune)|"
                        # ... nor what they did meanwhile: "a indiqué la juge en levant l'audience".
                        r"en\s+[a-zéèêâîôûç]+ant)(?:\s|(?<=')|$).*$", "", phrase, flags=re.I)
        # ... nor in which language: "a assuré le président de la N-VA en néerlandais" (not "en charge de").
        phrase = re.sub(r"\s+en\s+([a-zé][\w-]*)(?:\s.*)?$",
                        lambda m: "" if DEMONYM_ADJ.match(key(m.group(1))) else m.group(0), phrase)
        said_as = DETS.sub("", phrase)  # the post's own words, for an exact match with a listed role
        words_as = phrase.lower().replace("’", "'").split()
        gender = gender_of(words_as) if words_as else None
        phrase = role_norm(phrase)
        # "l'officier", "l'entraîneur": the elided article is not part of the head word.
        words = hwords(re.sub(r"^\s*[Ll]['’]", "", phrase))
        heads = role_heads(self.lang)
        # "son premier secrétaire" is a secretary, not the Premier ministre (a role ending on "premier" keeps it:
        # "the Ontario premier").
        words = [w for i, w in enumerate(words) if not ordinal_premier(words, i) or i + 1 == len(words)]
        # "the UN secretary-general": a hyphenated role is a role by its first part.
        head = next((w for w in _owned_words(words, self.lang)
                     if w in heads or (self.lang == "en" and w.split("-")[0] in heads)), None)
        if not head:
            return None
        orgs = {m.canonical for m in self.gaz.find(phrase)
                # "the Reform UK leader": a listed name inside a longer one is not what the role names.
                if self.lang != "en" or not (w := re.search(r"([A-Z][\w'-]*)\s+$", phrase[: m.start]))
                or is_role_word(key(w.group(1)))}
        # "the former president" is the President named before: "former" does not change the role.
        others = [w for w in words if w not in heads and len(w) > 3
                  and w not in {"chef", "head", "former", "outgoing", "incoming"}]
        if self.lang == "fr":
            # "le président du CIO" is not the président de la République: a short acronym is a word of its own.
            others += [key(a) for a in re.findall(r"(?<![\w-])[A-ZÉ]{2,3}(?![\w-])", phrase)
                       if key(a) not in others and key(a) not in heads]
        # "the NTSB chair" after "Its chair, Jennifer Homendy": an organisation's name in the role is met by a
        # role that names no organisation of its own.
        org_words = {w for m in self.mentions if m.type == "organisation" and m.text in phrase for w in hwords(m.text)}
        org_words |= {w for n in seen_names(self.context, "organisation") if n in phrase for w in hwords(n)}
        # ... and so is a common noun for one ("the airline's CEO", "le patron de l'entreprise").
        org_words |= {w for w in hwords(phrase) if re.sub(r"-s$", "", w) in BODY_NOUNS}
        mine = _named_in_role(phrase) if self.lang == "en" else set()
        best, hyper = None, set()
        # "la ministre" is not the minister who spoke before her: the article gives the gender.
        pool = [s for s in self._recent_people() if gender is None or s.gender in (gender, None)]
        for s in pool:
            # (Every role this post gave them as they spoke: "l'actuel maire de X, Paul Y, a décrit ... a expliqué
            # l'élu" still holds "maire".)
            roles = [role_norm(r) for r in dict.fromkeys([s.role or "", self._local_roles.get(s.name, ""),
                                                          *self.said_roles.get(s.name, []),
                                                          *self.gaz.roles.get(s.name, []),
                                                          rank_before(s.name) if self.lang == "en" else ""])]
            for r in roles:
                if not r or (self.lang == "en" and "former" not in words
                             and re.match(r"(?:the\s+)?(?:former|ex-)", r, re.I)):
                    continue  # "the prime minister" is not "former prime minister Liz Truss"
                if self.lang == "en" and re.search(r"\s(?:at|of|for|with)$", r, re.I):
                    # "X, chief UK economist at Thameside Capital": a "person" whose role ends before them with a
                    # preposition is where the role is held (the model took the firm for a person), not its holder.
                    continue
                rk = hwords(r)
                if self.lang == "en" and any(w in rk and w not in words for w in ("deputy", "vice", "shadow")):
                    continue  # nor "Deputy Prime Minister Angela Rayner"
                if self.lang == "en" and mine and (theirs := _named_in_role(r)) and not mine & theirs:
                    continue  # "the NSW coach" is not "Queensland coach X": each names where it is held
                r_orgs = {m.canonical for m in self.gaz.find(r)}
                # "présidente" holds the role "président" names: the same head, either gender.
                same_head = same_head_word(head, rk, heads)
                if not same_head and hypernym_of(head, rk):
                    # "a rappelé le souverain" after "le roi Charles III": a word for any holder of the
                    # role, so only when one recent person holds such a role.
                    hyper.add(s.name)
                    continue
                if orgs and orgs & r_orgs and (same_head or head in LEADER_WORDS):
                    return s
                wanted = [o for o in others if o not in org_words] if org_words and not _names_a_body(r) else others
                if not orgs and same_head and (not wanted or any(stem(o) in map(stem, rk) for o in wanted)):
                    if best is None:
                        best = s
                    elif best.name != s.name and self._tier(s.name) == self._tier(best.name) < 2 \
                            and not self._reported_only(s.name):
                        # "Gov. Greg Abbott met Gov. Ron DeSantis. The governor said": either of them (in French
                        # too: "X, ministre de l'Intérieur, et Y, ministre des Armées, ... a dit le ministre"). (Not
                        # "Biden said he was grateful that Trump was safe. The president said": Trump is
                        # only named in what Biden said.)
                        return None
        if best:
            if self.lang == "en" and not others and not orgs and self._tier(best.name) > 0 and \
                    not any(head in hwords(role_norm(r)) for r in (best.role, self._local_roles.get(best.name)) if r):
                # "Rishi Sunak has conceded. ..., the prime minister said": the one person the post is
                # about, with no role of their own, rather than today's holder in the newsroom list.
                found = self._lone_subject(gender, said_as)
                if found:
                    return found
            if self.lang == "fr" and self._tier(best.name) > 0 and not self._in_words_held(best, said_as) and \
                    (found := self._renamed_subject(gender, said_as)):
                return found
            return best
        if self.lang == "en" and others and not orgs and (found := self._qualified_holder(phrase, head, others, pool)):
            return found
        # (Several holders: the one this post named, "l'élu du Nord" in the post about "le député RN X".)
        here = {n for n in hyper if self._tier(n) == 0}
        if (len(hyper) == 1 or len(here) == 1) and not self._unplaced(others):
            # ("l'élu du Nord" after "le député RN X": where the office is held does not name another person.)
            return self._person((here if len(here) == 1 else hyper).pop())
        if self.lang == "en" and others and not orgs and (found := self._placed_holder(phrase, head, others, pool)):
            return found
        # (A nationality is a lowercase adjective: "des Républicains" is a party.)
        nationalities = {key(w) for w in re.findall(r"(?<![\w-])[a-zéèêëïîôûç][\w-]+", phrase)
                         if DEMONYM_ADJ.match(key(w))}
        sent = self._sentence_at(self._pos)
        named_here = sent is not None and any(m.type == "person" and sent.start <= m.start < self._pos and
                                              not self._in_quote(m.start) for m in self.mentions)
        if self.lang == "fr" and others and not orgs and all(o in nationalities for o in others) and named_here:
            # "sur ordre de Joe Biden, le président américain a estimé": a nationality role after a name in its own
            # sentence may be that person, not the French president who spoke before nor the newsroom's holder.
            return None
        if self.lang == "fr" and others and not orgs and all(o in nationalities for o in others):
            # "Le président français a jugé" after "Emmanuel Macron" (chef de l'État) and Mark Carney (Premier
            # ministre canadien): the one person of this post or the last who holds the head and no nationality.
            holders = set()
            for s in pool:
                rks = [hwords(role_norm(r)) for r in self.roles_held(s)]
                if self._tier(s.name) < 2 and any(same_head_word(head, rk, heads) for rk in rks) and \
                        not any(DEMONYM_ADJ.match(w) for rk in rks for w in rk[1:]):
                    holders.add(s.name)
            same = {s.name for s in pool if self._tier(s.name) < 2 and s.name not in holders and any(
                head in hwords(role_norm(r)) for r in self.roles_held(s))}
            # ("À Québec, François Legault a dénoncé ... Le premier ministre québécois a précisé" a post after Justin
            # Trudeau, premier ministre: a person of this post whom nothing gave a role may hold it as well.)
            roleless = any(self._tier(s.name) == 0 and s.name not in holders and not self.roles_held(s) for s in pool)
            if len(holders) == 1 and not same and not (roleless and all(self._tier(h) > 0 for h in holders)):
                return self._person(holders.pop())
        if orgs:
            # "le porte-parole du Kremlin" after "Son porte-parole, Dmitri Peskov": the same role word,
            # and nobody else recent holds it.
            same = [s for s in self.candidates() if s.role and same_head_word(head, hwords(s.role), heads)
                    and not self.gaz.find(s.role) and (gender is None or s.gender in (gender, None))]
            if len(same) == 1:
                return same[0]
        elif not others:
            # A bare role ("la Première ministre", "le ministre", "la dirigeante") right after a person
            # of this post: that person, when nothing gave them another role.
            found = self._bare_role(head, gender, said_as)
            if found:
                return found
        if others and not orgs and self.context:
            # "Le ministre de l'Intérieur a, lui, assuré" hours after the blog gave Gérald Darmanin that role:
            # a role with words of its own keeps naming the one person the blog gave it to.
            held = {name for name, r in self.context.roles.items()
                    if (rk := hwords(role_norm(r))) and same_head_word(head, rk, heads)
                    # ("commandant du BMPM" holds "le commandant des marins-pompiers": the acronym spelt out.)
                    and all(stem(o) in map(stem, rk + self._spelt_out(r)) for o in others)
                    and (gender is None or self.gaz.genders.get(name) in (gender, None))}
            if len(held) == 1:
                return self._person(held.pop())
        # The newsroom list: "le chef de l'Alliance atlantique" is a role of a known person.
        for name, roles in self.gaz.roles.items():
            if gender and self.gaz.genders.get(name) not in (gender, None):
                continue
            for r in roles:
                if key(r) in {key(DETS.sub("", phrase)), key(said_as)} or (
                        orgs and orgs & {m.canonical for m in self.gaz.find(r)}
                        and (head in hwords(r) or head in LEADER_WORDS)):
                    return Speaker(name, r, self.gaz.genders.get(name))
        if self.lang == "fr" and (others or orgs) and not OWNED_ROLE.match(phrase):
            # ("« ... », prévient son directeur sportif" after a rider: a role the possessive ties to the person
            # just named is someone else's, never a new way of naming that person.)
            return self._just_named(gender, said_as)
        if self.lang == "en" and others and not orgs and not OWNED_ROLE_EN.match(phrase):
            # "X insisted that ... \"...,\" the US captain said": the same renaming in English, for a role
            # with words of its own that names no body.
            return self._just_named(gender, said_as)
        return None

    def _in_words_held(self, person: Speaker, said_as: str) -> bool:
        """Whether a role, in the post's own words ("la consule générale"), is part of a role the person holds in
        the same words ("consule générale de France à Tunis"), not only once both are put in one form ("chef du
        gouvernement" for a "Premier ministre")."""
        words = hwords(said_as)
        return bool(words) and any(" ".join(words) in " ".join(hwords(r)) for r in self.roles_held(person))

    def _renamed_subject(self, gender: str | None, said_as: str) -> Speaker | None:
        """ "Pedro Sánchez a réuni le conseil. Le chef du gouvernement a assuré ...": a French role right after a
        sentence that opens on one person of this post to whom nothing gives a role renames that person, rather
        than whoever an earlier post gave the role to. (Not someone who only spoke in that sentence: "« ... »,
        raconte Marcel. La préfète a annoncé" is the prefect the blog named.)"""
        found = self._just_named(gender, said_as)
        i = self._sentence_index(self._pos)
        if found is None or not i or self._tier(found.name) > 0 or self.roles_held(self._person(found.name)):
            return None
        prev = self._sents[i - 1]
        if not any(m.type == "person" and m.canonical == found.name and prev.start <= m.start < prev.end
                   and self._opens(m, prev) for m in self.mentions):
            return None
        return found

    def _placed_holder(self, phrase: str, head: str, others: list[str], pool: list[Speaker]) -> Speaker | None:
        """ "the Vermont senator asked" after "Senator Jo Hale", "the South African captain" after "Proteas captain
        X": a role whose other words only say where the holder is from is the one person of this post or the
        last who holds its head with no such word of another place (two holders: nobody)."""
        places = self._place_words(phrase)
        if not places or not all(o in places for o in others):
            return None
        heads = role_heads("en")
        return self._one_holder(pool, lambda r, rk: same_head_word(head, rk, heads) and
                                not (self._place_words(r) - places))

    def _qualified_holder(self, phrase: str, head: str, others: list[str], pool: list[Speaker]) -> Speaker | None:
        """ "the Burnley boss said" after "Burnley head coach X" and "Tranmere boss Y", "the Villa manager" after
        "Villa boss Unai Emery": a role whose other words are all proper names (a club, a firm, a place) is the
        one person of this post or the last who holds a role of that kind with those very names (two: nobody)."""
        proper = set(hwords(" ".join(re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", phrase))))
        if not all(o in proper for o in others):
            return None
        heads = role_heads("en")
        return self._one_holder(pool, lambda r, rk: _same_kind(head, rk, heads) and
                                all(stem(o) in map(stem, rk) for o in others))

    def _one_holder(self, pool: list[Speaker], fits: Callable[[str, list[str]], bool]) -> Speaker | None:
        """The one person of this post or the last (`pool`, tier under 2) holding a role that `fits` (the role
        and its `hwords` after `role_norm`), or None for none or two."""
        holders = {s.name for s in pool if self._tier(s.name) < 2 and any(
            fits(r, rk) for r in self.roles_held(s) if (rk := hwords(role_norm(r))))}
        return self._person(holders.pop()) if len(holders) == 1 else None

    def _place_words(self, text: str) -> set[str]:
        """The words of `text` that name a place the model or the lists saw, or a nationality ("South African")."""
        words = {w for m in self.gaz.find(text) if m.type == "place" for w in hwords(m.text)}
        words |= {w for m in self.mentions if m.type == "place" and re.search(
            r"(?<![\w-])" + re.escape(m.text) + r"(?![\w-])", text) for w in hwords(m.text)}
        for nat in re.finditer(r"(?:(?:North|South|East|West|New)\s+)?[A-Z][a-z]+(?:ian|ean|can|ese|ish)\b", text):
            words |= set(hwords(nat.group(0)))
        return words

    def _spelt_out(self, role: str) -> list[str]:
        """The words of the organisations a role names by acronym, as the blog named them in full: "commandant
        du BMPM" -> bataillon, de, marins-pompiers, de, marseille (so "le commandant des marins-pompiers")."""
        # (Whatever type the model gave the full name: "Peloton de gendarmerie de haute montagne" may be a place.)
        names = [n for n, t in (self.context.entities.items() if self.context else ()) if t != "person"]
        names += [m.canonical for m in self.mentions if m.type != "person"]
        return [w for a in re.findall(r"(?<![\w-])[A-ZÉ]{2,6}(?![\w-])", role)
                for n in dict.fromkeys(names) if abbreviates(a, n) for w in hwords(n)]

    def _just_named(self, gender: str | None, said_as: str, subject_too: bool = True) -> Speaker | None:
        """ "« ... », a réagi Fabien Roussel. Le secrétaire national du PCF estime que ...": a role with
        words of its own that nobody recent holds, right after a sentence about the one person who spoke
        last, is a new way of naming that person (newsrooms vary the words). Nobody when the previous
        sentence named two people or a name the model missed, when a name came before the role in its own
        sentence, for the other gender, when the person's role names another organisation ("le président
        de LR" is not the RN's), or for a nationality unless the person holds a leader's role."""
        i = self._sentence_index(self._pos)
        if not i:
            return None
        cur, prev = self._sents[i], self._sents[i - 1]
        if i > 1 and re.fullmatch(r"\s*[«“\"][^«»“”\"]+[»”\"]\s*", self._text[prev.start: prev.end]):
            # "X s'est présenté en zone mixte. « ... » Le capitaine des Bleus a reconnu": a quote standing alone
            # between them carries X on.
            prev = self._sents[i - 2]
        if any(m.type == "person" and cur.start <= m.start < self._pos for m in self.mentions):
            return None
        in_prev = [m for m in self.mentions if m.type == "person" and prev.start <= m.start < prev.end
                   and not self._in_quote(m.start) and not self._owner(m)]
        covered = [(m.start, m.end) for m in self.mentions]
        # ("D'après Valérie Pécresse" is one name-like phrase the mention of her overlaps: not another name.)
        unseen = [x for x in NAME_LIKE.finditer(self._text, prev.start, prev.end)
                  if not any(s < x.end() and x.start() < e for s, e in covered)
                  and not self._in_quote(x.start())]
        if unseen:
            return None
        spoke_there = self.post and any(prev.start <= a < prev.end and who == self.post[-1].name
                                        for a, _, who in self.said_spans)
        if not in_prev and spoke_there and self.post[-1].name not in seen_names(self.context, "organisation") and \
                not any(m.type == "organisation" and m.canonical == self.post[-1].name for m in self.mentions):
            # "Il a promis « ... ». « ... », a ajouté le chef libéral": who spoke through the pronoun (a person:
            # "L'association Anticor salue ... Pour l'avocat de familles, ..." is not the association).
            name = self.post[-1].name
        elif len({m.canonical for m in in_prev}) == 1 and (
                (self.post and self.post[-1].name == in_prev[0].canonical) or
                (subject_too and self._opens(in_prev[0], prev))):
            # The person was the last to speak, or the subject the previous sentence opens on ("Pierre
            # Poilievre a pris la parole devant ses partisans. Le chef conservateur a souligné ...") :
            # the role carries on. ("Marine Le Pen a voté la censure. La présidente de l'Assemblée
            # nationale a annoncé..." is someone else: see the listed body below.)
            name = in_prev[0].canonical
        elif subject_too and in_prev and self._opens(in_prev[0], prev) and not re.search(
                r"\s(?:et|and)\s", self._text[in_prev[0].end: in_prev[1].start]) and \
                next((w for w in hwords(said_as) if w in role_heads(self.lang)), None) not in lexicon.OCCUPATIONS_EN:
            # "Jagmeet Singh est battu ..., derrière le libéral Wade Chang": the subject, not a complement. (Not for
            # a trade: "X beat Y. The Kenyan writer said" may be either, as for any other description.)
            name = in_prev[0].canonical
        else:
            return None
        person = self._person(name)
        if gender and person.gender not in (gender, None):
            return None
        words = hwords(said_as)
        head = next((w for w in words if w in role_heads(self.lang)), None)
        # (The French adjectives follow the head; an English place comes before it: see _placed_en.)
        if (self.lang == "fr" and any(DEMONYM_ADJ.search(w) for w in words[1:])) or self._placed_en(said_as, head):
            # "le président ukrainien" after Emmanuel Macron is Zelensky: a nationality names a leader of
            # that country, so it only renames a leader the post gave a leader's role ("le chancelier
            # Olaf Scholz" ... "le dirigeant allemand").
            theirs = [w for r in [person.role or "", *self.gaz.roles.get(person.name, [])] for w in hwords(r)[:2]]
            # ("L'entraîneur espagnol" after Luis Enrique, to whom nothing gave a role: a coach is no leader of
            # a country.)
            coach = head in COACHES and not self.roles_held(person)
            if not coach and (head not in GENERIC_LEADERS or not any(w in LEADER_HEADS | HEADS_OF_STATE
                                                                     for w in theirs)):
                return None
        # "Miguel Tellado, porte-parole du PP, ... Le président du gouvernement a répliqué": a person the post
        # gave a role of another kind is someone else (a leader may be "le chef libéral" or "le président").
        held = [w for r in self.roles_held(person) for w in hwords(role_norm(r)) if w in role_heads(self.lang)]
        mine = next((w for w in hwords(role_norm(said_as)) if w in role_heads(self.lang)), head)
        # ("Under-21s boss X ... the caretaker manager said": words for a club's manager rename each other.)
        if held and mine and mine not in set(HYPERNYMS) and not any(stem(w) == stem(mine) for w in held) and \
                (mine not in LEADERS or not any(w in LEADERS for w in held)) and \
                not (mine in TEAM_HEADS_EN and TEAM_HEADS_EN & set(held)):
            return None
        if mine and (described := self._described_before(person.name)) and \
                not any(stem(w) == stem(mine) for w in described):
            return None  # "Le milieu de terrain X a affirmé ... Le sélectionneur du Nigeria a reconnu": another man
        # "La présidente de l'Assemblée nationale" after Valérie Pécresse: an institution the alias lists
        # know has a head of its own, unless the post gave the person a role there.
        listed = {m.canonical for m in self.gaz.find(said_as) if m.type == "organisation"}
        if listed and not listed & {m.canonical for r in [person.role or "", *self.gaz.roles.get(person.name, [])]
                                    for m in self.gaz.find(r) if m.type == "organisation"}:
            return None
        # "Jordan Bardella, président du Rassemblement national, ... Le président des Républicains": the
        # proper names of the two roles (places aside) differ, so they are two people.
        mine, theirs = self._proper_words(said_as), set()
        for r in [person.role or "", *self.gaz.roles.get(person.name, [])]:
            theirs |= self._proper_words(r)
        if mine and theirs and not mine & theirs:
            return None
        return Speaker(person.name, said_as or person.role, person.gender or gender)

    def _placed_en(self, said_as: str, head: str | None) -> bool:
        """Whether an English role says where its holder is from ("the Ukrainian president", "the US captain"):
        like a French nationality, it renames only a leader of that place (or a coach or captain)."""
        return self.lang == "en" and bool(self._place_words(said_as) - {head})

    def _described_before(self, name: str) -> list[str]:
        """The words (`hwords`) of the description of no role that this post put right before a person's name,
        a trade or a noun with its complement: "le milieu de terrain X", "l'agriculteur X" (not "le libéral X")."""
        for m in self.mentions:
            if m.type != "person" or m.canonical != name or m.start >= self._pos:
                continue
            found = re.search(r"(?:^|[\s,.;:])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<d>[a-zéèêàâîôûç][\w'’-]*"
                              r"(?:\s+[a-zéèêàâîôûç][\w'’-]*){0,3})\s+$", self._text[max(0, m.start - 60): m.start])
            if not found:
                continue
            words = hwords(found.group("d"))
            if not any(is_role_word(w) for w in words) and (
                    words[0] in lexicon.OCCUPATIONS_FR or re.search(r"\s(?:de|du|des)\s", found.group("d"))):
                return words
        return []

    def _opens(self, m, sent) -> bool:
        """Whether a person opens a sentence as its subject: only a short lead before ("À Québec, ",
        "Le libéral "), with no verb and not ending on a preposition."""
        lead = self._text[sent.start: m.start]
        return len(lead.split()) <= 4 and not any(p.search(lead) for p in CLAUSE_VERB[self.lang]) and \
            not re.search(r"\b(?:à|de|du|des|par|avec|selon|pour|chez|contre|sur|après|avant)\s*$|d'$", lead, re.I)

    def _unplaced(self, words: list[str]) -> list[str]:
        """The words of a role (`hwords`) that name no place this post or the blog named: "du Nord" is a place."""
        places = {w for m in self.mentions if m.type == "place" for w in hwords(m.text)}
        places |= {w for n in seen_names(self.context, "place") for w in hwords(n)}
        return [w for w in words if w not in places]

    def _proper_words(self, role: str) -> set[str]:
        """The capitalised words of a role that do not name a place: "président du Rassemblement national"
        -> {"Rassemblement"}; "présidente de la région Île-de-France" -> set()."""
        places = {w for m in self.mentions if m.type == "place" for w in m.text.split()}
        places |= {w for n in seen_names(self.context, "place") for w in n.split()}
        places |= {w for m in self.gaz.find(role) if m.type == "place" for w in m.text.split()}
        if self.lang == "en":
            # (An English role puts its body's name first: "Leeds manager" is Leeds's; "Chief executive" names none.)
            return {w for w in re.findall(r"\b[A-Z][\w-]+", role) if w not in places and not is_role_word(key(w))}
        return {w for w in re.findall(r"(?<!^)\b[A-ZÀ-Ý][\w-]+", role) if w not in places}

    def _named_in_the_quote(self, name: str) -> bool:
        """Whether the quote of the attribution being read (its sentence, before it) names the person by one of
        their names: "« Kylian est en forme », a dit le sélectionneur" is not Kylian speaking of himself."""
        sent = self._sentence_at(self._pos)
        spoken = " ".join(self._text[s:e] for s, e in self._quoted
                          if sent is not None and sent.start <= s and e <= self._pos)
        return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", spoken)
                   for w in name.split() if len(w) > 2 and w[:1].isupper())

    def _bare_role(self, head: str, gender: str | None, said_as: str) -> Speaker | None:
        earlier = self._text[: self._pos]
        if said_as and re.search(r"(?<![\w-])" + re.escape(said_as.split()[-1]) + r"(?![\w-])", earlier, re.I):
            return None  # "Macron a reçu le ministre. Le ministre a affirmé": the role named someone else
        # This post's speakers and the people that open its sentences: who the post is about.
        names = [s.name for s in reversed(self.post)]
        named = {m.canonical: m for m in self.mentions if m.type == "person" and m.start < self._pos
                 and not self._in_quote(m.start) and not self._named_in_the_quote(m.canonical)}
        # Only one person named so far: "X a rencontré Y. La députée a affirmé" could be either. (Not Y when the
        # quote speaks of Y: "X a retenu Y. « Y est en forme », a dit le sélectionneur".)
        covered = [(m.start, m.end) for m in self.mentions]
        # ... even when the model missed Y: another name-like phrase counts.
        unseen = [x for x in NAME_LIKE.finditer(earlier) if not any(s <= x.start() < e for s, e in covered)
                  and not self._in_quote(x.start())]
        one = next(iter(named.values()), None)
        # (In French also after a short lead without a verb: "Vêtue de noir, Liz X s'est exprimée ... la cheffe du
        # gouvernement a salué", "À Marcoussis (Essonne), X a tiré un bilan. Le technicien a confié".)
        if len(named) == 1 and not unseen and (self._opens_sentence(one) or (
                self.lang == "fr" and self._opens(one, self._sentence_at(one.start)))):
            names += list(named)
        for name in dict.fromkeys(names):
            if head in LEADERS and self._is_organisation(name):
                # "a indiqué la Banque du Canada. Le gouverneur a estimé": the head of the body that spoke last,
                # not the body, and not whoever spoke before it.
                return None
            person = self._person(name)
            if gender and person.gender not in (gender, None):
                continue
            roles = [r for r in [person.role, *self.gaz.roles.get(name, [])] if r]
            if not roles:
                return Speaker(person.name, said_as, person.gender or gender)
            if any(hypernym_of(head, hwords(r)) for r in roles):
                return person  # "la présidente du Louvre, Laurence des Cars" ... "a révélé la dirigeante"
            return None  # the last person named holds another role: someone else
        return None


# Nouns any head of an organisation goes by, and the roles that head one.
GENERIC_LEADERS = {"dirigeant", "dirigeante", "responsable", "patron", "patronne", "leader", "chief", "boss", "head"}
LEADER_HEADS = GENERIC_LEADERS | {"president", "presidente", "directeur", "directrice", "pdg", "ceo", "chef", "cheffe",
                                  "secretaire", "director", "chairman", "chairwoman", "chair"}
# (A club's manager is no leader of its town either.)
COACHES = {"entraineur", "entraineuse", "selectionneur", "selectionneuse", "technicien", "coach", "manager"}
HEADS_OF_STATE = {"chancelier", "chanceliere", "premier", "premiere", "roi", "reine", "emir", "monarque"}
# Heads of a country, a government, a party or a body: one such role may rename another.
LEADERS = LEADER_HEADS | HEADS_OF_STATE | {"ministre", "maire", "gouverneur", "gouverneure", "vice-president",
                                           "vice-presidente", "fondateur", "fondatrice", "souverain", "souveraine"}
OWNED_ROLE = re.compile(r"^\s*(?:son|sa|ses|leur|leurs)\s", re.I)  # "son entraîneur": someone's role
OWNED_ROLE_EN = re.compile(r"^\s*(?:(?:the\s+)?(?:his|her|their|its)\s|.*['’]s\s)", re.I)  # "his coach", "the club's"
# Nationality adjectives: "ukrainien", "américaine", "allemand", "britannique".
DEMONYM_ADJ = re.compile(r"^(?:\w+(?:ien|ienne|ain|aine|ais|aise|ois|oise)|allemande?|russe|britannique|belge|suisse|"
                         r"turque?|grecque|grec|espagnole?|tcheque|bulgare|croate|serbe|afghane?|argentine?|"
                         r"qatarie?|emiratie?|europeenne?)s?$")
# A word a post uses for a role it gave before: "le magistrat" for the prosecutor, "l'édile" for the mayor.
# The scientists and engineers a post names by their field, whom "l'expert" or "la spécialiste" then refers back to.
EXPERTS = {"economiste", "neurologue", "urgentiste", "epidemiologiste", "infectiologue", "virologue", "climatologue",
           "politologue", "sociologue", "historien", "historienne", "chercheur", "chercheuse", "analyste", "geologue",
           "glaciologue", "volcanologue", "sismologue", "hydrologue", "meteorologue", "ingenieur", "ingenieure",
           "architecte"}
HYPERNYMS = {**{w: LEADER_HEADS for w in GENERIC_LEADERS},
             **{w: EXPERTS for w in ("expert", "experte", "specialiste")},
             "magistrat": {"procureur", "procureure", "juge"}, "magistrate": {"procureure", "juge"},
             "edile": {"maire", "bourgmestre"}, "technicien": {"entraineur", "selectionneur"},
             # "l'élu du Nord" after "le député RN X": any holder of an elected office.
             "elu": {"depute", "senateur", "maire", "bourgmestre", "conseiller", "edile"},
             "elue": {"deputee", "senatrice", "maire", "bourgmestre", "conseillere"},
             "diplomate": {"ambassadeur", "ambassadrice", "emissaire", "envoye", "envoyee"},
             "souverain": {"roi", "reine", "emir", "monarque"}, "souveraine": {"reine"},
             "monarque": {"roi", "reine", "emir"},
             "officier": {"commandant", "colonel", "lieutenant-colonel", "capitaine", "general", "contre-amiral",
                          "vice-amiral", "amiral", "lieutenant"}}
# "la présidente du tribunal", "le président de la cour d'assises": a judge, whom "la magistrate" may mean.
COURT_PRESIDENT = re.compile(r"presidente? (?:du tribunal|de la cour)\b")


def hypernym_of(head: str, role_words: list[str]) -> bool:
    """Whether `head` is a word for any holder of the role of `role_words` ("le souverain" for "roi Charles III",
    "la magistrate" for "procureure" or for "présidente du tribunal")."""
    if head in {"magistrat", "magistrate"} and COURT_PRESIDENT.match(" ".join(role_words)):
        return True
    return any(w in HYPERNYMS.get(head, ()) for w in role_words[:2])


ROLE_SYNONYMS = [
    (re.compile(r"\bchef(?:fe)? de la diplomatie\b", re.I), "ministre des Affaires étrangères"),
    (re.compile(r"\bforeign policy chief\b", re.I), "foreign minister"),
    # The American head of diplomacy is the Secretary of State ("secrétaire d'État" alone is a junior minister).
    (re.compile(r"\bsecrétaire d'État (?:américaine?|des États-Unis)\b", re.I),
     "ministre des Affaires étrangères américain"),
    (re.compile(r"\b(?:US |U\.S\. )?Secretary of State\b", re.I), "US foreign minister"),
    # A press secretary is the spokesperson a later "the spokeswoman said" names.
    (re.compile(r"\bpress secretary\b", re.I), "spokesperson"),
    (re.compile(r"\btop diplomat\b", re.I), "foreign minister"),
    (re.compile(r"\b(?:chef(?:fe)? de l'État|chef(?:fe)? d'État)\b", re.I), "président"),
    # The head of an executive is its president: "le chef de l'exécutif espagnol" (président du
    # gouvernement), "la cheffe de l'exécutif européen" (présidente de la Commission).
    (re.compile(r"\bchef(?:fe)? de l'exécutif\b", re.I), "président"),
    # The Spanish head of government is its "président du gouvernement".
    (re.compile(r"\bchef(?:fe)? du gouvernement espagnol\b", re.I), "président du gouvernement espagnol"),
    (re.compile(r"\bchef(?:fe)? du gouvernement\b", re.I), "premier ministre"),
    (re.compile(r"\bhead of state\b", re.I), "president"),
    (re.compile(r"\bchief executive(?: officer)?\b", re.I), "CEO"),
    (re.compile(r"\bprésident(?:e)?-directeur(?:rice)? général(?:e)?\b", re.I), "PDG"),
    # English titles before a name: "Maryland Gov. Wes Moore" ... "the governor said".
    *((re.compile(rf"\b{abbr}\b\.?"), full) for abbr, full in (
        ("Gov", "Governor"), ("Sen", "Senator"), ("Rep", "Representative"), ("Col", "Colonel"),
        ("Gen", "General"), ("Lt", "Lieutenant"), ("Sgt", "Sergeant"), ("Capt", "Captain"), ("Maj", "Major"),
        ("Adm", "Admiral"), ("Cmdr", "Commander"), ("Supt", "Superintendent"), ("Det", "Detective"),
        ("Insp", "Inspector"))),
    # French newsroom periphrases for ministers and heads of the executive.
    (re.compile(r"\bgarde des [Ss]ceaux\b"), "ministre de la Justice"),
    # A magistrate of the parquet is its prosecutor: "la magistrate du parquet" after "La procureure, X".
    (re.compile(r"\bmagistrat(e?) du parquet\b", re.I), r"procureur\1"),
    # An "avocat général" is no lawyer but the prosecution's magistrate at a court of appeal: "son avocate" is not
    # her, "la magistrate" may be.
    (re.compile(r"\bavocat(e?) général(e?)\b", re.I), r"procureur\1 général\2"),
    (re.compile(r"\blocataire de Matignon\b", re.I), "premier ministre"),
    (re.compile(r"\blocataire de l'Élysée\b", re.I), "président"),
    (re.compile(r"\bpremier flic de France\b", re.I), "ministre de l'Intérieur"),
]


BODY_NOUNS = {"airline", "company", "firm", "agency", "carrier", "group", "board", "council", "union", "party",
              "network", "club", "team", "league", "federation", "compagnie", "entreprise", "groupe", "societe",
              "syndicat", "parti", "equipe"}
# What a business is called, and the body nouns a business's name does not hold: "the company" is no "Union".
TRADE_STEMS = {word[:5] for word in ("company", "firm", "airline", "carrier", "compagnie", "entreprise", "societe")}
NOT_TRADE_STEMS = {word[:5] for word in ("union", "party", "council", "league", "federation", "agency", "syndicat",
                                         "parti")}


def _names_a_body(role: str) -> bool:
    """Whether a role names where it is held: "Commons leader", "chef de la CGT"; not "chair", "Chief executive"."""
    words = re.findall(r"[\w'-]+", role)
    return any(w[:1].isupper() and (i or not is_role_word(key(w).replace(" ", "-"))) for i, w in enumerate(words))


# What a club's manager goes by: "the Villa manager" is "Villa boss X", "the Burnley boss" "Burnley head coach Y".
TEAM_HEADS_EN = {"boss", "manager", "coach"}


def _same_kind(head: str, role_words: list[str], heads: set[str]) -> bool:
    """Whether a role's words (`hwords`) are of the kind `head` names: the same head, or another word for a club's
    manager."""
    return same_head_word(head, role_words, heads) or (head in TEAM_HEADS_EN and bool(TEAM_HEADS_EN & set(role_words)))


def same_head_word(head: str, role_words: list[str], heads: set[str]) -> bool:
    """Whether a role's words hold `head`: "présidente" holds the role "président" names (either gender). Not a
    role word that qualifies the one before it: a "ministre déléguée" is no "déléguée", a "directeur général" no
    "général" ("premier ministre" is a "ministre")."""
    role_words = _without_complements(role_words, heads)
    role_words = [w for i, w in enumerate(role_words)
                  if not (i and role_words[i - 1] in heads and role_words[i - 1] not in PREMIER)]
    return head in role_words or any(w in heads and stem(w) == stem(head) for w in role_words)


_OF = {"de", "du", "des", "d", "of", "to", "for", "au", "aux", "a"}
_ARTICLES = {"le", "la", "les", "l", "the"}


def _without_complements(words: list[str], heads: set[str]) -> list[str]:
    """A role's words without the role words of its complements: "proche du Premier ministre", "conseiller du
    président", "chief of staff to the president" are no Premier ministre nor president."""
    kept: list[str] = []
    inside = False  # reading the role words of a complement ("du Premier ministre")
    prev = ""
    for w in words:
        w_bare = w.split("'")[-1] if w[:2] in {"d'", "l'"} else w
        if w in heads or w_bare in heads:
            inside = inside or prev in _OF or w[:2] == "d'"
            if not inside:
                kept.append(w)
            prev = w
            continue
        inside = False
        kept.append(w)
        if w not in _ARTICLES:
            prev = w
    return kept


_COURTESY_EN = {"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "lord", "lady", "the", "a", "an"}


def _named_in_role(role: str) -> set[str]:
    """The capitalised words of an English role that are no role word, in lowercase: the place, body or team it is
    held for ("NSW coach" -> {"nsw"}; "Chief Executive" -> none)."""
    return {key(w) for w in re.findall(r"(?<![\w'’-])[A-Z][\w-]*", DETS.sub("", role.strip()))
            if not is_role_word(key(w)) and key(w) not in _COURTESY_EN}


def one_of(phrase: str) -> str:
    """A role without its article nor "l'un des (deux)": "l'un des deux avocats de X" -> "avocats de X"."""
    phrase = DETS.sub("", phrase).strip()
    return re.sub(r"^(?:des|de\s+(?:ses|leurs|nos))\s+(?:(?:deux|trois|quatre|cinq|\d+)\s+)?", "", phrase, flags=re.I)


def role_heads(lang: str) -> set[str]:
    words = lexicon.ROLE_HEADS_FR if lang == "fr" else \
        lexicon.ROLE_HEADS_EN + lexicon.ROLE_TITLES_EN + lexicon.OCCUPATIONS_EN
    return {hwords(w)[0] for w in words}


# English ranks written before a name ("Det Supt Karen Ashby", "Lt Gen X", "Gov. Y"): the speaker's name keeps them.
RANK_BEFORE_EN = re.compile(r"(?:(?:Det|Insp|Supt|Chief|Rear|Gov|Sen|Rep|Col|Gen|Lt|Sgt|Capt|Maj|Adm|Cmdr)\.?\s+)+"
                            r"(?=[A-Z])")


def rank_before(name: str) -> str:
    """ "Det Supt Karen Ashby" -> "Det Supt": the ranks before a name, a role a later "the detective" or "the
    superintendent" refers back to even when the post gave the person another role in apposition."""
    rank = RANK_BEFORE_EN.match(name)
    return rank.group(0).strip() if rank else ""


def role_norm(text: str) -> str:
    for pattern, replacement in ROLE_SYNONYMS:
        text = pattern.sub(replacement, text)
    return text


FEMININE_TITLES = {"la", "une", "mme", "mrs", "mrs.", "ms", "ms.", "madame", "spokeswoman", "chairwoman", "queen",
                   "congresswoman", "reine"}
MASCULINE_TITLES = {"le", "un", "m.", "mr", "mr.", "monsieur", "spokesman", "chairman", "king", "congressman", "roi"}


def _has_feminine(word: str) -> bool:
    """Whether a French role noun's feminine is another listed word: "avocat" (avocate), "directeur" (directrice),
    "chef" (cheffe), "doyen" (doyenne); not "ministre" or "juge", either gender."""
    forms = (word + "e", word + "ne", word + "fe", word[:-3] + "rice", word[:-3] + "euse", word[:-2] + "ère")
    return word not in lexicon.FEMININE_ROLE_FR and any(f in lexicon.FEMININE_ROLE_FR for f in forms)


MASCULINE_ROLE_FR = {w for w in lexicon.ROLE_HEADS_FR if _has_feminine(w)}


def gender_of(words: list[str], lang: str | None = None) -> str | None:
    """The gender the first words of a subject give: its article, a title, or a feminine role noun (French
    only: the English "Premier", "chef" or "expert" is anyone)."""
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
    # ("l'avocate": the elided article is no part of the role noun, which alone tells the gender.)
    bare = (re.sub(r"^[ld]['’]", "", w) for w in words)
    head = next((w for w in bare if is_role_word(key(w).replace(" ", "-"))), None)
    if head and head in lexicon.FEMININE_ROLE_FR and head != "porte-parole" and lang != "en":
        return "f"
    if head in MASCULINE_ROLE_FR and lang != "en":
        return "m"  # "l'avocat" is no woman: the role has a feminine of its own ("l'avocate")
    if head in {"spokesman", "chairman", "king", "roi"}:
        return "m"
    return None


def is_role_word(word: str) -> bool:
    return word in ROLE_KEYS


def role_words(words: list[str], lang: str) -> list[str]:
    """The words (`hwords`) of a phrase that are role words. In French "premier" is one only before "ministre":
    "premier long métrage de la Liégeoise X", "Premier témoin, le policier X" are ordinals, not roles."""
    return [w for i, w in enumerate(words) if is_role_word(w) and not (lang == "fr" and ordinal_premier(words, i))]


PREMIER = {"premier", "premiere"}


def ordinal_premier(words: list[str], i: int) -> bool:
    """Whether `words[i]` (`hwords`) is "premier" as an ordinal ("premier long métrage", "Premier témoin"): a role
    word only before "ministre"."""
    return words[i] in PREMIER and words[i + 1:i + 2] != ["ministre"]


def _owned_words(words: list[str], lang: str) -> list[str]:
    """The words (`hwords`) of an English role after its owner's possessive: "the judge's clerk" is a clerk, "the
    minister's spokesman" a spokesman, not the judge nor the minister ("judge's" is `hwords`' "judge-s")."""
    owners = [i for i, w in enumerate(words) if w.endswith("-s")] if lang == "en" else []
    return words[owners[-1] + 1:] if owners else words


def hwords(text: str) -> list[str]:
    """Words without case or accents, hyphens kept: "Porte-parole du Kremlin" -> porte-parole, du, kremlin."""
    return [key(w).replace(" ", "-") for w in re.findall(r"[\w'-]+", text) if key(w)]


CLAUSE_VERB = {"fr": (FR_COMPOUND, FR_SIMPLE, AUX_WORDS["fr"]), "en": (EN_VERB, AUX_WORDS["en"])}


def stem(word: str) -> str:
    """A word's first letters, for its inflections ("ministre", "ministère"); a compound's, part by part: the
    préfète de la "Loire-Atlantique" is not the one of the "Loire" (not "kenya-s", "l-etat": a possessive, an
    elision)."""
    parts = word.split("-")
    return "-".join(part[:5] for part in parts) if len(parts) > 1 and min(map(len, parts)) >= 3 else word[:5]
