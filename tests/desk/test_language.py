"""The desk follows the user's language setting; reader pages keep following their blog's language.

The mechanism is checked through `request.LANGUAGE_CODE` and `<html lang>`, not translated
strings, so it holds whatever the state of the catalogues.
"""

from __future__ import annotations

import pytest

from liveline.accounts.models import Profile
from liveline.blogs import domain
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


def html_lang(response) -> str:
    content = response.content.decode()
    start = content.index('<html lang="') + len('<html lang="')
    return content[start:content.index('"', start)]


def test_a_french_set_user_gets_the_desk_in_french_whatever_the_browser_says(signed_in, alice):
    Profile.objects.create(user=alice, language="fr")
    response = signed_in(alice).get("/desk/")  # the client sends Accept-Language: en
    assert response.wsgi_request.LANGUAGE_CODE == "fr" and html_lang(response) == "fr"


def test_without_a_setting_the_browser_language_is_used(signed_in, alice):
    response = signed_in(alice).get("/desk/")
    assert response.wsgi_request.LANGUAGE_CODE == "en" and html_lang(response) == "en"


def test_the_profile_page_sets_and_clears_the_language(signed_in, alice):
    client = signed_in(alice)
    assert 'name="language"' in client.get("/desk/profile/").content.decode()
    response = csrf_post(client, "/desk/profile/language/", {"language": "fr"})
    assert response.status_code == 302 and Profile.objects.get(user=alice).language == "fr"
    assert html_lang(client.get("/desk/profile/")) == "fr"
    csrf_post(client, "/desk/profile/language/", {"language": ""})
    assert html_lang(client.get("/desk/profile/")) == "en"
    assert csrf_post(client, "/desk/profile/language/", {"language": "de"}).status_code == 302
    assert Profile.objects.get(user=alice).language == ""


def test_reader_pages_keep_their_blog_language(signed_in, blog, alice, bob):
    Profile.objects.create(user=alice, language="en")
    english = domain.create_blog(slug="storm", title="Storm", language="en", status="live")
    Profile.objects.create(user=bob, language="fr")
    assert html_lang(signed_in(alice).get(f"/live/{blog.slug}/")) == "fr"
    assert html_lang(signed_in(bob).get(f"/live/{english.slug}/")) == "en"


def test_the_next_user_on_the_same_browser_does_not_inherit_the_setting(signed_in, alice, bob):
    Profile.objects.create(user=alice, language="fr")
    client = signed_in(alice)
    assert html_lang(client.get("/desk/")) == "fr"
    client.force_login(bob)
    assert html_lang(client.get("/desk/")) == "en"


def test_the_choice_is_cached_at_sign_in_and_reader_pages_never_write_the_session(signed_in, blog, alice):
    Profile.objects.create(user=alice, language="fr")
    client = signed_in(alice)
    assert client.session["liveline_language"] == "fr"
    response = client.get(f"/live/{blog.slug}/")
    assert "sessionid" not in response.cookies
