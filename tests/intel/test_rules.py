"""Each extraction rule on small examples: quotes and speakers, entities, dates, figures, duplicates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveline import intel
from liveline.intel import nlp
from tests.intel.helpers import MONDAY, en, fr, speaker

# Quotes and speakers


def test_direct_quote_with_inverted_attribution_and_role_before_the_name():
    out = fr("« Nous ne céderons pas », a déclaré le secrétaire général de l'Otan Mark Rutte mardi à Bruxelles.")
    assert out["quotes"] == [{"text": "Nous ne céderons pas", "kind": "direct",
                              "speaker": {"name": "Mark Rutte", "role": "secrétaire général de l'Otan"}}]


def test_role_in_an_apposition_after_the_name():
    out = fr("Kaja Kallas, la cheffe de la diplomatie européenne, estime que Moscou « se moque » des efforts de paix.")
    assert out["quotes"][0]["kind"] == "mixed"
    assert speaker(out) == {"name": "Kaja Kallas", "role": "cheffe de la diplomatie européenne"}


def test_english_curly_and_straight_quotes():
    out = en("“We are in a new era,” UK Prime Minister Keir Starmer said. "
             "\"Russia must agree to a ceasefire,\" he added.")
    assert [q["text"] for q in out["quotes"]] == ["We are in a new era", "Russia must agree to a ceasefire"]
    assert all(q["kind"] == "direct" for q in out["quotes"])
    assert speaker(out, 1)["name"] == "Keir Starmer"


def test_indirect_speech_with_que():
    out = fr("Le président ukrainien Volodymyr Zelensky a affirmé que la Russie préparait une nouvelle offensive.")
    assert out["quotes"][0]["kind"] == "indirect"
    assert out["quotes"][0]["text"] == "la Russie préparait une nouvelle offensive"
    assert speaker(out) == {"name": "Volodymyr Zelensky", "role": "président ukrainien"}


def test_selon_and_according_to():
    out = fr("Selon le Kremlin, les discussions reprendront la semaine prochaine.")
    assert out["quotes"][0]["text"] == "les discussions reprendront la semaine prochaine"
    assert speaker(out)["name"] == "Kremlin"
    out = en("Talks will resume next week, according to the Kremlin.")
    assert out["quotes"][0]["text"] == "Talks will resume next week"
    assert speaker(out)["name"] == "Kremlin"


def test_mixed_quote_is_the_reported_clause():
    out = fr("Emmanuel Macron a dénoncé des frappes « ignobles » contre des civils.")
    assert out["quotes"] == [{"text": "des frappes « ignobles » contre des civils", "kind": "mixed",
                              "speaker": {"name": "Emmanuel Macron", "role": None}}]


def test_inverted_indirect_attribution_without_quote_marks():
    out = fr("La situation est sous contrôle dans la ville, a assuré le maire Ihor Terekhov.")
    assert out["quotes"][0] == {"text": "La situation est sous contrôle dans la ville", "kind": "indirect",
                                "speaker": {"name": "Ihor Terekhov", "role": "maire"}}


def test_pronoun_resolved_across_posts_of_one_blog():
    blog = intel.BlogContext()
    fr("« Nous avons besoin de défense aérienne », a déclaré la Première ministre Ioulia Svyrydenko.", blog)
    later = fr("« Chaque jour compte », a-t-elle ajouté.", blog)
    assert speaker(later)["name"] == "Ioulia Svyrydenko"
    blog = intel.BlogContext()
    en("Kaja Kallas will travel to Kyiv on Thursday.", blog)
    out = en("She has accused Moscow of \"mocking\" peace efforts.", blog)
    assert speaker(out)["name"] == "Kaja Kallas"


def test_pronoun_skips_a_speaker_of_the_other_gender():
    blog = intel.BlogContext()
    fr("« Nous tiendrons », a déclaré la ministre Ioulia Svyrydenko. « Nous aussi », a répondu M. Denys Chmyhal.", blog)
    out = fr("« La défense aérienne d'abord », a-t-elle insisté.", blog)
    assert speaker(out)["name"] == "Ioulia Svyrydenko"


def test_role_resolved_from_the_newsroom_list_and_recent_speakers():
    blog = intel.BlogContext(known=[intel.KnownName("Mark Rutte", "person", aliases=["Rutte"],
                                                    roles=["secrétaire général de l'Otan"], gender="m")])
    out = fr("Le chef de l'Alliance atlantique a estimé que la paix était encore loin.", blog)
    assert speaker(out)["name"] == "Mark Rutte"
    blog = intel.BlogContext()
    en("\"We will not back down,\" US President Donald Trump said.", blog)
    out = en("\"It was a very good call,\" the president said.", blog)
    assert speaker(out)["name"] == "Donald Trump"


def test_unsure_means_no_speaker():
    blog = intel.BlogContext()
    fr("« Nous ne céderons pas », a déclaré Mark Rutte.", blog)
    # An unnamed spokesman spoke last: "il" is him, not Mark Rutte.
    out = fr("Le porte-parole de l'armée a annoncé une opération « ciblée ». Il a assuré que les civils "
             "avaient été prévenus.", blog)
    assert [q["speaker"] for q in out["quotes"]] == [None, None]
    # The office of a person is not that person.
    out = en("Prime Minister Benjamin Netanyahu's office said the strikes were ordered after Hamas refused "
             "to release hostages.")
    assert speaker(out) is None
    # Nobody named.
    assert speaker(fr("Au moins 20 morts, selon les secours.")) is None


def test_names_and_titles_in_quote_marks_are_not_quotes():
    out = fr("L'opération « Tempête de l'Est » a commencé à l'aube.")
    assert out["quotes"] == []


# Entities


def test_aliases_are_normalised_to_one_entry_per_real_thing():
    out = fr("L'OTAN et l'Otan se réunissent à Kiev. À Soumy, la NATO... pardon, l'Alliance est attendue.")
    canon = {(e["canonical"], e["type"]) for e in out["entities"]}
    assert ("NATO", "organisation") in canon and ("Kyiv", "place") in canon and ("Sumy", "place") in canon
    assert sum(1 for e in out["entities"] if e["canonical"] == "NATO") == 1
    out = en("Kyiv and Sumy were hit overnight, Nato said.")
    assert {e["canonical"] for e in out["entities"]} >= {"Kyiv", "Sumy", "NATO"}


def test_a_speaking_agency_takes_the_lists_name_in_both_languages():
    # The guide names a body that speaks by the list's canonical name, whichever language the post uses.
    out = fr("« Le lanceur a rempli sa mission », a indiqué l'Agence spatiale européenne lundi soir.")
    assert speaker(out) == {"name": "European Space Agency", "role": None}
    out = en('"The launcher did its job," the European Space Agency said on Monday evening.')
    assert speaker(out) == {"name": "European Space Agency", "role": None}


def test_newsroom_names_and_surnames_take_the_full_name():
    blog = intel.BlogContext(known=[intel.KnownName("Oleh Synehoubov", "person", aliases=["Synehoubov"])])
    out = fr("Synehoubov a confirmé que deux drones avaient été abattus.", blog)
    assert out["entities"][0]["canonical"] == "Oleh Synehoubov"
    out = fr("Dmitri Peskov a parlé à la presse. Peskov a ensuite refusé de répondre.")
    assert [e["canonical"] for e in out["entities"] if e["type"] == "person"] == ["Dmitri Peskov"]


def test_without_a_model_the_rules_still_run(monkeypatch):
    monkeypatch.setattr(nlp, "pipeline", lambda lang: None)
    monkeypatch.setattr(intel, "pipeline", lambda lang: None)
    out = fr("« Nous ne céderons pas », a déclaré Mark Rutte à Kiev dimanche. Au moins 35 civils tués à Soumy.")
    assert set(out) == {"quotes", "entities", "dates", "figures"}
    assert {e["canonical"] for e in out["entities"]} >= {"Kyiv", "Sumy"}
    assert out["dates"] == [{"text": "dimanche", "date": "2025-04-13"}]
    assert out["figures"][0]["value"] == 35


def test_status_says_which_model_runs():
    state = intel.status("fr")
    assert state["model"] == "fr_core_news_sm" and state["loaded"] is True


# Dates


@pytest.mark.parametrize(("text", "expected"), [
    ("Le sommet s'est tenu mardi.", ("mardi", "2025-04-08")),
    ("Le sommet se tiendra mardi.", ("mardi", "2025-04-15")),
    ("Les frappes ont repris hier.", ("hier", "2025-04-13")),
    ("Il est arrivé lundi dernier.", ("lundi dernier", "2025-04-07")),
    ("Il est arrivé dimanche dernier.", ("dimanche dernier", "2025-04-13")),
    ("Il reviendra mardi prochain.", ("mardi prochain", "2025-04-15")),
    ("Ils se sont parlé lundi soir.", ("lundi soir", "2025-04-14")),
    ("La trêve avait commencé le 4 avril.", ("le 4 avril", "2025-04-04")),
    ("La ville est assiégée depuis 35 jours.", ("depuis 35 jours", "2025-03-10")),
    ("Elle est encerclée depuis trente-cinq jours.", ("depuis trente-cinq jours", "2025-03-10")),
    ("L'attaque a eu lieu il y a trois jours.", ("il y a trois jours", "2025-04-11")),
    ("Le forum se tiendra du 3 au 5 mai.", ("du 3 au 5 mai", "2025-05-03/2025-05-05")),
    ("Les négociations ont échoué la semaine dernière.", ("la semaine dernière", "2025-04-07/2025-04-13")),
])
def test_french_dates(text, expected):
    assert (d := fr(text)["dates"]) and (d[0]["text"], d[0]["date"]) == expected


def test_days_after_a_date_of_the_post():
    out = fr("L'accord a été signé le 4 avril. Trois jours plus tard, les combats ont repris.")
    assert out["dates"][1] == {"text": "Trois jours plus tard", "date": "2025-04-07"}
    out = en("The deal was signed on April 4. Three days later, fighting resumed.")
    assert out["dates"][1] == {"text": "Three days later", "date": "2025-04-07"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The strikes resumed yesterday.", ("yesterday", "2025-04-13")),
    ("He arrived last Monday.", ("last Monday", "2025-04-07")),
    ("He will be back next Tuesday.", ("next Tuesday", "2025-04-15")),
    ("They spoke on Monday night.", ("Monday night", "2025-04-14")),
    ("The summit was held on Saturday.", ("Saturday", "2025-04-12")),
    ("The summit will open on Thursday.", ("Thursday", "2025-04-17")),
    ("The truce began on April 4.", ("April 4", "2025-04-04")),
    ("The city has been besieged for 35 days.", ("for 35 days", "2025-03-10")),
    ("It happened three days ago.", ("three days ago", "2025-04-11")),
])
def test_english_dates(text, expected):
    assert (d := en(text)["dates"]) and (d[0]["text"], d[0]["date"]) == expected


def test_dates_are_days_of_the_blog_time_zone():
    # 23:30 UTC on Sunday is already Monday in Kyiv: "hier" is Sunday there.
    late = datetime(2025, 4, 13, 23, 30, tzinfo=ZoneInfo("UTC"))
    out = intel.extract("Les frappes ont repris hier.", lang="fr", published=late, timezone="Europe/Kyiv")
    assert out["dates"][0]["date"] == "2025-04-13"
    out = intel.extract("Les frappes ont repris hier.", lang="fr", published=late, timezone="America/New_York")
    assert out["dates"][0]["date"] == "2025-04-12"


# Figures


def test_figure_with_qualifier_category_place_and_date():
    out = fr("Au moins 35 civils tués à Soumy dimanche.")
    assert out["figures"] == [{"text": "Au moins 35 civils tués", "value": 35, "bound": "at_least",
                               "category": "killed", "place": "Sumy", "date": "2025-04-13"}]


def test_approximation_and_subset():
    out = fr("Une vingtaine de morts dont neuf enfants à Kharkiv.")
    assert [(f["value"], f["bound"], f["category"]) for f in out["figures"]] == [(20, "about", "killed"),
                                                                                   (9, "exact", "killed")]


@pytest.mark.parametrize(("text", "value", "bound", "category"), [
    ("Trente-cinq personnes ont été blessées.", 35, "exact", "injured"),
    ("Le bilan s'élève à 1\u202f200 morts.", 1200, "exact", "killed"),
    ("Environ 153\u00a0000 personnes ont été évacuées.", 153000, "about", "evacuated"),
    ("Plus de 30 000 habitants évacués.", 30000, "at_least", "evacuated"),
    ("At least 1,200 people were wounded.", 1200, "at_least", "injured"),
    ("About 20 people have been arrested for looting.", 20, "about", "arrested"),
    ("Russia launched two hundred and six drones overnight.", 206, "exact", "drones"),
    ("The death toll has passed 470.", 470, "at_least", "killed"),
])
def test_figure_forms(text, value, bound, category):
    lang = "en" if text.isascii() and " the " in f" {text.lower()} " or text.startswith(("At", "About", "Russia")) \
        else "fr"
    figures = intel.extract(text, lang=lang, published=MONDAY, timezone="Europe/Paris")["figures"]
    assert [(f["value"], f["bound"], f["category"]) for f in figures] == [(value, bound, category)]


def test_not_figures():
    assert fr("En 2022, la participation était de 47 % et le budget de 3 millions d'euros.")["figures"] == []
    assert fr("Des dizaines de familles ont fui.")["figures"] == []


# Near-duplicates


def test_duplicate_update_and_different():
    earlier = [
        (101, "Au moins 35 civils ont été tués à Soumy dimanche, selon le ministère de l'Intérieur."),
        (102, "Emmanuel Macron a dénoncé des frappes « ignobles »."),
    ]
    same = intel.compare("Selon le ministère de l'Intérieur, au moins 35 civils ont été tués dimanche à Soumy.",
                         earlier)
    assert [(r["post"], r["label"]) for r in same] == [(101, "duplicate")]
    update = intel.compare("Au moins 41 civils ont été tués à Soumy dimanche, selon le ministère de l'Intérieur.",
                           earlier)
    assert [(r["post"], r["label"], r["changed"]) for r in update] == [(101, "update", [[35, 41]])]
    assert intel.compare("Le maire de Kharkiv annonce un couvre-feu.", earlier) == []
    assert intel.classify("Une trentaine de personnes arrêtées.", "Une vingtaine de personnes arrêtées.") == "update"


# Speakers on unseen blogs: each rule that made them generalise


def test_gender_comes_from_the_words_about_the_person_not_an_organisation():
    # "la" belongs to "la Generalitat": Carlos Mazón stays a man, so a later "il" is him.
    blog = intel.BlogContext()
    fr("« C'est une tragédie », a déclaré le président de la Generalitat valencienne, Carlos Mazón.", blog)
    later = fr("Il a ajouté que les secours avaient été « débordés » pendant la nuit.", blog)
    assert speaker(later)["name"] == "Carlos Mazón"


def test_a_leading_adverbial_before_an_apposed_subject():
    out = fr("Sur place, la ministre de la Défense, Margarita Robles, a reconnu que l'accès restait "
             "« extrêmement difficile ».")
    assert out["quotes"][0]["text"] == "l'accès restait « extrêmement difficile »"
    assert speaker(out) == {"name": "Margarita Robles", "role": "ministre de la Défense"}


def test_a_pronoun_after_a_role_subject_is_that_role_or_nobody():
    blog = intel.BlogContext()
    fr("Le roi Felipe VI s'est dit « bouleversé » par les images.", blog)
    fr("Selon le ministre de l'Intérieur, Fernando Grande-Marlaska, 1 000 agents sont déployés.", blog)
    out = fr("Le roi est resté sur place. « Je comprends votre colère », a-t-il lancé.", blog)
    assert speaker(out)["name"] == "Felipe VI"
    # A role nobody can be tied to: no speaker, not the minister who spoke last.
    out = fr("Le chef des pompiers a inspecté le pont. « Il tiendra », a-t-il assuré.", blog)
    assert speaker(out) is None


def test_a_name_inside_the_quote_does_not_speak():
    out = en("US President Donald Trump ordered flags to fly at half-staff. \"Rest in peace, Pope Francis!\" "
             "he wrote on Truth Social.")
    assert out["quotes"][0]["kind"] == "direct"
    assert speaker(out)["name"] == "Donald Trump"


def test_capitalised_common_words_opening_a_sentence_are_not_places():
    assert fr("Nouvelle évacuation à Mayotte.")["entities"] == [
        {"text": "Mayotte", "type": "place", "canonical": "Mayotte"}]
    assert fr("Panique dans les rues de Marseille.")["entities"] == [
        {"text": "Marseille", "type": "place", "canonical": "Marseille"}]
    assert en("Tributes poured in from London.")["entities"] == [
        {"text": "London", "type": "place", "canonical": "London"}]
    assert fr("Le roi est resté sur place.")["entities"] == []
    # A place that is the subject of the verb after it stays a place.
    assert fr("Nice a été durement touchée par les intempéries.")["entities"] == [
        {"text": "Nice", "type": "place", "canonical": "Nice"}]


def test_collective_sources_are_quotes_without_a_speaker():
    # The guide: "selon les secours", "officials said" name nobody; a named organisation speaks.
    out = fr("Au moins 30 personnes sont toujours portées disparues, selon les autorités locales.")
    assert out["quotes"][0]["text"] == "Au moins 30 personnes sont toujours portées disparues"
    assert speaker(out) is None
    assert speaker(en("Officials said the body would lie in state from Wednesday.")) is None


def test_the_head_of_an_executive_is_its_president_of_either_gender():
    blog = intel.BlogContext()
    fr("Le président du gouvernement espagnol, Pedro Sánchez, a promis « toute l'aide nécessaire ».", blog)
    out = fr("Le chef de l'exécutif espagnol a réuni un comité de crise. « Nous ne laisserons personne seul », "
             "a-t-il promis.", blog)
    assert speaker(out)["name"] == "Pedro Sánchez"
    out = fr("La présidente de la Commission européenne, Ursula von der Leyen, a assuré que l'Europe était "
             "« prête à aider ». La cheffe de l'exécutif européen a précisé que le fonds de solidarité pourrait "
             "être mobilisé.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Ursula von der Leyen"] * 2


def test_a_surname_the_blog_knows_is_a_person_not_a_place():
    blog = intel.BlogContext()
    fr("Pedro Sánchez a décrété trois jours de deuil national.", blog)
    out = fr("« Nous reconstruirons chaque maison », a promis le président Sánchez en visitant Paiporta.", blog)
    assert speaker(out)["name"] == "Pedro Sánchez"
    assert ("Pedro Sánchez", "person") in {(e["canonical"], e["type"]) for e in out["entities"]}


def test_organisations_and_titles_speak_and_are_named_without_their_article():
    assert speaker(en("The Coast Guard said it had rescued a man off Tampa Bay."))["name"] == "Coast Guard"
    out = en("Pope Francis has died at the age of 88, the Vatican said on Monday morning.")
    assert speaker(out)["name"] == "Vatican"
    assert ("Francis", "person") in {(e["canonical"], e["type"]) for e in out["entities"]}
    blog = intel.BlogContext()
    out = en("Cardinal Kevin Farrell announced that Francis had died at his residence. \"He taught us to live the "
             "Gospel,\" the cardinal said.", blog)
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Kevin Farrell"] * 2


def test_object_pronouns_speak_only_alone():
    blog = intel.BlogContext()
    fr("« On ne lâchera pas », lance au micro Éric Gingras, président de la CSQ.", blog)
    out = fr("Selon lui, le gouvernement « joue la montre » depuis des mois.", blog)
    assert speaker(out)["name"] == "Éric Gingras"
    out = en("EU foreign policy chief Kaja Kallas will travel to Kyiv on Thursday, her office said.")
    assert speaker(out) is None


def test_a_role_does_not_run_on_into_the_next_clause():
    blog = intel.BlogContext()
    en("Cardinal Robert Prevost, an American, has been elected pope.", blog)
    # "The archbishop of Chicago said" is not a role of Prevost, so the archbishop is nobody we know.
    out = en("The archbishop of Chicago said Prevost had \"never forgotten where he came from\".", blog)
    assert speaker(out) is None
    out = fr("« Nous tiendrons », a affirmé Bruno Retailleau, ministre de l'Intérieur, qui s'est rendu à Valence.")
    assert speaker(out) == {"name": "Bruno Retailleau", "role": "ministre de l'Intérieur"}
    out = fr("« Les recherches continueront », a déclaré la maire de Valence, María José Catalá, qui s'est rendue "
             "dans les quartiers sinistrés.")
    assert speaker(out) == {"name": "María José Catalá", "role": "maire de Valence"}


def test_a_pronoun_refers_to_the_subject_of_the_last_sentence_not_its_object():
    out = fr("Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée. Il a affirmé que la France resterait aux "
             "côtés de Kiev.")
    assert speaker(out)["name"] == "Emmanuel Macron"
    out = en("Prime Minister Keir Starmer met Emmanuel Macron in London. He said Europe must \"step up\".")
    assert speaker(out)["name"] == "Keir Starmer"
    # Two men as joint subjects: "il" could be either.
    blog = intel.BlogContext(known=[intel.KnownName("Donald Trump", gender="m"),
                                    intel.KnownName("Vladimir Poutine", gender="m")])
    out = fr("Donald Trump et Vladimir Poutine se sont parlé au téléphone. « L'appel s'est très bien passé », "
             "a-t-il écrit.", blog)
    assert speaker(out) is None


def test_prefect_is_a_role():
    out = fr("Le préfet, François-Xavier Bieuville, a précisé que les secours étaient mobilisés sur toute l'île.")
    assert speaker(out) == {"name": "François-Xavier Bieuville", "role": "préfet"}


def test_a_name_and_a_colon_introduce_a_direct_quote():
    out = fr("Jordan Bardella : « Nous sommes prêts à gouverner ».")
    assert out["quotes"] == [{"text": "Nous sommes prêts à gouverner", "kind": "direct",
                              "speaker": {"name": "Jordan Bardella", "role": None}}]
    assert speaker(fr("La porte-parole du gouvernement : « Rien n'est décidé à ce stade ».")) is None


def test_a_listed_role_in_the_words_of_the_post():
    blog = intel.BlogContext(known=[intel.KnownName("Emmanuel Macron", roles=["président de la République",
                                                                              "chef de l'État"], gender="m")])
    out = fr("Le chef de l'État a estimé que l'Alliance devait « rester unie ».", blog)
    assert speaker(out)["name"] == "Emmanuel Macron"


def test_the_circumstances_of_an_attribution_do_not_make_a_quote_mixed():
    out = en("Asked about the strikes, Donald Trump said: \"It's over, we won.\"")
    assert out["quotes"][0]["kind"] == "direct"
    assert speaker(out)["name"] == "Donald Trump"


def test_a_first_name_the_model_left_out_before_a_particle():
    blog = intel.BlogContext()
    out = fr("Marine Le Pen a dénoncé une « mascarade ».", blog)
    assert ("Marine Le Pen", "person") in {(e["canonical"], e["type"]) for e in out["entities"]}
    assert speaker(fr("« C'est un vol démocratique », a-t-elle ajouté.", blog))["name"] == "Marine Le Pen"


def test_joint_subjects_with_titles_leave_a_pronoun_unresolved():
    out = en("Israeli Prime Minister Benjamin Netanyahu and US President Donald Trump spoke by phone. "
             "\"It was a great call,\" he said.")
    assert speaker(out) is None


def test_a_pronoun_opening_a_post_prefers_who_spoke_then_the_subject_of_the_previous_post():
    blog = intel.BlogContext()
    fr("Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée.", blog)
    assert speaker(fr("« Nous ne lâcherons rien », a-t-il déclaré.", blog))["name"] == "Emmanuel Macron"
    blog = intel.BlogContext()
    fr("« Nous sommes prêts », a déclaré Volodymyr Zelensky après sa rencontre avec Emmanuel Macron.", blog)
    assert speaker(fr("Il a ajouté que Kiev avait besoin de défense aérienne.", blog))["name"] == \
        "Volodymyr Zelensky"


def test_more_speech_verbs_and_roles_from_the_lists():
    out = fr("Le colonel Pierre Martin a exhorté les habitants à rester chez eux, jugeant que la crue « n'est pas "
             "terminée ».")
    assert speaker(out) == {"name": "Pierre Martin", "role": "colonel"}
    out = en("\"We will not leave anyone behind,\" Sheriff Robert Luna remarked.")
    assert speaker(out) == {"name": "Robert Luna", "role": "Sheriff"}


def test_heads_of_diplomacy_and_organisations_by_another_title():
    blog = intel.BlogContext(known=[intel.KnownName("Marco Rubio", roles=["secrétaire d'État américain"],
                                                    gender="m")])
    fr("Le secrétaire d'État américain Marco Rubio est arrivé à Istanbul.", blog)
    out = fr("Le chef de la diplomatie américaine a estimé que les discussions seraient « difficiles ».", blog)
    assert speaker(out)["name"] == "Marco Rubio"
    blog = intel.BlogContext()
    en("UN Secretary-General Antonio Guterres called for restraint.", blog)
    out = en("\"The world cannot afford another war,\" the UN chief said.", blog)
    assert speaker(out)["name"] == "Antonio Guterres"


def test_an_unnamed_subject_with_a_relative_clause():
    out = en("Her neighbour, who asked not to be named, said the alarm came too late.")
    assert out["quotes"] == [{"text": "the alarm came too late", "kind": "indirect", "speaker": None}]


def test_premier_is_a_role_word_only_before_ministre():
    from liveline.intel.roles import hwords, ordinal_premier, role_words

    words = hwords("premier long métrage de la réalisatrice")
    assert ordinal_premier(words, 0) and role_words(words, "fr") == ["realisatrice"]
    words = hwords("la Première ministre")
    assert not ordinal_premier(words, 1) and "premiere" in role_words(words, "fr")
