"""Every keyword option of extract() is a command-line flag, whatever options it gains."""

from __future__ import annotations

import argparse
import inspect
import typing
from pathlib import Path
from typing import Any, Literal

import pytest
from conftest import FIXTURES

import newsclean.batch.runner
from newsclean import extract
from newsclean.batch.pages import MAX_PAGE_BYTES, gunzip
from newsclean.cli import build_parser, main
from newsclean.cli.options import chosen_options, extract_options
from newsclean.errors import InputError


def sample(
    html: str,
    *,
    url: str | None = None,
    favor: Literal["precision", "recall", "balanced"] = "balanced",
    include_images: bool = False,
    max_nodes: int | None = None,
    min_score: float = 1.5,
    rule_files: tuple[Path, ...] = (),
    registry: argparse.Namespace | None = None,
) -> None:
    """A stand-in for an extract() with more options than today's."""


def parse(function: Any, argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser()
    options = extract_options(function)
    for option in options:
        parser.add_argument(option.flag, dest=f"extract_{option.name}", **option.kwargs)
    return chosen_options(parser.parse_args(argv), options)


def test_each_supported_type_becomes_a_flag() -> None:
    flags = [option.flag for option in extract_options(sample)]
    assert flags == [
        "--url",
        "--favor",
        "--include-images",
        "--max-nodes",
        "--min-score",
        "--rule-files",
    ]
    argv = "--url u --favor recall --no-include-images --max-nodes 9 --min-score 2.5"
    argv += " --rule-files a.json --rule-files b.json"
    assert parse(sample, argv.split()) == {
        "url": "u",
        "favor": "recall",
        "include_images": False,
        "max_nodes": 9,
        "min_score": 2.5,
        "rule_files": [Path("a.json"), Path("b.json")],
    }
    assert parse(sample, ["--include-images"]) == {"include_images": True}
    assert parse(sample, []) == {}  # unset flags keep extract()'s defaults
    with pytest.raises(SystemExit):
        parse(sample, ["--favor", "speed"])


def test_the_real_extract_options_are_all_flags() -> None:
    parser, _ = build_parser()
    known = {flag for action in parser._actions for flag in action.option_strings}
    hints = typing.get_type_hints(extract)
    for name, parameter in inspect.signature(extract).parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        if name == "registry" or "Registry" in repr(hints.get(name)):
            continue  # an object, not a command-line value
        assert "--" + name.replace("_", "-") in known, name


def test_flags_reach_extract(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict[str, Any]] = []

    def spy(html: bytes, **options: Any) -> Any:
        seen.append(options)
        return extract(html, **options)

    monkeypatch.setattr(newsclean.batch.runner, "extract", spy)
    page = FIXTURES / "wire-story" / "page.html"
    assert main([str(page), "--url", "https://example.com/x"]) == 0
    assert seen == [{"url": "https://example.com/x"}]
    capsys.readouterr()


def test_gzip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    monkeypatch.setattr("newsclean.batch.pages.MAX_PAGE_BYTES", 1000)
    assert gunzip(gzip.compress(b"x" * 1000)) == b"x" * 1000
    with pytest.raises(InputError, match="more than 1000 bytes"):
        gunzip(gzip.compress(b"x" * 1001))
    two_members = gzip.compress(b"x" * 600) + gzip.compress(b"y" * 401)
    with pytest.raises(InputError, match="more than 1000 bytes"):
        gunzip(two_members)
    assert MAX_PAGE_BYTES > 10**8
