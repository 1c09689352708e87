"""What the rule tests share: extraction at a fixed publication time, and a blog read in order."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from liveline import intel

# Monday 14 April 2025, 09:00 in Paris: "dimanche" is the 13th, "mardi prochain" the 15th.
MONDAY = datetime(2025, 4, 14, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def fr(text: str, context: intel.BlogContext | None = None, published: datetime = MONDAY) -> dict:
    return intel.extract(text, lang="fr", published=published, timezone="Europe/Paris", context=context)


def en(text: str, context: intel.BlogContext | None = None, published: datetime = MONDAY) -> dict:
    return intel.extract(text, lang="en", published=published, timezone="Europe/London", context=context)


def speaker(result: dict, i: int = 0) -> dict | None:
    return result["quotes"][i]["speaker"]


def name(result: dict, i: int = 0) -> str | None:
    """The name of the i-th quote's speaker, or None."""
    found = speaker(result, i)
    return found["name"] if found else None


def blog(extract, *posts: str) -> list[dict]:
    """Extract the posts of one blog in order (`fr` or `en`), sharing one context."""
    context = intel.BlogContext()
    return [extract(text, context) for text in posts]


def fr_blog(*posts: str) -> list[dict]:
    return blog(fr, *posts)


def en_blog(*posts: str) -> list[dict]:
    return blog(en, *posts)
