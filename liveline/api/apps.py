from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "liveline.api"
    label = "api"
