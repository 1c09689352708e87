"""English definite descriptions that name a person the post or the blog named before: a club's manager by its
club ("the Burnley boss", "the Villa manager"), a firm's boss by its name, an age or a nationality with a noun
("the 27-year-old poet", "the Kenyan writer"); nobody when another person fits or the qualifier is someone
else's."""

from __future__ import annotations

from tests.intel.helpers import en, en_blog, name


def test_the_club_boss_is_the_manager_of_that_club_not_the_other_one():
    first, second = en_blog(
        "Team news from the Shay. Halifax boss Ruth Penney makes two changes. Oldham manager Carl Bright names "
        "an unchanged side.",
        "Full time: 2-2. Penney told Radio Leeds she was \"proud of the lads\". \"We threw it away in the last "
        "five minutes,\" the Oldham boss said.")
    assert name(second, 1) == "Carl Bright"


def test_the_club_manager_is_the_one_the_blog_called_its_boss():
    _, second = en_blog(
        "Team news: Everton boss Sean Dyche is without his captain, while Fulham boss Marco Silvano makes three "
        "changes.",
        "Full time. Everton 1-0 Fulham. \"We created enough to win,\" the Fulham manager said.")
    assert name(second) == "Marco Silvano"


def test_a_club_boss_nobody_was_said_to_manage_is_nobody():
    out = en("Leeds manager Daniel Farke praised his players after the draw. \"We were poor for an hour,\" the "
             "Hull manager said.")
    assert name(out) is None


def test_the_firm_boss_is_its_chief_executive_named_by_the_firm():
    out = en("Halvorsen Foods chief executive Nina Aasen has spoken to reporters at the factory gates. \"We will "
             "rebuild,\" the Halvorsen boss said.")
    assert name(out) == "Nina Aasen"


def test_an_age_with_a_noun_is_the_one_person_the_post_named():
    out = en("Rosa Delgado has won the Democratic primary for mayor of Albany. \"Tonight we proved them wrong,\" "
             "the 41-year-old state assemblywoman told supporters in Troy. Her rival, Mark Hale, conceded.")
    assert name(out) == "Rosa Delgado"


def test_an_age_the_post_gave_someone_else_is_nobody_named():
    out = en("Tamsin Orla, 41, has won the Forward Prize for her first collection. \"I wrote it on night buses,\" "
             "the 27-year-old poet said.")
    assert name(out) is None


def test_a_nationality_with_a_noun_is_the_one_person_the_post_named():
    out = en("Grace Mwangi has won the Orwell Prize for her memoir. \"This is for my mother,\" the Kenyan "
             "writer said.")
    assert name(out) == "Grace Mwangi"


def test_a_nationality_with_a_noun_after_two_people_is_nobody():
    out = en("Grace Mwangi has beaten Sarah Collins to the Orwell Prize. \"This is for my mother,\" the Kenyan "
             "writer said.")
    assert name(out) is None


def test_a_club_boss_is_renamed_its_caretaker_manager():
    _, second = en_blog(
        "Rovers have sacked their manager. Youth team boss Dan Ekwall will take charge of training, the club said.",
        "Dan Ekwall has spoken to the media for the first time.\n\n\"I'm here to win on Saturday,\" the caretaker "
        "manager said.")
    assert name(second) == "Dan Ekwall"


def test_a_rank_before_the_name_is_a_role_the_detective_refers_back_to():
    out = en("The senior investigating officer, Det Insp Rosa Vell, gave evidence first. A defence barrister, Tom "
             "Pike KC, suggested the knife had been moved. \"That is wrong,\" the detective replied.")
    assert name(out, 1) == "Rosa Vell"


def test_the_detective_is_nobody_when_no_one_named_holds_the_rank():
    out = en("The senior investigating officer, Rosa Vell, gave evidence first. A defence barrister, Tom "
             "Pike KC, suggested the knife had been moved. \"That is wrong,\" the detective replied.")
    assert name(out, 1) is None


def test_a_trade_the_blog_gave_someone_names_them_in_a_later_post():
    _, second = en_blog(
        "The book fair opened on Friday without its star guest after the withdrawal of playwright Tomas Brennan, "
        "whose new play was due to be read on the main stage.",
        "He has now spoken. In a long statement, the playwright wrote that he had been \"too ill to travel\".")
    assert name(second) == "Tomas Brennan"


def test_a_trade_two_recent_people_hold_is_nobody():
    _, second = en_blog(
        "The festival opened without two of its guests. Ana Ruiz, a novelist from Seville, withdrew on Monday, and "
        "Lena Holt, a novelist from Leeds, followed on Tuesday.",
        "\"It was not an easy choice,\" the novelist said on Wednesday.")
    assert name(second) is None


def test_a_role_held_for_another_place_is_not_its_holder():
    _, second = en_blog(
        "Queensland coach Shane Kearney named an unchanged side for the decider in Brisbane.",
        "\"We were outplayed in the middle,\" the NSW coach said after the game.")
    assert name(second) is None  # not Kearney, who coaches the other side


def test_a_titled_role_before_a_name_opens_its_sentence_after_an_unnamed_speaker():
    out = en("The rocket left the pad at noon. \"Clean separation,\" the flight director called. Agency chief Dr "
             "Omar Haddad stood at the back of the room. Minutes later, he turned to his team: \"We are in orbit.\"")
    assert name(out, 1) == "Omar Haddad"


def test_a_name_leading_into_the_quote_by_a_colon_is_the_pronoun_after_it():
    out = en("Striker Mia Torres scored twice before Jo Lane was sent off. Torres, in the tunnel afterwards: "
             "\"I'm just happy for the girls,\" she says.")
    assert name(out) == "Mia Torres"
