"""Organisations that speak: a body's kind after its name, a name the model cut in parts, "the local authority",
"la direction" of a company, a body the model took for a place, and the speech verbs bodies use."""

from __future__ import annotations

from tests.intel.helpers import blog, en, fr, speaker


def test_a_kind_after_an_english_body_name_is_not_part_of_it():
    out = en("The Unite union has called the closure \"a disgrace\" for the town.")
    assert speaker(out) == {"name": "Unite", "role": None}


def test_a_kind_after_a_body_name_with_a_relative_clause_speaks():
    out = en("But the GMB union, which represents most of the drivers, said members would strike next week.")
    assert speaker(out) == {"name": "GMB", "role": None}


def test_a_lowercase_kind_with_its_modifier_after_a_body_name_speaks():
    out = en("Two hikers were rescued overnight, the Vigili del Fuoco fire service said.")
    assert speaker(out) == {"name": "Vigili del Fuoco", "role": None}


def test_a_kind_after_a_body_name_does_not_make_a_person_of_it_speak():
    out = en("The Acme group chief executive said the plant would reopen in June.")
    assert (speaker(out) or {}).get("name") != "Acme"


def test_a_place_then_a_police_force_is_one_body():
    out = en("New York State Police said officers had reopened two lanes.")
    assert speaker(out) == {"name": "New York State Police", "role": None}


def test_two_parts_of_one_service_joined_by_and_are_one_body():
    out = en("South Yorkshire Fire and Rescue Service said crews had rescued 12 people from flooded homes.")
    assert speaker(out) == {"name": "South Yorkshire Fire and Rescue Service", "role": None}


def test_a_place_and_a_body_joined_by_and_are_two_speakers_not_one():
    out = en("Israel and Hamas said the ceasefire would hold through the weekend.")
    assert speaker(out) is None


def test_the_local_authority_is_not_the_agency_named_before():
    out = en("The Environment Agency says the river has peaked. Roads near the bridge will stay shut, the local "
             "authority said.")
    assert speaker(out, 0) == {"name": "Environment Agency", "role": None}
    assert speaker(out, 1) is None


def test_la_direction_is_the_company_that_spoke():
    out = fr("Un bus sur trois circule ce mardi, a indiqué la RTM dans un communiqué. La direction appelle les "
             "usagers à « anticiper leurs trajets ».")
    assert speaker(out, 1) == {"name": "RTM", "role": None}


def test_la_direction_is_the_company_where_the_strike_is():
    out = fr("La grève est déjà la plus longue à la RTM depuis 1995. Plusieurs lignes de tramway sont à l'arrêt, "
             "a indiqué la direction.")
    assert speaker(out) == {"name": "RTM", "role": None}


def test_la_direction_is_not_the_union_named_before():
    out = fr("La CGT a appelé à la grève. La direction a indiqué que le service serait assuré.")
    assert speaker(out) is None


def test_a_museum_the_model_took_for_a_place_is_what_le_musee_means():
    out = fr("Le Louvre a fermé ses portes ce lundi « pour raisons techniques », a annoncé le musée sur son site.")
    assert speaker(out) == {"name": "Louvre", "role": None}


def test_an_institution_the_model_took_for_a_place_is_what_l_institution_means():
    out = fr("Le Conseil constitutionnel a censuré mardi deux articles du texte. Dans sa décision, l'institution "
             "juge que la mesure porte « une atteinte disproportionnée » aux libertés.")
    assert speaker(out) == {"name": "Conseil constitutionnel", "role": None}


def test_alerter_reports_what_a_body_said():
    out = fr("Le lac a atteint un niveau « jamais vu depuis un siècle », a alerté l'Autorité du bassin de la Volta.")
    assert speaker(out) == {"name": "Autorité du bassin de la Volta", "role": None}


def test_recommander_inverted_reports_a_direct_quote():
    out = fr("« Évitez les déplacements non essentiels », recommande la RTM sur son site.")
    assert out["quotes"][0]["kind"] == "direct"
    assert speaker(out) == {"name": "RTM", "role": None}


def test_a_body_name_the_model_cut_at_its_head_keeps_its_complements():
    out = fr("Le rapporteur du budget, Paul Garnier, ancien magistrat de la Cour des comptes, s'inquiète d'un "
             "« écart » entre les annonces et les économies. La Cour des comptes rendra un avis sur la dette publique "
             "la semaine prochaine, a fait savoir l'institution de la rue Cambon.")
    assert speaker(out, 1) == {"name": "Cour des comptes", "role": None}


def test_a_body_the_model_took_for_a_place_is_what_l_institution_means_after_an_inversion():
    out = fr("La Cour de cassation rendra sa décision sur le pourvoi la semaine prochaine, a fait savoir "
             "l'institution.")
    assert speaker(out) == {"name": "Cour de cassation", "role": None}


def test_a_relative_clause_after_l_association_is_not_its_words():
    out = fr("Sur le port, l'association Robin des Bois appelle à manifester. L'association, qui suit le dossier "
             "et ses nombreux recours judiciaires, dénonce un projet « destructeur ».")
    assert speaker(out) == {"name": "Robin des Bois", "role": None}


def test_capitalised_words_the_model_did_not_see_after_an_article_are_a_body():
    out = fr("La Super League a fait savoir qu'un rapport serait transmis lundi.")
    assert speaker(out) == {"name": "Super League", "role": None}


def test_a_place_with_an_article_is_no_unseen_body():
    out = fr("La Grande Bretagne a fait savoir que le sommet aurait lieu.")
    assert speaker(out) is None


def test_the_force_is_the_police_force_that_spoke_in_an_earlier_post():
    posts = blog(en, "Thames Valley Police said a man had been arrested after a fire at a church in Reading.",
                 "The bishop, Anne Hollis, said the parish was \"shaken but united\".",
                 "The man will appear at Reading Magistrates' Court on Tuesday, the force said.")
    assert speaker(posts[2]) == {"name": "Thames Valley Police", "role": None}
