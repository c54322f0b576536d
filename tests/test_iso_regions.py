"""The generated ISO 3166-2 region gazetteer: drift guard, filters and use."""

from __future__ import annotations

import pathlib
import sys

import pytest

from newsparse import parse
from newsparse.data.iso_regions import ISO_REGIONS

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_generated_module_matches_generator() -> None:
    """newsparse/data/iso_regions.py is what scripts/generate_iso_regions.py writes today."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate_iso_regions
    finally:
        sys.path.pop(0)
    text = (ROOT / "newsparse" / "data" / "iso_regions.py").read_text(encoding="utf-8")
    assert generate_iso_regions.render() == text, "run scripts/generate_iso_regions.py"


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [
        ("Táchira", "VEN"),
        ("Tachira", "VEN"),  # the accent-free spelling too
        ("Norte de Santander", "COL"),
        ("Khuzestan", "IRN"),  # transliteration marks dropped
        ("Anbar", "IRQ"),  # the Arabic article dropped
        ("Borno", "NGA"),
        ("Tigrai", "ETH"),
        ("North Darfur", "SDN"),
    ],
    ids=lambda v: str(v),
)
def test_known_regions(name: str, alpha3: str) -> None:
    assert ISO_REGIONS[name] == alpha3


@pytest.mark.parametrize(
    "name",
    [
        "Delta", "Rivers", "Lakes", "North",  # common words
        "Hidalgo", "Lara", "Rivera",  # persons' names
        "Meta", "Granma", "Marche",  # a company, a paper, a party's word
        "Amazonas", "Bolivar", "Sucre",  # divisions of two states
        "Lagos", "Kano", "Mendoza",  # cities
        "Niger", "Georgia",  # countries
        "Canterbury", "Equateur",  # another place first
    ],
)
def test_ambiguous_names_left_out(name: str) -> None:
    assert name not in ISO_REGIONS


def test_a_region_is_a_location_of_its_country() -> None:
    doc = parse("Officials met in Zulia on Monday to discuss fuel smuggling.",
                published="2025-03-11")
    (loc,) = doc.locations
    assert (loc.name, loc.kind, loc.country) == ("Zulia", "region", "VEN")


def test_a_name_shared_with_a_region_stays_a_person() -> None:
    doc = parse("Mayor Anne Hidalgo of Paris met Brian Lara on Monday.", published="2025-03-11")
    assert {"Anne Hidalgo", "Brian Lara"} <= {a.name for a in doc.actors if a.kind == "person"}
    assert not doc.locations or all(loc.name == "Paris" for loc in doc.locations)
