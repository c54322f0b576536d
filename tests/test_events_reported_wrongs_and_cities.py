"""A wrong a speaker reports ("said Togo had violated the agreement") is an accusation; an
offer turned down in a relative clause ("an offer London rejected") or a passive ("The
proposal was rejected by Chile") answers its maker; a verb of force on a city aims at the
city's country; police officers and peacekeepers
sent abroad are a mobilisation; and whoever condemns a visit took no part in it. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events

import newsparse

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # a wrong done, as a speaker reports it
    ("Ghana's president said Togo had violated the agreement.", ("ACCUSE", ["Ghana"], ["Togo"])),
    ("Kenya claimed Rwanda was arming the rebels.", ("ACCUSE", ["Kenya"], ["Rwanda"])),
    ("Moscow said Kyiv had sabotaged the talks.", ("ACCUSE", ["Russia"], ["Ukraine"])),
    ("Chile charged that Bolivia had reneged on the 1904 treaty.", ("ACCUSE", ["Chile"], ["Bolivia"])),
    # a quoted verdict on the one named, reported
    ('Algeria said Mali was "paying for its abuses" in the north.', ("ACCUSE", ["Algeria"], ["Mali"])),
    ('Turkish Foreign Minister Hakan Fidan said Greece had "chosen escalation and provocation" '
     "in the Aegean.", ("ACCUSE", ["Hakan Fidan"], ["Greece"])),
    ('Japan said the Chinese ships had "illegally intruded" into its waters.',
     ("ACCUSE", ["Japan"], ["China"])),
    ('Sergei Lavrov wrote on social media that Britain was "stoking tensions" in the Baltic.',
     ("ACCUSE", ["Sergei Lavrov"], ["United Kingdom"])),
    # dismay at an act told before is a verdict on its doer, also in quotes after "it was"
    ('Kenyan police detained two Ugandan journalists. Uganda said it was "deeply alarmed" by '
     "the arrests.", ("ACCUSE", ["Uganda"], ["Kenya"])),
    ("Kenyan police detained two Ugandan journalists. Uganda was appalled by the arrests.",
     ("ACCUSE", ["Uganda"], ["Kenya"])),
    # a charge brought against a person named in apposition
    ("Georgian prosecutors charged the opposition leader, Nika Melia, with organising violence.",
     ("ACCUSE", ["Georgia"], ["Nika Melia"])),
    # a city struck stands for its country when the text names it
    ("Russia shelled Kharkiv, Ukraine's second city.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Russia said Ukraine had attacked Belgorod.", ("ASSAULT", ["Ukraine"], ["Russia"])),
    ("Russian troops bombarded Ukrainian positions near Bakhmut.",
     ("ASSAULT", ["Russia"], ["Ukraine"])),
    # an offer turned down in a relative clause: the one who made it
    ("Iran made an offer which the United States rejected.", ("REJECT", ["United States"], ["Iran"])),
    ("Argentina proposed talks on fishing, an offer London swiftly rejected.",
     ("REJECT", ["United Kingdom"], ["Argentina"])),
    ("Moldova repeated Chisinau's offer of electricity, an offer that Russia has so far "
     "rejected.", ("REJECT", ["Russia"], ["Moldova"])),
    ("Antonio Guterres asked for a UN force, a move that Washington has resisted.",
     ("REJECT", ["United States"], ["Antonio Guterres"])),
    # a passive whose subject is the proposal or claim answered
    ("Bolivia asked Chile to share the river. The proposal was swiftly rejected by Chile.",
     ("REJECT", ["Chile"], ["Bolivia"])),
    ('Bolivia asked Chile to share the river. The proposal was rejected as "absurd" by Chile.',
     ("REJECT", ["Chile"], ["Bolivia"])),
    ("Kenya accused Uganda of arming rebels. The accusation was rejected by Uganda.",
     ("REJECT", ["Uganda"], ["Kenya"])),
    # a state's arrest of people counted, none of them named
    ("Mozambican police arrested nine suspected collaborators.", ("COERCE", ["Mozambique"], [])),
    # a supply stopped, aid announced to help, training funded, a vow to crush
    ("Gazprom stopped supplying Moldova on Monday.", ("SANCTION", ["Gazprom"], ["Moldova"])),
    ("Russia halted oil deliveries to Slovakia.", ("SANCTION", ["Russia"], ["Slovakia"])),
    ("The EU announced 30 million euros in emergency support to help Moldova.",
     ("AID", ["EU"], ["Moldova"])),
    ("Spain will fund training for Moroccan border guards.", ("AID", ["Spain"], ["Morocco"])),
    ("Abdel Fattah al-Burhan vowed on Sunday to crush the rebellion by the Rapid Support "
     "Forces.", ("THREATEN", ["Abdel Fattah al-Burhan"], ["Rapid Support Forces"])),
    # "the ministry" is the state whose ministry was named last; a leading "It" the state
    # or body that opened the sentence before
    ("Sudan has recalled its ambassador to Kenya, the foreign ministry in Port Sudan said on "
     "Sunday. The ministry accused Kenya of meddling.", ("ACCUSE", ["Sudan"], ["Kenya"])),
    ("Sudan has recalled its ambassador to Kenya, the foreign ministry in Port Sudan said on "
     "Sunday. The ministry accused Kenya of meddling. It also banned imports of Kenyan goods.",
     ("SANCTION", ["Sudan"], ["Kenya"])),
    ("Kenya accused Uganda of arming rebels. It also banned imports of Ugandan goods.",
     ("SANCTION", ["Kenya"], ["Uganda"])),
    # a denial then a blame of another: each its own object, the blame not denied
    ("Prime Minister Dorin Recean of Moldova accused Moscow of using gas as a weapon. The "
     "Kremlin denies the claim and blames Kyiv.", ("REJECT", ["Russia"], ["Dorin Recean"])),
    ("Prime Minister Dorin Recean of Moldova accused Moscow of using gas as a weapon. The "
     "Kremlin denies the claim and blames Kyiv.", ("ACCUSE", ["Russia"], ["Ukraine"])),
    # members of a body speak for it, also in a clause that hangs on their verb
    ("Some members of the European Parliament have called on the Commission to halt the "
     "funding, accusing Kigali of backing the M23 rebels.",
     ("ACCUSE", ["European Parliament"], ["Rwanda"])),
    # a contract not renewed
    ("Ukraine declined to renew the transit contract with Russia.", ("REJECT", ["Ukraine"], ["Russia"])),
    # a chamber's vote to impeach, its confirmation of a person for a post
    ("The House of Representatives voted to impeach President Donald Trump.",
     ("ACCUSE", ["House of Representatives"], ["Donald Trump"])),
    ("The Senate confirmed Amy Coney Barrett to the Supreme Court.",
     ("SUPPORT", ["Senate"], ["Amy Coney Barrett"])),
    ("Pedro Pierluisi was sworn in. The House of Representatives confirmed him as governor.",
     ("SUPPORT", ["House of Representatives"], ["Pedro Pierluisi"])),
    # a rate between the measure and its target
    ("China imposed tariffs of 34% on American goods.", ("SANCTION", ["China"], ["United States"])),
    # refusals to recognise, partnerships suspended, entry bans, forces on alert
    ("Venezuela did not recognise the jurisdiction of the International Court of Justice.",
     ("REJECT", ["Venezuela"], ["ICJ"])),
    ("The United States suspended its strategic partnership with Georgia.",
     ("SANCTION", ["United States"], ["Georgia"])),
    ("Estonia imposed entry bans on Bidzina Ivanishvili.",
     ("SANCTION", ["Estonia"], ["Bidzina Ivanishvili"])),
    ("Defence Minister Nikos Dendias said the Greek armed forces had been placed on heightened "
     "alert.", ("MOBILIZE", ["Greece"], [])),
    # a passive on what someone owns; a participle after a measure, its agent after
    ("Guyana's request for a Security Council meeting was backed by Britain.",
     ("SUPPORT", ["United Kingdom"], ["Guyana"])),
    ("The sanctions imposed on Niger by the Economic Community of West African States were lifted.",
     ("SANCTION", ["ECOWAS"], ["Niger"])),
    # "It" after a sentence that opens on a fronted phrase, then its subject
    ("Ankara rejected the complaint. In a statement issued late on Sunday, the Turkish defence "
     "ministry said its aircraft had been on routine flights. It accused Athens of militarising "
     "islands.", ("ACCUSE", ["Turkish defence ministry"], ["Greece"])),
    # exports halted in a dispute told before: the other side
    ("In June last year, five Nigerien nationals were arrested by Beninese police at the "
     "terminal. Niamey has repeatedly threatened to halt exports through the pipeline.",
     ("THREATEN", ["Niger"], ["Benin"])),
    # the cause of a protest named after it
    ("Seoul also lodged a protest in July after Japan's annual defence white paper again laid "
     "claim to the islets.", ("ACCUSE", ["South Korea"], ["Japan"])),
    # riot police, two crowd weapons, a crowd dispersed
    ("Riot police in Tbilisi used water cannon and tear gas to disperse thousands of "
     "demonstrators outside the Georgian parliament.", ("COERCE", ["Georgia"], ["demonstrators"])),
    # a refusal of what others demand stands with no one named
    ("Irakli Kobakhidze has refused to call new elections.", ("REJECT", ["Irakli Kobakhidze"], [])),
    # a seat of government that is not the capital in law; "its neighbour" as the object
    ("Niger accused Benin of harbouring rebels. Cotonou rejected the accusation as "
     "\"baseless\".", ("REJECT", ["Benin"], ["Niger"])),
    ("Niger has called off talks with Benin, accusing its neighbour of allowing French troops "
     "to train fighters on its soil.", ("ACCUSE", ["Niger"], ["Benin"])),
    # a request to a body with a long name; a claim's own clause; a warning of consequences
    ("Guyana has asked the United Nations Security Council to hold an emergency session.",
     ("REQUEST", ["Guyana"], ["UN Security Council"])),
    ("In the book, Bolton claims Donald Trump asked Chinese paramount leader Xi Jinping for help.",
     ("REQUEST", ["Donald Trump"], ["Xi Jinping"])),
    ("Marco Rubio warned in a post on social media that there would be consequences if "
     "Venezuela attacked its neighbour.", ("THREATEN", ["Marco Rubio"], ["Venezuela"])),
    ("Marco Rubio warned that there would be consequences if Venezuela attacked Guyana.",
     ("THREATEN", ["Marco Rubio"], ["Venezuela"])),
    # a name right after "its neighbour" is the one meant
    ("Algeria expelled Malian diplomats. Niger accused its neighbour Algeria of arming rebels.",
     ("ACCUSE", ["Niger"], ["Algeria"])),
    # an owner and a person named after it: both
    ("Putin's spokesman Dmitry Peskov was criticised by Ukraine.",
     ("ACCUSE", ["Ukraine"], ["Vladimir Putin", "Dmitry Peskov"])),
    # a body premodifying the proposal made it
    ("Kenya welcomed a UN proposal that Uganda rejected.", ("REJECT", ["Uganda"], ["UN"])),
    # killed in a state's operation; the doer a relative clause is about
    ("Hamza bin Laden was killed in a US counter-terrorism operation, President Donald Trump said.",
     ("ASSAULT", ["United States"], ["Hamza bin Laden"])),
    ("Hamza bin Laden is the son of Osama bin Laden, who orchestrated the 9/11 attacks on the US.",
     ("ASSAULT", ["Osama bin Laden"], ["United States"])),
    # a leader who will not seek the post again, named after a lower-case office
    ("The Labour Party's leader, Jeremy Corbyn announced he will not seek the party's leadership "
     "position in the next general election cycle.", ("RETREAT", ["Jeremy Corbyn"], [])),
    # praise by other words
    ("Kenya hailed Ethiopia's decision to reopen the border.", ("SUPPORT", ["Kenya"], ["Ethiopia"])),
    ("The EU commended Moldova for its reforms.", ("SUPPORT", ["EU"], ["Moldova"])),
    # the police of the country a fronted phrase names; crowd weapons used against a crowd
    ("In Hong Kong, the police used water cannons and tear gas against protesters.",
     ("COERCE", ["Hong Kong"], ["protesters"])),
    # a demonym written as one word
    ("Thousands of Hongkongers protested against China.", ("PROTEST", ["Hong Kong"], ["China"])),
    # an envoy summoned, told as a passive
    ("The Chinese ambassador was summoned by Japan.", ("ACCUSE", ["Japan"], ["China"])),
    # force used in a country is force on it: a state's abroad, an armed group's with its
    # fighters named
    ("Saudi-led coalition airstrikes killed 20 civilians in Yemen on Monday.",
     ("ASSAULT", ["Saudi Arabia"], ["Yemen"])),
    ("U.S. forces Thursday launched cruise missile strikes against alleged terrorist camps in "
     "Afghanistan.", ("ASSAULT", ["United States"], ["Afghanistan"])),
    ("Boko Haram militants abducted 300 schoolgirls in Chibok, Nigeria.",
     ("COERCE", ["Boko Haram"], ["Nigeria"])),
    # police and peacekeepers sent abroad
    ("Kenya deployed 400 police officers to Haiti.", ("MOBILIZE", ["Kenya"], ["Haiti"])),
    ("Rwanda sent peacekeepers to the Central African Republic.",
     ("MOBILIZE", ["Rwanda"], ["Central African Republic"])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


NOT_FOUND: list[tuple[str, Row]] = [
    # a quoted verdict on a match is no state's deed
    ('Kenya\'s coach said Uganda had been "aggressive" in the second half of the final.',
     ("ACCUSE", ["Kenya"], ["Uganda"])),
    ('Brazil said Argentina\'s fans were "hostile" at the stadium on Sunday.',
     ("ACCUSE", ["Brazil"], ["Argentina"])),
    # a wrong denied, or the speaker's own
    ("Ghana said Togo had not violated the agreement.", ("ACCUSE", ["Ghana"], ["Togo"])),
    ("Spain said it had violated Morocco's airspace by mistake.", ("ACCUSE", ["Spain"], ["Morocco"])),
    ("Ghana said Togo hadn't violated the agreement.", ("ACCUSE", ["Ghana"], ["Togo"])),
    # a quotation with no word of blame, or one that blames no one named, or one denied
    ('Kenya said Somalia was "a close partner".', ("ACCUSE", ["Kenya"], ["Somalia"])),
    ('Kenya told reporters that Uganda was "a partner against terrorism".',
     ("ACCUSE", ["Kenya"], ["Uganda"])),
    ('Kenya said Uganda was "a victim of aggression".', ("ACCUSE", ["Kenya"], ["Uganda"])),
    # the word of blame as a topic ("on terrorism") is no verdict on the one named
    ('Washington said Egypt was "tough on terrorism" and praised its cooperation.',
     ("ACCUSE", ["United States"], ["Egypt"])),
    ('Algeria said Mali had "a duty to stop the abuses" in the north.', ("ACCUSE", ["Algeria"], ["Mali"])),
    ('Japan said the Chinese ships had not "illegally intruded" into its waters.',
     ("ACCUSE", ["Japan"], ["China"])),
    ('Kenya said the Ugandan minister had "called the arrests illegal".',
     ("ACCUSE", ["Kenya"], ["Uganda"])),
    # dismay at a disaster blames no one
    ('Uganda said it was "deeply concerned" about the floods in Kenya.', ("ACCUSE", ["Uganda"], ["Kenya"])),
    # a neutral deed reported is no wrong
    ("Kenya said the World Bank had funded the new railway.", ("ACCUSE", ["Kenya"], ["World Bank"])),
    # "It" after a sentence that opens on no name stands for no one
    ("On Monday, police said Kenya had protested. It also banned imports of Ugandan goods.",
     ("SANCTION", ["Kenya"], ["Uganda"])),
    # the claim denied is not the one blamed after "and"
    ("Prime Minister Dorin Recean of Moldova accused Moscow of using gas as a weapon. The "
     "Kremlin denies the claim and blames Kyiv.", ("REJECT", ["Russia"], ["Ukraine"])),
    # one asked who is no actor: no request of a name after the verb asked for
    ("Boris Johnson asked the Queen to suspend Parliament.",
     ("REQUEST", ["Boris Johnson"], ["Parliament"])),
    # sanctions imposed by no one named are not the subject's
    ("The US lifted the sanctions imposed on Syria.", ("SANCTION", ["United States"], ["Syria"])),
    # a description, not a passive: no support reported
    ("Hamas, backed by Iran, attacked Israel.", ("SUPPORT", ["Iran"], ["Hamas"])),
    # words that only look like the new triggers
    ("Kenya confirmed it would take Uganda to court.", ("SUPPORT", ["Kenya"], ["Uganda"])),
    ("The Democratic Party vowed to defeat Donald Trump in November.",
     ("THREATEN", ["Democratic Party"], ["Donald Trump"])),
    ("Kenya asked whether the new Ugandan tariffs applied to exports.", ("REQUEST", ["Kenya"], ["Uganda"])),
    # a proposal the subject only judged is not its own
    ("Kenya welcomed a UN proposal that Uganda rejected.", ("REJECT", ["Uganda"], ["Kenya"])),
    # members of a state's party or opposition are not the state
    ("Members of Kenya's opposition accused William Ruto of lying.",
     ("ACCUSE", ["Kenya"], ["William Ruto"])),
    # a protest after talks names no one it is against
    ("Seoul lodged a protest after talks in Tokyo.", ("ACCUSE", ["South Korea"], ["Japan"])),
    # an attack in a condition is not the warner's
    ("Marco Rubio warned that there would be consequences if Venezuela attacked Guyana.",
     ("ASSAULT", ["Marco Rubio"], ["Guyana"])),
    # the relative clause's doer, not the sentence's subject
    ("Hamza bin Laden is the son of Osama bin Laden, who orchestrated the 9/11 attacks on the US.",
     ("ASSAULT", ["Hamza bin Laden"], ["United States"])),
    # the platform a statement is posted on is no party to it
    ("Donald Trump hailed the report on Twitter.", ("SUPPORT", ["Donald Trump"], ["Twitter"])),
    # a country named before the forces, not as where they act: whose, the text does not say
    ("After a clash with Cambodia, the army arrested two men.", ("COERCE", ["Cambodia"], [])),
    # a name inside a phrase of a passive's subject is not what the verb acts on
    ("Election implications regarding the UK's efforts were described by Boris Johnson as a "
     "\"historic mandate\".", ("SUPPORT", ["Boris Johnson"], ["United Kingdom"])),
    # a state's force at home, or one named far from the verb, aims at no country named
    ("Kenyan police arrested 40 protesters in Nairobi, Kenya.", ("COERCE", ["Kenya"], ["Kenya"])),
    ("Officials in Tanzania and Kenya, where the blasts killed 257 people in Nairobi and Dar es "
     "Salaam, hoped for aid.", ("ASSAULT", ["Kenya"], ["Tanzania"])),
    # a coup is no seizure of anyone
    ("The military seized power in Niamey in July 2023, Benin said. Niger protested.",
     ("COERCE", ["Benin"], ["Niger"])),
    # resisting forces is no refusal
    ("Ukraine has resisted Russian forces for three years.", ("REJECT", ["Ukraine"], ["Russia"])),
    # "bombarded with questions" is no attack
    ("Kenyan reporters bombarded Emmanuel Macron with questions.",
     ("ASSAULT", ["Kenya"], ["Emmanuel Macron"])),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND, ids=[f[0][:40] for f in NOT_FOUND])
def test_not_found(text: str, unwanted: Row) -> None:
    assert unwanted not in events(text)


def test_a_retreat_that_says_not_is_not_negated() -> None:
    doc = newsparse.parse("Joe Biden said he would not seek re-election.", published="2025-06-12")
    assert [(e.type, e.negated) for e in doc.events] == [("RETREAT", False)]


def test_a_blame_after_a_denial_is_not_negated() -> None:
    doc = newsparse.parse("Moldova accused Moscow of using gas as a weapon. The Kremlin denies the "
                          "claim and blames Kyiv.", published="2025-06-12")
    assert [(e.type, e.negated) for e in doc.events if e.trigger.text == "blames"] == [("ACCUSE", False)]


def _visits(text: str) -> list[list[str]]:
    doc = newsparse.parse(text, published="2025-06-12")
    names = {a.id: a.name for a in doc.actors}
    return [sorted(names[p] for p in m.participants) for m in doc.meetings]


@pytest.mark.parametrize(("text", "parties"), [
    # the judge of a visit took no part in it
    ("China condemned the visit by US lawmakers to Taiwan.", ["Taiwan", "United States"]),
    ("China criticised a visit to Taiwan by US House Speaker Mike Johnson.",
     ["Mike Johnson", "Taiwan"]),
    # the owner of the noun is the visitor
    ("China criticised Mike Johnson's first visit to Taiwan.", ["Mike Johnson", "Taiwan"]),
])
def test_a_visit_judged_is_the_visitors_and_the_visited(text: str, parties: list[str]) -> None:
    assert _visits(text) == [parties]


def test_a_visit_welcomed_keeps_its_host() -> None:
    # a host may welcome its guest: "welcomed" is no verdict from outside
    assert _visits("Morocco welcomed French President Emmanuel Macron on Monday.") == [
        ["Emmanuel Macron", "Morocco"]]


def test_a_second_person_of_the_same_family_name_is_a_person_of_their_own() -> None:
    doc = newsparse.parse("Hamza bin Laden was killed. Osama bin Laden founded al-Qaeda.",
                          published="2025-06-12")
    assert sorted(a.name for a in doc.actors if a.kind == "person") == [
        "Hamza bin Laden", "Osama bin Laden"]
