from django.apps import AppConfig


class ReaderConfig(AppConfig):
    name = "liveline.reader"
    label = "reader"
