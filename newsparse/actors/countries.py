"""Country mentions: names, demonyms, seats of government, and the traps.

A seat of government ("Kyiv", "the Kremlin") stands for its state unless it is
plainly a place ("in Kyiv"); the weak seats (Washington, London, Paris ...) only
when they act ("Washington said", "London's decision").  The traps of issue 4
each have a rule here: a country name that is a first name or surname
("Jordan Peterson", "Michael Jordan"), Georgia the US state, "US" in all-caps
text, Turkey the bird.
"""

from __future__ import annotations

import functools

import regex

from newsparse._regex import alternation, lazy_compile
from newsparse.actors.gazetteer import Entry
from newsparse.actors.mentions import Mention, is_locative
from newsparse.data.actor_countries import OPEN_REGISTRIES
from newsparse.data.meeting_vocab import PLACE_NAMED_GATHERINGS
from newsparse.data.text_vocab import WEEKDAY_NAMES

__all__ = ["country_mention", "georgia_is_the_country", "georgia_is_us_state", "is_name_part",
           "name_before"]

_NAME_AFTER = lazy_compile(r"[ ]++(\p{Lu}\p{Ll}++)(?![\p{L}])")
_NAME_BEFORE = lazy_compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}++|\p{Lu}\.)[ ]++$")


def name_before(norm: str, start: int) -> regex.Match[str] | None:
    """The capitalised word (or initial) right before ``start``, if any."""
    if start < 2 or norm[start - 1] != " ":
        return None
    i = start - 1
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (norm[j - 1].isalpha() or norm[j - 1] == "."):
        j -= 1
    if j == i or not norm[j].isupper():
        return None
    return _NAME_BEFORE.search(norm, j - 1 if j > 0 else 0, start)
_BIRD_BEFORE = lazy_compile(
    r"(?:roast|roasted|wild|stuffed|smoked|Thanksgiving|Christmas|carved|carving)[ ]++$"
)
_ACTS = lazy_compile(
    rf"^(?:'s?|(?:[ ]++(?:on[ ]++{WEEKDAY_NAMES}|last[ ]++(?:week|month)|yesterday|today"
    r"|earlier|later|then|again|quickly|swiftly|promptly|immediately))?+"
    # "Washington on Tuesday imposed": a day between the capital and its verb
    r"(?:[ ]++(?:has|have|had|is|was|were|are|will|would|could|should|may|might|must"
    r"|said|says|say|told|announced|accused|denied|insisted|warned|wants|wanted|rejected"
    r"|agreed|refused|urged|called|demanded|welcomed|condemned|responded|claimed|hopes"
    r"|hoped|believes|sees|saw|sent|imposed|threatened|expelled|recalled|did|does|can"
    r"|dismissed|blamed|criticised|criticized|vowed|pledged|offered|signed|summoned|approved"
    r"|hit[ ]++back|struck[ ]++back|retaliated|protested|complained|declined|committed|promised"
    # a state's measures: "Bamako closed its airspace", "Algiers suspended flights"
    r"|closed|reopened|suspended|banned|froze|severed|downgraded|withdrew|ordered|deployed"
    r"|launched|lifted|objected|backed|supported|hosted|released|arrested|detained|seized"
    r"|retorted|reacted|insists|denies|rejects|accuses|warns|urges|demands"
    r"|blacklisted|sanctioned|designated|vetoed|blocked|ratified|recognised|recognized|endorsed"
    r"|intervened|mediated|brokered|granted|extended|renewed|revoked|cancelled"
    r"|canceled|postponed|slammed|blasted|praised|thanked|hailed|invited|proposed"
    r"|stood|stands|delivered|resisted|rebuffed|pressed|pushed"
    # a state leaving a deal or talks: "Bamako pulled out of a peace agreement"
    r"|pulled[ ]++out|walked[ ]++out|broke[ ]++off|quit"
    # a stance: "Colombo showed little sign of backing down", "Ankara voiced concern"
    r"|showed|shows|signalled|signaled|signals|voiced|expressed|remained|remains|appeared"
    r"|seemed|sought|reiterated|maintained|argued|stressed|countered|replied|confirmed"
    r"|acknowledged|admitted|decided|ruled[ ]++out"
    # (a whole word: "Brussels mayor" is no "may", "area" no "are")
    r"|cannot|won't|didn't|doesn't|also)(?![\p{L}])|[ ]++and[ ]++\p{Lu}))"
)
#: a political verb right before a weak seat: "Beijing accused Washington", "urged London"
_ACTED_ON = lazy_compile(
    r"\b(?:accused|warned|urged|criticized|criticised|condemned|blamed|threatened|pressed"
    r"|sanctioned|rebuked|thanked|praised|called[ ]on|asked|told|lobbied|snubbed|appealed[ ]to"
    # "Mali and Niger backed Ouagadougou", "stood with Kyiv"
    r"|backed|supported|stood[ ]with|stands[ ]with|sided[ ]with"
    # "walked out, accusing New Delhi of betraying the deal"
    r"|accusing|urging|blaming|warning|criticising|criticizing|condemning|calling[ ]on"
    # "pledged 105 million euros to help Tunis curb migration"
    r"|to[ ]help|to[ ]support"
    # "imposed sanctions on Conakry", "protested to Hanoi", "cut ties with Rabat"
    r"|(?:sanctions|tariffs|an[ ]embargo|restrictions)[ ](?:on|against)|protest(?:ed|s)?+[ ]to"
    r"|(?:ties|relations)[ ]with"
    # the agent of a passive: "an allegation swiftly denied by Kampala"
    r"|(?:denied|rejected|dismissed|rebuffed|refuted|condemned|critici[sz]ed|welcomed|backed"
    r"|imposed|expelled|summoned|accused|sanctioned|blocked|vetoed|recognised|recognized)[ ]by)[ ]++\Z"
)
_US_STATE_CONTEXT = lazy_compile(
    r"Atlanta|Savannah|Augusta|Peach State|\p{Lu}\p{Ll}++,[ ]Georgia|Georgia[ ](?:state|State"
    r"|Senate|House|Governor|governor|Republican|Democrat|voters|Supreme|primary|election)"
    r"|(?:Gov\.|Governor|Sen\.|Senator|state[ ]of|U\.?S\.?[ ]state[ ]of)[ ]"
    r"(?:\p{Lu}\p{Ll}++[ ])?Georgia"
    r"|(?:Republican|Democrat|Democratic|Congressman|Congresswoman|Rep\.|Representative"
    r"|Senator|Sen\.|committee[ ]member)[^.\n]{0,40}?[ ]of[ ]Georgia"
    r"|\((?:R|D)-(?:Ga|GA)\.?\)"
    r"|(?:District|University|State|Southern|Northern|Middle)[ ]of[ ]Georgia"
)
_GEORGIA_COUNTRY_CONTEXT = lazy_compile(r"Tbilisi|Georgian|Caucasus|Abkhazia|Ossetia")


_LETTERS = lazy_compile(r"\p{L}++")


#: a country whose flag a ship flies: "the Gabon-flagged tanker"
_FLAG_OF = lazy_compile(r"-(?:flagged|registered)(?![\p{L}])")
#: a demonym that only says whose a thing is, or where one was born: "Mozambican-owned"
#: (not "American-made cars": duties on them are on the United States; not "an
#: Israeli-owned ship": seizing it is an act on Israel)
_OWNED_BY = lazy_compile(
    r"-(?:owned(?![ ](?:ships?|vessels?|tankers?|freighters?|cargo))|born|style)(?![\p{L}])")
_LANGUAGE_AFTER = lazy_compile(
    r"(?:[ -](?:language|languages|speaking|speaker|speakers|translation|version|dub|dubbed"
    r"|subtitles|subtitled|-language|-speaking)(?![\p{L}]))")
_LANGUAGE_BEFORE = lazy_compile(
    r"(?:in|into|from|speaks|speak|spoke|speaking|translated|fluent)[ ]++$", regex.IGNORECASE)
_NOUN_AFTER = lazy_compile(r"[ ]\p{L}")


@functools.cache
def _canonical_places() -> dict[str, str]:
    from newsparse.data.places import PLACE_CANONICAL

    return PLACE_CANONICAL


@functools.cache
def _first_name_countries() -> frozenset[str]:
    from newsparse.data.actor_countries import AMBIGUOUS_NAMES

    return AMBIGUOUS_NAMES


def georgia_is_the_country(norm: str) -> bool:
    """True when the text names something only the country Georgia has (Tbilisi)."""
    return _GEORGIA_COUNTRY_CONTEXT.search(norm) is not None


def georgia_is_us_state(norm: str) -> bool:
    """True when "Georgia" in this text is the US state, not the country."""
    if _GEORGIA_COUNTRY_CONTEXT.search(norm):
        return False
    return _US_STATE_CONTEXT.search(norm) is not None


def _all_caps_context(norm: str, start: int, end: int) -> bool:
    """True when the words around ``start..end`` are all in capitals (a headline)."""
    before = _LETTERS.findall(norm, max(0, start - 40), start)[-2:]
    after = _LETTERS.findall(norm, end, end + 40)[:2]
    words = [w for w in before + after if len(w) > 1]
    return bool(words) and all(w.isupper() for w in words)


def country_mention(
    norm: str,
    start: int,
    end: int,
    entry: Entry,
    *,
    georgia_state: bool,
    first_names: frozenset[str],
) -> list[Mention]:
    """The mentions (a country and/or a place) a country-like gazetteer hit gives.

    Returns an empty list when the hit is a trap (a person's name, a bird ...).
    """
    surface = norm[start:end]
    code = entry.country
    key = f"C:{code or entry.name}"  # a caller's country may come without a code
    if entry.kind == "country":
        if surface in _first_name_countries():
            nxt = _NAME_AFTER.match(norm, end)
            prev = name_before(norm, start)
            if nxt and nxt.group(1) not in _NOT_SURNAMES and nxt.group(1) not in first_names:
                return []  # "Jordan Peterson", "Chad Wolf" (not "India Narendra Modi")
            if prev and (prev.group(1) in first_names or prev.group(1).endswith(".")):
                return []  # "Michael Jordan"
        if surface == "Georgia" and georgia_state:
            return [Mention(start, end, "place", "P:Georgia (US state)", "Georgia", "name",
                            "USA", subkind="region")]
        if surface in ("US", "USA") and _all_caps_context(norm, start, end):
            return []  # "LET US" in a shouted headline
        if norm.startswith("$", end):
            return []  # "US$2.4 billion", "NZ$20 million": a currency, not the country
        if code in OPEN_REGISTRIES and _FLAG_OF.match(norm, end, end + 14):
            return []  # "the Gabon-flagged tanker": a flag of convenience, no actor
        if surface == "Turkey" and (
            _BIRD_BEFORE.search(norm, max(0, start - 20), start) or _bird_after(norm, end)
        ):
            return []  # "a roast turkey", "Turkey sandwiches"
        out = [Mention(start, end, "country", key, entry.name, "name", code)]
        if is_locative(norm, start):
            out.append(Mention(start, end, "place", f"P:{entry.name}", entry.name, "name",
                               code, subkind="country"))
        return out
    if entry.kind == "demonym":
        if _OWNED_BY.match(norm, end, end + 14) or (
                code in OPEN_REGISTRIES and _FLAG_OF.match(norm, end, end + 14)):
            return []  # "a Mozambican-owned sugar plant", "Soviet-style": no actor
        if _LANGUAGE_AFTER.match(norm, end, end + 20) or (
            _LANGUAGE_BEFORE.search(norm, max(0, start - 20), start)
            and not _NOUN_AFTER.match(norm, end, end + 3)
        ):
            return []  # "Spanish language", "said in French"
        return [Mention(start, end, "country", key, entry.name, "demonym", code)]
    if entry.kind == "seat":
        bare = surface.removeprefix("the ").removeprefix("The ")
        name = _canonical_places().get(bare, bare)
        place = Mention(start, end, "place", f"P:{name}", name, "name", code,
                        subkind="city" if surface[:1].isupper() and " " not in surface.strip()
                        or surface in _CITY_SEATS else "venue")
        if is_locative(norm, start) and not acted_on(norm, start):
            return [place]  # (not "appealed to Washington": "to" names whom it asks)
        if _GATHERING_AFTER.match(norm, end) is not None and _THE_BEFORE.search(
                norm, max(0, start - 5), start) is not None:
            return [place]  # "The Amman talks", "the Doha summit": where they were held
        prev = name_before(norm, start)
        if prev and (prev.group(1) in first_names or (
            " " not in surface and prev.group(1) not in _NOT_GIVEN_NAMES
            and not _is_title_word(prev.group(1)) and start - len(prev.group(0)) > 0
            and not _sentence_initial(norm, start - len(prev.group(0)))
        )):
            return []  # "George Washington", "Sudesh Amman": a person's name
        acts = acts_as_actor(norm, start, end)
        if entry.subkind == "weak" and not acts:
            return [place]
        if entry.subkind == "capital" and (
            not acts or norm.startswith("'", end) or prev is not None
        ):
            # the other capitals act only as a subject: "Kampala's traffic jams" is the
            # city's, "Dinamo Zagreb accused UEFA" a team's
            return [place]
        return [Mention(start, end, "country", key, entry.name, "metonym", code)]
    return []


#: a gathering or a text named after the place it was held in: "the Amman talks"
_GATHERING_AFTER = lazy_compile(rf"[ ](?:{alternation(PLACE_NAMED_GATHERINGS)})\b")
_THE_BEFORE = lazy_compile(r"\b(?:the|The|this|This|that|That)[ ]\Z")


def acted_on(norm: str, start: int) -> bool:
    """True when a verb that acts on a state stands right before ``start`` ("urged ",
    "appealed to ")."""
    return _ACTED_ON.search(norm, max(0, start - 24), start) is not None


def acts_as_actor(norm: str, start: int, end: int) -> bool:
    """True when the place name at ``[start, end)`` acts or is acted on as a state
    would be ("Washington imposed", "urged Pyongyang", "appealed to Washington")."""
    return _ACTS.match(norm[end : end + 30]) is not None or (
        acted_on(norm, start) and _NAME_AFTER.match(norm, end) is None  # "asked Paris Hilton"
    )


def _sentence_initial(norm: str, pos: int) -> bool:
    """True when the word at ``pos`` opens a sentence (or a quotation, a line)."""
    i = pos
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    return i == 0 or norm[i - 1] in ".!?\n\"'(:;"


def is_name_part(norm: str, start: int, end: int, first_names: frozenset[str]) -> bool:
    """True when the word at ``start..end`` is part of a person's name here: a given
    name before it ("Christopher Columbus") or, for a word that is a given name
    too, a capitalised word after it ("Charlotte Hornets", "Florence Pugh")."""
    prev = name_before(norm, start)
    if prev is not None and (prev.group(1) in first_names or (
        prev.group(1) not in _NOT_GIVEN_NAMES and not _is_title_word(prev.group(1))
        and start - len(prev.group(0)) > 0
        and not _sentence_initial(norm, start - len(prev.group(0)))
    )):
        return True
    if norm[start:end] in first_names:
        nxt = _NAME_AFTER.match(norm, end)
        if nxt is not None and nxt.group(1) not in _NOT_SURNAMES:
            return True
    return False


def _is_title_word(word: str) -> bool:
    from newsparse.actors.persons import title_word

    return title_word(word)


#: capitalised words that may stand before a seat without making it a surname
_NOT_GIVEN_NAMES = frozenset(
    {"The", "In", "On", "At", "To", "From", "And", "But", "For", "With", "After", "Before",
     "When", "While", "As", "By", "Of", "That", "If", "Then", "Both", "Meanwhile",
     "However", "Today", "Yesterday", "Officials", "Greater", "Central", "Downtown",
     "Northern", "Southern", "Eastern", "Western", "East", "West", "North", "South", "Old",
     "New", "Capitol", "Metropolitan", "Mr", "Mrs", "Ms", "Dr"}
)


def _bird_after(norm: str, end: int) -> bool:
    return regex.match(
        r"(?i:[ ]++(?:dinner|sandwich|sandwiches|breast|meat|legs?|farms?|farmers?|feathers?"
        r"|burgers?|bacon|gravy|hunt|hunting|shoot|season|trot)\b)",
        norm[end : end + 20],
    ) is not None


_NOT_SURNAMES = frozenset(
    {"The", "In", "On", "At", "And", "But", "President", "Prime", "King", "Queen", "Foreign",
     "River", "Valley", "Basin", "Lake", "Sea", "Armed", "Army", "Government", "Ministry",
     "Times", "Post", "News", "Embassy", "Airways", "Airlines", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
     "April", "June", "July", "August", "September", "October", "November", "December",
     "Is", "Was", "Has", "Will", "Says", "Said", "Today", "Mobile", "Telecom",
     # slogans: "an India Out campaign", "India First"
     "Out", "First", "Rising", "Forward", "Together", "Now", "Against", "Shining"}
)
_CITY_SEATS = frozenset({"Mexico City", "Kuwait City", "New Delhi", "Tel Aviv", "Abu Dhabi",
                         "Buenos Aires", "Addis Ababa"})
