"""Assisted video consults: signalling client, aiortc session, media, bandwidth policy."""
