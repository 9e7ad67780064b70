"""Readers' comments known by their shape when the page's names say nothing of them
(``comment-lists``): a run of items after the story, each with a name line, a date
line and a short text, under a heading counting them or with "Reply" links, is read
into ``Article.comments``; a list of teasers with dates is not."""

from __future__ import annotations

import datetime as dt

from newsclean import Registry, extract

_STORY = "".join(
    f'<p class="xq81a0">Paragraph {n} of the post about the allotment garden, the rain'
    " barrels we put up in spring and what the neighbours said about the beans.</p>"
    for n in range(1, 6)
)


def _page(after: str) -> str:
    return (
        '<html><body><div class="x5d1e77"><div class="x0b9c3f"><h1>Rain barrels at the'
        f' allotment</h1>{_STORY}</div><div class="x77aa01">{after}</div></div></body></html>'
    )


def _comment(name: str, when: str, text: str, replies: str = "") -> str:
    return (
        f'<div class="x3c2b1a"><div class="xe0f9d2"><a href="https://{name.lower()}.example.org/"'
        f' class="x1f1f1f">{name}</a></div><div class="x2a2a2a">{when}</div>'
        f'<div class="x4b4b4b"><p>{text}</p></div>'
        f'<a class="x5c5c5c" href="#reply">Reply</a>{replies}</div>'
    )


_COMMENTS = (
    '<h3 class="x9e9e9e">3 Comments</h3><div class="x6d6d6d">'
    + _comment("Ana", "May 3, 2024 at 9:15 pm", "Lovely barrels, where did you buy them?")
    + _comment("Ben", "May 4, 2024 at 7:02 am", "We did the same and the beans loved it.")
    + _comment("Cleo", "May 5, 2024 at 6:40 pm", "Does the water stay clean all summer?")
    + "</div>"
)


def test_unnamed_comment_list_is_read_into_comments() -> None:
    article = extract(_page(_COMMENTS), include_comments=True)
    assert [c.author for c in article.comments] == ["Ana", "Ben", "Cleo"]
    assert article.comments[0].text == "Lovely barrels, where did you buy them?"
    assert article.comments[1].date == dt.datetime(2024, 5, 4, 7, 2)
    assert "Paragraph 5 of the post" in article.text
    assert "where did you buy them" not in article.text


def test_comments_are_read_only_when_asked_for() -> None:
    article = extract(_page(_COMMENTS))
    assert article.comments == ()
    assert "where did you buy them" not in article.text


def test_replies_nested_in_a_comment_are_comments_of_their_own() -> None:
    reply = _comment("Dora", "May 6, 2024 at 8:00 am", "From the tap, after a good rinse.")
    comments = (
        '<h3 class="x9e9e9e">Leave a reply</h3><ol class="x6d6d6d">'
        + _comment("Ana", "May 3, 2024 at 9:15 pm", "Lovely barrels, where did you buy them?")
        .replace("<div", "<li", 1)
        .removesuffix("</div>")
        + "</li>"
        + "<li class='x3c2b1a'>"
        + _comment("Ben", "May 4, 2024 at 7:02 am", "How do you clean them?", f"<ul>{reply}</ul>")
        + "</li></ol>"
    )
    article = extract(_page(comments), include_comments=True)
    texts = [c.text for c in article.comments]
    assert "From the tap, after a good rinse." in texts
    assert "How do you clean them?" in texts
    assert all("tap" not in text for text in texts if text != "From the tap, after a good rinse.")


def test_comments_with_reply_links_need_no_heading() -> None:
    comments = "".join(
        _comment(name, f"{n} hours ago", f"Comment {n} on the barrels and the beans.")
        for n, name in enumerate(("Ana", "Ben", "Cleo"), start=2)
    )
    article = extract(_page(f'<div class="x6d6d6d">{comments}</div>'), include_comments=True)
    assert [c.author for c in article.comments] == ["Ana", "Ben", "Cleo"]


def test_dated_teasers_are_no_comments() -> None:
    teasers = "".join(
        f'<div class="x3c2b1a"><h3><a href="/garden/{n}">How we built the compost bays for'
        f' the whole allotment, part {n}</a></h3><div class="x2a2a2a">May {n}, 2024</div>'
        f"<p>A look at the wood we chose and the cost of it.</p></div>"
        for n in range(1, 5)
    )
    page = _page(f'<h3 class="x9e9e9e">More from the garden</h3><div>{teasers}</div>')
    assert extract(page, include_comments=True).comments == ()


def test_a_dated_line_without_a_thread_is_no_comment() -> None:
    single = _comment("Ana", "May 3, 2024 at 9:15 pm", "A note from the editor.")
    single = single.replace("Reply", "Share")
    assert extract(_page(single), include_comments=True).comments == ()


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("comment-lists")
    article = extract(_page(_COMMENTS), include_comments=True, registry=registry)
    assert article.comments == ()


def test_a_single_comment_with_a_reply_link_is_read() -> None:
    single = _comment("Ana", "3. Mai 2024 um 14:12 Uhr", "Danke für die Tipps zum Regenwasser!")
    single = single.replace("Reply", "Antworten")
    article = extract(_page(f'<ol class="x6d6d6d">{single}</ol>'), include_comments=True)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Ana", "Danke für die Tipps zum Regenwasser!")
    ]
    assert article.comments[0].date == dt.datetime(2024, 5, 3, 14, 12)
