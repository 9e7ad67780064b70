"""A newsletter's sign-up box in the body (``newsletter-boxes``:
engine/newsletter_boxes.py): a short title over a few lines on what the newsletter
sends and how. Pages of our own, with opaque class names and no semantic tags."""

from __future__ import annotations

from newsclean import Registry, extract

_STORY = (
    "<div class='s1'><p>The ferry company will add a late sailing on Fridays from next "
    "month, after a petition signed by more than a thousand islanders who work on the "
    "mainland and miss the last boat home.</p></div>"
    "<div class='s1'><p>The extra sailing leaves the mainland pier at half past ten and "
    "will run until the end of October, when the company will look at the numbers "
    "again.</p></div>"
    "<div class='s1'><p>Islanders who had campaigned for the change said a late boat on "
    "Saturdays was what they really wanted, but that Fridays were a start.</p></div>"
    "<div class='s1'><p>The company said it had no crew for a second late sailing this "
    "year, and that it would need the harbour to stay lit after eleven.</p></div>"
)

_BOX = (
    "<div class='n1'><div class='n2'><h3>The island letter</h3></div>"
    "<div class='n3'><p>Our newsroom's newsletter comes by email every Monday with the "
    "week's sailings, the council's notices and the tide tables.</p>"
    "<p>Signing up is free, and one click ends it at any time.</p></div>"
    "<div class='n4'><a href='/letters/island/'>Count me in</a></div></div>"
)


def _page(story: str) -> str:
    return (
        "<html><head><title>Late ferry added on Fridays</title></head><body>"
        "<div class='m1'><a href='/'>Home</a> <a href='/islands/'>Islands</a></div>"
        f"<div class='b1'><div class='b2'><h1>Late ferry added on Fridays</h1>{story}"
        "</div></div><div class='f1'><a href='/about/'>About</a></div></body></html>"
    )


def _halves(middle: str) -> str:
    half = _STORY.index("<div class='s1'><p>Islanders")
    return _STORY[:half] + middle + _STORY[half:]


def test_a_sign_up_box_between_the_paragraphs_goes_whole() -> None:
    text = extract(_page(_halves(_BOX))).text
    assert "a late sailing on Fridays" in text
    assert "Islanders who had campaigned" in text
    assert "The island letter" not in text
    assert "every Monday" not in text
    assert "one click ends it" not in text


def test_switched_off_the_box_stays() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("newsletter-boxes")
    text = extract(_page(_halves(_BOX)), registry=registry).text
    assert "every Monday" in text


def test_a_story_paragraph_about_a_newsletter_stays() -> None:
    """A paragraph of the story naming a newsletter and its cues is no box of its own."""
    paragraph = (
        "<div class='s1'><p>The petition spread through the parish newsletter, which "
        "goes out by email every week, is free to sign up for and which readers can "
        "cancel at any time.</p></div>"
    )
    text = extract(_page(_halves(paragraph))).text
    assert "The petition spread through the parish newsletter" in text


def test_a_box_about_a_newsletter_with_few_cues_stays() -> None:
    """A story's side box naming a newsletter without the sign-up's cues stays."""
    box = (
        "<div class='n1'><div class='n2'><h3>How the petition grew</h3></div>"
        "<div class='n3'><p>The first names came from a newsletter the harbour master "
        "wrote for the crews in the winter of the storms.</p>"
        "<p>By spring it had reached the school, the shop and the surgery.</p></div></div>"
    )
    text = extract(_page(_halves(box))).text
    assert "a newsletter the harbour master" in text


def test_a_sign_up_box_linking_to_the_newsletters_page_goes() -> None:
    """A box whose text never names the newsletter ("Harbour mail ... Subscribe") links to
    the site's newsletters' page: its link names it."""
    box = (
        "<div class='n1'><div class='n2'><h2>Harbour Mail</h2><div class='n3'>"
        "<div class='n4'>Get the sailings and the tide tables by email, sent on weekday "
        "evenings.</div><a href='https://isles.example/newsletters/harbour'>SUBSCRIBE</a>"
        "</div></div></div>"
    )
    text = extract(_page(_halves(box))).text
    assert "Islanders who had campaigned" in text
    assert "Harbour Mail" not in text
    assert "weekday evenings" not in text


def test_a_story_link_to_a_newsletters_page_stays() -> None:
    """A story's paragraph linking to a newsletter's page is no box of its own."""
    paragraph = (
        "<div class='s1'><p>Islanders can subscribe to the ferry's alerts by email on "
        "weekdays, <a href='https://isles.example/newsletters/ferry'>the company said</a>."
        "</p></div>"
    )
    text = extract(_page(_halves(paragraph))).text
    assert "subscribe to the ferry's alerts" in text
