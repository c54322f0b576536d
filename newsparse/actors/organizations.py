"""Organisation mentions: known bodies, capitalised names ending in an
organisation word, "Ministry of X" names, acronyms defined in parentheses, and
national institutions whose country comes from context ("the Iraqi Parliament",
"the U.S. Senate", "the Foreign Ministry of Iraq").
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterator, Sequence

import regex

from newsparse._regex import Breaks, lazy_compile, matches_at
from newsparse.actors.gazetteer import Entry, segment
from newsparse.actors.mentions import Mention, SpanIndex, spaced_words
from newsparse.data.organizations import COMPLEMENT_ENDS, DESCRIBED_GROUP_KINDS
from newsparse.data.text_vocab import MONTHS, WEEKDAYS

__all__ = [
    "acronym_definitions",
    "acronym_uses",
    "defined_organizations",
    "generic_organizations",
    "org_key",
    "org_mention",
]

# A capitalised run that may hold the small words names of bodies use; a possessive
# ends it, but for the plural nouns names hold ("Pakistan People's Party").
_APOSTROPHE = r"(?:'(?:(?!s(?![\p{L}]))|(?<=(?:People|Women|Children)')(?=s))[\p{L}\p{M}]*+)?+"
_WORD = (rf"(?:\p{{Lu}}\.(?:\p{{Lu}}\.)++|\p{{Lu}}[\p{{L}}\p{{M}}&-]*+{_APOSTROPHE}"
         r"|[0-9]{1,4}+)")
_SMALL = r"(?:of|for|the|and|on|de|du|des|del|la|le|&|in)"
#: the first word of a run (a _WORD), matched from its capital or digit with the
#: edge in a lookbehind: a pattern that opens with a character class lets the
#: scanner jump from candidate to candidate (a third faster than an opening
#: lookbehind tried at every offset)
_FIRST_WORD = (
    r"(?:\p{Lu}(?<=(?<![\p{L}\p{N}_])\p{Lu})(?:\.(?:\p{Lu}\.)++"
    rf"|[\p{{L}}\p{{M}}&-]*+{_APOSTROPHE})"
    r"|[0-9](?<=(?<![\p{L}\p{N}_])[0-9])[0-9]{0,3}+)"
)
_RUN = lazy_compile(rf"({_FIRST_WORD}(?:[ ]++(?:{_SMALL}[ ]++){{0,2}}{_WORD}){{0,15}})")
#: a capitalised word as _WORD starts it: every head word of a run is one
_CAP_WORD = lazy_compile(r"(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{M}&-]*+")
#: the characters no run can hold (runs are letters, marks, digits, "&-'." and spaces)
_OUTSIDE_RUNS = Breaks(r"[^\p{L}\p{M}0-9&'.\- ]")
#: words that join another with "and" inside a body's name ("Fish and Wildlife Service")
_AND_PAIRS = frozenset({"Securities", "Fish", "Arts", "Sciences", "Letters", "Customs",
                        "Alcohol", "Tobacco", "Firearms", "Drug", "Border", "Peace", "Freedom",
                        "Law", "Order", "Search", "Rescue", "Fire"})
#: what ministries and departments are "of" ("Health and Human Services")
_DOMAINS = frozenset(
    """Health Human Services Trade Industry Commerce Foreign Affairs Justice Labour Labor
    Energy Science Technology Culture Education Agriculture Food Environment Transport
    Transportation Communications Defence Defense Security Development Finance Economy
    Housing Urban Public Works Interior Home Immigration Tourism Sport Sports Youth Family
    Social Welfare Planning Infrastructure Water Resources Mines Petroleum Fisheries
    Information Media Research Innovation Investment Climate Veterans""".split()
)
def _complement_end(toks: Sequence[str], k: int, stops: frozenset[str]) -> int | None:
    """Where the capitalised phrase of up to three words from ``toks[k]`` ends, when it
    ends the run of capitalised words on a word of :data:`~newsparse.data.organizations.COMPLEMENT_ENDS` and holds no
    title word ("and Foreign Minister" is no part of a name), or None."""
    end = None
    for m in range(k, min(k + 3, len(toks))):
        tok = toks[m]
        if not tok[:1].isupper() or tok in _LEADING_STOP or tok.lower() in stops:
            if tok[:1].isupper():
                return None  # a title or stop word right after: "and Foreign Minister"
            break
        end = m
    if end is None or toks[end] not in COMPLEMENT_ENDS:
        return None
    if end + 1 < len(toks) and toks[end + 1][:1].isupper():
        return None  # the capitalised run goes on: not the end of the name
    return end


_THINGS = frozenset(
    """Act Law Bill Treaty Agreement Accord Accords Award Awards Prize Building Headquarters
    Report Program Programme Plan Protocol Convention Charter Declaration Resolution
    Amendment Code Doctrine Initiative Project Strategy Framework Summit Conference Meeting
    Hearing Inquiry Investigation Scandal Case Trial Ruling Decision Order Directive""".split()
)
_LEADING_STOP = frozenset(
    {"The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "From",
     "With", "After", "Before", "When", "While", "Since", "This", "That", "These", "Those",
     "Its", "His", "Her", "Their", "Our", "So", "Now", "Then", "Also", "Here", "There",
     "Yet", "Just", "Only", "Pre", "Former", "Late", "Monday", "Tuesday", "Wednesday",
     "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
     "May", "June", "July", "August", "September", "October", "November", "December",
     # a count opening the sentence: "Two Philippine Coast Guard vessels"
     # ("All Progressives Congress" is a name: "All" stays)
     "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several"}
)


def org_key(name: str, country: str | None) -> str:
    """The cluster key of an organisation."""
    return f"O:{country or '-'}:{name.lower()}"


def org_mention(norm: str, start: int, end: int, entry: Entry) -> Mention:
    """A mention of a known organisation."""
    how = "acronym" if entry.subkind == "acronym" else "name"
    return Mention(start, end, "organization", org_key(entry.name, entry.country), entry.name,
                   how, entry.country)


@functools.cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    from newsparse.data.organizations import ORG_HEADS, ORG_OF_HEADS

    return ORG_HEADS, ORG_OF_HEADS


@functools.cache
def _bare_names() -> frozenset[str]:
    from newsparse.data.organizations import BARE_INSTITUTIONS

    return BARE_INSTITUTIONS


@functools.cache
def _titles() -> frozenset[str]:
    from newsparse.data.titles import TITLES

    return TITLES


@functools.cache
def _title_words() -> frozenset[str]:
    from newsparse.data.actor_first_names import FIRST_NAMES
    from newsparse.data.titles import TITLES

    # one-word titles ("president", "spokesman") and given names end a body's name;
    # words of longer titles ("foreign", "health") may well be part of it
    return (frozenset(t for t in TITLES if " " not in t) | frozenset(
        n.lower() for n in FIRST_NAMES)) - frozenset(d.lower() for d in _DOMAINS)


@functools.cache
def head_segments() -> frozenset[str]:
    """What :meth:`Gazetteer.find_watching` watches for :func:`generic_organizations`:
    the segment (letters, digits, "_" up to the first other character) of every
    head word, so that it reports every start of a capitalised head word."""
    heads, of_heads = _heads()
    return frozenset(segment(h) for h in heads | of_heads)


#: names of states and bodies that end like plurals: "United States' National Basketball
#: Association" is the NBA of a state, not a name that holds the state
_STATE_PLURALS = frozenset({"Nations", "States", "Emirates", "Islands", "Philippines", "Netherlands",
                            "Bahamas", "Comoros", "Maldives", "Seychelles"})
#: a title word after "Cabinet" makes the two a title ("Cabinet Secretary")
_TITLE_AFTER_HEAD = frozenset({"Secretary", "Minister"})


#: words that make no name of their own before a bare chamber ("the National Congress",
#: "the Federal Senate", "the State Parliament"): the chamber itself
_CHAMBER_MODIFIERS = frozenset({"National", "Federal", "State", "Upper", "Lower", "Grand",
                                "General", "Supreme", "Central", "Legislative", "Constituent",
                                "Constitutional", "High", "The", "Foreign", "Interior",
                                "Defence", "Defense", "Health", "Finance", "Justice",
                                "Republican", "Democratic", "Democrat", "US", "U.S.",
                                # a preposition opening the sentence: "Outside Congress, ..."
                                "Outside", "Inside", "Near", "Behind", "Across", "Around",
                                "Within", "Into", "Towards", "Toward", "Beyond"})


def generic_organizations(
    norm: str,
    countries: Sequence[Mention],
    known: Sequence[Mention],
    places: Sequence[Mention] = (),
    head_starts: Sequence[int] | None = None,
    first_names: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Organisations named by a capitalised phrase around an organisation word
    ("House Judiciary Committee", "Cinema for Peace Foundation", "University of
    Kansas", "Ministry of Defence").  A country name or demonym at its start
    ("Iraqi Security Forces") gives its country and joins the name.

    The phrase grows from each head word: back over capitalised words (and
    "for"/"&" between two of them, never "of": "Chip Taylor of the University"
    names a person and a university), forward over "of/for (the)" and up to four
    capitalised words.

    ``head_starts``, when given, are offsets (ascending) among which every
    capitalised head word starts (from :meth:`Gazetteer.find_watching` with
    :func:`head_segments`); without them the text is scanned for head words.
    A given name in ``first_names`` ends the phrase: "UN High Commissioner for
    Refugees Filippo Grandi" is a title and a person.
    """
    heads, of_heads = _heads()
    stops = _title_words()
    by_end = {m.end: m for m in countries}
    country_starts = {m.start: m for m in countries}
    by_span = {(m.start, m.end): m for m in [*countries, *places] if m.country}
    country_index = SpanIndex(by_span)
    covered = SpanIndex((m.start, m.end) for m in known)
    bare = SpanIndex((m.start, m.end) for m in known if m.name in _bare_names())
    known_country = {(m.start, m.end): m.country for m in known}
    out: list[Mention] = []
    for m in _head_runs(norm, heads | of_heads, head_starts):
        spaced = spaced_words(m.group(1), m.start(1))
        words = [(s, e) for s, e, _ in spaced]
        toks = [tok for _, _, tok in spaced]
        n = len(toks)
        done = -1
        for i in range(n):
            if i <= done or toks[i] not in heads and not (
                toks[i] in of_heads and i + 2 < n and toks[i + 1] == "of"
            ):
                continue
            if toks[i] == "Cabinet" and i + 1 < n and toks[i + 1] in _TITLE_AFTER_HEAD:
                continue  # "Chief Cabinet Secretary Hayashi": a title, not the Cabinet
            # forward: more heads, or "of/for (the)" and capitalised words
            j = i
            while True:
                if j + 1 < n and toks[j + 1] in heads:
                    j += 1
                    continue
                if j + 2 < n and toks[j + 1] in ("of", "for", "on") and (
                    toks[j] in of_heads or toks[j] in heads
                ):
                    k = j + 2
                    if toks[k] == "the" and k + 1 < n:
                        k += 1
                    if not toks[k][:1].isupper() or toks[k] in _LEADING_STOP:
                        break
                    while k + 1 < n and k - j < 6 and toks[k + 1][:1].isupper() and (
                        toks[k + 1] not in _LEADING_STOP and toks[k + 1].lower() not in stops
                        and toks[k + 1] not in first_names
                    ):
                        k += 1
                    j = k
                    continue
                if j + 2 < n and toks[j + 1] in ("and", "&") and toks[j + 2][:1].isupper() and (
                    j > i and toks[i + 1] == "of" and toks[j] in _DOMAINS
                    and toks[j + 2] in _DOMAINS
                    # (not "Ministry of Defence and Foreign Minister X": a title after "and")
                    and not (j + 3 < n and toks[j + 3].lower() in stops)
                ):
                    j += 2  # "Department of Health and Human Services"
                    while j + 1 < n and j - i < 9 and toks[j + 1][:1].isupper() and (
                        toks[j + 1] not in _LEADING_STOP and toks[j + 1].lower() not in stops
                    ):
                        j += 1
                    continue
                closing = _complement_end(toks, j + 2, stops) if j + 2 < n and j > i and toks[
                    i + 1] in ("of", "for") and toks[j + 1] in ("and", "&") else None
                if closing is not None:
                    # "Centre for Democracy and Human Rights": the second half of its purpose
                    j = closing
                    continue
                break
            if j + 1 < n and toks[j + 1] in _THINGS:
                done = j + 1
                continue  # "Tenure of Office Act": the name of a thing, not of a body
            # back: capitalised words, across "for"/"&" between two of them
            s = i
            while s - 1 > done:
                t = toks[s - 1]
                if t[:1].isupper() and t not in _LEADING_STOP and (
                    not t.endswith("ed") or t in ("United", "Federated", "Allied") or (
                        # "Chilean Armed Forces", "the Armed Forces of the Philippines",
                        # not "the Armed Forces" alone
                        t == "Armed" and ((s - 2 > done and toks[s - 2][:1].isupper()
                                           and toks[s - 2] not in _LEADING_STOP)
                                          or (j > i and toks[i + 1] == "of")))
                ) and not t.endswith(("-led", "-backed", "-based", "-born", "-run", "-owned")) and (
                    # "Ceylon Teachers' Union", "Workers' Party": a plural possessive right
                    # before the head word is part of the name
                    # ("Lublin Farmers' Protest Committee": before another word of the name too)
                    not t.endswith("'") or (t.endswith("s'") and (s == i or t[:-1] not in _STATE_PLURALS))
                ):
                    s -= 1
                elif t in ("for", "&", "and") and s - 2 > done and toks[s - 2][:1].isupper() and (
                    toks[s - 2] not in _LEADING_STOP and (t != "and" or (
                        toks[s - 2] in _DOMAINS or toks[s - 2] in _AND_PAIRS or (
                            not toks[s - 2].isupper() and toks[s - 2] not in heads)))
                ):
                    s -= 2  # "Cinema for Peace Foundation", "Securities and Exchange Commission"
                else:
                    break
            done = j
            start, end = words[s][0], words[j][1]
            text = norm[start:end].rstrip(".,")
            end = start + len(text)
            # "Court of Bosnia and Herzegovina": the country the name ends in, whole
            last = next((c for c in (country_starts.get(w[0]) for w in words[i + 1 : j + 1])
                         if c is not None and c.end > end), None)
            if last is not None and norm.endswith(" of ", 0, last.start):
                end = last.end
                text = norm[start:end]
            if " " not in text:
                continue  # one word: "Council", "Forces" alone name nothing
            # "Nigeria Labour Congress", "Trades Union Congress": "Congress" at the end of a
            # name of its own (a word before it that names no country nor party)
            own_words = toks[j] == "Congress" and bare.overlaps(*words[j]) and any(
                not country_index.within(*words[k]) and toks[k] not in _CHAMBER_MODIFIERS
                and toks[k][:1].isupper() for k in range(s, j))
            if covered.covers_whole(start, end) or (bare.overlaps(start, end) and not own_words and not (
                    toks[j] in heads and not bare.overlaps(*words[j]))):
                continue  # a known name covers it (a longer one wins in filter_overlaps);
                # "Senate of Puerto Rico": a bare chamber takes its country later (not
                # "Malawi Congress Party", whose last head word is no bare name)
            country = None
            pre = by_end.get(start - 1)
            if pre is not None and norm[pre.end : start] == " ":
                country = pre.country
                start = pre.start
            inner = [by_span[x] for x in country_index.within(start, end)]
            if country is None and inner:
                country = inner[0].country
            lead = [c for c in inner if c.start == start]
            if lead and norm[lead[0].end : lead[0].end + 1] == " " and covered.covers_whole(
                lead[0].end + 1, end
            ) and known_country.get((lead[0].end + 1, end), lead[0].country) in (None, lead[0].country):
                # "Iraqi Parliament": a country and a known body, joined later (not "the
                # Maldivian Democratic Party": a party of its own, no American one)
                continue
            name = norm[start:end]
            out.append(Mention(start, end, "organization", org_key(name, country), name,
                               "name", country))
    return out


def _head_runs(
    norm: str, heads: frozenset[str], starts: Sequence[int] | None = None
) -> Iterator[regex.Match[str]]:
    """The matches of _RUN over ``norm`` that hold one of ``heads``.

    Most capitalised runs hold no head word, and _RUN is slow to run over a whole
    text, so it runs only over the stretches between two characters no run can
    hold that contain a head word.  A run never crosses such a character, so the
    runs found there are those a scan of the whole text finds.

    ``starts`` (ascending) may name more places than the head words' starts: a
    stretch with no head word in a run gives nothing.
    """
    if starts is None:
        starts = [w.start() for w in _CAP_WORD.finditer(norm) if w.group() in heads]
    end = -1
    for at in starts:
        if at < end:
            continue  # in the stretch just scanned
        # (a capital is no break: the stretch around it holds its whole word)
        start, end = _OUTSIDE_RUNS.around(norm, at, at + 1)
        for m in _RUN.finditer(norm, start, end):
            if not heads.isdisjoint(m.group(1).split()):
                yield m


_DEFINED = lazy_compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'-]*+(?:[ ](?:(?:of|for|the|and|on|in|de|du|des)[ ])?+"
    r"\p{Lu}[\p{L}'-]*+){1,8}+)[ ]\((\p{Lu}[\p{Lu}\p{N}&-]{1,7}+)\)"
)


# _DEFINED tried at every capital is slow; an acronym in parentheses is rare and
# quick to find (a literal " ("), and the name before it holds only letters,
# "'", "-" and spaces, so _DEFINED is tried only at the capitals of that stretch
_PAREN_ACRONYM = lazy_compile(r"[ ]\((?=\p{Lu}[\p{Lu}\p{N}&-]{1,7}+\))")
_NAME_BREAK_BEFORE = lazy_compile(r"(?r)[^\p{L}'\- ]")
_NAME_START = lazy_compile(r"(?<![\p{L}\p{N}])\p{Lu}")


def _defined_starts(norm: str) -> Iterator[int]:
    """The offsets where _DEFINED may match, in order."""
    for paren in _PAREN_ACRONYM.finditer(norm):
        brk = _NAME_BREAK_BEFORE.search(norm, 0, paren.start())
        for m in _NAME_START.finditer(norm, brk.end() if brk else 0, paren.start()):
            yield m.start()


def defined_organizations(norm: str, taken: SpanIndex) -> list[Mention]:
    """ "Syrian Observatory for Human Rights (SOHR)": a capitalised name followed by an
    acronym made of its initials is an organisation, whatever its head word."""
    out = []
    last_use: dict[str, int] | None = None  # each capitalised token's last place, made once
    for m in matches_at(_DEFINED, norm, _defined_starts(norm)):
        words = m.group(1).split()
        lead = 0
        if len(words) > 2 and words[0] in ("The", "A", "An"):
            # "The Barisan Revolusi Nasional (BRN)" opening a sentence: "The" is no part
            lead = len(words[0]) + 1
            words = words[1:]
        # hyphenated words give an initial per capitalised part ("Tehreek-e-Insaf")
        initials = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
        acronym = m.group(2).replace("-", "").replace("&", "")
        # the acronym's letters, in order, among the initials (allowing skipped words)
        it = iter(initials)
        if not acronym or acronym[0] != initials[0]:
            continue
        if not all(ch in it for ch in acronym) or len(acronym) < max(2, len(initials) // 2):
            if last_use is None:
                last_use = {t.group(): t.start() for t in _CAPS_TOKEN.finditer(norm)}
            if not _translated_acronym(m, words, acronym, last_use):
                continue
        start, end = m.start(1) + lead, m.end(1)
        if taken.covers_whole(start, end) or norm[start:end].lower() in _titles():
            continue  # "Member of Parliament (MP)" is a title
        heads, of_heads = _heads()
        if any(w in _THINGS for w in words) or not (
            any(w in heads or w in of_heads for w in words) or _named_again(norm, m, words, acronym)
        ):
            continue  # "Automatic Identification System (AIS)": a thing, not a body
        name = norm[start:end]
        out.append(Mention(start, end, "organization", org_key(name, None), name, "name"))
    return out


def _translated_acronym(
    m: regex.Match[str], words: list[str], acronym: str, last_use: dict[str, int]
) -> bool:
    """"the Front for Change and Concord in Chad (FACT)": an acronym of the name in another
    language (French here) spells no English initials; it stands for a body when the name
    has a head word and runs over several parts, and the acronym is used again later
    (``last_use``: where each capitalised token of the text stands last)."""
    heads, _ = _heads()
    if len(acronym) < 3 or len(words) < 4 or not any(w in heads for w in words):
        return False
    return last_use.get(acronym, -1) > m.end()


#: a capitalised token standing alone (not inside parentheses right after "(")
_CAPS_TOKEN = lazy_compile(r"(?<![\p{L}\p{N}(])\p{Lu}[\p{Lu}\p{N}&]*+(?![\p{L}\p{N})])")


def _named_again(norm: str, m: regex.Match[str], words: list[str], acronym: str) -> bool:
    """A name in another language with no head word ("Barisan Revolusi Nasional (BRN)")
    is a body when its acronym spells every word's initial and acts later in the text
    ("The BRN demanded ..."); not a measure or a device ("Gross Domestic Product (GDP)")."""
    # the capitalised parts of hyphenated words count too: "Pakistan Tehreek-e-Insaf (PTI)"
    parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
    if len(acronym) < 3 or len(parts) != len(acronym) or any(w in _MEASURE_WORDS for w in words):
        return False
    if "".join(p[0] for p in parts) != acronym:
        return False
    # ... as one who acts: "The BRN demanded", "the PTI would appeal" (not "the ISS for a stay")
    return regex.search(rf"(?<![\p{{L}}(]){regex.escape(acronym)}[ ]++(?:(?:has|have|had|also)[ ]++)?+"
                        r"(?:said|says|would|will|[a-z]++(?<=ed))\b", norm[m.end() :]) is not None


#: the last word of a measure or a device: "Gross Domestic Product", "Consumer Price Index"
_MEASURE_WORDS = frozenset(
    """Product Index Rate Price System Standard Test Time Zone Number Level Value Model Unit
    Units Area Score Ratio Disorder Syndrome Virus Vehicle Vehicles Missile Missiles Launcher
    Device Satellite Reactor Equipment Technology Protocol Mechanism Facility Fund Linux
    Software Edition Version Engine Browser Station Income Manager Master Offering Regulation
    Fever Share Investment Directive Disease Flu Tax Credit Loan Bond Exchange""".split()
)


_ACRONYM_DEF = lazy_compile(r"[ ]?+\((\p{Lu}[\p{Lu}\p{N}&]{1,7}+)\)")


def acronym_definitions(norm: str, orgs: list[Mention]) -> dict[str, Mention]:
    """Acronyms defined right after an organisation: "Syrian Democratic Forces (SDF)"."""
    out: dict[str, Mention] = {}
    for m in orgs:
        # (a parenthesis must open right after the name or one space on)
        d = _ACRONYM_DEF.match(norm, m.end) if norm.startswith(("(", " ("), m.end) else None
        if d:
            out.setdefault(d.group(1), m)
    return out


#: where a defined acronym may be used: 2 to 8 acronym characters (what
#: _ACRONYM_DEF takes) at a word start; overlapped: "AB&CD" holds a second start
#: after "&" (bounded, so that overlapping runs stay linear)
_ACRONYM_RUN = lazy_compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]{1,7}+")
_LETTER_OR_DIGIT = lazy_compile(r"[\p{L}\p{N}]")


def acronym_uses(norm: str, acronyms: Collection[str]) -> list[tuple[int, int, str]]:
    """Every (start, end, acronym) where one of ``acronyms`` (as
    :func:`acronym_definitions` finds them) is used as a word.

    At a word start the longest acronym wins, and only where it ends the word
    ("SDF" in "SDF's", not in "SDFs"; "AB&C" hides "AB" in "AB&Cx").  The run of
    acronym characters at a word start holds every acronym starting there, so a
    dict look-up of its prefixes does what a regex of the acronyms would, without
    compiling one per text.
    """
    if not acronyms:
        return []
    longest = max(map(len, acronyms))
    out: list[tuple[int, int, str]] = []
    firsts = {a[:1] for a in acronyms}  # most runs ("US", "UN") start no acronym here
    end = 0
    for m in _ACRONYM_RUN.finditer(norm, overlapped=True):
        start = m.start()
        if start < end:
            continue
        run = m.group()
        if run[:1] not in firsts:
            continue
        size = next((n for n in range(min(len(run), longest), 0, -1) if run[:n] in acronyms), 0)
        if not size or _LETTER_OR_DIGIT.match(norm, start + size):
            continue
        end = start + size
        out.append((start, end, run[:size]))
    return out


#: the lower-case kinds of body a name may follow ("the grid operator Ukrenergo")
_BODY_KINDS = ("company", "bank", "operator", "supplier", "marketer", "firm", "producer",
               "manufacturer", "maker", "utility", "airline", "broadcaster", "insurer", "lender",
               "miner", "developer", "exporter", "importer", "refiner", "retailer", "association",
               "federation", "lobby", "conglomerate", "agency", "union", *DESCRIBED_GROUP_KINDS)
#: a body's kind in lower case, a few words before it, then its name (a capitalised word
#: or two, or an acronym): "the grid operator Ukrenergo", "the Slovak gas supplier SPP",
#: "Mozambique's state utility EDM"
_NAMED_AFTER_KIND = lazy_compile(
    r"\b(?:[Tt]he|[Aa]n?+|\p{Lu}[\p{L}-]*+'s)[ ](?:[\p{L}-]++'?+[ ]){0,4}?"
    rf"(?P<kind>{'|'.join(_BODY_KINDS)})(?:,[ ]|[ ])"
    # (a name's own small word: "the rights group Ain o Salish Kendra")
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'-]*+(?:[ ](?:(?:o|e|y|de|del|da|do|al|el|wa)[ ])?+\p{Lu}[\p{L}\p{N}&'-]*+){0,3}+)"
    r"(?=[ ,.;:)]|'s|\Z)"
)
#: a speaker set off by commas after a kind: "The group, Smith said, would"
_SAID_AFTER = lazy_compile(r"[ ](?:said|says|told|added|wrote)\b")


#: a post in the body named next: "the head of (the UN refugee agency, Filippo Grandi)"
_HEAD_OF_BEFORE = lazy_compile(
    r"\b(?i:head|chief|director|director-general|leader|boss|chair|chairman|chairwoman|president|"
    r"secretary-general|spokesman|spokeswoman|spokesperson|envoy|representative)[ ]of[ ]\Z")


#: a character of a word as the pattern's "\b" sees it (not str.isalnum: "²" is no word's)
_WORD_CHARACTER = lazy_compile(r"\w")


def _named_after_kind(norm: str) -> Iterator[regex.Match[str]]:
    """What ``_NAMED_AFTER_KIND.finditer(norm)`` finds, the pattern tried only at
    the word starts of the five words before a kind word: most texts hold few
    kind words, and tried at every "the" the pattern cost a twentieth of the
    actor stage."""
    starts: set[int] = set()
    for kind in _BODY_KINDS:
        at = norm.find(" " + kind)
        while at >= 0:
            if norm[at + len(kind) + 1 : at + len(kind) + 2] in (",", " "):
                # a match has at most five spaces from its first word to the kind
                lo = at
                for _ in range(5):
                    lo = norm.rfind(" ", 0, lo)
                    if lo < 0:
                        break
                # every word start from there on: the first word may follow a space,
                # a bracket or a line break
                starts.update(i for i in range(lo + 1, at) if norm[i].isalpha() and (
                    not i or _WORD_CHARACTER.match(norm, i - 1) is None))
            at = norm.find(" " + kind, at + 1)
    return matches_at(_NAMED_AFTER_KIND, norm, sorted(starts))


#: capitalised words that describe a group or a place, never a body's name on their own
#: ("the Sunni militia", "a company Western officials linked to Iran")
_NO_BODY_NAMES = frozenset(
    "Sunni Shiite Shia Shi'ite Druze Alawite Christian Catholic Muslim Islamist Jihadist "
    "Jewish Hindu Buddhist Arab Kurdish Yemeni Somali Pashtun Hutu Tutsi Baloch Tribal Local "
    "Rival Armed Western Eastern Northern Southern Central Islamic Militant Government State "
    "Federal Regional National Foreign Chinese Russian".split())
#: capitalised words of the calendar, never a body's name ("the airline Monday said"):
#: the weekdays and the months written in full (data/text_vocab.py)
_CALENDAR_WORDS = frozenset(
    [day.capitalize() for day in WEEKDAYS if day.endswith("day")]
    + [max((k for k in MONTHS if MONTHS[k] == n), key=len).capitalize() for n in range(1, 13)])
#: "the Los Lobos gang", "the rival Los Choneros gang", "the Sinaloa cartel": a name
#: (not a demonym: "the Mexican cartel") before a lower-case armed group's noun
_DESCRIBED_GANG = lazy_compile(
    r"\b[Tt]he[ ](?:(?:rival|powerful|notorious|main|armed|criminal|drug)[ ])?+"
    r"(\p{Lu}[\p{L}\p{M}'-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'-]*+){0,3}+)(?<!ic|an|al|ese|ish|'s)"
    r"[ ](?:gang|cartel|militia)s?+\b"
)
#: "the far-right Vox party", "the opposition PTI party": a capitalised name before a
#: lower-case "party" the text describes
_DESCRIBED_PARTY = lazy_compile(
    # a lower-case description first ("far-right", "ruling", "opposition"): "the Democratic
    # party", "the President's party" name no party of their own; nor do adjectives
    # (a political description: not "the annual Christmas party")
    r"\b[Tt]he[ ](?:(?:main|largest|small|junior|new|rival|former)[ ])?+(?:ruling|opposition|governing|"
    r"far-right|far-left|right-wing|left-wing|hard-right|hard-left|conservative|liberal|nationalist|"
    r"centrist|centre-right|center-right|centre-left|center-left|populist|islamist|communist|socialist|"
    r"separatist|hardline|coalition|pro-[a-z]++|anti-[a-z]++)[ ]"
    r"(\p{Lu}[\p{L}\p{M}'-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'-]*+){0,3}+)(?<!ic|an|al|ist|ive|ish|'s)[ ]party\b"
)


def described_parties(norm: str, taken: SpanIndex) -> list[Mention]:
    """Parties named before a lower-case "party": "the far-right Vox party" is Vox; and
    armed groups before "gang", "cartel" or "militia": "the Los Lobos gang"; with the
    other places the text names them alone ("Sanchez accused Vox of lying")."""
    out: list[Mention] = []
    names: dict[str, None] = {}
    if " party" in norm:
        names.update((m.group(1), None) for m in _DESCRIBED_PARTY.finditer(norm)
                     if not taken.overlaps(*m.span(1)))
    if " gang" in norm or " cartel" in norm or " militia" in norm:
        names.update((m.group(1), None) for m in _DESCRIBED_GANG.finditer(norm)
                     if not taken.overlaps(*m.span(1)) and m.group(1) not in _NO_BODY_NAMES)
    # "the grid operator Ukrenergo", "the German state development bank KfW", "the state
    # oil marketer, SOMO,": a body's kind in lower case, then its name
    for m in _named_after_kind(norm):
        name = m.group("name")
        if _HEAD_OF_BEFORE.search(norm, max(0, m.start() - 40), m.start()) is not None \
                and norm.startswith(",", m.start("name") - 2):
            continue  # "The head of the UN refugee agency, Filippo Grandi": its head, a person
        if norm.startswith(",", m.start("name") - 2) and (
                _SAID_AFTER.match(norm, m.end("name")) or m.group("kind") in DESCRIBED_GROUP_KINDS):
            # "The group, Smith said, would sue": the one quoted; "An adviser to the group,
            # Bashir Hamid Ali,": a person in apposition (a group's name follows its noun)
            continue
        if not taken.overlaps(*m.span("name")) and name.split(" ", 1)[0].lower() not in _titles() \
                and name not in _CALENDAR_WORDS and name not in _NO_BODY_NAMES:
            names[name] = None
    if not names:
        return out
    # one scan of the capitalised words for all the names, looked up by their first
    # word (longest first): linear however many names a text defines
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name.split(" ", 1)[0], []).append(name)
    for w in _CAPITALISED_WORD.finditer(norm):
        for name in by_first.get(w.group(), ()):
            end = w.start() + len(name)
            if norm.startswith(name, w.start()) and not _WORD_GOES_ON.match(norm, end) \
                    and not taken.overlaps(w.start(), end):
                out.append(Mention(w.start(), end, "organization", org_key(name, None), name,
                                   "name"))
                break
    return out


_CAPITALISED_WORD = lazy_compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'-]*+")
_WORD_GOES_ON = lazy_compile(r"[\p{L}\p{N}]")
