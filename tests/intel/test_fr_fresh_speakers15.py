"""French constructions a fresh set showed the engine getting wrong: a place named after someone ("le tunnel
Léopold II") taken for a person, a long reply label before a colon, an adverb
between "parle" and its quoted words, a body's name cut at "du" before its place, the side a sentence opens on
("Du côté de la STM,"), and a body that opens the words before a pronoun ("La STIB prévoit ..., a-t-elle
indiqué"; "La CGT appelle ... Elle dénonce")."""

from __future__ import annotations

from tests.intel.helpers import fr, speaker
from tests.intel.helpers import fr_blog as blog


def test_a_tunnel_named_after_a_king_is_no_person():
    out = fr("Le camion s'est renversé vers 6 heures dans le tunnel Albert Ier, à Liège.")
    assert not [e for e in out["entities"] if e["type"] == "person"]


def test_a_tunnel_named_after_someone_is_not_who_a_pronoun_means():
    *_, last = blog("Le camion a percuté un mur dans le tunnel Charles Quint, à Gand.",
                    "Appelé à la barre, le chauffeur s'est excusé. « J'ai perdu le contrôle », a-t-il reconnu.")
    assert speaker(last) is None


def test_a_reply_with_an_adverb_and_an_apposition_before_the_colon():
    *_, last = blog("La ministre de la Santé, Claire Vidal, a appelé au calme. « Il faut attendre », a-t-elle dit.",
                    "Réponse quasi immédiate de Paul Gresset, porte-parole de la CFDT Santé : « La ministre ne "
                    "comprend rien au terrain. »")
    assert speaker(last)["name"] == "Paul Gresset"


def test_an_adverb_between_parle_and_the_quoted_words():
    out = fr("« Nous tiendrons », a insisté Paul Gresset. La CFTC parle au contraire d'un « recul social ».")
    assert [speaker(out, i)["name"] for i in range(2)] == ["Paul Gresset", "CFTC"]


def test_a_federation_named_after_its_region_speaks_in_full():
    out = fr("La Fédération des chambres de commerce du Québec salue un plan « prudent ».")
    assert speaker(out)["name"] == "Fédération des chambres de commerce du Québec"


def test_a_body_that_opens_the_words_before_an_inverted_pronoun_speaks_them():
    *_, last = blog("La CFDT juge la réforme « injuste ». Marc Lenoir, son secrétaire, a promis de « tenir ».",
                    "La RATP prévoit un service normal jeudi, a-t-elle indiqué dans la soirée.")
    assert speaker(last)["name"] == "RATP"


def test_the_side_a_sentence_opens_on_is_not_a_quote():
    out = fr("Du côté de la mairie, la directrice de cabinet, Julie Roux, assure que le plan est « intenable ».")
    assert len(out["quotes"]) == 1 and speaker(out)["name"] == "Julie Roux"


def test_a_body_opening_the_sentence_before_elle_after_a_man_was_named():
    out = fr("« Nous tiendrons », a insisté le maire, Marc Lenoir. La FSU appelle à manifester jeudi. Elle dénonce "
             "une réforme « brutale ».")
    assert speaker(out, -1)["name"] == "FSU"

