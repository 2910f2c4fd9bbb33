"""A checker for ABDM (NRCeS) FHIR profiles, read from the IG's StructureDefinitions.

It applies what a profile's differential says: each element's cardinality (within every
instance of its parent, slice by slice), fixed values, the resource types a reference
may point to (looked up in the bundle), and the slicing of repeated elements (by a
value discriminator; ``closed`` allows nothing outside the slices, ``openAtEnd`` puts
what matches no slice after what does). Each resource is checked against the profiles
it claims in ``meta.profile``. A document bundle's references must all resolve inside
the bundle, and its first entry must be the Composition.

What the base FHIR R4 specification requires (a Composition's status, a Bundle's type)
is left to the ``fhir.resources`` models, which the tests run as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROFILES = Path(__file__).parent / "profiles"
BASE = "http://hl7.org/fhir/StructureDefinition/"


@dataclass
class Profile:
    url: str
    type: str
    elements: dict[str, dict[str, Any]] = field(default_factory=dict)  # by element id


def load(folder: Path = PROFILES) -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for path in sorted(folder.glob("StructureDefinition-*.json")):
        sd = json.loads(path.read_text(encoding="utf-8"))
        elements = {e["id"]: e for e in sd["differential"]["element"]}
        found[sd["url"]] = Profile(sd["url"], sd["type"], elements)
    return found


def _segments(element_id: str) -> list[tuple[str, str | None]]:
    """``Composition.section:Vitals.code`` -> [("section", "Vitals"), ("code", None)]."""
    out: list[tuple[str, str | None]] = []
    for part in element_id.split(".")[1:]:
        name, _, slice_name = part.partition(":")
        out.append((name, slice_name or None))
    return out


def _children(node: Any, name: str) -> list[Any]:
    if not isinstance(node, dict):
        return []
    if name.endswith("[x]"):
        stem = name[:-3]
        keys = [k for k in node if k.startswith(stem) and k[len(stem) : len(stem) + 1].isupper()]
    else:
        keys = [name] if name in node else []
    out: list[Any] = []
    for key in keys:
        value = node[key]
        out.extend(value if isinstance(value, list) else [value])
    return out


class Checker:
    def __init__(self, profiles: dict[str, Profile] | None = None) -> None:
        self.profiles = profiles if profiles is not None else load()

    # -- types and references ----------------------------------------------------------
    def type_of(self, url: str) -> str:
        if url in self.profiles:
            return self.profiles[url].type
        return url.rsplit("/", 1)[-1]

    # -- finding instances -------------------------------------------------------------
    def instances(self, profile: Profile, resource: Any, element_id: str) -> list[Any]:
        """Every value at an element path, slices applied."""
        nodes = [resource]
        prefix = element_id.split(".")[0]
        for name, slice_name in _segments(element_id):
            prefix = f"{prefix}.{name}"
            nodes = [child for node in nodes for child in _children(node, name)]
            if slice_name is not None:
                nodes = [n for n in nodes if self.slice_of(profile, prefix, n) == slice_name]
                prefix = f"{prefix}:{slice_name}"
        return nodes

    def slice_of(self, profile: Profile, sliced_id: str, node: Any) -> str | None:
        """The slice a value of a sliced element belongs to, by its discriminators."""
        sliced = profile.elements.get(sliced_id, {})
        discriminators = sliced.get("slicing", {}).get("discriminator", [])
        for slice_name in self.slice_names(profile, sliced_id):
            if all(
                self._matches(profile, f"{sliced_id}:{slice_name}", d["path"], node)
                for d in discriminators
            ):
                return slice_name
        return None

    def slice_names(self, profile: Profile, sliced_id: str) -> list[str]:
        return [
            e["sliceName"]
            for eid, e in profile.elements.items()
            if "sliceName" in e and eid == f"{sliced_id}:{e['sliceName']}"
        ]

    def _matches(self, profile: Profile, slice_id: str, path: str, node: Any) -> bool:
        fixed = _fixed(profile.elements.get(f"{slice_id}.{path}", {}))
        if fixed is None:
            return False
        values = [node]
        for name in path.split("."):
            values = [child for v in values for child in _children(v, name)]
        return fixed in values

    # -- checking ------------------------------------------------------------------------
    def check_resource(self, resource: dict[str, Any], bundle_index: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        claimed = resource.get("meta", {}).get("profile", [])
        for url in claimed:
            profile = self.profiles.get(url)
            if profile is None:
                continue
            if profile.type != resource.get("resourceType"):
                problems.append(f"{url} is a profile of {profile.type}")
                continue
            problems += [
                f"{resource['resourceType']}/{resource.get('id')} ({url.rsplit('/', 1)[-1]}): {p}"
                for p in self._check(profile, resource, bundle_index)
            ]
        return problems

    def _check(self, profile: Profile, resource: Any, index: dict[str, Any]) -> Iterator[str]:
        for element_id, element in profile.elements.items():
            if "." not in element_id:
                continue
            parent_id, _, last = element_id.rpartition(".")
            name, _, slice_name = last.partition(":")
            for parent in self.instances(profile, resource, parent_id):
                values = _children(parent, name)
                if slice_name:
                    sliced_id = f"{parent_id}.{name}"
                    values = [
                        v for v in values if self.slice_of(profile, sliced_id, v) == slice_name
                    ]
                yield from self._element(profile, element_id, element, values, index)

    def _element(
        self,
        profile: Profile,
        element_id: str,
        element: dict[str, Any],
        values: list[Any],
        index: dict[str, Any],
    ) -> Iterator[str]:
        low = element.get("min", 0)
        high = element.get("max", "*")
        if len(values) < low:
            yield f"{element_id} is required ({low}..{high}), found {len(values)}"
        if high != "*" and len(values) > int(high):
            yield f"{element_id} allows at most {high}, found {len(values)}"
        fixed = _fixed(element)
        if fixed is not None:
            for value in values:
                if value != fixed:
                    yield f"{element_id} must be {fixed!r}, found {value!r}"
        targets = [
            self.type_of(url)
            for kind in element.get("type", [])
            if kind.get("code") == "Reference"
            for url in kind.get("targetProfile", [])
        ]
        if targets:
            for value in values:
                reference = value.get("reference") if isinstance(value, dict) else None
                if reference is None:
                    continue
                found = index.get(reference)
                if found is None:
                    yield f"{element_id} points to {reference}, which the bundle does not hold"
                elif found["resourceType"] not in targets:
                    yield (f"{element_id} must point to {'/'.join(sorted(set(targets)))}, "
                           f"not {found['resourceType']}")  # fmt: skip
        slicing = element.get("slicing")
        if slicing and values:
            yield from self._slicing(profile, element_id, slicing, values)

    def _slicing(
        self, profile: Profile, element_id: str, slicing: dict[str, Any], values: list[Any]
    ) -> Iterator[str]:
        which = [self.slice_of(profile, element_id, v) for v in values]
        rules = slicing.get("rules", "open")
        if rules == "closed" and None in which:
            yield f"{element_id} is closed: item {which.index(None) + 1} matches none of its slices"
        if rules == "openAtEnd":
            seen_open = False
            for i, name in enumerate(which, start=1):
                if name is None:
                    seen_open = True
                elif seen_open:
                    yield f"{element_id}: item {i} ({name}) comes after items of no slice"


def _fixed(element: dict[str, Any]) -> Any:
    for key, value in element.items():
        if key.startswith("fixed") or key.startswith("pattern"):
            return value
    return None


def index_of(bundle: dict[str, Any]) -> dict[str, Any]:
    """Every way an entry may be referred to: its full URL, and Type/id."""
    index: dict[str, Any] = {}
    for entry in bundle.get("entry", []):
        resource = entry["resource"]
        index[entry.get("fullUrl", "")] = resource
        index[f"{resource['resourceType']}/{resource.get('id')}"] = resource
    return index


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def check_bundle(bundle: dict[str, Any], checker: Checker | None = None) -> list[str]:
    """Every problem with a document bundle against the profiles it and its entries claim."""
    checker = checker or Checker()
    index = index_of(bundle)
    problems = checker.check_resource(bundle, index)
    entries = bundle.get("entry", [])
    if bundle.get("type") == "document":
        if not entries or entries[0]["resource"]["resourceType"] != "Composition":
            problems.append("a document bundle starts with its Composition")
        for entry in entries:
            for reference in _references(entry["resource"]):
                if reference not in index and not reference.startswith("#"):
                    problems.append(f"{reference} does not resolve inside the bundle")
    for entry in entries:
        problems += checker.check_resource(entry["resource"], index)
    return problems
