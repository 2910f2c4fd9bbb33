"""The lists each kind of consult may prescribe from, read from the rules file, against the
starter formulary: the table in docs/prescriptions.md, row by row."""

from __future__ import annotations

import pytest

from hub.formulary import starter
from hub.teleconsult import ConsultKind, medicine_problems

METFORMIN = {"name": "Metformin", "form": "Tablet", "strength": "500 mg"}
ENALAPRIL = {"name": "Enalapril", "form": "Tablet", "strength": "5 mg"}
PARACETAMOL = {"name": "Paracetamol", "form": "Tablet", "strength": "500 mg"}


def refused(
    kind: ConsultKind, *medicines: dict[str, str], earlier: tuple[str, ...] = ()
) -> list[int]:
    return [i for i, _ in medicine_problems(list(medicines), starter(), kind, earlier)]


@pytest.mark.parametrize("mode", ["text", "audio"])
def test_a_first_consult_without_video_stays_with_list_o(mode: str) -> None:
    assert refused(ConsultKind(mode, "first"), PARACETAMOL, METFORMIN, ENALAPRIL) == [2, 3]


@pytest.mark.parametrize("mode", ["text", "audio", "video"])
def test_a_follow_up_re_fills_list_a_and_adds_list_b_in_every_mode(mode: str) -> None:
    kind = ConsultKind(mode, "follow_up")
    assert refused(kind, PARACETAMOL, METFORMIN, ENALAPRIL, earlier=("Metformin",)) == []


@pytest.mark.parametrize("mode", ["text", "audio"])
def test_without_video_a_follow_up_gives_list_a_only_as_a_repeat(mode: str) -> None:
    found = medicine_problems([METFORMIN], starter(), ConsultKind(mode, "follow_up"), ())
    assert len(found) == 1 and "may only be repeated from the earlier prescription" in found[0][1]
