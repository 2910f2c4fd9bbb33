"""A small thread-safe event bus: device readers, the engine and the store publish plain
events; subscribers run on the publisher's thread and must be quick (the UI bridge only
re-emits them as queued Qt signals)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

Handler = Callable[[str, Any], None]
log = logging.getLogger("kiosk.app")


class EventBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handlers: dict[str, list[Handler]] = {}

    def subscribe(self, topic: str, handler: Handler) -> Callable[[], None]:
        """Call ``handler(topic, payload)`` for every event on ``topic`` (``"*"``: all).
        Returns a function that unsubscribes."""
        with self._lock:
            self._handlers.setdefault(topic, []).append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers.get(topic, []):
                    self._handlers[topic].remove(handler)

        return unsubscribe

    def publish(self, topic: str, payload: Any = None) -> None:
        with self._lock:
            handlers = [*self._handlers.get(topic, []), *self._handlers.get("*", [])]
        for handler in handlers:
            try:
                handler(topic, payload)
            except Exception:  # one broken subscriber must not silence the others
                log.exception("event handler for %s failed", topic)
