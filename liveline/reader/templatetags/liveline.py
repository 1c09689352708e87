"""Template helpers for the reader: relative times, quote marks, embeds, authors."""

from __future__ import annotations

from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language, gettext as _, ngettext

from liveline.blogs import embeds

register = template.Library()

# Opening and closing marks per language; French puts a no-break space inside its guillemets.
QUOTE_MARKS = {"fr": ("«\u00a0", "\u00a0»"), "en": ("\u201c", "\u201d")}


@register.filter
def ago(value: datetime | None, now: datetime | None = None) -> str:
    """"il y a 5 min" / "5 min ago"; the page's script keeps these labels current."""
    if not value:
        return ""
    seconds = int(((now or timezone.now()) - value).total_seconds())
    if seconds < 60:
        return _("just now")
    minutes = seconds // 60
    if minutes < 60:
        return _("%(n)d min ago") % {"n": minutes}
    hours = minutes // 60
    if hours < 24:
        return _("%(n)d h ago") % {"n": hours}
    days = hours // 24
    return ngettext("%(n)d day ago", "%(n)d days ago", days) % {"n": days}


@register.simple_tag
def quote_marks(language: str | None = None) -> tuple[str, str]:
    lang = (language or get_language() or "en")[:2]
    return QUOTE_MARKS.get(lang, QUOTE_MARKS["en"])


@register.filter
def embed_info(url: str) -> embeds.Embed | None:
    return embeds.detect(url or "")


@register.filter
def author_names(post) -> list[str]:
    return [user.get_full_name() or user.get_username() for user in post.authors.all()]
