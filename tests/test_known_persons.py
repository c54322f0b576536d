"""The known-persons gazetteer: shape and consistency of the hand-written data."""

from __future__ import annotations

from collections import Counter

import pytest

from newsparse.data.actor_first_names import FAMILY_NAME_FIRST, FIRST_NAMES
from newsparse.data.actor_countries import DISPLAY_NAMES
from newsparse.data.countries import COUNTRIES
from newsparse.data.known_persons import KNOWN_PERSONS

CANONICAL = {name for name, _country, _aliases in KNOWN_PERSONS}
COUNTRY_OF = {name: country for name, country, _aliases in KNOWN_PERSONS}


def _stripped(text: str) -> bool:
    return bool(text) and text == text.strip() and "  " not in text


class TestShape:
    def test_every_row_has_three_fields(self) -> None:
        for row in KNOWN_PERSONS:
            assert isinstance(row, tuple) and len(row) == 3, row
            name, country, aliases = row
            assert isinstance(name, str), row
            assert country is None or isinstance(country, str), row
            assert isinstance(aliases, tuple), row
            assert all(isinstance(alias, str) for alias in aliases), row

    def test_names_and_aliases_are_non_empty_and_stripped(self) -> None:
        for name, _country, aliases in KNOWN_PERSONS:
            assert _stripped(name), repr(name)
            for alias in aliases:
                assert _stripped(alias), (name, repr(alias))

    def test_countries_are_known_alpha3_codes(self) -> None:
        for name, country, _aliases in KNOWN_PERSONS:
            if country is not None:
                assert len(country) == 3 and country.isupper(), (name, country)
                # (or a code newsparse adds to ISO's: Kosovo's XKX)
                assert country in COUNTRIES or country in DISPLAY_NAMES, (name, country)

    def test_at_least_300_entries(self) -> None:
        assert len(KNOWN_PERSONS) >= 300

    def test_sorted_by_country_then_name(self) -> None:
        keys = [(country is None, country or "", name) for name, country, _ in KNOWN_PERSONS]
        assert keys == sorted(keys)


class TestNoAmbiguity:
    def test_one_entry_per_person(self) -> None:
        counts = Counter(name for name, _country, _aliases in KNOWN_PERSONS)
        assert [name for name, n in counts.items() if n > 1] == []

    def test_no_alias_in_two_entries(self) -> None:
        owners: dict[str, str] = {}
        for name, _country, aliases in KNOWN_PERSONS:
            assert len(set(aliases)) == len(aliases), name
            for alias in aliases:
                assert alias not in owners, (alias, owners.get(alias), name)
                owners[alias] = name

    def test_no_alias_is_a_canonical_name(self) -> None:
        for name, _country, aliases in KNOWN_PERSONS:
            for alias in aliases:
                assert alias not in CANONICAL, (name, alias)

    def test_one_word_aliases_are_not_given_names(self) -> None:
        """A family name written first ("Xi" of "Xi Jinping") is the one exception."""
        for name, _country, aliases in KNOWN_PERSONS:
            for alias in aliases:
                if " " not in alias and not (alias in FAMILY_NAME_FIRST and name.startswith(alias)):
                    assert alias not in FIRST_NAMES, (name, alias)

    @pytest.mark.parametrize("ambiguous", ["Kim", "Lee", "Li", "Wang", "Moon", "Bush",
                                           "Clinton", "Johnson", "Brown", "May", "Kerry",
                                           "Castro", "Assad"])
    def test_shared_surnames_are_no_alias(self, ambiguous: str) -> None:
        assert all(ambiguous not in aliases for _name, _country, aliases in KNOWN_PERSONS)


SPOT_CHECKS = {
    "Vladimir Putin": "RUS",
    "Narendra Modi": "IND",
    "Abdel Fattah al-Sisi": "EGY",
    "Mohammed bin Salman": "SAU",
    "Tamim bin Hamad Al Thani": "QAT",
    "Ismail Haniyeh": "PSE",
    "Hassan Nasrallah": "LBN",
    "Hibatullah Akhundzada": "AFG",
    "Pope Francis": "VAT",
    "Ursula von der Leyen": "DEU",
    "Jens Stoltenberg": "NOR",
    "Angela Merkel": "DEU",
    "Antonio Guterres": None,
}


@pytest.mark.parametrize(("name", "country"), sorted(SPOT_CHECKS.items()))
def test_spot_checks(name: str, country: str | None) -> None:
    assert name in COUNTRY_OF, name
    assert COUNTRY_OF[name] == country


def test_common_forms_point_to_the_person() -> None:
    by_alias = {alias: name for name, _c, aliases in KNOWN_PERSONS for alias in aliases}
    assert by_alias["Putin"] == "Vladimir Putin"
    assert by_alias["Zelenskyy"] == "Volodymyr Zelensky"
    assert by_alias["Erdoğan"] == "Recep Tayyip Erdogan"
    assert by_alias["Trump"] == "Donald Trump"
    assert by_alias["Lula"] == "Luiz Inácio Lula da Silva"
