from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "liveline.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom intelligence"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from liveline.newsroom import hooks

        hooks.connect()
