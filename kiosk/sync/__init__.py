"""Offline-first sync with the hub: push the outbox, pull what the hub has, upload blobs.

Modules here import no Qt and no UI; the engine loop runs them. ``wire`` is shared with
the hub and is kept light so that the hub can import it without the kiosk's network code.
"""
