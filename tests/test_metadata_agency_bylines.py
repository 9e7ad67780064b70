"""A news agency beside a writer's name is the story's source, not a writer: "Name /
Agency", "Name (Agency)", "Name, Agency" give the person; the agency alone stays the
author. An organisation's name holding "and" is one author, not two."""

from __future__ import annotations

import pytest
from conftest import ferry_page as page

from newsclean import extract
from newsclean.metadata.agencies import agency_apart, is_agency
from newsclean.metadata.bylines import split_names
from newsclean.metadata.name_choice import best_names
from newsclean.metadata.organisations import organisation


@pytest.mark.parametrize(
    "line",
    [
        "Von Runa Vik / dpa",
        "Runa Vik / dpa",
        "Runa Vik/APA",
        "Von Runa Vik (dpa)",
        "By Runa Vik, Reuters",
        "By Runa Vik, Associated Press",
        "By Runa Vik | AFP",
        "Por Runa Vik, Agencia EFE",
    ],
)
def test_the_writer_beside_an_agency_is_the_author(line: str) -> None:
    assert extract(page(f"<div class='byline'>{line}</div>")).authors == ("Runa Vik",)


def test_writers_beside_an_agency_are_the_authors() -> None:
    line = "<div class='byline'>Von Runa Vik und Ole Brun, dpa</div>"
    assert extract(page(line)).authors == ("Runa Vik", "Ole Brun")


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Von dpa", "dpa"), ("Von: kt/dpa", "dpa"), ("Por Agencia EFE", "Agencia EFE")],
)
def test_an_agency_alone_stays_the_author(line: str, agency: str) -> None:
    """An editor's initials before the agency ("kt/dpa") are a desk's mark, no name."""
    assert extract(page(f"<div class='byline'>{line}</div>")).authors == (agency,)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Harbourtown (dpa)", ("dpa",)),
        ("Von dpa, Harbourtown", ("dpa",)),
        ("Von Runa Vik, dpa, Harbourtown", ("Runa Vik",)),
    ],
)
def test_a_datelines_place_beside_an_agency_is_no_author(line: str, names: tuple[str, ...]) -> None:
    assert split_names(line) == names


def test_a_wire_and_an_outlet_before_a_slash_stay_whole() -> None:
    assert split_names("Reuters/Harbour Daily") == ("Reuters/Harbour Daily",)


def test_agencies_and_what_is_none() -> None:
    assert is_agency("dpa") and is_agency("AFP") and is_agency("dpa/AFP")
    assert not is_agency("Runa Vik") and not is_agency("Apex")
    assert agency_apart("Runa Vik / KNA") == "Runa Vik, KNA"
    assert agency_apart("Runa Vik / Ole Brun") == "Runa Vik / Ole Brun"


def test_the_word_agencies_is_an_author_only_as_a_last_resort() -> None:
    agencies = (("Agencies",), False)
    assert best_names([agencies, (("Runa Vik",), False)], ()) == ("Runa Vik",)
    assert best_names([agencies], ()) == ("Agencies",)


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Fisheries and Coastal Affairs",
        "NORTHERN PORTS AUTHORITY AND HARBOUR SERVICES",
        "Landesamt für Fähren und Häfen",
        "Departement für Verkehr, Bau und Umwelt",
    ],
)
def test_an_organisations_and_joins_its_name_not_two_authors(name: str) -> None:
    assert extract(page(f"<div class='byline'>By {name}</div>")).authors == (name,)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Runa Vik and Ole Brun", ("Runa Vik", "Ole Brun")),
        ("BY RUNA VIK AND OLE BRUN", ("RUNA VIK", "OLE BRUN")),
        ("By Jo Samt and Ole Brun", ("Jo Samt", "Ole Brun")),
        ("By Fjord Ferry Office, Runa Vik", ("Fjord Ferry Office", "Runa Vik")),
    ],
)
def test_people_joined_by_and_are_two_authors(line: str, names: tuple[str, ...]) -> None:
    """No organisation's word, or one whose name the list does not close with "and"."""
    assert split_names(line) == names


def test_organisation_words_and_german_compounds() -> None:
    assert organisation("Hafenbehörde Nord") and organisation("Bundesamt für Fähren")
    assert not organisation("Jo Samt") and not organisation("Runa Vik")
