"""French attributions with a pronoun or a role: whom "dit-il", "précise-t-il" or "a écrit le Premier ministre"
mean after a sentence that opens on a place, after a body that spoke, with a role inside another role."""

from __future__ import annotations

from liveline.intel.roles import hwords, role_heads, same_head_word
from tests.intel.helpers import fr, speaker
from tests.intel.helpers import fr_blog as blog


def test_a_name_after_a_leading_place_is_whom_a_pronoun_means_after_an_unnamed_source():
    out = fr("Selon un responsable local, la plupart des maisons ont été endommagées. Dans le village de Sidi Bou "
             "Othmane, Karim Benali, un commerçant de 52 ans, a perdu sa maison. « Le toit s'est effondré sur nous »,"
             " dit-il.")
    assert speaker(out, -1)["name"] == "Karim Benali"


def test_a_pronoun_after_a_ministry_that_spoke_is_not_a_person_of_an_earlier_post():
    *_, last = blog("« Tout a tremblé, nous sommes sortis en courant », raconte Kamal, joint par téléphone.",
                    "Le bilan s'alourdit : 212 personnes ont été tuées et 90 blessées, dont 14 grièvement, a annoncé "
                    "le ministère de l'Intérieur. « La plupart des victimes ont été recensées dans les villages de "
                    "montagne », précise-t-il dans un communiqué.")
    assert all(q["speaker"] is None for q in last["quotes"])


def test_describing_is_speaking():
    out = fr("Dans la vallée, Samir Haddad, guide de montagne, décrit des villages « coupés du monde ».")
    assert speaker(out)["name"] == "Samir Haddad"


def test_a_role_inside_another_role_is_not_held():
    *_, last = blog("« On verra bien ce soir », glisse Paul Girard, secrétaire général du parti et proche du Premier "
                    "ministre.",
                    "Jean Morel a salué une équipe « prête à agir ». « Le premier conseil se réunira lundi matin », a "
                    "écrit le Premier ministre.")
    assert speaker(last, -1)["name"] == "Jean Morel"


def test_the_role_words_of_a_complement_are_not_the_role():
    heads = role_heads("fr")
    assert not same_head_word("president", hwords("conseiller du président"), heads)
    assert not same_head_word("ministre", hwords("chef de cabinet du ministre"), heads)
    assert same_head_word("ministre", hwords("ministre de la Culture"), heads)
    assert same_head_word("premier", hwords("Premier ministre"), heads)


def test_who_becomes_a_minister_is_the_new_minister():
    *_, last = blog("Claire Martin devient ministre de la Santé.",
                    "« Je mesure la tâche qui m'attend à l'hôpital », a déclaré la nouvelle ministre de la Santé.")
    assert speaker(last)["name"] == "Claire Martin"


def test_a_name_after_a_named_source_is_not_its_apposition():
    out = fr("Selon Le Parisien, Julien Bernard, ancien préfet de région, serait nommé à la tête de l'agence.")
    assert speaker(out) is None or speaker(out)["name"] != "Julien Bernard"


def test_a_role_after_someone_the_post_described_otherwise_is_someone_else():
    out = fr("Le gardien de but Yann Morel a affirmé que l'équipe avait « tout donné ». « On a souffert jusqu'au "
             "bout », a-t-il ajouté. Beau joueur, l'entraîneur des visiteurs a reconnu que la victoire était "
             "« méritée ».")
    assert speaker(out, 1)["name"] == "Yann Morel"
    assert speaker(out, -1) is None or speaker(out, -1)["name"] != "Yann Morel"


def test_a_pronoun_after_an_unnamed_neighbour_is_nobody():
    out = fr("Marc Petit a pris la parole au conseil. Son voisin, lui, restait silencieux. « Ça ne changera "
             "rien », a-t-il soupiré.")
    assert speaker(out, -1) is None
