"""Exponential backoff, the one kind for every retry on either side (sync, signalling,
enrollment, device ports, the hub's signal listener).

With jitter, many spokes coming back after one outage do not knock on the hub at the
same second: ``jitter`` is the share of each wait that is random (0.5 is "equal jitter":
half the step for sure, the other half at random; 0 waits exactly the step).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 5.0
    cap: float = 600.0
    jitter: float = 0.5
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def step(self) -> float:
        """The wait the next failure would start from, before jitter."""
        return min(self.cap, self.base * 2.0**self.failures)

    def fail(self) -> float:
        """Record a failure; returns the seconds to wait before trying again."""
        step = self.step()
        self.failures += 1
        jitter: float = self.rng.uniform(0, step * self.jitter) if self.jitter else 0.0
        return step * (1 - self.jitter) + jitter

    def give_up_for_now(self) -> float:
        """Wait the longest: trying soon cannot help (the hub refused who we are)."""
        self.failures = max(self.failures, 64)
        return self.fail()

    def reset(self) -> None:
        self.failures = 0
