"""Sources after ", and" and around asides, and trigger phrases wire copy uses that the
vocabulary lacked: a clause joined by ", and" with a subject of its own is that
subject's ("SADC urged calm, and the United States warned ..."), a list with a serial
comma stays one subject chain, an acronym in parentheses or an age set off by commas
stands between a subject and its verb, and an organisation apposed to a description is
the subject ("The United Nations refugee agency, UNHCR, ...")."""

from __future__ import annotations

import pytest
from event_rows import events

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # a clause of its own after ", and": its subject, not the sentence's first name
    ("SADC urged calm, and the United States warned that it would restrict visas.",
     ("THREATEN", ["United States"], [])),
    ("The Southern African Development Community (SADC) urged all parties to settle "
     "disputes, and the United States embassy warned that it would restrict visas.",
     ("THREATEN", ["United States"], [])),
    ("Kenya accused Uganda of lying, and Tanzania condemned Uganda.",
     ("ACCUSE", ["Tanzania"], ["Uganda"])),
    # a serial comma before the last of a list: one chain
    ("Malawi, Zambia, and Angola warned that they would close the border.",
     ("THREATEN", ["Malawi", "Zambia", "Angola"], [])),
    ("The United States, South Korea, and Japan condemned the launch by North Korea.",
     ("ACCUSE", ["United States", "South Korea", "Japan"], ["North Korea"])),
    # an acronym in parentheses between the subject and its appeal to all
    ("The Southern African Development Community (SADC) urged all parties to settle "
     "disputes through the courts.", ("REQUEST", ["SADC"], [])),
    # an organisation apposed to a description of it
    ("The United Nations refugee agency, UNHCR, repeated its appeal to Dominican "
     "authorities to suspend forced returns to Haiti.",
     ("REQUEST", ["UNHCR"], ["Dominican Republic"])),
    ("Kenya's electoral body, the Independent Electoral and Boundaries Commission, "
     "rejected the claims by Raila Odinga.",
     ("REJECT", ["Independent Electoral and Boundaries Commission"], ["Raila Odinga"])),
    # lending suspended, in a relative clause on the subject too
    ("The International Monetary Fund, which suspended its lending programme with Malawi "
     "in May, said a new arrangement would depend on the next government.",
     ("SANCTION", ["IMF"], ["Malawi"])),
    ("The World Bank has suspended loans to Uganda.", ("SANCTION", ["World Bank"], ["Uganda"])),
    ("New Zealand suspended NZ$20 million in budget support to the Cook Islands last month.",
     ("SANCTION", ["New Zealand"], ["Cook Islands"])),
    # a warning of one's own act with "that" left out
    ("Hezbollah warned it would step up its campaign against Israel.",
     ("THREATEN", ["Hezbollah"], ["Israel"])),
    # a denial of a deed, a draft blocked, a neighbour pressed to act
    ("The KRG denied withholding oil from Iraq.",
     ("REJECT", ["Kurdistan Regional Government"], ["Iraq"])),
    ("Côte d'Ivoire blocked a draft clause on Mali.", ("REJECT", ["Ivory Coast"], ["Mali"])),
    ("Ecuador used the gathering to press Colombia to resume electricity sales.",
     ("REQUEST", ["Ecuador"], ["Colombia"])),
    # an offensive against a group
    ("The ELN launched fresh attacks. Colombia condemned an ELN offensive against FARC "
     "dissidents in Arauca.", ("ASSAULT", ["ELN"], ["FARC"])),
    # "The party said ... and demanded": the party named before is the sentence's subject
    ("Chakwera's Malawi Congress Party (MCP) escalated the dispute. The party said it had "
     "evidence and demanded a recount from the Malawi Electoral Commission.",
     ("REQUEST", ["Malawi Congress Party"], ["Malawi Electoral Commission"])),
    # a party's strike with no one named is against its own country's government
    ("Bangladesh is tense. The Bangladesh Nationalist Party has called a nationwide general "
     "strike for Tuesday.", ("PROTEST", ["Bangladesh Nationalist Party"], ["Bangladesh"])),
    ("Argentina is tense. The Argentine Workers' Union staged a protest on Monday.",
     ("PROTEST", ["Argentine Workers' Union"], ["Argentina"])),
    # "the Commission" right after the verb is the object, not a name further on; a
    # possessor, a kind and a name: the name is the subject
    ("The European Commission set new rules. Spain's farmers' union COAG praised the "
     "decision and urged the Commission to extend the checks to fruit from Egypt and Morocco.",
     ("REQUEST", ["COAG"], ["European Commission"])),
    ("Russia's state energy giant Gazprom cut gas supplies to Moldova.",
     ("SANCTION", ["Gazprom"], ["Moldova"])),
    # a peace process suspended over a rebel offensive; "both parties" just named
    ("In January, President Gustavo Petro suspended the process over an ELN offensive "
     "against former FARC fighters.", ("SANCTION", ["Gustavo Petro"], ["ELN"])),
    ("Colombia and the ELN met. Cuba and Norway said they regretted the postponement and "
     "urged both parties to return to the table.",
     ("REQUEST", ["Cuba", "Norway"], ["Colombia", "ELN"])),
    # a state's organ boards or seizes a ship: an act on no actor the text names
    ("Finland's border guard boarded the Gabon-flagged tanker Sea Harrier.",
     ("COERCE", ["Finland"], [])),
    ("In December, Finnish authorities seized the tanker Eagle S.", ("COERCE", ["Finland"], [])),
    # "the alliance" is NATO; frigates it would send
    ("NATO Secretary General Mark Rutte spoke with Orpo and said the alliance would send two "
     "additional frigates to Finland.", ("MOBILIZE", ["NATO"], ["Finland"])),
    # tear gas and water cannon fired together; a missile fired towards a country
    ("Malaysian police fired tear gas and water cannon at thousands of protesters.",
     ("ASSAULT", ["Malaysia"], ["protesters"])),
    ("The Houthi movement fired a ballistic missile towards Israel.",
     ("ASSAULT", ["Houthis"], ["Israel"])),
    # "long" and "last Thursday" between a subject and its verb
    ("The Taliban have long denied sheltering the group.", ("REJECT", ["Taliban"], [])),
    ("The United States last Thursday imposed sanctions on six companies.",
     ("SANCTION", ["United States"], [])),
    # forces named by the states they come from
    ("Troops from Kyrgyzstan and Tajikistan exchanged fire on Sunday.",
     ("ASSAULT", ["Kyrgyzstan"], ["Tajikistan"])),
    # refusing to receive someone; a resolution rejected answers whoever adopted it; a
    # warning that someone "would pay a heavy price"
    ("The Taliban refused to receive Taha's envoy, OIC chief Hissein Brahim Taha said.",
     ("REJECT", ["Taliban"], ["Hissein Brahim Taha"])),
    ("The OIC adopted a resolution accusing the Taliban of discrimination. Taliban spokesman "
     "Zabihullah Mujahid rejected the resolution as interference.",
     ("REJECT", ["Zabihullah Mujahid"], ["OIC"])),
    ("Israeli Defence Minister Israel Katz warned the Houthi leadership that it would pay a "
     "heavy price.", ("THREATEN", ["Israel Katz"], ["Houthis"])),
    # a truce reached; the month May is no modal
    ("In May, Israel and Hamas reached a ceasefire deal.", ("AGREE", ["Israel"], ["Hamas"])),
    # a country's police acts for it; a verdict on its arrests is on it
    ("Bangladesh's police arrested 40 people. The Awami League condemned the arrests.",
     ("ACCUSE", ["Awami League"], ["Bangladesh"])),
    # an invitation to meet someone turned down is a refusal of them ("has since" is no
    # subordinate clause)
    ("Iran's Abbas Araghchi has since declined an invitation to sit down with French envoys in "
     "Geneva.", ("REJECT", ["Iran", "Abbas Araghchi"], ["France"])),
    ("Slovakia's Denisa Saková also turned down an invitation to sit down with Ukraine's energy "
     "minister.", ("REJECT", ["Slovakia"], ["Ukraine"])),
    # review findings: a city and its country before ", and" are no list; strikes joined
    # by a state are attacks; objects inside or at a place; a ship flying a state's flag
    ("Ruto met Abiy in Addis Ababa, Ethiopia, and Kenya condemned Somalia.",
     ("ACCUSE", ["Kenya"], ["Somalia"])),
    ("Britain joined the US strikes on Houthi targets in Yemen on Monday.",
     ("ASSAULT", ["United States"], ["Houthis"])),
    ("Dock workers joined the strike on Monday in Argentina.",
     ("PROTEST", ["Dock workers"], ["Argentina"])),
    ("Israel struck targets inside Lebanon on Monday.", ("ASSAULT", ["Israel"], ["Lebanon"])),
    ("Kenya expelled diplomats at the Ugandan embassy.", ("SANCTION", ["Kenya"], ["Uganda"])),
    ("Houthi rebels attacked a US-flagged tanker in the Red Sea.",
     ("ASSAULT", ["Houthis"], ["United States"])),
    ("Iran seized an Israeli-owned ship near the Strait of Hormuz.",
     ("COERCE", ["Iran"], ["Israel"])),
    ("The Alliance of Sahel States was formed in 2023. NATO bombed Libya in 2011. The alliance "
     "accused France of meddling.", ("ACCUSE", ["Alliance of Sahel States"], ["France"])),
    ("Malaysia is tense. The Malaysian Bar Council also criticised the arrests, and the Human "
     "Rights Commission of Malaysia (Suhakam) urged the authorities to release those held.",
     ("REQUEST", ["Human Rights Commission of Malaysia"], ["Malaysia"])),
    ("Kenya criticised Somalia, and Ethiopia and Eritrea condemned Sudan.",
     ("ACCUSE", ["Ethiopia", "Eritrea"], ["Sudan"])),
    # second review: denials of deeds in -ing; labour strikes against something; a
    # demonym flag of an open registry
    ("Iran denied funding the Houthis.", ("REJECT", ["Iran"], ["Houthis"])),
    ("China denied shipping weapons to Russia.", ("REJECT", ["China"], ["Russia"])),
    ("Nurses joined the strike against the pay freeze in Kenya.", ("PROTEST", ["nurses"], ["Kenya"])),
    # a crowd at a place downs tools: a protest by no one named
    ("South Africa exports citrus. Dock workers at the port of Gqeberha downed tools for two "
     "hours on Tuesday.", ("PROTEST", ["Dock workers"], [])),
    # common phrasings (PLOVER SANCTION: withdrawal of assistance; PROTEST: demonstrations;
    # REQUEST: demands; THREATEN: warnings; MOBILIZE: ships and forces moved; ASSAULT)
    ("The European Union, which cut budget support to Mali after the coup, announced new aid "
     "on Monday.", ("SANCTION", ["EU"], ["Mali"])),
    ("Farmers' unions held a protest in front of the French embassy in Madrid on Friday.",
     ("PROTEST", ["unions"], ["France"])),
    ("Chief Minister Siddaramaiah wrote to Foreign Minister S. Jaishankar on Wednesday demanding "
     "that New Delhi press Colombo to free the men.", ("REQUEST", ["Siddaramaiah"], ["India"])),
    ('China warned Vietnam to "stop provocations" or face "resolute countermeasures".',
     ("THREATEN", ["China"], ["Vietnam"])),
    ("The Indonesian navy said it would deploy an additional vessel to the Natuna Islands by "
     "Friday.", ("MOBILIZE", ["Indonesia"], [])),
    ("ECOWAS announced that it would deploy a joint force of 5,000 troops.",
     ("MOBILIZE", ["ECOWAS"], [])),
    ("Lebanon protested after Israeli strikes near Beirut early on Sunday.",
     ("ASSAULT", ["Israel"], ["Lebanon"])),
    # the strikes' demonym acts, not the subject of the passive around them
    ("Syria condemned the attack. The Amman talks were overshadowed by Israeli strikes in "
     "Damascus early on Sunday.", ("ASSAULT", ["Israel"], ["Syria"])),
    # a relative clause on a name: the one it is about acts, not the sentence's subject
    ("Ruto met Museveni, who on Monday accused Rwanda of backing the rebels.",
     ("ACCUSE", ["Yoweri Museveni"], ["Rwanda"])),
    ("Ruto spoke with Ugandan President Yoweri Museveni, who promised to send troops to "
     "Somalia.", ("AGREE", ["Yoweri Museveni"], ["Somalia"])),
    # a group's states agree with each other; a place and a day before "to"
    ("Foreign ministers from Iraq and Jordan agreed in Baghdad on Monday to set up a joint "
     "border force.", ("AGREE", ["Iraq"], ["Jordan"])),
    # a day between a reporting verb and "that": the clause after it has its own subject,
    # and "it" there is the one who reported
    ("Kenya confirmed on Tuesday that Ugandan soldiers had attacked Kenyan border posts.",
     ("ASSAULT", ["Uganda"], ["Kenya"])),
    ("Ghana said last week that it would expel two Togolese diplomats.",
     ("SANCTION", ["Ghana"], ["Togo"])),
    # the act a relative clause promises is the relative's too
    ("Ruto spoke with Ugandan President Yoweri Museveni, who promised to send troops to "
     "Somalia.", ("MOBILIZE", ["Yoweri Museveni"], ["Somalia"])),
    ("Ruto spoke with Museveni, who has threatened to expel Kenyan traders.",
     ("THREATEN", ["Yoweri Museveni"], ["Kenya"])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


NOT_FOUND: list[tuple[str, Row]] = [
    # the first name of the sentence is not the subject of the clause after ", and"
    ("SADC urged calm, and the United States warned that it would restrict visas.",
     ("THREATEN", ["SADC"], [])),
    # a serial comma does not cut the list
    ("Malawi, Zambia, and Angola warned that they would close the border.",
     ("THREATEN", ["Angola"], [])),
    # the description before an apposed body names no actor of its own
    ("The United Nations refugee agency, UNHCR, repeated its appeal to Dominican "
     "authorities to suspend forced returns to Haiti.",
     ("REQUEST", ["UN"], ["Dominican Republic"])),
    # the country named in what is checked is no object of the appeal
    ("The European Commission set new rules. Spain's farmers' union COAG praised the "
     "decision and urged the Commission to extend the checks to fruit from Egypt and Morocco.",
     ("REQUEST", ["Spain"], ["Egypt", "Morocco"])),
    # a state body's or a company's strike is no protest against its own government
    ("Argentina is tense. The Argentine Navy staged a protest on Monday.",
     ("PROTEST", ["Argentine Navy"], ["Argentina"])),
    # a name after a preposition of place or topic is no direct object
    ("Colombia is on alert. Police later detained a suspect near the Venezuelan border.",
     ("COERCE", ["Colombia"], ["Venezuela"])),
    ("The U.S. and Russia have cut off formal dialogue about Syria.",
     ("SANCTION", ["United States", "Russia"], ["Syria"])),
    ("Many people working on Syria have long urged a tougher policy with the Assad "
     "government.", ("REQUEST", [], ["Assad"])),
    # talks someone wants scrapped are not called off
    ("Opposition senators called for the negotiations to be scrapped altogether.",
     ("REJECT", [], [])),
    # a name after ", and" with a verb of its own starts a clause, no object of the first
    ("Kyrgyzstan blamed Tajikistan, and the Kyrgyz government closed all five road crossings "
     "with it.", ("ACCUSE", ["Kyrgyzstan"], ["Tajikistan", "Kyrgyzstan"])),
    ("On Monday, Kenya accused Uganda, and Tanzania condemned Uganda.",
     ("ACCUSE", ["Kenya"], ["Uganda", "Tanzania"])),
    ("Kenya criticised Somalia, and Ethiopia and Eritrea condemned Sudan.",
     ("ACCUSE", ["Kenya"], ["Somalia", "Ethiopia", "Eritrea"])),
    # the subject of the clause after ", and" may carry its acronym in parentheses
    ("Malaysia is tense. The Malaysian Bar Council also criticised the arrests, and the Human "
     "Rights Commission of Malaysia (Suhakam) urged the authorities to release those held.",
     ("REQUEST", ["Malaysian Bar Council"], ["Malaysia"])),
    # the mediator of a truce is no party to it
    ("In May the Houthis and Israel reached an Oman-brokered truce.",
     ("AGREE", ["Houthis", "Israel"], ["Oman"])),
    ("In May the Houthis and Israel reached an Oman-brokered truce.",
     ("AGREE", ["Houthis"], ["Oman"])),
    # review findings: no protest, appeal, attack or seizure in these
    ("Britain joined the US strikes on Houthi targets in Yemen on Monday.",
     ("PROTEST", ["United Kingdom"], ["Houthis"])),
    ("Israeli soldiers marched towards the town of Jenin on Monday.",
     ("PROTEST", ["Israel"], ["Israel"])),
    ("Britain will press ahead with plans to send migrants to Rwanda.",
     ("REQUEST", ["United Kingdom"], ["Rwanda"])),
    ("Qatar mounted a diplomatic offensive against Israel at the United Nations.",
     ("ASSAULT", ["Qatar"], ["Israel"])),
    ("Indian Prime Minister Narendra Modi boarded the ship INS Vikrant in Kochi.",
     ("COERCE", ["Narendra Modi"], [])),
    ("The Alliance of Sahel States was formed in 2023. NATO bombed Libya in 2011. The alliance "
     "accused France of meddling.", ("ACCUSE", ["NATO"], ["France"])),
    ("Houthis attacked a Panamanian-flagged tanker.", ("ASSAULT", ["Houthis"], ["Panama"])),
    ("Britain will press forward with plans to send migrants to Rwanda.",
     ("REQUEST", ["United Kingdom"], ["Rwanda"])),
    ("China mounted a trade offensive against Australia.", ("ASSAULT", ["China"], ["Australia"])),
    ("The EU warned Hungary. Brussels mayor Philippe Close criticised Hungary.",
     ("ACCUSE", ["EU"], ["Hungary"])),
    # sanctions one presses another to impose are not imposed
    ("The leaders agreed to press the European Union for new sanctions on Russia.",
     ("SANCTION", ["EU"], ["Russia"])),
    # a source cited for a fact made no accusation
    ("Mexico has delivered less than half of what it owes, according to the International "
     "Boundary and Water Commission (IBWC). Farmers in Texas have blamed Mexico for the loss. "
     "The Mexican foreign ministry rejected the accusation.",
     ("REJECT", ["Mexican foreign ministry"], ["International Boundary and Water Commission"])),
    # a noun in -ing denied is no denial of a deed
    ("Congress has repeatedly denied funding for such a wall.", ("REJECT", ["Congress"], [])),
    # "denied being" is no denial of a deed
    ("Iran denied being behind the attack on Israel.", ("REJECT", ["Iran"], ["Israel"])),
    # a crowd's words after a comma are its protest, not a request of the consulate's state
    ("Protesters gathered outside the Israeli consulate in Ankara, demanding that Turkey cut "
     "trade ties.", ("REQUEST", ["Israel"], ["Turkey"])),
    # the march told before, organised by someone: no new protest
    ("Hundreds marched to the Egyptian consulate in Port Sudan, according to the Beja council "
     "of Sudan, which organised the march.", ("PROTEST", ["Sudan"], ["Sudan"])),
    ("The Amman talks were overshadowed by Israeli strikes near Damascus.",
     ("ASSAULT", ["Jordan"], ["Syria"])),
    ("Ruto met Museveni, who on Monday accused Rwanda of backing the rebels.",
     ("ACCUSE", ["William Ruto"], ["Rwanda"])),
    # the topic of the act offered is no counterpart to the offer
    ("Moldova held a call with Ukrainian President Volodymyr Zelensky, who offered to share "
     "intelligence on Russian attempts to destabilise the region.",
     ("AGREE", ["Volodymyr Zelensky"], ["Russia"])),
    # the reporter is not the subject of what it reports
    ("Kenya confirmed on Tuesday that Ugandan soldiers had attacked Kenyan border posts.",
     ("ASSAULT", ["Kenya"], ["Uganda"])),
    # "he" is no country's pronoun
    ("Uganda reported last month that he had attacked Kenya.", ("ASSAULT", ["Uganda"], ["Kenya"])),
    # not the sentence's subject
    ("Ruto met Tanzanian President Samia Suluhu Hassan, who offered to send 500 soldiers to "
     "Congo.", ("MOBILIZE", ["William Ruto"], ["Democratic Republic of the Congo"])),
]

#: (text, type): words that only look like the phrasings above
NOT_A_TYPE: list[tuple[str, str]] = [
    ("Trump held a rally in Ohio on Saturday.", "PROTEST"),
    ("Kenya warned its citizens to avoid the area.", "THREATEN"),
    ("Workers in France held strikes near Paris.", "ASSAULT"),
    ("The Kenyan central bank will deploy new software in its branches.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_A_TYPE)
def test_no_such_type(text: str, kind: str) -> None:
    assert kind not in [e[0] for e in events(text)]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: Row) -> None:
    assert unwanted not in events(text)


def test_the_month_may_is_no_modal() -> None:
    import newsparse

    doc = newsparse.parse("In May Russia expelled two Polish diplomats.", published="2020-06-05")
    assert [(e.type, e.modality) for e in doc.events] == [("SANCTION", "asserted")]
    doc = newsparse.parse("Russia may expel two Polish diplomats.", published="2020-05-05")
    assert [e.modality for e in doc.events] == ["hypothetical"]


def test_crowds_counted_anew_are_other_crowds() -> None:
    import newsparse

    doc = newsparse.parse("Kenyan police arrested 23 protesters in Nairobi on Monday. Ugandan police "
                          "arrested 40 protesters in Kampala on Tuesday. Police later freed the "
                          "protesters.", published="2025-06-12")
    crowds = [(a.id, [m.text for m in a.mentions]) for a in doc.actors if a.kind == "group"]
    assert [m for _, m in crowds] == [["23 protesters"], ["40 protesters"]]
    # the same count again is another crowd; "the" with a count takes one up
    doc = newsparse.parse("Kenyan police arrested 23 protesters in Nairobi on Monday. Ugandan "
                          "police arrested 23 protesters in Kampala on Tuesday.", published="2025-06-12")
    assert len([a for a in doc.actors if a.kind == "group"]) == 2
    doc = newsparse.parse("Kenyan police arrested 23 protesters on Monday. Kenyan police detained "
                          "the 23 protesters overnight.", published="2025-06-12")
    assert [[m.text for m in a.mentions] for a in doc.actors if a.kind == "group"] == [
        ["23 protesters", "the 23 protesters"]]
    # a conjunction opens no crowd's name
    doc = newsparse.parse("Hundreds of veterans and retired miners protested in Bolivia.",
                          published="2025-06-12")
    assert [a.name for a in doc.actors if a.kind == "group"] == ["retired miners"]
    # a crowd's count and multiplier stay out of its name; a crowd noun opening the
    # sentence is lower-cased
    doc = newsparse.parse("More than 2 million workers marched against the pension reform in "
                          "France. Farmers in Texas have blamed Mexico.", published="2025-06-12")
    assert [a.name for a in doc.actors if a.kind == "group"] == ["workers", "farmers"]
