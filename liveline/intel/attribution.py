"""A learned fallback (and, when trained so, arbiter) for speakers: a small linear model scores the people
and organisations the post and the blog offer for each quote; it names a speaker where no rule read one
and it is confident, and can drop a rule's speaker it finds unlikely.

The rules (quotes.py, speakers.py) stay first: they are precise on the text they were written for.
Each candidate is scored from features of the spaCy parse and of the blog (is the candidate the subject
of the nearest verb, how far is it from the quote, did it speak the previous quote, does a pronoun's
gender agree...) and, for a model trained with `--arbiter`, of the rules (which rule decided, whether it
named this candidate, someone else or nobody). A quote no rule could read a speaker for (no speech verb
the rules know, no source, no quote before it) gets the best candidate above `threshold`; a speaker a
rule gave is dropped under `veto` (a wrong speaker is worse than none; 0, never, in the shipped file:
the arbiter was measured under leave-one-blog-out and not adopted, see bench/intel/HISTORY.md). Where a
rule read a subject and found nobody, that stays its decision: those are the precision guards ("confie
un ministre", a role two people hold). The weights
are a small JSON file beside this module, trained on the dev gold set by
`bench/intel/train_speakers.py`; scoring is a dot product. Without the file (or without a parse) the
rules run alone.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from liveline.intel import lexicon
from liveline.intel.context import Speaker
from liveline.intel.roles import gender_of, hwords, is_role_word, stem
from liveline.intel.speakers import untitled
from liveline.intel.speech import INSTITUTION, NAME_LIKE, UNNAMED
from liveline.intel.text import key
from liveline.intel.titles import COURTESY, DR, LAWYER_FR, MGR, PR, either

log = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("speaker_model.json")

# Forms of the speech verbs as spaCy tokens show them (the pipelines run without a lemmatizer).
_FR_PARTICIPLES = set(lexicon.SPEECH_FR)
SPEECH_FORMS = {*lexicon.SPEECH_FR_PRESENT, *lexicon.SPEECH_EN, *_FR_PARTICIPLES} | {
    p + end for p in _FR_PARTICIPLES for end in ("e", "s", "es")}
SOURCE_WORDS = {"selon", "according", "d'après"}
SUBJ = {"nsubj", "nsubjpass", "nsubj:pass", "csubj", "expl:subj"}
OBJ = {"obj", "dobj", "iobj", "dative", "attr"}
OBL = {"obl", "obl:arg", "obl:mod", "obl:agent", "pobj", "prep", "agent"}
NMOD = {"nmod", "poss", "compound", "flat:name", "nmod:poss"}
PRONOUN_GENDER = {**lexicon.PRONOUNS_FR, **lexicon.PRONOUNS_EN}


@dataclass
class Candidate:
    """Someone who may have said a quote, with the features the model scores."""

    name: str
    type: str  # person or organisation
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class Model:
    """Weights of a logistic model over candidate features, and the probability under which it abstains."""

    weights: dict[str, float]
    bias: float
    threshold: dict[str, float]  # per language: from this probability on, a quote no rule read gets a speaker
    # Per language: under this probability, the speaker a rule gave is dropped (0: never).
    veto: dict[str, float] = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load() -> Model | None:
    """The shipped model (`WEIGHTS`), or None (the rules then run alone) when the file is missing or
    unreadable."""
    return _load(str(WEIGHTS))


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    try:
        data = json.loads(Path(path).read_text())
        return Model({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                     {k: float(v) for k, v in data["threshold"].items()},
                     {k: float(v) for k, v in data.get("veto", {}).items()})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("speaker fallback model not loaded (%s): rules only", exc)
        return None


# Training and the leave-one-blog-out evaluation set this to see every quote's candidates (and the
# rules' speaker) instead of changing anything: see bench/intel/train_speakers.py.
recorder: Callable[[object, list[Candidate]], None] | None = None


def fill(resolver, quotes: list, text: str, lang: str, doc) -> None:
    """Give a speaker to the quotes no rule read a speaker for, when the model is confident, and (with a veto
    in the weights) drop a speaker a rule gave when the model finds it unlikely.

    Called by quotes.find after the rules, with its resolver (this post's mentions, the blog's context)
    and the extractor's spaCy parse of `text` (None without a pipeline). The features include which rule
    decided and whom it named, which a model trained with them weighs. A rule that read a subject and
    found nobody is left alone. Its decisions do not change this post's speakers for
    the in-process context (a worker that rebuilds the context from stored results does see them)."""
    if not quotes:
        return
    model = load()
    # Without a veto only the open quotes need scoring (the candidates cost a few milliseconds a post).
    vetoing = model is not None and model.veto.get(lang, 0.0) > 0.0
    if recorder is None and (model is None or not any(q.open or (vetoing and q.speaker) for q in quotes)):
        return
    if doc is None:
        return  # the features read the parse
    found = candidates(resolver, quotes, doc, text, lang)
    for q, cands in zip(quotes, found, strict=True):
        if recorder is not None:
            recorder(q, cands)
            continue
        if model is None or not cands:
            continue
        if q.speaker is not None:
            if _vetoed(model, q, cands, lang):
                q.speaker = None
            continue
        if not q.open:
            # Where a rule read a subject and found nobody ("confie un ministre", "Le ministre a affirmé"
            # after two ministers), that is its decision: those are the precision guards.
            continue
        threshold = model.threshold.get(lang, 1.0)
        ranked = sorted(((model.probability(gap_features(c.features)), i) for i, c in enumerate(cands)), reverse=True)
        p, best = ranked[0][0], cands[ranked[0][1]]
        # Two people above the threshold ("X et Y ont visité le chantier. « ... »"): either, so nobody.
        if p < threshold or any(x >= threshold and cands[i].name != best.name for x, i in ranked[1:]):
            continue
        if _joint(resolver, q, best.name) or (best.type == "person" and resolver.lone_word(best.name)):
            continue
        person = resolver._person(best.name) if best.type == "person" else None
        q.speaker = Speaker(best.name, person.role if person else None, person.gender if person else None)


def _vetoed(model: Model, q, cands: list[Candidate], lang: str) -> bool:
    """The rule's speaker is unlikely enough that no speaker is better (a wrong speaker costs more than
    none). A speaker that is no candidate keeps its rule's decision."""
    veto = model.veto.get(lang, 0.0)
    picked = next((c for c in cands if "rule_pick" in c.features), None)
    return picked is not None and model.probability(picked.features) < veto


def _joint(resolver, q, name: str) -> bool:
    """ "Ana Ruiz and Tom Baker toured the site. "..."": the person is one of two joint subjects of the last
    sentence naming people before the quote, so either could have said it (the rules' own test)."""
    named = [m for m in resolver.mentions if m.type == "person" and m.end <= q.start
             and not _inside(m.start, resolver._quoted)]
    found = resolver._subject_of_last_sentence(named)
    return bool(found and found[1] is not None and name in {_bare(found[0].canonical), _bare(found[1].canonical)})


def gap_features(features: dict[str, float]) -> dict[str, float]:
    """The features of a candidate for a quote the rules left without a speaker, twice: once as they are,
    once marked "gap&". Trained on every quote, the model learns who speaks from all of them and, through
    the marked copy, how the quotes the rules could not attribute differ (most have no named speaker)."""
    return {**features, **{"gap&" + k: v for k, v in features.items()}, "gap": 1.0}


def candidates(resolver, quotes: list, doc, text: str, lang: str) -> list[list[Candidate]]:
    """For each quote, the people and organisations that may have said it, with their features."""
    mentions = [m for m in resolver.mentions if m.type in {"person", "organisation"}]
    marks = resolver._quoted
    sents = resolver._sents
    context = resolver.context
    ctx_speakers = [s.name for s in reversed(context.speakers)] if context else []
    last_people = list(context.last_people) if context else []
    ctx_entities = [n for n, t in reversed(list(context.entities.items())) if t in {"person", "organisation"}][:12] \
        if context else []
    focus = context.focus.name if context and context.focus else None
    types = {m.canonical: m.type for m in mentions}
    if context:
        for n in ctx_entities:
            types.setdefault(n, context.entities[n])
    for n in ctx_speakers:
        types.setdefault(n, "organisation" if resolver._is_organisation(n) else "person")
    out = []
    previous: str | None = None
    for qi, q in enumerate(quotes):
        si = next((i for i, s in enumerate(sents) if s.start <= q.start < s.end), None)
        sent = sents[si] if si is not None else None
        verb = _speech_verb(doc, sent, q, marks) if sent else None
        subj = _subject(verb) if verb is not None else None
        qfeat = _quote_features(q, sent, verb, subj, text)
        # The subject phrase the rules read for this quote (the one nearest it in its sentence), else the
        # parse's subject of the speech verb.
        said = [(p, x) for p, x in resolver.subjects if sent and sent.start <= p < sent.end and x.strip()]
        if said:
            s_pos, s_text = min(said, key=lambda px: abs(px[0] - q.start))
        elif subj is not None:
            s_pos = subj.left_edge.idx
            s_text = text[s_pos: subj.right_edge.idx + len(subj.right_edge)]
        else:
            s_pos, s_text = -1, ""
        pron_gender, role_words = _subject_features(qfeat, s_pos, s_text, resolver.mentions)
        names: list[str] = []
        for m in mentions:
            if m.canonical not in names:
                names.append(m.canonical)
        for n in [*ctx_speakers, *last_people, *ctx_entities]:
            if n not in names:
                names.append(n)
        # A name the model missed in the subject phrase ("a confié ce soir Remco Evenepoel").
        unseen = _unseen_name(s_pos, s_text, resolver.mentions)
        if unseen and unseen not in names:
            names.append(unseen)
            types[unseen] = "person"
        # The rule's speaker is always a candidate, so the model can weigh (and veto) it.
        ruled = key(_bare(q.speaker.name)) if q.speaker else None
        if q.speaker and not any(key(_bare(n)) == ruled for n in names):
            names.append(q.speaker.name)
            types.setdefault(q.speaker.name, "organisation" if resolver._is_organisation(q.speaker.name) else "person")
        qfeat["rule_" + (q.rule or "none")] = 1.0
        qfeat["rule_gave" if q.speaker else "rule_open" if q.open else "rule_nobody"] = 1.0
        cands = []
        for name in names:
            f = dict(qfeat)
            f["bias_" + lang] = 1.0
            f["type_" + types.get(name, "person")] = 1.0
            own = [m for m in mentions if m.canonical == name]
            if name == unseen:
                f["unseen_name_in_subject"] = 1.0
            if s_text and any(s_pos <= m.start < s_pos + len(s_text) for m in own):
                f["in_subject"] = 1.0
            elif s_text and set(w for w in name.split() if len(w) > 2) & set(re.findall(r"[\w'-]+", s_text)):
                f["name_word_in_subject"] = 1.0
            _mention_features(f, own, q, sent, si, sents, verb, subj, doc, marks)
            _blog_features(f, name, ctx_speakers, last_people, ctx_entities, focus)
            if ruled is not None:
                if key(_bare(name)) == ruled:
                    f["rule_pick"] = 1.0
                    f["rule_pick&rule_" + (q.rule or "none")] = 1.0
                else:
                    f["rule_other"] = 1.0
            if name == previous:
                f["prev_quote_speaker"] = 1.0
            if any(x.speaker and x.speaker.name == name for x in quotes[:qi]):
                f["spoke_in_post"] = 1.0
            if types.get(name, "person") == "person":
                person = resolver._person(name)
                if pron_gender:
                    f["pron_" + ("agree" if person.gender == pron_gender else
                                 "unknown" if person.gender is None else "disagree")] = 1.0
                if role_words:
                    held = {stem(w) for r in resolver.roles_held(person) for w in hwords(r) if is_role_word(w)}
                    f["role_" + ("match" if held & role_words else "other" if held else "none")] = 1.0
            elif pron_gender:
                f["pron_org"] = 1.0
            if not own and name not in ctx_speakers and name not in last_people:
                f["only_blog_entity"] = 1.0
            f["n_people_post"] = min(len({m.canonical for m in mentions if m.type == "person"}), 5) / 5
            # A linear model needs the pairs spelt out: "spoke the previous quote" means much after "a-t-il
            # ajouté", little after "indique la préfecture".
            kind = next((k for k in SUBJECT_KINDS if k in f), "subj_none")
            for k in INTERACT:
                if k in f:
                    f[f"{kind}&{k}"] = 1.0
            cands.append(Candidate(_bare(name), types.get(name, "person"), {k: v for k, v in f.items() if v}))
        out.append(cands)
        if q.speaker is not None:
            previous = q.speaker.name
    return out


def _unseen_name(pos: int, phrase: str, mentions) -> str | None:
    """Two or three capitalised words of the subject phrase that no mention covers and that are no role."""
    for m in NAME_LIKE.finditer(phrase):
        start = pos + m.start()
        if any(x.start < start + len(m.group(0)) and start < x.end for x in mentions):
            continue
        words = m.group(0).split()
        if 2 <= len(words) <= 3 and not any(is_role_word(w) for w in hwords(m.group(0))) and \
                words[0].lower() not in {"le", "la", "les", "the", "l'"}:
            return re.sub(r"^(?:" + COURTESY + r")\s*", "", m.group(0))
    return None


# The titles `_bare` cuts (not Dre, as the rule was written; civilities are cut from the model's spans).
_KEPT_TITLES = either((MGR, *LAWYER_FR, DR, PR))


def _bare(name: str) -> str:
    """A person's name without the title or rank the model kept in it ("Mgr Laurent Ulrich")."""
    bare = re.sub(r"^(?:" + _KEPT_TITLES + r"|Père|Sœur)\s+", "", untitled(name))
    return bare if bare.strip() else name


def _inside(pos: int, spans) -> bool:
    return any(s < pos < e for s, e in spans)


def _speech_verb(doc, sent, q, marks):
    """The speech verb (or "selon"/"according") of the quote's sentence nearest the quote, outside quote
    marks and preferably outside the quote's own words; else the sentence's main verb."""
    best, best_d = None, None
    tokens = doc.char_span(sent.start, sent.end, alignment_mode="expand") or []
    for tok in tokens:
        low = _word(tok)
        if low not in SPEECH_FORMS and low not in SOURCE_WORDS or _inside(tok.idx, marks):
            continue
        # A verb inside the reported words of a mixed or indirect quote ("Sa coéquipière X a retenu « ... »"
        # spans the sentence) is farther than one outside.
        d = q.start - tok.idx if tok.idx < q.start else \
            tok.idx - q.end if tok.idx >= q.end else 1000 + tok.idx - q.start
        if best_d is None or d < best_d:
            best, best_d = tok, d
    if best is None:
        # No listed speech verb ("a retenu « ... »"): the sentence's main verb, when it is not quoted.
        root = next((t for t in tokens if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}
                     and not _inside(t.idx, marks)), None)
        return root
    return best


def _word(tok) -> str:
    """The token's lowercase form, "d'après" for the "après" of "d'après" (spaCy splits it)."""
    if tok.lower_ == "après" and tok.i > 0 and tok.nbor(-1).lower_ == "d'":
        return "d'après"
    return tok.lower_


def _subject(verb):
    """The subject of the verb, or the one a source names ("selon X", "according to X")."""
    if _word(verb) in SOURCE_WORDS:
        # "selon X": X is the head of "selon"; "according to X": X hangs under "to".
        if verb.dep_ == "case":
            return verb.head
        kids = [t for c in verb.children for t in ([c] if c.lower_ != "to" else list(c.children))]
        return next((t for t in kids if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
    return next((c for c in verb.children if c.dep_ in SUBJ), None)


def _quote_features(q, sent, verb, subj, text: str) -> dict:
    """What the quote and its sentence are: kind, a speech verb (or a source, or another verb) before or
    after it, a bare quote, a colon before it."""
    f: dict = {"kind_" + q.kind: 1.0}
    if sent is None:
        return f
    if verb is None:
        f["no_verb"] = 1.0
        if re.search(r":\s*$", text[sent.start:q.start]):
            f["colon_before"] = 1.0
        if not re.search(r"\w", text[sent.start:max(sent.start, q.start - 1)]) and \
                not re.search(r"\w", text[min(q.end + 1, sent.end):sent.end]):
            f["bare_quote"] = 1.0
        return f
    word = _word(verb)
    f["verb_source" if word in SOURCE_WORDS else "verb_speech" if word in SPEECH_FORMS else "verb_other"] = 1.0
    f["verb_after" if verb.idx >= q.end else "verb_before"] = 1.0
    if subj is None:
        f["dep_subj_none"] = 1.0
    return f


BELONGS = re.compile(r"\b(?:office|bureau|cabinet|spokes\w+|porte-parole|entourage|aides?|conseill\w+|adviser|"
                     r"advisor|team|équipe|lawyers?|avocate?s?|campaign|camp|source|sources)\b", re.I)
SUBJECT_KINDS = ("subj_pron", "subj_other_pron", "subj_named", "subj_place", "subj_unnamed", "subj_institution",
                 "subj_role", "subj_capitalised", "subj_noun", "subj_none")
INTERACT = ("subj_belongs", "in_subject", "name_word_in_subject", "prev_quote_speaker", "spoke_in_post",
            "same_sentence", "is_verb_subject", "ctx_rank_le0", "prev_post_focus", "prev_post_first",
            "pron_agree", "pron_disagree", "role_match", "role_other", "was_subject", "opens_sentence",
            "nearest_before", "type_organisation", "not_in_post", "sents_before_le1", "rule_pick", "rule_other",
            "rule_nobody")
OTHER_PRONOUNS = {"ils", "elles", "on", "they", "we", "nous", "i", "je", "it", "you", "vous"}


def _subject_features(f: dict, pos: int, phrase: str, mentions) -> tuple[str | None, set[str] | None]:
    """What the subject phrase is: a pronoun (and its gender), a name, an unnamed source, a role (its
    words), another noun. Returns the gender and the role words it gives."""
    p = phrase.strip()
    if not p:
        f["subj_none"] = 1.0
        return None, None
    words = p.lower().replace("’", "'").split()
    first = words[0].strip(",")
    if first in PRONOUN_GENDER and len(words) <= 3:
        f["subj_pron"] = 1.0
        return PRONOUN_GENDER[first], None
    if first in OTHER_PRONOUNS:
        f["subj_other_pron"] = 1.0
        return None, None
    if BELONGS.search(p):
        f["subj_belongs"] = 1.0  # "a Microsoft spokesperson", "le bureau du Premier ministre X"
    inside = [m for m in mentions if pos <= m.start < pos + len(phrase)]
    if any(m.type in {"person", "organisation"} for m in inside):
        f["subj_named"] = 1.0
        return None, None
    if inside:
        f["subj_place"] = 1.0  # "La Chine et l'Inde ont annoncé"
        return None, None
    if UNNAMED.match(p):
        f["subj_unnamed"] = 1.0
        return None, None
    if INSTITUTION.search(p) and not any(is_role_word(w) for w in hwords(p)[:2]):
        f["subj_institution"] = 1.0  # "indique la préfecture", "the ministry said"
        return None, None
    roles = {stem(w) for w in hwords(p) if is_role_word(w)}
    if roles:
        f["subj_role"] = 1.0
        return gender_of(words), roles
    if re.search(r"(?:^|\s)[A-ZÉ][\w'-]+", p):
        f["subj_capitalised"] = 1.0
    else:
        f["subj_noun"] = 1.0
    return None, None


def _head(doc, m):
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tree_distance(a, b, cap: int = 6) -> int:
    up = {}
    for i, t in enumerate([a, *a.ancestors]):
        up[t.i] = i
    for j, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return min(cap, up[t.i] + j)
    return cap


def _bucket(f: dict, name: str, value: int, edges: tuple[int, ...]) -> None:
    for e in edges:
        if value <= e:
            f[f"{name}_le{e}"] = 1.0
            return
    f[f"{name}_gt{edges[-1]}"] = 1.0


def _mention_features(f, own, q, sent, si, sents, verb, subj, doc, marks) -> None:
    if not own:
        f["not_in_post"] = 1.0
        return
    f["in_post"] = 1.0
    f["mentions_post"] = min(len(own), 4) / 4
    outside = [m for m in own
               if not _inside(m.start, marks) and not (q.kind == "direct" and q.start <= m.start < q.end)]
    if not outside:
        f["only_in_quotes"] = 1.0
        return
    if q.kind != "direct" and all(q.start <= m.start < q.end for m in outside):
        f["in_reported_words"] = 1.0  # named in what was reported (or in a mixed quote's whole sentence)
    here = [m for m in outside if sent and sent.start <= m.start < sent.end]
    before = [m for m in outside if m.end <= q.start]
    after = [m for m in outside if m.start >= q.end]
    if here:
        f["same_sentence"] = 1.0
        m = min(here, key=lambda m: abs(m.start - q.start))
        f["before_quote" if m.end <= q.start else "after_quote"] = 1.0
        gap = q.start - m.end if m.end <= q.start else m.start - q.end
        n_tokens = len(doc.char_span(min(m.end, q.end), max(m.end, q.start), alignment_mode="expand") or []) \
            if m.end <= q.start else len(doc.char_span(q.end, max(q.end, m.start), alignment_mode="expand") or [])
        _bucket(f, "tokens", n_tokens if gap > 0 else 0, (2, 5, 10, 20))
        head = _head(doc, m)
        if head is not None:
            dep = head.dep_
            coarse = "subj" if dep in SUBJ else "obj" if dep in OBJ else "obl" if dep in OBL else \
                "nmod" if dep in NMOD else "appos" if dep == "appos" else "root" if dep == "ROOT" else "other"
            f["dep_" + coarse] = 1.0
            if verb is not None:
                if subj is not None and (head.i == subj.i or (head.dep_ == "appos" and head.head.i == subj.i)):
                    f["is_verb_subject"] = 1.0
                elif head.head.i == verb.i:
                    f["child_of_verb"] = 1.0
                _bucket(f, "tree", _tree_distance(head, verb), (1, 2, 3, 5))
            if head.head.dep_ in NMOD or (head.dep_ in NMOD and head.head.i != head.i and head.head.pos_ == "NOUN"):
                f["owned_or_owner"] = 1.0  # "le porte-parole de X", "X's office"
    elif before:
        m = before[-1]
        k = next((i for i, s in enumerate(sents) if s.start <= m.start < s.end), si)
        dist = (si - k) if si is not None and k is not None else 3
        _bucket(f, "sents_before", dist, (1, 2, 4))
        head = _head(doc, m)
        if head is not None and head.dep_ in SUBJ:
            f["was_subject"] = 1.0
        first = next((s for s in sents if s.start <= m.start < s.end), None)
        if first is not None and len(first.text[: m.start - first.start].split()) <= 2:
            f["opens_sentence"] = 1.0
    elif after:
        f["named_after"] = 1.0
    nearest = [x for x in outside if x.end <= q.start]
    if nearest and sent and nearest[-1].start >= sent.start:
        f["nearest_before"] = 1.0


def _blog_features(f, name, ctx_speakers, last_people, ctx_entities, focus) -> None:
    if name in ctx_speakers:
        rank = ctx_speakers.index(name)
        f["ctx_speaker"] = 1.0
        _bucket(f, "ctx_rank", rank, (0, 1, 3))
    if name in last_people:
        f["prev_post_person"] = 1.0
        if last_people and last_people[0] == name:
            f["prev_post_first"] = 1.0
    if name in ctx_entities:
        _bucket(f, "ctx_entity_rank", ctx_entities.index(name), (0, 2, 5))
    if name == focus:
        f["prev_post_focus"] = 1.0
