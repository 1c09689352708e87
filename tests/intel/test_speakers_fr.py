"""French speaker rules that reach past the sentence: roles and pronouns that refer back, quotes that
stand alone, organisations named by a common noun; and the precision guards that go with them."""

from __future__ import annotations

from liveline.intel import tried_in
from tests.intel.helpers import fr, speaker
from tests.intel.helpers import fr_blog as blog


def test_a_first_name_that_starts_like_an_article_is_still_a_person():
    out = fr("Selon le ministre de l'Intérieur, Laurent Nuñez, les malfaiteurs ont agi « en sept minutes ».")
    assert speaker(out)["name"] == "Laurent Nuñez"
    assert {"text": "Laurent Nuñez", "type": "person", "canonical": "Laurent Nuñez"} in out["entities"]


def test_a_post_that_is_only_a_quote_takes_who_the_previous_post_was_about():
    *_, last = blog("Les voleurs ont découpé une fenêtre, a précisé le ministre de l'Intérieur, Laurent Nuñez.",
                    "« Nous avons affaire à une équipe aguerrie. »")
    assert speaker(last)["name"] == "Laurent Nuñez"


def test_a_role_subject_is_who_the_post_is_about():
    *_, last = blog("« Restez chez vous », a déclaré le ministre de l'Intérieur, Gérald Darmanin.",
                    "La Commission européenne a fait savoir qu'elle était prête à aider les sinistrés. "
                    "Le ministre de l'Intérieur est attendu samedi à Brest.",
                    "« L'État ne laissera personne de côté. »")
    assert speaker(last)["name"] == "Gérald Darmanin"


def test_a_lone_quote_after_an_unnamed_source_has_no_speaker():
    *_, last = blog("Un vol a eu lieu peu après l'ouverture, selon une source policière.",
                    "« Ils connaissaient les lieux. »")
    assert speaker(last) is None


def test_the_article_of_a_role_gives_its_gender():
    *_, last = blog("La ministre de la Culture, Rachida Dati, a affirmé que personne n'avait été blessé.",
                    "Le ministre de l'Intérieur, Laurent Nuñez, a précisé que quatre malfaiteurs avaient agi.",
                    "Rachida Dati a défendu le musée. « La sécurité n'a pas failli », a assuré la ministre.")
    assert speaker(last)["name"] == "Rachida Dati"


def test_a_bare_role_is_the_person_just_named_when_nothing_gave_them_another_role():
    out = fr("Élisabeth Borne se rendra à Brest. La Première ministre a salué « la mobilisation exemplaire » "
             "des secours.")
    assert speaker(out) == {"name": "Élisabeth Borne", "role": "Première ministre"}
    out = fr("Le maire de Brest, François Cuillandre, a parlé aux habitants. Le ministre a affirmé que la ville "
             "était à l'arrêt.")
    assert speaker(out) is None  # the mayor is not the minister


def test_where_a_role_spoke_is_not_part_of_the_role():
    out = fr("Manuel Valls a confirmé que l'arrêté avait été publié. « Il faudra des mois pour tout "
             "reconstruire », a confié le ministre au Journal du Dimanche.")
    assert speaker(out, 1)["name"] == "Manuel Valls"


def test_a_role_given_before_a_comma_and_the_name_is_learnt():
    *_, last = blog("« C'est une tempête rare », a déclaré le ministre de l'Intérieur, Gérald Darmanin.",
                    "Elle était accompagnée du ministre de la Transition écologique, Christophe Béchu.",
                    "« Les dégâts sont considérables », estime le ministre de la Transition écologique.")
    assert speaker(last)["name"] == "Christophe Béchu"


def test_a_bare_role_prefers_the_person_the_previous_post_just_named():
    *_, last = blog("« C'est une tempête rare », a déclaré le ministre de l'Intérieur, Gérald Darmanin.",
                    "Elle était accompagnée du ministre de la Transition écologique, Christophe Béchu.",
                    "« Les dégâts sont considérables », estime le ministre, qui a survolé la côte.")
    assert speaker(last)["name"] == "Christophe Béchu"


def test_a_leading_participle_clause_is_not_the_subject():
    out = fr("Auditionnée par le Sénat, la présidente du Louvre, Laurence des Cars, a admis « un terrible échec ». "
             "La seule caméra ne couvrait pas le balcon, a révélé la dirigeante.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Laurence des Cars", "Laurence des Cars"]


def test_the_head_of_the_government_is_a_person_the_government_is_not():
    *_, last = blog("La Première ministre, Élisabeth Borne, a salué les secours.",
                    "Sur place, la cheffe du gouvernement a promis que l'état de catastrophe naturelle serait "
                    "reconnu.")
    assert speaker(last)["name"] == "Élisabeth Borne"
    assert speaker(fr("Le gouvernement a promis que l'état de catastrophe naturelle serait reconnu.")) is None


def test_a_common_noun_for_the_organisation_that_just_spoke():
    out = fr("Pour le Hamas, Israël a « renversé l'accord de cessez-le-feu ». Le mouvement islamiste accuse "
             "Benyamin Nétanyahou de sacrifier les otages.")
    assert speaker(out, 1)["name"] == "Hamas"
    out = fr("Selon Emmanuel Macron, la France est prête. Le groupe a affirmé que les négociations reprendraient.")
    assert speaker(out, 1) is None  # a person spoke last: "le groupe" is someone else


def test_the_office_of_a_titled_person_is_not_the_person():
    out = fr("Le bureau du Premier ministre Benyamin Nétanyahou affirme que l'offensive a été ordonnée hier.")
    assert speaker(out) is None


def test_an_age_in_apposition_makes_a_person():
    out = fr("« On n'a jamais vu ça », souffle Yvonne, 78 ans, devant son toit arraché.")
    assert speaker(out)["name"] == "Yvonne"


def test_a_name_in_apposition_to_a_role_speaks_even_when_the_model_missed_it():
    out = fr("La cheffe de file des députés, Marine Le Pen, a confirmé que son groupe voterait contre.")
    assert speaker(out) == {"name": "Marine Le Pen", "role": "cheffe de file des députés"}


def test_where_and_when_it_was_said_come_before_an_inverted_subject():
    out = fr("« La situation est grave », a indiqué à la presse la préfète des Alpes-Maritimes, Béatrice Abollivier.")
    assert speaker(out) == {"name": "Béatrice Abollivier", "role": "préfète des Alpes-Maritimes"}
    out = fr("« C'est une étape », a estimé de son côté le ministre des Affaires étrangères, Jean-Noël Barrot.")
    assert speaker(out)["name"] == "Jean-Noël Barrot"


def test_a_capitalised_role_is_not_a_second_person():
    out = fr("Le Premier ministre, François Bayrou, a engagé la responsabilité de son gouvernement. "
             "« Je ne renoncerai pas », a-t-il lancé.")
    assert "Premier ministre" not in [e["text"] for e in out["entities"]]
    assert speaker(out)["name"] == "François Bayrou"


def test_a_bare_role_after_two_people_or_after_the_same_role_has_no_speaker():
    assert speaker(fr("Jordan Bardella a rencontré Marine Le Pen. La députée a affirmé que le groupe voterait "
                      "la censure.")) is None
    assert speaker(fr("Emmanuel Macron a reçu le ministre. Le ministre a affirmé que la réforme serait votée.")) is None


def test_a_lone_quote_after_a_post_about_two_people_has_no_speaker():
    *_, last = blog("Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée.", "« Nous sommes aux côtés de l'Ukraine. »")
    assert speaker(last) is None
    *_, last = blog("Emmanuel Macron est arrivé à Kiev ce matin.", "« Nous sommes aux côtés de l'Ukraine. »")
    assert speaker(last)["name"] == "Emmanuel Macron"


def test_the_article_before_a_role_in_apposition_gives_the_gender():
    out = fr("La maire de Paris, Anne Hidalgo, et le préfet de police, Laurent Nuñez, ont visité le site. "
             "« Nous sommes sous le choc », a-t-elle déclaré. « Les auteurs seront retrouvés », a-t-il ajouté.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Anne Hidalgo", "Laurent Nuñez"]


def test_a_pronoun_tells_the_gender_of_whom_it_resolved_to():
    *_, last = blog("Marine Tondelier a dénoncé « un passage en force ». « C'est un déni », a-t-elle ajouté.",
                    "« Nous déposerons un recours », a-t-il annoncé.")
    assert speaker(last) is None


def test_a_role_subject_with_an_object_pronoun_before_its_verb():
    *_, last = blog("La présidente de la Commission européenne, Ursula von der Leyen, a appelé Volodymyr Zelensky.",
                    "Le président ukrainien l'a remerciée. « Merci pour ce soutien », a-t-il répondu.")
    assert speaker(last) is None  # him, not her; and nothing says who "le président ukrainien" is


def test_a_lawyer_title_and_a_broader_word_for_a_role():
    out = fr("L'avocat de la famille, Me Jean Dupont, a dénoncé « un acharnement ».")
    assert speaker(out) == {"name": "Jean Dupont", "role": "avocat de la famille"}
    out = fr("Le procureur de Nanterre, Pascal Prache, a indiqué que l'enquête avait été confiée à la police. "
             "Le magistrat a précisé que deux suspects étaient en garde à vue.")
    assert speaker(out, 1)["name"] == "Pascal Prache"


def test_newsroom_periphrases_for_ministers():
    out = fr("Le ministre de la Justice, Gérald Darmanin, a réclamé des « peines exemplaires ». D'après le garde des "
             "Sceaux, une centaine de personnes ont été placées en garde à vue.")
    assert speaker(out, 1)["name"] == "Gérald Darmanin"
    *_, last = blog("Le Premier ministre, Michel Barnier, a présenté son budget.",
                    "« Nous n'avons pas le choix », a insisté le locataire de Matignon.")
    assert speaker(last)["name"] == "Michel Barnier"


def test_reported_by_the_media_is_a_quote_without_a_speaker():
    out = fr("Les pompiers ont été appelés vers 3 heures, ont rapporté les médias locaux.")
    assert out["quotes"][0]["kind"] == "indirect" and speaker(out) is None


def test_a_first_name_tells_the_gender_a_pronoun_needs():
    out = fr("Emmanuel Macron a reçu Giorgia Meloni à l'Élysée. « Nous partageons les mêmes priorités », "
             "a-t-elle affirmé.")
    assert speaker(out)["name"] == "Giorgia Meloni"
    out = fr("Sophie Binet a rencontré Michel Barnier. « Le dialogue est rompu », a-t-il regretté.")
    assert speaker(out)["name"] == "Michel Barnier"
    *_, last = blog("Marine Tondelier a dénoncé « un passage en force ».", "« C'est un déni », a-t-il ajouté.")
    assert speaker(last) is None


def test_a_first_name_given_to_both_tells_nothing():
    from liveline.intel.speakers import name_gender
    assert name_gender("Camille Étienne") is None and name_gender("Dominique de Villepin") is None
    assert name_gender("Jean-Marie Le Pen") == "m" and name_gender("Marine") is None


def relative_gender(text: str, name: str) -> str | None:
    """The gender the words next to `name` give it (`speakers._local_genders`), the model aside."""
    from liveline.intel.names import Mention
    from liveline.intel.speakers import _local_genders
    start = text.index(name)
    return _local_genders(text, [Mention(start, start + len(name), name, "person", name)], {}).get(name)


def test_the_family_word_gives_the_gender_not_the_french_possessive_before_it():
    # "son" is the French possessive, whatever the relative: not the English "son".
    assert relative_gender("Il était absent. Son épouse, Camille Dupont, a parlé.", "Camille Dupont") == "f"
    assert relative_gender("Camille Dupont, son épouse, a parlé.", "Camille Dupont") == "f"
    assert relative_gender("Il était absent. Sa fille, Camille Dupont, a parlé.", "Camille Dupont") == "f"
    assert relative_gender("Il était absent. Son fils, Camille Dupont, a parlé.", "Camille Dupont") == "m"
    assert relative_gender("She was absent. Her son, Sam Carter, spoke.", "Sam Carter") == "m"
    out = fr("Jean Martin n'a pas voulu s'exprimer. Son épouse, Marie, a répondu aux journalistes. "
             "« Nous voulons la vérité », a-t-elle déclaré.")
    assert speaker(out)["name"] == "Marie"


def test_a_sister_written_with_the_ligature_is_a_woman():
    assert relative_gender("Il était absent. Sa sœur, Camille Dupont, a parlé.", "Camille Dupont") == "f"
    assert relative_gender("Camille Dupont, sa sœur, a parlé.", "Camille Dupont") == "f"
    assert relative_gender("Il était absent. Sa soeur, Camille Dupont, a parlé.", "Camille Dupont") == "f"
    out = fr("Claire Martin n'a pas voulu s'exprimer. Sa sœur, Dominique Martin, a répondu aux journalistes. "
             "« Nous voulons la vérité », a-t-il déclaré.")
    assert speaker(out) is None  # neither sister is "il"


def test_a_husband_called_epoux_is_a_relative_like_mari():
    out = fr("« Nous voulons la vérité », a déclaré l'époux de Claire Martin, Dominique Martin.")
    assert speaker(out)["name"] == "Dominique Martin"  # he speaks, not his wife
    out = fr("L'époux de Claire Martin a déclaré : « Nous voulons la vérité. »")
    assert speaker(out) is None  # her husband, unnamed
    # The lawyer is the husband's, not Dominique Martin, who is the husband.
    out = fr("Claire Martin est arrivée avec l'avocat de son époux Dominique Martin. « Nous voulons la vérité », "
             "a déclaré Dominique Martin.")
    assert speaker(out) == {"name": "Dominique Martin", "role": None}


def test_a_known_first_name_and_a_surname_make_a_person_the_model_missed():
    out = fr("« C'est un moment de vérité », a commenté à la tribune Marine Le Pen, dont le groupe a voté la motion.")
    assert speaker(out)["name"] == "Marine Le Pen"
    # "France" is no first name here: the broadcaster may speak, as an organisation, never a person.
    out = fr("« Nous verrons », a dit France Télévisions.")
    assert speaker(out) in (None, {"name": "France Télévisions", "role": None})
    assert not [e for e in out["entities"] if e["type"] == "person"]


def test_a_person_in_a_relative_clause_of_the_subject_does_not_speak():
    out = fr("La sénatrice, qui avait soutenu Emmanuel Macron en 2017, réclame « une autre politique ».")
    assert speaker(out) is None
    out = fr("Le maire, qui a reçu Gérald Darmanin jeudi, a dénoncé « un abandon de l'État ».")
    assert speaker(out) is None


def test_the_lawyer_of_someone_is_not_that_someone():
    out = fr("Me Jacqueline Laffont, l'une des avocates de Nicolas Sarkozy, estime que le jugement « ne tient pas ». "
             "« Nous ferons appel », a-t-elle ajouté.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Jacqueline Laffont", "Jacqueline Laffont"]
    out = fr("Le porte-parole de Vladimir Poutine, Dmitri Peskov, a jugé que la proposition était « inacceptable ».")
    assert speaker(out)["name"] == "Dmitri Peskov"
    out = fr("L'avocat de Nicolas Sarkozy a estimé que la décision était « injuste ».")
    assert speaker(out) is None
    # ... nor who a later pronoun is.
    out = fr("Un proche de Nicolas Sarkozy s'est exprimé. « C'est une injustice », a-t-il lancé.")
    assert speaker(out) is None


def test_the_keeper_of_the_seals_is_the_minister_named_after_him():
    out = fr("Le garde des Sceaux, Gérald Darmanin, a salué « une décision courageuse ».")
    assert speaker(out)["name"] == "Gérald Darmanin"


def test_aux_yeux_de_someone_is_their_opinion():
    out = fr("Aux yeux de la secrétaire générale de la CGT, Sophie Binet, la réforme « est morte ».")
    assert speaker(out)["name"] == "Sophie Binet"
    assert fr("Aux yeux de tous, la réforme est désormais enterrée.")["quotes"] == []
    assert fr("Le vote aura lieu en fin d'après-midi à l'Assemblée nationale.")["quotes"] == []


def test_a_source_apposition_may_end_the_sentence():
    out = fr("Le syndicat est prêt à reprendre les négociations, selon sa secrétaire générale, Sophie Binet.")
    assert speaker(out)["name"] == "Sophie Binet"


def test_questions_and_imperfect_verbs_attribute_a_quote():
    out = fr("« Qui paiera la facture ? », s'interroge le maire de Lyon, Grégory Doucet.")
    assert speaker(out)["name"] == "Grégory Doucet"
    out = fr("« On n'a plus rien », confiait Mohamed, 52 ans, devant sa maison détruite.")
    assert speaker(out)["name"] == "Mohamed"


def test_a_person_named_after_a_role_subject_is_its_object_not_the_pronoun():
    out = fr("Le roi a reçu Emmanuel Macron au palais. « Nos deux pays sont unis », a-t-il affirmé.")
    assert speaker(out) is None
    out = fr("Le maire, reçu ce matin à l'Élysée, doit retrouver Michel Barnier à Matignon. "
             "« La situation est difficile », a-t-il déclaré.")
    assert speaker(out) is None
    # A name in apposition is the subject, not a role.
    out = fr("La ministre de la Culture, Rachida Dati, s'est rendue sur place. « Aucun blessé », a-t-elle écrit.")
    assert speaker(out)["name"] == "Rachida Dati"


def test_a_new_role_right_after_the_one_person_a_sentence_was_about_is_that_person():
    out = fr("« Un président élu par défaut ne gouverne pas seul », a réagi Fabien Roussel. "
             "Le secrétaire national du PCF estime que les électeurs « n'ont pas signé de chèque en blanc ».")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Fabien Roussel", "Fabien Roussel"]
    out = fr("« Merci à nos alliés », a déclaré à Kiev le président Volodymyr Zelensky. "
             "« Nous tiendrons », a affirmé le dirigeant ukrainien.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_a_new_role_guards_two_people_another_party_and_the_other_gender():
    # The person must have spoken last: a role after someone who only acted is someone else.
    out = fr("Marine Le Pen a voté la censure. La présidente de l'Assemblée nationale a annoncé que le texte "
             "« est adopté ».")
    assert speaker(out) is None
    # A nationality names that country's leader: not the French president who just spoke.
    out = fr("« Nous serons à vos côtés », a déclaré Emmanuel Macron à Kiev. Le président ukrainien a salué "
             "« un geste fort ».")
    assert [q["speaker"] for q in out["quotes"]][1] is None
    out = fr("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Le chancelier allemand a estimé que l'Europe "
             "« doit se réveiller ».")
    assert speaker(out) is None
    out = fr("« Le score est historique », a salué Jordan Bardella, président du Rassemblement national. "
             "Le président des Républicains estime que la droite « doit se reconstruire ».")
    assert speaker(out, -1) is None
    out = fr("« C'est un passage en force », a lancé Sophie Binet. Le secrétaire général de Force ouvrière juge "
             "que la réforme « reste inacceptable ».")
    assert speaker(out, -1) is None


def test_a_title_and_a_name_the_model_missed_make_a_person():
    out = fr("Selon Me Karine Vallat, conseil de plusieurs familles, la garde à vue « était illégale ».")
    assert speaker(out)["name"] == "Karine Vallat"


def test_a_clause_with_a_pronoun_subject_before_a_colon_introduces_the_quote():
    out = fr("Marine Tondelier s'est réjouie du score. Elle promet une campagne offensive : "
             "« Nous irons chercher chaque voix. »")
    assert speaker(out, -1)["name"] == "Marine Tondelier"
    out = fr("Marine Tondelier s'est réjouie du score. Il faut le dire : « Nous avons gagné. »")
    assert all(q["speaker"] is None for q in out["quotes"])


def test_the_sentence_after_a_bare_quote_may_say_whose_words_they_were():
    out = fr("« Je ne démissionnerai pas. » C'est par ces mots que le maire de Grenoble, Éric Piolle, a ouvert "
             "le conseil municipal.")
    assert speaker(out)["name"] == "Éric Piolle"
    out = fr("« Qui paiera la facture ? » La question est posée par Sophie Binet, qui réclame un débat.")
    assert speaker(out)["name"] == "Sophie Binet"
    # Not when the next sentence says something else.
    out = fr("« Il ne démissionnera pas. » Le conseil municipal de Grenoble a commencé à 18 heures.")
    assert all(q["speaker"] is None for q in out["quotes"])


def test_a_first_secretary_is_not_the_prime_minister():
    *_, last = blog("« Nous sommes prêts », a déclaré le Premier ministre, Michel Barnier.",
                    "Le Parti socialiste est prêt à discuter d'un compromis, selon son premier secrétaire.")
    assert speaker(last) is None


def test_a_new_role_after_d_apres_someone_is_that_someone_unless_it_heads_a_listed_institution():
    out = fr("D'après Valérie Pécresse, « la droite reste divisée ». La présidente de la région Île-de-France "
             "a souhaité que son camp « retrouve son indépendance ».")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Valérie Pécresse", "Valérie Pécresse"]
    out = fr("D'après Valérie Pécresse, « la droite reste divisée ». La présidente de l'Assemblée nationale "
             "a jugé que le texte « sera examiné ».")
    assert speaker(out, -1) is None


def test_a_party_label_is_the_politician_who_spoke_last():
    out = fr("Pour Yannick Jadot, « le vote n'est pas un blanc-seing ». L'écologiste, qui avait appelé à voter "
             "Macron, réclame « un changement de cap ».")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Yannick Jadot", "Yannick Jadot"]
    # Not of the other gender, nor after someone who did not speak.
    out = fr("« Nous voterons contre », a déclaré Olivier Faure. L'insoumise a jugé que le texte « reste mauvais ».")
    assert speaker(out, -1) is None
    out = fr("Marine Tondelier a quitté la salle. L'écologiste a dénoncé « un passage en force ».")
    assert speaker(out) is None


# Fifth round (2026-11-30): the Paris Olympics and the farmers' protests of January 2024 (dev blogs).


def test_a_headline_quote_ends_its_sentence_before_the_closing_mark_s_space():
    out = fr("Antoine Dupont : « On l'a fait pour tout un pays. » Le capitaine des Bleus a décroché l'or ce "
             "samedi soir.")
    assert out["quotes"][0]["kind"] == "direct" and speaker(out)["name"] == "Antoine Dupont"


def test_the_network_x_ends_a_sentence():
    out = fr("79 personnes ont été interpellées, a annoncé le préfet sur X. Selon un responsable du syndicat, "
             "les manifestants « voulaient seulement être entendus ».")
    assert len(out["quotes"]) == 2 and speaker(out, 1) is None


def test_a_role_with_an_acronym_is_not_another_role_with_the_same_head():
    out = fr("Le président de la République, Emmanuel Macron, a salué « un moment historique ». "
             "Le président du CIO s'est dit « impressionné » par l'ambiance des sites.")
    assert speaker(out)["name"] == "Emmanuel Macron" and speaker(out, 1) is None


def test_a_role_that_names_nobody_is_the_person_who_speaks_on_in_the_next_sentence():
    *_, last = blog("Le ministre de l'Intérieur a fait savoir ce dimanche soir que 15 000 policiers seraient déployés "
                    "autour de Paris. Gérald Darmanin a prévenu que les tracteurs ne devaient entrer « ni dans Paris "
                    "ni à Rungis ».",
                    "79 personnes ont été interpellées, a annoncé le ministre de l'Intérieur.")
    assert speaker(last) == {"name": "Gérald Darmanin", "role": "ministre de l'Intérieur"}


def test_a_role_that_names_nobody_guards():
    # Someone named in the role's sentence, or a person the post gave another role, is not the role.
    out = fr("Le ministre de l'Intérieur a affirmé que Marine Le Pen « ment ». Marine Le Pen a répondu que le "
             "gouvernement « a perdu le contrôle ».")
    assert speaker(out) is None
    out = fr("Le ministre de l'Intérieur a affirmé que la situation était « sous contrôle ». La maire de Paris, "
             "Anne Hidalgo, a jugé que la ville « tient bon ». Anne Hidalgo a ajouté que les écoles « rouvriront ».")
    assert speaker(out) is None
    out = fr("La ministre des Sports a affirmé que les Jeux seraient « une fête ». Gérald Darmanin a jugé que la "
             "sécurité « sera assurée ».")
    assert speaker(out) is None  # the article says a woman
    out = fr("La secrétaire générale de la CGT a estimé que la réforme était « injuste ». Élisabeth Borne a "
             "répliqué que le texte « sera voté ».")
    assert speaker(out) is None  # a reply is someone else
    *_, last = blog("« Nous serons prêts », a déclaré Olivier Véran.",
                    "Le porte-parole du parti a indiqué que le bureau se réunirait jeudi. Olivier Véran a ensuite "
                    "affirmé que « rien n'est décidé ».")
    assert speaker(last) is None  # someone the blog named before would have been named by the role


def test_the_answers_of_a_question_and_answer_post_are_the_interviewee_s():
    out = fr("Trois questions à Véronique Le Floc'h, présidente de la Coordination rurale. Les annonces vous "
             "ont-elles convaincue ? « Pas du tout. Ce sont des rustines. » Irez-vous jusqu'à Rungis ? "
             "« Si rien ne bouge, oui. »")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Véronique Le Floc'h"] * 2
    # Not without an interview, nor for a person the question names.
    out = fr("Emmanuel Macron a visité l'usine. Que retenir de la journée ? « Rien de neuf. »")
    assert speaker(out, -1) is None
    out = fr("Trois questions à notre correspondant à Washington. Que va faire Donald Trump ? « Personne ne le "
             "sait. »")
    assert speaker(out, -1) is None


def test_a_post_that_opens_with_a_bare_quote_then_a_person_gives_their_words():
    *_, last = blog("« Nous irons jusqu'au bout », a déclaré Jordan Bardella.",
                    "« Le troisième tour commence ce soir. » Jean-Luc Mélenchon, arrivé troisième, a appelé les "
                    "électeurs à lui donner une majorité.")
    assert speaker(last)["name"] == "Jean-Luc Mélenchon"


def test_the_name_in_apposition_to_the_head_of_someone_or_something_speaks():
    out = fr("Pour le président des Jeunes Agriculteurs, Arnaud Gaillot, « le gouvernement a jusqu'à vendredi "
             "pour apporter des réponses ».")
    assert speaker(out)["name"] == "Arnaud Gaillot"
    out = fr("L'entraîneur de Léon Marchand, Bob Bowman, a affirmé que « rien n'est joué ».")
    assert speaker(out)["name"] == "Bob Bowman"


def test_a_long_inverted_role_keeps_its_name_in_apposition():
    out = fr("« C'est le plus grand judoka de l'histoire », a réagi le président de la Fédération française de "
             "judo, Stéphane Nomis, au micro de France Télévisions.")
    assert speaker(out) == {"name": "Stéphane Nomis", "role": "président de la Fédération française de judo"}


def test_a_nationality_or_an_age_names_the_person_the_post_is_about():
    out = fr("Cassandre Beaugrand a remporté le triathlon. « J'ai tout donné », a lâché la Française, en larmes.")
    assert speaker(out)["name"] == "Cassandre Beaugrand"
    out = fr("Et de un pour Léon Marchand. « Je n'avais jamais entendu un bruit pareil », a expliqué le jeune homme "
             "de 22 ans.")
    assert speaker(out)["name"] == "Léon Marchand"
    out = fr("Tiré au sort, Teddy Riner a battu Tatsuru Saito. « J'ai su que c'était pour moi », a raconté le "
             "Français.")
    assert speaker(out)["name"] == "Teddy Riner"


def test_a_nationality_guards():
    # Another nationality only for the person the post gave it; "la Française" not for "la Suissesse X".
    out = fr("Tiré au sort, Teddy Riner a battu Tatsuru Saito. « Il était plus fort », a reconnu le Japonais.")
    assert speaker(out) is None
    out = fr("La Suissesse Julie Derron a pris l'argent. « Je suis si fière », a lâché la Française.")
    assert speaker(out) is None
    out = fr("Le Japonais Tatsuru Saito a perdu la finale. « Il était plus fort », a reconnu le Japonais.")
    assert speaker(out)["name"] == "Tatsuru Saito"


def test_a_trade_names_the_one_person_the_post_named():
    out = fr("Les agriculteurs réunis autour de Jérôme Bayle ont passé la nuit sur place. « On ne lèvera pas le "
             "camp », prévient l'éleveur.")
    assert speaker(out) == {"name": "Jérôme Bayle", "role": "éleveur"}
    out = fr("Jérôme Bayle a reçu Arnaud Rousseau sur le barrage. « On ne lèvera pas le camp », prévient "
             "l'éleveur.")
    assert speaker(out) is None  # two people: either
    out = fr("Le maire de Lens, Claude Dupont, a reçu les familles. « C'est un drame », a confié l'enseignant.")
    assert speaker(out) is None  # the mayor is not the teacher
    out = fr("Jean Dupont, maire de Lens, a reçu les habitants. « J'ai tout perdu », raconte le jeune homme.")
    assert speaker(out) is None  # nor a young man


def test_a_sentence_that_names_someone_else_does_not_carry_on_the_last_speaker():
    out = fr("« J'ai su que c'était pour moi », a raconté Teddy Riner. Sa coéquipière Clarisse Martin, elle, "
             "a parlé d'« une soirée qu'on n'oubliera jamais ».")
    assert speaker(out, -1) is None or speaker(out, -1)["name"] != "Teddy Riner"


def test_when_an_organisation_said_it_is_not_part_of_its_name():
    out = fr("Le Premier ministre sera nommé d'ici vendredi, a fait savoir l'Élysée mercredi soir.")
    assert speaker(out) == {"name": "Élysée", "role": None}


def test_a_common_noun_for_the_organisation_its_clause_opens_with():
    out = fr("La SNCF prévoit un TGV sur dix demain, a indiqué la compagnie ce matin.")
    assert speaker(out) == {"name": "SNCF", "role": None}
    out = fr("Après une réunion avec la SNCF, le syndicat a affirmé que la grève continuerait.")
    assert speaker(out) is None


def test_an_apposition_that_ends_the_sentence_gives_a_role():
    out = fr("Nous avons rencontré Marie Dupont, présidente de la Coordination rurale. « Rien ne change », "
             "a-t-elle dit.")
    assert speaker(out) == {"name": "Marie Dupont", "role": "présidente de la Coordination rurale"}


def test_presided_by_someone_makes_them_its_president():
    out = fr("La province Sud, présidée par Sonia Backès, va verser une aide aux commerçants. « Il faudra des "
             "années pour reconstruire », estime la présidente de la province.")
    assert speaker(out)["name"] == "Sonia Backès"


def test_the_microphone_or_set_it_was_said_on_comes_before_an_inverted_subject():
    out = fr("« Nous ne lâcherons rien », martèle au micro de RTL la secrétaire générale de la CGT, Sophie Binet.")
    assert speaker(out) == {"name": "Sophie Binet", "role": "secrétaire générale de la CGT"}


def test_the_circumstances_after_an_inverted_subject_are_not_who_speaks():
    out = fr("« Je suis fier », a lâché le Tricolore après sa victoire face à Novak Djokovic.")
    assert speaker(out) is None
    out = fr("« C'est historique », a réagi la ministre des Sports, Marie Dupont, après la finale.")
    assert speaker(out)["name"] == "Marie Dupont"
    out = fr("Demain, deux lignes seulement fonctionneront, a annoncé la RATP cet après-midi.")
    assert speaker(out) == {"name": "RATP", "role": None}


def test_an_analysis_is_an_attribution():
    out = fr("« C'est un tournant », analyse le politologue Jérôme Fourquet.")
    assert speaker(out)["name"] == "Jérôme Fourquet"


def test_an_aside_between_the_verb_and_an_inverted_subject():
    out = fr("« Il y a eu des failles », reconnaît, dans un entretien au Monde, le directeur général de la police "
             "nationale, Frédéric Veaux.")
    assert speaker(out)["name"] == "Frédéric Veaux"


def test_a_name_that_speaks_is_an_organisation_not_a_place():
    # The small French model reads these companies as places; a place does not speak.
    out = fr("Selon Hydro-Québec, 300 000 clients sont privés d'électricité ce matin.")
    assert speaker(out) == {"name": "Hydro-Québec", "role": None}
    assert [(e["text"], e["type"]) for e in out["entities"]] == [("Hydro-Québec", "organisation")]
    # A listed place that speaks keeps its type; a place in a role, or before an aside, is still a place.
    out = fr("La présidente de la région Île-de-France a souhaité que la droite se rassemble.")
    assert ("Île-de-France", "place") in [(e["text"], e["type"]) for e in out["entities"]]
    out = fr("Emmanuel Macron a quitté Paris pour la Nouvelle-Calédonie, où il est attendu demain, a annoncé l'Élysée.")
    assert ("Nouvelle-Calédonie", "place") in [(e["text"], e["type"]) for e in out["entities"]]


def test_where_and_how_an_organisation_spoke_is_not_part_of_its_name():
    out = fr("« Nous restons mobilisés », a indiqué la SNCF dans un communiqué publié mardi.")
    assert speaker(out) == {"name": "SNCF", "role": None}
    out = fr("La société Enedis a prévenu que certaines coupures pourraient durer plusieurs jours.")
    assert speaker(out) == {"name": "Enedis", "role": None}
    # ... but someone of the organisation is not the organisation.
    out = fr("« Nous restons mobilisés », a indiqué le directeur de la SNCF dans un communiqué.")
    assert speaker(out) is None


def test_a_common_noun_for_the_company_the_post_named_last():
    out = fr("À la RATP, dix lignes de métro sur seize seront fermées. "
             "La circulation restera « extrêmement perturbée » jusqu'à lundi, prévient la régie.")
    assert speaker(out) == {"name": "RATP", "role": None}
    # Not a network it wrote on, nor one of its products.
    out = fr("« Nous rétablissons le courant », a écrit Red Eléctrica sur X. "
             "Le gestionnaire du réseau précise que la reprise complète prendra du temps.")
    assert speaker(out, 1) != {"name": "X", "role": None}
    out = fr("La SNCF prévoit un TGV sur dix et un TER sur dix demain, a indiqué la compagnie ce matin.")
    assert speaker(out) == {"name": "SNCF", "role": None}


def test_a_day_said_before_the_subject_and_a_time_after_a_role_are_not_the_role():
    out = fr("Le suspect a été mis en examen, a annoncé ce jeudi la procureure de Lyon, Claire Martin. "
             "Selon la magistrate, « les faits sont établis ».")
    assert speaker(out) == {"name": "Claire Martin", "role": "procureure de Lyon"}
    assert speaker(out, 1)["name"] == "Claire Martin"
    *_, last = blog("« Restez chez vous », a écrit le ministre de l'Intérieur, Jean Dupré, sur X.",
                    "Le ministre de l'Intérieur a annoncé des renforts pour la nuit. "
                    "« Aucun pillage ne sera toléré », a déclaré le ministre en fin de matinée.")
    assert speaker(last, 1)["name"] == "Jean Dupré"


def test_a_relative_named_in_apposition_speaks_not_the_person_she_is_related_to():
    out = fr("Sur RTL, la mère de Lucas, Sandrine, a estimé que l'enquête avançait trop lentement. "
             "« Nous voulons la vérité », a-t-elle lancé.")
    assert speaker(out)["name"] == "Sandrine"
    assert speaker(out, 1)["name"] == "Sandrine"


def test_a_name_the_model_missed_speaks_when_a_role_follows_it_and_a_leading_when_is_no_subject():
    out = fr("« Le gouvernement doit entendre la rue », a averti ce soir Maryvonne Tréguier, "
             "secrétaire générale de la FSU. « Nous serons là lundi », a-t-elle ajouté.")
    assert speaker(out) == {"name": "Maryvonne Tréguier", "role": "secrétaire générale de la FSU"}
    assert speaker(out, 1)["name"] == "Maryvonne Tréguier"
    out = fr("Hier, l'archevêque de Lyon, Olivier de Germay, a rappelé que la basilique restait « un lieu de prière ».")
    assert speaker(out)["name"] == "Olivier de Germay"


def test_a_pronoun_is_not_a_person_named_in_what_someone_said_nor_in_the_words_it_reports():
    out = fr("Le ministre de l'Intérieur, Jean Dupré, a confirmé que l'assaillant, Karim Benali, était connu "
             "des services. « Nous sommes face à un acte terroriste », a-t-il lâché.")
    assert speaker(out, -1)["name"] == "Jean Dupré"
    out = fr("Le procureur, Paul Lemaire, a tenu une conférence de presse. L'assaillant s'en est pris à "
             "Dominique Roux dans la cour, a-t-il expliqué.")
    assert speaker(out)["name"] == "Paul Lemaire"
    # ... nor a person named after the words of the one who spoke in the sentence before.
    out = fr("« Notre école a été prise pour cible », a déclaré Emmanuel Macron, trois ans après "
             "l'assassinat de Samuel Paty. Il a assuré que le personnel avait « évité le pire ».")
    assert speaker(out, -1)["name"] == "Emmanuel Macron"


def test_a_role_with_words_of_its_own_after_the_subject_of_the_previous_sentence():
    out = fr("Pierre Poilievre a pris la parole devant ses partisans à Ottawa. Le chef conservateur a souligné "
             "que sa formation avait gagné « plus de sièges ».")
    assert speaker(out)["name"] == "Pierre Poilievre"
    out = fr("Jagmeet Singh est battu à Burnaby, derrière la libérale Marie Tremblay. Le chef néo-démocrate a "
             "annoncé qu'il quitterait la direction du parti.")
    assert speaker(out)["name"] == "Jagmeet Singh"
    # A party label alone fits any member: only one who spoke last.
    out = fr("Marine Tondelier a quitté la salle. L'écologiste a dénoncé « un passage en force ».")
    assert speaker(out) is None


def test_a_noun_phrase_made_of_an_organisation_s_own_words_is_that_organisation():
    out = fr("Le Comité international olympique a annoncé que les Jeux auraient lieu. "
             "Aucune épreuve ne sera déplacée, a précisé le comité olympique.")
    assert speaker(out, 1) == {"name": "Comité international olympique", "role": None}


def test_an_organisation_s_own_figures_are_its_word():
    out = fr("Les libéraux remportent quatre sièges, selon les données préliminaires d'Élections Canada.")
    assert speaker(out) == {"name": "Élections Canada", "role": None}
    # A generic ministry is no named organisation.
    out = fr("Près de 180 personnes ont été interpellées, selon un bilan provisoire du ministère de l'Intérieur.")
    assert speaker(out) is None


def test_a_first_name_the_model_ran_into_a_listed_company_starts_a_person():
    out = fr("Le vice-président d'Hydro-Québec Régis Tellier a reconnu que certains secteurs resteraient privés "
             "de courant.")
    assert speaker(out)["name"] == "Régis Tellier"
    assert ("Régis Tellier", "person") in [(e["text"], e["type"]) for e in out["entities"]]


def test_the_answer_of_a_role_and_an_association_or_centre_named_before():
    out = fr("Le ministre de l'Intérieur, Jean Dupré, était l'invité de la matinale. Faut-il revoir les accords ? "
             "Réponse du ministre : « Nos voisins doivent prendre leur part. »")
    assert speaker(out)["name"] == "Jean Dupré"
    out = fr("Médecins sans frontières a déployé une équipe. L'association précise que 200 blessés ont été soignés.")
    assert speaker(out) == {"name": "Médecins sans frontières", "role": None}


def test_an_inverted_pronoun_before_a_verb_phrase():
    out = fr("Pierre Martel a pris la parole devant ses partisans. Il entend rester à la tête du parti, "
             "a-t-il fait savoir.")
    assert speaker(out)["name"] == "Pierre Martel"


def test_a_role_subject_after_a_lone_quote_or_a_leading_where():
    out = fr("Julien Morel s'est présenté en zone mixte, le visage fermé. « On est passés à côté. » Le capitaine des "
             "Bleus a reconnu que l'équipe avait « manqué de précision ».")
    assert speaker(out, 1)["name"] == "Julien Morel"
    *_, last = blog("« Il est prêt », avait assuré jeudi le sélectionneur Marc Lestrade.",
                    "« On est passés à côté », a dit Julien Morel.",
                    "En conférence de presse, le sélectionneur des Bleus a refusé d'accabler l'arbitre. "
                    "« Je ne parlerai pas de l'arbitrage ce soir », a-t-il déclaré.")
    assert speaker(last)["name"] == "Marc Lestrade"


def test_a_person_named_as_whose_mother_she_is_is_not_who_elle_means():
    out = fr("Mounia, la mère de Lucas, a pris la tête du cortège. Elle a déclaré que « personne ne sera oublié ».")
    assert speaker(out)["name"] != "Lucas"


def test_a_role_with_words_of_its_own_names_the_one_person_the_blog_gave_it_to_hours_later():
    posts = ["« Nous renforçons la sécurité », a déclaré le ministre de l'Intérieur, Gérald Darmanin."]
    # A dozen other speakers in between: the role still names him.
    posts += [f"« Nous restons mobilisés », a déclaré {name}." for name in (
        "Anne Leroy", "Paul Martin", "Claire Dubois", "Marc Petit", "Julie Moreau", "Hugo Laurent",
        "Emma Simon", "Louis Michel", "Chloé Garcia", "Jules David", "Léa Bertrand", "Noah Roux", "Inès Fournier")]
    posts.append("Le ministre de l'Intérieur a, lui, assuré qu'aucune menace ne serait laissée sans réponse.")
    *_, last = blog(*posts)
    assert speaker(last)["name"] == "Gérald Darmanin"


def test_the_answers_after_questions_to_someone_are_theirs():
    out = fr("Deux questions au capitaine Hélène Marchal, commandante de la compagnie de gendarmerie. "
             "Combien de temps vont durer les recherches ? « Nous irons jusqu'au bout. » "
             "Les maisons voisines sont-elles menacées ? « Deux d'entre elles nous inquiètent beaucoup. »")
    assert [speaker(out, i)["name"] for i in (0, 1)] == ["Hélène Marchal"] * 2


def test_a_role_noun_that_is_also_a_verb_after_its_article_is_the_role_a_later_post_refers_to():
    # "juge" is a speech verb too; "la juge Nadia Ferrand" gives her the role.
    *_, last = blog("À Nantes, la juge Nadia Ferrand a ouvert l'audience du procès de trois passeurs.",
                    "L'avocat de la défense, Me Hugo Barral, a plaidé la relaxe. « Mes clients sont des pions », "
                    "a-t-il lancé. La juge a rappelé que le délibéré serait rendu en mars.")
    said = {q["text"]: (q["speaker"] or {}).get("name") for q in last["quotes"]}
    assert said["Mes clients sont des pions"] == "Hugo Barral"
    assert said["le délibéré serait rendu en mars"] == "Nadia Ferrand"


def test_the_language_a_role_spoke_in_is_not_part_of_the_role():
    out = fr("Marco Bellini a remporté le congrès de son parti ce dimanche à Milan. « Nous gouvernerons pour "
             "tous », a promis le président de la Lega en italien.")
    assert speaker(out)["name"] == "Marco Bellini"


def test_a_role_after_a_longer_phrase_before_the_comma_is_given_to_the_name():
    *_, last = blog("Point presse à l'issue du séminaire des ministres avec la porte-parole du gouvernement, "
                    "Agnès Royer. Le texte sera présenté en avril, a-t-elle indiqué.",
                    "Interrogée sur la grève, la porte-parole a dénoncé une « prise d'otages ».")
    assert speaker(last) == {"name": "Agnès Royer", "role": "porte-parole du gouvernement"}


def test_a_magistrate_of_the_parquet_is_the_prosecutor_named_before():
    *_, last = blog("La procureure, Léa Fontaine, a requis deux ans de prison contre l'ancien maire.",
                    "À la sortie, la magistrate du parquet s'est dite « sereine » sur l'issue du procès.")
    assert speaker(last)["name"] == "Léa Fontaine"


def test_a_word_for_any_monarch_names_the_king_named_before_and_only_one():
    out = fr("En visite à Oslo, le roi Harald V a reçu les élus. « Notre pays doit rester ouvert », a rappelé "
             "le souverain devant la presse.")
    assert speaker(out)["name"] == "Harald V"
    out = fr("Le roi Harald V a reçu la reine Margrethe II au palais. « Nos deux pays sont frères », a déclaré "
             "le souverain.")
    assert speaker(out) is None or speaker(out)["name"] == "Harald V"


def test_a_trade_union_label_names_the_unionist_the_post_opened_on():
    out = fr("Karine Dumas, déléguée syndicale de la CGT, dénonce les suppressions de postes. « On nous "
             "demande de tout accepter », explique la syndicaliste.")
    assert speaker(out)["name"] == "Karine Dumas"
    # Not a person the post gave no such role.
    out = fr("Karine Dumas, directrice du site, a reçu les salariés. « On nous demande de tout accepter », "
             "explique la syndicaliste.")
    assert speaker(out) is None


def test_the_lawyer_of_a_titled_client_speaks_not_the_client():
    *_, last = blog("À la barre, l'ancien trésorier, Paul Garnier, a nié tout détournement.",
                    "L'avocat de M. Garnier, Me Hugo Lacaze, a dénoncé un dossier « vide ». « Mon client est "
                    "innocent », a-t-il ajouté.")
    assert [speaker(last, i)["name"] for i in (0, 1)] == ["Hugo Lacaze"] * 2


def test_a_role_that_spells_out_the_acronym_of_an_earlier_role_is_the_same_person():
    *_, last = blog("Les sauveteurs du Peloton de gendarmerie de haute montagne (PGHM) sont intervenus à Chamonix.",
                    "« Le manteau neigeux reste instable », a déclaré Luc Vernet, commandant du PGHM.",
                    "Le commandant des gendarmes de haute montagne a fait un dernier point. « Nous reprendrons "
                    "demain », a-t-il ajouté.")
    assert speaker(last)["name"] == "Luc Vernet"


def test_a_role_with_an_elided_article_names_the_one_officer_named_before():
    out = fr("« Deux cordées sont encore bloquées », a déclaré Luc Vernet, commandant du peloton de gendarmerie. "
             "Selon l'officier, les recherches reprendront à l'aube.")
    assert speaker(out, 1)["name"] == "Luc Vernet"


def test_a_doctor_the_model_missed_is_named_by_his_title_even_after_how_he_spoke():
    out = fr("« Les urgences sont saturées depuis lundi », a déclaré le Dr Gérard Valcourt, chef de service.")
    assert speaker(out)["name"] == "Gérard Valcourt"
    out = fr("À Goma, les dispensaires manquent de tout. « Nous n'avons plus de vaccins », affirme par téléphone "
             "le Dr Gérard Valcourt, épidémiologiste. Il a ajouté que les stocks seraient épuisés lundi.")
    assert [speaker(out, i)["name"] for i in (0, 1)] == ["Gérard Valcourt"] * 2


def test_a_role_of_another_head_is_not_the_person_who_just_spoke():
    *_, last = blog("Le chef du gouvernement espagnol, Pedro Ortega, a présenté un plan pour le logement.",
                    "« Ce plan ne construira rien », a réagi le porte-parole de l'opposition au Parlement, Diego "
                    "Marín. Le président du gouvernement a répliqué que l'opposition n'avait « aucune idée ».")
    assert speaker(last, 0)["name"] == "Diego Marín"
    assert speaker(last, 1)["name"] == "Pedro Ortega"


def test_a_coach_the_post_describes_by_nationality_keeps_the_role_for_the_blog():
    first, last = blog("Après la victoire, Marco Rossi a salué « un groupe exceptionnel ». L'entraîneur italien a "
                       "dédié le succès aux supporters. « Ils ont porté l'équipe jusqu'au bout. »",
                       "Interrogé sur son contrat, l'entraîneur a répondu qu'il se sentait « à sa place ».")
    assert speaker(first, 1)["name"] == "Marco Rossi"
    assert speaker(last)["name"] == "Marco Rossi"


def test_a_surname_with_its_particle_is_the_full_name_given_before():
    *_, last = blog("« Le texte est équilibré », a déclaré la présidente de la Commission, Ursula von der Leyen.",
                    "Von der Leyen a défendu l'accord devant les eurodéputés : « Nous avons écouté tout le monde. »")
    assert speaker(last)["name"] == "Ursula von der Leyen"


def test_one_distinctive_word_of_a_long_name_the_blog_gave_is_that_person():
    *_, last = blog("« Aucun pays ne peut agir seul », a déclaré son directeur général, Tedros Adhanom Ghebreyesus.",
                    "Tedros a appelé au calme : « Nous savons contenir ce virus. »")
    assert speaker(last)["name"] == "Tedros Adhanom Ghebreyesus"


def test_the_first_name_the_model_left_out_of_an_inverted_subject_is_part_of_the_name():
    *_, last = blog("Le jury a couronné Kamel Daoud pour « Houris », paru chez Gallimard.",
                    "Ému, le lauréat a dédié son prix à sa mère. « J'ai écrit pour que l'on se souvienne », a déclaré "
                    "Kamel Daoud.")
    assert speaker(last)["name"] == "Kamel Daoud"


def test_a_surname_that_looks_like_a_town_is_the_person_the_blog_named_and_a_later_il_is_him():
    *_, last = blog("« Nous avons manqué de rigueur », a reconnu l'entraîneur Julien St-Pierre après la défaite. "
                    "Le capitaine Marc Tremblay a salué le public : « Ils nous ont portés jusqu'au bout. »",
                    "Le lendemain, St-Pierre a refusé de paniquer. « La saison est encore longue », a-t-il prévenu. "
                    "L'équipe s'envole jeudi pour un match à St-Pierre.")
    assert speaker(last)["name"] == "Julien St-Pierre"
    assert {"text": "St-Pierre", "type": "person", "canonical": "Julien St-Pierre"} in last["entities"]


def test_a_pronoun_is_an_organisation_only_with_the_article_it_agrees_with():
    out = fr("Le festival a réuni 80 000 spectateurs ce week-end, a annoncé Radio-Canada. « Je n'oublierai jamais "
             "cette foule », a-t-il lancé en quittant la scène.")
    assert speaker(out, 1) is None
    out = fr("La ligne restera fermée jusqu'à jeudi, a indiqué la SNCF. « Nous faisons le maximum », a-t-elle ajouté.")
    assert speaker(out, 1)["name"] == "SNCF"


def test_a_head_with_a_nationality_is_the_one_recent_holder_of_the_head_with_no_other_nationality():
    *_, last = blog("En visite à Rome, la Première ministre italienne, Giulia Ferri, a été reçue à l'Élysée. "
                    "Le chef de l'État, Emmanuel Macron, a salué une « amie fidèle ».",
                    "Les deux dirigeants ont parlé d'énergie. Le président français a estimé que l'accord était "
                    "« à portée de main ».")
    assert speaker(last)["name"] == "Emmanuel Macron"


def test_a_surname_label_in_a_headline_is_the_person_the_post_names_in_full():
    out = fr("Orbán : « La Hongrie ne paiera pas pour les erreurs de Bruxelles ». Le Premier ministre hongrois, Viktor "
             "Orbán, a réuni son gouvernement.")
    assert speaker(out)["name"] == "Viktor Orbán"


def test_a_reaction_is_the_one_who_reacts_not_the_one_reacted_to():
    out = fr("Le maire de Lyon, Grégory Doucet, a présenté le budget. Réaction du maire aux propos du préfet Paul "
             "Girard : « Nous avons hérité d'une dette record. »")
    assert speaker(out)["name"] == "Grégory Doucet"


def test_the_answer_labelled_reponse_is_the_interviewees():
    out = fr("Nous avons interrogé le sismologue Pierre Lambert, chercheur à l'université de Strasbourg. Question : "
             "faut-il craindre des répliques ? Réponse : « Oui, pendant plusieurs semaines. Mais elles seront plus "
             "faibles. »")
    assert speaker(out, -1)["name"] == "Pierre Lambert"


def test_pour_and_a_surname_the_model_missed_is_the_person_the_blog_named():
    first, second = blog("Le festival s'ouvre ce soir. Son directeur, João Guimarães, promet une édition « tournée "
                         "vers l'Afrique ».",
                         "Pour Guimarães, la salle pleine prouve que le public est « prêt à être bousculé ».")
    assert speaker(second)["name"] == "João Guimarães"


def test_organisations_that_speak_by_their_kind_their_source_or_an_apposition():
    # "le groupe" is the company the sentence before named (by the words for its head: not a place).
    out = fr("Coup de théâtre : Marc Dubreuil quitte la direction générale de Safran. "
             "« Nous le remercions pour son engagement », indique le groupe dans un communiqué.")
    assert speaker(out)["name"] == "Safran"
    # "selon l'agence": the body this post named last; not "l'agence ... chargée de", a body of its own.
    out = fr("L'agence européenne des médicaments, l'EMA, a autorisé le vaccin. Les doses seront livrées en mai, "
             "selon l'agence.")
    assert speaker(out, 0)["name"] == "EMA"
    out = fr("Un convoi de l'ONU a été visé mardi, a annoncé l'agence onusienne chargée des réfugiés.")
    assert speaker(out) is None
    # An acronym the model does not know, as the source opening the sentence.
    assert speaker(fr("Selon TVA, près de 15 000 personnes ont défilé dans les rues de Québec."))["name"] == "TVA"
    # The kind of body before its name, what it is in apposition after it.
    out = fr("L'association Sherpa, partie civile au procès, dénonce une « occasion manquée ».")
    assert speaker(out)["name"] == "Sherpa"
    # A name the model cut before its adjective, then "de" and a listed place.
    out = fr("Le Grand Port maritime de Bordeaux a estimé que le trafic reprendrait lundi.")
    assert speaker(out)["name"] == "Grand Port maritime de Bordeaux"


def test_a_role_after_an_organisation_spoke_is_not_that_organisation():
    out = fr("L'association Sherpa, partie civile, salue une décision « attendue ». Pour l'avocat des familles de "
             "victimes, le jugement confirme « une faute lourde de l'entreprise ».")
    assert speaker(out, 0) == {"name": "Sherpa", "role": None}
    assert (speaker(out, 1) or {}).get("name") != "Sherpa"


def test_a_nationality_the_post_never_gave_is_the_one_person_it_named():
    # "le Slovène" after the one rider the post named, whatever the broadcaster after it.
    out = fr("Le cycliste Jonas Martin s'impose au sommet. « C'était une journée parfaite », a réagi le Slovène "
             "au micro de France Télévisions.")
    assert speaker(out)["name"] == "Jonas Martin"
    # After two people, the nationality could be either of them: nobody.
    out = fr("Paul Martin a battu Luca Rossi en finale. « Je suis déçu », a réagi l'Italien.")
    assert speaker(out) is None


def test_a_party_acronym_between_the_role_and_the_name_is_the_roles():
    # The model runs "LR" into the name; the party belongs with the role, the name starts at the first name.
    out = fr("Le sénateur LR Thierry Garnier, auteur de la proposition, a dénoncé une décision « injuste ».")
    assert speaker(out) == {"name": "Thierry Garnier", "role": "sénateur LR"}
    assert {"text": "Thierry Garnier", "type": "person", "canonical": "Thierry Garnier"} in out["entities"]


def test_a_pronoun_before_the_verb_is_who_was_spoken_to_not_who_spoke():
    # "lui a rappelé": the judge spoke to the accused, not the other way round.
    *_, last = blog("« Je regrette », a déclaré Julien Masson à l'ouverture de son procès.",
                    "La juge, Anne Roux-Vidal, lui a rappelé qu'il aurait « le temps de s'expliquer ».")
    assert speaker(last) == {"name": "Anne Roux-Vidal", "role": "juge"}
    # "nous a confié": the subject comes after the verb.
    out = fr("« Nous rouvrirons lundi », nous a confié le maire, Paul Girard.")
    assert speaker(out)["name"] == "Paul Girard"


def test_madame_before_a_surname_is_no_first_name():
    out = fr("Mme Berthier-Vallat, la maire, a répondu sèchement : « Tout le monde était invité. »")
    assert speaker(out) == {"name": "Berthier-Vallat", "role": "maire"}


def test_the_side_or_the_phone_call_before_the_subject_is_not_part_of_it():
    out = fr("Côté patronal, le président de la fédération, Marc Lenoir, a dénoncé une réforme « inapplicable ».")
    assert speaker(out)["name"] == "Marc Lenoir"
    out = fr("Jointe par téléphone, la directrice de l'école, Claire Vasseur, assure que les cours « reprendront "
             "lundi ».")
    assert speaker(out)["name"] == "Claire Vasseur"


def test_le_docteur_takes_le_whoever_holds_the_title():
    # "le Dr Leïla Haddad" is a woman: the "Elle" that opens the next sentence is her.
    out = fr("Les urgences sont saturées. « Nous manquons de lits », témoigne le Dr Leïla Haddad, cheffe du "
             "service. Elle appelle les habitants à « ne pas venir pour un simple rhume ».")
    assert speaker(out, 1)["name"] == "Leïla Haddad"


def test_british_royal_households_named_in_french_speak_and_so_does_le_palais():
    out = fr("Le prince a quitté l'hôpital. Il « se repose chez lui », a indiqué Kensington Palace dans un "
             "communiqué.")
    assert speaker(out) == {"name": "Kensington Palace", "role": None}
    # The French form of the name, then "le palais" for it.
    out = fr("Le palais de Buckingham a publié un bref message en début de soirée. Le souverain « va bien » et "
             "reprendra ses audiences lundi, a précisé le palais.")
    assert speaker(out)["name"] == "Buckingham Palace"
    assert {"canonical": "Buckingham Palace", "type": "organisation"}.items() <= out["entities"][0].items()


def test_the_spokesman_of_someones_relative_is_not_that_relative():
    # "Une porte-parole de sa sœur Julie": the spokeswoman speaks, not Julie, and Julie holds no such role.
    out = fr("La chanteuse a annulé son concert. Une porte-parole de sa sœur Julie, présente à Lyon pour un "
             "festival, a confirmé qu'elle rentrerait à Paris.")
    assert speaker(out) is None


def test_a_person_named_in_words_whose_speaker_came_later_is_not_whom_il_means():
    # "pour Thomas" is in what the mayor said (whoever the rules find for it): "a-t-il dit" after it is the mayor.
    out = fr("Le maire Pierre Lemaire s'est adressé aux habitants ce soir. Il a promis que la salle rouvrirait "
             "« avant l'été ». Le maire a annoncé que son adjoint Paul Girard le remplacerait en août. Il a aussi "
             "exprimé sa gratitude pour Thomas et Inès, qui « ont sauvé trois voisins ». « Merci à tous », a-t-il "
             "dit en levant son verre.")
    assert out["quotes"][3]["text"] == "Merci à tous"
    assert speaker(out, 3)["name"] == "Pierre Lemaire"


def test_a_nationality_role_after_a_name_in_its_own_sentence_is_not_the_president_who_spoke_before():
    # (Read as a blog: the blog's context is what gave Macron the role the nationality rule looks for.)
    out, = blog("Emmanuel Macron a salué « un ami de la France ». Le président de la République a ensuite "
                "écrit un message. À Washington, où les cloches ont sonné à la demande de Joe Biden, le "
                "président américain a jugé que le monde perdait « une voix rare ».")
    assert (speaker(out, 1) or {}).get("name") != "Emmanuel Macron"


def test_a_surname_the_model_missed_is_the_person_the_blog_named_and_simone_tells_no_gender():
    posts = blog("Côté turinois, Andrea Moretti a promis que la Juventus jouerait « sans calcul ».",
                 "Jean Dupont a félicité ses joueurs. « Ils ont été héroïques », a expliqué le technicien "
                 "lyonnais. En face, Moretti n'a rien contesté : selon lui, Lyon a été « plus fort ce soir ».")
    assert speaker(posts[1], 1)["name"] == "Andrea Moretti"
    assert "Andrea Moretti" in {e["canonical"] for e in posts[1]["entities"] if e["type"] == "person"}


def test_to_whom_before_an_inverted_verb_is_not_who_spoke():
    # "lui a lancé une passante": "lui" is Paul Martin, spoken to; the speaker is unnamed.
    out = fr("Avant de monter dans sa voiture, Paul Martin a serré des mains. « Tenez bon ! », lui a lancé une "
             "passante.")
    assert speaker(out) is None
    out = fr("Paul Martin a serré des mains. « Tenez bon ! », lui a lancé Marie Durand.")
    assert speaker(out)["name"] == "Marie Durand"


def test_il_after_an_unnamed_person_opening_a_sentence_is_nobody_the_blog_named():
    *_, last = blog("Le maire, Jean-Paul Orsini, a annoncé la réouverture du port à midi.",
                    "Un pêcheur rencontré sur le quai a raconté avoir amarré son bateau deux fois. "
                    "« Cette mer, on apprend à la respecter », a-t-il glissé.")
    assert speaker(last) is None


def test_a_surname_opening_the_next_post_before_its_verb_is_the_person_named_in_full():
    *_, last = blog("Le capitaine, Ruben Ostergaard, a quitté le terrain sous les sifflets.",
                    "Ostergaard est ensuite revenu devant la presse. « Nous avons manqué de tout », a lâché le Danois.")
    assert speaker(last)["name"] == "Ruben Ostergaard"


def test_a_nationality_noun_is_never_a_name_but_the_person_the_post_named():
    *_, last = blog("Leur entraîneur, Iñaki Zubeldía, a couru le long de la ligne de touche.",
                    "Zubeldía a ensuite rejoint la salle de presse. « Ils sont venus », a lâché l'Espagnol.")
    assert speaker(last)["name"] == "Iñaki Zubeldía"


def test_an_expert_named_by_profession_is_found_again_by_it_in_the_next_post():
    *_, last = blog("L'économiste Roxane Delacourt-Ibáñez, professeure à l'Université de Genève, répond à nos "
                    "questions.",
                    "Selon l'économiste, la hausse des primes « n'a rien d'une fatalité ».")
    assert speaker(last)["name"] == "Roxane Delacourt-Ibáñez"


def test_a_title_is_not_part_of_the_speaker_s_name():
    out = fr("« On nous dit que c'est temporaire », a raconté le Dr Antoine Mérignac, urgentiste à Lannemezan.")
    assert speaker(out)["name"] == "Antoine Mérignac"


def test_an_award_named_after_someone_is_not_a_person_a_pronoun_can_mean():
    out = fr("Le Magritte du meilleur second rôle revient à Léa Vanderstraeten. « Je le dédie à ma mère », "
             "a-t-elle déclaré.")
    assert speaker(out)["name"] == "Léa Vanderstraeten"
    assert not any(e["text"] == "Magritte" and e["type"] == "person" for e in out["entities"])


def test_a_surname_opening_with_its_article_stays_a_person_the_blog_named():
    *_, last = blog("« Ce sont des gars d'ici », confie Erwan Le Goff, patron d'un autre chalutier.",
                    "Les recherches ont repris à l'aube. Le Goff, lui, est reparti en mer : « On ne rentre pas. »")
    assert speaker(last)["name"] == "Erwan Le Goff"


def test_the_name_in_apposition_speaks_not_the_one_inside_the_body_s_name():
    out = fr("Le délégué général de l'Académie André Delvaux, Marc Vanhoutte, a salué « une année exceptionnelle ».")
    assert speaker(out)["name"] == "Marc Vanhoutte"


def test_a_first_name_and_a_surname_opening_with_le_are_one_name():
    out = fr("« On a eu raison d'annuler », a confié Gaël Le Méné ce soir.")
    assert speaker(out)["name"] == "Gaël Le Méné"


def test_le_policier_is_the_officer_not_the_police_force():
    out = fr("Premier témoin, le policier Jonathan Castonguay, du Service de police de Sherbrooke, a décrit la scène. "
             "« Elle était légèrement mouillée, oui », a admis le policier.")
    assert speaker(out, -1) != {"name": "Service de police de Sherbrooke", "role": None}


def test_a_body_s_bulletin_or_study_is_its_word():
    out = fr("Les cas de bronchiolite reculent dans toutes les régions, selon le dernier bulletin de Santé publique "
             "France. Les enfants dorment moins bien l'été, selon une étude de l'Inserm publiée jeudi.")
    assert [speaker(out, i) for i in range(2)] == [{"name": "Santé publique France", "role": None},
                                                   {"name": "Inserm", "role": None}]


def test_a_company_by_its_trade_is_the_company_that_opens_the_sentence():
    out = fr("Safran a relevé jeudi ses prévisions pour l'année, a annoncé l'équipementier aéronautique.")
    assert speaker(out) == {"name": "Safran", "role": None}


def test_l_ong_is_the_one_body_the_post_named():
    out = fr("« Les stocks sont vides », témoigne une infirmière de Médecins du monde à Goma. L'ONG a indiqué "
             "avoir distribué 4 000 rations en une semaine.")
    assert speaker(out, -1) == {"name": "Médecins du monde", "role": None}


def test_the_article_opening_a_sentence_is_no_part_of_a_bank_s_name():
    out = fr("La Banque de France a relevé sa prévision de croissance. L'activité « résiste mieux que prévu », a "
             "indiqué l'institution.")
    assert speaker(out) == {"name": "Banque de France", "role": None}


def test_the_governor_after_the_bank_spoke_is_not_the_bank():
    out = fr("L'activité « résiste mieux que prévu », a indiqué la Banque de France. Le gouverneur a toutefois "
             "estimé que l'inflation « reste trop élevée ».")
    assert speaker(out, -1) is None


def test_a_body_s_name_keeps_its_complements_and_nationality_the_model_cut():
    out = fr("Selon le syndicat Jeunes-Médecins de France, une trentaine de services ferment la nuit. Plus de 800 "
             "personnes ont été secourues en mer, selon la Croix-Rouge espagnole, qui gère le centre de Motril.")
    assert [speaker(out, i) for i in range(2)] == [{"name": "Jeunes-Médecins de France", "role": None},
                                                   {"name": "Croix-Rouge espagnole", "role": None}]


def test_a_capitalised_body_head_and_its_complements_name_a_body_the_model_missed():
    out = fr("« C'est une victoire pour les pêcheurs », a réagi sur Facebook l'Union régionale de la pêche artisanale.")
    assert speaker(out) == {"name": "Union régionale de la pêche artisanale", "role": None}


def test_an_acronym_after_an_article_speaks_unless_it_names_a_kind_of_body():
    out = fr("La FCPL salue une réforme « attendue depuis des années ». L'ARS affirme que « la situation est "
             "maîtrisée ».")
    assert [speaker(out, i) for i in range(2)] == [{"name": "FCPL", "role": None}, None]


def test_soupirer_and_plaisanter_are_speech_verbs():
    out = fr("Devant la mairie, l'attente s'éternise. « On a dormi dans la voiture », soupire Inès Caradec, "
             "infirmière.")
    assert speaker(out)["name"] == "Inès Caradec"
    out = fr("Chez les hommes, c'est le vétéran Hugo Sarrazin qui s'impose. « Je ne suis pas encore à la retraite », "
             "a plaisanté le chanteur de 68 ans.")
    assert speaker(out)["name"] == "Hugo Sarrazin"


def test_a_first_name_with_an_age_after_a_speech_verb_is_a_person_the_model_missed():
    out = fr("La préfecture compte 12 000 manifestants dans la ville. « On ne lâchera rien », promet Zoé, 23 ans, "
             "étudiante, croisée à Nantes en fin de journée.")
    assert speaker(out) == {"name": "Zoé", "role": None}
    out = fr("Au marché couvert de Basse-Terre ce dimanche, les étals sont vides. « Je repars avec un sac à moitié "
             "vide », raconte Manon, 67 ans, retraitée de Capesterre.")
    assert speaker(out) == {"name": "Manon", "role": None}


def test_mairesse_is_a_role_that_names_the_mayor_again():
    *_, last = blog("La mairesse Sylvie Gauthier-Roy a visité les sinistrés de Verdun.",
                    "Les pompiers pompent encore les sous-sols. « Nous ne laisserons personne derrière », a assuré "
                    "la mairesse en fin de journée.")
    assert speaker(last)["name"] == "Sylvie Gauthier-Roy"


def test_the_answer_to_a_question_put_to_a_role_is_the_person_holding_it():
    *_, last = blog("La préfète de la Somme, Agnès Durand-Villier, a rendu visite aux éleveurs.",
                    "Question posée à la préfète ce midi : l'État a-t-il tardé ? « Non. Les aides partent dès "
                    "lundi. » Plusieurs élus contestent ce calendrier.")
    assert speaker(last)["name"] == "Agnès Durand-Villier"


def test_an_entrevue_is_an_interview_and_where_the_guest_works_does_not_answer():
    # (The model takes "Polytechnique Montréal" for a person.)
    out = fr("Entrevue. Le sociologue Mathis Bélanger-Roy, professeur à Polytechnique Montréal, analyse la pénurie "
             "de médecins. Question : la situation va-t-elle empirer ? Réponse : « Oui, au moins jusqu'en 2030. »")
    assert speaker(out, -1)["name"] == "Mathis Bélanger-Roy"


def test_a_labelled_question_and_answer_carries_on_the_previous_post_s_interview():
    *_, last = blog("Entretien. La climatologue Sandrine Okafor-Lemoine répond à nos questions sur la sécheresse. "
                    "Question : faut-il rationner l'eau ? Réponse : « Oui, et dès cet été. »",
                    "Question : les agriculteurs sont-ils prêts ? Réponse : « Certains, pas tous. Il faudra les "
                    "aider. »")
    assert speaker(last)["name"] == "Sandrine Okafor-Lemoine"


def test_a_pronoun_after_l_accuse_is_the_one_on_trial_not_the_witness_named_before():
    *_, last = blog("Le procès de Damien Kerhervé, 29 ans, s'est ouvert ce mardi devant la cour d'assises de Quimper.",
                    "Le premier témoin, le serveur Mathis Le Dantec, a été entendu dans la matinée. Interrogé par le "
                    "président, Olivier Marchand, l'accusé a gardé le silence plusieurs minutes. « Je regrette tout », "
                    "a-t-il fini par murmurer.")
    assert speaker(last, -1)["name"] == "Damien Kerhervé"


def test_le_prevenu_is_the_person_whose_trial_the_post_opened():
    out = fr("Le procès de Sylvain Roque, ancien trésorier du club de Plouzané, s'est ouvert lundi. « Je n'ai rien "
             "détourné », a déclaré le prévenu dès l'ouverture des débats.")
    assert speaker(out)["name"] == "Sylvain Roque"


def test_a_pronoun_after_a_nationality_subject_is_that_person_not_the_rival_after_it():
    out = fr("Matteo Rinaldi s'impose au sommet du col de la Croix. L'Italien devance Lukas Brenner de dix secondes. "
             "« J'ai tout donné dans le dernier kilomètre », a-t-il reconnu.")
    assert speaker(out)["name"] == "Matteo Rinaldi"


def test_a_name_inside_another_person_s_apposition_is_no_one_a_description_means():
    out = fr("Matteo Rinaldi, vainqueur un an après Lukas Brenner, s'impose au sommet du col de la Croix. "
             "« J'ai tout donné dans le dernier kilomètre », a lâché l'Italien.")
    assert speaker(out)["name"] == "Matteo Rinaldi"


def test_an_unnamed_subject_before_a_quote_does_not_carry_on_the_last_speaker():
    out = fr("« Il faut rouvrir la ligne », a déclaré la maire, Odile Ferrand. Un cheminot de la gare de Tulle, qui a "
             "requis l'anonymat, craint « des suppressions de postes ».")
    assert speaker(out, 0)["name"] == "Odile Ferrand"
    assert speaker(out, -1) is None


def test_a_collective_subject_before_a_quote_does_not_carry_on_the_last_speaker():
    out = fr("« Nous tiendrons le budget », a assuré Julien Guérin sur France Bleu. « Chaque euro compte », a-t-il "
             "ajouté. L'opposition y voit au contraire « un aveu d'impuissance du gouvernement ».")
    assert speaker(out, 1)["name"] == "Julien Guérin"
    assert speaker(out, -1) is None


def test_an_inverted_unnamed_subject_after_a_quote_does_not_carry_on_the_last_speaker():
    out = fr("La Chambre de commerce de Menton a estimé que la saison était compromise. « Les touristes ne viendront "
             "plus », redoute une hôtelière sous couvert d'anonymat.")
    assert speaker(out, -1) is None


def test_a_role_subject_before_a_quote_is_whom_the_role_names_not_the_last_speaker():
    out = fr("Le président français, Emmanuel Macron, a reçu le chancelier autrichien Markus Lindner à Paris. « Nous "
             "voulons avancer ensemble », a déclaré Markus Lindner en conférence de presse. Le président français a "
             "évoqué « une amitié qui se renforce ».")
    assert speaker(out, 0)["name"] == "Markus Lindner"
    assert speaker(out, -1)["name"] == "Emmanuel Macron"


def test_a_titled_surname_is_the_person_the_blog_named_in_full_and_a_pronoun_after_it_too():
    *_, last = blog("« Nous sommes à bout », a affirmé le Dr Hugo Vernier, président du syndicat des internes, "
                    "devant l'hôpital.",
                    "Le ministre de la Santé, Paul Garnier, a jugé la grève « irresponsable ». « Les malades vont en "
                    "pâtir », a-t-il dit.",
                    "Le Dr Vernier a assuré que les urgences resteraient ouvertes. « M. Garnier sait où nous "
                    "trouver », a-t-il lancé.")
    assert [speaker(last, i)["name"] for i in range(2)] == ["Hugo Vernier", "Hugo Vernier"]


def test_m_and_a_surname_with_a_particle_is_the_person_the_post_named_in_full():
    out = fr("La ministre des Sports, Claire Moreau de Vallières, a reçu les élus. Interrogé sur le calendrier, "
             "son conseiller Pierre Aubin a parlé de « semaines ». Mme Moreau de Vallières a estimé qu'il ne fallait "
             "« rien précipiter ».")
    assert speaker(out, -1)["name"] == "Claire Moreau de Vallières"


def test_a_body_named_in_a_role_of_the_previous_post_is_not_who_a_pronoun_opening_a_post_means():
    # (The model takes the company for a person.)
    *_, last = blog("Le directeur des opérations de Hydro Ibérica, Javier Montoya, a livré les premières "
                    "explications devant la presse. « Le réseau n'a pas tenu. »",
                    "« Nous pouvons écarter une cyberattaque », a-t-il ajouté.")
    assert speaker(last)["name"] == "Javier Montoya"


def test_premier_as_an_ordinal_gives_no_role_to_the_name_after_it():
    out = fr("« Les Marées basses », premier roman de la Brestoise Odile Kervella, a reçu le prix des lecteurs. "
             "« J'ai écrit ce livre la nuit, entre deux gardes », a-t-elle confié.")
    assert speaker(out) == {"name": "Odile Kervella", "role": None}


def test_premier_temoin_then_a_trade_names_that_witness_again_after_other_people():
    out = fr("Premier témoin, le pompier Lucas Dantec, du centre de secours de Morlaix, a décrit un incendie « très "
             "rapide ». En contre-interrogatoire, l'avocate de la défense, Me Sophie Guéguen, l'a longuement "
             "questionné. « La porte était déjà ouverte, oui », a admis le pompier.")
    assert speaker(out) == {"name": "Lucas Dantec", "role": None}
    assert speaker(out, -1)["name"] == "Lucas Dantec"


def test_the_agent_of_a_leading_participle_is_not_the_role_of_the_subject_after_it():
    out = fr("Interrogé par la présidente, Yann Kerbrat a maintenu sa version. « Je n'ai jamais touché cette arme », "
             "a-t-il répété.")
    assert speaker(out)["name"] == "Yann Kerbrat"
    assert speaker(out)["role"] != "présidente"


def test_a_role_subject_naming_someone_else_does_not_carry_on_the_last_speaker():
    out = fr("Le chancelier Lukas Brenner est arrivé à Lyon. « Nous voulons relancer l'Europe de la défense », a-t-il "
             "déclaré, aux côtés du président de la République, Julien Marchal. Le président français a évoqué « une "
             "page qui se tourne ».")
    assert speaker(out, -1)["name"] == "Julien Marchal"


def test_what_a_role_subject_does_next_is_not_part_of_the_role():
    *_, last = blog("La Première ministre, Claire Fontanel, est arrivée à l'Assemblée en début d'après-midi.",
                    "« Nous assumerons nos responsabilités », a lancé la cheffe du gouvernement avant d'engager la "
                    "responsabilité de son gouvernement.")
    assert speaker(last)["name"] == "Claire Fontanel"


def test_a_bare_role_names_the_subject_after_a_short_lead_without_a_verb():
    out = fr("Vêtue de noir, Anna Lindqvist s'est exprimée devant la presse une heure après l'annonce. Nommée il y a "
             "trois jours, la cheffe du gouvernement a salué en lui « un homme d'exception ».")
    assert speaker(out)["name"] == "Anna Lindqvist"



def test_le_technicien_is_the_coach_the_post_opens_on_after_a_place_in_brackets():
    *_, last = blog("Le sélectionneur des Bleus, Marc Vidalou, a dévoilé sa liste.",
                    "Le sélectionneur des Pumas, Diego Ferraro, a salué le courage de ses joueurs.",
                    "Le match a été arrêté dix minutes.",
                    "À Marcoussis (Essonne), Vidalou a tiré ce lundi un premier bilan devant la presse. Le technicien "
                    "a confié avoir « revu le match trois fois » pendant la nuit.")
    assert speaker(last)["name"] == "Marc Vidalou"


def test_a_person_in_apposition_to_a_role_speaks_in_the_next_post_by_name_and_by_role():
    *_, last = blog("La Banque de Lorvanie a relevé son taux directeur. Le gouverneur, Ferd Olsarde, doit "
                    "s'exprimer à 10 h 30.",
                    "« Nous restons prudents », a affirmé Ferd Olsarde en conférence de presse. Le gouverneur a "
                    "toutefois estimé que le taux était « au bon niveau ».")
    assert [q["speaker"]["name"] for q in last["quotes"]] == ["Ferd Olsarde", "Ferd Olsarde"]


def test_a_company_named_after_its_trade_speaks_and_its_trade_refers_back_to_it():
    out = fr("Le fabricant de jouets Pelvorix a annoncé mardi qu'il fermerait son site de Vierzon. « La décision a été "
             "difficile », a indiqué le groupe.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Pelvorix", "Pelvorix"]
    out = fr("Le bailleur, Logis Val-Dauren, a assuré que les détecteurs avaient été « contrôlés en mars ». « Nous "
             "aiderons les enquêteurs », ajoute l'entreprise.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Logis Val-Dauren", "Logis Val-Dauren"]


def test_elle_after_la_direction_of_a_company_is_the_company():
    out = fr("Des salariés bloquent depuis l'aube l'entreprise Vallorine, à Rodez. La direction de Vallorine a réagi "
             "dans un communiqué. Elle dit « comprendre la colère des salariés ».")
    assert speaker(out)["name"] == "Vallorine"


def test_a_body_named_without_an_article_speaks():
    out = fr("L'opposition Vooruit parle d'« une décision brutale, prise sans concertation ».")
    assert speaker(out)["name"] == "Vooruit"
    out = fr("Une odeur de gaz avait été signalée la semaine dernière. Sibelga affirme n'avoir reçu « aucun appel ».")
    assert speaker(out)["name"] == "Sibelga"


def test_where_a_role_spoke_is_no_part_of_the_role():
    # Two people and a role nobody was given: nobody, not the last one named because of "conférence de presse".
    out = fr("Hervé Renard a dévoilé jeudi sa liste. Youssef Amrani fait son retour. « Il est prêt », a expliqué "
             "le sélectionneur en conférence de presse.")
    assert speaker(out) is None


def test_a_first_name_and_a_surname_the_model_split_are_one_speaker():
    out = fr("« C'est le chantier de la décennie », s'est félicitée l'adjointe aux mobilités, Sandrine Le Goff.")
    assert speaker(out)["name"] == "Sandrine Le Goff"


def test_a_court_named_after_someone_is_a_place_not_who_speaks():
    out = fr("Léa Marchal s'est qualifiée pour la finale. « C'est un rêve », a confié la Lyonnaise au micro du court "
             "Suzanne-Lenglen.")
    assert speaker(out)["name"] == "Léa Marchal"
    assert {"text": "Suzanne-Lenglen", "type": "place", "canonical": "Suzanne-Lenglen"} in out["entities"]


def test_a_regional_leader_role_is_not_the_national_holder_named_a_post_before():
    *_, last = blog("« Le pays ne reculera pas », a déclaré le premier ministre, Justin Trudeau.",
                    "À Québec, François Legault a dénoncé une décision « insensée ». Le premier ministre québécois a "
                    "précisé que son gouvernement présenterait un plan d'aide.")
    assert [q["speaker"] for q in last["quotes"]][-1] != {"name": "Justin Trudeau", "role": "premier ministre"}


def test_an_adverb_of_contrast_between_the_verb_and_que_keeps_the_subject_speaking():
    out = fr("Le négociateur, Paul Ardent, a salué « un pas en avant ». Greenpeace estime au contraire que la "
             "conférence « a raté son rendez-vous avec l'histoire ».")
    assert speaker(out, -1)["name"] == "Greenpeace"


def test_evoquer_and_sourire_attribute_what_follows():
    out = fr("Météo-France a placé trois départements en vigilance rouge, selon l'organisme. Le prévisionniste Yann "
             "Kerbrat évoque « un épisode rare par son intensité ».")
    assert speaker(out, -1)["name"] == "Yann Kerbrat"
    # ("sourit X": X's words, not the last speaker's, even when the model does not see a name in X.)
    out = fr("« Il faut de l'aide », a dit la maire, Johanne Ricard. « On entend les bateaux mais plus les "
             "voitures », sourit Lise, qui habite l'île.")
    assert speaker(out, -1) is None


def test_who_is_on_trial_is_read_from_earlier_posts_text_alone_for_a_rebuilt_context():
    # A body on trial ("le procès du Crédit Mutuel Arkéa") or a place's is no one "l'accusé" could name.
    assert tried_in(["Le procès en appel de Mme Hélène Dubreuil reprend lundi à Rennes.",
                     "Le procès du Crédit Mutuel Arkéa est renvoyé à l'automne.",
                     "Le procès de Lyon Métropole Habitat ne commencera pas avant juin.",
                     "Au procès de Bastien Morel, la défense plaide l'acquittement."]) == ["Hélène Dubreuil",
                                                                                          "Bastien Morel"]


def test_whom_the_speaker_was_among_is_not_the_subject():
    out = fr("Parmi les sinistrés, Marc Olivier, boulanger du quartier, a plaidé pour des aides « versées sans "
             "délai ».")
    assert speaker(out)["name"] == "Marc Olivier"
    assert out["quotes"][0]["text"] == "pour des aides « versées sans délai »"


def test_a_long_role_in_apposition_keeps_the_name_speaking():
    out = fr("Léa Roux, cheffe du projet Orion au Centre national d'études spatiales, a affirmé que le calendrier "
             "tenait.")
    assert speaker(out) == {"name": "Léa Roux", "role": "cheffe du projet Orion au Centre national d'études spatiales"}


def test_a_name_with_an_aside_before_a_colon_speaks_the_quote_after_it():
    # The parse gives the verb no subject; the name that opens the clause is who speaks, not the last speaker.
    out = fr("« Il a tout donné », a déclaré l'entraîneur, Marc Delorme. Dans un message vidéo, Lucas Berthier, "
             "casquette vissée sur la tête, remercie les supporteurs : « Je reviendrai plus fort ».")
    assert speaker(out, -1)["name"] == "Lucas Berthier"


def test_a_body_that_spoke_before_leaving_is_the_body():
    out = fr("« Nous restons disponibles pour le dialogue », a fait savoir le Quai d'Orsay avant la réunion.")
    assert speaker(out)["name"] == "Quai d'Orsay"


def test_son_homologue_is_the_one_other_holder_of_the_last_speaker_s_role():
    out = fr("La ministre des Affaires étrangères, Anne Morel, a reçu à Paris le ministre italien des Affaires "
             "étrangères, Marco Bellini. « Nous partageons les mêmes priorités », a déclaré Marco Bellini. « C'est "
             "vrai pour l'Ukraine comme pour la Méditerranée », lui a répondu son homologue française.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Marco Bellini", "Anne Morel"]
    # (A counterpart the post gave no role to is nobody the rule can tell.)
    out = fr("Le ministre des Affaires étrangères, Paul Girard, a reçu son homologue italienne, Giulia Conti. « Nous "
             "partageons les mêmes priorités », a déclaré Paul Girard. « C'est vrai pour l'Ukraine », lui a répondu "
             "son homologue italienne.")
    assert speaker(out, -1) is None


def test_a_club_named_with_a_lowercase_demonym_speaks_and_le_club_refers_back_to_it():
    out = fr("Le Stade lavallois a répondu par un communiqué dans la soirée. « Aucune offre n'a été acceptée à ce "
             "jour », écrit le club mayennais.")
    assert speaker(out)["name"] == "Stade lavallois"
    out = fr("Le Stade lavallois a souhaité bonne chance à « un joueur formé ici qui part avec notre estime ».")
    assert speaker(out)["name"] == "Stade lavallois"
    # (A river, one word after a capitalised article, is still a place: "poursuit" is its course, not speech.)
    out = fr("La Mayenne poursuit sa montée à Laval, selon les services de l'État.")
    assert ("Mayenne", "place") in {(e["text"], e["type"]) for e in out["entities"]}


def test_a_pronoun_after_someone_unnamed_described_at_length_is_nobody():
    out = fr("Mme Claire Dubois, adjointe au maire, a visité le gymnase. Une bénévole qui sert les repas depuis "
             "lundi est épuisée. « On tient grâce au café », sourit-elle.")
    assert speaker(out) is None
    out = fr("Paul Durand a répondu au juge. Un ancien chauffeur de la société de transport du canton, cité comme "
             "témoin, a affirmé que les plaintes étaient « classées ». « On nous demandait de nous taire », "
             "a-t-il raconté à la barre.")
    assert out["quotes"][0]["text"].startswith("les plaintes")
    assert speaker(out, 0) is None and speaker(out, 1) is None
    out = fr("Mme Claire Dubois a visité le gymnase. Une porte-parole de la mairie, Julie Marin, a dressé le bilan. "
             "« Tout le monde est logé », a-t-elle dit.")
    assert speaker(out)["name"] == "Julie Marin"


def test_a_role_held_in_a_compound_place_is_not_the_one_held_in_its_first_part():
    out = fr("La préfète de la Loire, Anne Roche, a estimé que la rivière avait « atteint son pic ». À Nantes, "
             "Julie Massin a fermé deux ponts. « Rien ne rouvrira avant jeudi », a souligné la préfète de la "
             "Loire-Atlantique.")
    assert speaker(out, 1)["name"] == "Julie Massin"


def test_a_role_word_that_qualifies_another_is_not_the_role():
    out = fr("« Nous soutenons les salariés », a dit la ministre déléguée chargée du Commerce, Claire Vautrin. "
             "La déléguée CFDT a estimé que la grève restait « légitime ».")
    assert speaker(out, 1) is None
    out = fr("« Nous tiendrons les délais », a assuré le directeur général du chantier, Marc Olier. Le général a "
             "confirmé que les soldats resteraient « jusqu'à dimanche ».")
    assert speaker(out, 1) is None


def test_who_interrupts_a_speaker_in_court_speaks():
    out = fr("Le juge, Marc Lefort, a ouvert l'audience. Paul Durand a pris la parole : « Je n'ai rien volé ». "
             "« Répondez seulement à la question », l'a interrompu le juge.")
    assert speaker(out, 1)["name"] == "Marc Lefort"
    out = fr("Paul Durand a pris la parole. « Je n'ai rien volé », dit-il. « Monsieur Durand, un peu de calme », "
             "l'interrompt la présidente, Anne Roux.")
    assert out["quotes"][1]["text"] == "Monsieur Durand, un peu de calme"
    assert speaker(out, 1)["name"] == "Anne Roux"


def test_a_relative_clause_or_a_gerund_after_a_role_is_not_part_of_it():
    _, second = blog("La préfète du Gard, Julie Massin, a fait le point. « Les digues tiennent », a-t-elle dit.",
                         "Le maire d'Alès, Paul Roux, a ouvert un gymnase. La préfète, qui l'accompagnait, a indiqué "
                         "que des renforts arriveraient « dans la soirée ».")
    assert speaker(second)["name"] == "Julie Massin"
    *_, last = blog("La présidente de la cour, Anne Roux, a ouvert l'audience à 9 heures. Paul Durand a nié les faits.",
                    "L'audience reprendra lundi. Le verdict sera rendu en mai, a précisé la présidente en quittant la "
                    "salle.")
    assert speaker(last)["name"] == "Anne Roux"


def test_celui_ci_is_the_person_named_last_when_a_name_ends_the_sentence_before():
    out = fr("Deux élus siègent au comité : Paul Roux et Claire Dubois, adjointe aux sports. Avant la séance, "
             "celle-ci s'est montrée confiante : « Nous aurons un accord ce soir ».")
    assert speaker(out)["name"] == "Claire Dubois"
    out = fr("Claire Dubois a rencontré Paul Roux, le président du club. Celui-ci a affirmé que les travaux "
             "commenceraient « en juin ».")
    assert speaker(out)["name"] == "Paul Roux"
    assert speaker(fr("Paul Roux a lu le rapport. Celui-ci indique que le site est « menacé ».")) is None


def test_an_apposition_after_selon_stops_before_a_quotation():
    out = fr("Selon une élue de la majorité, « personne ne s'y attendait » la démission de Paul Martin, "
             "« même si le climat était lourd depuis l'été ».")
    assert [(q["kind"], q["speaker"]) for q in out["quotes"]] == [("mixed", None)]
    assert out["quotes"][0]["text"].startswith("« personne ne s'y attendait » la démission de Paul Martin")


def test_a_role_never_holds_a_quotation():
    from liveline.intel.context import Speaker
    assert Speaker("Paul Martin", "élu du MR, « xxxxx xxx »").role == "élu du MR"
    assert Speaker("Paul Martin", "« xxxxx »").role is None
    s = Speaker("Paul Martin")
    s.role = "maire de Namur « xxx » xx"
    assert s.role == "maire de Namur"


def test_an_organisation_that_warns_is_the_one_its_common_noun_names_next():
    out = fr("La CFDT salue « un geste fort » du gouvernement. De son côté, la Confédération des petites et moyennes "
             "entreprises (CPME) met en garde contre « une hausse brutale des charges ». L'organisation patronale "
             "estime que « les entreprises paieront ».")
    cpme = "Confédération des petites et moyennes entreprises"
    assert [speaker(out, i)["name"] for i in range(3)] == ["CFDT", cpme, cpme]


def test_an_elided_reflexive_speech_verb_names_its_own_subject():
    out = fr("Le maire de Lorient, Paul Roux, a visité le port. « Les quais ont tenu », a-t-il dit. « Les récoltes "
             "sont perdues pour moitié », s'inquiète pour sa part la coopérative.")
    assert [speaker(out, i) and speaker(out, i)["name"] for i in range(2)] == ["Paul Roux", None]
    out = fr("« Le budget ne suffira pas », s'alarme Claire Dubois.")
    assert speaker(out)["name"] == "Claire Dubois"


def test_an_organisations_update_or_statement_is_its_word():
    out = fr("Selon un communiqué de la SNCF, le trafic reprendra demain entre Rennes et Brest.")
    assert speaker(out)["name"] == "SNCF"
    assert speaker(fr("Selon le bilan des secours, trois personnes sont mortes dans la nuit.")) is None


def test_selon_after_the_answer_label_of_a_question_reports():
    *_, last = blog("Question d'un lecteur : la piscine rouvrira-t-elle samedi ?\n\nRéponse : selon le maire de "
                    "Lorient, Paul Roux, les bassins seront vidés et nettoyés avant la fin du mois.")
    assert [(q["kind"], q["speaker"]["name"]) for q in last["quotes"]] == [("indirect", "Paul Roux")]


def test_the_document_or_the_language_after_an_inverted_subject_is_not_part_of_it():
    out = fr("La rencontre est reportée à dimanche, a annoncé la Fédération française de football (FFF) dans un "
             "communiqué.")
    assert speaker(out)["name"] == "Fédération française de football"
    out = fr("Le Suisse Marco Keller a remporté l'étape devant Paul Roux. « C'est la plus belle victoire de ma "
             "carrière », a déclaré le Suisse en allemand à la radio SRF.")
    assert speaker(out)["name"] == "Marco Keller"


def test_a_party_label_names_the_subject_that_just_spoke_without_quotes():
    text = ("« Nous voterons contre », a déclaré Anne Martin. Paul Roux, président du parti Horizon, a {}. "
            "Le centriste estime qu'il est « encore possible de trouver un accord ».")
    assert speaker(fr(text.format("appelé au calme")), 1)["name"] == "Paul Roux"
    assert speaker(fr(text.format("voté la motion")), 1) is None


def test_an_inverted_subject_with_a_described_name_in_apposition():
    out = fr("« Le titre est encore jouable », juge notre chroniqueur, l'ancien gardien Marc Dupont.")
    assert speaker(out)["name"] == "Marc Dupont"
    assert speaker(fr("« Le titre est encore jouable », a déclaré l'entraîneur, la veille du match.")) is None


def test_a_kind_of_body_before_a_name_the_model_took_for_a_place_makes_it_speak():
    out = fr("Dans un communiqué, la formation Sierra-Norte annonce qu'elle « ne fera pas appel » de la sanction.")
    assert speaker(out)["name"] == "Sierra-Norte"
    assert speaker(fr("Le club Bretagne a indiqué qu'il « respecte le règlement » du championnat.")) is None


def test_a_surname_with_an_apostrophe_inside_is_not_cut_at_it():
    # The tokenizer cuts "Kerjean'h" into "Kerjean'" + "h", and the model then stops the name at the apostrophe or
    # keeps only the first name: the surname is the name's end, straight or curly.
    for mark in ("'", "’"):
        for name in (f"Marie Kerjean{mark}h", f"Gwenola Quéré{mark}h"):
            out = fr(f"« Les travaux reprendront lundi », a annoncé la préfète, {name}, devant la presse.")
            assert speaker(out)["name"] == name.replace("’", "'")
            out = fr(f"« Les travaux reprendront lundi », a annoncé {name}.")
            assert speaker(out)["name"] == name.replace("’", "'")


def test_what_a_role_is_held_at_is_not_who_speaks():
    # The model reads the company after "d'" as a person: the role's holder speaks, whom the post named before.
    out = fr("Paul Roux a quitté la direction mardi. L'ancien patron d'Ostralis a affirmé qu'il ferait appel.")
    assert speaker(out)["name"] == "Paul Roux"
    assert speaker(out)["role"] == "patron d'Ostralis"
    *_, last = blog("Le groupe Ostralis et son ancien directeur, Paul Roux, sont poursuivis.",
                    "Paul Roux a rompu le silence. Dans un message, le dirigeant d'Ostralis dit « regretter » la "
                    "décision.")
    assert speaker(last)["name"] == "Paul Roux"
    # Nobody named holds it: no speaker, rather than the company with a role "patron d'".
    assert speaker(fr("Le patron d'Ostralis a affirmé qu'il ferait appel.")) is None
    # A name in apposition still speaks, and so does nobody for the spokesman of someone.
    out = fr("Le patron d'Ostralis, Paul Roux, a affirmé qu'il ferait appel.")
    assert speaker(out) == {"name": "Paul Roux", "role": "patron d'Ostralis"}


def test_a_pronoun_after_a_role_held_at_a_company_is_the_role_holder():
    out = fr("Paul Roux a quitté la direction mardi. Dans un message, l'ancien patron d'Ostralis dit « regretter » "
             "la décision. « Nous allons relire le jugement », écrit-il.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Paul Roux", "Paul Roux"]


def test_a_name_in_apposition_to_the_opening_phrase_is_a_subject_after_an_unnamed_speaker():
    out = fr("Le chantier a pris du retard, confie un ouvrier. La directrice du site, Julie Moreau, est arrivée vers "
             "midi. « Nous rattraperons le temps perdu », a-t-elle assuré.")
    assert speaker(out, 1)["name"] == "Julie Moreau"
    # Not a name the sentence of someone else is about: the pronoun is still the unnamed speaker.
    out = fr("Le chantier a pris du retard, confie une ouvrière. Elle a croisé la directrice du site, Julie Moreau, "
             "vers midi. « Nous rattraperons le temps perdu », a-t-elle assuré.")
    assert speaker(out, 1) is None


def test_railler_is_a_speech_verb():
    out = fr("« Ce budget est un bricolage », a raillé la présidente du groupe, Anne Morel, sur X. Elle a annoncé "
             "qu'elle voterait contre.")
    assert [q["kind"] for q in out["quotes"]] == ["direct", "indirect"]
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Anne Morel", "Anne Morel"]
    assert speaker(fr("« Encore une promesse », raille le député Paul Roux."))["name"] == "Paul Roux"


def test_an_opening_participle_in_uit_or_is_is_no_name():
    # "Reconduite", "Promise" open their sentence (or paragraph) before their complement, like "Réélue": the model's
    # name is a verb, and the role subject after it is the person the post named.
    for lead in ("Reconduite à la Santé", "Promise au poste depuis l'été"):
        for gap in (" ", "\n\n"):
            out = fr(f"Sophie Garnier présente son plan.{gap}{lead}, la ministre a affirmé que les urgences seraient "
                     "« renforcées ».")
            assert speaker(out)["name"] == "Sophie Garnier"


def test_a_speech_participle_with_an_object_in_marks_quotes_the_subject():
    out = fr("« Nous ferons appel », a déclaré Me Paul Roux devant le palais, dénonçant une peine « hors de proportion "
             "avec les faits ».")
    assert [q["kind"] for q in out["quotes"]] == ["direct", "mixed"]
    assert out["quotes"][1]["text"] == "une peine « hors de proportion avec les faits »"
    assert speaker(out, 1)["name"] == "Paul Roux"
    # A name in marks, or a word or two, is no quote.
    assert fr("Le ministre a visité l'usine, évoquant le « Grand Paris Express ».")["quotes"] == []
    assert fr("Le ministre a visité l'usine, évoquant un projet « fou ».")["quotes"] == []


def test_a_lowercase_description_is_the_one_person_the_post_made_a_subject():
    out = fr("Julien Marchand a signé un doublé face à Nantes. « On a enfin trouvé la faille », a lancé le buteur.")
    assert speaker(out)["name"] == "Julien Marchand"


def test_a_description_with_a_complement_after_a_nationality_subject_is_that_person():
    out = fr("Léa Fontaine a dominé la descente. La Lyonnaise a devancé toutes ses rivales de plus d'une seconde. "
             "« Je n'y croyais plus après ma chute », a confié la championne du monde à l'arrivée.")
    assert speaker(out)["name"] == "Léa Fontaine"


def test_a_lowercase_description_after_two_people_names_nobody():
    out = fr("Julien Marchand a devancé Hugo Perrin au sprint. « On a enfin trouvé la faille », a lancé le buteur.")
    assert speaker(out) is None


def test_a_description_after_a_passive_subject_names_nobody():
    out = fr("Julien Marchand a été interpellé samedi à Lyon. « Il n'a opposé aucune résistance », a précisé "
             "l'enquêteur.")
    assert speaker(out) is None


def test_a_description_of_the_other_gender_names_nobody():
    out = fr("Julien Marchand a signé un doublé face à Nantes. « On a enfin trouvé la faille », a lancé la buteuse.")
    assert speaker(out) is None


def test_a_bare_role_is_not_the_person_its_quote_speaks_of():
    out = fr("Hugo Lambert a dévoilé mardi la liste des joueurs convoqués. Théo Martin fait son retour. "
             "« Théo est prêt, il n'y avait aucune raison de l'écarter », a expliqué le sélectionneur.")
    assert speaker(out) == {"name": "Hugo Lambert", "role": "sélectionneur"}


def test_a_bare_role_after_two_people_its_quote_does_not_name_names_nobody():
    out = fr("Hugo Lambert a dévoilé mardi la liste des joueurs convoqués. Théo Martin fait son retour. "
             "« Le groupe est prêt, il n'y avait aucune raison d'attendre », a expliqué le sélectionneur.")
    assert speaker(out) is None


def test_a_role_with_a_possessive_is_not_the_person_just_named():
    # "son directeur sportif" is the rider's director, someone else: nobody rather than the rider.
    out = fr("Marc Dufresne a promis d'attaquer dans les Alpes. « Tout reste possible », prévient son directeur "
             "sportif.")
    assert speaker(out, 1) is None
    # Guard: without the possessive a role with words of its own still renames the person just named.
    out = fr("Marc Dufresne a promis d'attaquer dans les Alpes. « Tout reste possible », prévient le leader de "
             "l'équipe.")
    assert speaker(out, 1)["name"] == "Marc Dufresne"


def test_a_gerund_after_an_inverted_subject_is_not_who_speaks():
    # Whom the speaker took the prize from, in a gerund clause, is not the speaker.
    out = fr("Le jury a couronné le film de Marc Dufresne. « La liberté compte avant tout », a lancé le cinéaste "
             "québécois en recevant le trophée des mains de Julia Roberts.")
    assert (speaker(out) or {}).get("name") != "Julia Roberts"
    # Guard: "en tant que" is a role, not a gerund, and the name before it still speaks.
    out = fr("« La liberté compte avant tout », a lancé Paul Roux en tant que président du jury.")
    assert speaker(out)["name"] == "Paul Roux"


def test_a_town_the_model_took_for_a_person_is_not_the_speaker_of_a_lone_quote():
    # The learned fallback named "Laval", where the witness comes from: nobody named speaks.
    out = fr("Témoin suivant, une commerçante de Laval a raconté avoir perdu 9 000 euros. « Il connaissait le nom de "
             "mon fils. »")
    assert all(q["speaker"] is None or q["speaker"]["name"] != "Laval" for q in out["quotes"])
    # Guard: a lone word after "de" that an apposition describes is a person, and "elle" is her.
    out = fr("Des centaines de personnes ont marché à l'appel de Nawel, la sœur de la victime. Debout sur un banc, "
             "elle a remercié la foule. « Nous voulons la vérité », a-t-elle lancé.")
    assert speaker(out)["name"] == "Nawel"


def test_a_name_after_a_trade_and_de_is_where_the_trade_is_held_not_who_speaks():
    out = fr("Une infirmière de Vouziers a raconté la nuit du drame : « Personne ne répondait. »")
    assert speaker(out) is None
    # Guard: a name in apposition after the trade is its holder.
    out = fr("L'infirmière de garde, Claire Morel, a raconté la nuit du drame : « Personne ne répondait. »")
    assert speaker(out)["name"] == "Claire Morel"


def test_a_person_an_institution_is_named_for_is_not_who_il_means():
    out = fr("L'Assemblée débat du budget préparé par le gouvernement Verhaegen. Le ministre des Finances, Koen Maes, "
             "a défendu devant les députés un budget « sobre et juste pour chaque ménage ». « Chaque euro doit "
             "servir », a-t-il insisté.")
    assert (speaker(out, 1) or {}).get("name") != "Verhaegen"
    # Guard: a title before a name is no institution, and "il" is still him.
    out = fr("Le président Paul Verhaegen a visité l'usine de Gand. « Chaque emploi compte », a-t-il insisté.")
    assert speaker(out)["name"] == "Paul Verhaegen"


def test_sir_and_a_first_name_are_the_one_person_the_post_named_in_full():
    out = fr("Le Premier ministre britannique, Sir Alistair Penhallow, a reçu le chancelier ce lundi. "
             "« Nous avançons ensemble », a déclaré Sir Alistair en conférence de presse.")
    assert speaker(out)["name"] == "Alistair Penhallow"


def test_a_name_with_several_given_names_and_a_particle_in_apposition_to_a_role_speaks():
    out = fr("Le président angolais, Xavi Inácio Moura da Silva, a parlé d'un accord « historique ».")
    assert speaker(out) == {"name": "Xavi Inácio Moura da Silva", "role": "président angolais"}


def test_a_name_in_apposition_the_model_read_in_part_is_the_whole_name():
    out = fr("La présidente, Ana Paula Ribeiro da Costa, a estimé que le texte était « équilibré ».")
    assert speaker(out) == {"name": "Ana Paula Ribeiro da Costa", "role": "présidente"}


def test_a_name_in_apposition_may_hold_dos_before_its_last_word():
    out = fr("Le président angolais, Luiz Tomás Nunes dos Santos, a parlé d'un accord « historique ».")
    assert speaker(out) == {"name": "Luiz Tomás Nunes dos Santos", "role": "président angolais"}


def test_a_title_before_a_name_in_apposition_is_not_part_of_the_name():
    out = fr("Aux yeux de l'avocate de Paul Roux, Me Julie Martin, son client « a accueilli la décision avec calme ».")
    assert speaker(out) == {"name": "Julie Martin", "role": "avocate de Paul Roux"}
    assert {"text": "Me Julie Martin", "type": "person", "canonical": "Me Julie Martin"} not in out["entities"]


def test_a_name_right_after_the_place_that_ends_a_role_speaks():
    out = fr("La sénatrice de la Manche Claire Vasseur a estimé que la réforme était « bâclée ».")
    assert speaker(out) == {"name": "Claire Vasseur", "role": "sénatrice de la Manche"}


def test_un_label_avant_les_deux_points_donne_la_citation_au_nom_avant_ses_circonstances():
    *_, last = blog("Le directeur de la carrière, Julien Mercadier, a reçu les inspecteurs avec le syndicaliste "
                    "Marc Drouet.",
                    "Drouet sur les effectifs : « Il manque au moins trente postes dans ce service. »")
    assert speaker(last)["name"] == "Marc Drouet"
