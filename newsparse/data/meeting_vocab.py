"""Meeting vocabulary: trigger words, other-sense objects and cue words.

Source: written by the newsparse developers from the meeting definitions in
the project's gold format ("What counts as a meeting") and from the event
classes CONSULT (PLOVER manual, openeventdata/PLOVER PLOVER_MANUAL.tex) and
RAMS ``contact.meet``/``contact.negotiate`` (Ebner et al. 2020).
Licence: MIT, as newsparse.
"""

from __future__ import annotations

from newsparse.data.text_vocab import WEEKDAY_NAMES

__all__ = [
    "ADJECTIVES",
    "ATTENDED_VERBS",
    "ATTEND_VERBS",
    "CALLED_ON_IN_PERSON",
    "CANCEL_CUES",
    "HALTED_BEFORE",
    "DETERMINERS",
    "GATHERING_NOUNS",
    "PLACE_NAMED_GATHERINGS",
    "PRESENT_MEETING_FORMS",
    "GROUP_DETERMINERS",
    "GROUP_HEADS",
    "GROUP_MODIFIERS",
    "GROUP_SINGULAR_HEADS",
    "MEET_OTHER_SENSE",
    "MET_WITH_REACTIONS",
    "NOUN_MODIFIERS",
    "ONGOING_CUES",
    "PAST_VERBS",
    "PLANNED_AFTER",
    "POSTPONE_CUES",
    "PROPOSED_CUES",
    "REMOTE_CUES",
    "TOPIC_LEADS",
    "TRAVEL_VERBS",
    "VENUE_HEADS",
]

#: Words that may stand between "hold"/"held" and a meeting noun.
#: words of openness to a meeting with a named party ("remained open to a new round with
#: Russia", "is ready for talks with Kyiv"): whoever is open to it would take part
OPEN_TO_LEADS: tuple[str, ...] = (
    "open to", "ready for", "willing to hold", "prepared to hold", "ready to hold",
)

ADJECTIVES: tuple[str, ...] = (
    "a", "an", "the", "their", "his", "her", "its", "direct", "new", "further", "fresh",
    "more", "bilateral", "trilateral", "high-level", "face-to-face", "formal", "informal",
    "closed-door", "private", "secret", "emergency", "urgent", "crisis", "peace", "trade",
    "security", "video", "virtual", "phone", "telephone", "two-day", "one-day", "lengthy",
    "several", "separate", "first", "second", "third", "final", "extensive", "joint",
    "preliminary", "exploratory", "another", "brief", "rare", "historic", "cabinet",
    "indirect", "ceasefire", "truce", "nuclear", "hostage", "border", "proximity",
    "technical", "substantive", "crucial", "key", "marathon", "difficult", "tense",
    "fruitful", "constructive", "frank", "candid", "cordial", "productive", "intense",
    "intensive", "renewed", "long-awaited", "high-stakes", "back-channel", "tripartite",
    "multilateral", "regional", "ministerial", "defence", "defense", "military", "economic",
    "climate", "energy", "coalition", "political", "diplomatic", "official", "online",
    "annual", "yearly", "biennial", "weekly", "monthly", "ordinary", "extraordinary",
    "special", "inaugural", "plenary", "planned", "scheduled", "proposed",
)

#: Objects that make "meet" mean "satisfy" ("meet the demands").
MEET_OTHER_SENSE: tuple[str, ...] = (
    "demand", "demands", "need", "needs", "expectation", "expectations", "requirement",
    "requirements", "target", "targets", "deadline", "deadlines", "goal", "goals",
    "criteria", "criterion", "standard", "standards", "obligation", "obligations", "duty",
    "duties", "cost", "costs", "condition", "conditions", "threshold", "quota", "quotas",
    "challenge", "challenges", "end", "ends", "fate", "death", "approval", "resistance",
    "criticism", "opposition", "payments", "payment", "commitments", "commitment",
    "request", "requests", "terms", "benchmark", "benchmarks", "mark", "limit", "limits",
    "specifications", "definition", "levels", "level", "budget", "shortfall", "description",
    "descriptions", "qualifications", "eligibility", "rules", "rule", "test", "tests",
)

#: People one "met" in a life story, not at a meeting: a spouse after "his", "her" or
#: "their" ("met his wife while studying")
SPOUSES: tuple[str, ...] = (
    "wife", "husband", "girlfriend", "boyfriend", "fiancee", "fiancé", "fiance",
)
#: ... or a fellow of a band or a school, perhaps "future" ("where he met bassist Jack Bruce",
#: "met future Grateful Dead guitarist Jerry Garcia")
ACQUAINTANCES: tuple[str, ...] = (
    "bassist", "guitarist", "drummer", "singer", "bandmate", "classmate", "roommate",
)

#: What a plan or a move may be "met with": a reaction, not a meeting
#: ("the rules have met with protests", "was met with applause").
MET_WITH_REACTIONS: tuple[str, ...] = (
    "approval", "resistance", "criticism", "success", "protests", "protest", "opposition",
    "anger", "outrage", "skepticism", "scepticism", "derision", "silence", "applause",
    "praise", "condemnation", "dismay", "disapproval", "backlash", "hostility",
    "indifference", "reactions", "reaction", "reviews", "cheers", "boos", "jeers",
    "ridicule", "alarm", "concern", "concerns", "suspicion", "disbelief", "enthusiasm",
    "scorn", "fury", "objections", "rejection", "violence", "force", "tear gas",
    "a storm", "calls",
)

#: Determiners that make a meeting noun point back to one already named.
DETERMINERS: tuple[str, ...] = ("the", "this", "that", "these", "those", "its", "their")

#: Lowercase modifiers allowed inside a definite meeting reference.
NOUN_MODIFIERS: tuple[str, ...] = (
    "same", "planned", "proposed", "upcoming", "first", "second", "last", "latest",
    "previous", "next", "earlier", "recent", "two-day", "one-day", "weekend", "emergency",
    "bilateral", "closed-door", "high-level", "virtual", "video", "phone", "telephone",
    "peace", "trade", "leaders'", "ministers'", "scheduled", "state", "official", "working",
    "royal", "presidential", "historic", "three-day", "surprise", "unannounced",
    "return", "reciprocal", "rare", "brief", "four-day", "five-day", "week-long", "formal",
)

#: Verbs before a meeting noun whose subject takes part ("X had talks with Y").
ATTEND_VERBS: tuple[str, ...] = (
    "in", "had", "have", "has", "having", "attended", "attend", "attends", "attending",
    "joined", "join", "joins", "began", "begin", "begins", "resumed", "resume", "resumes",
    "opened", "open", "opens", "concluded", "ended", "closed", "wrapped up", "started", "start",
    "entered", "enter", "enters", "into", "cut off", "broke off", "broken off", "suspended",
    "halted", "froze", "restarted", "continued", "maintained", "launched", "sought",
    "wound up", "winds up", "winding up", "finished", "completed", "kicked off", "held",
)

#: Verbs before a meeting noun whose subject takes part even in a meeting named
#: before ("Macron attended the G20 summit", "joined the talks").
ATTENDED_VERBS: tuple[str, ...] = (
    "attended", "attend", "attends", "attending", "joined", "join", "joins", "joining",
)

#: Verbs of a body deliberating, before "at a meeting": "The Peace and Security Council
#: discussed the border situation at a meeting in Addis Ababa" makes the body a party.
DELIBERATE_VERBS: tuple[str, ...] = (
    "discuss", "discusses", "discussed", "debate", "debates", "debated", "considered",
    "reviewed", "approved", "adopted", "endorsed",
)

#: Bodies that sit: their discussing is a sitting ("The Peace and Security Council
#: discussed the situation on Thursday"), unlike a person's or a ministry's.
SITTING_BODIES: tuple[str, ...] = (
    "council", "cabinet", "commission", "committee", "parliament", "assembly",
)

#: Words in the clause after such a body's "discussed" that make it no sitting: it spoke
#: of the matter to the press ("discussed the plan in an interview") or wrote of it
#: ("discussed the findings in a report").
DISCUSSED_IN_PUBLIC: tuple[str, ...] = (
    "interview", "interviews", "reporters", "journalists", "press conference",
    "news conference", "television", "radio", "podcast", "briefing",
    "report", "reports", "study", "paper", "statement", "letter", "article", "op-ed",
)

#: Verbs of sending a delegation: "Mongolia will send a trade delegation to Beijing" is a
#: journey of the sender's to the state whose capital it names.
SEND_VERBS: tuple[str, ...] = (
    "send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched", "dispatching",
)

#: Verbs of travelling to a meeting: "flew to Paris for talks with" makes the
#: traveller a party to the talks.
TRAVEL_VERBS: tuple[str, ...] = (
    "travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies",
    "flew", "flying", "head", "heads", "headed", "heading", "go", "goes", "went", "going",
    "arrive", "arrives", "arrived", "arriving", "return", "returns", "returned", "returning",
    "come", "comes", "came", "coming", "gather", "gathers", "gathered", "gathering",
    "assemble", "assembles", "assembled", "assembling",
)

#: Cues after a meeting noun that mark it as planned ("the meeting will happen").
PLANNED_AFTER: tuple[str, ...] = (
    "will", "is to", "are to", "was to", "were to", "is due", "are due", "is scheduled",
    "are scheduled", "was scheduled", "is expected", "are expected", "is set", "are set",
    "to be held", "would take place", "is planned", "are planned", "was planned",
)

#: Cues that call a meeting off.
CANCEL_CUES: tuple[str, ...] = (
    "called off", "call off", "calls off", "calling off", "cancelled", "canceled", "cancel",
    "cancels", "cancelling", "canceling", "scrapped", "scrap", "scraps", "axed",
    "abandoned", "could not go ahead", "cannot go ahead", "will not go ahead",
    "would not go ahead", "did not go ahead", "won't go ahead", "will not take place",
    "would not take place", "was dropped", "were dropped", "has been dropped", "had been dropped",
)

#: Verbs that halt the talks they stand right before ("Zambia suspended talks on a new
#: deal", "broke off negotiations"): the talks are off (not "talks, suspended in 2019,
#: resumed": only right before the noun).
HALTED_BEFORE: tuple[str, ...] = (
    "suspended", "suspends", "suspending", "broke off", "breaks off", "broken off",
    "breaking off", "halted", "halts", "froze", "freezes", "frozen",
)

#: Cues that move a meeting to a later date (it stays planned).
POSTPONE_CUES: tuple[str, ...] = (
    "postponed", "postpone", "postpones", "delayed", "delay", "delays", "rescheduled",
    "reschedule", "pushed back", "put off",
)

#: Cues that make a meeting only suggested, offered or conditional.
PROPOSED_CUES: tuple[str, ...] = (
    "offered to", "offers to", "offer to", "proposed", "proposes", "propose", "suggested",
    "suggests", "suggest", "invited", "invites", "invite", "called for", "calls for",
    "call for", "could", "would", "might", "may", "if", "ready to", "willing to",
    "open to", "wants to", "want to", "wanted to", "hopes to", "hope to", "hoped to",
    "seeks to", "seek to", "sought to", "pushing for", "pushed for", "push for",
    "urged", "urges", "possible", "potential", "any", "whether", "unless",
    "requested", "asked for", "agreed in principle",
)

#: Cues of a meeting under way on the publication day.
ONGOING_CUES: tuple[str, ...] = (
    "are meeting", "is meeting", "are holding", "is holding", "under way", "underway",
    "continue", "continues", "continuing", "currently", "is taking place",
    "are taking place", "are in talks", "is in talks",
)

#: Trigger words that report a meeting as having happened.
PAST_VERBS: tuple[str, ...] = (
    "met", "held", "convened", "reconvened", "spoke", "talked", "conferred", "negotiated",
    "visited", "hosted", "welcomed", "received", "phoned", "telephoned", "sat", "chatted",
)

#: Words that make a meeting remote.
REMOTE_CUES: tuple[str, ...] = (
    "phone", "telephone", "telephoned", "phoned", "video", "videoconference",
    "video-conference", "video conference", "teleconference", "virtual", "virtually",
    "online", "by call", "video link", "videolink", "conference call",
)

#: Words that lead into what a meeting is about.
TOPIC_LEADS: tuple[str, ...] = (
    "to discuss", "to talk about", "discussing", "to negotiate", "focused on",
    "focusing on", "focus on", "centre on", "center on", "centred on", "centered on",
    "will centre on", "aimed at", "regarding", "concerning", "about", "over", "on",
)

# --- descriptive groups and venues (newsparse.meetings.extras) -------------------
# Source: written by the newsparse developers from the participant roles of RAMS
# ``contact.meet`` / ``contact.negotiate`` (Ebner et al. 2020) and the group actors
# of the PLOVER manual ("government officials", "protesters", "rebels").

#: Plural (and collective) nouns that head a group of meeting participants.
GROUP_HEADS: tuple[str, ...] = (
    "delegates", "delegations", "donors", "officials", "leaders", "ministers", "executives",
    "studios", "diplomats", "negotiators", "representatives", "envoys", "lawmakers",
    "legislators", "senators", "governors", "mayors", "doctors", "experts", "scientists",
    "investors", "bankers", "activists", "rebels", "militants", "protesters", "unions",
    "employers", "allies", "counterparts", "chiefs", "generals", "commanders", "oligarchs",
    "advisers", "advisors", "aides", "businessmen", "lobbyists", "fundraisers",
    "mediators", "envoys", "heads of state", "foreign ministers", "prime ministers",
    "party leaders", "world leaders", "tribal elders", "elders", "clerics", "bishops",
    "members", "authorities", "regulators", "automakers", "carmakers", "creditors",
    "lenders", "shareholders", "bondholders", "owners", "employees", "workers", "students",
    "residents", "families", "survivors", "veterans", "farmers", "teachers", "nurses",
    "managers", "directors", "trustees", "commissioners", "ambassadors", "emissaries",
    "insurgents", "separatists", "tribesmen", "chieftains", "monarchs", "royals",
)

#: Singular group nouns: a council or committee meets; "a Chinese official" takes part.
GROUP_SINGULAR_HEADS: tuple[str, ...] = (
    "council", "committee", "board", "panel", "commission", "delegation", "group",
    "official", "diplomat", "envoy", "negotiator", "mediator", "cabinet",
)

#: Words that open a group phrase ("the", "two", "some"): the phrase starts with them.
GROUP_DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "several", "some", "many", "dozens", "hundreds", "its", "their", "his", "her",
    "our", "these", "those", "both", "all",
})

#: Lowercase words that may qualify a group noun besides adjectives in -al, -ive, -ic ...
GROUP_MODIFIERS: frozenset[str] = frozenset({
    "state", "election", "foreign", "senior", "top", "film", "party", "government", "city",
    "county", "trade", "union", "business", "industry", "opposition", "rebel", "army",
    "military", "police", "health", "security", "defence", "defense", "finance", "brave",
    "generous", "most", "key", "former", "junior", "chief", "local", "world", "tribal",
    "civilian", "civic", "church", "school", "bank", "oil", "tech", "auto", "farm",
})

#: Gatherings a meeting may be held at, in lower case: "met Clinton at the Asia-Pacific
#: Economic Cooperation (APEC) Summit in Vladivostok" was held where the summit was.
GATHERING_NOUNS: tuple[str, ...] = (
    "summit", "conference", "forum", "assembly", "congress", "convention", "gathering",
    "games", "olympics", "ceremony", "session", "meeting", "talks", "dialogue", "expo",
)

#: present forms of the verbs of meeting, which a clause of time puts in the future
PRESENT_MEETING_FORMS: frozenset[str] = frozenset({
    "meet", "meets", "hold", "holds", "convene", "convenes", "visit", "visits", "sit", "sits",
    "talk", "talks", "speak", "speaks",
})

#: meeting and agreement nouns a place may name as where they were held: "the Amman
#: talks", "the Doha summit", "the Minsk accords"
PLACE_NAMED_GATHERINGS: tuple[str, ...] = (
    "talks", "meeting", "meetings", "summit", "conference", "negotiations", "round", "forum",
    "process", "agreement", "accord", "accords", "declaration", "communique", "communiqué",
    "framework",
)

#: Last words of a venue's name: "Stormont Castle", "the Grand Hyatt Hotel".
VENUE_HEADS: frozenset[str] = frozenset({
    "Castle", "Palace", "Hotel", "Center", "Centre", "Hall", "House", "Building", "Stadium",
    "Embassy", "Headquarters", "Resort", "Lodge", "Manor", "Villa", "Mansion", "Plaza",
    "Tower", "Arena", "Chateau", "Château", "Chancellery", "Residence", "Club", "Cathedral",
})

#: What follows "called on <person>" when the call is a visit paid, in lower case:
#: "at his residence", "on Monday" with no "to <verb>" after it ("called on Amit Shah
#: on Monday"; not "called on Shah on Monday to withdraw ..."). The meeting stage reads
#: it for the visit; the REQUEST trigger "called on" for what it is not.
CALLED_ON_IN_PERSON = (
    r"(?:at\s++(?:his|her|their|the)\s++(?:official\s++|private\s++)?+"
    r"(?:residence|office|home|palace|headquarters)\b"
    rf"|on\s++{WEEKDAY_NAMES.lower()}\b(?![^.;]{{0,60}}?\bto\s++[a-z]))"
)
