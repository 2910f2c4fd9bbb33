"""A small in-process rate limit for public pages: so many requests per key in a window.

The public /verify page needs no login, so nothing else stops a script from hammering
it; each hub process keeps its own counts (behind a proxy, the proxy's own limit is the
first line, see docs/hub-deployment.md). Memory stays bounded: expired keys are dropped
whenever the table grows past its cap.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MAX_KEYS = 10_000


class RateLimiter:
    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._seen: dict[str, tuple[float, int]] = {}  # key -> (window start, count)

    def allow(self, key: str) -> bool:
        """Count one request for ``key``; False once the key used up its window."""
        now = self.clock()
        if len(self._seen) >= MAX_KEYS:
            self._seen = {k: v for k, v in self._seen.items() if now - v[0] < self.window_s}
            if len(self._seen) >= MAX_KEYS:  # a flood of fresh keys: forget the oldest half
                oldest = sorted(self._seen.items(), key=lambda kv: kv[1][0])
                self._seen = dict(oldest[MAX_KEYS // 2 :])
        start, count = self._seen.get(key, (now, 0))
        if now - start >= self.window_s:
            start, count = now, 0
        if count >= self.limit:
            return False
        self._seen[key] = (start, count + 1)
        return True

    def retry_after(self, key: str) -> int:
        """Seconds until ``key`` may try again (at least 1)."""
        start, _count = self._seen.get(key, (self.clock(), 0))
        return max(1, int(start + self.window_s - self.clock()) + 1)
