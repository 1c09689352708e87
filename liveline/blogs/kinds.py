"""What each kind of post holds, validated before anything is stored.

`clean_content` is the one place that knows the fields of a quote, a fact-check, an embed...;
the domain module, the API and the desk all go through it, so every caller gets the same
field-level messages.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from liveline.blogs import embeds

VERDICTS = ("true", "misleading", "false", "unproven")
MAX_BODY = 20_000
MAX_FIELD = 500

# For each kind: the fields of `data`, and which of them must be present.
FIELDS: dict[str, dict[str, bool]] = {
    "text": {},
    "quote": {"speaker": True, "role": False, "source": False, "source_url": False},
    "embed": {"url": True, "title": False, "provider": False},
    "image": {"src": True, "alt": True, "credit": False, "width": False, "height": False, "variants": False},
    "link": {"url": True, "title": True, "site": False},
    "fact-check": {"claim": True, "claimant": False, "verdict": True},
}
URL_FIELDS = {"url", "source_url", "src"}


VARIANT_TYPES = {"image/jpeg", "image/png", "image/webp"}


def _clean_variants(value: Any) -> list[dict[str, Any]] | None:
    """Responsive versions of an image (what a srcset is built from), or None when malformed."""
    if not isinstance(value, list) or len(value) > 20:
        return None
    cleaned = []
    for item in value:
        if not isinstance(item, dict) or set(item) - {"src", "width", "height", "type"}:
            return None
        src, width, height, type_ = item.get("src"), item.get("width"), item.get("height"), item.get("type")
        if not isinstance(src, str) or type_ not in VARIANT_TYPES:
            return None
        if not all(isinstance(n, int) and not isinstance(n, bool) and 0 < n <= 20000 for n in (width, height)):
            return None
        try:
            src = _clean_url(src.strip(), allow_relative=True)
        except ValidationError:
            return None
        cleaned.append({"src": src, "width": width, "height": height, "type": type_})
    return cleaned


def _clean_url(value: str, *, allow_relative: bool = False) -> str:
    parts = urlsplit(value)
    if parts.scheme in {"http", "https"} and parts.netloc:
        return value
    if allow_relative and value.startswith("/") and not value.startswith("//"):
        return value
    raise ValidationError(_("Enter a full web address starting with https://"))


def clean_content(kind: str, body: str, data: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """Return (body, data) normalised for `kind`, or raise ValidationError keyed by field."""
    errors: dict[str, list[str]] = {}
    if kind not in FIELDS:
        raise ValidationError({"kind": [_("Unknown post kind %(kind)s.") % {"kind": kind}]})
    if not isinstance(data, dict):
        raise ValidationError({"data": [_("Expected an object with the fields of this kind of post.")]})
    body = (body or "").strip()
    if len(body) > MAX_BODY:
        errors["body"] = [_("Keep the text under %(n)d characters.") % {"n": MAX_BODY}]
    fields = FIELDS[kind]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        errors["data"] = [_("Unexpected field(s) for this kind of post: %(f)s.") % {"f": ", ".join(unknown)}]
    cleaned: dict[str, Any] = {}
    for name, required in fields.items():
        value = data.get(name)
        if name in {"width", "height"}:
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
                errors[name] = [_("Expected a positive whole number.")]
            elif value is not None:
                cleaned[name] = value
            continue
        if name == "variants":
            if value is not None:
                variants = _clean_variants(value)
                if variants is None:
                    errors[name] = [_("Give a list of image files, each with its address (src), width, height "
                                      "and type (image/jpeg, image/png or image/webp).")]
                else:
                    cleaned[name] = variants
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                errors[name] = [_("This field is required.")]
            continue
        if not isinstance(value, str):
            errors[name] = [_("Expected text.")]
            continue
        value = value.strip()
        if len(value) > (2000 if name in URL_FIELDS else MAX_FIELD):
            errors[name] = [_("This is too long.")]
            continue
        if name in URL_FIELDS:
            try:
                value = _clean_url(value, allow_relative=(name == "src"))
            except ValidationError as exc:
                errors[name] = exc.messages
                continue
        cleaned[name] = value
    if kind == "fact-check" and "verdict" in cleaned and cleaned["verdict"] not in VERDICTS:
        errors["verdict"] = [_("Choose one of: %(v)s.") % {"v": ", ".join(VERDICTS)}]
    if kind in {"text", "quote"} and not body:
        errors["body"] = [_("Write the text of the post.") if kind == "text" else _("Write the words quoted.")]
    if kind == "fact-check" and not body:
        errors["body"] = [_("Explain the verdict.")]
    if errors:
        raise ValidationError(errors)
    if kind == "embed":
        found = embeds.detect(cleaned["url"])
        cleaned["provider"] = found.provider if found else "link"
    return body, cleaned
