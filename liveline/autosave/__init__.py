"""Autosaved drafts of the desk's forms: what a journalist typed, kept until they publish or save it."""
