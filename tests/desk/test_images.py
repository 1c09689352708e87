"""Image posts from the desk: only real JPEG/PNG/WebP files get in, re-encoded without metadata."""

from __future__ import annotations

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from liveline.blogs import domain
from liveline.blogs.models import Post
from liveline.blogs.rendering import render_post_fragment
from liveline.media.models import Image as StoredImage
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db

DESCRIBED = {"alt": "Deux délégations face à face", "body": "Ouverture des pourparlers.", "credit": "AFP"}
CAMERA = "SecretCam 3000"


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads of each test in a folder of their own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def picture(fmt: str, size=(2000, 1000), mode="RGB", exif: Image.Exif | None = None) -> bytes:
    image = Image.new(mode, size, (200, 30, 30, 128) if mode == "RGBA" else (200, 30, 30))
    # A left/right split makes orientation visible in the output.
    image.paste((20, 20, 200) + ((255,) if mode == "RGBA" else ()), (0, 0, size[0] // 2, size[1]))
    out = io.BytesIO()
    image.save(out, fmt, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def camera_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = CAMERA  # Make
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0)}  # GPSInfo
    return exif


def upload(client, blog, content: bytes, name="photo.jpg", content_type="image/jpeg", action="publish", **fields):
    data = {"kind": "image", "action": action, **DESCRIBED, **fields}
    if content is not None:
        data["image"] = SimpleUploadedFile(name, content, content_type=content_type)
    return csrf_post(client, f"/desk/{blog.slug}/compose/", data)


def stored_file(media_root, src: str):
    assert src.startswith("/media/images/")
    return media_root / "images" / src.removeprefix("/media/images/")


@pytest.mark.parametrize("fmt,name,mime", [("JPEG", "a.jpg", "image/jpeg"), ("PNG", "a.png", "image/png"),
                                           ("WEBP", "a.webp", "image/webp")])
def test_each_accepted_format_is_published_in_three_widths_as_webp_and_jpeg(
        alice, signed_in, blog, _media_root, fmt, name, mime):
    response = upload(signed_in(alice), blog, picture(fmt), name=name, content_type=mime)
    assert response.status_code == 302, response.content.decode()[:3000]
    post = Post.objects.get()
    assert (post.kind, post.status, post.body) == ("image", "published", DESCRIBED["body"])
    data = post.data
    assert (data["alt"], data["credit"], data["width"], data["height"]) == ("Deux délégations face à face", "AFP",
                                                                              1600, 800)
    assert data["src"].endswith("-1600.jpg")
    found = {(v["width"], v["type"]) for v in data["variants"]}
    assert found == {(w, t) for w in (480, 960, 1600) for t in ("image/webp", "image/jpeg")}
    for variant in data["variants"]:
        with Image.open(stored_file(_media_root, variant["src"])) as out:
            assert out.format == {"image/webp": "WEBP", "image/jpeg": "JPEG"}[variant["type"]]
            assert out.size == (variant["width"], variant["height"]) == (variant["width"], variant["width"] // 2)
    # Names are unguessable: a long random key, nothing of the uploaded file's name.
    key = StoredImage.objects.get().key
    assert len(key) >= 24 and "a." not in data["src"] and key in data["src"]


def test_a_small_image_is_not_enlarged(alice, signed_in, blog):
    assert upload(signed_in(alice), blog, picture("PNG", size=(300, 200)), "s.png", "image/png").status_code == 302
    data = Post.objects.get().data
    assert {(v["width"], v["height"]) for v in data["variants"]} == {(300, 200)}


def test_metadata_is_stripped_after_the_orientation_is_applied(alice, signed_in, blog, _media_root):
    # Orientation 6: the camera held upright; the stored pixels are 300 wide, the image 400 tall.
    original = picture("JPEG", size=(400, 300), exif=camera_exif(orientation=6))
    assert CAMERA.encode() in original
    assert upload(signed_in(alice), blog, original).status_code == 302
    data = Post.objects.get().data
    assert (data["width"], data["height"]) == (300, 400)
    for variant in data["variants"]:
        path = stored_file(_media_root, variant["src"])
        raw = path.read_bytes()
        assert b"Exif" not in raw and CAMERA.encode() not in raw and b"<x:xmpmeta" not in raw
        with Image.open(path) as out:
            assert not out.getexif() and "exif" not in out.info and "icc_profile" not in out.info
            assert out.size == (300, 400)
            # Rotated a quarter turn clockwise: the blue left half of the original is now on top.
            blue = out.convert("RGB").getpixel((150, 20))
            assert blue[2] > 150 and blue[0] < 80, blue


def field_block(page: str, name: str) -> str:
    """The markup of one field group, up to the next one."""
    return re.search(rf'<div class="desk-field desk-field--{name}">.*?(?=<div class="desk-field|</fieldset>)',
                     page, re.S).group(0)


def refused(response, message: str) -> str:
    assert response.status_code == 400
    page = response.content.decode()
    field = field_block(page, "image")
    assert message in field, field
    assert not Post.objects.exists() and not StoredImage.objects.exists()
    return page


def test_an_svg_is_refused_next_to_the_field_and_the_description_is_kept(alice, signed_in, blog):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'
    page = refused(upload(signed_in(alice), blog, svg, "chart.svg", "image/svg+xml"),
                   "is not a JPEG, PNG or WebP image")
    assert 'value="Deux délégations face à face"' in page and "Ouverture des pourparlers." in page
    assert 'value="AFP"' in page


@pytest.mark.parametrize("content", [
    b"<html><script>alert(1)</script></html>",  # a page named like a photo
    picture("JPEG")[:2000],  # a truncated JPEG: the header is fine, the pixels are not there
    b"GIF89a" + b"\x00" * 100,
])
def test_a_file_that_is_not_really_an_image_is_refused_whatever_its_name_and_type(alice, signed_in, blog, content):
    refused(upload(signed_in(alice), blog, content, "photo.jpg", "image/jpeg"), "is not a JPEG, PNG or WebP image")


def test_a_file_over_the_size_limit_is_refused(alice, signed_in, blog, settings):
    settings.MEDIA_MAX_IMAGE_BYTES = 1_048_576
    big = picture("PNG", size=(10, 10)) + b"\x00" * 1_100_000
    refused(upload(signed_in(alice), blog, big, "big.png", "image/png"), "images up to 1 MB are accepted")


def test_caption_credit_and_description_are_required_and_the_upload_is_kept_meanwhile(alice, signed_in, blog):
    client = signed_in(alice)
    response = upload(client, blog, picture("JPEG"), alt="", credit="", body="")
    assert response.status_code == 400
    page = response.content.decode()
    for name in ("alt", "credit", "body"):
        block = field_block(page, name)
        assert "This field is required." in block, block
    key = StoredImage.objects.get().key
    assert f'name="upload" value="{key}"' in page and "Uploaded: photo.jpg (1600 × 800)" in page
    # Sent again with the description only: the file is not asked for again.
    assert upload(client, blog, None, upload=key).status_code == 302
    assert Post.objects.get().data["src"].startswith(f"/media/images/{key}-")


def test_no_file_at_all_is_asked_for(alice, signed_in, blog):
    refused(upload(signed_in(alice), blog, None), "Choose the image file to publish.")


def test_the_variants_are_served_with_long_cache_headers(alice, signed_in, blog, client):
    upload(signed_in(alice), blog, picture("WEBP"), "a.webp", "image/webp")
    for variant in Post.objects.get().data["variants"]:
        response = client.get(variant["src"])
        assert response.status_code == 200 and response["Content-Type"] == variant["type"]
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content)[:4] in {b"RIFF", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb"}
    for name in ("../secret_key", "nope-480.jpg", "x" * 24 + "-480.svg", "x" * 24 + "-480.jpg"):
        assert client.get(f"/media/images/{name}").status_code == 404


def test_readers_get_a_srcset_of_the_variants(alice, signed_in, blog, client):
    upload(signed_in(alice), blog, picture("JPEG"))
    post = Post.objects.get()
    html = client.get(f"/live/{blog.slug}/").content.decode()
    article = re.search(rf'<article id="post-{post.pk}".*?</article>', html, re.S).group(0)
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', article).group(1)
    jpeg = re.search(r'<img src="[^"]+" srcset="([^"]+)"', article).group(1)
    assert [c.split()[1] for c in webp.split(", ")] == ["480w", "960w", "1600w"]
    assert [c.split()[1] for c in jpeg.split(", ")] == ["480w", "960w", "1600w"]
    assert 'width="1600" height="800"' in article and 'alt="Deux délégations face à face"' in article


def test_variants_from_the_api_cannot_smuggle_markup_into_srcset(alice, blog):
    smuggled = [{"src": 'javascript:alert(1)" onerror="alert(2)', "width": 480, "type": "image/jpeg"},
                {"src": "https://img.example.org/a 1x, evil.jpg", "width": 960, "type": "image/jpeg"},
                {"src": "https://img.example.org/ok.webp", "width": "big", "type": "image/webp"},
                "nonsense"]
    data = {"src": "https://img.example.org/a.jpg", "alt": "a", "variants": smuggled}
    with pytest.raises(ValidationError):
        domain.create_post(blog, kind="image", body="", authors=[alice], data=data)
    # A row written before that check (or by hand) still renders without them.
    post = domain.create_post(blog, kind="image", body="", authors=[alice], data={**data, "variants": []})
    Post.objects.filter(pk=post.pk).update(data=data)
    post.refresh_from_db()
    html = render_post_fragment(post)
    assert "srcset" not in html and "onerror" not in html and "<source" not in html


def test_editing_the_text_keeps_the_variants_and_another_address_drops_them(alice, signed_in, blog):
    client = signed_in(alice)
    upload(client, blog, picture("JPEG"))
    post = Post.objects.get()
    fields = {"version": str(post.version), "src": post.data["src"], "alt": "Autre description", "credit": "AFP",
              "body": "Nouvelle légende", "action": "save"}
    assert csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/edit/", fields).status_code == 302
    post.refresh_from_db()
    assert post.data["alt"] == "Autre description" and len(post.data["variants"]) == 6
    fields.update(version=str(post.version), src="https://img.example.org/other.jpg")
    assert csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/edit/", fields).status_code == 302
    post.refresh_from_db()
    assert "variants" not in post.data and "width" not in post.data
    assert "srcset" not in render_post_fragment(post)
