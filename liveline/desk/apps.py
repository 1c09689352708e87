from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "liveline.desk"
    label = "desk"
