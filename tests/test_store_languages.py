"""Patients in every language: names in any Indian script, a search that finds a name
typed in one script when it was written in another, and the migration that gives the
patients already on a kiosk their Latin keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain import languages
from kiosk.domain.errors import ValidationErrors
from kiosk.domain.names import latin_key, to_latin
from kiosk.domain.patient import PatientForm
from kiosk.store import migrations
from kiosk.store.clinic import Clinic
from kiosk.store.database import connect


def form(name: str, language: str = "hi", **more: str) -> PatientForm:
    values = {"name": name, "sex": "female", "age_years": "42", "village": "Bassi"}
    values.update(more)
    return PatientForm(language=language, **values)  # type: ignore[arg-type]


# One name as a CHO in each state types it, and as it is spelled in Latin letters.
SUNITA = {
    "hi": "सुनीता", "te": "సునీత", "bn": "সুনীতা", "kn": "ಸುನೀತಾ", "ta": "சுனிதா",
    "mr": "सुनीता", "gu": "સુનીતા", "or": "ସୁନୀତା", "ml": "സുനിത", "pa": "ਸੁਨੀਤਾ",
}  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("लक्ष्मी", "Laxmi"),
        ("लक्ष्मी", "Lakshmi"),
        ("கணேஷ்", "Ganesh"),
        ("दीपक", "Deepak"),
        ("कृष्णा", "Krishna"),
        ("ಮಂಜುನಾಥ", "Manjunath"),
        ("வெங்கடேஷ்", "Venkatesh"),
        ("ശ്രീദേവി", "Sreedevi"),
        ("ରାଜେଶ୍ୱରୀ", "Rajeswari"),
        *((name, "Sunita") for name in SUNITA.values()),
    ],
)
def test_a_name_and_its_latin_spelling_share_one_key(typed: str, spelled: str) -> None:
    assert latin_key(typed) == latin_key(spelled)


def test_the_key_keeps_different_names_apart() -> None:
    keys = {latin_key(n) for n in ("Sunita", "Sita", "Savita", "Kamla", "Ramesh", "Rakesh")}
    assert len(keys) == 6
    assert to_latin("सुनीता Devi") == "sunītā Devi"


def test_names_in_every_script_are_accepted_digits_are_not(clinic: Clinic) -> None:
    for code, name in SUNITA.items():
        patient = clinic.patients.register(form(f"{name} {name}", code), "c")
        assert patient.language == code
    with pytest.raises(ValidationErrors):
        clinic.patients.register(form("సునీత ౩"), "c")  # a Telugu digit
    assert clinic.patients.register(form("Kamla", "xx"), "c").language == languages.DEFAULT


def test_search_finds_a_name_across_scripts(clinic: Clinic) -> None:
    telugu = clinic.patients.register(form("సునీత రెడ్డి", "te"), "c")
    latin = clinic.patients.register(form("Meenakshi Sundaram", "ta"), "c")
    other = clinic.patients.register(form("Kamla Bai", "hi"), "c")

    def ids(text: str) -> set[str]:
        return {p.id for p in clinic.patients.search(text)}

    assert ids("Sunita") == {telugu.id}
    assert ids("suni redd") == {telugu.id}
    assert ids("సునీ") == {telugu.id}
    assert ids("सुनीता") == {telugu.id}  # typed in Devanagari, written in Telugu
    assert ids("சுந்தரம்") == {latin.id}  # typed in Tamil, written in Latin letters
    assert ids("ಮೀನಾಕ್ಷಿ") == {latin.id}
    assert ids("kaml") == {other.id}
    assert ids("कमला") == {other.id}
    assert ids("zzz") == set()


def test_the_languages_migration_keys_the_patients_already_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = connect(tmp_path / "k.db")
    every = list(migrations.MIGRATIONS)
    assert every[-1].name == "0008_languages"
    monkeypatch.setattr(migrations, "MIGRATIONS", every[:-1])
    migrations.migrate(db)
    with db.conn:
        db.execute(
            "INSERT INTO patients (id, name, sex, birth_date, birth_date_estimated, language, "
            "created_at, updated_at, version) VALUES "
            "('p1', 'सुनीता देवी', 'female', '1984-07-01', 1, 'hi', 't', 't', 1)"
        )
        db.execute(
            "INSERT INTO chos (id, username, full_name, pin_hash, language, created_at) "
            "VALUES ('c1', 'asha', 'Asha', 'x', 'hi', 't')"
        )
    monkeypatch.setattr(migrations, "MIGRATIONS", every)
    assert migrations.migrate(db) == ["0008_languages"]
    assert db.execute("SELECT name_latin FROM patients").fetchone()[0] == "sunit tevi"
    found = db.execute(
        "SELECT rowid FROM patients_fts WHERE patients_fts MATCH 'name_latin : \"sunit\"*'"
    ).fetchall()
    assert len(found) == 1
    assert db.execute("SELECT language FROM chos").fetchone()[0] == ""
