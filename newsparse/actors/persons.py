"""Persons: capitalised name sequences with their title and country from context.

A run of capitalised words becomes a person when a title stands before it
("President Emmanuel Macron", "Mr Smith"), when its first word is a known given
name, or when two or more name-like words stand in mid-sentence.  The title
phrase before the name ("Ukraine's President", "his Russian counterpart", "Its
president,") or an apposition after it ("Bashar al-Assad, Syria's president")
gives the title and the country.  Runs that hold a month, a weekday or a word of
a place or thing name ("Sea", "Street", "War") are no persons.

Speed (issue 6): one pass of the run pattern over the masked text, jumping from
capital to capital; words standing alone in the text itself are looked up only
where they occur; the title lookups start from the last word before a name.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from newsparse._regex import Breaks, lazy_compile, phrase_alternation
from newsparse.actors.mentions import Mention, is_locative, spaced_words
from newsparse.model import Span

__all__ = [
    "PERSON_STOP_WORDS", "PersonHit", "TitleInfo", "after_name", "find_persons", "plural_titles", "title_after",
    "title_as", "title_before",
]

#: the lowercase article or kin word glued to an Arabic name ("al-Assad", "bin-Laden")
_PREFIX = r"(?:al|el|ad|as|ash|ar|an|at|az|ul|bin|ibn|abu|ben)-"
#: a name word after its first capital: "acron", "cDonald", "-Pierre", "'Brien"
_W_REST = (
    r"[\p{Ll}\p{M}]*+(?:\p{Lu}[\p{Ll}\p{M}]++)?+"
    r"(?:(?:-|'(?!s(?![\p{L}])))\p{L}[\p{Ll}\p{M}]*+)*+(?![\p{L}\p{M}])"
)
_W = rf"(?:{_PREFIX})?+\p{{Lu}}{_W_REST}"
_I = r"\p{Lu}\.(?:\p{Lu}\.)?+"
_P = (r"(?:bin|ibn|bint|al|el|de|da|di|do|dos|das|del|della|der|den|van|von|la|le|du|ben"
      r"|abu|y|zu|ter|dela|St\.)")
#: no letter, digit or name punctuation before a run
_EDGE = r"(?<![\p{L}\p{N}_.'-])"
#: the first word of a run (an initial or a name word), matched from its capital
#: with the edge (and any prefix, captured as "pre") in a lookbehind: a pattern
#: that opens with a capital lets the scanner jump from capital to capital
#: instead of trying the word alternatives at every position (twice as fast)
_FIRST = (
    rf"\p{{Lu}}(?:(?<={_EDGE}\p{{Lu}})(?:\.(?:\p{{Lu}}\.)?+|{_W_REST})"
    rf"|(?<={_EDGE}(?P<pre>{_PREFIX})\p{{Lu}}){_W_REST})"
)
#: a run of capitalised name words, particles inside: words and particles parted
#: by spaces alone, so splitting a run at its spaces gives its tokens
_RUN = lazy_compile(rf"{_FIRST}(?:[ ]++(?:{_P}[ ]++){{0,2}}(?:{_I}|{_W})){{0,5}}")
_PARTICLES = frozenset(regex.findall(r"[\w.]+", _P)) - {"St."}
_INITIALS = lazy_compile(r"(?:\p{Lu}\.)++")
#: initials that stand for a place, never for a given name
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "N.Y.", "D.C.", "L.A.", "N.J.", "E.U.", "U.N.",
                             "S.F.", "N.C.", "S.C.", "U.A.E."})

_STOP = frozenset(
    """The A An In On At For But And Or If As By From With After Before When While Since
    This That These Those Its His Her Their Our My Your We They He She It I You Also Then
    There Here What Which Who Whom Why How Where Meanwhile However Although Though Despite
    During Under Over Between Among Against Into Onto Upon Until Unless According Speaking
    Asked Like Unlike Both Either Neither Each Every All Some Many Most Several Other Another
    Such Last Next Early Late Earlier Later Today Yesterday Tomorrow Tonight Now Recently
    Former Acting Interim Then Dear Thank Thanks Yes No Not Nor So Yet Still Even Only Just
    Once Twice About Above Below Around Through Throughout Within Without Toward Towards
    Including Following Amid Amidst Via Per Sir Madam One Two Three Four Five Six Seven Eight
    Nine Ten First Second Third Breaking Update Updated Read More See Watch Listen Photo Video
    Live Exclusive Analysis Opinion Editorial Sources Source Related Share Tweet Email Print
    Mr Mrs Ms Dr Mr. Mrs. Ms. Dr. Prof Prof. Gov. Sen. Rep. Gen. Lt. Col. Capt. Adm. Sgt.
    Republican Republicans Democrat Democrats Democratic Conservative Labour Liberal Tory
    God Allah Jesus Christ Lord Internet Christmas Easter Eid Brexit Covid COVID
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Female Male Longtime Veteran Senior Junior Elderly Local Voter Voters
    Comrade Cde To Because Afterwards Whereas Does Did Do Is Are Was Were Has Have Had Will
    Would Can Could Should Might Must Let Please I'm I've I'd I'll Image Images Photo Photos
    Podcaster Announced Multiple Occupied Never End Team""".split()
)  # ("Jan" is none: a given name, "Jan Egeland"; the month is "Jan." or "Jan 5")
#: capitalised words that open a run and are no given name (shared with actors.assembly)
PERSON_STOP_WORDS = _STOP
#: titles that, inside a capitalised run, end whatever stands before them
#: ("Senior Superintendent Yolanda Yu", "Alachua Sheriff"); surnames that are also
#: titles ("John Major", "Stephen King") are not in this list
_MID_TITLES = frozenset(
    """president vice-president professor superintendent co-author author sheriff senator
    governor minister secretary spokesman spokeswoman spokesperson director chairman
    chairwoman ceo inspector commissioner ambassador officer detective researcher
    scientist student coach editor premier chancellor councillor councilman congressman
    congresswoman assemblyman assemblywoman representative deputy""".split()
)

_NONNAME = frozenset(
    """Sea Ocean River Lake Mountain Mountains Mount Island Islands Bay Gulf Strait Canal
    Nile Euphrates Tigris Mekong Danube Ganges Indus Yangtze Zambezi Limpopo Orinoco Dnieper
    Dniester Volga Amur Brahmaputra Irrawaddy Rhine Vistula Himalayas Alps Andes Sahara Sahel
    Street Avenue Road Square Park Bridge Airport Station Hotel Palace Castle Tower Towers
    Hall Building Center Centre Stadium Arena Museum Library Cathedral Mosque Church Temple
    Hospital School Academy Prize Award Awards Cup Games Olympics Championship Championships
    Festival War Wars Revolution Agreement Accord Accords Treaty Deal Act Law Amendment
    Constitution Declaration Plan Initiative Program Programme Project Summit Conference
    Forum Day Days Week Year Eve Christmas Easter Eid Thanksgiving Brexit Covid
    Coronavirus Internet Province Region District County City Republic Kingdom Empire
    Valley Desert Peninsula Coast Heights Strip Bank Airlines Airways University College
    Times Post News Journal Daily Herald Tribune Gazette Magazine Review Report Reports
    Index Online Twitter Facebook Instagram YouTube Google Apple Microsoft Amazon God Allah
    Jesus Christ Lord Parliament Senate Congress Assembly Council Committee Commission Court
    Ministry Department Office Agency Party Army Navy Forces Force Police Guard Union League
    Federation Organization Organisation Association Institute Foundation Fund Group Company
    Corporation Inc Ltd Authority Administration Government Cabinet Legislature Security
    Intelligence Defense Defence Affairs Justice Health Treasury Foreign Interior Human
    Rights Nations United National International Federal State States Royal Supreme Central
    Democratic Republican Socialist Communist Liberal Conservative Labour Green Islamic
    Muslim Christian Jewish Catholic Orthodox Protestant Arab Kurdish Northern Southern
    Eastern Western North South East West Central Upper Lower Greater Old New Saint Fort
    Port Air Force Space Station Global World Europe European Asia Asian Africa African
    America American Americas Latin Atlantic Pacific Arctic Antarctic Middle Near Far
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Prime Minister President
    Secretary General Chief Director Chairman Speaker Governor Senator Representative
    Ambassador Envoy Leader Spokesman Spokeswoman Spokesperson Mayor King Queen Prince
    Princess Pope Emperor Sheikh Emir Sultan Crown Vice Deputy Acting Former Capitol
    Embassy Consulate Media Press Radio Television TV Network Channel Service Services Army
    Coalition Alliance Front Movement Brigade Brigades Regiment Battalion Division Corps
    Member Members Marine Marines Airport Terminal Zone Base Camp Prison Jail Detention
    Facility Plaza
    Mall Market Exchange Stock Index Dollar Euro Pound Yen Ruble Rouble Yuan Bitcoin
    Olympic Olympics Paralympics Grand Prix Open Series Tour Marathon Medal Oscar Oscars
    Grammy Emmy Nobel Peace Prize Order Medal Cross Legion Doctrine Initiative Policy
    Climate Energy Oil Gas Nuclear Missile Missiles Bomb Virus Vaccine Disease Syndrome
    Flu Fever Storm Hurricane Typhoon Cyclone Earthquake Tsunami Flood Fire Operation
    Parish Borough Township Prefecture Oblast Governorate Municipality Village Town Sur
    Norte Convention Expo System Component Tribe Tribes Lodge Fault Trench Partners
    Partnership Tracker Connector Trek Parenthood Tissue Paper Products Labs Laboratory
    Laboratories Studios Records Entertainment Pictures Films Productions Linux Windows
    Sclerosis Spectrometry Landscape Voices Protests Licensed Life""".split()
)

_REPORT_AFTER = lazy_compile(
    r"^(?:'s[ ]|[ ]?+,[ ]++(?:who|a|an|the|whose|aged|\d)|[ ]++(?:said|says|told|added|stated"
    r"|wrote|tweeted|announced|explained|noted|argued|asked|replied|warned|insisted|claimed"
    r"|denied|admitted|confirmed|testified|resigned|died|was|is|has|had|will|would"
    r"|met|meets|spoke|speaks|convened|visited|visits|hosted|hosts|received|welcomed|urged"
    r"|called|signed|phoned))"
)
_REPORTERS = frozenset({"said", "says", "told", "to", "by", "with", "and", "of", "spokesman",
                        "spokeswoman", "spokesperson"})


#: verbs done to a person, right before a name of two or more words: "sanctioned Qasem
#: Soleimani", "arrested Wafula Chebukati" (the name's words are no place or body: those
#: are taken before persons are looked for)
_DONE_TO_PERSONS = frozenset({
    "arrested", "detained", "jailed", "imprisoned", "sentenced", "executed", "assassinated",
    "pardoned", "extradited", "deported", "kidnapped", "abducted", "freed",
    "indicted", "convicted", "acquitted", "sanctioned", "sacked",
    "telephoned", "phoned", "congratulated", "interrogated",
})


def _reported_before(norm: str, start: int) -> bool:
    """ "said X Y", "according to X Y", "by X Y", "arrested X Y": a word that introduces
    a person."""
    if start == 0 or norm[start - 1] != " ":
        return False
    words = norm[max(0, start - 20) : start].split()
    return bool(words) and (words[-1] in _REPORTERS or words[-1] in _DONE_TO_PERSONS)


_PLACE_FIRST = frozenset(
    """San Santa Santo Los Las El La Le Porto Puerto Port Fort Saint St. Lake Mount Cape
    North South East West Upper Lower New Old Great Little Grand Bay Glen Ras Tell Ain Wadi
    Jabal Jebel Kafr Deir Beit Bir Khan Tal Bab Sidi Ciudad Villa Bandar Kota Notre Holy
    Sacred Crew""".split()
)
_COMMON_SUFFIXES = tuple(
    """ity ities ation ations ment ments ness ology ogy ics ism isms ists ies ship ence ical
    ional ural ive ives ous ions ing ings ers ance ances ery ories tion sion phy""".split()
)
_EXEMPT_SUFFIX = frozenset({"Jinping", "Vance", "Sanders", "Peters", "Rogers", "Waters",
                            "Summers", "Powers", "Manning", "Fleming", "Browning", "Cummings"})


_COMPOUND_ENDS = ("-backed", "-led", "-based", "-born", "-era", "-style", "-owned", "-run",
                  "-linked", "-aligned", "-allied", "-controlled", "-funded", "-made")


@functools.lru_cache(maxsize=16)
def _words_of(titles: frozenset[str]) -> frozenset[str]:
    """Every word of every title (the built-in ones and the caller's), but the
    portfolios of ministers ("Home", "Public")."""
    built_in = _title_data()[0]
    return _title_data()[5] | frozenset(w for t in titles - built_in for w in t.split())


def title_word(word: str) -> bool:
    """True when ``word`` is (part of) a title ("President", "Foreign")."""
    return word.lower() in _title_data()[5]


@attrs.frozen(slots=True)
class TitleInfo:
    """The title phrase around a name.

    Attributes:
        title: the title as written ("President"), None for courtesy-only or none.
        country: the country the phrase names, or None.
        start: where the phrase starts (== the name start when there is none).
        courtesy: True when a courtesy title ("Mr") stands there.
        det: the determiner that opens the phrase ("Its", "his"), or None.
        org: the key of an organisation in the phrase ("NATO Secretary-General").
        complement: True when a complement parts title and name ("Ambassador to
            Germany Richard Grenell"): not enough to make one word a name.
        pair: for the two names after "Their interior ministers", 0 for the first and
            1 for the second (each takes a state of the pair named before), else -1.
    """

    title: str | None = None
    country: str | None = None
    start: int = 0
    courtesy: bool = False
    det: str | None = None
    org: str | None = None
    complement: bool = False
    pair: int = -1

    @property
    def found(self) -> bool:
        return self.title is not None or self.courtesy


@functools.cache
def _title_data() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str],
                           dict[str, str], frozenset[str]]:
    from newsparse.data.titles import (
        ABBREVIATIONS,
        COURTESY,
        PARTY_COUNTRY,
        TITLE_MODIFIERS,
        TITLE_WORDS,
        TITLES,
    )

    return TITLES, COURTESY, ABBREVIATIONS, TITLE_MODIFIERS, PARTY_COUNTRY, TITLE_WORDS


_NONSPACE = lazy_compile(r"\S++")
_LAST_NONSPACE = lazy_compile(r"\S++", regex.REVERSE)


@functools.lru_cache(maxsize=16)
def _title_lengths(titles: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """For the last word of every title of up to four words ("minister"), the
    numbers of words of the titles it ends (3, 2, 1), longest first."""
    lengths: dict[str, set[int]] = {}
    for t in titles:
        n = t.count(" ") + 1
        if n <= 4:
            lengths.setdefault(t.rsplit(" ", 1)[-1], set()).add(n)
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


def _title_ending_at(norm: str, lo: int, hi: int, titles: frozenset[str]) -> tuple[int, str] | None:
    """The longest title of up to four words that ends at ``hi`` (not before
    ``lo``): its start and its text as written, a comma after it included."""
    # the last word decides which titles may end here, so most places cost one lookup
    space = norm.rfind(" ", lo, hi)
    last = norm[space + 1 if space >= 0 else lo : hi]
    if not last or not last.isprintable():
        # other white space about (a line break): the word as the regex sees it
        found = _LAST_NONSPACE.search(norm, lo, hi)
        if found is None:
            return None
        last = found.group()
    word = last.lower().rstrip(",")
    lengths = _title_lengths(titles).get(word) if word else (4, 3, 2, 1)
    if lengths is None:
        return None
    back = _NONSPACE.findall(norm, lo, hi) if lengths[0] > 1 else [last]
    for n in lengths:
        words = back[-n:]
        if len(words) < n:
            continue
        cand = " ".join(words)
        if cand.lower().rstrip(",") in titles:
            return hi - len(cand), cand
    return None


_TITLE_WORDS = lazy_compile(r"[\p{L}.'-]++")
_MOD_WORD = lazy_compile(r"[\p{L}-]++")


def _word_start(norm: str, end: int, limit: int) -> int | None:
    """Start of the word ending at ``end`` (letters, '.', "'", '-'; first a letter)."""
    i = end
    while i > limit and (norm[i - 1].isalpha() or norm[i - 1] in ".'-"):
        i -= 1
    while i < end and not norm[i].isalpha():
        i += 1
    return i if i < end else None


_DETS = frozenset({"the", "his", "her", "its", "their", "our", "a", "an", "one", "another"})
_OF_TITLE = lazy_compile(r"(\p{L}[\p{L}-]*+)[ ]of[ ](?:the[ ])?$")
_PAREN_BEFORE = lazy_compile(r"[ ]?\(\p{Lu}[\p{Lu}\p{N}]{0,7}\)[ ]*+$")


def title_before(
    norm: str,
    start: int,
    by_end: dict[int, Mention],
    titles: frozenset[str],
    *,
    limit: int = 0,
) -> TitleInfo:
    """The title phrase that ends right before ``start`` (a name), if any."""
    _, courtesy, abbrevs, modifiers, parties, _ = _title_data()
    pos = start
    # "Its president, Recep Tayyip Erdogan": one comma may part title and name
    while pos > limit and norm[pos - 1] == " ":
        pos -= 1
    comma = pos > limit and norm[pos - 1] == ","
    if comma:
        pos -= 1
    paren = _PAREN_BEFORE.search(norm, max(limit, pos - 12), pos) if (
        norm[pos - 2 : pos].strip().endswith(")")) else None
    if paren is not None:
        pos = paren.start()  # "Member of Parliament (MP) Yvette Cooper"
    title_lo = title_hi = -1
    is_courtesy = False
    country = None
    det = None
    org = None
    phrase_start = start
    steps = 0
    comp = _complement_before(norm, pos, by_end, titles, limit)
    if comp is not None:
        # "Ambassador to Germany Richard Grenell", "Vice President of the United States
        # Joe Biden": the title is the word before the complement
        pos, prep, what = comp
        if what.kind == "organization":
            org, country = what.key, what.country  # "director of Amnesty International"
        elif prep == "of":
            country = what.country  # an envoy "to"/"for" a country is not of it
        comma = False
    while pos > limit and steps < 8:
        steps += 1
        p = pos
        while p > limit and norm[p - 1] == " ":
            p -= 1
        found = _title_ending_at(norm, max(limit, p - 60), p, titles)
        if found is not None:
            s, cand = found
            low = cand.lower()
            if cand.endswith(",") and (title_lo >= 0 or is_courtesy):
                # "her brother, King X": a title ends at a comma; a state that owns the
                # title before it still places the person ("the Holy See's Secretary of
                # State, Cardinal Pietro Parolin")
                if country is None and title_lo >= 0:
                    country = title_before(norm, s + len(cand), by_end, titles,
                                           limit=limit).country
                break
            of = _OF_TITLE.search(norm, max(limit, s - 30), s) if (
                norm[max(0, s - 8) : s].endswith((" of ", " of the "))) else None
            if of is not None and of.group(1).lower() in titles:
                s = of.start(1)  # "Secretary of Justice", "Minister of Foreign Affairs"
            if low in courtesy:
                is_courtesy = True
            else:
                if title_hi < 0:
                    title_hi = p
                title_lo = s
            pos = s
            phrase_start = s
            continue
        poss = norm[p - 2 : p] == "'s"
        m = by_end.get(p - 2 if poss else p)
        if m is not None and (m.kind in ("country", "organization") or (
            m.kind == "place" and m.country and m.subkind in ("region", "city")
        )):
            if title_lo < 0 and not is_courtesy:
                if poss and m.kind == "country" and steps == 1 and not comma:
                    # "Russia's Vladimir Putin": no title, but the country
                    return TitleInfo(None, m.country, start)
                break  # a country right before the name is no title phrase
            if m.kind == "country":
                country = country or m.country
            elif m.kind == "place":
                country = country or m.country  # "Louisiana Governor", "Paris Mayor"
            else:
                org = org or m.key
                country = country or m.country
            pos = m.start
            phrase_start = pos
            comma = False
            continue
        w_start = _word_start(norm, p, max(limit, p - 40))
        if w_start is None:
            break
        word = norm[w_start:p]
        low = word.lower()
        if low in modifiers or low.rstrip("-") in modifiers:
            pos = w_start
            phrase_start = pos
            continue
        if word in parties and (title_lo >= 0 or is_courtesy):
            country = country or parties[word]
            pos = w_start
            phrase_start = pos
            continue
        if (low in _DETS or low.endswith("'s") and len(low) > 3) and (
                title_lo >= 0 or is_courtesy):
            # "its president, X"; "Mahan's director, X", "the government's lawyer, X"
            det = word
            phrase_start = w_start
        elif comma and title_lo >= 0 and word.isalpha() and word.islower():
            # "the city's security chief, X": a word or two describe the title
            owner = _det_before_description(norm, w_start, limit)
            if owner is not None:
                det, phrase_start = norm[owner[0] : owner[1]], owner[0]
                state = by_end.get(owner[1] - 2)
                if det.endswith("'s") and state is not None and state.kind == "country":
                    country = country or state.country  # "Canada's ... adviser, X"
        break
    if title_lo < 0 and not is_courtesy:
        return TitleInfo(start=start)
    if comma and det is None and not is_courtesy:
        return TitleInfo(start=start)  # "..., president, X" is a list; "Its president, X" is not
    title = None
    if title_lo >= 0:
        title = norm[title_lo:title_hi].rstrip(", ")
        title = abbrevs.get(title.lower(), title)
        # "Supreme Leader Ayatollah Ali Khamenei": the office, not the honorific
        low = title.lower()
        if low.endswith(_HONORIFIC_ENDS):
            for honorific in _HONORIFICS:
                if low.endswith(" " + honorific) and len(low) > len(honorific) + 1:
                    title = title[: -len(honorific) - 1]
                    break
    return TitleInfo(title, country, phrase_start, is_courtesy, det, org, comp is not None)


def _may_be_complement(norm: str, m: Mention | None) -> bool:
    """Cheap test: ``m`` (right before a name) follows "of", "to" or "for", as the
    complement of a title does ("Ambassador to Germany Richard Grenell")."""
    return m is not None and norm[max(0, m.start - 5) : m.start].endswith(
        (" of ", " to ", "for ", "the "))


#: the preposition (and article) between a title and its complement
_COMPLEMENT_PREP = lazy_compile(r"[ ](of|to|for)[ ](?:the[ ])?+$")


def _det_before_description(norm: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The span of a determiner or possessive ("the", "its", "the city's") right before
    ``pos`` or one lower-case word before it (or two joined by "and": "Canada's national
    security and intelligence adviser"), or None."""
    joined = False
    for _ in range(4):
        p = pos
        while p > limit and norm[p - 1] == " ":
            p -= 1
        w_start = _word_start(norm, p, max(limit, p - 30))
        if w_start is None or p == pos:
            return None
        word = norm[w_start:p]
        low = word.lower()
        if low in _DETS or low.endswith("'s") and len(low) > 3:
            return w_start, p
        if not (word.isalpha() and word.islower()) or (word == "and" and joined):
            return None
        joined = joined or word == "and"
        pos = w_start
    return None


def _complement_before(
    norm: str, pos: int, by_end: dict[int, Mention], titles: frozenset[str], limit: int
) -> tuple[int, str, Mention] | None:
    """A country or body after "of/to/for" that ends at ``pos`` and follows a title:
    where the title ends, the preposition and the country or body."""
    m = by_end.get(pos)
    if m is None or m.how == "demonym" or m.kind not in ("country", "organization") and not (
            m.kind == "place" and m.subkind == "country"):
        return None  # (a country named as a place here: "the ambassador to Germany")
    prep = _COMPLEMENT_PREP.search(norm, max(limit, m.start - 9), m.start)
    if prep is None:
        return None
    end = prep.start()
    if _title_ending_at(norm, max(limit, end - 60), end, titles) is None:
        return None
    return end, prep.group(1), m


#: "the director of the European Centre" ending right before ", <name>,"
_APPOS_BEFORE = lazy_compile(
    r"(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++(?:[\p{L}-]++[ ]++){0,2}?"
    # "The director of the European Centre, X", "The UN High Commissioner for Human Rights,
    # X", "the envoy to Sudan, X"; or the title alone: "The officer, Vasile Grosu,"
    r"(?P<t>\p{L}[\p{L}-]{1,25}+)(?:[ ]++(?:of|for|on|to)[ ]++[^,.;:\"]{1,60}+)?+$"
)

#: a word before a month's name: "since Jan", "in Jan", "early Jan"
_DATE_WORD_BEFORE = lazy_compile(
    r"(?i)\b(?:since|in|on|by|until|from|through|before|after|early|late|mid|last|next|this)[ ]\Z")

#: "its" in an office: the body named before owns the post
_ITS = lazy_compile(r"\bits\b")

_HONORIFICS = ("grand ayatollah", "ayatollah", "sheikh", "imam", "rabbi", "reverend", "dr.",
               "dr", "sir", "dame", "lord", "lady", "mr.", "mr", "mrs.", "mrs", "ms.", "ms")
_HONORIFIC_ENDS = tuple(" " + h for h in _HONORIFICS)


#: what opens an apposition after a name: a comma, or a dash ("Boris Johnson --
#: former Foreign Secretary, ... -- as"; the text's dashes read " - "), and maybe
#: an age ("Jane Doe, 45, a Labour MP") and a determiner
_APPOS = lazy_compile(
    r"^(?:,|[ ]?+[—–][ ]?+|[ ]--?+[ ])[ ]*+(?:\d{1,3}+,[ ]++)?+(?:(?:the|a|an|its|his|her)[ ]++)?+")


def title_after(
    norm: str, end: int, by_start: dict[int, Mention], titles: frozenset[str]
) -> TitleInfo:
    """An apposition after a name: "Bashar al-Assad, Syria's president"."""
    _, courtesy, abbrevs, modifiers, parties, _ = _title_data()
    m = _APPOS.match(norm[end : end + 17])
    if not m:
        return TitleInfo(start=end)
    pos = end + m.end()
    country = None
    org = None
    for _ in range(3):
        c = by_start.get(pos)
        if c is not None and c.kind in ("country", "organization"):
            if c.kind == "country":
                country = c.country
            else:
                org = c.key
                country = country or c.country
            pos = c.end
            if norm[pos : pos + 2] == "'s":
                pos += 2
            while pos < len(norm) and norm[pos] == " ":
                pos += 1
            continue
        wm = _MOD_WORD.match(norm, pos, pos + 30)
        if wm and _title_here(norm, pos, titles):
            break  # "the chief executive of Hong Kong": "chief" opens the title itself
        if wm and (wm.group(0).lower() in modifiers or wm.group(0) in parties):
            if wm.group(0) in _US_ONLY_PARTIES:
                # "the Republican Senate Majority Leader"; "Labour", "Conservative" and
                # "Democratic" name parties in many countries
                country = country or parties[wm.group(0)]
            pos = wm.end()
            while pos < len(norm) and norm[pos] == " ":
                pos += 1
            if norm.startswith("the ", pos) and wm.group(0).lower() == "then":
                pos += 4  # "Justin Trudeau, then the Prime Minister"
            continue
        break
    found = _apposition_title(norm, pos, end, by_start, titles, country, org)
    if found.title is None and m.group().rstrip().endswith((" a", " an", " the")):
        # "Tomasz Nowak, a fire service spokesman,": a few lower-case words that say
        # whose, then the title
        at = _described_title_start(norm, pos, titles)
        if at is not None:
            found = _apposition_title(norm, at, end, by_start, titles, country, org)
    return found


#: a capitalised word right after a title: a name the title stands before
_NAME_NEXT = lazy_compile(r"[ ](?!(?:Without|Emerita|Emeritus|Designate|Elect|General)\b)\p{Lu}\p{Ll}")


def _apposition_title(
    norm: str, pos: int, end: int, by_start: dict[int, Mention], titles: frozenset[str],
    country: str | None, org: str | None,
) -> TitleInfo:
    """The title that starts at ``pos`` in an apposition after a name ending at ``end``
    (its country and organisation so far given), or no title."""
    _, courtesy, abbrevs, _, _, _ = _title_data()
    # a title after the apposition starts with the first word of one: most
    # appositions ("Ina Kirsch, who", "X, 54,") are ruled out by that word alone
    first = _TITLE_WORDS.search(norm, pos, pos + 60)
    if first is None or not _may_open_title(first.group(), titles):
        return TitleInfo(start=end)
    words = _TITLE_WORDS.findall(norm, pos, pos + 60)
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        cand = " ".join(words[:n])
        if cand.lower() not in titles:
            cand = cand.rstrip(".")
        if cand.lower() in titles and norm.startswith(cand, pos) and cand.lower() not in courtesy:
            after = pos + len(cand)
            if after < len(norm) and (norm[after].isalnum()):
                continue
            if cand[:1].isupper() and _NAME_NEXT.match(norm, after):
                # "Peter Costello, Environment Minister Robert Hill": the next name's title
                return TitleInfo(start=end)
            title = abbrevs.get(cand.lower(), cand)
            of = _OF_COMPLEMENT.match(norm, after, after + 60)
            if of is not None:
                c = by_start.get(of.start(1))
                if c is not None and c.kind == "country":
                    country = country or c.country  # "president of France": the country
                elif (c is None or c.kind == "organization") and _DESCRIBED_BODY.match(
                        norm, of.start(1)) is None:
                    # (not "president of the Serb-run entity": a body described, the post
                    # is the title)
                    title = norm[pos : of.end()]  # "the Speaker of the House"
            elif (body := _FOR_BODY.match(norm, after, after + 60)) is not None and (
                    c := by_start.get(body.start(1))) is not None and c.kind == "organization":
                # "a spokesman for the Popular Mobilization Forces": who they speak for (not
                # "envoy for Syria": a country an envoy is sent to is not theirs)
                org, country = org or c.key, country or c.country
            return TitleInfo(title, country, end, False, None, org)
    return TitleInfo(start=end)


def _described_title_start(norm: str, pos: int, titles: frozenset[str]) -> int | None:
    """Where a title starts after one to three lower-case words at ``pos``, each
    followed by one space or a possessive ("fire service spokesman", "the
    president's personal lawyer"), or None."""
    at = pos
    for _ in range(3):
        word = _LOWER_WORDS.match(norm, at, at + 22)
        if word is None:
            return None
        # "the president's personal lawyer": whose, then the title
        gap = 3 if norm.startswith("'s ", word.end()) else 1
        if norm[word.end() + gap - 1 : word.end() + gap] != " ":
            return None
        at = word.end() + gap
        if _title_at(norm, at, titles):
            return at
    return None


#: lower-case words, such as may describe the title of an apposition ("a fire
#: service spokesman")
_LOWER_WORDS = lazy_compile(r"(?<![\p{L}])[a-z][a-z-]{0,20}+(?![\p{L}])")


def _title_at(norm: str, pos: int, titles: frozenset[str]) -> bool:
    """A title of one to four words starts at ``pos`` and ends a word."""
    words = _TITLE_WORDS.findall(norm, pos, pos + 60)[:4]
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if cand.lower() in titles and norm.startswith(cand, pos) and not norm[
                pos + len(cand) : pos + len(cand) + 1].isalnum():
            return True
    return False

#: party words only one country's politics uses
_US_ONLY_PARTIES = frozenset({"Republican", "GOP"})


def _title_here(norm: str, pos: int, titles: frozenset[str]) -> bool:
    """A title of two or more words starts at ``pos`` ("chief executive")."""
    words = _TITLE_WORDS.findall(norm, pos, pos + 60)[:4]
    return any(" ".join(words[:n]).lower() in titles for n in (4, 3, 2) if len(words) >= n)


def _may_open_title(word: str, titles: frozenset[str]) -> bool:
    """Whether a title of ``titles`` starts with ``word`` (as :func:`title_after`
    compares them: lowercased, maybe without its final dots)."""
    low = word.lower()
    firsts = _title_first_words(titles)
    return low in firsts or low.rstrip(".") in firsts


@functools.lru_cache(maxsize=16)
def _title_first_words(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split(" ", 1)[0] for t in titles)


_OF_COMPLEMENT = lazy_compile(
    r"[ ]of[ ](?:the[ ])?+(\p{Lu}[\p{L}.'-]*+(?:[ ](?:and[ ])?\p{Lu}[\p{L}.'-]*+){0,3})"
)
#: a compound that describes the body of a complement: "of the Serb-run entity"
_DESCRIBED_BODY = lazy_compile(
    r"\p{Lu}[\p{L}.']*+-(?:run|led|held|controlled|dominated|backed|based|majority)\b")
#: the body a title works for: "a spokesman for the PMF"
_FOR_BODY = lazy_compile(r"[ ]for[ ](?:the[ ])?+(\p{Lu})")
_AS_TITLE = lazy_compile(
    r"(?:,[ ]++who|[ ]++who)?[ ]++(?:(?:was|been|be|were|is)[ ]sworn[ ]in"
    # "sworn in at 5 p.m. local time (2100 UTC) as ...": a short stretch of the clause
    r"(?:[ ](?:(?![.][ ]\p{Lu})[^;:\"\n]){1,80}?)?[ ]as|served[ ]as"
    r"|serves[ ]as|resigned[ ]as|(?:was[ ])?elected[ ]as|(?:was[ ])?named[ ]as"
    r"|(?:was[ ])?appointed[ ]as|is|was|became|as"
    # "who succeeded him as Foreign Secretary", "resumed the office of Speaker"
    r"|succeeded[ ](?:him|her|\p{Lu}[\p{L}'-]{1,30}+)[ ]as"
    r"|(?:(?:yesterday|today)[ ])?(?:took|assumed|resumed)[ ]the[ ](?:office|post|role)[ ]of)"
    r"[ ]++(?:(?:the|a|an|its|his|her)[ ]++)?+"
)


def title_as(
    norm: str, end: int, by_start: dict[int, Mention], titles: frozenset[str]
) -> TitleInfo:
    """ "Joe Biden, who served as Vice President", "X was sworn in as Puerto Rico's governor"."""
    m = _AS_TITLE.match(norm, end, end + 130)
    if m is None:
        return TitleInfo(start=end)
    pos = m.end()
    country = None
    c = by_start.get(pos)
    if c is not None and c.kind == "country":
        country = c.country
        pos = c.end + (2 if norm[c.end : c.end + 2] == "'s" else 0)
        while pos < len(norm) and norm[pos] == " ":
            pos += 1
    _, courtesy, abbrevs, modifiers, _, _ = _title_data()
    words = _TITLE_WORDS.findall(norm, pos, pos + 60)
    while words and words[0].lower() in modifiers and " ".join(words[:2]).lower() not in titles:
        pos = norm.index(words[0], pos) + len(words[0]) + 1
        words = words[1:]
    for n in (4, 3, 2, 1):
        cand = " ".join(words[:n])
        if cand.lower() not in titles:
            cand = cand.rstrip(".")  # "... new governor."
        if len(words) >= n and cand.lower() in titles and cand.lower() not in courtesy and (
            norm.startswith(cand, pos)
        ):
            after = pos + len(cand)
            if after < len(norm) and norm[after].isalnum():
                continue
            if country is None and norm.startswith(" of ", after):
                # "the governor of United States commonwealth of Puerto Rico": the last
                # country of the "of" chain, up to the end of the clause
                stop = after + 4
                while stop < min(len(norm), after + 80) and norm[stop] not in ",.;:(":
                    stop += 1
                chain = [by_start[p] for p in range(after + 1, stop) if p in by_start]
                chain = [c for c in chain if c.kind == "country"]
                if chain:
                    country = chain[-1].country
            return TitleInfo(abbrevs.get(cand.lower(), cand), country, end)
    if country is not None and c is not None and c.how == "demonym" and (
        words and words[0].islower() or not words
    ):
        return TitleInfo(None, country, end)  # "Hatice Cengiz is a Turkish national"
    return TitleInfo(start=end)


_NO_TITLE = TitleInfo()


@attrs.frozen(slots=True)
class PersonHit:
    """A person name found in the text, with its context."""

    span: Span
    tokens: tuple[str, ...]
    before: TitleInfo
    after: TitleInfo
    evidence: str


#: a token of a run: start, end and the word
_Token = tuple[int, int, str]


def _masked(norm: str, taken: Sequence[Mention]) -> str:
    """``norm`` with every taken span overwritten by '#' (same length)."""
    parts: list[str] = []
    pos = 0
    for s, e in sorted((m.start, m.end) for m in taken):
        s, e = max(s, pos), min(e, len(norm))
        if e <= s:
            continue  # inside the last one, or empty
        parts += (norm[pos:s], "#" * (e - s))
        pos = e
    parts.append(norm[pos:])
    return "".join(parts)


def _tokens(run: regex.Match[str], mtext: str) -> list[_Token]:
    """The words (and particles) of a run of ``_RUN``, with their offsets."""
    text = run.group()
    start, end = run.span()
    if " " in text:
        toks = spaced_words(text, start)
    else:
        toks = [(start, end, text)]  # most runs are one word
    if start and mtext[start - 1] == "-":
        # the prefix stood in the lookbehind ("al-Assad"); without one, no run
        # starts right after a hyphen
        start, end = run.start("pre"), toks[0][1]
        toks[0] = (start, end, mtext[start:end])
    return toks


#: the characters no run holds (a digit, a comma, a quote, a line break)
_OUTSIDE_RUNS = Breaks(r"[^\p{L}\p{M}' .-]")


class _LoneWords:
    """Which words stand as a run of their own in the text ("Spanton said").

    Asked about a few words per article, so each one is looked up where it
    occurs: the stretch of text around an occurrence (up to the nearest
    character no run holds) is matched once and remembered.  After many
    distinct words one pass over the whole text answers the rest, so a text
    that asks about thousands stays linear.
    """

    MAX_LOOKUPS = 16

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.matched = bytearray()  # 1 at every offset of a stretch matched so far
        self.lone: dict[int, str] = {}  # start -> word of each one-word run found
        self.known: dict[str, bool] = {}
        self.everywhere: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.everywhere is not None:
            return word in self.everywhere
        if word in self.known:
            return self.known[word]
        if len(self.known) >= self.MAX_LOOKUPS:
            self.everywhere = frozenset(_one_word_runs(self.norm, 0, len(self.norm)).values())
            return word in self.everywhere
        found = False
        at = self.norm.find(word) if word else -1
        while at >= 0 and not found:
            self._match_around(at)
            found = self.lone.get(at) == word
            at = self.norm.find(word, at + 1)
        self.known[word] = found
        return found

    def _match_around(self, at: int) -> None:
        """Find the runs of the stretch of text that holds ``at``, once."""
        norm = self.norm
        if not self.matched:
            self.matched = bytearray(len(norm))
        if self.matched[at]:
            return
        lo, hi = _OUTSIDE_RUNS.around(norm, at, at)
        self.lone.update(_one_word_runs(norm, lo, hi))
        self.matched[lo:hi] = b"\x01" * (hi - lo)


def _one_word_runs(text: str, pos: int, endpos: int) -> dict[int, str]:
    """start -> word of every run of one word in ``text[pos:endpos]``: what
    :func:`_tokens` gives for them, without splitting the longer runs."""
    out = {}
    for run in _RUN.finditer(text, pos, endpos):
        word = run[0]
        if " " in word:
            continue
        start = run.start()
        if start and text[start - 1] == "-":
            start = run.start("pre")  # the prefix stood in the lookbehind ("al-Assad")
            word = text[start : run.end()]
        out[start] = word
    return out


def _lead_word(word: str, title_words: frozenset[str]) -> bool:
    """A word that opens a run but is no part of the name after it."""
    return word in _STOP or word in _PARTICLES or word.lower() in title_words


def _strip_lead(toks: list[_Token], title_words: frozenset[str]) -> list[_Token]:
    """``toks`` without its leading stop words, titles and particles."""
    i = 0
    while i < len(toks) and _lead_word(toks[i][2], title_words):
        i += 1
    return toks[i:] if i else toks


def _name_part(
    toks: list[_Token], first_names: frozenset[str], title_words: frozenset[str]
) -> list[_Token]:
    """The tokens of a run that may form a person's name (possibly none)."""
    if len(toks) == 1:  # most runs: the cuts below reduce to one test
        word = toks[0][2]
        if word in _NONNAME or word in _STOP or word in _PARTICLES or (
            word.lower() in _MID_TITLES
        ):
            return []
        return toks
    # (the cuts keep a part of the run, so a run without such a title has none after)
    mid_title = not _MID_TITLES.isdisjoint(t[2].lower() for t in toks)
    if mid_title:
        # a title inside a run ends what stands before it, before the run is judged
        # ("Homeland Security Secretary Jeh Johnson": "Security" is no part of the name)
        mid = max((j for j, t in enumerate(toks[:-1]) if t[2].lower() in _MID_TITLES),
                  default=-1)
        if mid >= 0:
            toks = _strip_lead(toks[mid + 1 :], title_words)
    # cut at the first word that is no part of a person's name
    for j, t in enumerate(toks):
        if t[2] == "May" and j > 0 and toks[j - 1][2] in first_names:
            continue  # "Theresa May"
        if t[2] in _NONNAME or t[2] in _STOP:
            if j == 0 or any(x[2] in _NONNAME for x in toks[j:]):
                toks = toks[:j] if t[2] in _STOP else []
            else:
                toks = toks[:j]
            break
    while toks and toks[-1][2] in _PARTICLES:
        toks = toks[:-1]
    cut = max((j for j, t in enumerate(toks) if t[2].lower() in _MID_TITLES),
              default=-1) if mid_title else -1
    if cut >= 0:
        toks = toks[cut + 1 :]  # "Regents Professor Mark Hay", "Alachua Sheriff"
    if len(toks) >= 3 and toks[0][2] not in first_names and toks[1][2] in first_names and (
        toks[0][2].endswith(_COMMON_SUFFIXES) or toks[0][2].lower() in title_words
        or (_singular(toks[0][2]) or "").lower() in title_words
    ):
        # "Represenative Adam Schiff", "Senators John Smith": a word before the given name
        toks = toks[1:]
    return toks


def _title_may_end_at(
    norm: str, p_end: int, by_end: dict[int, Mention], titles: frozenset[str],
    title_words: frozenset[str],
) -> bool:
    """Whether the word ending at ``p_end`` can close a title phrase (cheap test that
    spares most names the full :func:`title_before` walk)."""
    window = norm[max(0, p_end - 40) : p_end].rsplit(None, 1)
    prev_word = window[-1].lower().strip("()") if window else ""
    # (the last word of a title of common words: "servant" of "a civil servant, X")
    return bool(prev_word) and (prev_word in title_words or prev_word in titles
                                or prev_word in _title_lengths(titles)
                                or p_end in by_end or prev_word.endswith("'s"))


def _title_end(norm: str, start: int) -> int:
    """Where a title before a name at ``start`` ends: before the spaces and commas
    that part them ("President Macron", "Its president, Erdogan")."""
    p_end = start
    while p_end > 0 and norm[p_end - 1] in " ,":
        p_end -= 1
    return p_end


def _no_title_ends_before(norm: str, start: int, titles: frozenset[str]) -> bool:
    """True when :func:`title_before` surely finds no title before a name at
    ``start`` (it would give ``TitleInfo(start=start)``): the word before it, parted
    from it by spaces alone, is all letters, ends no title and is no modifier that
    lets the walk go on ("the", "of", "and" before most names).  Cheap next to the
    walk, which starts with the same word."""
    p = start
    while p > 0 and norm[p - 1] == " ":
        p -= 1
    if p == start or p == 0:
        return False
    space = norm.rfind(" ", max(0, p - 41), p)
    if space < 0 and p > 41:
        return False  # a word longer than the walk looks at: no shortcut
    word = norm[space + 1 : p]
    if not word.isalpha():
        return False
    low = word.lower()
    return low not in _title_lengths(titles) and low not in _title_data()[3]


#: what the word after a name (and its spaces) starts with where :func:`title_as`
#: may match ("who", "was", "be(en)", "became", "served", ...) or " of " follows
_ROLE_OR_OF = ("who", "was", "be", "were", "is", "serve", "resigned", "elected", "named",
               "appointed", "as", "of", "took", "assumed", "resumed", "succeeded",
               "yesterday", "today")
#: the dashes that may open an apposition after a name and a space
_DASHES = ("— ", "– ", "-- ", "- ")


def after_name(
    norm: str, end: int, by_start: dict[int, Mention], titles: frozenset[str]
) -> TitleInfo:
    """The title or country a name's right context gives it."""
    follows = norm[end : end + 1]
    if follows == " ":
        # a role ("... was named as") or "of" must start the next word: most names
        # are followed by another word ("said"), which rules out both at once
        nxt = end + 1
        while norm[nxt : nxt + 1] == " ":
            nxt += 1
        if not norm.startswith(_ROLE_OR_OF, nxt):
            if norm.startswith(_DASHES, nxt):
                return title_after(norm, end, by_start, titles)  # "X -- former minister"
            return TitleInfo(start=end)
    elif follows not in ",—–":
        return TitleInfo(start=end)  # nothing after a name but "," or " " gives anything
    if follows != " ":
        after = title_after(norm, end, by_start, titles)
        if after.title is not None:
            return after
    role = title_as(norm, end, by_start, titles)
    if role.title is not None or role.country is not None:
        return role
    if norm[end : end + 4] == " of ":
        # "Mohammad bin Salman of Saudi Arabia"
        c = by_start.get(end + 4) or by_start.get(end + 8)
        if c is not None and c.kind == "country" and norm[end + 4 : c.start] in ("", "the "):
            return TitleInfo(None, c.country, end)
    return role  # nothing: TitleInfo(start=end)


@functools.cache
def _locative_before() -> regex.Pattern[str]:
    """A preposition of place right before a name: what follows is where, not who (but
    "lost confidence in Tomas Brenner": in whom; "a parting shot at Bill de Blasio": at
    whom; the words are ``places.IN_WHOM_WORDS`` and ``places.AT_WHOM_WORDS``)."""
    from newsparse.data.places import AT_WHOM_WORDS, IN_WHOM_WORDS

    return regex.compile(
        rf"(?<![\w-])(?:near|(?<!\b(?:{phrase_alternation(IN_WHOM_WORDS)})\s{{1,3}})in"
        rf"|(?<!\b(?:{phrase_alternation(AT_WHOM_WORDS)})\s{{1,3}})at)\s++\Z")


@functools.cache
def _named_after_noun() -> regex.Pattern[str]:
    from newsparse.data.places import NAMED_AFTER_NOUNS

    return regex.compile(rf"\s++(?:{phrase_alternation(NAMED_AFTER_NOUNS)})(?![\w-])")


def find_persons(
    norm: str,
    taken: Sequence[Mention],
    first_names: frozenset[str],
    titles: frozenset[str],
) -> list[PersonHit]:
    """Person names in ``norm`` outside the ``taken`` spans."""
    by_end = {m.end: m for m in taken}
    by_start = {m.start: m for m in taken}
    title_words = _words_of(titles)
    # each run's tokens, and whether it is one word that passed the tests a one-word
    # run must pass before its title is looked for
    runs: list[tuple[list[_Token], bool]] = []
    # words that stand on their own somewhere ("Spanton said") may be surnames: here
    # those of the masked text; those of the text itself are looked up only if needed
    alone: set[str] = set()
    mtext = _masked(norm, taken)
    for run in _RUN.finditer(mtext):
        word = run[0]
        start = run.start()
        if word in _STOP and (not start or mtext[start - 1] != "-"):
            continue  # half the runs are one stop word alone ("I", "The", "But")
        if " " not in word and (not start or mtext[start - 1] != "-"):
            # one word, no prefix: most other runs.  It is a name only after a
            # title, so the tests that would drop it later (all of _name_part for
            # one word) are made here, the cheap ones first
            if word in _PARTICLES:
                continue
            low = word.lower()
            if low in title_words:
                continue
            alone.add(word)
            if word in _NONNAME or low in _MID_TITLES or word.endswith(_COMPOUND_ENDS) or (
                len(word) > 1 and word.isupper()
            ):
                continue
            p_end = _title_end(norm, start)
            if _title_may_end_at(norm, p_end, by_end, titles, title_words) and not (
                _no_title_ends_before(norm, start, titles)
            ):
                # (a title with a complement makes no one word a name: not looked for)
                runs.append(([(start, start + len(word), word)], True))
            continue
        toks = _tokens(run, mtext)
        if len(toks) == 1:
            if _lead_word(toks[0][2], title_words):
                continue
        else:
            toks = _strip_lead(toks, title_words)
            if toks and toks[0][2] == "Jan" and len(toks) > 1 and _DATE_WORD_BEFORE.search(
                    mtext, max(0, toks[0][0] - 12), toks[0][0]) is not None:
                toks = toks[1:]  # "Since Jan Trump has imposed": the month, not Jan Trump
        if len(toks) == 1:
            alone.add(toks[0][2])
        runs.append((toks, False))
    alone_in_text = _LoneWords(norm)
    out: list[PersonHit] = []
    placed: set[tuple[str, ...]] = set()  # names of places: met untitled after "in", "at"
    for toks, lone_checked in runs:
        if lone_checked:
            # one word that passed every test up to the title walk already
            start, end = toks[0][0], toks[0][1]
            p_end = _title_end(norm, start)
            before = title_before(norm, start, by_end, titles)
            if not before.found or before.complement or before.det in ("a", "an"):
                # "the coach of the USA Rowing team", "an official Android version":
                # one word is no name there
                continue
        else:
            toks = _name_part(toks, first_names, title_words)
            if not toks:
                continue
            start, end = toks[0][0], toks[-1][1]
            if toks[-1][2].endswith(_COMPOUND_ENDS):
                continue  # "Sanders-backed", "Kyiv-based"
            if any(len(t[2]) > 1 and t[2].isupper() and not _INITIALS.fullmatch(t[2])
                   for t in toks):
                continue  # acronyms are no names (initials are: "Emily W. Murphy")
            if _INITIALS.fullmatch(toks[-1][2]) or toks[0][2] in _PLACE_INITIALS:
                continue  # "Nestle S.A.", "N.Y. Slepian": a company's form, a state
            p_end = _title_end(norm, start)
            before = _NO_TITLE
            if _title_may_end_at(norm, p_end, by_end, titles, title_words):
                before = TitleInfo(start=start) if _no_title_ends_before(
                    norm, start, titles) and not _may_be_complement(
                    norm, by_end.get(p_end)) else title_before(norm, start, by_end, titles)
            if len(toks) == 1 and (not before.found or before.complement):
                continue  # a single word is a name only right after a title
            if len(toks[-1][2]) == 1 and not before.found and toks[0][2] not in first_names:
                continue  # "Annex C", "Plan B", "Group A": a letter that labels a thing
        if not before.found and _named_after_noun().match(norm, end) is not None:
            continue  # "a visit to the Johan Sverdrup oil field": a place named after one
        if not before.found and _locative_before().search(norm, max(0, start - 8), start) is not None \
                and not norm.startswith("'s", end):
            # "traders in Ben Guerdane", "crossing points at Mia Milia": a place, here and
            # wherever else it stands untitled ("residents of Punta Arenas")
            placed.add(tuple(t[2] for t in toks))
            continue
        after = after_name(norm, end, by_start, titles)
        words = [t[2] for t in toks]
        evidence = ""
        if not before.found and norm[p_end : start] == ", ":
            # "The director of the European Centre, Ina Kirsch, told ..."
            ap = _APPOS_BEFORE.search(norm, max(0, p_end - 90), p_end)
            if ap is not None and ap.group("t").lower() in title_words and (
                    norm[end : end + 1] in (",", ".", ";")):
                # (a body in the phrase holds the post: "The UN High Commissioner for ...")
                # (and a state named there is the person's: "the director of Argentina's
                # Amnesty International")
                inside = [m for m in taken if ap.start() <= m.start < p_end]
                body = next((m for m in inside if m.kind == "organization"), None)
                if body is None and _ITS.search(norm, ap.start(), p_end) is not None:
                    # "the head of its safeguards department, X": the body named just before
                    body = max((m for m in taken if m.kind == "organization"
                                and ap.start() - 300 <= m.end <= ap.start()),
                               key=lambda m: m.start, default=None)
                state = next((m.country for m in inside if m.kind == "country" and m.country), None)
                before = TitleInfo(ap.group("t"), state or (body.country if body else None),
                                   ap.start(), org=None if state or body is None else body.key)
        if before.found:
            evidence = "title"
        elif words[0] in first_names:
            evidence = "first name"
        elif after.title is not None:
            evidence = "apposition"
        elif words[0] in _PLACE_FIRST or any(
            w.endswith(_COMMON_SUFFIXES) and w not in _EXEMPT_SUFFIX for w in words
        ):
            continue  # "San Diego", "Biological Diversity"
        elif _REPORT_AFTER.match(norm[end : end + 20]):
            evidence = "reporting"
        elif norm[p_end - 1 : p_end] == "s" and _plural_title_before(
                norm, start, by_end, titles) is not None:
            evidence = "title"  # "Two Democratic Representatives, Collin Peterson"
        elif _reported_before(norm, start):
            evidence = "reporting"
        elif words[-1] in alone or words[-1] in alone_in_text:
            evidence = "surname reused"
        if not evidence:
            continue
        if evidence == "reporting" and is_locative(norm, start):
            continue  # "entered Tell Tamer": a place
        out.append(PersonHit(Span.of(norm, start, end), tuple(words), before, after, evidence))
    if placed:
        out = [h for h in out if h.tokens not in placed or h.evidence in ("title", "apposition")]
    return out


#: what parts two names of a list ("A and B", "A, B and C"), maybe after the first
#: one's country ("Mauro Vieira of Brazil and Pablo Quirno")
_LIST_GAP = lazy_compile(
    r"(?:[ ]of[ ](?:the[ ])?+\p{Lu}[\p{L}.'-]{0,30}+(?:[ ]\p{Lu}[\p{L}.'-]{0,30}+){0,3}+)?+"
    r"(?:,[ ]and[ ]|,[ ]|[ ]and[ ])\Z")
#: the word right before a name (and its comma), as a plural title may be
_WORD_BEFORE = lazy_compile(r"(?<![\p{L}-])(\p{L}[\p{L}-]{2,30}+)(?:,)?+[ ]++\Z")


def plural_titles(
    norm: str, hits: list[PersonHit], by_end: dict[int, Mention], titles: frozenset[str]
) -> list[PersonHit]:
    """Names listed after a plural title take its singular: "the French and German
    defence ministers, Catherine Vautrin and Boris Pistorius" (each its country, in
    order, when the phrase names one per name), "Foreign ministers Mauro Vieira of
    Brazil and Pablo Quirno of Argentina"."""
    out = list(hits)
    i = 0
    while i < len(out):
        h = out[i]
        p = h.span.start
        while p > 0 and norm[p - 1] in " ,":
            p -= 1
        # (most names: no plural right before them)
        head = None if h.before.found or norm[p - 1 : p] != "s" else _plural_title_before(
            norm, h.span.start, by_end, titles)
        if head is None:
            i += 1
            continue
        info, countries = head
        # the names of the list: each right after the one before and a list gap
        members = [i]
        while members[-1] + 1 < len(out):
            prev, nxt = out[members[-1]], out[members[-1] + 1]
            gap_start = prev.span.end
            if nxt.before.found or nxt.span.start - gap_start > 60 or not _LIST_GAP.match(
                    norm, gap_start, nxt.span.start):
                break
            members.append(members[-1] + 1)
        if len(members) < 2 and norm[h.span.end : h.span.end + 1] == ",":
            i += 1
            continue  # "the ministers, Ann Lee, said": one name with commas is no list
        # "Their interior ministers, A and B": one each of the two states named before
        pair = not countries and info.country is None and len(members) == 2 and (
            info.det in ("Their", "their"))
        for n, k in enumerate(members):
            country = countries[n] if len(countries) == len(members) else (
                countries[0] if len(set(countries)) == 1 else None)
            start = info.start if n == 0 else out[k].span.start
            out[k] = attrs.evolve(out[k], before=attrs.evolve(
                info, country=country or (info.country if not countries else None),
                start=start, pair=n if pair else -1))
        i = members[-1] + 1
    return out


def _plural_title_before(
    norm: str, start: int, by_end: dict[int, Mention], titles: frozenset[str]
) -> tuple[TitleInfo, list[str]] | None:
    """The title (made singular) of a plural title phrase right before a name at
    ``start``, and the countries the phrase names before the title, in order."""
    p = start
    while p > 0 and norm[p - 1] in " ,":
        p -= 1
    if norm[p - 1 : p] != "s":
        return None  # most names: no plural right before them
    w = _WORD_BEFORE.search(norm, max(0, start - 34), start)
    if w is None or not w.group(1).endswith("s"):
        return None
    word = w.group(1)
    singular = _singular(word)
    if singular is None or singular.lower() not in _title_lengths(titles) or (
            singular.lower() in _title_data()[1]):
        return None
    # the phrase read as if it were singular: "the French and German defence minister "
    text = norm[: w.start(1)] + singular + " "
    info = title_before(text, len(text), by_end, titles)
    if info.title is None:
        return None
    found = _title_ending_at(text, max(0, len(text) - 61), len(text) - 1, titles)
    lo = found[0] if found is not None else w.start(1)
    return info, _countries_before(norm, lo, by_end)


def _singular(word: str) -> str | None:
    """ "ministers" -> "minister", "Secretaries" -> "Secretary", "congressmen" ->
    "congressman"; None for a word that is no regular plural."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def _countries_before(norm: str, pos: int, by_end: dict[int, Mention]) -> list[str]:
    """The countries named right before ``pos``, joined by "and" or commas ("the
    French and German"), in text order."""
    found: list[str] = []
    while True:
        p = pos
        while p > 0 and norm[p - 1] == " ":
            p -= 1
        m = by_end.get(p)
        if m is None or not m.country or m.kind not in ("country", "place"):
            break
        found.append(m.country)
        pos = m.start
        for joint in (" and ", ", and ", ", "):
            if norm.startswith(joint, pos - len(joint)):
                pos -= len(joint)
                break
        else:
            break
    return found[::-1]
