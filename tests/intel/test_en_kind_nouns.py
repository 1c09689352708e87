"""English kind nouns ("the club said", "according to the fire department"): a body named before only when it
can be of that kind, and nobody when the noun carries a qualifier the body does not."""

from __future__ import annotations

from tests.intel.helpers import en, name


def test_the_club_is_the_club_named_not_the_league_named_last():
    out = en("Bramley Town FC have sacked manager Dave Price after Saturday's defeat left them bottom of League "
             "Two.\n\nA new manager would be named next week, the club said.")
    assert name(out) == "Bramley Town FC"


def test_a_department_with_its_own_trade_is_not_an_authority_named_before():
    out = en("The Port Authority said the tunnel would stay shut until noon. Two drivers were treated for smoke, "
             "according to the fire department.")
    assert name(out, 0) == "Port Authority"
    assert name(out, 1) is None


def test_an_authority_is_not_a_department_named_before():
    out = en("The India Meteorological Department forecast more rain for the valley.\n\nSome 40,000 people have "
             "been moved to camps, the flood control authority said.")
    assert name(out) is None


def test_a_body_whose_name_gives_the_kind_is_still_the_noun():
    out = en("The Environmental Protection Agency fined the refinery. The rules were clear, the federal agency said.")
    assert name(out) == "Environmental Protection Agency"


def test_the_club_is_the_name_that_says_club_not_a_bare_opponent():
    out = en("Bramley Town FC have sacked manager Dave Price after Saturday's 4-1 home defeat by Swindon left them "
             "bottom of League Two.\n\nA new manager would be named next week, the club said.")
    assert name(out) == "Bramley Town FC"



def test_the_agency_is_a_body_a_rule_read_not_the_union_the_model_saw():
    out = en("About 5,000 members of the Prairie Nurses Organisation (PNO) walked out at 7am.\n\nPNO chief executive "
             "Carla Moss said nurses were exhausted.\n\nHealth New Zealand says theatres will stay open. Patients "
             "should assume their surgery has been postponed, the agency said.")
    assert name(out, 1) == "Health New Zealand"
    assert name(out, 2) == "Health New Zealand"


def test_it_said_is_a_body_a_rule_read_that_spoke_last():
    out = en("Nurses at the Prairie Nurses Organisation walked out at dawn, chief executive Carla Moss said.\n\n"
             "Health New Zealand says theatres will stay open. \u201cPatient safety comes first,\u201d it said.")
    assert name(out, 2) == "Health New Zealand"


def test_the_center_is_the_one_center_the_post_spelt_out_that_the_model_missed():
    out = en("The Space Debris Tracking Center has issued an alert after two satellites collided overnight. Fragments "
             "could cross the path of the station by Friday, according to the center.")
    assert name(out) == "Space Debris Tracking Center"


def test_the_center_with_a_qualifier_of_its_own_is_nobody_spelt():
    out = en("The Space Debris Tracking Center has issued an alert after two satellites collided overnight. Fragments "
             "could cross the path of the station by Friday, according to the medical center.")
    assert name(out) is None
