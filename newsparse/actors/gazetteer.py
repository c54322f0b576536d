"""The actor vocabularies as one lookup table and one compiled trie regex.

Every surface form (country names, demonyms, seats of government, organisations,
places, titles, the caller's lexicon entries) maps to one or more :class:`Entry`.
The regex is built from a character trie, so a scan costs time linear in the text
whatever the size of the vocabulary; it is built once per :class:`Lexicon`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable

import attrs
import regex

from newsparse._regex import alternation
from newsparse.actors.mentions import plain
from newsparse.data.text_vocab import ARABIC_ARTICLES
from newsparse.lexicon import Lexicon

__all__ = ["Entry", "Gazetteer", "gazetteer", "segment", "trie_pattern"]


@attrs.frozen(slots=True)
class Entry:
    """What a surface form stands for.

    Attributes:
        kind: ``country``, ``demonym``, ``seat``, ``organization``, ``place``,
            ``person`` or ``title``.
        name: canonical name (a country's display name, an organisation's acronym).
        country: alpha-3 or None.
        subkind: a place's ``city``/``region``/``venue``; ``acronym`` for an
            organisation's acronym; ``user`` for the caller's entries.
    """

    kind: str
    name: str
    country: str | None = None
    subkind: str | None = None


_Node = dict[str, "_Node"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, factored as a trie (longest first).

    >>> trie_pattern(["Niger", "Nigeria", "Nigerien"])
    'Niger(?:i(?:a|en))?+'
    """
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Node) -> str:
        end = "" in node
        alts = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            if len(alts) == 1 and len(body) > 1 and not body.startswith("(?:"):
                body = "(?:" + body + ")"
            # possessive: a longer name, once matched, is never given back (the
            # word-boundary check below then rejects it and the scan moves on)
            return body + "?+"
        return body

    return build(root)


@attrs.frozen(slots=True)
class Gazetteer:
    """Surface form -> entries, and an index of the forms by their first word.

    A form is found where a word starts.  Its "segment" is its first character
    and the word characters right after it ("New" of "New York", "U" of "U.S.");
    ``by_segment`` lists the forms of each segment, longest first.  Nearly every
    form starts with a capital, so every capitalised word is a candidate (a plain
    class the ``regex`` engine scans at tens of MB/s) and a dict look-up of its
    segment rejects the rest.  The few forms that start otherwise ("the Kremlin",
    "al-Qaeda", a caller's lower-case entry) have scanners of their own, each
    starting with a literal the engine finds fast.  One trie alternation of every
    form, tried at every offset, ran at about 0.5 MB/s.
    """

    table: dict[str, tuple[Entry, ...]]
    by_segment: dict[str, tuple[str, ...]]
    #: scanners for the forms that start with no capital
    others: tuple[regex.Pattern[str], ...]
    first_names: frozenset[str]
    titles: frozenset[str]
    #: lower-cased places, seats and countries, for datelines in capitals ("PARIS")
    places_lower: dict[str, tuple[Entry, ...]] = attrs.field(factory=dict)
    #: what every form of each scanner of ``others`` begins with
    others_prefixes: tuple[str, ...] = ()
    #: for each set of watched words asked about: it with every segment
    _segments_and: dict[frozenset[str], frozenset[str]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False)
    #: for a segment with many forms, made when first met: :func:`_split_forms`
    _narrowed: dict[str, tuple[dict[str, tuple[str, ...]], tuple[str, ...]]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every (start, end, surface) of a known form, on word boundaries.

        At each word start the longest form that ends on a word boundary wins
        ("Nigerian" where it ends a word, "Niger" in "Niger's"); the scan goes on
        after it.
        """
        return self.find_watching(text, frozenset())[0]

    def find_watching(
        self, text: str, watch: frozenset[str]
    ) -> tuple[list[tuple[int, int, str]], list[int]]:
        """What :meth:`find` finds, and the starts of the capitalised words the
        same scan met that are in ``watch`` or hold a character no letter (a
        digit, "_"): another rule that looks for words of its own at capitals
        ("Committee") takes them instead of scanning the text again.

        A capitalised word ends at the first character that is no letter, digit
        or "_"; so every place where a capitalised word of letters ``w`` starts
        is among these starts when the part of ``w`` before its first other
        character is in ``watch``.
        """
        candidates, watched = self._candidates(text, watch)
        out: list[tuple[int, int, str]] = []
        after = 0  # a form found ends before this offset: no form starts inside it
        narrowed = self._narrowed
        for s, seg_end, forms in candidates:
            if s < after:
                continue
            if len(forms) > _FEW_FORMS:
                # "The" begins some ninety forms: try those the next two characters allow
                seg = text[s:seg_end]
                split = narrowed.get(seg)
                if split is None:
                    split = narrowed[seg] = _split_forms(seg, forms)
                by_next, short = split
                forms = by_next.get(text[s : seg_end + 2], ()) + short
            for form in forms:
                e = s + len(form)
                # a form that is its whole segment ends where the word does; a longer
                # one ("U.S.", "New York") must be in the text and end a word itself
                if e == seg_end or (e > seg_end and text.startswith(form, s)
                                    and not _word_char_at(text, e)):
                    out.append((s, e, form))
                    after = e + 1
                    break
        return out, watched

    def _candidates(
        self, text: str, watch: frozenset[str] = frozenset()
    ) -> tuple[list[tuple[int, int, tuple[str, ...]]], list[int]]:
        """(start, segment end, forms) of every word start whose segment has
        forms; and the starts of the capitalised words in ``watch`` or not all
        letters (see :meth:`find_watching`)."""
        by_segment = self.by_segment
        get = by_segment.get
        # one pass keeps the few words either list may want; both are cut from those
        wanted = self._segments_and.get(watch)
        if wanted is None:
            wanted = self._segments_and[watch] = frozenset(by_segment) | watch
        caps = [m for m in _CAPITALISED.finditer(text)
                if (w := m[0]) in wanted or not w.isalpha()]
        watched = [m.start() for m in caps if (w := m[0]) in watch or (
            not w.isalpha() and _letters_before_other(w) in watch)]
        found = [(m.start(), m.end(), forms) for m in caps
                 if (forms := get(m[0])) is not None]
        more = []
        prefixes = self.others_prefixes or ("",) * len(self.others)
        for scanner, prefix in zip(self.others, prefixes):
            if prefix not in text:
                continue  # "dpa", "mainland China": most texts hold no form's beginning
            for m in scanner.finditer(text, overlapped=True):
                s = m.start()
                seg = _SEGMENT_REST.match(text, s + 1)
                end = seg.end() if seg else s + 1
                forms = by_segment.get(text[s:end])
                if forms is not None:
                    more.append((s, end, forms))
        if more:
            found = sorted(found + more, key=lambda c: c[0])
        return found, watched


_WORD_CHAR = r"[\p{L}\p{N}_]"
_is_word_char = regex.compile(_WORD_CHAR).match
#: a capitalised word start and its segment; possessive: the whole run of word
#: characters, never less
_CAPITALISED = regex.compile(rf"(?<!{_WORD_CHAR})\p{{Lu}}{_WORD_CHAR}*+")
_SEGMENT_REST = regex.compile(_WORD_CHAR + "*+")
#: more segments than this that start with no capital share one scanner; each of
#: fewer has its own, with a literal the text is checked for first (the built-in
#: vocabulary has seven: "the", "al", "de", "el", "von", "dpa", "mainland"; one
#: shared scanner, tried at every offset of every text, cost 4x as much)
_OWN_SCANNERS = 16


#: a segment with more forms than this has them narrowed by what follows it
_FEW_FORMS = 8


def _split_forms(
    seg: str, forms: tuple[str, ...]
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The forms of segment ``seg`` (longest first) two characters longer than it or
    more, by those first ``len(seg) + 2`` characters; and the others, in order.

    A form found where the segment starts is in the text there, so it is among
    the forms under the text's own next two characters, or among the others;
    both keep the order of ``forms``, and the former are all the longer.
    """
    size = len(seg) + 2
    by_next: dict[str, list[str]] = {}
    for form in forms:
        if len(form) >= size:
            by_next.setdefault(form[:size], []).append(form)
    short = tuple(form for form in forms if len(form) < size)
    return {k: tuple(v) for k, v in by_next.items()}, short


def _letters_before_other(word: str) -> str:
    """The letters ``word`` starts with, up to its first other character."""
    for i, ch in enumerate(word):
        if not ch.isalpha():
            return word[:i]
    return word


def _word_char_at(text: str, i: int) -> bool:
    return i < len(text) and _is_word_char(text, i) is not None


def segment(surface: str) -> str:
    """A form's first character and the word characters right after it."""
    m = _SEGMENT_REST.match(surface, 1)
    return surface[: m.end() if m else 1]


def _index(
    forms: Iterable[str],
) -> tuple[dict[str, tuple[str, ...]], tuple[regex.Pattern[str], ...], tuple[str, ...]]:
    """The forms by segment (longest first), the scanners of the forms that start
    with no capital, and what all forms of each scanner begin with."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(segment(form), []).append(form)
    by_segment = {seg: tuple(sorted(fs, key=lambda f: (-len(f), f))) for seg, fs in groups.items()}
    others = [fs for seg, fs in by_segment.items() if not _UPPER.match(seg)]
    if len(others) > _OWN_SCANNERS:  # a caller's many lower-case entries: one scan
        others = [tuple(f for fs in others for f in fs)]
    # the trie of a segment's forms starts with the segment's literal text, which
    # the engine looks for quickly; only "the" before a known name is a candidate
    scanners = tuple(regex.compile(rf"(?<!{_WORD_CHAR})(?:{trie_pattern(fs)})") for fs in others)
    return by_segment, scanners, tuple(os.path.commonprefix(list(fs)) for fs in others)


_UPPER = regex.compile(r"\p{Lu}")


@functools.lru_cache(maxsize=16)
def gazetteer(lexicon: Lexicon) -> Gazetteer:
    """The vocabulary for ``lexicon`` (built-in entries unless ``builtin=False``)."""
    table: dict[str, list[Entry]] = {}

    def add(surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if not surface:
            return
        bucket = table.setdefault(surface, [])
        if entry not in bucket:
            bucket.append(entry)
        if surface.startswith("the "):  # "The Kremlin" at the start of a sentence
            add("The " + surface[4:], entry)

    first_names: set[str] = set()
    titles: set[str] = set()
    if lexicon.builtin:
        _add_builtin(add)
        from newsparse.data.actor_first_names import FIRST_NAMES
        from newsparse.data.titles import TITLES

        first_names |= FIRST_NAMES
        titles |= TITLES
    user: dict[str, list[Entry]] = {}
    for e in lexicon.entries:
        kind = e.kind
        # a caller's entry without a name is named by its words
        entry = Entry(kind, e.name.strip() or e.pattern.strip(), e.country, e.subkind or "user")
        if kind == "title":
            titles.add(e.pattern.lower())
            continue
        user.setdefault(e.pattern, []).append(entry)
        parts = e.name.split()
        if kind == "person" and len(parts) > 1:
            first_names.add(parts[0])
    for surface, entries in user.items():  # the caller's entries win
        table[surface] = entries
    frozen = {k: tuple(v) for k, v in table.items()}
    by_segment, others, prefixes = _index(frozen)
    lower = {k.lower(): v for k, v in frozen.items()
             if any(e.kind in ("place", "seat", "country") for e in v)}
    return Gazetteer(frozen, by_segment, others, frozenset(first_names), frozenset(titles), lower,
                     prefixes)


def _add_builtin(put: Callable[[str, Entry], None]) -> None:
    from newsparse.data import actor_countries as ac
    from newsparse.data import organizations as orgs
    from newsparse.data import places
    from newsparse.data.countries import COUNTRIES


    def display(code: str) -> str:
        if code in ac.DISPLAY_NAMES:
            return ac.DISPLAY_NAMES[code]
        if code in COUNTRIES:
            name, common, _ = COUNTRIES[code]
            return common or name
        return ac.HISTORIC.get(code, code)

    for code, (name, common, official) in COUNTRIES.items():
        for n in (name, common, official):
            if n and "," not in n and "(" not in n and n not in ac.SKIP_NAMES:
                put(n, Entry("country", display(code), code))
    for code, names in ac.EXTRA_NAMES.items():
        for n in names:
            put(n, Entry("country", display(code), code))
    for code, forms in ac.DEMONYMS.items():
        for d in forms:
            pref = ac.DEMONYM_PREFERENCE.get(d)
            if pref is not None and pref != code:
                continue
            put(d, Entry("demonym", display(code), code))
            if d.endswith(("an", "i")) and not d.endswith("ese"):
                put(d + "s", Entry("demonym", display(code), code))
    for surface, code in ac.SEATS.items():
        put(surface, Entry("seat", display(code), code,
                           "capital" if surface in ac.CAPITAL_SEATS
                           else "weak" if surface in ac.WEAK_SEATS else None))
    for canonical, aliases, country in orgs.ORGANIZATIONS:
        for n in (canonical, *aliases):
            sub = "acronym" if n.replace(".", "").isupper() and len(n) <= 8 else None
            put(n, Entry("organization", canonical, country, sub))
    canon = places.PLACE_CANONICAL
    for city, code in places.CAPITALS.items():
        put(city, Entry("place", canon.get(city, city), code, "city"))
    for city, code in places.CITIES.items():
        put(city, Entry("place", canon.get(city, city), code, "city"))
    for region, rcode in places.REGIONS.items():
        name = region[4:] if region.startswith("the ") else region
        put(region, Entry("place", canon.get(name, name), rcode, "region"))
    from newsparse.data.iso_regions import ISO_REGIONS  # generated: no name taken above

    iso_canonical = _one_name_per_region(ISO_REGIONS)
    for region, rcode in ISO_REGIONS.items():
        put(region, Entry("place", iso_canonical[region], rcode, "region"))
    for venue, vcode in places.VENUES.items():
        name = venue[4:] if venue.startswith("the ") else venue
        put(venue, Entry("place", name, vcode, "venue"))
    for name in ("Georgia",):  # the trap: resolved in countries.py
        put(name, Entry("country", "Georgia", "GEO", "ambiguous"))
    for inst in orgs.BARE_INSTITUTIONS:
        put(inst, Entry("organization", inst, None, "bare"))
    # last, so that a name already taken (a country, a place) keeps its meaning
    from newsparse.data.known_persons import KNOWN_PERSONS

    for name, country, aliases in KNOWN_PERSONS:
        for form in (name, *aliases):
            put(form, Entry("person", name, country, "known"))


def _one_name_per_region(regions: dict[str, str]) -> dict[str, str]:
    """For each spelling of a region, the one name all its spellings share: "Anbar", "Al
    Anbar" -> "Al Anbar"; "Tachira", "Táchira" -> "Táchira" (the accented, then the longest
    form), so that one region is one location however the text spells it."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name, code in regions.items():
        key = _ARABIC_ARTICLE.sub("", plain(name).lower())
        groups.setdefault((key, code), []).append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        best = max(names, key=lambda n: (not n.isascii(), len(n), n))
        for name in names:
            out[name] = best
    return out


#: an Arabic article opening a region's name: "Al Anbar", "Ad Daqahliyah"
_ARABIC_ARTICLE = regex.compile(r"^(?:" + alternation(ARABIC_ARTICLES) + r")[ -]")
