"""A story's closing lines set as loose text, cut by ``<br>`` and in no block of their own
(a date, a labelled author, a source, a picture's credit), go as a block holding each
alone would (``loose-closing-lines``): read one line at a time from the bottom by the
rules reading such a block, until a line of the story; a box closing the body whose
every line is such a line goes whole. The story's lines stay, its closing sentence and a
line of a label and a sentence too."""

from __future__ import annotations

from conftest import registry_without

from newsclean import explain, extract

TITLE = "Harbour wall to be rebuilt before the storms"
HEAD = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
FIRST = (
    "The old harbour wall will be rebuilt from stone over the winter, the port authority "
    "said on Tuesday, after the autumn storms washed away a third of its length."
)
SECOND = (
    "Fishermen asked for the work for years. The authority said the stone comes from the "
    "quarry on the hill, and that the boats can moor at the ferry pier meanwhile."
)
THIRD = (
    "The work is to end in March, before the spring tides, when the authority will open "
    "the wall's walkway to the public again for the first time since the storms."
)
CLOSING = ["Datum: 14.10.2025", "Autor: Maren Solvik", "Quelle: Harbour Wire"]


def _page(body: str) -> str:
    return f"{HEAD}<div class='k1'>{body}</div></body></html>"


def test_a_closing_box_of_loose_lines_goes_whole() -> None:
    box = "<div class='k2'>" + "<br>".join(CLOSING) + "<br></div>"
    text = extract(_page(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{box}")).text
    for line in CLOSING:
        assert line not in text
    assert text.startswith(FIRST)
    assert text.endswith(THIRD)


def test_closing_lines_of_a_story_set_as_loose_text_go() -> None:
    story = f"{FIRST}<br><br>{SECOND}<br><br>{THIRD}<br><br>" + "<br><br>".join(CLOSING[1:])
    text = extract(_page(f"<div class='k3'><img src='a.jpg'></div>{story}")).text
    assert "Autor: Maren Solvik" not in text
    assert "Quelle: Harbour Wire" not in text
    assert text.startswith(FIRST)
    assert text.endswith(THIRD)


def test_explain_names_the_rule_for_each_line() -> None:
    story = f"{FIRST}<br><br>{SECOND}<br><br>{THIRD}<br><br>" + "<br><br>".join(CLOSING[1:])
    html = _page(f"<div class='k3'><img src='a.jpg'></div>{story}")
    lines = {block.text: block.reason for block in explain(html).blocks if block.line}
    assert lines == dict.fromkeys(CLOSING[1:], "loose-closing-lines")


def test_the_read_ends_at_a_line_of_the_story() -> None:
    # a label and a sentence is the story's: the credit below it goes, it stays
    label = "Fazit: Die Mauer hält, sagen die Fischer, bis zum nächsten großen Sturm."
    story = f"{FIRST}<br><br>{SECOND}<br><br>{label}<br><br>{CLOSING[1]}<br><br>{THIRD}"
    text = extract(_page(f"<div class='k3'><img src='a.jpg'></div>{story}")).text
    assert label in text
    assert text.endswith(THIRD)


def test_switched_off_the_lines_stay() -> None:
    box = "<div class='k2'>" + "<br>".join(CLOSING) + "<br></div>"
    html = _page(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{box}")
    text = extract(html, registry=registry_without("loose-closing-lines")).text
    assert "Autor: Maren Solvik" in text


def test_a_closing_pointer_not_shaped_as_metadata_stays() -> None:
    # a teaser's wording a paragraph rule takes, but no label and no date: the story's
    pointer = "Mehr Infos auf www.hafenfest-beispiel.example"
    story = f"{FIRST}<br><br>{SECOND}<br><br>{THIRD}<br>{pointer}"
    text = extract(_page(f"<div class='k3'><img src='a.jpg'></div>{story}")).text
    assert pointer in text


def test_an_empty_box_after_the_lines_ends_no_line() -> None:
    # an ad's empty slot after the loose text: the lines above it are read as without it
    story = f"{FIRST}<br><br>{SECOND}<br><br>{THIRD}<br><br><i>{CLOSING[1]}<br></i><br>"
    html = _page(f"<div class='k3'><img src='a.jpg'></div>{story}<div class='slot'> </div>")
    text = extract(html).text
    assert CLOSING[1] not in text
    assert text.endswith(THIRD)


def test_the_story_s_last_line_before_an_empty_box_stays() -> None:
    story = f"{FIRST}<br><br>{SECOND}<br><br>{THIRD}"
    html = _page(f"<div class='k3'><img src='a.jpg'></div>{story}<div class='slot'></div>")
    assert extract(html).text.endswith(THIRD)
