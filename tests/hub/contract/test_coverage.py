"""Every method of every storage aggregate has a contract test, and every contract test
runs on every backend: a method added without one fails here, naming it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import tests.hub.contract as contract
from hub.storage.base import AGGREGATES, HubStorage
from hub.storage.postgres import PostgresStorage
from hub.storage.sqlite import SqliteStorage
from tests.hub.contract.coverage import COVERED


def _suites() -> list[object]:
    return [
        importlib.import_module(f"{contract.__name__}.{m.name}")
        for m in pkgutil.iter_modules(contract.__path__)
        if m.name.startswith("test_") and m.name != "test_coverage"
    ]


def _methods(aggregate: type) -> list[str]:
    return [
        f"{aggregate.__name__}.{name}"
        for name, value in vars(aggregate).items()
        if not name.startswith("_") and inspect.isfunction(value)
    ]


def test_every_method_of_every_aggregate_has_a_contract_test() -> None:
    _suites()
    wanted = [name for aggregate in AGGREGATES for name in _methods(aggregate)]
    assert len(wanted) > 50  # the registry is read, not empty
    missing = [name for name in wanted if name not in COVERED]
    assert not missing, f"storage methods without a contract test: {missing}"
    stale = sorted(set(COVERED) - set(wanted))
    assert not stale, f"contract tests claim methods no aggregate has: {stale}"


def test_every_contract_test_declares_what_it_covers_and_runs_on_each_backend() -> None:
    for suite in _suites():
        tests = [v for n, v in vars(suite).items() if n.startswith("test_") and callable(v)]
        assert tests, suite
        for test in tests:
            where = f"{getattr(suite, '__name__', suite)}::{test.__name__}"
            assert getattr(test, "covers", ()), f"{where} does not say what it covers"
            assert "storage" in inspect.signature(test).parameters, f"{where} takes no storage"
            assert inspect.iscoroutinefunction(test), f"{where} is not async"


def test_the_hub_storage_is_its_aggregates_and_each_method_has_one_home() -> None:
    homes: dict[str, list[str]] = {}
    for aggregate in AGGREGATES:
        for name in _methods(aggregate):
            homes.setdefault(name.split(".")[1], []).append(name)
    twice = {method: where for method, where in homes.items() if len(where) > 1}
    assert not twice, f"methods in more than one aggregate: {twice}"
    public = {n for n in dir(HubStorage) if not n.startswith("_")}
    assert public == set(homes), f"HubStorage methods outside any aggregate: {public - set(homes)}"
    assert set(HubStorage.__mro__[1:-2]) == set(AGGREGATES)  # between HubStorage, ABC, object
    for backend in (SqliteStorage, PostgresStorage):
        assert issubclass(backend, HubStorage)
        assert not backend.__abstractmethods__, (backend, sorted(backend.__abstractmethods__))
