"""Events whose parties are counted ("the three leaders", "both sides") and cancelled
meetings (PLOVER REJECT), end to end on sentences we wrote."""

from __future__ import annotations

import pytest
from event_rows import events


COUNTED = [
    # "the three leaders": the last three persons named
    ("British Prime Minister Keir Starmer hosted French President Emmanuel Macron and "
     "Canadian Prime Minister Mark Carney on Wednesday. The three leaders called on Russia "
     "to agree to a ceasefire.",
     ("REQUEST", ["Keir Starmer", "Emmanuel Macron", "Mark Carney"], ["Russia"])),
    # "both sides" as the object: the two parties last named, not the one who asks
    ("Houthi forces fought the government of Yemen near Marib. The European Union called "
     'on both sides to "return to the table".',
     ("REQUEST", ["EU"], ["Houthis", "Yemen"])),
    # a person and their country are one side: "both sides" are two countries here
    ("Armenian Foreign Minister Ararat Mirzoyan said Armenia wanted peace. Azerbaijan "
     "said it wanted the same. The United Nations urged both countries to sign the treaty.",
     ("REQUEST", ["UN"], ["Armenia", "Azerbaijan"])),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED, ids=[c[0][:40] for c in COUNTED])
def test_counted_parties_are_the_last_named(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert expected in events(text)


def test_both_sides_with_too_few_parties_named_is_no_target() -> None:
    """One party named before "both sides": which the other is, the text does not say."""
    assert events('Russia said the talks failed. The EU called on both sides to "talk".') == []


CANCELLED = [
    # a cancelled meeting is PLOVER REJECT; whoever the passive names cancelled it
    ("The summit was cancelled.", ("REJECT", [], [])),
    ("Talks with Iran were scrapped on Monday.", ("REJECT", [], [])),
    ("The visit by Macron was abruptly cancelled by Algeria.", ("REJECT", ["Algeria"], [])),
    # ... else the parties of the meeting refused it, one to the other
    ("A meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President "
     "Ilham Aliyev that was set for Friday in Abu Dhabi has been called off, the ministry said.",
     ("REJECT", ["Nikol Pashinyan"], ["Ilham Aliyev"])),
    ("Talks between the government and the rebels were called off.", ("REJECT", [], [])),
    ("A planned meeting between Houthi representatives and a Saudi delegation, which had "
     "been set for Wednesday, was called off.",
     ("REJECT", ["Houthi representatives"], ["Saudi Arabia"])),
    ("Antonio Costa met Viktor Orban on Tuesday. A second meeting between the two, which "
     "had been planned for Thursday, was called off.",
     ("REJECT", ["António Costa"], ["Viktor Orbán"])),
    # the active form names who cancelled and with whom
    ("Turkey called off talks with Greece.", ("REJECT", ["Turkey"], ["Greece"])),
    # a refusal, even during a visit
    ("Ilham Aliyev refused to meet Nikol Pashinyan during the visit.",
     ("REJECT", ["Ilham Aliyev"], ["Nikol Pashinyan"])),
    # "a visit to <place> by <guest>" called off: the guest's, toward the host
    ("Meanwhile, a planned visit to the Kenyan capital by Uganda's foreign minister, Jeje "
     "Odongo, was called off on Monday.",
     ("REJECT", ["Jeje Odongo"], ["Kenya"])),
    # called off by a third: it rejects the guest, the person rather than the demonym before
    ("A planned visit to La Paz by Brazilian Foreign Minister Mauro Vieira was cancelled by "
     "Bolivia on Tuesday.", ("REJECT", ["Bolivia"], ["Mauro Vieira"])),
    ("A visit to Kenya by Ethiopian officials was cancelled.", ("REJECT", ["Ethiopia"], ["Kenya"])),
]


@pytest.mark.parametrize(("text", "expected"), CANCELLED, ids=[c[0][:40] for c in CANCELLED])
def test_a_cancelled_meeting_is_a_rejection(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert events(text) == [expected]


@pytest.mark.parametrize("text", [
    "After the talks, flights were cancelled.",  # the talks are no subject
    "The talks ended on Monday and the flights were cancelled.",  # another clause's subject
    "The game was called off because of rain.",  # no meeting
    "Air France cancelled 40 flights to Beirut.",  # no meeting, no passive
    "The cancelled summit will not be rescheduled.",  # an adjective, named before as an act
    # the visit is no subject, or another clause's subject is
    "After a visit to Kenya by Ethiopian officials, flights were cancelled.",
    "A visit to Kenya by Ethiopian officials ended and the flights were cancelled.",
    # a meeting a visit's programme left out, or talks held apart: a fact, no refusal
    "Josep Borrell did not meet King Abdullah II during his two-day trip to Jordan.",
    "Sergei Lavrov did not meet Antony Blinken face to face in Geneva, but the two spoke by phone.",
])
def test_no_cancelled_meeting(text: str) -> None:
    assert [e for e in events(text) if e[0] == "REJECT"] == []


def test_a_meeting_cancelled_after_a_refusal_is_the_refusal() -> None:
    """"were cancelled after X refused to attend": no second, roleless rejection."""
    got = events("Meanwhile, talks in Nairobi, scheduled for Friday, were cancelled on Wednesday "
                 "after Uganda refused to attend.")
    assert ("REJECT", [], []) not in got
    assert events("The summit was cancelled on Friday when rain fell.") == [("REJECT", [], [])]


def test_an_appeal_in_quotes_is_a_request_not_a_verdict() -> None:
    """"called on X to "..."": an appeal; "called X "a ..."" is the naming verdict."""
    assert events('Japan called on China to "stop the drills".') == [
        ("REQUEST", ["Japan"], ["China"])]
    assert events('Japan called China "a threat".') == [("ACCUSE", ["Japan"], ["China"])]


def test_a_denial_and_an_accusation_after_and_are_two_acts() -> None:
    """"denied the report and accused Armenia": the accusation is no object of the denial."""
    got = events('Azerbaijan denied the report and accused Armenia of a "provocation".')
    assert ("ACCUSE", ["Azerbaijan"], ["Armenia"]) in got
    assert events("Hungary vetoed the sanctions on Russia.") == [
        ("REJECT", ["Hungary"], ["Russia"])]


# --- objects named before: "it", strikes "in" a country, a subject shared over "but" ----

OBJECTS = [
    # "it": what the same source acted on last in the sentence
    ('Chinese foreign ministry spokesperson Guo Jiakun warned Manila against "provocations" and urged it to '
     'stop "hyping" the incident.',
     [("THREATEN", ["Guo Jiakun"], ["Philippines"]), ("REQUEST", ["Guo Jiakun"], ["Philippines"])]),
    ("Amnesty International criticised Turkey for refusing entry to wounded Syrians, urging it "
     "to keep its border open.",
     [("ACCUSE", ["Amnesty International"], ["Turkey"]),
      ("REQUEST", ["Amnesty International"], ["Turkey"])]),
    # "of lying and urged": the accusation's gerund stops at "and"
    ("Russia accused Ukraine of lying and urged it to stop.",
     [("ACCUSE", ["Russia"], ["Ukraine"]), ("REQUEST", ["Russia"], ["Ukraine"])]),
    ("Biden praised the plan and urged it to pass.", []),  # "it" is no state or body here
    # strikes "in" a country: force on it, after a name
    ("Israeli strikes in Syria and Lebanon killed 12 people.",
     [("ASSAULT", ["Israel"], ["Syria", "Lebanon"])]),
    ("Russia carried out missile strikes in Ukraine.", [("ASSAULT", ["Russia"], ["Ukraine"])]),
    ("Workers staged strikes in France over pensions.", []),
    ("The CGT union called strikes in France.", []),
    # "but" shares the sentence's subject past the clause "said" opened, as "and" does
    ('The State Department said it supported "any serious effort" to end the conflict, but '
     "called on the ELN to free all hostages.",
     [("REQUEST", ["State Department"], ["ELN"])]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTS, ids=[o[0][:40] for o in OBJECTS])
def test_objects_named_before(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert events(text) == expected


# --- appeals to no one named, replies to a claim made in words ---------------------------

APPEALS = [
    # PLOVER REQUEST with no target: an appeal to all, or for something
    ("Vietnam called on all parties to respect the 1982 UN Convention.",
     [("REQUEST", ["Vietnam"], [])]),
    ("The GCC called on the international community to press Israel to withdraw.",
     [("REQUEST", ["GCC"], [])]),
    ("Muhammad Yunus urged wealthy nations to restore funding.", [("REQUEST", ["Muhammad Yunus"], [])]),
    ("Russia called for a cessation of fighting.", [("REQUEST", ["Russia"], [])]),
    # "UN refugee chief Filippo Grandi": the person speaks for the body
    ("UN refugee chief Filippo Grandi appealed for an extra $120 million.",
     [("REQUEST", ["Filippo Grandi"], [])]),
    # a name in apposition to the head noun is the subject all the same
    ("The head of the UN children's agency, Catherine Russell, appealed for $90 million.",
     [("REQUEST", ["Catherine Russell"], [])]),
    ("Talks stalled. The director of the food agency, Cindy McCain, has appealed on Monday for "
     "more funding.",
     [("REQUEST", ["Cindy McCain"], [])]),
    # (not a fronted place: no head noun before the name)
    ("In Geneva, Catherine Russell, appealed for more funding.", []),
    # a named addressee stays: "NATO members" are NATO's
    ("US President Donald Trump has called for NATO members to increase military spending.",
     [("REQUEST", ["Donald Trump"], ["NATO"])]),
    # "both sides" are the parties last named, not all
    ("Armenia and Azerbaijan traded fire. The EU urged both sides to return to talks.",
     [("REQUEST", ["EU"], ["Armenia", "Azerbaijan"])]),
    # a noun that names an actor is no appeal of that actor
    ("NATO guidelines call for 2% of GDP.", []),
    # a reply to a claim made in words targets whoever made it
    ("Serbia's interior ministry said the officers had crossed the line. Pristina rejected the "
     "claim, saying the men were arrested inside Kosovo.",
     [("REJECT", ["Kosovo"], ["Serbia's interior ministry"])]),
    ("Serbia said the officers were armed. Serbia later denied the report.", []),
    # the release of people held: asked of the state where they are held, or of the one
    # that took them just before
    ("Uganda hosted the summit. Kenya demanded the release of 12 of its officials detained "
     "in Kampala since March.",
     [("REQUEST", ["Kenya"], ["Uganda"])]),
    ("Sri Lanka's navy arrested 14 Indian fishermen on Tuesday. Narendra Modi raised the "
     "arrests with Anura Kumara Dissanayake on Thursday and asked for the early release of the "
     "fishermen.",
     [("COERCE", ["Sri Lanka"], ["India"]), ("REQUEST", ["Narendra Modi"], ["Sri Lanka"])]),
    # (not the release of a report, nor a place where no one is held)
    ("Kenya asked for the release of the report.", []),
    ("Uganda hosted the summit. Kenya demanded the release of the report in Kampala.", []),
    # "A spokesman for X said ... and demanded": the body the spokesman speaks for
    ("A spokeswoman for Hamas said the group had received the proposal and urged Israel to "
     "accept it.",
     [("REQUEST", ["Hamas"], ["Israel"])]),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS, ids=[a[0][:40] for a in APPEALS])
def test_appeals_and_replies(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert [e for e in events(text) if e[0] != "ASSAULT"] == expected


# --- denials of no one's claim; subordinate clauses inside a sentence --------------------

CLAUSES = [
    ("Rwanda denied any role in the fighting.", [("REJECT", ["Rwanda"], [])]),
    ("The ELN denied any involvement.", [("REJECT", ["ELN"], [])]),
    # the clause after "that" is what is denied, not whom
    ("Kyrgyz President Sadyr Japarov denied that Kyrgyzstan had held back water.",
     [("REJECT", ["Sadyr Japarov"], [])]),
    # a subordinator inside the clause opens a clause with its own subject
    ("Marcos and Chinh agreed on Tuesday to step up cooperation, during a video conference "
     "held two days after a Chinese vessel fired water cannon at a Philippine supply boat.",
     [("ASSAULT", ["China"], ["Philippines"])]),
    # a fronted subordinate clause ends at its comma: the main clause has its own subject
    ("After Russia invaded Georgia, Ukraine attacked Belarus.",
     [("ASSAULT", ["Russia"], ["Georgia"]), ("ASSAULT", ["Ukraine"], ["Belarus"])]),
    ("After Russia invaded, Ukraine attacked Belarus.", [("ASSAULT", ["Ukraine"], ["Belarus"])]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES, ids=[c[0][:40] for c in CLAUSES])
def test_denials_and_clauses(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert [e for e in events(text) if e[0] != "AGREE"] == expected


# --- aid pledged, announced or sent, to someone named or to no one named -----------------

AID = [
    ("New Zealand Prime Minister Christopher Luxon pledged NZ$20 million to help Tonga rebuild "
     "wharves.", [("AID", ["Christopher Luxon"], ["Tonga"])]),
    ("Australia announced A$120 million in new climate funding for Pacific nations.",
     [("AID", ["Australia"], [])]),
    # the agency a country's possessive describes is the giver (a body of Japan's)
    ("Japan's aid agency JICA announced a grant of 500 million yen to Nepal.",
     [("AID", ["JICA"], ["Nepal"])]),
    ("Apple announced $5 billion in profits.", []),  # a sum alone is no aid
    ("Congress approved a budget authorizing funding for the border wall.", []),
]


@pytest.mark.parametrize(("text", "expected"), AID, ids=[a[0][:40] for a in AID])
def test_aid_to_someone_or_to_no_one_named(
    text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert events(text) == expected


def test_a_sentence_that_names_no_one_may_count_the_parties() -> None:
    """"Both delegations agreed, however, to exchange prisoners": no name in the sentence,
    the parties named before."""
    got = events("France and Germany held talks in Paris on Monday. Both delegations agreed, "
                 "however, to exchange prisoners.")
    assert ("AGREE", ["France"], ["Germany"]) in got


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause on the subject stands between it and its verb
    ("Rwanda, which United Nations experts say backs the M23, denied any role in the fighting.",
     [("REJECT", ["Rwanda"], [])]),
    ("Amnesty International urged lawmakers to reject the bill.",
     [("REQUEST", ["Amnesty International"], [])]),
])
def test_named_right_before_past_a_relative_clause(
    text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # against the government of where it is held, or of the protesters
    ("Thousands of Serbians protested in Belgrade on Sunday.", [("PROTEST", ["Serbia"], ["Serbia"])]),
    # (a ministry named is the one protested against)
    ("Kenyan doctors protested in Nairobi against Kenya's health ministry.",
     [("PROTEST", ["Kenya"], ["Kenya's health ministry"])]),
])
def test_a_protest_against_no_one_named_is_against_a_government(
    text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert events(text) == expected


def test_an_allegation_targets_whom_it_is_about() -> None:
    assert ("ACCUSE", ["Ukraine"], ["Russia"]) in events(
        "Ukraine alleged that Russian troops had shelled Kharkiv.")
    assert events("The prosecutor alleged that he had lied.") == []  # no one named


# --- round 6 review: look-alikes the rules above must leave alone ------------------------

@pytest.mark.parametrize("text", [
    # no meeting noun heads the clause, or another clause reports the cancellation
    "At the summit, the deal with Iran was scrapped.",
    "During the talks, the sanctions on Russia were axed.",
    "The meeting heard that flights to Israel were cancelled.",
    "The debate over the budget was cancelled by parliament.",
    # a verdict on no meeting: an appeal, a report, a meeting's conclusions
    "Joe Biden met Xi Jinping in Woodside. Later Russia rejected the calls for a ceasefire.",
    "Joe Biden met Xi Jinping in Woodside. China criticised farmers' meetings with the minister.",
    "Joe Biden met Xi Jinping in Woodside. Russia rejected the meeting's conclusions.",
    # a verdict of one side on its own leader's meeting
    "Joe Biden met Xi Jinping in Woodside. China criticised the talks.",
    # business, or plans, not aid
    "Tesla committed $2 billion in loans to its suppliers.",
    "The World Bank announced new funding rules.",
    "Japan unveiled a new relief plan for farmers.",
    "Microsoft announced a $10 billion loan facility.",
    # "both sides of the debate" are no parties
    "Vladimir Putin and Recep Tayyip Erdogan talked. The EU urged both sides of the debate to "
    "calm down.",
])
def test_no_event_from_look_alikes(text: str) -> None:
    assert [e for e in events(text) if e[0] in ("REJECT", "ACCUSE", "SUPPORT", "AID", "REQUEST")] == []


def test_coordinated_acts_and_it_with() -> None:
    assert ("THREATEN", ["Russia"], ["Ukraine"]) in events(
        "Russia accused Kyiv of terrorism and threatened it with retaliation.")
    assert events("Russian forces killed 20 people and injured 50 in Kharkiv.")[0][0] == "ASSAULT"


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil and Argentina signed a memorandum of understanding on the pipeline.",
     [("SUPPORT", ["Brazil"], ["Argentina"])]),
    # "They" opening the sentence of a pair's act: the pair just named
    ("Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov held talks. They "
     "signed an agreement on water.", [("SUPPORT", ["Shavkat Mirziyoyev"], ["Sadyr Japarov"])]),
    ("Thousands of protesters marched in Paris. They signed a petition.", []),
    # an accord signed in the passive by its two parties, or in an object relative
    ("The accord was signed by Armenia and Azerbaijan at the White House.",
     [("SUPPORT", ["Armenia"], ["Azerbaijan"])]),
    ("Kenya's cabinet approved the deal that Ruto signed with Uganda in March.",
     [("SUPPORT", ["William Ruto"], ["Uganda"])]),
    ("The agreement was signed on Friday.", []),
])
def test_memoranda_and_they_signed(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert [e for e in events(text) if e[0] == "SUPPORT"] == expected


BODYS_ACTS = [
    # "condemned the court's decision": the court named before, whose act is judged
    ("The Court of Bosnia and Herzegovina issued a warrant for Dodik. In Belgrade, Serbian "
     "President Aleksandar Vucic condemned the court's decision.",
     ("ACCUSE", ["Aleksandar Vučić"], ["Court of Bosnia and Herzegovina"]), True),
    # (no court named before: no one judged; praise is no accusation)
    ("Kenya condemned the court's decision.", ("ACCUSE", ["Kenya"], []), False),
    ("The Court of Bosnia and Herzegovina issued a warrant for Dodik. Serbia welcomed the "
     "court's decision.", ("ACCUSE", ["Serbia"], ["Court of Bosnia and Herzegovina"]), False),
]


@pytest.mark.parametrize(("text", "row", "found"), BODYS_ACTS, ids=[b[0][:40] for b in BODYS_ACTS])
def test_a_verdict_on_a_bodys_act(
    text: str, row: tuple[str, list[str], list[str]], found: bool
) -> None:
    assert (row in events(text)) is found
