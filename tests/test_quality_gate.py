"""Quality gate: the shared scorers must not fall below the pinned floors.

Like trafilatura's ``eval_gate.py``: ``tests/quality_floors.json`` holds the
scores last reached, less a small margin.  Raise a floor when a change improves
a score; lowering one needs a reason in the commit message.  The scorers and
their development data live in ``../shared`` beside a checkout; where that is
absent (an installed sdist, a lone clone) the gate is skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS: dict[str, dict[str, float]] = json.loads(
    (Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8")
)["floors"]

pytestmark = pytest.mark.skipif(
    not (SHARED / "eval").is_dir(), reason="../shared (scorers and dev data) not present"
)


def _score(script: str, gold: str, out_flag: str, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "scores.json"
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / script), "--run", "--gold", str(SHARED / gold),
         out_flag, str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert out.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _check(name: str, scores: dict[str, float]) -> None:
    low = {k: (round(v, 3), FLOORS[name][k]) for k, v in scores.items() if v < FLOORS[name][k]}
    assert not low, f"{name}: below the floor (score, floor): {low}"


@pytest.mark.parametrize(
    ("name", "gold"),
    [("seed", "seeds/000_a6f26c6cd05fe839.gold.json"), ("wikinews_dev", "data/wikinews-dev/gold.jsonl")],
)
def test_gold_articles(name: str, gold: str, tmp_path: Path) -> None:
    """Actors, meetings, events and times on hand-annotated articles."""
    s = _score("gold_score.py", gold, "--summary-json", tmp_path)
    assert s["doc_failures"] == 0 and s["contract_violations"] == 0
    _check(
        name,
        {
            "actors_f1": s["actors"]["f1"],
            "meetings_f1": s["meetings"]["f1"],
            "meetings_attrs": s["meetings"]["attrs_mean"] or 0.0,
            "events_f1": s["events"]["f1"],
            "times": s["times"]["accuracy"],
        },
    )


def test_timex(tmp_path: Path) -> None:
    """TempEval-3 style time-expression scores on TimeBank + AQUAINT."""
    s = _score("timex_score.py", "data/timex/dev.jsonl", "--json", tmp_path)
    assert s["doc_failures"] == 0 and s["contract_problems"] == 0
    _check("timex", {"value_f1": s["value_f1"], "relaxed_f1": s["relaxed_f1"]})


def test_meetings_corpora(tmp_path: Path) -> None:
    """Meeting, participant and place scores on MEANTIME, RAMS and WikiEvents."""
    s = _score("meeting_score.py", "data/meetings/dev.jsonl", "--json", tmp_path)["by_source"]["ALL"]
    _check(
        "meetings",
        {k: s[k] for k in ("meeting_f1", "participant_f1", "place_f1")},
    )
