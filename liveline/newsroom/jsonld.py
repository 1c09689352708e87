"""schema.org markup for a post's facts, merged into its BlogPosting (reader/jsonld.py).

Quotes become `Quotation`s (its `spokenByCharacter` and `creator` the speaker) in `hasPart`;
names become `mentions`, and a quote post's speaker is also what the post is `about`.
"""

from __future__ import annotations

from typing import Any

from liveline.blogs.models import Post
from liveline.newsroom import facts

TYPES = {"person": "Person", "place": "Place", "organisation": "Organization"}


def _thing(name: str, kind: str = "person", role: str | None = None) -> dict[str, Any]:
    thing = {"@type": TYPES.get(kind, "Thing"), "name": name}
    if role and kind == "person":
        thing["jobTitle"] = role
    return thing


def facts_markup(post: Post) -> dict[str, Any]:
    extraction = facts.current(post)
    if extraction is None:
        return {}
    shown = extraction.shown
    markup: dict[str, Any] = {}
    quotations = []
    for quote in shown.get("quotes", []):
        if not quote.get("speaker"):
            continue
        speaker = _thing(quote["speaker"]["name"], role=quote["speaker"].get("role"))
        quotations.append({"@type": "Quotation", "text": quote["text"], "spokenByCharacter": speaker,
                           "creator": speaker})
    if quotations:
        markup["hasPart"] = quotations
    if shown.get("entities"):
        markup["mentions"] = [_thing(e["canonical"], e["type"]) for e in shown["entities"]]
    if post.kind == Post.Kind.QUOTE and quotations:
        markup["about"] = quotations[0]["spokenByCharacter"]
    return markup
