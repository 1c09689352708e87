"""Per-blog roles and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LAST_USED_PRECISION = timedelta(minutes=1)


class Membership(models.Model):
    class Role(models.TextChoices):
        EDITOR = "editor", _("Editor")
        CONTRIBUTOR = "contributor", _("Contributor")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    blog = models.ForeignKey("blogs.LiveBlog", on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.CONTRIBUTOR)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "blog"], name="one_role_per_blog")]

    def __str__(self) -> str:
        return f"{self.user} {self.role} of {self.blog}"


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token; only its SHA-256 is stored, the raw value is shown once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=12, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(cls, user, name: str = "") -> tuple[ApiToken, str]:
        raw = "ll_" + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, prefix=raw[:10], digest=hash_token(raw))
        return token, raw

    @classmethod
    def authenticate(cls, raw: str):
        token = (
            cls.objects.select_related("user")
            .filter(digest=hash_token(raw), revoked_at__isnull=True, user__is_active=True)
            .first()
        )
        if token is None:
            return None
        now = timezone.now()
        # To the minute, as the desk shows it: a publishing tool calling every second would
        # otherwise add a write (on SQLite, a wait for the write lock) to each of its calls.
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
            cls.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user


class Invitation(models.Model):
    """An e-mailed link that lets its holder join a blog with a role, once, before it expires.

    The link carries this row's id signed with SECRET_KEY (liveline.accounts.memberships);
    the row says whether it was used or revoked.
    """

    blog = models.ForeignKey("blogs.LiveBlog", on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(max_length=16, choices=Membership.Role.choices, default=Membership.Role.CONTRIBUTOR)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.email} invited as {self.role} of {self.blog}"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None


class Profile(models.Model):
    """Per-user preferences; for now the language of the desk (blank: the browser's)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="liveline_profile")
    language = models.CharField(_("desk language"), max_length=8, choices=settings.LANGUAGES, blank=True)

    def __str__(self) -> str:
        return f"profile of {self.user}"
