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
