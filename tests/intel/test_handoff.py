"""What a post leaves the blog's later posts (`Handoff`): a context rebuilt from stored results and
handoffs reads a post as a reader of the whole blog in order would, corrections included."""

from __future__ import annotations

from datetime import datetime

from liveline import intel
from liveline.intel import Handoff, Speaker

TZ = "Europe/Paris"
# The spokeswoman and the mayor both have first names worn by women and men: only the text tells who is "elle".
TWO_SPEAKERS = ("« Les secours sont mobilisés », a déclaré la porte-parole de la préfecture, Dominique Roussel. "
                "« La route restera fermée », a précisé le maire, Claude Girard.")
SHE_ADDED = "« Nous ferons le point à 18 heures », a-t-elle ajouté."
# The coach is named, then given his role, but quoted nobody: the role is his all the same.
COACH_NAMED = "Luis Enrique a salué ses joueurs après la finale. L'entraîneur espagnol a dédié le titre à sa fille."
COACH_SPEAKS = "« Nous avons souffert, mais nous n'avons jamais renoncé », a reconnu l'entraîneur."


def read_as_worker(texts: list[str], *, keep_handoffs: bool = True, correct=None) -> list[dict]:
    """Each post read with a context rebuilt from the earlier posts' stored results (and handoffs), as the
    worker does; `correct(i, result)` may change a stored result the way a journalist's correction does."""
    stored: list[dict] = []
    handoffs: list[dict | None] = []
    earlier: list[tuple[str, datetime]] = []
    for i, text in enumerate(texts):
        published = datetime(2025, 6, 1, 9, 10 * i)
        context = intel.rebuilt_context(stored, earlier, lang="fr", timezone=TZ,
                                        handoffs=handoffs if keep_handoffs else None)
        result = intel.extract(text, lang="fr", published=published, timezone=TZ, context=context)
        stored.append(correct(i, result) if correct else result)
        handoffs.append(context.handoff.as_json())
        earlier.append((text, published))
    return stored


def speakers(result: dict) -> list[str | None]:
    return [q["speaker"]["name"] if q["speaker"] else None for q in result["quotes"]]


def test_she_is_the_spokeswoman_the_earlier_post_described_not_the_last_speaker():
    assert speakers(read_as_worker([TWO_SPEAKERS, SHE_ADDED])[-1]) == ["Dominique Roussel"]
    # Stored results alone keep no gender: the pronoun went to the man who spoke last.
    assert speakers(read_as_worker([TWO_SPEAKERS, SHE_ADDED], keep_handoffs=False)[-1]) != ["Dominique Roussel"]


def test_a_role_given_to_someone_who_did_not_speak_names_him_in_a_later_post():
    last = read_as_worker([COACH_NAMED, COACH_SPEAKS])[-1]
    assert last["quotes"][0]["speaker"] == {"name": "Luis Enrique", "role": "entraîneur espagnol"}
    assert speakers(read_as_worker([COACH_NAMED, COACH_SPEAKS], keep_handoffs=False)[-1]) == [None]


def test_a_journalists_correction_of_a_speaker_wins_over_what_the_engine_carried():
    published = datetime(2025, 6, 1, 9)
    context = intel.BlogContext()
    result = intel.extract(TWO_SPEAKERS, lang="fr", published=published, timezone=TZ, context=context)
    handoff = context.handoff.as_json()
    # The desk knows it was the deputy spokeswoman who spoke first.
    result["quotes"][0]["speaker"] = {"name": "Aline Berthier", "role": "porte-parole adjointe"}
    rebuilt = intel.rebuilt_context([result], [(TWO_SPEAKERS, published)], lang="fr", timezone=TZ, handoffs=[handoff])
    assert [s.name for s in rebuilt.speakers] == ["Claude Girard", "Aline Berthier"]
    assert rebuilt.focus.name == "Aline Berthier" and rebuilt.roles["Aline Berthier"] == "porte-parole adjointe"
    assert "Dominique Roussel" not in rebuilt.roles


def test_a_handoff_survives_storage_and_anything_else_is_ignored():
    handoff = Handoff(speakers=[Speaker("Dominique Roussel", "porte-parole", "f")],
                      roles={"Luis Enrique": "entraîneur"}, focus=Speaker("Dominique Roussel", None, "f"),
                      joint=("A B", "C D"), tried=["Romain Keraudren"],
                      quoted=[("Dominique Roussel", "Dominique Roussel")])
    assert Handoff.from_json(handoff.as_json()) == handoff
    for damaged in (None, "x", {}, {**handoff.as_json(), "version": 0}, {**handoff.as_json(), "speakers": [{}]},
                    {**handoff.as_json(), "roles": ["entraîneur"]}, {**handoff.as_json(), "joint": ["only one"]}):
        assert Handoff.from_json(damaged) is None


def test_a_damaged_handoff_falls_back_to_the_stored_result():
    first = intel.extract(TWO_SPEAKERS, lang="fr", published=datetime(2025, 6, 1, 9), timezone=TZ)
    context = intel.rebuilt_context([first], [(TWO_SPEAKERS, datetime(2025, 6, 1, 9))], lang="fr", timezone=TZ,
                                    handoffs=[{"version": 1, "speakers": "garbage"}])
    assert [s.name for s in context.speakers] == ["Dominique Roussel", "Claude Girard"]
