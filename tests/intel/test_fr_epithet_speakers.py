"""French speakers called by a description: the one person of its gender the post named, "ce dernier", a lawyer's
name in apposition after the client, the winner the post told of, a calling for the one person named just before."""

from __future__ import annotations

from tests.intel.helpers import fr, fr_blog, name, speaker


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


def test_a_winner_is_the_one_person_a_verb_of_winning_was_said_of():
    out = fr("Léon Darrigade remporte le slalom devant Hugo Marchal et Théo Vidal. « Je n'y croyais plus », a lâché "
             "le vainqueur au micro de la RTS.")
    assert name(out) == "Léon Darrigade"


def test_a_victory_before_the_name_tells_the_winner():
    out = fr("Victoire au sprint du Danois Erik Holm, devant le Suisse Marco Bänziger et Tom Lefeuvre. « J'ai tout "
             "donné dans la dernière ligne droite », a expliqué le vainqueur.")
    assert name(out) == "Erik Holm"


def test_two_winners_leave_the_winner_unresolved():
    out = fr("Léon Darrigade remporte le slalom et Hugo Marchal s'impose en géant. « Quelle journée », a lâché le "
             "vainqueur.")
    assert speaker(out) is None


def test_a_winner_here_is_not_a_past_winner_the_blog_named():
    posts = fr_blog("À nos côtés ce soir, notre consultant Jean Pérez, ancien vainqueur d'étape sur le Tour.",
                    "Paul Darrigade remporte l'étape devant Marc Lefol. « Je suis aux anges », a lâché le vainqueur.")
    assert name(posts[1]) == "Paul Darrigade"


def test_a_calling_names_the_one_person_of_the_sentence_before():
    out = fr("Le grand prix du festival revient à Martin Lebrun pour son premier album. Standing ovation. « Je n'en "
             "reviens pas », a déclaré le dessinateur.")
    assert speaker(out) is None  # (the sentence before the quote names nobody)
    out = fr("Le grand prix du festival revient à Martin Lebrun pour son premier album. « Je n'en reviens pas », a "
             "déclaré le dessinateur.")
    assert name(out) == "Martin Lebrun"


def test_a_calling_names_someone_in_a_complement_before_the_quote():
    out = fr("Soirée de gala pour « Les Marées », premier long métrage de la Namuroise Claire Dethier, sacré "
             "meilleur film. « Nous l'avons tourné en vingt jours », a rappelé la réalisatrice.")
    assert name(out) == "Claire Dethier"


def test_a_calling_of_the_other_gender_names_nobody():
    out = fr("Le grand prix revient à Martin Lebrun pour son album. « Je n'en reviens pas », a déclaré la "
             "dessinatrice.")
    assert speaker(out) is None


def test_a_person_given_another_role_is_not_the_calling():
    out = fr("Paul Garnier, directeur de l'usine, est sorti parler aux salariés. « Rien n'est décidé », a répliqué "
             "le syndicaliste.")
    assert speaker(out) is None


def test_a_role_that_speaks_for_someone_else_names_only_whom_it_was_given():
    out = fr("Le grand prix revient à Martin Lebrun pour son album. « Il le mérite », a déclaré l'avocat.")
    assert speaker(out) is None


def test_the_applause_a_description_spoke_under_is_not_part_of_it():
    out = fr("En tête de cortège, la présidente du syndicat, Anne Dupuis, a appelé à la grève. « Nous ne lâcherons "
             "rien », a lancé la syndicaliste sous les applaudissements.")
    assert name(out, 1) == "Anne Dupuis"


def test_a_calling_after_a_sentence_about_someone_else_names_nobody():
    out = fr("Jan Verbeke remporte l'étape. Le Flamand a devancé Marco Ruffini, déjà deux fois deuxième. « Mon équipe "
             "a été parfaite », a réagi le sprinteur.")
    assert speaker(out) is None
