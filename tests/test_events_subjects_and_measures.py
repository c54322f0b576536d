"""Who the source of an event is when the text does not say it plainly: "He" opening a
sentence after two men were named is the subject of the sentence before; a state organ
sanctions no one named ("The US Treasury sanctioned 14 companies"); the victims of
attacks did not attack; the restrictive relative "groups who endorsed" has a subject of
its own."""

from __future__ import annotations

import pytest
from event_rows import events

import newsparse

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # "He" after "X told Y": X, the subject before (whatever a fronted phrase says first)
    ("According to a readout from the foreign ministry, Emmanuel Macron told Olaf Scholz that "
     "the plan was sound. He accused Russia of stalling.",
     ("ACCUSE", ["Emmanuel Macron"], ["Russia"])),
    ("President Joe Biden met Chancellor Olaf Scholz on Monday. He accused China of bias.",
     ("ACCUSE", ["Joe Biden"], ["China"])),
    # a pronoun whose sex leaves one of the two
    ("Kamala Harris met Olaf Scholz on Monday. He praised her.",
     ("SUPPORT", ["Olaf Scholz"], ["Kamala Harris"])),
    # a state or its organ sanctions those the text does not name as actors
    ("The United States on Monday sanctioned 14 companies and three tankers.",
     ("SANCTION", ["United States"], [])),
    ("The US Treasury on Monday sanctioned 14 companies and three tankers.",
     ("SANCTION", ["Treasury Department"], [])),
    ("Obama visited the site of Russian strikes on Kyiv.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    # drones and missiles launched at a place, however many are counted
    ("Overnight, Russia launched more than 90 drones and 12 missiles at energy facilities in "
     "western Ukraine.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    # a transit halted, deliveries stopped: measures against the other state
    ("Ukraine halted the transit of Russian gas across its territory last year.",
     ("SANCTION", ["Ukraine"], ["Russia"])),
    ("Slovakia stopped emergency electricity deliveries to Ukraine on Monday.",
     ("SANCTION", ["Slovakia"], ["Ukraine"])),
    # "the bloc" as an object is the bloc named last, not a demonym after it
    ("Trump warned the EU not to retaliate, and accused the bloc of having ripped off "
     "American workers for decades.", ("ACCUSE", ["Donald Trump"], ["EU"])),
    ("The EU met on Monday. Orban criticised the bloc on Tuesday.",
     ("ACCUSE", ["Viktor Orbán"], ["EU"])),
    # "X's government and the Y": two parties, not a body the possessive describes
    ("Peru's government and the Shining Path agreed on Monday to extend their truce.",
     ("AGREE", ["Peru"], ["Shining Path"])),
    ("Sudan's government and the SPLM-North have agreed to resume talks in Juba.",
     ("AGREE", ["Sudan"], ["SPLM-North"])),
    # the reporter of a clause that opens on "it" or "its soldiers", past a day or a
    # statement between "said" and "that"
    ("Ethiopia said on Tuesday that its troops had killed 40 fighters of al-Shabaab.",
     ("ASSAULT", ["Ethiopia"], ["al-Shabaab"])),
    ("Turkey said in a statement that it had struck PKK positions in northern Iraq.",
     ("ASSAULT", ["Turkey"], ["PKK"])),
    # aid to the people of a place goes to the state the text names for it
    ("Fighting in Sudan has cut roads. UNICEF said on Monday that it had delivered food to "
     "20,000 children in El Fasher.", ("AID", ["UNICEF"], ["Sudan"])),
    # people counted, held by the subject of the verb before "and"
    ("Kenyan police stormed a warehouse in Mombasa and arrested 30 suspected smugglers.",
     ("COERCE", ["Kenya"], [])),
    ("Greek coast guards on Tuesday intercepted a fishing boat off Crete, and detained five "
     "members of its crew.", ("COERCE", ["Greece"], [])),
    # a party's pick, a candidate who withdrew or dropped out, a leader put under arrest
    ("The Prohibition Party nominated Phil Collins for Vice President.",
     ("SUPPORT", ["Prohibition Party"], ["Phil Collins"])),
    ("Biden named Senator Kamala Harris of California as his running mate.",
     ("SUPPORT", ["Joe Biden"], ["Kamala Harris"])),
    ("Bill Bayes withdrew in March 2019.", ("RETREAT", ["Bill Bayes"], [])),
    ("Senator Elizabeth Warren dropped out of the race in early March.",
     ("RETREAT", ["Elizabeth Warren"], [])),
    ("Zimbabwe's army moved on November 15. The army placed Mugabe under house arrest.",
     ("COERCE", ["Zimbabwe"], ["Robert Mugabe"])),
    # a city struck stands for its country, when the text names that country
    ("Russia fired missiles at Kharkiv on Monday, Ukraine said.",
     ("ASSAULT", ["Russia"], ["Ukraine"])),
    # the name of a weapon between "fired" and it
    ("Hamas fired Qassam rockets at Israel.", ("ASSAULT", ["Hamas"], ["Israel"])),
    ("Russia fired Kalibr cruise missiles at Ukraine.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Obama nominated Sonia Sotomayor for the Supreme Court.",
     ("SUPPORT", ["Barack Obama"], ["Sonia Sotomayor"])),
    # a court's directive
    ("The High Court on Thursday ordered the Election Commission to publish the voter lists.",
     ("REQUEST", ["High Court"], ["Election Commission"])),
    # a body of a country, described between them, is the object, not the country
    ("Greenpeace called on the German state development bank KfW to freeze its funding.",
     ("REQUEST", ["Greenpeace"], ["KfW"])),
    # a denial answers the accusation just made against its source ...
    ("Israel accused Hezbollah of storing weapons in homes. Hezbollah denied the claim.",
     ("REJECT", ["Hezbollah"], ["Israel"])),
    # ... and "the military" is the armed forces just named by their name
    ("The Moro Islamic Liberation Front accused the Armed Forces of the Philippines of "
     "bombing villages. The military denied that any villages had been hit.",
     ("REJECT", ["Armed Forces of the Philippines"], ["Moro Islamic Liberation Front"])),
    # the states named in the act's own noun phrase did it, not the subject that condemns
    ("Araghchi condemned the Israeli and US strikes on Iranian nuclear sites.",
     ("ASSAULT", ["Israel", "United States"], ["Iran"])),
    ("Zelensky condemned Russian strikes on Kyiv on Monday.",
     ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Moscow warned that US air strikes against Iraq would harm relations.",
     ("ASSAULT", ["United States"], ["Iraq"])),
    ("Russia said that it attacked Ukraine.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Putin, the president who invaded Ukraine, spoke on Monday.",
     ("ASSAULT", ["Vladimir Putin"], ["Ukraine"])),
    # "involved in" stated, not hedged: the subject's act
    ("US officials said Iran was directly involved in the attack on Saudi Arabia.",
     ("ASSAULT", ["Iran"], ["Saudi Arabia"])),
    # "its neighbour": the other country just named
    ("Ecuador imposed tariffs on Colombia. Colombia suspended electricity sales to its "
     "neighbour on Monday.", ("SANCTION", ["Colombia"], ["Ecuador"])),
    # police with no place of their own are those of the first city the story names
    # (the article names Indonesia most, and Wellington lies beyond the nearest-place reach)
    ("New Zealand Prime Minister Christopher Luxon hosted Indonesian President Prabowo "
     "Subianto in Wellington on Tuesday. Prabowo said Indonesia wanted more trade. "
     "Indonesia's foreign minister Sugiono said Indonesia would buy dairy. Indonesian "
     "officials said Indonesia and Indonesia's firms would invest. The two leaders talked "
     "about fisheries, dairy quotas, student visas, climate finance and the long list of "
     "other matters that divide them. Police arrested two people who tried to block the "
     "motorcade.", ("COERCE", ["New Zealand"], [])),
    # aid committed, pledged, contributed (a capital before "committed" is its state)
    ("Canberra committed A$120 million over four years to help the Philippine Coast Guard.",
     ("AID", ["Australia"], ["Philippine Coast Guard"])),
    ("Saudi Arabia made the largest single pledge, $300 million spread over three years.",
     ("AID", ["Saudi Arabia"], [])),
    ("Japan, Qatar and Norway announced contributions of their own.",
     ("AID", ["Japan", "Qatar", "Norway"], [])),
    # "the army", "the military" as an object: the forces of the source's own country
    ("Sudan's army and the Rapid Support Forces fought in Darfur. The RSF accused the army "
     "of bombing markets.", ("ACCUSE", ["RSF"], ["Sudan"])),
    ("After the coup in Myanmar, Amnesty urged the military to free prisoners.",
     ("REQUEST", ["Amnesty International"], ["Myanmar"])),
    # the act a warning announces may open a quotation
    ("Thai Deputy Prime Minister Phumtham Wechayachai warned that the army would \"respond "
     "firmly\" to Cambodia.", ("THREATEN", ["Phumtham Wechayachai"], ["Cambodia"])),
    # more verbs of public criticism
    ("Lavrov railed against NATO.", ("ACCUSE", ["Sergei Lavrov"], ["NATO"])),
    ("Beijing deplored the US decision.", ("ACCUSE", ["China"], ["United States"])),
    ("Russian officials assailed Ukraine for holding naval exercises with NATO.",
     ("ACCUSE", ["Russia"], ["Ukraine"])),
    ("Trump blasted Biden as a career politician.", ("ACCUSE", ["Donald Trump"], ["Joe Biden"])),
    # a politician picked for a post is backed by who picks them (active and passive)
    ("Joe Biden announced Kamala Harris as his choice for running mate on Tuesday.",
     ("SUPPORT", ["Joe Biden"], ["Kamala Harris"])),
    ("In 2008, Sarah Palin was chosen by John McCain as his running mate.",
     ("SUPPORT", ["John McCain"], ["Sarah Palin"])),
    # asking for someone's resignation asks it of them
    ("Trump said he had asked for national security advisor John R. Bolton's resignation.",
     ("REQUEST", ["Donald Trump"], ["John R. Bolton"])),
    ("President Pierre Nkurunziza announced he would stand down.",
     ("RETREAT", ["Pierre Nkurunziza"], [])),
    # a person described, then named: the title ends the description
    ("Trump lashed out at the capital city's Democratic mayor, Muriel Bowser, on Saturday.",
     ("ACCUSE", ["Donald Trump"], ["Muriel Bowser"])),
    ("President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on "
     "Twitter.", ("ACCUSE", ["Donald Trump"], ["Muriel Bowser"])),
    # "the cabinet", "the presidency": the government of the state named; an act it
    # agreed or decided on is its own, and a reply to it answers that state
    ("Chile's interior minister said the cabinet had agreed to file a complaint against "
     "Gabriel Boric. Boric rejected the accusation.",
     ("ACCUSE", ["Chile"], ["Gabriel Boric"])),
    ("Chile's interior minister said the cabinet had agreed to file a complaint against "
     "Gabriel Boric. Boric rejected the accusation.",
     ("REJECT", ["Gabriel Boric"], ["Chile"])),
    ("In Ghana, the presidency rejected the demands of John Mahama.",
     ("REJECT", ["Ghana"], ["John Mahama"])),
    # "Bosnia" alone names Bosnia and Herzegovina
    ("Bosnia's state court issued an arrest warrant for Milorad Dodik on Wednesday.",
     ("THREATEN", ["Bosnia and Herzegovina"], ["Milorad Dodik"])),
    # "It" opening a sentence after one led by "The government of ...": that state
    ("The government of Eritrea has jailed dozens of journalists since 2001. It expelled the "
     "Swedish ambassador in 2019.", ("SANCTION", ["Eritrea"], ["Sweden"])),
    ("The transitional government of Mali has banned French-funded charities. It broke off "
     "diplomatic relations with Sweden in 2023.", ("SANCTION", ["Mali"], ["Sweden"])),
    # "its officers" after the body that says so; a joint statement's pronoun
    ("The Kosovo interior ministry said its officers would not cooperate with EULEX.",
     ("REJECT", ["Kosovo"], ["EULEX"])),
    ("Canada and Australia said in a joint statement that they were suspending their aid to "
     "Myanmar.", ("SANCTION", ["Canada", "Australia"], ["Myanmar"])),
    # the subject far from its verb: a second verb after "and" (an auxiliary, an adverb),
    # past a relative clause with a subject of its own
    ("Ties have worsened since Niamey pulled out of a defence pact that France had drafted with "
     "regional armies and accused Paris of arming rebels.", ("ACCUSE", ["Niger"], ["France"])),
    ("Ghana says it paid its share of the road a year ago and has repeatedly accused Togo of "
     "stalling the works.", ("ACCUSE", ["Ghana"], ["Togo"])),
    # a state's capital leaving a deal acts as the state
    ("Tensions rose when Niamey pulled out of the pact.", ("RETREAT", ["Niger"], [])),
    # a relative clause or apposition between the subject and its verb
    ("The rights group Voce Libera, which monitors prisons in the Balkans, accused Serbia of "
     "torturing detainees.", ("ACCUSE", ["Voce Libera"], ["Serbia"])),
    ("Norway, whose navy boarded a trawler after its nets were found in a closed zone last "
     "month, offered to share the evidence with Danish investigators.",
     ("AGREE", ["Norway"], ["Denmark"])),
    ("Reporters asked about Lula, who has courted Beijing and Moscow and last year agreed with "
     "Argentina to build a gas pipeline.", ("AGREE", ["Luiz Inácio Lula da Silva"], ["Argentina"])),
    # a pronoun after ", and" is the sentence's subject ("It" the subject before)
    ("Chad's foreign ministry protested to Yaoundé on Monday. It said Chad would take the "
     "matter to the African Union, and it accused Cameroonian soldiers of seizing cattle.",
     ("ACCUSE", ["Chad's foreign ministry"], ["Cameroon"])),
    ("Kenya said Uganda had shut the crossing, and it accused Kampala of blocking trade.",
     ("ACCUSE", ["Kenya"], ["Uganda"])),
    # coordinated subjects, each a state's forces named by its demonym
    ("Fighting resumed after Indian border guards and Chinese troops exchanged fire overnight.",
     ("ASSAULT", ["India"], ["China"])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


NOT_FOUND: list[tuple[str, Row]] = [
    # "its troops" agrees with no person who reports
    ("Joe Biden said on Monday that its troops had killed 14 fighters of al-Shabaab.",
     ("ASSAULT", ["Joe Biden"], ["al-Shabaab"])),
    # a clause of its own before "and": the one held by "who" is not counted
    ("Nigerian police arrested a man who insulted officials and detained six activists.",
     ("COERCE", ["Nigeria"], [])),
    # ... not the attacker's own country
    ("Ukrainian drones struck a refinery in Russia. Russia fired missiles at Moscow.",
     ("ASSAULT", ["Russia"], ["Russia"])),
    # a state that "withdrew" is no candidate; a nomination withdrawn is no retreat
    ("The United States withdrew in 2018 from the nuclear deal.", ("RETREAT", ["United States"], [])),
    ("Pakistan withdrew in protest.", ("RETREAT", ["Pakistan"], [])),
    ("Biden withdrew his nomination of Neera Tanden.", ("RETREAT", ["Joe Biden"], [])),
    # a rebel army named "... Defense Forces" is no state's military
    ("The Tigray Defense Forces accused Ethiopia of shelling towns on Monday. The military "
     "denied that any town was hit.", ("REJECT", ["Tigray Defense Forces"], [])),
    # "the military" is no rebel army just named, and a factory of drones attacks no one
    ("The Arakan Army accused Myanmar of bombing villages on Monday. The military denied that "
     "any village was hit.", ("REJECT", ["Arakan Army"], [])),
    ("Iran launched production of drones on Russian territory.", ("ASSAULT", ["Iran"], ["Russia"])),
    # a state that withdrew from a treaty retreats from no race
    ("Russia withdrew from the treaty on Monday.", ("RETREAT", ["Russia"], [])),
    # a missile test into the sea attacks no one
    ("North Korea fired two ballistic missiles into the sea.", ("ASSAULT", ["North Korea"], [])),
    # the subject that condemns strikes made them not
    ("Araghchi condemned the Israeli and US strikes on Iranian nuclear sites.",
     ("ASSAULT", ["Abbas Araghchi"], ["Iran"])),
    # those helped are victims of the attacks, not their authors
    ("Surgeon General David Satcher on Wednesday led a team of medical specialists to Africa "
     "to help victims of terrorist attacks on the U.S. embassies in Kenya.",
     ("ASSAULT", ["David Satcher"], ["United States"])),
    # the groups endorsed the campaign, not the one who challenged Biden
    ("Trump challenged Biden to name any groups who endorsed Biden's campaign.",
     ("SUPPORT", ["Donald Trump"], ["Joe Biden"])),
    # "its neighbours" in general, or a neighbour of someone else, names no one
    ("Ecuador imposed tariffs on Colombia. Colombia suspended electricity sales to its "
     "neighbours.", ("SANCTION", ["Colombia"], ["Ecuador"])),
    # "blasted with water cannon", "the embassy blasts": no criticism
    ("Philippine boats were blasted with water cannon by China.",
     ("ACCUSE", ["China"], ["Philippines"])),
    ("A man was charged over last year's U.S. Embassy blasts in Kenya and Tanzania.",
     ("ACCUSE", ["United States"], ["Tanzania"])),
    # "and its chairman, X": no description of an object, a new conjunct
    ("Magna International Inc.'s chief financial officer, James McAlpine, resigned and its "
     "chairman, Frank Stronach, is stepping in.",
     ("RETREAT", ["Magna International Inc"], ["Frank Stronach"])),
    # a suspect's part in a killing is no act of the subject's
    ("The FBI played down the likelihood that either was involved in the Oct. 23 killing of "
     "the doctor, Barnett Slepian.", ("ASSAULT", ["FBI"], ["Barnett Slepian"])),
    # a stand-down order for troops is no resignation
    ("The army chief Asim Munir stood down his troops.", ("RETREAT", ["Asim Munir"], [])),
    # a company's money is business, not aid
    ("Acme Holdings committed $5 million to a new plant.", ("AID", ["Acme Holdings"], [])),
    # two subjects, or a subject of unknown sex beside one who fits: no guess
    ("Olaf Scholz and Emmanuel Macron met on Monday. He accused Russia of stalling.",
     ("ACCUSE", ["Olaf Scholz"], ["Russia"])),
    ("Nguyen Van Thanh met Kamala Harris on Monday. She accused China of stalling.",
     ("ACCUSE", ["Nguyen Van Thanh"], ["China"])),
    # physical blasts and aim are no verdicts; "sanctioned" as "approved" is no sanction
    ("Israeli jets blasted Hezbollah positions in Lebanon on Monday.",
     ("ACCUSE", ["Israel"], ["Hezbollah"])),
    ("The Indian government sanctioned 500 crore rupees for flood relief.",
     ("SANCTION", ["India"], [])),
    # "the army" of no country the text ties to the speaker: not the country named most
    ("Talks were held in Kunming, China. China hosted them. China said little. Naw Bu of the "
     "Kachin Independence Army said the army had carried out 30 air strikes on villages.",
     ("ACCUSE", ["Naw Bu"], ["China"])),
    # a quotation opened before the preposition: the verdict's target is the launcher
    ("North Korea fired two ballistic missiles on Monday. President Lee Jae-myung condemned "
     "the launch as \"a clear violation\" of UN Security Council resolutions.",
     ("ACCUSE", ["Lee Jae-myung"], ["UN Security Council"])),
    # a company sanctions no one
    ("Acme Holdings sanctioned 14 employees.", ("SANCTION", ["Acme Holdings"], [])),
    # a cabinet that agreed to nothing but a meeting date files no complaint
    ("Chile's interior minister said the cabinet agreed on Monday that Gabriel Boric should "
     "file a complaint against Peru.", ("ACCUSE", ["Chile"], ["Peru"])),
    # "It" after a sentence about a government of no state named is no one's
    ("The government has closed 14 radio stations since March. It broke off relations "
     "with Sweden last year.", ("SANCTION", ["Sweden"], ["Sweden"])),
    # "its officers" after a person who speaks: no body of his
    ("Joe Biden said its officers would not cooperate with Interpol.",
     ("REJECT", ["Joe Biden"], ["Interpol"])),
    # "it" after ", and" agrees with no person who spoke; "and" before a new subject
    ("President William Ruto said Uganda had shut the crossing, and it accused Kenya of smuggling.",
     ("ACCUSE", ["William Ruto"], ["Kenya"])),
    ("Trump met Lula, who said Biden and Argentina agreed on a deal.",
     ("AGREE", ["Luiz Inácio Lula da Silva"], ["Argentina"])),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: Row) -> None:
    assert unwanted not in events(text)


def _pronouns(text: str) -> dict[str, list[str]]:
    doc = newsparse.parse(text, published="2025-06-12")
    return {a.name: [m.text for m in a.mentions if m.text in ("He", "She", "His", "Her")]
            for a in doc.actors if a.kind == "person"}


@pytest.mark.parametrize("text", [
    # inside a quotation the speaker means someone else
    'Ben Affleck wrote, "Tony Mendez was a true American hero. He was a man of courage."',
    # a fronted clause names someone before the subject
    "When Kweisi Mfume resigned in 1995, Elijah Cummings joined the race. He went on to "
    "serve in Congress.",
    # a possessive names someone before the subject
    "Hunter Biden's former partner Tony Bobulinski held a press conference with Joe Biden's "
    "aides. He claimed to have evidence.",
    # "His" is no subject: the subject rule is for "He" and "She"
    "Kenyan official Joseph Kimotho spoke about the visit of U.S. Commerce Secretary William "
    "Daley in September. His trip is still on.",
])
def test_no_subject_is_guessed_where_the_sentence_before_hides_it(text: str) -> None:
    found = _pronouns(text)
    first = next(iter(found))
    assert found[first] == []


def test_the_subject_after_a_fronted_phrase_is_taken_up() -> None:
    found = _pronouns("When Kweisi Mfume resigned in 1995, Elijah Cummings joined the race. "
                      "Cummings thanked Mfume. He went on to serve in Congress.")
    assert found["Elijah Cummings"] == ["He"]


@pytest.mark.parametrize(("text", "negated"), [
    ("Neither France nor Germany backed Ukraine's plan on Monday.", True),
    ("France and Germany backed Ukraine's plan on Monday.", False),
])
def test_neither_nor_is_a_subject_chain_that_negates(text: str, negated: bool) -> None:
    doc = newsparse.parse(text, published="2025-06-12")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, sorted(names[s] for s in e.sources), e.negated) for e in doc.events] == [
        ("SUPPORT", ["France", "Germany"], negated)]
