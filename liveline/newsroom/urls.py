"""Newsroom intelligence's URLs: reader pages under /live/<slug>/, desk pages under /desk/."""

from django.urls import path

from liveline.newsroom import desk, views

app_name = "newsroom"

urlpatterns = [
    path("live/<slug:slug>/who-said-what/", views.who_said_what, name="who-said-what"),
    path("live/<slug:slug>/about/", views.entities, name="entities"),
    path("live/<slug:slug>/about/<slug:entity_slug>/", views.entity, name="entity"),
    path("desk/newsroom/names/", desk.names, name="names"),
    path("desk/<slug:slug>/facts/duplicates/", desk.duplicates, name="duplicates"),
    path("desk/<slug:slug>/facts/<int:post_id>/", desk.post_facts, name="desk-facts"),
    path("desk/<slug:slug>/facts/<int:post_id>/correct/", desk.correct, name="correct"),
    path("desk/<slug:slug>/facts/<int:post_id>/speaker/", desk.accept_speaker, name="accept-speaker"),
    path("desk/<slug:slug>/facts/<int:post_id>/reread/", desk.reread, name="reread"),
]
