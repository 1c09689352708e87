from django.apps import AppConfig


class BlogsConfig(AppConfig):
    name = "liveline.blogs"
    label = "blogs"
    verbose_name = "Live blogs"
