"""Changing who belongs to a blog: members, roles, and invitations by link.

One front door for these writes, as liveline.blogs.domain is for posts. Each runs with the
blog's row locked, so that two editors removing each other at the same moment cannot leave a
blog without an editor.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from liveline.accounts.models import Invitation, Membership
from liveline.blogs.models import LiveBlog

INVITATION_SALT = "liveline.accounts.invitation"
ROLES = set(Membership.Role.values)


def _lock(blog: LiveBlog) -> LiveBlog:
    return LiveBlog.objects.select_for_update().get(pk=blog.pk)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError({"role": [_("Choose editor or contributor.")]})


def _editors_left_without(blog: LiveBlog, membership: Membership) -> int:
    return Membership.objects.filter(blog=blog, role=Membership.Role.EDITOR).exclude(pk=membership.pk).count()


def find_user(username_or_email: str) -> AbstractBaseUser:
    """The active user with this username, or else with this e-mail address (if only one has it)."""
    value = username_or_email.strip()
    users = get_user_model().objects.filter(is_active=True)
    user = users.filter(username=value).first()
    if user is None and "@" in value:
        matches = list(users.filter(email__iexact=value)[:2])
        user = matches[0] if len(matches) == 1 else None
    if user is None:
        raise ValidationError({"user": [_("No account has this username or e-mail address. Invite them instead.")]})
    return user


def add_member(blog: LiveBlog, user: AbstractBaseUser, role: str) -> Membership:
    _check_role(role)
    with transaction.atomic():
        _lock(blog)
        if Membership.objects.filter(blog=blog, user=user).exists():
            raise ValidationError({"user": [_("%(name)s is already a member of this blog.")
                                            % {"name": user.get_username()}]})
        return Membership.objects.create(blog=blog, user=user, role=role)


def change_role(membership: Membership, role: str) -> Membership:
    _check_role(role)
    with transaction.atomic():
        blog = _lock(membership.blog)
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if role != Membership.Role.EDITOR and not _editors_left_without(blog, membership):
            raise ValidationError({"role": [_("A blog needs at least one editor: make someone else editor first.")]})
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


def remove_member(membership: Membership) -> None:
    with transaction.atomic():
        blog = _lock(membership.blog)
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.role == Membership.Role.EDITOR and not _editors_left_without(blog, membership):
            raise ValidationError(_("A blog needs at least one editor: make someone else editor first."))
        membership.delete()


# --- invitations -----------------------------------------------------------------------------


class InvitationError(Exception):
    """The link cannot be used; `reason` is "forged", "expired", "used" or "revoked"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def invite(blog: LiveBlog, email: str, role: str, by: AbstractBaseUser | None) -> tuple[Invitation, str]:
    """A new invitation and its signed token (for the link to e-mail)."""
    _check_role(role)
    invitation = Invitation(blog=blog, email=email.strip(), role=role, invited_by=by)
    invitation.full_clean(exclude=["invited_by", "accepted_by"])
    invitation.save()
    return invitation, signing.dumps(invitation.pk, salt=INVITATION_SALT)


def _max_age() -> int:
    return settings.INVITATION_DAYS * 24 * 3600


def invitation_for(token: str) -> Invitation:
    """The pending invitation a token stands for; InvitationError otherwise."""
    try:
        pk = signing.loads(token, salt=INVITATION_SALT, max_age=_max_age())
    except signing.SignatureExpired:
        raise InvitationError("expired") from None
    except signing.BadSignature:
        raise InvitationError("forged") from None
    invitation = Invitation.objects.select_related("blog").filter(pk=pk).first()
    if invitation is None:
        raise InvitationError("forged")
    if invitation.revoked_at is not None:
        raise InvitationError("revoked")
    if invitation.accepted_at is not None:
        raise InvitationError("used")
    return invitation


def accept(invitation: Invitation, user: AbstractBaseUser) -> Membership:
    """Use the invitation (once): `user` joins the blog with its role; a member keeps their role."""
    with transaction.atomic():
        _lock(invitation.blog)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.is_pending:  # accepted in another tab a moment ago
            raise InvitationError("used" if invitation.accepted_at else "revoked")
        membership, _created = Membership.objects.get_or_create(
            blog=invitation.blog, user=user, defaults={"role": invitation.role})
        invitation.accepted_at, invitation.accepted_by = timezone.now(), user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def revoke(invitation: Invitation) -> None:
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=timezone.now())
