"""French attributions of a trial or a council: a describing verb ("a dépeint"), a role noun whose elided article
hides the gender ("a plaidé l'avocat"), a name after a role with a complement ("le conseiller d'État X")."""

from __future__ import annotations

from tests.intel.helpers import blog as read_blog
from tests.intel.helpers import fr, speaker


def blog(*posts: str) -> list[dict]:
    return read_blog(fr, *posts)


def test_depicting_is_speaking():
    out = fr("En fin d'audience, Me Claire Fontanel a dépeint une enquête « menée à charge ».")
    assert out["quotes"] and speaker(out)["name"] == "Claire Fontanel"


def test_a_masculine_role_after_an_elided_article_is_no_woman():
    *_, last = blog("Me Sophie Garnier, avocate de la société, a demandé la relaxe.",
                    "Pour Me Antoine Leclerc, qui défend le plaignant, l'enquête a été bâclée. « On a tout laissé "
                    "filer », a tonné l'avocat.")
    assert speaker(last, -1)["name"] == "Antoine Leclerc"


def test_an_elided_role_gives_its_gender():
    from liveline.intel.roles import gender_of
    assert gender_of(["l'avocat"]) == "m"
    assert gender_of(["l'avocate"]) == "f"
    assert gender_of(["l'ambassadeur"]) == "m"
    assert gender_of(["l'élu"]) is None


def test_a_name_after_a_role_with_a_complement_is_a_person():
    for role in ("Le conseiller d'État", "Le ministre d'État"):
        out = fr(f"{role} Pierre-Alain Rey a visité le site. « Rien n'est perdu », a-t-il dit.")
        assert "Pierre-Alain Rey" in [e["text"] for e in out["entities"]]
        assert speaker(out)["name"] == "Pierre-Alain Rey"
