"""Storage URLs: which backend a URL names, and how to show one without its password."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgresql", "postgres")


def scheme(url: str) -> str:
    return url.split(":", 1)[0].lower()


def is_postgres(url: str) -> bool:
    return scheme(url) in POSTGRES_SCHEMES


def redact(url: str) -> str:
    """The URL with any password (and query, which may carry one) replaced by ``***``:
    safe for logs and messages."""
    if not is_postgres(url):
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return f"{scheme(url)}://***"
    user = parts.username or ""
    if parts.password is not None:
        user += ":***"
    netloc = f"{user}@{host}{port}" if user else f"{host}{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "***" if parts.query else "", ""))
