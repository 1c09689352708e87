"""Template tags for the facts shown with posts and the key figures panel."""

from __future__ import annotations

from typing import Any

from django import template

from liveline.newsroom import facts
from liveline.newsroom.figures import panel_context

register = template.Library()


@register.simple_tag
def post_facts(post) -> dict[str, Any] | None:
    """The post's speakers and names with their pages' slugs; None until its text has been read."""
    return facts.display(post)


@register.inclusion_tag("newsroom/_key_figures.html")
def key_figures(blog) -> dict[str, Any]:
    return panel_context(blog)
