"""The newsroom desk: where journalists sign in, open live blogs and compose, edit and pin posts."""
