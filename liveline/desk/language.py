"""The desk language chosen on the profile page (French, English, or the browser's)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from liveline.accounts.language import set_user_language, user_language
from liveline.desk.access import desk_view


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the desk"), required=False,
        choices=[("", gettext_lazy("The browser's language")), *settings.LANGUAGES],
        help_text=gettext_lazy("Reader pages always use their blog's language."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def language_form(request: HttpRequest) -> LanguageForm:
    return LanguageForm(initial={"language": user_language(request)})


@require_POST
@desk_view
def set_language(request: HttpRequest) -> HttpResponse:
    form = LanguageForm(request.POST)
    if form.is_valid():
        set_user_language(request, form.cleaned_data["language"])
        messages.success(request, _("Your language setting was saved."))  # in the new language
    else:
        messages.error(request, _("Choose one of the languages offered."))
    return redirect("desk:profile")
