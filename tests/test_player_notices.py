"""A media player's notice that it cannot play here (``script-notices``): "playback is
unsupported on your device", the bidding to update the browser or its Flash plugin, and
"your browser does not support the video" in German, French and Spanish go as whole lines;
a story's sentence about playback or browsers stays."""

from __future__ import annotations

import pytest
from conftest import FERRIES_RETURN_STORY as _STORY

import newsclean


def _text(line: str) -> str:
    html = (
        "<html><head><title>Ferries return</title></head><body><div class='w'>"
        f"<div class='a'><h1>Ferries return</h1><p>The skipper spoke to us at the quay "
        f"before the first crossing of the year.</p>{line}{_STORY}</div></div></body></html>"
    )
    return newsclean.extract(html).text


@pytest.mark.parametrize(
    ("notice", "needle"),
    [
        ("<div><div>Media playback is unsupported on your device</div></div>", "playback"),
        (
            "<div><span>Update Required</span> To play the media you will need to either "
            "update your browser to a recent version or update your Flash plugin.</div>",
            "Flash",
        ),
        ("<p>Ihr Browser unterstützt kein HTML5-Video.</p>", "Browser"),
        ("<p>Votre navigateur ne prend pas en charge la lecture audio.</p>", "navigateur"),
        ("<p>Tu navegador no soporta el audio.</p>", "navegador"),
    ],
)
def test_player_notices_go(notice: str, needle: str) -> None:
    text = _text(notice)
    assert needle not in text
    assert "kiosk will sell tea" in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Media playback is unsupported on your device, the ferry company told its customers.",
        "Many riders found that playback is not supported on this device after the update.",
        "Ihr Browser unterstützt kein Video mehr, klagte der Hafenmeister am Telefon.",
    ],
)
def test_sentences_about_playback_stay(sentence: str) -> None:
    assert sentence in _text(f"<p>{sentence}</p>")
