"""Live blogs, their posts and the revisions kept when a published post changes.

Writes go through `liveline.blogs.domain`, never straight through these models, so that each
change and its event in the live log are committed together.
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

slug_validator = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    _("Use lowercase letters, digits and single hyphens, e.g. ukraine-talks-day-3."),
)


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(tz)s is not a known time zone (try Europe/Paris)."), params={"tz": value})


class LiveBlog(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        LIVE = "live", _("Live")
        ENDED = "ended", _("Ended")

    slug = models.SlugField(max_length=80, unique=True, validators=[slug_validator])
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("standfirst"), blank=True, max_length=1000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="fr")
    timezone = models.CharField(
        _("time zone"), max_length=64, default="Europe/Paris", validators=[validate_timezone]
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.DRAFT)
    coverage_start = models.DateTimeField(null=True, blank=True)
    coverage_end = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reader:blog", args=[self.slug])

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.LIVE


class Post(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Text")
        QUOTE = "quote", _("Quote")
        EMBED = "embed", _("Embed")
        IMAGE = "image", _("Image")
        LINK = "link", _("Read also")
        FACT_CHECK = "fact-check", _("Fact-check")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        PUBLISHED = "published", _("Published")
        DELETED = "deleted", _("Deleted")

    class Review(models.TextChoices):
        NONE = "", _("Not submitted")
        SUBMITTED = "submitted", _("Submitted for review")
        SENT_BACK = "sent-back", _("Sent back")

    blog = models.ForeignKey(LiveBlog, on_delete=models.CASCADE, related_name="posts")
    authors = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="posts", blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.TEXT)
    # The journalist's source text (Markdown); for a quote the words said, for a fact-check
    # the explanation, for a link or an image its summary or caption.
    body = models.TextField(blank=True)
    # Kind-specific fields (speaker, verdict, URL, ...), validated in liveline.blogs.kinds.
    data = models.JSONField(default=dict, blank=True)
    # `body` rendered and sanitized; what readers get.
    html = models.TextField(blank=True, editable=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    # When a published post's content last changed (readers see "updated at HH:MM").
    edited_at = models.DateTimeField(null=True, blank=True)
    correction_note = models.TextField(blank=True, max_length=1000)
    pinned = models.BooleanField(default=False)
    key_event = models.BooleanField(default=False)
    headline = models.CharField(max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1)
    # The contributions queue: a contributor's draft submitted to the editors, or sent back
    # with the editor's comment (shown to the contributor on their draft).
    review = models.CharField(max_length=12, choices=Review.choices, blank=True, default="")
    review_comment = models.TextField(blank=True, max_length=2000)
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["blog", "status", "-published_at", "-id"], name="post_timeline")]
        constraints = [
            models.UniqueConstraint(
                fields=["blog"], condition=models.Q(pinned=True), name="one_pinned_post_per_blog"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk} in {self.blog_id}"

    def get_absolute_url(self) -> str:
        return reverse("reader:post", args=[self.blog.slug, self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def byline(self) -> list:
        """The authors in one stable order (by name), wherever they are shown: page, feeds, API.

        A many-to-many has no order of its own, and databases differ in the one they return.
        """
        return sorted(self.authors.all(), key=lambda user: ((user.get_full_name() or user.get_username()).casefold(),
                                                             user.pk))

    @property
    def key_event_headline(self) -> str | None:
        return (self.headline or "") if self.key_event else None


class PostRevision(models.Model):
    """The state of a post before a change; one row per edit after publication."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    kind = models.CharField(max_length=16)
    body = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    html = models.TextField(blank=True)
    headline = models.CharField(max_length=200, blank=True)
    correction_note = models.TextField(blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["post", "version"], name="one_revision_per_version")]

    def __str__(self) -> str:
        return f"post {self.post_id} version {self.version}"
