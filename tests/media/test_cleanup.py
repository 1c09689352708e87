"""`liveline cleanup-uploads`: unused uploads go after a grace period, every upload in use stays."""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image as PILImage

from liveline.autosave.models import AutosavedForm
from liveline.blogs import domain
from liveline.media import processing
from liveline.media.cleanup import cleanup_uploads
from liveline.media.models import Image

pytestmark = pytest.mark.django_db

DAY = timedelta(hours=24)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads of each test in a folder of their own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def uploaded(name: str, hours_ago: float = 48, blog=None, user=None) -> Image:
    """A real upload (files written by liveline.media), made `hours_ago` hours ago."""
    image = processing.store(PILImage.new("RGB", (1000, 500), (200, 30, 30)), original_name=name, blog=blog,
                             user=user)
    Image.objects.filter(pk=image.pk).update(created_at=timezone.now() - timedelta(hours=hours_ago))
    image.refresh_from_db()
    return image


def files_of(image: Image) -> list[str]:
    return sorted(path.name for path in processing.images_dir().glob(f"{image.key}-*"))


def image_post(blog, image: Image, **options):
    return domain.create_post(blog, kind="image", body="Légende.",
                              data={**image.post_data(), "alt": "Une salle de conférence"}, **options)


def aged(path, hours: float) -> None:
    when = time.time() - hours * 3600
    os.utime(path, (when, when))


def test_only_old_uploads_that_nothing_uses_are_removed(blog, alice, media_root):
    unused = uploaded("unused.jpg")
    published = uploaded("published.jpg")
    image_post(blog, published)
    deleted = uploaded("deleted.jpg")  # a deleted post can be restored
    post = image_post(blog, deleted)
    domain.delete_post(post, version=post.version)
    draft = uploaded("draft.jpg")
    image_post(blog, draft, status="draft")
    replaced = uploaded("replaced.jpg")  # only in an old revision, which can be restored
    post = image_post(blog, replaced)
    other = uploaded("other.jpg")
    domain.edit_post(post, version=post.version, data={**other.post_data(), "alt": "Autre"})
    autosaved = uploaded("autosaved.jpg", blog=blog, user=alice)  # a journalist's unsaved compose form
    AutosavedForm.objects.create(user=alice, blog=blog, kind="image",
                                 fields={"upload": autosaved.key, "alt": "En cours"})
    fresh = uploaded("fresh.jpg", hours_ago=1)  # maybe in a form being filled right now
    orphan = processing.images_dir() / "Zq3orphanfilekeyABCDEFG-960.jpg"  # no record: a killed upload
    orphan.write_bytes(b"x" * 100)
    aged(orphan, 48)
    young_orphan = processing.images_dir() / "Zq3youngorphankeyABCDEF-960.webp.part"
    young_orphan.write_bytes(b"x")
    unrelated = media_root / "images" / "README.txt"
    unrelated.write_text("not an upload")
    aged(unrelated, 48)
    unused_files = files_of(unused)
    assert len(unused_files) == 6  # 480, 960 and 1000 px wide, JPEG and WebP

    done = cleanup_uploads(grace=DAY)

    assert [image.key for image in done.images] == [unused.key]
    assert sorted(path.name for path in done.files) == sorted([*unused_files, orphan.name])
    assert done.size > 100
    assert not Image.objects.filter(pk=unused.pk).exists() and files_of(unused) == []
    assert not orphan.exists() and young_orphan.exists() and unrelated.exists()
    for kept in (published, deleted, draft, replaced, other, autosaved, fresh):
        assert Image.objects.filter(pk=kept.pk).exists(), kept.original_name
        assert len(files_of(kept)) == 6, kept.original_name


def test_a_dry_run_lists_what_would_go_and_removes_nothing(blog):
    unused = uploaded("unused.jpg")
    done = cleanup_uploads(grace=DAY, dry_run=True)
    assert [image.key for image in done.images] == [unused.key] and len(done.files) == 6
    assert Image.objects.filter(pk=unused.pk).exists() and len(files_of(unused)) == 6
    assert cleanup_uploads(grace=timedelta(hours=72), dry_run=True).images == []  # the grace period counts


def test_an_upload_removed_from_under_a_form_asks_for_the_file_again(blog, alice):
    """A form holding a removed upload's key says so instead of publishing an image without files."""
    from tests.desk.conftest import csrf_post, desk_client

    unused = uploaded("unused.jpg")
    cleanup_uploads(grace=DAY)
    client = desk_client()
    client.force_login(alice)
    response = csrf_post(client, f"/desk/{blog.slug}/compose/", {
        "kind": "image", "action": "publish", "upload": unused.key, "alt": "Une salle", "body": "Légende."})
    assert response.status_code == 400
    assert "The image uploaded before was not found: choose the file again." in response.content.decode()


def test_an_empty_media_folder_is_fine():
    done = cleanup_uploads(grace=DAY)
    assert done.images == [] and done.files == [] and done.size == 0


@pytest.mark.django_db(transaction=True)
def test_the_command_with_and_without_dry_run(blog, tmp_path, settings):
    import subprocess
    import sys

    from django.db import connection

    from tests.conftest import _database_url

    settings.MEDIA_ROOT = tmp_path / "media"  # where the command finds it: $LIVELINE_DATA_DIR/media
    unused = uploaded("conférence.jpg")
    image_post(blog, uploaded("publiée.jpg"))
    env = {**os.environ, "DATABASE_URL": _database_url(connection.settings_dict), "LIVELINE_DATA_DIR": str(tmp_path)}

    def liveline(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "liveline.cli", "cleanup-uploads", *args], env=env,
                              capture_output=True, text=True, timeout=60)

    dry = liveline("--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"Would remove upload {unused.key} (conférence.jpg)" in dry.stdout
    assert "Would remove 1 unused upload(s) older than 24 h: 6 file(s)" in dry.stdout
    assert len(files_of(unused)) == 6
    assert "Removed 0 unused upload(s) older than 72 h" in liveline("--older-than", "72").stdout
    done = liveline()
    assert done.returncode == 0 and "Removed 1 unused upload(s)" in done.stdout
    assert files_of(unused) == [] and Image.objects.count() == 1
    refused = liveline("--older-than", "0.5")
    assert refused.returncode == 2
    assert "at least 1 hour: a journalist may be composing with an upload younger than that" in refused.stderr
    assert liveline("--older-than", "soon").returncode == 2
