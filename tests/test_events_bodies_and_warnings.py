"""Bodies named again by their head noun ("the commission", "the alliance"), warnings of
the speaker's own act ("warned that Thailand could cut ..."), acts someone only
threatened ("threatened to veto"), tariffs imposed and returned, and a state's organ
after its name ("The United States embassy called on ...")."""

from __future__ import annotations

import pytest
from event_rows import events

import newsparse

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # "the commission": the organisation named before whose name holds the word
    ("Opposition candidate Brian Mundubile accused the Electoral Commission of Zambia of "
     "manipulating the results. The commission rejected the allegations.",
     ("REJECT", ["Electoral Commission of Zambia"], ["Brian Mundubile"])),
    ("Opposition candidate Brian Mundubile accused the Electoral Commission of Zambia of "
     "manipulating the results. Mundubile called on the commission to suspend further "
     "announcements.",
     ("REQUEST", ["Brian Mundubile"], ["Electoral Commission of Zambia"])),
    # a warning of the speaker's own act: its country, a pronoun, an unnamed body
    ("Thai Prime Minister Anutin Charnvirakul warned that Thailand could cut the electricity "
     "it supplies to Cambodia.", ("THREATEN", ["Anutin Charnvirakul"], ["Cambodia"])),
    ("Indonesia warned that it could restrict shipments of nickel to the European Union.",
     ("THREATEN", ["Indonesia"], ["EU"])),
    ("Venezuela's foreign minister warned that his government would review all cooperation "
     "with Trinidad and Tobago.", ("THREATEN", ["Venezuela"], ["Trinidad and Tobago"])),
    # an act threatened is the threat: no veto cast yet
    ("Slovak Prime Minister Robert Fico had threatened earlier this month to veto the whole "
     "package of EU sanctions.", ("THREATEN", ["Robert Fico"], ["EU"])),
    # tariffs, one or several, imposed or returned
    ("The United States imposed a 19 per cent tariff on goods from Thailand and Cambodia.",
     ("SANCTION", ["United States"], ["Thailand", "Cambodia"])),
    ("Washington last week imposed a 25 percent tariff on imported vehicles.",
     ("SANCTION", ["United States"], [])),
    ("Canada retaliated with tariffs on US steel.", ("SANCTION", ["Canada"], ["United States"])),
    ("Canada and Mexico held talks on Monday. Ottawa hit back within 48 hours with matching "
     "duties on American-made cars.", ("SANCTION", ["Canada"], ["United States"])),
    ("Quito imposed a 20 percent surcharge on Colombian imports on Monday.",
     ("SANCTION", ["Ecuador"], ["Colombia"])),
    # two countries backing something no one named holds back it together
    ("Austria and the Netherlands backed calls for tougher rules on returns.",
     ("SUPPORT", ["Austria", "Netherlands"], [])),
    ("France and Ukraine signed an agreement on grain exports.",
     ("SUPPORT", ["France"], ["Ukraine"])),
    # a meeting skipped is refused
    ("Salvadoran President Nayib Bukele skipped a planned bilateral meeting with Guatemalan "
     "President Bernardo Arevalo.", ("REJECT", ["Nayib Bukele"], ["Bernardo Arévalo"])),
    # advocates are a crowd: their protest stands with no one named against
    ("Migrant advocates protested outside the palace during the summit.",
     ("PROTEST", ["Migrant advocates"], [])),
    # the act warned of when the warning is no threat of the speaker's: read on its own
    ("Zelensky warned that Russia could attack Ukraine's power grid.",
     ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("The European Commission fined Google. China accused the commission of bias.",
     ("ACCUSE", ["China"], ["European Commission"])),
    # a state's organ after its name is the state's voice
    ("The United States embassy called on all parties to resolve disputes through the courts.",
     ("REQUEST", ["United States"], [])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


NOT_FOUND: list[tuple[str, Row]] = [
    # a warning about someone else's act is no threat of the speaker's
    ("Britain warned that Russia would attack Ukraine again.",
     ("THREATEN", ["United Kingdom"], ["Ukraine"])),
    ("The IMF warned that Kenya could cut spending on schools.", ("THREATEN", ["IMF"], ["Kenya"])),
    # a noun that only modifies another, or a body the modifier does not name
    ("The Polisario Front accused Morocco of attacks. Russian forces attacked on the front "
     "line near Pokrovsk.", ("ASSAULT", ["Russia"], ["Polisario Front"])),
    ("The Communist Party of China criticised Japan. In Kenya, the ruling party rejected the "
     "criticism from Uganda.", ("REJECT", ["Communist Party of China"], ["Uganda"])),
    ("The Socialist Party met in Paris. The party rally condemned Israel.",
     ("ACCUSE", ["Socialist Party"], ["Israel"])),
    # "the government" a rights group or an opposition leader warns of is not theirs
    ("Human Rights Watch warned that the government could expel refugees to Myanmar.",
     ("THREATEN", ["Human Rights Watch"], ["Myanmar"])),
    ("Opposition leader Raila Odinga warned that the government would expel Uganda's "
     "ambassador.", ("THREATEN", ["Raila Odinga"], ["Uganda"])),
    # words between a verb and "sanctions" that open a clause of their own
    ("Uganda imposed a curfew despite US sanctions on Kampala.",
     ("SANCTION", ["Uganda"], ["United States"])),
    ("Biden skipped lunch before meeting with Xi Jinping.", ("REJECT", ["Joe Biden"], ["Xi Jinping"])),
    # the sanction only threatened is not imposed
    ("Washington threatened to impose tariffs on Mexico.",
     ("SANCTION", ["United States"], ["Mexico"])),
    # two countries backing a proposal do not back each other
    ("France and Germany backed the proposal on Monday.", ("SUPPORT", ["France"], ["Germany"])),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: Row) -> None:
    assert unwanted not in events(text)


def test_the_threat_itself_is_kept_once() -> None:
    assert events("Washington threatened to impose tariffs on Mexico.") == [
        ("THREATEN", ["United States"], ["Mexico"])]


def test_a_body_named_by_its_noun_needs_one_named_before() -> None:
    # no commission named before: "the commission" stands for no one
    assert events("The commission rejected the allegations made by Kenya.") == []


def test_a_subject_resolved_from_its_noun_reads_a_verdict_without_failing() -> None:
    # a naming verdict ("called the arrests ...") after a subject found by its noun once
    # raised an IndexError deep inside the events stage
    text = ("The Tonse Alliance accused the Electoral Commission of Zambia of fraud. Police "
            "arrested 37 people. The alliance called the arrests \"an attempt to intimidate "
            "witnesses\".")
    doc = newsparse.parse(text, published="2025-08-16")
    assert {a.name for a in doc.actors} >= {"Tonse Alliance", "Electoral Commission of Zambia"}
