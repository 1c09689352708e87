"""Forms of the accounts pages: signing in (throttled) and naming a new API token."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from liveline.desk import ratelimit


class LoginForm(AuthenticationForm):
    """Django's sign-in form, refusing attempts once a username+address pair failed too often."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("Wrong username or password. Both are case-sensitive."),
    }

    def __init__(self, request=None, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(request, *args, **kwargs)

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = ratelimit.client_ip(self.request) if self.request else "unknown"
        wait = ratelimit.seconds_locked(username, ip)
        if wait:
            # Checked before the password, so a locked-out guesser learns nothing either way.
            raise self._locked(wait)
        try:
            cleaned = super().clean()
        except ValidationError:
            if self.cleaned_data.get("username") and self.cleaned_data.get("password"):
                ratelimit.record_failure(username, ip)
                wait = ratelimit.seconds_locked(username, ip)
                if wait:
                    raise self._locked(wait) from None
            raise
        ratelimit.reset(username, ip)
        return cleaned

    @staticmethod
    def _locked(seconds: int) -> ValidationError:
        minutes = max(1, -(-seconds // 60))
        return ValidationError(
            ngettext(
                "Too many failed sign-in attempts. Wait %(n)d minute and try again.",
                "Too many failed sign-in attempts. Wait %(n)d minutes and try again.",
                minutes,
            ) % {"n": minutes},
            code="locked",
        )


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"), max_length=100,
        help_text=_("What the token is for, e.g. “newsroom import script”."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
