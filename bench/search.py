"""Patient search over 100,000 patients: p50 and p95 of what a CHO types.

Builds a synthetic register once (``--keep DIR`` reuses it), then times realistic
queries through the same code the search screen calls. Target: p95 at most 20 ms.
    python bench/search.py [--patients 100000] [--queries 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from kiosk import demo_data
from kiosk.commands.demo import demo_cho_id
from kiosk.store.clinic import Clinic


def queries(clinic: Clinic, count: int, rng: random.Random) -> list[str]:
    sql = "SELECT name, phone, abha_number, village FROM patients ORDER BY random() LIMIT 2000"
    sample = clinic.store.read(lambda db: list(db.query(sql)))
    made: list[str] = []
    while len(made) < count:
        row = rng.choice(sample)
        kind = rng.random()
        if kind < 0.45:
            words = row["name"].split()
            made.append(" ".join(w[: rng.randint(2, len(w))] for w in words[: rng.randint(1, 2)]))
        elif kind < 0.65 and row["phone"]:
            made.append(row["phone"][: rng.randint(4, 10)])
        elif kind < 0.8 and row["abha_number"]:
            digits = row["abha_number"]
            made.append(f"{digits[:2]}-{digits[2:6]}-{digits[6:10]}-{digits[10:]}")
        elif kind < 0.9:
            made.append(row["village"][: rng.randint(3, len(row["village"]))])
        else:
            made.append(f"{row['name'].split()[0][:3]} {row['village'][:3]}")
    return made


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--keep", help="folder to build the register in and reuse")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-search-"))
    clinic = Clinic.open(folder / "kiosk.db", "bench")
    have = clinic.store.read(lambda db: db.table("patients").count)
    if have < args.patients:
        started = time.perf_counter()
        demo_data.generate(
            clinic.store,
            spoke_id="bench",
            cho_id=demo_cho_id(clinic),
            patient_count=args.patients - have,
            encounter_count=0,
            seed=have,
        )
        print(f"built {args.patients - have} patients in {time.perf_counter() - started:.0f} s")
    rng = random.Random(11)
    asked = queries(clinic, args.queries, rng)
    for text in asked[:50]:  # warm the page cache, as a kiosk in use would be
        clinic.patients.search(text)
    timings: list[float] = []
    hits: list[int] = []
    for text in asked:
        started = time.perf_counter()
        found = clinic.patients.search(text)
        timings.append((time.perf_counter() - started) * 1000)
        hits.append(len(found))
    clinic.close()
    print(
        f"patient search over {args.patients} patients, {len(asked)} queries: "
        f"p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
        f"max {max(timings):.1f} ms (target p95 <= 20 ms); "
        f"median {statistics.median(hits):.0f} results per query"
    )


if __name__ == "__main__":
    main()
