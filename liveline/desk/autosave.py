"""Autosave of the compose pane and of the edit form: what is typed survives a lost connection,
a closed tab or a reload.

The browser (static/desk/autosave.js) keeps every keystroke in localStorage and sends the form,
debounced, to `save` here; one AutosavedForm per journalist, blog and kind of post (compose:
starting a quote does not overwrite the text being written) or per journalist and post (edit).
Opening the form again fills it from that record, with a notice and a button to discard it.
Publishing or saving the post clears it (`clear`, called by the views).

An edit draft keeps the version the journalist started from: if a colleague saved the post
meanwhile, saving the restored draft leads to the conflict screen, not over their text.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.autosave.models import AutosavedForm
from liveline.blogs.models import LiveBlog, Post
from liveline.desk.access import blog_post, desk_view, member_blog, require
from liveline.desk.forms import COMPOSE_FORMS, PostForm, TextForm

# Never kept: the CSRF token (per session), the button pressed, the file (it cannot be put back).
SKIPPED = {"csrfmiddlewaretoken", "action", "image", "discard"}
MAX_FIELDS = 40
MAX_VALUE = 25_000


def _typed_fields(request: HttpRequest) -> dict[str, str] | None:
    """The posted form fields worth keeping, or None when they are not what a desk form sends."""
    names = [name for name in request.POST if name not in SKIPPED]
    if len(names) > MAX_FIELDS:
        return None
    fields = {name: request.POST.get(name, "") for name in names}
    if any(len(name) > 64 or len(value) > MAX_VALUE for name, value in fields.items()):
        return None
    return fields


def _back(blog: LiveBlog, post: Post | None) -> str:
    if post is None:
        return reverse("desk:blog", args=[blog.slug])
    return reverse("desk:edit", args=[blog.slug, post.pk])


@require_POST
@desk_view
def save(request: HttpRequest, slug: str, post_id: int | None = None) -> HttpResponse:
    """Keep the posted form as the user's draft (JSON answer), or discard it (`discard=1`)."""
    blog, _role = member_blog(request, slug)
    post = None
    if post_id is not None:
        post = blog_post(blog, post_id)
        require(post.status != Post.Status.DELETED and permissions.can_edit_post(request.user, post))
    else:
        require(permissions.can_create_post(request.user, blog, Post.Status.DRAFT))
    wants_json = "application/json" in request.headers.get("Accept", "")
    kind = post.kind if post is not None else request.POST.get("kind", "")
    if request.POST.get("discard"):
        AutosavedForm.objects.filter(user=request.user, blog=blog, post=post, kind=kind).delete()
        if wants_json:
            return JsonResponse({"discarded": True})
        messages.info(request, _("The unsaved draft was discarded."))
        return redirect(_back(blog, post))
    fields = _typed_fields(request)
    if fields is None or (post is None and kind not in COMPOSE_FORMS):
        return HttpResponseBadRequest("not a desk form")
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                saved, _created = AutosavedForm.objects.update_or_create(
                    user=request.user, blog=blog, post=post, kind=kind, defaults={"fields": fields})
            break
        except IntegrityError:  # two saves of one form raced to create it: the second updates
            if attempt == 2:
                raise
    return JsonResponse({"saved_at": saved.updated_at.isoformat()})


def clear(user: Any, blog: LiveBlog, post: Post | None = None, kind: str | None = None) -> None:
    """Forget the user's draft once what it held is saved in the post itself (compose: the kind's draft)."""
    drafts = AutosavedForm.objects.filter(user=user, blog=blog, post=post)
    if post is None and kind is not None:
        drafts = drafts.filter(kind=kind)
    drafts.delete()


def _initial(form_class: type[PostForm], base: dict[str, Any], fields: dict[str, str]) -> dict[str, Any]:
    # A form post omits unchecked boxes: in a draft, a box that is absent was unticked.
    boxes = {name: False for name, field in form_class.base_fields.items() if isinstance(field, forms.BooleanField)}
    return {**base, **boxes, **fields}


def compose_form(request: HttpRequest, blog: LiveBlog) -> PostForm:
    """The compose pane's form: the kind asked for (?kind=), filled from the user's draft of that kind.

    Without ?kind=, the kind of the latest draft is opened. `form.autosaved` is the draft put
    back, if any; `form.autosaved_others` the drafts of other kinds, which the pane offers to open.
    """
    can_publish = permissions.can_publish(request.user, blog)
    drafts = list(AutosavedForm.objects.filter(user=request.user, blog=blog, post__isnull=True)
                  .order_by("-updated_at"))
    asked = request.GET.get("kind", "")
    form_class = COMPOSE_FORMS.get(asked or (drafts[0].kind if drafts else ""), TextForm)
    saved = next((draft for draft in drafts if draft.kind == form_class.kind), None)
    if saved is not None:
        form = form_class(initial=_initial(form_class, {}, saved.fields), can_publish=can_publish)
        form.autosaved = saved
    else:
        form = form_class(can_publish=can_publish)
    form.autosaved_others = [(COMPOSE_FORMS[d.kind], d) for d in drafts if d is not saved and d.kind in COMPOSE_FORMS]
    return form


def edit_form(request: HttpRequest, post: Post, form_class: type[PostForm], can_publish: bool) -> PostForm:
    """The edit form of `post`, filled from the user's draft of it when there is one."""
    base = form_class.initial_for(post)
    saved = AutosavedForm.objects.filter(user=request.user, post=post).first()
    if saved is not None and saved.kind == post.kind:
        form = form_class(initial=_initial(form_class, base, saved.fields), post=post, can_publish=can_publish)
        form.autosaved = saved
        return form
    return form_class(initial=base, post=post, can_publish=can_publish)

