"""Imported by the worker server of ``parse_many``: loads every stage once.

The stages compile their patterns and build their vocabularies on first use
(about a second of CPU, so that ``import newsparse`` stays fast).  A
``forkserver`` process imports this module before it forks the workers, so
every worker starts with all of that done instead of paying it again; the
server lives as long as the calling process, so later ``parse_many`` calls
start their workers at once too.
"""

from __future__ import annotations

from newsparse._regex import compile_all
from newsparse.events.triggers import head_words, trigger_re_after
from newsparse.pipeline import parse

#: Touches every stage: a dateline, titles and countries, an organisation,
#: times of several kinds, events and meetings, past and planned.
SAMPLE = (
    "GENEVA, March 11, 2025 (Wire) - Swiss President Anna Keller met German Chancellor "
    "Paul Weber in Bern on Tuesday, two days after the European Union imposed sanctions "
    "on Iran. They agreed to hold talks next week. Germany accused Russia of "
    "attacking a convoy last month, and police arrested three protesters at 9 a.m.\n\n"
    "Weber will travel to Paris on Saturday for a summit with French leaders, "
    "officials said. The talks lasted more than three hours.\n\n"
    "Keller hosted the Italian prime minister at her residence on Monday and welcomed "
    "the envoy of Japan, who later held a phone call with her. The two leaders did not "
    "meet in Rome, and a video conference with Canada was called off. Ministers from "
    "Spain and Portugal met in Lisbon last week. China threatened Taiwan, Russia "
    "attacked Ukraine, and Poland criticised Belarus for arresting a journalist. "
    "France supported Germany's proposal and offered aid to Moldova."
)

try:
    parse(SAMPLE)  # imports every stage's modules and builds the vocabularies
    compile_all()  # the patterns the sample did not need
    for head in head_words():
        trigger_re_after(head)  # the event triggers cut by the word they start with
except Exception:  # noqa: BLE001 - a cold worker is slower, not wrong
    # the server must start whatever happens here: a bug in a stage then
    # shows in the workers, as a ParseFailure for the item that meets it
    pass
