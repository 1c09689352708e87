"""The "Key figures" panel: the latest figure of each series (category and place) with its history."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from liveline.blogs.models import LiveBlog, Post
from liveline.newsroom.models import Figure

MAX_SERIES = 8


def category_label(category: str) -> str:
    labels = {
        "killed": pgettext("figure", "Killed"), "injured": pgettext("figure", "Injured"),
        "missing": pgettext("figure", "Missing"), "displaced": pgettext("figure", "Displaced"),
        "evacuated": pgettext("figure", "Evacuated"), "arrested": pgettext("figure", "Arrested"),
        "hostages": pgettext("figure", "Hostages"), "released": pgettext("figure", "Released"),
        "prisoners": pgettext("figure", "Prisoners"), "drones": pgettext("figure", "Drones"),
        "missiles": pgettext("figure", "Missiles"),
    }
    return labels.get(category, category)


def value_label(value: float, bound: str) -> str:
    number = str(int(value)) if float(value).is_integer() else f"{value:g}"
    if bound == "at_least":
        return _("at least %(n)s") % {"n": number}
    if bound == "about":
        return _("about %(n)s") % {"n": number}
    return number


@dataclass
class Series:
    category: str
    place: str
    label: str
    points: list[Figure] = field(default_factory=list)  # newest first

    @property
    def latest(self) -> Figure:
        return self.points[0]

    @property
    def history(self) -> list[Figure]:
        return self.points[1:]


def series(blog: LiveBlog) -> list[Series]:
    """Series of the blog's published posts, the most recently updated first."""
    rows = (Figure.objects.filter(blog=blog, post__status=Post.Status.PUBLISHED)
            .select_related("post").order_by("-published_at", "-post_id", "position"))
    found: dict[tuple[str, str], Series] = {}
    for row in rows[:500]:
        key = (row.category, row.place)
        if key not in found:
            if len(found) >= MAX_SERIES:
                continue
            found[key] = Series(row.category, row.place, category_label(row.category))
        row.label = value_label(row.value, row.bound)
        found[key].points.append(row)
    return list(found.values())


def panel_context(blog: LiveBlog) -> dict[str, Any]:
    return {"blog": blog, "figure_series": series(blog)}
