"""French speakers given to the wrong person: a party glued to a name, the one a role belongs to, a role renaming
the sentence's subject, a description among several people, an ordinal read as a role."""

from __future__ import annotations

from liveline import intel
from liveline.intel.context import Speaker
from tests.intel.helpers import fr, name, speaker
from tests.intel.helpers import fr_blog as blog


def test_a_party_between_the_role_and_the_name_is_the_roles():
    out = fr("Interrogé par France Inter, le sénateur Renaissance Olivier Massard estime que le budget « ne passera "
             "pas ».")
    assert any(e["text"] == "Olivier Massard" for e in out["entities"])
    assert speaker(out) == {"name": "Olivier Massard", "role": "sénateur Renaissance"}


def test_a_double_first_name_after_a_role_is_kept_whole():
    out = fr("Le maire Jean Paul Courtois a répondu : « Nous rouvrirons la piscine en juin. »")
    assert name(out) == "Jean Paul Courtois"


def test_the_agent_of_a_player_is_not_the_player():
    out = fr("L'agent de Samuel Ekwueme a indiqué que trois clubs anglais avaient fait une offre.")
    assert name(out) != "Samuel Ekwueme"


def test_a_titled_name_the_model_took_for_a_miscellany_is_a_person():
    out = fr("L'avocat de M. Ferhat, Me Yassine Jlassi, a dénoncé une procédure « bâclée ». "
             "« Mon client n'a jamais vu ces documents », a-t-il ajouté.")
    assert speaker(out) == {"name": "Yassine Jlassi", "role": "avocat de M. Ferhat"}
    assert name(out, 1) == "Yassine Jlassi"


def test_a_role_after_a_sentence_on_a_person_without_one_renames_that_person():
    _, out = blog(
        "Au Portugal, le Premier ministre Rui Tavares a réuni une cellule de crise.",
        "Jonas Albrecht a réuni ses ministres à Vienne. Le chef du gouvernement a assuré que « rien ne sera caché ».")
    assert speaker(out) == {"name": "Jonas Albrecht", "role": "chef du gouvernement"}


def test_a_role_in_the_words_the_blog_gave_keeps_its_holder():
    _, out = blog(
        "Dans la salle se trouvait la consule générale de France, Hélène Marchetti.",
        "Nadia Kerroum a dit attendre « encore un peu ». La consule générale a salué « un premier pas ».")
    assert name(out, 1) == "Hélène Marchetti"


def test_a_role_after_someone_who_only_spoke_keeps_its_holder():
    _, out = blog(
        "« Restez chez vous », a exhorté la préfète du Morbihan, Sylvie Garnier.",
        "« Je n'avais jamais vu ça », raconte Gaston, un pêcheur. La préfète a annoncé que les écoles resteraient "
        "fermées.")
    assert name(out, 1) == "Sylvie Garnier"


def test_a_pronoun_after_a_description_among_several_people_is_nobody_we_can_name():
    out = fr("Rémi Oyono a ouvert le score, avant que Yann Moukoko ne marque le second but sur un centre de Paul "
             "Essomba. « Je suis fier », a déclaré l'ailier, ému, au micro de la télévision. "
             "« Ce but est pour ma mère », a-t-il ajouté.")
    assert name(out, 1) is None


def test_a_pronoun_after_a_description_of_the_one_person_named_is_that_person():
    out = fr("Clémence Aubry a réagi dans la soirée. L'ancienne sénatrice a dit n'avoir « rien renié ». "
             "« Je reste libre », a-t-elle insisté.")
    assert name(out, 1) == "Clémence Aubry"


def test_an_ordinal_before_a_name_gives_no_role_nor_gender():
    out = fr("Pour sa première saison, Andrei Volkov ne cachait pas sa déception. « J'ai manqué de calme », "
             "a-t-il reconnu.")
    assert speaker(out) == {"name": "Andrei Volkov", "role": None}


def test_a_first_name_and_surname_before_a_role_in_apposition_is_a_person():
    out = fr("La RTM a promis un rapport. Dans un entretien à France 3 Alsace, Ida Imbs, directrice de la régie, "
             "a assuré que la ville « paierait ». « Les usagers ont besoin de confiance », a-t-elle déclaré.")
    assert any(e["text"] == "Ida Imbs" and e["type"] == "person" for e in out["entities"])
    assert name(out, 1) == "Ida Imbs"


def test_a_first_name_and_surname_the_model_took_for_a_place_before_a_role_is_a_person():
    out = fr("La RTM a promis un rapport. Dans un entretien à France Bleu Provence, Pia Kolb, directrice de la régie, "
             "a assuré que la ville « paierait ».")
    assert any(e["text"] == "Pia Kolb" and e["type"] == "person" for e in out["entities"])


def test_le_syndicat_is_not_a_societe_that_spoke_before():
    out = blog("La Société des transports de Lyon a annoncé que les bus circuleront normalement, a indiqué la "
               "société.",
               "Aucune rencontre n'est prévue demain, a confirmé le syndicat.")
    assert name(out[-1]) is None


def test_le_syndicat_is_the_syndicat_that_spoke_before_a_societe():
    out = blog("Le Syndicat des cheminots de Lyon appelle à la grève, a indiqué le syndicat.",
               "La Société des transports de Lyon a annoncé que les bus circuleront normalement.",
               "Aucune rencontre n'est prévue demain, a confirmé le syndicat.")
    assert name(out[-1]) == "Syndicat des cheminots de Lyon"


def test_an_inverted_alerte_reports_the_quote_before_it():
    out = fr("Le Collectif pour l'air propre a publié ses relevés. « Les seuils sont dépassés un jour sur trois », "
             "alerte sa présidente, Odile Marchetti. Elle demande « des mesures avant l'été ».")
    assert name(out) == "Odile Marchetti"
    assert name(out, 1) == "Odile Marchetti"


def test_a_sentence_opening_on_nouvelle_alerte_names_no_body():
    out = fr("Nouvelle alerte rouge dans la région de Murcie : l'agence météorologique prévoit des orages violents.")
    assert not any(e["text"] == "Nouvelle" for e in out["entities"])


def test_la_magistrate_is_the_presiding_judge_this_post_named_not_an_earlier_prosecutor():
    _, out = blog(
        "La procureure de Dijon, Léa Fournel, a requis deux ans de prison.",
        "La présidente de la cour, Agnès Moreau, a interrogé le témoin. La magistrate a ensuite lu une lettre. "
        "« Je ne regrette rien », a-t-elle lu.")
    assert name(out, len(out["quotes"]) - 1) == "Agnès Moreau"


def test_a_person_of_this_post_is_no_organisation_an_earlier_post_took_her_for():
    context = intel.BlogContext(speakers=[Speaker("Chloé Verdier", None, "f")],
                                entities={"Solène Garnier": "organisation", "Chloé Verdier": "person"})
    out = fr("Solène Garnier a annoncé que son groupe voterait contre. « Nous ne lâcherons rien », a-t-elle assuré.",
             context)
    assert name(out, len(out["quotes"]) - 1) == "Solène Garnier"


def test_the_office_of_a_role_holder_is_not_the_person_who_spoke_before():
    out = fr("Le vote est acquis. Bastien Lemaire : « Nous ouvrirons trois cliniques d'ici l'hiver. » "
             "Le cabinet du ministre de la Santé a fait savoir que l'État « suivra le dossier de près ».")
    assert name(out) == "Bastien Lemaire"
    assert name(out, 1) is None


def test_a_titled_surname_opening_the_sentence_before_is_whom_the_pronoun_means():
    _, _, out = blog(
        "L'avocat de la défense, Me Lucien Fabrègue, a demandé le renvoi : « Mon client est innocent. »",
        "« Je n'ai jamais touché cet argent », a répété l'ancien trésorier Rémi Dufour.",
        "La procureure Maud Lenoir a requis trois ans. Me Fabrègue a plaidé la relaxe. "
        "« Ce dossier est vide », a-t-il lancé.")
    assert name(out, len(out["quotes"]) - 1) == "Lucien Fabrègue"


def test_a_surname_that_is_a_listed_body_keeps_the_person_between_commas_whole():
    out = fr("Le président du club, Jean-Paul Wagner, a jugé que la saison serait « très difficile ».")
    assert name(out) == "Jean-Paul Wagner"
    assert not any(e["canonical"] == "Wagner" for e in out["entities"])


def test_a_capitalised_role_word_after_a_role_is_a_given_name():
    out = fr("L'entraîneur Pape Ndiaye a défendu ses choix : « Nous avons manqué de réalisme. »")
    assert speaker(out) == {"name": "Pape Ndiaye", "role": "entraîneur"}
