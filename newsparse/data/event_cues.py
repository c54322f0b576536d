"""Cue words for modality, negation, attribution and roles.

Source: written by the newsparse developers from the TimeML/FactBank notion
of event modality (Saurí & Pustejovsky 2009) and the modality notes of the
PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL.tex, "mode").
Licence: MIT, as newsparse.
"""

from __future__ import annotations

__all__ = [
    "ARMS_NOUNS",
    "ATTACKER_NOUNS",
    "ACT_NOUN_STEMS",
    "ATTRIBUTION_VERBS",
    "GENERIC_ACT_NOUNS",
    "CROWD_NOUNS",
    "CROWD_QUANTITIES",
    "CONJUNCT_FORCES",
    "DISMAY_WORDS",
    "NEWS_OUTLETS",
    "PLATFORMS",
    "HYPOTHETICAL_CUES",
    "NEGATION_CUES",
    "PLANNED_CUES",
    "PREPOSITIONS",
    "QUOTED_VERDICT_WORDS",
    "SPORT_WORDS",
    "ROLE_NOUNS",
    "SEIZED_GROUND",
    "STATE_POSTS",
    "STRIKE_KINDS",
    "STRIKE_NOUNS",
    "VICTIM_NOUNS",
]

#: Words before a trigger that make it a plan (future, scheduled, intended).
PLANNED_CUES: tuple[str, ...] = (
    "will",
    "shall",
    "'ll",
    "is to",
    "are to",
    "was to",
    "were to",
    "is due to",
    "are due to",
    "was due to",
    "were due to",
    "plans to",
    "planned to",
    "plan to",
    "planning to",
    "intends to",
    "intend to",
    "is expected to",
    "are expected to",
    "was expected to",
    "were expected to",
    "is set to",
    "are set to",
    "was set to",
    "were set to",
    "scheduled to",
    "scheduled",
    "is going to",
    "are going to",
    "upcoming",
    "next",
    "aims to",
    "hopes to",
    "promised to",
    "pledged to",
    "vowed to",
    "agreed to",
)

#: Words before a trigger that make it possible or conditional only.
HYPOTHETICAL_CUES: tuple[str, ...] = (
    "could",
    "would",
    "might",
    "may",
    "if",
    "unless",
    "ready to",
    "willing to",
    "prepared to",
    "open to",
    "offered to",
    "proposed to",
    "threatening to",
    "possible",
    "possibly",
    "potential",
    "any",
    "whether",
)

#: Words before a trigger that deny it.
NEGATION_CUES: tuple[str, ...] = (
    "not",
    "nobody",
    "no one",
    "none",
    "neither",
    "n't",
    "never",
    "refused to",
    "refuses to",
    "declined to",
    "declines to",
    "denied",
    "denies",
    "rejected",
    "ruled out",
    "without",
    "no plans to",
    "no plan to",
    "no intention to",
    "no intention of",
)

#: Reporting verbs that credit a claim to a source ("..., the ministry said").
ATTRIBUTION_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "announces",
    "claimed",
    "claims",
    "stated",
    "confirmed",
    "confirms",
    "added",
    "wrote",
    "tweeted",
)

#: Prepositions after which an actor is not the subject of the clause.
PREPOSITIONS: tuple[str, ...] = (
    "in",
    "at",
    "to",
    "from",
    "of",
    "for",
    "with",
    "against",
    "by",
    "on",
    "after",
    "before",
    "about",
    "over",
    "into",
    "toward",
    "towards",
    "according to",
    "behind",
    "between",
    "among",
    "than",
    "like",
    "under",
    "across",
)

#: A state's armed services named by its demonym, which may close one conjunct of a
#: coordinated subject: "Pakistani border guards and Iranian forces exchanged fire"
#: (events/clause.py, the gap between two coordinated mentions).
CONJUNCT_FORCES: tuple[str, ...] = (
    "forces", "troops", "soldiers", "army", "military", "guards", "border guards",
    "coast guard", "coastguard", "police", "navy", "air force", "militia", "militias",
)

#: Lowercase role nouns that may sit between a demonym and a name.
ROLE_NOUNS: tuple[str, ...] = (
    "counterpart",
    "counterparts",
    "president",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "minister",
    "leader",
    "chancellor",
    "king",
    "envoy",
    "ambassador",
    "secretary of state",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "negotiator",
    "chief",
    "commander",
    "official",
    "officials",
    "delegation",
    "head of state",
    "premier",
)

#: words of praise: a quoted verdict that holds one ("described him as "a guiding
#: force"") is PLOVER SUPPORT ("praise or endorse"), not ACCUSE
PRAISE_WORDS: tuple[str, ...] = (
    "guiding", "great", "greatest", "hero", "heroic", "friend", "treasure", "visionary",
    "brilliant", "remarkable", "inspiring", "inspiration", "champion", "exceptional",
    "outstanding", "wonderful", "extraordinary", "legend", "legendary", "giant", "pioneer",
    "courageous", "brave", "wise", "statesman", "true", "tireless", "dedicated", "beloved",
    "historic", "landmark", "excellent", "fantastic", "tremendous", "strong", "reliable",
    "trusted", "valued", "humble", "soft-spoken", "incomparable", "pleasant", "gentleman",
    "kind", "honest", "decent", "generous", "gracious", "principled", "respected",
    "distinguished", "towering", "selfless", "compassionate", "gifted", "talented",
)

#: words of blame: a quotation that holds one, said of someone ("said Rome was "paying
#: for abuses"", "said the ships had "illegally intruded"") is PLOVER ACCUSE; only words
#: that judge a deed as wrong (not "serious", "difficult", "historic")
QUOTED_VERDICT_WORDS: tuple[str, ...] = (
    "unacceptable", "illegal", "illegally", "unlawful", "unlawfully", "provocation", "provocations",
    "provocative", "escalation", "aggression", "aggressive", "confrontation", "abuses", "intruded", "intrusion",
    "intrusions", "interference", "meddling", "violation", "violations", "lynching", "hysteria",
    "irresponsible", "reckless", "destabilise", "destabilize", "destabilising", "destabilizing",
    "fuelling tensions", "fueling tensions", "stoking tensions", "poaching", "outrageous",
    "preposterous", "absurd", "fabricated", "fabrication", "lies", "propaganda", "blackmail",
    "bullying", "intimidation", "harassment", "hostile", "criminal", "terrorist", "terrorism",
    "genocidal", "repression", "persecution", "sabotage", "unconstitutional", "illegitimate",
    "tarnish", "smear", "slander", "piracy", "betrayal", "hypocrisy", "hypocritical",
    "disgraceful", "shameful", "deplorable", "barbaric", "inhumane", "brutal", "brutality",
)

#: words of sport: a quoted verdict in their sentence is on a match, not a state's deed
#: ('the coach said Uganda had been "aggressive" in the second half of the final')
SPORT_WORDS: tuple[str, ...] = (
    "match", "matches", "final", "semi-final", "semifinal", "coach", "coaches", "stadium", "fans",
    "league", "tournament", "game", "games", "half", "goal", "goals", "striker", "referee",
    "team", "squad", "player", "players", "season", "cup", "derby", "kick-off", "pitch",
)

#: states of mind that judge what they are about: "was "appalled" by the attack",
#: "said it was alarmed by the returns" (the one so moved is the subject)
DISMAY_WORDS: tuple[str, ...] = ("concerned", "appalled", "alarmed", "outraged", "dismayed")

#: News outlets and the press: who an interview is given to, never a party to a
#: meeting or a CONSULT event (the gold format leaves interviews out).
NEWS_OUTLETS: tuple[str, ...] = (
    "Wikinews", "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC",
    "CNN", "NBC", "CBS", "ABC", "Fox News", "NPR", "PBS", "Al Jazeera", "Bloomberg",
    "Politico", "Axios", "The New York Times", "New York Times", "The Washington Post",
    "Washington Post", "The Guardian", "The Times", "The Wall Street Journal",
    "Wall Street Journal", "Sky News", "TASS", "Xinhua", "Interfax", "RIA Novosti", "Le Monde",
    "Der Spiegel", "Financial Times", "The Economist", "Newsweek", "Time", "Al - Monitor",
    "Al-Monitor",
)

#: Platforms a statement is posted on: after "on" or "via" a medium, not a party ("hailed
#: the report on Twitter"; "accused Facebook of ..." still names a party).
PLATFORMS: tuple[str, ...] = (
    "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "Truth Social", "X",
    "WhatsApp", "Weibo", "WeChat",
)


#: Plural nouns of people a text leaves unnamed: "police arrested 71 protesters",
#: "at least 20 people were killed". An arrest or attack on them (or by a crowd of
#: them, for a protest) is an event with that side left empty, as PLOVER codes an
#: unknown actor, rather than no event at all.
CROWD_NOUNS: tuple[str, ...] = (
    "people", "persons", "protesters", "protestors", "demonstrators", "marchers",
    "civilians", "activists", "journalists", "reporters", "students", "workers",
    "migrants", "refugees", "villagers", "residents", "soldiers", "troops", "militants",
    "fighters", "rebels", "insurgents", "suspects", "supporters", "members", "men",
    "women", "children", "officers", "policemen", "police officers", "worshippers",
    "pilgrims", "fans", "prisoners", "detainees", "hostages", "opponents", "dissidents",
    "lawmakers", "voters", "citizens", "passengers", "patients", "doctors", "teachers",
    "farmers", "miners", "rioters", "looters", "gunmen", "attackers", "youths",
    "critics", "bloggers", "monks", "nuns", "priests", "guides", "unions", "employees",
    "nurses", "drivers", "truckers", "lawyers", "medics", "pensioners", "traders",
    "shopkeepers", "fishermen", "settlers", "clerics", "union members", "health workers",
    "medical workers", "advocates", "campaigners", "mourners", "veterans", "war veterans",
    "growers", "retirees", "opposition figures", "opposition leaders", "opposition members",
    "politicians", "separatists", "suspected separatists",
)

#: One unnamed person an act of force is done to: "a protester was shot dead by members
#: of the National Guard", "soldiers killed a villager". The act stands with that side
#: left empty (no group of one is made), or aimed at the one other state its sentence names.
VICTIM_NOUNS: tuple[str, ...] = (
    "person", "man", "woman", "boy", "girl", "child", "teenager", "youth", "protester",
    "protestor", "demonstrator", "civilian", "activist", "journalist", "reporter",
    "student", "worker", "migrant", "refugee", "villager", "resident", "farmer",
    "fisherman", "trader", "driver", "passenger", "shepherd", "herder", "labourer",
    "laborer", "smuggler", "teacher", "doctor", "nurse", "priest", "monk", "pilgrim",
)

#: Words that count or size a crowd before its noun ("at least 71", "thousands of").
CROWD_QUANTITIES: tuple[str, ...] = (
    "at least", "at most", "more than", "less than", "fewer than", "about", "around",
    "nearly", "almost", "over", "up to", "some", "several", "many", "dozens of",
    "hundreds of", "thousands of", "tens of thousands of", "hundreds of thousands of",
    "scores of", "a number of", "a group of", "a crowd of", "crowds of", "groups of",
    "a handful of", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
    "hundreds", "thousand", "thousands", "dozens", "a dozen", "several thousand",
    "several hundred", "a few", "few",
)

#: An armed band the text does not name, as the subject of force: "gunmen attacked a
#: police station", "a suicide bomber killed 11 police officers" (events/attackers.py).
ATTACKER_NOUNS: tuple[str, ...] = (
    "gunmen", "gunman", "militants", "insurgents", "attackers", "assailants", "suicide bomber",
    "suicide bombers", "bombers", "gangs", "gang members", "armed gangs", "smugglers", "bandits",
    "fighters", "jihadists", "armed men", "masked men", "extremists", "raiders", "guerrillas", "rebels",
    "separatists",
)

#: Arms, or a strike or an attack, as the subject of force: "a Malian drone strike killed
#: eight civilians", "RSF drones struck a displacement camp", "an attack on a construction
#: camp killed eleven workers" (events/attackers.py: their owner, when named, is the
#: source; the state of the place hit, or of the victims, the target).  The weapons may
#: strike ("struck", "hit"); a bare strike, raid or attack only kills or wounds (not "a
#: strike hit the ports": workers').
ARMS_NOUNS: tuple[str, ...] = (
    "warplanes", "warplane", "fighter jets", "jets", "aircraft", "drones", "drone", "missiles",
    "missile", "rockets", "rocket", "shells", "artillery", "warships", "helicopters", "gunships",
)
STRIKE_NOUNS: tuple[str, ...] = (
    "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "bombing",
    "bombings", "shelling", "barrage",
)
#: What may name the kind of a strike before its noun: "a Malian drone strike", "a bomb
#: attack", "Turkish air strikes".
STRIKE_KINDS: tuple[str, ...] = (
    "air", "drone", "missile", "rocket", "artillery", "mortar", "bomb", "car bomb", "suicide",
    "grenade", "roadside bomb", "ballistic missile", "cruise missile", "aerial", "naval",
)

#: A state's post, patrol or forces as what an attack hit: "a police station", "an army
#: convoy", "11 police officers" (events/attackers.py: the state is the target).
STATE_POSTS: tuple[str, ...] = (
    "police station", "police stations", "police post", "police posts", "police checkpoint",
    "police patrol", "police convoy", "police headquarters", "police officers", "policemen",
    "army base", "army bases", "army post", "army outpost", "army convoy", "army patrol",
    "army camp", "army barracks", "army checkpoint", "military base", "military bases",
    "military post", "military outpost", "military convoy", "military checkpoint",
    "military camp", "military barracks", "military patrol", "military positions",
    "border post", "border posts", "border patrol", "border guards", "checkpoint",
    "checkpoints", "patrol", "patrols", "outpost", "outposts", "barracks", "soldiers",
    "troops", "security forces", "naval base", "air base", "airbase",
)

#: Ground an armed force seizes: "seized the port town of X", "has seized most townships
#: in Rakhine" (events/attackers.py: force on the state the ground lies in or is taken
#: from; not "seized cargo at the port", "seized their catch").
SEIZED_GROUND: tuple[str, ...] = (
    "town", "towns", "city", "cities", "village", "villages", "township", "townships",
    "district", "districts", "province", "provincial capital", "region", "base", "bases",
    "garrison", "garrisons", "outpost", "outposts", "airport", "port", "border crossing",
    "border post", "capital", "territory", "stronghold", "strongholds", "headquarters",
)

#: An act's noun and the stems of the words that told the act ("condemned the expulsion"
#: judges the act told by "expelled" or "the expulsion"): what the first four letters
#: of the two words do not show.
ACT_NOUN_STEMS: dict[str, tuple[str, ...]] = {
    "expul": ("expel", "expul"),
    "strik": ("strik", "struck"),
    "airst": ("strik", "struck", "airst"),
    "seizu": ("seiz",),
    "shoot": ("shoot", "shot"),
}

#: Nouns of force that name any act of force ("the attack", "the operation"), by their
#: first four letters: the word says nothing of which act was meant.
GENERIC_ACT_NOUNS: frozenset[str] = frozenset({
    "atta", "oper", "inci", "viol", "conf", "clas", "offe", "assa", "laun",
})
