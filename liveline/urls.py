"""Every URL of Liveline. The SSE streams `/live/<slug>/events` (public) and `/desk/<slug>/events`
(members) are answered in asgi.py, before Django."""

from django.contrib import admin
from django.urls import include, path

from liveline.api.api import api
from liveline.desk import auth_views, invitations
from liveline.live import views as live
from liveline.media import views as media
from liveline.reader import feeds
from liveline.reader import views as reader

reader_patterns = (
    [
        path("", reader.home, name="home"),
        path("live/<slug:slug>/", reader.blog, name="blog"),
        path("live/<slug:slug>/posts/<int:post_id>/", reader.post, name="post"),
        path("live/<slug:slug>/feed.atom", feeds.AtomFeed(), name="feed-atom"),
        path("live/<slug:slug>/feed.json", feeds.json_feed, name="feed-json"),
        path("live/<slug:slug>/updates", live.updates, name="updates"),
    ],
    "reader",
)

urlpatterns = [
    path("", include(reader_patterns)),
    path("desk/", include("liveline.desk.urls")),
    # Who said what, people and places, key figures; desk suggestions and the names list.
    path("", include("liveline.newsroom.urls")),
    path("media/images/<str:name>", media.image, name="media-image"),
    path("accounts/login/", auth_views.login, name="login"),
    path("accounts/logout/", auth_views.logout, name="logout"),
    path("accounts/invitations/<str:token>/", invitations.accept, name="accept-invitation"),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler404 = "liveline.reader.views.not_found"
