"""The command line: ``newsparse FILE [FILE ...]`` or ``newsparse -`` for stdin.

``main(argv)`` returns the exit code (0 on success, 2 on a usage error or when
any input could not be read) and never lets a traceback reach the user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from newsparse.exceptions import NewsparseError
from newsparse.model import Document
from newsparse.pipeline import ParseFailure, coerce_published, parse_many
from newsparse.serialize import document_to_dict, plover_records

__all__ = ["build_parser", "main"]

FORMATS = ("json", "jsonl", "plover")


class _UsageError(Exception):
    pass


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would exit; we return 2
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    from newsparse import __version__

    parser = _ArgumentParser(
        prog="newsparse",
        description="Extract actors, events, meetings and times from news text (UTF-8 files).",
    )
    inputs = parser.add_argument_group("Input")
    inputs.add_argument("files", nargs="+", metavar="FILE", help="text files; '-' reads stdin")
    inputs.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date (default: the dateline)"
    )
    output = parser.add_argument_group("Output")
    output.add_argument(
        "--format", choices=FORMATS, default="json",
        help="json: one object per document (a list for several); jsonl: one a line; "
        "plover: one PLOVER-style record a line per event and meeting",
    )
    output.add_argument("--indent", type=int, default=1, help="JSON indent for --format json")
    run = parser.add_argument_group("Run")
    run.add_argument("--workers", type=int, default=1, metavar="N", help="processes to use")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def _read(path: str, stdin: IO[str]) -> str:
    if path == "-":
        data: object = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    if isinstance(data, str):
        return data
    if not isinstance(data, bytes):
        raise ValueError("stdin gave neither text nor bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None


def _inputs(
    files: Sequence[str], stdin: IO[str], stderr: IO[str], problems: list[str]
) -> Iterator[tuple[str, str]]:
    """Yield (name, text) for every readable file; note the others."""
    for path in files:
        try:
            text = _read(path, stdin)
        except FileNotFoundError:
            problems.append(f"newsparse: {path}: no such file")
        except IsADirectoryError:
            problems.append(f"newsparse: {path}: is a directory")
        except PermissionError:
            problems.append(f"newsparse: {path}: permission denied")
        except (OSError, ValueError) as exc:
            problems.append(f"newsparse: {path}: {exc}")
        else:
            if "\x00" in text:
                problems.append(f"newsparse: {path}: binary file (contains NUL bytes)")
                continue
            yield path, text


#: The exit status when stdout closes early: 128 + SIGPIPE, as a shell reports
#: a command killed by a broken pipe.
EXIT_BROKEN_PIPE = 141


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; return the exit code."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        published = coerce_published(args.published)
        if args.workers < 1:
            raise _UsageError(f"--workers must be at least 1, not {args.workers}")
    except _UsageError as exc:
        print(f"newsparse: error: {exc}", file=stderr)
        print(parser.format_usage().rstrip(), file=stderr)
        return 2
    except NewsparseError as exc:
        print(f"newsparse: error: {exc}", file=stderr)
        return 2
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)

    problems: list[str] = []
    names: list[str] = []

    def texts() -> Iterator[str]:
        for name, text in _inputs(args.files, stdin, stderr, problems):
            names.append(name)
            yield text

    progress = len(args.files) > 1 and stderr.isatty()
    try:
        code = _run(args, published, texts(), names, problems, progress, stdout, stderr)
        stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        # the reader went away ("newsparse a.txt | head"): stop quietly, as a
        # SIGPIPE would, and keep the interpreter's last flush from failing too
        if stdout is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _run(
    args: argparse.Namespace,
    published: dt.date | None,
    texts: Iterator[str],
    names: list[str],
    problems: list[str],
    progress: bool,
    stdout: IO[str],
    stderr: IO[str],
) -> int:
    """Parse the inputs and write the results; return the exit code."""
    docs: list[dict[str, Any]] = []
    count = 0
    try:
        for result in parse_many(
            texts, published=published, workers=args.workers, errors="yield"
        ):
            name = names[count]
            count += 1
            if isinstance(result, ParseFailure):
                problems.append(f"newsparse: {name}: {result.error}")
                continue
            _write(result, name, args, stdout, docs)
            if progress:
                print(f"\rnewsparse: {count}/{len(args.files)} files", end="", file=stderr)
    except KeyboardInterrupt:
        print("\nnewsparse: interrupted", file=stderr)
        return 130
    if progress:
        print(file=stderr)
    if args.format == "json":
        payload: Any = docs[0] if len(args.files) == 1 and len(docs) == 1 else docs
        if docs or len(args.files) > 1:
            json.dump(payload, stdout, ensure_ascii=False, indent=args.indent)
            stdout.write("\n")
    for line in problems:
        print(line, file=stderr)
    return 2 if problems else 0


def _write(
    doc: Document, name: str, args: argparse.Namespace, stdout: IO[str], docs: list[dict[str, Any]]
) -> None:
    if args.format == "json":
        docs.append(document_to_dict(doc))
    elif args.format == "jsonl":
        stdout.write(json.dumps(document_to_dict(doc), ensure_ascii=False) + "\n")
    else:
        for record in plover_records(doc, doc_id=name):
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
