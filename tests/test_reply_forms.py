"""A reply form (an email field and a text area) after the story ends the article: its
box and the comments listed under it go, on a page whose names tell nothing; a form
above the story, or a sign-up with no text area, ends nothing."""

from __future__ import annotations

from newsclean import Registry, extract

_STORY = "".join(
    f"<p>Paragraph {n} of the story on the tram depot, the new track along the canal"
    " and what the city decided about the night service for the coming winter.</p>"
    for n in range(1, 5)
)
_REPLY_FORM = (
    "<div><h2>Have a word</h2><div><span>House rules</span><ul>"
    "<li>Views posted here are those of the readers, not of the paper.</li>"
    "<li>We remove posts that insult or threaten anyone.</li></ul></div>"
    '<div><form action="/talk" method="post"><label>Name</label>'
    '<input type="text" name="who"><label>Email</label><input type="text" name="mail">'
    '<textarea name="words"></textarea><input type="submit" value="Send"></form></div></div>'
)
_COMMENTS = "".join(
    f"<div><div><p><span>Rider{n}</span><br><span>{n} hours back</span></p></div>"
    f"<div><p>Post {n}: the night tram should run past the depot every twenty minutes"
    " at least, and the stop by the canal needs a shelter before the frost.</p></div>"
    f"<div><strong>Score:</strong><span>{n}</span></div></div>"
    for n in range(1, 5)
)


def _page(body: str) -> str:
    return (
        "<html><body><div><div><h1>Night trams to run past the depot</h1>"
        f"<div>{body}</div></div></div></body></html>"
    )


def test_a_reply_form_after_the_story_ends_it_with_the_posts_under_it() -> None:
    text = extract(_page(_STORY + _REPLY_FORM + f"<div>{_COMMENTS}</div>")).text
    assert "Paragraph 4 of the story" in text
    for gone in ("Have a word", "House rules", "insult or threaten", "Post 1:", "Rider2"):
        assert gone not in text, gone


def test_a_reply_form_above_the_story_ends_nothing() -> None:
    text = extract(_page(_REPLY_FORM + _STORY)).text
    assert "Paragraph 1 of the story" in text and "Paragraph 4 of the story" in text


def test_a_sign_up_form_with_no_text_area_ends_nothing() -> None:
    sign_up = _REPLY_FORM.replace('<textarea name="words"></textarea>', "")
    half = len(_STORY) // 2
    cut = _STORY.index("<p>", half)
    text = extract(_page(_STORY[:cut] + sign_up + _STORY[cut:])).text
    assert "Paragraph 4 of the story" in text


def test_switched_off_the_posts_under_the_form_stay() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("reply-forms")
    page = _page(_STORY + _REPLY_FORM + f"<div>{_COMMENTS}</div>")
    assert "Post 1:" in extract(page, registry=registry).text


_MORE_STORY = "".join(
    f"<p>Part {n} of the story goes on after the form: the council heard the drivers,"
    " the residents by the canal and the depot's night staff, and it weighed what a"
    " later last tram would cost against the fares it would bring in over the year.</p>"
    for n in range(1, 5)
)
_TIP_FORM = (
    "<div><h3>Were you on the last tram?</h3><p>Tell our reporters what you saw.</p>"
    '<form action="/tips" method="post"><label>Email</label>'
    '<input type="email" name="mail"><textarea name="tip"></textarea>'
    '<input type="submit" value="Send"></form></div>'
)


def test_a_form_in_the_middle_of_the_story_leaves_the_paragraphs_after_it() -> None:
    text = extract(_page(_STORY + _TIP_FORM + _MORE_STORY)).text
    assert "Paragraph 4 of the story" in text
    for kept in ("Part 1 of the story", "Part 2 of the story", "Part 4 of the story"):
        assert kept in text, kept
    assert "Were you on the last tram?" not in text


def test_a_comment_form_closing_the_story_still_takes_the_thread_after_it() -> None:
    page = _page(_STORY + _MORE_STORY + _REPLY_FORM + f"<div>{_COMMENTS}</div>")
    text = extract(page).text
    assert "Part 4 of the story" in text
    for gone in ("Have a word", "House rules", "Post 1:", "Post 4:", "Rider3"):
        assert gone not in text, gone
