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


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A toll that rises to, reaches or stands at a number, however far its noun is.
    ("The death toll in the province rose sharply overnight to at least 31, officials said.", "en",
     [(31, "at_least", "killed")]),
    ("Le bilan de la tempête dans le département est passé à 14 en fin de journée.", "fr", [(14, "exact", "killed")]),
    ("The number of people evacuated from the valley has climbed to about 900.", "en", [(900, "about", "evacuated")]),
    # Guard: a number of something else counts nothing.
    ("The number of flights cancelled at the airport rose overnight to 40.", "en", []),
    # Taken to hospital is hurt; an age is no count.
    ("Trois randonneurs ont été hospitalisés après leur chute.", "fr", [(3, "exact", "injured")]),
    ("Twelve workers were hospitalized with smoke inhalation.", "en", [(12, "exact", "injured")]),
    ("Une femme d'une quarantaine d'années a été retrouvée morte.", "fr", []),
])
def test_a_toll_risen_hospital_and_ages(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "places"), [
    # Where a count was said is not where it happened.
    ("Eleven people are still missing, the governor said at a news conference in Austin.", "en", [None]),
    ("Quinze personnes sont portées disparues, a indiqué le préfet lors d'un point presse à Ajaccio.", "fr", [None]),
    ("The mayor told reporters in Dallas that 40 people had been evacuated in Houston.", "en", ["Houston"]),
    # A place after a later part is the part's; a count spread over several places has none.
    ("The toll has risen to 52, with 30 of the dead in Florida.", "en", [None, "Florida"]),
    ("The storm, which hit Ohio first, killed more than 40 people across three states.", "en", [None]),
    ("The storm killed 40 people in Ohio.", "en", ["Ohio"]),
])
def test_the_place_of_a_count_not_where_it_was_said(text, lang, places):
    assert [f[3] for f in figures(text, lang)] == places


def test_the_date_right_after_a_count_and_a_date_in_apposition_to_depuis():
    def dated(text: str, lang: str) -> list:
        return [f["date"] for f in intel.extract(text, lang=lang, published=MONDAY, timezone="Europe/Paris")["figures"]]

    assert dated("Police said this morning that the four people arrested on Saturday had been charged.", "en") == [
        "2025-04-12"]
    assert dated("Ce week-end, la police a procédé à 20 interpellations samedi à Lyon.", "fr") == ["2025-04-12"]
    assert dated("Depuis le début de la grève, le 3 mars, douze personnes ont été interpellées.", "fr") == [None]
    # Guard: with no date right after the count, the sentence's date stays.
    assert dated("Dimanche, la police a interpellé douze personnes.", "fr") == ["2025-04-13"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A subset between commas does not push the predicate out of reach.
    ("Cinq employés de la société de transport, dont le chauffeur du car accidenté, ont été placés en garde à vue.",
     "fr", [(5, "exact", "arrested")]),
    # In "N des X", the main predicate tells what happened to the part; X's participle only the set.
    ("Trois des manifestants interpellés samedi ont été remis en liberté.", "fr", [(3, "exact", "released")]),
    ("Two of the men detained at the border were set free on Sunday.", "en", [(2, "exact", "released")]),
    # Guard: a part with no predicate of its own keeps X's category.
    ("Deux des personnes interpellées sont mineures.", "fr", [(2, "exact", "arrested")]),
])
def test_a_part_and_a_subset_in_commas(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


def test_a_count_that_goes_on_takes_no_date_of_another_clause():
    def dated(text: str) -> list:
        return [f["date"] for f in intel.extract(text, lang="en", published=MONDAY, timezone="Europe/Paris")["figures"]]

    assert dated("Families marched on Sunday, calling for the release of the 40 hostages still held.") == [None]
    # Guards: the count's own date, and a date that frames the whole sentence.
    assert dated("On Sunday, 40 hostages were still held.") == ["2025-04-13"]
    assert dated("Families marched on Sunday, and 40 hostages were freed.") == ["2025-04-13"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Carried to hospital or under care: hurt.
    ("Paramedics said they had taken 14 people to three hospitals in the city.", "en", [(14, "exact", "injured")]),
    ("Nine are still being treated, four of them in intensive care.", "en",
     [(9, "exact", "injured"), (4, "exact", "injured")]),
    # "three figures" is a size, not a count.
    ("Officials fear the toll could reach three figures.", "en", []),
])
def test_hospital_care_and_figures_as_a_size(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Digits after a capitalised word inside a sentence are part of a name.
    ("Le collectif Solidarité 62 organise une marche en mémoire des victimes.", "fr", []),
    ("Members of the Apollo 11 crew met the injured.", "en", []),
    # Guard: a weekday before the count is no name.
    ("Storms on Sunday 12 people were injured.", "en", [(12, "exact", "injured")]),
    # A list of bare nouns shares the first count's category.
    ("Parmi les morts figurent six hommes, quatre femmes, dont une âgée, et deux enfants.", "fr",
     [(6, "exact", "killed"), (4, "exact", "killed"), (2, "exact", "killed")]),
    # Guard: a count naming its own category opens no list.
    ("On compte 12 blessés, 30 manifestants et deux policiers.", "fr", [(12, "exact", "injured")]),
    # Two participles of one predicate: the second names the category.
    ("Trois marins, épuisés, ont été hélitreuillés et évacués vers Brest.", "fr", [(3, "exact", "evacuated")]),
])
def test_names_lists_and_coordinated_participles(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


def test_the_speakers_coming_and_a_relative_after_the_count_are_not_the_counts():
    out = intel.extract("Arrivé dimanche à Brest, le ministre a fait état de 12 morts.", lang="fr", published=MONDAY,
                        timezone="Europe/Paris")["figures"]
    assert [(f["place"], f["date"]) for f in out] == [(None, None)]
    out = intel.extract("Plus de 300 passeurs ont été arrêtés, a déclaré le ministre, qui se rendra demain à Lille.",
                        lang="fr", published=MONDAY, timezone="Europe/Paris")["figures"]
    assert [(f["place"], f["date"]) for f in out] == [(None, None)]
    # Guard: a place and a date of the count's own clause stay.
    out = intel.extract("Dimanche, 12 personnes ont été tuées à Brest, a déclaré le ministre.", lang="fr",
                        published=MONDAY, timezone="Europe/Paris")["figures"]
    assert [(f["place"], f["date"]) for f in out] == [("Brest", "2025-04-13")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A toll's number followed by a plural noun of things (or of a crowd) counts those, not the dead.
    ("Le bilan des feux de forêt atteint désormais 2 300 hectares parcourus.", "fr", []),
    ("Le bilan de la journée de mobilisation s'élève à 40 000 grévistes selon la CGT.", "fr", []),
    ("The toll of the storm stood at 300 roofs torn off and 12 roads closed.", "en", []),
    ("The death toll stands at 7, with 60 homes destroyed.", "en", [(7, "exact", "killed")]),
    # Guard: people, or a bare number, after a toll are its dead.
    ("Le bilan s'est alourdi à 16 civils.", "fr", [(16, "exact", "killed")]),
    ("The toll has climbed to 31 people, the mayor said.", "en", [(31, "exact", "killed")]),
    ("The toll now includes 5 rescuers.", "en", [(5, "exact", "killed")]),
    # A toll passing a number, however far its noun: at least that many.
    ("Le nombre de morts dans la région de Kherson dépasse désormais 1 200, selon les autorités.", "fr",
     [(1200, "at_least", "killed")]),
    ("The number of ballots counted in the county passed 90,000.", "en", []),
    # "nombre d'..." names its category like "nombre de ...".
    ("Le nombre d'arrestations a grimpé à 870, selon le parquet.", "fr", [(870, "exact", "arrested")]),
])
def test_tolls_of_things_are_no_deaths(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A subset with its own count, left open: what follows tells of the part only.
    ("Les sauveteurs ont ramené 9 plongeurs, dont trois ont été hospitalisés.", "fr", [(3, "exact", "injured")]),
    ("Lifeguards pulled 15 swimmers from the sea, two of whom were taken to hospital.", "en",
     [(2, "exact", "injured")]),
    # Closed by a comma, the subset is skipped and the predicate after it is the whole's.
    ("Vingt passagers, dont quatre légèrement blessés, ont été évacués.", "fr",
     [(20, "exact", "evacuated"), (4, "exact", "injured")]),
    # Guard: a subset with no count of its own keeps the predicate after it.
    ("Huit personnes, dont le conducteur, ont été blessées.", "fr", [(8, "exact", "injured")]),
    # "N des M X", "N of the M X": the part takes the count's category, or its own predicate's.
    ("Onze des 40 missiles tirés ont atteint leur cible.", "fr",
     [(11, "exact", "missiles"), (40, "exact", "missiles")]),
    ("Three of the 8 hostages were released on Sunday.", "en", [(3, "exact", "released"), (8, "exact", "hostages")]),
    # Among those + a participle.
    ("Parmi les personnes arrêtées figurent onze mineurs.", "fr", [(11, "exact", "arrested")]),
    ("Among those killed were 4 aid workers.", "en", [(4, "exact", "killed")]),
])
def test_subsets_and_parts(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Habitual care is no injury; care given is.
    ("Around 500 patients are treated there every day.", "en", []),
    ("Six hikers were treated for hypothermia.", "en", [(6, "exact", "injured")]),
    # Things carried to hospital are not the hurt.
    ("Volunteers brought 300 blankets to the hospital.", "en", []),
    ("Ambulances took 12 people to two hospitals.", "en", [(12, "exact", "injured")]),
    # A place after a locative is no name with the number.
    ("Clashes erupted, and in Izmir 40 people were detained.", "en", [(40, "exact", "arrested")]),
    # Ages written with hyphens.
    ("A 15-year-old boy was killed in the crash.", "en", []),
    # "at least" on an approximate number is a floor.
    ("At least a dozen people were injured.", "en", [(12, "at_least", "injured")]),
    ("Plus d'une vingtaine de personnes ont été blessées.", "fr", [(20, "at_least", "injured")]),
    ("Some 200 families had to leave their homes.", "en", [(200, "about", "displaced")]),
])
def test_care_hospital_names_ages_and_floors(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


def test_a_count_on_each_side_of_a_place_has_none():
    out = figures("The floods have killed 6 people, three on each side of the Danube.", "en")
    assert [f[3] for f in out if f[0] == 6] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Près d'un millier de personnes ont été évacuées.", [(1000, "about", "evacuated")]),
    ("Quatre-vingts personnes ont été interpellées.", [(80, "exact", "arrested")]),
    # Guard: thousands untold stay no count.
    ("Des milliers de personnes ont été évacuées.", []),
])
def test_french_number_words(text, expected):
    assert [f[:3] for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # The action's noun before the number names the category.
    ("Le préfet a décidé l'évacuation de 450 habitants du quartier.", "fr", [(450, "exact", "evacuated")]),
    ("The court ordered the release of 60 students.", "en", [(60, "exact", "released")]),
    # Guard: the counted noun keeps its own category.
    ("La libération de 4 otages est attendue.", "fr", [(4, "exact", "hostages")]),
])
def test_action_nouns_before_the_count(text, lang, expected):
    assert [f[:3] for f in figures(text, lang)] == expected


def test_a_part_then_a_coordinated_count_leaves_the_place_to_the_sentence():
    out = figures("Les secours ont dénombré 18 morts, dont 5 enfants, et 300 blessés à Marseille.")
    assert [(f[0], f[3]) for f in out] == [(18, "Marseille"), (5, "Marseille"), (300, "Marseille")]
    # Guard: a part with its own place keeps it from the whole.
    out = figures("Les crues ont fait 25 morts, dont 9 à Valence.")
    assert [(f[0], f[3]) for f in out] == [(25, None), (9, "Valence")]


def test_the_town_of_a_prosecutor_s_office_is_not_where_a_count_happened():
    assert figures("Le procureur de la République de Lille a confirmé que 27 personnes étaient mortes dans le "
                   "naufrage.") == [(27, "exact", "killed", None)]


def test_money_in_any_currency_and_clock_times_are_not_counts():
    assert figures("The state will pay 5 million rupees to the family of each person killed.", "en") == []
    assert figures("An update at 9.30am gave the number of people injured in the collapse.", "en") == []


def test_bodies_recovered_are_a_toll():
    assert figures("At least 112 bodies have been pulled from the rubble, officials said.", "en") == \
        [(112, "at_least", "killed", None)]


def test_inmates_after_a_number_are_prisoners_but_people_held_since_a_day_were_arrested():
    assert [f[:3] for f in figures("La prison de Fresnes compte près de 2 000 détenus.")] == \
        [(2000, "about", "prisoners")]
    assert figures("Quatre personnes détenues depuis lundi ont été relâchées.")[0][2] != "prisoners"
