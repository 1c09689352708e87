"""Uploaded images: proved to be images by decoding them, re-encoded into responsive variants
without their metadata, stored under unguessable names and served with long cache headers."""
