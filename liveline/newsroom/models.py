"""What newsroom intelligence stores.

- `Extraction`: one per post, the engine's result in the interface's shape (docs/intelligence.md),
  with the engine and model it came from and the hash of the text it read (a result whose hash no
  longer matches the post is stale and never shown).
- `Job`: the queue the worker reads (one row per post waiting for extraction).
- `Statement`, `Mention`, `Figure` (each a `PostFact`: blog, post, publication time): the
  per-blog rows the pages read, rebuilt from a post's extraction (corrections applied) each time
  it is stored.
- `KnownName`: the newsroom's list of names, aliases and roles; the extractor receives it.
- `Correction`: what a journalist accepted or corrected, kept and applied on every re-extraction.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from liveline.blogs.models import LiveBlog, Post


class EntityType(models.TextChoices):
    PERSON = "person", _("Person")
    PLACE = "place", _("Place")
    ORGANISATION = "organisation", _("Organisation")


class KnownName(models.Model):
    """One real person, place or organisation, as the newsroom wants it named.

    A Liveline installation is one newsroom: the list is shared by all its blogs.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    type = models.CharField(_("type"), max_length=16, choices=EntityType.choices, default=EntityType.PERSON)
    aliases = models.JSONField(_("aliases"), default=list, blank=True,
                               help_text=_("Other ways posts write it (Otan, OTAN...)."))
    roles = models.JSONField(_("roles"), default=list, blank=True,
                             help_text=_("For a person: roles posts give them (secrétaire général de l’Otan)."))
    gender = models.CharField(_("gender"), max_length=1, blank=True, choices=[("f", "f"), ("m", "m")])
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("known name")
        verbose_name_plural = _("known names")

    def __str__(self) -> str:
        return self.name


class Extraction(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")
        UNAVAILABLE = "unavailable", _("Unavailable")

    post = models.OneToOneField(Post, on_delete=models.CASCADE, primary_key=True, related_name="extraction")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    # {"quotes", "entities", "dates", "figures"} exactly as liveline.intel.extract returns them.
    result = models.JSONField(null=True, blank=True)
    # The result with the journalists' corrections applied: what readers, the API and the pages get.
    shown = models.JSONField(null=True, blank=True)
    # What the engine's reading of this post leaves the blog's later posts beyond `result` (liveline.intel.Handoff:
    # the speakers with their gender, roles given to people who did not speak, ...): a worker reading a later post
    # rebuilds the blog's context from these and reads it as if it had read the whole blog in order.
    handoff = models.JSONField(null=True, blank=True)
    # sha256 of the text read (kind + text): the result belongs to this text only.
    source_hash = models.CharField(max_length=64, blank=True)
    engine = models.CharField(max_length=120, blank=True)
    # {"model": "fr_core_news_sm", "loaded": true, "reason": null} from liveline.intel.status().
    model = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"extraction of post {self.post_id}: {self.status}"


class Job(models.Model):
    """A post waiting for extraction. `generation` grows with every request, so a worker that
    read an older text knows its result is outdated when it comes back."""

    class State(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"

    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="+")
    blog = models.ForeignKey(LiveBlog, on_delete=models.CASCADE, related_name="+")
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    generation = models.PositiveIntegerField(default=1)
    claimed_generation = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    available_at = models.DateTimeField()
    claimed_by = models.CharField(max_length=120, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["state", "available_at"], name="newsroom_job_due")]

    def __str__(self) -> str:
        return f"job for post {self.post_id} ({self.state})"


class PostFact(models.Model):
    """What the pages read about one post of a blog, dated by the post's publication so that
    the blog's pages sort and filter without a join (rebuilt whenever the post's extraction is)."""

    blog = models.ForeignKey(LiveBlog, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()

    class Meta:
        abstract = True


class Statement(PostFact):
    """Someone said something in a post: a quote post, or a quote the engine found."""

    position = models.PositiveSmallIntegerField()
    speaker = models.CharField(max_length=200)
    speaker_slug = models.SlugField(max_length=200)
    role = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    kind = models.CharField(max_length=12)  # direct, indirect, mixed

    class Meta:
        ordering = ["published_at", "post_id", "position"]
        indexes = [models.Index(fields=["blog", "speaker_slug"], name="newsroom_statement_speaker")]

    def __str__(self) -> str:
        return f"{self.speaker} in post {self.post_id}"


class Mention(PostFact):
    """A post names a person, place or organisation (one row per post and canonical name)."""

    canonical = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    type = models.CharField(max_length=16, choices=EntityType.choices)
    text = models.CharField(max_length=300)

    class Meta:
        ordering = ["-published_at", "-post_id"]
        indexes = [models.Index(fields=["blog", "slug"], name="newsroom_mention_entity")]

    def __str__(self) -> str:
        return f"{self.canonical} in post {self.post_id}"


class Figure(PostFact):
    """A count in a post (killed ≥ 35 in Sumy); one series per blog, category and place."""

    position = models.PositiveSmallIntegerField()
    category = models.CharField(max_length=32)
    place = models.CharField(max_length=200, blank=True)
    value = models.FloatField()
    bound = models.CharField(max_length=12)
    text = models.CharField(max_length=500)
    date = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["-published_at", "-post_id", "position"]
        indexes = [models.Index(fields=["blog", "category", "place"], name="newsroom_figure_series")]

    def __str__(self) -> str:
        return f"{self.category} {self.value:g} in post {self.post_id}"


class Correction(models.Model):
    """A journalist's answer to a suggestion, applied over every later extraction of the post.

    `target` names what it answers (the quote's text, the entity's canonical name); `value` is the
    accepted or corrected fact ({"name", "role"} for a speaker, {"canonical", "type"} for an
    entity), or null for "no speaker" / "not a name".
    """

    class Field(models.TextChoices):
        SPEAKER = "speaker", _("Speaker")
        ENTITY = "entity", _("Name")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    field = models.CharField(max_length=12, choices=Field.choices)
    target = models.TextField()
    value = models.JSONField(null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                           related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.field} of post {self.post_id}"
