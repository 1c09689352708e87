"""Atom and JSON Feed (placeholder, filled in by the distribution work)."""

from django.contrib.syndication.views import Feed
from django.http import JsonResponse


class AtomFeed(Feed):
    pass


def json_feed(request, slug):
    return JsonResponse({})
