"""The command line, driven through main() without a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

ARTICLE = "PARIS, March 11, 2025 (AFP) - Envoys from France and Germany met on Monday.\n"


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeStdin(io.StringIO):
    """A stdin whose .buffer gives bytes, as sys.stdin does."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


def run(argv: list[str], stdin: bytes = b"", tty: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), (FakeTTY() if tty else io.StringIO())
    code = main(argv, stdin=FakeStdin(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_file_prints_one_object(article: Path) -> None:
    """One document prints one JSON object with the dateline as anchor."""
    code, out, err = run([str(article)])
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["schema"] == "newsparse/1"
    assert data["published"] == "2025-03-11"
    assert data["text"] == ARTICLE


def test_several_files_print_a_list(article: Path) -> None:
    """Several documents print a list, in the given order."""
    code, out, _ = run([str(article), str(article), "--published", "2024-01-02"])
    assert code == 0
    assert [d["published"] for d in json.loads(out)] == ["2024-01-02", "2024-01-02"]


def test_jsonl(article: Path) -> None:
    """jsonl prints one object a line."""
    code, out, _ = run([str(article), str(article), "--format", "jsonl"])
    assert code == 0
    assert len(out.splitlines()) == 2 and all(json.loads(line) for line in out.splitlines())


def test_plover_format(article: Path) -> None:
    """plover prints one record a line (possibly none for an article without events)."""
    code, out, _ = run([str(article), "--format", "plover"])
    assert code == 0
    for line in out.splitlines():
        assert {"id", "date", "event_type", "actor", "recipient", "text"} <= set(json.loads(line))


def test_stdin() -> None:
    """'-' reads UTF-8 bytes from stdin."""
    code, out, _ = run(["-"], stdin="Kyiv\u2019s envoy left.".encode())
    assert code == 0
    assert json.loads(out)["text"] == "Kyiv\u2019s envoy left."


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--published", "2025-02-30", "x.txt"], "impossible published date"),
        (["--format", "xml", "x.txt"], "invalid choice"),
        ([], "required"),
        (["--workers", "0", "x.txt"], "--workers"),
    ],
)
def test_usage_errors(argv: list[str], message: str) -> None:
    """Misuse exits 2 with a one-line reason and no traceback."""
    code, out, err = run(argv)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_unreadable_inputs_are_reported_and_others_processed(
    article: Path, tmp_path: Path
) -> None:
    """Missing files, directories, binary and non-UTF-8 files exit 2; good files still print."""
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02abc")
    latin = tmp_path / "l.txt"
    latin.write_bytes("caf\u00e9".encode("latin-1"))
    code, out, err = run(
        [str(article), str(tmp_path / "missing.txt"), str(tmp_path), str(binary), str(latin)]
    )
    assert code == 2
    assert len(json.loads(out)) == 1
    lines = err.strip().splitlines()
    assert len(lines) == 4
    assert "no such file" in lines[0] and "is a directory" in lines[1]
    assert "binary" in lines[2] and "not UTF-8" in lines[3]
    assert "Traceback" not in err


def test_progress_on_a_terminal(article: Path) -> None:
    """Many files on a terminal show progress on stderr."""
    code, _, err = run([str(article)] * 3, tty=True)
    assert code == 0 and "3/3 files" in err


def test_no_progress_when_piped(article: Path) -> None:
    """Piped stderr stays clean."""
    assert run([str(article)] * 3)[2] == ""


def test_python_dash_m(article: Path) -> None:
    """python -m newsparse is the same command."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", str(article), "--format", "jsonl"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["published"] == "2025-03-11"


class ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away."""

    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_stdout_stops_quietly(article: Path) -> None:
    err = io.StringIO()
    code = main([str(article), "--format", "jsonl"], stdout=ClosedPipe(), stderr=err)
    assert code == 141  # 128 + SIGPIPE, as a shell reports a broken pipe
    assert err.getvalue() == ""


def test_reader_closing_the_pipe_gives_no_traceback(tmp_path: Path) -> None:
    """"newsparse *.txt | head": the reader stops early; newsparse must not print a traceback."""
    paths = []
    for n in range(40):
        path = tmp_path / f"a{n}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        paths.append(str(path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", *paths, "--format", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b'{"schema": "newsparse/1"')
    proc.stdout.close()  # the reader goes away after one line
    stderr = proc.stderr.read().decode("utf-8")
    code = proc.wait(timeout=120)
    assert "Traceback" not in stderr, stderr
    assert code in (0, 141)  # 0 when everything fit in the pipe before it closed
