"""The hub's HTTP API (aiohttp): health, enrollment, push, pull and blobs."""
