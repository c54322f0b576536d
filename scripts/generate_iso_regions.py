"""Generate ``newsparse/data/iso_regions.py``: first-level divisions -> country alpha-3.

Run from the project root (pycountry is needed only here, never when newsparse is
imported)::

    python scripts/generate_iso_regions.py

The drift-guard test (``tests/test_iso_regions.py``) calls :func:`render` and compares
it with the file on disk.

Data: the ISO 3166-2 subdivision names that pycountry ships (Debian iso-codes data,
LGPL-2.1).  A division is kept only where a news reader would take its name for that
one place and nothing else, so the filters are hard:

* only the first level (no parent), only kinds of division news names as such
  (:data:`KINDS`: states, provinces, regions, governorates ...; no municipalities,
  parishes or districts), and only of the states in :data:`STATES`;
* the name as English news writes it: the part before a bracket or comma
  ("Catalunya [Cataluña]" -> "Catalunya"), plus its accent-free spelling
  ("Khūzestān" -> "Khuzestan") and, for Arabic names, the form without the article
  ("Al Anbār" -> "Anbar"); local forms with a lower-case word that is no particle
  ("Belgorodskaya oblast'") are left out;
* no name that is also a country, demonym, capital, city (of any state, ours or the
  GeoNames list), region already in ``places.REGIONS``, venue, organisation or known
  person; no given name or family name of our name lists; no common English word
  (the reviewed :data:`STOP` list); and no name that divisions of two states share.
"""

from __future__ import annotations

import pathlib
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "newsparse" / "data" / "iso_regions.py"

#: ISO 3166-2 kinds of first-level division kept (pycountry's ``type``).
KINDS: frozenset[str] = frozenset({
    "State", "Province", "Region", "Department", "Governorate", "Autonomous region",
    "Autonomous community", "Republic", "Land", "Regional state", "Union territory",
    "Emirate", "Entity", "Oblast", "Autonomous republic", "Autonomous province",
    "Federal district", "Capital district", "Capital territory", "Federal territory",
    "Special administrative region", "Autonomous district", "Administrative region",
    "Administrative territory", "County", "Division", "Prefecture", "Voivodship",
    "Canton", "Metropolitan region", "Territory", "Country",
})

#: States whose divisions news often names (ISO 3166-1 alpha-2).  Left out: states whose
#: ISO names are local forms English news does not use (Poland's voivodeships, Greece's
#: regions, China's "Sheng" forms: China's provinces are in ``places.REGIONS``), states of
#: many small units (municipalities, parishes) and small states rarely in the news.
STATES: frozenset[str] = frozenset("""
AF AO AU BF BJ BO BR CA CD CF CL CM CO CR CU DE DZ EC EG ES ET FR GE GH GT HN HT ID IN IQ IR
IT JO JP KE KG KR LB LK MA ML MM MX MY MZ NE NG NI NL NP NZ PA PE PG PH PS PY RU SA SD SN SO
SS SV SY TD TH TJ TN TR TW TZ UY UZ VE YE ZA ZM ZW
""".split())

#: Reviewed by hand: names that are common English words or compass names ("Delta",
#: "Lakes", "Central Province"), given names or surnames ("Hidalgo", "Lara", "Rivera"),
#: names of companies, papers, parties, foods or other places ("Granma", "Marche",
#: "Tabasco", "Canterbury", "Equateur"), or that news uses for something else first.
STOP: frozenset[str] = frozenset(n.strip() for n in """
Acre, Alger, Al Qasim, Altay, Amara, Aragon, Artigas, Ash Shimal, Bahr el Ghazal,
Batha, Bay of Plenty, Bethlehem, Bono, Bono East, Caldas, Canterbury, Cascades,
Central Province, Central Region, Central River, Centre-Est, Centre-Nord, Centre-Ouest,
Centre-Sud, Chin, Chuy, Coast, Colonia, Cordillera, Cortes, Darien, Delta,
Distrito Capital, Distrito Federal, Durango, Durazno, East, Eastern Highlands,
Eastern Province, El Paraiso, Equateur, Falcon, Far North, Flores, Free State, Galicia,
Gisborne, Granma, Greater Wellington, Guera, Guerrero, Hela, Heredia, Herrera, Hidalgo,
Hims, In Salah, Ishikawa, Janub, Kagawa, Lakes, Lara, Lavalleja, Lempira, Limon, Lindi,
Long An, Loreto, Lori, Los Santos, Madriz, Manus, Marche, Marlborough, Meru, Midlands,
Mila, Miyagi, Morelos, Naama, Nandi, National Capital Region, Nord-Est, Nord-Ouest,
North, North-Western, North Central Province, North Western, North Western Province,
Northern Province, Northern Region, Northland, Orellana, Ouest, Pando, Pasco,
Plateau-Central, Portuguesa, Qasim, Quiche, Rivas, Rivera, Rivers, Rocha, Saha,
Salamat, San Andres, San Marcos, Santa Barbara, Santa Elena, Shan, Shiga, Shimal, Sila,
Sint Maarten, Soriano, South, South-West, Southern Highlands, Southern Province,
Southern Region, Southland, Sud-Est, Sud-Ouest, Tabasco, Talas, Tanganyika, Tasman,
Trang, Valle, Volta, West, West Coast, Western Highlands, Western Province, Yamanashi,
Collines, Donga, Mono, Upper East, Upper West, Western North, Cabanas
""".split(","))

#: Words of local forms English news does not use ("Chechenskaya Respublika", "Anhui Sheng").
LOCAL_WORDS: frozenset[str] = frozenset("Respublika Sheng Zizhiqu SAR Wilayah Persekutuan".split())

#: Arabic articles dropped to give the form English news uses ("Al Anbār" -> "Anbar").
ARTICLES = ("Al ", "Al-", "An ", "Ar ", "As ", "Ash ", "Ad ", "Adh ", "At ", "Az ", "Aş ")

#: Lower-case words allowed inside a name ("Norte de Santander", "Rio Grande do Sul").
PARTICLES: frozenset[str] = frozenset(
    "de del do da dos das di la las los el y e and of the du des et al".split()
)

HEADER = '''"""First-level divisions of states (ISO 3166-2): name -> country alpha-3.

Auto-generated by ``scripts/generate_iso_regions.py`` from the ISO 3166-2 data of
pycountry {version} (Debian iso-codes, LGPL-2.1).  Do not edit by hand: the kinds of
division, the states left out and the stop list of names that are words, persons'
names or other places live in the script.
"""

from __future__ import annotations

#: division name (ISO form, accent-free form, Arabic name without article) -> alpha-3
ISO_REGIONS: dict[str, str] = {{
'''


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _clean(name: str) -> str:
    for sep in (" [", ",", " ("):
        name = name.split(sep, 1)[0]
    return name.replace("’", "'").strip()


def _plain_latin(name: str) -> bool:
    """Letters of Latin-1 only: Spanish, Portuguese and French names stay as written,
    transliterations with marks ("Ḩamāh") only in their accent-free form."""
    return all(ord(c) < 0x100 for c in name)


def _forms(iso_name: str) -> list[str]:
    name = _clean(iso_name)
    forms = [name] if _plain_latin(name) else []
    forms.append(_fold(name))
    for form in list(forms):
        for art in ARTICLES:
            if form.startswith(art) and len(form) - len(art) >= 4:
                forms.append(form[len(art):])
    out = []
    for form in dict.fromkeys(forms):
        words = form.replace("-", " ").split()
        if len(form) < 4 or not form[0].isupper():
            continue
        if any(not w[0].isupper() and w not in PARTICLES for w in words):
            continue
        if not all(c.isalpha() or c in " -'" for c in form) or not _plain_latin(form):
            continue
        if any(w in LOCAL_WORDS for w in words):
            continue
        out.append(form)
    return out


def _taken() -> set[str]:
    """Every name the gazetteers and name lists already give a meaning."""
    sys.path.insert(0, str(ROOT))
    try:
        from newsparse.data import actor_countries as ac
        from newsparse.data import actor_first_names as fn
        from newsparse.data import given_name_genders as gg
        from newsparse.data import organizations as orgs
        from newsparse.data import places
        from newsparse.data.countries import COUNTRIES
        from newsparse.data.geo_cities import CITIES
        from newsparse.data.known_persons import KNOWN_PERSONS
    finally:
        sys.path.pop(0)
    taken: set[str] = set()
    for triple in COUNTRIES.values():
        taken.update(n for n in triple if n)
    for names in ac.EXTRA_NAMES.values():
        taken.update(names)
    for forms in ac.DEMONYMS.values():
        taken.update(forms)
        taken.update(d + "s" for d in forms)
    taken.update(ac.SEATS, ac.HISTORIC.values())
    for canonical, aliases, _ in orgs.ORGANIZATIONS:
        taken.update((canonical, *aliases))
    taken.update(orgs.BARE_INSTITUTIONS)
    taken.update(places.CAPITALS, places.CITIES, places.VENUES, CITIES)
    for region in places.REGIONS:
        taken.add(region[4:] if region.startswith("the ") else region)
    taken.update(places.PLACE_CANONICAL)
    for name, _, aliases in KNOWN_PERSONS:
        for form in (name, *aliases):
            taken.add(form)
            taken.update(form.split())
    for names in (fn.FIRST_NAMES, fn.FAMILY_NAME_FIRST, fn.VIETNAMESE_FAMILY_NAMES,
                  gg.FEMININE, gg.EITHER, gg.MASCULINE):
        taken.update(names)
    return {_fold(t) for t in taken} | taken


def regions() -> dict[str, str]:
    """Name -> alpha-3 from the installed pycountry."""
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    states: dict[str, set[str]] = {}  # every first-level name -> the states that use it
    kept: dict[str, str] = {}
    for sub in pycountry.subdivisions:  # a name at any level of two states is shared
        for form in _forms(sub.name):
            states.setdefault(_fold(form), set()).add(sub.country_code)
            if sub.parent_code is None and sub.type in KINDS and sub.country_code in STATES:
                kept.setdefault(form, sub.country_code)
    taken = _taken()
    out = {}
    for form, cc in kept.items():
        if form in taken or _fold(form) in taken or form in STOP or _fold(form) in STOP:
            continue
        if len(states[_fold(form)]) > 1:
            continue
        out[form] = iso3[cc]
    return dict(sorted(out.items()))


def render() -> str:
    """The text of the generated module."""
    from importlib.metadata import version

    lines = [HEADER.format(version=version("pycountry"))]
    lines.extend(f"    {name!r}: {a3!r},\n" for name, a3 in regions().items())
    lines.append("}\n")
    return "".join(lines)


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
