"""One sentence per common kind of act between states and groups in the news, each with
the event newsparse reads from it (type, sources, targets). The sentences are written for
these tests; each row was checked by hand against the PLOVER codebook."""

from __future__ import annotations

import pytest
from event_rows import events

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
    # "the attack" a judge speaks out against: the one that struck the judge's state,
    # even when a later attack by someone else was named in between
    ('A US airstrike on Baghdad killed Iraqi commanders on Friday. Iran said Qasem Soleimani '
     'had approved attacks on the US embassy. Iraqi Prime Minister Adil Abdul-Mahdi spoke '
     'out against the attack.', ('ACCUSE', ['Adil Abdul-Mahdi'], ['United States'])),
    # clemency is a concession to the one who receives it
    ('Trump commuted the sentence of former Illinois governor Rod Blagojevich.',
     ('CONCEDE', ['Donald Trump'], ['Rod Blagojevich'])),
    ('Trump granted a full pardon to Bernard Kerik.',
     ('CONCEDE', ['Donald Trump'], ['Bernard Kerik'])),
    ('Zelensky thanked Biden for the new aid package.',
     ('SUPPORT', ['Volodymyr Zelensky'], ['Joe Biden'])),
]


@pytest.mark.parametrize(("text", "expected"), ACTS, ids=[a[0][:40] for a in ACTS])
def test_a_common_act_is_read(text: str, expected: Row) -> None:
    assert expected in events(text)


#: (text, type): words that only look like the acts above
NOT_ACTS: list[tuple[str, str]] = [
    ("Russia is extending its ban on imports of food from the EU.", "COOPERATE"),
    ("The sites raided in Sudan and Afghanistan had played a role, Kenya said.", "ASSAULT"),
    ("Kenya suspended production at the plant.", "SANCTION"),
    ("Pakistan withdrew in protest.", "RETREAT"),
    # a passive with an adverb between: no one named did the sanctioning
    ("Qasem Soleimani led the Quds Force. He was further sanctioned in 2011 over a plot to "
     "kill the Saudi ambassador.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_ACTS, ids=[n[0][:40] for n in NOT_ACTS])
def test_a_look_alike_is_no_act(text: str, kind: str) -> None:
    assert kind not in [e[0] for e in events(text)]
