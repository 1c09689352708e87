"""Accepting an invitation link: a newcomer chooses a username and password, a signed-in user joins.

The link is the credential (signed, expiring, single use; see liveline.accounts.memberships),
so this page is open to anonymous visitors.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import UserCreationForm
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from liveline.accounts import memberships
from liveline.accounts.models import Invitation

PROBLEMS = {
    "forged": (400, gettext_lazy("This invitation link is not valid. Check that it was copied whole, "
                                 "or ask for a new one.")),
    "expired": (410, gettext_lazy("This invitation has expired. Ask the editor who invited you for a new one.")),
    "used": (410, gettext_lazy("This invitation was already used. Sign in with the account created with it.")),
    "revoked": (410, gettext_lazy("This invitation was withdrawn. Ask an editor of the blog "
                                  "if you should still join.")),
}


class JoinForm(UserCreationForm):
    """A username and a password checked by Django's password validators; the e-mail is the invitation's."""

    def __init__(self, *args, invitation: Invitation, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Set before validation, so the similarity validator compares the password with it too.
        self.instance.email = invitation.email


def _page(request: HttpRequest, invitation: Invitation, form: JoinForm | None, status: int = 200) -> HttpResponse:
    return render(request, "desk/invitation.html", {"invitation": invitation, "form": form}, status=status)


@never_cache
def accept(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = memberships.invitation_for(token)
    except memberships.InvitationError as exc:
        status, problem = PROBLEMS[exc.reason]
        return render(request, "desk/invitation.html", {"problem": problem}, status=status)
    user = request.user
    if user.is_authenticated:
        if request.method != "POST":
            return _page(request, invitation, None)
        return _join(request, invitation, user)
    form = JoinForm(request.POST if request.method == "POST" else None, invitation=invitation)
    if request.method != "POST" or not form.is_valid():
        return _page(request, invitation, form, status=400 if form.is_bound else 200)
    try:
        with transaction.atomic():
            user = form.save()
            memberships.accept(invitation, user)
    except memberships.InvitationError as exc:  # used in another tab meanwhile: no account is created
        status, problem = PROBLEMS[exc.reason]
        return render(request, "desk/invitation.html", {"problem": problem}, status=status)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Welcome! You are now a member of “%(title)s”.") % {"title": invitation.blog.title})
    return redirect("desk:blog", slug=invitation.blog.slug)


def _join(request: HttpRequest, invitation: Invitation, user) -> HttpResponse:
    try:
        memberships.accept(invitation, user)
    except memberships.InvitationError as exc:
        status, problem = PROBLEMS[exc.reason]
        return render(request, "desk/invitation.html", {"problem": problem}, status=status)
    messages.success(request, _("You are now a member of “%(title)s”.") % {"title": invitation.blog.title})
    return redirect("desk:blog", slug=invitation.blog.slug)
