"""The per-blog event log: the single source of the SSE stream, polling and replay."""

from __future__ import annotations

from django.db import models


class Event(models.Model):
    """Something readers must see. Ids only grow; within a blog they are committed in order
    because every domain write holds the blog's row lock (see liveline.blogs.domain)."""

    class Type(models.TextChoices):
        POST_PUBLISHED = "post.published"
        POST_UPDATED = "post.updated"
        POST_DELETED = "post.deleted"
        POST_PINNED = "post.pinned"
        POST_UNPINNED = "post.unpinned"
        BLOG_UPDATED = "blog.updated"
        POST_ENRICHED = "post.enriched"

    id = models.BigAutoField(primary_key=True)
    blog = models.ForeignKey("blogs.LiveBlog", on_delete=models.CASCADE, related_name="events")
    type = models.CharField(max_length=32, choices=Type.choices)
    post = models.ForeignKey("blogs.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # What the stream sends, rendered once at write time (post fragment included).
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["blog", "id"], name="event_log")]

    def __str__(self) -> str:
        return f"{self.type} #{self.pk}"
