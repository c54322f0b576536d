"""One sentence per common kind of act between states and groups in the news, each with
the event newsparse reads from it (type, sources, targets). The sentences are written for
these tests; each row was checked by hand against the PLOVER codebook."""

from __future__ import annotations

import pytest
from event_rows import events

import newsparse

Row = tuple[str, list[str], list[str]]

ACTS: list[tuple[str, Row]] = [
    ('Kenya suspended all flights to Somalia on Monday.',
     ('SANCTION', ['Kenya'], ['Somalia'])),
    ('Poland closed its border with Belarus.',
     ('SANCTION', ['Poland'], ['Belarus'])),
    ('Russia banned imports of Moldovan wine.',
     ('SANCTION', ['Russia'], ['Moldova'])),
    ('The United States froze the assets of three Iranian banks.',
     ('SANCTION', ['United States'], ['Iran'])),
    ('Japan lodged a formal complaint with China over the incursion.',
     ('ACCUSE', ['Japan'], ['China'])),
    ('Iran seized a British-flagged tanker in the Strait of Hormuz.',
     ('COERCE', ['Iran'], ['United Kingdom'])),
    ('Ukraine shot down 40 Russian drones overnight.',
     ('ASSAULT', ['Ukraine'], ['Russia'])),
 
    # a state's arms strike things, not anyone named: the state is the source still
    ('French and Italian warplanes struck fuel depots near the coast overnight.',
     ('ASSAULT', ['France', 'Italy'], [])),
    ('Egyptian drones had hit a warehouse outside the town on Sunday.',
     ('ASSAULT', ['Egypt'], [])),
    # aid announced: the day before the sum, or more of the support given
    ('Norway announced on Friday 40 million kroner in humanitarian aid for Sudan.',
     ('AID', ['Norway'], ['Sudan'])),
    ('Japan, which pays for most of the programme, announced 30 million dollars in '
     'additional support on Monday.',
     ('AID', ['Japan'], [])),
    # an ocean's or a sea's states are no one in particular, like a continent's
    ('Oxfam called on Caribbean governments to cancel the debt of the poorest islands.',
     ('REQUEST', ['Oxfam'], [])),
    ('Ethiopian troops withdrew from the border town.',
     ('RETREAT', ['Ethiopia'], [])),
    ('Armenia handed over four villages to Azerbaijan.',
     ('CONCEDE', ['Armenia'], ['Azerbaijan'])),
    ('Serbia released three Kosovo police officers.',
     ('RETREAT', ['Serbia'], ['Kosovo'])),
    ('China imposed tariffs on Australian barley.',
     ('SANCTION', ['China'], ['Australia'])),
 
    ('Germany pledged 500 million euros in military aid to Ukraine.',
     ('AID', ['Germany'], ['Ukraine'])),
    ('France sent 200 soldiers to Estonia.',
     ('MOBILIZE', ['France'], ['Estonia'])),
    ('India and Pakistan exchanged fire along the Line of Control.',
     ('ASSAULT', ['India'], ['Pakistan'])),
    ('North Korea test-fired a ballistic missile into the sea.',
     ('MOBILIZE', ['North Korea'], [])),
    ('The Philippines protested to China over the water cannon attack.',
     ('ACCUSE', ['Philippines'], ['China'])),
    ('Venezuela recalled its ambassador from Argentina.',
     ('SANCTION', ['Venezuela'], ['Argentina'])),
    ('Nicaragua severed diplomatic ties with Taiwan.',
     ('SANCTION', ['Nicaragua'], ['Taiwan'])),
    # an agreement's counterpart, not the target of the hostile step agreed on
    ('Ghana agreed on Monday to file a complaint against Togo at the African Union.',
     ('ACCUSE', ['Ghana'], ['Togo'])),
    ('Chile agreed to hold talks with Bolivia on the border.',
     ('AGREE', ['Chile'], ['Bolivia'])),
    ('The Kurdish-led Syrian Democratic Forces said they had entered into an agreement with '
     'the government of Iraq.', ('AGREE', ['SDF'], ['Iraq'])),
    ('Brazil and Argentina signed a trade agreement.',
     ('SUPPORT', ['Brazil'], ['Argentina'])),
    ('Indonesia agreed to buy 42 Rafale jets from France.',
     ('COOPERATE', ['Indonesia'], ['France'])),
    ('Morocco restored diplomatic relations with Iran.',
     ('SUPPORT', ['Morocco'], ['Iran'])),
    ('Egypt brokered a ceasefire between Israel and Hamas.',
     ('CONSULT', ['Egypt'], ['Israel', 'Hamas'])),
    ('The African Union suspended Gabon after the coup.',
     ('SANCTION', ['AU'], ['Gabon'])),
 
    ('Hungary blocked the EU statement on China.',
     ('REJECT', ['Hungary'], ['EU'])),
    ('Greece demanded that Turkey halt its drilling.',
     ('REQUEST', ['Greece'], ['Turkey'])),
    ('Sweden arrested two Iraqi nationals over the Koran burning.',
     ('COERCE', ['Sweden'], ['Iraq'])),
    ('Thousands of protesters marched against the government in Belgrade.',
     ('PROTEST', ['protesters'], [])),
 
    ('Kuwait deported 300 Egyptian workers.',
     ('COERCE', ['Kuwait'], ['Egypt'])),
    ('Russia expelled the Estonian ambassador.',
     ('SANCTION', ['Russia'], ['Estonia'])),
    ('Lithuania declared three Russian diplomats persona non grata.',
     ('SANCTION', ['Lithuania'], ['Russia'])),
    ('Britain summoned the Chinese ambassador over the hacking.',
     ('ACCUSE', ['United Kingdom'], ['China'])),
    ('Saudi Arabia and Iran agreed to reopen embassies.',
     ('AGREE', ['Saudi Arabia'], ['Iran'])),
    ("Turkey approved Sweden's bid to join NATO.",
     ('SUPPORT', ['Turkey'], ['Sweden'])),
    ('The US lifted sanctions on Venezuelan gold.',
     ('CONCEDE', ['United States'], ['Venezuela'])),
    ('Mexico offered asylum to Evo Morales.',
     ('AID', ['Mexico'], ['Evo Morales'])),
    ('Pakistan accused Afghanistan of harbouring militants.',
     ('ACCUSE', ['Pakistan'], ['Afghanistan'])),
    ("Afghanistan's Taliban denied harbouring militants.",
     ('REJECT', ['Afghanistan', 'Taliban'], [])),
    ('China warned the US against arming Taiwan.',
     ('THREATEN', ['China'], ['United States'])),
    ('Russia threatened to cut gas supplies to Moldova.',
     ('THREATEN', ['Russia'], ['Moldova'])),
    ('Israel struck Hezbollah targets in southern Lebanon.',
     ('ASSAULT', ['Israel'], ['Hezbollah'])),
    ("Sudan's army regained control of Khartoum from the RSF.",
     ('ASSAULT', ['Sudan'], ['RSF'])),
    ('The EU imposed an arms embargo on Myanmar.',
     ('SANCTION', ['EU'], ['Myanmar'])),
    ('Kenya deported the Turkish refugees.',
     ('COERCE', ['Kenya'], ['Turkey'])),
    ('Chad expelled the French ambassador.',
     ('SANCTION', ['Chad'], ['France'])),
    ('Mali ordered UN peacekeepers to leave the country.',
     ('COERCE', ['Mali'], ['UN'])),
    ('Burkina Faso suspended French broadcasters.',
     ('SANCTION', ['Burkina Faso'], ['France'])),
    ("Niger's junta revoked the military agreements with France.",
     ('SANCTION', ['Niger'], ['France'])),
    ('Washington blacklisted 12 Chinese companies.',
     ('SANCTION', ['United States'], ['China'])),
    # a ban on another state's airline or goods cuts ties; a ban at home coerces
    ('Germany on Monday banned Iranian airline Mahan Air from flying to German airports.',
     ('SANCTION', ['Germany'], ['Mahan Air'])),
    ('Russia banned the opposition party of Alexei Navalny.',
     ('COERCE', ['Russia'], ['Alexei Navalny'])),
    ('The US designated the IRGC as a terrorist organization.',
     ('SANCTION', ['United States'], ['IRGC'])),
    ("Netanyahu called Trump's order swift, forceful and decisive.",
     ('SUPPORT', ['Benjamin Netanyahu'], ['Donald Trump'])),
    ('Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi in 2015.',
     ('SUPPORT', ['Saudi Arabia'], ['Abdrabbuh Mansur Hadi'])),
    # a passive with an adverb between the auxiliary and the participle
    ('Qasem Soleimani was further sanctioned by the United States in 2011.',
     ('SANCTION', ['United States'], ['Qasem Soleimani'])),
    # "the attack" a judge speaks out against: the one that struck the judge's state,
    # even when a later attack by someone else was named in between, paragraphs before
    ('A US airstrike on Baghdad killed Iraqi commanders on Friday. Iran said Qasem Soleimani '
     'had approved attacks on the US embassy. The embassy compound was damaged but nobody '
     'was hurt, officials said. The airport was closed for most of the day, and flights to '
     'the south were cancelled until further notice. Thousands of mourners gathered in the '
     'city in the afternoon to bury the dead. Iraqi Prime Minister Adil Abdul-Mahdi spoke '
     'out against the attack.', ('ACCUSE', ['Adil Abdul-Mahdi'], ['United States'])),
    # ... but an attack named right before is the one meant, whoever it struck
    ('Russian missiles struck Kyiv in March. On Monday, Hamas attacked Israel, killing '
     'hundreds of civilians. Ukraine condemned the attack.', ('ACCUSE', ['Ukraine'], ['Hamas'])),
    # clemency is a concession to the one who receives it
    ('Trump commuted the sentence of former Illinois governor Rod Blagojevich.',
     ('CONCEDE', ['Donald Trump'], ['Rod Blagojevich'])),
    ('Trump granted a full pardon to Bernard Kerik.',
     ('CONCEDE', ['Donald Trump'], ['Bernard Kerik'])),
    # an opposition leader's demand of the government stands
    ('Opposition leader Raila Odinga said Kenya must hold new elections.',
     ('REQUEST', ['Raila Odinga'], ['Kenya'])),
    # a measure, a complaint or a warning brushed aside answers whoever made it
    ('The United States imposed sanctions on Jimmy Cherizier. Cherizier dismissed the measures.',
     ('REJECT', ['Jimmy Cherizier'], ['United States'])),
    ('Kenya warned Uganda of consequences. Uganda brushed off the warning.',
     ('REJECT', ['Uganda'], ['Kenya'])),
    # a police raid is coercion, a raid by troops an attack
    ('The FBI raided the Mar-a-Lago estate of Donald Trump.',
     ('COERCE', ['FBI'], ['Donald Trump'])),
    ('Zelensky thanked Biden for the new aid package.',
     ('SUPPORT', ['Volodymyr Zelensky'], ['Joe Biden'])),
]


ACTS += [
    ('Indian troops clashed with Chinese soldiers in Ladakh.',
     ('ASSAULT', ['India'], ['China'])),
    ('Chinese personnel had beaten nine Vietnamese fishermen with metal bars.',
     ('ASSAULT', ['China'], ['Vietnam'])),
    ('The US said it stood with Vietnam.',
     ('SUPPORT', ['United States'], ['Vietnam'])),
    ('The Court of Bosnia and Herzegovina issued an arrest warrant for Milorad Dodik.',
     ('THREATEN', ['Court of Bosnia and Herzegovina'], ['Milorad Dodik'])),
    # PLOVER: a release promised is CONCEDE, one done RETREAT; restrictions eased CONCEDE
    ('Mauritania agreed to free the detained Senegalese fishermen.',
     ('CONCEDE', ['Mauritania'], ['Senegal'])),
    ('Senegal will free the seized Mauritanian boats.',
     ('CONCEDE', ['Senegal'], ['Mauritania'])),
    ('Nigeria reopened its border with Niger.',
     ('CONCEDE', ['Nigeria'], ['Niger'])),
    ('Russia resumed gas supplies to Moldova on Monday.',
     ('CONCEDE', ['Russia'], ['Moldova'])),
    # two deeds of one type in one sentence are two events
    ('Iran struck targets in Pakistan. Pakistan recalled its envoy and suspended all '
     'high-level visits.', ('SANCTION', ['Pakistan'], ['Iran'])),
    ('Pakistan barred the Iranian ambassador from returning.',
     ('SANCTION', ['Pakistan'], ['Iran'])),
    ('Ecuador raided the Mexican embassy. Mexico said it would take the case to the '
     'International Court of Justice.', ('ACCUSE', ['Mexico'], ['Ecuador'])),
    # PLOVER ACCUSE, mode "disapprove": concern voiced over another's act (our gold codes it
    # so; a round-5 near miss until now)
    ("India expressed concern over China's military buildup.", ('ACCUSE', ['India'], ['China'])),
    ("Kenya said it was deeply concerned by Uganda's decision.", ('ACCUSE', ['Kenya'], ['Uganda'])),
    ('Uganda came under criticism from Kenya over the border closure.', ('ACCUSE', ['Kenya'], ['Uganda'])),
    # (gunfire is no criticism: see NOT_ACTS)
    ("The Kenyan government questioned the legitimacy of Uganda's election.",
     ('ACCUSE', ['Kenya'], ['Uganda'])),
    ('Kenya branded the Ugandan rebels terrorists.', ('ACCUSE', ['Kenya'], ['Uganda'])),
    ('Kenyan officials said Uganda had been arming the rebels.', ('ACCUSE', ['Kenya'], ['Uganda'])),
    ("Kenya said it reserved the right to respond to Uganda's provocations.",
     ('THREATEN', ['Kenya'], ['Uganda'])),
    ('Kenya gave Uganda 48 hours to withdraw its troops.', ('THREATEN', ['Kenya'], ['Uganda'])),
    ('Kenya wants Uganda to hand over the suspects.', ('REQUEST', ['Kenya'], ['Uganda'])),
    ('The US added five Chinese firms to its entity list.', ('SANCTION', ['United States'], ['China'])),
    ('Kenya downgraded diplomatic relations with Uganda.', ('SANCTION', ['Kenya'], ['Uganda'])),
    ('Armenia will not send any delegation to a summit of the CSTO in Minsk.',
     ('REJECT', ['Armenia'], ['CSTO'])),
    ('Moscow has already pulled its guards out of Zvartnots airport in Armenia.',
     ('RETREAT', ['Russia'], [])),
    ('Russian guards removed buoys placed by Estonia. Russia would respond to any further '
     'unilateral steps by Estonia with all necessary measures, Zakharova said.',
     ('THREATEN', ['Russia'], ['Estonia'])),
    ('Uganda expelled two Kenyan diplomats. Kenya said it would respond in kind.',
     ('THREATEN', ['Kenya'], ['Uganda'])),
    ('Estonia was considering expelling another Russian diplomat if the buoys were not returned.',
     ('THREATEN', ['Estonia'], ['Russia'])),
    ('Prime Minister Kristen Michal said Estonia had ordered two additional patrol boats and '
     'about 60 border guards to the river.', ('MOBILIZE', ['Estonia'], [])),
    ('Bolivia arrested Juan Zuniga. Prosecutors accused Juan Zuniga of terrorism.',
     ('ACCUSE', ['Bolivia'], ['Juan Zuniga'])),
    ('Somalia awarded the block to Turkey. Kenyan Foreign Minister Musalia Mudavadi said a protest '
     'note had been sent to Mogadishu.', ('ACCUSE', ['Musalia Mudavadi'], ['Somalia'])),
    ('The Kenya Navy had been ordered to step up patrols off Lamu.', ('MOBILIZE', ['Kenya Navy'], [])),
    ('Armenia will not send any delegation to a summit of the Russian-led Collective Security '
     'Treaty Organization (CSTO) in Minsk.', ('REJECT', ['Armenia'], ['CSTO'])),
    ('Amnesty International accused the Mozambican authorities of cutting mobile internet access '
     'and demanded an independent investigation into the killing.',
     ('REQUEST', ['Amnesty International'], ['Mozambique'])),
    ('Thousands of protesters burned an effigy of President William Ruto in Nairobi.',
     ('PROTEST', ['protesters'], ['William Ruto'])),
    # an unnamed army or soldiers of the country the story is about
    ("Separatists attacked a checkpoint in Cameroon's North-West Region. The army said it had "
     "sent reinforcements to Batibo.", ('MOBILIZE', ['Cameroon'], [])),
    ("Separatists attacked a checkpoint in Cameroon's North-West Region. By nightfall, soldiers "
     "had detained 14 suspected separatists.", ('COERCE', ['Cameroon'], ['suspected separatists'])),
    ('The Indonesian patrol returned fire at members of the West Papua National Liberation Army.',
     ('ASSAULT', ['Indonesia'], ['West Papua National Liberation Army'])),
    ('Sri Lankan sailors fired warning shots at an Indian trawler.', ('THREATEN', ['Sri Lanka'], ['India'])),
    # money or goods offered are aid, and two states offering together are both its source
    ('Kuwait and Oman have offered to pay the salaries of Lebanese soldiers.',
     ('AID', ['Kuwait', 'Oman'], ['Lebanon'])),
    ('Algeria has offered to keep supplying gas to Tunisia at a discount.',
     ('AID', ['Algeria'], ['Tunisia'])),
    ('Japan offered to finance a new port in Sri Lanka.', ('AID', ['Japan'], ['Sri Lanka'])),
    # a mediation offered in a dispute told before: between both of its sides
    ('Chad accused Sudan of arming the rebels. Qatar has offered to mediate.',
     ('AGREE', ['Qatar'], ['Chad', 'Sudan'])),
    ("Peru protested to Ecuador over the arrest. The Organization of American States (OAS) "
     "offered to host talks between the two governments.",
     ('AGREE', ['OAS'], ['Peru', 'Ecuador'])),
    ('Guinea blamed Liberia for the raid. The talks came after a call in which Ghanaian '
     'President John Mahama offered to mediate.',
     ('AGREE', ['John Mahama'], ['Guinea', 'Liberia'])),
    # an offer or a backing right after meeting someone goes to the one met
    ('Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in '
     'Baghdad on Monday and offered to release more water into the Tigris.',
     ('AGREE', ['Hakan Fidan'], ['Iraq'])),
    ("Japan's Foreign Minister, Takeshi Iwaya, spoke with Philippine President Ferdinand Marcos "
     "by phone on Friday and offered to send coast guard experts.", ('AGREE', ['Japan'], ['Philippines'])),
    ("Germany's Interior Minister, Nancy Faeser, spoke with Polish Interior Minister Tomasz "
     "Siemoniak on Tuesday and backed the border checks.", ('SUPPORT', ['Germany'], ['Poland'])),
    # readiness to talk again: with the one named, else the other side of the dispute
    ('Ethiopia accused Egypt of blocking a deal on the dam. Ethiopia said it remained ready to '
     'return to the negotiating table.', ('AGREE', ['Ethiopia'], ['Egypt'])),
    ('Japan remained open to a new round of talks with China.', ('AGREE', ['Japan'], ['China'])),
    # parties agreeing that their people should meet agree with each other
    ('Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan spoke by '
     'phone and agreed that their trade ministers should meet next week.',
     ('AGREE', ['William Ruto'], ['Samia Suluhu Hassan'])),
    # aid one is ready to give, paid for in another state
    ('Spain said it was ready to fund training for coast guards in Mauritania.',
     ('AID', ['Spain'], ['Mauritania'])),
    # ... a visit or talks offered are still an offer to agree
    ('Kenya offered to pay a visit to Uganda.', ('AGREE', ['Kenya'], ['Uganda'])),
    # a sum approved for a state, written with a hyphen ("2.5 billion-dollar")
    ('The World Bank approved a 2.5 billion-dollar recovery plan for Ukraine.',
     ('AID', ['World Bank'], ['Ukraine'])),
    # a work paid for abroad: the state it stands in, or the one other state named before
    ('Spain will finance a new water system in Morocco.', ('AID', ['Spain'], ['Morocco'])),
    ('The Netherlands will fund a 12 million-euro relief programme.', ('AID', ['Netherlands'], [])),
    # those sanctioned, placed in a state: the state is the target
    ('The United States imposed sanctions on two companies in Turkey accused of shipping drones '
     'to Russia.', ('SANCTION', ['United States'], ['Turkey'])),
    ('The EU sanctioned five firms based in China.', ('SANCTION', ['EU'], ['China'])),
    # ... not a month, nor a city of the sanctioning state
    ('The US imposed sanctions on four companies in March.', ('SANCTION', ['United States'], [])),
    ('Britain sanctioned three banks in London.', ('SANCTION', ['United Kingdom'], [])),
    # the one named among those counted is the target
    ('Kenyan police detained 14 people, including an opposition activist, Boniface Mwangi, in '
     'Nairobi.', ('COERCE', ['Kenya'], ['Boniface Mwangi'])),
    ('Ugandan police arrested 30 protesters, including opposition leader Kizza Besigye.',
     ('COERCE', ['Uganda'], ['Kizza Besigye'])),
    ('Ugandan police detained 20 people, including two journalists.', ('COERCE', ['Uganda'], [])),
    # ... among those sanctioned too (the holder of an owner's title, not the owner)
    ('The EU imposed sanctions on nine officials, including Interior Minister Vakhtang Gomelauri.',
     ('SANCTION', ['EU'], ['Vakhtang Gomelauri'])),
    ("The United States imposed sanctions on three militia commanders, including Hezbollah's "
     "security chief Wafiq Safa.", ('SANCTION', ['United States'], ['Wafiq Safa'])),
    ('Britain sanctioned five companies, including two shipping firms.', ('SANCTION', ['United Kingdom'], [])),
    # armed attacks carried out are force all the same
    ('Chinese ships carried out armed attacks on Philippine vessels near the shoal.',
     ('ASSAULT', ['China'], ['Philippines'])),
    # force by a band the text does not name: on a state's post, patrol or forces, the
    # state hit (where the text says whose); the group that claimed it, or the band itself
    ('A suicide bomber killed nine soldiers at a checkpoint in Somalia on Monday, an attack '
     'al-Shabaab claimed.',
     ('ASSAULT', ['al-Shabaab'], ['Somalia'])),
    ('On Friday, gunmen attacked a police station in the north of the country, killing three '
     'Nigerian officers.',
     ('ASSAULT', ['gunmen'], ['Nigeria'])),
    ('Kenya said a group of bandits attacked a police patrol near the border on Sunday.',
     ('ASSAULT', ['bandits'], ['Kenya'])),
    ('Jihadist fighters linked to al-Qaeda killed 20 soldiers at an army base in Mali.',
     ('ASSAULT', ['al-Qaeda'], ['Mali'])),
    # an armed group's force on a state's post, or on a town of a state
    ('The Allied Democratic Forces attacked a Ugandan army post on Sunday.',
     ('ASSAULT', ['Allied Democratic Forces'], ['Uganda'])),
    ('Al-Shabaab fighters attacked the town of Garissa in Kenya on Sunday.',
     ('ASSAULT', ['al-Shabaab'], ['Kenya'])),
    ('Militants linked to the Islamic State attacked an army convoy in Niger.',
     ('ASSAULT', ['ISIS'], ['Niger'])),
    ('Rebels ambushed a Congolese army convoy on the road to Goma.',
     ('ASSAULT', ['rebels'], ['Democratic Republic of the Congo'])),
    # arms or a strike as the subject: their owner strikes the state of the place hit or
    # of the victims, when the text names it (else no one: not a guess)
    ('A Syrian drone strike killed four villagers near Qaim, on the Iraqi side of the border.',
     ('ASSAULT', ['Syria'], ['Iraq'])),
    ('An Israeli missile strike on a house in Beirut killed six people, Lebanese officials said.',
     ('ASSAULT', ['Israel'], ['Lebanon'])),
    ('Pakistani air strikes in the Khyber district killed three people on Tuesday.',
     ('ASSAULT', ['Pakistan'], [])),
    ('Russian drones in the Kursk region killed two Ukrainian soldiers, Moscow said.',
     ('ASSAULT', ['Russia'], ['Ukraine'])),
    ('Witnesses said Houthi drones struck a fuel depot near the port on Sunday.',
     ('ASSAULT', ['Houthis'], [])),
    ('Rockets struck an airfield near Kandahar in Afghanistan overnight.',
     ('ASSAULT', [], ['Afghanistan'])),
    ('Peru is on alert after a bomb attack on a police post in Puno killed three officers.',
     ('ASSAULT', [], ['Peru'])),
    # ground an armed group took: from the state it names, else the state it lies in
    ('The Kachin Independence Army has captured most of northern Kachin State from the junta in Myanmar.',
     ('ASSAULT', ['Kachin Independence Army'], ['Myanmar'])),
    ('In Nigeria, bandits linked to Boko Haram seized the border town of Damasak on Friday.',
     ('ASSAULT', ['Boko Haram'], ['Nigeria'])),
    # aid in vehicles or boats, in a sum of another state's dollars, said on a day
    ('Australia said it would give 25 million Australian dollars to Fiji.',
     ('AID', ['Australia'], ['Fiji'])),
    ('Spain pledged armoured vehicles to Ukraine.',
     ('AID', ['Spain'], ['Ukraine'])),
    ('The World Bank said on Monday it would provide 80 million dollars to Kenya.',
     ('AID', ['World Bank'], ['Kenya'])),
    # a crossing closed, the bloc cut off, a sum of funding frozen
    ('Uganda closed the Malaba border post, its busiest crossing with Kenya, on Tuesday.',
     ('SANCTION', ['Uganda'], ['Kenya'])),
    ('Mali left ECOWAS in January. Mali halted its payments to the bloc in March.',
     ('SANCTION', ['Mali'], ['ECOWAS'])),
    ('Armenia froze its role in the CSTO. Yerevan later stopped paying its dues to the bloc.',
     ('SANCTION', ['Armenia'], ['CSTO'])),
    ('Canada decided to freeze 30 million dollars in development funding for Haiti.',
     ('SANCTION', ['Canada'], ['Haiti'])),
    # equipment financed for someone; financing announced; the giver's demonym is no target
    ("South Korea, which is financing four patrol boats for the Ghanaian navy, sent an "
     "envoy to Accra.", ("AID", ["South Korea"], ["Ghana"])),
    ("Modi is expected to announce Indian financing for a new power plant in southern Nepal.",
     ("AID", ["Narendra Modi"], ["Nepal"])),
]


def test_a_work_funded_after_aid_to_a_state_goes_to_that_state_too() -> None:
    found = events("Turkey has sent aid to Syria, and Ankara said it would fund a new hospital "
                   "in the north of the country.")
    assert found == [("AID", ["Turkey"], ["Syria"])] * 2


def test_a_threat_made_with_not_is_not_negated() -> None:
    doc = newsparse.parse("Kenya said it would not hesitate to use force against Uganda.",
                          published="2025-06-12")
    assert [(e.type, e.negated) for e in doc.events] == [("THREATEN", False)]


def test_sanctions_threatened_are_a_threat_only() -> None:
    assert [e[0] for e in events("Kenya threatened sanctions against Uganda.")] == ["THREATEN"]


def test_two_deeds_of_one_type_in_a_sentence_are_two_events() -> None:
    found = events("Iran struck targets in Pakistan. Pakistan recalled its envoy and suspended "
                   "all high-level visits.")
    assert [e for e in found if e[0] == "SANCTION"] == [("SANCTION", ["Pakistan"], ["Iran"])] * 2


@pytest.mark.parametrize(("text", "expected"), [
    # a number before the verb is a time, not a determiner of a participle
    ("Kenyan police in 2023 arrested three Ugandan traders.", ("COERCE", ["Kenya"], ["Uganda"])),
    ("Russia in 2014 seized Crimea from Ukraine.", ("COERCE", ["Russia"], ["Ukraine"])),
    # a verdict's "which" on the whole clause before
    ("Russia annexed Crimea, which was condemned by the United Nations.", ("ACCUSE", ["UN"], ["Russia"])),
    ("China sanctioned Lockheed Martin, which was condemned by Washington.",
     ("ACCUSE", ["United States"], ["China"])),
])
def test_review_cases_keep_their_acts(text: str, expected: Row) -> None:
    assert expected in events(text)


def test_a_protest_note_sent_to_a_capital_is_against_its_state_not_a_name_after_it() -> None:
    found = events("Somalia awarded the block to Turkey. Kenyan Foreign Minister Musalia Mudavadi "
                   "said a protest note had been sent to Mogadishu and demanded that Ankara "
                   "withdraw the ship.")
    assert ("ACCUSE", ["Musalia Mudavadi"], ["Somalia"]) in found
    assert ("ACCUSE", ["Musalia Mudavadi"], ["Turkey"]) not in found


def test_two_verbs_of_one_deed_side_by_side_are_one_event() -> None:
    found = events("Kenyan police arrested and detained 20 Ugandan traders.")
    assert found == [("COERCE", ["Kenya"], ["Uganda"])]


def test_two_verbs_of_one_accusation_are_one_event() -> None:
    found = events("Trump lashed out at Kenyan President William Ruto on Twitter, accusing him "
                   "of not doing his job.")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", ["Donald Trump"], ["William Ruto"])]


# a fight named as a noun with its sides after "between"; "clashed" with no "with"
ACTS += [
    ('Clashes between Sudanese troops and the Rapid Support Forces killed 20 people in Omdurman.',
     ('ASSAULT', ['Sudan'], ['Rapid Support Forces'])),
    ('A gunfight between Ethiopian soldiers and Eritrean troops broke out near Badme.',
     ('ASSAULT', ['Ethiopia'], ['Eritrea'])),
    ('Somali troops and fighters loyal to al-Shabaab clashed near Mogadishu on Friday.',
     ('ASSAULT', ['Somalia'], ['al-Shabaab'])),
]


@pytest.mark.parametrize(("text", "expected"), ACTS, ids=[a[0][:40] for a in ACTS])
def test_a_common_act_is_read(text: str, expected: Row) -> None:
    assert expected in events(text)


#: (text, type): words that only look like the acts above
NOT_ACTS: list[tuple[str, str]] = [
    # a party of the dispute offers no mediation; a summit hosted is no talks between sides
    ('Chad accused Sudan of arming the rebels. Sudan offered to mediate.', "AGREE"),
    ('Chad accused Sudan of arming the rebels. Qatar offered to host the summit.', "AGREE"),
    ('Qatar has offered to mediate.', "AGREE"),
    # training paid for at home is no aid
    ('Spain was ready to fund training for coast guards in Cadiz.', "AID"),
    ("Russia is extending its ban on imports of food from the EU.", "COOPERATE"),
    ("The sites raided in Sudan and Afghanistan had played a role, Kenya said.", "ASSAULT"),
    ("Kenya suspended production at the plant.", "SANCTION"),
    ("Pakistan withdrew in protest.", "RETREAT"),
    # a month is no march; a venue offered is no aid
    ("Turkey and Russia held a March 2022 round of talks in Istanbul.", "PROTEST"),
    ("Qatar has offered to provide a venue for talks between Russia and Ukraine.", "AID"),
    # an offer after a meeting told in another sentence, or by the one met; praise of
    # troops is no backing of the one met; a round of sanctions is no talks
    ("Macron met Scholz in Paris. Germany later offered to send experts.", "AGREE"),
    ("Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake, who "
     "later offered to send experts.", "AGREE"),
    ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin and praised the "
     "troops, who had stayed in the field.", "SUPPORT"),
    ("Norway remained open to a new round of sanctions on Russia.", "AGREE"),
    ("Chile and Peru agreed that the dispute should go to the court.", "AGREE"),

]


#: (text, type): sentences where the rules above must not fire (each once misfired)
NOT_ACTS += [
    # a demand reported of one's own state, a guess, a possessor
    ("Kenyan President William Ruto said Kenya must protect its borders.", "REQUEST"),
    ("Kenya said Somali forces must have crossed the border at night.", "REQUEST"),
    ("Somalia said the world must not ignore Ethiopia's actions.", "REQUEST"),
    # lists of friends, people and companies suspended at home or online
    ("Biden placed Kenya on the list of major non-NATO allies.", "SANCTION"),
    ("The EU put Ukraine on the list of candidate countries.", "SANCTION"),
    ("Kenya's parliament suspended MP Babu Owino for a week.", "SANCTION"),
    ("Twitter suspended Trump's account.", "SANCTION"),
    ("Russia has declared that Hamas is not a terrorist organization.", "SANCTION"),
    ("Hungary blocked the EU's 14th package of sanctions against Russia.", "SANCTION"),
    # civilians and airliners in another state's waters or airspace
    ("Indian fishermen on Monday entered Sri Lankan waters.", "MOBILIZE"),
    ("Several Chinese fishing vessels have entered Indonesian waters.", "MOBILIZE"),
    ("A Ukrainian airliner entered Iranian airspace on Wednesday.", "MOBILIZE"),
    ("Iran seized a Greek tanker that had entered Iranian waters.", "MOBILIZE"),
    # a dismissal, support withdrawn, a takeover, a purchase stopped or private
    ("Interior Minister Kithure Kindiki was dismissed by Ruto in July.", "REJECT"),
    ("The Sudanese army withdrew its support for Prime Minister Abdalla Hamdok.", "RETREAT"),
    ("Elon Musk took control of Twitter from its board in October.", "ASSAULT"),
    ("The FBI raided the Mar-a-Lago estate of Donald Trump.", "ASSAULT"),
    ("India has ceased buying arms from Russia.", "COOPERATE"),
    ("Kenyan families bought food from Somali traders.", "COOPERATE"),
    # praise denied, a friendly response, a response to an attack on someone else
    ("Kenya called Somalia's response anything but constructive.", "SUPPORT"),
    ("Kenya said Somalia's proposal would be met with a positive response.", "THREATEN"),
    ("Iran said any attack on Syria would be met with force.", "THREATEN"),
    # one's own diplomats sent home out of harm's way
    ("Britain ordered its diplomats to leave Sudan as fighting spread.", "SANCTION"),
    ("Britain ordered its diplomats to leave Sudan as fighting spread.", "REQUEST"),
    ("The United States ordered non-emergency diplomats to leave Haiti.", "REQUEST"),
    ("The United States ordered non-emergency diplomats to leave Haiti.", "COERCE"),
    # words, a game, a photograph
    ("The Kenyan minister clashed with reporters over the budget.", "ASSAULT"),
    ("France beat Spain 2-1 in Paris.", "ASSAULT"),
    ("Macron stood with Scholz at the podium on Monday.", "SUPPORT"),
    # those held, named by a participle before the noun, are held by no one here
    ("Mauritania agreed to free the detained Senegalese fishermen.", "COERCE"),
    ("Senegal will free the seized Mauritanian boats.", "COERCE"),
    ("Trump said he would release his tax returns.", "CONCEDE"),
    ("Kenya expressed concern about the weather.", "ACCUSE"),
    ("Kenya wants to join the bloc.", "REQUEST"),
    ("Kenya added Uganda to the list of partners.", "SANCTION"),
    ("A UN convoy came under fire from Israeli troops near Rafah on Monday.", "ACCUSE"),
    ("Putin ordered troops to withdraw from the Kursk region.", "MOBILIZE"),
    ("Macron stood with Scholz at the podium.", "SUPPORT"),
    ("The US resumed arms supplies to Ukraine.", "CONCEDE"),
    ("The IMF agreed to release 1 billion dollars to Pakistan.", "CONCEDE"),
    ("Kenya asked the IMF for help. The IMF said it would respond with appropriate measures to "
     "support Kenya's economy.", "THREATEN"),
    ("Kenya gave the Ugandan delegation two days to tour the facility.", "THREATEN"),
    ("EU leaders gathered in Brussels on Thursday while farmers protested outside.", "ACCUSE"),
    ("Republicans rallied behind Trump against the impeachment effort.", "PROTEST"),
    ("Kenya wants its relations with Uganda to improve.", "REQUEST"),
    ("Putin wants Trump to win the election.", "REQUEST"),
    ("The US added Vietnam to its currency watchlist.", "SANCTION"),
    ("Kenya did not send a minister to Pope Francis's funeral.", "REJECT"),
    # one's own government's orders are no blame; an expulsion weighed is none done
    ("Estonia closed the river. Prime Minister Kristen Michal said the government had ordered "
     "two additional patrol boats to the river.", "ACCUSE"),
    ("Estonia was considering expelling another Russian diplomat if the buoys were not returned.",
     "COERCE"),
    ("The minister was concerned about rising prices.", "ACCUSE"),
    ("Ghana agreed on Monday to file a complaint against Togo at the African Union.", "AGREE"),
    ("Kenya pledged to impose sanctions on Eritrea.", "AGREE"),
    # a visit "paid" is no money; a fine paid is no aid
    ("Kenya offered to pay a visit to Uganda.", "AID"),
    ("Ghana offered to pay the fines of the detained Togolese traders.", "AID"),
    ("Kuwait and Oman have offered to pay the salaries of Lebanese soldiers.", "AGREE"),
    # a work paid for at home, a plan for no one, a campaign funded
    ("Kenya will fund the new hospital in Mombasa.", "AID"),
    ("The council approved a 40 million-euro plan for new cycle lanes.", "AID"),
    ("Norway said it would fund the campaign.", "AID"),
    # the kind of attack a treaty covers, or one only supposed: none made
    ("The US said its defence treaty with Manila covers armed attacks on Philippine coast guard "
     "ships.", "ASSAULT"),
    ("The pact applies to attacks on Japanese territory by China.", "ASSAULT"),
    ("NATO will defend Estonia in the event of an attack on its territory by Russia.", "ASSAULT"),
    # arms on a deal, a senator's support: no strike, no aid
    ("Russian jets struck a deal for spare parts with an Indian firm.", "ASSAULT"),
    ("The senator announced additional support for the bill on Monday.", "AID"),
    # a band's force where the text does not say whose post, or on people anywhere
    ("Smugglers attacked a patrol on the border between India and Bangladesh.", "ASSAULT"),
    ("Gunmen attacked a wedding party in northern Nigeria.", "ASSAULT"),
    ("Gunmen killed 12 villagers in northern Nigeria on Sunday.", "ASSAULT"),
    ("Gunmen attacked a police station in Lagos, and Ghana condemned the attack.", "ASSAULT"),
    # a closure after talks, rates frozen, a venue provided, vehicles bought
    ("Kenya closed the airport after talks with Somalia.", "SANCTION"),
    ("The Kenyan central bank said on Monday it would freeze interest rates.", "SANCTION"),
    ("Kenya said on Monday it would provide the venue for talks between Somalia and Ethiopia.", "AID"),
    ("Kenya bought armoured vehicles from Turkey.", "AID"),
    # a strike by workers, an attack in sport or in politics, an accident: no force
    ("A strike by port workers in Rotterdam hit exports from the Netherlands on Monday.", "ASSAULT"),
    ("A Spanish rail strike hit travel across Spain on Friday.", "ASSAULT"),
    ("Chile's attack killed off Peru's hopes in the second half.", "ASSAULT"),
    ("The attack on the minister's budget in parliament killed the bill, Ghanaian lawmakers said.",
     "ASSAULT"),
    ("A gas explosion in Cairo killed four people, Egyptian media said.", "ASSAULT"),
    ("An Austrian attack on the tax plan hit a wall in Vienna on Monday.", "ASSAULT"),
    # goods, a catch or power seized, or a port's cargo: no ground taken by force
    ("Kenyan customs officers seized cargo at the port of Mombasa on Monday.", "ASSAULT"),
    ("The Chadian military seized power in N'Djamena in 2021.", "ASSAULT"),
    ("Nigerian police seized 300 rifles in the town of Kano.", "ASSAULT"),
    ("The Brazilian firm took control of the port operator in Santos last year.", "ASSAULT"),
    # funding research or a deficit is no aid to anyone
    ("Norway is funding research for the University of Oslo.", "AID"),
    ("Brazil is financing its deficit with new bonds.", "AID"),
]


def test_one_who_condemns_arrests_is_not_among_those_held() -> None:
    found = events("Ugandan police detained 20 people on Monday. Kizza Besigye condemned the arrests.")
    assert ("COERCE", ["Uganda"], ["Kizza Besigye"]) not in found


# clashes of words, a strike by workers, an attack in politics, fired from a job
NOT_ACTS += [
    ("Verbal clashes between Kenya and Uganda marked the summit.", "ASSAULT"),
    ("Clashes between Donald Trump and Kamala Harris dominated the debate.", "ASSAULT"),
    ("France and Germany clashed over the budget on Monday.", "ASSAULT"),
    ("The fighting between Serbia and Kosovo over the new tariffs was political.", "ASSAULT"),
    ("Dock workers in Belgium went on strike against the government on Monday.", "ASSAULT"),
    ("The opposition's attack on Ruto dominated the debate in Kenya.", "ASSAULT"),
    ("Kenya fired its finance minister on Tuesday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_ACTS, ids=[n[0][:40] for n in NOT_ACTS])
def test_a_look_alike_is_no_act(text: str, kind: str) -> None:
    assert kind not in [e[0] for e in events(text)]



def test_an_active_verb_after_a_passive_pair_keeps_its_object() -> None:
    from event_rows import events as rows
    text = ("Venezuelan Interior Minister Diosdado Cabello said on Wednesday that 37 people had "
            "been arrested and accused Colombian criminal groups of using informal crossings.")
    assert [e for e in rows(text) if e[0] == "ACCUSE"] == [
        ("ACCUSE", ["Diosdado Cabello"], ["Colombia"])]
