"""French attributions of a trial or a council: a describing verb ("a dépeint"), a role noun whose elided article
hides the gender ("a plaidé l'avocat"), a name after a role with a complement ("le conseiller d'État X")."""

from __future__ import annotations

from tests.intel.helpers import fr, speaker
from tests.intel.helpers import fr_blog as blog


def test_depicting_is_speaking():
    out = fr("En fin d'audience, Me Claire Fontanel a dépeint une enquête « menée à charge ».")
    assert out["quotes"] and speaker(out)["name"] == "Claire Fontanel"


def test_a_masculine_role_after_an_elided_article_is_no_woman():
    *_, last = blog("Me Sophie Garnier, avocate de la société, a demandé la relaxe.",
                    "Pour Me Antoine Leclerc, qui défend le plaignant, l'enquête a été bâclée. « On a tout laissé "
                    "filer », a tonné l'avocat.")
    assert speaker(last, -1)["name"] == "Antoine Leclerc"


def test_an_elided_role_gives_its_gender():
    from liveline.intel.roles import gender_of
    assert gender_of(["l'avocat"]) == "m"
    assert gender_of(["l'avocate"]) == "f"
    assert gender_of(["l'ambassadeur"]) == "m"
    assert gender_of(["l'élu"]) is None


def test_a_name_after_a_role_with_a_complement_is_a_person():
    for role in ("Le conseiller d'État", "Le ministre d'État"):
        out = fr(f"{role} Pierre-Alain Rey a visité le site. « Rien n'est perdu », a-t-il dit.")
        assert "Pierre-Alain Rey" in [e["text"] for e in out["entities"]]
        assert speaker(out)["name"] == "Pierre-Alain Rey"


def test_a_belgian_mayor_is_a_role():
    out = fr("Le conseil a voté la motion. Marie Delvaux deviendra bourgmestre de la commune dès lundi. « Je me mets "
             "au travail dès demain », a déclaré la future bourgmestre sous les applaudissements.")
    found = speaker(out)
    assert found["name"] == "Marie Delvaux" and "sous" not in found["role"]


def test_a_scientist_named_by_field_is_named_so_again():
    *_, last = blog("Lors du point presse, le glaciologue cantonal Marc Zuber a expliqué que la langue du glacier "
                    "avançait.",
                    "La nuit a été calme. « Tout peut encore bouger », a averti le glaciologue cantonal. Une nouvelle "
                    "évacuation n'est pas exclue, a-t-il ajouté.")
    assert [q["speaker"]["name"] for q in last["quotes"]] == ["Marc Zuber", "Marc Zuber"]


def test_an_expert_or_a_specialist_is_the_scientist_just_named():
    out = fr("Au point presse, la sismologue Carla Brunner a expliqué que les secousses se poursuivaient. « Nous "
             "surveillons la faille jour et nuit », a précisé la spécialiste.")
    assert speaker(out, -1)["name"] == "Carla Brunner"
    out = fr("L'ingénieur Paul Méry a témoigné à la barre. L'expert a ajouté qu'un contrôle « aurait tout changé ».")
    assert speaker(out, -1)["name"] == "Paul Méry"


def test_an_architect_in_apposition_answers_as_the_architect():
    out = fr("À la barre, Lucie Marchal, l'architecte du chantier, explique qu'elle n'avait « rien vu ». Le juge, "
             "Marc Perrot, lui lit un rapport. « Je n'ai pas vu ce document », répond l'architecte.")
    assert speaker(out, -1)["name"] == "Lucie Marchal"


def test_a_press_request_participle_opening_a_sentence_is_no_name():
    out = fr("Contactée, la direction de Marlin Industries France n'a pas souhaité répondre à nos questions. Dans un "
             "communiqué, le groupe invoque « une baisse durable des commandes des constructeurs ».")
    assert "Contactée" not in [e["text"] for e in out["entities"]]
    assert all(q["speaker"] is None or q["speaker"]["name"] != "Contactée" for q in out["quotes"])


def test_a_federal_office_is_the_body_just_named():
    out = fr("Swisstopo a relevé un glissement de 2 mètres en une nuit. L'office fédéral parle d'un mouvement "
             "« rarement observé dans la région ».")
    assert speaker(out, -1)["name"] == "Swisstopo"


def test_a_pronoun_after_a_woman_turned_to_the_accused_is_the_accused():
    out = fr("Le procès de Kevin Marchal s'est ouvert ce lundi. Me Paul Roche a demandé un renvoi. La présidente "
             "s'est tournée vers l'accusé ; il a répété qu'il n'avait « rien vu ».")
    assert speaker(out, -1)["name"] == "Kevin Marchal"


def test_a_demonstrative_after_the_accused_is_the_accused():
    out = fr("Le procès de Kevin Marchal s'est ouvert ce lundi. La juge Claire Roy a lu un message, puis a regardé "
             "le prévenu. Celui-ci a assuré qu'il s'agissait d'une « blague ».")
    assert speaker(out, -1)["name"] == "Kevin Marchal"


def test_a_pronoun_after_a_man_turned_to_the_accused_is_not_the_accused():
    out = fr("Le procès de Kevin Marchal s'est ouvert ce lundi. Le juge Paul Roy s'est tourné vers l'accusé ; il a "
             "rappelé que les faits étaient « graves ».")
    assert (speaker(out, -1) or {}).get("name") != "Kevin Marchal"
