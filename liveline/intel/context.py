"""What cross-post resolution needs: the blog's recent speakers and entities, the newsroom's names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass
class KnownName:
    """One entry of a newsroom's list: a real person, place or organisation and how posts name it."""

    name: str
    type: str = "person"  # person, place or organisation
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None  # "f" or "m" when known: lets "a-t-elle ajouté" find her


# Quote marks and what follows them: the masked words ("« xxxx »") of a quotation a subject ran into.
QUOTATION = re.compile(r"\s*[«»“”\"].*", re.S)


@dataclass
class Speaker:
    name: str
    role: str | None = None
    gender: str | None = None

    def __setattr__(self, attr: str, value: object) -> None:
        # A role is the words of the post that give a function, never a quotation: whatever parse built it,
        # it stops before the first quote mark.
        if attr == "role" and isinstance(value, str):
            value = QUOTATION.sub("", value).strip(" ,;:") or None
        super().__setattr__(attr, value)


def latest_speaker(speakers: list[Speaker], speaker: Speaker) -> None:
    """Move `speaker` to the end of `speakers` (the most recent), keeping the role and gender an
    earlier mention of the same person gave when this one gives none, or only a bare word for it."""
    kept = None
    for old in list(speakers):
        if old.name == speaker.name:
            speakers.remove(old)
            speaker.role = speaker.role or old.role
            speaker.gender = speaker.gender or old.gender
            if _says_more(old.role, speaker.role):
                kept = old.role
    # (A copy: the quote keeps the words it was said with.)
    speakers.append(replace(speaker, role=kept) if kept else speaker)


def _says_more(old: str | None, new: str | None) -> bool:
    """ "Le maire de Redon, X" ... "L'élu s'est agacé": a bare word that refers back to a person says less of
    their role than the words the post gave it first, which later posts still name them by ("le maire")."""
    return bool(old and new) and " " not in new.strip() and " " in old.strip()


def seen_names(context: BlogContext | None, type_: str) -> list[str]:
    """The names of one type (person, place, organisation, event) the blog's earlier posts gave, oldest first."""
    return [name for name, t in context.entities.items() if t == type_] if context else []


HANDOFF_VERSION = 1  # raise when the engine reads a handoff differently: older ones are then ignored


@dataclass
class Handoff:
    """What one post leaves the blog's later posts beyond its result: read by a worker that rebuilds the
    context from storage, so that a post there is read as it would be by a reader of the whole blog.

    `speakers` are the people the post made the most recent, with what it told of their role and gender;
    `roles` the roles it gave people, speakers or not ("L'entraîneur espagnol a dédié le titre"); `focus`
    and `joint` who it was last about and `tried` whom it said is on trial (see BlogContext); `quoted`
    pairs each speaker name of the result's quotes with the name the context knows them by, so that a
    journalist's correction of the stored result wins over what the engine carried.
    """

    speakers: list[Speaker]
    roles: dict[str, str]
    focus: Speaker | None = None
    joint: tuple[str, str] | None = None
    tried: list[str] = field(default_factory=list)
    quoted: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"version": HANDOFF_VERSION, "speakers": [_speaker_json(s) for s in self.speakers],
                "roles": dict(self.roles), "focus": _speaker_json(self.focus) if self.focus else None,
                "joint": list(self.joint) if self.joint else None, "tried": list(self.tried),
                "quoted": [list(pair) for pair in self.quoted]}

    @classmethod
    def from_json(cls, data: object) -> Handoff | None:
        """The handoff `as_json` gave, or None for anything else (an older version, a damaged field)."""
        if not isinstance(data, dict) or data.get("version") != HANDOFF_VERSION:
            return None
        try:
            joint = data.get("joint")
            return cls(speakers=[_speaker(s) for s in data["speakers"]],
                       roles={str(k): str(v) for k, v in data["roles"].items()},
                       focus=_speaker(data["focus"]) if data.get("focus") else None,
                       joint=(str(joint[0]), str(joint[1])) if joint else None,
                       tried=[str(name) for name in data.get("tried", [])],
                       quoted=[(str(shown), str(known)) for shown, known in data.get("quoted", [])])
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None


def _speaker_json(speaker: Speaker) -> dict:
    return {"name": speaker.name, "role": speaker.role, "gender": speaker.gender}


def _speaker(data: dict) -> Speaker:
    name = data["name"]
    if not isinstance(name, str) or not name:
        raise ValueError("a speaker needs a name")
    return Speaker(name, data.get("role") or None, data.get("gender") if data.get("gender") in ("f", "m") else None)


@dataclass
class EventNote:
    """A sentence of the blog and the dates it gave: what "three days after the earthquake" counts from.

    `words` are its content words (lowercase, singular) with their offset in the sentence, `dates`
    its ISO dates with their offset; `strong` is False for a sentence told in the past with no date,
    dated by its post's publication day.
    """

    words: dict[str, int]
    dates: list[tuple[int, str]]
    strong: bool = True


@dataclass
class BlogContext:
    """The state one blog's posts share, oldest first. `extract` reads it and adds the post it read.

    A worker that restarts rebuilds it from the stored results of the last posts
    (`BlogContext.from_results`); `known` is the newsroom's list of names. The dated sentences of the
    earlier posts (`events`) are not in those results: `events_source`, when set, reads them again the
    first time a post counts "trois jours après <event>" (see `earlier_events`).
    """

    known: list[KnownName] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)  # most recent last
    entities: dict[str, str] = field(default_factory=dict)  # canonical -> type, most recent last
    roles: dict[str, str] = field(default_factory=dict)  # person -> a role the blog gave them
    last_people: list[str] = field(default_factory=list)  # people named in the previous post, in text order
    # Who the previous post was last about (its last speaker or the subject of its last sentence): the
    # speaker of a post that is nothing but a quote.
    focus: Speaker | None = None
    # The two people the previous post's last sentence naming several made joint subjects ("X and Y
    # spoke by phone"): a pronoun opening the next post could be either.
    joint: tuple[str, str] | None = None
    # The people the blog said are on trial ("Le procès de Kévin X s'est ouvert"): whom "l'accusé" and "le
    # prévenu" name in its later posts. (Not in stored results: a rebuilt context is given `speakers.tried_in`.)
    tried: list[str] = field(default_factory=list)
    keep: int = 12  # speakers remembered: a pronoun three hours later refers to nobody we can know
    events: list[EventNote] = field(default_factory=list)  # dated sentences of the blog, oldest first
    keep_events: int = 400
    events_source: Callable[[], list[EventNote]] | None = field(default=None, repr=False, compare=False)

    # What the last post `extract` read left its later posts (stored by the worker next to the result).
    handoff: Handoff | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_results(cls, results: list[dict], known: list[KnownName] | None = None,
                     handoffs: list[dict | None] | None = None) -> BlogContext:
        """The context after the posts whose stored `results` (and, when kept, `handoffs`, one per result)
        are given, oldest first."""
        ctx = cls(known=list(known or []))
        handoffs = handoffs or []
        for i, result in enumerate(results):
            ctx.remember_stored(result, handoffs[i] if i < len(handoffs) else None)
        return ctx

    def remember_stored(self, result: dict, handoff: dict | None = None) -> None:
        """Add one post read back from storage: `result` as readers see it (journalists' corrections
        applied) and the `Handoff` the engine left, when there is one it can read.

        A speaker a correction took off the post's quotes is dropped from what the handoff carried; a
        speaker the stored quotes name and the handoff does not (a correction, a quote post's speaker)
        becomes the most recent and the post's focus, as without a handoff.
        """
        carried = Handoff.from_json(handoff)
        if carried is None:
            self.remember(result)
            return
        shown = [q["speaker"]["name"] for q in result.get("quotes", []) if q.get("speaker")]
        dropped = {known for name, known in carried.quoted if name not in shown} - \
            {known for name, known in carried.quoted if name in shown}
        speakers = [s for s in carried.speakers if s.name not in dropped]
        kept = {s.name for s in speakers} | {name for name, known in carried.quoted if known not in dropped}
        added = [Speaker(q["speaker"]["name"], q["speaker"].get("role")) for q in result.get("quotes", [])
                 if q.get("speaker") and q["speaker"]["name"] not in kept]
        for name, role in carried.roles.items():
            if name not in dropped:
                self.roles[name] = role
        self.remember(result, speakers + added)
        focus = carried.focus if carried.focus and carried.focus.name not in dropped else None
        self.focus = added[-1] if added else focus
        self.joint = carried.joint if carried.joint and not dropped & set(carried.joint) else None
        self.tried += [name for name in carried.tried if name not in self.tried]

    def remember(self, result: dict, speakers: list[Speaker] | None = None) -> None:
        """Add one post's extraction: its speakers become the most recent ones.

        `speakers` (with what the post told of their gender) is given by `extract`; rebuilt from
        stored results, the speakers come from the quotes.
        """
        self.last_people = [e["canonical"] for e in result.get("entities", []) if e["type"] == "person"]
        for entity in result.get("entities", []):
            self.entities.pop(entity["canonical"], None)
            self.entities[entity["canonical"]] = entity["type"]
        if speakers is None:
            speakers = [Speaker(q["speaker"]["name"], q["speaker"].get("role")) for q in result.get("quotes", [])
                        if q.get("speaker")]
            self.focus = speakers[-1] if speakers else None
        for speaker in speakers:
            self.add_speaker(speaker)
            if speaker.role:
                self.roles[speaker.name] = speaker.role

    def earlier_events(self) -> list[EventNote]:
        """`events`, oldest first, with those of the posts read before this context was built put
        back in front of them on the first call (then `events_source` is dropped)."""
        if self.events_source is not None:
            source, self.events_source = self.events_source, None
            self.events[:0] = source()
            del self.events[: -self.keep_events]
        return self.events

    def add_event(self, note: EventNote) -> None:
        self.events.append(note)
        del self.events[: -self.keep_events]

    def add_speaker(self, speaker: Speaker) -> None:
        latest_speaker(self.speakers, speaker)
        del self.speakers[: -self.keep]
