"""Figures on unseen blogs: categories named by their verbs, and the place a count happened in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveline import intel

MONDAY = datetime(2025, 4, 14, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def figures(text: str, lang: str = "fr") -> list[tuple]:
    out = intel.extract(text, lang=lang, published=MONDAY, timezone="Europe/Paris")["figures"]
    return [(f["value"], f["bound"], f["category"], f["place"]) for f in out]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Depuis cinq jours, plus de 2 000 personnes ont dû quitter leur logement.", "fr",
     (2000, "at_least", "displaced")),
    ("Quelque 300 habitants ont été mis à l'abri dans des gymnases.", "fr", (300, "about", "evacuated")),
    ("La police a interpellé trois personnes en marge du cortège.", "fr", (3, "exact", "arrested")),
    ("Deux suspects ont été placés en garde à vue.", "fr", (2, "exact", "arrested")),
    ("Police arrested 14 people after the match.", "en", (14, "exact", "arrested")),
    ("About 1,500 residents were forced from their homes.", "en", (1500, "about", "displaced")),
    # The verb wins over a category word further on; the counted noun itself does not lose to it.
    ("Police arrested more than 20 people for looting in the evacuation zones.", "en", (20, "at_least", "arrested")),
    ("Israel said it had freed four hostages in a raid.", "en", (4, "exact", "hostages")),
])
def test_categories_named_by_their_verbs(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == [expected]


def test_au_nombre_de_counts_no_category_but_a_toll_counts_the_dead():
    assert figures("Les malfaiteurs, au nombre de quatre, ont agi en sept minutes.") == []
    assert [f[:3] for f in figures("Le bilan s'élève désormais à 12.")] == [(12, "exact", "killed")]
    assert [f[:3] for f in figures("Le nombre de blessés atteint 40.")] == [(40, "exact", "injured")]


@pytest.mark.parametrize(("text", "lang", "place"), [
    # Places that say who speaks or who acts are not where the count happened.
    ("Nouveau bilan : plus de 400 morts, selon la défense civile de Gaza.", "fr", None),
    ("Le gouverneur de Bangkok a indiqué que 47 personnes restaient introuvables.", "fr", None),
    ("Gaza's civil defence agency puts the death toll at more than 400.", "en", None),
    ("Selon l'armée de l'air, la Russie a lancé 48 drones sur la ville.", "fr", None),
    ("A missile strike hit Sumy, killing at least 21 people, according to Ukraine's emergency service.", "en",
     "Sumy"),
    # The target of a passive, the place after "in" and the most precise place stay.
    ("Kharkiv avait déjà été visée par une quarantaine de drones.", "fr", "Kharkiv"),
    ("The death toll in Florida has risen to 16, the governor said.", "en", "Florida"),
    ("Une attaque contre un bus à Bilopillia, dans la région de Soumy, a fait neuf morts.", "fr", "Bilopillia"),
])
def test_the_place_of_a_count(text, lang, place):
    assert figures(text, lang)[0][3] == place


@pytest.mark.parametrize(("text", "lang", "place"), [
    # Guards: a place that is the subject of what it suffered keeps the count.
    ("Kharkiv a subi 30 frappes de drones en une nuit, dont 12 missiles.", "fr", "Kharkiv"),
    ("Mayotte compte désormais 39 morts, selon la préfecture.", "fr", "Mayotte"),
    # "US troops" says whose troops, not where.
    ("Militias fired 12 rockets at US troops in Syria.", "en", "Syria"),
])
def test_the_place_of_a_count_guards(text, lang, place):
    assert figures(text, lang)[-1][3] == place


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # One count over two coordinated nouns: the shared predicate names the category.
    ("Selon la préfecture, douze pompiers et secouristes ont été blessés.", "fr", [(12, "exact", "injured")]),
    ("Hier, près de 300 manifestants et passants blessés ont été soignés.", "fr", [(300, "about", "injured")]),
    ("Three tourists and a guide were hurt when the bus overturned.", "en", [(3, "exact", "injured")]),
    # Guards: a second noun with its own count, or denied, or another subject.
    ("Il y avait 500 manifestants et une centaine de blessés.", "fr", [(100, "about", "injured")]),
    ("On comptait 500 manifestants et aucun blessé.", "fr", []),
    ("Some 40 protesters and the police were injured.", "en", []),
])
def test_a_count_over_coordinated_nouns(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


def test_a_day_in_a_depuis_phrase_does_not_date_the_count():
    def dated(text: str) -> list:
        return [f["date"] for f in intel.extract(text, lang="fr", published=MONDAY, timezone="Europe/Paris")["figures"]]

    assert dated("Selon la préfecture, huit policiers ont été blessés depuis jeudi.") == [None]
    assert dated("Plus de 40 personnes ont été interpellées depuis ce matin.") == ["2025-04-14"]
