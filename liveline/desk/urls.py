"""The desk's URLs, mounted at /desk/ (sign-in and sign-out are in liveline/urls.py).

The members' stream `/desk/<slug>/events` is answered in asgi.py, before Django.
"""

from django.urls import path

from liveline.desk import auth_views, autosave, blogs, language, live, members, posts, preview, review, revisions

app_name = "desk"

urlpatterns = [
    path("", blogs.blog_list, name="blogs"),
    path("new/", blogs.blog_create, name="blog-create"),
    path("profile/", auth_views.profile, name="profile"),
    path("profile/language/", language.set_language, name="set-language"),
    path("profile/tokens/<int:token_id>/revoke/", auth_views.revoke_token, name="revoke-token"),
    path("<slug:slug>/", posts.blog_screen, name="blog"),
    path("<slug:slug>/status/", blogs.blog_status, name="blog-status"),
    path("<slug:slug>/compose/", posts.compose, name="compose"),
    path("<slug:slug>/autosave/", autosave.save, name="autosave"),
    path("<slug:slug>/posts/<int:post_id>/autosave/", autosave.save, name="autosave-post"),
    path("<slug:slug>/preview/", preview.preview, name="preview"),
    path("<slug:slug>/posts/<int:post_id>/preview/", preview.preview, name="preview-post"),
    path("<slug:slug>/updates/", live.updates, name="updates"),
    path("<slug:slug>/posts/<int:post_id>/item/", live.item, name="item"),
    path("<slug:slug>/posts/<int:post_id>/edit/", posts.edit, name="edit"),
    path("<slug:slug>/posts/<int:post_id>/delete/", posts.delete, name="delete"),
    path("<slug:slug>/posts/<int:post_id>/restore/", posts.restore, name="restore"),
    path("<slug:slug>/posts/<int:post_id>/pin/", posts.pin, name="pin"),
    path("<slug:slug>/posts/<int:post_id>/key-event/", posts.key_event, name="key-event"),
    path("<slug:slug>/posts/<int:post_id>/publish/", posts.publish, name="publish"),
    path("<slug:slug>/posts/<int:post_id>/history/", revisions.history, name="history"),
    path("<slug:slug>/review/", review.queue, name="review"),
    path("<slug:slug>/members/", members.members, name="members"),
    path("<slug:slug>/members/details/", members.details, name="blog-details"),
    path("<slug:slug>/members/add/", members.add, name="member-add"),
    path("<slug:slug>/members/<int:membership_id>/role/", members.change_role, name="member-role"),
    path("<slug:slug>/members/<int:membership_id>/remove/", members.remove, name="member-remove"),
    path("<slug:slug>/members/invite/", members.invite, name="invite"),
    path("<slug:slug>/members/invitations/<int:invitation_id>/withdraw/", members.revoke,
         name="invitation-revoke"),
    path("<slug:slug>/posts/<int:post_id>/submit/", review.submit, name="submit"),
    path("<slug:slug>/posts/<int:post_id>/send-back/", review.send_back, name="send-back"),
    path("<slug:slug>/posts/<int:post_id>/history/<int:revision_id>/restore/", revisions.restore,
         name="restore-revision"),
]
