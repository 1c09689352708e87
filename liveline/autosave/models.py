"""One autosaved form per journalist, blog and kind (the compose pane) or per journalist and post (editing)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AutosavedForm(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    blog = models.ForeignKey("blogs.LiveBlog", on_delete=models.CASCADE, related_name="+")
    # None: the compose pane's new post; else the post being edited.
    post = models.ForeignKey("blogs.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16)
    # The form's fields as typed ({name: value}); unchecked boxes are absent, as in a form post.
    fields = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            # One per kind: starting a quote must not overwrite a text being written.
            models.UniqueConstraint(fields=["user", "blog", "kind"], condition=models.Q(post__isnull=True),
                                    name="one_compose_autosave_per_user_blog_and_kind"),
            models.UniqueConstraint(fields=["user", "post"], condition=models.Q(post__isnull=False),
                                    name="one_edit_autosave_per_user_and_post"),
        ]

    def __str__(self) -> str:
        return f"autosave of {self.user_id} on blog {self.blog_id} post {self.post_id}"
