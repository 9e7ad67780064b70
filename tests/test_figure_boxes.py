"""``figure-box-text``: the lines between a picture and its ``<figcaption>`` in a figure
built of divs (a credit in any language, a slide's title) go; the story's paragraphs
standing between a picture and a caption stay."""

from __future__ import annotations

from newsclean import explain, extract

STORY = "".join(
    f"<p>Paragraph {n} of the report on the new tram depot runs long enough to be prose, "
    "with the city's plans, the costs and the dates the building work begins.</p>"
    for n in range(4)
)


def _page(box: str) -> str:
    return (
        "<html><body><div class='a1'><h1>Tram depot plans approved</h1>"
        f"<div class='b2'>{box}{STORY}</div></div></body></html>"
    )


CREDITED_BOX = """<div class='c3'>
  <span class='d4'>
    <img src='/depot.jpg' alt='The depot site'>
    <span class='e5'>Фотограф</span>
    <span class='f6'>Ines Varga (City Pictures)</span>
  </span>
  <figcaption class='g7'>
    <span class='e5'>Image caption</span>
    <span>The depot site seen from the river bank.</span>
  </figcaption>
</div>"""


def test_a_credit_between_the_picture_and_its_caption_goes() -> None:
    text = extract(_page(CREDITED_BOX)).text
    assert "Ines Varga" not in text
    assert "Фотограф" not in text
    assert "Paragraph 3 of the report" in text


def test_the_engine_names_the_rule() -> None:
    reasons = {
        block.reason for block in explain(_page(CREDITED_BOX)).blocks if "Varga" in block.text
    }
    assert "figure-box-text" in reasons


def test_captions_asked_for_keep_the_credit() -> None:
    assert "Ines Varga" in extract(_page(CREDITED_BOX), include_captions=True).text


def test_story_paragraphs_between_a_picture_and_a_caption_stay() -> None:
    box = (
        "<div class='c3'><img src='/depot.jpg' alt=''>"
        "<p>The depot will hold forty trams and open in three years' time, the council said, "
        "once the track to it is laid.</p>"
        "<figcaption class='g7'>The depot site seen from the river bank.</figcaption></div>"
    )
    assert "The depot will hold forty trams" in extract(_page(box)).text


def test_a_heading_between_a_picture_and_a_caption_stays() -> None:
    box = (
        "<div class='c3'><img src='/depot.jpg' alt=''><h2>What the depot costs</h2>"
        "<figcaption class='g7'>The depot site seen from the river bank.</figcaption></div>"
    )
    assert "What the depot costs" in extract(_page(box)).text


def test_inside_a_figure_figure_text_takes_the_credit() -> None:
    box = CREDITED_BOX.replace("<div class='c3'>", "<figure>").replace("</div>", "</figure>")
    reasons = {block.reason for block in explain(_page(box)).blocks if "Varga" in block.text}
    assert reasons == {"figure-text"}
