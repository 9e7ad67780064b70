"""Issue 16, data loss 5: ``include_comments=True`` / ``--include-comments`` finds reader
comments in the markup sites use: ``<div class="comment">``, ``<article class="comment">``,
``class="comment" id="c1"``, WordPress lists, ``comment-item``/``comment-body`` classes, and
comment sections named as the ``comment-widgets`` rule names them (comments, comment-list,
commentlist, discussion, disqus, reader-comments, kommentare...)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import extract

from .conftest import STORIES, news_page, run

AUTHORS = ["Maud Pelling", "R. Osei"]
TEXTS = [
    "About time. I have been asking for evening hours since the reading room reopened.",
    "Will the children's section stay open late as well, or only the reading room?",
]
DATES = ["2024-03-02T18:20:00+00:00", "2024-03-03T08:41:00+00:00"]


def _item(tag: str, attributes: str, number: int) -> str:
    return (
        f"<{tag} {attributes.format(n=number + 1)}>"
        f'<div class="comment-meta"><span class="comment-author">{AUTHORS[number]}</span> '
        f'<time datetime="{DATES[number]}">{DATES[number][:10]}</time></div>'
        f"<p>{TEXTS[number]}</p>"
        f"</{tag}>"
    )


def _section(open_tag: str, close_tag: str, item_tag: str, item_attributes: str) -> str:
    items = "".join(_item(item_tag, item_attributes, n) for n in range(2))
    return f'{open_tag}<h2 class="comments-title">2 comments</h2>{items}{close_tag}'


ITEM_FORMS = {
    "div.comment": ("div", 'class="comment"'),
    "article.comment": ("article", 'class="comment"'),
    "div.comment#c1": ("div", 'class="comment" id="c{n}"'),
    "article.comment#c1": ("article", 'class="comment" id="c{n}"'),
    "li.comment": ("li", 'class="comment"'),
    "li.comment#comment-101": ("li", 'class="comment" id="comment-10{n}"'),
    "div.comment-item": ("div", 'class="comment-item"'),
    "div.comment-body": ("div", 'class="comment-body"'),
    "div.comment.depth-1": ("div", 'class="comment even thread-even depth-1"'),
    "article.reply": ("article", 'class="reply"'),
}


def _page_with(section: str) -> str:
    title, paragraphs = STORIES[2]
    return news_page(title, paragraphs, after_article=section)


def _check(comments: list[tuple[str | None, str]], form: str) -> None:
    assert [author for author, _ in comments] == AUTHORS, f"{form}: {comments}"
    assert [text for _, text in comments] == TEXTS, f"{form}: {comments}"


@pytest.mark.parametrize("form", list(ITEM_FORMS))
def test_comment_items_are_found(form: str) -> None:
    tag, attributes = ITEM_FORMS[form]
    wrapper = ("<ol class='comment-list'>", "</ol>") if tag == "li" else ("", "")
    section = _section(
        f'<section id="comments" class="comments-area">{wrapper[0]}',
        f"{wrapper[1]}</section>",
        tag,
        attributes,
    )
    article = extract(_page_with(section), include_comments=True)
    _check([(c.author, c.text) for c in article.comments], form)
    assert article.comments[0].date is not None
    for text in TEXTS:
        assert text not in article.text, "comments never join the body"


SECTION_FORMS = {
    "section#comments": ('<section id="comments">', "</section>"),
    "div.comments": ('<div class="comments">', "</div>"),
    "div#disqus_thread": ('<div id="disqus_thread">', "</div>"),
    "div.discussion": ('<div class="discussion">', "</div>"),
    "div.reader-comments": ('<div class="reader-comments">', "</div>"),
    "section.user-comments": ('<section class="user-comments">', "</section>"),
    "div#kommentare": ('<div id="kommentare">', "</div>"),
    "ol.commentlist": ('<ol class="commentlist">', "</ol>"),
}


@pytest.mark.parametrize("form", list(SECTION_FORMS))
def test_comment_sections_are_found(form: str) -> None:
    open_tag, close_tag = SECTION_FORMS[form]
    # items in the one form found today, so that this test is about the section alone
    tag = "li" if open_tag.startswith("<ol") else "div"
    item = (tag, 'class="comment" id="comment-10{n}"')
    section = _section(open_tag, close_tag, *item)
    article = extract(_page_with(section), include_comments=True)
    _check([(c.author, c.text) for c in article.comments], form)


def test_include_comments_flag_on_the_command_line(tmp_path: Path) -> None:
    tag, attributes = ITEM_FORMS["div.comment#c1"]
    page = tmp_path / "library.html"
    page.write_text(_page_with(_section('<div id="comments">', "</div>", tag, attributes)), "utf-8")
    result = run(page, "-f", "json", "--include-comments")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    comments = record.get("comments", record.get("metadata", {}).get("comments"))
    _check([(c["author"], c["text"]) for c in comments], "--include-comments")
