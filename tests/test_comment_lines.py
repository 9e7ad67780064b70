"""What of a comment section is no comment and no part of one, in both comment readers
(the sections the page's names mark, and ``comment-lists`` for pages whose names say
nothing): controls ("Antwort ↓"), the form's notices ("Click here to cancel reply."),
vote counts ("+3 Gut"), a greeting taken for the commenter's name, a name glued to its
"sagt" or to profile controls, and a sidebar's list of the latest comments."""

from __future__ import annotations

from newsclean import extract

_STORY = "".join(
    f'<p class="xq81a0">Paragraph {n} of the post about the allotment garden, the rain'
    " barrels we put up in spring and what the neighbours said about the beans.</p>"
    for n in range(1, 6)
)


def _page(after: str, sidebar: str = "") -> str:
    return (
        '<html><body><div class="x5d1e77"><div class="x0b9c3f"><h1>Rain barrels at the'
        f' allotment</h1>{_STORY}</div><div class="x77aa01">{after}</div></div>'
        f"{sidebar}</body></html>"
    )


def _shaped(name: str, when: str, text: str, extra: str = "") -> str:
    """A comment whose markup names nothing: hashed classes only."""
    return (
        f'<li class="x3c2b1a"><div class="xe0f9d2">{name}</div>'
        f'<div class="x2a2a2a">{when}</div><div class="x4b4b4b">{text}</div>'
        f'<div class="x5c5c5c"><a href="#reply">Antwort ↓</a></div>{extra}</li>'
    )


def _shaped_page(*comments: str) -> str:
    return _page(
        f'<h3 class="x9e9e9e">3 Kommentare</h3><ol class="x6d6d6d">{"".join(comments)}</ol>'
    )


def test_a_glued_says_and_profile_controls_are_no_part_of_the_name() -> None:
    page = _shaped_page(
        _shaped("<b>Lena</b><span>sagt:</span>", "3. Mai 2024 um 9:15", "<p>Schöne Tonnen!</p>"),
        _shaped(
            "<a href='/u/tim'>timgray</a><span>Profile</span><span>Follow</span>",
            "4. Mai 2024 um 7:02",
            "<p>Wir haben das auch so gemacht.</p>",
        ),
    )
    comments = extract(page, include_comments=True).comments
    assert [c.author for c in comments] == ["Lena", "timgray"]


def test_a_closing_greeting_is_no_name_and_controls_are_no_text() -> None:
    text = (
        "<p>Wo habt ihr die Tonnen gekauft?</p><p>Herzliche Grüße</p>"
        '<div class="x7e7e7e"><span>+3</span> <span>Gut</span></div>'
    )
    page = _shaped_page(
        _shaped("", "3. Mai 2024 um 9:15", text),
        _shaped("<b>Ben</b>", "4. Mai 2024 um 7:02", "<p>Die Bohnen lieben es.</p>"),
    )
    comments = extract(page, include_comments=True).comments
    assert comments[0].author != "Herzliche Grüße"
    assert comments[0].text == "Wo habt ihr die Tonnen gekauft?\n\nHerzliche Grüße"
    assert all("Antwort" not in c.text and "+3" not in c.text for c in comments)


def _named(name: str, text: str, extra: str = "", cls: str = "comment") -> str:
    return (
        f'<li class="{cls}"><div class="comment-author"><cite class="fn">{name}</cite></div>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<a class="comment-reply-link" href="#r">Reply</a>{extra}</li>'
    )


def test_form_notices_are_no_comments_and_a_reply_gives_no_author() -> None:
    reply = _named("Ana", "Thank you, we bought them at the market.", cls="comment bypostauthor")
    section = (
        '<div id="comments" class="comments-area"><h2>2 Comments</h2><ol class="comment-list">'
        + _named("Ben says:", "Where did you buy them?", f'<ul class="children">{reply}</ul>')
        + '</ol><div id="respond"><h3>Leave a Reply</h3><ul><li class="cancel">'
        "<p>Click here to cancel reply.</p></li><li><p>Add comment</p></li></ul></div></div>"
    )
    comments = extract(_page(section), include_comments=True).comments
    assert [(c.author, c.text) for c in comments] == [
        ("Ben", "Where did you buy them?"),
        ("Ana", "Thank you, we bought them at the market."),
    ]


def test_a_sidebar_list_of_recent_comments_is_no_comment_section() -> None:
    items = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{name}</span> on '
        f'<a href="/{slug}/#comment-{n}">{title}</a></li>'
        for n, (name, slug, title) in enumerate(
            [
                ("Ana", "beans", "What the beans taught us this summer"),
                ("Ben", "compost", "Compost in three easy steps for everyone"),
            ]
        )
    )
    sidebar = (
        '<div class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments'
        f'</h2><ul id="recent-comments">{items}</ul></div>'
    )
    assert extract(_page("", sidebar), include_comments=True).comments == ()


def test_a_sidebar_of_recent_comments_found_by_shape_is_no_thread() -> None:
    items = "".join(
        f'<li class="x3c2b1a"><b>{name}</b><span class="x2a2a2a">{when}</span>'
        f'<div class="x4b4b4b">zu <a href="/{slug}/">{slug.title()}</a></div>'
        f'<a href="#reply">Antworten</a></li>'
        for name, when, slug in [
            ("Ana", "3. Mai 2024 um 9:15", "bohnen"),
            ("Ben", "4. Mai 2024 um 7:02", "kompost"),
        ]
    )
    sidebar = (
        '<div class="x8f8f8f"><h3 class="x9e9e9e">Zuletzt kommentiert</h3>'
        f'<ul class="x6d6d6d">{items}</ul></div>'
    )
    assert extract(_page("", sidebar), include_comments=True).comments == ()
