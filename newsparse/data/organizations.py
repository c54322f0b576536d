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
            "United Nations General Assembly", "UNGA", "General Assembly"), None),
    # an organ that meets and acts on its own: its own actor, as news names it
    ("UN Security Council", ("U.N. Security Council", "United Nations Security Council",
                             "UNSC"), None),
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
    # Britain, France and Germany in the Iran nuclear talks
    ("E3", ("E3 countries", "European troika"), None),
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
    ("EAC", ("East African Community",), None),
    ("SADC", ("Southern African Development Community",), None),
    ("IGAD", ("Intergovernmental Authority on Development",), None),
    ("ECCAS", ("Economic Community of Central African States",), None),
    ("CEMAC", ("Economic and Monetary Community of Central Africa",), None),
    ("UEMOA", ("West African Economic and Monetary Union", "WAEMU"), None),
    ("Alliance of Sahel States", (), None),
    ("BIMSTEC", ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",),
     None),
    ("SAARC", ("South Asian Association for Regional Cooperation",), None),
    ("IORA", ("Indian Ocean Rim Association",), None),
    ("Organization of Turkic States", ("Organisation of Turkic States",), None),
    ("Melanesian Spearhead Group", (), None),
    ("CIS", ("Commonwealth of Independent States",), None),
    # "the Caribbean Community": the form with "the", or the region "the Caribbean" wins
    ("CARICOM", ("Caribbean Community", "the Caribbean Community", "Caricom"), None),
    ("CELAC", ("Community of Latin American and Caribbean States",), None),
    ("Andean Community", (), None),
    ("Pacific Islands Forum", (), None),
    ("Eurasian Economic Union", ("EAEU",), None),
    ("Nordic Council", (), None),
    ("Visegrad Group", ("Visegrád Group",), None),
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
    # UN peacekeeping operations and political missions (peacekeeping.un.org,
    # dppa.un.org): their acronyms are how news names them
    ("UNIFIL", ("United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon"), None),
    ("UNDOF", ("United Nations Disengagement Observer Force",), None),
    ("UNFICYP", ("United Nations Peacekeeping Force in Cyprus",), None),
    ("MONUSCO", ("United Nations Organization Stabilization Mission in the Democratic "
                 "Republic of the Congo",), None),
    ("MINUSCA", ("United Nations Multidimensional Integrated Stabilization Mission in the "
                 "Central African Republic",), None),
    ("UNMISS", ("United Nations Mission in South Sudan", "UN Mission in South Sudan"), None),
    ("UNISFA", ("United Nations Interim Security Force for Abyei",), None),
    ("MINURSO", ("United Nations Mission for the Referendum in Western Sahara",), None),
    ("UNMIK", ("United Nations Interim Administration Mission in Kosovo",), None),
    ("UNTSO", ("United Nations Truce Supervision Organization",), None),
    ("UNMOGIP", ("United Nations Military Observer Group in India and Pakistan",), None),
    ("UNAMA", ("United Nations Assistance Mission in Afghanistan",
               "UN Assistance Mission in Afghanistan"), None),
    ("UNAMI", ("United Nations Assistance Mission for Iraq", "UN Assistance Mission for Iraq"),
     None),
    ("UNSMIL", ("United Nations Support Mission in Libya", "UN Support Mission in Libya"), None),
    ("BINUH", ("United Nations Integrated Office in Haiti",), None),
    ("MINUSMA", ("United Nations Multidimensional Integrated Stabilization Mission in Mali",),
     None),
    # NATO, EU and AU missions (nato.int, eeas.europa.eu, au.int): the same, by acronym
    ("KFOR", ("Kosovo Force", "NATO-led Kosovo Force"), None),
    ("EUFOR", ("EUFOR Althea", "European Union Force"), None),
    ("EULEX", ("European Union Rule of Law Mission in Kosovo",), None),
    ("ATMIS", ("African Union Transition Mission in Somalia",), None),
    ("AUSSOM", ("African Union Support and Stabilization Mission in Somalia",), None),
    ("Interpol", ("INTERPOL",), None),
    ("Red Cross", ("International Committee of the Red Cross", "ICRC"), None),
    ("Amnesty International", ("Amnesty",), None),
    ("Human Rights Watch", ("HRW",), None),
    ("Doctors Without Borders", ("MSF", "Médecins Sans Frontières"), None),
    ("Commonwealth", ("Commonwealth of Nations",), None),
    ("UNDP", ("United Nations Development Programme", "UN Development Programme"), None),
    ("UNEP", ("United Nations Environment Programme", "UN Environment Programme"), None),
    ("FAO", ("Food and Agriculture Organization",), None),
    ("ILO", ("International Labour Organization", "International Labor Organization"), None),
    ("IOM", ("International Organization for Migration",), None),
    ("OCHA", ("UN Office for the Coordination of Humanitarian Affairs",), None),
    ("IPCC", ("Intergovernmental Panel on Climate Change",), None),
    ("IEA", ("International Energy Agency",), None),
    ("IOC", ("International Olympic Committee",), None),
    ("FIFA", (), None),
    ("UEFA", (), None),
    ("CERN", (), None),
    ("ESA", ("European Space Agency",), None),
    ("APEC", ("Asia-Pacific Economic Cooperation",), None),
    ("Mercosur", ("MERCOSUR",), None),
    ("Frontex", (), None),
    ("Europol", (), None),
    ("EBRD", ("European Bank for Reconstruction and Development",), None),
    ("Asian Development Bank", ("ADB",), None),
    ("African Development Bank", ("AfDB",), None),
    ("AIIB", ("Asian Infrastructure Investment Bank",), None),
    ("FATF", ("Financial Action Task Force",), None),
    ("Greenpeace", (), None),
    ("Oxfam", (), None),
    ("Save the Children", (), None),
    ("Transparency International", (), None),
    ("Wikimedia Foundation", (), None),
    ("Global Coalition to Defeat ISIS", ("Global Coalition Against Daesh",), None),
    # --- administrations of breakaway or autonomous territories that act in news ---
    # (Wikipedia, "List of states with limited recognition"; the country is the state
    # the territory belongs to in UN terms)
    ("Somaliland", ("Republic of Somaliland",), "SOM"),
    ("Transnistria", ("Pridnestrovie", "Pridnestrovian Moldavian Republic"), "MDA"),
    ("Republika Srpska", (), "BIH"),
    ("Turkish Republic of Northern Cyprus", ("TRNC",), "CYP"),
    # --- armed and political groups ---
    ("ISIS", ("Islamic State", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
              "Islamic State of Iraq and the Levant"), None),
    ("al-Qaeda", ("al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida"), None),
    ("Taliban", ("the Taliban",), "AFG"),
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
    ("Wagner Group", ("Wagner", "Wagner group"), "RUS"),
    # the Russian defence ministry's force that took over Wagner's African missions
    # in 2024 (Reuters, AP): Russia's, whichever host state it serves in
    ("Africa Corps", ("Russian Africa Corps",), "RUS"),
    ("IRGC", ("Islamic Revolutionary Guard Corps", "Iranian Revolutionary Guard Corps",
              "Revolutionary Guard Corps", "Revolutionary Guards",
              "Revolutionary Guard"), "IRN"),
    ("Muslim Brotherhood", (), None),
    ("Haqqani network", ("Haqqani Network",), "AFG"),
    ("Jaish-e-Mohammed", (), "PAK"),
    ("Lashkar-e-Taiba", (), "PAK"),
    ("Tehrik-i-Taliban Pakistan", ("Pakistani Taliban", "TTP"), "PAK"),
    ("Kataib Hezbollah", ("Kata'ib Hezbollah", "Kataeb Hezbollah"), "IRQ"),
    ("Popular Mobilization Forces", ("Popular Mobilisation Forces", "PMF"), "IRQ"),
    ("Free Syrian Army", ("FSA",), "SYR"),
    ("Syrian National Army", (), "SYR"),
    ("al-Nusra Front", ("Jabhat al-Nusra", "Nusra Front"), "SYR"),
    ("ELN", ("National Liberation Army",), "COL"),
    ("ETA", (), "ESP"),
    ("Shining Path", (), "PER"),
    ("Ku Klux Klan", ("KKK",), "USA"),
    ("Proud Boys", (), "USA"),
    ("FARC", (), "COL"),
    ("IRA", ("Irish Republican Army",), None),
    ("Rapid Support Forces", (), "SDN"),
    # (armed groups of Africa and Asia under the names the news gives them; the country is
    # where each fights, None for groups across borders)
    ("M23", ("March 23 Movement",), "COD"),
    ("FDLR", ("Democratic Forces for the Liberation of Rwanda",), None),
    ("FARDC", ("Armed Forces of the Democratic Republic of the Congo",), "COD"),
    ("Allied Democratic Forces", (), None),
    ("Arakan Army", (), "MMR"),
    ("Kachin Independence Army", (), "MMR"),
    ("JNIM", ("Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin"), "MLI"),
    ("ISWAP", ("Islamic State West Africa Province",), "NGA"),
    ("Islamic State Mozambique Province", (), "MOZ"),
    ("Azawad Liberation Front", (), "MLI"),
    ("Viv Ansanm", (), "HTI"),
    ("Polisario Front", ("Polisario",), None),
    ("TPLF", ("Tigray People's Liberation Front",), "ETH"),
    ("Oromo Liberation Army", (), "ETH"),
    ("SPLM-North", ("SPLM-N", "Sudan People's Liberation Movement-North"), "SDN"),
    ("SPLM-IO", ("Sudan People's Liberation Movement-in-Opposition",), "SSD"),
    ("Lord's Resistance Army", ("LRA",), None),
    ("RSF", ("Reporters Without Borders", "Reporters sans frontières",
             "Reporters Sans Frontières"), None),
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
    ("Republican Party", ("GOP", "Republicans"), "USA"),
    ("Democratic Party", ("Democrats",), "USA"),
    ("NASA", (), "USA"),
    ("CDC", ("Centers for Disease Control and Prevention",
             "Centers for Disease Control"), "USA"),
    ("NIH", ("National Institutes of Health",), "USA"),
    ("FDA", ("Food and Drug Administration",), "USA"),
    ("EPA", ("Environmental Protection Agency",), "USA"),
    ("NOAA", ("National Oceanic and Atmospheric Administration",), "USA"),
    ("FEMA", ("Federal Emergency Management Agency",), "USA"),
    ("DEA", ("Drug Enforcement Administration",), "USA"),
    ("TSA", ("Transportation Security Administration",), "USA"),
    ("ICE", ("Immigration and Customs Enforcement",), "USA"),
    ("FEC", ("Federal Election Commission",), "USA"),
    ("USPS", ("United States Postal Service", "US Postal Service", "Postal Service"), "USA"),
    ("USGS", ("United States Geological Survey", "US Geological Survey"), "USA"),
    ("NTSB", ("National Transportation Safety Board",), "USA"),
    ("FAA", ("Federal Aviation Administration",), "USA"),
    ("SEC", ("Securities and Exchange Commission",), "USA"),
    ("RCMP", ("Royal Canadian Mounted Police",), "CAN"),
    ("NHS", ("National Health Service",), "GBR"),
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
    ("Fidesz", (), "HUN"),
    ("Syriza", (), "GRC"),
    ("Podemos", (), "ESP"),
    ("Fine Gael", (), "IRL"),
    ("Fianna Fáil", ("Fianna Fail",), "IRL"),
    ("Kuomintang", ("KMT",), "TWN"),
    ("UKIP", ("UK Independence Party",), "GBR"),
    ("DUP", ("Democratic Unionist Party",), "GBR"),
    ("Law and Justice", ("PiS",), "POL"),
    ("United Russia", (), "RUS"),
    ("AKP", ("Justice and Development Party",), "TUR"),
    ("Zanu-PF", ("ZANU-PF",), "ZWE"),
    ("Hamas", (), "PSE"),
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
    ("MSNBC", (), "USA"), ("CNBC", (), "USA"), ("ITV", (), "GBR"), ("Sky News", (), "GBR"),
    ("DW", ("Deutsche Welle",), "DEU"), ("Russia Today", (), "RUS"),
    ("CCTV", ("China Central Television",), "CHN"), ("NHK", (), "JPN"), ("CBC", (), "CAN"),
    ("Kyodo", ("Kyodo News",), "JPN"), ("EFE", (), "ESP"), ("ANSA", (), "ITA"),
    ("DPA", ("dpa",), "DEU"), ("Press Trust of India", ("PTI",), "IND"),
    ("Tasnim", ("Tasnim News Agency",), "IRN"), ("Fars", ("Fars News Agency",), "IRN"),
    ("SANA", ("Syrian Arab News Agency",), "SYR"), ("Saudi Press Agency", ("SPA",), "SAU"),
    ("IBM", (), "USA"), ("FIDE", (), None), ("WWE", (), "USA"),
    ("NBA", ("National Basketball Association",), "USA"),
    ("NFL", ("National Football League",), "USA"), ("World Athletics", ("IAAF",), None),
    ("ESO", ("European Southern Observatory",), None),
    ("Twitter", (), "USA"),
    ("Facebook", (), "USA"),
    ("Google", (), "USA"),
    ("Wikinews", (), None),
    # --- companies often in the news (unambiguous names only) ---
    ("Boeing", (), "USA"), ("Airbus", (), None), ("Huawei", (), "CHN"), ("ZTE", (), "CHN"),
    ("Tesla", (), "USA"), ("SpaceX", (), "USA"), ("Gazprom", (), "RUS"), ("Rosneft", (), "RUS"),
    ("Saudi Aramco", ("Aramco",), "SAU"), ("ExxonMobil", ("Exxon",), "USA"),
    ("Volkswagen", (), "DEU"), ("Toyota", (), "JPN"), ("Samsung", (), "KOR"),
    ("Microsoft", (), "USA"), ("Netflix", (), "USA"), ("Uber", (), "USA"),
    ("General Motors", (), "USA"), ("Pfizer", (), "USA"), ("Moderna", (), "USA"),
    ("AstraZeneca", (), "GBR"), ("BioNTech", (), "DEU"), ("Johnson & Johnson", (), "USA"),
    ("Nvidia", (), "USA"), ("TikTok", (), "CHN"), ("ByteDance", (), "CHN"),
    ("Alibaba", (), "CHN"), ("Tencent", (), "CHN"), ("Instagram", (), "USA"),
    ("YouTube", (), "USA"), ("WhatsApp", (), "USA"), ("Wikipedia", (), None),
    ("Goldman Sachs", (), "USA"), ("JPMorgan", ("JPMorgan Chase", "J.P. Morgan", "J.P. Morgan Chase"), "USA"),
    ("Nord Stream", (), None), ("Meta", ("Meta Platforms",), "USA"),
    # (home countries as the companies register them; names that are also common words,
    # places or given names, such as Apple, Amazon, Shell, Visa, Oracle, Honda or
    # Leonardo, are left out)
    ("Siemens", (), "DEU"), ("Daimler", (), "DEU"), ("Mercedes-Benz", (), "DEU"),
    ("BMW", (), "DEU"), ("Deutsche Bank", (), "DEU"), ("Deutsche Telekom", (), "DEU"),
    ("Deutsche Bahn", (), "DEU"), ("Bayer", (), "DEU"), ("BASF", (), "DEU"),
    ("Lufthansa", (), "DEU"), ("Rheinmetall", (), "DEU"), ("SAP", (), "DEU"),
    ("BP", ("British Petroleum",), "GBR"), ("HSBC", (), "GBR"), ("Barclays", (), "GBR"),
    ("Unilever", (), "GBR"), ("BAE Systems", (), "GBR"), ("Rolls-Royce", (), "GBR"),
    ("Rio Tinto", (), "GBR"), ("Glencore", (), "CHE"), ("Nestlé", ("Nestle",), "CHE"),
    ("Novartis", (), "CHE"), ("Roche", (), "CHE"), ("UBS", (), "CHE"),
    ("Credit Suisse", (), "CHE"), ("TotalEnergies", (), "FRA"), ("Renault", (), "FRA"),
    ("Thales", (), "FRA"), ("Dassault Aviation", (), "FRA"), ("Air France", (), "FRA"),
    ("Stellantis", (), "NLD"), ("ArcelorMittal", (), "LUX"), ("Eni", (), "ITA"),
    ("Equinor", (), "NOR"), ("Ryanair", (), "IRL"), ("KLM", (), "NLD"),
    ("British Airways", (), "GBR"), ("Nissan", (), "JPN"), ("Sony", (), "JPN"),
    ("Panasonic", (), "JPN"), ("Hitachi", (), "JPN"), ("SoftBank", (), "JPN"),
    ("TSMC", ("Taiwan Semiconductor Manufacturing Company",), "TWN"), ("Foxconn", (), "TWN"),
    ("Xiaomi", (), "CHN"), ("Baidu", (), "CHN"), ("Lenovo", (), "CHN"), ("Sinopec", (), "CHN"),
    ("PetroChina", (), "CHN"), ("CNPC", ("China National Petroleum Corporation",), "CHN"),
    ("BYD", (), "CHN"), ("Reliance Industries", (), "IND"), ("Infosys", (), "IND"),
    ("Petrobras", (), "BRA"), ("Embraer", (), "BRA"), ("Pemex", (), "MEX"),
    ("Aeroflot", (), "RUS"), ("Lukoil", (), "RUS"), ("Novatek", (), "RUS"),
    ("Sberbank", (), "RUS"), ("Rosatom", (), "RUS"), ("Qatar Airways", (), "QAT"),
    ("Turkish Airlines", (), "TUR"), ("Mahan Air", (), "IRN"), ("Safaricom", (), "KEN"),
    ("Raytheon", (), "USA"), ("Lockheed Martin", (), "USA"), ("Northrop Grumman", (), "USA"),
    ("Chevron", (), "USA"), ("ConocoPhillips", (), "USA"), ("Halliburton", (), "USA"),
    ("Walmart", (), "USA"), ("Starbucks", (), "USA"), ("Coca-Cola", (), "USA"),
    ("PepsiCo", (), "USA"), ("Intel", (), "USA"), ("Qualcomm", (), "USA"),
    ("Cisco", (), "USA"), ("OpenAI", (), "USA"), ("PayPal", (), "USA"),
    ("Mastercard", (), "USA"), ("Caterpillar", (), "USA"), ("Ford Motor", ("Ford Motor Company",), "USA"),
    # --- institutions named by one word ---
    ("Charité", ("Charite", "Charité hospital"), "DEU"),
)

#: Organisations of states that news calls "the bloc" once named ("A summit of the
#: bloc's heads of state"), by their names above.
BLOCS: frozenset[str] = frozenset({
    "EU", "ASEAN", "AU", "EAC", "SADC", "ECOWAS", "Mercosur", "CARICOM", "GCC",
    "Arab League", "BRICS", "G7", "G20", "OPEC", "SCO", "Pacific Islands Forum", "CELAC",
    "IGAD", "ECCAS", "Andean Community", "Eurasian Economic Union", "Nordic Council",
    "Visegrad Group", "OAS", "APEC", "CSTO", "CEMAC", "UEMOA", "Alliance of Sahel States", "BIMSTEC",
    "SAARC", "IORA", "Organization of Turkic States", "Melanesian Spearhead Group", "CIS",
})

#: Words that end the name of an organisation ("Syrian Democratic Forces",
#: "Cinema for Peace Foundation", "House Judiciary Committee").
ORG_HEADS: frozenset[str] = frozenset("""
    Party Ministry Council Army Forces Force Navy Committee Commission Court Agency
    Department Bank Fund University College Foundation Company Corporation Corp Inc Ltd
    LLC plc Group Organization Organisation Union Front Movement Service Services Institute
    Association League Assembly Parliament Senate Congress Office Authority Bureau Board
    Coalition Alliance Federation Institution Brigade Brigades Guard Guards Police Airlines Airways
    Fighters
    Network Society Trust Tribunal Cabinet Administration Secretariat Directorate Corps
    Command Caucus Legislature Rally Platform Observatory Monitor Forum Mission Militia
    Militias Units Unit Registry Conference Industries Holdings Motors Systems
    Technologies Centre Center Hospital Clinic Club Press Times Post Journal News Radio
    Television TV Channel Agency Church Synod Council Chamber
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
    # (many states have one: "Serbia's National Security Council", the Philippines')
    "National Security Council",
})

#: Other-language names of bare institutions -> the English one.
BARE_SYNONYMS: dict[str, str] = {"Senado": "Senate", "Congreso": "Congress",
                                  "Bundesrat": "Federal Council"}

#: The countries a regional adjective names in "the five Nordic countries", "the Baltic
#: states": the members of the Nordic Council (norden.org), the three Baltic states, the
#: Benelux Union (benelux.int), the Visegrad Group (visegradgroup.eu), the five Central
#: Asian republics, the Gulf Cooperation Council (gcc-sg.org), the South Caucasus.
REGIONAL_COUNTRIES: dict[str, tuple[str, ...]] = {
    "nordic": ("DNK", "FIN", "ISL", "NOR", "SWE"),
    "scandinavian": ("DNK", "NOR", "SWE"),
    "baltic": ("EST", "LVA", "LTU"),
    "benelux": ("BEL", "NLD", "LUX"),
    "visegrad": ("CZE", "HUN", "POL", "SVK"),
    "central asian": ("KAZ", "KGZ", "TJK", "TKM", "UZB"),
    "gulf": ("BHR", "KWT", "OMN", "QAT", "SAU", "ARE"),
    "south caucasus": ("ARM", "AZE", "GEO"),
}


def _between(first: str, last: str) -> frozenset[str]:
    names = [name for name, _, _ in ORGANIZATIONS]
    return frozenset(names[names.index(first) : names.index(last) + 1])


#: The companies of :data:`ORGANIZATIONS` ("the company" may mean one) and its news
#: outlets ("the network", "the newspaper").
COMPANIES: frozenset[str] = _between("Boeing", "Ford Motor")
NEWS_OUTLETS_NAMED: frozenset[str] = _between("Reuters", ORGANIZATIONS[
    [name for name, _, _ in ORGANIZATIONS].index("Boeing") - 1][0])

#: last words of what a body is "for" after an "and": "Centre for Democracy and Human
#: Rights", "Forum for Economic and Social Rights", "Commission for Truth and Reconciliation"
COMPLEMENT_ENDS: frozenset[str] = frozenset(
    """Rights Freedoms Liberties Studies Peace Democracy Reconciliation Cooperation Relief
    Reform Progress Accountability Transparency Equality Dignity Solidarity Renewal
    Prosperity Governance Stability Development Affairs Justice Research Resources
    Services Welfare Environment Education Health""".split()
)

#: verbs that may stand right before the role noun of a group ("will host leaders of ...":
#: no part of the group's name)
VERBS_BEFORE_ROLE: frozenset[str] = frozenset(
    "host hosts hosting meet meets meeting met welcome welcomes welcoming receive receives "
    "receiving see sees saw invite invites inviting urge urges urging told tell tells "
    "said says join joins joining brief briefs briefing convene convenes gather gathers "
    "hosted welcomed received invited urged briefed joined convened gathered summoned called "
    "thanked warned asked".split())

#: lower-case nouns of a group, charity or armed body that may introduce its name: "the
#: aid group Mare Aperto", "the rights group Kalinda", "the militia Wagner" (actors/
#: organizations.py: the name after them is a body's)
DESCRIBED_GROUP_KINDS: tuple[str, ...] = (
    "group", "charity", "organisation", "organization", "NGO", "watchdog", "militia",
    "movement",
)
