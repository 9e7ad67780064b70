"""Shortcuts in link density and the edges' leaf blocks give what the long way gives."""

from __future__ import annotations

from lxml import html

from newsclean.dom.text import link_density, words_length, words_link_density
from newsclean.engine.edge_blocks import leaf_blocks


def test_link_density_without_children_or_links() -> None:
    page = html.fromstring(
        "<div><p>plain text</p><p>text <b>bold</b></p><p>see <a href='/x'>this</a></p>"
        "<a href='/y'>a lone link</a></div>"
    )
    plain, bold, linked, lone = page
    assert link_density(plain) == 0.0
    assert link_density(bold) == 0.0
    assert link_density(linked) == len("this") / len("see this")
    assert link_density(lone) == 0.0  # a link's own text is not inside a link below it


def test_words_link_density_collapses_the_links_indentation() -> None:
    indent = "\n" + " " * 40
    item = "<li><a href='/t/{0}'>{1}<span>{0}</span>{1}</a></li>"
    items = "".join(item.format(name, indent) for name in "ABC")
    page = html.fromstring(
        f"<div><ul>{items}</ul><p>A paragraph of the story, with no link in it.</p></div>"
    )
    words = words_length(page)
    assert words_link_density(page, words) == len("A B C") / words
    assert link_density(page, words) == 1.0  # the raw share counts the indentation
    assert words_link_density(html.fromstring("<p>no link</p>"), 7) == 0.0


def test_leaf_blocks_are_the_innermost() -> None:
    page = html.fromstring(
        "<div><div><p>one</p><p>two</p></div><div>three</div><section><div><p>four</p>"
        "</div></section></div>"
    )
    leaves = leaf_blocks([page], {"p": (), "div": (), "section": ()})
    assert [leaf.text for leaf in leaves] == ["one", "two", "three", "four"]


def test_story_and_file_paths_read_as_before() -> None:
    from newsclean.engine.links import SiteLinks

    links = SiteLinks("https://news.example/world/today")
    assert links.is_story("/world/harbour-opens-today")
    assert links.is_story("/a_b-c")
    assert links.is_story("/item/123456")
    assert not links.is_story("/about-us")
    assert not links.is_story("/photos/harbour-at-night.JPG")
    assert links.is_file("https://cdn.example/report.pdf?x=1")
    assert not links.is_file("https://cdn.example/report.pdf.html")
    # a data: link's path is its picture: read without backtracking over it
    picture = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" * 200
    assert not links.is_story(picture)
    assert not links.is_file(picture)
