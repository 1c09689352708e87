"""From an uploaded file to stored image variants, with Pillow.

A file is accepted only if Pillow decodes it fully as JPEG, PNG or WebP, whatever its name or
declared type says: an SVG (which can carry script), an HTML page or a truncated file is
refused. The pixels are then turned upright (EXIF orientation), converted to sRGB, and
re-encoded from scratch into a few widths, as JPEG and WebP: nothing of the original file's
bytes, EXIF (GPS position, camera serial), XMP, comments or ICC profile reaches readers.
"""

from __future__ import annotations

import io
import os
import secrets
import warnings
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageCms, ImageOps, UnidentifiedImageError

from liveline.media.models import Image

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
# Widths of the responsive variants; an image narrower than one gets its own width instead.
WIDTHS = (480, 960, 1600)
# Refused before decoding: a small file can declare a huge canvas (a "decompression bomb").
MAX_PIXELS = 50_000_000
JPEG_QUALITY = 82
WEBP_QUALITY = 80
NAME_CHARS = "A-Za-z0-9_-"


def images_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "images"


def _not_an_image() -> ValidationError:
    return ValidationError(
        _("This file is not a JPEG, PNG or WebP image (SVG and other formats are refused). "
          "Export it as JPEG, PNG or WebP and upload it again."),
        code="not_an_image",
    )


def _check_size(upload: Any) -> None:
    limit = settings.MEDIA_MAX_IMAGE_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size).1f MB; images up to %(limit)d MB are accepted. Export a smaller version.")
            % {"size": upload.size / 1_048_576, "limit": limit // 1_048_576},
            code="too_big",
        )


def decode(upload: Any) -> PILImage.Image:
    """The upright, fully decoded pixels of an accepted upload, or a ValidationError for the form."""
    _check_size(upload)
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image = PILImage.open(upload, formats=ACCEPTED_FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    _("This image is %(w)d × %(h)d pixels, too large to process; export it smaller.")
                    % {"w": image.width, "h": image.height},
                    code="too_many_pixels",
                )
            image.load()  # decodes every pixel: a truncated or forged file fails here
    except ValidationError:
        raise
    except (UnidentifiedImageError, PILImage.DecompressionBombError, PILImage.DecompressionBombWarning,
            OSError, SyntaxError, ValueError, EOFError):
        raise _not_an_image() from None
    original_format = image.format
    icc = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    has_alpha = upright.mode in {"RGBA", "LA", "PA"} or (upright.mode == "P" and "transparency" in upright.info)
    mode = "RGBA" if has_alpha else "RGB"
    pixels = _to_srgb(upright, icc, mode)
    pixels.info = {}  # no metadata travels with the pixels
    pixels.format_hint = original_format  # type: ignore[attr-defined]
    return pixels


def _to_srgb(image: PILImage.Image, icc: bytes | None, mode: str) -> PILImage.Image:
    """Colours as the ICC profile means them, in sRGB, so the profile itself can be dropped."""
    if icc and image.mode in {"RGB", "RGBA", "CMYK"}:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(
                image.convert("RGB") if image.mode == "RGBA" and mode == "RGB" else image,
                source, ImageCms.createProfile("sRGB"), outputMode=mode if image.mode != "CMYK" else "RGB",
            )
            if converted is not None:
                if mode == "RGBA" and converted.mode != "RGBA":
                    converted.putalpha(image.getchannel("A"))
                return converted.convert(mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the numbers as they are
    return image.convert(mode)


def _widths(width: int) -> list[int]:
    return sorted({w for w in WIDTHS if w < width} | {min(width, WIDTHS[-1])})


def _write(path: Path, image: PILImage.Image, fmt: str) -> None:
    temp = path.with_name(path.name + ".part")
    if fmt == "JPEG":
        if image.mode == "RGBA":  # JPEG has no transparency: flatten on white, as a page would show it
            flat = PILImage.new("RGB", image.size, (255, 255, 255))
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        image.save(temp, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    else:
        image.save(temp, "WEBP", quality=WEBP_QUALITY, method=4)
    os.replace(temp, path)


def store(pixels: PILImage.Image, *, original_name: str = "", blog=None, user=None) -> Image:
    """Write the variants of decoded pixels under a new unguessable key; return their record."""
    key = secrets.token_urlsafe(18)
    folder = images_dir()
    folder.mkdir(parents=True, exist_ok=True)
    variants: list[dict[str, Any]] = []
    written: list[Path] = []
    try:
        for width in _widths(pixels.width):
            height = max(1, round(pixels.height * width / pixels.width))
            resized = pixels if width == pixels.width else pixels.resize((width, height), PILImage.Resampling.LANCZOS)
            for fmt, ext, mime in (("WEBP", "webp", "image/webp"), ("JPEG", "jpg", "image/jpeg")):
                name = f"{key}-{width}.{ext}"
                _write(folder / name, resized, fmt)
                written.append(folder / name)
                variants.append({"src": f"{settings.MEDIA_URL}images/{name}", "width": width, "height": height,
                                 "type": mime})
    except Exception:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    largest = max(variants, key=lambda v: v["width"])
    return Image.objects.create(
        key=key, blog=blog, uploaded_by=user if user is not None and user.is_authenticated else None,
        original_name=(original_name or "")[:255], original_format=getattr(pixels, "format_hint", "") or "",
        width=largest["width"], height=largest["height"], variants=variants,
    )


def ingest(upload: Any, *, blog=None, user=None) -> Image:
    """Decode, check and store an uploaded file (Django's UploadedFile or any file object with .size)."""
    return store(decode(upload), original_name=getattr(upload, "name", ""), blog=blog, user=user)
