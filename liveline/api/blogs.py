"""/api/blogs: list, create, read and change live blogs."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Path, Router, Status

from liveline.accounts import permissions
from liveline.accounts.models import Membership
from liveline.api.auth import OPTIONAL_SECURITY, bearer, optional_bearer
from liveline.api.errors import Forbidden, NotFound
from liveline.api.schemas import SLUG_PATTERN, BlogCreate, BlogList, BlogOut, BlogPatch, responses
from liveline.api.serializers import blog_out
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog

router = Router(tags=["blogs"])

Slug = Path(..., max_length=80, pattern=SLUG_PATTERN, description="The blog's slug.", examples=["ukraine-talks"])


def get_blog(request: HttpRequest, slug: str) -> LiveBlog:
    """The blog at `slug` if the viewer may see it; a draft blog is a 404 for outsiders."""
    blog = LiveBlog.objects.filter(slug=slug).first()
    if blog is None or not permissions.can_view_blog(request.auth, blog):
        raise NotFound(_("There is no live blog %(slug)s.") % {"slug": slug})
    return blog


@router.get("/blogs", response=responses(200, BlogList, 401), auth=optional_bearer,
            openapi_extra=OPTIONAL_SECURITY, operation_id="list_blogs")
def list_blogs(request: HttpRequest) -> dict[str, Any]:
    """Blogs that are live or ended, newest first; with a token, also the drafts you are a member of."""
    blogs = LiveBlog.objects.order_by("-created_at", "-id")
    user = request.auth
    if not permissions.is_site_admin(user):
        visible = ~Q(status=LiveBlog.Status.DRAFT)
        if user.is_authenticated:
            visible |= Q(pk__in=Membership.objects.filter(user=user).values("blog"))
        blogs = blogs.filter(visible)
    return {"blogs": [blog_out(request, blog) for blog in blogs]}


@router.post("/blogs", response=responses(201, BlogOut, 400, 401, 403, 422), auth=bearer,
             operation_id="create_blog")
def create_blog(request: HttpRequest, payload: BlogCreate) -> Status:
    """Create a live blog (site administrators and staff); you become its editor."""
    user = request.auth
    if not permissions.can_create_blog(user):
        raise Forbidden(_("Only site administrators and staff can create live blogs."))
    try:
        with transaction.atomic():
            blog = domain.create_blog(
                slug=payload.slug, title=payload.title, description=payload.description,
                language=payload.language, timezone_name=payload.timezone, status=payload.status,
            )
            Membership.objects.create(user=user, blog=blog, role=Membership.Role.EDITOR)
    except IntegrityError:
        # Two requests raced for the same slug: full_clean passed for both, the unique index caught one.
        raise ValidationError({"slug": [_("A live blog with this slug already exists.")]}) from None
    return Status(201, blog_out(request, blog))


@router.get("/blogs/{slug}", response=responses(200, BlogOut, 401, 404, 422), auth=optional_bearer,
            openapi_extra=OPTIONAL_SECURITY, operation_id="get_blog")
def read_blog(request: HttpRequest, slug: str = Slug) -> dict[str, Any]:
    """One live blog."""
    return blog_out(request, get_blog(request, slug))


@router.patch("/blogs/{slug}", response=responses(200, BlogOut, 400, 401, 403, 404, 422), auth=bearer,
              operation_id="update_blog")
def update_blog(request: HttpRequest, payload: BlogPatch, slug: str = Slug) -> dict[str, Any]:
    """Change a blog's details or status (editors): draft → live → ended, and reopen."""
    blog = get_blog(request, slug)
    if not permissions.can_edit_blog(request.auth, blog):
        raise Forbidden(_("Only editors of this live blog can change it."))
    changes = payload.model_dump(exclude_unset=True)
    blog = domain.update_blog(blog, **changes)
    return blog_out(request, blog)
