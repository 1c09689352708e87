"""The profile page's language form, without touching the profile view."""

from __future__ import annotations

from typing import Any

from django import template

from liveline.desk.language import LanguageForm, language_form

register = template.Library()


@register.simple_tag(takes_context=True)
def desk_language_form(context: dict[str, Any]) -> LanguageForm:
    return language_form(context["request"])
