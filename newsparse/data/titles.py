"""Titles and roles of persons, and the words that may qualify them.

Source: written for newsparse from the AP Stylebook entries on titles (government,
military, religious, courtesy) and common English news usage.  Licence: same as
newsparse (MIT).
"""

from __future__ import annotations

#: Titles listed one by one, lower case.  Multi-word titles are listed whole so
#: the longest one wins.
_LISTED: frozenset[str] = frozenset("""
president|vice president|prime minister|deputy prime minister|chancellor|premier
|foreign minister|defence minister|defense minister|interior minister|finance minister
|health minister|justice minister|economy minister|trade minister|energy minister
|minister|deputy minister|foreign secretary|home secretary|defence secretary
|defense secretary|secretary of state|secretary of defense|secretary of defence
|state secretary|treasury secretary|secretary|secretary-general|secretary general
|general secretary|party secretary|first secretary|cabinet secretary|chief cabinet secretary
|under secretary|undersecretary|attorney general|attorney-general|solicitor general
|king|queen|prince|princess|crown prince|emperor|empress|emir|sheikh|sultan
|pope|cardinal|archbishop|bishop|patriarch|ayatollah|supreme leader|grand ayatollah
|rabbi|imam|reverend|governor|lieutenant governor|mayor|deputy mayor|senator|sen.
|representative|rep.|congressman|congresswoman|lawmaker|legislator|mp|speaker
|house speaker|senate majority leader|senate minority leader|majority leader
|minority leader|minority whip|majority whip|whip|chairman|chairwoman|chair
|chairperson|vice chairman|spokesman|spokeswoman|spokesperson|press secretary
|ambassador|envoy|special envoy|special representative|diplomat|consul|commissioner
|high commissioner|rapporteur|special rapporteur|general|gen.|lieutenant general
|lt. gen.|major general|maj. gen.|brigadier general|brig. gen.|admiral|adm.|colonel
|col.|lieutenant colonel|lt. col.|major|captain|capt.|commander|field marshal
|marshal|chief of staff|chief of the general staff|army chief|military chief
|defence chief|defense chief|leader|opposition leader|party leader|head|chief
|director|director general|director-general|deputy director|ceo|chief executive
|founder|co-founder|judge|justice|chief justice|prosecutor|chief prosecutor
|journalist|reporter|correspondent|editor|columnist|analyst|activist|dissident
|adviser|advisor|national security adviser|national security advisor|aide
|negotiator|chief negotiator|commissar|counterpart|candidate|nominee
|presidential candidate|president-elect|prime minister-designate|monarch|ruler
|dictator|warlord|commander-in-chief|head of state|head of government|mufti
|member of parliament|member of congress|delegate|commander|commander-in-chief
|vice-president|vice-chairman|minister of state|foreign policy chief|trade representative
|minister of foreign affairs|minister of defence|minister of defense
|assemblyman|assemblywoman|assembly member|councilman|councilwoman|councillor|councilor
|alderman|chief minister|deputy chief minister|bishop emeritus|mme|mme.|m.|mlle|monsieur
|madame|herr|frau|señor|señora|sr.|sra.|sheriff|deputy sheriff|police chief|chief of police
|detective|inspector|superintendent|chief inspector|constable|sergeant|trooper|coroner
|district attorney|attorney|lawyer|solicitor|barrister|physician|doctor|scientist|researcher
|astronaut|pilot|coach|manager|striker|midfielder|goalkeeper|player|singer|actor|actress
|author|writer|poet|artist|musician|rapper|comedian|director|producer|economist|historian
|bishop emeritus|priest|pastor|minister-president|first minister|chief executive officer
|president and ceo|ceo and president|comrade|cde|cde.|governor-general|governor general
|viceroy|crown princess
|executive director|managing director|executive chairman|official|moderator
|designer|fashion designer|filmmaker|mathematician|physicist|biologist
|immunologist|epidemiologist|virologist|lyricist|songwriter|composer|wrestler
|sportswriter|commentator|presenter|tycoon|businessman|businesswoman|entrepreneur
|heiress|abolitionist|philanthropist|novelist|playwright|photographer|athlete|boxer
|footballer|cricketer|specialist|treasurer|deputy treasurer
|commissioner-general|commissioner general|auditor-general|auditor general
|inspector-general|inspector general|comptroller-general|comptroller general
|solicitor-general|surgeon general|surgeon-general|registrar-general|postmaster general
|administrator|protester|protestor|foreign policy adviser|foreign policy advisor
|security adviser|security advisor|senior adviser|senior advisor|policy adviser
|owner|co-owner|team owner|investor|financier|banker|strategist|consultant
|lobbyist|donor|campaign manager|campaign chairman|campaign adviser
|campaign advisor|personal lawyer|personal attorney|political adviser|political advisor
|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|dame|lord|lady|professor|prof.|gov.|sen.|rep.
|pres.|sec.|amb.|gen.|fr.|father|sister|brother
""".replace("\n", "").split("|"))

#: "Home Minister", "Agriculture Minister", "Minister of Agriculture": a ministry's
#: portfolio before or after "minister".  Their first words ("Home", "Water",
#: "Public") are no title words of their own: "Internal Revenue Laws" keeps them.
PORTFOLIO_TITLES: frozenset[str] = frozenset(
    form.format(p.strip())
    for p in """
    home|home affairs|internal affairs|foreign affairs|agriculture|labour|labor|information
    |education|environment|transport|transportation|tourism|culture|industry|oil|petroleum
    |mines|mining|water|fisheries|housing|communications|planning|commerce|digital|science
    |sports|youth|local government|lands|immigration|security|public security
    |state security|public works|infrastructure|economic affairs|social affairs|welfare
    |women's affairs|family|development|investment|budget|treasury|employment|interior
    |foreign|defence|defense|finance|health|justice|economy|trade|energy|climate
    |foreign trade|external trade|international trade|europe|european affairs
    """.replace("\n", "").split("|")
    for form in ("{} minister", "minister of {}", "minister for {}")
)
#: Roles of two common words: titles before a name ("a senior civil servant, X"), but
#: their words ("Civil", "Public") are no title words in a capitalised run.
ROLE_PHRASES: frozenset[str] = frozenset({"civil servant", "public servant"})
#: Titles, lower case, as they appear before a name or as a role ("the president").
#: Multi-word titles are whole, so the longest one wins.
TITLES: frozenset[str] = _LISTED | PORTFOLIO_TITLES | ROLE_PHRASES

#: words that are (part of) a title wherever they stand in a capitalised run
TITLE_WORDS: frozenset[str] = frozenset(w for t in _LISTED for w in t.split())

#: Courtesy titles: they precede a name but are no office (no ``title`` is kept).
COURTESY: frozenset[str] = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady",
    "father", "sister", "brother", "reverend", "mme", "mme.", "m.",
    "mlle", "monsieur", "madame", "herr", "frau", "señor", "señora", "sr.", "sra.",
})

#: Abbreviated titles -> the title newsparse reports.
ABBREVIATIONS: dict[str, str] = {
    "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General",
    "lt. gen.": "Lieutenant General", "maj. gen.": "Major General",
    "brig. gen.": "Brigadier General", "adm.": "Admiral", "col.": "Colonel",
    "lt. col.": "Lieutenant Colonel", "capt.": "Captain", "pres.": "President",
    "sec.": "Secretary", "amb.": "Ambassador", "prof.": "Professor", "fr.": "Father",
}

#: Words that may stand before a title without being part of a name
#: ("former President", "acting Defence Minister").
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "former", "acting", "interim", "caretaker", "deputy", "vice", "outgoing", "incoming",
    "then", "then-", "late", "ex", "ex-", "first", "senior", "top", "chief", "new",
    "current", "sitting", "newly", "elected", "incumbent", "longtime", "veteran",
    "government", "federal", "regional", "provincial",
})

#: posts a state keeps in another state: "summoned China's ambassador" ... "Ambassador
#: X" is China's, whichever state's capital the sentence names
ENVOY_TITLES: frozenset[str] = frozenset({
    "ambassador", "envoy", "high commissioner", "chargé d'affaires", "charge d'affaires",
})

#: Titles a head of state or government holds; "the US leader" and "the French
#: president" refer to whoever holds one of these for that country.
LEADER_TITLES: frozenset[str] = frozenset({
    "president", "prime minister", "chancellor", "premier", "king", "queen", "emperor",
    "leader", "supreme leader", "emir", "sultan", "head of state", "head of government",
    "monarch", "ruler", "dictator", "crown prince",
})

#: Party adjectives that tie a politician to a country when nothing else does.
PARTY_COUNTRY: dict[str, str] = {
    "Republican": "USA", "Democrat": "USA", "Democratic": "USA", "GOP": "USA",
    "Labour": "GBR", "Conservative": "GBR", "Tory": "GBR", "Lib Dem": "GBR",
}
