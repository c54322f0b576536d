"""A reply to a claim made against the replier's state, a refusal in a dispute aimed at
the other side, responses promised "in a mirror manner" or "with full force", the
right reserved to strike, a mobilisation ordered or an alert raised, a call for a
protest, releases of more kinds of people and NATO's and the AU's missions by name.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # refusals ahead: to hand oneself over, to cooperate, never to give up
    ("Former Kosovo president Hashim Thaçi said he would not hand himself over to EULEX.",
     ("REJECT", ["Hashim Thaçi"], ["EULEX"])),
    ("Serbia said it would not cooperate with EULEX.", ("REJECT", ["Serbia"], ["EULEX"])),
    # a response promised to states that acted together: each of them
    ("Poland, Lithuania and Latvia closed their borders with Belarus. Minsk said it would "
     "respond in kind.", ("THREATEN", ["Belarus"], ["Poland", "Lithuania", "Latvia"])),
    ("Hungary said it would never give up its veto on Ukraine's accession, angering Kyiv.",
     ("REJECT", ["Hungary"], ["Ukraine"])),
    # a reply by a ministry to the claim made against its state; a senator's criticism
    # of the president answered by the foreign minister
    ("Djibouti accused Ethiopia of expansionist rhetoric on Monday. Ethiopia's foreign "
     "ministry rejected the accusation on Tuesday.",
     ("REJECT", ["Ethiopia's foreign ministry"], ["Djibouti"])),
    ("Senator Ana Ruiz accused President Gustavo Petro of weakness. Colombia's foreign "
     "minister, Luis Murillo, rejected the criticism.", ("REJECT", ["Colombia"], ["Ana Ruiz"])),
    # a refusal in a dispute told just before: the other side's
    ("Canada expelled six Indian diplomats on Monday. New Delhi had refused to waive their "
     "diplomatic immunity.", ("REJECT", ["India"], ["Canada"])),
    ("Canada accused India of spying. The Indian side had declined to cooperate with the "
     "inquiry.", ("REJECT", ["India"], ["Canada"])),
    # an offer turned down that no event named: who offered it in the sentence before; a
    # federation of unions is "the union"
    ("The Nigeria Labour Congress called a general strike. President Bola Tinubu offered "
     "talks on Monday. The union turned the offer down.",
     ("REJECT", ["Nigeria Labour Congress"], ["Bola Tinubu"])),
    # an allegation a relative clause says was rejected: by its subject, of the accuser
    ("Ethiopia accused Eritrea of arming Fano militias, an allegation Asmara has repeatedly "
     "rejected.", ("REJECT", ["Eritrea"], ["Ethiopia"])),
    # responses promised, the right to strike reserved
    ("Ethiopia accused Eritrea of arming militias. Eritrea said Asmara would \"respond with "
     "full force\" to any Ethiopian incursion.", ("THREATEN", ["Eritrea"], ["Ethiopia"])),
    ("Afghan Taliban fighters attacked a Pakistani border post on Saturday. Pakistan reserves "
     "the right to strike militant hideouts wherever they are, the defence minister said.",
     ("THREATEN", ["Pakistan"], ["Afghanistan"])),
    # a show of force: an alert, a call-up, more patrols by a mission named by acronym
    ("Belgrade placed its army on heightened alert along the boundary with Kosovo.",
     ("MOBILIZE", ["Serbia"], ["Kosovo"])),
    ("Eritrea ordered a general call-up of reservists.", ("MOBILIZE", ["Eritrea"], [])),
    ("KFOR said it had increased patrols in the north.", ("MOBILIZE", ["KFOR"], [])),
    # an order to leave given in a participle; people freed after a count
    ("Eritrea expelled two diplomats, ordering an Ethiopian attaché to leave Asmara within "
     "72 hours.", ("COERCE", ["Eritrea"], ["Ethiopia"])),
    ("Guinean authorities freed six of the Sierra Leonean farmers on Sunday.",
     ("RETREAT", ["Guinea"], ["Sierra Leone"])),
    # a demand that detainees be freed, in a dispute over their arrest: of the holder
    ("Kosovo police detained four Serbian officials. Petar Petković, Belgrade's chief official "
     "for Kosovo, demanded that the detainees be freed within 24 hours.",
     ("REQUEST", ["Petar Petković", "Serbia"], ["Kosovo"])),
    # sanctions considered: a threat
    ("The EU warned that it would consider new sanctions on Georgia.",
     ("THREATEN", ["EU"], ["Georgia"])),
    # consequences that await the one named; a promise to take whatever measures
    ("Russian Foreign Minister Sergei Lavrov warned that Armenia would \"bear the "
     "consequences\" if it formally applied to join the European Union.",
     ("THREATEN", ["Sergei Lavrov"], ["Armenia"])),
    ("Iran warned that Israel would pay a heavy price.", ("THREATEN", ["Iran"], ["Israel"])),
    ("Congo accused Rwanda of backing the M23 rebels. Kigali would \"take whatever measures "
     "are necessary\" to protect its border, a government spokeswoman said.",
     ("THREATEN", ["Rwanda"], ["Democratic Republic of the Congo"])),
    # a wrong reported after "said": tried, started, done "once again"
    ("Kurti said Serbia was \"trying to destabilise Kosovo\".", ("ACCUSE", ["Albin Kurti"], ["Serbia"])),
    ("Taliban spokesman Zabihullah Mujahid said Pakistani forces had started the fighting.",
     ("ACCUSE", ["Zabihullah Mujahid"], ["Pakistan"])),
    ("Romania's foreign minister said Russia had once again violated the sovereignty of Romania.",
     ("ACCUSE", ["Romania"], ["Russia"])),
    # a wrong reported to a news conference, or in quotation marks after "had"
    ("Kurti told a news conference that Serbia was \"trying to destabilise Kosovo\".",
     ("ACCUSE", ["Albin Kurti"], ["Serbia"])),
    ("Foreign Minister Oana Țoiu said Russia had \"once again violated the sovereignty of a "
     "NATO and EU member\".", ("ACCUSE", ["Oana Țoiu"], ["Russia"])),
    # a verdict of blackmail
    ("North Macedonia described Bulgaria's demands as blackmail.",
     ("ACCUSE", ["North Macedonia"], ["Bulgaria"])),
    # a directive to the one a demonym leads ("his Argentine counterpart")
    ("Chile's foreign minister pressed his Argentine counterpart to restore gas deliveries.",
     ("REQUEST", ["Chile"], ["Argentina"])),
    ("Chile pressed Argentine officials to restore gas deliveries.",
     ("REQUEST", ["Chile"], ["Argentina"])),
    # an appeal to all by a state's embassy named with its seat
    ("The United States embassy in Abuja urged \"all sides to exercise restraint\".",
     ("REQUEST", ["United States"], [])),
    # another state's offices or mission closed
    ("Kosovo police on Tuesday shut down five Serbian-run municipal offices in the north of "
     "the country.", ("SANCTION", ["Kosovo"], ["Serbia"])),
    ("Mali closed the Algerian consulate in Kidal.", ("SANCTION", ["Mali"], ["Algeria"])),
    # a closure or a ban kept up
    ("Pakistan kept the Torkham border crossing with Afghanistan shut for a fifth day.",
     ("SANCTION", ["Pakistan"], ["Afghanistan"])),
    ("Poland would keep its ban on imports of Ukrainian wheat, the minister said.",
     ("SANCTION", ["Poland"], ["Ukraine"])),
    # forces moved: in the passive, in another state's land; positions reinforced
    ("About 4,000 Rwandan soldiers have been deployed in Cabo Delgado in Mozambique.",
     ("MOBILIZE", ["Rwanda"], ["Mozambique"])),
    ("Sierra Leone's army had reinforced its positions along the border.",
     ("MOBILIZE", ["Sierra Leone"], [])),
    ("The clash prompted Belgrade to place its army on heightened alert along the boundary "
     "with Kosovo.", ("MOBILIZE", ["Serbia"], ["Kosovo"])),
    # the armed forces placed on alert, as an official says: that official's state's
    ("Guyana's president Irfaan Ali said the army had been placed on alert after Venezuela's "
     "referendum.", ("MOBILIZE", ["Guyana"], [])),
    ("In an interview with Skai television on Sunday, Defence Minister Nikos Dendias said the "
     "armed forces had been placed on heightened alert.", ("MOBILIZE", ["Nikos Dendias"], [])),
    # a mechanism the warners are ready to trigger; what awaits anyone "quoted"
    ("Britain, France and Germany warned in a joint statement that they were ready to trigger "
     "the so-called snapback mechanism against Iran.",
     ("THREATEN", ["United Kingdom", "France", "Germany"], ["Iran"])),
    ("Tunisian President Kais Saied warned that anyone who \"conspires with foreigners\" would "
     "be held to account.", ("THREATEN", ["Kais Saied"], [])),
    # pressure kept up
    ("Colombia would keep pressing Caracas to allow international observers to monitor the "
     "vote.", ("REQUEST", ["Colombia"], ["Venezuela"])),
    # jets that "had hit" a target; a protest called
    ("Israeli jets had hit Hezbollah weapons depots near Nabatieh.",
     ("ASSAULT", ["Israel"], ["Hezbollah"])),
    ("The Serbian List party called a protest in North Mitrovica for Friday against Kosovo's "
     "government.", ("PROTEST", ["Serbia"], ["Kosovo"])),
    # forces massed, flights stepped up, exercises begun or held, a deployment approved,
    # units and personnel deployed; the one accused "on Sunday of" massing them is the doer
    ("Azerbaijan accused Armenia on Sunday of massing troops near the border.",
     ("MOBILIZE", ["Armenia"], [])),
    ("Belarus has been massing troops and tanks near the border, Lithuanian officials said.",
     ("MOBILIZE", ["Belarus"], [])),
    ("Japan said it had stepped up surveillance flights over the islands.", ("MOBILIZE", ["Japan"], [])),
    ("Greece and Cyprus began a week of joint naval exercises on Tuesday.",
     ("MOBILIZE", ["Greece", "Cyprus"], [])),
    ("Armenia accused Azerbaijani troops stationed in Nagorno-Karabakh of holding snap drills "
     "near the line.", ("MOBILIZE", ["Azerbaijan"], [])),
    ("Kenya's parliament approved the deployment of police officers to Haiti.",
     ("MOBILIZE", ["Kenya"], ["Haiti"])),
    ("Ecuador will deploy additional army units on its northern border.", ("MOBILIZE", ["Ecuador"], [])),
    ("Afghanistan's Taliban government deployed 500 additional security personnel to the crossing.",
     ("MOBILIZE", ["Afghanistan", "Taliban"], [])),
    ("Colombia will deploy two more patrol boats to the river.", ("MOBILIZE", ["Colombia"], [])),
    # a state's own forces deployed at home face no one
    ("Peru will deploy additional National Police units in Puno.", ("MOBILIZE", ["Peru"], [])),
    # a crowd held, reported by a state's ministry or police: that state holds it
    ("Kenya's interior ministry said 85 people had been arrested in Mombasa.",
     ("COERCE", ["Kenya's interior ministry"], [])),
    ("At least 40 people were detained in Yerevan after a rally against the Armenian "
     "government, according to police.", ("COERCE", ["Armenia"], [])),
    # the one named among those held, in the passive too (a title before the name)
    ("Ecuador's Interior Minister John Reimberg said 31 people had been detained, including "
     "the gang leader, Colonel Marco Ruiz.", ("COERCE", ["Ecuador"], ["Marco Ruiz"])),
    # a measure named as a noun names its own doer, not the sentence's subject
    ("Islamabad says American sanctions on Iran have stalled the pipeline for a decade.",
     ("SANCTION", ["United States"], ["Iran"])),
    # supplies cut: the base form after "would", the goods after "of"; a cut to "the
    # region" is aimed at the one other state its sentence names
    ("Ukraine said it would halt exports of electricity to Moldova next month.",
     ("SANCTION", ["Ukraine"], ["Moldova"])),
    ("Baku halted oil deliveries to the region last winter, citing debts owed by Georgia's "
     "state gas company.", ("SANCTION", ["Azerbaijan"], ["Georgia"])),
    # aid cut as a budget line
    ("India cut the allocation for development aid to Nepal by a fifth in its new budget.",
     ("SANCTION", ["India"], ["Nepal"])),
    # a seat of government not the capital in law stands for its state
    ("Relations have been frozen since Bujumbura closed the border with Rwanda.",
     ("SANCTION", ["Burundi"], ["Rwanda"])),
    ("Abidjan suspended flights to Burkina Faso on Monday.",
     ("SANCTION", ["Ivory Coast"], ["Burkina Faso"])),
    # an object pronoun: the person named before by the word of his title, or the one
    # called just before ("to urge him")
    ("Soldiers loyal to General Carlos Mendoza surrounded the parliament on Tuesday. President "
     "Daniel Noboa confronted the general at the barracks and ordered him to withdraw.",
     ("REQUEST", ["Daniel Noboa"], ["Carlos Mendoza"])),
    ("Ghana's president telephoned Ivorian President Alassane Ouattara on Friday to urge him to "
     "reopen the border.", ("REQUEST", ["Ghana"], ["Alassane Ouattara"])),
    # a refusal in quotation marks; threats to bring the other side before a third party,
    # a penalty for anyone who takes part; a demand announced
    ("Bolivia's president said La Paz would \"never give up\" its claim to a sea outlet from Chile.",
     ("REJECT", ["Bolivia"], ["Chile"])),
    ("Zambia warned that it would take Malawi to international arbitration over the river.",
     ("THREATEN", ["Zambia"], ["Malawi"])),
    ("Kenya's interior minister warned that Kenya would raise the abductions at international "
     "forums.", ("THREATEN", ["Kenya"], [])),
    ("The US Treasury warned that any bank involved in the deal could be penalised.",
     ("THREATEN", ["Treasury Department"], [])),
    ("Nigeria said it would demand the extradition of the suspects from Benin.",
     ("REQUEST", ["Nigeria"], ["Benin"])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


NOT_FOUND: list[tuple[str, Row]] = [
    # ... not the accuser's rejection of the accused
    ("Ethiopia accused Eritrea of arming Fano militias, an allegation Asmara has repeatedly "
     "rejected.", ("REJECT", ["Ethiopia"], ["Eritrea"])),
    # giving up, said of no one's demand
    ("The rebels would never give up, Maduro said.", ("REJECT", ["Nicolás Maduro"], [])),
    # a company's offices closed are no state's measure
    ("The company closed its offices in London.", ("SANCTION", ["company"], [])),
    # what was told to reporters is no directive to the one it names
    ("Trump told reporters Ukraine was going to lose.", ("REQUEST", ["Donald Trump"], ["Ukraine"])),
    # a warning of what another will do is no threat of the warner's
    ("Britain warned that Russia would attack Ukraine.", ("THREATEN", ["United Kingdom"], ["Russia"])),
    # "called the protests illegal": a verdict on protests, no protest called
    ("The government called the protests illegal.", ("PROTEST", ["government"], [])),
    # no force: housing units, fire drills, boats for a race; the accuser masses no troops
    ("Kenya plans to deploy 300 new housing units next year.", ("MOBILIZE", ["Kenya"], [])),
    ("Kenya held fire drills at schools on Monday.", ("MOBILIZE", ["Kenya"], [])),
    ("Ghana said it would deploy boats for the regatta.", ("MOBILIZE", ["Ghana"], [])),
    # boats that rescue are no force; a deployment of things is none either
    ("Italy deployed rescue boats to Libya's coast on Monday.", ("MOBILIZE", ["Italy"], ["Libya"])),
    ("The EU approved the deployment of 5G networks in Poland.", ("MOBILIZE", ["EU"], ["Poland"])),
    ("Azerbaijan accused Armenia on Sunday of massing troops near the border.",
     ("MOBILIZE", ["Azerbaijan"], ["Armenia"])),
    # a crowd held, told by witnesses or a rights group: no state named as the holder
    ("At least 40 people were detained in Yerevan after a rally against the Armenian "
     "government, according to witnesses.", ("COERCE", ["Armenia"], [])),
    ("Amnesty International said 17 people had been detained in Nairobi.",
     ("COERCE", ["Amnesty International"], [])),
    # the sanctions are the noun's doer's, not the arguing subject's
    ("Pakistan argues that US sanctions on Iran make the gas pipeline impossible to finance.",
     ("SANCTION", ["Pakistan"], ["Iran"])),
    # a cut to "the region" when two other states are named: no one in particular
    ("Kenya halted gas deliveries to the region after Uganda and Tanzania complained.",
     ("SANCTION", ["Kenya"], ["Uganda"])),
    # ... nor at a state named in a clause of its own after "and"
    ("Moscow halted gas deliveries to the region on Monday, and Ukraine said its own storage "
     "was full.", ("SANCTION", ["Russia"], ["Ukraine"])),
    # a firm's deliveries halted are no state's measure on the state
    ("The firm said it would halt deliveries to Moldova next month.",
     ("SANCTION", ["firm"], ["Moldova"])),
    # a budget cut for works at home is no measure on anyone
    ("Kenya cut the budget for road repairs to the bone.", ("SANCTION", ["Kenya"], [])),
    # the city as a place: the crowd in it speaks, not the state
    ("Protesters in Abidjan accused France of interference.",
     ("ACCUSE", ["Ivory Coast"], ["France"])),
    # "him" is no one whose title the text used ("the minister" is not "General Mendoza")
    ("Soldiers loyal to General Carlos Mendoza surrounded the parliament on Tuesday. President "
     "Daniel Noboa confronted the minister at the barracks and ordered him to withdraw.",
     ("REQUEST", ["Daniel Noboa"], ["Carlos Mendoza"])),
    # an attack or strike whose words before it name no arms and no owner is no force
    # of a state ("shark", "lightning")
    ("A shark attack killed a tourist in Egypt on Monday.", ("ASSAULT", [], ["Egypt"])),
    ("A lightning strike killed three herders in Kenya on Sunday.", ("ASSAULT", [], ["Kenya"])),
    # goods taken to a market, an issue raised at a meeting: no third party's forum
    ("Zambia warned that it would take the goods to the international market.",
     ("THREATEN", ["Zambia"], [])),
    ("Kenya's interior minister said Kenya would raise the abductions at the meeting.",
     ("THREATEN", ["Kenya"], [])),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: Row) -> None:
    assert unwanted not in events(text)
