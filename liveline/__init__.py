"""Liveline: a self-hosted live-blog platform for newsrooms."""

__version__ = "0.1.0"
