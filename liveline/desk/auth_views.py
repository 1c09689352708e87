"""Signing in and out, and the profile page where a user manages their API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts.models import ApiToken
from liveline.desk.access import desk_view
from liveline.desk.auth_forms import LoginForm, TokenForm

login = auth.LoginView.as_view(authentication_form=LoginForm, redirect_authenticated_user=True)
logout = auth.LogoutView.as_view()


def _profile(request: HttpRequest, form: TokenForm, new_token: str | None = None, status: int = 200) -> HttpResponse:
    tokens = ApiToken.objects.filter(user=request.user).order_by("revoked_at", "-created_at")
    return render(request, "desk/profile.html", {"form": form, "tokens": tokens, "new_token": new_token},
                  status=status)


@desk_view
def profile(request: HttpRequest) -> HttpResponse:
    """The user's API tokens; a new token's value is shown on this response only, never again."""
    if request.method != "POST":
        return _profile(request, TokenForm())
    form = TokenForm(request.POST)
    if not form.is_valid():
        return _profile(request, form, status=400)
    raw = ApiToken.issue(request.user, name=form.cleaned_data["name"])[1]
    return _profile(request, TokenForm(), new_token=raw)


@require_POST
@desk_view
def revoke_token(request: HttpRequest, token_id: int) -> HttpResponse:
    revoked = ApiToken.objects.filter(pk=token_id, user=request.user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if not revoked and not ApiToken.objects.filter(pk=token_id, user=request.user).exists():
        raise Http404  # someone else's token, or none: say nothing about it
    messages.success(request, _("The token was revoked: it no longer opens the API."))
    return redirect("desk:profile")
