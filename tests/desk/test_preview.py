"""Preview: the unsaved form rendered with the reader's partial, and nothing written."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from liveline.blogs import domain
from liveline.blogs.models import Post, PostRevision
from liveline.live.models import Event
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


def preview(client, blog, post=None, json=True, **fields):
    url = f"/desk/{blog.slug}/posts/{post.pk}/preview/" if post else f"/desk/{blog.slug}/preview/"
    headers = {"Accept": "application/json"} if json else {}
    return csrf_post(client, url, {"action": "preview", **fields}, headers=headers)


def test_a_new_post_is_shown_as_readers_will_see_it_and_nothing_is_saved(alice, signed_in, blog):
    events = Event.objects.count()
    answer = preview(signed_in(alice), blog, kind="quote", body="« Nous voulons la paix »",
                     speaker="Volodymyr Zelensky", role="président", key_event="on", headline="Zelensky parle").json()
    assert answer["ok"] is True and answer["upload"] is None
    html = answer["html"]
    assert 'class="post post--quote post--key"' in html
    assert "«\u00a0Nous voulons la paix\u00a0»" in html  # the blog's quote marks, once
    assert "Volodymyr Zelensky" in html and "Alice Martin" in html and "Zelensky parle" in html
    assert "Nothing was saved or published." in html
    assert not Post.objects.exists() and Event.objects.count() == events


def test_markdown_and_injection_attempts_render_as_the_reader_gets_them(alice, signed_in, blog):
    html = preview(signed_in(alice), blog, kind="text",
                   body="**Gras** <script>alert(1)</script> [x](javascript:alert(2))").json()["html"]
    assert "<strong>Gras</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and 'href="javascript' not in html
    html = preview(signed_in(alice), blog, kind="quote", body="Mots",
                   speaker='<img src=x onerror="alert(3)">').json()["html"]
    assert "<img src=x" not in html and "&lt;img src=x onerror=&quot;alert(3)&quot;&gt;" in html


def test_what_is_missing_is_listed_instead(alice, signed_in, blog):
    answer = preview(signed_in(alice), blog, kind="quote", body="Mots").json()
    assert answer["ok"] is False
    assert "The post cannot be previewed yet:" in answer["html"]
    assert "Speaker: This field is required." in answer["html"]


def test_an_unknown_embed_address_previews_as_the_link_card_readers_would_get(alice, signed_in, blog):
    html = preview(signed_in(alice), blog, kind="embed", url="https://news.example.com/live/1").json()["html"]
    assert "post--link" in html and "<iframe" not in html


def test_editing_a_published_post_previews_the_update_without_touching_it(alice, signed_in, blog):
    post = domain.create_post(blog, body="Bilan : 3 blessés.", authors=[alice])
    answer = preview(signed_in(alice), blog, post, version=str(post.version), body="Bilan : 4 blessés.",
                     correction_note="Le bilan a été corrigé.").json()
    html = answer["html"]
    assert "4 blessés" in html and 'class="post__updated"' in html and "Le bilan a été corrigé." in html
    assert f'id="post-{post.pk}"' not in html  # the edit page already shows the post with that id
    post.refresh_from_db()
    assert (post.body, post.version, PostRevision.objects.count()) == ("Bilan : 3 blessés.", 1, 0)


def test_without_javascript_the_preview_is_a_page_of_its_own(alice, signed_in, blog):
    response = preview(signed_in(alice), blog, json=False, kind="text", body="Texte")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "As readers will see it." in page and "<p>Texte</p>" in page
    assert preview(signed_in(alice), blog, json=False, kind="text", body="").status_code == 400


def test_an_image_is_stored_on_preview_and_its_key_handed_back(alice, signed_in, blog, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    out = io.BytesIO()
    Image.new("RGB", (1200, 800), (10, 120, 10)).save(out, "PNG")
    answer = preview(signed_in(alice), blog, kind="image", alt="Un champ", body="Légende", credit="AFP",
                     image=SimpleUploadedFile("champ.png", out.getvalue(), content_type="image/png")).json()
    assert answer["ok"] and answer["upload"] and f"/media/images/{answer['upload']}-960.webp 960w" in answer["html"]
    assert not Post.objects.exists()
    # Publishing with the key only: the file is not sent twice.
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/compose/", {
        "kind": "image", "action": "publish", "alt": "Un champ", "body": "Légende", "credit": "AFP",
        "upload": answer["upload"]})
    assert response.status_code == 302 and Post.objects.get().data["width"] == 1200


def test_who_may_preview(alice, bob, carol, signed_in, blog):
    post = domain.create_post(blog, body="Publié.", authors=[alice])
    assert preview(signed_in(carol), blog, kind="text", body="x").status_code == 404
    assert preview(signed_in(bob), blog, kind="text", body="x").status_code == 200
    assert preview(signed_in(bob), blog, post, body="x", version="1").status_code == 403


@pytest.mark.browser
@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_the_preview_button_shows_the_post_under_the_form(server, blog, alice):
    from tests.desk.test_browser import in_own_browser

    in_own_browser(lambda new_context: _preview_in_the_desk(server, new_context, blog))


def _preview_in_the_desk(server, new_context, blog) -> None:
    from playwright.sync_api import expect

    from tests.desk.test_browser import sign_in

    page = new_context().new_page()
    sign_in(page, server, "alice")
    page.goto(f"{server.url}/desk/{blog.slug}/?kind=text")
    page.get_by_label("Text").fill("Les délégations **arrivent** à Istanbul.")
    page.get_by_role("button", name="Preview").click()
    shown = page.locator("[data-preview-pane] article.post--text")
    expect(shown.locator("strong")).to_have_text("arrivent")
    expect(page.locator("[data-preview-pane]")).to_contain_text("Nothing was saved or published.")
    expect(page.get_by_label("Text")).to_have_value("Les délégations **arrivent** à Istanbul.")
    assert not Post.objects.exists()
