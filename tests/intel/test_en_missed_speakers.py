"""English speakers the engine used to leave unnamed: a pronoun after where or when it spoke, a subject shared by
two joined verbs, and a name after a leading adverbial and a role once someone unnamed spoke."""

from __future__ import annotations

from tests.intel.helpers import en, name, speaker


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
