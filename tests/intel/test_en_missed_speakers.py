"""English speakers the engine used to leave unnamed: a pronoun after where or when it spoke, a subject shared by
two joined verbs, and a name after a leading adverbial and a role once someone unnamed spoke."""

from __future__ import annotations

from tests.intel.helpers import en, en_blog, name, speaker


def test_a_pronoun_after_where_and_when_it_spoke_is_the_person_named_before():
    out = en("Ruth Okafor has been careful about the risks. At a briefing on Friday she said the first launch "
             "would be \"a test, not a show\".")
    assert name(out) == "Ruth Okafor"


def test_a_pronoun_after_a_relative_clause_is_left_alone():
    out = en("Ruth Okafor has been careful about the risks. At the site where he worked she said the rules "
             "had changed.")
    assert name(out) is None


def test_a_subject_with_its_apposition_shared_with_an_irregular_first_verb_speaks():
    out = en("The talks ran late. Kowalczyk, the finance minister, met the unions and told them the budget was "
             "\"responsible, not flashy\".")
    assert speaker(out) == {"name": "Kowalczyk", "role": "finance minister"}


def test_a_subject_with_its_apposition_shared_by_two_joined_verbs_speaks():
    out = en("The pit has flooded. Hadley, the Oakridge chief executive, thanked the rescuers and said the "
             "company would \"cooperate fully\" with the regulator.")
    assert speaker(out) == {"name": "Hadley", "role": "Oakridge chief executive"}


def test_joined_verbs_after_a_sentence_that_opens_on_a_clause_have_no_borrowed_speaker():
    out = en("The pit has flooded. When the alarm sounded, the crews, the fire brigade, thanked the rescuers "
             "and said the company would \"cooperate fully\" with the regulator.")
    assert name(out) is None


def test_a_titled_name_after_a_leading_adverbial_is_whom_a_pronoun_means_again():
    out = en("The council met on Monday. A council spokesman said the road would reopen.\n\n"
             "On Tuesday, opposition leader Maria Fenwick visited the site. \"This is a disgrace,\" she said.")
    assert name(out, 1) == "Maria Fenwick"


def test_a_name_after_a_preposition_past_the_adverbial_is_not_the_subject():
    out = en("The council met on Monday. A council spokesman said the road would reopen.\n\n"
             "On Tuesday, lawyers for Maria Fenwick visited the site. \"This is a disgrace,\" she said.")
    assert name(out, 1) is None


def test_a_lawyer_in_apposition_has_that_role_and_is_the_lawyer_referred_back_to():
    out = en("The driver has been charged. His lawyer, Nora Castell, told reporters her client would plead not "
             "guilty. \"He is heartbroken,\" the lawyer said.")
    assert speaker(out, 0) == {"name": "Nora Castell", "role": "lawyer"}
    assert name(out, 1) == "Nora Castell"


def test_a_skipper_or_forecaster_before_a_name_is_a_role():
    out = en("Kenya skipper Joseph Otieno said: \"We will chase whatever they set.\"")
    assert speaker(out) == {"name": "Joseph Otieno", "role": "Kenya skipper"}
    out = en("Met Office forecaster Helen Marsh said: \"Do not travel unless you must.\"")
    assert speaker(out) == {"name": "Helen Marsh", "role": "Met Office forecaster"}


def test_a_name_then_an_apposed_description_left_as_subject_is_who_speaks():
    out = en("Tomas Berglund, a lawyer representing about 3,000 savers in a class action against Brightvale's former "
             "directors, welcomed the verdict but warned that few savers would be repaid.")
    assert speaker(out) == {"name": "Tomas Berglund", "role": "lawyer"}


def test_it_is_the_body_an_apposition_called_a_company_in_the_sentence_before():
    out = en("Kaveri Buildcon, the company digging the tunnel for the state roads agency, has issued its first "
             "statement since the collapse. It said it was helping the rescue.")
    assert name(out) == "Kaveri Buildcon"


def test_it_after_a_person_called_by_the_company_is_nobody():
    out = en("Jane Smith, the company's founder, has issued a statement on the fire. It said all passengers were safe.")
    assert name(out) is None


def test_a_given_name_in_apposition_to_an_owned_role_is_a_person_whatever_the_model_typed():
    out = en("His campaign manager, Otis Lowry, said they were hopeful.")
    assert speaker(out) == {"name": "Otis Lowry", "role": "campaign manager"}


def test_a_body_in_apposition_to_an_owned_noun_stays_a_body():
    out = en("Her publisher, Harrow Books, said sales had doubled.")
    assert speaker(out) == {"name": "Harrow Books", "role": None}


def test_a_pronoun_clause_after_an_adverbial_before_a_colon_gives_the_quote():
    out = en("Mara Quist watched from the gallery. A minute later, she turned to the room: \"We have done what nobody "
             "thought we could.\"")
    assert name(out) == "Mara Quist"


def test_a_pronoun_clause_before_a_colon_after_two_people_is_nobody():
    out = en("Tom Pike and Ben Lowe sat down. Moments later, he turned to the gallery: \"You will all see the truth "
             "soon enough.\"")
    assert name(out) is None


def test_a_surname_label_with_again_before_a_colon_is_the_person_named_before():
    _, second = en_blog("Pollster Ruth Okoro said the race was tight.",
                        "Will it stay close? Okoro again: \"The late ballots always lean one way here.\"")
    assert name(second) == "Ruth Okoro"


def test_a_role_label_with_again_names_nobody_the_blog_gave_the_role():
    _, second = en_blog("Pollster Ruth Okoro said the race was tight.",
                        "The mayor again: \"We will wait for every ballot to be counted.\"")
    assert name(second) is None
