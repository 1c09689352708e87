"""The JSON API (placeholder, filled in by the API work)."""

from ninja import NinjaAPI

api = NinjaAPI(title="Liveline API", version="1", openapi_url="/openapi.json", docs_url=None)
