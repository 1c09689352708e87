"""One row per uploaded image: who uploaded it, for which blog, and the files made from it."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Image(models.Model):
    # The random part of every file name of this image: knowing it is what lets one fetch them.
    key = models.CharField(max_length=64, unique=True)
    blog = models.ForeignKey("blogs.LiveBlog", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    original_name = models.CharField(max_length=255, blank=True)
    original_format = models.CharField(max_length=8)
    # Of the largest variant, the one `src` points to.
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    # [{"src", "width", "height", "type"}], as stored in an image post's `data.variants`.
    variants = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"image {self.key} ({self.width}×{self.height})"

    @property
    def src(self) -> str:
        """The largest JPEG: every browser shows it, and it is what `data.src` holds."""
        jpegs = [v for v in self.variants if v["type"] == "image/jpeg"]
        return max(jpegs, key=lambda v: v["width"])["src"]

    def post_data(self) -> dict:
        """The image kind's fields that come from the file (alt, credit and caption come from the journalist)."""
        return {"src": self.src, "width": self.width, "height": self.height, "variants": self.variants}
