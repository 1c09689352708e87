from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "liveline.accounts"
    label = "accounts"

    def ready(self) -> None:
        from liveline.accounts import language  # noqa: F401  (connects the sign-in receiver)
