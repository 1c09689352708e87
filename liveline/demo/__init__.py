"""The demo live blogs (fr.json, en.json) and their loader; see loader.py."""
