"""French speakers called by a description: the one person of its gender the post named, "ce dernier", a lawyer's
name in apposition after the client."""

from __future__ import annotations

from tests.intel.helpers import fr, name, speaker


def test_a_feminine_role_is_the_only_woman_named():
    out = fr("C'est fait : Claire Morvan est élue présidente du club avec 58 % des voix, contre 42 % pour Yves "
             "Kerleau. « Nous allons travailler dès demain », a déclaré la nouvelle présidente sous les vivats.")
    assert name(out) == "Claire Morvan"


def test_a_woman_only_named_as_an_object_is_not_described():
    out = fr("Yves Kerleau a salué Claire Morvan. « Je suis fière », a confié la chanteuse.")
    assert speaker(out) is None


def test_an_elided_article_tells_the_gender_by_the_noun():
    out = fr("Le candidat écologiste, Thomas Guérec, a voté à Quimper. L'ancien journaliste a assuré qu'il ne "
             "tiendrait « rien pour acquis ».")
    assert name(out) == "Thomas Guérec"


def test_a_former_role_may_differ_from_the_one_held_now():
    out = fr("Sandrine Aubert, ministre des Sports, rejoint le gouvernement. L'ancienne eurodéputée a promis « du "
             "travail ».")
    assert name(out) == "Sandrine Aubert"


def test_two_people_of_the_gender_leave_the_description_unresolved():
    out = fr("Paul Ferrec a battu Marc Lozach en finale. « Je suis déçu », a reconnu le joueur.")
    assert speaker(out) is None


def test_a_role_of_another_kind_is_someone_else():
    out = fr("Le maire de Brest, Jean Quéméner, a visité le port. « Tout sera réparé », a promis le ministre.")
    assert speaker(out) is None


def test_a_person_who_underwent_the_sentence_is_not_described():
    out = fr("Damien Le Roux a été interpellé samedi à Lorient. « Il était recherché depuis un mois », a précisé "
             "l'enquêteur.")
    assert speaker(out) is None


def test_ce_dernier_is_the_last_person_named():
    out = fr("Le duel oppose la socialiste Anne Perrot et le candidat centriste Hervé Dagorn. "
             "« Je sens que ça bouge », a lancé ce dernier en votant.")
    assert name(out) == "Hervé Dagorn"


def test_cette_derniere_after_a_man_is_nobody():
    out = fr("La maire a reçu Hervé Dagorn. « Rien n'est fait », a lancé cette dernière.")
    assert speaker(out) is None


def test_a_lawyers_name_after_the_client_the_model_missed_speaks():
    out = fr("Pause dans le procès. Dans le hall, l'avocat tunisien de M. Khoury, Me Slim Ayari, a dénoncé un "
             "dossier « creux ».")
    assert speaker(out) == {"name": "Slim Ayari", "role": "avocat tunisien de M. Khoury"}
