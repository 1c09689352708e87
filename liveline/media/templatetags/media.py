"""`srcset` for image posts: only well-formed variants become candidates.

`data.variants` can come from the API as well as from the desk's uploads, so each entry is
checked here rather than trusted: a source with a space or a comma would split the list.
"""

from __future__ import annotations

import re
from typing import Any

from django import template

register = template.Library()

SAFE_SRC = re.compile(r"(/media/images/|https://)[^\s,\"'<>]+")


@register.filter
def srcset(variants: Any, mime: str) -> str:
    """"/media/images/k-480.webp 480w, …" for the variants of type `mime`, smallest first."""
    if not isinstance(variants, list):
        return ""
    candidates = []
    for variant in variants:
        if not isinstance(variant, dict) or variant.get("type") != mime:
            continue
        src, width = variant.get("src"), variant.get("width")
        if isinstance(src, str) and SAFE_SRC.fullmatch(src) and isinstance(width, int) and 0 < width < 100_000:
            candidates.append((width, src))
    return ", ".join(f"{src} {width}w" for width, src in sorted(candidates))
