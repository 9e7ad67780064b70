"""note-boxes: a box after the body titled by a heading or a plain line read as one,
over one paragraph at most, joins by its score no more (engine/note_boxes.py)."""

from __future__ import annotations

import lxml.html

import newsclean
from newsclean.engine.note_boxes import note_box, opening_label
from newsclean.settings import Tuning

_LONG = (
    "The council met on Tuesday evening to weigh the plan for the river path, and after "
    "two hours of questions from residents, shopkeepers and the rowing club it voted to "
    "fund the first stretch this spring."
)


def _box(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def test_a_plain_line_over_short_lines_is_a_note() -> None:
    box = _box(
        "<div><p>Filed under Local</p><p>Last changed on 2 May 2024</p>"
        "<div><span>Ana Ruiz</span></div><span>More on: river, council, paths</span></div>"
    )
    label = opening_label(box, Tuning())
    assert label is not None and label.text == "Filed under Local"
    assert note_box(box, Tuning())


def test_a_bold_line_over_two_paragraphs_is_more_of_the_story() -> None:
    box = _box(f"<div><p><strong>What comes next</strong></p><p>{_LONG}</p><p>{_LONG}</p></div>")
    assert opening_label(box, Tuning()) is not None
    assert not note_box(box, Tuning())


def test_a_run_in_label_or_a_sentence_is_no_title() -> None:
    run_in = _box(f"<div><p><b>Update:</b> {_LONG}</p></div>")
    sentence = _box(f"<div><p>The vote was close.</p><p>{_LONG}</p></div>")
    paragraph = _box(f"<p><b>Note</b><br>{_LONG}</p>")
    for box in (run_in, sentence, paragraph):
        assert opening_label(box, Tuning()) is None
        assert not note_box(box, Tuning())


_PAGE = f"""<html><head><title>River path plan funded - Town Post</title></head><body>
<div class="a1"><h1>River path plan funded</h1>
<p>{_LONG}</p><p>{_LONG}</p><p>{_LONG}</p></div>
<div class="b2"><p>Filed under Local</p><p>Last changed on 2 May 2024, 10:15, by the desk</p>
<p>Written by Ana Ruiz, Town Post</p><p>Read more on: river, council, paths, rowing</p>
<p>Share it: mail, print, copy the link</p><p>Report an error, ask a question</p></div>
</body></html>"""


def test_explain_names_the_rule_on_a_box_left_out() -> None:
    explained = newsclean.explain(_PAGE)
    assert explained.article.text.endswith("to fund the first stretch this spring.")
    left = [block for block in explained.blocks if block.reason == "note-boxes"]
    assert [block.text[:17] for block in left] == ["Filed under Local"]


def test_a_list_item_or_a_caption_opens_no_note() -> None:
    listed = _box(f"<div><ul><li>Path length</li><li>Cost</li></ul><p>{_LONG}</p></div>")
    captioned = _box(
        f"<div><figure><img src='a.jpg'><figcaption>The river path</figcaption></figure>"
        f"<p>{_LONG}</p></div>"
    )
    for box in (listed, captioned):
        assert opening_label(box, Tuning()) is None
