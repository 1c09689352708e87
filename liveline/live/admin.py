"""The event log in the admin, read-only: the stream's replay relies on it never being edited."""

from __future__ import annotations

from django.contrib import admin

from liveline.blogs.admin import ReadOnlyAdmin
from liveline.live.models import Event


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ["id", "blog", "type", "post", "created_at"]
    list_filter = ["type", "blog"]
    list_select_related = ["blog", "post"]
