"""The desk's list of live blogs, creating one, and starting, ending and reopening coverage."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.accounts.models import Membership
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog
from liveline.desk.access import desk_view, member_blog, require
from liveline.desk.forms import BlogForm, add_domain_errors, derive_slug


@desk_view
def blog_list(request: HttpRequest) -> HttpResponse:
    """The blogs the user is a member of (all of them for site administrators)."""
    blogs = LiveBlog.objects.order_by("-created_at")
    if not permissions.is_site_admin(request.user):
        blogs = blogs.filter(memberships__user=request.user)
    roles = dict(Membership.objects.filter(user=request.user).values_list("blog_id", "role"))
    rows = [(blog, roles.get(blog.pk, permissions.EDITOR)) for blog in blogs]
    return render(request, "desk/blog_list.html", {
        "rows": rows, "can_create": permissions.can_create_blog(request.user),
    })


@desk_view
def blog_create(request: HttpRequest) -> HttpResponse:
    """A new live blog, in draft until an editor starts the coverage; its creator is its editor."""
    require(permissions.can_create_blog(request.user))
    form = BlogForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                blog = domain.create_blog(
                    slug=derive_slug(data["title"]), title=data["title"], description=data["description"],
                    language=data["language"], timezone_name=data["timezone"],
                )
                Membership.objects.create(user=request.user, blog=blog, role=Membership.Role.EDITOR)
        except ValidationError as exc:
            add_domain_errors(form, exc)
        except IntegrityError:  # another blog took the same slug a moment ago
            form.add_error("title", _("A blog with a very similar title was just created; change the title a little."))
        else:
            messages.success(request, _("The live blog was created as a draft. Start the coverage when ready."))
            return redirect("desk:blog", slug=blog.slug)
    status = 400 if form.is_bound else 200
    return render(request, "desk/blog_form.html", {"form": form}, status=status)


# The coverage actions an editor can take, by the status they lead to.
TRANSITIONS = {
    "start": (LiveBlog.Status.LIVE, {LiveBlog.Status.DRAFT}),
    "end": (LiveBlog.Status.ENDED, {LiveBlog.Status.LIVE}),
    "reopen": (LiveBlog.Status.LIVE, {LiveBlog.Status.ENDED}),
}


@require_POST
@desk_view
def blog_status(request: HttpRequest, slug: str) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    require(permissions.can_edit_blog(request.user, blog))
    action = request.POST.get("action", "")
    if action not in TRANSITIONS:
        messages.error(request, _("Unknown action."))
        return redirect("desk:blog", slug=blog.slug)
    target, sources = TRANSITIONS[action]
    if blog.status not in sources:
        # Someone else changed it first: say so instead of applying a stale click.
        messages.warning(request, _("The coverage is already “%(status)s”; nothing was changed.")
                         % {"status": blog.get_status_display()})
        return redirect("desk:blog", slug=blog.slug)
    domain.update_blog(blog, status=target)
    messages.success(request, {
        "start": _("The coverage is live: readers can follow it."),
        "end": _("The coverage has ended."),
        "reopen": _("The coverage is live again."),
    }[action])
    return redirect("desk:blog", slug=blog.slug)
