"""A picture's caption over its credit between a far headline and the body is the
picture's: it does not make the summary under the headline the page's text."""

from __future__ import annotations

from newsclean import extract

_SUMMARY = (
    "Ferry crews on the northern lakes will work shorter winter shifts from next month."
    " What changes for the passengers on the early crossings, and what stays the same?"
)
_CAPTION = "The morning ferry leaving the north pier, its deck still white with frost."
_BODY = "".join(
    f"<p>Part {n}: the union and the lake authority agreed the new rota after a long"
    " autumn of talks, and the early crossings keep their timetable while the crews change"
    " over at the middle pier instead of the far one.</p>"
    for n in range(1, 7)
)

#: The story's table of contents, a list of links to its sections.
_CONTENTS = "".join(
    f"<li><a href='#s{n}'>Section {n} of the story on the ferry rota</a></li>" for n in range(1, 7)
)


def _page(credit: str) -> str:
    return (
        "<html><body><div><div><div><div><ol><li><a href='/'>Home</a></li>"
        "<li><a href='/lakes'>Lakes</a></li>"
        "<li><h1>Shorter winter shifts for the lake ferry crews</h1></li></ol>"
        "<div><div>Mara Lindqvist</div><div>12.01.2024 09:30</div></div>"
        f"<div><div><p>{_SUMMARY}</p></div></div>"
        "<div><div><div><div><img src='/ferry.jpg' alt='Ferry'></div>"
        "<div><a href='/share'><span></span></a></div>"
        f"<div><div><p>{_CAPTION}</p></div>{credit}</div></div></div></div></div>"
        f"<div><ul>{_CONTENTS}</ul></div>"
        "<div><div><div><div>Advertisement</div>"
        "<div><div><div>Advertisement</div>"
        f"<div><div></div><div>{_BODY}</div></div></div></div></div></div>"
        "<div><p>More from the lakes desk, every morning in your inbox.</p></div>"
        "</div></div></div></body></html>"
    )


def test_the_summary_over_a_credited_picture_caption_is_the_standfirst() -> None:
    article = extract(_page("<div>Foto: Lake Press</div>"))
    assert article.standfirst == _SUMMARY
    assert "Part 1:" in article.text


def test_with_no_credit_the_two_blocks_far_from_the_body_are_no_standfirst() -> None:
    article = extract(_page(""))
    assert article.standfirst is None
