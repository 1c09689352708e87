"""French speakers on fresh text: the station after an inverted role, the subject of words no rule attributed, a
role in a noun's complement, a body named for its place, a first name the model glued to a nationality."""

from __future__ import annotations

from tests.intel.helpers import fr, name
from tests.intel.helpers import fr_blog as blog


def test_the_station_after_an_inverted_role_is_not_who_speaks():
    out = fr("Le budget a été voté hier soir. Il sera appliqué dès janvier, a confirmé ce matin la maire sur "
             "France Bleu Isère.")
    assert name(out) is None


def test_the_apposed_subject_of_unattributed_words_is_whom_a_pronoun_means():
    _, out = blog("« Le calendrier sera tenu », a déclaré la ministre Anne Lefort.",
                  "La présidente de la région, Carole Vasseur, presse l'État de débloquer les fonds « avant la fin du "
                  "mois ». « Nous ne pouvons plus patienter », a-t-elle ajouté.")
    assert name(out, 1) == "Carole Vasseur"


def test_a_role_in_the_complement_of_a_noun_is_the_persons():
    _, out = blog("Ce soir, projection du premier documentaire de la réalisatrice lyonnaise Camille Besson.",
                  "« C'est magnifique », estime Julie Marchand, critique au Monde. Interrogée à la sortie, la "
                  "réalisatrice a souri. « Je suis soulagée », a-t-elle glissé.")
    assert name(out, 1) == "Camille Besson"


def test_a_body_named_for_its_place_is_what_a_common_noun_means_after_it():
    out = fr("Plus de 40 000 clients d'Hydro-Québec sont privés de courant. Transports Canada interdit les vols de "
             "drones dans la zone. L'interdiction durera deux jours, selon l'agence fédérale.")
    assert name(out) == "Transports Canada"


def test_a_first_name_the_model_glued_to_a_nationality_stays_with_the_surname():
    out = fr("Chez les femmes, l'Éthiopienne Tigist Bekele s'impose en 2 h 20 min 41 s.")
    assert any(e["text"] == "Tigist Bekele" and e["type"] == "person" for e in out["entities"])


def test_the_quebec_morning_after_an_inverted_body_is_no_part_of_its_name():
    out = fr("Environ 30 000 abonnés restent sans courant, a précisé Hydro-Québec en début d'avant-midi.")
    assert name(out) == "Hydro-Québec"


def test_a_name_apposed_to_a_possessive_subject_is_whom_a_later_pronoun_means():
    out = fr("La mairie a annoncé la fermeture de la piscine. « C'est un scandale », a lancé un riverain. Son voisin "
             "de palier, Marc Olivier, réclame une consultation. « On ne nous demande jamais notre avis », "
             "regrette-t-il.")
    assert name(out, 2) == "Marc Olivier"


def test_a_pronoun_answering_a_quoted_question_is_not_who_asked_it():
    out = fr("Le gérant s'est avancé à la barre. « Étiez-vous sur le chantier ce soir-là ? », a demandé Me Luc "
             "Perrot. Il a reconnu un « bref passage » vers minuit.")
    assert "passage" in out["quotes"][1]["text"]
    assert name(out, 0) == "Luc Perrot"
    assert name(out, 1) is None
