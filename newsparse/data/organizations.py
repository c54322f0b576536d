"""Named organisations news mentions: international bodies, national institutions,
armed and political groups, news agencies and outlets.

Source: written for newsparse from the organisations' own names and acronyms
(the UN system chart, the Union of International Associations' public listings,
official government websites); the head words that make a capitalised phrase an
organisation follow the OntoNotes 5.0 ORG guidelines.  Licence: same as newsparse (MIT).

Each row: (canonical name, other names, alpha-3 country or None).  International
organisations keep their acronym as the canonical name (NATO, EU, UN).
"""

from __future__ import annotations

ORGANIZATIONS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    # --- international ---
    ("UN", ("United Nations", "U.N.", "UN General Assembly", "U.N. General Assembly",
            "United Nations General Assembly", "UNGA", "General Assembly", "UN Security Council",
            "U.N. Security Council", "United Nations Security Council"), None),
    ("NATO", ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
              "North Atlantic Alliance"), None),
    ("EU", ("European Union", "E.U."), None),
    ("European Commission", ("EU Commission",), None),
    ("European Parliament", (), None),
    ("European Council", (), None),
    ("European Central Bank", ("ECB",), None),
    ("European Court of Justice", ("ECJ",), None),
    ("European Court of Human Rights", ("ECHR",), None),
    ("Council of Europe", (), None),
    ("AU", ("African Union",), None),
    ("ASEAN", ("Association of Southeast Asian Nations", "Asean"), None),
    ("OPEC", ("Organization of the Petroleum Exporting Countries", "Opec", "OPEC+"), None),
    ("WHO", ("World Health Organization", "World Health Organisation"), None),
    ("IMF", ("International Monetary Fund",), None),
    ("World Bank", (), None),
    ("G7", ("G-7", "Group of Seven"), None),
    ("G8", ("G-8", "Group of Eight"), None),
    ("G20", ("G-20", "Group of 20", "Group of Twenty"), None),
    ("BRICS", (), None),
    ("OSCE", ("Organization for Security and Co-operation in Europe",
              "Organization for Security and Cooperation in Europe"), None),
    ("IAEA", ("International Atomic Energy Agency",), None),
    ("ICC", ("International Criminal Court",), None),
    ("ICJ", ("International Court of Justice", "World Court"), None),
    ("WTO", ("World Trade Organization", "World Trade Organisation"), None),
    ("Arab League", ("League of Arab States",), None),
    ("GCC", ("Gulf Cooperation Council", "Gulf Co-operation Council"), None),
    ("OAS", ("Organization of American States",), None),
    ("OIC", ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"),
     None),
    ("SCO", ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"), None),
    ("ECOWAS", ("Economic Community of West African States", "Ecowas"), None),
    ("CSTO", ("Collective Security Treaty Organization",), None),
    ("OECD", ("Organisation for Economic Co-operation and Development",
              "Organization for Economic Cooperation and Development"), None),
    ("UNICEF", ("Unicef",), None),
    ("UNHCR", ("UN refugee agency", "UN Refugee Agency",
               "Office of the United Nations High Commissioner for Refugees"), None),
    ("OHCHR", ("Office of the UN High Commissioner for Human Rights",
               "Office of the United Nations High Commissioner for Human Rights",
               "UN Human Rights Office"), None),
    ("UN Human Rights Council", ("UNHRC", "United Nations Human Rights Council"), None),
    ("UNESCO", ("Unesco",), None),
    ("WFP", ("World Food Programme", "World Food Program"), None),
    ("UNRWA", (), None),
    ("Interpol", ("INTERPOL",), None),
    ("Red Cross", ("International Committee of the Red Cross", "ICRC"), None),
    ("Amnesty International", ("Amnesty",), None),
    ("Human Rights Watch", ("HRW",), None),
    ("Doctors Without Borders", ("MSF", "Médecins Sans Frontières"), None),
    ("Commonwealth", ("Commonwealth of Nations",), None),
    ("Global Coalition to Defeat ISIS", ("Global Coalition Against Daesh",), None),
    # --- armed and political groups ---
    ("ISIS", ("Islamic State", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
              "Islamic State of Iraq and the Levant"), None),
    ("al-Qaeda", ("al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida"), None),
    ("Taliban", ("the Taliban",), "AFG"),
    ("Hamas", (), "PSE"),
    ("Hezbollah", ("Hizbollah",), "LBN"),
    ("Houthis", ("Houthi", "Ansar Allah"), "YEM"),
    ("Islamic Jihad", (), "PSE"),
    ("Fatah", (), "PSE"),
    ("PLO", ("Palestine Liberation Organization",), "PSE"),
    ("Palestinian Authority", (), "PSE"),
    ("PKK", ("Kurdistan Workers' Party", "Kurdistan Workers Party"), None),
    ("YPG", ("People's Protection Units",), None),
    ("SDF", ("Syrian Democratic Forces",), "SYR"),
    ("Hayat Tahrir al-Sham", ("HTS",), "SYR"),
    ("al-Shabaab", ("Al-Shabaab", "al-Shabab", "Al-Shabab"), "SOM"),
    ("Boko Haram", (), "NGA"),
    ("Wagner Group", ("Wagner",), "RUS"),
    ("IRGC", ("Islamic Revolutionary Guard Corps", "Revolutionary Guards",
              "Revolutionary Guard"), "IRN"),
    ("Muslim Brotherhood", (), None),
    ("FARC", (), "COL"),
    ("IRA", ("Irish Republican Army",), None),
    ("RSF", ("Rapid Support Forces",), "SDN"),
    # --- national institutions (USA) ---
    ("State Department", ("US State Department", "U.S. State Department",
                          "Department of State", "United States Department of State"), "USA"),
    ("Pentagon", ("the Pentagon", "Department of Defense", "Defense Department",
                  "US Department of Defense"), "USA"),
    ("CIA", ("Central Intelligence Agency",), "USA"),
    ("FBI", ("Federal Bureau of Investigation",), "USA"),
    ("NSA", ("National Security Agency",), "USA"),
    ("IRS", ("Internal Revenue Service",), "USA"),
    ("Department of Justice", ("Justice Department", "DOJ"), "USA"),
    ("Department of Homeland Security", ("Homeland Security Department", "DHS"), "USA"),
    ("Treasury Department", ("US Treasury", "U.S. Treasury", "Department of the Treasury"),
     "USA"),
    ("Federal Reserve", ("the Fed",), "USA"),
    ("National Security Council", ("NSC",), "USA"),
    ("US Congress", ("U.S. Congress", "United States Congress"), "USA"),
    ("Republican Party", ("GOP", "Republicans"), "USA"),
    ("Democratic Party", ("Democrats",), "USA"),
    ("NASA", (), "USA"),
    # --- national institutions (elsewhere) ---
    ("Bundestag", (), "DEU"),
    ("Bundeswehr", (), "DEU"),
    ("Duma", ("State Duma",), "RUS"),
    ("FSB", ("Federal Security Service",), "RUS"),
    ("Knesset", (), "ISR"),
    ("IDF", ("Israel Defense Forces", "Israeli Defense Forces"), "ISR"),
    ("Mossad", (), "ISR"),
    ("MI5", (), "GBR"),
    ("MI6", (), "GBR"),
    ("Foreign Office", ("Foreign, Commonwealth and Development Office", "FCDO"), "GBR"),
    ("House of Commons", (), "GBR"),
    ("House of Lords", (), "GBR"),
    ("Labour Party", ("Labour",), "GBR"),
    ("Conservative Party", ("Tories", "Tory Party"), "GBR"),
    ("Liberal Democrats", ("Lib Dems",), "GBR"),
    ("Scottish National Party", ("SNP",), "GBR"),
    ("Communist Party of China", ("Chinese Communist Party", "CCP", "CPC"), "CHN"),
    ("People's Liberation Army", ("PLA",), "CHN"),
    ("Verkhovna Rada", ("Rada",), "UKR"),
    ("Kurdistan Regional Government", ("KRG",), "IRQ"),
    ("Sinn Fein", ("Sinn Féin",), None),
    ("ANC", ("African National Congress",), "ZAF"),
    ("BJP", ("Bharatiya Janata Party",), "IND"),
    ("Likud", (), "ISR"),
    ("AfD", ("Alternative for Germany",), "DEU"),
    ("CDU", ("Christian Democratic Union",), "DEU"),
    ("SPD", ("Social Democratic Party of Germany",), "DEU"),
    # --- news agencies and outlets ---
    ("Reuters", (), None),
    ("AP", ("Associated Press",), "USA"),
    ("AFP", ("Agence France-Presse", "Agence France Presse"), "FRA"),
    ("BBC", ("British Broadcasting Corporation",), "GBR"),
    ("CNN", (), "USA"),
    ("NBC", ("NBC News",), "USA"),
    ("CBS", ("CBS News",), "USA"),
    ("ABC News", (), "USA"),
    ("Fox News", (), "USA"),
    ("NPR", ("National Public Radio",), "USA"),
    ("PBS", (), "USA"),
    ("Al Jazeera", ("Al-Jazeera",), "QAT"),
    ("The New York Times", ("New York Times",), "USA"),
    ("The Washington Post", ("Washington Post",), "USA"),
    ("The Wall Street Journal", ("Wall Street Journal",), "USA"),
    ("The Guardian", (), "GBR"),
    ("Bloomberg", (), "USA"),
    ("TASS", ("Tass",), "RUS"),
    ("RIA Novosti", (), "RUS"),
    ("Interfax", (), "RUS"),
    ("Xinhua", (), "CHN"),
    ("Anadolu Agency", ("Anadolu",), "TUR"),
    ("IRNA", (), "IRN"),
    ("Yonhap", (), "KOR"),
    ("KCNA", ("Korean Central News Agency",), "PRK"),
    ("Twitter", (), "USA"),
    ("Facebook", (), "USA"),
    ("Google", (), "USA"),
    ("Wikinews", (), None),
    # --- institutions named by one word ---
    ("Charité", ("Charite", "Charité hospital"), "DEU"),
)

#: Words that end the name of an organisation ("Syrian Democratic Forces",
#: "Cinema for Peace Foundation", "House Judiciary Committee").
ORG_HEADS: frozenset[str] = frozenset("""
    Party Ministry Council Army Forces Force Navy Committee Commission Court Agency
    Department Bank Fund University College Foundation Company Corporation Corp Inc Ltd
    LLC plc Group Organization Organisation Union Front Movement Service Services Institute
    Association League Assembly Parliament Senate Congress Office Authority Bureau Board
    Coalition Alliance Federation Institution Brigade Brigades Guard Guards Police Airlines Airways
    Network Society Trust Tribunal Cabinet Administration Secretariat Directorate Corps
    Command Caucus Legislature Conference Industries Holdings Motors Systems
    Technologies Centre Center Hospital Clinic Club Press Times Post Journal News Radio
    Television TV Channel Agency Church Synod Council Chamber Commissioner
""".split())

#: Words that start an organisation name of the "X of Y" shape.
ORG_OF_HEADS: frozenset[str] = frozenset("""
    Ministry Department Office House Council Court Bank Church Chamber Union Organization
    Organisation League Federation Association University College Parliament Commission
    Government Secretariat Bureau Institute Academy
""".split())

#: Chambers and institutions named by one word, whose country comes from context
#: ("the Senate", "Parliament", "the Supreme Court").
BARE_INSTITUTIONS: frozenset[str] = frozenset({
    "Senate", "Parliament", "House of Representatives", "Supreme Court", "National Assembly",
    "Legislative Assembly", "Cabinet", "Constitutional Court", "High Court",
    "Foreign Ministry", "Defence Ministry", "Defense Ministry", "Interior Ministry",
    "Health Ministry", "Finance Ministry", "Justice Ministry", "Electoral College",
    "Electoral Commission", "Central Bank", "Senado", "Congress",
})

#: Other-language names of bare institutions -> the English one.
BARE_SYNONYMS: dict[str, str] = {"Senado": "Senate", "Congreso": "Congress",
                                  "Bundesrat": "Federal Council"}
