"""The Dask recipe of docs/scaling.md, run as written on local schedulers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import newsparse

DOC = Path(__file__).resolve().parent.parent / "docs" / "scaling.md"

ARTICLES: list[dict[str, Any]] = [
    {"id": "a1", "published": "2025-03-11",
     "text": "Defence ministers met in Brussels on Tuesday to discuss air defence."},
    {"id": "a2", "published": None,
     "text": "LONDON, May 2, 2024 (Reuters) - The prime minister hosted talks on Thursday."},
    {"id": "a3", "published": "2025-02-30", "text": "An impossible date."},
    {"id": "a4", "published": "2023-09-01",
     "text": "Talks between the two presidents were called off, officials said."},
    {"id": "a5", "published": "2022-01-15", "text": ""},
]


def _recipe() -> dict[str, Any]:
    """Exec the code block that follows the ``<!-- recipe: dask -->`` marker."""
    pytest.importorskip("dask.bag")  # the recipe imports it (dask is a test extra only)
    source = DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- recipe: dask -->\s*```python\n(.*?)```", source, re.DOTALL)
    assert match, "docs/scaling.md lost its dask recipe"
    namespace: dict[str, Any] = {"__name__": "scaling_recipe"}
    exec(compile(match.group(1), str(DOC), "exec"), namespace)  # noqa: S102 - our own doc
    return namespace


def _expected(rec: dict[str, Any]) -> dict[str, Any]:
    try:
        data = newsparse.parse(rec["text"], published=rec["published"]).to_dict()
    except newsparse.NewsparseError as exc:
        return {"id": rec["id"], "error": str(exc)}
    del data["text"]
    return {"id": rec["id"], **data}


def _write_input(tmp_path: Path) -> str:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, part in enumerate((ARTICLES[:2], ARTICLES[2:])):
        with open(folder / f"batch-{n}.jsonl", "w", encoding="utf-8") as f:
            for rec in part:
                f.write(json.dumps(rec) + "\n")
    return str(folder / "*.jsonl")


def _read_output(paths: list[str]) -> list[dict[str, Any]]:
    records = []
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    return records


def test_partition_function_alone() -> None:
    """parse_partition (also Spark's mapPartitions function) gives one record per article."""
    recipe = _recipe()
    got = list(recipe["parse_partition"](iter(ARTICLES)))
    assert got == [_expected(rec) for rec in ARTICLES]
    assert got[2]["error"].startswith("impossible published date")


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_bag_to_jsonl(tmp_path: Path, scheduler: str) -> None:
    """The Dask recipe writes the same records newsparse.parse gives, in order."""
    recipe = _recipe()
    paths = recipe["run"](_write_input(tmp_path), str(tmp_path / "parsed"), scheduler)
    assert len(paths) == 2  # one partition per input file
    assert _read_output(paths) == [_expected(rec) for rec in ARTICLES]


def test_dask_processes_scheduler(tmp_path: Path) -> None:
    """The default (processes) scheduler gives the same records as the others."""
    recipe = _recipe()
    paths = recipe["run"](_write_input(tmp_path), str(tmp_path / "parsed"))
    assert _read_output(paths) == [_expected(rec) for rec in ARTICLES]
