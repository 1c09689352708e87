"""The JSON API: /api/blogs and /api/blogs/<slug>/posts, its OpenAPI schema at /api/openapi.json.

docs/api.md is the human guide; errors have the shapes described in liveline.api.errors.
"""

from ninja import NinjaAPI

from liveline.api import blogs, errors, posts

api = NinjaAPI(
    title="Liveline API",
    version="1",
    description="Read live blogs and their posts; with a bearer token (`liveline token USERNAME`), create, "
                "edit, publish, pin and delete them. See docs/api.md.",
    openapi_url="/openapi.json",
    docs_url=None,
    urls_namespace="api",
)
api.add_router("", blogs.router)
api.add_router("", posts.router)
errors.install(api)
