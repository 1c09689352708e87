"""Admin for blogs and posts. Changes readers can see go through liveline.blogs.domain, so the
admin never writes a post or a blog without its event in the live log."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post, PostRevision


class ReadOnlyAdmin(admin.ModelAdmin):
    """Look, don't touch: these rows change only through the domain module (API, desk)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(LiveBlog)
class LiveBlogAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "status", "language", "coverage_start", "coverage_end"]
    list_filter = ["status", "language"]
    search_fields = ["title", "slug"]
    fields = ["slug", "title", "description", "language", "timezone", "status", "coverage_start", "coverage_end",
              "created_at", "updated_at"]
    readonly_fields = ["coverage_start", "coverage_end", "created_at", "updated_at"]

    def get_readonly_fields(self, request: HttpRequest, obj: LiveBlog | None = None) -> list[str]:
        # The slug is in every shared link and open reader page; it does not change once created.
        return [*self.readonly_fields, "slug"] if obj else self.readonly_fields

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # deleting a blog would take its posts and event log with it

    def save_model(self, request: HttpRequest, obj: LiveBlog, form: Any, change: bool) -> None:
        if change:
            changes = {name: form.cleaned_data[name] for name in form.changed_data if name in domain.BLOG_FIELDS}
            if changes:
                domain.update_blog(obj, **changes)  # writes the blog.updated event open pages need
            return
        created = domain.create_blog(slug=obj.slug, title=obj.title, description=obj.description,
                                     language=obj.language, timezone_name=obj.timezone, status=obj.status)
        obj.pk, obj.created_at, obj.updated_at = created.pk, created.created_at, created.updated_at


class RevisionInline(admin.TabularInline):
    model = PostRevision
    fk_name = "post"
    fields = ["version", "kind", "body", "headline", "correction_note", "edited_by", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    """Posts are edited in the desk or through the API, which keep revisions and tell open pages."""

    list_display = ["id", "blog", "kind", "status", "published_at", "pinned", "key_event", "version"]
    list_filter = ["status", "kind", "pinned", "key_event"]
    list_select_related = ["blog"]
    search_fields = ["body", "headline"]
    inlines = [RevisionInline]


@admin.register(PostRevision)
class PostRevisionAdmin(ReadOnlyAdmin):
    list_display = ["post", "version", "kind", "edited_by", "created_at"]
    list_select_related = ["post", "edited_by"]
