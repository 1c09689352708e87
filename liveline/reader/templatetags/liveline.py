"""Template helpers for the reader: relative times, quote marks, embeds, authors, script strings."""

from __future__ import annotations

from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.html import json_script
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from liveline.blogs import embeds

register = template.Library()

# Opening and closing marks per language; French puts a no-break space inside its guillemets.
QUOTE_MARKS = {"fr": ("«\u00a0", "\u00a0»"), "en": ("\u201c", "\u201d")}


@register.filter
def ago(value: datetime | None, now: datetime | None = None) -> str:
    """"il y a 5 min" / "5 min ago"; the page's script keeps these labels current.

    live.js computes the same labels from the strings of `live_strings`: change both together.
    """
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


# The script picks a form with Intl.PluralRules ("one" or "other"), which agrees with the
# gettext plural rules of French (0 and 1 are singular) and English: the "one" form is
# ngettext's for n=1, the "other" form its for n=2. Each ngettext call spells out its literal
# strings so that makemessages extracts them.
ONE_OTHER = (1, 2)


@register.simple_tag
def live_strings() -> SafeString:
    """The live script's words, in the page's language, as a JSON <script> island.

    They go through Django i18n like every other string, so the labels the script refreshes
    are the very ones `ago` rendered on the server.
    """
    strings = {
        "just_now": _("just now"),
        "min_ago": _("%(n)d min ago"),
        "h_ago": _("%(n)d h ago"),
        "days_ago": [ngettext("%(n)d day ago", "%(n)d days ago", n) for n in ONE_OTHER],
        "new_posts": [ngettext("%(n)d new post", "%(n)d new posts", n) for n in ONE_OTHER],
        "paused": _("Live updates paused."),
        "paused_waiting": [ngettext("Live updates paused: %(n)d new post waiting.",
                                    "Live updates paused: %(n)d new posts waiting.", n) for n in ONE_OTHER],
        "older_failed": _("Older posts could not be loaded. Try again."),
    }
    return json_script(strings, "liveline-strings")


@register.simple_tag
def quote_marks(language: str | None = None) -> tuple[str, str]:
    lang = (language or get_language() or "en")[:2]
    return QUOTE_MARKS.get(lang, QUOTE_MARKS["en"])


@register.filter
def embed_info(url: str) -> embeds.Embed | None:
    return embeds.detect(url or "")


@register.filter
def author_names(post) -> list[str]:
    return [user.get_full_name() or user.get_username() for user in post.byline()]
