"""Who is speaking: a subject phrase resolved to a person (with role and gender) or an organisation,
against the speakers of this post and of the blog's recent posts. When unsure, nobody."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from liveline.intel import kin, lexicon
from liveline.intel.context import BlogContext, Speaker, latest_speaker, seen_names
from liveline.intel.entities import Gazetteer, Mention
from liveline.intel.given_names import given_names
from liveline.intel.names import (
    ACRONYM,
    COUNTRY_ACRONYMS,
    GLUED_ADVERBS_EN,
    KIN_AFTER,
    KIN_BEFORE,
    POST_NOMINALS,
    TIME_WORDS,
    TITLES_BEFORE_EN,
    TITLES_EN,
    given_first_names,
)
from liveline.intel.organisations import (
    ANY_BODY,
    ANY_BODY_WORDS,
    CUT_HEADS_FR,
    DATA_OF,
    KIND_ACRONYMS,
    KIND_IN_NAME_FR,
    MET_WITH,
    ORG_NOUN,
    ORG_NOUN_EN,
    ORG_OF_ITS_OWN,
    PUBLIC_BODY,
    PUBLIC_NOUN,
    SPOKE_WHERE,
    can_be_of_kind,
    gives_kind,
    name_stems,
    noun_stem,
    org_body,
    whole_body_name,
    without_kind_after,
)
from liveline.intel.roles import (
    CLAUSE_VERB,
    DEMONYM_ADJ,
    NOT_TRADE_STEMS,
    TRADE_STEMS,
    RoleReferences,
    gender_of,
    hwords,
    is_role_word,
    one_of,
    role_heads,
    role_words,
    stem,
)
from liveline.intel.speech import (
    CLAUSE_STOPS,
    DETS,
    EN_VERB,
    FR_COMPOUND,
    FR_SIMPLE,
    INDEFINITE_EN,
    INDEFINITE_FR,
    INSTITUTION,
    LOWER_WORD,
    NAME_LIKE,
    ROLE_SUBJECT,
    UNNAMED,
    after_leading_adverbial,
    capitalised,
)
from liveline.intel.text import Span, key, quoted_spans
from liveline.intel.titles import (
    CIVIL_FR,
    COMMON_FR,
    COUNCILLOR,
    COURTESY,
    DOCTOR_FR,
    DR,
    DRE,
    ENGLISH,
    FRENCH,
    LAWYER_FR,
    MAITRE,
    ME,
    MGR,
    MLLE,
    MM,
    MME,
    MMES,
    PR,
    TITLES,
    M,
    either,
)


class Resolver(RoleReferences):
    """Finds the speaker a subject phrase names, with this post's speakers and the blog's context."""

    def __init__(self, lang: str, mentions: list[Mention], context: BlogContext | None, gaz: Gazetteer,
                 text: str = "", sentences: list[Span] | None = None):
        self.lang = lang
        self._local_roles = _local_roles(text, mentions, lang)
        self._local_genders = _local_genders(text, mentions, self._local_roles, lang)
        if context:
            for name, role in self._local_roles.items():
                context.roles.setdefault(name, role)
        # "Le procès de Kévin X s'est ouvert": whom "l'accusé" names, in this post and the blog's later ones.
        self._tried_here = _tried_people(text, mentions) if lang == "fr" else []
        if context:
            context.tried += [n for n in self._tried_here if n not in context.tried]
        self.mentions = mentions
        self.context = context
        self.gaz = gaz
        self.post: list[Speaker] = []
        self.unresolved = False  # someone this post could not name spoke last
        self._named_at: int | None = None
        self._pos = 0
        self._quoted = quoted_spans(text)
        self._text = text
        self._sents = sentences or []
        # What this post's quotes report, in text offsets, and who said it (None: nobody named).
        self.said_spans: list[tuple[int, int, str | None]] = []
        # Every role this post gave each speaker as they spoke (the last one is in `post`).
        self.said_roles: dict[str, list[str]] = {}
        self.unnamed_role: str | None = None  # a French role subject the last attribution could not name
        # "Le roi est resté sur place. « ... », a-t-il lancé": the last sentence subject that was a
        # role, with the person it names (or None), is what a following pronoun refers to.
        self.topic: tuple[int, Speaker | None, int] | None = None
        # Every subject phrase asked about, (offset, phrase): what the learned fallback reads (attribution.py).
        self.subjects: list[tuple[int, str]] = []
        # Bodies a rule built from the words when the model saw none, and where each first spoke: "Health New
        # Zealand says ..., the agency said" means the body a rule read, as much as one the model found.
        self.bodies: dict[str, int] = {}
        if lang == "en":
            self.mentions = [self._whole_person(m) if m.type == "person" else m for m in mentions]

    def role_subject(self, sentence: str, start: int) -> None:
        """Remember a sentence whose subject is a role ("Le chef de l'exécutif a réuni..."), or someone unnamed
        ("Un pêcheur a raconté ...": a following "a-t-il dit" is him, nobody the blog named)."""
        unnamed = INDEFINITE_SUBJECT.match(sentence) or (self.lang == "fr" and INDEFINITE_DESCRIBED.match(sentence)) \
            or LED_INDEFINITE_SUBJECT.match(sentence) or self._placed_someone(sentence, start)
        if not unnamed and self.lang == "fr" and (owned := OWNED_BYSTANDER_FR.match(sentence)) and \
                key(owned.group("np")) in BYSTANDERS_FR and \
                not any(m.type == "person" and start <= m.start < start + len(sentence) for m in self.mentions):
            # "Son voisin, lui, rangeait ses affaires. « ... », a-t-il grogné": someone met beside a person, whom
            # the post does not name, is nobody the blog named either.
            unnamed = owned
        if unnamed and not any(m.type == "person" and start <= m.start < start + unnamed.end()
                               for m in self.mentions):
            gender = "f" if unnamed.group(0).split()[0] == "Une" else None
            self.topic = (start + unnamed.end("np"), Speaker("", None, gender), start + len(sentence))
            return
        if skip := after_leading_adverbial(sentence):
            # "En conférence de presse, le sélectionneur des Bleus a refusé ...": where, then the subject.
            sentence, start = sentence[skip:skip + 1].upper() + sentence[skip + 1:], start + skip
        elif self.lang == "fr" and (lead := PARTICIPLE_LEAD.match(sentence)):
            # "Interrogé par la présidente, Nathalie X, l'accusé a longtemps gardé la tête baissée": the clause
            # and the name of its agent come before the subject.
            skip = lead.end()
            sentence, start = sentence[skip:skip + 1].upper() + sentence[skip + 1:], start + skip
        m = ROLE_SUBJECT.match(sentence)
        # ("L'entraîneur espagnol": the elided article is not part of the role word.)
        if not m or not any(is_role_word(w) for w in hwords(re.sub(r"^[Ll]['’]", "", m.group("np")))[:3]):
            if self.lang == "fr":
                self._person_subject(sentence, start)
            return
        end = start + m.end("np")
        # (An organisation inside the role is where it is held: "le sélectionneur des Bleus".)
        np_start = start + m.start("np")
        if any(start <= p.start < end for p in self.mentions if p.type == "person") or \
                any(p.start <= np_start < p.end for p in self.mentions if p.type == "organisation") or \
                any(end <= p.start < start + m.end() for p in self.mentions if p.type == "person"):
            return  # "La ministre de la Culture, Rachida Dati, s'est rendue": a name, not a role, is the subject
        self._pos = start
        found = self.role(m.group("np"))
        if found is None:
            found = Speaker("", None, gender_of(m.group(0).lower().split()))
        elif found.name and self.context and not self.roles_held(self._person(found.name)):
            # "Luis Enrique a salué ... L'entraîneur espagnol a dédié le titre": the role is his for the blog's
            # later posts ("l'entraîneur a répondu").
            self.context.roles.setdefault(found.name, DETS.sub("", m.group("np")).strip())
        self.topic = (end, found, start + len(sentence))

    def _placed_someone(self, text: str, start: int, whole: bool = False) -> re.Match | None:
        """ "A Newtown cafe owner told", "A Ryanair pilot said": an indefinite subject whose one capitalised word
        is a place or a body (where the person lives or works) still names nobody. `text` is the subject alone
        when `whole`, else a sentence that opens on the subject and its verb."""
        m = re.fullmatch(PLACED_INDEFINITE, text) if whole else PLACED_INDEFINITE_SUBJECT.match(text)
        # (Whatever the model took the place for, or if it missed it, but never a person.)
        if m and not any(x.type == "person" and x.start == start + m.start("place") for x in self.mentions):
            return m
        return None

    def _person_subject(self, sentence: str, start: int) -> None:
        """ "L'accusé a longtemps gardé la tête baissée", "Le Slovène devance Jonas X": a sentence whose subject is
        a person the post describes by a word that is no role (a trade, a nationality, "l'accusé", "la victime")
        is about that person. A following "a-t-il lâché" is the person the word names (the one on trial, the
        one of that nationality...) or nobody: never a witness or a rival named earlier."""
        m = DESCRIBED.match(sentence)
        after = PERSON_SUBJECT_AFTER.match(sentence, m.end("noun")) if m else None
        if not after or (after.group("aside") and any(
                x.type == "person" and start + after.start("aside") <= x.start < start + after.end("aside")
                for x in self.mentions)):
            return  # ("Le prévenu, Paul X, a dit": a name in apposition is read as such.)
        noun = key(m.group("noun"))
        if not (noun in lexicon.TRIED_FR or noun in lexicon.OCCUPATIONS_FR or noun in PERSON_NOUNS or
                _nationality(m.group("noun"))) or \
                any(x.type == "organisation" and x.start <= start + m.start("noun") < x.end for x in self.mentions):
            return  # ("Le Parisien a révélé": a newspaper the model found is no person.)
        self._pos = start
        found = self._described(m.group("det") + (" " if m.group("det")[-1] not in "'’" else "") + m.group("noun"),
                                start)
        self.topic = (start + m.end("noun"), found or Speaker("", None, None), start + len(sentence))

    def _tried(self) -> str | None:
        """The one person this post, else the blog, said is on trial; nobody when there are several."""
        names = self._tried_here or (self.context.tried if self.context else [])
        return names[0] if len(set(names)) == 1 else None

    def _sentence_index(self, pos: int) -> int | None:
        """Which of the post's sentences holds the offset `pos`."""
        return next((i for i, x in enumerate(self._sents) if x.start <= pos < x.end), None)

    def _sentence_at(self, pos: int) -> Span | None:
        i = self._sentence_index(pos)
        return None if i is None else self._sents[i]

    def candidates(self) -> list[Speaker]:
        recent = list(reversed(self.post))
        if self.context:
            recent += [s for s in reversed(self.context.speakers) if all(s.name != p.name for p in recent)]
        return recent

    def pronoun(self, word: str, pos: int) -> Speaker | None:
        gender = (lexicon.PRONOUNS_FR if self.lang == "fr" else lexicon.PRONOUNS_EN).get(word.lower())
        if not gender or (self.lang == "fr" and self._answers_the_question(pos)):
            return None
        if self.lang == "fr" and (tried := self._tried_just_named(gender, pos)) is not None:
            return tried
        # People named earlier in this post come first ("Kaja Kallas will travel... She has accused"),
        # then this post's speakers, then the blog's recent speakers.
        # A name inside a quote ("Rest in peace, Pope Francis!" he wrote) is not who speaks.
        named = [m for m in self.mentions if m.type == "person" and m.end <= pos
                 and not self._in_quote(m.start) and not self._owner(m)
                 and not self._in_apposition(m) and not self._namesake(m)]
        if any(self.lone_word(m.canonical) for m in named):
            # "She thanked the crews, who had driven from Mackay": a lone word the model took for a person is no one
            # a pronoun means, and when no other person of this post may be, not someone of an earlier post either.
            named = [m for m in named if not self.lone_word(m.canonical)]
            if not any(self._person(m.canonical).gender in (gender, None) for m in named):
                return None
        # "Sunak said he had called Sir Keir Starmer. '...,' he said", "Darmanin a confirmé que l'assaillant,
        # Mohammed M., était fiché. « ... », a-t-il lâché": a person named in what someone said is not who a
        # pronoun after it means.
        # (Also when no rule read yet who said it, for a name well inside the words: "Il a aussi exprimé son
        # affection pour Harry. « ... », a-t-il dit" is not Harry.)
        named = [m for m in named if not any(a <= m.start < b and (who and who != m.canonical or who == "" and
                                                                   self.lang == "fr" and
                                                                   len(self._text[a:m.start].split()) >= 3 and
                                                                   not self._subject_of_open_words(m, a, b))
                                             for a, b, who in self.said_spans)]
        sent = self._sentence_at(pos)
        if sent and (self._text[pos - 1: pos] == "-" or
                     re.search(r"[,»”\"]\s*$", self._text[sent.start: pos])):
            # "L'assaillant s'en est pris à Dominique Bernard, a-t-il expliqué": an inverted or trailing
            # pronoun reports the words before it, and a person named there is not who speaks them (but
            # "Marine Le Pen, elle, a dit" is she).
            # (Nor "Kearney, on the sideline mic: '...,' he says": the name opening the sentence whose colon leads
            # into the quote.)
            named = [m for m in named if not (sent.start <= m.start and not re.fullmatch(
                r"\s*,\s*", self._text[m.end: pos]) and not (self.lang == "en" and self._opens_sentence(m) and
                                                           COLON_LEAD_EN.match(self._text, m.end, pos)))]
        if self.said_spans and self.post and (last := self.said_spans[-1])[2] == self.post[-1].name:
            # "« ... », a déclaré le chef de l'État, trois ans après l'assassinat de Samuel Paty. Il a
            # assuré": the one who spoke in the previous sentence, not a person named after his words.
            prev = self._sentence_at(last[0])
            if prev and sent and prev.end <= sent.start and not any(
                    prev.end <= x.start < sent.start for x in self._sents) and \
                    self.post[-1].gender in (gender, None):
                named = [m for m in named if not (prev.start <= m.start < prev.end and m.start > last[1]
                                                  and m.canonical != last[2])]
        if self.lang == "en" and (heard := self._spoke_just_before(gender, named, sent)):
            return heard
        # "Le maire de Pau, reçu à l'Élysée, doit retrouver Michel Barnier. « ... », a-t-il déclaré": a
        # person named after the role subject, in its sentence, is its object, not who "il" is.
        if self.topic and self.topic[0] <= pos and all(m.end <= self.topic[0] or m.start < self.topic[2]
                                                       for m in named):
            subject = self.topic[1]
            if subject.gender in (gender, None) or not subject.name:
                # The role named nobody we know: better no speaker than the last one named.
                return subject if subject.name and subject.gender in (gender, None) else None
        if self.lang == "fr" and self._text[pos - 1: pos] == "-" and \
                (body := self._opening_body(pos, gender, same=True)) is not None:
            # "La STIB prévoit un retour à la normale, a-t-elle indiqué": an inverted pronoun after words whose
            # subject is a body of its gender, nobody named between, is that body reporting its own plans.
            return body
        ordered = list(reversed(named))
        subject = self._subject_of_last_sentence(named)
        if subject is not None:
            first, other = subject
            if other is not None and all(self._gender_known(m) in (gender, None) for m in (first, other)):
                return None  # "Donald Trump et Vladimir Poutine se sont parlé. ..., a-t-il écrit": either
            if self._gender_known(first) in (gender, None):
                ordered.remove(first)
                ordered.insert(0, first)  # "Macron a reçu Zelensky. Il a affirmé": the subject, Macron
        local = [self._person(m.canonical) for m in ordered]
        if self.lang == "fr" and not any(p.gender in (gender, None) for p in local) and \
                (titled := self._titled_opener(pos)) is not None and titled.gender in (gender, None):
            # "Me Castagnet a plaidé la relaxe. « ... », a-t-il ironisé": a title and a surname the model missed,
            # opening this sentence or the one before, are the person the blog named in full.
            local = [titled, *local]
        if local and self.lang == "en" and (opener := self._opening_name(pos)) and opener.name:
            # "Modi visited the hospital, where he met X Ramesh. Ramesh, speaking from his bed, ... he said": a
            # surname the model missed opening this sentence or the one before comes before older subjects.
            i = self._sentence_index(pos) or 0
            near = self._sents[max(0, i - 1): i + 1]
            if any(re.match(re.escape(opener.name.split()[-1]) + r",\s", self._text[x.start: x.end]) for x in near) \
                    and not any(x.start <= m.start < x.end for x in near for m in named):
                local = [opener] + [p for p in local if p.name != opener.name]
        # ("La CGT appelle à un rassemblement. Elle dénonce ...": also when the people named before are all of the
        # other gender.)
        if self.lang == "fr" and all(p.gender not in (gender, None) for p in local) and \
                (body := self._opening_body(pos, gender)) is not None:
            return body
        if not local and self.lang == "en" and (opener := self._opening_name(pos)):
            if not opener.name:
                return None  # "Arteta, back on the training pitch, ...": someone the blog has not named
            local = [opener]
        if not local and not self.post and self.context and self.context.joint and \
                all(self._person(n).gender in (gender, None) for n in self.context.joint):
            return None  # "Trump and Putin spoke by phone." then '"It was productive," he said': either
        previous_post = []
        if self.context:
            # The previous post's people: those who spoke, most recent first, then the others in text
            # order (the first named is most often the subject: "Macron a reçu Zelensky.").
            speakers = {s.name: i for i, s in enumerate(self.context.speakers)}
            people = sorted(self.context.last_people, key=lambda n: (n not in speakers, -speakers.get(n, 0)))
            # ("André Corrêa", the model's name, spoke as "André Corrêa do Lago": the same person.)
            previous_post = [self._person(next((n for n in speakers if self.lang == "en" and n != name
                                                and n.startswith(name + " ")), name)) for name in people]
            # "Le directeur des opérations de Red Eléctrica, Eduardo Prieto, ..." then "« ... », a-t-il ajouté":
            # what another person's role names (a body the model took for a person) is not who speaks.
            previous_post = [p for p in previous_post if not any(
                q.name != p.name and re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)", r)
                for q in previous_post for r in self.roles_held(q))]
        seen = set()
        for s in [*local, *self.candidates()[: len(self.post)], *previous_post, *self.candidates()]:
            if s.name in seen:
                continue
            seen.add(s.name)
            if self._is_organisation(s.name):
                # "he", "she": a person; "it" is asked elsewhere. A French pronoun agrees with the article this
                # post gave the organisation ("la SNCF ... a-t-elle ajouté"): without one ("a rappelé France
                # Télévisions. « ... », a-t-il lancé"), or of the other gender, it is someone else.
                if self.lang == "en" or self._article_gender(s.name) != gender:
                    continue
                return s
            if s.gender == gender:
                return s
            if s.gender is None:
                # "a-t-elle déclaré" tells her gender: a later "a-t-il ajouté" is someone else.
                return Speaker(s.name, s.role, gender)
        return None

    def _tried_just_named(self, gender: str, pos: int) -> Speaker | None:
        """ "La présidente s'est tournée vers l'accusé ; il a répété", "... vers le prévenu. Celui-ci a assuré": a
        pronoun opening the clause right after one that ends on the person on trial, when the subject of that
        clause is of the other gender (or the pronoun a demonstrative), is the person on trial."""
        before = self._text[max(0, pos - 300): pos]
        m = re.search(r"(?:\s|['’])(?P<noun>accusée?|prévenue?)\s*[.!?;]\s*$", before)
        if not m or ("f" if m.group("noun").endswith("e") else "m") != gender:
            return None
        if self._text[pos: pos + 9].lower() not in ("celui-ci ", "celle-ci "):
            # ("Le président a interrogé l'accusé. Il a ensuite suspendu l'audience": the subject goes on.)
            opening = re.search(r"(?:^|[.!?;«»\"“”]\s*)(?P<clause>[^.!?;«»\"“”]*)$", before[: m.start()])
            other = {"m": r"(?:La|Elle)\s", "f": r"(?:Le|Il)\s"}[gender]
            if not re.match(other, opening.group("clause")):
                return None
        name = self._tried()
        person = self._person(name) if name else None
        if person is None or person.gender not in (gender, None):
            return None
        return Speaker(person.name, None, person.gender or gender)

    def _answers_the_question(self, pos: int) -> bool:
        """ "« N'avez-vous pas menti ? », a demandé l'avocate. Elle a reconnu un « oubli »": a pronoun that opens an
        answer to the question quoted in the sentence just before is the one asked, not who asked it, and the
        question only says who that is through an object pronoun: nobody."""
        if not self.said_spans or not ANSWER_FR.match(self._text, pos):
            return False
        start, end, who = self.said_spans[-1]
        sent, asked = self._sentence_at(pos), self._sentence_at(start)
        i = self._sentence_index(pos)
        return bool(who) and sent is not None and asked is not None and i is not None and i > 0 and \
            self._sents[i - 1] == asked and self._text[start:end].rstrip().endswith("?")

    def lone_word(self, name: str) -> bool:
        """A single word the model took for a person that only ever follows a preposition of place or origin
        ("une retraitée de Laval", "driven from Mackay") and that nothing else makes one: no first name, no role in
        apposition ("Mounia, la mère de Nahel"), it never spoke, no fuller name of the post, the blog or the
        newsroom list ends with it. Too weak to be who a
        pronoun or the learned fallback means."""
        own = [m for m in self.mentions if m.canonical == name]
        if not own or len(name.split()) > 1 or name in given_first_names() or name in self.gaz.genders or \
                self._person(name).role or any(s.name == name for s in self.candidates()):
            return False
        if not all(PLACE_PREPOSITION.search(self._text[max(0, m.start - 8): m.start]) and
                   not re.match(r"\s*,\s*(?:le|la|l['’]|the|an?)\s*\w", self._text[m.end:], re.I) for m in own):
            return False
        people = {m.canonical for m in self.mentions if m.type == "person"} | set(seen_names(self.context, "person"))
        return not any(n != name and n.split()[-1] == name for n in people | set(self.gaz.genders))

    def _spoke_just_before(self, gender: str, named: list[Mention], sent: Span | None) -> Speaker | None:
        """ "The chair of judges, the broadcaster Simon Pryce, said ... '...,' he said", the model taking him for a
        body: the person of that gender who spoke in the sentence right before, when no person was named since
        the start of that sentence, is who the pronoun means (not someone named in an older sentence)."""
        if not self.said_spans or not self.post or sent is None or self.said_spans[-1][2] != self.post[-1].name:
            return None
        last = self.post[-1]
        prev = self._sentence_at(self.said_spans[-1][0])
        if last.gender != gender or prev is None or prev.end > sent.start or \
                any(prev.end <= x.start < sent.start for x in self._sents) or \
                any(m.canonical == last.name or prev.start <= m.start for m in named):
            return None
        return last

    def _opening_body(self, pos: int, gender: str, same: bool = False) -> Speaker | None:
        """ "La direction de Cœur de Bocage a réagi dans un communiqué. Elle dit ...": the organisation that opens
        the sentence before a French pronoun, with an article of its gender ("la direction de" is "elle"), when no
        person was named there. `same`: the sentence of the pronoun itself, up to it ("La STIB prévoit un retour
        à la normale, a-t-elle indiqué")."""
        i = self._sentence_index(pos)
        if i is None or not (i or same):
            return None
        prev = self._sents[i] if same else self._sents[i - 1]
        end = pos if same else prev.end
        text = self._text[prev.start: end]
        lead = re.match(r"\s*(?:(?P<direction>(?:la|le)\s+direction\s+(?:de\s+|d['’]))|(?P<art>la|le)\s+|l['’])?", text,
                        re.I)
        body = next((m for m in self.mentions if m.type == "organisation" and text.startswith(m.text, lead.end())
                     and not text[lead.end() + len(m.text):][:1].isalnum()), None)
        if body is None or any(m.type == "person" for m in self.mentions if prev.start <= m.start < end):
            return None
        said = "f" if lead.group("direction") else {"la": "f", "le": "m"}.get((lead.group("art") or "").lower()) or \
            self._article_gender(body.canonical)
        return Speaker(body.canonical, None, None) if said == gender else None

    def _article_gender(self, name: str) -> str | None:
        """The gender of the article this post put before an organisation: "la SNCF" f, "le Kremlin" m."""
        for m in self.mentions:
            if m.canonical == name and m.type == "organisation":
                art = re.search(r"(?:^|[\s'’])(le|la|du|au)\s+$", self._text[max(0, m.start - 4): m.start], re.I)
                if art:
                    return "f" if art.group(1).lower() == "la" else "m"
        return None

    def joint_subjects(self) -> tuple[str, str] | None:
        """The two people the post's last sentence naming several made joint subjects ("X and Y spoke")."""
        named = [m for m in self.mentions if m.type == "person" and not self._in_quote(m.start)]
        found = self._subject_of_last_sentence(named)
        if found and found[1] is not None:
            return found[0].canonical, found[1].canonical
        return None

    def _gender_known(self, m: Mention) -> str | None:
        spoke = next((s for s in self.candidates() if s.name == m.canonical and s.gender), None)
        return self.gaz.genders.get(m.canonical) or self._local_genders.get(m.canonical) or \
            (spoke.gender if spoke else None) or name_gender(m.canonical)

    def _subject_of_last_sentence(self, named: list[Mention]) -> tuple[Mention, Mention | None] | None:
        """The person who is the subject of the last sentence that named people, when another person
        was named after them there, and the person coordinated with them ("X et Y ont ..."), if any."""
        if len(named) < 2:
            return None
        last = named[-1]
        sent = self._sentence_at(last.start)
        if sent is None:
            return None
        inside = [m for m in named if sent.start <= m.start < sent.end]
        if len(inside) < 2:
            return None
        first = inside[0]
        lead = self._text[sent.start:first.start]
        if self.lang == "en":
            # "Speaking later to reporters from his country, Alcaraz was asked about his coach, X": a participle
            # clause before the subject is not a verb of its own.
            lead = re.sub(r"^\s*(?:[A-Z][a-z]+ing|Asked|Questioned|Interviewed)\b[^,;:]*,\s*", "", lead)
        if len(lead.split()) > 8 or any(p.search(lead) for p in CLAUSE_VERB[self.lang]) or \
                re.search(r"\b(?:à|de|du|des|par|avec|selon|pour|chez|contre|to|of|by|with|for|after|"
                          r"according)\s*$|d'$", lead, re.I):
            return None
        between = self._text[first.end:inside[1].start]
        # "X et Y ont signé", "X and US President Y spoke": joint subjects, titles allowed between.
        joint = re.fullmatch(r"\s*,?\s*(?:et|and)\b[^,.;:]{0,50}|\s*,\s*", between) and \
            not any(p.search(between) for p in CLAUSE_VERB[self.lang])
        other = inside[1] if joint else None
        return first, other

    def roles_held(self, person: Speaker) -> list[str]:
        """Every role something gave the person: the speaker itself, this post, the blog, the newsroom list."""
        return [r for r in [person.role, self._local_roles.get(person.name),
                            self.context.roles.get(person.name) if self.context else None,
                            *self.gaz.roles.get(person.name, [])] if r]

    def _person(self, name: str) -> Speaker:
        """What this post and the blog know of a person: role and gender."""
        spoke = next((s for s in self.candidates() if s.name == name), None)
        role = self._local_roles.get(name) or (self.context.roles.get(name) if self.context else None)
        gender = self.gaz.genders.get(name) or self._local_genders.get(name) or name_gender(name)
        if spoke:
            # "Le Premier ministre, François Bayrou, a engagé... « ... », a-t-il lancé": he spoke
            # through a pronoun, the role came with his name.
            if (spoke.role or not role) and (spoke.gender or not gender):
                return spoke
            return Speaker(spoke.name, spoke.role or role, spoke.gender or gender)
        return Speaker(name, role, gender)

    def _tier(self, name: str) -> int:
        """How near a person is to the words being read: 0 this post, 1 the previous post, 2 earlier."""
        if any(s.name == name for s in self.post) or any(m.canonical == name and m.type == "person"
                                                          and m.start < self._pos for m in self.mentions):
            return 0
        return 1 if self.context and name in self.context.last_people else 2

    def _reported_only(self, name: str) -> bool:
        """A person this post named only inside what someone said ("grateful that Trump was safe")."""
        named = [m for m in self.mentions if m.type == "person" and m.canonical == name and m.start < self._pos]
        return bool(named) and all(s.name != name for s in self.post) and \
            all(any(a <= m.start < b and who and who != name for a, b, who in self.said_spans) for m in named)

    def _lone_subject(self, gender: str | None, said_as: str) -> Speaker | None:
        """The one person an English post named so far, opening a sentence, before anyone spoke in it and
        with no role the post, the blog or the newsroom list gives them: whom a bare role names."""
        named = {m.canonical: m for m in self.mentions if m.type == "person" and m.start < self._pos
                 and not self._in_quote(m.start)}
        covered = [(m.start, m.end) for m in self.mentions]
        unseen = [x for x in NAME_LIKE.finditer(self._text[: self._pos])
                  if not any(s <= x.start() < e for s, e in covered)]
        if self.post or len(named) != 1 or unseen or not self._opens_sentence(next(iter(named.values()))):
            return None
        # ... in the sentence right before the role's, or earlier in its own.
        at = next(iter(named.values())).start
        here = self._sentence_index(self._pos)
        there = self._sentence_index(at)
        if here is None or there is None or here - there > 1:
            return None
        person = self._person(next(iter(named)))
        if person.role or self.gaz.roles.get(person.name) or (gender and person.gender not in (gender, None)):
            return None
        return Speaker(person.name, said_as or None, person.gender or gender)

    def _counterpart(self, adj: str) -> Speaker | None:
        """ "« ... », lui a répondu son homologue française": the one other person the blog named who holds a role
        with the same head as the last speaker's ("ministre" for "ministre"), of the adjective's gender; nobody
        when there are several or the last speaker holds no role."""
        last = next(iter(self.candidates()), None)
        heads = self._held_heads(last) if last else set()
        gender = "f" if FEMININE_ADJ.search(adj) else "m" if MASCULINE_ADJ.search(adj) else None
        found = {p.name: p for p in self._recent_people() if p.name != last.name
                 and (gender is None or p.gender in (gender, None))
                 and heads & self._held_heads(p)} if heads else {}
        return Speaker(found.popitem()[1].name, None, gender) if len(found) == 1 else None

    def _held_heads(self, person: Speaker) -> set[str]:
        """The first words of the roles a person holds ("ministre" for "ministre des Sports")."""
        return {words[0] for r in self.roles_held(person) if (words := hwords(r))}

    def _recent_people(self) -> list[Speaker]:
        """People a role can refer back to, most recent first: this post's speakers and the people it
        named before the role, the previous post's people, then the blog's speakers and names."""
        names = [s.name for s in reversed(self.post)]
        names += [m.canonical for m in reversed(self.mentions) if m.type == "person" and m.start < self._pos]
        if self.context:
            names += list(reversed(self.context.last_people))
            names += [s.name for s in reversed(self.context.speakers)]
            # People the blog named lately, with the role it gave them ("President Emmanuel Macron").
            names += [n for n in reversed(list(self.context.entities)[-12:]) if self.context.entities[n] == "person"]
        out, seen = [], set()
        spoke = [s.name for s in self.post] + ([s.name for s in self.context.speakers] if self.context else [])
        for name in names:
            # "Amy Berman" (the model's name) spoke as "Amy Berman Jackson": the same person.
            name = next((n for n in spoke if n != name and re.search(rf"(?<!\S){re.escape(name)}(?!\S)", n)),
                        name)
            if name and name not in seen:
                seen.add(name)
                out.append(self._person(name))
        return out

    def speaker(self, subj: str, subj_start_abs: int) -> Speaker | None:
        self._pos = subj_start_abs
        self.subjects.append((subj_start_abs, subj))
        subj = subj.strip()
        # "..., and the airline's CEO warned": the conjunction joins clauses, it is not who speaks.
        subj = re.sub(r"^(?:and|but|et|mais)\s+(?=(?:the|le|la|l')\b)", "", subj, flags=re.I)
        if reply := REPLY_OF.match(subj):
            # "Réponse du ministre : « ... »": the one who answers (not what to: "Réaction du maire aux annonces").
            subj = {"la": "la ", "l": "l'", "du": "le ", "des": "les "}[reply.lastgroup] + \
                re.split(r"\s+(?:à|au|aux|sur|face\s+à)\s", subj[reply.end():], maxsplit=1)[0]
        if self.lang == "fr":
            # "a lâché le Tricolore après sa victoire face à Novak Djokovic": the circumstances after an
            # inverted subject are not who speaks.
            # ("contre" may be part of a role: "chargée de la lutte contre les discriminations".)
            # ... nor what they did next: "a lancé la cheffe du gouvernement avant d'engager sa responsabilité",
            # nor when: "a fait savoir l'Élysée avant son départ".
            subj = re.split(r"\s+(?:(?:après|face\s+à|lors\s+d|pendant|à\s+l'issue\s+d)(?![\w-])|"
                            r"avant\s+(?:de\s|d['’]|l['’]|(?:son|sa|ses|leur|leurs|le|la|les|un|une)\s)|"
                            # ... nor amid what: "a lancé la syndicaliste sous les applaudissements".
                            r"sous\s+(?:l['’]|(?:les|la|le|un|une|des)\s)|"
                            # ... nor what they did as they spoke, a gerund: "a lancé le cinéaste en recevant le
                            # prix des mains de X" (X is not who speaks; "en tant que" is a role).
                            r"en\s+(?!tant\s)[a-zéèêâîôûç]{2,}ant(?![\w-]))", subj, maxsplit=1)[0]
            # "affirme par téléphone le Dr X", "a confié au Parisien la ministre": how or to whom it was said,
            # between the verb and a titled or role subject, is not who speaks.
            subj = _without_how_said(subj)
            lead = re.match(r"(?:par|au|aux|à|sur|devant)\s+(?:[\w'’-]+\s+){1,3}?(?=(?:(?:le|la)\s+|l['’])?"
                            r"(?P<head>[\w.-]+))", subj)
            if lead and (lead.group("head") in TITLES_FR or is_role_word(key(lead.group("head")))):
                subj, subj_start_abs = subj[lead.end():], subj_start_abs + lead.end()
                self._pos = subj_start_abs
        if self.lang == "en" and (glued := _glued_adverb(subj)):
            # "Meanwhile Cleveland Police said": the sentence adverb is no part of who speaks.
            subj, subj_start_abs = subj[glued:], subj_start_abs + glued
            self._pos = subj_start_abs
        if self.lang == "en":
            # "The premier shot back: '...'", "The prosecutor disagreed:": the verb before the colon answers, the
            # subject is who.
            subj = re.sub(r"\s+(?:(?:shot|hit|fired|snapped)\s+back|disagreed|agreed|countered|retorted|"
                          r"responded|interjected|objected|(?:rejected|dismissed|disputed|denied)\s+(?:that|this|it))$",
                          "", subj)  # ("The mayor rejected that: '...'": what she rejected is no part of who)
        if self.lang == "en" and JOINED_VERB_FIRST_EN.fullmatch(subj) and \
                (apposed := self._apposed_before(subj_start_abs)) is not None:
            # "Doyle, the mine's chief executive, thanked the crews and said": the comma cut the subject off the
            # first verb; the name and its apposition before it speak.
            return self.speaker(*apposed)
        if self.lang == "en" and (joined := JOINED_EN.fullmatch(subj)):
            # "He apologized to passengers and said", "Ryanair has reported record profits but warned": the
            # subject of the first verb speaks, when it is a pronoun or a name the post gave.
            lead = joined.group("subj")
            if lead.lower() in {"he", "she"} or any(
                    m.start == subj_start_abs and m.text == lead and m.type in {"person", "organisation"}
                    for m in self.mentions):
                subj = lead
        if self.lang == "en" and (role := APPOSED_ROLE_EN.fullmatch(subj)) and is_role_word(key(role.group("head"))) \
                and (named := self._named_before_apposition(subj_start_abs)) is not None:
            # "Peter Lind, a lawyer representing the investors, welcomed the verdict but warned that": the
            # apposition the comma left as subject describes the name before it, who speaks.
            said_as = subj[subj.index(" ") + 1: role.end("head")]
            return Speaker(named.canonical, said_as, self._gender(named.text, named, named.start))
        if self.lang == "en" and (lead := LEAD_BEFORE_PRONOUN_EN.fullmatch(subj)):
            subj, subj_start_abs = lead.group("pron"), subj_start_abs + lead.start("pron")
        if not subj:
            return None
        first = subj.split()[0].lower().strip(",")
        if (first in {"il", "elle", "he", "she"} and len(subj.split()) <= 3) or \
                subj.lower() in {"lui", "him", "her"}:  # "selon lui", "according to her"; not "her office"
            if self.unresolved and not self._subject_since(subj_start_abs):
                return None
            return self.pronoun(first, subj_start_abs)
        if self.lang == "fr" and (gender := DEMONSTRATIVES_FR.get(subj.lower())):
            return self._tried_just_named(gender, subj_start_abs) or self._last_named(gender, subj_start_abs)
        if self.lang == "fr" and (gender := LATTER_FR.get(subj.lower().replace("è", "e"))):
            return self._latter(gender, subj_start_abs)
        self._named_at = subj_start_abs  # where the last subject other than a pronoun was read
        if self.lang == "fr" and (counterpart := COUNTERPART_FR.fullmatch(subj)):
            return self._counterpart(counterpart.group("adj") or "")
        if self.lang == "en" and ANONYMOUS_EN.search(subj) and \
                not any(m.type == "person" and subj_start_abs <= m.start < subj_start_abs + len(subj)
                        for m in self.mentions):
            # "A headteacher in Sparkhill, who asked not to be named, told us": whatever the noun, someone who would
            # not be named is nobody, and so is a "she said" after them.
            self.unresolved = True
            return None
        if self.lang == "en" and SOURCES_EN.fullmatch(subj):
            # "according to Garda sources", "Downing Street sources said": the name only says whose sources, and
            # the sources are nobody named (whatever the model took the name for).
            self.unresolved = True
            return None
        if self.lang == "en" and (CROWD_EN.fullmatch(subj) or UNNAMED_MEMBER_EN.fullmatch(subj) or
                                  (_someone(subj) and "," not in subj and not GAVE_NAME.search(subj))):
            # "Neighbours said", "A mother waiting outside a clinic in Small Heath told us": nobody named,
            # whatever the model took the word or the place for.
            self.unresolved = _someone(subj)
            return None
        if self.lang == "en" and PLURAL_DOING.match(subj) and \
                not any(m.start == subj_start_abs for m in self.mentions):
            # "Astronomers using the James Webb Space Telescope say", "Doctors treating the crew said": a bare plural
            # noun names nobody, and what its participle is about is no speaker.
            return None
        if self.lang == "en" and (described := DESCRIBED_EN.fullmatch(subj)) and \
                not self.gaz.find(described.group("adj") or described.group("demonym")) and \
                (described.group("adj") or described.group("demonym")) not in {"Guardian", "Vatican"}:
            found = self._described_en(described, subj_start_abs)
            self.unresolved = found is None
            return found
        if self.lang == "fr" and (nationality := DESCRIBED.fullmatch(subj)) and \
                _nationality(nationality.group("noun")):
            # "a lâché l'Espagnol": a nationality is never a name, whatever the model took it for.
            found = self._described(subj, subj_start_abs)
            self.unresolved = found is None
            return found
        if self.lang == "fr" and (won := self._winner(subj, subj_start_abs)) is not None:
            return won  # (before the roles: "ancien vainqueur d'étape" the blog gave someone else is no winner here)
        found = self._named(subj, subj_start_abs)
        if found is None and self.lang == "en":
            found = self._sole_person_described(subj, subj_start_abs)
        if found is None and self.lang == "fr":
            found = self._described(subj, subj_start_abs) or self._sole_subject_described(subj, subj_start_abs) \
                or self._only_one_of_gender(subj, subj_start_abs) or self._named_just_before(subj, subj_start_abs)
        # An unnamed spokesman spoke, or "a woman who asked not to be named": a following "il a ajouté" or
        # "she said" is them, not someone we know.
        described = found is None and self._described_among_several(subj, subj_start_abs)
        self.unresolved = found is None and (any(is_role_word(w) for w in hwords(subj)[:4]) or
                                             _someone(subj) or bool(self._placed_someone(subj, subj_start_abs, True))
                                             or _institution(subj) or described)
        if found is None and self.lang == "fr":
            self.unnamed_role = self._unnamed_role(subj, subj_start_abs)
        return found

    def _described_among_several(self, subj: str, pos: int) -> bool:
        """ "Kessié a égalisé, avant que Haller ne donne la victoire. « ... », a déclaré l'attaquant": a description
        no rule could resolve, after several people of this post, is one of them we cannot tell (a following
        "a-t-il ajouté" is that one too, not the first named). After one person only, it is most often them."""
        if self.lang != "fr":
            return False
        named = {m.canonical for m in self._people_before(pos)}
        return len(named) >= 2 and _described_person(subj)

    def _apposed_before(self, pos: int) -> tuple[str, int] | None:
        """The subject that opens the sentence before `pos` as a name and its apposition between commas
        ("Doyle, the mine's chief executive, "), with its offset, when a person or organisation opens it."""
        sent = self._sentence_at(pos)
        if sent is None:
            return None
        opening = APPOSED_NAME_EN.fullmatch(self._text[sent.start: pos])
        if opening is None:
            return None
        at = sent.start + opening.start("subj")
        if not any(m.start == at and m.type in {"person", "organisation"} for m in self.mentions):
            return None
        return opening.group("subj"), at

    def _named_before_apposition(self, pos: int) -> Mention | None:
        """The person whose name alone opens the sentence before `pos`, then a comma ("Peter Lind, ")."""
        sent = self._sentence_at(pos)
        if sent is None:
            return None
        return next((m for m in self.mentions if m.type == "person" and m.start == sent.start + len(
            self._text[sent.start: pos]) - len(self._text[sent.start: pos].lstrip()) and
            re.fullmatch(r",\s*", self._text[m.end: pos])), None)

    def _last_named(self, gender: str, pos: int) -> Speaker | None:
        """ "Claire Dubois a reçu Paul Roux, le président du club. Celui-ci a affirmé": a demonstrative that opens a
        sentence (after a short lead) means the name that ends the one before (with its apposition), when that is
        a person of its gender (not "Paul Roux a lu le rapport. Celui-ci indique": the last noun is a thing)."""
        last = next((m for m in reversed(self.mentions) if m.end <= pos
                     and not self._in_quote(m.start)), None)
        if last is None or last.type != "person" or self._gender_known(last) != gender or \
                not LAST_NAMED_THEN.fullmatch(self._text[last.end: pos]):
            return None
        return self._person(last.canonical)

    def _latter(self, gender: str, pos: int) -> Speaker | None:
        """ "entre le péquiste X et le chef conservateur Y. « ... », a lancé ce dernier": "ce dernier" is the last
        name read before it (outside quotes), when that is a person not known to be of the other gender (a
        body named last is what it means, not a person before it)."""
        last = next((m for m in reversed(self.mentions) if m.end <= pos
                     and not self._in_quote(m.start)), None)
        if last is None or last.type != "person" or self._gender_known(last) not in (gender, None):
            return None
        return self._person(last.canonical)

    def _described(self, subj: str, pos: int) -> Speaker | None:
        """ "a lâché la Française", "a expliqué le jeune homme de 22 ans": a person the post describes by
        nationality or age is someone this post named, found as a pronoun of the article's gender would
        be. "Le Français" only for a person the post did not give another nationality ("la Suissesse
        Julie Derron"); another nationality only for the person the post gave it."""
        # "a réagi le Slovène au micro de France 2": where they said it is not part of who said it.
        subj = re.sub(r"\s+(?:au|aux|à|sur|dans|devant|dès|en\s+marge)\s.*$", "", subj.strip())
        m = DESCRIBED.fullmatch(subj)
        if not m:
            return None
        noun = key(m.group("noun"))
        if noun in lexicon.TRIED_FR:
            # "a déclaré l'accusé": the one person the blog said is on trial, else nobody.
            name = self._tried()
            person = self._person(name) if name else None
            gender = "f" if noun in {"accusee", "prevenue"} else "m"
            if person is None or person.gender not in (gender, None):
                return None
            return Speaker(person.name, m.group("noun"), person.gender or gender)
        home = noun in {"francais", "francaise", "tricolore"}
        trade = noun in lexicon.OCCUPATIONS_FR
        if not (m.group("age") or noun.startswith("jeune") or trade or
                (not m.group("adj") and _nationality(m.group("noun")))):
            return None
        named = {x.canonical for x in self._people_before(pos) if not self._in_apposition(x)}
        if trade and not m.group("age") and len(named) != 1:
            # "Premier témoin, le policier Jonathan X, ... l'avocat Me Y ... a admis le policier": the one person the
            # post named right after that very word.
            given_it = {x.canonical for x in self.mentions if x.canonical in named and re.search(
                r"(?<![\w-])" + re.escape(m.group("noun")) + r"\s+(?:(?:" + _AFTER_TRADE + r")\s+)?$",
                self._text[max(0, x.start - 40): x.start], re.I)}
            if len(given_it) != 1:
                return None  # "prévient l'éleveur": only when the post named one person so far
            person = self._person(given_it.pop())
            return Speaker(person.name, person.role or m.group("noun"), person.gender)
        det = m.group("det").lower()
        feminine = det == "la" or (det.startswith("l") and det != "le" and noun in lexicon.OCCUPATIONS_FR_F)
        found = self.pronoun("elle" if feminine else "il", pos)
        mention = next((x for x in reversed(self.mentions) if found and x.type == "person" and x.end <= pos
                        and x.canonical == found.name and not self._in_quote(x.start)), None)
        if mention is None:
            return None  # only someone this post named
        given = re.search(r"([A-ZÉ][\w-]+)\s+$", self._text[max(0, mention.start - 30): mention.start])
        given = key(given.group(1)) if given and DEMONYM.match(key(given.group(1))) else None
        # "Roberto De Zerbi ... « ... », a regretté l'Italien": a nationality the post never gave names the one
        # person it named so far (after "X a battu Y", nobody).
        alone = given is None and len(named) == 1 and found.name in named
        if (home and given and given not in {"francais", "francaise"}) or \
                (not home and not trade and not m.group("age") and not noun.startswith("jeune") and given != noun
                 and not alone):
            return None
        if trade or m.group("age") or noun.startswith("jeune"):
            # "Jean Dupont, maire de Lens, ... a confié l'enseignante" (or "le jeune homme") is someone else:
            # a trade or an age only names a person nothing gave another role.
            held = self.roles_held(found)
            if any(hwords(r)[0] not in lexicon.OCCUPATIONS_FR for r in held) and \
                    not any(noun[:5] == w[:5] for r in held for w in hwords(r)):
                return None  # (another trade, "éleveur" then "agriculteur", is the same person described)
            if trade and not found.role:
                role = re.sub(r"\s+de\s+\d{1,3}\s+ans$", "", DETS.sub("", subj).strip())
                return Speaker(found.name, role, found.gender)  # "agriculteur haut-garonnais"
        return found

    def _sole_person_described(self, subj: str, pos: int) -> Speaker | None:
        """ "Jo Kerr has won the final. '...,' the two-time champion said": a description in lowercase words that
        is no role, body or crowd (after an age or a nationality: "the 24-year-old singer", "the Kenyan writer") is
        the one person the post named so far, when that person opened the sentence before; with two people named
        ("X beat Y"), or another age given them, nobody."""
        m = SOLE_DESCRIBED_EN.fullmatch(subj.strip())
        # (A trade no recent person holds may still describe the one person named: "the 24-year-old singer".)
        if not m or any((is_role_word(w) and w not in lexicon.OCCUPATIONS_EN) or w in KIN
                        for w in hwords(m.group("desc"))) or \
                CROWD_EN.fullmatch(subj.strip()) or ORG_NOUN_EN.fullmatch(subj.strip()) or \
                INSTITUTION.search(subj) or re.search(r"\b(?:\d+-year-old|man|woman|boy|girl|victim|suspect|"
                                                     r"witness|driver|passenger|resident|source|police)\b",
                                                     m.group("desc")):
            return None
        person = self._sole_person(pos)
        if person is None or (m.group("age") and self._aged_otherwise(person.name, m.group("age"), pos)):
            return None
        return Speaker(person.name, person.role or m.group("desc"), person.gender)

    def _aged_otherwise(self, name: str, age: str, pos: int) -> bool:
        """Whether this post gave the person another age right after their name ("Jo Kerr, 31,") than the
        description does ("the 24-year-old singer"): then it describes someone else."""
        for x in self.mentions:
            if x.type == "person" and x.canonical == name and x.end <= pos and \
                    (given := re.match(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*[,.]", self._text[x.end: x.end + 15])):
                return given.group(1) != age
        return False

    def _people_before(self, pos: int) -> list[Mention]:
        """The people this post named before `pos`, outside quotes, in text order."""
        return [m for m in self.mentions if m.type == "person" and m.end <= pos
                and not self._in_quote(m.start)]

    def _sole_person(self, pos: int) -> Speaker | None:
        """The one person the post named before `pos` (outside quotes), when they open the sentence just before."""
        named = self._people_before(pos)
        if len({x.canonical for x in named}) != 1:
            return None
        sent = self._sentence_at(pos)
        before = [x for x in self._sents if sent is not None and x.end <= sent.start]
        if not before or not any(x.start >= before[-1].start and self._opens_sentence(x) for x in named):
            return None  # (only the subject of the sentence just before)
        return self._person(named[0].canonical)

    def _sole_subject_described(self, subj: str, pos: int) -> Speaker | None:
        """ "X s'est imposé au sprint. « ... », a déclaré le champion du monde" (or "l'ailier fort", "le buteur"):
        a description in lowercase words that is no role, trade, relative or bystander is the one person the post
        named so far, when that person is the subject of one of its sentences, of the article's gender and given
        no role of another kind. With two people named, or one the model missed, nobody."""
        subj = re.sub(r"\s+(?:au|aux|à|sur|dans|devant|dès|en\s+marge)\s.*$", "", subj.strip())
        m = SOLE_DESCRIBED_FR.fullmatch(subj)
        if not m:
            return None
        words = hwords(m.group("desc"))
        # (A party label fits any member: "l'écologiste" is only the one who spoke last, see `_named`.)
        if any(is_role_word(w) or w in KIN or w in PERSON_NOUNS or w in PARTY_NOUNS or w in lexicon.TRIED_FR
               or w in BYSTANDERS_FR for w in words) or INSTITUTION.search(subj) or ORG_NOUN.search(subj):
            return None
        named = {x.canonical: x for x in self._people_before(pos)}
        covered = [(x.start, x.end) for x in self.mentions]
        unseen = [x for x in NAME_LIKE.finditer(self._text[:pos]) if not any(s <= x.start() < e for s, e in covered)
                  and not self._in_quote(x.start()) and not _described_by_nationality(x.group(0))]
        if len(named) != 1 or unseen:
            return None
        name = next(iter(named))
        if not any(x.canonical == name and x.type == "person" and x.end <= pos and
                   self._opens(x, self._sentence_at(x.start)) and not PASSIVE_AFTER_FR.match(self._text, x.end)
                   for x in self.mentions):
            # ("Le jury a primé le film de X", "X a été interpellé. « ... », a dit l'enquêteur": X is no
            # subject, or one who underwent what the sentence tells; the one describing it may be someone else.)
            return None
        person = self._person(name)
        gender = gender_of(subj.lower().replace("’", "'").split())
        held = [w for r in self.roles_held(person) for w in hwords(r)]
        if (gender and person.gender not in (gender, None)) or \
                (held and not any(stem(w) == stem(words[0]) for w in held)):
            return None
        return Speaker(person.name, person.role or m.group("desc"), person.gender or gender)

    def _only_one_of_gender(self, subj: str, pos: int) -> Speaker | None:
        """ "Anne X est élue présidente contre Marc Y. « ... », a déclaré la nouvelle présidente", "L'ancien
        journaliste a assuré": a description of a person (a role, a trade, a nationality or an epithet such as
        "le vainqueur") whose gender the article or the noun tells is the one person of that gender this post
        named so far, when every other person it named is of the other gender and that person spoke or is the
        subject of a sentence. A role or a trade must be one they were given (a former role, "l'ancienne
        eurodéputée", may differ from the one held now); a nationality not another one they were given."""
        subj = _without_where_said(subj)
        m = PERSON_DESCRIBED_FR.fullmatch(subj)
        if not m or INSTITUTION.search(subj) or ORG_NOUN.search(subj):
            return None
        words = hwords(m.group("desc"))
        former = any(w in FORMER_FR for w in words)
        nouns = [w for w in words if w not in EPITHET_MODIFIERS_FR]
        if not nouns or not _person_noun(nouns[0]) or any(
                w in KIN or w in PERSON_NOUNS or w in PARTY_NOUNS or w in lexicon.TRIED_FR or w in BYSTANDERS_FR
                for w in words):
            return None
        gender = gender_of(subj.lower().replace("’", "'").split()) or _elided_gender(subj)
        if gender is None:
            return None
        named = self._people_before(pos)
        fitting = {x.canonical for x in named if self._gender_known(x) != ("m" if gender == "f" else "f")}
        if len(fitting) != 1:
            return None
        name = fitting.pop()
        person = self._person(name)
        if person.gender != gender or not (any(s.name == name for s in self.post) or any(
                x.canonical == name and self._opens_clause(x) and not PASSIVE_AFTER_FR.match(self._text, x.end)
                for x in named)):
            return None  # ("La police a interpellé X. « ... », a dit le commissaire": X underwent, someone else tells)
        held = [hwords(r) for r in self.roles_held(person)]
        head = nouns[0]
        own = _own_words(m.group("desc") + (m.group("of") or ""), head)
        if not former and head not in EPITHETS_FR and not any(
                stem(r[0]) == stem(head) and all(w in r for w in own) for r in held if r):
            # A role or a trade only names someone given it, with its words ("Paul X, maire de Lens, ... a dit
            # le ministre", "Le gardien X ... l'entraîneur des visiteurs", "X, président du RN ... le président
            # des Républicains": another person, unnamed).
            return None
        told = {w for r in held for w in r if DEMONYM_ADJ.match(w)} | {
            key(g.group(1)) for x in named if x.canonical == name
            and (g := re.search(r"([A-ZÉ][\w-]+)\s+$", self._text[max(0, x.start - 30): x.start]))
            and DEMONYM.match(key(g.group(1)))}
        if any(DEMONYM_ADJ.match(w) and w not in told for w in nouns) and told:
            return None  # ("la cycliste belge" is not "la Néerlandaise X")
        return Speaker(person.name, person.role or m.group("desc"), person.gender)

    def _winner(self, subj: str, pos: int) -> Speaker | None:
        """ "X remporte la descente devant Y et Z. « ... », a lâché le vainqueur", "Victoire du Néerlandais X, devant
        le Belge Y": a winner's noun names the one person this post said won (a verb of winning after the name, a
        victory or a prize before it), of its gender; several, or none, and it names nobody here."""
        subj = _without_where_said(subj)
        m = WINNER_DESCRIBED_FR.fullmatch(subj)
        if not m or key(m.group("noun")) not in lexicon.WINNERS_FR:
            return None
        won = {x.canonical for x in self._people_before(pos)
               if WON_AFTER_FR.match(self._text, x.end)
               or WON_BEFORE_FR.search(self._text[max(0, x.start - 60): x.start])}
        if len(won) != 1:
            return None
        person = self._person(won.pop())
        noun = key(m.group("noun"))
        gender = "f" if m.group("det").lower() == "la" or noun in {"vainqueure", "gagnante", "laureate"} else "m"
        if person.gender not in (gender, None):
            return None
        return Speaker(person.name, person.role or m.group("noun"), person.gender or gender)

    def _lead_of_quote(self, pos: int) -> tuple[int, int] | None:
        """Where an inverted attribution at `pos` may point back to: the words before the quote it closes, in the
        quote's own sentence ("Hugo X, héros de la soirée : « ... »"), else the whole sentence before the quote;
        None when no quote ends right before the attribution's verb."""
        close = max(self._text.rfind("»", 0, pos), self._text.rfind("”", 0, pos))
        if close < 0 or not re.fullmatch(r"\s*,?\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*", self._text[close + 1: pos]):
            return None
        opening = max(self._text.rfind("«", 0, close), self._text.rfind("“", 0, close))
        if opening < 0:
            return None
        sent = self._sentence_at(opening)
        if sent is not None and self._text[sent.start: opening].strip():
            return sent.start, opening
        before = [x for x in self._sents if x.end <= opening]
        return (before[-1].start, opening) if before else None

    def _named_just_before(self, subj: str, pos: int) -> Speaker | None:
        """ "Le prix spécial revient à Paul X. « ... », a déclaré le dessinateur", "Anne Y n'a pas été convaincue.
        « ... », a répliqué la syndicaliste": a description after a quote that opens its sentence is the one person
        the sentence before names (or the words before the quote in its own), when that person fits it: of its
        gender, not undergoing what the sentence tells, and holding no other role (one the post or the blog gave
        them must be the one described). A calling is enough (`lexicon.CALLINGS_FR`); a role that speaks for
        someone else ("l'entraîneur", "l'avocat") only names whom it was given. Two people there, nobody."""
        subj = _without_where_said(subj)
        m = PERSON_DESCRIBED_FR.fullmatch(subj)
        if not m or INSTITUTION.search(subj) or ORG_NOUN.search(subj):
            return None
        words = hwords(m.group("desc"))
        nouns = [w for w in words if w not in EPITHET_MODIFIERS_FR]
        if not nouns or any(w in KIN or w in PERSON_NOUNS or w in lexicon.TRIED_FR or w in BYSTANDERS_FR
                            for w in words):
            return None
        head = nouns[0]
        calling = head in lexicon.CALLINGS_FR or head in PARTY_NOUNS
        if not (calling or is_role_word(head)) or (window := self._lead_of_quote(pos)) is None:
            return None
        start, end = window
        there = [x for x in self.mentions if x.type == "person" and start <= x.start < end
                 and not self._in_quote(x.start)]
        covered = [(x.start, x.end) for x in self.mentions]
        # (A first name the model left out is someone else there.)
        unseen = [x for x in NAME_LIKE.finditer(self._text, start, end) if _first_name(first := x.group(0).split()[0])
                  and first.lower() not in {"le", "la", "les", "un", "une", "des", "du", "de"}  # ("Le Cristal")
                  and not any(s <= x.start() < e for s, e in covered) and not self._in_quote(x.start())]
        if len({x.canonical for x in there}) != 1 or unseen or \
                any(PASSIVE_AFTER_FR.match(self._text, x.end) for x in there):
            return None  # ("X a été interpellé. « ... », a dit le policier": X underwent, someone else tells)
        if self._someone_else_described(start, end, there):
            return None
        person = self._person(there[0].canonical)
        gender = gender_of(subj.lower().replace("’", "'").split()) or _elided_gender(subj)
        if gender and person.gender not in (gender, None):
            return None
        held = [r for r in (hwords(x) for x in self.roles_held(person)) if r]
        own = _own_words(m.group("desc") + (m.group("of") or ""), head)
        if held and not any(stem(r[0]) == stem(head) and all(w in r for w in own) for r in held):
            return None  # ("Paul X, directeur du site, ... a répliqué le syndicaliste": someone else)
        if not held and not calling:
            return None
        return Speaker(person.name, person.role or DETS.sub("", subj).strip(), person.gender or gender)

    def _someone_else_described(self, start: int, end: int, named: list[Mention]) -> bool:
        """Whether the text between `start` and `end` describes a person besides the ones `named` there ("Le Belge a
        devancé X": the nationality is another rider), a word right before a name being that name's own ("de la
        Liégeoise X", "du Québécois X")."""
        for m in re.finditer(r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<noun>[\w-]+)", self._text[start:end]):
            at = start + m.end()
            if self._in_quote(start + m.start()) or any(re.fullmatch(r"\s*", self._text[at: x.start]) for x in named):
                continue
            noun = key(m.group("noun"))
            if _nationality(m.group("noun")) or _person_noun(noun) or noun in lexicon.CALLINGS_FR or noun in KIN \
                    or noun in PERSON_NOUNS or noun in BYSTANDERS_FR or noun in PARTY_NOUNS:
                return True
        return False

    def _opens_clause(self, m: Mention) -> bool:
        """Whether a person opens their sentence as its subject (`_opens`), or the clause after a colon in it:
        "C'est fait : Anne X est élue"."""
        sent = self._sentence_at(m.start)
        if sent is None:
            return False
        colon = self._text.rfind(":", sent.start, m.start)
        return self._opens(m, Span(colon + 1, sent.end, "") if colon >= 0 else sent)

    def _unseen_person(self, subj: str, pos: int) -> Speaker | None:
        """ "Mikel Arteta has confirmed that ...", "Second-placed Tigst Assefa of Ethiopia said": two capitalised
        words the model saw as nothing, that nothing lists and hold no role, are a person when the post goes
        on with a speaking "he" or "she" (their gender) and never with "it" or "its"."""
        m = re.fullmatch(r"(?:[A-Z]?[a-z]+-[a-z]+\s+)?(?P<name>[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)?\s+"
                         r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)?)(?:\s+of\s+[A-Z][\w-]+)?", subj.strip())
        if not m or self.gaz.find(m.group("name")) or any(is_role_word(w) for w in hwords(m.group("name"))) or \
                INSTITUTION.search(m.group("name")) or \
                any(w.lower() in SENTENCE_ADVERBS | {"the", "this", "that"} for w in m.group("name").split()):
            return None
        if any(x.start < pos + m.end("name") for x in self.mentions if pos <= x.start < pos + len(subj)):
            return None  # (a place only after "of": "Tigst Assefa of Ethiopia")
        # What the post says after them, its quotes left out ("It's a small problem," he said).
        rest = re.sub(r"[\"“][^\"“”]*[\"”]", "\"\"", self._text[pos + len(subj):])
        said = re.findall(r"(?:^|[,.!?\"”]\s*)(he|she|He|She)\s+(?:said|added|replied|told|wrote|insisted|explained)\b",
                          rest)
        if not said or len({w.lower() for w in said}) != 1 or re.search(r"\b(?:it|its|It|Its)\b", rest):
            return None
        return Speaker(m.group("name"), None, "m" if said[0].lower() == "he" else "f")

    def _unseen_public_body(self, subj: str) -> Speaker | None:
        """ "Police Scotland said", "The Coroners Service said" with the model seeing nothing: capitalised words, one
        the word of a public body ("Police", "Service", "Council"), no first name, role word or listed name, are
        that body."""
        bare = re.sub(r"^the\s+", "", subj.strip(), flags=re.I)
        if not re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4}", bare) or \
                not (PUBLIC_BODY.search(bare) or BODY_LAST_EN.search(bare)) or \
                _first_name(bare.split()[0]) or any(is_role_word(w) for w in hwords(bare)) or self.gaz.find(bare):
            return None
        return Speaker(bare, None, None)

    def _name_with_place(self, subj: str, pos: int, inside: list[Mention]) -> Speaker | None:
        """ "Diabetes UK said", "Amnesty International Kenya said", "Cycling Toronto said": capitalised words that
        are nobody's name, or an organisation, then a place ending the subject, are one body named after where
        it works (the model saw only the place)."""
        lead = re.match(r"\s*(?:the\s+)?", subj, re.I)
        bare = subj[lead.end():].rstrip()
        at = pos + lead.end()
        place = [m for m in inside if m.type == "place" and m.end == at + len(bare) and m.start > at]
        if not place or not re.fullmatch(r"(?:[A-Z][\w&'’-]*\s+){1,3}", self._text[at: place[0].start]):
            return None
        words = self._text[at: place[0].start].split()
        others = [m for m in inside if m.start < place[0].start]
        if others and not (len(others) == 1 and others[0].type == "organisation" and others[0].start == at
                           and others[0].end == place[0].start - 1):
            return None  # (not "Mayor Ada Lund of Oslo": a person, or a place, before the place)
        if not others and (name_gender(words[0]) or _TITLE_WORDS.match(" ".join(words)) or
                           any(is_role_word(w) or self.gaz.find(w) for w in
                               [*hwords(" ".join(words)), *words])):
            return None  # not "Sean Ireland" (a first name), "Governor Texas"
        return Speaker(self._full_name(bare, pos), None, None)

    def _body_after_place(self, subj: str, pos: int, inside: list[Mention]) -> Speaker | None:
        """ "The NSW Resources Regulator said", "the NSW Safety Regulator said" with the model seeing only
        the place: the place, then capitalised words ending with a public body's word and holding no first name,
        role word or listed name, are one body named after where it works."""
        lead = re.match(r"\s*(?:the\s+)?", subj, re.I)
        bare = subj[lead.end():].rstrip()
        at = pos + lead.end()
        if not inside or inside[0].start != at or inside[0].type not in {"place", "organisation"} or \
                any(m.end > inside[0].end for m in inside[1:]):
            return None
        rest = self._text[inside[0].end: at + len(bare)]
        if not re.fullmatch(r"(?:\s+[A-Z][\w'’-]*){1,3}", rest) or not BODY_LAST_EN.search(rest) or \
                any(_first_name(w) or is_role_word(key(w)) or self.gaz.find(w) for w in rest.split()):
            return None
        return Speaker(bare, None, None)

    def _uncut_name(self, m: Mention) -> str:
        """ "La Cour des comptes ..., a fait savoir l'institution" with the model's name stopping at "Cour": a French
        body's head word the model read alone, and the complements that follow it in the text, are its name."""
        head = hwords(m.text)
        if self.lang != "fr" or m.listed or m.canonical != m.text or len(head) != 1 or head[0] not in CUT_HEADS_FR:
            return m.canonical
        tail = re.match(r"(?:\s+(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|des\s+)[\w-]+)+", self._text[m.end:])
        return m.text + tail.group(0) if tail else m.canonical

    def _managed(self, named: list[Mention]) -> list[Mention]:
        """ "a indiqué la SNCF ... La direction appelle", "le plus long à la SNCF ..., a indiqué la direction": the
        bodies whose management "la direction" is, those that spoke in this post or where people work ("à la",
        "chez"); not a union that faces it ("La CGT appelle à la grève. La direction ...")."""
        return [m for m in named if not name_stems(m.canonical) & NOT_TRADE_STEMS and (
            any(s.name == m.canonical for s in self.post) or
            re.search(r"\b(?:à|chez)\s+(?:la\s+|le\s+|l['’])?$", self._text[max(0, m.start - 10): m.start]))]

    def _unseen_body_fr(self, named_as: str) -> Speaker | None:
        """ "la Pro League a fait savoir", "a annoncé la Ligue Nationale dans un communiqué": after an article, two
        to four capitalised words the model did not see, with no first name, title, role word or listed name, are
        a body's name."""
        name = SPOKE_WHERE.split(named_as, maxsplit=1)[0].strip()
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*", w) for w in words) or \
                _first_name(words[0]) or words[0] in TITLES_FR or self.gaz.find(name) or \
                any(self.gaz.find(w) for w in words) or any(is_role_word(w) for w in hwords(name)):
            return None
        return Speaker(name, None, None)

    def _body_opening_on_place(self, since: int, pos: int) -> str | None:
        """ "Météo Canada prolonge son alerte. ..., selon l'agence fédérale": a sentence after `since` that opens on
        a capitalised common noun and a place the model saw ("Canada") opens on a body named for its place, the
        one the common noun means rather than a body named before it. The first word must be no first name,
        title, role or time word, nor a name or place of its own."""
        for sent in self._sents:
            if not since <= sent.start < pos:
                continue
            m = PLACE_NAMED_BODY.match(self._text, sent.start, sent.end)
            if not m or m.end() > pos:
                continue
            first = m.group("first")
            if any(x.type == "place" and x.start == m.start("place") and x.end == m.end("place")
                   for x in self.mentions) and not any(x.start <= m.start() < x.end for x in self.mentions) and \
                    not _first_name(first) and first not in TITLES_FR and not is_role_word(key(first)) and \
                    key(first) not in TIME_WORDS and not self.gaz.find(first):
                return m.group("name")
        return None

    def _body_taken_for_place(self, pos: int) -> list[Mention]:
        """ "Le Louvre a fermé ses portes, a annoncé le musée", "Le Conseil constitutionnel a censuré la loi. ...
        l'institution estime": with no organisation named, a name the model took for a place that opens a sentence
        with its article is the body a common noun means (one only, and no place the lists know)."""
        found = [m for m in self.mentions if m.type == "place" and m.end <= pos
                 and not self._in_quote(m.start)
                 and not any(x.type == "place" for x in self.gaz.find(re.sub(r"^(?:L[ea]\s+|L['’])", "", m.text)))
                 and (sent := self._sentence_at(m.start)) is not None
                 and re.fullmatch(r"(?:L[ea]\s+|L['’])?", self._text[sent.start: m.start])
                 and re.match(r"(?:L[ea]\s|L['’])", self._text[sent.start:])]
        if len({m.canonical for m in found}) != 1:
            return []
        # ("Le Louvre" as the model read it: the article is no part of the name.)
        return [dataclasses.replace(m, canonical=re.sub(r"^(?:L[ea]\s+|L['’])", "", m.canonical)) for m in found]

    def _body_cut_in_parts(self, subj: str, pos: int, inside: list[Mention]) -> Speaker | None:
        """ "New York State Police said", "North Yorkshire Fire and Rescue Service said": a subject made only of
        names the model cut in two, a place or a body and then a public body's name right after it (two bodies
        joined by "and"), is one body."""
        lead = re.match(r"\s*(?:the\s+)?", subj, re.I)
        bare = subj[lead.end():].rstrip()
        at = pos + lead.end()
        parts = sorted(inside, key=lambda m: m.start)
        if len(parts) < 2 or parts[0].start != at or parts[-1].end != at + len(bare) or \
                parts[-1].type != "organisation" or not PUBLIC_BODY.search(parts[-1].text) or \
                any(m.type not in {"place", "organisation"} for m in parts):
            return None
        for a, b in zip(parts, parts[1:], strict=False):
            gap = self._text[a.end: b.start]
            # (Not "Israel and the Palestinian Authority": two bodies are one only as "Fire and Rescue".)
            if gap != " " and not (re.fullmatch(r"\s+(?:and|&)\s+", gap) and a.type == b.type == "organisation"):
                return None
        return Speaker(bare, None, None)

    def _body_in_apposition(self, name: str, at: int, inside: list[Mention]) -> Speaker | None:
        """ "Her publisher, Fenwick & Lowe, said", "The engine maker, Aerotek Propulsion, said": the name after
        a kind of body is that body, when the model saw it as one, or saw nothing there and the name has no
        first name, role word or listed person in it."""
        there = [m for m in inside if m.start < at + len(name) and at < m.end]
        if len(there) == 1 and there[0].type == "organisation" and key(there[0].text) == key(name):
            return Speaker(self._full_name(there[0].canonical, at), None, None)
        # ("The UN refugee agency, UNHCR, said", "the union Aslef said": one word is a body's name too, when it is
        # no first name.)
        one_word = re.fullmatch(r"[A-Z][\w&'-]+", name) and name not in COUNTRY_ACRONYMS | KIND_ACRONYMS and \
            not _first_name(name)
        if there or not (NAME_LIKE.fullmatch(name) or one_word) or name_gender(name) or \
                any(is_role_word(w) for w in hwords(name)) or self.gaz.find(name):
            return None
        return Speaker(name, None, None)

    def _full_name(self, name: str, pos: int) -> str:
        """ "the Bank said" after "the Bank of England", "the Forum Fisheries Agency" a post after "the Pacific
        Islands Forum Fisheries Agency": an English organisation's shortened name is the one longer name this
        post or the blog gave it, ending with it or going on with "of" (not "the UN" for "the UN Security
        Council")."""
        if self.lang != "en":
            return name
        short = re.compile(r"(?:^|\s)" + re.escape(name) + r"(?:$|\s+of\s)")
        if " " not in name and not self.gaz.find(name):
            # ... or, for a one-word name no list holds, starting with it: "Halcyon said" after "Halcyon Orbital".
            short = re.compile(short.pattern + r"|^" + re.escape(name) + r"(?:\s+[A-Z][\w&'’-]*){1,2}$")
        longer = {m.canonical for m in self.mentions if m.type == "organisation" and m.end <= pos
                  and m.canonical != name and short.search(m.canonical)}
        if not longer and self.context:
            longer = {n for n in seen_names(self.context, "organisation") if n != name and short.search(n)}
        return longer.pop() if len(longer) == 1 else name

    def _whole_person(self, person: Mention) -> Mention:
        """The English name the model cut at its particle: "Karin van der Merwe" read as "Merwe" after a role
        ("Residents' association chair Karin van der Merwe")."""
        if person.canonical != person.text:
            return person
        before = self._text[max(0, person.start - 60): person.start]
        particled = re.search(r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ][\w'’-]*)\s+((?:(?:" + either(NAME_PARTICLES) +
                              r")\s+){1,2})$", before)
        if particled and " " not in person.text and not is_role_word(key(particled.group(1))) and \
                not self.gaz.find(particled.group(1)):
            start = person.start - len(particled.group(0))
            return dataclasses.replace(person, start=start, text=self._text[start: person.end],
                                       canonical=self._text[start: person.end])
        return person

    def _particle_name(self, surname: str, pos: int) -> Speaker | None:
        """ "von der Leyen told reporters", "Von der Leyen said": a surname with its particle is the one person
        whose full name the post wrote before it ("Ursula von der Leyen", whatever the model cut) or the blog
        gave."""
        low = surname.lower()
        names = {s.name for s in self.candidates() if s.name.lower().endswith(" " + low)}
        if self.context:
            names |= {n for n, t in self.context.entities.items() if t == "person" and n.lower().endswith(" " + low)}
        for m in re.finditer(r"([A-ZÀ-Ý][\w'’-]+)\s+(" + re.escape(surname) + r")(?![\w'’-])", self._text[:pos], re.I):
            if m.group(1)[0].isupper() and not is_role_word(key(m.group(1))) and not self.gaz.find(m.group(1)):
                names.add(f"{m.group(1)} {m.group(2)}")
        return self._person(names.pop()) if len(names) == 1 else None

    def _titled_surname(self, subj: str, pos: int) -> Speaker | None:
        """ "Le Dr Dolphin a assuré", "a insisté la Dre Drouin", "M. Villeroy de Galhau a estimé": a French title
        and a surname are the one person whose full name ends with it, named before by this post (outside quotes),
        or by the blog; with none or several (two Dolphins), the other rules decide."""
        m = TITLED_SURNAME.match(subj.strip())
        if m is None or not re.fullmatch(r"(?:\s+[a-zà-ÿ][^,;:]*)?", subj.strip()[m.end():]):
            return None  # ("la Dre Drouin en point de presse": how it was said may follow, a role may not)
        surname = " " + m.group("surname")
        names = {x.canonical for x in self._people_before(pos)}
        names |= {s.name for s in self.candidates()}
        if self.context:
            names |= {n for n, t in self.context.entities.items() if t == "person"}
        full = {n for n in names if n.endswith(surname) and len(n) > len(surname) and n[0].isupper()}
        if len(full) != 1:
            return None
        person = self._person(full.pop())
        title = m.group("title").rstrip(".").lower()
        gender = "f" if title in {"mme", "dre"} or m.group("det") in {"la", "La"} else \
            "m" if title == "m" or m.group("det") in {"le", "Le"} else None
        if gender and person.gender not in (gender, None):
            return None
        return Speaker(person.name, person.role, person.gender or gender)

    def _titled_opener(self, pos: int) -> Speaker | None:
        """The person a title and a surname that open the sentence of `pos`, or the one before, name ("Me X a plaidé
        la relaxe."), when the model found no person in that sentence."""
        i = self._sentence_index(pos)
        if i is None:
            return None
        for sent in (self._sents[i], self._sents[i - 1] if i else None):
            if sent is None:
                continue
            text = self._text[sent.start: min(sent.end, pos)]
            lead = len(text) - len(text.lstrip())
            m = TITLED_SURNAME.match(text, lead)
            if m and re.match(r"\s+[a-zà-ÿ]", text[m.end():]) and not any(
                    x.type == "person" and sent.start <= x.start < sent.start + len(text) for x in self.mentions):
                return self._titled_surname(m.group(0), sent.start + lead)
        return None

    def _opening_name(self, pos: int) -> Speaker | None:
        """ "Leo, the first American pope, returned to the theme. '...,' he told pilgrims": a word the model did
        not see as a name, opening a sentence before a comma, that is a word of the name of exactly one person
        the blog named."""
        for sent in reversed([x for x in self._sents if x.start < pos]):
            m = re.match(r"([A-Z][\w'’-]+),\s", self._text[sent.start: pos])
            if not m or self.gaz.find(m.group(1)) or any(x.start <= sent.start < x.end for x in self.mentions):
                continue
            word = m.group(1)
            # ("where he met Vishwash Kumar Ramesh. Ramesh, speaking from his bed, ...": the name this post
            # wrote in full, the model missing it, comes before the blog's other Rameshes.)
            here = {x.group(0) for x in re.finditer(r"(?:[A-Z][\w'’-]+\s+){1,2}" + re.escape(word) + r"(?![\w'’-])",
                                                     self._text[: sent.start])
                    if not any(is_role_word(key(w)) for w in x.group(0).split()[:-1])}
            known = {s.name for s in self.candidates() if word in s.name.split()}
            if self.context:
                known |= {n for n, t in self.context.entities.items() if t == "person" and word in n.split()}
            if len(here) == 1 or (not here and len(known) == 1):
                return self._person((here or known).pop())
            if word.lower() not in SENTENCE_ADVERBS and not word.endswith("ly") and \
                    re.match(r"\s*(?:the|an?|who|\w+ing|back|still)\s", self._text[sent.start + m.end():]):
                return Speaker("", None, None)  # a name nobody gave before, or several people's: nobody we know
            return None
        return None

    def _subject_since(self, pos: int) -> bool:
        """ "..., the Mexican minister answered. Anand, standing beside him, nodded. '...,' she said": a person
        opening a sentence after the one someone unnamed spoke in is whom a pronoun may mean again."""
        unnamed = self._sentence_at(self._named_at) if self._named_at is not None else None
        return unnamed is not None and any(
            m.type == "person" and unnamed.end <= m.start and m.end <= pos
            and (self._opens_sentence(m) or self._apposed_subject(m) or self._opens_after_adverbial(m))
            and not self._in_quote(m.start) for m in self.mentions)

    def _opens_after_adverbial(self, m: Mention) -> bool:
        """ "À Tinghir, Ali X, un boulanger, a tout perdu": a name right after the sentence's leading adverbial of
        place or time opens it as its subject, as much as a name with nothing before it."""
        sent = self._sentence_at(m.start)
        if sent is None:
            return False
        skip = after_leading_adverbial(self._text[sent.start:sent.end])
        if not skip:
            return False
        # ("At the briefing, press secretary X would not ...": a role of two words may stand before the name, as
        # it may before a name that opens its sentence; not "lawyers for X", whose subject is someone else.)
        titled = self._text[sent.start + skip: m.start]
        return len(titled.split()) <= 2 and not re.search(r"\b(?:for|of|to|with|by|from|and|et|de|du|des|pour|avec)\b",
                                                          titled, re.I)

    def _subject_of_open_words(self, m: Mention, start: int, end: int) -> bool:
        """ "Le responsable des transports, Paul X, somme les parties de s'entendre « vite ». « ... », a-t-il
        ajouté": words no rule attributed that run over their whole sentence hold its subject too, the name in
        apposition to the noun phrase that opens it, and that name is whom the pronoun after means."""
        sent = self._sentence_at(m.start)
        return sent is not None and start <= sent.start and not re.search(r"\w", self._text[end:sent.end]) and \
            self._apposed_subject(m)

    def _apposed_subject(self, m: Mention) -> bool:
        """ "La locataire de Bercy, Claire X, devrait ...": a name in apposition to the noun phrase that opens its
        sentence is that sentence's subject as much as a name that opens it."""
        sent = self._sentence_at(m.start)
        return sent is not None and APPOSED_OPENING.fullmatch(self._text[sent.start:m.start]) is not None and \
            self._text[m.end: m.end + 1] == ","

    def _described_en(self, m: re.Match, pos: int) -> Speaker | None:
        """ "the Spaniard said", "The Dutchman said", "the Dutch runner said": never the word itself, but the
        person this post gave that nationality ("Dutch runner Sifan Hassan"), else the one person it named
        before (of the noun's gender); after two people ("X beat Y. The Spaniard said"), nobody."""
        nationality = m.group("adj") or m.group("demonym")
        noun = (m.group("noun") or m.group("demonym")).lower()
        gender = "f" if noun.endswith("woman") else "m" if noun.endswith("man") else None
        named = [x for x in self._people_before(pos)
                 if not any(a <= x.start < b and who and who != x.canonical for a, b, who in self.said_spans)]
        stem_ = nationality[:4].lower()
        # "to put Yorkshire ahead ... the Yorkshireman said": the place the noun is made from is nobody, whatever
        # the model took it for.
        named = [x for x in named if not x.canonical.lower().startswith(stem_)]
        given = {x.canonical for x in named if any(w.lower().startswith(stem_) for w in
                                                   self._text[max(0, x.start - 40): x.start].split()[-3:])}
        people = given or {x.canonical for x in named}
        if len(people) != 1:
            return None
        person = self._person(people.pop())
        if gender and person.gender not in (gender, None):
            return None
        role = f"{m.group('adj')} {m.group('noun')}" if m.group("adj") else None
        return Speaker(person.name, person.role or role, person.gender or gender)

    def _unnamed_role(self, subj: str, start: int) -> str | None:
        """ "Le ministre de l'Intérieur" that names nobody yet: a definite role with words of its own (not
        "le ministre") and no person in it, which the next sentence may name (see quotes._named_next)."""
        if not re.match(r"(?:le|la|l')(?:\s|(?<=')|$)", subj, re.I):
            return None
        subj = re.sub(r"\s+(?:au|aux|à|sur|dans|lors|devant|depuis|pendant|en marge)\s.*$", "", subj, flags=re.I)
        words = hwords(DETS.sub("", subj))
        if len(words) < 3 or not is_role_word(words[0]) or "," in subj or \
                any(m.type == "person" and start <= m.start < start + len(subj) for m in self.mentions):
            return None
        return subj.strip()

    def _named(self, subj: str, subj_start_abs: int) -> Speaker | None:
        first = subj.split()[0].lower().strip(",")
        if self.lang == "en" and first == "it" and len(subj.split()) <= 2 and \
                EN_VERB.match(self._text, subj_start_abs + len(subj.split()[0]) + 1):
            return self._it(subj_start_abs)  # "it said", "it added" (not "said it was")
        if first in {"ils", "elles", "on", "they", "we", "nous", "i", "je", "it"}:
            return None
        if (data := DATA_OF.fullmatch(subj.strip())) is not None:
            # "selon les résultats préliminaires d'Élections Canada", "according to the Coast Guard's
            # estimates": an organisation's own figures are its word.
            group = "who" if data.group("who") else "who2"
            who = re.sub(r"^(?:l'|le\s|la\s|les\s|the\s)", "", data.group(group), flags=re.I)
            at = subj_start_abs + len(subj) - len(subj.lstrip()) + data.end(group) - len(who)
            orgs = [m for m in self.mentions if m.type == "organisation" and m.start == at and key(m.text) == key(who)]
            if orgs:
                return Speaker(orgs[0].canonical, None, None)
        end_abs = subj_start_abs + len(subj)
        # "L'écologiste, qui avait appelé à voter Macron, réclame": a person in a relative clause of
        # the subject is not who speaks.
        relative = [(subj_start_abs + r.start(), subj_start_abs + r.end())
                    for r in re.finditer(r",\s*(?:qui|dont|que|qu'|who|whom|which|whose)\b[^,]*", subj, re.I)]
        inside = [m for m in self.mentions if subj_start_abs <= m.start < end_abs
                  and not any(s <= m.start < e for s, e in relative)]
        statement = re.fullmatch(r"(?:an?|the)\s+(?:joint\s+)?(?:statement|communiqu[ée]|press\s+release)\s+"
                                 r"(?:from|by|issued\s+by)\s+(?P<who>.+)", subj, re.I)
        if self.lang == "en" and statement and any(m.type in {"person", "organisation"} or
                                                   key(m.text) == key(statement.group("who")) for m in inside):
            # "A statement from Buckingham Palace said": the palace speaks.
            return self._named(statement.group("who"), subj_start_abs + statement.start("who"))
        if self.lang == "en" and (particled := PARTICLE_SURNAME.fullmatch(subj.strip())):
            found = self._particle_name(particled.group(0), subj_start_abs)
            if found is not None:
                return found
        # "Dr Tedros said", "O'Leary also said": a courtesy title is no part of the surname, and a surname
        # may start with O' (the adverb after it is cut by the caller).
        one_word = re.fullmatch(r"(?:(?:" + _SURNAME_TITLES_EN + r")\.?\s+)?([A-Z](?:['’][A-Z])?[a-z][\w'’-]*)",
                                subj.strip())
        if self.lang == "en" and one_word and \
                not UNNAMED.match(subj.strip()) and not INSTITUTION.fullmatch(subj.strip()):
            # (Not "Police said" after "Merseyside Police said": a common noun is nobody's name.)
            # "Tedros said", "Paris said" after "Christopher Paris said": one word of the name of
            # exactly one person who spoke, whatever the model took the word for.
            word = one_word.group(1)
            spoke = {s.name: s for s in self.candidates() if s.name != word and word in s.name.split()}
            if not spoke:
                # '"...," said Jermy' after "Labour's Terry Jermy": one person this post named before.
                spoke = {m.canonical: None for m in self.mentions if m.type == "person" and m.end <= subj_start_abs
                         and m.canonical != word and word in m.canonical.split()
                         and not self._in_quote(m.start)}
            if not spoke and self.context and not inside:
                # ... or named lately by the blog, when the model did not see the word as a name.
                spoke = {n: None for n in list(self.context.entities)[-12:]
                         if self.context.entities[n] == "person" and n != word and word in n.split()}
            if len(spoke) == 1:
                return self._person(next(iter(spoke)))
        if self.lang == "en" and (given := GAVE_NAME.search(subj)):
            # "one, a Dutch teacher who gave his name only as Pieter": the name they gave, their description the role.
            role = re.match(r"(?:one|another)(?:\s+of\s+them)?\s*,\s*(?:an?\s+)?(?P<role>[^,]+?)\s+who\b", subj, re.I)
            return Speaker(given.group("name"), role.group("role") if role else None,
                           {"his": "m", "her": "f"}[given.group("pron")])
        if self.lang == "fr" and (titled := self._titled_surname(subj, subj_start_abs)) is not None:
            return titled
        people = [m for m in inside if m.type == "person"]
        if people and _complement_of_role(subj[: people[0].start - subj_start_abs]) and \
                not any(re.fullmatch(r",\s*", subj[p.end - subj_start_abs: m.start - subj_start_abs])
                        for p, m in zip(people, people[1:], strict=False)):
            # "L'ancien dirigeant d'Ostralis dit" with the company read as a person: what the role is held at is
            # not who speaks; the holder is found as for any role (a name in apposition keeps its rule below).
            people = []
            inside = [m for m in inside if m.type != "person"]
        if self.lang == "en" and SOMEONE.match(subj.strip()):
            # "A mother waiting outside a clinic in Small Heath told us": after a preposition, a name the model took
            # for a person is where the unnamed speaker was, or whose relative they are, not who speaks.
            people = [m for m in people if not re.search(r"\b(?:in|at|from|near|outside|inside|of|on|for|with)\s+$",
                                                         self._text[max(subj_start_abs, m.start - 12): m.start])]
        if self.lang == "en" and people:
            # "Det Insp Nadia Ahmed, of Avon and Somerset Police, said": the body an apposition says the subject is
            # from is no person, whatever the model took its first word for.
            people = [m for m in people if not re.search(r",\s*(?:of|from)\s+(?:the\s+)?$",
                                                         self._text[max(subj_start_abs, m.start - 12): m.start])]
            if not people and (apposed := re.match(r"(?P<head>[^,]{3,60}),\s*(?:of|from)\s[^,]{2,60},?\s*$", subj)):
                return self.speaker(apposed.group("head"), subj_start_abs)  # (the person before it, then)
        if self.lang == "en" and people and re.match(r"\s+(?:campaign|administration|team|camp|family|government|"
                                                     r"allies|aides?|lawyers?|attorneys?|office|spokes\w+)\b"
                                                     # (not "McLaren team principal Andrea Stella": a role and a name)
                                                     r"(?!(?:\s+[a-z][\w-]*){0,2}\s+[A-Z][a-z])",
                                                     self._text[people[0].end:]):
            return None  # "the Trump campaign said": the campaign, not Trump
        if people:
            person = people[0]
            rel = person.start - subj_start_abs
            between = subj[rel + len(person.text): people[1].start - subj_start_abs] if len(people) > 1 else ""
            # ("Supporters' trust chair Aisha Bennett": the owner may be a plural possessive.)
            if self.lang == "en" and (re.fullmatch(r"(?:['’]s?)?(?:\s+[a-z][\w-]*){1,4}\s+", between) or
                                      # ("Garda Commissioner Drew Harris": a capitalised title between them too)
                                      re.fullmatch(r"(?:\s+[A-Z][\w-]*){1,3}\s+", between) and
                                      all(is_role_word(w) for w in hwords(between))) and \
                    not re.search(r"\b(?:and|or|with|to|of|for|in|at|from|by|than|but|as|on|said|says|told|who|"
                                  r"which|whose|whom|has|had|is|was)\b", between) and \
                    not set(between.split()) & NAME_PARTICLES:  # ("Caroline van der Plas" cut in two: one name)
                # "McLaren team principal Andrea Stella said", "Trump adviser Stephen Miller said": the first name is
                # where the role is held (whatever the model typed it), the second who speaks.
                person = people[1]
                rel = person.start - subj_start_abs
            elif self._belongs_to(subj[:rel], subj[rel + len(person.text):]):
                later = [m for m in people[1:] if re.search(r",\s*(?:(?:" + _APPOSED + r")\s*)?$",
                                                             subj[: m.start - subj_start_abs])
                         # ("Calloway's coach, the former doubles champion Todd Maguire,": what he is may come
                         # before the name.)
                         or (self.lang == "en" and re.search(r",\s*the\s+(?:[a-z][\w-]*\s+){1,4}$",
                                                             subj[: m.start - subj_start_abs]))]
                if not later:
                    return self._owner_apposition(subj[:rel], person.text) or \
                        self._titled_after_owner(subj[:rel], person.text, subj[rel + len(person.text):])
                # "Zelensky's chief of staff, Andriy Yermak, wrote", "Le porte-parole de Vladimir Poutine,
                # Dmitri Peskov, a déclaré": the name in apposition speaks.
                person = later[0]
                rel = person.start - subj_start_abs
            elif re.search(r"\b(?:de|du|des|d'|of(?:\s+the)?)\s*" + _BODY_WORDS if self.lang == "en" else
                           r"\b(?:de|du|des|d')\s*" + _BODY_WORDS, subj[:rel], re.I) and \
                    any(is_role_word(w) or w in KIN for w in hwords(re.sub(r"['’]", " ", subj[:rel]))[-4:]) and \
                    (later := [m for m in people[1:] if re.fullmatch(
                        r",\s*(?:(?:" + either(COMMON_FR) + r")\s*)?",
                        subj[rel + len(person.text): m.start - subj_start_abs])]):
                # "Le président des Jeunes Agriculteurs, Arnaud Gaillot," (the model took the union for a
                # person), "L'entraîneur de Léon Marchand, Bob Bowman,", "the director of the National History
                # Museum, X,", "Le délégué général de l'Académie André Delvaux, Marc Vanhoutte,": the name in
                # apposition speaks.
                person = later[0]
                rel = person.start - subj_start_abs
            role = self._role_around(subj, person, subj_start_abs)
            name = untitled(person.canonical)
            given = re.fullmatch(r"([A-ZÉÈ][a-zéèëï][\w'-]*)\s+", subj[:rel])
            if self.lang == "fr" and given and person.canonical == person.text and len(name.split()) == 1 and \
                    not is_role_word(key(given.group(1))) and not self.gaz.find(given.group(1)) and \
                    given.group(1) not in TITLES_FR | {MLLE, "Madame", "Monsieur"}:  # ("Mme X" is no first name)
                # "a déclaré Kamel Daoud" with the model's name stopping at "Daoud": the capitalised word that
                # opens the subject right before it is the first name.
                name = given.group(1) + " " + name
            particle = re.fullmatch(r"\s((?:(?:do|da|dos|das|de|del|della|di|du|van|von|der|den|la|le)\s+){1,2}"
                                    r"[A-ZÀ-Ý][\w'’-]+)", subj[rel + len(person.text):])
            if self.lang == "en" and particle and person.canonical == person.text:
                # "André Corrêa do Lago" cut by the model at its lowercase particle: the rest is his name.
                name = f"{name} {particle.group(1)}"
            tail = re.fullmatch(r"\s([A-Z][a-z][\w'-]*|[A-Z][a-z])", subj[rel + len(person.text):])
            if self.lang == "en" and tail and person.canonical == person.text and not is_role_word(key(tail.group(1))) \
                    and all(m.start == person.end + 1 and (m.type == "person" or " " not in person.text)
                            for m in inside if m.start > person.start):
                # ... or a first name alone and a surname the model took for a place ("Christopher Paris").
                # "Judge Amy Berman Jackson said" with the model's name stopping at "Berman": the
                # capitalised word between the name and the verb is the end of the name.
                name += " " + tail.group(1)
            return Speaker(name, role, self._gender(subj, person, subj_start_abs))
        if self.lang == "en" and (kind := KIND_THEN_NAME_EN.fullmatch(subj.strip()) or
                                  KIND_BEFORE_NAME_EN.fullmatch(subj.strip())) and \
                (named := self._body_in_apposition(kind.group("name"), subj_start_abs + subj.index(kind.group("name")),
                                                   inside)):
            return self._built_body(named)
        if self.lang == "en" and all(m.type == "place" for m in inside) and \
                (unseen := self._unseen_person(subj, subj_start_abs)):
            return unseen
        if self.lang == "en" and (placed := self._name_with_place(subj, subj_start_abs, inside)):
            return self._built_body(placed)
        if self.lang == "en" and (joined := self._body_cut_in_parts(subj, subj_start_abs, inside)):
            return self._built_body(joined)
        if self.lang == "en" and (placed_body := self._body_after_place(subj, subj_start_abs, inside)):
            return self._built_body(placed_body)
        if self.lang == "en" and not inside and (body := self._unseen_public_body(subj)):
            return self._built_body(body)
        appositive = self._appositive_name(subj)
        if appositive:
            return appositive
        if self.lang == "en":
            titled = self._titled_name(subj, inside)
            if titled:
                return titled
        # ... or a doctor's or professor's title: "a déclaré le Dr Robert Laurenson".
        titled = re.match(r"(?:(?:" + COURTESY + r")\s*|(?:" + either(LAWYER_FR) + r")\s+|(?:(?:le|la)\s+)?(?:"
                          + either(DOCTOR_FR) + r")\.?\s+)"
                          r"(?=[A-ZÉÈ])", subj.strip())
        bare = subj.strip()[titled.end():] if titled else subj.strip()
        # "a averti Marylise Léon, secrétaire générale de la CFDT": a role in apposition makes a person of
        # the name before it.
        role_after = re.match(r"\s*,\s*(?:l'|le\s|la\s)?(([\w'-]+)[^,;:.!?«»\"“”]*)",
                              self._text[subj_start_abs + len(subj):])
        if not (role_after and is_role_word((hwords(role_after.group(2)) or [""])[0])):
            role_after = None
        whole = [m for m in self.gaz.find(bare) if m.end - m.start >= len(bare)]
        if NAME_LIKE.fullmatch(bare) and (name_gender(bare) or titled or role_after) and \
                not (whole if role_after else self.gaz.find(bare)) and \
                not any(is_role_word(w) for w in hwords(bare)):
            # "a commenté Marine Le Pen" with the model seeing an organisation "Marine": a known first
            # name and a surname make a person; so does a title ("d'après Me Antoine Camus").
            title = titled.group(0).strip().lower() if titled else ""
            return Speaker(bare, role_after.group(1).strip() if role_after else None,
                           name_gender(bare) or {"m.": "m", "mme": "f"}.get(title)
                           or {"le": "m", "la": "f"}.get(title.split()[0] if title else "")
                           or (gender_of(role_after.group(1).lower().split()) if role_after else None))
        subj = re.sub(r"^(?:mais|et|or|alors|but|and|so)\s+", "", subj, flags=re.I)
        body = DETS.sub("", subj)
        body = re.sub(r"\s+(?:now|also|again|désormais|aussi|encore|de son côté|pour sa part|lui-même|elle-même)$",
                      "", body, flags=re.I)
        if self.lang == "fr":
            # "a fait savoir l'Élysée mercredi soir": when it was said is not part of who said it.
            body = FR_TIME_AFTER.sub("", body)
        for m in inside:
            if key(body) == key(m.text) and AGE_APPOSITION.match(self._text[m.end:]):
                # "souffle Yvonne, 78 ans": only a person has an age (the model took her for a place).
                return Speaker(m.text, None, None)
        if self.lang == "fr" and not inside and (aged := self._aged_word(body, subj_start_abs + len(subj))):
            return aged
        if self.lang == "fr" and (kind := KIND_THEN_NAME_FR.fullmatch(subj.strip())) and any(
                m.text == kind.group("name") and m.type in {"organisation", "place"} for m in inside) and \
                not any(m.type == "place" for m in self.gaz.find(kind.group("name"))):
            # "la formation Andes-Rayo indique", the model taking the team for a place: the kind of body
            # before the name says it is one (a known place keeps its type).
            return Speaker(kind.group("name"), None, None)
        for org in (m for m in inside if m.type == "organisation" or (
                self.lang == "en" and m.type == "place" and re.search(r"\s(?:Palace|House|Hall)$", m.canonical))):
            # ("Buckingham Palace said": a palace that speaks is the institution in it.)
            # ("United Airlines, which operates 79 of the jets, said": the relative clause is not its name.)
            bare = re.sub(r",\s*(?:qui|dont|who|which|whose)\b.*$", "", body, flags=re.I)
            if self.lang == "en":
                # ("Acme, the firm that runs the city's buses, trams and ferries, said": nor is the relative clause
                # of what it is.)
                bare = re.sub(r"(,\s*(?:the|an?|its)\s[^,;:]*?)\s+(?:that|which|who)\s.*$", r"\1", bare)
            described = ORG_DESCRIBED.search(bare) if self.lang == "en" else None
            if described and not any(is_role_word(w) for w in hwords(described.group(0))):
                bare = bare[: described.start()]  # (not "Acme, the firm's chief executive,": a person of it)
            # ("An Garda Síochána said": an article may be part of the name.)
            if key(org.text) in {key(body), key(subj)} or \
                    re.search(r"\(\s*" + re.escape(org.text) + r"\s*\)\s*$", subj) or org_body(bare, org.text):
                name = without_kind_after(org.canonical) if self.lang == "en" else org.canonical
                return Speaker(self._full_name(name, subj_start_abs), None, None)
            owned = re.match(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+", bare)
            if self.lang == "en" and owned and org_body(bare[owned.end():], org.text) and \
                    owned.end() <= bare.find(org.text) and \
                    any(m.type == "place" and m.text == owned.group(1) for m in inside):
                # "according to Spain's state weather agency AEMET": the country that owns the body, then its kind.
                return Speaker(org.canonical, None, None)
            if self.lang == "fr" and (whole := whole_body_name(re.sub(r"\s+\(\s*[A-Z]+\s*\)", "", bare), org.text,
                                                              DEMONYM)):
                # "a alerté l'Autorité du bassin du Niger", the model's name stopping at "bassin": its whole name.
                return Speaker(whole, None, None)
            # (Only a body's name of its own, not a title and a surname: "Mrs Price-Evans said" is no body,
            # whatever the model took her for.)
            lead = re.fullmatch(r"(?:the\s+)?(?P<words>(?:[A-Z][\w-]*(?:['’]s)?\s+){1,3})",
                                bare[: bare.rfind(org.text)])
            if self.lang == "en" and lead and key(bare).endswith(key(org.text)) and \
                    (PUBLIC_BODY.search(org.text) or len(org.text.split()) >= 2) and \
                    not _TITLE_WORDS.match(lead.group("words")) and \
                    not re.match(r"(?:" + _OWN_NAME_TITLES_EN + r")\b", lead.group("words")):
                owner = [m for m in inside if m.start < org.start]
                if len(owner) == 1 and owner[0].type == "place" and \
                        re.fullmatch(re.escape(owner[0].text) + r"['’]s\s+", lead.group("words")):
                    # "Japan's Foreign Ministry said": the country that owns the body is not its name.
                    return Speaker(org.canonical, None, None)
                if not owner and not re.search(r"['’]s\s", lead.group("words")) and \
                        not any(is_role_word(w) or self.gaz.find(w) for w in hwords(lead.group("words"))):
                    # "The Clark County Coroner's Office said", the model's name stopping at "Coroner's": the
                    # capitalised words before it are the start of the name.
                    return Speaker(lead.group("words") + org.text, None, None)
        if self.lang == "fr" and not inside and re.match(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*[A-ZÀ-Ý]", subj.strip()):
            # "a réagi l'Union nationale de l'apiculture française", "La FCPE salue": after an article, a capitalised
            # body head and its complements, or an acronym no list holds, name a body the model did not see.
            named_as = re.sub(r"^(?:le|la|l['’])\s*", "", body.strip(), flags=re.I)
            if ACRONYM.fullmatch(named_as) and named_as not in COUNTRY_ACRONYMS | KIND_ACRONYMS and \
                    not self.gaz.find(named_as):
                return self._built_body(Speaker(named_as, None, None))
            if (whole := whole_body_name(named_as, "", DEMONYM)) is not None:
                return self._built_body(Speaker(whole, None, None))
            if (unseen := self._unseen_body_fr(named_as)) is not None:
                return self._built_body(unseen)
        if self.lang == "en" and (kind := ORG_CALLED.fullmatch(subj.strip())) and \
                not any(m.type == "person" for m in inside) and \
                not any(is_role_word(w) for w in hwords(kind.group(2))) and \
                not re.search(r"\bof\b", kind.group(2)):  # ("X, a member of the group": a person of it)
            # "Education Ohio, the teachers' union, said" with the model seeing only Ohio: the apposition says what
            # kind of body the name is.
            return self._built_body(Speaker(kind.group("name"), None, None))
        if self.lang == "en" and (age := re.fullmatch(r"the\s+(\d{1,3})-year-old(?:\s+\w+)?", subj, re.I)):
            # "John Smith, 54, said ... the 54-year-old said": the person this post gave that age.
            aged = [m for m in self.mentions if m.type == "person" and m.end <= subj_start_abs
                    and re.match(rf"\s*,\s*(?:aged\s+)?{age.group(1)}\b", self._text[m.end:])]
            if not aged and not re.match(r"the\s+\S+\s+(?:man|woman|boy|girl)$", subj, re.I) and \
                    not AGE_GIVEN_EN.search(self._text[: subj_start_abs]):
                # "Jo Kerr said she was gutted. '...,' the 23-year-old said": with no age given to anyone, the
                # one person the post named so far, the subject of the sentence before (as for any description).
                return self._sole_person(subj_start_abs)
            return self._person(aged[0].canonical) if len({m.canonical for m in aged}) == 1 else None
        if self.lang == "en" and ORG_NOUN_EN.fullmatch(subj) and \
                not any(m.type in {"person", "organisation"} for m in inside):
            # "CrowdStrike's shares fell. The company said", "... asked the Federal Aviation
            # Administration to ..., the agency said": the organisation this post named last, else the
            # one that spoke last.
            found = self._last_organisation(subj, subj_start_abs)
            if found and not can_be_of_kind(found.name, subj, any(
                    m.canonical == found.name and self._called(m, noun_stem(subj)) for m in self.mentions)):
                return None  # "according to the fire department" after "The MTA said": no body of that kind
            if found and re.match(r"the\s+local\s", subj, re.I) and noun_stem(subj) not in name_stems(found.name):
                return None  # "the local authority said": the council of the place, no body named before
            if found and re.search(r"force$", subj, re.I) and not (
                    re.fullmatch(r"the\s+force", subj.strip(), re.I)
                    and POLICE_FORCE.search(found.name)):
                return None  # "the force" is the police force just named; not "the air force"
            return found
        # ("the group's political bureau chief" is a person of the group: English uses ORG_NOUN_EN.)
        # ("L'association, dont les bénévoles maraudent chaque nuit, accuse": the relative clause is not its words.)
        if self.lang == "fr" and ORG_NOUN.match(subj) and not inside and \
                len(SPOKE_WHERE.split(re.split(r",\s*(?:qui|dont)\b", subj)[0], maxsplit=1)[0].split()) <= 5:
            # "Enedis a indiqué... Le gestionnaire du réseau prévient": a common noun for the
            # organisation that spoke last.
            # "La SNCF prévoit un TGV sur dix, a indiqué la compagnie": the organisation that opens the clause
            # an inverted attribution reports, when the sentence names no other organisation nor person.
            sent = self._sentence_at(subj_start_abs)
            before = [m for m in self.mentions if sent and sent.start <= m.start < subj_start_abs
                      and not self._not_a_body(m)]
            if before and before[0].type == "organisation" and all(m.canonical == before[0].canonical for m in before) \
                    and not self._in_quote(before[0].start) and \
                    re.search(r",\s*(?:[\w'-]+\s+){1,3}$", self._text[before[0].end: subj_start_abs]):
                return Speaker(self._uncut_name(before[0]), None, None)
            # "Le Louvre a fermé ..., a annoncé le musée", "À la RATP, ... prévient la régie": else the
            # company this post named last; not one only met ("après une réunion avec la SNCF, le syndicat"),
            # and "le syndicat", "le parti" name bodies of their own kind.
            named = [m for m in self.mentions if m.type == "organisation" and m.end <= subj_start_abs
                     and not self._in_quote(m.start) and not self._not_a_body(m)]
            if not ORG_OF_ITS_OWN.match(subj) and \
                    (opening := self._body_opening_on_place(named[-1].end if named else 0, subj_start_abs)):
                return Speaker(opening, None, None)
            if re.match(r"(?:la|l')\s*direction\b", subj, re.I):
                named = self._managed(named)
            elif not named:
                named = self._body_taken_for_place(subj_start_abs)
            if not ORG_OF_ITS_OWN.match(subj):
                if named and not MET_WITH.search(self._text[max(0, named[-1].start - 20): named[-1].start]):
                    return Speaker(self._uncut_name(named[-1]), None, None)
            elif named:
                # "la fédération" after "la Fédération française de judo": a body whose name says its kind;
                # "l'institution", "l'ONG" any body, when this post named only one (and did not only meet it).
                word = noun_stem(subj)
                holding = {m.canonical for m in named if word and word in name_stems(m.canonical)}
                if len(holding) == 1:
                    return Speaker(holding.pop(), None, None)
                if ANY_BODY.match(subj) and len({m.canonical for m in named}) == 1 and \
                        not MET_WITH.search(self._text[max(0, named[-1].start - 20): named[-1].start]):
                    return Speaker(self._uncut_name(named[-1]), None, None)
            # "Enedis a indiqué... Le gestionnaire du réseau prévient": else the organisation that spoke last.
            last = next(iter(self.candidates()), None)
            if last and ORG_OF_ITS_OWN.match(subj) and not ANY_BODY.match(subj):
                # "a confirmé le syndicat" a post after the Société de transport spoke: a body of its own kind, the
                # one that spoke whose name holds it, not one whose name gives another kind.
                word = noun_stem(subj)
                spoke = [s for s in self.candidates() if self._is_organisation(s.name)]
                if word and (holding := [s for s in spoke if word in name_stems(s.name)]):
                    return holding[0]
                if last and KIND_IN_NAME_FR.search(last.name):
                    return None
            if last and self._is_organisation(last.name):
                return last
            return None
        if (held := self._organisation_by_its_words(subj, subj_start_abs)) is not None:
            return held
        if self.lang == "en" and (spelt := self._body_spelt_before(subj, subj_start_abs)) is not None:
            return spelt
        if UNNAMED.match(subj):
            return None
        label = key(re.split(r",\s*(?:qui|dont)\b", body)[0].strip().rstrip(","))
        if self.lang == "fr" and label in PARTY_NOUNS and re.match(r"(?:l'|le\s|la\s)", subj, re.I):
            # "« ... », a dit Yannick Jadot. L'écologiste réclame ...": a party label for the one person
            # who spoke last, with the guards of a new role ("l'insoumise" is a woman).
            self._pos = subj_start_abs
            gender = "f" if label in PARTY_NOUNS_F else "m" if label in PARTY_NOUNS_M else \
                {"la": "f", "le": "m"}.get(subj.split()[0].lower())
            # (Any member of a party goes by its label: only the one who spoke last, not a subject.)
            said_as = re.split(r",", body)[0].strip()
            found = self._just_named(gender, said_as, subject_too=False)
            if found is None and (found := self._just_named(gender, said_as)) is not None and not any(
                    stem(w) == stem(label) for r in self.roles_held(self._person(found.name)) for w in hwords(r)) \
                    and not self._opened_speaking(found.name):
                found = None  # ... or the subject the post gave that label: "X, délégué syndical, ... le syndicaliste"
            return found
        if self.lang == "en" and OWNED_EN.search(subj):
            return None  # "the prime minister's office said": someone speaks for him, not he
        if self.lang == "fr" and (office := OFFICE_OF_FR.match(subj)) and is_role_word(key(office.group("head"))):
            return None  # "le cabinet de la ministre a fait savoir": her office speaks for her, not she
        found = self.role(subj)
        if self.lang == "en" and found and found.name and found.name not in self._local_roles:
            # "the governor said": the post's words for the role are the role it gives (when the post gave
            # none with the name: "Florida Gov. Ron DeSantis ... The governor said" keeps "Florida Gov.").
            said_as = re.sub(r"\s+(?:in|at|on|to|during|after|before|from)\s.*$", "", DETS.sub("", subj.strip()),
                             flags=re.I)
            if said_as and any(is_role_word(w) for w in hwords(said_as)):
                found = Speaker(found.name, said_as, found.gender)
        return found

    def _opened_speaking(self, name: str) -> bool:
        """ "Maxime Duvivier, président des Engagés, a appelé au calme. Le centriste estime ...": the sentence
        before opens on that person and a speech verb, so they are the one speaking on (not "X a voté la censure")."""
        i = self._sentence_index(self._pos)
        if not i:
            return False
        prev = self._sents[i - 1]
        first = next((m for m in self.mentions if m.type == "person" and prev.start <= m.start < prev.end), None)
        if first is None or first.canonical != name or self._text[prev.start: first.start].strip():
            return False
        after = re.sub(r"^\s*,[^,;:.!?«»\"“”]{1,80},", "", self._text[first.end: prev.end]).lstrip()
        return bool(FR_COMPOUND.match(after) or FR_SIMPLE.match(after))

    def _aged_word(self, body: str, after: int) -> Speaker | None:
        """ "promet Léa, 24 ans, étudiante", "raconte Josiane, 58 ans" with the model seeing no name: one
        capitalised word with an age in apposition is a person, the one the post named with that surname, else
        a first name (a known one only: "a réagi Lyon, 24 ans après ..." is no one)."""
        word = body.strip()
        if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?", word) or \
                not re.match(r"\s*,\s*\d{1,3}\s*ans\b", self._text[after:]) or \
                self.gaz.find(word) or is_role_word(key(word)) or DEMONYM.match(key(word)):
            return None
        named = {m.canonical for m in self.mentions if m.type == "person" and m.end <= after
                 and word in m.canonical.split()[1:]}
        if len(named) == 1:
            return self._person(named.pop())  # "Josiane Pierre-Louis ... raconte Pierre-Louis, 58 ans"
        first = word.split("-")[0]
        if named or not _first_name(first):
            return None
        gender = None if first in lexicon.FIRST_NAMES_BOTH else "f" if first in lexicon.FIRST_NAMES_F else \
            "m" if first in lexicon.FIRST_NAMES_M else given_names().get(first)
        return Speaker(word, None, gender)

    def _owner(self, m: Mention) -> bool:
        """ "Me X, l'un des avocats de Gisèle Pelicot, ... a-t-il ajouté": a person named as the one a
        lawyer, spokesman or office belongs to is not who a pronoun refers to."""
        sent = self._sentence_at(m.start)
        before = self._text[sent.start if sent else max(0, m.start - 80): m.start]
        # (Not "X's": "Biden's speech was cut short. He said" is Biden.)
        # ("l'ancien dirigeant d'Ostralis" with the company read as a person: where a role is held is no one.)
        return self._belongs_to(before, "") or _complement_of_role(before) or CLIENT_OF.search(before) is not None \
            or self._owner_of_holder(m)

    def _owner_of_holder(self, m: Mention) -> bool:
        """ "Kessler's lead attorney, Marcus Hale,", "Supporters' trust chair Aisha Bennett": the owner of the role
        of the person named right after is not who a pronoun means."""
        role = re.match(r"['’]s?(?:\s+[a-z][\w-]*){1,4},?\s+", self._text[m.end: m.end + 60])
        return role is not None and any(o.type == "person" and o.start == m.end + role.end() for o in self.mentions)

    def _namesake(self, m: Mention) -> bool:
        """ "le gouvernement De Wever", "l'administration Trump": a person named after an institution's common noun
        is whom it is named for, not someone a pronoun refers to."""
        return INSTITUTION_BEFORE.search(self._text[max(0, m.start - 20): m.start]) is not None

    def _in_apposition(self, m: Mention) -> bool:
        """ "Tadej X, vainqueur au Plateau de Beille un jour après Pla d'Adet.": a name inside the role the post
        gives the person before it, in apposition, is part of that role, not someone a pronoun or a
        description ("le Slovène") refers to."""
        for p in self.mentions:
            if p.type == "person" and p.end <= m.start and (role := self._local_roles.get(p.canonical)) and \
                    m.text in role and re.fullmatch(r"\s*,\s*[^,.;:«»\"“”]*", self._text[p.end: m.start]):
                return True
        return False

    def _owner_apposition(self, before: str, owner: str) -> Speaker | None:
        """ "Me Stéphane Babonneau, l'un des deux avocats de Gisèle Pelicot, estime": the model missed the
        name that opens the subject; it is a person when a title or a known first name says so."""
        lead, _, rest = before.partition(",")
        lead = lead.strip()
        bare = re.sub(r"^(?:" + _OWNER_TITLES + r")\s+", "", lead)
        if not rest.strip() or not NAME_LIKE.fullmatch(bare) or self.gaz.find(bare) or \
                (bare == lead and not name_gender(bare)) or any(is_role_word(w) for w in hwords(bare)):
            return None
        role = one_of(rest.strip().rstrip(",").strip()) + " " + owner
        gender = {M: "m", MME: "f"}.get(lead.split()[0]) or name_gender(bare) or \
            gender_of(rest.strip().lower().replace("’", "'").split())
        return Speaker(bare, role or None, gender)

    def _titled_after_owner(self, before: str, owner: str, after: str) -> Speaker | None:
        """ "l'avocat tunisien de M. X, Me Mehdi Y, a dénoncé": the model missed the name in apposition after the
        owner; a lawyer's or courtesy title makes a person of it, whose role is what comes before the owner."""
        m = re.fullmatch(r"\s*,\s*(?:" + _OWNER_TITLES + r")\s+(?P<name>[^,]+?)\s*,?\s*", after)
        if not m or not NAME_LIKE.fullmatch(name := m.group("name")) or self.gaz.find(name) or \
                any(is_role_word(w) for w in hwords(name)):
            return None
        lead = before.split(",")[-1].strip()
        return Speaker(name, f"{one_of(lead)} {owner}",
                       gender_of(lead.lower().replace("’", "'").split()) or name_gender(name))

    def _appositive_name(self, subj: str) -> Speaker | None:
        """ "La cheffe de file des députés, Marine Le Pen": a role, then a name in apposition, is a person
        even when the model did not see the name."""
        parts = [p.strip() for p in subj.split(",") if p.strip()]
        if not 2 <= len(parts) <= 3:
            return None
        if self.lang == "en":
            # "The chair of judges, the broadcaster Simon Pryce": what the person is may come before a name that
            # opens with a first name (the model may take the whole for a body).
            parts = [d.group(1) if (d := re.fullmatch(r"the\s+(?:[a-z][\w-]*\s+){1,3}(.+)", p)) and
                     NAME_LIKE.fullmatch(d.group(1)) and name_gender(d.group(1)) else p for p in parts]
        names = [p for p in parts if NAME_LIKE.fullmatch(p) and not self.gaz.find(p)
                 and not all(is_role_word(w) for w in hwords(p))]
        roles = [one_of(p) for p in parts if p not in names and hwords(one_of(p))
                 and (is_role_word(hwords(one_of(p))[0]) or self._acronym_role(one_of(p)))]
        if len(names) != 1 or not roles:
            return None
        name = re.sub(r"^(?:" + _APPOSITIVE_TITLES + r")\s+", "", names[0])
        role_part = next(p for p in parts if p not in names)
        return Speaker(name, roles[0], gender_of(role_part.lower().replace("’", "'").split())
                       or (name_gender(name) if self.lang == "en" else None))

    def _acronym_role(self, role: str) -> bool:
        """ "the WHO director-general", "the UN envoy": in English, a body's acronym, then a role word."""
        words = role.split()
        return self.lang == "en" and len(words) >= 2 and bool(ACRONYM.fullmatch(words[0])) and \
            words[0] not in COUNTRY_ACRONYMS and is_role_word((hwords(words[1]) or [""])[0])

    def _last_organisation(self, noun: str, pos: int) -> Speaker | None:
        public = PUBLIC_NOUN.search(noun) is not None
        named = [m for m in self._with_built_bodies() if m.type == "organisation" and m.end <= pos
                 and not self._in_quote(m.start)
                 # "CrowdStrike's Falcon software": what an organisation owns is not who speaks.
                 and not re.search(r"'s\s+$", self._text[max(0, m.start - 4): m.start])
                 and not self._not_a_body(m)
                 # "the company" is not the Federal Aviation Administration (unless the post called it one).
                 and (public or not PUBLIC_BODY.search(m.canonical) or self._called(m, noun_stem(noun)))
                 # "the club said" after "League One": only a body that can be of the noun's kind.
                 and can_be_of_kind(m.canonical, noun, self._called(m, noun_stem(noun)))]
        if self.lang == "en" and (giving := [m for m in named if gives_kind(m.canonical, noun)]):
            # "Kingsmead Town ... defeat by Stockport ..., the club said": a name that says the kind before a bare one.
            named = giving
        the_force = self.lang == "en" and re.fullmatch(r"the\s+force", noun.strip(), re.I) is not None
        if the_force:
            # ("will appear at Dundee Sheriff Court, the force said": "the force" is only ever a police force.)
            named = [m for m in named if POLICE_FORCE.search(m.canonical)]
        # "the airline" is Alaska Airlines, not the Boeing of its jets; "the safety board" the National
        # Transportation Safety Board: a name that holds the noun is what the noun means.
        word = noun_stem(noun)
        if len(named) > 1 and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", self._text[named[-2].end: named[-1].start]):
            return None  # "American Airlines, Delta and United ... the airline said": any of them
        if word and (holding := [m for m in named if word in name_stems(m.canonical) or self._called(m, word)]):
            return Speaker(holding[-1].canonical, None, None)
        if word in TRADE_STEMS:
            # "the company said" after "the Mining and Energy Union": a name that says it is no business.
            named = [m for m in named if not (name_stems(m.canonical) & NOT_TRADE_STEMS)]
        if not public and named and OBJECT_OF.search(self._text[max(0, named[-1].start - 9): named[-1].start]) and \
                len(spoke := {s.name for s in self.post if s.name != named[-1].canonical and
                              any(m.canonical == s.name for m in named)}) == 1:
            # "Norland Foods confirmed an approach from Cardell Brands. ..., the company said": the body last named
            # as the object of a preposition is not who speaks when one other body named spoke in this post.
            return Speaker(spoke.pop(), None, None)
        if named:
            last = named[-1]
            bodies = {m.canonical for m in named if PUBLIC_BODY.search(m.canonical)}
            if public and len({m.canonical for m in named}) > 1 and not PUBLIC_BODY.search(last.canonical):
                # "the agency" after a company and one public body is that body; after two, either.
                # ("According to Met Éireann, ... at Foynes. The forecaster said": with no public body's name, the
                # one of them that spoke in this post.)
                if not bodies and self.lang == "en":
                    bodies = {m.canonical for m in named if any(s.name == m.canonical for s in self.post)}
                return Speaker(bodies.pop(), None, None) if len(bodies) == 1 else None
            return Speaker(last.canonical, None, None)
        if self.lang == "en" and not public:
            # "Shares in Skyhaven fell 14% ... The company said": a name whose shares trade is a company, whatever
            # the model took it for (only one).
            traded = {m.canonical for m in self.mentions if m.end <= pos and m.type != "person" and (
                re.search(r"\b(?:shares|stock)\s+(?:in|of)\s+$", self._text[max(0, m.start - 16): m.start], re.I)
                or re.match(r"['’]s?\s+(?:shares|stock|share\s+price)\b", self._text[m.end: m.end + 16]))}
            if len(traded) == 1:
                return Speaker(traded.pop(), None, None)
        spoke = [s for s in self.candidates() if self._is_organisation(s.name)]
        if word and (holding := [s for s in spoke if word in name_stems(s.name)]):
            return holding[0]  # "the safety board said" a post after the NTSB spoke
        if the_force and len(forces := {s.name for s in spoke if POLICE_FORCE.search(s.name)}) == 1:
            return Speaker(forces.pop(), None, None)  # "the force said" a post after Police Scotland spoke
        if self.lang == "en" and word and not named:
            # "The department said" a post after "the Agriculture Department": the one body the blog named whose
            # name ends with the noun, when this post named no organisation (not "the Justice Department" too).
            known = {n for n in seen_names(self.context, "organisation") if stem(key(n.split()[-1])) == word}
            if len(known) == 1:
                return Speaker(known.pop(), None, None)
        last = next(iter(self.candidates()), None)
        if last and self._is_organisation(last.name) and (public or not PUBLIC_BODY.search(last.name)):
            return last
        return None

    def _called(self, m: Mention, word: str | None) -> bool:
        """ "Jamaica Public Service, the island's electricity company,": the noun (stemmed) the post gave a body in
        apposition right after its name (not a person of it: "Acme, the company's chief executive,")."""
        app = re.match(r"\s*,\s*(?:the|an?|its)\s+([^,;:.!?\"“”]{1,60}),", self._text[m.end:], re.I)
        words = hwords(app.group(1)) if app else []
        return bool(word) and not any(is_role_word(w) for w in words) and word in {stem(w) for w in words}

    def _titled_name(self, subj: str, inside: list[Mention]) -> Speaker | None:
        """ "Baltimore Mayor Brandon Scott said" with the model seeing no person: the words after the
        last title word are a name when they are two or three capitalised words nothing else claims."""
        words = subj.split()
        if len(words) > 8 or "," in subj:
            return None
        last = max((i for i, w in enumerate(words) if hwords(w) and is_role_word(hwords(w)[-1])), default=None)
        if last is None:
            return None
        name = words[last + 1:]
        # ("agency spokesman Luis de Torres said": a lowercase particle inside the name.)
        if not 2 <= len(name) <= 4 or not all(re.fullmatch(r"[A-Z][a-z][\w-]*", w) or
                                              (0 < i < len(name) - 1 and w in NAME_PARTICLES)
                                              for i, w in enumerate(name)) or \
                any(is_role_word(w) for w in hwords(" ".join(name))) or INSTITUTION.search(" ".join(name)):
            return None  # not "Prime Minister Benjamin Netanyahu's Office", not "Interior Ministry"
        name_start = len(subj) - len(" ".join(name))
        offset = self._pos
        # ... and a name the model took whole for a body, right after a person's role, is still a person's.
        claimed = [m for m in inside if m.type in {"place", "organisation"} and not (
            m.type == "organisation" and m.text == " ".join(name) and m.start == offset + name_start)]
        if any(m.end > offset + name_start for m in claimed) or self.gaz.find(" ".join(name)):
            return None
        role = DETS.sub("", " ".join(words[: last + 1])).strip()
        gender = gender_of(role.lower().split()) or name_gender(" ".join(name))
        return Speaker(" ".join(name), role or None, gender)

    def _opens_sentence(self, m: Mention) -> bool:
        sent = self._sentence_at(m.start)
        if sent is None:
            return False
        words = self._text[sent.start:m.start].split()
        # ("ISRO chairman Dr K. X watched", "Burnley head coach Y has made changes": a title of a few words, with a
        # role word and no preposition or clause, stands before the name that opens its sentence.)
        return len(words) <= 2 or (self.lang == "en" and len(words) <= 5 and any(is_role_word(key(w)) for w in words)
                                   and not any(key(w) in TITLE_BREAKS_EN for w in words))

    def _it(self, pos: int) -> Speaker | None:
        """ "The Coast Guard said ... '...,' it added", "the carrier said today. It said": the organisation
        that spoke last in this post, else the one its previous sentence named (only one)."""
        if self.post and self._is_organisation(self.post[-1].name):
            return self.post[-1]
        last = self.post[-1] if self.post else None
        listed = self.gaz.by_alias.get(last.name) if last else None
        if self.lang == "en" and last and last.name and " " not in last.name and not last.role and \
                not last.gender and not name_gender(last.name) and not (listed and listed[1] == "person"):
            # "Gatwick said it would reopen ... '...,' it said in a statement": "it" is never a person, so a one-word
            # name with no role, gender nor first name that the model took for one is the body that spoke.
            return last
        i = self._sentence_index(pos)
        if i is None:
            return None
        start = self._sents[i - 1].start if i else self._sents[i].start
        named = {m.canonical for m in self.mentions if m.type == "organisation" and start <= m.start < pos
                 and not self._in_quote(m.start) and not self._not_a_body(m)}
        if not named and self.lang == "en" and (called := self._body_called_opening(start)) is not None:
            return called
        return Speaker(named.pop(), None, None) if len(named) == 1 else None

    def _body_called_opening(self, start: int) -> Speaker | None:
        """ "Acme Tunnels, the company building the road, has issued a statement. It said": a name that opens the
        sentence at `start` with an apposition saying what kind of body it is, when the model saw no body there."""
        called = ORG_CALLED.match(self._text, start + len(self._text[start:]) - len(self._text[start:].lstrip()))
        # (Not "Jane Smith, the company's founder,": a person of the body; "it" is never a person, so a name the
        # model took for one is the body its apposition says it is.)
        if called is None or re.match(r"['’]", self._text[called.end():]) or \
                any(is_role_word(w) for w in hwords(called.group(2))):
            return None
        return Speaker(called.group("name"), None, None)

    def _organisation_by_its_words(self, subj: str, pos: int) -> Speaker | None:
        """ "a fait savoir le parquet antiterroriste" after "le Parquet national antiterroriste (Pnat)": a
        definite noun phrase whose words all belong to the name of an organisation named before ("the
        safety board" for the National Transportation Safety Board). Two words at least, or one when this
        post named that organisation or it spoke before ("the brigade"); only one such organisation, so
        "the board" alone is nobody's."""
        if not DET_THE.match(subj) or any(m.start >= pos and m.start < pos + len(subj) for m in self.mentions) or \
                re.search(r"['’]s\b", subj) or \
                any(is_role_word(w) or w in lexicon.OCCUPATIONS_FR for w in hwords(subj)):
            return None  # (not "the airline's CEO", "le policier": a person of the organisation)
        words = {stem(w) for w in hwords(DETS.sub("", subj)) if len(w) > 3}
        if not words:
            return None
        here = {m.canonical for m in self.mentions if m.type == "organisation" and m.end <= pos
                and words <= self._listed_stems(m.canonical) and not self._not_a_body(m)}
        known = {n for n in seen_names(self.context, "organisation") if words <= self._listed_stems(n)}
        # ("the brigade said" a post after the London Fire Brigade spoke: one word is enough for a body that
        # spoke before.)
        spoke = {c.name for c in self.candidates() if self._is_organisation(c.name)
                 and words <= self._listed_stems(c.name)}
        found = here or (known if len(words) >= 2 else spoke)
        return Speaker(found.pop(), None, None) if len(found) == 1 else None

    def _body_spelt_before(self, subj: str, pos: int) -> Speaker | None:
        """ "The Space Weather Prediction Center has issued a watch. ..., according to the center": a kind noun (with
        only adjectives of where or whose) names the one body this post spelt out before with that noun as the last
        word of its capitalised name, when the model saw no body there. Nobody when two such names were spelt."""
        kind = BODY_KIND_EN.fullmatch(subj.strip())
        if kind is None or any(w not in ANY_BODY_WORDS for w in kind.group("adj").split()):
            return None
        head = kind.group("head").capitalize()
        named = set()
        for m in re.finditer(r"(?<![\w'’-])((?:[A-Z][\w'’&.-]*\s+){1,6})" + head + r"(?![\w'’-])", self._text[:pos]):
            if self._in_quote(m.start()) or any(x.start <= m.start() < x.end or m.start() <= x.start < m.end()
                                                for x in self.mentions if x.type in {"person", "organisation"}):
                return None  # (a body the model found is for the rules of its kind; a person's words are not a name)
            words = re.sub(r"^(?:The|A|An)\s+", "", m.group(1)).split()
            if not words or any(_first_name(w) or is_role_word(key(w)) for w in words):
                continue
            named.add(" ".join(words) + " " + head)
        return Speaker(named.pop(), None, None) if len(named) == 1 else None

    def _listed_stems(self, canonical: str) -> set[str]:
        """The words of an organisation's name and of the names the lists give it in either language: "a fait
        savoir le palais" after "Buckingham Palace", listed as "palais de Buckingham" too."""
        return name_stems(canonical).union(*(name_stems(alias) for alias, (name, _) in self.gaz.by_alias.items()
                                             if name == canonical))

    def _not_a_body(self, m: Mention) -> bool:
        """ "a indiqué Red Eléctrica sur X", "un TER sur dix": a network it wrote on, or one of a product,
        is no organisation a later "le gestionnaire" or "la compagnie" can mean."""
        if self.lang == "en" and self._listed_with_place(m):
            return True
        return bool(re.search(r"(?:\b(?:sur|on|via)|(?<![\w'])(?:un|une))\s+$",
                              self._text[max(0, m.start - 5): m.start], re.I)) or \
            bool(re.match(r"\s+[A-Z]?\d", self._text[m.end: m.end + 4]))  # "Boeing 737-9": a model of it

    def _listed_with_place(self, m: Mention) -> bool:
        """ "for counties Galway, Mayo and Clare": a name in a list that holds a place is a place too, whatever
        the model took it for."""
        listed = [x for x in self.mentions if x.type in {"place", "organisation"}]
        i = next((j for j, x in enumerate(listed) if x.start == m.start), None)
        if i is None:
            return False
        joined = r"\s*(?:,|,?\s+and|,?\s+or)\s+"
        # Walk the list both ways from the name, while names follow each other with only commas or "and".
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(listed):
                a, b = sorted((listed[j], listed[j + step]), key=lambda x: x.start)
                if not re.fullmatch(joined, self._text[a.end: b.start]):
                    break
                j += step
                if listed[j].type == "place":
                    return True
        return False

    def _with_built_bodies(self) -> list[Mention]:
        """This post's mentions and, as organisations where they spoke, the bodies rules built that the model missed."""
        seen = {m.canonical for m in self.mentions if m.type == "organisation"}
        built = [Mention(at, at + len(name), name, "organisation", name) for name, at in self.bodies.items()
                 if name not in seen]
        return sorted([*self.mentions, *built], key=lambda m: m.start) if built else self.mentions

    def _built_body(self, found: Speaker) -> Speaker:
        """`found`, a body a rule read from the subject at `_pos`, remembered as one for the nouns that follow."""
        self.bodies.setdefault(found.name, self._pos)
        return found

    def _is_organisation(self, name: str) -> bool:
        if name in self.bodies:
            return True
        if any(m.canonical == name and m.type == "organisation" for m in self.mentions):
            return True
        if self.lang == "en" and BODY_LAST_EN.search(name) and not self.gaz.by_alias.get(name):
            return True  # ("The NSW Resources Regulator said", the model seeing only NSW: its name says it is a body)
        if self.lang == "fr" and any(m.canonical == name and m.type == "person" for m in self.mentions):
            return False  # (a person in this post, whatever an earlier post took the name for)
        return bool(self.context and self.context.entities.get(name) == "organisation")

    def _belongs_to(self, before: str, after: str) -> bool:
        """ "le bureau du Premier ministre X", "X's office", "le porte-parole de X": someone else speaks."""
        if re.match(r"\s*'s\s+(?!own\b)\w", after):
            return True
        # "Me X, l'un des deux avocats de Gisèle Pelicot,": the last apposition is the phrase that owns.
        head = one_of(before.rsplit(",", 1)[-1].strip())
        m = re.match(r"(?:bureau|entourage|cabinet|services?|office|porte-parole|spokes\w+|avocate?s?|conseils?|garde|"
                     r"agents?|lawyer|équipe|team|camp|" + _OWNING_KIN + r"|"
                     r"proches?|aides?|conseill\w+|adviser|advisor)\b.*\b(?:(?:de|du|des|of|for)\b|d')"
                     r"(?P<title>(?:\s*[\w'.-]+){0,4}?)\s*$", head, re.I)
        # "le bureau du Premier ministre Benyamin Nétanyahou": a title may stand between "du" and the name,
        # and so may a civility ("L'avocat de M. Delorme, Me Karim Benali").
        # ... and so may a possessive and what the person is to someone ("Un porte-parole de son frère Harry").
        return bool(m) and (not m.group("title").strip() or any(is_role_word(w) for w in hwords(m.group("title")))
                            or re.fullmatch(r"\s*(?:son|sa|ses|leur|leurs|his|her|their)\s+[\w-]+", m.group("title"))
                            is not None
                            or re.fullmatch(r"\s*(?:" + _OWNED_TITLES + ")",
                                            m.group("title")) is not None)

    def _role_around(self, subj: str, person: Mention, subj_start_abs: int) -> str | None:
        rel = person.start - subj_start_abs
        before = subj[:rel].strip().rstrip(",")
        after = subj[rel + len(person.text):]
        role = None
        heads = role_heads(self.lang)
        b = DETS.sub("", before).strip()
        if self.lang == "en" and b and re.match(r"(?:the\s+)?former\s", before.strip(), re.I):
            b = "former " + b  # "The former prime minister, Boris Johnson,": the prime minister is someone else
        b = re.sub(r"^(?:" + COURTESY + r")\s*", "", b)
        # "L'avocat de la famille, Me X"
        b = re.sub(r"[\s,]*\b(?:" + either(COMMON_FR) + ")$", "", b).strip().rstrip(",")
        if self.lang == "en":
            # "Prime Minister Sir Keir Starmer", "The council's leader, Mrs Margaret Hale,"
            b = re.sub(r"[\s,]*\b(?:Sir|Dame|Lord|Lady|" + either(ENGLISH, dot=True) + r")$", "", b).strip()
        if self.lang == "en" and "," in b:
            # "the national cyber security coordinator, Lt Gen X": the rank is not the role.
            b = re.sub(r"(?:[\s,]+(?:" + _RANKS + r")\.?)+$", "", b).strip().rstrip(",")
            # "Calloway's coach, the former doubles champion Todd Maguire": the role is before the description.
            b = re.sub(r",\s*the\s+(?:[a-z][\w-]*\s*){1,4}$", "", b)
        if self.lang == "fr" and "," in b:
            # "Premier témoin de la matinée, l'actuel maire de X, Paul Y": what opens the sentence describes him,
            # the role is the phrase right before his name.
            last = DETS.sub("", b.rsplit(",", 1)[1].strip()).strip()
            if role_words(hwords(last), self.lang):
                b = last
        # ("Premier témoin, le policier X": an ordinal is no role.)
        if b and any(w in heads or any(x in heads for x in w.split("-")) for w in role_words(hwords(b), self.lang)
                     + [w for w in hwords(b) if "-" in w]):
            role = b
        else:
            m = re.match(r"\s*,\s*(?P<role>[^,]+)", after)
            if m and any(w in heads for w in hwords(m.group("role"))):
                role = DETS.sub("", m.group("role").strip())
        if self.lang == "en" and role:
            role = re.sub(r"'s$", "", role).strip()
        if role is None:
            role = self._local_roles.get(person.canonical)  # "X, ministre de l'Intérieur, qui ..."
        if role is None:
            known = self.gaz.roles.get(person.canonical)
            if known:
                # The newsroom list holds roles in both languages: the one of the post's language.
                heads = role_heads(self.lang) - role_heads("fr" if self.lang == "en" else "en")
                role = next((r for r in known if any(w in heads for w in hwords(r))), None) or \
                    next((r for r in known if bool(FRENCH_ROLE.search(r)) == (self.lang == "fr")), known[0])
            else:
                role = next((s.role for s in self.candidates() if s.name == person.canonical and s.role), None)
        if role:
            role = re.sub(r"\s+(?:lors|during|in a|dans un|au cours|à l'issue|on|le|en marge)\b.*$", "", role)
            # (A role cut from what it is held at keeps no dangling "d'": "dirigeant d'" is "dirigeant".)
            role = _DANGLING_OF.sub("", role)
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
            if not words or words[-2:] in (["le", "dr"], ["le", "pr"], ["le", "docteur"], ["le", "professeur"]):
                continue  # "le Dr Samia Kaddour": the title takes "le" whoever holds it
            gender = gender_of(words)
            if gender:
                return gender
        return next((s.gender for s in self.candidates() if s.name == person.canonical), None) or \
            name_gender(person.canonical)

    def said(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            latest_speaker(self.post, speaker)
            if speaker.role:
                self.said_roles.setdefault(speaker.name, []).append(speaker.role)


# Titles before a French name: "M. Carney", "Me Ingrain", "le Dr Lemaire".
TITLES_FR = set(FRENCH)
# The titles some rules take, each as the rule was written (adding the others would change what it matches):
# between a trade's noun and the name ("l'avocat Me Y"; the match ignores case);
_AFTER_TRADE = either((M, MME, ME, DR, DRE))
# before a name in apposition ("Le porte-parole de X, Me Y,");
_APPOSED = either(CIVIL_FR + LAWYER_FR + (DR,))
# opening an owner's apposition ("Me Stéphane Babonneau, l'un des avocats de X");
_OWNER_TITLES = either(LAWYER_FR + CIVIL_FR + (DR, PR))
# before a name in apposition to a role ("La cheffe de file des députés, Mme X");
_APPOSITIVE_TITLES = either(CIVIL_FR + LAWYER_FR) + "|" + either(ENGLISH, dot=True)
# after "l'avocat de" ("L'avocat de M. Delorme");
_OWNED_TITLES = either((M, MM, MME, MMES, MLLE, ME, MAITRE, DR, PR)) + "|" + either(ENGLISH, dot=True)
# before the person on trial ("le procès du Dr X").
_TRIED_TITLES = either(CIVIL_FR + DOCTOR_FR)
# English titles before a surname ("Dr Tedros said"), ...
_SURNAME_TITLES_EN = either((DR, *ENGLISH, *COUNCILLOR, "Prof", "Sir", "Dame"))
# ... and before one which is no body's name ("Mrs Price-Evans said").
_OWN_NAME_TITLES_EN = either((*ENGLISH, "Miss", "Mx", "Sir", "Dame", "Lord", "Lady", *COUNCILLOR, DR, "Prof", "Rev"))
# A French title and a surname (particles inside): "le Dr Dolphin", "M. Villeroy de Galhau", "Mme Le Pen".
TITLED_SURNAME = re.compile(r"(?:(?P<det>[Ll]e|[Ll]a)\s+)?(?P<title>" + either(FRENCH) + r")\.?\s+"
                            r"(?P<surname>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|des|del|da|van|von|der|le|la)\s+)?"
                            r"[A-ZÀ-Ý][\w'’-]+)*)(?![\w'’-])")

# Party labels a post uses for a politician it just quoted: "l'écologiste", "la socialiste".
PARTY_NOUNS_F = {"insoumise", "elue", "militante"}
PARTY_NOUNS_M = {"insoumis", "elu", "militant"}
PARTY_NOUNS = {"ecologiste", "socialiste", "communiste", "centriste", "macroniste", "frontiste", "lepeniste",
               "syndicaliste"} | PARTY_NOUNS_F | PARTY_NOUNS_M

# "la Française", "le jeune homme de 22 ans", "la nageuse de 24 ans": how a French post describes a person.
DESCRIBED = re.compile(r"(?P<det>[Ll]e(?=\s)|[Ll]a(?=\s)|[Ll]['’])\s*(?P<noun>jeune\s+(?:homme|femme|fille)|[\w-]+)"
                       r"(?P<adj>\s+[a-zéèêàâîôûç][\w-]*)?(?P<age>\s+de\s+\d{1,3}\s+ans)?")
DEMONYM = re.compile(r"(?:\w+(?:ien|ienne|ain|aine|ais|aise|ois|oise|and|ande|ol|ole|ec|que|ene)|suissesse|russe|"
                     r"belge|suisse|britannique|tricolore)s?$")

# Words for a person that are neither roles nor trades: who a trial or an accident is about.
PERSON_NOUNS = {"victime", "temoin", "plaignant", "plaignante", "suspect", "suspecte"}
# "a raconté le voisin", "a témoigné l'habitante": someone met on the spot, not the person the post is about.
BYSTANDERS_FR = {"homme", "femme", "jeune", "garcon", "fille", "enfant", "adolescent", "adolescente", "voisin",
                 "voisine", "habitant", "habitante", "riverain", "riveraine", "passant", "passante", "spectateur",
                 "spectatrice", "supporter", "supportrice", "client", "cliente", "patient", "patiente", "passager",
                 "passagere", "automobiliste", "conducteur", "conductrice", "rescape", "rescapee", "sinistre",
                 "sinistree", "blesse", "blessee", "inconnu", "inconnue",
                 "source", "proche", "ami", "amie", "public"}
# "Son voisin, lui, rangeait", "Sa voisine confie": a bystander known only by whom he stood beside.
OWNED_BYSTANDER_FR = re.compile(r"(?:Son|Sa|Leur)\s+(?P<np>[\w-]+)(?=\s*,|\s+[a-zéèêàâîôûç])")
# Words before the noun of a description: "la nouvelle présidente", "l'ancien adjoint", "le double tenant du titre".
EPITHET_MODIFIERS_FR = {"nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "ex", "futur", "future", "actuel",
                        "actuelle", "double", "triple", "jeune"}
FORMER_FR = {"ancien", "ancienne", "ex"}
# Nouns for a person that are neither roles nor trades: what they do or did ("l'attaquant", "la chanteuse").
EPITHETS_FR = {"acteur", "actrice", "chanteur", "chanteuse", "journaliste", "adjoint", "adjointe", "attaquant",
               "attaquante", "defenseur", "gardien", "gardienne", "capitaine", "gagnant", "gagnante", "laureat",
               "laureate", "finaliste", "tenant", "tenante", "cineaste", "ecrivain", "ecrivaine", "auteur", "autrice",
               "artiste", "chercheur", "chercheuse", "scientifique", "grimpeur", "grimpeuse", "musicien",
               "musicienne", "vainqueur", "champion", "championne"}
# "la nouvelle présidente", "le député des Alpes-Maritimes", "la championne olympique de VTT": an article, lowercase
# words, and what they are of (a name may be there).
PERSON_DESCRIBED_FR = re.compile(r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)(?P<desc>[a-zéèêàâîôûç][\w-]*"
                                 r"(?:\s+[a-zéèêàâîôûç][\w-]*){0,3})"
                                 r"(?P<of>\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\w-]+(?:\s+[\w-]+){0,2})?")
# "le champion du monde", "l'ailier fort texan", "le buteur": a description in lowercase words after the article.
SOLE_DESCRIBED_FR = re.compile(r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)(?P<desc>[a-zéèêàâîôûç][\w-]*"
                               r"(?:\s+(?:d[eu]\s+|des\s+|d['’])?[a-zéèêàâîôûç][\w-]*){0,3})")
# Where or amid what a description spoke, after it: "a lancé la syndicaliste au micro de France Info", "sous les
# applaudissements", "en marge du sommet".
WHERE_SAID_FR = re.compile(r"\s+(?:au|aux|à|sur|dans|devant|dès|sous|en\s+marge)\s.*$")


def _without_where_said(subj: str) -> str:
    """A French description without where or amid what it spoke (`WHERE_SAID_FR`)."""
    return WHERE_SAID_FR.sub("", subj.strip())


# "a lâché le vainqueur", "a confié l'heureuse lauréate": a winner's noun after the article.
WINNER_DESCRIBED_FR = re.compile(r"(?P<det>[Ll]e(?=\s)|[Ll]a(?=\s)|[Ll]['’])\s*(?:(?:grand|grande|large|jeune|nouveau|"
                                 r"nouvelle|heureux|heureuse)\s+)?(?P<noun>[\w-]+)(?:\s+du\s+jour)?")
# Who won: a verb of winning right after the name ("X remporte", "X s'est imposée"), ...
WON_AFTER_FR = re.compile(r"\s*(?:,[^,.!?;:«»]{1,60},\s*)?(?:remporte|(?:a|avait)\s+remporté|triomphe|(?:a|avait)\s+"
                          r"triomphé|l['’]emporte|l['’](?:a|avait)\s+emporté|décroche|(?:a|avait)\s+décroché|rafle|"
                          r"(?:a|avait)\s+raflé|s['’]impose|s['’](?:est|était)\s+imposée?|s['’]adjuge|"
                          r"s['’](?:est|était)\s+adjugée?|est\s+sacrée?|a\s+été\s+sacrée?)(?![\w-])")
# ... or a victory, a crowning or a prize right before it ("Victoire au sprint du Néerlandais X", "Le prix
# revient à X").
WON_BEFORE_FR = re.compile(r"(?:(?:[Vv]ictoire|[Ss]acre|[Tt]riomphe)\s+(?:(?:au|à|en)\s+[\w-]+\s+)?"
                           r"(?:de\s+la|de\s+l['’]|du|de|d['’])|(?:revient|est\s+revenue?|(?:a\s+été|est)\s+"
                           r"(?:attribuée?|décernée?))\s+à)\s*(?:l['’]\s*|la\s+|le\s+)?(?:[A-ZÉ][\w-]*\s+)?$")
# "X, 45 ans, a été interpellé", "X s'est fait voler": the subject undergoes what the sentence tells.
PASSIVE_AFTER_FR = re.compile(r"\s*(?:,[^,.!?;:«»]{1,60},\s*)?"
                              r"(?:(?:a|avait|aura|aurait)\s+été|s['’](?:est|était)\s+fait)\s")
# What follows a person subject: its verb (an adjective may come first), not a complement ("La victime de
# l'accident"), a second subject ("Le témoin et sa sœur") or a relative clause.
_NOT_VERB = r"(?:de|du|des|d|et|ou|qui|que|dont|à|au|aux)(?![\w'’-])"
# ("Le prévenu, chemise blanche et voix posée, a détaillé": an aside that describes him may come first.)
PERSON_SUBJECT_AFTER = re.compile(rf"(?P<aside>\s*,[^,{CLAUSE_STOPS}]{{1,60}},)?"
                                  rf"(?:\s+(?!{_NOT_VERB})[a-zéèêàâîôûç][\w-]*)?\s+(?!{_NOT_VERB})"
                                  r"(?:[a-zéèêàâîôûç]|[nls]['’])")
# "Interrogé par la présidente, Nathalie X, ": a participle clause (and the name of its agent) before a subject.
PARTICIPLE_LEAD = re.compile(r"\s*(?:interrogée?s?|questionnée?s?|pressée?s?|relancée?s?|invitée?s?)\b"
                             r"[^,;:«»\"“”]{0,80}?(?:\bpar\s+(?:le|la|l['’])\s*[\w-]+\s*,\s*[A-ZÉ][^,;:«»\"“”]{1,50})?"
                             r",\s*", re.I)
# "Le procès de Kévin X", "le procès en appel du Dr X": the person on trial.
_TRIAL_OF = r"\bprocès\s+(?:en\s+appel\s+)?(?:de\s+|d['’]|du\s+)(?:(?:" + _TRIED_TITLES + r")\s+)?"
TRIAL_OF = re.compile(_TRIAL_OF + "$", re.I)
# The same, read forward in a text no model has read: a first name and one or two more capitalised words.
TRIAL_OF_NAME = re.compile(_TRIAL_OF + r"(?P<name>(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+(?:(?:de|du|des|le|la|van|von|di|da)\s+)?"
                           r"[A-ZÀ-Ý][\w’'-]+){1,2}))", re.I)

# What belongs to someone in English and speaks for them: "the prime minister's office", "the mayor's spokesman".
OWNED_EN = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:office|spokes(?:man|woman|person)|aides?|team|campaign|lawyers?|"
                      r"attorneys?|family|allies|camp|press\s+secretary|chief\s+of\s+staff|entourage)\b", re.I)
# "le cabinet de la ministre", "l'entourage du président": the people around a role holder, not the holder.
OFFICE_OF_FR = re.compile(r"(?:le|l['’])\s*(?:cabinet|bureau|entourage)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’])"
                          r"(?P<head>[\w-]+)", re.I)

AGE_APPOSITION = re.compile(r"\s*(?:,\s*|\()(?:\d{1,3}\s*ans\b|aged\s+\d{1,3}\b|\d{1,3}\s*[,)])")

# The names of police forces, which "the force" means.
POLICE_FORCE = re.compile(r"\b(?:Police|Constabulary|Garda|Gendarmerie|Carabinieri)\b")
FR_TIME_AFTER = re.compile(r"(?:\s+(?:ce|cet|cette|dans\s+la|en\s+fin\s+d'|en\s+début\s+d')?\s*(?:lundi|mardi|mercredi|"
                           r"jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|matin|soir|après-midi|avant-midi|midi|nuit|"
                           r"matinée|soirée|journée))+$", re.I)
# ("Réplique immédiate de l'édile": an adjective may come first.)
REPLY_OF = re.compile(r"(?:réponse|réaction|réplique)(?:\s+(?!d[eu]s?\b)[a-zéèêàç]+)?\s+"
                      r"(?:de\s+(?P<la>la)\s+|de\s+(?P<l>l')|(?P<du>du)\s+|(?P<des>des)\s+)", re.I)
# "The Office of Rail and Road (ORR), Britain's rail regulator, said": the acronym in brackets and an apposition
# that describes the body are not part of who spoke.
ORG_DESCRIBED = re.compile(r"\s*(?:\(\s*[A-Z][\w&.-]*\s*\))?\s*(?:,\s*(?:the|its|an?|"
                           r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*['’]s)\s[^,;:]{1,60}?,?)?\s*$")
ORG_CALLED = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}),\s*"
                            r"((?:the|its|an?|[A-Z][\w.'-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}(?:union|agency|company|firm|charity|regulator|operator|airline|"
                            r"broadcaster|watchdog|association|federation|utility|provider|carrier|organi[sz]ation|group))")
# ("who gave only her first name, Mira": the name after a comma.)
GAVE_NAME = re.compile(r"\bwho\s+(?:gave|would\s+give)\s+(?:only\s+)?(?P<pron>his|her)\s+(?:first\s+)?name\s*"
                       r"(?:(?:only\s+)?as\s+|,\s*)(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*$")
# An age the post gives someone: "John Smith, 54,", "aged 61", "a 23-year-old".
AGE_GIVEN_EN = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,|\baged\s+\d{1,3}\b|\b\d{1,3}-year-old\b", re.I)
DET_THE = re.compile(r"(?:le|la|l'|les|the)(?:\s|(?<='))", re.I)
# Family words: "la grand-mère de Nahel, Nadia, a estimé" is Nadia speaking. The French words of the close
# family (a husband, "époux", as "mari"), grandparents, grandchildren, uncles, cousins, the widowed and partners,
# as the rule had them (no nephews, in-laws, great-grandparents).
KIN = {kin.folded(word) for word in kin.words(
    (*kin.CLOSE, "grandparent", "grandchild", "uncle", "cousin", "widowed", "partner"), ("fr",))}
# "la fille de X, Y", "l'époux de X, Y": a relative is someone else's (see Resolver._belongs_to). The close family
# and French grandparents and uncles, as the rule had them (no "femme", also "a woman").
_OWNING_KIN = kin.alternation([*kin.words(kin.CLOSE, but={"femme"}),
                               *kin.words(("grandparent", "uncle"), ("fr",))])
# Subjects that name nobody, built from speech.py's pieces: an indefinite determiner in any case ("un autre",
# "une autre" too) or capitalised where it opens a sentence, lowercase words that describe the person, an aside.
_INDEFINITE = "|".join((*INDEFINITE_EN, *INDEFINITE_FR, *(rf"{d}\s+autre" for d in INDEFINITE_FR)))
_OPENING = capitalised(INDEFINITE_FR + INDEFINITE_EN)
_DESCRIPTION = rf"(?:\s+{LOWER_WORD})"
_ASIDE = rf",[^,{CLAUSE_STOPS}]{{1,100}},"
_AUX_FR = "a|avait|est|était|s'est"
# A relative clause that withholds the subject's name: "who asked not to be named", "who spoke on condition of
# anonymity".
ANONYMOUS_EN = re.compile(r"\bwho\s+(?:(?:asked|wished|wanted|preferred|declined|refused|did\s+not\s+want)\s+"
                          r"(?:not\s+)?to\s+be\s+(?:named|identified)|spoke\s+on\s+condition\s+of\s+anonymity)\b",
                          re.I)
# "A woman who asked not to be named", "another passenger", "une habitante du quartier": someone the post
# does not name.
SOMEONE = re.compile(rf"(?:{_INDEFINITE})\s+(?:[\w-]+\s+){{0,2}}?(?:woman|man|"
                     r"passenger|resident|witness|mother|father|teenager|student|nurse|driver|neighbou?r|farmer|"
                     r"voter|survivor|worker|employee|person|femme|homme|passag[eè]re?|habitante?|témoin|mère|"
                     r"père|adolescente?|étudiante?|voisine?|électeur|électrice|rescapée?|riveraine?|"
                     r"retraitée?|commerçante?|manifestante?|salariée?|employée?|"
                     # ("a volunteer shouted", "a member of the backroom staff told us", "a fan in a bucket hat")
                     r"volunteer|member|fan|supporter|spectator|shopper|customer|parent|bénévole)\b",
                     re.I)
# ... and any other subject that is an indefinite article and lowercase words: "a fisherman", "A pharmacist we
# spoke to", "un pêcheur rencontré sur le port" (not "a spokesman for Ryanair": a named owner may speak), also
# with a relative clause that names where they work ("One scout who watches several Serie A clubs").
INDEFINITE = re.compile(rf"(?i:{_INDEFINITE}){_DESCRIPTION}{{1,6}}(?:\s+(?:who|qui)\s.*)?")
# A sentence whose subject is such a person, before its verb: "Un pêcheur rencontré sur le port a raconté",
# "Another shopper, queuing outside the bank, was angrier".
INDEFINITE_SUBJECT = re.compile(rf"(?:{_OPENING})(?P<np>{_DESCRIPTION}{{1,6}}?)(?:{_ASIDE})?"
                                rf"\s+(?:{_AUX_FR}|has|had|is|was|told|said|says)\b")
# ... after a short lead ("Beside her, a man wrapped in a flag had been waiting"), or with the name of a place
# among the words ("A Newtown cafe owner told": see Resolver._placed_someone).
_SUBJECT_VERB = rf"(?:{_ASIDE})?\s+(?:{_AUX_FR}|has|had|is|was|told|said|says)\b"
LED_INDEFINITE_SUBJECT = re.compile(rf"[^,{CLAUSE_STOPS}]{{1,40}},\s*(?:{_INDEFINITE})(?P<np>{_DESCRIPTION}{{1,6}}?)"
                                    + _SUBJECT_VERB)
PLACED_INDEFINITE = rf"(?:{_OPENING}|{_INDEFINITE})\s+(?P<place>[A-Z][\w'’-]+)(?P<np>{_DESCRIPTION}{{1,5}}?)"
PLACED_INDEFINITE_SUBJECT = re.compile(PLACED_INDEFINITE + _SUBJECT_VERB)
# ... with a relative clause or an aside before the verb: "Une cliente qui attendait son train depuis Lille a
# appris", "Un ancien adjoint de la mairie, cité comme témoin, a affirmé" (no person named in it: "Un porte-parole,
# Paul X, a dit" is Paul X). (Apart from INDEFINITE_SUBJECT, tried first, whose np may run on into the clause:
# "cliente qui attendait".)
INDEFINITE_DESCRIBED = re.compile(rf"(?:{capitalised(INDEFINITE_FR)})(?P<np>{_DESCRIPTION}{{1,8}}?)"
                                  rf"(?:\s+qui\s|\s*,\s)[^{CLAUSE_STOPS}]{{0,150}}?\s(?:{_AUX_FR})\s")
# "Celle-ci a précisé": the last one named (see Resolver._last_named).
DEMONSTRATIVES_FR = {"celui-ci": "m", "celle-ci": "f"}
LATTER_FR = {"ce dernier": "m", "cette derniere": "f"}
LAST_NAMED_THEN = re.compile(r"(?:\s*,[^.!?;:«»\"“”]{1,80})?\s*[.!?]\s+(?:[^,.!?;:«»\"“”]{1,40},\s*)?")


# "Her publisher, Fenwick & Lowe", "The engine maker, Aerotek Propulsion", "His team, Nordlys-Vento": a kind of body
# (its owner's, or "the"), then its name in apposition (not "Her agent, X" nor "the club's captain, X": people).
KIND_THEN_NAME_FR = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:formation|équipe|écurie|club|société|entreprise|groupe|"
                               r"compagnie|association|ONG|collectif|syndicat|parti)\s+"
                               r"(?P<name>[A-ZÉ][\w-]+(?:[\s-][A-ZÉ][\w-]+){0,2})")
KIND_THEN_NAME_EN = re.compile(r"(?i:the|his|her|its|their|[A-Z][\w-]*['’]s)\s+"
                               # ("The UN children's agency, UNICEF,": an acronym or a possessive among its words.)
                               r"(?:(?:[a-z][\w-]*(?:['’]s)?|[A-Z]{2,5})\s+){0,2}"
                               r"(?:agency|team|club|publisher|label|employer|sponsor|company|firm|airline|carrier|operator|"
                               r"broadcaster|union|charity|[a-z]*maker|manufacturer|insurer|lender|retailer|supplier|"
                               r"contractor|studio|developer)\s*,\s*(?P<name>[A-Z][^,;:]*?)\s*,?")

# ... and with no comma: "state broadcaster CCTV", "the train drivers' union Aslef, which ..." (the relative clause
# is not its name).
KIND_BEFORE_NAME_EN = re.compile(r"(?:(?i:the)\s+)?(?:[a-z][\w-]*['’]?\s+){0,3}"
                                 r"(?:broadcaster|union|agency|utility|regulator|watchdog|charity|airline|carrier)\s+"
                                 r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})(?:\s*,\s*(?:which|whose)\s.*)?")


# "the two-time champion", "the 24-year-old countertenor", "the Kenyan writer": an English description of a person
# (an age alone, "the 23-year-old", may be anyone the quote is about).
SOLE_DESCRIBED_EN = re.compile(r"the\s+(?:(?P<age>\d{1,3})-year-old\s+)?"
                               r"(?P<desc>(?:(?:[A-Z][a-z]+(?:an|ese|ish)|[a-z\d][\w-]*)\s+){0,2}[a-z][\w-]*)")
# "the Spaniard", "The Dutchman", "the Italian", "the Dutch runner" (a role noun is a role: "the Mexican minister").
# ("the Czech", "the Yorkshireman", "the Kerryman": demonyms without an -ian ending, and regional -man nouns.)
DESCRIBED_EN = re.compile(r"[Tt]he\s+(?:(?P<adj>Dutch|French|Swiss|Greek|Thai|Welsh|Irish|Scottish|English|British|"
                          r"Czech|Slovak|[A-Z][a-z]+(?:ian|ean|can|ese|ish|i))\s+(?P<noun>runner|player|driver|rider|star|striker|"
                          r"champion|veteran|teenager|swimmer|cyclist|skier|boxer|golfer|midfielder|defender|"
                          r"forward|goalkeeper|batter|bowler|sprinter|world\s+number\s+one)|"
                          r"(?P<demonym>(?:[A-Z][a-z]*(?:shire|ish|sh|ch)|Scots|Manx|Kerry|Cork)(?:man|woman)|Spaniard|"
                          r"Briton|Scot|Swede|Dane|Finn|Pole|Turk|Swiss|Greek|Thai|Czech|Slovak|Serb|Croat|Slovene|Kiwi|"
                          r"Londoner|Dubliner|[A-Z][a-z]+(?:ian|ean|can|ese|i)))")
# "Neighbours said", "Residents told us": people the post does not name, whatever the model took the word for;
# also where they are ("Villagers near Ashby Cross told", "Fans outside the ground said": the place is nobody).
# ("Gardaí said", Irish police officers, are nobody either, as "police said": the force speaks by its name.)
CROWD_EN = re.compile(r"(?:(?:many|some|other|local|angry)\s+)?(?:neighbou?rs|residents|witnesses|locals|villagers|"
                      r"onlookers|bystanders|relatives|families|passengers|survivors|shoppers|commuters|fans|"
                      r"garda[íi])"
                      r"(?:\s+(?:in|of|from|near|at|around|outside|inside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?",
                      re.I)

# "Garda sources", "senior Pentagon sources", "a government source": a noun of its own before "source(s)".
SOURCES_EN = re.compile(r"(?:(?:an?|one|two|three|several|some)\s+)?(?:[\w'’.-]+\s+){1,4}sources?")


# The last word of a public body's English name: "Regulator", "Inspectorate" too ("NSW Resources Regulator").
# "the center", "the federal institute": a kind of body the English model often misses in a name ("the Space Weather
# Prediction Center"), with only words of where or whose before it.
BODY_KIND_EN = re.compile(r"the\s+(?P<adj>(?:[a-z]+\s+){0,2})(?P<head>center|centre|institute|foundation|society|"
                          r"observatory|trust)", re.I)
BODY_LAST_EN = re.compile(r"(?:" + PUBLIC_BODY.pattern + r"|\b(?:Regulator|Inspectorate|Ombudsman|Watchdog))$")


# Two verbs joined, the speech verb second: "He apologized to passengers and (said)".
JOINED_EN = re.compile(r"(?P<subj>[^,;:]+?)\s+(?:(?:has|had|have)\s+)?[a-z]+ed\b[^,;:]*\s+(?:and|but)")
# Common irregular past forms of a first verb: "(Doyle, the chief executive,) met the families and (said)".
_IRREGULAR_PAST_EN = ("spent|went|met|made|gave|took|came|left|held|sat|stood|spoke|wrote|ran|began|"
                      "brought|kept|sent|led|paid|sought|fought|won|lost|shook|thought|felt|heard")
# The first of two joined verbs, the speech verb second, when a comma cut the subject off: "(Doyle, the chief
# executive,) thanked the rescuers and (said)".
JOINED_VERB_FIRST_EN = re.compile(r"(?:(?:has|had|have)\s+)?(?:[a-z]+ed|" + _IRREGULAR_PAST_EN +
                                  r")\b[^,;:]*\s+(?:and|but)")
# A name and its apposition between commas that open a sentence: "Doyle, the Ridgeback chief executive, ".
APPOSED_NAME_EN = re.compile(r"\s*(?P<subj>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*(?:the|an?|its|his|her|their)\s"
                             r"[^,;:.!?\"“”]{2,80}),\s*")
# A description with an indefinite article, left as subject after a name and its comma: "a lawyer representing X".
APPOSED_ROLE_EN = re.compile(r"an?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)"
                             r"(?:\s+(?:for|of|representing|with|at|from)\s.*)?")
# Where or when the words were said, before a pronoun subject with no comma: "At a news conference on Monday she
# (said)", "In an interview he (told)".
LEAD_BEFORE_PRONOUN_EN = re.compile(r"(?:At|In|On|During|After|Before|Later|Earlier|Outside|Inside|Speaking|Asked)\s"
                                    r"(?:(?!who\b|which\b|that\b|where\b|when\b|and\b)[\w'’.-]+\s+){0,8}?"
                                    r"(?P<pron>he|she)")
# A surname that opens with its particle: "von der Leyen", "Van der Poel", "De la Fuente".
PARTICLE_SURNAME = re.compile(r"(?:[Vv]on|[Vv]an|[Dd]e|[Dd]a|[Dd]el|[Dd]i|[Dd]u)(?:\s+(?:der|den|de|la|le|los|las))?"
                              r"\s+[A-ZÀ-Ý][\w'’-]+")
# Words that open an English sentence before a comma and are no name ("However, ...").
SENTENCE_ADVERBS = {"however", "meanwhile", "yesterday", "today", "tonight", "later", "earlier", "still", "instead",
                    "now", "then", "again", "also", "overall", "separately", "elsewhere", "nonetheless", "nevertheless",
                    "afterwards", "indeed", "moreover", "otherwise", "there", "here", "inside", "outside", "so", "yet"}


NAME_PARTICLES = {"de", "del", "della", "da", "do", "dos", "di", "du", "van", "von", "der", "den", "la", "le"}


# The capitalised words of a body's name between "de" and a person named in it: "de l'Académie André Delvaux".
_BODY_WORDS = r"(?:l['’])?(?-i:(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3})$"


# "son homologue", "son homologue française": the counterpart of the last speaker (Resolver._counterpart); the
# adjective's ending tells the gender ("française", "italienne" / "français", "italien").
COUNTERPART_FR = re.compile(r"(?:son|leur)\s+homologue(?:\s+(?P<adj>[a-zéèêëàâîïôûüç-]+))?", re.I)
FEMININE_ADJ = re.compile(r"(?:aise|oise|ienne|éenne|aine|ande|ane)$")
MASCULINE_ADJ = re.compile(r"(?:ais|ois|ien|éen|ain|and|an)$")


# "a annoncé l'UCI dans un communiqué": the document it was said in.
SAID_IN_FR = re.compile(r"\s+(?:dans|par|via)\s+(?:un|une|son|sa|ses|leur|leurs)\s+(?:bref\s+|long\s+)?"
                        r"(?:communiqués?|messages?|déclarations?|tweets?|courriers?|lettres?|publications?|vidéos?|"
                        r"posts?|entretiens?|interviews?)\b.*$", re.I)
# "a confirmé la maire sur France Bleu Armorique", "a reconnu le vainqueur au micro de France Télévisions": the
# station or network it was said on, a proper name after "sur" or a microphone, is no part of who speaks.
SAID_ON_FR = re.compile(r"\s+(?:sur\s+|(?:au\s+micro|à\s+l['’]antenne|sur\s+le\s+plateau)\s+(?:de\s+|d['’]))"
                        r"(?=[A-ZÀ-Ý]).*$")


# A subject that opens on a bare plural common noun and a participle: "Astronomers using ...", "Doctors treating ...".
PLURAL_DOING = re.compile(r"[A-Z][a-z]{3,}s\s+[a-z]{2,}ing\s")
# An institution's common noun right before a name: "le gouvernement De Wever", "l'administration Trump".
INSTITUTION_BEFORE = re.compile(INSTITUTION.pattern + r"\s+$", re.I)
# What a body named as the object of a preposition follows: "an approach from Cardell Brands".
OBJECT_OF = re.compile(r"(?<![\w'’])(?:from|by|with|to|against|for|de|du|par|avec|contre)\s+$", re.I)
# What a place follows: "une retraitée de Laval", "à Nîmes", "from Mackay", "in Galway".
PLACE_PREPOSITION = re.compile(r"(?:(?<![\w'’])(?:de|du|à|from|in|at|near)\s+|(?<![\w'’])d['’])$", re.I)


def _without_how_said(subj: str) -> str:
    """An inverted French subject without what follows it on how it was said: the document ("a annoncé l'UCI
    dans un communiqué") or the language ("a déclaré le Belge en néerlandais à la chaîne Sporza")."""
    subj = SAID_ON_FR.sub("", SAID_IN_FR.sub("", subj))
    language = next((m for m in re.finditer(r"\s+en\s+([a-zé][\w-]*)", subj) if DEMONYM_ADJ.match(key(m.group(1)))),
                    None)
    return subj[: language.start()] if language else subj


# The noun phrase that opens a sentence, then the comma of a name in apposition: "La locataire de Bercy, ",
# "Son collègue de la CFDT, " (a possessive opens it as well as an article).
APPOSED_OPENING = re.compile(r"(?:(?:Le|La|Les|The|Son|Sa|Ses|Leur|Leurs|His|Her|Their|Its)\s+|L['’])"
                             r"[^,;:.!?«»\"“”]{2,60},\s*")
_DANGLING_OF = re.compile(r"(?:^|\s+)(?:de\s+la|de\s+l['’]|de|du|des|d['’]|of(?:\s+the)?)\s*$", re.I)
_OF_END = re.compile(r"(?P<head>[\w'’-]+)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])$", re.I)


def _glued_adverb(subj: str) -> int:
    """Where the name starts after a capitalised sentence adverb that opens the subject with no comma
    ("Meanwhile Cleveland Police"), or 0."""
    m = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", subj)
    return m.end() if m and m.group(1).lower() in GLUED_ADVERBS_EN else 0


def _complement_of_role(before: str) -> bool:
    """ "le patron d'", "l'ancien dirigeant de", "le sprinteur d'": the name after this is where the role or trade is
    held, not its holder."""
    of = _OF_END.search(re.split(r"[,;:«»]", before)[-1])
    return of is not None and (is_role_word(head := key(of.group("head"))) or head in lexicon.OCCUPATIONS_FR)


def _person_noun(word: str) -> bool:
    """A noun (`hwords`) only a person is called by: a role, a trade, an epithet ("le vainqueur"); with its prefix
    ("l'eurodéputée", "l'ex-ministre")."""
    return any(is_role_word(w) or w in lexicon.OCCUPATIONS_FR or w in EPITHETS_FR
               for w in (word, re.sub(r"^(?:ex-|euro)", "", word)))


def _own_words(desc: str, head: str) -> list[str]:
    """The words (`hwords`) of a description besides its noun `head` that a role it names must hold too:
    "déléguée", "Républicains" (not an article, a preposition, "nouvelle" or a lowercase nationality: "le
    président américain")."""
    nationalities = {w for w in hwords(re.sub(r"(?<![\w-])[A-ZÀ-Ý][\w-]*", "", desc)) if DEMONYM_ADJ.match(w)}
    return [w for w in hwords(desc) if w != head and w not in {"de", "du", "des", "la", "l", "d"}
            and w not in EPITHET_MODIFIERS_FR and w not in nationalities]


def _elided_gender(subj: str) -> str | None:
    """The gender "l'" hides, from the word after it: "l'ancienne eurodéputée", "l'adjoint", "l'élue"."""
    m = re.match(r"[Ll]['’]\s*([\w-]+)", subj)
    if not m:
        return None
    word = key(m.group(1))
    if re.search(r"(?:enne|euse|rice|ee|ue|ante|ointe|aise|oise|aine|iere)$", word):
        return "f"
    if re.search(r"(?:ien|eur|u|ant|oint|ais|ois|ain|ier)$", word):
        return "m"
    return None


def _nationality(noun: str) -> bool:
    """ "l'Espagnol", "la Canadienne", "le Tricolore": a capitalised noun of nationality (`DEMONYM`), which a post
    uses for a person it named (never a name itself)."""
    return noun[:1].isupper() and bool(DEMONYM.match(key(noun)))


def _described_by_nationality(phrase: str) -> bool:
    """ "Le Slovène", "La Québécoise": an article and a nationality, a description rather than a name."""
    words = phrase.split()
    return len(words) == 2 and words[0] in {"Le", "La"} and _nationality(words[1])


def _described_person(subj: str) -> bool:
    """ "a déclaré l'attaquant, en larmes, au micro de beIN Sports": a definite description in lowercase words, no
    body's, names someone."""
    subj = re.split(r"\s*,|\s+(?:au|aux|à|sur|dans|devant|dès|en)\s", subj.strip(), maxsplit=1)[0]
    return SOLE_DESCRIBED_FR.fullmatch(subj) is not None and not INSTITUTION.search(subj) and \
        not ORG_NOUN.search(subj)


def _institution(subj: str) -> bool:
    """ "a annoncé le ministère de l'Intérieur", "said the health ministry": a body named by a lower-case noun with
    a definite article spoke; a following "précise-t-il" is it, not a person named before."""
    subj = subj.strip()
    lead = re.match(r"(?:le|la|l['’]|the)\s*", subj)
    if lead is None:
        return False
    # (The noun may follow an adjective: "the health ministry", "le nouveau gouvernement".)
    return any(INSTITUTION.fullmatch(w) for w in subj[lead.end():].split()[:2]) or \
        bool(ORG_NOUN.match(subj) or ORG_NOUN_EN.match(subj))


# "One senior Conservative", "a veteran Republican": an unnamed member of a party or a side, described by
# lowercase words and the side's capitalised name, is nobody (the model may take the name for a person's).
# (Adjectives only: "A statement from Microsoft" is Microsoft's.)
UNNAMED_MEMBER_EN = re.compile(rf"(?i:{'|'.join(INDEFINITE_EN)})"
                               r"(?:\s+(?!(?:from|for|of|at|with|by|in|on|to|and|the|its|his|her|their)\b)"
                               r"[a-z][\w'’-]*){1,3}\s+[A-Z][a-z][\w'’-]*")


# "X KC, who represents Pollard", "Me X, qui défend Y": the client a lawyer's relative clause names (see
# Resolver._owner).
CLIENT_OF = re.compile(r",\s*(?:who|qui)\s+(?:(?:also|now|aussi)\s+)?(?:represents|represented|defends|defended|"
                       r"acts\s+for|is\s+acting\s+for|représente|représentait|défend|défendait)\s+$", re.I)


def _someone(subj: str) -> bool:
    return bool(SOMEONE.match(subj.strip()) or INDEFINITE.fullmatch(subj.strip()))


_RANKS = "|".join(w.capitalize() for w in lexicon.ROLE_TITLES_EN if len(w) <= 4)
# ("Le Dr Antoine Lafargue", "Det Supt Karen Ashby", "Me Claire Santoni": the title is not the name.)
_TITLE_WORDS = re.compile(rf"^(?:(?:Le|La)\s+(?=(?:{either(DOCTOR_FR)}|Pre)\b))?"
                          rf"(?:(?:{_RANKS}|Rear|Vice|{either(DOCTOR_FR)}|Prof|Rev|Det|DCI|DI|DS|{either(LAWYER_FR)}|{MGR})"
                          r"\.?\s+)+")


FRENCH_ROLE = re.compile(r"[éèêàâçôîûù]|\b(?:de|du|des|la|le|l'|d')\b|\b\w+(?:ien|ienne|aise|ais|ain|aine|ois|oise)\b",
                         re.I)


def untitled(name: str) -> str:
    """A person's name without the ranks the model kept in it ("Gen Michelle McGuinness") nor the letters
    after it ("Maria Doyle SC")."""
    bare = _TITLE_WORDS.sub("", name)
    bare = bare if len(bare.split()) >= 2 else name
    return _without_post_nominal(bare)


def _without_post_nominal(name: str) -> str:
    """ "Maria Doyle SC", "Ian Byrne MP": letters of rank or office after a person's name are no part of it. Only
    after a first name and a surname: a body may end with such letters ("Bahlinger SC")."""
    words = name.split()
    if len(words) >= 3 and words[-1] in POST_NOMINALS and _first_name(words[0]):
        return " ".join(words[:-1])
    return name


def _first_name(word: str) -> bool:
    """Whether a word is a first name our lists or the long list know ("Simone", "Laura")."""
    return word in lexicon.FIRST_NAMES_F or word in lexicon.FIRST_NAMES_M or word in lexicon.FIRST_NAMES_BOTH or \
        word in given_names()


def _title_word(word: str) -> bool:
    """A word a name may open with that is no part of it: a civility or rank ("Sir", "Dre", "Cllr"), a role
    used as a title ("Judge", "MP", "President")."""
    k = key(word)
    if re.fullmatch(rf"(?:{either(TITLES)}|{_OWN_NAME_TITLES_EN})\.?", word) or _TITLE_WORDS.match(word + " "):
        return True
    # (a role word that is also a first name opens a name: "Dean Farrelly", not the dean Farrelly)
    return (k in TITLES_EN | TITLES_BEFORE_EN or is_role_word(k)) and word not in given_first_names()


def without_titles(name: str) -> str:
    """ "Sir Keir", "la Dre Drouin", "Judge Subramanian": the name without the titles it opens with (never all
    of it)."""
    words = name.split()
    while len(words) > 1 and _title_word(words[0]):
        words.pop(0)
    return " ".join(words)


def _part_of(short: str, full: str) -> bool:
    """Whether the words of `short` run, in order and whatever their case ("Al-Sharaa", "al-Sharaa"), inside the
    longer name `full`: a surname, a first name ("Dame Harriet"), a usual short form ("Lula", "Xi")."""
    part, whole = short.casefold().split(), full.casefold().split()
    return len(whole) > len(part) and any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def completed_name(name: str, people: Iterable[str]) -> str:
    """The one full name among `people` (the post's and the blog's) that a short or titled form of it is part
    of ("Xi" for Xi Jinping, "Sir Keir" for Keir Starmer, "Ó Flaherty" for Niamh Ó Flaherty); with none, or with
    two people who share it, the name as it was (less its titles when a full name is left)."""
    bare = without_titles(name)
    full = {without_titles(p) for p in people}
    whole = {p for p in full if _part_of(bare, p)}
    whole = {p for p in whole if not any(p != q and _part_of(p, q) for q in whole)}  # (one person, two forms)
    if len(whole) == 1:
        return whole.pop()
    return bare if len(bare.split()) >= 2 else name


def name_gender(name: str) -> str | None:
    """The gender a person's first name tells ("Giorgia Meloni": f), for the names that tell one."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].split("-")[0]
    if first in lexicon.FIRST_NAMES_BOTH:
        return None
    if first in lexicon.FIRST_NAMES_F:
        return "f"
    if first in lexicon.FIRST_NAMES_M:
        return "m"
    return given_names().get(first)


def _after_last_verb(segment: str, lang: str) -> str:
    # "la juge Marie-Josée Tremblay": a verb form after an article is the noun ("juge"), not a verb.
    ends = [m.end() for pattern in CLAUSE_VERB[lang] for m in pattern.finditer(segment)
            if not (pattern is FR_SIMPLE and re.search(r"(?<![\w-])(?:le|la|un|une)\s+$", segment[: m.start()], re.I))]
    return segment[max(ends):] if ends else segment


def tried_in(texts: Iterable[str]) -> list[str]:
    """The people earlier French posts said are on trial, without a model: what a context rebuilt from stored
    results (which keep no such thing) is given, so that "l'accusé" still names them. The first word must be a
    known first name ("le procès de Romain X", not "le procès de Lyon Turf")."""
    tried: list[str] = []
    for text in texts:
        for hit in TRIAL_OF_NAME.finditer(text):
            name = hit.group("name")
            if name.split()[0] in given_first_names() and name not in tried:
                tried.append(name)
    return tried


def _tried_people(text: str, mentions: list[Mention]) -> list[str]:
    """The people a French post says are on trial: "Le procès de Kévin X, 34 ans, s'est ouvert"."""
    return [m.canonical for m in mentions
            if m.type == "person" and TRIAL_OF.search(text[max(0, m.start - 40): m.start])]


# Counsel's side after the name (and letters): "X KC, prosecuting,", "Y, defending,".
COURT_SIDE_EN = re.compile(r"(?:\s+(?:KC|QC|SC))?\s*,\s*(?P<side>prosecuting|defending)\s*[,.;]", re.I)
COURT_SIDES_EN = {"prosecuting": "prosecutor", "defending": "defence barrister"}


def _local_roles(text: str, mentions: list[Mention], lang: str) -> dict[str, str]:
    """The role the text gives each person: "Interior Minister Bruno Retailleau", "X, le ministre de ...,"."""
    roles: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.canonical in roles:
            continue
        before = text[max(0, m.start - 70): m.start]
        led = lang == "fr" and re.search(r"(?:^|[\s,])(?P<np>(?:le|la|les)\s+[^,.;:«»]{2,50}?|l'[^,.;:«»]{2,50}?),\s*"
                                         r"(?P<verb>présidée?s?|dirigée?s?)\s+par\s+$", before, re.I)
        if led:
            # "La province Sud, présidée par Sonia Backès,": she is the president of the province.
            head = "président" if led.group("verb").lower().startswith("pr") else "dirigeant"
            np = re.sub(r"^(?:de le|de les)\b", lambda x: {"de le": "du", "de les": "des"}[x.group(0).lower()],
                        f"de {led.group('np')[0].lower()}{led.group('np')[1:]}", flags=re.I)
            roles[m.canonical] = f"{head} {np}"
            continue
        if lang == "en":
            # "the leader of the Liberal Democrats, Sir Ed Davey", "Prime Minister Sir Keir Starmer": an
            # honour is neither the role nor where it ends.
            before = re.sub(r"\b(?:Sir|Dame|Lord|Lady)\s+$", "", before)
        # "Florida Gov. Ron DeSantis": the period of an abbreviated title ends no role.
        cut = max((x.start() for x in re.finditer(r"[,.;:«»\"“”(]", before)
                   if x.group(0) != "." or not ABBR_BEFORE.search(before[: x.start()])), default=-1)
        segment = before[cut + 1:]
        if lang == "en" and cut >= 0 and before[cut] == "," and re.fullmatch(rf"\s*(?:(?:{_RANKS})\.?\s+)+", segment):
            # "The select committee chair, Sen. Ann Wu": the rank is how she is addressed, the role is before the comma.
            before, segment = before[: cut + 1], ""
        if lang == "fr" and cut >= 0 and before[cut] == "," and (
                re.fullmatch(rf"\s*(?:{either(FRENCH)})\s*", segment) or
                (nat := re.fullmatch(r"\s*(?:l['’]|le\s+|la\s+)(?P<noun>[\w-]+)\s*", segment)) and
                _nationality(nat.group("noun"))):
            # "Son avocate, Me Sophie Karadec", "Le président du comité, l'Équatorien Ramiro Castellanos": the title or
            # the nationality after the comma says how she is named, the role is before.
            before, segment = before[: cut + 1], ""
        # "Prime Minister Keir Starmer and Chancellor Rachel Reeves": the role starts after the last
        # name before it.
        ends = [p.end - m.start for p in mentions
                if p.type == "person" and m.start - len(segment) <= p.end <= m.start and p is not m]
        if ends:
            segment = segment[len(segment) + max(ends):]
            segment = re.sub(r"^\s*(?:and|et|,)\s+", "", segment)
        # "The archbishop of Chicago said Prevost had...": a role followed by a verb belongs to another
        # clause, not to the name after it.
        segment = _after_last_verb(segment, lang)
        if lang == "fr":
            # "La motion défendue par le député X": the role is the agent's, after the preposition.
            segment = re.split(r"(?<![\w-])(?:par|avec|contre)\s+(?=(?:le|la|l['’]|les)\b)", segment, flags=re.I)[-1]
        # "former prime minister Liz Truss": an English role keeps "former" (the prime minister is not her).
        former = "former " if lang == "en" and re.match(r"(?:the\s+)?former\s", segment.strip(), re.I) else ""
        segment = DETS.sub("", segment.strip()).strip().rstrip(",").strip()
        segment = re.sub(r"^(?:" + COURTESY + r")\s*", "", segment)
        if lang == "en" and (title := CAPITALISED_TAIL.search(segment)) and title.start() > 0 and \
                any(is_role_word(w) for w in hwords(title.group(0))):
            segment = title.group(0)  # "visited the site with Mayor Brandon Scott": the title, not the verb
        elif lang == "en" and (tail := LOWER_ROLE_TAIL_EN.search(segment)) and tail.start() > 0 and \
                is_role_word(hwords(tail.group("role"))[-1]):
            # "a row over the withdrawal of novelist Meera X": the bare role words after the last preposition
            # are hers, not the clause they end.
            segment = tail.group("role")
        if KIN_OWNER.search(segment):
            continue  # "Un porte-parole de son frère Harry": the role is his spokesman's; Harry is a brother
        # ("premier long métrage de la Liégeoise X": an ordinal is no role, see role_words.)
        if _DANGLING_OF.search(segment):
            segment = ""  # "le patron d'Ostralis" with the company read as a person: it holds no role
        if lang == "fr" and not _opens_on_role(hwords(segment), lang) and (tail := ROLE_OF_TAIL_FR.search(segment)) \
                and _opens_on_role(hwords(tail.group("role")), lang):
            segment = tail.group("role")  # "le premier film de la réalisatrice lyonnaise X": she is the director
        words = hwords(segment)
        if segment and len(segment.split()) <= 7 and (role_words(words, lang) or any(
                role_words(w.split("-"), lang) for w in words if "-" in w)):
            roles[m.canonical] = former + re.sub(r"'s$", "", segment)
            continue
        if not segment.strip() and before.rstrip().endswith(","):
            # "Elle était accompagnée du ministre de la Transition écologique, Christophe Béchu": a role
            # right before the comma, after a determiner or "de".
            prior = re.split(r"[,.;:«»\"“”(]", before.rstrip()[:-1])[-1]
            # "par la porte-parole du gouvernement, Sophie Primas": the first determiner whose phrase is a
            # role, not "des ministres par la porte-parole ..." before it.
            m_role = next((x for x in (ROLE_BEFORE_COMMA.match(prior, i) for i, c in enumerate(prior)
                                       if not i or c.isspace())
                           if x and (_opens_on_role(hwords(x.group("role")), lang)  # "The defence secretary, X"
                                     or (lang == "en" and is_role_word(hwords(x.group("role"))[-1])))), None)
            said = m_role.group("role") if m_role else None
            if said and lang == "fr" and re.match(r"\s*[^\W\d]+ée?s?\s+par\s", prior, re.I) and \
                    not re.match(r"\s*,", text[m.end:]):
                # "Interrogé par la présidente, Morel a maintenu": the participle's agent, then the subject of the
                # main clause (not "Interrogé par la présidente, Nathalie X, l'accusé", her name in apposition).
                continue
            if not said and lang == "en" and (owned := ROLE_BEFORE_COMMA_EN.search(prior)):
                # "a police spokesman, X", "Its chair, X", "Canada's foreign minister, X"
                said = owned.group("role") or owned.group("owned")
                if not (hwords(said) and (is_role_word(hwords(said)[0]) or is_role_word(hwords(said)[-1]))):
                    said = None
            if said and len(said.split()) <= 7:
                roles[m.canonical] = said.strip()
                continue
        made = MADE_ROLE_FR.match(text, m.end) if lang == "fr" else None
        if made and role_words(hwords(made.group("role"))[:2], lang):
            roles[m.canonical] = made.group("role").strip()
            continue
        if lang == "en" and (side := COURT_SIDE_EN.match(text, m.end)):
            # "Sarah Linley KC, prosecuting,": British court copy gives counsel's side as a participle.
            roles[m.canonical] = COURT_SIDES_EN[side.group("side").lower()]
            continue
        after = re.match(r"\s*,\s*(?P<role>[^,.;:«»\"“”]{3,70}),", text[m.end:])
        if after is None and lang == "fr":
            # "Trois questions à Véronique Le Floc'h, présidente de la Coordination rurale.": the apposition
            # may end the sentence.
            after = re.match(r"\s*,\s*(?P<role>[^,.;:«»\"“”]{3,70})\.(?:\s|$)", text[m.end:])
        # ("X, l'architecte du chantier,": the elided article is no part of the role's first word.)
        if after and role_words(hwords(DETS.sub("", after.group("role").strip()))[:3], lang):
            roles[m.canonical] = DETS.sub("", after.group("role").strip())
    return roles


def _opens_on_role(words: list[str], lang: str) -> bool:
    """Whether a phrase (`hwords`) opens on a role word; not on an ordinal ("sa première participation, X")."""
    return bool(words) and role_words(words[:2], lang)[:1] == words[:1]


# "X a été assermenté ce vendredi comme 24e premier ministre du Canada", "X a été nommée ministre de la Culture",
# "X devient ministre de la Culture": a role the sentence gives the person it opens on.
MADE_ROLE_FR = re.compile(r"\s+(?:(?:a|avait)\s+été\s+(?:assermenté|nommé|élu|réélu|investi|désigné|reconduit)e?|"
                          r"(?:est|sera)\s+(?:nommé|élu|réélu|désigné|reconduit|devenu)e?|devient|deviendra)\s+"
                          r"(?:(?:[^,.;:«»\"“”]{0,30}?\s)?(?:comme|en\s+tant\s+que)\s+)?(?:\d+e\s+|nouvelle?\s+)?"
                          r"(?P<role>(?:[Pp]remi(?:er|ère)\s+)?[a-zé][\w-]*(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
                          r"[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]*)*)?)")
# A role of someone's relative: "porte-parole de son frère", "l'avocat de son époux", "the lawyer for her son".
# (The close family, uncles, nephews and cousins, as the rule had them: no grandparents, in-laws.)
KIN_OWNER = re.compile(r"\b(?:de|du|of|for)\s+(?:son|sa|leur|his|her|their)\s+" + kin.alternation(
    kin.words((*kin.CLOSE, "uncle", "nephew", "cousin"))) + "$", re.I)
ABBR_BEFORE = re.compile(r"\b(?:Gov|Sen|Rep|Col|Gen|Lt|Sgt|Capt|Maj|Adm|Cmdr|Supt|Insp|Dr|Prof|Rev|St|Mr|Mrs|Ms|"
                         r"Jr|U\.S|U\.N)$")
# The capitalised words that end an English phrase before a name: "met French President" -> "French President".
# "Kearney, on the sideline mic moments ago: '...,' he says": the name's clause, with no verb of its own, leads into
# the quote after a colon.
COLON_LEAD_EN = re.compile(r"\s*,[^,.;:“”\"«»]{0,60},?\s*:\s*[“\"][^“”\"]+[”\"]\s*$")
# Words that end a title before a name: the name after them is no subject ("lawyers for X", "Asked by coach Y").
TITLE_BREAKS_EN = {"of", "for", "to", "with", "by", "from", "and", "at", "in", "on", "after", "before", "as", "that",
                   "while", "when", "said", "says", "told", "asked"}
CAPITALISED_TAIL = re.compile(r"(?:[A-Z][\w.'-]*\s+)*(?:[A-Z][\w.'-]*)$")
# "the withdrawal of novelist X", "talks with coach X": one or two lowercase words after a preposition, right
# before a name (the caller wants the last of them a role word).
LOWER_ROLE_TAIL_EN = re.compile(r"(?<=\s)(?:of|for|by|with|from|to|against|between|featuring)\s+"
                                r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")
# "a police spokesman, X", "Its chair, X", "Canada's foreign minister, X": an English role after an article or an
# owner (kept in the role: "Canada's foreign minister" is not Mexico's).
ROLE_BEFORE_COMMA_EN = re.compile(r"(?:^|\s)(?:an?|its|his|her|their)\s+(?P<role>[\w'-]+(?:\s+[\w'-]+){0,6})\s*$|"
                                  r"(?:^|\s)(?P<owned>[A-Z][\w-]*['’]s\s+[\w'-]+(?:\s+[\w'-]+){0,5})\s*$", re.I)
# ("Their manager, X": "the" is a word of its own, not the start of "Their".)
# ("Son avocate, Me X": a French possessive opens a role whose holder belongs to someone named before.)
# A pronoun, then a verb of answering: "Elle a reconnu", "Il admet", "Elle lui a répondu".
ANSWER_FR = re.compile(r"(?i:il|elle)\s+(?:lui\s+)?(?:(?:a|avait)\s+(?:reconnu|admis|répondu|concédé|nié|démenti|"
                       r"avoué|rétorqué|répliqué)|reconnaît|admet|répond|concède|nie|dément|avoue|rétorque|réplique)"
                       r"(?![\w-])")
# A sentence that opens on a capitalised word, a place's name and a lowercase verb: "Santé Canada recommande".
PLACE_NAMED_BODY = re.compile(r"(?P<name>(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’-]{3,})\s+(?P<place>[A-ZÀ-Ý][\w'’-]+))"
                              r"(?=\s+[a-zà-ÿ])")
# The role right before a name that is the complement of a noun: "le procès de l'avocat nantais X".
ROLE_OF_TAIL_FR = re.compile(r"(?<![\w'’-])(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)"
                             r"(?P<role>[a-zéèêàâîôûç][\w-]*(?:\s+[a-zéèêàâîôûç][\w-]*)?)$")
ROLE_BEFORE_COMMA = re.compile(r"(?:^|\s)(?:(?:le|la|les|du|des|au|aux|de\s+la|son|sa|leur|the|of\s+the)\s+|"
                               r"(?:l'|de\s+l')\s*)"
                               r"(?P<role>[\w'-]+(?:\s+[\w'-]+){0,6})\s*$", re.I)


def _local_genders(text: str, mentions: list[Mention], roles: dict[str, str],
                   lang: str | None = None) -> dict[str, str]:
    """The gender the words next to a name give: "La maire de Paris, Anne Hidalgo" (her article), "Mme X"."""
    genders: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.canonical in genders:
            continue
        around = text[max(0, m.start - 90): m.start]
        role = roles.get(m.canonical)
        words: list[str] = []
        if role and role in around:
            words = around[: around.rindex(role)].lower().replace("’", "'").split()[-1:] + role.lower().split()
        elif role and role in text[m.end: m.end + 90]:
            after = text[m.end: m.end + 90]
            words = after[: after.index(role)].lower().split()[-1:] + role.lower().split()
        title = re.search(r"(?:^|\s)(" + COURTESY + r")\s*$", around)
        if title:
            words = [title.group(1).lower()]
        words = [w for w in words if w not in {",", "-"}]
        gender = gender_of(words, lang) if words else None
        # "Her husband, Tom,", "Ana, his daughter,": the relative's noun tells the gender.
        relative = KIN_BEFORE.search(text[max(0, m.start - 60): m.start]) or KIN_AFTER.match(text[m.end:])
        if not gender and relative:
            # The family word alone: the French possessive "son" ("son épouse") is not the English "son".
            noun = kin.folded(relative.group("kin"))
            gender = next((g for g, nouns in KIN_GENDERS.items() if noun in nouns), None)
        if gender:
            genders[m.canonical] = gender
    return genders


# The relatives whose noun tells a gender, as the rule had them: no cousins, in-laws, great-grandparents,
# partners, nor "femme", which KIN_BEFORE and KIN_AFTER leave out.
KIN_GENDERS = kin.by_gender(kin.words(
    (*kin.CLOSE, "grandparent", "grandchild", "uncle", "nephew", "widowed"), but={"femme"}))
