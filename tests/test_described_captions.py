"""A picture's caption printing the page's description (``described-caption``): the
standfirst when it stands above the story, not a caption dropped with the picture's
credit; a caption of the same shape that is no summary still goes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import registry_without

from newsclean import explain, extract

FOLDER = Path(__file__).resolve().parent / "fixtures" / "class-described-caption"
SPEC = json.loads((FOLDER / "spec.json").read_text(encoding="utf-8"))
URL = SPEC["url"]
SUMMARY = SPEC["metadata"]["standfirst"]
FIRST = "Am Sonnabend hat die Reederei am alten Anleger"


def _page() -> str:
    return (FOLDER / "page.html").read_text(encoding="utf-8")


def test_the_caption_printing_the_description_is_the_standfirst() -> None:
    article = extract(_page(), url=URL)
    assert article.standfirst == SUMMARY
    assert article.text.startswith(FIRST)
    assert "Foto: Jens Brandt" not in article.text  # the credit beside it goes
    assert "Das Oberdeck" not in article.text  # and so does an ordinary caption
    assert "zunächst nur am Wochenende" not in article.text


def test_explain_names_the_rule() -> None:
    blocks = explain(_page(), url=URL).find("Ab Mai soll sie zwischen Hafen")
    assert blocks[0].decision == "standfirst"
    assert "described-caption" in [hit.rule for hit in blocks[0].rules]


def test_switched_off_the_caption_goes_as_before() -> None:
    article = extract(_page(), url=URL, registry=registry_without("described-caption"))
    assert article.standfirst is None
    assert "Ab Mai soll sie" not in article.text


def test_the_description_cut_short_by_the_meta_tag_takes_the_whole_caption() -> None:
    page = _page().replace(
        'content="Die Reederei hat ihre erste elektrische Fähre getauft. Ab Mai soll sie '
        'zwischen Hafen und Insel pendeln, zunächst nur am Wochenende."',
        'content="Die Reederei hat ihre erste elektrische Fähre getauft. Ab Mai soll sie ..."',
    )
    assert extract(page, url=URL).standfirst == SUMMARY


def test_a_caption_that_is_no_summary_goes() -> None:
    """The same box under the headline, its caption saying what the picture shows."""
    page = _page().replace(
        "Die Reederei hat ihre erste elektrische Fähre getauft. Ab Mai soll sie zwischen "
        "Hafen und Insel pendeln, zunächst nur am Wochenende.</span>",
        "Die Taufpatin am Bug der neuen Fähre, kurz vor dem dritten Versuch mit der "
        "Flasche, umringt von Gästen.</span>",
    )
    article = extract(page, url=URL)
    assert article.standfirst is None
    assert "Die Taufpatin am Bug" not in article.text


def test_a_caption_after_the_first_paragraph_is_no_standfirst() -> None:
    """The description printed under a picture inside the story, after its first
    paragraph of prose: a caption there, which goes as captions do."""
    page = _page()
    head = page.index('<div class="q8">')
    box = page[head : page.index('<div class="q13">')]
    after = "Beifall quittierten.</p>"
    page = page.replace(box, "").replace(after, after + box)
    article = extract(page, url=URL)
    assert article.standfirst is None
    assert "Ab Mai soll sie" not in article.text
    assert article.text.startswith(FIRST)


def test_a_caption_repeating_the_first_paragraph_is_a_caption() -> None:
    """The story's prose holds the description already: the caption repeats the
    story's opening and goes; the story keeps it."""
    page = _page().replace(
        "<p>Am Sonnabend",
        "<p>Die Reederei hat ihre erste elektrische Fähre getauft. Ab Mai soll sie zwischen "
        "Hafen und Insel pendeln, zunächst nur am Wochenende. Am Sonnabend",
    )
    article = extract(page, url=URL)
    assert article.standfirst is None
    assert article.text.count("Ab Mai soll sie") == 1
