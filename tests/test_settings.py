"""Tuning: every threshold is a field callers can set, from Python or a TOML file."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from newsclean import OptionError, Tuning, extract
from newsclean.cli import main

STORY = "".join(
    f"<p>Paragraph {i} of the harbour story, with commas, clauses and a full stop.</p>"
    for i in range(5)
)
#: A paragraph that is all link inside the story: pruning decides it by link density.
PAGE = (
    "<html><body><article><h1>Harbour</h1>"
    f"{STORY}<p><a href='/harbour'>The harbour news index</a></p>"
    "</article></body></html>"
)


def test_presets_are_tunings() -> None:
    assert Tuning.preset("balanced") == Tuning()
    assert Tuning.preset("precision").sibling_share > Tuning().sibling_share
    with pytest.raises(OptionError):
        Tuning.preset("fast")  # type: ignore[arg-type]


def test_a_callers_tuning_changes_the_decision() -> None:
    assert "news index" not in extract(PAGE).text
    lenient = attrs.evolve(Tuning(), link_paragraph_density=1.0)
    assert "news index" in extract(PAGE, tuning=lenient).text


def test_tuning_values_are_checked() -> None:
    with pytest.raises(OptionError, match="negative"):
        Tuning(widen_gain=-1)
    with pytest.raises(OptionError, match="number"):
        Tuning(widen_gain="high")  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="not both"):
        extract(PAGE, favor="precision", tuning=Tuning())
    with pytest.raises(OptionError, match="Tuning"):
        extract(PAGE, tuning={"widen_gain": 2})  # type: ignore[arg-type]


def test_tuning_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "tuning.toml"
    path.write_text(
        'preset = "precision"\nsibling_paragraph_chars = 500\n[tag_weights]\ndiv = 7.5\n',
        encoding="utf-8",
    )
    tuning = Tuning.from_toml(path)
    assert tuning.sibling_paragraph_chars == 500
    assert tuning.widen_gain == Tuning.preset("precision").widen_gain
    assert tuning.tag_weights["div"] == 7.5 and tuning.tag_weights["ul"] == -3.0
    path.write_text("sibling_paragraf_chars = 500\n", encoding="utf-8")
    with pytest.raises(OptionError, match="unknown tuning field"):
        Tuning.from_toml(path)
    path.write_text("sibling_share = [\n", encoding="utf-8")
    with pytest.raises(OptionError, match="cannot read"):
        Tuning.from_toml(path)


def test_tuning_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    path = tmp_path / "tuning.toml"
    path.write_text("link_paragraph_density = 1.0\n", encoding="utf-8")
    assert main([str(page), "-f", "json"]) == 0
    assert "news index" not in json.loads(capsys.readouterr().out)["text"]
    assert main([str(page), "-f", "json", "--tuning", str(path)]) == 0
    assert "news index" in json.loads(capsys.readouterr().out)["text"]
    path.write_text("no_such_field = 1\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main([str(page), "--tuning", str(path)])
    assert exit_info.value.code == 2
    assert "unknown tuning field" in capsys.readouterr().err


def test_tuning_is_its_stages_fields_in_order() -> None:
    """Each stage's class in ``newsclean/tuning/`` adds its fields to ``Tuning`` once, in
    the pipeline's order (attrs would let a field named twice shadow the other silently)."""
    stages = [base for base in reversed(Tuning.__mro__) if attrs.has(base) and base is not Tuning]
    names = [field.name for stage in stages for field in attrs.fields(stage)]
    assert len(names) == len(set(names))
    assert [field.name for field in attrs.fields(Tuning)] == names
    assert names[0] == "min_paragraph_chars" and "buy_line_min_repeats" in names


def test_tuning_is_built_by_keyword_from_any_stage() -> None:
    tuning = Tuning(buy_line_min_repeats=5, min_paragraph_chars=10, widen_gain=2.0)
    assert tuning == Tuning(widen_gain=2.0, min_paragraph_chars=10, buy_line_min_repeats=5)
    assert attrs.evolve(tuning, widen_gain=1.3) == Tuning(
        min_paragraph_chars=10, buy_line_min_repeats=5
    )
    assert repr(Tuning()).startswith("Tuning(min_paragraph_chars=25, chars_per_point=100.0,")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tuning.widen_gain = 3.0  # type: ignore[misc]
