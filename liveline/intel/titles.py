"""Personal titles before a name ("M. Carney", "Me Ingrain", "le Dr Lemaire", "Mrs Price"), written once.

Each title word is a constant and the groups the rules need are tuples of them; a rule that takes only some
titles names its subset where it is used. `either` makes a regex alternation of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

M, MME, MLLE = "M.", "Mme", "Mlle"  # ("M" without its full stop is an initial: "Nahel M.")
MM, MMES = "MM.", "Mmes"
ME, MAITRE = "Me", "Maître"  # a lawyer's
DR, DRE, PR = "Dr", "Dre", "Pr"  # a doctor's (Dre: a woman's, in Quebec), a professor's
MGR = "Mgr"  # a bishop's: "Mgr Laurent Ulrich"
MR, MRS, MS = "Mr", "Mrs", "Ms"
CLLR, CR = "Cllr", "Cr"  # a councillor's: "Cllr Ó Flaherty" (British, Irish), "Cr Holt" (Australian)
COUNCILLOR = (CLLR, CR)

# Anyone's civility: "M. Carney", "Mme Le Pen".
CIVIL_FR = (M, MME)
LAWYER_FR = (ME, MAITRE)
# These take an article: "le Dr Lemaire", "la Dre Drouin", "le Pr Raoult".
DOCTOR_FR = (DR, DRE, PR)
# The titles before one French surname.
FRENCH = CIVIL_FR + LAWYER_FR + DOCTOR_FR
# ... before several: "MM. Dupont et Durand", "Mmes X et Y".
PLURAL_FR = (MM, MMES)
# English courtesy titles, written with or without a full stop: "Mr Smith", "Mrs. Price".
ENGLISH = (MR, MRS, MS)
TITLES = FRENCH + (MLLE,) + PLURAL_FR + (MGR,) + ENGLISH
# Civilities and a lawyer's "Me" only: the rules for a name in apposition or opening a sentence were written
# for these, and adding Maître or a doctor's title would change what they match.
COMMON_FR = (M, MME, ME)


def either(titles: Iterable[str], dot: bool = False) -> str:
    """A regex alternation of `titles` in their order, which a pattern that may stop after a title needs kept
    ("Mr" before "Mrs"); with `dot`, each may take a full stop ("Mr." or "Mr")."""
    return "|".join(re.escape(t) + (r"\.?" if dot else "") for t in titles)


# A courtesy title, French or English: "M. X", "Mme X", "Mr X", "Mrs. X". It ends after a full stop or at a
# word's end, so that "Mr" is not the start of "Mrs" (stripping the title would leave "s Smith").
COURTESY = "(?:" + either(CIVIL_FR) + "|" + either(ENGLISH, dot=True) + r")(?:(?<=\.)|\b)"
