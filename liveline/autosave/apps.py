from django.apps import AppConfig


class AutosaveConfig(AppConfig):
    name = "liveline.autosave"
    label = "autosave"
    default_auto_field = "django.db.models.BigAutoField"
