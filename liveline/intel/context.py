"""What cross-post resolution needs: the blog's recent speakers and entities, the newsroom's names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class KnownName:
    """One entry of a newsroom's list: a real person, place or organisation and how posts name it."""

    name: str
    type: str = "person"  # person, place or organisation
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None  # "f" or "m" when known: lets "a-t-elle ajouté" find her


@dataclass
class Speaker:
    name: str
    role: str | None = None
    gender: str | None = None


def latest_speaker(speakers: list[Speaker], speaker: Speaker) -> None:
    """Move `speaker` to the end of `speakers` (the most recent), keeping the role and gender an
    earlier mention of the same person gave when this one gives none."""
    for old in list(speakers):
        if old.name == speaker.name:
            speakers.remove(old)
            speaker.role = speaker.role or old.role
            speaker.gender = speaker.gender or old.gender
    speakers.append(speaker)


def seen_names(context: BlogContext | None, type_: str) -> list[str]:
    """The names of one type (person, place, organisation, event) the blog's earlier posts gave, oldest first."""
    return [name for name, t in context.entities.items() if t == type_] if context else []


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

    @classmethod
    def from_results(cls, results: list[dict], known: list[KnownName] | None = None) -> BlogContext:
        ctx = cls(known=list(known or []))
        for result in results:
            ctx.remember(result)
        return ctx

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
