"""Invented news articles with hand-made gold (tests/articles): meetings and times.

A small scorer of our own, simpler than the evaluation's: a gold meeting is found when
a predicted one shares a party with it (by name, alias or country) and its date agrees
when both have one; a predicted meeting with no gold meeting (optional ones included)
is spurious. Floors sit a little below today's figures: a change that loses meetings
or times across the set fails here, not only on the development data.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import newsparse

HERE = pathlib.Path(__file__).resolve().parent / "articles"
GOLD = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]

#: today's figures (meeting F1 0.86, time accuracy 0.977 on 42 articles, 2026-11-30) minus a margin
MEETING_F1_FLOOR = 0.83
TIMES_FLOOR = 0.95


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _keys(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Every gold actor key -> the names, aliases and country it may be found by."""
    out: dict[str, set[str]] = {}
    for actor in gold["actors"]:
        names = {actor["name"].lower(), *(a.lower() for a in actor.get("aliases", []))}
        countries = {c for c in _as_list(actor.get("country")) if c}
        forms = names | countries
        for key in (actor["name"], *actor.get("aliases", [])):
            out[key] = forms
        for code in countries:
            if actor["kind"] == "country" or (isinstance(actor["kind"], list) and "country" in actor["kind"]):
                out[code] = forms
    return out


def _predicted_forms(doc: newsparse.Document, ident: str) -> set[str]:
    actor = doc.actor(ident)
    forms = {actor.name.lower(), *(m.text.lower() for m in actor.mentions)}
    if actor.country:
        forms.add(actor.country)
    for member in actor.members:
        forms |= _predicted_forms(doc, member)
    return forms


def _dates_agree(gold: Any, pred: str | None) -> bool:
    values = [v for v in _as_list(gold) if v]
    if pred is None or not values:
        return True
    return any(v.startswith(pred) or pred.startswith(v) for v in values)


def _meeting_counts(gold: dict[str, Any], doc: newsparse.Document) -> tuple[int, int, int]:
    keys = _keys(gold)
    required = [m for m in gold["meetings"] if not m.get("optional")]
    found, matched_preds = 0, set()
    for g in gold["meetings"]:
        parties = set()
        for k in (*g["participants"], *g.get("participants_optional", []), *_as_list(g.get("host"))):
            if k:
                parties |= keys.get(k, {str(k).lower()})
        for n, p in enumerate(doc.meetings):
            forms = set().union(*(_predicted_forms(doc, i) for i in p.participants)) if p.participants else set()
            if forms & parties and _dates_agree(g.get("date"), p.date):
                matched_preds.add(n)
                if g in required:
                    found += 1
                    break
    return found, len(required), len(doc.meetings) - len(matched_preds)


def _time_counts(gold: dict[str, Any], doc: newsparse.Document) -> tuple[int, int]:
    text_low = doc.text.lower()
    right = 0
    required = [g for g in gold["times"] if not g.get("optional")]
    for g in required:
        # every occurrence of the expression counts, inside its context when it has one
        word = g["text"].lower()
        scope = (g.get("context") or "").lower()
        lo = text_low.find(scope) if scope else 0
        hi = lo + len(scope) if scope else len(text_low)
        places = []
        at = text_low.find(word, lo, hi)
        while at >= 0:
            places.append((at, at + len(word)))
            at = text_low.find(word, at + 1, hi)
        values = [str(v) for v in _as_list(g["value"])]
        if any(t.span.start < e and s < t.span.end and t.value in values
               for s, e in places for t in doc.times):
            right += 1
    return right, len(required)


def _docs() -> list[tuple[dict[str, Any], newsparse.Document]]:
    out = []
    for gold in GOLD:
        text = (HERE / f"{gold['id']}.txt").read_text(encoding="utf-8")
        out.append((gold, newsparse.parse(text, published=gold["published"])))
    return out


@pytest.fixture(scope="module")
def parsed() -> list[tuple[dict[str, Any], newsparse.Document]]:
    return _docs()


def test_meetings_across_the_invented_articles(parsed: list[tuple[dict[str, Any], newsparse.Document]]) -> None:
    found = required = spurious = 0
    for gold, doc in parsed:
        f, r, s = _meeting_counts(gold, doc)
        found, required, spurious = found + f, required + r, spurious + s
    precision = (found / (found + spurious)) if found + spurious else 1.0
    recall = found / required
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= MEETING_F1_FLOOR, (found, required, spurious, round(f1, 3))


def test_times_across_the_invented_articles(parsed: list[tuple[dict[str, Any], newsparse.Document]]) -> None:
    right = total = 0
    for gold, doc in parsed:
        r, t = _time_counts(gold, doc)
        right, total = right + r, total + t
    assert right / total >= TIMES_FLOOR, (right, total)


@pytest.mark.parametrize("gold", [g for g in GOLD if not g["meetings"]], ids=lambda g: g["id"])
def test_no_meeting_in_the_articles_without_one(gold: dict[str, Any]) -> None:
    text = (HERE / f"{gold['id']}.txt").read_text(encoding="utf-8")
    assert newsparse.parse(text, published=gold["published"]).meetings == ()
