"""Roles and pronouns that must not fall to the wrong person: who holds a role (read past a lead, kept from every
attribution, given by "a été nommé"), two holders of one role, unnamed people who just spoke, a trade in "-maker"."""

from __future__ import annotations

from tests.intel.helpers import blog as read_blog
from tests.intel.helpers import en, fr, speaker

# English: an unnamed person who just spoke takes the pronoun, so nobody.

def test_a_pronoun_after_an_unnamed_subject_behind_a_lead_is_nobody():
    *_, last = read_blog(en, '"We want the road reopened," said Martine Ogilvy, who chairs the residents\' group.',
                         "Across the street, a woman carrying a thermos had been queuing since dawn. "
                         '"My feet gave up an hour ago," she said.')
    assert speaker(last) is None


def test_a_pronoun_after_a_named_subject_behind_a_lead_is_that_person():
    *_, last = read_blog(en, '"We want the road reopened," said Martine Ogilvy, who chairs the residents\' group.',
                         "Across the street, Helen Marsh had been queuing since dawn. "
                         '"My feet gave up an hour ago," she said.')
    assert speaker(last)["name"] == "Helen Marsh"


def test_a_pronoun_after_an_unnamed_person_from_a_named_place_is_nobody():
    *_, last = read_blog(en, '"The scheme will go ahead," said Mayor Joan Pirie.',
                         "A Leeds cafe owner told councillors she had cut her opening hours since the works "
                         'began. "Nobody can park near my shop any more," she said.')
    assert speaker(last, -1) is None


def test_a_pronoun_after_a_named_person_is_still_that_person():
    *_, last = read_blog(en, '"The scheme will go ahead," said Mayor Joan Pirie.',
                         "Leeds cafe owner Ann Lowe told councillors she had cut her opening hours since the works "
                         'began. "Nobody can park near my shop any more," she said.')
    assert speaker(last, -1)["name"] == "Ann Lowe"


# English: "-maker" names a body for goods, a person for films or laws.

def test_the_filmmaker_is_the_person_not_an_organisation():
    out = en("Ava Linden, who spent a decade filming the Arctic Queen expedition, said she had warned the crew. "
             '"The ice was never going to wait for us," the filmmaker told the BBC.')
    assert speaker(out, len(out["quotes"]) - 1)["name"] == "Ava Linden"


def test_the_carmaker_is_still_the_organisation():
    out = en('Volvo Cars said sales had fallen for a third month. "Demand in Europe remains weak," the carmaker said.')
    assert speaker(out, len(out["quotes"]) - 1)["name"] == "Volvo Cars"


# French: the role a person is given.

def test_a_role_after_a_descriptive_lead_is_read_without_the_lead():
    out = fr("Premier invité de la soirée, l'actuel maire de Kerbras, Yann Le Goff, a dénoncé « un dossier bâclé ».")
    assert speaker(out)["role"] == "actuel maire de Kerbras"


def test_a_role_right_before_the_name_is_unchanged():
    out = fr("Le maire de Kerbras, Yann Le Goff, a dénoncé « un dossier bâclé ».")
    assert speaker(out)["role"] == "maire de Kerbras"


def test_a_role_an_earlier_attribution_gave_still_counts():
    *_, last = read_blog(fr, "Le procès de Loïc Tanguy, ancien maire de Kerbras, s'est ouvert ce matin.",
                         "Premier invité de la soirée, l'actuel maire de Kerbras, Yann Le Goff, a dénoncé « un dossier "
                         "bâclé ». « Rien n'était archivé », a expliqué l'élu. Interrogé par la défense, le maire a "
                         "répondu : « Je ne règle aucun compte ».")
    assert speaker(last, -1)["name"] == "Yann Le Goff"


def test_a_role_a_nomination_gives_is_the_persons():
    out = fr("Claire Nadal a été nommée ministre de la Culture lundi. « Je mesure la tâche », a-t-elle déclaré.")
    assert speaker(out, len(out["quotes"]) - 1)["role"] == "ministre de la Culture"


def test_a_nomination_to_no_role_gives_none():
    out = fr("Claire Nadal a été élue à la tête du parti lundi. « Je mesure la tâche », a-t-elle déclaré.")
    assert speaker(out, len(out["quotes"]) - 1)["role"] is None


# French: two holders of one role.

def test_a_bare_role_two_people_of_the_last_post_hold_is_nobody():
    *_, last = read_blog(fr, "Paul Roux, ministre de l'Intérieur, et Marc Vidal, ministre des Armées, se sont rendus "
                             "à Brest ce matin.",
                         "« Nous tiendrons », a déclaré le ministre.")
    assert speaker(last) is None


def test_a_bare_role_one_person_of_the_last_post_holds_is_that_person():
    *_, last = read_blog(fr, "Paul Roux, ministre de l'Intérieur, s'est rendu à Brest ce matin avec la maire, "
                             "Anne Gac.",
                         "« Nous tiendrons », a déclaré le ministre.")
    assert speaker(last)["name"] == "Paul Roux"


# French: a described subject is the topic a pronoun refers to.

def test_a_pronoun_after_the_accused_with_an_aside_is_the_accused():
    *_, last = read_blog(fr, "Le procès de Marc Delpech s'est ouvert lundi devant le tribunal de Bordeaux. "
                             "Me Paul Roy, l'avocat de la partie civile, a dénoncé « un mensonge ».",
                         "À la barre, le prévenu, veste grise et mains jointes, a longuement détaillé ses "
                         "comptes. « Je n'ai rien caché », a-t-il soutenu.")
    assert speaker(last, -1)["name"] == "Marc Delpech"


def test_a_name_in_apposition_to_the_accused_is_not_an_aside():
    *_, last = read_blog(fr, "Le procès de Marc Delpech s'est ouvert lundi devant le tribunal de Bordeaux. Son avocat, "
                             "Me Paul Roy, plaidera la relaxe.",
                         "Le prévenu, Marc Delpech, a détaillé ses comptes. « Je n'ai rien caché », a-t-il soutenu.")
    assert speaker(last, -1)["name"] == "Marc Delpech"
