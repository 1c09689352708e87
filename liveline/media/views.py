"""Serving the stored image variants: immutable files, cached for a year by browsers and CDNs."""

from __future__ import annotations

import re

from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_safe

from liveline.media.processing import NAME_CHARS, images_dir

NAME = re.compile(rf"[{NAME_CHARS}]{{16,64}}-\d{{1,5}}\.(jpg|webp)")
TYPES = {"jpg": "image/jpeg", "webp": "image/webp"}


@require_safe
def image(request: HttpRequest, name: str) -> FileResponse:
    match = NAME.fullmatch(name)
    if not match:
        raise Http404
    try:
        handle = (images_dir() / name).open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=TYPES[match.group(1)])
    # A name is never reused for other bytes (a new upload gets a new key), so it never goes stale.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
