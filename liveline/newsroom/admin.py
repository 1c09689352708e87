from django.contrib import admin

from liveline.newsroom.models import Correction, Extraction, Job, KnownName


@admin.register(KnownName)
class KnownNameAdmin(admin.ModelAdmin):
    list_display = ("name", "type", "updated_at")
    list_filter = ("type",)
    search_fields = ("name",)


@admin.register(Extraction)
class ExtractionAdmin(admin.ModelAdmin):
    list_display = ("post", "status", "engine", "extracted_at")
    list_filter = ("status",)
    raw_id_fields = ("post",)


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("post", "state", "attempts", "available_at", "claimed_by")
    raw_id_fields = ("post", "blog")


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ("post", "field", "target", "by", "created_at")
    raw_id_fields = ("post", "by")
