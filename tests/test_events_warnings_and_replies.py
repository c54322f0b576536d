"""Warnings of what awaits others, replies with their object before the particle or no
object at all, crowd control and other phrases wire copy uses that the vocabulary
lacked; a verb after "and" that belongs to the sayer, not to those a reported clause
says were acted on; and an act on no one named, in a dispute told just before, aimed at
the other side. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # a state's threat on no one named is aimed at the one other state its sentence names
    ("President Donald Trump wrote on Thursday that Canada was cheating on the dairy deal and "
     "warned that his administration would impose tariffs, and possibly sanctions, unless "
     "prices fell.", ("THREATEN", ["Donald Trump"], ["Canada"])),
    # a warning of what awaits others ("will be dealt with", "will receive an answer")
    ("President Yoweri Museveni warned that anyone who tries to block the count will be "
     "dealt with firmly.", ("THREATEN", ["Yoweri Museveni"], [])),
    ("Ghana warned that any group that attacks its border posts will face the full force "
     "of the law.", ("THREATEN", ["Ghana"], [])),
    # the speaker's own act, tried or sought, and more verbs of pressure
    ("Britain warned that it could tighten checks on Spanish trawlers.",
     ("THREATEN", ["United Kingdom"], ["Spain"])),
    ("Chile warned that it would try to block Argentina's bid.",
     ("THREATEN", ["Chile"], ["Argentina"])),
    ("Bolivia warned that it could take the dispute with Chile to the International Court.",
     ("THREATEN", ["Bolivia"], ["Chile"])),
    ("Britain said it would \"respond in kind\" if France seized more boats.",
     ("THREATEN", ["United Kingdom"], ["France"])),
    # crowd control: no one fired at, a crowd cleared or dispersed
    ("Ugandan police fired tear gas to disperse supporters of Bobi Wine in Kampala.",
     ("COERCE", ["Uganda"], ["Bobi Wine"])),
    ("Israeli police used water cannon to clear protesters from the square.",
     ("COERCE", ["Israel"], ["protesters"])),
    # fired at someone stays an attack (as before)
    ("Kenyan police fired tear gas and water cannon at protesters in Nairobi.",
     ("ASSAULT", ["Kenya"], ["protesters"])),
    ("Serbia moved special police units into the northern villages.", ("MOBILIZE", ["Serbia"], [])),
    ("Iran stepped up its expulsions of Afghan refugees.", ("COERCE", ["Iran"], ["Afghanistan"])),
    ("The arrest last week of three Colombian journalists by Venezuela drew protests.",
     ("COERCE", ["Venezuela"], ["Colombia"])),
    # replies: the object before the particle, a bare refusal of an invitation, a remark
    ("Japan asked China for a meeting with Xi Jinping. Chinese officials turned the request "
     "down.", ("REJECT", ["China"], ["Japan"])),
    ("Colombia invited the ELN to talks in Bogota. The ELN declined.",
     ("REJECT", ["ELN"], ["Colombia"])),
    ("Kenya accused Uganda of arming rebels. Uganda dismissed the remarks as baseless.",
     ("REJECT", ["Uganda"], ["Kenya"])),
    # consequences for others; one's own orders; any act refused but speaking of it; an
    # agreement with a day and a place between "agreed" and "to"
    ("Hamas warned Israel that anyone who helped them would be \"treated as a combatant\".",
     ("THREATEN", ["Hamas"], ["Israel"])),
    ("Pakistan warned that any further misadventure by India would bring a response.",
     ("THREATEN", ["Pakistan"], ["India"])),
    ("President Gustavo Petro warned that he would order the army to resume offensive "
     "operations against the ELN.", ("THREATEN", ["Gustavo Petro"], ["ELN"])),
    ("Poland and Hungary again refused to take part in the EU solidarity pool.",
     ("REJECT", ["Poland", "Hungary"], ["EU"])),
    ("ECOWAS agreed yesterday in Abuja to send a delegation to Niger.",
     ("AGREE", ["ECOWAS"], ["Niger"])),
    # a crowd's march with a protest's words, a gathering outside a seat of power
    ("Several hundred people marched through the city centre on Wednesday, demanding the "
     "release of the activists.", ("PROTEST", ["people"], [])),
    ("Around 200 protesters gathered outside Parliament on Wednesday afternoon.",
     ("PROTEST", ["protesters"], ["Parliament"])),
    # declarations signed, aid packages announced
    ("Croatia signed a defence cooperation declaration with Albania.",
     ("SUPPORT", ["Croatia"], ["Albania"])),
    ("The EU announced a €270 million package to help Moldovan households.",
     ("AID", ["EU"], ["Moldova"])),
    # a crossing closed, to the other side of the dispute when no one is named
    ("Pakistan closed the main Torkham crossing with Afghanistan for three weeks.",
     ("SANCTION", ["Pakistan"], ["Afghanistan"])),
    ("Iran accused Afghanistan of smuggling. Iran closed the Dogharoun crossing to all traffic.",
     ("SANCTION", ["Iran"], ["Afghanistan"])),
    # campaign news: a campaign suspended or ended, defeat conceded
    ("Senator Elizabeth Warren suspended her presidential campaign on Thursday.",
     ("RETREAT", ["Elizabeth Warren"], [])),
    ("Bernie Sanders conceded the Michigan primary to Joe Biden.",
     ("CONCEDE", ["Bernie Sanders"], ["Joe Biden"])),
    # a campaign ended is aimed at no one
    ("Yesterday, Bill de Blasio, the mayor of New York, ended his campaign for president of "
     "the United States.", ("RETREAT", ["Bill de Blasio"], [])),
    # a decision welcomed, its maker named by a possessive
    ("Uganda welcomed Kenya's decision to lift the ban.", ("SUPPORT", ["Uganda"], ["Kenya"])),
    # the holder of an office its country names, not the country
    ("On Wednesday, United States Senator from Vermont Bernie Sanders ended his bid for the "
     "nomination.", ("RETREAT", ["Bernie Sanders"], [])),
    # an object relative is an aside over at its comma
    ("Wednesday, the same day that he dropped out, Michael Bloomberg endorsed his former "
     "rival, Joe Biden.", ("SUPPORT", ["Michael Bloomberg"], ["Joe Biden"])),
    # a quotation that opens in its own sentence: an abbreviation's stop cuts nothing
    ('Mr. Smith of Britain said, "We condemn Russia for this."', ("ACCUSE", ["Smith"], ["Russia"])),
    # "I" in a quotation that opened sentences before: its speaker
    ("Senator Ted Cruz, in remarks to ABC, said, \"Congress has abused its power. It is time "
     "to act. I urge my colleagues to submit this amendment to the states.\"",
     ("REQUEST", ["Ted Cruz"], [])),
    # a quotation may open before the modal; "would block any" move is a refusal ahead
    ("President Yoweri Museveni warned that anyone who tries to disrupt the vote \"will be "
     "dealt with\".", ("THREATEN", ["Yoweri Museveni"], [])),
    ("Hungarian Foreign Minister Peter Szijjarto said Budapest would block any EU move to "
     "restrict imports of Azerbaijani gas.", ("REJECT", ["Hungary"], ["EU"])),
    # a remark dismissed answers whoever made it
    ("China's embassy said the pact risked drawing the Pacific into bloc confrontation. "
     "Australian Foreign Minister Penny Wong dismissed the remark.",
     ("REJECT", ["Penny Wong"], ["China"])),
    ("Israeli settlers hurled stones at Palestinian farmers near Nablus.",
     ("ASSAULT", ["Israel"], ["Palestine"])),
    # a request for a meeting, a protocol signed, a court striking down a law
    ("Tokyo had sought a meeting with Xi Jinping.", ("REQUEST", ["Japan"], ["Xi Jinping"])),
    ("Kyrgyzstan and Tajikistan signed a protocol on border demarcation.",
     ("SUPPORT", ["Kyrgyzstan"], ["Tajikistan"])),
    ("Israel's Supreme Court struck down a law passed by the Knesset.",
     ("REJECT", ["Israel's Supreme Court"], ["Knesset"])),
    # a jab, a protest note, money released
    ("Donald Trump took a parting shot at Bill de Blasio on Twitter.",
     ("ACCUSE", ["Donald Trump"], ["Bill de Blasio"])),
    ("Poland's foreign ministry sent a protest note to the Russian embassy.",
     ("ACCUSE", ["Poland's foreign ministry"], ["Russia"])),
    ("The United States released a $120 million budget support grant to Jordan.",
     ("AID", ["United States"], ["Jordan"])),
    # the verb after "and" is the sayer's when the reported clause tells what was done to
    # (or what is) someone else
    ("UNHCR said more than 40,000 Afghans had been sent back in the past two weeks, and "
     "appealed to Tehran to suspend forced returns.", ("REQUEST", ["UNHCR"], ["Iran"])),
    ("China said India was wrong and urged India to hold talks.",
     ("REQUEST", ["China"], ["India"])),
    # in a dispute told just before, an act on no one named is aimed at the other side
    ("Paraguay accused Brazil of spying on its negotiators. On Tuesday Paraguay demanded a "
     "formal apology.", ("REQUEST", ["Paraguay"], ["Brazil"])),
    ("Ghana accused Togo of harbouring rebels. Togo rejected the accusation and Ghana "
     "threatened to close the border.", ("THREATEN", ["Ghana"], ["Togo"])),
    # a possessive before a relation apposed to a name: whose rival the object is
    ("Michael Bloomberg endorsed his former rival, Joe Biden.",
     ("SUPPORT", ["Michael Bloomberg"], ["Joe Biden"])),
    # an appeal to states, voters or colleagues in general, also in the speaker's own words
    ("The Democratic National Committee urged states not to reschedule their elections.",
     ("REQUEST", ["Democratic National Committee"], [])),
    ("\"I urge my colleagues to submit this amendment,\" Senator Ted Cruz said.",
     ("REQUEST", ["Ted Cruz"], [])),
    # a penalty that awaits others after "warned"
    ("Interior Minister Ousmane Diallo warned that teachers who joined the boycott would be "
     "dismissed.", ("THREATEN", ["Ousmane Diallo"], [])),
    ("Prime Minister Viktor Orban warned that migrants crossing the fence would be arrested.",
     ("THREATEN", ["Viktor Orbán"], [])),
    # a protest by the body its crowd belongs to, or by whoever called it out
    ("Several hundred members of the National Farmers Union marched to the Spanish embassy "
     "on Friday.", ("PROTEST", ["National Farmers Union"], ["Spain"])),
    ("About 300 dockers, called out by the Transport Workers Federation, marched to the Dutch "
     "consulate in protest against the new rules.", ("PROTEST", ["Transport Workers Federation"],
                                                    ["Netherlands"])),
    ("About 500 people marched to the French embassy on Sunday, according to the Lamu Youth "
     "Alliance, which organised the march.", ("PROTEST", ["Lamu Youth Alliance"], ["France"])),
    # the embassy or the place a protest's sentence opens with
    ("Outside the Russian embassy in Riga, about 40 students staged a protest on Monday.",
     ("PROTEST", ["students"], ["Russia"])),
    ("Moldova has banned the party. In Chisinau, about 3,000 members of the Revival Party "
     "marched to parliament on Sunday to protest against the ban.", ("PROTEST", ["Revival Party"],
                                                                  ["Moldova"])),
    # a crowd held, as a state's titled official reports it
    ("Bolivia's Interior Minister Carlos Romero said on Monday that 23 people had been "
     "detained.", ("COERCE", ["Bolivia"], [])),
    # a request announced ("would ask X to"); a subject before its relative aside
    ("Foreign Minister Yvette Cooper said Britain would ask Norway to extradite the two men.",
     ("REQUEST", ["United Kingdom"], ["Norway"])),
    ("Guatemala held a vote. Transparency International, which has monitored the count since "
     "the polls closed in the capital, urged the Guatemalan authorities to publish the results.",
     ("REQUEST", ["Transparency International"], ["Guatemala"])),
    # a verdict on an act named by its noun: the act told by the same word, not the latest
    # measure; when no event of it was read, the owner named where the text told it
    ("Mali ordered the expulsion of a French diplomat on Monday. Germany suspended development "
     "aid to Mali. Human Rights Watch condemned the expulsion.",
     ("ACCUSE", ["Human Rights Watch"], ["Mali"])),
    ("Talks in Erbil were postponed after Turkish air strikes in northern Iraq killed five "
     "people. The Iraqi government condemned the strikes.", ("ACCUSE", ["Iraq"], ["Turkey"])),
    # a threat after "and" aims at whom the subject's act before it did
    ("Peru accused Chile of spying on its navy and threatened to expel its ambassador.",
     ("THREATEN", ["Peru"], ["Chile"])),
    # a quotation may open before the modal of a warning of one's own act
    ("President Aleksandar Vucic said Kosovo police had arrested eleven Serbs and warned that "
     "Serbia \"will not stand by\" if the arrests continued.",
     ("THREATEN", ["Aleksandar Vučić"], ["Kosovo"])),
    # after a reported act in the past perfect, a verb in the simple past after "and" is
    # the sayer's
    ("Kenya said Ugandan troops had crossed the border and accused Kampala of provocation.",
     ("ACCUSE", ["Kenya"], ["Uganda"])),
    ("Kenya said Ugandan officials had arrived and urged Kampala to reopen the border.",
     ("REQUEST", ["Kenya"], ["Uganda"])),
    # talks refused until a condition is met
    ("Kenya would not hold talks with Uganda until the troops left.",
     ("REJECT", ["Kenya"], ["Uganda"])),
    # a threat on a condition backs the demand its side made just before
    ("Ethiopian Prime Minister Abiy Ahmed has demanded that Egypt share the cost of the dam. "
     "Addis Ababa has threatened to cut the flow if no deal is reached by June.",
     ("THREATEN", ["Ethiopia"], ["Egypt"])),
    # a deterrent threat stands on its own
    ("The Philippines said it would respond firmly to any attack on its coast guard vessels.",
     ("THREATEN", ["Philippines"], [])),
    ("NATO moved two frigates into the Baltic. Mark Rutte said the alliance would \"respond "
     "decisively\" to any attack on undersea cables.", ("THREATEN", ["NATO"], [])),
    # force on a merchant ship whose state goes unnamed, by a group that says it fired
    ("The Houthis said they had fired a cruise missile at a Liberian-flagged oil tanker.",
     ("ASSAULT", ["Houthis"], [])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


NOT_FOUND: list[tuple[str, Row]] = [
    # ... not when it names two: whom the threat is aimed at is not told
    ("President Lula wrote on Friday that Paraguay and Bolivia had broken the treaty and "
     "warned that his government would impose tariffs.",
     ("THREATEN", ["Luiz Inácio Lula da Silva"], ["Paraguay"])),
    ("UNHCR said more than 40,000 Afghans had been sent back in the past two weeks, and "
     "appealed to Tehran to suspend forced returns.", ("REQUEST", ["Afghanistan"], ["Iran"])),
    # a march with no protest's words, an armed crowd's march: no protest
    ("Tens of thousands of Cubans marched through Havana's streets by torchlight.",
     ("PROTEST", ["Cuba"], ["Cuba"])),
    ("Thousands of troops marched through Moscow on Victory Day, chanting slogans.",
     ("PROTEST", ["troops"], [])),
    # supporters gathered outside a hospital: no protest
    ("Supporters of Donald Trump gathered outside the hospital.",
     ("PROTEST", ["supporters"], [])),
    # "refused to comment" refuses no act
    ("Ghana accused Togo of arming rebels. Togo refused to comment.",
     ("REJECT", ["Togo"], ["Ghana"])),
    # "declined to comment" refuses nothing that was asked
    ("Colombia invited the ELN to talks in Bogota. The ELN declined to comment.",
     ("REJECT", ["ELN"], ["Colombia"])),
    # "to clear" is no part of a crowd's name
    ("Israeli police used water cannon to clear protesters from the square.",
     ("COERCE", ["Israel"], ["to clear protesters"])),
    # the other side of a dispute is not whom one's own people are asked to act, nor one
    # of many neighbours
    ("Guyana accused Venezuela of massing troops on the border. President Irfaan Ali "
     "instructed his ministers to prepare a response.",
     ("REQUEST", ["Irfaan Ali"], ["Venezuela"])),
    ("Ecuador imposed tariffs on Colombia. Colombia suspended electricity sales to its "
     "neighbours.", ("SANCTION", ["Colombia"], ["Ecuador"])),
    # a name after "and" that opens a clause of its own is no object of the verb before
    ("Kenya condemned the attack and the United States warned that it would restrict visas.",
     ("ACCUSE", ["Kenya"], ["United States"])),
    # acts at home, with an ally, or in words not of the dispute take no side of it
    ("Kenya accused Uganda of smuggling sugar. Kenya froze the assets of a local "
     "businessman.", ("SANCTION", ["Kenya"], ["Uganda"])),
    ("Kenya accused Uganda of smuggling sugar. Kenya apologised to its citizens for the power "
     "cuts.", ("CONCEDE", ["Kenya"], ["Uganda"])),
    ("Kenya accused Uganda of smuggling sugar. Separately, Kenya's central bank rejected the "
     "proposal to cut interest rates.", ("REJECT", ["Kenya's central bank"], ["Uganda"])),
    ("Russia accused Ukraine of shelling the plant. Ukraine thanked France for its support. "
     "Ukraine demanded an apology.", ("REQUEST", ["Ukraine"], ["France"])),
    ("Peru accused Chile of spying. Chile requested a loan from the IMF and threatened to "
     "raise taxes.", ("THREATEN", ["Chile"], ["IMF"])),
    # a currency or a trade figure that declines refuses nothing
    ("Kenya asked Uganda to extradite the suspect. Uganda's shilling declined.",
     ("REJECT", ["Uganda"], ["Kenya"])),
    # a sum in figures released is no aid; a shot at goal is no accusation
    ("The IMF released data showing $5 billion in Kenyan debt.", ("AID", ["IMF"], [])),
    ("Kenya took a shot at goal against Uganda.", ("ACCUSE", ["Kenya"], ["Uganda"])),
    ("Kenya refused to rule out sanctions on Uganda.", ("REJECT", ["Kenya"], ["Uganda"])),
    # a quotation's speaker is named where it opened, not in the sentence before
    ('William Ruto met Yoweri Museveni on Monday. Raila Odinga later said: "They met in secret. '
     'I condemn Uganda for this."', ("ACCUSE", ["Yoweri Museveni"], ["Uganda"])),
    # pilgrims, journalists and celebrating fans gather or march: no protest
    ("Kenyan pilgrims gathered outside the church.", ("PROTEST", ["Kenya"], [])),
    ("Thousands of Kenyans marched through Nairobi to celebrate the win against Uganda.",
     ("PROTEST", ["Kenya"], ["Uganda"])),
    # expelled diplomats stay a sanction
    ("Poland ordered the expulsion of three Russian diplomats.",
     ("COERCE", ["Poland"], ["Russia"])),
    # "said ... would be deported" is a plan told, no threat; a crowd of another state's
    # nationals held is not held by the state whose official speaks
    ("Home Minister Amit Shah said the migrants would be deported next week.",
     ("THREATEN", ["Amit Shah"], [])),
    ("Ghana's Foreign Minister Samuel Ablakwa said 11 Ghanaian traders had been detained.",
     ("COERCE", ["Ghana"], ["Ghana"])),
    ("Supporters of the National Farmers Union said they would march.",
     ("PROTEST", ["National Farmers Union"], [])),
    # "asked whether", and a plan to ask for something, are no request to anyone
    ("Reporters said they would ask whether Norway plans to extradite the men.",
     ("REQUEST", [], ["Norway"])),
    # ... not the latest measure told by another word, nor the judge's own side
    ("Mali ordered the expulsion of a French diplomat on Monday. Germany suspended development "
     "aid to Mali. Human Rights Watch condemned the expulsion.",
     ("ACCUSE", ["Human Rights Watch"], ["Germany"])),
    ("Talks were postponed after Kenyan air strikes in Somalia killed ten people. Kenya's "
     "parliament condemned the strikes.", ("ACCUSE", ["Kenya"], ["Kenya"])),
    # ... not a threat after a reply, nor one with a subject of its own
    ("Jimmy Cherizier rejected the sanctions imposed by the United States and threatened to "
     "attack any foreign force.", ("THREATEN", ["Jimmy Cherizier"], ["United States"])),
    ("Peru accused Chile of spying, and Bolivia threatened to close the border.",
     ("THREATEN", ["Bolivia"], ["Chile"])),
    ("Peru accused Chile of spying, and Bolivia threatened to close the border.",
     ("THREATEN", ["Peru"], ["Chile"])),
    # holding talks, or elections, is no refusal
    ("Kenya will hold talks with Uganda next week.", ("REJECT", ["Kenya"], ["Uganda"])),
    ("Kenya would not hold elections with Uganda's help until the crisis ended.",
     ("REJECT", ["Kenya"], ["Uganda"])),
    # a warning that another will act is no threat of the warner's, quoted or not
    ("Britain warned that Russia \"would attack\" Ukraine.",
     ("THREATEN", ["United Kingdom"], ["Ukraine"])),
    ("Talks were postponed after air strikes killed ten people. Kenya condemned the strikes.",
     ("ACCUSE", ["Kenya"], ["Somalia"])),
    # no condition: the threat does not point back to the demand
    ("Ethiopian Prime Minister Abiy Ahmed has demanded that Egypt share the cost of the dam. "
     "Addis Ababa has threatened to cut the flow.", ("THREATEN", ["Ethiopia"], ["Egypt"])),
    # a demand by another side is not the one the threat backs
    ("Ethiopian Prime Minister Abiy Ahmed has demanded that Egypt share the cost of the dam. "
     "Sudan has threatened to cut the flow if no deal is reached.",
     ("THREATEN", ["Sudan"], ["Egypt"])),
    # a company's promise to respond is no deterrent threat
    ("Shell said it would respond decisively to any attack on its pipelines.",
     ("THREATEN", ["Shell"], [])),
    # a ship struck by no one named is no act of the one who reports it
    ("Yemen said a missile had hit a bulk carrier off Mokha.", ("ASSAULT", ["Yemen"], [])),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND, ids=[f[0][:40] for f in NOT_FOUND])
def test_not_found(text: str, unwanted: Row) -> None:
    assert unwanted not in events(text)


@pytest.mark.parametrize("text", [
    # forces in the field act for themselves after "and"; a list object after "and" stands
    "Witnesses said Ugandan troops were deployed overnight and attacked Kenyan positions.",
])
def test_troops_after_a_passive_still_attack(text: str) -> None:
    assert ("ASSAULT", ["Uganda"], ["Kenya"]) in events(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya accused rebels and Uganda of smuggling weapons.", ("ACCUSE", ["Kenya"], ["Uganda"])),
    ("Japan thanked donors and Germany for their help.", ("SUPPORT", ["Japan"], ["Germany"])),
])
def test_a_list_object_after_and_stands(text: str, expected: Row) -> None:
    assert expected in events(text)
