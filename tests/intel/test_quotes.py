"""Quote detection: questions put by journalists, answers, media before "that", speech-verb participles."""

from __future__ import annotations

import re

from liveline.intel.quotes import PARTICIPLE
from liveline.intel.speech import INDEFINITE_EN, INDEFINITE_FR, capitalised
from tests.intel.helpers import blog, en, fr, speaker


def test_the_journalists_question_is_not_a_quote_the_answer_is():
    out = en("Asked how long the bridge would stay closed, the engineer said she could not say.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [("she could not say", "indirect")]


def test_answered_is_a_speech_verb():
    out = en("Mayor Linda Harris was asked about the dam. \"The dam is safe,\" she answered.")
    assert [q["text"] for q in out["quotes"]] == ["The dam is safe"]
    assert speaker(out)["name"] == "Linda Harris"


def test_where_it_was_written_may_stand_between_the_verb_and_that():
    out = en("The senator wrote on Facebook that the vote on the relief bill had been put off for three weeks "
             "and that this was \"a disgrace\".")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("the vote on the relief bill had been put off for three weeks and that this was \"a disgrace\"", "mixed")]


def test_a_speech_participle_reports_for_the_subject_of_the_sentence():
    out = en("Michael Grant ordered the bridge closed, warning that the water was \"rising fast\".")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [("the water was \"rising fast\"", "mixed")]
    assert speaker(out)["name"] == "Michael Grant"


def test_a_participle_after_a_direct_quote_adds_reported_speech():
    out = en("\"We will rebuild,\" Michael Grant said on Sunday, adding that the repairs would take months.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("We will rebuild", "direct"), ("the repairs would take months", "indirect")]
    assert speaker(out, 1)["name"] == "Michael Grant"
    out = fr("« Nous reconstruirons », a déclaré Michel Durand, ajoutant que les travaux dureraient des mois.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("Nous reconstruirons", "direct"), ("les travaux dureraient des mois", "indirect")]
    assert speaker(out, 1)["name"] == "Michel Durand"


def test_a_leading_participle_clause_and_a_que_clause_are_not_who_speaks():
    out = fr("Arrivé en fin de matinée devant la mairie, le ministre de l'Intérieur, Jean Dupré, a confirmé que "
             "l'assaillant, Karim Benali, était « connu des services ».")
    assert [q["speaker"]["name"] if q["speaker"] else None for q in out["quotes"]] == ["Jean Dupré"]


def test_a_present_speech_verb_followed_by_the_quoted_words_it_asks_for():
    out = fr("Marie Lenoir, secrétaire générale du Snes-FSU, était l'invitée de la matinale. De son côté, le SE-Unsa "
             "réclame « des adultes en plus dans les établissements ».")
    assert out["quotes"][-1]["speaker"] == {"name": "SE-Unsa", "role": None}


def _quotes(out: dict) -> list[tuple[str, str]]:
    return [(q["text"], q["kind"]) for q in out["quotes"]]


def test_a_long_leading_adverbial_is_not_the_subject_nor_what_was_said():
    out = fr("À la sortie d'une réunion de crise tenue à la préfecture, le maire de Lyon, Paul Morel, a annoncé ce "
             "soir que les écoles resteraient fermées jusqu'à lundi.")
    assert _quotes(out) == [("les écoles resteraient fermées jusqu'à lundi", "indirect")]
    assert speaker(out)["name"] == "Paul Morel"


def test_a_stressed_pronoun_between_commas_splits_the_compound_verb():
    out = fr("Le ministre des Transports a, lui, affirmé qu'aucune ligne ne serait supprimée cet hiver.")
    assert _quotes(out) == [("aucune ligne ne serait supprimée cet hiver", "indirect")]


def test_a_french_subject_before_the_verb_and_an_object_after_is_no_trailing_attribution():
    out = fr("Sur le parvis de la mairie comme dans tout le département, les habitants ont observé à midi une minute "
             "de silence.")
    assert out["quotes"] == []


def test_inverted_present_reflexive_and_projection_verbs_report_the_clause_before():
    out = fr("Plus de 300 kilos de cocaïne ont été saisis au port, se félicite M. Garnier, qui se rendra demain "
             "à Brest.")
    assert _quotes(out) == [("Plus de 300 kilos de cocaïne ont été saisis au port", "indirect")]
    out = fr("Le Parti vert remportera la circonscription, projette Radio-Nord.")
    assert _quotes(out) == [("Le Parti vert remportera la circonscription", "indirect")]
    out = fr("Ce soir, le cinéma du port projette « La Grande Vadrouille » en plein air.")
    assert all(q["speaker"] is None for q in out["quotes"])


def test_on_apprend_de_source_is_an_indirect_quote_without_speaker():
    out = fr("Trois pêcheurs ont été secourus au large de Dieppe, a-t-on appris de source portuaire.")
    assert _quotes(out) == [("Trois pêcheurs ont été secourus au large de Dieppe", "indirect")]
    assert speaker(out) is None


def test_an_addressee_may_stand_between_the_verb_and_que():
    out = fr("Jean Dupré a fait savoir lundi à son homologue allemand, Karl Weber, qu'il ne viendrait pas au sommet "
             "de Lille.")
    assert _quotes(out) == [("il ne viendrait pas au sommet de Lille", "indirect")]
    assert speaker(out)["name"] == "Jean Dupré"


def test_a_present_verb_whose_object_carries_the_quoted_judgement():
    out = fr("Dans un communiqué, la maire de Nantes qualifie d'« irresponsable » la fermeture de la gare.")
    assert _quotes(out) == [("d'« irresponsable » la fermeture de la gare", "mixed")]
    out = fr("Au ministère, on juge le projet « irréaliste ».")
    assert _quotes(out) == [("le projet « irréaliste »", "mixed")]


def test_a_relative_speech_verb_after_a_direct_quote_adds_a_mixed_quote():
    out = fr("« Nous ne lâcherons rien sur les salaires », a lancé la syndicaliste Anne Roux, qui dit attendre du "
             "patronat qu'il « revienne enfin à la table ».")
    assert _quotes(out) == [("Nous ne lâcherons rien sur les salaires", "direct"),
                            ("attendre du patronat qu'il « revienne enfin à la table »", "mixed")]
    assert speaker(out, 1)["name"] == "Anne Roux"


def test_told_an_audience_after_the_clause_reports_the_clause():
    out = en("Four bridges are now closed to traffic, Chief Inspector Mark Dale told a news conference outside the "
             "station this morning.")
    assert _quotes(out) == [("Four bridges are now closed to traffic", "indirect")]


def test_confirmed_dead_is_no_speech_verb():
    out = en("The number of people confirmed dead has climbed to nine, Sheriff Tom Hale said on Monday.")
    assert _quotes(out) == [("The number of people confirmed dead has climbed to nine", "indirect")]


def test_an_announced_noun_phrase_is_no_quote_but_say_reports_a_clause():
    out = en("The mayor toured the flooded streets this morning, met volunteers at the school, and then announced an "
             "independent review of the flood defences.")
    assert out["quotes"] == []
    out = en("Local charities say about 40 families still have no power.")
    assert _quotes(out) == [("about 40 families still have no power", "indirect")]
    assert en("The minister refused to say whether the plant would close.")["quotes"] == []


def test_decrire_reports_the_quoted_words_it_describes():
    out = fr("À la radio, le préfet de l'Aude, Marc Villon, a décrit des villages « dévastés ».")
    assert _quotes(out) == [("des villages « dévastés »", "mixed")]
    assert speaker(out)["name"] == "Marc Villon"


def test_a_lone_quote_after_a_sentence_in_which_its_person_speaks():
    out = en("A tree fell on a car near Dumfries, police said. First Minister Anna Kerr spoke to reporters in "
             'Edinburgh shortly afterwards. "My thoughts are with his family tonight."')
    assert out["quotes"][-1]["speaker"]["name"] == "Anna Kerr"


def test_a_call_upon_people_in_quote_marks_is_a_quote():
    out = fr("Samira, la mère de Lucas, a pris la parole devant la mairie. Elle avait appelé « tout le monde » à "
             "venir marcher pour son fils.")
    assert out["quotes"][-1]["text"].startswith("« tout le monde » à venir")
    assert out["quotes"][-1]["speaker"]["name"] == "Samira"  # not Lucas, whose mother she is


def test_an_attribution_inside_one_pair_of_quote_marks_cuts_it_in_two_direct_quotes():
    out = fr("La rectrice de l'académie, Hélène Vasseur, a visité le collège. « Aucune classe ne fermera à la rentrée, "
             "a assuré Hélène Vasseur, et nous ouvrirons deux postes. » « Le dialogue avance, poursuit-elle. Les "
             "parents seront reçus jeudi. »")
    assert _quotes(out) == [
        ("Aucune classe ne fermera à la rentrée", "direct"), ("et nous ouvrirons deux postes.", "direct"),
        ("Le dialogue avance", "direct"), ("Les parents seront reçus jeudi.", "direct")]
    assert {q["speaker"]["name"] for q in out["quotes"]} == {"Hélène Vasseur"}
    # Where it was said belongs to the attribution, not to what was said.
    out = fr("Le préfet Karim Ouali a répondu aux élus. « Les digues ont tenu, a-t-il dit devant le conseil. Il "
             "faudra les rehausser. »")
    assert _quotes(out) == [
        ("Les digues ont tenu", "direct"), ("Il faudra les rehausser.", "direct")]
    # A comma after the verb that goes on with a comparison is no place to cut.
    out = fr("« On y pense, dit-il, comme tout le monde. »")
    assert [q["text"] for q in out["quotes"]] == ["On y pense, dit-il, comme tout le monde."]


def test_words_read_out_between_two_quotes_are_the_readers():
    out = fr("« Le prévenu est reconnu coupable de fraude fiscale », a lu la présidente du tribunal, Claire Fontan, "
             "« pour avoir dissimulé ses revenus pendant dix ans ».")
    assert _quotes(out) == [
        ("Le prévenu est reconnu coupable de fraude fiscale", "direct"),
        ("pour avoir dissimulé ses revenus pendant dix ans", "direct")]
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Claire Fontan", "Claire Fontan"]
    assert fr("Le juge a lu le jugement pendant deux heures.")["quotes"] == []


def test_a_clause_and_a_colon_before_a_quote_with_its_own_attribution_leave_it_direct():
    out = fr("Sur le chantier, l'ambiance est lourde : « On ne sait pas si on sera payés ce mois-ci », raconte Marc "
             "Duval, maçon depuis vingt ans.")
    assert _quotes(out) == [("On ne sait pas si on sera payés ce mois-ci", "direct")]
    assert speaker(out)["name"] == "Marc Duval"


def test_a_quote_after_a_colon_is_said_by_the_subject_of_the_clause_before_it():
    out = fr("Le maire de Nîmes, Julien Plantier, avoue avoir douté : « Nous avons failli tout arrêter en mars. »")
    assert _quotes(out) == [("Nous avons failli tout arrêter en mars.", "direct")]
    assert speaker(out)["name"] == "Julien Plantier"
    # The clause reports speech of its own: two quotes, one speaker.
    out = fr("Le géologue Paul Favre explique que la digue est fragilisée : « Elle peut céder à la prochaine crue. »")
    assert _quotes(out) == [("la digue est fragilisée", "indirect"), ("Elle peut céder à la prochaine crue.", "direct")]
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Paul Favre", "Paul Favre"]
    # An unnamed subject is nobody, not the one who spoke before.
    out = fr("« Les secours arrivent », a promis le préfet Henri Vidal. Une voisine, qui préfère rester anonyme, "
             "soupire : « On n'a plus d'eau depuis trois jours. »")
    assert _quotes(out)[1] == ("On n'a plus d'eau depuis trois jours.", "direct")
    assert speaker(out, 1) is None


def test_an_aside_between_a_french_subject_and_its_verb_is_no_quote():
    out = fr("Le ministre de l'Agriculture, Marc Fesneau, était à Rennes. Le ministre, de son côté, a promis de "
             "recevoir les éleveurs mardi.")
    assert _quotes(out) == [("de recevoir les éleveurs mardi", "indirect")]
    assert speaker(out)["name"] == "Marc Fesneau"
    out = fr("Un pompier, qui a participé aux recherches, ajoute que la visibilité était nulle.")
    assert _quotes(out) == [("la visibilité était nulle", "indirect")]
    assert speaker(out) is None
    out = fr("Une passante, croisée devant la mairie, glisse que le quartier n'a jamais été aussi calme.")
    assert _quotes(out) == [("le quartier n'a jamais été aussi calme", "indirect")]
    out = fr("La FSU affirme de son côté que la grève sera reconduite jeudi.")
    assert _quotes(out) == [("la grève sera reconduite jeudi", "indirect")]
    assert speaker(out)["name"] == "FSU"
    out = fr("Le maire de Lens, Paul Roux, promet de rouvrir la piscine avant l'été.")
    assert _quotes(out) == [("de rouvrir la piscine avant l'été", "indirect")]


def test_a_role_that_sets_itself_apart_is_not_the_one_who_spoke_last():
    out = fr("Le maire de Chamonix, Éric Fournier, a décrété un deuil. Le guide Marc Berthod rappelle que la neige "
             "reste instable. L'élu, de son côté, a annoncé qu'une cellule d'écoute serait ouverte.")
    assert _quotes(out)[-1] == ("une cellule d'écoute serait ouverte", "indirect")
    assert speaker(out, 0)["name"] == "Marc Berthod"
    assert speaker(out, 1) is None or speaker(out, 1)["name"] == "Éric Fournier"


def test_words_quoted_right_after_parler_de_or_adresser_are_a_mixed_quote():
    out = fr("Le Premier ministre portugais, Luís Montenegro, a parlé d'un budget « responsable ».")
    assert _quotes(out) == [("d'un budget « responsable »", "mixed")]
    assert speaker(out)["name"] == "Luís Montenegro"
    out = fr("La capitaine des Bleues, Wendie Renard, parle d'une victoire « pour toutes les filles ».")
    assert _quotes(out) == [("d'une victoire « pour toutes les filles »", "mixed")]
    out = fr("Sur X, le président Jean Morel a adressé « toute sa solidarité » aux sinistrés.")
    assert _quotes(out) == [("« toute sa solidarité » aux sinistrés", "mixed")]
    assert fr("Il a parlé avec ses proches pendant une heure.")["quotes"] == []
    assert fr("L'adresse « rue des Lilas » est fausse.")["quotes"] == []


def test_a_determiner_before_the_quote_makes_it_mixed():
    out = fr("Le syndicat Force ouvrière dénonce des « mesures injustes » : « Personne ne nous a consultés », a réagi "
             "son secrétaire général, Paul Lenoir.")
    assert _quotes(out) == [("des « mesures injustes »", "mixed"), ("Personne ne nous a consultés", "direct")]
    assert speaker(out, 1)["name"] == "Paul Lenoir"


def test_quoted_words_after_exprimer_defendre_or_an_infinitive_are_a_mixed_quote():
    out = fr("La maire de Nantes, Johanna Rolland, a exprimé sa « colère froide ».")
    assert _quotes(out) == [("sa « colère froide »", "mixed")]
    assert speaker(out)["name"] == "Johanna Rolland"
    out = fr("Le ministre a défendu une réforme « juste et nécessaire » devant les députés.")
    assert _quotes(out) == [("une réforme « juste et nécessaire » devant les députés", "mixed")]
    out = fr("L'Agence européenne de sécurité aérienne affirme surveiller le dossier « avec la plus grande "
             "attention ».")
    assert _quotes(out) == [("surveiller le dossier « avec la plus grande attention »", "mixed")]


def test_a_call_to_do_something_is_reported_speech_a_phone_call_is_not():
    out = fr("Le préfet du Gard, Jérôme Bonet, a appelé les riverains à ne pas sortir de chez eux.")
    assert _quotes(out) == [("les riverains à ne pas sortir de chez eux", "indirect")]
    assert speaker(out)["name"] == "Jérôme Bonet"
    assert fr("Elle a appelé les secours vers 22 heures depuis son balcon.")["quotes"] == []


def test_a_sentence_opening_pour_of_a_time_or_a_first_time_is_no_source():
    assert fr("Pour son premier déplacement officiel, la nouvelle cheffe du gouvernement danois, Mette Kolding, a "
              "choisi Berlin.")["quotes"] == []
    assert fr("Pour l'instant, la route reste fermée à la circulation.")["quotes"] == []
    assert fr("Pour la première fois, le fleuve a dépassé la cote d'alerte.")["quotes"] == []
    out = fr("Pour le Premier ministre, la réforme est « indispensable ».")
    assert _quotes(out) == [("la réforme est « indispensable »", "mixed")]


def test_the_colon_of_a_clock_time_opens_no_quote():
    out = en('The museum said it would stay shut until 10:30 a.m. on Sunday because of "a serious flood" in the '
             "basement.")
    assert [q["text"] for q in out["quotes"]] == [
        'it would stay shut until 10:30 a.m. on Sunday because of "a serious flood" in the basement']


def test_a_quote_split_around_an_attribution_that_says_where_is_two_direct_quotes():
    out = en("Harbour Ferries said the crossing would reopen. \"This was a difficult night for our crews,\" the "
             "operator said in a statement, \"and our staff have been helping passengers since dawn.\"")
    assert _quotes(out)[1:] == [("This was a difficult night for our crews", "direct"),
                                ("and our staff have been helping passengers since dawn.", "direct")]
    assert speaker(out, 2) == {"name": "Harbour Ferries", "role": None}


def test_a_count_of_them_after_a_mid_sentence_attribution_is_not_what_was_said():
    out = en("About 80 people were moved out of the building as a precaution, the fire service said, 12 of them "
             "carried down ladders by crews.")
    assert _quotes(out) == [("About 80 people were moved out of the building as a precaution", "indirect")]


def test_our_reporters_question_is_no_quote_but_a_quoted_question_someone_asks_is():
    out = en('Passengers waited at the gate. Has anyone told you when you will fly? "Not yet. They just keep '
             'saying soon."')
    assert _quotes(out) == [("Not yet. They just keep saying soon.", "direct")]
    out = en('Not everyone was convinced. "Ready for what?" one union official asked reporters.')
    assert _quotes(out) == [("Ready for what?", "direct")]
    assert speaker(out) is None
    # ... and asking someone to do something is no speech.
    assert en("The council asked residents to stay indoors.")["quotes"] == []


def test_a_role_and_a_name_in_apposition_after_the_clause_they_report():
    out = en("Three people were hurt, one of them badly, a fire service spokesman, Tom Reid, told the BBC.")
    assert _quotes(out) == [("Three people were hurt, one of them badly", "indirect")]
    assert speaker(out)["name"] == "Tom Reid"  # not the BBC, who was told


def test_where_it_was_said_before_an_attribution_and_a_colon_leaves_the_quote_direct():
    out = en('In Lisbon, the museum\'s director, Rui Álvares-Pinto, said in Portuguese: "It is a loss for the whole '
             'country."')
    assert _quotes(out) == [("It is a loss for the whole country.", "direct")]


def test_a_long_body_name_with_its_acronym_in_brackets_still_ends_the_clause_it_reports():
    out = en("The storm flooded at least 40 homes and closed two bridges, one of them for good, the National "
             "Institute for Medical Emergencies and Rescue (INEMR) said.")
    assert _quotes(out) == [("The storm flooded at least 40 homes and closed two bridges, one of them for good",
                             "indirect")]
    assert speaker(out) == {"name": "National Institute for Medical Emergencies and Rescue", "role": None}


def test_a_subject_with_a_relative_clause_and_a_place_aside_is_not_what_was_said():
    out = en("A woman who runs a bakery near Largo do Carmo, where the fire started, said she smelled smoke "
             "before dawn.")
    assert _quotes(out) == [("she smelled smoke before dawn", "indirect")]
    assert speaker(out) is None  # an unnamed witness, not the square


def test_a_second_verb_of_the_subject_after_an_aside_is_no_inverted_attribution():
    out = en("Prosecutors said the suspect rented a van in Dallas and, two days before the attack, posted three "
             "messages online praising the group.")
    assert _quotes(out) == [("the suspect rented a van in Dallas and, two days before the attack, posted three "
                             "messages online praising the group", "indirect")]
    assert speaker(out) is None


def test_a_quote_cut_by_an_attribution_with_how_it_was_said_is_two_direct_quotes():
    out = fr("« À mes chers collègues », a-t-elle lancé en se tournant vers les bancs, « merci pour ces dix années "
             "de travail. »")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("À mes chers collègues", "direct"), ("merci pour ces dix années de travail.", "direct")]


def test_a_speech_verb_in_a_relative_clause_on_a_noun_reports_nothing():
    # ", un poste que le ministre avait annoncé": the minister announced the post, he says nothing here.
    out = fr("Sophie Garnier devient quant à elle directrice adjointe, un poste que le ministre avait annoncé en "
             "mars.")
    assert out["quotes"] == []


def test_lives_claimed_in_any_number_are_no_words_said():
    out = en("The flooding has claimed twenty-three lives across the region since Sunday.")
    assert out["quotes"] == []


def test_an_aside_between_the_auxiliary_and_the_participle_keeps_the_verb():
    out = fr("Hugo Lamarre a, de son côté, assuré que les travaux reprendraient en mai.")
    assert [(q["kind"], q["text"], q["speaker"]["name"]) for q in out["quotes"]] == \
        [("indirect", "les travaux reprendraient en mai", "Hugo Lamarre")]


def test_an_adverb_of_speed_before_a_reply_verb_keeps_the_verb():
    out = fr("« Le vote est acquis », a lancé le rapporteur, Paul Gendre. « C'est un passage en force », a aussitôt "
             "répliqué Inès Carlier.")
    assert [(q["kind"], q["speaker"]["name"]) for q in out["quotes"]] == \
        [("direct", "Paul Gendre"), ("direct", "Inès Carlier")]
    # (A decision announced at once is no reply: no quote.)
    assert fr("Le gouvernement a aussitôt annoncé des aides pour les commerçants.")["quotes"] == []


def test_a_slogan_on_a_banner_is_no_quote():
    out = fr("« Nous ne lâcherons rien », a lancé Paul Vernet. Devant la mairie, une banderole « Rendez-nous notre "
             "gare de quartier » a été accrochée par des habitants.")
    assert [q["text"] for q in out["quotes"]] == ["Nous ne lâcherons rien"]


def test_jour_j_ends_a_sentence_before_a_source():
    out = fr("C'est le jour J. Selon la presse locale, le maire s'apprête à démissionner de son poste.")
    assert [(q["kind"], q["text"], q["speaker"]) for q in out["quotes"]] == \
        [("indirect", "le maire s'apprête à démissionner de son poste", None)]


def test_the_indefinite_determiners_that_open_a_sentence_are_capitalised_only():
    opening = re.compile(rf"(?:{capitalised(INDEFINITE_FR + INDEFINITE_EN)})\s")
    assert all(opening.match(f"{d} ") for d in ("Un", "Une", "A", "An", "Another", "One"))
    assert not any(opening.match(f"{d} ") for d in ("un", "une", "an", "UN", "Autre"))


def test_mettre_en_garde_is_a_speech_verb_and_what_it_warns_against_is_mixed():
    out = fr("Au Sénat, la présidente de la région, Anne Roux, met en garde contre « un été de grèves ».")
    assert [(q["kind"], q["text"], q["speaker"]["name"]) for q in out["quotes"]] == \
        [("mixed", "contre « un été de grèves »", "Anne Roux")]
    out = fr("Le Medef a mis en garde contre « une hausse brutale des charges ».")
    assert [(q["kind"], q["text"]) for q in out["quotes"]] == [("mixed", "contre « une hausse brutale des charges »")]


def test_faire_part_de_reports_the_quoted_words():
    out = fr("La maire de Lorient, Anne Roux, a fait part de son « immense colère » après l'incendie.")
    assert [(q["kind"], q["text"], q["speaker"]["name"]) for q in out["quotes"]] == \
        [("mixed", "de son « immense colère » après l'incendie", "Anne Roux")]
    assert fr("Paul Roux a fait part de son intention de démissionner.")["quotes"] == []


def test_a_call_for_something_in_quote_marks_is_a_quote_not_a_name():
    out = fr("La syndicaliste Anne Roux a de nouveau appelé « à la grève générale ».")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Anne Roux"]
    assert fr("Le club a appelé « Au Bon Coin » sa nouvelle buvette.")["quotes"] == []


def test_a_long_french_role_before_the_name_in_apposition_still_gives_the_subject():
    out = fr("Le directeur adjoint de l'office régional chargé de la protection des forêts, Marc Lefort, a appelé "
             "les randonneurs à « rester sur les sentiers » tout l'été.")
    assert [q["kind"] for q in out["quotes"]] == ["mixed"]
    assert out["quotes"][0]["text"].startswith("les randonneurs à")
    assert speaker(out) == {"name": "Marc Lefort",
                            "role": "directeur adjoint de l'office régional chargé de la protection des forêts"}


def test_a_long_french_role_holding_a_name_the_model_read_as_a_person_gives_no_subject():
    # (the region in the role is read as a person: past a few words the holder is not told apart from it.)
    out = fr("La secrétaire générale adjointe du syndicat des transports du Grand Est, Marie Dupont, a appelé "
             "les usagers à « rester chez eux ».")
    assert all(q["speaker"] is None or q["speaker"]["name"] == "Marie Dupont" for q in out["quotes"])


def test_a_speech_verb_inside_the_reported_clause_does_not_attribute():
    out = en('Maria Lopez, a nurse, said the doctor had told everyone to stay inside "quietly, as if it were '
             'normal". "Then the lights went out," she added.')
    assert _quotes(out)[0] == ('the doctor had told everyone to stay inside "quietly, as if it were normal"', "mixed")
    assert speaker(out, 0)["name"] == speaker(out, 1)["name"] == "Maria Lopez"
    out = en("Peter Holm, a fisherman, said the harbour master had warned boats to stay in port.")
    assert _quotes(out) == [("the harbour master had warned boats to stay in port", "indirect")]
    assert speaker(out)["name"] == "Peter Holm"


def test_que_opens_the_clause_at_its_first_occurrence_and_the_inner_verb_is_reported():
    out = fr("Marie Dubois a affirmé que le ministre lui avait dit que l'usine fermerait.")
    assert _quotes(out) == [("le ministre lui avait dit que l'usine fermerait", "indirect")]
    assert speaker(out)["name"] == "Marie Dubois"


def test_testified_that_reports_a_clause_which_may_hold_a_speech_verb():
    out = en("Another witness, former compliance officer Hannah Brandt, testified that she warned the board in "
             "writing that funds were missing.")
    assert _quotes(out) == [("she warned the board in writing that funds were missing", "indirect")]
    assert speaker(out)["name"] == "Hannah Brandt"


def test_a_trailing_attribution_after_a_reported_clause_still_reports_it():
    # Guard: ", he said" reports the whole clause before it, inner "told ... that" included.
    out = en("The police had told him that, hours before the fire, the suspect posted threats online, he said.")
    assert [k for _, k in _quotes(out)] == ["indirect"]
    assert _quotes(out)[0][0].startswith("The police had told him")
    # Guard: a verb in a relative clause on a noun is no outer attribution.
    out = en("The bridge failed because of a flaw that nobody predicted, Dana Reyes argued.")
    assert speaker(out)["name"] == "Dana Reyes"


def test_a_speech_verb_in_a_relative_clause_of_the_subject_is_no_outer_attribution():
    # Guard: "qui avait affirmé que ..." is inside the subject; the main verb after it reports the quote.
    out = fr("Claire Morel, qui avait affirmé que le projet était mort, réclame désormais « un moratoire » sur les "
             "forages.")
    assert _quotes(out) == [("désormais « un moratoire » sur les forages", "mixed")]
    assert speaker(out)["name"] == "Claire Morel"


def test_a_lone_present_participle_between_commas_leaves_the_subject_before_it():
    posts = blog(en, "Council leader Joan Okafor opened the debate on the housing plan.",
                 'Councillor Ben Hale said the plan would fail renters. Okafor, interrupting, told him the council '
                 'was "reviewing every option" on rents.')
    assert _quotes(posts[1])[1] == ('the council was "reviewing every option" on rents', "mixed")
    assert speaker(posts[1], 1)["name"] == "Joan Okafor"


def test_a_capitalised_word_ending_in_ing_is_no_participle_aside():
    # Guard: "X, Reading, said", "A neighbour, Fielding, said": a capital makes a name, not a participle.
    assert PARTICIPLE.match("interrupting") and PARTICIPLE.match("smiling")
    assert not PARTICIPLE.match("Reading") and not PARTICIPLE.match("Fielding")


def test_a_speech_verb_in_a_relative_clause_inside_the_subject_is_not_the_attribution():
    out = fr("La CGT, qui avait annoncé que les négociations avaient échoué, a confirmé vendredi que la grève aurait "
             "lieu.")
    assert _quotes(out) == [("la grève aurait lieu", "indirect")]
    assert speaker(out)["name"] == "CGT"
    out = en("The union Unite, which said last week that talks had failed, told members on Friday that a strike "
             "would go ahead.")
    assert _quotes(out) == [("a strike would go ahead", "indirect")]


def test_what_was_announced_with_no_verb_after_it_is_no_quote():
    out = en("Mayor Ruth Ellis announced the curfew at a briefing on Monday. \"Stay indoors,\" she said.")
    assert [q["text"] for q in out["quotes"]] == ["Stay indoors"]
    out = blog(en, "Carer Joan Pike is on trial in Leeds.",
               "Pike, 49, denies three counts of theft. Her barrister said she had been \"badly let down\".")[-1]
    assert [q["text"] for q in out["quotes"]] == ["she had been \"badly let down\""]


def test_a_barrister_submits_what_follows_that():
    out = en("Defence counsel Ravi Menon told the court his client had no previous convictions. He submitted that "
             "a suspended sentence would be enough. He also submitted a bundle of references.")
    assert [q["text"] for q in out["quotes"]] == ["his client had no previous convictions",
                                                  "a suspended sentence would be enough"]
    assert speaker(out, 1)["name"] == "Ravi Menon"


def test_the_court_or_mps_told_are_not_what_was_said():
    out = en("The minister told MPs the new ferry would enter service in the spring.")
    assert [q["text"] for q in out["quotes"]] == ["the new ferry would enter service in the spring"]
    out = en("The witness told the jury she had seen the van leave at midnight.")
    assert [q["text"] for q in out["quotes"]] == ["she had seen the van leave at midnight"]


def test_an_apposition_or_a_participle_after_an_unnamed_subject_is_no_quote():
    out = en("One driver, a nurse from Leeds, said the traffic had not moved for hours.")
    assert _quotes(out) == [("the traffic had not moved for hours", "indirect")]
    out = en("Another shopper, a pensioner in a red coat, said prices had doubled.")
    assert _quotes(out) == [("prices had doubled", "indirect")]
    out = en("One farmer, leading his cattle up the lane with his two sons, said the river had never been so high.")
    assert _quotes(out) == [("the river had never been so high", "indirect")]


def test_a_word_that_opens_with_que_is_no_que():
    out = en("The station manager said the queue had grown to two hundred people.")
    assert [q["text"] for q in out["quotes"]] == ["the queue had grown to two hundred people"]


def test_a_leading_place_with_a_relative_clause_on_it_is_not_what_was_said():
    out = en("At the sports centre, where evacuees have been sleeping since Sunday, Marta Kowal said she wanted to "
             "go home.")
    assert _quotes(out) == [("she wanted to go home", "indirect")]
    assert speaker(out)["name"] == "Marta Kowal"


def test_an_age_after_a_surname_is_no_quote_and_what_follows_the_verb_was_said():
    # (a surname that is also a town's name, which the model does not read as a person here)
    out = blog(en, "Dan Selby has just finished his first press conference as interim coach.",
               "Selby, 44, said he had spoken to Moran twice since and that his old boss had told him to \"keep the "
               "faith\".")[-1]
    assert [q["text"] for q in out["quotes"]] == [
        "he had spoken to Moran twice since and that his old boss had told him to \"keep the faith\""]
    assert speaker(out)["name"] == "Dan Selby"


def test_a_second_verb_of_the_same_subject_belongs_to_the_one_reported_quote():
    out = en("Mayor Lena Voss said the festival would go ahead on Sunday, and urged visitors to \"leave the car at "
             "home\".")
    assert [q["text"] for q in out["quotes"]] == [
        "the festival would go ahead on Sunday, and urged visitors to \"leave the car at home\""]


def test_saying_only_that_after_a_subject_that_would_not_be_drawn():
    out = en("Health Secretary Omar Reid declined to give a date, saying only that the new ward would open \"soon\".")
    assert [q["text"] for q in out["quotes"]] == ["the new ward would open \"soon\""]
    out = blog(en, "Health Secretary Omar Reid visited the hospital.",
               "The health secretary would not be drawn on the cost, saying only that the ward would open in May.")[-1]
    assert [q["text"] for q in out["quotes"]] == ["the ward would open in May"]
    assert speaker(out)["name"] == "Omar Reid"


def test_with_a_subject_saying_reports_a_clause():
    out = en("Shares fell sharply on Tuesday, with analysts saying the merger had been priced too high.")
    assert _quotes(out) == [("the merger had been priced too high", "indirect")]
    assert speaker(out) is None


def test_a_short_sentence_a_colon_introduces_is_a_quote():
    *_, label, clause = blog(en, "Site engineer Dana Whitlow inspected the bridge on Monday.",
                             "Whitlow's answer on a Friday reopening: \"Unlikely.\"",
                             'The engineer was blunt: "Not this week."')
    assert [(q["text"], q["kind"], q["speaker"]["name"]) for q in label["quotes"]] == [
        ("Unlikely.", "direct", "Dana Whitlow")]
    assert [q["text"] for q in clause["quotes"]] == ["Not this week."]


def test_a_word_or_two_in_marks_inside_a_sentence_after_a_colon_is_no_quote():
    out = en('The banner on the town hall read: "Save our library" in red letters.')
    assert out["quotes"] == []
