"""A box's label left alone once the drop rules took what it labelled (``orphan-labels``):
a widget's title set in a plain paragraph beside a menu of tags or a table of
contents, whatever the class names; and what the class fixture
(tests/fixtures/class-orphan-labels) does not show."""

from __future__ import annotations

from conftest import class_text_without, registry_without

from newsclean import extract

URL = "https://www.kaiblatt.example/stadt/hafenmauer-wird-saniert/"

STORY = [
    f"<p>Absatz {n} des Berichts erzählt von der alten Hafenmauer, von den Rissen im "
    "Stein und von den Plänen des Stadtrats, sie bis zum Herbst zu sanieren.</p>"
    for n in range(6)
]

TAGS = "<nav class='q4'><a href='/thema/hafen/'>Hafen</a> <a href='/thema/rat/'>Stadtrat</a></nav>"


def _page(box: str, at: int = 3) -> str:
    parts = [*STORY[:at], box, *STORY[at:]]
    return (
        "<html><body><article class='q0'><h1>Die Hafenmauer wird saniert</h1>"
        f"<div class='q1'>{''.join(parts)}</div></article></body></html>"
    )


def _text(page: str, *switched_off: str) -> str:
    return extract(page, url=URL, registry=registry_without(*switched_off)).text


def test_a_label_whose_menu_went_goes() -> None:
    page = _page(
        f"<div class='q2'><div class='q3'><p class='q5'>Aus dem Hafenviertel</p>{TAGS}</div></div>"
    )
    text = _text(page)
    assert "Aus dem Hafenviertel" not in text
    assert "Absatz 2 des Berichts" in text
    assert "Absatz 3 des Berichts" in text


def test_a_label_ending_in_a_colon_goes_after_the_story_too() -> None:
    contents = "<aside class='q6'><a href='#a'>Die Risse</a> <a href='#b'>Die Kosten</a></aside>"
    page = _page(
        f"<div class='q2'><span class='q5'>In diesem Artikel:</span>{contents}</div>", at=6
    )
    assert "In diesem Artikel" not in _text(page)


def test_switched_off_by_name_the_label_stays() -> None:
    page = _page(f"<div class='q2'><p class='q5'>Aus dem Hafenviertel</p>{TAGS}</div>")
    assert "Aus dem Hafenviertel" in _text(page, "orphan-labels")


def test_a_line_ending_a_sentence_stays() -> None:
    page = _page(f"<div class='q2'><p class='q5'>Der Rat stimmte zu.</p>{TAGS}</div>")
    assert "Der Rat stimmte zu." in _text(page)


def test_a_field_and_its_value_stay() -> None:
    """Two lines are a field's name and value, no label."""
    page = _page(
        "<div class='q2'><span class='q5'>Bauzeit</span>"
        f"<span class='q7'>vier Monate</span>{TAGS}</div>"
    )
    text = _text(page)
    assert "Bauzeit" in text
    assert "vier Monate" in text


def test_a_line_after_what_went_stays() -> None:
    """What a label introduces follows it: a line after the removed box is its caption."""
    page = _page(f"<div class='q2'>{TAGS}<p class='q5'>Blick vom Kai auf die Mauer</p></div>")
    assert "Blick vom Kai auf die Mauer" in _text(page)


def test_a_line_beside_an_empty_box_stays() -> None:
    """An empty box removed (an ad slot, an icon) labelled nothing."""
    page = _page(
        "<div class='q2'><p class='q5'>Die Kosten im Überblick</p><aside class='q6'></aside></div>"
    )
    assert "Die Kosten im Überblick" in _text(page)


def test_the_class_fixture_keeps_its_contents_title_with_the_rule_off() -> None:
    assert "Im Überblick" in class_text_without("class-orphan-labels", "orphan-labels")
