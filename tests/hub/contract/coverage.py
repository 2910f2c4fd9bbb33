"""Which contract test covers which storage method: ``@covers(Enrolment.add_spoke)``.

``test_coverage`` reads this registry to fail the suite when a method of an aggregate
(:mod:`hub.storage.aggregates`) has no contract test, so a new method comes with one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T", bound=Callable[..., Any])

# "Aggregate.method" -> the contract tests that exercise it ("module::test").
COVERED: dict[str, list[str]] = {}


def covers(*methods: Callable[..., Any]) -> Callable[[T], T]:
    """Declare the storage methods this test exercises (named as ``Aggregate.method``)."""

    def mark(test: T) -> T:
        names = tuple(m.__qualname__ for m in methods)
        for name in names:
            COVERED.setdefault(name, []).append(f"{test.__module__}::{test.__name__}")
        test.covers = names  # type: ignore[attr-defined]
        return test

    return mark
