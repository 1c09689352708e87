"""French speaker constructions: speech verbs the rules did not know, court roles, a role before a titled name."""

from __future__ import annotations

from tests.intel.helpers import blog as read_blog
from tests.intel.helpers import fr, speaker


def blog(*posts: str) -> list[dict]:
    return read_blog(fr, *posts)


def test_justifier_reports_speech():
    out = fr("« Il fallait trancher vite », a justifié Pauline Méric devant le conseil municipal.")
    assert speaker(out)["name"] == "Pauline Méric"
    assert out["quotes"][0]["text"] == "Il fallait trancher vite"


def test_faire_remarquer_reports_speech():
    out = fr("Le témoin a hésité. « Vous aviez pourtant signé le registre », lui a fait remarquer Hugues Tallec.")
    assert speaker(out)["name"] == "Hugues Tallec"
    assert out["quotes"][0]["text"] == "Vous aviez pourtant signé le registre"


def test_a_role_before_a_comma_and_a_lawyers_title_is_hers():
    out = fr("Son avocate, Me Clémence Vautrin, a plaidé la relaxe. « Le dossier est vide », a-t-elle insisté.")
    assert speaker(out) == {"name": "Clémence Vautrin", "role": "avocate"}


def test_an_avocat_general_is_not_the_defendants_lawyer_but_a_magistrate():
    first, second, last = blog(
        "Le procès de Gérard Pelletan s'est ouvert. Son avocat, Me Armand Roussel, a plaidé la nullité.",
        "L'avocat général, Damien Quéré, a requis deux ans de prison. « Les faits sont établis », a-t-il lancé. "
        "Pour le magistrat, le prévenu a « menti du début à la fin ».",
        "À la sortie, son avocat a assuré que son client ferait « appel sans hésiter ».")
    assert speaker(second, 1)["name"] == "Damien Quéré"
    assert speaker(last)["name"] == "Armand Roussel"
