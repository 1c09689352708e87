from django.apps import AppConfig


class LiveConfig(AppConfig):
    name = "liveline.live"
    label = "live"
