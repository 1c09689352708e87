"""Newsroom intelligence where users see it: stored facts per post, the worker, pages, API and desk.

`liveline.intel` is the engine (text in, facts out); this app stores what it finds for every
published post, runs it in the background (never while publishing), and shows it to readers and
journalists. See docs/newsroom-intelligence-ui.md.
"""
