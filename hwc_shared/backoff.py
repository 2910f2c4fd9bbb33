"""Exponential backoff with jitter: many spokes coming back after one outage must not
knock on the hub at the same second."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 5.0
    cap: float = 600.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def fail(self) -> float:
        """Record a failure; returns seconds to wait: half the exponential step for sure,
        the other half at random ("equal jitter")."""
        self.failures += 1
        step = min(self.cap, self.base * 2.0 ** (self.failures - 1))
        jitter: float = self.rng.uniform(0, step / 2)
        return step / 2 + jitter

    def reset(self) -> None:
        self.failures = 0
