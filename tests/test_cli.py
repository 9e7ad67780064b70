"""The minimal console script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsclean.cli import main

PAGE = (
    "<html><body><nav><a href='/'>Home</a></nav><article><h1>Title</h1>"
    + "".join(
        f"<p>Line {i} of a story that is long enough to be a paragraph, really.</p>"
        for i in range(4)
    )
    + "</article></body></html>"
)


def test_prints_article_text(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Line 0 of a story")
    assert "Home" not in out


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path / "nope.html")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_stdin_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "-"],
        input=PAGE.encode(),
        capture_output=True,
        check=True,
    )
    assert result.stdout.decode().startswith("Line 0 of a story")
