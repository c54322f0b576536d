"""Incursions into another state's airspace or waters are a show of force on that state;
a warning that the speaker "would not sit back" is a threat, with a day or a date
between the verb and "that"; a complaint to a third party is about the one complained
of; measures lifted, ambassadors being recalled, things destroyed, a demand
reported ("said X must") and a verdict of wrong without quotation marks; entry refused
and statements condemned; readiness to act, responses promised, objections, blacklists,
envoys withdrawn, visas suspended, charges, blame for a killing; claims rejected in a
relative passive or called baseless. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # an incursion by a state's aircraft or ships: on the owner of the airspace or waters
    ("Turkish fighter jets violated Greek airspace 30 times on Monday.",
     ("MOBILIZE", ["Turkey"], ["Greece"])),
    ("A Venezuelan navy vessel sailed into Guyanese waters on Saturday.",
     ("MOBILIZE", ["Venezuela"], ["Guyana"])),
    ("Chinese warships entered Japan's territorial waters near the disputed islands.",
     ("MOBILIZE", ["China"], ["Japan"])),
    ("Two Russian bombers flew into Japanese airspace.", ("MOBILIZE", ["Russia"], ["Japan"])),
    ("A Chinese research vessel entered the Philippine exclusive economic zone.",
     ("MOBILIZE", ["China"], ["Philippines"])),
    # a warning of the speaker's own act, with a time between the verb and "that"
    ("Ethiopia warned Egypt that it would not sit back.", ("THREATEN", ["Ethiopia"], ["Egypt"])),
    ("Ethiopia warned on Monday that it would retaliate.", ("THREATEN", ["Ethiopia"], [])),
    ('Ethiopia warned last week that it would not "sit back and watch".',
     ("THREATEN", ["Ethiopia"], [])),
    ("Addis Ababa warned that Ethiopia would not stand idly by.", ("THREATEN", ["Ethiopia"], [])),
    # a complaint to a third party is about the one complained of
    ("Guyana complained to the UN about Venezuela.", ("ACCUSE", ["Guyana"], ["Venezuela"])),
    ("Guyana complained to the UN Security Council about Venezuela's incursion.",
     ("ACCUSE", ["Guyana"], ["Venezuela"])),
    ("Guyana complained to Brazil.", ("ACCUSE", ["Guyana"], ["Brazil"])),
    # measures on someone lifted or eased, most of them or all
    ("ECOWAS lifted most of the sanctions against Niger.", ("CONCEDE", ["ECOWAS"], ["Niger"])),
    ("ECOWAS eased the measures against Niger.", ("CONCEDE", ["ECOWAS"], ["Niger"])),
    # a capital that closes, suspends or bans acts for its state
    ("Bamako closed its airspace to Algerian aircraft.", ("SANCTION", ["Mali"], ["Algeria"])),
    # ambassadors being recalled, to or from a capital
    ("Algeria was recalling its ambassadors to Mali and Niger.",
     ("SANCTION", ["Algeria"], ["Mali", "Niger"])),
    ("Algeria shot down a drone. Mali said it was recalling its ambassador from Algiers.",
     ("SANCTION", ["Mali"], ["Algeria"])),
    # something of a state's destroyed by another's forces
    ("A Malian drone was destroyed by Algerian air defence units.",
     ("ASSAULT", ["Algeria"], ["Mali"])),
    ("Israel destroyed Hamas tunnels in Gaza.", ("ASSAULT", ["Israel"], ["Hamas"])),
    # a demand reported: "said X must"
    ("Somalia said Ethiopia must withdraw its troops.", ("REQUEST", ["Somalia"], ["Ethiopia"])),
    ("Somalia said Ethiopia had to withdraw the memorandum.",
     ("REQUEST", ["Somalia"], ["Ethiopia"])),
    ("Kenya said Uganda must not interfere.", ("REQUEST", ["Kenya"], ["Uganda"])),
    # a verdict of wrong on an earlier act, without quotation marks
    ("Algeria shot down a Malian drone. Mali described the downing as an aggression against "
     "the whole alliance.", ("ACCUSE", ["Mali"], ["Algeria"])),
    ("Russia invaded Ukraine. Biden called the invasion a violation of international law.",
     ("ACCUSE", ["Joe Biden"], ["Russia"])),
    ("Ethiopia signed a memorandum of understanding with Somaliland. Mogadishu called the "
     "memorandum an attack on its sovereignty.", ("ACCUSE", ["Somalia"], ["Ethiopia"])),
    # a wrong reported as a state of breach
    ("Trump said Mexico was in breach of the treaty.", ("ACCUSE", ["Donald Trump"], ["Mexico"])),
    # a sum in words of its currency, aid to help a capital's state
    ("The EU pledged up to 105 million euros to Tunisia.", ("AID", ["EU"], ["Tunisia"])),
    ("Tunisia and the EU talked. Brussels pledged up to 105 million euros to help Tunis curb "
     "migration.", ("AID", ["EU"], ["Tunisia"])),
    # entry refused, actively or in a passive whose state is the place after "to"
    ("Tunisia refused entry to five members of the European Parliament.",
     ("SANCTION", ["Tunisia"], ["European Parliament"])),
    ("Several members of the European Parliament were refused entry to Tunisia in September.",
     ("SANCTION", ["Tunisia"], ["European Parliament"])),
    # a statement condemned: the one who made it, aimed at the one condemning
    ('The EU criticised Tunisia. Tunisia condemned the statement as "flagrant interference".',
     ("ACCUSE", ["Tunisia"], ["EU"])),
    # a warning of readiness to act, a response promised to whoever acts
    ("Britain, France and Germany warned that they were ready to impose sanctions on Iran.",
     ("THREATEN", ["United Kingdom", "France", "Germany"], ["Iran"])),
    ('Araghchi said any censure by the IAEA board would be met with a "proportionate" '
     "response.", ("THREATEN", ["Abbas Araghchi"], ["IAEA"])),
    ("Israel struck Iran. Iran said the move would be met with force.",
     ("THREATEN", ["Iran"], ["Israel"])),
    # objections, blacklists, envoys withdrawn or ordered out, visas suspended
    ("Hungary objected to Ukraine's decision.", ("REJECT", ["Hungary"], ["Ukraine"])),
    ('Ukraine put the Hungarian bank OTP on a list of "international sponsors of war".',
     ("SANCTION", ["Ukraine"], ["OTP"])),
    ("India said it had decided to withdraw its high commissioner from Canada.",
     ("SANCTION", ["India"], ["Canada"])),
    ("India ordered six Canadian diplomats, including the acting high commissioner, to "
     "leave the country.", ("SANCTION", ["India"], ["Canada"])),
    ("India suspended visa services for Canadians.", ("SANCTION", ["India"], ["Canada"])),
    # charges and blame for a killing
    ("The US charged an Indian national over a foiled plot.",
     ("ACCUSE", ["United States"], ["India"])),
    ("Trudeau first linked India to Nijjar's killing.", ("ACCUSE", ["Justin Trudeau"], ["India"])),
    # a measure welcomed: whoever took it
    ("Canada expelled six Indian diplomats. The World Sikh Organization of Canada welcomed the "
     "expulsion.", ("SUPPORT", ["World Sikh Organization of Canada"], ["Canada"])),
    # a claim set off by a comma and rejected in a passive, by a capital
    ("Ahmed Fiqi accused Ethiopia of arming clan militias, a charge that was rejected by the "
     "Ethiopian foreign ministry.", ("REJECT", ["Ethiopian foreign ministry"], ["Ahmed Fiqi"])),
    ("Kenya accused Uganda of arming rebels, an allegation which was swiftly denied by "
     "Kampala.", ("REJECT", ["Uganda"], ["Kenya"])),
    # a claim called baseless: the one named in it, else the one who made it
    ('India said the Canadian allegations were "preposterous".', ("REJECT", ["India"], ["Canada"])),
    ("Canada accused India of a plot. India insisted the allegations were baseless.",
     ("REJECT", ["India"], ["Canada"])),
    # a breakaway administration is an actor of its own
    ("Ethiopia signed a memorandum of understanding with Somaliland in January.",
     ("SUPPORT", ["Ethiopia"], ["Somaliland"])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


#: (text, type): no event of that type at all
NONE_OF_TYPE: list[tuple[str, str]] = [
    # civilians' boats and people are no show of force
    ("Indian fishermen entered Sri Lankan waters on Monday.", "MOBILIZE"),
    ("Migrants from Libya entered Italian waters.", "MOBILIZE"),
    ("Chinese fishing boats entered Indonesian waters.", "MOBILIZE"),
    # the reason for an arrest is no incursion reported
    ("Sri Lanka arrested 10 Indian fishermen for entering its waters.", "MOBILIZE"),
    # measures lifted at home, a refusal to lift
    ("Serbia eased lockdown measures on Monday.", "CONCEDE"),
    ("The Security Council said it will not lift the sanctions imposed on Iraq.", "CONCEDE"),
    # things destroyed that are no attack on anyone
    ("Syria destroyed its chemical weapons under Russian supervision.", "ASSAULT"),
    ("Officials in Kenya destroyed documents before the raid.", "ASSAULT"),
    # a duty of the speaker's own, or of being: no demand on anyone
    ("Somalia said it must defend itself against Ethiopia.", "REQUEST"),
    ("Scholz said Ukraine should be part of any talks.", "REQUEST"),
    # a verdict of praise is no accusation
    ("Russia and China signed a deal. Kenya called the deal a success.", "ACCUSE"),
    # entry to something in a country is no border closed to anyone
    ("These two will be denied entry to all tournaments taking place in Iran, he said.",
     "SANCTION"),
    # a news report is no one's statement
    ('The Times reported that Trump had lied to Congress. Trump labeled the report as "fake '
     'news".', "ACCUSE"),
    # a payment is no aid
    ("The company paid 30 million euros to Tunisia for the licence.", "AID"),
    # sanctions held up are no sanctions imposed
    ("Slovakia held up an 18th package of sanctions against Russia.", "SANCTION"),
    ("Hungary blocked a new package of sanctions on Russia.", "SANCTION"),
    # a warm welcome is no threat; troops on alert are no list
    ("The proposal would be met with a warm reception in Kenya.", "THREATEN"),
    ("Kenya placed its troops on high alert near Somalia.", "SANCTION"),
    # told by someone else that the claims were false: no rejection of the one told
    ('Wheeler had been summoned to the ministry and told that the Canadian allegations were '
     '"preposterous".', "REJECT"),
    # a warning of someone else's readiness is no threat of the speaker's
    ("The EU warned that Russia was prepared to cut gas supplies to Moldova.", "THREATEN"),
    # waters that are no one's
    ("The Russian tanker entered international waters.", "MOBILIZE"),
    ("Russian warships entered international waters.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "kind"), NONE_OF_TYPE, ids=[n[0][:40] for n in NONE_OF_TYPE])
def test_none_of_type(text: str, kind: str) -> None:
    assert kind not in [e[0] for e in events(text)]


@pytest.mark.parametrize("text", [
    "A meeting between Joe Biden and Xi Jinping was cancelled because of a storm.",
    "The meeting between Emmanuel Macron and Olaf Scholz was called off by the organisers.",
])
def test_a_meeting_called_off_by_another_or_by_events_is_no_party_s_refusal(text: str) -> None:
    assert all(not sources for kind, sources, _ in events(text) if kind == "REJECT")
