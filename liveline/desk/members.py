"""An editor's page for a blog's details and its people: members, roles and invitations.

The blog's details change through `domain.update_blog`; members and invitations through
liveline.accounts.memberships, which keeps at least one editor on every blog.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from liveline.accounts import memberships, permissions
from liveline.accounts.models import Invitation, Membership
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog
from liveline.desk.access import desk_view, member_blog, require
from liveline.desk.forms import BlogForm, add_domain_errors

ROLE_CHOICES = Membership.Role.choices


class AddMemberForm(forms.Form):
    user = forms.CharField(label=gettext_lazy("Username or e-mail address"), max_length=254)
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES, initial=Membership.Role.CONTRIBUTOR)

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "add")
        super().__init__(*args, **kwargs)


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"))
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES, initial=Membership.Role.CONTRIBUTOR)

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "invite")
        super().__init__(*args, **kwargs)


def _details_form(blog: LiveBlog, data: Any = None) -> BlogForm:
    initial = {"title": blog.title, "description": blog.description, "language": blog.language,
               "timezone": blog.timezone}
    return BlogForm(data, initial=initial, prefix="details")


def _page(request: HttpRequest, blog: LiveBlog, status: int = 200, **forms_: forms.Form) -> HttpResponse:
    members = Membership.objects.filter(blog=blog).select_related("user").order_by("role", "user__username")
    invitations = Invitation.objects.filter(blog=blog, accepted_at__isnull=True, revoked_at__isnull=True)
    return render(request, "desk/members.html", {
        "blog": blog, "members": members, "invitations": invitations.order_by("-created_at"),
        "roles": ROLE_CHOICES,
        "details_form": forms_.get("details_form") or _details_form(blog),
        "add_form": forms_.get("add_form") or AddMemberForm(),
        "invite_form": forms_.get("invite_form") or InviteForm(),
        "role_errors": forms_.get("role_errors", {}),
    }, status=status)


def _editor_blog(request: HttpRequest, slug: str) -> LiveBlog:
    blog, _role = member_blog(request, slug)
    require(permissions.can_manage_members(request.user, blog))
    return blog


@desk_view
def members(request: HttpRequest, slug: str) -> HttpResponse:
    return _page(request, _editor_blog(request, slug))


@require_POST
@desk_view
def details(request: HttpRequest, slug: str) -> HttpResponse:
    blog = _editor_blog(request, slug)
    form = _details_form(blog, request.POST)
    if form.is_valid():
        try:
            domain.update_blog(blog, **{name: form.cleaned_data[name]
                                        for name in ("title", "description", "language", "timezone")})
        except ValidationError as exc:
            add_domain_errors(form, exc)
        else:
            messages.success(request, _("The blog's details were saved."))
            return redirect("desk:members", slug=blog.slug)
    return _page(request, blog, status=400, details_form=form)


@require_POST
@desk_view
def add(request: HttpRequest, slug: str) -> HttpResponse:
    blog = _editor_blog(request, slug)
    form = AddMemberForm(request.POST)
    if form.is_valid():
        try:
            user = memberships.find_user(form.cleaned_data["user"])
            memberships.add_member(blog, user, form.cleaned_data["role"])
        except ValidationError as exc:
            add_domain_errors(form, exc)
        else:
            messages.success(request, _("%(name)s was added.") % {"name": user.get_username()})
            return redirect("desk:members", slug=blog.slug)
    return _page(request, blog, status=400, add_form=form)


def _membership(blog: LiveBlog, membership_id: int) -> Membership:
    return get_object_or_404(Membership.objects.select_related("user", "blog"), pk=membership_id, blog=blog)


@require_POST
@desk_view
def change_role(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    blog = _editor_blog(request, slug)
    membership = _membership(blog, membership_id)
    try:
        memberships.change_role(membership, request.POST.get("role", ""))
    except ValidationError as exc:
        return _page(request, blog, status=400, role_errors={membership.pk: exc.messages})
    messages.success(request, _("%(name)s's role was changed.") % {"name": membership.user.get_username()})
    return redirect("desk:members", slug=blog.slug)


@require_POST
@desk_view
def remove(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    blog = _editor_blog(request, slug)
    membership = _membership(blog, membership_id)
    try:
        memberships.remove_member(membership)
    except ValidationError as exc:
        return _page(request, blog, status=400, role_errors={membership.pk: exc.messages})
    messages.success(request, _("%(name)s is no longer a member.") % {"name": membership.user.get_username()})
    return redirect("desk:members", slug=blog.slug)


@require_POST
@desk_view
def invite(request: HttpRequest, slug: str) -> HttpResponse:
    blog = _editor_blog(request, slug)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invitation, token = memberships.invite(blog, form.cleaned_data["email"], form.cleaned_data["role"],
                                                   by=request.user)
        except ValidationError as exc:
            add_domain_errors(form, exc)
        else:
            _send_invitation(request, invitation, token)
            messages.success(request, _("An invitation was sent to %(email)s.") % {"email": invitation.email})
            return redirect("desk:members", slug=blog.slug)
    return _page(request, blog, status=400, invite_form=form)


def _send_invitation(request: HttpRequest, invitation: Invitation, token: str) -> None:
    context = {
        "invitation": invitation, "blog": invitation.blog,
        "inviter": request.user.get_full_name() or request.user.get_username(),
        "url": request.build_absolute_uri(reverse("accept-invitation", args=[token])),
        "days": settings.INVITATION_DAYS,
    }
    subject = _("Join “%(title)s” on Liveline") % {"title": invitation.blog.title}
    send_mail(subject, render_to_string("desk/invitation_email.txt", context, request=request),
              None, [invitation.email])


@require_POST
@desk_view
def revoke(request: HttpRequest, slug: str, invitation_id: int) -> HttpResponse:
    blog = _editor_blog(request, slug)
    memberships.revoke(get_object_or_404(Invitation, pk=invitation_id, blog=blog))
    messages.success(request, _("The invitation was withdrawn: its link no longer works."))
    return redirect("desk:members", slug=blog.slug)
