"""The formulary: the starter list, CSV files with bad rows reported line by line, loading
one with ``kiosk-hub formulary``, and which list the console serves. Also the admin
commands for a specialist's qualification."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hub import config as hub_config
from hub import formulary, teleconsult
from hub.cli import main
from hub.config import HubConfigError
from hub.formulary import FormularyError
from hub.server import start
from hub.storage.models import FormularyEntry
from tests.conftest import FakeClock
from tests.consulttools import console, synced_case
from tests.hubtools import hub_and_kiosk, running_hub

GOOD = """name,form,strength,list,dose,frequency,duration,instructions
Paracetamol,Tablet,500 mg,O,1 tablet,Three times a day,3 days,After food
"Amoxicillin + Clavulanic acid",Tablet,500 mg + 125 mg,A,,,,
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_starter_list_holds_common_primary_care_medicines() -> None:
    entries = formulary.starter()
    assert len(entries) >= 100
    names = {e.name for e in entries}
    needed = ("Paracetamol", "Amoxicillin", "Metformin", "Amlodipine", "Zinc sulphate",
              "Oral rehydration salts (ORS)", "Ferrous sulphate + Folic acid (IFA)")  # fmt: skip
    assert set(needed) <= names
    assert all(e.name and e.form and e.strength for e in entries)
    paracetamol = {(e.form, e.strength) for e in entries if e.name == "Paracetamol"}
    assert ("Tablet", "500 mg") in paracetamol and ("Oral suspension", "120 mg/5 mL") in paracetamol


def test_bad_rows_are_all_reported_with_their_lines(tmp_path: Path) -> None:
    text = (
        "Name,Form,Strength,List,Instructions\n"  # headers in any case; a subset of columns
        "Paracetamol,Tablet,500 mg,O,After food\n"
        "Ibuprofen,Tablet,,A,After food\n"
        "Cetirizine,Tablet,10 mg,O\n"
        "\n"
        "paracetamol,tablet,500 MG,O,\n"
        f"Metformin,Tablet,{'5' * 300} mg,A,\n"
        'Zinc,Dispersible tablet,20 mg,O,"Dissolve\x07 in water"\n'
    )
    with pytest.raises(FormularyError) as error:
        formulary.parse(text, "drugs.csv")
    assert error.value.problems == [
        "line 3: the strength is empty",
        "line 4: 4 fields, but the header names 5",
        "line 6: the same medicine as line 2 (paracetamol, tablet, 500 MG)",
        "line 7: the strength is longer than 240 characters",
        "line 8: the instructions holds a line break or control character",
    ]
    assert str(error.value).startswith("drugs.csv is not a usable formulary:\n  line 3:")
    entries = formulary.parse("\ufeff" + GOOD, "good.csv")  # a spreadsheet's BOM is fine
    assert [(e.name, e.dose) for e in entries] == [
        ("Paracetamol", "1 tablet"), ("Amoxicillin + Clavulanic acid", "")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "the file is empty"),
        ("name,form,strength,list\n", "no medicines: the file has only its header"),
        ("name,form,list,price\nA,B,C,O\n", "line 1: unknown column(s) 'price'"),
        ("name,strength,list\nA,B,O\n", "line 1: the header lacks form"),
        ("name,form,strength,list,name\nA,B,C,O,D\n", "line 1: column(s) named twice: name"),
        ('name,form,strength,list\n"A,B,C\n', "line 2: 1 fields, but the header names 4"),
    ],
)
def test_files_that_are_no_formulary(text: str, problem: str) -> None:
    with pytest.raises(FormularyError) as error:
        formulary.parse(text, "f.csv")
    assert error.value.problems[0].startswith(problem), error.value.problems


def test_the_starter_list_carries_the_guidelines_lists() -> None:
    """Every entry has its Telemedicine Practice Guidelines list, and the medicines the
    prohibited list names (NDPS Act, Schedule X) are marked prohibited, never prescribable."""
    entries = formulary.starter()
    assert all(e.list in ("O", "A", "B", "prohibited") for e in entries)
    lists = {e.name: e.list for e in entries}
    assert lists["Diazepam"] == lists["Phenobarbitone"] == "prohibited"
    assert lists["Paracetamol"] == lists["Oral rehydration salts (ORS)"] == "O"
    assert lists["Amoxicillin"] == lists["Clotrimazole"] == "A"  # diagnosed by video (TPG)
    assert lists["Enalapril"] == "B"  # the guidelines' own add-on example
    for e in entries:
        assert (teleconsult.prohibited_in(e.name) is not None) == (e.list == "prohibited"), e


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("Paracetamol,Tablet,500 mg,", "line 2: the list is empty"),
        (
            "Paracetamol,Tablet,500 mg,OTC",
            "line 2: the list is 'OTC'; it must be O, A, B or prohibited",
        ),
        (
            "Diazepam,Tablet,5 mg,A",
            "line 2: Diazepam is marked List A, but Diazepam is a "
            "psychotropic substance under the NDPS Act 1985",
        ),
        ("Alprax,Tablet,0.25 mg,O", "line 2: Alprax is marked List O, but Alprazolam"),
        (
            "Paracetamol + Tramadol,Tablet,325 mg + 37.5 mg,B",
            "line 2: Paracetamol + Tramadol is marked List B, but Tramadol",
        ),
        (
            "Methylphenidate,Tablet,10 mg,A",
            "but Methylphenidate is Schedule X of the Drugs and Cosmetics Rules 1945",
        ),
    ],
)
def test_check_refuses_rows_without_a_list_or_prohibited_ones_marked_prescribable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, problem: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_text(f"name,form,strength,list\n{row}\n", encoding="utf-8")
    code, _, err = run(capsys, "formulary", "check", str(path), "--home", str(tmp_path / "h"))
    assert code == 1 and problem in err, err
    code, _, err = run(capsys, "formulary", "load", str(path), "--home", str(tmp_path / "h"))
    assert code == 1 and problem in err
    # Marked prohibited, the same medicine may stay in the list (the console says why).
    path.write_text("name,form,strength,list\nDiazepam,Tablet,5 mg,Prohibited\n")
    code, out, _ = run(capsys, "formulary", "check", str(path), "--home", str(tmp_path / "h"))
    assert code == 0 and "1 medicines, no problems" in out
    assert [e.list for e in formulary.read_file(path)] == ["prohibited"]


def test_a_file_that_is_not_utf8_or_missing(tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,form,strength,list\nParacétamol,Tablet,500 mg,O\n".encode("latin-1"))
    with pytest.raises(FormularyError, match=r'not UTF-8 text .*save it as "CSV UTF-8"'):
        formulary.read_file(latin)
    with pytest.raises(FormularyError, match="cannot read it"):
        formulary.read_file(tmp_path / "none.csv")


def test_load_check_show_and_what_the_console_serves(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "hub"
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text("name,form,strength,list\nA,,B,O\nC,D,,O\n", encoding="utf-8")
    code, _, err = run(capsys, "formulary", "check", str(bad), "--home", str(home))
    assert code == 1 and "line 2: the form is empty" in err and "line 3: the strength" in err
    code, _, err = run(capsys, "formulary", "load", str(bad), "--home", str(home))
    assert code == 1 and "is not a usable formulary" in err
    code, out, err = run(capsys, "formulary", "show", "--home", str(home))
    assert code == 0 and "from the starter list" in err and "Metformin" in out
    code, out, _ = run(capsys, "formulary", "check", str(good), "--home", str(home))
    assert code == 0 and "2 medicines, no problems" in out
    code, out, _ = run(capsys, "formulary", "load", str(good), "--home", str(home))
    assert code == 0 and "loaded 2 medicines" in out
    code, out, err = run(capsys, "formulary", "show", "--home", str(home))
    assert out.splitlines() == [",".join(formulary.COLUMNS),
                                "Paracetamol,Tablet,500 mg,O,1 tablet,Three times a day,3 days,"
                                "After food", 'Amoxicillin + Clavulanic acid,Tablet,'
                                "500 mg + 125 mg,A,,,,"]  # fmt: skip
    assert str(good.resolve()) in err

    async def served() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await synced_case(hub, kiosk)
            c = console(hub.url)
            async with c.session:
                assert (await c.call("GET", "/formulary"))[0] == 401  # signed in only
                assert await c.login() == 200
                status, body = await c.call("GET", "/formulary")
                assert status == 200 and [m["name"] for m in body["medicines"]] == [
                    "Paracetamol", "Amoxicillin + Clavulanic acid"
                ]  # fmt: skip
                assert body["medicines"][0]["frequency"] == "Three times a day"

    asyncio.run(served())


def test_the_settings_file_wins_and_a_bad_one_stops_the_hub(tmp_path: Path) -> None:
    override, bad = tmp_path / "override.csv", tmp_path / "bad.csv"
    override.write_text("name,form,strength,list\nZinc sulphate,Dispersible tablet,20 mg,O\n")
    bad.write_text("name,form,strength,list\nZinc,,20 mg,O\n")

    async def scenario() -> None:
        async with running_hub(tmp_path / "hub", formulary=str(override)) as hub:
            served = await formulary.served(
                hub.storage, hub.running.context.file_formulary, str(override)
            )
            assert [e.name for e in served.entries] == ["Zinc sulphate"]
            assert served.source == str(override)
        cfg = hub_config.load(home=tmp_path / "hub", environ={},
                              overrides={"port": 0, "formulary": str(bad)})  # fmt: skip
        with pytest.raises(FormularyError, match="line 2: the form is empty"):
            await start(cfg)
        wrong_zone = hub_config.load(home=tmp_path / "hub", environ={},
                                     overrides={"port": 0, "timezone": "Asia/Nowhere"})  # fmt: skip
        with pytest.raises(HubConfigError, match="unknown time zone 'Asia/Nowhere'"):
            await start(wrong_zone)

    asyncio.run(scenario())


def test_a_specialists_qualification(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "hub")
    secret = tmp_path / "pw"
    secret.write_text("correct horse battery\n")
    common = ["--specialty", "general_medicine", "--registration-no", "RMC-1", "--hub-site",
              "SMS Jaipur", "--password-file", str(secret), "--home", home]  # fmt: skip
    code, out, _ = run(capsys, "specialists", "add", "dr.rao", "--name", "Dr Rao", *common)
    assert code == 0 and "cannot sign prescriptions until" in out
    code, out, _ = run(capsys, "specialists", "add", "dr.verma", "--name", "Dr Asha Verma",
                       "--qualification", " MBBS,  MD (General Medicine) ", *common)  # fmt: skip
    assert code == 0 and "cannot sign" not in out
    code, out, _ = run(capsys, "specialists", "set", "dr.rao", "--qualification", "MBBS, DCH",
                       "--home", home)  # fmt: skip
    assert code == 0 and "'MBBS, DCH'" in out
    code, _, err = run(capsys, "specialists", "set", "dr.nobody", "--qualification", "MBBS",
                       "--home", home)  # fmt: skip
    assert code == 1 and "no specialist 'dr.nobody'" in err
    # The council that issued the registration number, printed beside it.
    code, out, _ = run(capsys, "specialists", "add", "dr.meena", "--name", "Dr Meena",
                       "--qualification", "MBBS", "--council", " Rajasthan  Medical Council",
                       *common)  # fmt: skip
    assert code == 0 and "no council" not in out
    code, out, _ = run(capsys, "specialists", "set", "dr.rao", "--council",
                       "Delhi Medical Council", "--home", home)  # fmt: skip
    assert code == 0 and "'Delhi Medical Council'" in out
    code, _, err = run(capsys, "specialists", "set", "dr.rao", "--home", home)
    assert code == 1 and "--qualification and/or --council" in err
    from tests.pgtools import query

    assert sorted(query("", Path(home), "SELECT username, qualification, council FROM "
                        "specialists")) == [
        ("dr.meena", "MBBS", "Rajasthan Medical Council"),
        ("dr.rao", "MBBS, DCH", "Delhi Medical Council"),
        ("dr.verma", "MBBS, MD (General Medicine)", ""),
    ]  # fmt: skip


def test_a_formulary_loaded_before_lists_existed_counts_as_unlisted() -> None:
    """Entries kept in the database without a list: the rules' ``unlisted_as`` applies."""
    old = [FormularyEntry("Amoxicillin", "Capsule", "500 mg"),
           FormularyEntry("Paracetamol", "Tablet", "500 mg", list="O")]  # fmt: skip
    video = teleconsult.ConsultKind("video", "first")
    amoxicillin = {"name": "Amoxicillin", "form": "Capsule", "strength": "500 mg"}
    found = teleconsult.medicine_problems([amoxicillin], old, video)
    assert found and "not in the hub's formulary, so it counts as List B" in found[0][1]
    paracetamol = {"name": "Paracetamol", "form": "Tablet", "strength": "500 mg"}
    text = teleconsult.ConsultKind("text", "first")
    assert teleconsult.medicine_problems([paracetamol], old, text) == []
