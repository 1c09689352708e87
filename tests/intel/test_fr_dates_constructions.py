"""French dates: passive infinitives, decisions in the passive, moves with an object, states set off, weekdays told
in order, day lists, a year opening the sentence, a verb the small model reads as a noun."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.intel.helpers import fr, fr_blog


def dates(text: str) -> list[tuple[str, str]]:
    """The (text, date) pairs of a French post published on Monday 14 April 2025."""
    return [(d["text"], d["date"]) for d in fr(text)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # "être" + participle tells no time: the verb it hangs on does.
    ("Les riverains demandent à être consultés « avant la fin du mois ».", "2025-04-21/2025-04-30"),
    # An "-é" word the model calls an adjective right after a noun is the participle of a day gone.
    ("Les vergers touchés jeudi peuvent-ils être sauvés ?", "2025-04-10"),
])
def test_a_passive_infinitive_tells_no_time(text, expected):
    assert dates(text)[-1][1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La grève a été votée jusqu'à jeudi à la raffinerie.", "2025-04-17"),
    ("Le syndicat a convoqué ses adhérents pour vendredi.", "2025-04-18"),
    ("La présidente a renvoyé les débats à vendredi.", "2025-04-18"),
    ("Le maire a pris hier un arrêté anti-alcool, en vigueur jusqu'à dimanche.", "2025-04-20"),
    ("La ministre a invité les syndicats à se retrouver dès jeudi.", "2025-04-17"),
    # "pour" before a bare day names what the decision is meant for; an earlier now keeps it gone.
    ("Les supporters ont réservé des places pour samedi.", "2025-04-19"),
    ("L'entraîneur a désigné les remplaçants retenus pour mercredi.", "2025-04-16"),
    ("Le club avait réservé des places pour samedi.", "2025-04-12"),
])
def test_what_a_decision_sets_lies_ahead(text, expected):
    assert dates(text)[-1][1] == expected


def test_a_range_from_this_weekday_starts_today():
    text = "La préfecture a placé le département en vigilance orange de ce lundi 18 heures à mardi 8 heures."
    assert dates(text) == [("de ce lundi 18 heures à mardi 8 heures", "2025-04-14/2025-04-15")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Les billets des 22 et 23 avril sont remboursés.", [("des 22 et 23 avril", "2025-04-22/2025-04-23")]),
    ("Les cours des 22, 23 et 24 avril sont annulés.", [("des 22, 23 et 24 avril", "2025-04-22/2025-04-24")]),
    ("Les marchés des 2, 9 et 16 avril ont été annulés.", [("16 avril", "2025-04-16")]),
])
def test_days_listed_one_after_another_are_one_range(text, expected):
    assert dates(text) == expected


def test_a_year_opening_the_sentence_is_the_dates_year():
    assert dates("En 2021, la foire avait eu lieu du 4 au 6 juin.") == [("du 4 au 6 juin", "2021-06-04/2021-06-06")]


def test_weekdays_joined_by_et_are_told_in_order():
    rain = dates("Il pleuvra dimanche et lundi sur la Bretagne.")
    assert rain == [("dimanche", "2025-04-20"), ("lundi", "2025-04-21")]
    assert dates("Le théâtre a décalé les séances de ce lundi et de mardi.")[-1] == ("mardi", "2025-04-15")


def test_a_noun_with_a_subject_is_the_verb_the_model_misread():
    # On a Thursday, a present announces the Saturday just ahead.
    thursday = datetime(2025, 4, 17, 18, 0, tzinfo=ZoneInfo("Europe/Paris"))
    found = fr("Point météo de 8 heures : la SNCF annonce pour samedi un train sur deux.", published=thursday)
    assert [(d["text"], d["date"]) for d in found["dates"]] == [("samedi", "2025-04-19")]


def test_a_depuis_date_does_not_date_the_facts_of_its_sentence():
    second = fr_blog(
        "L'accusé, en détention provisoire depuis le 3 février 2024, a toujours contesté les faits.",
        "Les gendarmes n'avaient pu l'arrêter que quatre jours après les faits, le 3 février 2024.",
    )[1]
    assert [d["date"] for d in second["dates"]] == ["2024-02-03", "2024-02-03"]


def test_a_range_from_today_with_no_verb_read_starts_today():
    # The small model reads "déconseille" as an adjective: no verb, so the range holding today is the one under way.
    text = "La préfecture déconseille les déplacements entre lundi soir et mardi matin."
    assert dates(text) == [("entre lundi soir et mardi matin", "2025-04-14/2025-04-15")]


def test_a_warning_set_off_as_valid_until_a_day_lasts_ahead():
    text = "La préfecture a pris hier un arrêté interdisant les barbecues, valide jusqu'à mercredi soir."
    assert ("mercredi soir", "2025-04-16") in dates(text)


def test_entre_today_and_a_weekday_is_one_range():
    text = "Des orages sont attendus entre aujourd'hui et jeudi sur les Cévennes."
    assert dates(text) == [("entre aujourd'hui et jeudi", "2025-04-14/2025-04-17")]
