"""First names from the long list (`given_names`): people the model missed, and the gender a pronoun agrees with."""

from __future__ import annotations

from liveline.intel.given_names import given_names
from liveline.intel.names import given_first_names
from tests.intel.helpers import blog, en, fr, speaker


def test_the_long_list_holds_common_names_of_many_countries_with_their_gender():
    names = given_names()
    assert names["Gianluca"] == "m" and names["Sigrid"] == "f" and names["Pekka"] == "m"
    assert names["Kim"] is None  # given to men and women


def test_words_and_openings_of_place_names_are_not_first_names():
    # "The Coast Guard said", "Le Slovène a attaqué", "San Antonio": words before they are anyone's name.
    assert not {"The", "Le", "Me", "Will", "San", "Santa"} & given_first_names()


def test_a_first_name_the_model_missed_makes_a_person_a_role_can_refer_to():
    out = fr("Gianluca Ferrandi ne cachait pas sa colère après la défaite de Lyon. « On a manqué de tout », "
             "a pesté l'entraîneur lyonnais.")
    assert speaker(out)["name"] == "Gianluca Ferrandi"
    assert {"text": "Gianluca Ferrandi", "type": "person", "canonical": "Gianluca Ferrandi"} in out["entities"]


def test_the_gender_of_a_first_name_picks_who_a_pronoun_is():
    out = fr("Ingrid Solberg a reçu mercredi le ministre Henrik Dahl à Oslo. « Nous avons parlé franchement », "
             "a-t-elle déclaré.")
    assert speaker(out)["name"] == "Ingrid Solberg"
    out = fr("Sigrid Aalto a rencontré Pekka Virtanen à Helsinki. « Rien n'est réglé », a-t-il dit.")
    assert speaker(out)["name"] == "Pekka Virtanen"


def test_a_name_given_to_both_tells_no_gender():
    *_, last = blog(en, "Kim Lindqvist met the delegation in Stockholm on Monday.",
                    '"We are ready to sign," she said.')
    assert speaker(last)["name"] == "Kim Lindqvist"
