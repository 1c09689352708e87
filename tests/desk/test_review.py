"""The contributions queue at the desk: bob submits, alice publishes or sends back, bob resubmits."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from liveline.blogs import domain
from liveline.blogs.models import Post
from tests.desk.conftest import csrf_post
from tests.desk.test_browser import appears_within, in_own_browser, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(blog, bob):
    """bob's draft, not submitted yet."""
    return domain.create_post(blog, body="Des tirs entendus au nord.", authors=[bob], status="draft")


def test_bob_submits_his_draft_from_the_timeline(signed_in, blog, bob, draft):
    client = signed_in(bob)
    assert "Submit for review" in client.get(f"/desk/{blog.slug}/").content.decode()
    response = csrf_post(client, f"/desk/{blog.slug}/posts/{draft.pk}/submit/", {"version": draft.version})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.review == "submitted"
    page = client.get(f"/desk/{blog.slug}/").content.decode()
    assert "Submitted for review" in page and "Submit for review</button>" not in page


def test_editors_see_the_queue_and_its_count_in_the_nav(signed_in, blog, alice, bob, draft):
    domain.submit_for_review(draft, version=draft.version)
    domain.create_post(blog, body="Pas soumis", authors=[bob], status="draft")
    client = signed_in(alice)
    assert 'data-review-count="1"' in client.get(f"/desk/{blog.slug}/").content.decode()
    queue = client.get(f"/desk/{blog.slug}/review/").content.decode()
    assert "Des tirs entendus au nord." in queue and "Pas soumis" not in queue
    assert "data-review-count" not in signed_in(bob).get(f"/desk/{blog.slug}/").content.decode()


def test_sent_back_with_a_comment_that_bob_sees_then_resubmitted(signed_in, blog, alice, bob, draft):
    post = domain.submit_for_review(draft, version=draft.version)
    editor = signed_in(alice)
    response = csrf_post(editor, f"/desk/{blog.slug}/posts/{post.pk}/send-back/",
                         {"version": post.version, "comment": "Quelle source ? <b>AFP</b> ?"})
    assert response.status_code == 302
    contributor = signed_in(bob)
    page = contributor.get(f"/desk/{blog.slug}/").content.decode()
    assert "Quelle source ? &lt;b&gt;AFP&lt;/b&gt; ?" in page and "Submit again" in page
    assert "Quelle source ?" in contributor.get(f"/desk/{blog.slug}/posts/{post.pk}/edit/").content.decode()
    post.refresh_from_db()
    csrf_post(contributor, f"/desk/{blog.slug}/posts/{post.pk}/submit/", {"version": post.version})
    post.refresh_from_db()
    assert post.review == "submitted"


def test_sending_back_without_a_comment_says_so_next_to_the_box(signed_in, blog, alice, draft):
    post = domain.submit_for_review(draft, version=draft.version)
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/posts/{post.pk}/send-back/",
                         {"version": post.version, "comment": ""})
    assert response.status_code == 400
    assert f'id="comment-{post.pk}-error"' in response.content.decode()
    post.refresh_from_db()
    assert post.review == "submitted"


def test_an_editor_publishes_a_submission_from_the_queue(signed_in, blog, alice, draft):
    post = domain.submit_for_review(draft, version=draft.version)
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/posts/{post.pk}/publish/", {"version": post.version})
    assert response.status_code == 302
    post.refresh_from_db()
    assert (post.status, post.review) == ("published", "")


@pytest.mark.browser
@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_contributor_submits_editor_approves_reader_sees_it(server, blog, alice, bob):
    in_own_browser(lambda new_context: _submit_and_approve(server, new_context, blog))


def _submit_and_approve(server, new_context, blog) -> None:
    reader = new_context().new_page()
    reader.goto(f"{server.url}/live/{blog.slug}/")
    expect(reader.locator("[data-live]")).to_be_attached()

    contributor = new_context().new_page()
    sign_in(contributor, server, "bob")
    contributor.goto(f"{server.url}/desk/{blog.slug}/")
    contributor.get_by_label("Text").fill("Des explosions entendues près de la gare centrale.")
    contributor.get_by_role("button", name="Save as draft").click()
    expect(contributor.get_by_text("Draft saved.")).to_be_visible()
    contributor.get_by_role("button", name="Submit for review").click()
    expect(contributor.get_by_text("Submitted: the editors will review it.")).to_be_visible()
    assert Post.objects.get(blog=blog).review == "submitted"

    editor = new_context().new_page()
    sign_in(editor, server, "alice")
    editor.goto(f"{server.url}/desk/{blog.slug}/")
    editor.get_by_role("link", name="Review queue (1)").click()
    submission = editor.locator("[data-submission]", has_text="près de la gare centrale")
    submission.get_by_role("button", name="Publish now").click()
    expect(editor.get_by_text("Published.")).to_be_visible()
    waited = appears_within(reader, "article.post", "près de la gare centrale", 2)
    assert waited < 2
