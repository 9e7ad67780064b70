"""A blogger's introduction of themselves in the first person, in a box of its own
closing the post (``author-note``: engine/closing_bios.py). Pages of our own, with
opaque class names and no semantic tags."""

from __future__ import annotations

import pytest

from newsclean import explain, extract

_POST = (
    "<p>Last weekend I finally tried the plum cake my neighbour had been talking about "
    "for months, and I have to admit she was right about the cinnamon crumble on top.</p>"
    "<p>The dough is a simple yeast dough that rests for an hour, so I started it before "
    "breakfast and had the plums cut by the time it had doubled in the warm kitchen.</p>"
    "<p>I used a little less sugar than the recipe asks for, because the plums from the "
    "market were very sweet this year, and nobody at the table noticed the difference.</p>"
    "<p>Next time I want to try it with apricots, which should work just as well if they "
    "are ripe enough and cut into halves rather than quarters.</p>"
)
_LAST = "rather than quarters."

_BEITRAG = (
    "<p>Am Wochenende habe ich endlich den Zwetschgenkuchen meiner Nachbarin gebacken, "
    "von dem sie seit Monaten erzählt, und die Zimtstreusel sind wirklich großartig.</p>"
    "<p>Der Hefeteig muss eine Stunde gehen, also habe ich ihn schon vor dem Frühstück "
    "angesetzt und die Zwetschgen geschnitten, während er in der warmen Küche aufging.</p>"
    "<p>Ich habe etwas weniger Zucker genommen als im Rezept steht, weil die Zwetschgen "
    "vom Markt in diesem Jahr sehr süß waren, und niemand am Tisch hat es bemerkt.</p>"
    "<p>Beim nächsten Mal möchte ich es mit Aprikosen versuchen, die halbiert statt "
    "geviertelt genauso gut auf dem Teig liegen sollten.</p>"
)
_LETZTE = "auf dem Teig liegen sollten."


def _page(post: str, after: str) -> str:
    return (
        "<html><head><title>Plum cake</title></head><body>"
        "<div class='n1'><a href='/'>Home</a> <a href='/recipes/'>Recipes</a></div>"
        f"<div class='b1'><div class='b2'><h1>Plum cake</h1>{post}</div>{after}</div>"
        "<div class='f1'><a href='/impressum/'>Impressum</a></div></body></html>"
    )


def _box(*paragraphs: str, photo: bool = True) -> str:
    picture = "<div class='i1'><img src='/img/me.jpg' alt=''></div>" if photo else ""
    held = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"<div class='m1'>{picture}<div class='m2'>{held}</div></div>"


def _rules(html: str) -> set[str]:
    return {rule.rule for block in explain(html).blocks for rule in block.rules}


@pytest.mark.parametrize(
    ("post", "last", "box", "gone"),
    [
        (
            _POST,
            _LAST,
            _box(
                "Hi, I'm Ada! I bake, I travel and I write about both on this blog, "
                "mostly on weekends and always with too much butter. "
                "<a href='/about/'>More about me</a>",
                photo=False,
            ),
            "too much butter",
        ),
        (
            _BEITRAG,
            _LETZTE,
            _box(
                "Willkommen auf Adas Backstube! Ich bin Ada, und auf meinem Blog schreibe "
                "ich über Kuchen, Brot und alles, was aus meinem Ofen kommt."
            ),
            "Adas Backstube",
        ),
        (
            _BEITRAG,
            _LETZTE,
            _box(
                "Ada, 31, Bäckerin",
                "Backen, Reisen, Fotografieren: das sind meine Leidenschaften, und hier "
                "nehme ich euch mit in meine Küche.",
            ),
            "meine Leidenschaften",
        ),
    ],
)
def test_a_bloggers_introduction_below_the_post_goes(
    post: str, last: str, box: str, gone: str
) -> None:
    """A short box below the post, opening with a greeting, the writer naming
    themselves or a first name with an age, speaking in the first person, with a photo
    or a link to the About page, goes: the post ends at its last paragraph."""
    html = _page(post, box)
    text = extract(html).text
    assert text.endswith(last), text[-200:]
    assert gone not in text
    assert "author-note" in _rules(html)


def test_a_post_opening_with_hi_im_stays() -> None:
    """A post written in the first person whose first paragraph opens "Hi, I'm ..."
    keeps every paragraph: the opening is the post's, in no box of its own below it."""
    opening = (
        "<p>Hi, I'm Ada, and today I want to tell you about the plum cake that my "
        "neighbour has been recommending to me for months.</p>"
    )
    html = _page(opening + _POST, "")
    text = extract(html).text
    assert text.startswith("Hi, I'm Ada"), text[:200]
    assert text.endswith(_LAST), text[-200:]


def test_a_greeting_box_speaking_only_to_the_reader_stays() -> None:
    """A closing box opening with a greeting that never speaks of the writer is no
    introduction, and this rule leaves it."""
    box = _box(
        "Welcome! The plum season ends in October, so the market stalls will sell "
        "the last of the year's fruit until then.",
    )
    text = extract(_page(_POST, box)).text
    assert "plum season ends in October" in text


@pytest.mark.parametrize("link", ["More about me", "My story"])
def test_an_introduction_whose_link_line_the_pruning_took_goes(link: str) -> None:
    intro = "Hi, I'm Ada! I bake, I write about cakes and my garden, and I live by the river."
    after = f"<div class='m1'><p>{intro}</p><p><a href='/about-me/'>{link}</a></p></div>"
    html = _page(_POST, after)
    text = extract(html).text
    assert "I write about cakes" not in text
    assert text.endswith(_LAST)
    (block,) = [b for b in explain(html).blocks if b.text == intro]
    assert (block.decision, block.reason) == ("removed", "author-note")


def test_an_introduction_with_no_link_or_photo_stays() -> None:
    intro = "Hi, I'm Ada! I bake, I write about cakes and my garden, and I live by the river."
    html = _page(_POST, f"<div class='m1'><p>{intro}</p><p>Thanks for reading.</p></div>")
    assert "I write about cakes" in extract(html).text
