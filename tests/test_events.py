"""The events stage, on hand-built analyses (independent of the actor and time stages)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.data.event_triggers import CAMEO_ROOTS, EVENT_TRIGGERS, TARGET_PREPOSITIONS
from newsparse.events import find_events
from newsparse.events.clause import modality_before, negated_before
from newsparse.events.handmade import build_analysis
from newsparse.model import EVENT_TYPES, Event
from newsparse.pipeline import Analysis

ACTORS: list[Any] = [
    ("Emmanuel Macron", "person", "FRA", ["Emmanuel Macron", "Macron"]),
    ("Xi Jinping", "person", "CHN", ["Xi Jinping", "Xi"]),
    ("Joe Biden", "person", "USA", ["Joe Biden", "Biden"]),
    ("Vladimir Putin", "person", "RUS", ["Vladimir Putin", "Putin"]),
    ("Volodymyr Zelensky", "person", "UKR", ["Volodymyr Zelensky", "Zelensky"]),
    ("France", "country", "FRA", ["France", "French"]),
    ("China", "country", "CHN", ["China", "Chinese", "Beijing"]),
    ("United States", "country", "USA", ["United States", "US", "Washington"]),
    ("Russia", "country", "RUS", ["Russia", "Russian", "Moscow"]),
    ("Ukraine", "country", "UKR", ["Ukraine", "Ukrainian", "Kyiv"]),
    ("Israel", "country", "ISR", ["Israel", "Israeli"]),
    ("Iran", "country", "IRN", ["Iran", "Iranian", "Tehran"]),
    ("EU", "organization", None, ["EU", "European Union"]),
    ("UN", "organization", None, ["UN", "United Nations"]),
    ("Amnesty International", "organization", None, ["Amnesty International"]),
]
TIMES: list[Any] = [("Monday", "DATE", "2025-03-10"), ("next week", "DATE", "2025-W12")]


def run(text: str) -> tuple[Analysis, dict[str, str]]:
    a = build_analysis(text, published="2025-03-11", actors=ACTORS, times=TIMES)
    a = find_events(a)
    return a, {x.id: x.name for x in a.actors}


def only(text: str) -> tuple[Event, dict[str, str]]:
    a, names = run(text)
    assert len(a.events) == 1, a.events
    return a.events[0], names


# --- one sentence per type: type, source, target ---------------------------------

TYPES = [
    ("Russia invaded Ukraine in 2022.", "ASSAULT", "Russia", "Ukraine"),
    ("Israel launched airstrikes on Iran on Monday.", "ASSAULT", "Israel", "Iran"),
    ("Russia arrested Ukrainian activists.", "COERCE", "Russia", "Ukraine"),
    ("The EU imposed new sanctions on Russia.", "SANCTION", "EU", "Russia"),
    ("Biden suspended military aid to Ukraine.", "SANCTION", "Joe Biden", "Ukraine"),
    ("Russia cut diplomatic ties with Ukraine.", "SANCTION", "Russia", "Ukraine"),
    ("France suspended arms sales to Russia.", "SANCTION", "France", "Russia"),
    ("The United States imposed new tariffs on China.", "SANCTION", "United States", "China"),
    ("Iran threatened Israel with retaliation.", "THREATEN", "Iran", "Israel"),
    ("Macron accused Russia of lying.", "ACCUSE", "Emmanuel Macron", "Russia"),
    ("Amnesty International condemned China over the arrests.", "ACCUSE",
     "Amnesty International", "China"),
    ("Zelensky urged the United States to send more air defence.", "REQUEST",
     "Volodymyr Zelensky", "United States"),
    ("The UN called on Israel to open the crossings.", "REQUEST", "UN", "Israel"),
    ("Xi praised Putin for his leadership.", "SUPPORT", "Xi Jinping", "Vladimir Putin"),
    ("France signed a defence agreement with Ukraine.", "SUPPORT", "France", "Ukraine"),
    ("The United States pledged military aid to Ukraine.", "AID", "United States", "Ukraine"),
    ("China agreed to a ceasefire with Russia.", "AGREE", "China", "Russia"),
    ("France cooperated with Ukraine on demining.", "COOPERATE", "France", "Ukraine"),
    ("Russia rejected the proposal from Ukraine.", "REJECT", "Russia", "Ukraine"),
    ('Macron called the Russian move a "grave mistake".', "ACCUSE", "Emmanuel Macron", "Russia"),
    ("Biden attacked Putin in a speech.", "ACCUSE", "Joe Biden", "Vladimir Putin"),
    ("Russia attacked Ukraine overnight.", "ASSAULT", "Russia", "Ukraine"),
    ("Ukraine proposed a ceasefire with Russia.", "AGREE", "Ukraine", "Russia"),
    ("Russia cancelled the summit with Ukraine.", "REJECT", "Russia", "Ukraine"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), TYPES, ids=[t[0][:40] for t in TYPES])
def test_types_and_roles(text: str, kind: str, source: str, target: str) -> None:
    e, names = only(text)
    assert e.type == kind
    assert [names[s] for s in e.sources] == [source]
    assert target in [names[t] for t in e.targets]
    assert e.cameo == CAMEO_ROOTS[kind]
    assert e.trigger.text in e.text


INTRANSITIVE = [
    ("Russia withdrew its troops from the region.", "RETREAT", "Russia"),
    ("Iran mobilised reservists on Monday.", "MOBILIZE", "Iran"),
    # PLOVER manual: the actual release of prisoners is a RETREAT, a pardon a CONCEDE
    ("Israel released dozens of prisoners.", "RETREAT", "Israel"),
]


@pytest.mark.parametrize(("text", "kind", "source"), INTRANSITIVE, ids=[t[0][:40] for t in INTRANSITIVE])
def test_intransitive(text: str, kind: str, source: str) -> None:
    e, names = only(text)
    assert e.type == kind
    assert [names[s] for s in e.sources] == [source]


# --- roles: passive, possessive, coordination, title gaps -------------------------

def test_passive_voice_swaps_roles() -> None:
    e, names = only("Ukraine was attacked by Russia on Monday.")
    assert (e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) == (
        "ASSAULT", ["Russia"], ["Ukraine"])
    assert e.date == "2025-03-10"


def test_possessive_source() -> None:
    e, names = only("Macron's criticism of China drew an angry reply.")
    assert (e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) == (
        "ACCUSE", ["Emmanuel Macron"], ["China"])


def test_coordinated_sources() -> None:
    e, names = only("France and the United States condemned Iran.")
    assert [names[s] for s in e.sources] == ["France", "United States"]
    assert [names[t] for t in e.targets] == ["Iran"]


def test_symmetric_events_pair_coordinated_subjects() -> None:
    e, names = only("France and Ukraine signed a security agreement on Monday.")
    assert (e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) == (
        "SUPPORT", ["France"], ["Ukraine"])


def test_title_gap_collapses_demonym() -> None:
    e, names = only("Biden criticised Russian President Vladimir Putin.")
    assert [names[t] for t in e.targets] == ["Vladimir Putin"]


# --- modality, negation, attribution -------------------------------------------------

MODALITY = [
    ("Russia attacked Ukraine.", "asserted"),
    ("Russia will attack Ukraine.", "planned"),
    ("Russia is expected to attack Ukraine next week.", "planned"),
    ("Russia could attack Ukraine.", "hypothetical"),
    ("Russia may impose sanctions on Ukraine.", "hypothetical"),
]


@pytest.mark.parametrize(("text", "modality"), MODALITY, ids=[m[0][:40] for m in MODALITY])
def test_modality(text: str, modality: str) -> None:
    a, _ = run(text)
    got = [e.modality for e in a.events]
    assert got == [modality]


def test_negation() -> None:
    e, _ = only("France did not condemn Israel.")
    assert e.type == "ACCUSE" and e.negated is True
    e, _ = only("France condemned Israel.")
    assert e.negated is False


def test_offer_to_talk_needs_no_target() -> None:
    e, names = only("Macron would be ready to discuss nuclear deterrence.")
    assert (e.type, [names[s] for s in e.sources], e.modality) == (
        "AGREE", ["Emmanuel Macron"], "hypothetical")


def test_denied_meeting_between_two_is_reject() -> None:
    e, names = only("Biden and Xi did not hold a meeting in Geneva.")
    assert (e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) == (
        "REJECT", ["Joe Biden"], ["Xi Jinping"])
    assert e.text == "did not hold a meeting"


def test_denied_meeting_is_reject() -> None:
    e, names = only("Zelensky refused to meet Putin.")
    assert e.type == "REJECT"
    assert [names[s] for s in e.sources] == ["Volodymyr Zelensky"]
    assert [names[t] for t in e.targets] == ["Vladimir Putin"]


ATTRIBUTION = [
    ("Russia attacked Ukraine, according to a Ukrainian official.", "Ukraine"),
    ("Russia attacked Ukraine, the French military has said.", "France"),
    ("Russia attacked Ukraine, a senior diplomat said.", "a senior diplomat"),
    ("Russia attacked Ukraine on Monday.", None),
]


@pytest.mark.parametrize(("text", "source"), ATTRIBUTION, ids=[a[0][:40] for a in ATTRIBUTION])
def test_attribution(text: str, source: str | None) -> None:
    e, names = only(text)
    got = names.get(e.attributed_to, e.attributed_to) if e.attributed_to else None
    assert got == source


# --- negatives ----------------------------------------------------------------------

NEGATIVES = [
    "Biden attacked the proposal as reckless.",
    "Macron declined to comment on Russia.",
    "Biden proposed a new budget for the United States.",
    "The attacks came from Iran.",
    "The weather was calm in Kyiv on Monday.",
    "Prices of Chinese goods rose.",
    "He was murdered last year.",
]


XFAIL = [
    pytest.param("The offensive was condemned by the European Union.", "ACCUSE",
                 marks=pytest.mark.xfail(strict=True, reason="the target is an act, not an actor"),
                 id="condemned-act"),
]


def test_weapons_that_hit_are_force() -> None:
    # "hit" alone is too ambiguous to list; after a weapon it is force
    a, _ = run("Iran's missiles hit Israel overnight.")
    assert [e.type for e in a.events] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "kind"), XFAIL)
def test_known_misses(text: str, kind: str) -> None:
    a, _ = run(text)
    assert [e.type for e in a.events] == [kind]


# --- round two: phrasal triggers, CAMEO2PLOVER classes --------------------------------

MORE_TYPES = [
    ("After Russia began a new offensive into Ukraine, the talks stopped.", "ASSAULT",
     "Russia", "Ukraine"),
    ("Israel killed an Iranian general in Syria.", "ASSAULT", "Israel", "Iran"),
    ("Russia shot down a Ukrainian drone.", "ASSAULT", "Russia", "Ukraine"),
    ("The EU voted on a resolution to expel US troops.", "COERCE", "EU", "United States"),
    ("Iran expelled French journalists.", "COERCE", "Iran", "France"),
    # releasing people held: PLOVER RETREAT ("the actual release or exchange of
    # prisoners"), the target the state they belong to; a pardon is a CONCEDE
    ("Iran released a French citizen held for two years.", "RETREAT", "Iran", "France"),
    ("Russia freed two Ukrainian soldiers on Monday.", "RETREAT", "Russia", "Ukraine"),
    ("Putin pardoned two Ukrainian soldiers on Monday.", "CONCEDE", "Vladimir Putin", "Ukraine"),
    # an adverb between "was" and the participle keeps the passive ("\w++ly" was a
    # pattern that could never match)
    ("Ukraine was repeatedly attacked by Russia.", "ASSAULT", "Russia", "Ukraine"),
    # a passive with no "by": the demonym of the attack it happened in is the attacker
    ("Two Ukrainian soldiers were wounded in a Russian drone attack.", "ASSAULT", "Russia",
     "Ukraine"),
    ("Zelensky was nearly killed in a Russian missile strike.", "ASSAULT", "Russia",
     "Volodymyr Zelensky"),
    # "thousands of X" is X: a crowd's "of" is no preposition that hides the subject
    ("Thousands of Ukrainian students protested outside the Russian embassy.", "PROTEST",
     "Ukraine", "Russia"),
    ("Hundreds of Israeli citizens protested in front of the Iranian embassy.", "PROTEST",
     "Israel", "Iran"),
    # signing agreements (PLOVER 057, SUPPORT), with up to three words before the noun
    ("Putin and Xi signed a series of economic agreements.", "SUPPORT", "Vladimir Putin",
     "Xi Jinping"),
    # a quoted verdict that praises is SUPPORT ("praise or endorse"), not ACCUSE
    ("Biden described Zelensky as \"a courageous leader\" on Monday.", "SUPPORT",
     "Joe Biden", "Volodymyr Zelensky"),
    ("Biden described Putin as \"a killer\" on Monday.", "ACCUSE", "Joe Biden",
     "Vladimir Putin"),
    # backing someone is SUPPORT; voting against or opposing is REJECT
    ("France backed Ukraine's bid on Monday.", "SUPPORT", "France", "Ukraine"),
    ("Israel voted against Iran at the UN.", "REJECT", "Israel", "Iran"),
    # PLOVER: summoning an ambassador is ACCUSE; a coercive warning is THREATEN
    ("France summoned the Russian ambassador on Monday.", "ACCUSE", "France", "Russia"),
    ("Israel summoned Iran's envoy over the strikes.", "ACCUSE", "Israel", "Iran"),
    ("The US warned China against any military action.", "THREATEN", "United States", "China"),
    ("Russia warned Ukraine of serious consequences.", "THREATEN", "Russia", "Ukraine"),
    # a ban on another state's airlines cuts ties (PLOVER SANCTION: embargoes, boycotts)
    ("China banned Israeli airlines on Monday.", "SANCTION", "China", "Israel"),
    ("A Russian court sentenced Ukrainian sailors to six years.", "COERCE", "Russia", "Ukraine"),
    ("Ukraine charged Russian soldiers with war crimes.", "COERCE", "Ukraine", "Russia"),
    ("The EU opened an investigation into Chinese subsidies.", "ACCUSE", "EU", "China"),
    ("The EU impeached nobody, but France investigated Iranian banks.", "ACCUSE", "France", "Iran"),
    ("The United States believes Iran ordered the attack.", "ACCUSE", "United States", "Iran"),
    ('France characterized Iranian threats as "unacceptable".', "ACCUSE", "France", "Iran"),
    ("Macron recommended that Ukraine accept the offer.", "REQUEST", "Emmanuel Macron", "Ukraine"),
    ("France granted asylum to Russian dissidents.", "AID", "France", "Russia"),
    ("The United States pledged $500 million in aid to Ukraine.", "AID", "United States",
     "Ukraine"),
    ("Russia sent more troops to Ukraine.", "MOBILIZE", "Russia", "Ukraine"),
    ("France expelled two Iranian diplomats on Monday.", "SANCTION", "France", "Iran"),
    ("Russia broke off diplomatic relations with Ukraine.", "SANCTION", "Russia", "Ukraine"),
    ("Russia retreated from Ukraine.", "RETREAT", "Russia", ""),
    ("Biden said Iran was responsible for the attacks.", "ACCUSE", "Joe Biden", "Iran"),
    ("Russia rejected demands by Ukraine.", "REQUEST", "Ukraine", "Russia"),
    ("Russia rejected demands by Ukraine.", "REJECT", "Russia", "Ukraine"),
    ("China made demands of Russia.", "REQUEST", "China", "Russia"),
    ('Putin launched a fierce attack on Zelensky, calling him "a clown".', "ACCUSE",
     "Vladimir Putin", "Volodymyr Zelensky"),
    ("Iran's attack on Israel drew condemnation.", "ASSAULT", "Iran", "Israel"),
    ("China's support for Russia worried Ukraine.", "SUPPORT", "China", "Russia"),
    ("The arrest of Zelensky by Russian soldiers was a lie.", "COERCE", "Russia",
     "Volodymyr Zelensky"),
    ("Moscow ordered the expulsion of ten French diplomats.", "SANCTION", "Russia", "France"),
    # a border, crossing or airspace closed: PLOVER SANCTION "discontinue"
    ("Iran closed its airspace to Israeli flights.", "SANCTION", "Iran", "Israel"),
    ("France announced it would send tanks to Ukraine.", "AID", "France", "Ukraine"),
    ("Biden told Zelensky to hold elections.", "REQUEST", "Joe Biden", "Volodymyr Zelensky"),
    ("Macron pressed Israel to open the crossings.", "REQUEST", "Emmanuel Macron", "Israel"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), MORE_TYPES,
                         ids=[t[0][:40] for t in MORE_TYPES])
def test_more_types_and_roles(text: str, kind: str, source: str, target: str) -> None:
    a, names = run(text)
    found = [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
             for e in a.events]
    assert any(k == kind and source in s and (target in t or not target) for k, s, t in found), found


def test_request_of_reverses_roles() -> None:
    a, names = run("Zelensky agreed to the request of Macron to delay the vote.")
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in a.events] == [("AGREE", ["Volodymyr Zelensky"], ["Emmanuel Macron"]),
                                   ("REQUEST", ["Emmanuel Macron"], ["Volodymyr Zelensky"])]
    a, names = run("The UN will study the request of Ukraine to send observers.")
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in a.events] == [("REQUEST", ["Ukraine"], ["UN"])]


QUOTES = [
    ('Macron wrote, "I count on Russia to respect the truce."', "REQUEST", "Emmanuel Macron",
     "Russia"),
    ('The French president, Macron, said on Monday "We made a plea to Putin once again."',
     "REQUEST", "Emmanuel Macron", "Vladimir Putin"),
    ('"We urge Iran to stop," Biden said.', "REQUEST", "Joe Biden", "Iran"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), QUOTES, ids=[q[0][:40] for q in QUOTES])
def test_first_person_in_a_quote_is_the_speaker(text: str, kind: str, source: str, target: str) -> None:
    e, names = only(text)
    assert (e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) == (
        kind, [source], [target])


ANAPHORA = [
    ("Russia launched an offensive against Ukraine. The offensive was condemned by the EU.",
     "EU", "Russia"),
    ("Russia invaded Ukraine on Monday. France condemned the attack.", "France", "Russia"),
    ('Biden suspended aid to Ukraine. Macron called the move a "disgrace".', "Emmanuel Macron",
     "Joe Biden"),
    ("Iran arrested Israeli tourists. The EU welcomed the decision.", "EU", "Iran"),
]


@pytest.mark.parametrize(("text", "source", "target"), ANAPHORA, ids=[x[0][-40:] for x in ANAPHORA])
def test_the_act_points_back_to_its_actor(text: str, source: str, target: str) -> None:
    a, names = run(text)
    second = a.events[-1]
    assert len(a.events) == 2, a.events
    assert ([names[s] for s in second.sources], [names[t] for t in second.targets]) == (
        [source], [target])


def test_one_event_named_twice_in_a_sentence_is_one() -> None:
    a, _ = run("Russia announced a withdrawal from Ukraine, beyond the withdrawal from Kyiv.")
    assert [e.type for e in a.events] == ["RETREAT"]


MORE_NEGATIVES = [
    'Biden characterized his call with Xi as "productive".',
    "Putin struck a balance between Xi and Biden.",
    "Zelensky was killed by no one, as he said.",
    "Ukraine was killed off by a rumour after Zelensky spoke.",
    "Macron condemned the attack.",
    "The offensive was condemned by the European Union.",
    "Russia killed time in Moscow.",
    "The Chinese envoy was a recognized expert on Iran.",
    "After the war Biden retreated to his home in Delaware.",
    "Biden said Iran was a large country with a long history.",
    "Support for Ukraine grew in France and Israel.",
    "Putin told journalists Ukraine was going to lose.",
    "The company released a new phone on Monday.",
    "France warned of heavy rain on Monday.",
    "Biden warned that China was growing fast.",
    "Rebels, backed by Russia, seized the town.",
    "Zelensky was killed in an accident, Russian media claimed.",
]


@pytest.mark.parametrize(
    "text", NEGATIVES + MORE_NEGATIVES, ids=[t[:40] for t in NEGATIVES + MORE_NEGATIVES]
)
def test_no_event(text: str) -> None:
    """Other senses of trigger words, and sentences with no event, give none."""
    a, _ = run(text)
    assert a.events == (), [(e.type, e.text) for e in a.events]



XFAIL_TWO = [
    pytest.param("The Senate confirmed him on Monday after Biden named Zelensky.", "SUPPORT",
                 marks=pytest.mark.xfail(strict=True, reason="object pronouns are not resolved here"),
                 id="confirmed-him"),
    pytest.param("Syrian government forces began deploying into the north.", "MOBILIZE",
                 marks=pytest.mark.xfail(strict=True, reason="a demonym inside the subject "
                                         "noun phrase is not its actor"),
                 id="government-forces"),
    pytest.param('Biden said Putin "is trying to divide Europe".', "ACCUSE",
                 marks=pytest.mark.xfail(strict=True, reason="an accusation by reported speech "
                                         "has no trigger word"),
                 id="reported-accusation"),
]


@pytest.mark.parametrize(("text", "kind"), XFAIL_TWO)
def test_known_misses_round_two(text: str, kind: str) -> None:
    a, _ = run(text)
    assert [e.type for e in a.events] == [kind]


# --- data and properties ---------------------------------------------------------------


def test_data_covers_every_type() -> None:
    assert set(EVENT_TRIGGERS) == set(EVENT_TYPES)
    assert set(CAMEO_ROOTS) == set(EVENT_TYPES)
    assert set(TARGET_PREPOSITIONS) == set(EVENT_TYPES)


def test_cue_helpers() -> None:
    assert modality_before("They are then to meet.", 0, 17) == "planned"
    assert modality_before("It announced it would meet.", 0, 22) == "planned"
    assert negated_before("They will not reconvene until May.", 0, 14) is False


WORDS = st.sampled_from(
    ["Russia", "invaded", "Ukraine", "was", "attacked", "by", "France", "'s", "criticism",
     "of", "and", ",", ".", "not", "will", "could", "according", "to", "said", "the",
     "sanctions", "on", "Monday", "urged", "Iran", "\n", "-", "\""]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_any_text_gives_valid_events(text: str) -> None:
    a, _ = run(text)
    ids = {x.id for x in a.actors}
    for n, e in enumerate(a.events, start=1):
        assert e.id == f"E{n}"
        assert set(e.sources) <= ids and set(e.targets) <= ids
        assert a.text[e.span.start : e.span.end] == e.text == e.span.text
        assert a.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.span.contains(e.trigger)


def test_hostile_quotes_are_fast() -> None:
    import time

    text = 'Macron wrote, "' + ("I count on Russia to " * 4000) + ('"' * 20000)
    a = build_analysis(text, actors=ACTORS[:9])
    t0 = time.perf_counter()
    find_events(a)
    assert time.perf_counter() - t0 < 1.0


def test_hostile_input_is_fast() -> None:
    import time

    text = ("Russia attacked " * 3000) + ("(" * 40000) + ("a" * 100000)
    a = build_analysis(text, actors=ACTORS[:9])
    t0 = time.perf_counter()
    find_events(a)
    assert time.perf_counter() - t0 < 1.0


def test_a_place_after_to_is_a_recipient() -> None:
    a = build_analysis(
        "Israel sent aid to Ukraine. The talks in Ukraine ended.",
        actors=[("Israel", "country", "ISR", ["Israel"]), ("Ukraine", "country", "UKR", ["Ukraine"])],
        locations=[("Ukraine", "country", "UKR", ["Ukraine"])],
    )
    events = find_events(a).events
    assert [(e.type, e.sources, e.targets) for e in events] == [("AID", ("A1",), ("A2",))]


# --- speed (issue 6): the literal-head prefilter must find exactly what a full scan finds ---

def _full_scan(text: str) -> list[tuple[str, int, int]]:
    from newsparse.events import triggers

    return [(str(m.lastgroup), m.start(), m.end()) for m in triggers._trigger_re().finditer(text.lower())]


def _fast_scan(text: str) -> list[tuple[str, int, int]]:
    from newsparse.events import triggers
    from newsparse.events.prefilter import prefiltered

    low = text.lower()
    return [(str(m.lastgroup), m.start(), m.end())
            for m in prefiltered(triggers._trigger_re(), triggers._head_re(), low)]


def _by_sentence(text: str) -> tuple[list[list[tuple[str, int, int]]], list[list[tuple[str, int, int]]]]:
    """The triggers of each sentence found one sentence at a time, and as the event
    stage finds them from one head scan of the text."""
    from newsparse.events.head_scan import find_trigger_heads
    from newsparse.events.triggers import find_triggers, matches_from_heads, named
    from newsparse.text import split_sentences

    sentences = split_sentences(text)
    one_by_one = [list(find_triggers(text, s.start, s.end)) for s in sentences]
    heads = find_trigger_heads(text, sentences)
    batched = [list(named(text, heads.low, matches_from_heads(heads.low, heads.events.get(i, ()), s.end)))
               for i, s in enumerate(sentences)]
    return one_by_one, batched


PREFILTER_TEXTS = [
    "Russia invaded Ukraine and air strikes on Kyiv followed.",
    "The co-operation with Paris ended; France agreed to withdraw its troops.",
    "Chairs were cut off; she cut off aid to the region and put out a call for calm.",
    "Anti-sanctions rallies: new sanctions on Iran, then sanctions against Syria.",
    "He spoke with Xi, then talked with Macron, and consulted with Biden.",
    "Israel's support for the plan; they threw their support behind it.",
    "airstrikes against airports, air-raids, airstrike on the base",
]


@pytest.mark.parametrize("text", PREFILTER_TEXTS, ids=[t[:30] for t in PREFILTER_TEXTS])
def test_prefilter_finds_what_a_full_scan_finds(text: str) -> None:
    assert _fast_scan(text) == _full_scan(text)
    assert _full_scan(text)  # each sentence has at least one trigger


def test_one_head_scan_finds_what_a_scan_per_sentence_finds() -> None:
    text = " ".join(PREFILTER_TEXTS)
    one_by_one, batched = _by_sentence(text)
    assert batched == one_by_one
    assert sum(map(len, batched)) >= len(PREFILTER_TEXTS)


def test_every_trigger_has_a_literal_head() -> None:
    from newsparse.events.prefilter import heads

    for kind, fragments in EVENT_TRIGGERS.items():
        for fragment in fragments:
            found = heads(fragment)
            assert found and "" not in found, (kind, fragment)
            assert all(h.isalpha() for h in found), (kind, fragment)


_TRIGGERISH = st.sampled_from(
    ["air", "strikes", "on", "attack", "attacks", "co-operated", "with", "cut", "off", "aid",
     "sanctions", "against", "agreed", "to", "withdraw", "troops", "the", "Russia", "-", "'s",
     "support", "for", "spoke", "invaded", "new", "called", "off", "talks", "\"x\"", ",", "chair"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TRIGGERISH, max_size=30), st.sampled_from([" ", "", "  ", "-"]))
def test_prefilter_equals_full_scan_on_any_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert _fast_scan(text) == _full_scan(text)
    one_by_one, batched = _by_sentence(text.replace(" the ", ". The "))
    assert batched == one_by_one


#: whole-pipeline sentences (the actor stage finds the places too): a country right
#: after a trigger that ends in its preposition is the target, not a place
PREPOSITION_TARGETS = [
    ("Hamas fired rockets at Israel on Monday.", "ASSAULT", "Hamas", "Israel"),
    ("Houthi rebels fired missiles at Saudi Arabia.", "ASSAULT", "Houthis", "Saudi Arabia"),
    ("Iran fired missiles into Iraq.", "ASSAULT", "Iran", "Iraq"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), PREPOSITION_TARGETS,
                         ids=[r[0][:30] for r in PREPOSITION_TARGETS])
def test_target_right_after_a_trigger_preposition(text: str, kind: str, source: str,
                                                   target: str) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events] == [(kind, [source], [target])]


@pytest.mark.parametrize("text", [
    "France vetoed the sanctions on Russia.",
    "France voted against the sanctions on Russia.",
    "France opposed the sanctions on Russia.",
    "The EU condemned the attack on Israel.",
])
def test_a_definite_noun_a_verb_acts_on_is_no_event_of_the_subject(text: str) -> None:
    """"France vetoed the sanctions on Russia": France imposed no sanctions."""
    a, _ = run(text)
    assert [e.type for e in a.events] and all(e.type != "SANCTION" and e.type != "ASSAULT"
                                               for e in a.events)


#: whole-pipeline rows for the phrasings probed in round 5, one class a block:
#: (sentence, type, a source name, a target name or None for an intransitive type)
ROUND_FIVE = [
    # support or solidarity voiced, reaffirmed, reiterated (not only "expressed support")
    ("Germany voiced support for Ukraine's bid to join the European Union.", "SUPPORT",
     "Germany", "Ukraine"),
    ("The United States reaffirmed its support for the Philippines in the South China Sea.",
     "SUPPORT", "United States", "Philippines"),
    ("France expressed solidarity with Morocco after the earthquake.", "SUPPORT", "France",
     "Morocco"),
    # accepting an offer, an invitation, a proposal; willingness to talk; an invitation to visit
    ("Venezuela accepted an invitation from Brazil to hold talks in Brasilia.", "AGREE",
     "Venezuela", "Brazil"),
    ("Russia accepted Turkey's offer to mediate.", "AGREE", "Russia", "Turkey"),
    ("Hamas accepted the ceasefire proposal put forward by Egypt and Qatar.", "AGREE", "Hamas",
     "Egypt"),
    ("Ukraine signaled its willingness to negotiate with Russia over grain exports.", "AGREE",
     "Ukraine", "Russia"),
    ("Armenia invited Azerbaijan to resume peace talks in Washington.", "AGREE", "Armenia",
     "Azerbaijan"),
    # asking someone for something, seeking help from someone
    ("Ukrainian President Volodymyr Zelensky asked Germany for more air defence systems.",
     "REQUEST", "Volodymyr Zelensky", "Germany"),
    ("Pakistan sought assistance from the International Monetary Fund.", "REQUEST", "Pakistan",
     "IMF"),
    # formal complaints: a case filed, a protest lodged
    ("South Africa filed a case against Israel at the International Court of Justice.", "ACCUSE",
     "South Africa", "Israel"),
    ("Beijing lodged a protest with Tokyo over the visit to the Yasukuni shrine.", "ACCUSE",
     "China", "Japan"),
    # dismissing or spurning someone's claims or offer; blocking someone's bid
    ("China dismissed the accusations by the United States as groundless.", "REJECT", "China",
     "United States"),
    ("North Korea spurned South Korea's offer of talks.", "REJECT", "North Korea",
     "South Korea"),
    ("Turkey blocked Sweden's bid to join NATO.", "REJECT", "Turkey", "Sweden"),
    # reducing relations: ending or revoking cooperation, withdrawing diplomats, freezing
    # assets, blacklisting, banning imports (not COERCE: no person is banned)
    ("Niger ended military cooperation with France.", "SANCTION", "Niger", "France"),
    ("Niger revoked its military agreement with the United States.", "SANCTION", "Niger",
     "United States"),
    ("France withdrew its ambassador from Niger.", "SANCTION", "France", "Niger"),
    ("The United States froze the assets of Russian oligarch Roman Abramovich.", "SANCTION",
     "United States", "Russia"),
    ("The United States blacklisted three Chinese companies.", "SANCTION", "United States",
     "China"),
    ("China banned imports of Japanese seafood.", "SANCTION", "China", "Japan"),
    # coercive warnings with a quoted response or a would-retaliate clause; ultimatums
    ('Iran warned Israel of a "crushing response" to any attack.', "THREATEN", "Iran", "Israel"),
    ("Hezbollah warned Israel that it would strike back.", "THREATEN", "Hezbollah", "Israel"),
    ("Venezuela gave Guyana an ultimatum over the disputed region.", "THREATEN", "Venezuela",
     "Guyana"),
    # protests outside an embassy; a sit-in staged
    ("Pro-Palestinian activists demonstrated outside the Israeli embassy in London.", "PROTEST",
     "Palestine", "Israel"),
    # a protest against a law: against the protesters' own government
    ("Georgian students staged a sit-in against the foreign agents law.", "PROTEST", "Georgia",
     "Georgia"),
    # shows of force: carriers, a warship, reservists; troops moved or dispatched
    ("The United States deployed two aircraft carriers to the eastern Mediterranean.",
     "MOBILIZE", "United States", None),
    ("Britain dispatched a warship to Guyana.", "MOBILIZE", "United Kingdom", "Guyana"),
    ("Israel called up 300,000 reservists.", "MOBILIZE", "Israel", None),
    ("India moved additional troops to its border with China.", "MOBILIZE", "India", "China"),
    # strikes "carried out"
    ("Pakistan carried out airstrikes inside Iran.", "ASSAULT", "Pakistan", "Iran"),
    # forces pulled out
    ("Russia pulled its forces out of Kherson.", "RETREAT", "Russia", None),
    # aid approved, extended, airlifted, shipped; aid received from someone (roles reversed)
    ("The World Bank approved a $1.5 billion loan to Ukraine.", "AID", "World Bank", "Ukraine"),
    ("Japan extended a $500 million loan to Sri Lanka.", "AID", "Japan", "Sri Lanka"),
    ("Qatar airlifted humanitarian supplies to Lebanon.", "AID", "Qatar", "Lebanon"),
    ("Germany shipped howitzers to Ukraine.", "AID", "Germany", "Ukraine"),
    ("Ukraine received F-16 fighter jets from Denmark.", "AID", "Denmark", "Ukraine"),
    # an invitation extended (PLOVER: invitations for state visits are AGREE)
    ("The Kremlin extended an invitation to Iranian President Masoud Pezeshkian.", "AGREE",
     "Russia", "Masoud Pezeshkian"),
    # diplomats expelled, in the passive: SANCTION as in the active
    ("Two Russian diplomats were expelled by Norway.", "SANCTION", "Norway", "Russia"),
    ("Egypt closed the Rafah crossing to Palestinians.", "SANCTION", "Egypt", "Palestine"),
    # reciprocal acts: coordinated subjects act on each other, whatever the type
    ("Israel and Hezbollah exchanged fire across the border.", "ASSAULT", "Israel", "Hezbollah"),
    ("India and Canada expelled each other's diplomats.", "SANCTION", "India", "Canada"),
    # suspending participation; approving a bid; upgrading or restoring relations
    ("Russia suspended its participation in the New START treaty with the United States.",
     "SANCTION", "Russia", "United States"),
    ("Turkey's parliament approved Sweden's bid to join NATO.", "SUPPORT", "Turkey", "Sweden"),
    ("Vietnam and the United States upgraded their relations to a comprehensive strategic "
     "partnership.", "SUPPORT", "Vietnam", "United States"),
    ("Saudi Arabia restored diplomatic ties with Iran.", "SUPPORT", "Saudi Arabia", "Iran"),
    # a deal struck or sealed; vows of revenge; executions (PLOVER ASSAULT 'targeted')
    ("Ukraine struck a deal with Poland on grain imports.", "AGREE", "Ukraine", "Poland"),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei vowed revenge against Israel.", "THREATEN",
     "Ali Khamenei", "Israel"),
    ("Russia vowed to retaliate against Ukraine for the drone attack.", "THREATEN", "Russia",
     "Ukraine"),
    ("Iran executed a British-Iranian national accused of spying.", "ASSAULT", "Iran",
     "United Kingdom"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), ROUND_FIVE,
                         ids=[r[0][:40] for r in ROUND_FIVE])
def test_round_five_phrasings(text: str, kind: str, source: str, target: str | None) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2024-10-17")
    names = {a.id: a.name for a in doc.actors}
    found = [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
             for e in doc.events]
    assert any(k == kind and source in s and (target in t if target else not t)
               for k, s, t in found), found


@pytest.mark.parametrize("text", [
    "The court dismissed the case against former Brazilian President Jair Bolsonaro.",
    "Russian President Vladimir Putin dismissed his defence minister Sergei Shoigu.",
    "Police blocked the road to the Israeli embassy in Ankara.",
    "The United States carried out a review of its aid to Ukraine.",
    "Ukraine withdrew its ambassador's remarks about Poland.",
    "France ended its presidency of the EU council with a summit.",
    "China sent a delegation to the United States.",
    "Iran warned that prices would rise.",
    "Israel accepted the resignation of its ambassador to the UN.",
    "Brazil moved its embassy to Jerusalem.",
    "Belarus stationed Russian nuclear weapons on its territory.",
    "South Africa asked the International Court of Justice to order Israel to halt its offensive.",
    "President George W. Bush can call up to 200,000 reservists for up to 180 days.",
    "Turkish President Recep Tayyip Erdogan sought re-election.",
    "The US Senate approved an aid bill for Israel.",
    "Ukraine received a phone call from French President Emmanuel Macron.",
    "US President Donald Trump praised the accords that normalized relations between Israel and "
    "Bahrain.",
    "The two leaders exchanged views on Ukraine and Israel.",
    "Police executed a search warrant at the home of Ukraine's ambassador.",
    "The Philippines vowed to defend its sovereignty against China.",
    "The terrorist facilities the U.S. raided in Sudan and Afghanistan were destroyed.",
])
def test_round_five_no_event(text: str) -> None:
    """Near misses of the round-5 phrasings: no event, or none with a wrong target."""
    import newsparse

    doc = newsparse.parse(text, published="2024-10-17")
    names = {a.id: a.name for a in doc.actors}
    bad = {"South Africa asked": "Israel"}
    for e in doc.events:
        key = next((k for k in bad if text.startswith(k)), None)
        assert key is not None and bad[key] not in [names[t] for t in e.targets], e


@pytest.mark.parametrize("text", [
    "France has no plans to impose sanctions on China.",
    "The United States has no intention of sending troops to Ukraine.",
])
def test_no_plans_to_denies_the_event(text: str) -> None:
    a, _ = run(text)
    assert a.events and all(e.negated for e in a.events)


def test_a_struck_deal_is_an_agreement_not_an_attack() -> None:
    a, names = run("Putin struck a deal with Xi.")
    assert [(e.type, names[e.sources[0]], names[e.targets[0]]) for e in a.events] == [
        ("AGREE", "Vladimir Putin", "Xi Jinping")]


#: "X said it would ...": the reported clause opens on a pronoun that is the reporter
#: (whole pipeline: type, source, target, modality)
SAID_IT = [
    ("Kenya said it would send troops to Haiti.", "MOBILIZE", "Kenya", "Haiti", "planned"),
    ("Russia said it had deployed troops to Belarus.", "MOBILIZE", "Russia", "Belarus",
     "asserted"),
    ("Iraq said it invaded Kuwait because of a dispute over oil.", "ASSAULT", "Iraq", "Kuwait",
     "asserted"),
    # the bare verbs of this round after a modal
    ("Germany is expected to approve a $2 billion loan to Ukraine next week.", "AID", "Germany",
     "Ukraine", "planned"),
    ("The EU could freeze the assets of Russian oligarchs.", "SANCTION", "EU", "Russia",
     "hypothetical"),
    ("Poland may withdraw its ambassador from Belarus.", "SANCTION", "Poland", "Belarus",
     "hypothetical"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target", "modality"), SAID_IT,
                         ids=[r[0][:40] for r in SAID_IT])
def test_said_it_would(text: str, kind: str, source: str, target: str, modality: str) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2024-10-17")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[x] for x in e.sources], [names[x] for x in e.targets], e.modality)
            for e in doc.events] == [(kind, [source], [target], modality)]


@pytest.mark.parametrize("text", [
    # "he" is no country, "it" no person: the pronoun is someone else
    "French President Emmanuel Macron said it would send troops to Ukraine.",
    "France said he would send troops to Ukraine.",
    # a takeover is no political agreement
    "Ratners Group said it agreed to acquire Weisfield's.",
    "The United States agreed to buy Russian oil.",
    # bare "accept"/"block" need a modal: their subject may be far back
    "Allies might drop out of the effort against Iraq and accept some deal from Saddam Hussein.",
    '"I don\'t see what will block the Paribas bid," said Philippe de Cholet.',
])
def test_said_it_and_bare_verbs_negatives(text: str) -> None:
    import newsparse

    assert newsparse.parse(text, published="2024-10-17").events == ()


#: round 5, whole pipeline: (sentence, [(type, sources, targets)]) exactly
EXACT_FIVE = [
    # a clause opening on an unresolved pronoun: a name its verb acts on is no subject
    ("The Israeli military said it had killed a senior Hezbollah commander in a strike on "
     "Beirut.", [("ASSAULT", ["Israel"], ["Hezbollah"])]),
    # a verdict on any such act: the one who would veto imposes nothing
    ("Hungarian Foreign Minister Peter Szijjarto said Budapest would veto any new sanctions "
     "against Russia.", [("REJECT", ["Hungary"], ["Russia"])]),
    # a verdict on an act named right after it: its target is who carried the act out
    ("The EU condemned attacks on Israel by Hezbollah.",
     [("ACCUSE", ["EU"], ["Hezbollah"]), ("ASSAULT", ["Hezbollah"], ["Israel"])]),
    # an offer to resume talks
    ("Iranian Foreign Minister Abbas Araghchi said Tehran was ready to resume nuclear talks with "
     "the United States.", [("AGREE", ["Iran"], ["United States"])]),
    # relations paused
    ("Mexico paused relations with the US embassy.", [("SANCTION", ["Mexico"], ["United States"])]),
    # "It's that ... that led X to call on Y": a cleft "it" is no subject
    # PLOVER: the exchange of prisoners is RETREAT; regret and apologies are CONCEDE
    ("Ukraine and Russia exchanged prisoners of war on Friday.",
     [("RETREAT", ["Ukraine"], ["Russia"])]),
    ("Japan apologized to South Korea for its wartime actions.",
     [("CONCEDE", ["Japan"], ["South Korea"])]),
    # an act named after "over", "about", "after" ... is no act of the subject: only a
    # demonym in its noun phrase, or a "by" agent, carried it out
    ("German Chancellor Olaf Scholz expressed regret over the killing of Namibians.",
     [("CONCEDE", ["Olaf Scholz"], ["Namibia"])]),
    ("Ukraine accused Russia over the Russian strike on Kyiv.",
     [("ACCUSE", ["Ukraine"], ["Russia"]), ("ASSAULT", ["Russia"], ["Ukraine"])]),
    # ... but whoever accepts responsibility for an act did it
    ("Saudi Crown Prince Mohammed bin Salman accepted responsibility for the murder of "
     "journalist Jamal Khashoggi.", [("CONCEDE", ["Mohammed bin Salman"], ["Jamal Khashoggi"]),
                                      ("ASSAULT", ["Mohammed bin Salman"], ["Jamal Khashoggi"])]),
    # "V X of/for <doing> ...": X did the act, not the one who judges it
    ("China accused the United States of sending warships to the Taiwan Strait.",
     [("ACCUSE", ["China"], ["United States"]), ("MOBILIZE", ["United States"], [])]),
    ("Russia criticised Ukraine for holding military exercises with NATO.",
     [("ACCUSE", ["Russia"], ["Ukraine"]), ("MOBILIZE", ["Ukraine"], ["NATO"])]),
    ("Iran praised Hezbollah for attacking Israel.",
     [("SUPPORT", ["Iran"], ["Hezbollah"]), ("ASSAULT", ["Hezbollah"], ["Israel"])]),
    ("Ukrainian President Volodymyr Zelensky thanked Germany for sending tanks to Ukraine.",
     [("SUPPORT", ["Volodymyr Zelensky"], ["Germany"]), ("AID", ["Germany"], ["Ukraine"])]),
    # the subject's own act after a subordinator stays the subject's
    ("The EU, after imposing sanctions on Russia, urged China to follow.",
     [("SANCTION", ["EU"], ["Russia"]), ("REQUEST", ["EU"], ["China"])]),
    # an owner between "suspended" and its object; people handed over; large-scale drills
    ("The African Union suspended Niger's membership after the coup.",
     [("SANCTION", ["AU"], ["Niger"])]),
    ("Turkey handed over two suspects to Sweden.", [("COOPERATE", ["Turkey"], ["Sweden"])]),
    ("The Chinese military encircled Taiwan in large-scale drills.", [("MOBILIZE", ["China"], [])]),
    # ambassadors (plural) recalled; court fines (PLOVER: court-ordered payments SANCTION)
    ("France recalled its ambassadors from the United States and Australia.",
     [("SANCTION", ["France"], ["United States", "Australia"])]),
    ("A Moscow court fined Google 10 billion roubles.", [("SANCTION", ["Russia"], ["Google"])]),
    # a warning that an act "would be met with a swift response"
    ("The United States warned North Korea that a nuclear test would be met with a swift "
     "response.", [("THREATEN", ["United States"], ["North Korea"])]),
    # an act asked for has not happened; the one asked is inside "asked X to"
    ("The EU urged Germany to send tanks to Ukraine.", [("REQUEST", ["EU"], ["Germany"])]),
    ("Poland asked Germany to freeze the assets of Russian oligarchs.",
     [("REQUEST", ["Poland"], ["Germany"])]),
    # an appeal to allies no one names: Ukraine is where the systems go, not who is asked
    ("Speaking in Brussels, NATO Secretary General Mark Rutte urged allies to send more air "
     "defence systems to Ukraine.", [("REQUEST", ["Mark Rutte"], [])]),
    # a promise to ratify or restore is AGREE (PLOVER), no SUPPORT yet
    ("Turkish President Recep Tayyip Erdogan promised to ratify Sweden's NATO membership.",
     [("AGREE", ["Recep Tayyip Erdogan"], ["Sweden", "NATO"])]),
    ("Saudi Arabia pledged to restore diplomatic relations with Iran.",
     [("AGREE", ["Saudi Arabia"], ["Iran"])]),
    # a sports bid is no accession bid
    ("Spain's Rafael Nadal blocked Serbia's Novak Djokovic's bid for a record title.", []),
    ("It is that admiration that led French President Emmanuel Macron to call on Russia to "
     "withdraw its troops.", [("REQUEST", ["Emmanuel Macron"], ["Russia"])]),
    ("It\u2019s that admiration that led French President Emmanuel Macron to call on Russia to "
     "withdraw its troops.", [("REQUEST", ["Emmanuel Macron"], ["Russia"])]),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_FIVE, ids=[r[0][:40] for r in EXACT_FIVE])
def test_round_five_exact(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2024-10-17")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[x] for x in e.sources], [names[x] for x in e.targets])
            for e in doc.events] == expected


# --- acts on or by an unnamed crowd -------------------------------------------------

CROWDS = [
    # an authority's act on people it leaves unnamed: the crowd is a group of its own,
    # named by its noun (the count stays in its mention)
    ("Serbian police arrested 71 protesters on Friday.", "COERCE", ["Serbia"], ["protesters"]),
    ("Israeli troops killed 12 civilians on Monday.", "ASSAULT", ["Israel"], ["civilians"]),
    # the passive of an arrest needs no agent; of a killing it needs one; people who may
    # be anyone are no group when acted on
    ("At least 71 people were arrested on Friday night.", "COERCE", [], []),
    ("More than 1,000 people have been arrested since June.", "COERCE", [], []),
    ("At least 20 people were killed in an Israeli strike on Monday.", "ASSAULT", ["Israel"], []),
    ("At least 71 protesters were arrested on Friday night.", "COERCE", [], ["protesters"]),
    # a crowd's protest: the crowd protests
    ("Thousands of people protested in Belgrade on Monday.", "PROTEST", ["people"], []),
    ("Hundreds of Sherpa guides marched against the new rules on Tuesday.", "PROTEST",
     ["Sherpa guides"], []),
    ("Serbian police fired tear gas at protesters.", "ASSAULT", ["Serbia"], ["protesters"]),
    ("Russian missiles killed 20 civilians in Kharkiv.", "ASSAULT", ["Russia"], ["civilians"]),
]


def test_a_nation_on_strike_protests_against_its_own_government() -> None:
    """"Kenyan doctors began a three-day strike": no one named against, so Kenya's government."""
    import newsparse

    doc = newsparse.parse("Kenyan doctors began a three-day strike on Monday.", published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[x] for x in e.sources], [names[x] for x in e.targets])
            for e in doc.events] == [("PROTEST", ["Kenya"], ["Kenya"])]


@pytest.mark.parametrize(("text", "kind", "sources", "targets"), CROWDS,
                         ids=[c[0][:40] for c in CROWDS])
def test_acts_on_and_by_unnamed_crowds(
    text: str, kind: str, sources: list[str], targets: list[str]
) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events] == [(kind, sources, targets)]
    # a crowd named is a group with its whole phrase for mention, and only then
    crowd = [a for a in doc.actors if a.kind == "group"]
    assert sorted(c.name for c in crowd) == sorted(n for n in [*sources, *targets]
                                                   if n not in ("Serbia", "Israel", "Russia"))
    assert all(c.mentions[0].text.endswith(c.name) for c in crowd)


@pytest.mark.parametrize("text", [
    "Five people were killed when a bus crashed on Monday.",  # no attack
    "Ninety people were detained in hospital overnight.",  # care, not custody
    "The hospital treated 25 wounded people.",  # "wounded" qualifies the crowd
    "Bombings in Kenya and Tanzania killed 257 people.",  # the countries are no subject
    "The children were banned from washing.",  # not an authority's act
])
def test_no_crowd_event(text: str) -> None:
    import newsparse

    assert newsparse.parse(text, published="2025-03-11").events == ()


END_TO_END = [
    # a verb after "and" shares the sentence's subject, past the clause "said" opened
    ("Chinese spokesman Guo Jiakun said the meeting was a mistake and urged India to "
     "respect the rules.", "REQUEST", ["Guo Jiakun"], ["India"]),
    ("Biden said the talks were useful and criticised Russia for the attack.",
     "ACCUSE", ["Joe Biden"], ["Russia"]),
    # blocking a statement or a package, firing on someone, lending a sum
    ("Hungary blocked the EU statement on Monday.", "REJECT", ["Hungary"], ["EU"]),
    ("Cambodia fired on Thai soldiers near the border.", "ASSAULT", ["Cambodia"], ["Thailand"]),
    ("Japan lent India 150 billion yen for the railway.", "AID", ["Japan"], ["India"]),
    ("Japan provided $2 billion to Ukraine.", "AID", ["Japan"], ["Ukraine"]),
    ("President Trump lashed out at Washington Mayor Muriel Bowser on Twitter.", "ACCUSE",
     ["Donald Trump"], ["Muriel Bowser"]),
    ("The US has been encouraging allies such as Germany to restrict flights.", "REQUEST",
     ["United States"], ["Germany"]),
    ("US President Donald Trump withdrew the US from a nuclear treaty with Iran.", "REJECT",
     ["Donald Trump"], ["Iran"]),
    ("Hungary agreed with Airbus to open a factory.", "AGREE", ["Hungary"], ["Airbus"]),
    ("Russia declined an offer from Ukraine.", "REJECT", ["Russia"], ["Ukraine"]),
    # a strike on a country is an attack, not a walkout
    ("Ukraine staged a drone strike on Russia.", "ASSAULT", ["Ukraine"], ["Russia"]),
    ("Shigeru Ishiba resigns, citing ill health.", "RETREAT", ["Shigeru Ishiba"], []),
    ("Biden encouraged Zelensky.", "REQUEST", ["Joe Biden"], ["Volodymyr Zelensky"]),
    # "after the <Name>" opens a clause, as "after <Name>" does
    ("The move comes after the European Union sanctioned Iran earlier in the month.",
     "SANCTION", ["EU"], ["Iran"]),
    ("Theresa May is to step down today.", "RETREAT", ["Theresa May"], []),
    ("Carrie Lam said her government will withdraw a proposed bill.", "CONCEDE",
     ["Carrie Lam"], []),
    ("Poland said it would close two more crossing points with Belarus.", "SANCTION", ["Poland"],
     ["Belarus"]),
]

REPLIES = [
    # a reply to an accusation or an appeal answers whoever made it at the one replying
    ("Lithuania accused Belarus of pushing migrants. Belarus denied the accusation.",
     [("ACCUSE", ["Lithuania"], ["Belarus"]), ("REJECT", ["Belarus"], ["Lithuania"])]),
    ("Britain called on Sudan to agree a ceasefire. Sudan rejected the appeal.",
     [("REQUEST", ["United Kingdom"], ["Sudan"]), ("REJECT", ["Sudan"], ["United Kingdom"])]),
    # no one named made it: a denial all the same, of no one named
    ("Azerbaijan denied the report on Monday.", [("REJECT", ["Azerbaijan"], [])]),
    # "the government": of the country named before in the sentence, else the source's
    ("Kenya's Treasury said revenue fell. Opposition leader Kalonzo Musyoka accused the "
     "government of hiding the debt.", [("ACCUSE", ["Kalonzo Musyoka"], ["Kenya"])]),
    ("ASEAN said it cannot remain a spectator in Myanmar and called on the military "
     "government to extend the ceasefire.", [("REQUEST", ["ASEAN"], ["Myanmar"])]),
    ("France accused the government of lying.", []),  # which one, the text does not say
]


@pytest.mark.parametrize(("text", "events"), REPLIES, ids=[r[0][:40] for r in REPLIES])
def test_a_reply_answers_who_made_the_claim(
    text: str, events: list[tuple[str, list[str], list[str]]]
) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events] == events


@pytest.mark.parametrize(("text", "kind", "sources", "targets"), END_TO_END,
                         ids=[c[0][:40] for c in END_TO_END])
def test_end_to_end_types_and_roles(
    text: str, kind: str, sources: list[str], targets: list[str]
) -> None:
    import newsparse

    doc = newsparse.parse(text, published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events] == [(kind, sources, targets)]


@pytest.mark.parametrize("text", [
    "The US gave Israel a warning.",  # no sum: no aid
    "The judge gave him 10 years in prison.",
    "Officials said the talks failed and the ministers went home.",
    "Twelve Arab League nations voted for an Arab force to protect Saudi Arabia.",
    "Shares of Siemens declined 2 percent on Monday.",
    # review round: a dismissal, a noun, a vote count, trade and a contract are no events
    "James Comey was fired on May 9 by Donald Trump.",
    "Thousands of Argentina fans marched through Buenos Aires after the win.",  # a parade
    "Dozens of workers held a strike vote on Monday.",
    "The bill would have allowed China to extradite accused criminals from Hong Kong.",
    "Benjamin Netanyahu fired on Tuesday Defence Minister Yoav Gallant.",
    "Donald Trump faces pressure from Republicans to drop the tariffs.",
    "Americans gave Donald Trump 77 million votes.",
    "China shipped $500 billion worth of goods to the United States.",
    "The Pentagon approved a $2 billion contract with Lockheed Martin.",
    "After talks with Poland, Viktor Orban accused the government of lying.",
    "Donald Tusk met Gitanas Nauseda in Vilnius. Aides to the two leaders accused Belarus of lying.",
])
def test_no_end_to_end_event(text: str) -> None:
    import newsparse

    assert newsparse.parse(text, published="2025-03-11").events == ()


def test_the_two_leaders_are_the_last_two_named() -> None:
    """"The two leaders agreed to ... and accused Minsk": the two just named, not an aide."""
    import newsparse

    doc = newsparse.parse(
        "Polish Prime Minister Donald Tusk held talks with Lithuanian President Gitanas "
        "Nauseda in Vilnius on Monday, Tusk's spokesman Adam Szlapka said. The two leaders "
        "agreed to coordinate patrols along the frontier and accused Minsk of pushing "
        "migrants.", published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    got = [(e.type, {names[s] for s in e.sources} | {names[t] for t in e.targets})
           for e in doc.events]
    assert ("AGREE", {"Donald Tusk", "Gitanas Nausėda"}) in got
    assert ("ACCUSE", {"Donald Tusk", "Gitanas Nausėda", "Belarus"}) in got


def test_a_plea_to_resign_is_no_resignation() -> None:
    # the protesters' plea is their request (the crowd its source), not a resignation
    import newsparse

    doc = newsparse.parse("Protesters asked Carrie Lam to please step down.", published="2025-03-11")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events] == [("REQUEST", ["protesters"], ["Carrie Lam"])]


def test_an_act_planned_with_the_plans_own_day_is_planned_and_undated() -> None:
    # "on Tuesday" is the day of the agreement, not of the sending
    doc = newsparse.parse("Kenya agreed on Tuesday to send 1,000 police officers to Haiti.",
                          published="2025-03-11")
    got = [(e.type, e.modality, e.date) for e in doc.events]
    assert got == [("AGREE", "asserted", "2025-03-11"), ("MOBILIZE", "planned", None)]


def test_a_date_in_an_aside_on_the_source_is_not_the_events() -> None:
    doc = newsparse.parse("President Julius Maada Bio, who took over the chairmanship last month, "
                          "accused Mali's leader Assimi Goïta on Monday of betrayal.",
                          published="2025-07-16")
    assert [(e.type, e.date) for e in doc.events] == [("ACCUSE", "2025-07-14")]
