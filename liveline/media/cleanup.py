"""Removing the uploads no post uses any more: `liveline cleanup-uploads`.

An upload is in use while its key appears in a post of any status (a deleted post can be
restored, a draft published), in a revision (an old version can be restored) or in a
journalist's autosaved form. Whatever the references, an upload younger than the grace period
is kept: a journalist may be composing with it in a form that nothing has saved yet. Files of
the images folder that no record knows (a process killed while writing them) are removed after
the same grace period.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from liveline.autosave.models import AutosavedForm
from liveline.blogs.models import Post, PostRevision
from liveline.media.models import Image
from liveline.media.processing import NAME_CHARS, images_dir

# A variant's address in a post (`/media/images/<key>-<width>.jpg`, or the same behind a CDN);
# greedy, so a key that itself contains "-" is read whole.
KEY_IN_TEXT = re.compile(rf"images/([{NAME_CHARS}]{{16,64}})-\d{{1,5}}\.(?:jpg|webp)")
# A file of the images folder, `.part` included (one being written, or left by a crash).
FILE_NAME = re.compile(rf"([{NAME_CHARS}]{{16,64}})-\d{{1,5}}\.(?:jpg|webp)(?:\.part)?")
KEY = re.compile(rf"[{NAME_CHARS}]{{16,64}}")


@dataclass
class Cleanup:
    """What a cleanup removed (or, in a dry run, would remove)."""

    images: list[Image] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    size: int = 0  # bytes of the files


def keys_in_use() -> set[str]:
    """The key of every upload a post, a revision or an autosaved form refers to."""
    keys: set[str] = set()
    for model in (Post, PostRevision):
        rows = (model.objects.annotate(data_text=Cast("data", TextField()))
                .filter(Q(data_text__contains="images/") | Q(body__contains="images/"))
                .values_list("data_text", "body"))
        for data, body in rows.iterator():
            keys.update(KEY_IN_TEXT.findall(data or ""))
            keys.update(KEY_IN_TEXT.findall(body or ""))
    for fields in AutosavedForm.objects.values_list("fields", flat=True).iterator():
        if not isinstance(fields, dict):
            continue
        # The compose form holds the upload's bare key; an edit form, the image's address.
        upload = fields.get("upload")
        if isinstance(upload, str) and KEY.fullmatch(upload.strip()):
            keys.add(upload.strip())
        keys.update(KEY_IN_TEXT.findall(json.dumps(fields, ensure_ascii=False)))
    return keys


def _older_than(path: Path, cutoff: datetime) -> bool:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=cutoff.tzinfo) < cutoff
    except FileNotFoundError:
        return False


def cleanup_uploads(*, grace: timedelta, dry_run: bool = False, now: datetime | None = None) -> Cleanup:
    """Remove the uploads older than `grace` that nothing refers to: their record, then their files."""
    cutoff = (now or timezone.now()) - grace
    in_use = keys_in_use()
    result = Cleanup(images=[image for image in Image.objects.filter(created_at__lt=cutoff).order_by("created_at")
                             if image.key not in in_use])
    doomed = {image.key for image in result.images}
    known = set(Image.objects.values_list("key", flat=True))
    folder = images_dir()
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        match = FILE_NAME.fullmatch(path.name)
        if not match or not path.is_file():
            continue
        key = match.group(1)
        if key in doomed or (key not in known and key not in in_use and _older_than(path, cutoff)):
            result.files.append(path)
    if not dry_run:
        # A post published with one of them while the folder was read keeps it.
        taken = doomed & keys_in_use()
        if taken:
            result.images = [image for image in result.images if image.key not in taken]
            result.files = [path for path in result.files if FILE_NAME.fullmatch(path.name).group(1) not in taken]
        # The record first: a form that still holds the key then asks for the file again instead
        # of publishing an image whose files are gone.
        Image.objects.filter(key__in=doomed - taken).delete()
    for path in result.files:
        try:
            result.size += path.stat().st_size
            if not dry_run:
                path.unlink()
        except FileNotFoundError:
            pass
    return result
