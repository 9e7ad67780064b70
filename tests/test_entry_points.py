"""A third-party pack installed from tests/rulepack is found through entry points and used."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import Registry, extract

PACK = Path(__file__).resolve().parent / "rulepack"
PAGE = (
    "<html><body><article><h1>Title</h1>"
    + "".join(
        f"<p>Sentence {i} of a long paragraph, with commas, says things.</p>" for i in range(6)
    )
    + "<div class='pullout'>Pull-out quote text</div><div class='site-box'>Site box text</div>"
    "</article></body></html>"
)


@pytest.fixture(scope="module")
def installed_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site-packages")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(PACK),
        ],
        check=True,
    )
    sys.path.insert(0, str(target))
    importlib.invalidate_caches()
    yield target
    sys.path.remove(str(target))


def test_pack_is_discovered_and_used(installed_pack: Path) -> None:
    registry = Registry.default()
    assert "tinypack" in registry.packs
    assert "tinypack-pullouts" in registry
    text = extract(PAGE, registry=registry).text
    assert "Pull-out quote" not in text
    assert "Site box text" in text
    on_site = extract(PAGE, url="https://tinypack.example/a", registry=registry).text
    assert "Site box text" not in on_site


def test_without_entry_points_the_pack_is_absent(installed_pack: Path) -> None:
    registry = Registry.default(load_entry_points=False)
    assert "tinypack-pullouts" not in registry
    assert "Pull-out quote" in extract(PAGE, registry=registry).text
