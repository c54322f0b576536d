"""The actor gazetteers: generated data matches its source, hand data is consistent."""

from __future__ import annotations

import importlib.util
import pathlib
import time

import pytest
import regex

from newsparse.actors.gazetteer import gazetteer, trie_pattern
from newsparse.data import actor_countries, organizations, places, titles
from newsparse.data.countries import COUNTRIES
from newsparse.lexicon import DEFAULT_LEXICON, Lexicon, LexiconEntry

ROOT = pathlib.Path(__file__).resolve().parent.parent
KNOWN_CODES = set(COUNTRIES) | set(actor_countries.HISTORIC)


def _load_generator() -> object:
    script = ROOT / "scripts" / "gen_countries.py"
    spec = importlib.util.spec_from_file_location("gen_countries", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestDriftGuard:
    def test_countries_module_matches_pycountry(self) -> None:
        """newsparse/data/countries.py is what scripts/gen_countries.py writes today."""
        rendered = _load_generator().render()  # type: ignore[attr-defined]
        on_disk = (ROOT / "newsparse" / "data" / "countries.py").read_text(encoding="utf-8")
        assert rendered == on_disk, "run: python scripts/gen_countries.py"

    def test_every_iso_country_is_there(self) -> None:
        """All 249 ISO 3166-1 entries, keyed by alpha-3."""
        assert len(COUNTRIES) >= 249
        assert COUNTRIES["FRA"][0] == "France"
        assert all(regex.fullmatch(r"[A-Z]{3}", code) for code in COUNTRIES)


class TestHandData:
    @pytest.mark.parametrize(
        "table",
        [actor_countries.DISPLAY_NAMES, actor_countries.EXTRA_NAMES, actor_countries.DEMONYMS],
        ids=["display", "extra", "demonyms"],
    )
    def test_country_tables_use_known_codes(self, table: dict[str, object]) -> None:
        """Every hand-written row names a real (or listed historic) alpha-3 code."""
        assert set(table) <= KNOWN_CODES

    def test_seats_and_places_use_known_codes(self) -> None:
        """Seats, capitals, cities, regions and venues point at real codes (or None)."""
        codes = [*actor_countries.SEATS.values(), *places.CAPITALS.values(),
                 *places.CITIES.values(), *places.REGIONS.values(), *places.VENUES.values(),
                 *places.CAPITAL_OF]
        assert {c for c in codes if c is not None} <= KNOWN_CODES

    def test_capital_of_names_a_known_city(self) -> None:
        """"the French capital" must resolve to a city the gazetteer knows."""
        for code, city in places.CAPITAL_OF.items():
            assert places.CAPITALS.get(city) == code, city

    def test_organisation_rows(self) -> None:
        """Organisation rows have a name, aliases and a real code or None."""
        names = [row[0] for row in organizations.ORGANIZATIONS]
        assert len(names) == len(set(names))
        for _, aliases, code in organizations.ORGANIZATIONS:
            assert isinstance(aliases, tuple)
            assert code is None or code in KNOWN_CODES

    def test_titles_are_lower_case(self) -> None:
        assert all(t == t.lower() and t.strip() == t and t for t in titles.TITLES)
        assert {"president", "prime minister", "foreign minister", "mr"} <= titles.TITLES

    def test_no_surface_form_has_stray_spaces(self) -> None:
        g = gazetteer(DEFAULT_LEXICON)
        assert all(k == k.strip() and "  " not in k for k in g.table)


class TestTrie:
    @pytest.mark.parametrize(
        ("words", "text", "expected"),
        [
            (["Niger", "Nigeria"], "Nigeria and Niger", ["Nigeria", "Niger"]),
            (["Sudan", "South Sudan"], "South Sudan split from Sudan", ["South Sudan", "Sudan"]),
            (["Guinea", "Guinea-Bissau", "Equatorial Guinea"],
             "Guinea-Bissau, Equatorial Guinea, Guinea", ["Guinea-Bissau", "Equatorial Guinea",
                                                          "Guinea"]),
        ],
        ids=["niger", "sudan", "guineas"],
    )
    def test_longest_form_wins(self, words: list[str], text: str, expected: list[str]) -> None:
        pattern = regex.compile(r"(?<![\p{L}])(?:" + trie_pattern(words) + r")(?![\p{L}])")
        assert [m.group(0) for m in pattern.finditer(text)] == expected

    def test_find_respects_word_ends(self) -> None:
        """ "Afghan" is no match inside "Afghanistan", nor "Albania" in "Albany"."""
        g = gazetteer(DEFAULT_LEXICON)
        found = [s for _, _, s in g.find("Afghanistan's Afghan refugees went to Albany.")]
        assert found == ["Afghanistan", "Afghan", "Albany"]

    def test_find_is_linear(self) -> None:
        """200k characters of near-misses scan in well under a second."""
        g = gazetteer(DEFAULT_LEXICON)
        for text in ("Nige" * 50_000, "A" * 200_000, "South Sud " * 20_000):
            t0 = time.perf_counter()
            g.find(text)
            assert time.perf_counter() - t0 < 2.0  # linear: about 0.2 s; quadratic: minutes


class TestLexicon:
    def test_user_entries_win(self) -> None:
        lex = Lexicon(entries=(LexiconEntry("Freedonia", "country", "Freedonia", "FRD"),))
        g = gazetteer(lex)
        assert g.table["Freedonia"][0].country == "FRD"
        assert "France" in g.table

    def test_builtin_false_uses_only_user_entries(self) -> None:
        lex = Lexicon(entries=(LexiconEntry("Freedonia", "country", "Freedonia", "FRD"),),
                      builtin=False)
        g = gazetteer(lex)
        assert set(g.table) == {"Freedonia"}
