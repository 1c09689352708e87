"""Preview: the post as readers will see it, from the form as typed, saved nowhere.

The form is validated like a real save (the kind's rules included), then an unsaved Post is
rendered with the reader's own `_post.html` partial (render_post_fragment): same markup, same
sanitizer, same quote marks and embeds. Nothing is written, except an image file chosen for
an image post, which is checked and stored like on publishing so the preview can show it.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.blogs.kinds import clean_content
from liveline.blogs.models import LiveBlog, Post
from liveline.blogs.rendering import markdown_to_html, render_post_fragment
from liveline.desk.access import blog_post, desk_view, member_blog, require
from liveline.desk.forms import COMPOSE_FORMS, EDIT_FORMS, PostForm, TextForm, add_domain_errors


def unsaved_post(blog: LiveBlog, form: PostForm, post: Post | None, user) -> Post:
    """The post the form would make, as a Post that is never saved (pk 0 for a new one)."""
    kind, body, data = form.content()
    body, data = clean_content(kind, body, data)
    cleaned = form.cleaned_data
    now = timezone.now()
    shown = Post(
        pk=post.pk if post else 0, blog=blog, kind=kind, body=body, data=data, html=markdown_to_html(body),
        status=Post.Status.PUBLISHED, version=post.version if post else 1,
        key_event=cleaned.get("key_event", False), headline=(cleaned.get("headline") or "").strip(),
        pinned=post.pinned if post else bool(cleaned.get("pinned")),
        published_at=(post.published_at if post and post.published_at else None) or cleaned.get("publish_at") or now,
        correction_note=(cleaned.get("correction_note") or (post.correction_note if post else "")).strip(),
        edited_at=post.edited_at if post else None,
    )
    if post is not None and post.is_published and ((kind, body, data) != (post.kind, post.body, post.data)
                                                   or cleaned.get("correction_note")):
        shown.edited_at = now  # readers will see "Updated at"
    # The authors as they will be: the post's own, or the journalist for a new post. Set as a
    # prefetched result because an unsaved post has no rows to join.
    authors = post.authors.all() if post else get_user_model().objects.filter(pk=user.pk)
    shown._prefetched_objects_cache = {"authors": authors}
    return shown


@require_POST
@desk_view
def preview(request: HttpRequest, slug: str, post_id: int | None = None) -> HttpResponse:
    """The preview as a fragment for the desk's script (JSON), or as a page of its own without it."""
    blog, _role = member_blog(request, slug)
    post = None
    if post_id is not None:
        post = blog_post(blog, post_id)
        require(post.status != Post.Status.DELETED and permissions.can_edit_post(request.user, post))
        form_class = EDIT_FORMS[post.kind]
    else:
        require(permissions.can_create_post(request.user, blog, Post.Status.DRAFT))
        form_class = COMPOSE_FORMS.get(request.POST.get("kind", ""), TextForm)
    html = ""
    with timezone.override(blog.tzinfo):
        form = form_class(request.POST, request.FILES, post=post,
                          can_publish=permissions.can_publish(request.user, blog))
        form.uploader = (blog, request.user)
        if form.is_valid():
            try:
                shown = unsaved_post(blog, form, post, request.user)
            except ValidationError as exc:
                add_domain_errors(form, exc, {"scheduled_for": "publish_at"})
            else:
                # In the edit screen the post is on the page already: no second element with its id.
                html = render_post_fragment(shown, pinned_slot=post is not None)
        context = {"blog": blog, "form": form, "html": html, "post": post}
        if "application/json" in request.headers.get("Accept", ""):
            stored = getattr(form, "stored", None)
            return JsonResponse({
                "ok": bool(html), "html": render_to_string("desk/_preview.html", context, request=request),
                "upload": stored.key if stored is not None else None,
            })
        return render(request, "desk/preview.html", context, status=200 if html else 400)
