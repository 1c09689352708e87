"""French speaker constructions: speech verbs the rules did not know, court roles, a role before a titled name."""

from __future__ import annotations

from tests.intel.helpers import fr, speaker
from tests.intel.helpers import fr_blog as blog


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


def test_a_label_opening_a_sentence_before_a_colon_is_no_person():
    out = fr("Moment très attendu du procès : la déposition de Rémi Barthès, ancien comptable. "
             "« On m'a demandé de fermer les yeux », a-t-il affirmé.")
    assert all(e["text"] != "Moment" for e in out["entities"])
    assert speaker(out)["name"] == "Rémi Barthès"


def test_a_bare_word_for_a_role_does_not_make_the_blog_forget_the_role():
    *_, last = blog("Le maire de Quimperlé, Yves Le Goarant, a fait le point. « La digue a tenu », a-t-il déclaré. "
                    "L'élu s'est aussi plaint des assurances : « Les familles attendent toujours. »",
                    "La préfète, Anne Rivière, a visité le quartier. « Nous serons là », a-t-elle promis.",
                    "Le maire a jugé la visite « utile ».")
    assert speaker(last)["name"] == "Yves Le Goarant"


def test_a_narrative_infinitive_carries_on_who_just_spoke():
    out = fr("Lina Morel a remporté le slalom. « Je n'y croyais plus », a-t-elle confié. "
             "Et d'ajouter, en riant : « Ma mère va pleurer. »")
    assert speaker(out, 1)["name"] == "Lina Morel"
    assert out["quotes"][1]["text"] == "Ma mère va pleurer."


def test_coach_is_a_role_that_carries_on_the_person_just_named():
    out = fr("Julien Carrasco a tenu une conférence de presse ce midi. « Rien n'est joué », a prévenu le coach "
             "des Canaris.")
    assert speaker(out)["name"] == "Julien Carrasco"


def test_the_elected_official_of_a_place_is_the_one_recent_holder_of_an_elected_office():
    out = fr("L'amendement porté par la députée écologiste Maëlle Garnier a été rejeté. « C'est un renoncement », "
             "avait lancé l'élue de la Drôme dans l'hémicycle.")
    assert speaker(out)["name"] == "Maëlle Garnier"


def test_a_role_before_a_comma_and_a_nationality_noun_is_the_named_persons():
    *_, last = blog("Le président du jury, le Danois Anders Holm, a présenté le palmarès.",
                    "« Ce fut un choix difficile », a reconnu le président du jury en conférence de presse.")
    assert speaker(last)["name"] == "Anders Holm"


def test_a_compound_first_name_the_model_read_alone_takes_its_surname():
    out = fr("Le procès de Paul-Antoine Kervella s'ouvre à Nantes. Marc-Antoine Le Dantec conteste les faits.")
    people = {e["text"] for e in out["entities"] if e["type"] == "person"}
    assert people == {"Paul-Antoine Kervella", "Marc-Antoine Le Dantec"}


def test_remercier_reports_the_thanks_in_marks():
    out = fr("Claire Nogaret, présidente du conseil, prend la tête du comité. Elle a remercié son prédécesseur pour "
             "« vingt ans de loyauté ».")
    assert speaker(out)["name"] == "Claire Nogaret"
    assert out["quotes"][0]["text"] == "son prédécesseur pour « vingt ans de loyauté »"


def test_exclure_reports_what_was_ruled_out():
    out = fr("La ministre des Sports, Odile Vernier, était l'invitée de France Inter. Elle a exclu tout report des "
             "Jeux, « quelles que soient les circonstances ».")
    assert speaker(out)["name"] == "Odile Vernier"
    assert out["quotes"][0]["text"] == "tout report des Jeux, « quelles que soient les circonstances »"


def test_a_word_for_any_elected_official_prefers_the_one_this_post_named():
    *_, last = blog("Le sénateur Alain Dufour a défendu son amendement. « Il faut agir », a-t-il déclaré.",
                    "Le texte porté par le député Karim Benali a été adopté. « C'est une victoire », "
                    "a lancé l'élu du Gard.")
    assert speaker(last)["name"] == "Karim Benali"


def test_an_exclamation_inverted_after_its_quote_is_speech():
    out = fr("« Enfin une bonne nouvelle ! », s'exclame Paulette Girard devant la mairie.")
    assert out["quotes"][0]["text"] == "Enfin une bonne nouvelle !"
    assert speaker(out)["name"] == "Paulette Girard"


def test_annoyance_inverted_after_its_quote_is_speech():
    out = fr("« On attend depuis des mois », s'agace Bernard Lefort, éleveur à Mende.")
    assert out["quotes"][0]["text"] == "On attend depuis des mois"
    assert speaker(out)["name"] == "Bernard Lefort"


def test_a_warning_inverted_after_its_quote_is_speech_but_an_alert_is_no_verb():
    out = fr("« Les digues ne tiendront pas », alerte le président de l'association, Yves Caron.")
    assert speaker(out)["name"] == "Yves Caron"
    out = fr("Nouvelle alerte orange dans le Gard : les pluies reprennent dès ce soir.")
    assert not out["quotes"] and not any(e["text"] == "Nouvelle" for e in out["entities"])


def test_a_shout_with_an_inverted_pronoun_is_speech():
    out = fr("Marc Dupuis a quitté la salle sous les huées. « Rendez-vous lundi ! », crie-t-il aux journalistes.")
    assert out["quotes"][0]["text"] == "Rendez-vous lundi !"
    assert speaker(out)["name"] == "Marc Dupuis"


def test_only_a_few_words_inverted_after_a_quote_are_speech():
    out = fr("Jean Vidal est sorti sans un regard. « Je n'ai rien à ajouter », a-t-il seulement lâché.")
    assert out["quotes"][0]["text"] == "Je n'ai rien à ajouter"
    assert speaker(out)["name"] == "Jean Vidal"
    out = fr("« Trois heures d'attente pour rien », a grogné Paul Blanc.")
    assert speaker(out)["name"] == "Paul Blanc"


def test_all_one_would_say_is_speech():
    out = fr("« Tout est sous contrôle », s'est bornée à dire la porte-parole de la mairie, Lise Martin.")
    assert out["quotes"][0]["text"] == "Tout est sous contrôle"
    assert speaker(out)["name"] == "Lise Martin"


def test_the_imperfect_of_saying_oneself_and_a_wish_to_praise_report():
    out = fr("La directrice du musée, Anne Morel, se disait « très confiante » pour la réouverture.")
    assert speaker(out)["name"] == "Anne Morel"
    out = fr("Du côté des organisateurs, Rémi Garnier a tenu à saluer « un public exemplaire ».")
    assert speaker(out)["name"] == "Rémi Garnier"


def test_a_noun_after_such_is_no_speech_verb():
    out = fr("Le ministre, François Lebrun, a affirmé que tout était prêt. Il a toutefois jugé une telle demande "
             "« prématurée » à ce stade.")
    assert speaker(out, -1)["name"] == "François Lebrun"
