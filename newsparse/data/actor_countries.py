"""Country names as news uses them: display names, extra names, demonyms, seats.

Source: written for newsparse.  Display names and extra names follow the usage of
the AP Stylebook and the BBC/Reuters style guides; demonyms follow the CIA World
Factbook "Nationality" field (public domain); seats of government and the
buildings that stand for a government ("the Kremlin") are facts of geography.
ISO names themselves come from pycountry via ``newsparse/data/countries.py``.
Licence: same as newsparse (MIT).
"""

from __future__ import annotations

#: alpha-3 -> the name newsparse gives the country actor (else the ISO common/short name)
DISPLAY_NAMES: dict[str, str] = {
    "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran",
    "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea", "TUR": "Turkey",
    "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia", "VEN": "Venezuela",
    "TZA": "Tanzania", "MDA": "Moldova", "TWN": "Taiwan", "PSE": "Palestine",
    "VAT": "Vatican City", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CIV": "Ivory Coast", "FSM": "Micronesia",
    "BRN": "Brunei", "CPV": "Cape Verde", "SWZ": "Eswatini", "MKD": "North Macedonia",
    "CZE": "Czech Republic", "XKX": "Kosovo",
}  # fmt: skip

#: alpha-3 -> further names (case-sensitive surface forms) besides the ISO ones
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("United States", "United States of America", "U.S.", "U.S.A.", "US", "USA",
            "America", "the States"),
    "GBR": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "RUS": ("Russia", "Russian Federation"),
    "IRN": ("Iran", "Islamic Republic of Iran"),
    "SYR": ("Syria",),
    "KOR": ("South Korea", "Republic of Korea", "S. Korea"),
    "PRK": ("North Korea", "N. Korea", "DPRK"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "VNM": ("Vietnam", "Viet Nam"),
    "LAO": ("Laos",),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "TWN": ("Taiwan", "Republic of China"),
    "CHN": ("China", "People's Republic of China", "PRC", "mainland China"),
    "PSE": ("Palestine", "State of Palestine", "Palestinian territories",
            "Palestinian Territories", "Occupied Palestinian Territories"),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "COD": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
            "DRC", "D.R. Congo", "Congo-Kinshasa", "Congo", "Zaire"),
    "COG": ("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "CZE": ("Czech Republic", "Czechia"),
    "MKD": ("North Macedonia", "Macedonia"),
    "SWZ": ("Eswatini", "Swaziland"),
    "MMR": ("Myanmar", "Burma"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "BRN": ("Brunei",),
    "FSM": ("Micronesia",),
    "NLD": ("Netherlands", "the Netherlands", "Holland"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "XKX": ("Kosovo",),
    "PHL": ("Philippines",),
    "BHS": ("Bahamas",),
    "GMB": ("Gambia",),
    "TLS": ("East Timor", "Timor-Leste"),
    "SUN": ("Soviet Union", "USSR", "U.S.S.R."),
    "YUG": ("Yugoslavia",),
    "CSK": ("Czechoslovakia",),
    "DDR": ("East Germany",),
    "LKA": ("Sri Lanka", "Ceylon"),
    "SAU": ("Saudi Arabia", "Kingdom of Saudi Arabia"),
    "DEU": ("Germany", "Federal Republic of Germany"),
    "PRI": ("Puerto Rico",),
    "VIR": ("US Virgin Islands", "U.S. Virgin Islands"),
    "VGB": ("British Virgin Islands",),
    "FLK": ("Falkland Islands", "Falklands"),
    "GUF": ("French Guiana",),
    "BIH": ("Bosnia", "Bosnia-Herzegovina"),
}  # fmt: skip

#: Historic states newsparse still recognises: code -> display name.
HISTORIC: dict[str, str] = {
    "SUN": "Soviet Union", "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "DDR": "East Germany",
    "XKX": "Kosovo",
}  # fmt: skip

#: ISO names newsparse never matches on their own (too ambiguous in running text).
SKIP_NAMES: frozenset[str] = frozenset({
    "Congo",  # the ISO short name of COG; news mostly means COD (see EXTRA_NAMES)
    "Jersey", "Guernsey",  # "New Jersey", a jersey
    "Åland Islands", "Heard Island and McDonald Islands",
})

#: Country names that are also common first names or US states: they need context
#: ("Jordan Peterson", "Chad Wolf", "Atlanta, Georgia"); see newsparse/actors/countries.py.
AMBIGUOUS_NAMES: frozenset[str] = frozenset({
    "Jordan", "Chad", "Georgia", "India", "Israel", "Kenya", "Niger", "Chile", "Cuba",
})

#: names of peoples that are also a state's demonym -> the states where news names a
#: community of that people by both words: beside that state's name or demonym they
#: name the community ("Bosnian Serb", "Kosovo Albanians", "Turkish Cypriot"), not their
#: namesake state; so do they before "-run", "-led" ("the Serb-run entity")
#: (Source: the national minorities the states' own constitutions and censuses name.)
ETHNIC_DEMONYMS: dict[str, frozenset[str]] = {
    "Serb": frozenset({"BIH", "XKX", "HRV", "MNE"}),
    "Serbs": frozenset({"BIH", "XKX", "HRV", "MNE"}),
    "Croat": frozenset({"BIH", "SRB"}),
    "Croats": frozenset({"BIH", "SRB"}),
    "Albanian": frozenset({"XKX", "MKD", "SRB", "MNE"}),
    "Albanians": frozenset({"XKX", "MKD", "SRB", "MNE"}),
    "Turkish": frozenset({"CYP"}),
    "Greek": frozenset({"CYP"}),
}

#: descriptions of a state's rulers after "the" that stand for the state named last
#: before them ("... Myanmar's military government. The junta, which ..."), within two
#: sentences if one is named there
RULERS_OF_LAST_STATE: tuple[str, ...] = (
    "junta", "military junta", "ruling junta", "military government", "military regime",
)
#: ... and those that stand for the state the article is about, whose rivals it names
#: ("the internationally recognised government" of Yemen in a story of the Houthis)
RULERS_OF_MAIN_STATE: tuple[str, ...] = (
    "internationally recognised government", "internationally recognized government",
    "interim government", "transitional government",
)

#: alpha-3 -> demonyms and adjectives (singular; plurals are listed where irregular)
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghans", "Afghani"), "ALB": ("Albanian",), "DZA": ("Algerian",),
    "AGO": ("Angolan",), "ARG": ("Argentine", "Argentinian", "Argentines"),
    "ARM": ("Armenian",), "AUS": ("Australian", "Aussie"), "AUT": ("Austrian",),
    "AZE": ("Azerbaijani", "Azeri"), "BHR": ("Bahraini",), "BGD": ("Bangladeshi",),
    "BLR": ("Belarusian", "Belarussian"), "BEL": ("Belgian",), "BEN": ("Beninese",),
    "BTN": ("Bhutanese",), "BOL": ("Bolivian",), "BIH": ("Bosnian",),
    "BWA": ("Botswanan",), "BRA": ("Brazilian",), "BGR": ("Bulgarian",),
    "BFA": ("Burkinabe", "Burkinabé"), "BDI": ("Burundian",), "KHM": ("Cambodian",),
    "CMR": ("Cameroonian",), "CAN": ("Canadian",), "CAF": ("Central African",),
    "TCD": ("Chadian",), "CHL": ("Chilean",), "CHN": ("Chinese",), "COL": ("Colombian",),
    "COD": ("Congolese",), "CRI": ("Costa Rican",), "CIV": ("Ivorian",),
    "HRV": ("Croatian", "Croat", "Croats"), "CUB": ("Cuban",), "CYP": ("Cypriot",),
    "CZE": ("Czech", "Czechs"), "DNK": ("Danish", "Dane", "Danes"), "DJI": ("Djiboutian",),
    "DOM": ("Dominican",), "ECU": ("Ecuadorian", "Ecuadorean"), "EGY": ("Egyptian",),
    "SLV": ("Salvadoran", "Salvadorean"), "ERI": ("Eritrean",), "EST": ("Estonian",),
    "ETH": ("Ethiopian",), "FIN": ("Finnish", "Finn", "Finns"), "FRA": ("French", "Frenchman",
    "Frenchmen", "Frenchwoman"), "GAB": ("Gabonese",), "GMB": ("Gambian",),
    "GEO": ("Georgian",), "DEU": ("German",), "GHA": ("Ghanaian",),
    "GRC": ("Greek", "Greeks"), "GTM": ("Guatemalan",), "GIN": ("Guinean",),
    "HTI": ("Haitian",), "HND": ("Honduran",), "HUN": ("Hungarian",),
    "ISL": ("Icelandic", "Icelander"), "IND": ("Indian",), "IDN": ("Indonesian",),
    "IRN": ("Iranian",), "IRQ": ("Iraqi",), "IRL": ("Irish", "Irishman"),
    "ISR": ("Israeli",), "ITA": ("Italian",), "JAM": ("Jamaican",), "JPN": ("Japanese",),
    "JOR": ("Jordanian",), "KAZ": ("Kazakh", "Kazakhstani"), "KEN": ("Kenyan",),
    "KWT": ("Kuwaiti",), "KGZ": ("Kyrgyz",), "LAO": ("Laotian", "Lao"),
    "LVA": ("Latvian",), "LBN": ("Lebanese",), "LBR": ("Liberian",), "LBY": ("Libyan",),
    "LTU": ("Lithuanian",), "LUX": ("Luxembourgish", "Luxembourger"),
    "MDG": ("Malagasy",), "MWI": ("Malawian",), "MYS": ("Malaysian",),
    "MDV": ("Maldivian",), "MLI": ("Malian",), "MLT": ("Maltese",),
    "MRT": ("Mauritanian",), "MUS": ("Mauritian",), "MEX": ("Mexican",),
    "MDA": ("Moldovan",), "MNG": ("Mongolian",), "MNE": ("Montenegrin",),
    "MAR": ("Moroccan",), "MOZ": ("Mozambican",), "MMR": ("Burmese", "Myanmarese"),
    "NAM": ("Namibian",), "NPL": ("Nepalese", "Nepali"), "NLD": ("Dutch", "Dutchman"),
    "NZL": ("New Zealander",), "NIC": ("Nicaraguan",), "NER": ("Nigerien",),
    "NGA": ("Nigerian",), "PRK": ("North Korean",), "MKD": ("North Macedonian", "Macedonian"),
    "NOR": ("Norwegian",), "OMN": ("Omani",), "PAK": ("Pakistani",),
    "PSE": ("Palestinian",), "PAN": ("Panamanian",), "PNG": ("Papua New Guinean",),
    "PRY": ("Paraguayan",), "PER": ("Peruvian",), "PHL": ("Filipino", "Philippine"),
    "POL": ("Polish", "Pole", "Poles"), "PRT": ("Portuguese",), "QAT": ("Qatari",),
    "ROU": ("Romanian",), "RUS": ("Russian",), "RWA": ("Rwandan",),
    "SAU": ("Saudi", "Saudi Arabian"), "SEN": ("Senegalese",), "SRB": ("Serbian", "Serb"),
    "SLE": ("Sierra Leonean",), "SGP": ("Singaporean",), "SVK": ("Slovak", "Slovakian"),
    "SVN": ("Slovenian", "Slovene"), "SOM": ("Somali", "Somalian"),
    "ZAF": ("South African",), "KOR": ("South Korean",), "SSD": ("South Sudanese",),
    "ESP": ("Spanish", "Spaniard", "Spaniards"), "LKA": ("Sri Lankan",),
    "SDN": ("Sudanese",), "SUR": ("Surinamese",), "SWE": ("Swedish", "Swede", "Swedes"),
    "CHE": ("Swiss",), "SYR": ("Syrian",), "TWN": ("Taiwanese",), "TJK": ("Tajik",),
    "TZA": ("Tanzanian",), "THA": ("Thai",), "TGO": ("Togolese",),
    "TTO": ("Trinidadian",), "TUN": ("Tunisian",), "TUR": ("Turkish", "Turk", "Turks"),
    "TKM": ("Turkmen",), "UGA": ("Ugandan",), "UKR": ("Ukrainian",),
    "ARE": ("Emirati",), "GBR": ("British", "Briton", "Britons", "Brit", "Brits"),
    "USA": ("American",), "URY": ("Uruguayan",), "UZB": ("Uzbek",),
    "VEN": ("Venezuelan",), "VNM": ("Vietnamese",), "YEM": ("Yemeni",),
    "ZMB": ("Zambian",), "ZWE": ("Zimbabwean",), "PRI": ("Puerto Rican",),
    "SUN": ("Soviet",), "XKX": ("Kosovar", "Kosovan"), "BHS": ("Bahamian",),
    "BRB": ("Barbadian",), "BLZ": ("Belizean",), "FJI": ("Fijian",),
    "SYC": ("Seychellois",), "LSO": ("Basotho",), "GNB": ("Bissau-Guinean",),
    "GNQ": ("Equatorial Guinean", "Equatoguinean"), "HKG": ("Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"),
    "DMA": ("Dominican",), "AND": ("Andorran",), "ATG": ("Antiguan",), "BRN": ("Bruneian",),
    "COM": ("Comorian",), "CPV": ("Cape Verdean",), "GRD": ("Grenadian",), "GUY": ("Guyanese",),
    "KIR": ("I-Kiribati",), "KNA": ("Kittitian",), "LCA": ("Saint Lucian",),
    "LIE": ("Liechtensteiner",), "MCO": ("Monegasque",), "MHL": ("Marshallese",),
    "NRU": ("Nauruan",), "PLW": ("Palauan",), "SLB": ("Solomon Islander",),
    "SMR": ("Sammarinese",), "STP": ("Sao Tomean",), "SWZ": ("Swazi",), "TLS": ("Timorese",),
    "TON": ("Tongan",), "TUV": ("Tuvaluan",), "VCT": ("Vincentian",), "VUT": ("Ni-Vanuatu",),
    "WSM": ("Samoan",), "GRL": ("Greenlandic",), "FRO": ("Faroese",), "MAC": ("Macanese",),
    "GIB": ("Gibraltarian",), "BMU": ("Bermudian",), "CYM": ("Caymanian",),
    "ESH": ("Sahrawi",), "FSM": ("Micronesian",), "GUM": ("Guamanian",),
}  # fmt: skip

#: Demonyms shared by two states: the surface form -> the state news usually means.
DEMONYM_PREFERENCE: dict[str, str] = {"Dominican": "DOM", "Congolese": "COD"}

#: Seats of government and the buildings that stand for a government, used by
#: metonymy ("Moscow said", "the Kremlin denied"): surface form -> alpha-3.
SEATS: dict[str, str] = {
    "Kyiv": "UKR", "Kiev": "UKR", "Moscow": "RUS", "the Kremlin": "RUS", "Kremlin": "RUS",
    "Washington": "USA", "the White House": "USA", "White House": "USA",
    "Beijing": "CHN", "Zhongnanhai": "CHN", "Tehran": "IRN", "Teheran": "IRN",
    "Ankara": "TUR", "Damascus": "SYR", "Baghdad": "IRQ", "Riyadh": "SAU",
    "Pyongyang": "PRK", "Seoul": "KOR", "Tokyo": "JPN", "New Delhi": "IND",
    "Islamabad": "PAK", "Kabul": "AFG", "Berlin": "DEU", "London": "GBR",
    "Downing Street": "GBR", "Whitehall": "GBR", "Westminster": "GBR",
    "the Elysee": "FRA", "the Élysée": "FRA", "Elysee": "FRA", "Élysée": "FRA",
    "Elysee Palace": "FRA", "Élysée Palace": "FRA", "Paris": "FRA",
    "Rome": "ITA", "Madrid": "ESP", "Warsaw": "POL",  # not Brussels: it stands for the EU
    "Jerusalem": "ISR", "Tel Aviv": "ISR", "Cairo": "EGY", "Ottawa": "CAN",
    "Canberra": "AUS", "Caracas": "VEN", "Havana": "CUB", "Minsk": "BLR",
    "Tbilisi": "GEO", "Yerevan": "ARM", "Baku": "AZE", "Doha": "QAT",
    "Abu Dhabi": "ARE", "Beirut": "LBN", "Amman": "JOR", "Taipei": "TWN",
    "Hanoi": "VNM", "Manila": "PHL", "Jakarta": "IDN", "Athens": "GRC",
    "Budapest": "HUN", "Vienna": "AUT", "Stockholm": "SWE", "Oslo": "NOR",
    "Helsinki": "FIN", "Copenhagen": "DNK", "Dublin": "IRL", "Lisbon": "PRT",
    "Prague": "CZE", "Bucharest": "ROU", "Sofia": "BGR", "Belgrade": "SRB",
    "Mexico City": "MEX", "Brasilia": "BRA", "Brasília": "BRA", "Buenos Aires": "ARG",
    "Bogota": "COL", "Bogotá": "COL", "Lima": "PER", "Santiago": "CHL",
    "Pretoria": "ZAF", "Nairobi": "KEN", "Addis Ababa": "ETH", "Khartoum": "SDN",
    "Tripoli": "LBY", "Sanaa": "YEM", "Muscat": "OMN", "Kuwait City": "KWT",
    "Naypyidaw": "MMR", "Bangkok": "THA", "Wellington": "NZL",
    "Blue House": "KOR", "Quai d'Orsay": "FRA", "Foggy Bottom": "USA", "Capitol Hill": "USA",
    # seats of government that are not the capital in law (Wikipedia, "List of countries
    # with multiple capitals"): "Cotonou rejected the accusation"
    "Cotonou": "BEN", "La Paz": "BOL", "Putrajaya": "MYS",
    # (the seat of government in practice: Abidjan for Yamoussoukro; Bujumbura, the capital
    # until 2019, for Gitega): "Bujumbura closed the border"
    "Abidjan": "CIV", "Bujumbura": "BDI",
}  # fmt: skip

#: National capitals of ``places.CAPITALS`` that are also a word, another place's or a
#: person's name, or stand for something else (Brussels: the EU; The Hague: its courts).
NOT_SEATS: frozenset[str] = frozenset({
    "Male", "Victoria", "Kingston", "Georgetown", "Nassau", "Hamilton", "Praia", "Roseau",
    "Castries", "Apia", "Douglas", "Stanley", "Jamestown", "Plymouth", "The Valley",
    "Road Town", "Saint John's", "St. John's", "Kingstown", "Basseterre", "Saint George's",
    "St. George's", "Belmopan", "Palikir", "Majuro", "Funafuti", "Yaren", "Tarawa",
    "Melekeok", "Ngerulmud", "Avarua", "Alofi", "Adamstown", "Brussels", "Amsterdam",
    "The Hague", "Macau", "San Jose", "San José", "Washington D.C.", "Washington, D.C.",
    "San Juan",
})


#: Open ship registries, whose flag says nothing of who owns or runs a ship ("the
#: Gabon-flagged tanker"): the International Transport Workers' Federation's list of
#: flags of convenience (itfglobal.org), as alpha-3 codes.
OPEN_REGISTRIES: frozenset[str] = frozenset({
    "ATG", "BHS", "BRB", "BLZ", "BMU", "BOL", "KHM", "CYM", "COM", "CYP", "GNQ", "FRO", "GAB",
    "GEO", "GIB", "HND", "JAM", "LBN", "LBR", "MLT", "MHL", "MUS", "MDA", "MNG", "MMR", "ANT",
    "PRK", "PAN", "STP", "LKA", "VCT", "TGO", "TON", "VUT", "KNA", "SLE", "CMR", "PLW", "TZA",
    "COK"})

#: Seats that stand for a body, not for their country, when they act: "Brussels
#: rejected the request" is the EU's (the seat of the European Commission and the
#: Council of the EU, europa.eu), when the text names the EU.
SEATS_OF_BODIES: dict[str, str] = {
    "Brussels": "EU",
    # seats of breakaway administrations ("an offer Tiraspol rejected"), when named
    "Tiraspol": "Transnistria", "Hargeisa": "Somaliland",
}


def _capital_seats() -> dict[str, str]:
    """The other national capitals (a capital that is also a country's name left out)."""
    from newsparse.data.countries import COUNTRIES
    from newsparse.data.places import CAPITALS

    names = {n for row in COUNTRIES.values() for n in row if n}
    return {c: code for c, code in CAPITALS.items()
            if c not in SEATS and c not in names and c not in NOT_SEATS}


#: The other capitals, from ``places.CAPITALS``: each counts as its country only when
#: it acts as a subject ("Phnom Penh accused Thailand"), never as a mere place.
_OTHER_CAPITALS = _capital_seats()
CAPITAL_SEATS: frozenset[str] = frozenset(_OTHER_CAPITALS)
SEATS.update(_OTHER_CAPITALS)

#: Seats whose name is also something else often enough that they count as a
#: country only when they act (subject of a verb, possessive), never as a place.
WEAK_SEATS: frozenset[str] = frozenset({
    "Washington", "London", "Paris", "Berlin", "Rome", "Madrid", "Santiago",
    "Lima", "Sofia", "Wellington", "Westminster", "Jerusalem", "Tel Aviv", "Cairo",
    "Athens", "Vienna", "Dublin", "Lisbon", "Prague", "Ottawa", "Canberra",
}) | CAPITAL_SEATS
