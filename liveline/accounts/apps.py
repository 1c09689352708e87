from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "liveline.accounts"
    label = "accounts"
