"""Dates: a weekday read from its own clause's tense, the year of a day/month, "N days after <event>",
weeks, and words that look like dates but are not."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveline import intel

# Monday 14 April 2025, 09:00 in Paris.
MONDAY = datetime(2025, 4, 14, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def dates(text: str, lang: str, context: intel.BlogContext | None = None, published: datetime = MONDAY,
          timezone: str = "Europe/Paris") -> list[tuple[str, str]]:
    out = intel.extract(text, lang=lang, published=published, timezone=timezone, context=context)
    return [(d["text"], d["date"]) for d in out["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # Future, conditional, "va"/"doit"/"devrait" + infinitive, "prévu", a future tagged as a noun.
    ("Le président va se rendre jeudi à Kiev.", "2025-04-17"),
    ("Le ministre doit s'exprimer mercredi devant les députés.", "2025-04-16"),
    ("Le gouvernement devrait présenter un nouveau cadre financier vendredi.", "2025-04-18"),
    ("Une entente pourrait être conclue dimanche, selon une source gouvernementale.", "2025-04-20"),
    ("La réunion est prévue jeudi.", "2025-04-17"),
    ("Le Front commun, qui représente 420 000 employés, déclenchera mardi une grève.", "2025-04-15"),
    ("Rendez-vous jeudi pour l'appel entre les deux présidents.", "2025-04-17"),
    # Past verbs, and a weekday modifying a noun in a present sentence.
    ("Jeudi, les deux délégations se sont rencontrées à Istanbul.", "2025-04-10"),
    ("Le bilan de la frappe de samedi s'alourdit.", "2025-04-12"),
    ("Les combats qui ont repris dimanche se poursuivent.", "2025-04-13"),
    ("Depuis jeudi, les grévistes occupent le site.", "2025-04-10"),
])
def test_french_weekday_follows_its_clause(text, expected):
    assert [d for _, d in dates(text, "fr")] == [expected]


def test_french_present_with_a_weekday_nearer_ahead_announces_it():
    # Monday: Thursday is three days ahead and four behind; Sunday one behind.
    assert dates("Les enseignants entament jeudi une grève illimitée.", "fr") == [("jeudi", "2025-04-17")]
    assert dates("Le gouvernement annonce dimanche de nouvelles mesures.", "fr") == [("dimanche", "2025-04-13")]
    # A verb after a reflexive "s'" that the model reads as a noun is still the present: on a Wednesday,
    # Thursday's vote is tomorrow's.
    wednesday = datetime(2025, 4, 16, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Le vote de jeudi s'annonce serré.", "fr", published=wednesday) == [("jeudi", "2025-04-17")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # What a postponement moves to lies ahead, whatever the tense.
    ("Le vote a été reporté à jeudi.", "fr", "2025-04-17"),
    ("The vote has been postponed until Friday.", "en", "2025-04-18"),
    # "à partir de", "starting": ahead unless the verb is past.
    ("Les écoles rouvrent à partir de mercredi.", "fr", "2025-04-16"),
    ("Starting Wednesday, schools reopen.", "en", "2025-04-16"),
    ("Dès samedi, les soldats avaient quitté la ville.", "fr", "2025-04-12"),
    ("Evacuation orders remain in place until Friday.", "en", "2025-04-18"),
    ("La grève a duré jusqu'à jeudi.", "fr", "2025-04-10"),
    # No verb: a word that looks ahead decides.
    ("Prochain rendez-vous : jeudi.", "fr", "2025-04-17"),
    ("Next up: the vote on Thursday.", "en", "2025-04-17"),
    ("Talks in Istanbul are set for Thursday.", "en", "2025-04-17"),
    # An expectation of the past says nothing of the date.
    ("The talks had been expected on Thursday but were pushed back a day.", "en", "2025-04-10"),
])
def test_postponed_to_starting_until_and_verbless(text, lang, expected):
    assert [d for _, d in dates(text, lang)] == [expected]


def test_each_weekday_takes_the_tense_of_its_own_clause():
    assert dates("Vendredi, il a annoncé que le vote aurait lieu mercredi.", "fr") == [
        ("Vendredi", "2025-04-11"), ("mercredi", "2025-04-16")]
    assert dates("Les élèves, qui avaient manifesté vendredi, reprendront les cours mercredi.", "fr") == [
        ("vendredi", "2025-04-11"), ("mercredi", "2025-04-16")]
    assert dates("On Friday, he said talks would resume Wednesday.", "en") == [
        ("Friday", "2025-04-11"), ("Wednesday", "2025-04-16")]
    assert dates("Zelensky said on Thursday he would not go to Istanbul.", "en") == [("Thursday", "2025-04-10")]
    assert dates("« Nous partirons vendredi », a déclaré le ministre samedi.", "fr") == [
        ("vendredi", "2025-04-18"), ("samedi", "2025-04-12")]
    assert dates("Dimanche, 35 personnes ont été tuées ; les funérailles auront lieu mardi.", "fr") == [
        ("Dimanche", "2025-04-13"), ("mardi", "2025-04-15")]
    # "going to" in the reported clause does not make the warning future.
    assert dates("The mayor warned on Sunday evening that residents who stay \"are going to die\".", "en") == [
        ("Sunday evening", "2025-04-13")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks are due to resume on Thursday.", "2025-04-17"),
    ("The minister is expected to speak on Wednesday.", "2025-04-16"),
    ("An Egyptian delegation is expected in Cairo on Friday.", "2025-04-18"),
    ("The strike could end on Thursday.", "2025-04-17"),
    ("Officials said the body would lie in state from Wednesday.", "2025-04-16"),
    ("He postponed a trip that had been due to begin Thursday.", "2025-04-17"),
    # A present verb in a "before" clause takes the tense of the clause it depends on.
    ("Forecasters say it could grow before it comes ashore Wednesday night.", "2025-04-16"),
    ("The summit was held on Saturday.", "2025-04-12"),
    ("Sunday's strike killed 35 people.", "2025-04-13"),
])
def test_english_weekday_follows_its_clause(text, expected):
    assert [d for _, d in dates(text, "en")] == [expected]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "depuis"/"since" and a past verb: the last such day, not the nearest one months ahead.
    ("Les conventions collectives sont échues depuis le 31 décembre.", "fr", "2024-12-31"),
    ("The contract expired on December 31.", "en", "2024-12-31"),
    ("Prices have risen since December 1.", "en", "2024-12-01"),
    # A future verb: the next one.
    ("Le forum se tiendra le 2 mars.", "fr", "2026-03-02"),
    # ... but a future verb about a day just behind is about that day.
    ("Le 10 avril restera une date noire pour la ville.", "fr", "2025-04-10"),
    # A past verb may report a coming date.
    ("Il a annoncé un sommet le 20 juin.", "fr", "2025-06-20"),
])
def test_year_of_a_day_and_month_follows_the_tense(text, lang, expected):
    assert [d for _, d in dates(text, lang)] == [expected]


def test_days_after_a_date_in_the_event_words():
    assert dates("Les négociations ont repris, trois jours après l'accord du 4 avril.", "fr") == [
        ("trois jours après", "2025-04-07"), ("4 avril", "2025-04-04")]
    assert dates("Les syndicats seront reçus mercredi, deux jours avant la grève du 18 avril.", "fr")[1] == (
        "deux jours avant", "2025-04-16")


def test_days_after_an_event_dated_in_an_earlier_post():
    blog = intel.BlogContext()
    wed = datetime(2024, 10, 10, 0, 20, tzinfo=ZoneInfo("America/New_York"))
    fri = datetime(2024, 10, 11, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    dates("Milton made landfall near Siesta Key on Wednesday, forecasters said.", "en", blog, wed, "America/New_York")
    assert dates("Two days after Milton made landfall, two million customers are still without power.", "en",
                 blog, fri, "America/New_York") == [("Two days after", "2024-10-11")]


def test_days_after_an_event_first_reported_without_a_date():
    blog = intel.BlogContext()
    dates("Un séisme de magnitude 7,7 a frappé le centre de la Birmanie.", "fr", blog,
          datetime(2025, 3, 28, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
    assert dates("Trois jours après le séisme, une minute de silence a été observée.", "fr", blog,
                 datetime(2025, 3, 31, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))) == [("Trois jours après", "2025-03-31")]


def test_days_after_an_event_counts_from_the_latest_one_the_blog_dated():
    # The blog is about this week's explosion; the older one is named in passing by a later post.
    blog = intel.BlogContext()
    paris = ZoneInfo("Europe/Paris")
    dates("Une explosion a détruit cette nuit un entrepôt du port de Sète.", "fr", blog,
          datetime(2025, 6, 2, 7, 0, tzinfo=paris))
    dates("L'explosion du port de Beyrouth, le 4 août 2020, avait fait plus de deux cents morts.", "fr", blog,
          datetime(2025, 6, 2, 18, 0, tzinfo=paris))
    assert dates("Trois jours après l'explosion, les dockers ont repris le travail.", "fr", blog,
                 datetime(2025, 6, 5, 12, 0, tzinfo=paris)) == [("Trois jours après", "2025-06-05")]


def test_a_clause_set_off_after_the_event_dates_it():
    assert dates("À la veille du sommet de Bruxelles, qui s'ouvrira demain, les diplomates multiplient les "
                 "réunions.", "fr") == [("la veille", "2025-04-14"), ("demain", "2025-04-15")]
    assert dates("Deux jours avant le référendum, prévu dimanche, les partisans du oui tiennent meeting.", "fr") == [
        ("Deux jours avant", "2025-04-18"), ("dimanche", "2025-04-20")]


def test_two_days_after_or_before_an_event():
    assert dates("La finale a eu lieu samedi. Le surlendemain de la finale, les joueurs ont défilé.", "fr") == [
        ("samedi", "2025-04-12"), ("Le surlendemain", "2025-04-14")]
    assert dates("Le pont a été inauguré vendredi. Le surlendemain, les premiers bouchons sont apparus.", "fr") == [
        ("vendredi", "2025-04-11"), ("Le surlendemain", "2025-04-13")]
    # A weekday set off after the counted day restates it, as a full date does.
    assert dates("Le surlendemain de l'inauguration, ce mercredi, les premiers visiteurs ont afflué.", "fr") == [
        ("Le surlendemain", "2025-04-09"), ("ce mercredi", "2025-04-09")]
    assert dates("L'avant-veille du scrutin, jeudi, les candidats ont débattu.", "fr") == [
        ("L'avant-veille", "2025-04-10"), ("jeudi", "2025-04-10")]


def test_days_after_an_event_without_a_sure_date_is_no_date():
    # Nothing to count from.
    assert dates("Deux jours après l'annonce, rien n'a bougé.", "fr") == []
    # Approximate counts.
    assert dates("Plus de deux semaines après la catastrophe, les secours cherchent encore.", "fr") == []
    assert dates("Milton comes less than two weeks after Helene, which struck on Sept. 26.", "en") == [
        ("Sept. 26", "2024-09-26")]
    # The count disagrees with the sentence: "is" speaks of today, not of the day after tomorrow.
    blog = intel.BlogContext()
    dates("The truce collapsed last night, officials said.", "en", blog)
    assert dates("Five days after the truce collapsed, water distribution remains patchy.", "en", blog) == []


def test_a_count_of_days_after_d_ici_is_a_deadline_ahead():
    assert dates("La commission doit rendre son rapport d'ici dix jours.", "fr") == [("d'ici dix jours", "2025-04-24")]
    assert dates("Les travaux seront achevés d'ici trois semaines, a indiqué la mairie.", "fr") == [
        ("d'ici trois semaines", "2025-05-05")]
    # A pluperfect counts from a time the text does not date.
    assert dates("Le maire avait promis un rapport d'ici quinze jours.", "fr") == []


def test_a_day_number_without_a_month():
    # After a word that bounds a time: a day of the publication's month, the next month's when it is gone.
    assert dates("Le syndicat menace d'une grève reconductible à partir du 22.", "fr") == [
        ("à partir du 22", "2025-04-22")]
    assert dates("La route restera fermée jusqu'au 3, selon la préfecture.", "fr") == [("jusqu'au 3", "2025-05-03")]
    assert dates("Les navettes circulent depuis le 20.", "fr") == [("depuis le 20", "2025-03-20")]
    # Set off after a date, it names that date again.
    assert dates("Les délégués se prononceront jeudi prochain, le 17, à Lyon.", "fr") == [
        ("jeudi prochain", "2025-04-17"), ("le 17", "2025-04-17")]
    # An emergency number, an hour, a day that disagrees with the date before it.
    assert dates("En cas de malaise, il faut appeler le 15.", "fr") == []
    assert dates("Les bus circuleront dès le 18 heures.", "fr") == []
    assert dates("Les délégués se prononceront jeudi prochain, le 25, à Lyon.", "fr") == [
        ("jeudi prochain", "2025-04-17")]


def test_days_without_a_month_take_the_month_named_before_them():
    assert dates("Les habitants se souviennent de décembre 1999. « La nuit du 26 au 27, tout a basculé », raconte "
                 "un élu.", "fr") == [("La nuit du 26 au 27", "1999-12-26/1999-12-27")]
    assert dates("La tempête a frappé le 3 mars. Du 5 au 7, les secours ont dégagé les routes.", "fr") == [
        ("le 3 mars", "2025-03-03"), ("Du 5 au 7", "2025-03-05/2025-03-07")]
    # No month named before; a rate.
    assert dates("Les salariés seront en grève du 14 au 16.", "fr") == []
    assert dates("En mars, le chômage est passé du 7 au 8 %.", "fr") == []


def test_the_day_after_an_event_counts_only_from_this_post():
    assert dates("The day after the April 4 deal, fighting resumed.", "en") == [
        ("The day after", "2025-04-05"), ("April 4", "2025-04-04")]
    assert dates("La frappe a eu lieu dimanche. Au lendemain de la frappe, la ville est en deuil.", "fr") == [
        ("dimanche", "2025-04-13"), ("Au lendemain", "2025-04-14")]
    blog = intel.BlogContext()
    dates("La frappe a eu lieu dimanche.", "fr", blog)
    assert dates("Au lendemain de la frappe, la ville est en deuil.", "fr", blog) == []
    # Not "the day before" an event.
    assert dates("The day before yesterday, it rained.", "en") == [("The day before yesterday", "2025-04-12")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Le sommet de l'Otan se tiendra les 24 et 25 juin à La Haye.", "fr",
     ("les 24 et 25 juin", "2025-06-24/2025-06-25")),
    ("Les épreuves auront lieu du lundi 23 au mercredi 25 juin.", "fr",
     ("du lundi 23 au mercredi 25 juin", "2025-06-23/2025-06-25")),
    ("Le vote aura lieu entre le 1er et le 3 juillet.", "fr",
     ("entre le 1er et le 3 juillet", "2025-07-01/2025-07-03")),
    ("The summit will be held on June 24-25 in The Hague.", "en", ("June 24-25", "2025-06-24/2025-06-25")),
    ("Leaders meet June 24 and 25.", "en", ("June 24 and 25", "2025-06-24/2025-06-25")),
    ("The fair runs 24-26 June.", "en", ("24-26 June", "2025-06-24/2025-06-26")),
])
def test_ranges_of_days(text, lang, expected):
    assert dates(text, lang) == [expected]


def test_le_weekday_in_the_present_is_a_habit():
    assert dates("Le marché se tient le mardi sur la place.", "fr") == []
    assert dates("Il est arrivé le mardi, épuisé.", "fr") == [("le mardi", "2025-04-08")]


def test_weekends():
    assert dates("The rally took place last weekend.", "en") == [("last weekend", "2025-04-12/2025-04-13")]
    assert dates("La manifestation a eu lieu le week-end dernier.", "fr") == [
        ("le week-end dernier", "2025-04-12/2025-04-13")]
    assert dates("Le congrès se tiendra le week-end prochain.", "fr") == [
        ("le week-end prochain", "2025-04-19/2025-04-20")]


def test_weeks():
    friday = datetime(2024, 10, 11, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    assert dates("Schools that closed earlier this week will reopen.", "en", published=friday,
                 timezone="America/New_York") == [("earlier this week", "2024-10-07/2024-10-10")]
    assert dates("Les écoles fermées plus tôt cette semaine rouvriront.", "fr", published=friday) == [
        ("plus tôt cette semaine", "2024-10-07/2024-10-10")]
    # On a Monday nothing came earlier this week.
    assert dates("Earlier this week, officials warned of floods.", "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Of the 2 million customers, 1 in 4 may wait days for power.", "en"),
    ("Theresa May 4 votes short, the bill failed.", "en"),
    ("Les magasins ouvrent du lundi au samedi.", "fr"),
    ("Shops open Monday through Saturday.", "en"),
    ("Every Monday, volunteers hand out food.", "en"),
    ("En 2022, la participation était de 47 % à 10 h.", "fr"),
    ("Le robot a atterri sur Mars 2 heures plus tard.", "fr"),
    ("Pilgrims gathered on Palm Sunday.", "en"),
    ("The Sunday Times reported the deal.", "en"),
    ("Le lundi de Pâques, les fidèles se sont rassemblés.", "fr"),
])
def test_not_dates(text, lang):
    assert dates(text, lang) == []


@pytest.mark.parametrize("text", [
    "Les 36 maires de la métropole ont signé la lettre.",
    "Au moins 30 maisons ont été détruites.",
    "Les 20 marsouins du régiment ont été déployés.",
    # A French weekday takes no capital: inside a sentence, it is a name.
    "« Il faudra des mois », a confié le ministre au Journal du Dimanche.",
    "Il a accordé un entretien à La Tribune Dimanche.",
])
def test_not_french_dates(text):
    assert dates(text, "fr") == []


def test_a_capitalised_weekday_opening_a_sentence_or_a_quote_is_a_day():
    assert dates("Dimanche, le ministre a parlé au Journal du Dimanche.", "fr") == [("Dimanche", "2025-04-13")]
    assert dates("« Samedi, tout a basculé », raconte-t-elle.", "fr") == [("Samedi", "2025-04-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # The night just gone, or the one ahead; "du ... au" is a night here, not a schedule.
    ("Dans la nuit de samedi à dimanche, des tirs ont visé la ville.", ("la nuit de samedi à dimanche",
                                                                       "2025-04-12/2025-04-13")),
    ("Dans la nuit du dimanche au lundi, les orages ont frappé le sud.", ("la nuit du dimanche au lundi",
                                                                          "2025-04-13/2025-04-14")),
    ("De fortes pluies sont attendues dans la nuit de jeudi à vendredi.", ("la nuit de jeudi à vendredi",
                                                                            "2025-04-17/2025-04-18")),
    ("La grève durera de mercredi à vendredi.", ("de mercredi à vendredi", "2025-04-16/2025-04-18")),
    ("Les négociations ont eu lieu entre mardi et jeudi.", ("entre mardi et jeudi", "2025-04-08/2025-04-10")),
])
def test_from_one_weekday_to_another(text, expected):
    assert dates(text, "fr") == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # Thirds of a month, in the year the tense points to.
    ("Les travaux ont commencé début avril.", ("début avril", "2025-04-01/2025-04-10")),
    ("Le scrutin aura lieu à la mi-juin.", ("mi-juin", "2025-06-11/2025-06-20")),
    ("La route ne rouvrira pas avant fin avril.", ("fin avril", "2025-04-21/2025-04-30")),
    ("Les réparations dureront jusqu'à fin février.", ("fin février", "2026-02-21/2026-02-28")),
    ("Les élections sont prévues fin mai 2027.", ("fin mai 2027", "2027-05-21/2027-05-31")),
])
def test_part_of_a_month(text, expected):
    assert dates(text, "fr") == [expected]


def test_this_weekend():
    # Monday: in the past, the weekend just gone; ahead, the coming one; on a Saturday, that one.
    assert dates("Ce week-end, des milliers de bénévoles ont déblayé les rues.", "fr") == [
        ("Ce week-end", "2025-04-12/2025-04-13")]
    assert dates("Le trafic sera perturbé ce week-end.", "fr") == [("ce week-end", "2025-04-19/2025-04-20")]
    saturday = datetime(2025, 4, 19, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Les supporters sont attendus ce week-end.", "fr", published=saturday) == [
        ("ce week-end", "2025-04-19/2025-04-20")]


@pytest.mark.parametrize(("text", "expected"), [
    # A past participle right before the date: that day is gone, whatever the main verb says.
    ("L'attaque menée le 20 avril a fait trois morts.", [("le 20 avril", "2024-04-20")]),
    ("Le cessez-le-feu conclu le 4 mai reste fragile.", [("le 4 mai", "2024-05-04")]),
    ("Le texte, adopté mardi par les députés, sera examiné jeudi.", [("mardi", "2025-04-08"),
                                                                    ("jeudi", "2025-04-17")]),
    # ... unless its auxiliary looks ahead, or the participle does.
    ("Le traité sera signé le 20 avril à Bruxelles.", [("le 20 avril", "2025-04-20")]),
    ("La réunion prévue le 20 avril est maintenue.", [("le 20 avril", "2025-04-20")]),
])
def test_a_date_after_a_past_participle(text, expected):
    assert dates(text, "fr") == expected


def test_a_post_just_after_midnight_counts_from_the_blog_time_zone():
    # 00:15 on Saturday at La Réunion is still Friday evening in Paris.
    saint_denis = datetime(2025, 3, 1, 0, 15, tzinfo=ZoneInfo("Indian/Reunion"))
    assert dates("Hier, une femme a été retrouvée sans vie ; les renforts sont attendus ce samedi.", "fr",
                 published=saint_denis, timezone="Indian/Reunion") == [("Hier", "2025-02-28"),
                                                                      ("ce samedi", "2025-03-01")]
    assert dates("Cette nuit, les vents se renforcent.", "fr", published=saint_denis,
                 timezone="Indian/Reunion") == [("Cette nuit", "2025-03-01")]


def test_a_context_rebuilt_from_stored_results_gets_the_earlier_events_back_when_a_post_needs_them():
    quake = ("Un séisme de magnitude 7,7 a frappé le centre de la Birmanie.",
             datetime(2025, 3, 28, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
    later = datetime(2025, 3, 31, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    reads = []

    def source():
        reads.append(1)
        return intel.events_of([quake], lang="fr", timezone="Europe/Paris")

    # A worker's context: the stored results hold no sentences, hence no events.
    blog = intel.BlogContext.from_results([{"quotes": [], "entities": [], "dates": [], "figures": []}])
    blog.events_source = source
    assert dates("Les secours fouillent toujours les décombres.", "fr", blog, later) == []
    assert reads == []  # nothing counted from an event: nothing read again
    assert dates("Trois jours après le séisme, une minute de silence a été observée.", "fr", blog, later) == [
        ("Trois jours après", "2025-03-31")]
    assert reads == [1]
    # Without them, no date.
    assert dates("Trois jours après le séisme, une minute de silence a été observée.", "fr",
                 intel.BlogContext.from_results([]), later) == []


@pytest.mark.parametrize(("text", "expected"), [
    # "est"/"sont" + participle is a passive in the present, unless the verb takes "être" for its past.
    ("Le couvre-feu est maintenu jusqu'à vendredi inclus.", [("vendredi", "2025-04-18")]),
    ("Le ministre est arrivé jeudi à Mayotte.", [("jeudi", "2025-04-10")]),
    ("Le sommet s'est tenu jeudi.", [("jeudi", "2025-04-10")]),
    # A conditional ending in "-ait" is no participle.
    ("Il a annoncé mardi que le scrutin se tiendrait le 30 juin.", [("mardi", "2025-04-08"),
                                                                     ("le 30 juin", "2025-06-30")]),
    ("Dans la nuit de vendredi 11 à samedi 12 avril, le cyclone a frappé l'archipel.",
     [("de vendredi 11 à samedi 12 avril", "2025-04-11/2025-04-12")]),
])
def test_french_passives_conditionals_and_nights_with_dates(text, expected):
    assert dates(text, "fr") == expected


def test_in_so_many_days():
    assert dates("Le verdict sera rendu dans trois jours.", "fr") == [("dans trois jours", "2025-04-17")]
    assert dates("Dans un mois, la route rouvrira.", "fr") == [("Dans un mois", "2025-05-14")]
    # A duration, or no count: no date.
    assert dates("Le pont a été reconstruit en deux jours.", "fr") == []
    assert dates("Dans les jours qui viennent, les recherches se poursuivront.", "fr") == []


def test_a_range_of_weekdays_under_way_in_the_present():
    tuesday = datetime(2025, 4, 15, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Les enseignants sont en grève de lundi à mercredi.", "fr", published=tuesday) == [
        ("de lundi à mercredi", "2025-04-14/2025-04-16")]
    sunday_night = datetime(2025, 4, 13, 1, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Dans la nuit de samedi à dimanche, les vents se renforcent.", "fr", published=sunday_night) == [
        ("la nuit de samedi à dimanche", "2025-04-12/2025-04-13")]


@pytest.mark.parametrize(("text", "expected"), [
    # "est"/"sont" + participle before a date is a passive in the present, not a day gone.
    ("Une manifestation est organisée le 18 avril devant le Sénat.", [("le 18 avril", "2025-04-18")]),
    # A participle alone in a sentence that looks ahead: the nearest such day, unless months ahead.
    ("Le sommet, organisé le 20 avril à Bruxelles, réunira les Vingt-Sept.", [("le 20 avril", "2025-04-20")]),
    # A participle that shares the auxiliary of the verb before it ("sera examiné ... puis voté").
    ("Le texte sera examiné jeudi puis voté le 24 avril.", [("jeudi", "2025-04-17"), ("le 24 avril", "2025-04-24")]),
    ("L'accord sera conclu le 20 avril et signé le 22 avril.", [("le 20 avril", "2025-04-20"),
                                                                 ("le 22 avril", "2025-04-22")]),
    # A noun ending like a participle is one only between commas ("le match, disputé samedi, ...").
    ("Les députés examineront plusieurs textes, sécurité jeudi et fiscalité vendredi.",
     [("jeudi", "2025-04-17"), ("vendredi", "2025-04-18")]),
    # A weekday after a participle alone, in a sentence that looks ahead and gives no later date: the
    # nearer one ("adopté mardi, sera examiné jeudi" tells two days in order: Tuesday is gone).
    ("Le sommet, organisé mardi à La Haye, doit entériner une hausse des dépenses.", [("mardi", "2025-04-15")]),
    # Guards: a participle alone in a present or past sentence still gives a day gone.
    ("Le cessez-le-feu conclu le 4 mai reste fragile.", [("le 4 mai", "2024-05-04")]),
    ("Le match, disputé samedi, a été remporté par Lyon.", [("samedi", "2025-04-12")]),
])
def test_a_participle_before_a_date_is_a_day_gone_only_when_nothing_looks_ahead(text, expected):
    assert dates(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The conditional of reported facts is a past: "aurait démissionné", "serait parti", "aurait été".
    ("Le suspect aurait quitté le pays dimanche.", "2025-04-13"),
    ("Selon la police, il aurait été interpellé samedi à Lyon.", "2025-04-12"),
    ("Le ministre serait parti jeudi pour Bruxelles.", "2025-04-10"),
    ("Les négociations auraient repris dimanche soir.", "2025-04-13"),
    ("Plusieurs centaines de personnes auraient péri samedi.", "2025-04-12"),
    # ... not a conditional that looks ahead, nor a passive one.
    ("Le vote aurait lieu jeudi.", "2025-04-17"),
    ("Le ministre serait reçu jeudi à l'Élysée.", "2025-04-17"),
])
def test_french_conditional_past_is_past(text, expected):
    assert [d for _, d in dates(text, "fr")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # Only the participles of verbs that take "être" make "est + participle" a past: "négocié" is not "né",
    # "vendu" not "venu".
    ("Le contrat est négocié jeudi avec les syndicats.", "2025-04-17"),
    ("Le bâtiment est vendu jeudi aux enchères.", "2025-04-17"),
    ("Elle est rentrée jeudi de Bruxelles.", "2025-04-10"),
    ("Il est revenu jeudi de Kiev.", "2025-04-10"),
])
def test_est_plus_participle_is_past_only_for_verbs_taking_etre(text, expected):
    assert [d for _, d in dates(text, "fr")] == [expected]


def test_a_day_and_month_with_dernier_or_prochain_is_never_the_nearest_ahead_or_behind():
    assert dates("Le budget, adopté le 21 décembre dernier, avait été imposé.", "fr") == [
        ("le 21 décembre dernier", "2024-12-21")]
    assert dates("Le 20 avril dernier, les électeurs avaient voté.", "fr") == [("Le 20 avril dernier", "2024-04-20")]
    assert dates("La cérémonie aura lieu le 10 avril prochain.", "fr") == [("le 10 avril prochain", "2026-04-10")]


def test_an_infinitive_clause_takes_the_tense_of_the_clause_it_hangs_on():
    assert dates("Le ministre doit s'exprimer mardi soir, avant de recevoir mercredi matin les syndicats.", "fr") == [
        ("mardi soir", "2025-04-15"), ("mercredi matin", "2025-04-16")]
    assert dates("Il a quitté Paris avant de rejoindre mercredi ses collègues.", "fr") == [("mercredi", "2025-04-09")]
    # A participle in apposition is no infinitive: the main verb does not decide for it.
    assert dates("La séance, suspendue vendredi, reprendra jeudi.", "fr") == [("vendredi", "2025-04-11"),
                                                                              ("jeudi", "2025-04-17")]


def test_ranges_of_weekdays_that_are_schedules_or_moves_are_no_dates():
    assert dates("Les bureaux sont ouverts de lundi à vendredi.", "fr") == []
    assert dates("Il travaille de lundi à samedi et se repose le dimanche.", "fr") == []
    assert dates("La réunion a été reportée de mardi à jeudi.", "fr") == []
    # A range of the working week that looks ahead is still one.
    assert dates("La grève durera de lundi à vendredi.", "fr") == [("de lundi à vendredi", "2025-04-14/2025-04-18")]
    # "qui court": the model reads an adjective, the relative pronoun says it is a verb in the present.
    tuesday = datetime(2025, 4, 15, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Ce tour de consultations, qui court de lundi à mercredi, doit aboutir.", "fr",
                 published=tuesday) == [("de lundi à mercredi", "2025-04-14/2025-04-16")]


def test_an_extension_until_a_weekday_lies_ahead():
    assert dates("Le couvre-feu a été prolongé jusqu'à jeudi.", "fr") == [("jeudi", "2025-04-17")]
    assert dates("La grève a été reconduite jusqu'à vendredi.", "fr") == [("vendredi", "2025-04-18")]
    assert dates("L'audience a été renvoyée à jeudi.", "fr") == [("jeudi", "2025-04-17")]
    assert dates("Les routes sont restées fermées jusqu'à jeudi.", "fr") == [("jeudi", "2025-04-10")]


def test_hyphenated_dates_are_names_not_days():
    assert dates("Les syndicats n'avaient plus défilé ensemble depuis les cortèges du 1er-Mai.", "fr") == []
    assert dates("Le 7-Octobre a profondément marqué le pays.", "fr") == []
    assert dates("Ils se sont rassemblés place du 14-Juillet.", "fr") == []


def test_ce_midi_is_the_day_of_the_post():
    assert dates("Le Premier ministre a présenté la réforme ce midi.", "fr") == [("ce midi", "2025-04-14")]


def test_cette_semaine_is_the_week_under_way():
    assert dates("Les écoles restent fermées cette semaine.", "fr") == [("cette semaine", "2025-04-14/2025-04-20")]
    friday = datetime(2024, 10, 11, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Cette semaine, trois manifestations ont eu lieu.", "fr", published=friday) == [
        ("Cette semaine", "2024-10-07/2024-10-13")]


def test_two_weekdays_after_de_are_two_days_not_a_range():
    # "de vendredi à samedi" and "entre vendredi et samedi" are ranges; "les pluies de vendredi et samedi" two days.
    assert dates("Les pluies de vendredi et samedi ont inondé la ville.", "fr") == [
        ("vendredi", "2025-04-11"), ("samedi", "2025-04-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # What a decision just taken sets ("jusqu'à", "à partir de", "d'ici") lies ahead although the verb is past.
    ("Les cheminots ont voté la reconduction de la grève jusqu'à jeudi.", "2025-04-17"),
    ("Météo-France a placé le département en vigilance rouge jusqu'à mercredi.", "2025-04-16"),
    ("Le préfet a interdit les rassemblements jusqu'à jeudi.", "2025-04-17"),
    ("Le recteur a annoncé la fermeture des écoles à partir de jeudi.", "2025-04-17"),
    ("Le ministre a promis l'envoi de renforts d'ici vendredi.", "2025-04-18"),
])
def test_a_day_a_past_decision_sets_lies_ahead(text, expected):
    assert [d for _, d in dates(text, "fr")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a duration that ended, a verb that decides nothing, a pluperfect, the day of the decision.
    ("La grève a duré jusqu'à jeudi.", "2025-04-10"),
    ("Les manifestants ont bloqué le dépôt jusqu'à dimanche.", "2025-04-13"),
    ("Le préfet avait décrété un couvre-feu jusqu'à jeudi.", "2025-04-10"),
    ("Le ministre avait promis une aide d'ici jeudi.", "2025-04-10"),
    ("La préfecture a annoncé jeudi la fin de l'alerte.", "2025-04-10"),
])
def test_a_day_after_a_past_verb_that_decides_nothing_ahead_is_gone(text, expected):
    assert [d for _, d in dates(text, "fr")] == [expected]


def test_a_verb_the_model_tags_as_a_noun_is_a_present():
    # "sort" after a noun with no determiner is the verb: the present with a weekday nearer ahead announces it.
    assert dates("Le nouveau plan de transport sort jeudi.", "fr") == [("jeudi", "2025-04-17")]
    assert dates("Le film de Nolan sort mercredi en salles.", "fr") == [("mercredi", "2025-04-16")]
    # A noun after a preposition or a determiner stays a noun.
    assert dates("Le match de rugby samedi a opposé Toulouse à Bordeaux.", "fr") == [("samedi", "2025-04-12")]
    assert dates("Réunion au sommet samedi à l'Élysée.", "fr") == [("samedi", "2025-04-12")]


def test_a_capitalised_english_day_word_inside_a_sentence_is_a_name():
    assert dates('"We are deeply sorry," he told NBC\'s Today show.', "en") == []
    assert dates("She appeared on The Tonight Show.", "en") == []
    # At the start of a sentence it is a day.
    assert dates("Today, schools reopen across the state.", "en") == [("Today", "2025-04-14")]
    assert dates("The minister spoke today.", "en") == [("today", "2025-04-14")]


@pytest.mark.parametrize(("text", "expected"), [
    # A weekday with a day number and no month is that day, whatever the tense says.
    ("Le mouvement avait débuté jeudi 10, avec un million de manifestants.", [("jeudi 10", "2025-04-10")]),
    ("Les syndicats se retrouvent mercredi 23 pour fixer la suite.", [("mercredi 23", "2025-04-23")]),
    ("Mardi 22, nouvelle journée de mobilisation.", [("Mardi 22", "2025-04-22")]),
    ("Samedi 19 et dimanche 20 avril, un train sur deux circulera.", [("Samedi 19", "2025-04-19"),
                                                                      ("dimanche 20 avril", "2025-04-20")]),
    # A count or an hour after the weekday is no day number; a number that is not that weekday is ignored.
    ("Samedi 14 manifestants ont été interpellés.", [("Samedi", "2025-04-12")]),
    ("Le vote aura lieu mardi 16.", [("mardi 16", "2025-04-15")]),
])
def test_a_weekday_with_a_day_number(text, expected):
    assert dates(text, "fr") == expected


def test_a_future_the_model_tags_as_a_participle_is_no_participle():
    assert dates("Le cortège partira samedi 14 heures.", "fr") == [("samedi", "2025-04-19")]


def test_a_future_in_era_after_a_number_is_a_verb():
    assert dates("Samedi et dimanche, un train sur deux circulera.", "fr") == [
        ("Samedi", "2025-04-19"), ("dimanche", "2025-04-20")]


def test_one_year_ago_since_and_ahead():
    assert dates("Il y a un an, il remportait son troisième titre.", "fr") == [("Il y a un an", "2024-04-14")]
    assert dates("Depuis un an, la ville vit au rythme des travaux.", "fr") == [("Depuis un an", "2024-04-14")]
    assert dates("Dans un an, le pont sera rouvert.", "fr") == [("Dans un an", "2026-04-14")]
    # Half a year more is no such day; "an" is no prefix ("depuis deux anciennes guerres").
    assert dates("Il y a un an et demi, la ville a été inondée.", "fr") == []
    assert dates("Ils sont là depuis deux anciennes guerres.", "fr") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "before"/"ahead of"/"avant" after a present: what follows is after now.
    ("The chancellor is in Leeds today, before meeting unions on Wednesday.", "en", "2025-04-16"),
    ("He is in Brussels, ahead of talks with EU leaders on Friday.", "en", "2025-04-18"),
    ("Le Premier ministre consulte aujourd'hui les partis, avant de recevoir mercredi les syndicats.", "fr",
     "2025-04-16"),
    # ... after a past, it is a day gone; a past inside the date's own clause wins.
    ("She visited the plant before meeting unions on Wednesday.", "en", "2025-04-09"),
    ("Il a consulté les partis avant de recevoir mercredi les syndicats.", "fr", "2025-04-09"),
    ("Kyiv says it shot down 40 drones before dawn on Sunday.", "en", "2025-04-13"),
])
def test_a_day_after_before_or_ahead_of_follows_the_clause_it_hangs_on(text, lang, expected):
    assert [d for t, d in dates(text, lang) if t.lower() not in {"today", "aujourd'hui"}] == [expected]


THURSDAY = datetime(2025, 4, 17, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
FRIDAY = datetime(2025, 4, 18, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A day named in a "depuis"/"since" phrase is gone, although the sentence looks ahead.
    ("Il sera reçu pour la première fois depuis sa nomination le 20 juillet.", "fr", "2024-07-20"),
    ("He will speak for the first time since his appointment on July 20.", "en", "2024-07-20"),
    # ... not a date inside a noun of the phrase, which may lie ahead, nor after a new verb.
    ("Il sera reçu depuis l'annonce du sommet du 20 juillet.", "fr", "2025-07-20"),
    ("Il est en poste depuis longtemps et partira le 20 juillet.", "fr", "2025-07-20"),
])
def test_a_day_in_a_since_phrase_is_gone(text, lang, expected):
    assert [d for _, d in dates(text, lang)] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A third of the week (Monday-Tuesday, Wednesday-Thursday, Friday-Sunday) or of the month, like "fin mars".
    ("Les visites reprendront en fin de semaine.", MONDAY, [("fin de semaine", "2025-04-18/2025-04-20")]),
    ("Le texte avait été déposé en début de semaine dernière.", MONDAY,
     [("début de semaine dernière", "2025-04-07/2025-04-08")]),
    ("Il arrivera en fin de mois.", MONDAY, [("en fin de mois", "2025-04-21/2025-04-30")]),
    ("Elle pourrait appeler à une grève d'ici la fin du mois.", MONDAY, [("fin du mois", "2025-04-21/2025-04-30")]),
    # A part that is over is the next week's when the sentence looks ahead; one not begun is last week's in the past.
    ("Le gouvernement sera nommé en début de semaine.", FRIDAY, [("début de semaine", "2025-04-21/2025-04-22")]),
    ("Il était arrivé en fin de semaine.", THURSDAY, [("fin de semaine", "2025-04-11/2025-04-13")]),
    # "d'ici" is ahead whatever the verb.
    ("Il a promis une réponse d'ici la fin de la semaine.", MONDAY, [("fin de la semaine", "2025-04-18/2025-04-20")]),
    # Habits and household budgets are no days.
    ("Le marché se tient chaque fin de semaine.", MONDAY, []),
    ("Les ménages peinent à boucler leurs fins de mois.", MONDAY, []),
    ("Ils ont du mal à boucler la fin de mois.", MONDAY, []),
])
def test_the_start_middle_or_end_of_a_week_or_month(text, published, expected):
    assert dates(text, "fr", published=published) == expected


def test_a_weekday_range_with_hours():
    assert dates("La route sera fermée de samedi 7 heures à dimanche 20 heures.", "fr") == [
        ("de samedi 7 heures à dimanche 20 heures", "2025-04-19/2025-04-20")]
    assert dates("L'île sera fermée du samedi 22 h au lundi 6 h.", "fr") == [
        ("du samedi 22 h au lundi 6 h", "2025-04-19/2025-04-21")]
    # Without hours, "du lundi au vendredi" stays a schedule.
    assert dates("Les bureaux sont ouverts du lundi au vendredi.", "fr") == []


def test_a_detached_adjective_before_a_later_day_tells_the_earlier_one():
    assert dates("Absent samedi, le ministre se rendra dimanche prochain à Kiev.", "fr") == [
        ("samedi", "2025-04-12"), ("dimanche prochain", "2025-04-20")]
    # With no later day, the main clause decides.
    assert dates("Absent samedi, il sera remplacé par son adjoint.", "fr") == [("samedi", "2025-04-19")]


def test_a_time_pointed_back_to_with_la_is_no_date():
    assert dates("Près de 600 pompiers étaient intervenus cette nuit-là.", "fr") == []
    assert dates("Ce soir-là, la foule s'était massée devant la mairie.", "fr") == []
    assert dates("Ce lundi-là, personne n'avait rien vu venir.", "fr", published=THURSDAY) == []
    assert dates("Cette semaine-là, le pays a retenu son souffle.", "fr") == []


def test_le_and_a_weekday_ahead_is_a_habit_too():
    assert dates("Le musée sera ouvert jusqu'à 22 heures le jeudi.", "fr") == []
    assert dates("La cathédrale sera ouverte du lundi au vendredi, et le jeudi jusqu'à 22 heures.", "fr") == []


@pytest.mark.parametrize("text", [
    "Un 14 Juillet sous la pluie : le défilé a été annulé.",
    "Le 14 Juillet, le président s'exprimera à la télévision.",
    "Un bus a été incendié près de l'avenue du 8 Mai 1945.",
    "Le défilé du 11 Novembre a réuni les anciens combattants.",
])
def test_a_capitalised_french_month_inside_a_sentence_is_a_name(text):
    assert dates(text, "fr") == []


def test_a_lowercase_month_is_a_date():
    assert dates("Le 14 juillet, le président s'exprimera à la télévision.", "fr") == [("Le 14 juillet", "2025-07-14")]


def test_a_day_number_joined_to_a_full_date_takes_its_month():
    assert dates("Il a gagné les étapes du 9 et du 12 avril.", "fr") == [
        ("du 9", "2025-04-09"), ("12 avril", "2025-04-12")]
    assert dates("L'accord sera signé le 3 ou le 4 mai.", "fr") == [("le 3", "2025-05-03"), ("le 4 mai", "2025-05-04")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A week that opens the sentence, or that the weekday specifies, frames the weekday (published on a Thursday).
    ("La semaine dernière, le ministre avait rencontré les syndicats, mercredi à Lyon.", "fr", "2025-04-09"),
    ("Il a été reçu la semaine dernière, mercredi, à l'Élysée.", "fr", "2025-04-09"),
    ("La semaine prochaine, le président se rendra à Kiev, puis mercredi à Varsovie.", "fr", "2025-04-23"),
    ("Last week, the minister met the unions on Wednesday in Leeds.", "en", "2025-04-09"),
    # Not a week that is a noun's complement, nor one told before a new clause.
    ("Les places pour les visites de la semaine prochaine ont été ouvertes mercredi.", "fr", "2025-04-16"),
    ("La semaine dernière, il a annoncé qu'il viendrait mercredi.", "fr", "2025-04-23"),
])
def test_a_weekday_framed_by_last_or_next_week(text, lang, expected):
    assert [d for t, d in dates(text, lang, published=THURSDAY) if "/" not in d] == [expected]


def test_a_present_with_a_deadline_ahead_looks_ahead():
    # "d'ici samedi" makes the clause speak of the days ahead: Friday is this week's, not the last one.
    assert dates("Il reste quatre étapes d'ici samedi, dont l'arrivée à Isola vendredi.", "fr") == [
        ("samedi", "2025-04-19"), ("vendredi", "2025-04-18")]
    # "à dix kilomètres d'ici" is a place.
    assert dates("Les secours sont bloqués à dix kilomètres d'ici, depuis jeudi.", "fr") == [("jeudi", "2025-04-10")]


def test_n_days_after_an_event_counts_from_the_date_of_its_own_stretch():
    # "aujourd'hui ... Pla d'Adet, demain le Plateau de Beille": Pla d'Adet is today's, not tomorrow's.
    context = intel.BlogContext()
    saturday = datetime(2025, 4, 12, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    dates("Au programme : aujourd'hui l'étape vers Pla d'Adet, demain le Plateau de Beille.", "fr", context, saturday)
    sunday = datetime(2025, 4, 13, 18, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Pogačar a gagné au Plateau de Beille un jour après Pla d'Adet.", "fr", context, sunday) == [
        ("un jour après", "2025-04-13")]


# Fourth round for unseen French blogs (Montreal ice storm, Martinique, Cannes): each rule and its guard.


def test_fin_de_semaine_with_a_determiner_is_the_weekend():
    # "cette fin de semaine" (Quebec's word for the weekend, and the official French one) is Saturday-Sunday.
    assert dates("Les équipes d'Hydro-Québec travailleront cette fin de semaine.", "fr") == [
        ("cette fin de semaine", "2025-04-19/2025-04-20")]
    assert dates("La fin de semaine dernière, ses équipes ont remplacé 300 poteaux.", "fr") == [
        ("La fin de semaine dernière", "2025-04-12/2025-04-13")]
    # Without a determiner, or as a deadline, it stays the end of the week (Friday-Sunday).
    assert dates("Le ministre est attendu en Martinique en fin de semaine.", "fr") == [
        ("fin de semaine", "2025-04-18/2025-04-20")]
    assert dates("Le texte sera voté d'ici la fin de semaine.", "fr") == [("fin de semaine", "2025-04-18/2025-04-20")]


@pytest.mark.parametrize("text", [
    "La collecte du mercredi est suspendue.",
    "Le marché du dimanche de Trinité est annulé cette semaine.",
    "Les boutiques, fermées le lundi hors saison, ouvrent tous les jours.",
])
def test_a_weekday_after_du_or_after_a_participle_with_le_is_a_habit(text):
    assert [t for t, _ in dates(text, "fr") if t not in {"cette semaine"}] == []


def test_a_weekday_after_du_in_the_past_is_a_day():
    assert dates("La manifestation du samedi a réuni 2 000 personnes.", "fr") == [("samedi", "2025-04-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # On a Monday the last Friday is nearer than the next one: a present that opens or holds an event looks ahead.
    ("Les soldes commencent vendredi.", "2025-04-18"),
    ("La cérémonie de clôture a lieu samedi.", "2025-04-19"),
    ("Québec a dévoilé son programme : les demandes en ligne démarrent vendredi.", "2025-04-18"),
    ("Le sommet se tient samedi à Bruxelles.", "2025-04-19"),
    ("Le procès s'ouvre vendredi devant la cour d'assises.", "2025-04-18"),
    # The model tags "commence" a noun after the apposition.
    ("La rétrospective, annoncée la semaine dernière, commence vendredi.", "2025-04-18"),
])
def test_a_present_that_opens_or_holds_an_event_looks_ahead(text, expected):
    assert [d for t, d in dates(text, "fr") if "/" not in d] == [expected]


def test_a_present_that_reports_or_a_past_start_stays_behind():
    assert dates("Le gouvernement annonce dimanche de nouvelles mesures.", "fr") == [("dimanche", "2025-04-13")]
    assert dates("La grève a commencé vendredi.", "fr") == [("vendredi", "2025-04-11")]


def test_a_short_quoted_title_holds_no_date():
    assert dates("La projection de « Vendredi soir », de Claire Denis, est reportée à samedi.", "fr") == [
        ("samedi", "2025-04-19")]
    assert dates("Une salle projette ce soir « Samedi soir, dimanche matin », de Karel Reisz.", "fr") == [
        ("ce soir", "2025-04-14")]
    assert dates("L'opération « Dimanche tranquille » a mobilisé 300 gendarmes.", "fr") == []
    # Words someone said are no title: after a colon, before a speech verb, or with a verb.
    assert [t for t, _ in dates("« Pas avant jeudi », a-t-il prévenu.", "fr")] == ["jeudi"]
    assert [t for t, _ in dates("Le ministre a été clair : « Jeudi, pas avant ».", "fr")] == ["Jeudi"]
    assert [t for t, _ in dates("« Nous partirons vendredi », a déclaré le ministre.", "fr")] == ["vendredi"]


def test_a_score_after_a_weekday_is_no_day_number():
    # Sunday 4 May is three weeks ahead: "4 à 1" is the score of the match played on the Sunday just gone.
    assert dates("Au stade, l'équipe locale l'a emporté dimanche 4 à 1.", "fr") == [("dimanche", "2025-04-13")]
    assert dates("Les urnes seront ouvertes samedi 19 et dimanche 20.", "fr") == [
        ("samedi 19", "2025-04-19"), ("dimanche 20", "2025-04-20")]
    # An hour after "à" is no score.
    assert dates("Les bureaux de vote ouvriront dimanche 20 à 8 heures.", "fr") == [("dimanche 20", "2025-04-20")]


def test_n_days_after_an_event_skips_a_sentence_that_only_counted_from_it():
    # "deux jours après la tempête" does not date the storm to Friday: five days after it is Monday, not Wednesday.
    context = intel.BlogContext()
    wednesday = datetime(2025, 4, 9, 22, 0, tzinfo=ZoneInfo("America/Toronto"))
    friday = datetime(2025, 4, 11, 10, 0, tzinfo=ZoneInfo("America/Toronto"))
    dates("Au plus fort de la tempête, mercredi soir, un million de clients étaient privés de courant.", "fr",
          context, wednesday, "America/Toronto")
    dates("Vendredi matin, deux jours après la tempête, 480 000 clients étaient encore dans le noir.", "fr", context,
          friday, "America/Toronto")
    monday = datetime(2025, 4, 14, 8, 0, tzinfo=ZoneInfo("America/Toronto"))
    assert dates("Cinq jours après le début de la tempête, 45 000 clients restent sans courant.", "fr", context,
                 monday, "America/Toronto") == [("Cinq jours après", "2025-04-14")]


def test_le_and_a_weekday_in_the_imperfect_is_a_habit():
    # The model reads "siègent" as an imperfect; a real imperfect is a habit of the past as well.
    assert [t for t, _ in dates("Les conseils, qui siègent d'ordinaire le lundi, sont reportés.", "fr")] == []
    assert [t for t, _ in dates("Le marché se tenait le mardi, avant la guerre.", "fr")] == []
    # The compound past tells one day.
    assert dates("Il est arrivé le samedi, épuisé.", "fr") == [("le samedi", "2025-04-12")]


def test_a_word_after_a_subject_pronoun_is_its_verb():
    # "repars" is read as an adverb: the clause would take the past of "a pris" and "le samedi" would be a day.
    text = "« Le poulet a pris 40 % en deux ans, et le samedi je repars avec un panier à moitié vide », dit-elle."
    assert dates(text, "fr") == []


def test_a_nouns_weekday_in_a_present_sentence_is_the_nearer_one():
    wednesday = datetime(2025, 4, 16, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("La séance de minuit de jeudi est déjà complète.", "fr", published=wednesday) == [
        ("jeudi", "2025-04-17")]
    assert dates("Le bilan de la frappe de samedi s'alourdit.", "fr") == [("samedi", "2025-04-12")]


SATURDAY = datetime(2025, 4, 12, 15, 0, tzinfo=ZoneInfo("Europe/Paris"))
SUNDAY_EVENING = datetime(2025, 4, 13, 20, 0, tzinfo=ZoneInfo("Europe/Paris"))


def test_what_a_decision_sets_with_pour_or_through_lies_ahead():
    # "pour" after a decision just taken, "through"/"until" after an English present perfect: the days ahead.
    assert dates("Le préfet a annoncé des renforts pour la nuit de samedi à dimanche.", "fr", published=SATURDAY) == [
        ("la nuit de samedi à dimanche", "2025-04-12/2025-04-13")]
    assert dates("La mairie a décidé un couvre-feu pour samedi.", "fr") == [("samedi", "2025-04-19")]
    assert dates("The airline has suspended all flights through Thursday, it said.", "en") == [
        ("Thursday", "2025-04-17")]
    # Guards: what lasted, or was decided before an earlier now, is gone.
    assert dates("The strike lasted through Thursday.", "en") == [("Thursday", "2025-04-10")]
    assert dates("The airline had suspended flights through Thursday, it said.", "en") == [("Thursday", "2025-04-10")]


def test_a_weekday_range_with_parts_of_the_day():
    assert dates("Entre vendredi soir et samedi matin, douze voitures ont brûlé.", "fr", published=SUNDAY_EVENING) == [
        ("Entre vendredi soir et samedi matin", "2025-04-11/2025-04-12")]
    assert dates("De samedi midi à dimanche, la route a été fermée.", "fr", published=SUNDAY_EVENING) == [
        ("De samedi midi à dimanche", "2025-04-12/2025-04-13")]


def test_a_duration_in_nights_gives_its_start():
    assert dates("Depuis trois nuits, la ville est sous couvre-feu.", "fr") == [("Depuis trois nuits", "2025-04-11")]
    assert dates("The town has been under curfew for four nights.", "en") == [("for four nights", "2025-04-10")]


def test_full_dates_joined_by_and_are_two_dates():
    # A range only when the month is shared ("June 24 and 25") or "between" opens it.
    assert dates("Inspections took place on March 2, April 8 and April 9.", "en") == [
        ("March 2", "2025-03-02"), ("April 8", "2025-04-08"), ("April 9", "2025-04-09")]
    assert dates("Talks took place between April 8 and April 9.", "en") == [
        ("between April 8 and April 9", "2025-04-08/2025-04-09")]


def test_an_english_night_from_one_day_to_the_next_is_both_days():
    assert dates("Heavy rain fell overnight Saturday into Sunday across the valley.", "en") == [
        ("overnight Saturday into Sunday", "2025-04-12/2025-04-13")]
    assert dates("Police were called to the bar between Friday night and Saturday morning.", "en") == [
        ("between Friday night and Saturday morning", "2025-04-11/2025-04-12")]
    assert dates("From Sunday night to Monday, the bridge was closed.", "en") == [
        ("From Sunday night to Monday", "2025-04-13/2025-04-14")]
    assert dates("More storms are expected Wednesday night into Thursday.", "en") == [
        ("Wednesday night into Thursday", "2025-04-16/2025-04-17")]
    # Guard: without a night, two weekdays stay two days.
    assert dates("The fair ran Thursday to Saturday.", "en") == [("Thursday", "2025-04-10"), ("Saturday", "2025-04-12")]


def test_what_someone_is_urged_to_do_until_a_day_lies_ahead():
    assert dates("The mayor urged residents to stay indoors through Thursday.", "en") == [("Thursday", "2025-04-17")]
    assert dates("Officials asked drivers to avoid the coast road until Friday, citing flooding.", "en") == [
        ("Friday", "2025-04-18")]
    assert dates("Le préfet a appelé les habitants à limiter leurs déplacements jusqu'à jeudi.", "fr") == [
        ("jeudi", "2025-04-17")]
    # Guards: a day the urging does not bound, or an earlier now.
    assert dates("The mayor urged residents to leave after the dam broke on Thursday.", "en") == [
        ("Thursday", "2025-04-10")]
    assert dates("The mayor had urged residents to stay indoors through Thursday.", "en") == [
        ("Thursday", "2025-04-10")]


def test_a_present_the_model_tags_imperfect_is_the_present():
    # "redoutent" (read as an imperfect): the present with a weekday nearer ahead announces it.
    saturday = datetime(2025, 4, 12, 15, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("D'après elle, de nombreux soignants redoutent la reprise des opérations lundi.", "fr",
                 published=saturday) == [("lundi", "2025-04-14")]
    # Guard: a real imperfect is past.
    assert dates("Les parents redoutaient la réouverture des écoles lundi.", "fr", published=saturday) == [
        ("lundi", "2025-04-07")]


def test_la_veille_with_no_day_told_is_the_day_before_publication():
    assert dates("Le suspect avait été contrôlé par la police la veille, sans suite.", "fr") == [
        ("la veille", "2025-04-13")]
    # Guard: after a date, the day before that date.
    assert dates("Le 3 avril, le suspect a été arrêté. Il avait été contrôlé la veille.", "fr") == [
        ("Le 3 avril", "2025-04-03"), ("la veille", "2025-04-02")]


def test_this_weekend_and_this_week_in_english():
    # On a Monday: the coming weekend, the week under way.
    assert dates("The shelters will stay open this weekend.", "en") == [("this weekend", "2025-04-19/2025-04-20")]
    assert dates("Talks resume this week.", "en") == [("this week", "2025-04-14/2025-04-20")]


def test_a_weekday_in_a_depuis_phrase_is_gone_whatever_the_main_verb():
    # Monday: the Thursday gone, although the main verb is a future.
    assert dates("Depuis l'incendie de l'usine de Rouen jeudi, les riverains seront relogés à l'hôtel.", "fr") == [
        ("jeudi", "2025-04-10")]
    assert dates("Since the landslide near the pass on Thursday, the road will stay closed to lorries.", "en") == [
        ("Thursday", "2025-04-10")]


def test_a_heading_with_no_verb_looks_ahead_past_avant():
    # Monday: "avant" in a sentence with no verb puts the match after now; after a past, the Sunday gone.
    assert dates("Dispositif renforcé avant le derby de dimanche au Vélodrome.", "fr") == [("dimanche", "2025-04-20")]
    assert dates("Un supporter a été blessé avant le derby de dimanche.", "fr") == [("dimanche", "2025-04-13")]


def test_a_warning_just_issued_for_a_weekday_is_in_force_ahead():
    # Monday: a present perfect takes no day gone, so the warning's Saturday is the coming one; a simple past is the
    # day it was issued.
    assert dates("Forecasters have placed the coast under a yellow wind warning from noon on Saturday.", "en") == [
        ("Saturday", "2025-04-19")]
    assert dates("Forecasters issued a yellow wind warning on Saturday.", "en") == [("Saturday", "2025-04-12")]


# --- Probe round of 2026-11-30 (bench/intel/probes/dates-*.jsonl): one test per class of construction.

def test_a_participle_clause_goes_on_to_its_agent_or_place_before_the_comma():
    # Tuesday 2 December 2025: the participle, even when the model tags it as a preposition, tells a day gone when
    # the clause goes on to "par ..." or "en ..." before its comma and the sentence gives a later day.
    tuesday = datetime(2025, 12, 2, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Le budget, adopté vendredi en commission, sera voté mardi prochain dans l'hémicycle.", "fr",
                 published=tuesday) == [("vendredi", "2025-11-28"), ("mardi prochain", "2025-12-09")]
    assert dates("La réforme, votée jeudi par les sénateurs, sera débattue lundi à l'Assemblée.", "fr",
                 published=tuesday) == [("jeudi", "2025-11-27"), ("lundi", "2025-12-08")]


def test_quebec_weekday_le_day_number():
    # Wednesday 12 March 2025 in Montreal: "vendredi le 21" is Friday the 21st, "lundi le 10 février" one date.
    wednesday = datetime(2025, 3, 12, 10, 0, tzinfo=ZoneInfo("America/Montreal"))
    assert dates("Le conseil d'administration se réunira vendredi le 21 pour adopter le budget.", "fr",
                 published=wednesday, timezone="America/Montreal") == [("vendredi le 21", "2025-03-21")]
    assert dates("Les travaux ont commencé lundi le 10 février sur le boulevard Saint-Laurent.", "fr",
                 published=wednesday, timezone="America/Montreal") == [("lundi le 10 février", "2025-02-10")]


def test_english_thirds_of_a_month():
    # Monday 14 April 2025.
    assert dates("The consultation closes in mid-May, the ministry said.", "en") == [
        ("mid-May", "2025-05-11/2025-05-20")]
    assert dates("Sales slumped in late March, figures showed.", "en") == [("late March", "2025-03-21/2025-03-31")]
    assert dates("The first shipments are due in early June.", "en") == [("early June", "2025-06-01/2025-06-10")]
    assert dates("Work should finish by the end of May.", "en") == [("the end of May", "2025-05-21/2025-05-31")]


def test_english_parts_of_a_week_or_month():
    # Monday 14 April 2025: as "en début de semaine prochaine", "en fin de semaine dernière", "d'ici la fin du mois".
    assert dates("The minister will visit Belfast early next week.", "en") == [
        ("early next week", "2025-04-21/2025-04-22")]
    assert dates("Talks broke down late last week.", "en") == [("late last week", "2025-04-11/2025-04-13")]
    assert dates("The report will be published by the end of the month.", "en") == [
        ("by the end of the month", "2025-04-21/2025-04-30")]


def test_a_weekend_named_with_a_preposition():
    # Monday 14 April 2025: in a past sentence the weekend just gone; announced, the coming one.
    assert dates("Fans camped outside the stadium over the weekend.", "en") == [
        ("over the weekend", "2025-04-12/2025-04-13")]
    assert dates("Two ferries were cancelled this past weekend.", "en") == [
        ("this past weekend", "2025-04-12/2025-04-13")]
    assert dates("Le musée restera ouvert tout le week-end.", "fr") == [("tout le week-end", "2025-04-19/2025-04-20")]
    assert dates("Les dégâts du week-end dernier sont chiffrés à deux millions d'euros.", "fr") == [
        ("du week-end dernier", "2025-04-12/2025-04-13")]


def test_a_present_passive_of_planning_or_forecasting_announces():
    # Monday 14 April 2025: "is planned", "is forecast" are no past; "was planned" and "the gang planned" are.
    assert dates("Road closures are planned this weekend in the city centre.", "en") == [
        ("this weekend", "2025-04-19/2025-04-20")]
    assert dates("Heavy snow is forecast for Thursday in the Highlands.", "en") == [("Thursday", "2025-04-17")]
    assert dates("The gang planned the robbery on Thursday.", "en") == [("Thursday", "2025-04-10")]


def test_english_in_n_days_is_ahead_unless_a_duration_or_a_period():
    # Monday 14 April 2025.
    assert dates("The talks resume in ten days.", "en") == [("in ten days", "2025-04-24")]
    assert dates("A verdict is expected in two weeks' time.", "en") == [("in two weeks' time", "2025-04-28")]
    assert dates("The bridge was rebuilt in ten days.", "en") == []
    assert dates("It was the sharpest fall in six months, and the first cut in three months.", "en") == []
    assert dates("It is the third attack on the depot in five days.", "en") == []


def test_this_month():
    # Monday 14 April 2025: the month under way.
    assert dates("Prices have risen sharply this month.", "en") == [("this month", "2025-04-01/2025-04-30")]
    assert dates("Le chômage a reculé ce mois-ci.", "fr") == [("ce mois-ci", "2025-04-01/2025-04-30")]
    # As "earlier this week": the month's days before publication, or after it.
    assert dates("Earlier this month, the council froze hiring.", "en") == [
        ("Earlier this month", "2025-04-01/2025-04-13")]
    assert dates("A new budget is due later this month.", "en") == [("later this month", "2025-04-15/2025-04-30")]


def test_every_weekday_to_weekday_is_a_schedule():
    assert dates("The library opens every Tuesday to Sunday from 10am.", "en") == []


def test_a_range_never_ends_before_it_starts():
    # Monday 1 September 2025: January alone is nearer ahead, April nearer behind; the tense decides the year.
    monday = datetime(2025, 9, 1, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("Les fouilles s'étaient déroulées du 10 janvier au 3 avril.", "fr", published=monday) == [
        ("du 10 janvier au 3 avril", "2025-01-10/2025-04-03")]
    assert dates("The exhibition will run from January 10 to April 3.", "en", published=monday) == [
        ("from January 10 to April 3", "2026-01-10/2026-04-03")]


def test_a_period_an_english_decree_just_proclaimed_lies_ahead():
    # Monday 14 April 2025: a present perfect of declaring puts the period it proclaims ahead.
    assert dates("The council has declared two days of official mourning, from Wednesday to Thursday.", "en") == [
        ("from Wednesday to Thursday", "2025-04-16/2025-04-17")]
    assert dates("The prime minister has proclaimed a public holiday on Friday.", "en") == [("Friday", "2025-04-18")]
    # Guards: a past range is gone; with nothing between the verb and the day, it is the day of declaring.
    assert dates("The fair ran from Wednesday to Friday in the old market.", "en") == [
        ("from Wednesday to Friday", "2025-04-09/2025-04-11")]
    assert dates("The minister has declared on Friday that the drought is over.", "en") == [("Friday", "2025-04-11")]
    # An object that names no period may have been declared that day.
    assert dates("Officials have declared a state of emergency on Friday after the floods.", "en") == [
        ("Friday", "2025-04-11")]
    # "from ... to ..." in a present without a night is a schedule.
    assert dates("The castle is open from Tuesday to Sunday.", "en") == []


def test_an_english_present_of_lasting_until_a_weekday_lies_ahead():
    # Monday 14 April 2025: the tagger may read "runs" as a noun; the clause must not borrow the past before "and".
    assert dates("Fans have queued since Saturday, and the city's book fair runs until Friday.", "en") == [
        ("Saturday", "2025-04-12"), ("Friday", "2025-04-18")]
    assert dates("The exhibition ran until Friday.", "en") == [("Friday", "2025-04-11")]


def test_an_english_present_that_opens_or_closes_an_event_looks_ahead():
    # Thursday 17 April 2025: Monday is three days behind and four ahead; "opens" announces the coming one.
    thursday = datetime(2025, 4, 17, 18, 0, tzinfo=ZoneInfo("Europe/London"))
    assert dates("The new ferry service opens on Monday.", "en", published=thursday,
                 timezone="Europe/London") == [("Monday", "2025-04-21")]
    assert dates("The public inquiry resumes on Tuesday.", "en", published=thursday,
                 timezone="Europe/London") == [("Tuesday", "2025-04-22")]
    assert dates("The public inquiry resumed on Tuesday.", "en", published=thursday,
                 timezone="Europe/London") == [("Tuesday", "2025-04-15")]


def test_a_weekend_a_decision_just_taken_extends_over_lies_ahead():
    # Thursday 17 April 2025: a past sentence's weekend is the one gone, unless a decision stretches to the next.
    thursday = datetime(2025, 4, 17, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("La préfecture a prolongé la fermeture des berges sur tout le week-end.", "fr",
                 published=thursday) == [("tout le week-end", "2025-04-19/2025-04-20")]
    assert dates("The council has extended the parking ban through the weekend.", "en", published=thursday) == [
        ("through the weekend", "2025-04-19/2025-04-20")]
    # Guards: a weekend in a past that decides nothing is gone.
    assert dates("Les berges ont été envahies tout le week-end.", "fr", published=thursday) == [
        ("tout le week-end", "2025-04-12/2025-04-13")]
    assert dates("Crowds packed the beaches over the weekend.", "en", published=thursday) == [
        ("over the weekend", "2025-04-12/2025-04-13")]


def test_a_third_of_a_month_in_a_present_yearly_habit_is_no_date():
    # Monday 14 April 2025: "comme chaque année", "every year" with a present tell every such month.
    assert dates("Les cigognes reviennent dans le marais fin mars, comme chaque année.", "fr") == []
    assert dates("The swifts return to the valley in early May every year.", "en") == []
    # Guards: a past or a future is this year's, whatever the habit.
    assert dates("Comme chaque année, la foire aura lieu mi-juin.", "fr") == [("mi-juin", "2025-06-11/2025-06-20")]
    assert dates("As every year, the swifts were back in early April.", "en") == [
        ("early April", "2025-04-01/2025-04-10")]
    assert dates("Les cigognes reviennent fin avril.", "fr") == [("fin avril", "2025-04-21/2025-04-30")]


def test_a_duration_with_grouped_thousands_gives_its_start():
    # Monday 14 April 2025: 1 200 days back is 31 December 2021; a thin space, a no-break space or a comma.
    assert dates("Le chantier est à l'arrêt depuis 1 200 jours.", "fr") == [("depuis 1 200 jours", "2021-12-31")]
    assert dates("Le chantier est à l'arrêt depuis 1\u202f200 jours.", "fr") == [
        ("depuis 1\u202f200 jours", "2021-12-31")]
    assert dates("The site has been idle for 1,200 days.", "en") == [("for 1,200 days", "2021-12-31")]
    # A count of years before the calendar's first year is no date (and no crash).
    assert dates("La grotte est habitée depuis 12 000 ans.", "fr") == []


def test_a_year_named_at_the_opening_or_after_the_date_gives_its_year():
    # Monday 14 April 2025: "L'an dernier," frames the days and thirds of a month of its sentence.
    assert dates("L'an dernier, la foire s'était tenue début juin.", "fr") == [("début juin", "2024-06-01/2024-06-10")]
    assert dates("L'année dernière, le salon avait fermé ses portes le 2 mai.", "fr") == [("le 2 mai", "2024-05-02")]
    assert dates("Ils étaient 300 le 2 mai de l'an dernier.", "fr") == [("le 2 mai", "2024-05-02")]
    assert dates("Last year, the fair closed on May 2.", "en") == [("May 2", "2024-05-02")]
    # A range across a year end: the year named is its start's; "1er" may end a range.
    new_year = datetime(2025, 12, 31, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("L'an dernier, 40 voitures avaient brûlé dans la nuit du 31 décembre au 1er janvier.", "fr",
                 published=new_year) == [("du 31 décembre au 1er janvier", "2024-12-31/2025-01-01")]
    # Not through a new clause: "que" opens one.
    assert dates("L'an dernier, il avait promis que le pont rouvrirait le 2 mai.", "fr") == [("le 2 mai", "2025-05-02")]


def test_a_full_date_set_off_after_a_counted_day_restates_it():
    # Monday 14 April 2025: the date after the comma is the counted day, even with no event date to count from.
    assert dates("Deux jours après l'explosion, le 9 mars 2022, le gérant avait été entendu.", "fr") == [
        ("Deux jours après", "2022-03-09"), ("le 9 mars 2022", "2022-03-09")]
    assert dates("Il avait loué une camionnette la veille du braquage, le 4 mai 2021, à Lyon.", "fr") == [
        ("la veille", "2021-05-04"), ("le 4 mai 2021", "2021-05-04")]
    # And over a day counted from a range the post gave before.
    assert dates("Le stade restera fermé d'ici la fin de la semaine. La veille, le 12 avril, des supporteurs "
                 "avaient envahi la pelouse.", "fr") == [
        ("fin de la semaine", "2025-04-18/2025-04-20"), ("La veille", "2025-04-12"), ("le 12 avril", "2025-04-12")]
    assert dates("The day before, on April 12, fans had stormed the pitch.", "en") == [
        ("The day before", "2025-04-12"), ("April 12", "2025-04-12")]
    # An apposition that dates the event counted from keeps the count.
    context = intel.BlogContext()
    dates("Le navire a accosté à Brest dimanche.", "fr", context=context)
    # Monday 14 April 2025: the ship docked on Sunday 13 April; "le 13 avril" dates the docking, not the count.
    assert dates("Deux jours après l'accostage du navire à Brest, le 13 avril, les marins seront débarqués.", "fr",
                 context=context) == [("Deux jours après", "2025-04-15"), ("le 13 avril", "2025-04-13")]


def test_a_part_of_the_month_a_decision_just_taken_sets_lies_ahead():
    # Wednesday 15 January 2025: the 21st-31st has not begun; what was just decided runs up to it.
    wednesday = datetime(2025, 1, 15, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("La mairie a prolongé la fermeture du gymnase jusqu'à la fin du mois.", "fr",
                 published=wednesday) == [("fin du mois", "2025-01-21/2025-01-31")]
    assert dates("Le préfet a interdit les feux de camp jusqu'à la fin du mois.", "fr",
                 published=wednesday) == [("fin du mois", "2025-01-21/2025-01-31")]


def test_a_date_in_a_quotation_takes_the_tense_of_the_quotation():
    # Wednesday 16 April 2025: the weekend is the coming one, whatever the past of the verb that reports the words.
    wednesday = datetime(2025, 4, 16, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("« Chaque habitant doit nettoyer ses caniveaux, ses cours, ses jardins ce week-end », a-t-il martelé.",
                 "fr", published=wednesday) == [("ce week-end", "2025-04-19/2025-04-20")]
    assert dates("« Les familles doivent quitter le quartier, les commerces, les écoles ce week-end », a-t-il ajouté.",
                 "fr", published=wednesday) == [("ce week-end", "2025-04-19/2025-04-20")]


def test_last_or_next_month_after_au_or_du():
    # Monday 14 April 2025.
    assert dates("Les ventes ont doublé par rapport au mois dernier.", "fr") == [
        ("au mois dernier", "2025-03-01/2025-03-31")]
    assert dates("Les chiffres du mois passé sont mauvais.", "fr") == [("du mois passé", "2025-03-01/2025-03-31")]


def test_a_day_and_month_after_un_is_any_such_day():
    assert dates("Il a neigé à Lyon, du jamais-vu pour un 20 avril.", "fr") == []
    assert dates("Il a neigé à Lyon le 10 avril.", "fr") == [("le 10 avril", "2025-04-10")]


def test_a_present_spelled_as_a_simple_past_is_the_present():
    # Tuesday 14 January 2025: "n'exclut pas" is read as a simple past by the small model; the week under way's end.
    tuesday = datetime(2025, 1, 14, 18, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert dates("La direction n'exclut pas une fermeture du site en fin de semaine.", "fr", published=tuesday) == [
        ("fin de semaine", "2025-01-17/2025-01-19")]
    assert dates("Le syndicat conclut un accord en fin de semaine.", "fr", published=tuesday) == [
        ("fin de semaine", "2025-01-17/2025-01-19")]


def test_what_is_forecast_after_et_lies_ahead():
    # Friday 29 August 2025: the agency's past alert keeps its Thursday; the forecast runs to the coming Sunday.
    friday = datetime(2025, 8, 29, 20, 0, tzinfo=ZoneInfo("Africa/Dakar"))
    assert dates("La préfecture avait fermé les plages dès jeudi et prévoit de fortes houles jusqu'à dimanche.", "fr",
                 published=friday, timezone="Africa/Dakar") == [("jeudi", "2025-08-28"), ("dimanche", "2025-08-31")]


# Wednesday 31 December 2025; Wednesday 16, Thursday 17 and Friday 18 April 2025 (MONDAY is the 14th).
NEW_YEARS_EVE = datetime(2025, 12, 31, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
WEDNESDAY = datetime(2025, 4, 16, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.mark.parametrize(("text", "expected"), [
    # A fixture's opponent after the day number keeps it a day number, across the year's end.
    ("Les supporters attendent le choc de samedi 10 contre Nantes.", [("samedi 10", "2026-01-10")]),
    ("Le derby de dimanche 11 face à Lyon se jouera à huis clos.", [("dimanche 11", "2026-01-11")]),
    # A number after "contre" is a score or a count.
    ("Le club l'avait emporté samedi 27 contre 10.", [("samedi", "2025-12-27")]),
])
def test_a_weekday_with_a_day_number_before_an_opponent(text, expected):
    assert dates(text, "fr", published=NEW_YEARS_EVE) == expected


def test_a_participle_in_u_between_commas_tells_a_day_gone():
    assert dates("Les pourparlers, interrompus lundi, reprendront vendredi à Genève.", "fr", published=THURSDAY) == [
        ("lundi", "2025-04-14"), ("vendredi", "2025-04-18")]
    assert dates("Le maire, élu dimanche, prendra ses fonctions lundi.", "fr", published=THURSDAY) == [
        ("dimanche", "2025-04-13"), ("lundi", "2025-04-21")]


def test_a_habit_in_tient_or_vient_read_as_a_simple_past_is_still_a_habit():
    assert dates("La braderie, qui se tient d'ordinaire le dimanche, est annulée.", "fr") == []


def test_what_is_to_be_expected_lies_ahead():
    assert dates("De fortes rafales sont à prévoir de mardi à jeudi sur le littoral.", "fr", published=THURSDAY) == [
        ("de mardi à jeudi", "2025-04-22/2025-04-24")]
    assert dates("Des retards restent à prévoir mardi.", "fr", published=WEDNESDAY) == [("mardi", "2025-04-22")]
    assert dates("Des pluies sont à prévoir après les orages de mardi.", "fr", published=THURSDAY) == [
        ("mardi", "2025-04-15")]
    # An expectation told in the imperfect is of an earlier time.
    assert dates("Des orages étaient à craindre mardi, ils ont épargné la ville.", "fr", published=THURSDAY) == [
        ("mardi", "2025-04-15")]


def test_a_call_in_the_present_is_for_a_day_ahead():
    assert dates("Le collectif appelle à un rassemblement samedi devant la mairie.", "fr") == [
        ("samedi", "2025-04-19")]
    assert dates("Les syndicats appellent aux rassemblements samedi.", "fr", published=THURSDAY) == [
        ("samedi", "2025-04-19")]
    # A day in a "depuis" phrase, a noun's day and a participle's day are gone.
    assert dates("Le syndicat appelle à la grève depuis jeudi.", "fr") == [("jeudi", "2025-04-10")]
    assert dates("Le maire appelle au calme après les violences de samedi.", "fr") == [("samedi", "2025-04-12")]
    assert dates("La CGT appelle à poursuivre le mouvement engagé mardi.", "fr", published=THURSDAY) == [
        ("mardi", "2025-04-15")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A decision's bound set off by a comma.
    ("Le préfet a prolongé le couvre-feu dans trois communes, jusqu'à mardi au moins.", FRIDAY, "2025-04-22"),
    ("La mairie a fermé les parcs de la ville, jusqu'à lundi inclus.", FRIDAY, "2025-04-21"),
    # What is called off is the day's event.
    ("La compagnie a annulé tous les vols de jeudi.", MONDAY, "2025-04-17"),
    ("Air France a suspendu les vols long-courriers de vendredi.", WEDNESDAY, "2025-04-18"),
    ("La préfecture a interdit la manifestation de samedi.", MONDAY, "2025-04-19"),
    # A day gone dates the decision: the first such day from it.
    ("Samedi, le club a annulé le match de dimanche.", MONDAY, "2025-04-13"),
    ("Hier, la compagnie a annulé tous les vols de jeudi.", MONDAY, "2025-04-17"),
    ("Jeudi, la compagnie a annulé tous les vols de samedi.", FRIDAY, "2025-04-19"),
    # Guards: a bound that decides nothing, an event inside another noun.
    ("Les manifestants ont bloqué le dépôt, jusqu'à mardi soir.", FRIDAY, "2025-04-15"),
    ("La fédération a annulé le résultat du match de samedi.", MONDAY, "2025-04-12"),
])
def test_a_day_a_past_decision_sets_lies_ahead_more(text, published, expected):
    assert [d for _, d in dates(text, "fr", published=published)][-1] == expected


def test_an_event_moved_later_was_set_before_the_day_it_moves_to():
    assert dates("La réunion, d'abord prévue mercredi, a été repoussée à ce soir.", "fr", published=FRIDAY) == [
        ("mercredi", "2025-04-16"), ("ce soir", "2025-04-18")]
    assert dates("Le concert annulé vendredi en raison des orages sera reprogrammé mercredi.", "fr") == [
        ("vendredi", "2025-04-11"), ("mercredi", "2025-04-16")]
    # Already before the new day: the plan is kept.
    assert dates("Le match prévu samedi a été reporté au 30 avril.", "fr", published=THURSDAY) == [
        ("samedi", "2025-04-19"), ("30 avril", "2025-04-30")]


def test_jusqu_au_week_end_is_the_weekend():
    assert dates("La vigilance orange est maintenue jusqu'au week-end.", "fr", published=WEDNESDAY) == [
        ("jusqu'au week-end", "2025-04-19/2025-04-20")]
    assert dates("Les délégués ont décidé de maintenir le blocage jusqu'au week-end.", "fr", published=WEDNESDAY) == [
        ("jusqu'au week-end", "2025-04-19/2025-04-20")]


def test_la_fin_de_semaine_prochaine_is_the_weekend_of_next_week():
    wednesday = datetime(2025, 4, 16, 9, 0, tzinfo=ZoneInfo("America/Montreal"))
    assert dates("Le festival attend du monde la fin de semaine prochaine.", "fr", published=wednesday,
                 timezone="America/Montreal") == [("la fin de semaine prochaine", "2025-04-26/2025-04-27")]
    assert dates("Le festival attend du monde cette fin de semaine.", "fr", published=wednesday,
                 timezone="America/Montreal") == [("cette fin de semaine", "2025-04-19/2025-04-20")]


# Saturday 19 April 2025, 10:00 in Paris.
SATURDAY_19 = datetime(2025, 4, 19, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The exhibition has been extended until the 28th.", [("until the 28th", "2025-04-28")]),
    ("Registrations are accepted from the 3rd.", [("from the 3rd", "2025-05-03")]),
    ("Flights have been grounded since the 2nd.", [("since the 2nd", "2025-04-02")]),
    # A noun after the ordinal: no day of the month.
    ("Trade has grown steadily since the 19th century.", []),
    ("The hosts equalised by the 90th minute.", []),
])
def test_an_english_day_number_alone_after_a_bound_is_a_day_of_the_month(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency issued a flood warning last night, in place until Thursday.",
     [("last night", "2025-04-13"), ("Thursday", "2025-04-17")]),
    # With its own verb in the past, the state is over.
    ("The curfew was in place until Thursday.", [("Thursday", "2025-04-10")]),
])
def test_an_english_state_set_off_after_what_set_it_lasts_ahead(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An emergency hearing has been called for Wednesday evening.", "2025-04-16"),
    ("The final has been moved to Saturday.", "2025-04-19"),
    # A simple past passive may tell a day gone.
    ("An emergency hearing was called for Wednesday.", "2025-04-09"),
])
def test_an_english_event_just_set_for_a_day_lies_ahead(text, expected):
    assert [d for _, d in dates(text, "en")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The city council meets on Thursday to approve the budget.", "2025-04-24"),
    ("The league leaders host Chelsea on Thursday.", "2025-04-24"),
    ("Parliament sits on Thursday to debate the bill.", "2025-04-24"),
    # "votes" a noun: the nearer Thursday, gone.
    ("The committee's votes on Thursday remain secret.", "2025-04-17"),
])
def test_an_english_present_that_holds_an_event_announces_its_day(text, expected):
    assert [d for _, d in dates(text, "en", published=SATURDAY_19)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("A third round of talks is due to open in a week's time.", [("in a week's time", "2025-04-21")]),
    # After an ordinal with no event set to come: a period counted back, no date.
    ("It was the third strike in two weeks.", []),
    ("It is the first ship to dock in two weeks.", []),
])
def test_an_english_count_ahead_after_an_ordinal_and_an_infinitive(text, expected):
    assert dates(text, "en") == expected


def test_an_english_week_after_for_is_no_count():
    assert dates("Ticket sales for this week are up 20%.", "en") == [("this week", "2025-04-14/2025-04-20")]
    assert dates("Talks have gone on for three weeks.", "en") == [("for three weeks", "2025-03-24")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Today's walkout follows those of last Tuesday and Wednesday.",
     [("Today", "2025-04-14"), ("last Tuesday", "2025-04-08"), ("Wednesday", "2025-04-09")]),
    # A weekday that opens another clause is not in the list.
    ("Sales fell last Tuesday, and Wednesday brings the results.",
     [("last Tuesday", "2025-04-08"), ("Wednesday", "2025-04-16")]),
])
def test_last_or_next_before_a_list_of_english_weekdays_is_every_one(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The storm will move inland overnight, possibly reaching the capital on Saturday.", "2025-04-19"),
    ("The storm moved inland, reaching the capital on Saturday.", "2025-04-12"),
])
def test_an_english_participle_clause_takes_the_tense_it_hangs_on(text, expected):
    assert [d for _, d in dates(text, "en")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # A weekday with its night word after "set for" is a weekday, not a count of nights.
    ("The final council debate is set for Thursday night.", [("Thursday night", "2025-04-17")]),
    # A day and month at each end, the day first: one range.
    ("Inspectors found 14 faults between 3 March and 9 April.",
     [("between 3 March and 9 April", "2025-03-03/2025-04-09")]),
    ("The exhibition ran from 20 March to 2 April.", [("from 20 March to 2 April", "2025-03-20/2025-04-02")]),
    # "by the weekend" is the weekend near publication, as "over the weekend".
    ("The ferry could be back in service by the weekend.", [("by the weekend", "2025-04-19/2025-04-20")]),
])
def test_english_nights_day_first_ranges_and_weekend_bounds(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "from" bounds a time ahead like "starting", unless the verb is past.
    ("Ferry sailings to the islands resume from Saturday.", "2025-04-19"),
    # An hour between the bound and the day: what was just extended lies ahead.
    ("The council has extended the hosepipe ban until 6 p.m. on Friday.", "2025-04-18"),
    # What an English present calls for lies ahead.
    ("Farmers are calling for a blockade of the ring road on Saturday.", "2025-04-19"),
    # A participle used as an adjective tells no past: the present "houses ... until Saturday" looks ahead.
    ("The council houses the displaced families in hotels until Saturday.", "2025-04-19"),
    # A noun with a direct object is the verb the model tagged a noun: a present that holds an event.
    ("Carla Ward's side face Denmark in Aarhus on Saturday.", "2025-04-19"),
    # A weekday in the possessive names an event by its day: in a future clause, the nearer such day.
    ("The inquiry will examine Saturday's derailment.", "2025-04-12"),
    ("Fans will travel to Thursday's final.", "2025-04-17"),
])
def test_english_weekdays_ahead_or_gone_by_their_words(text, expected):
    assert [d for _, d in dates(text, "en")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # A present passive announces: the nearest 2 September, not the last one.
    ("The current wage agreements are extended until 2 September.", [("2 September", "2025-09-02")]),
    # What must or can be done is still to do.
    ("Applications can be filed until 2 September.", [("2 September", "2025-09-02")]),
    ("The referendum must be held by late October.", [("late October", "2025-10-21/2025-10-31")]),
])
def test_english_present_passives_and_modals_look_ahead(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Only a stretch that runs up to now gives a start date: the present perfect, or "the past".
    ("The bridge was closed for two days.", []),
    ("The city closed its libraries for three days.", []),
    ("The bridge has been closed for two days.", [("for two days", "2025-04-12")]),
    ("Traffic has been diverted over the past three days.", [("over the past three days", "2025-04-11")]),
])
def test_english_durations_give_a_start_date_only_up_to_now(text, expected):
    assert dates(text, "en") == expected


def test_a_warning_in_place_from_one_weekday_to_another_is_no_schedule():
    assert dates("A frost warning is in place from Wednesday to Friday.", "en") == [
        ("from Wednesday to Friday", "2025-04-16/2025-04-18")]
    assert dates("The museum is open from Tuesday to Sunday.", "en") == []


@pytest.mark.parametrize(("text", "expected"), [
    # What happened today came before the day: that day is after today, although the verb is past.
    ("Ministers clashed in this morning's session, the last before Thursday's vote.", "2025-04-17"),
    # With no day of today before it, "before" after a past is a day gone.
    ("The two leaders met in Geneva, before the vote on Saturday.", "2025-04-12"),
])
def test_an_english_day_after_an_event_of_today_is_ahead(text, expected):
    assert [d for t, d in dates(text, "en") if t != "this morning"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # An invitation standing now (a present perfect) is to a day ahead; in a simple past the day may be the accepting's.
    ("The union has accepted an invitation to talks on Saturday.", "2025-04-19"),
    ("The union accepted an invitation to talks on Saturday.", "2025-04-12"),
])
def test_an_english_invitation_standing_now_is_to_a_day_ahead(text, expected):
    assert [d for _, d in dates(text, "en")] == [expected]


# Friday 3 January 2025, 10:00 in London: the last Christmas is a week gone.
AFTER_NEW_YEAR = datetime(2025, 1, 3, 10, 0, tzinfo=ZoneInfo("Europe/London"))


# Monday 29 December 2025, 10:00 in London.
BEFORE_NEW_YEAR = datetime(2025, 12, 29, 10, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Where a date is called for: after a bound, in a range, restating a weekday.
    ("Queues have formed at the depot every day since Boxing Day.", AFTER_NEW_YEAR,
     [("since Boxing Day", "2024-12-26")]),
    ("Admissions peaked between Christmas Eve and New Year's Day.", AFTER_NEW_YEAR,
     [("between Christmas Eve and New Year's Day", "2024-12-24/2025-01-01")]),
    ("Shelters stay open through Wednesday, New Year's Eve.", BEFORE_NEW_YEAR,
     [("Wednesday", "2025-12-31"), ("New Year's Eve", "2025-12-31")]),
    # "on" the holiday in a past or a future, as a weekday; in a present, a habit: no date.
    ("On Boxing Day, ferries were cancelled on both crossings.", AFTER_NEW_YEAR, [("On Boxing Day", "2024-12-26")]),
    ("Volunteers will serve hot meals on New Year's Eve.", BEFORE_NEW_YEAR, [("on New Year's Eve", "2025-12-31")]),
    ("Most shops close early on Christmas Eve.", BEFORE_NEW_YEAR, []),
])
def test_an_english_holiday_that_names_a_day_is_that_day_as_a_weekday_is(text, published, expected):
    assert dates(text, "en", published=published, timezone="Europe/London") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A count from a day named from publication, and a fortnight.
    ("The inquiry will report two weeks from today.", [("two weeks from today", "2025-04-28")]),
    ("The results come out three days from tomorrow.", [("three days from tomorrow", "2025-04-18")]),
    ("The plant shut a fortnight ago.", [("a fortnight ago", "2025-03-31")]),
    # A third of a month with its year.
    ("The worst floods since early March 2023 hit the valley.", [("early March 2023", "2023-03-01/2023-03-10")]),
    # Weekdays before the ends of a range, and a comma before "and".
    ("The festival is held between Friday 2 May and Sunday 4 May.",
     [("between Friday 2 May and Sunday 4 May", "2025-05-02/2025-05-04")]),
    ("The festival is held between Friday, May 2, and Sunday, May 4.",
     [("between Friday, May 2, and Sunday, May 4", "2025-05-02/2025-05-04")]),
])
def test_english_counts_from_today_fortnights_and_ranges_with_weekdays(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A weekday with "the" and a day number is that day, as "mardi 22".
    ("The hearing resumes on Tuesday the 22nd.", [("Tuesday the 22nd", "2025-04-22")]),
    # After "a", any such day.
    ("Buses run on a Sunday timetable.", []),
    # A bare "Tuesday to Saturday" is a schedule in a present (two days in a past); "between" two weekdays is a range.
    ("The library opens Tuesday to Saturday.", []),
    ("The strike ran Tuesday to Thursday.", [("Tuesday", "2025-04-08"), ("Thursday", "2025-04-10")]),
    ("Talks will take place between Wednesday and Friday.",
     [("between Wednesday and Friday", "2025-04-16/2025-04-18")]),
    # From a day named from publication to a weekday, hours between.
    ("A heat alert is in force from noon today until 8 p.m. Wednesday.",
     [("from noon today until 8 p.m. Wednesday", "2025-04-14/2025-04-16")]),
    ("Roads stay closed from tonight through Thursday.", [("from tonight through Thursday", "2025-04-14/2025-04-17")]),
    # From tomorrow: from the next day.
    ("An ice warning runs from 9pm tomorrow until 10am on Wednesday.",
     [("from 9pm tomorrow until 10am on Wednesday", "2025-04-15/2025-04-16")]),
])
def test_english_weekdays_with_a_day_number_schedules_and_ranges_from_today(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A day number alone after "on" takes the month the post named before it; with none, no date.
    ("Prices rose on 3 March and fell again on the 12th.", [("3 March", "2025-03-03"), ("on the 12th", "2025-03-12")]),
    ("The market reopened on the 12th.", []),
    ("Claims can be filed until April 30, and appeals until the 20th as well.",
     [("April 30", "2025-04-30"), ("until the 20th", "2025-04-20")]),
])
def test_an_english_day_number_after_on_takes_the_month_named_before(text, expected):
    assert dates(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An hour before its weekday does not end the sentence.
    ("The warning is in force until 6 p.m. Wednesday, forecasters said.", "2025-04-16"),
    # A deadline granted, a meeting just called for a day: ahead although the verb is past.
    ("The judge gave the defence until Friday to respond.", "2025-04-18"),
    ("The council has called an emergency meeting for Thursday evening.", "2025-04-17"),
    # A weekday before a modal is its subject; "'ll have" + a noun is no perfect.
    ("The union warns Saturday could see the largest march yet.", "2025-04-19"),
    ("We'll have the final figures on Wednesday.", "2025-04-16"),
])
def test_english_weekdays_ahead_by_deadlines_meetings_called_and_modals(text, expected):
    assert [d for _, d in dates(text, "en")] == [expected]
